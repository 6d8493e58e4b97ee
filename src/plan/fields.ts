// Field-level comparison of plain JSON values: equality and the list of changed
// paths (`params.versioning`, `tags.Team`, `params.columns[2].type`,
// `tags["app.kubernetes.io/name"]`).
import type { FieldChange } from './types.js';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON equality: key order is irrelevant, a field set to undefined equals a missing one. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of Object.keys(a)) if (!jsonEqual(a[key], own(b, key))) return false;
    for (const key of Object.keys(b)) if (!Object.hasOwn(a, key) && b[key] !== undefined) return false;
    return true;
  }
  return false;
}

export function childPath(parent: string, key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Appends the changes between `before` and `after` under `path`. Objects are
 * compared field by field; arrays of the same length element by element; an
 * array that grew or shrank is one change of the whole array (reads better than
 * every element shifting by one).
 */
export function collectChanges(path: string, before: unknown, after: unknown, out: FieldChange[]): void {
  if (jsonEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) collectChanges(childPath(path, key), own(before, key), own(after, key), out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < before.length; i++) collectChanges(`${path}[${i}]`, before[i], after[i], out);
    return;
  }
  const change: FieldChange = { path };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  out.push(change);
}

/** A field's own value: `constructor` or `__proto__` as data, never the prototype's. */
function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}
