// YAML into plain data with positions. YAML 1.2 core schema only: no custom
// tags, no duplicate keys, and aliases may expand to a bounded number of nodes
// so that an alias bomb is refused instead of exhausting memory.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLError } from 'yaml';
import { PositionIndex } from './positions.js';
import { FORBIDDEN_KEYS, MAX_ALIAS_NODES, MAX_DEPTH, SourceSyntaxError } from './syntax.js';

export { MAX_ALIAS_NODES };

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export function parseYaml(text: string, file: string): { data: unknown; positions: PositionIndex } {
  const positions = new PositionIndex(file, text);
  const doc = parseDocument(text, {
    schema: 'core',
    uniqueKeys: false, // checked below, with the exact position of the repeated key
    prettyErrors: false,
    merge: false,
    strict: true,
  });
  if (doc.errors.length) throw syntaxErrors(text, doc.errors);
  const unresolvedTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (unresolvedTag) {
    throw new SourceSyntaxError('YAML_TAG', `${firstLine(unresolvedTag.message)}: custom tags are not allowed`, unresolvedTag.pos[0]);
  }
  const builder = new PlainBuilder(resolveAliases(doc.contents as Node | null), positions);
  return { data: builder.build(doc.contents as Node | null, 0), positions };
}

/**
 * Every error the parser found, one per line, each at the line that is wrong.
 * The parser reports a line indented deeper than its siblings at the end of
 * the line before (it reads the deeper line as a continuation of that value):
 * those are moved to the first character of the misindented line.
 */
function syntaxErrors(text: string, errors: readonly YAMLError[]): SourceSyntaxError {
  const byLine = new Map<number, SourceSyntaxError>();
  for (const e of errors) {
    const continuation = CONTINUATION_CODES.has(e.code);
    const offset = continuation ? nextLineStart(text, e.pos[0]) : e.pos[0];
    const line = lineOf(text, offset);
    if (byLine.has(line)) continue;
    byLine.set(
      line,
      continuation
        ? new SourceSyntaxError(
            'YAML_SYNTAX',
            'Unexpected indentation in YAML: this line is deeper than the keys above it, so it reads as part of the value on the line before',
            offset,
            'indent it exactly like the other keys of its mapping (spaces, not tabs)',
          )
        : new SourceSyntaxError(yamlCode(e.code), `${firstLine(e.message)} in YAML`, offset, HINTS[e.code]),
    );
  }
  const [first, ...others] = [...byLine.entries()].sort(([a], [b]) => a - b).map(([, e]) => e);
  const head = first as SourceSyntaxError;
  return new SourceSyntaxError(head.code, head.message, head.offset, head.hint, others);
}

/** Codes the parser gives a misindented line, pinned to the line before it. */
const CONTINUATION_CODES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

const HINTS: Readonly<Record<string, string>> = {
  BAD_INDENT: 'indent it exactly like the other items of its mapping or list',
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs',
  MISSING_CHAR: 'close the quote or bracket opened here',
  DUPLICATE_KEY: 'remove one of the two, or rename it',
};

/** The first non-blank character of the line after `offset`, or `offset` when that line holds nothing. */
function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return offset;
  let i = newline + 1;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i < text.length && text[i] !== '\n' ? i : offset;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function yamlCode(code: string): string {
  return code === 'DUPLICATE_KEY' ? 'YAML_DUPLICATE_KEY' : 'YAML_SYNTAX';
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

/**
 * The node each alias stands for: the nearest anchor of that name before it, in
 * document order. One pass, so many aliases cost no more than one walk.
 */
function resolveAliases(root: Node | null): Map<Node, Node | undefined> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Node, Node | undefined>();
  const visit = (node: Node | null | undefined): void => {
    if (!node) return;
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source));
      return;
    }
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      for (const pair of node.items) {
        visit(pair.key as Node | null);
        visit(pair.value as Node | null);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item as Node | null);
    }
  };
  visit(root);
  return targets;
}

class PlainBuilder {
  private aliasNodes = 0;
  private expanding = 0;
  private readonly sizes = new Map<Node, number>();

