// Shared wording of plan renderers: the symbol and verb of each action, and
// how a changed value is shown. Escaping is the caller's (it knows the medium).
import type { Action, FieldChange, Operation } from '../plan/types.js';

export const SYMBOL: Record<Action, string> = {
  create: '+',
  update: '~',
  replace: '-/+',
  archive: '⌫',
  delete: '-',
  retain: '=',
  noop: ' ',
};

/** A value for one line: JSON, cut to `max` characters. */
export function formatValue(value: unknown, max = 60): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `params.versioning: true → false`, `tags.Team: (none) → "data"`. */
export function formatChange(change: FieldChange, max = 60): string {
  return `${change.path}: ${formatValue(change.before, max)} → ${formatValue(change.after, max)}`;
}

/** The name line of an operation: a replace shows both names. */
export function describeName(op: Operation): string {
  if (op.action === 'replace' && op.current) return `${op.current.fullName} → ${op.fullName}`;
  return op.fullName;
}

/** Short notes shown beside an operation. */
export function notes(op: Operation): string[] {
  const out: string[] = [];
  if (op.action === 'replace') {
    const policy = op.current?.deletionPolicy ?? 'archive';
    out.push(`renamed: new one created, old one ${policy === 'delete' ? 'deleted' : policy === 'retain' ? 'retained' : 'archived'}`);
  }
  if (op.movedFrom) out.push(`moved from ${op.movedFrom}`);
  if (op.stateOnly) out.push('state only');
  if (op.action === 'update' && op.changes.some((c) => c.path === 'archived')) out.push('unarchives');
  if (op.action === 'retain') out.push('kept on the platform, no longer managed');
  if (op.provisioned === false) out.push('named, not provisioned');
  return out;
}

/** Changes worth listing: for a replace the rename is already in the name column. */
export function listedChanges(op: Operation): FieldChange[] {
  if (op.action === 'replace') return op.changes.filter((c) => c.path !== 'name' && c.path !== 'fullName');
  return op.changes;
}
