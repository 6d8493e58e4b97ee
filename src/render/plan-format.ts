// Shared wording of plan renderers: the symbol and verb of each action, and
// how a changed value is shown. Escaping is the caller's (it knows the medium).
import { blueprintChanges, type BlueprintFieldChange } from '../blueprint/field-names.js';
import type { Action, Operation } from '../plan/types.js';

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

/** `versioning: true → false`, `metadata.team: (none) → "data"`: in the blueprint's own field names. */
export function formatChange(change: BlueprintFieldChange, max = 60): string {
  return `${change.field}: ${formatValue(change.before, max)} → ${formatValue(change.after, max)}`;
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
  if (op.desired?.shortenedFrom !== undefined) out.push(`name shortened to fit; the pattern gave ${op.desired.shortenedFrom}`);
  if (op.stateOnly) out.push('state only');
  if (op.action === 'update' && op.changes.some((c) => c.path === 'archived')) out.push('unarchives');
  if (op.action === 'retain') out.push('kept on the platform, no longer managed');
  if (op.provisioned === false) out.push('named, not provisioned');
  // Left in the state, archived, after it left the blueprint: unchanged, but not declared any more.
  if (op.action === 'noop' && !op.desired && op.current?.archived) out.push('archived, no longer in the blueprint');
  return out;
}

/**
 * Changes worth listing, in blueprint field names: for a replace the rename is
 * already in the name column. Computed once per operation (renderers that fit a
 * size budget ask many times).
 */
export function listedChanges(op: Operation): BlueprintFieldChange[] {
  let listed = LISTED.get(op);
  if (listed === undefined) {
    const changes = op.action === 'replace' ? op.changes.filter((c) => c.path !== 'name' && c.path !== 'fullName' && c.path !== 'type') : op.changes;
    LISTED.set(op, (listed = blueprintChanges(op.type, changes)));
  }
  return listed;
}

const LISTED = new WeakMap<Operation, BlueprintFieldChange[]>();
