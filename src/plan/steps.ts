// The plan as the engine schedules it: one step per platform call, edges
// between step ids. A replace is two steps — create under the new name (apply
// phase), retire the old resource (retire phase) — so every step does one thing.
import { topological } from './diff.js';
import { phaseOf, type Action, type Phase, type Plan } from './types.js';

export interface Step {
  /** The resource key, or `<key>#retire` for the old half of a replace. */
  id: string;
  key: string;
  phase: Phase;
  /** What to do: for the retire step of a replace, the old record's deletion policy. */
  action: Exclude<Action, 'replace' | 'noop'> | 'create';
  /** Step ids within the same phase that must finish first. Every retire step also waits for every apply step. */
  dependsOn: string[];
}

export const RETIRE_SUFFIX = '#retire';

/** Id of the step that retires `key` (the old half of a replace, or a removal). */
export function retireStepId(plan: Plan, key: string): string {
  const op = plan.operations.find((o) => o.key === key);
  return op?.action === 'replace' ? `${key}${RETIRE_SUFFIX}` : key;
}

/** Steps in topological order, ties by id: apply steps, then retire steps; noops left out. */
export function executionSteps(plan: Plan): Step[] {
  const replaced = new Set(plan.operations.filter((o) => o.action === 'replace').map((o) => o.key));
  const retireId = (key: string): string => (replaced.has(key) ? `${key}${RETIRE_SUFFIX}` : key);
  const apply: Step[] = [];
  const retire: Step[] = [];
  for (const op of plan.operations) {
    if (op.action === 'noop') continue;
    if (op.action === 'replace') {
      apply.push({ id: op.key, key: op.key, phase: 'apply', action: 'create', dependsOn: [...op.dependsOn] });
      retire.push({
        id: `${op.key}${RETIRE_SUFFIX}`,
        key: op.key,
        phase: 'retire',
        action: op.current?.deletionPolicy ?? 'archive',
        dependsOn: (op.retireDependsOn ?? []).map(retireId),
      });
    } else if (phaseOf(op.action) === 'apply') {
      apply.push({ id: op.key, key: op.key, phase: 'apply', action: op.action, dependsOn: [...op.dependsOn] });
    } else {
      retire.push({ id: op.key, key: op.key, phase: 'retire', action: op.action, dependsOn: op.dependsOn.map(retireId) });
    }
  }
  // Replace retire steps interleave with removals, so the retire phase is re-sorted.
  const sorted = topological(
    retire.map((step) => ({ key: step.id, step })),
    (node) => node.step.dependsOn,
    'retire',
  ).map((node) => node.step);
  return [...apply, ...sorted];
}