  constructor(
    private readonly aliases: Map<Node, Node | undefined>,
    private readonly positions: PositionIndex,
  ) {}

  build(node: Node | null | undefined, depth: number): unknown {
    if (node === null || node === undefined) return null;
    if (depth > MAX_DEPTH) throw new SourceSyntaxError('SOURCE_TOO_DEEP', `Nesting deeper than ${MAX_DEPTH} levels in YAML`, start(node));
    if (node.tag && !CORE_TAGS.has(node.tag)) {
      throw new SourceSyntaxError('YAML_TAG', `Tag ${node.tag} is not allowed in YAML (only plain data)`, start(node));
    }
    if (isAlias(node)) {
      const target = this.aliases.get(node);
      if (!target) throw new SourceSyntaxError('YAML_SYNTAX', `Unknown alias *${node.source} in YAML`, start(node));
      // Count the whole expansion once, at the outermost alias; aliases inside it are part of that size.
      if (this.expanding === 0) {
        this.aliasNodes += this.sizeOf(target, new Set());
        if (this.aliasNodes > MAX_ALIAS_NODES) {
          throw new SourceSyntaxError(
            'YAML_ALIAS_LIMIT',
            `Aliases expand to more than ${MAX_ALIAS_NODES} nodes in YAML (an alias bomb?)`,
            start(node),
          );
        }
      }
      this.expanding++;
      try {
        return this.build(target, depth + 1);
      } finally {
        this.expanding--;
      }
    }
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      const keys: string[] = [];
      const offsets: number[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode) || (keyNode.tag && !CORE_TAGS.has(keyNode.tag))) {
          throw new SourceSyntaxError('YAML_KEY', 'Keys must be plain scalars in YAML', keyNode ? start(keyNode) : start(node));
        }
        const key = keyNode.value === null ? '' : String(keyNode.value);
        const keyOffset = start(keyNode);
        if (FORBIDDEN_KEYS.has(key)) {
          throw new SourceSyntaxError(
            'SOURCE_FORBIDDEN_KEY',
            `Key '${key}' is not allowed (it could change object prototypes) in YAML`,
            keyOffset,
          );
        }
        if (Object.hasOwn(object, key)) {
          throw new SourceSyntaxError('YAML_DUPLICATE_KEY', `Duplicate key '${key}' in YAML`, keyOffset);
        }
        const valueNode = pair.value as Node | null;
        const valueOffset = valueNode && !isEmptyScalar(valueNode) ? start(valueNode) : keyOffset;
        object[key] = this.build(valueNode, depth + 1);
        keys.push(key);
        offsets.push(keyOffset, valueOffset);
      }
      this.positions.record(object, { start: start(node), keys, offsets });
      return object;
    }
    if (isSeq(node)) {
      const array: unknown[] = [];
      const offsets: number[] = [];
      for (const item of node.items) {
        offsets.push(item ? start(item as Node) : start(node));
        array.push(this.build(item as Node | null, depth + 1));
      }
      this.positions.record(array, { start: start(node), offsets });
      return array;
    }
    throw new SourceSyntaxError('YAML_SYNTAX', 'Unsupported YAML node', start(node));
  }

  /** Node count of a subtree with aliases expanded; memoised so a bomb is measured, not expanded. */
  private sizeOf(node: Node, visiting: Set<Node>): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) {
      throw new SourceSyntaxError('YAML_ALIAS_LIMIT', 'An alias refers to a node that contains it in YAML', start(node));
    }
    visiting.add(node);
    let size = 1;
    if (isAlias(node)) {
      const target = this.aliases.get(node);
      size = target ? this.sizeOf(target, visiting) : 1;
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (pair.value) size += this.sizeOf(pair.value as Node, visiting);
        size++;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) size += this.sizeOf(item as Node, visiting);
    }
    visiting.delete(node);
    // Saturate: only "more than the limit" matters.
    size = Math.min(size, MAX_ALIAS_NODES + 1);
    this.sizes.set(node, size);
    return size;
  }
}

function start(node: Node): number {
  return node.range?.[0] ?? 0;
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}
