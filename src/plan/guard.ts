// The mass-delete guard: a plan that would remove more than a share of what a
// blueprint file manages is refused unless the user confirms
// (`--allow-mass-delete`). This module only measures; the CLI decides.
// Removing means archive, delete or retain (dpn stops managing it), and also a
// replace whose old resource is deleted: a naming change that renames every
// bucket of a blueprint with policy `delete` loses their data just the same.
import { normalizeBlueprintPath } from '../state/path.js';
import type { State } from '../state/types.js';
import { phaseOf, type Plan } from './types.js';

export interface MassDeleteFinding {
  blueprint: string;
  /** Live (not archived) resources the state records for this blueprint. */
  managed: number;
  /** How many of them the plan archives, deletes, stops managing, or replaces deleting the old one. */
  removing: number;
  /** removing / managed. */
  share: number;
  /** Keys being removed, sorted. */
  keys: string[];
}

export interface MassDeleteCheck {
  threshold: number;
  /** True when at least one blueprint is over the threshold. */
  refused: boolean;
  /** Blueprints over the threshold (share > threshold), sorted by path. */
  over: MassDeleteFinding[];
  /** Every blueprint that loses something, sorted by path. */
  blueprints: MassDeleteFinding[];
}

export function checkMassDelete(plan: Plan, state: State, options: { threshold?: number } = {}): MassDeleteCheck {
  const threshold = options.threshold ?? 0.5;
  const managed = new Map<string, number>();
  for (const record of state.resources.values()) {
    if (record.archived) continue;
    const blueprint = normalizeBlueprintPath(record.blueprint);
    managed.set(blueprint, (managed.get(blueprint) ?? 0) + 1);
  }
  const removing = new Map<string, string[]>();
  for (const op of plan.operations) {
    if (!op.current || op.current.archived) continue;
    const deletesOld = op.action === 'replace' && op.current.deletionPolicy === 'delete';
    if (phaseOf(op.action) !== 'retire' && !deletesOld) continue;
    const blueprint = normalizeBlueprintPath(op.current.blueprint);
    const keys = removing.get(blueprint);
    if (keys) keys.push(op.key);
    else removing.set(blueprint, [op.key]);
  }
  const blueprints = [...removing]
    .map(([blueprint, keys]): MassDeleteFinding => {
      const total = Math.max(managed.get(blueprint) ?? 0, keys.length);
      return { blueprint, managed: total, removing: keys.length, share: keys.length / total, keys: keys.sort() };
    })
    .sort((a, b) => (a.blueprint < b.blueprint ? -1 : a.blueprint > b.blueprint ? 1 : 0));
  const over = blueprints.filter((f) => f.share > threshold);
  return { threshold, refused: over.length > 0, over, blueprints };
}
