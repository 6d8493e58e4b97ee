// The `scope` section of a blueprint: which resource types it manages.
// Patterns use `*` (any run) and `?` (one character) and match the whole type key.
import { RESOURCE_TYPES, type ResourceType } from '../naming/types.js';

export interface Scope {
  mode: 'include' | 'exclude';
  patterns: string[];
}

export function wildcardToRegExp(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

/** A predicate for the types a blueprint manages; everything when there is no scope. */
export function scopeFilter(scope: Scope | undefined): (type: ResourceType) => boolean {
  if (!scope) return () => true;
  const matchers = scope.patterns.map(wildcardToRegExp);
  const matches = (type: string) => matchers.some((m) => m.test(type));
  return scope.mode === 'include' ? (type) => matches(type) : (type) => !matches(type);
}

/** Indexes of patterns that match no resource type at all (likely typos). */
export function unmatchedPatterns(scope: Scope): number[] {
  return scope.patterns
    .map((pattern, index) => ({ re: wildcardToRegExp(pattern), index }))
    .filter(({ re }) => !RESOURCE_TYPES.some((type) => re.test(type)))
    .map(({ index }) => index);
}
