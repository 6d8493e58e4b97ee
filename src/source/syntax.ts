// What the parsers refuse, shared by JSON and YAML.

/** Keys that could reach Object.prototype when data is copied around. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Nesting deeper than this is refused before it can exhaust the stack. */
export const MAX_DEPTH = 200;

/** Nodes that YAML aliases may add to a document, in total. Here, not in yaml.ts, so that exporting it does not load the yaml package. */
export const MAX_ALIAS_NODES = 10_000;

/** A document that cannot be read, at a character offset of its text. */
export class SourceSyntaxError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly offset: number,
    /** How to fix it, when the parser knows. */
    readonly hint?: string,
    /** Further problems found in the same pass (YAML reports every one it finds). */
    readonly others: readonly SourceSyntaxError[] = [],
  ) {
    super(message);
    this.name = 'SourceSyntaxError';
  }
}
