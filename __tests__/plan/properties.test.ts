// Properties of diff over random estates: one operation per key, a valid
// order, and convergence — applying a plan the way the engine records it
// leaves a state that plans to nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeletionPolicy, ResourceSpec } from '../../src/blueprint/types.js';
import { diff } from '../../src/plan/diff.js';
import { planFromJSON, planToJSON } from '../../src/plan/serialize.js';
import { executionSteps } from '../../src/plan/steps.js';
import { phaseOf, type Plan } from '../../src/plan/types.js';
import { archivedRecord, recordFromSpec } from '../../src/state/record.js';
import type { State, StateResource } from '../../src/state/types.js';
import { spec } from './fixtures.js';

const POLICIES: DeletionPolicy[] = ['archive', 'delete', 'retain'];

interface Slot {
  present: boolean;
  name: number;
  param: number;
  tag: number;
  blueprint: number;
  policy: number;
  /** Index of an earlier slot this one depends on (acyclic by construction). */
  parent: number;
}

const slot = fc.record({
  present: fc.boolean(),
  name: fc.integer({ min: 0, max: 2 }),
  param: fc.integer({ min: 0, max: 2 }),
  tag: fc.integer({ min: 0, max: 2 }),
  blueprint: fc.integer({ min: 0, max: 2 }),
  policy: fc.integer({ min: 0, max: 2 }),
  parent: fc.integer({ min: -1, max: 11 }),
});

function build(slots: Slot[], prefix: string): ResourceSpec[] {
  return slots.flatMap((s, i) => {
    if (!s.present) return [];
    const parent = s.parent >= 0 && s.parent < i && slots[s.parent]?.present ? [`dbx_job:r${s.parent}`] : [];
    return [
      spec({
        key: `dbx_job:r${i}`,
        name: `${prefix}-r${i}-n${s.name}`,
        blueprint: `blueprints/b${s.blueprint}.json`,
        dependsOn: parent,
        params: { size: s.param, nested: { list: Array.from({ length: s.param }, (_, j) => j) } },
        tags: s.tag === 0 ? {} : { Team: `t${s.tag}` },
        deletionPolicy: POLICIES[s.policy] as DeletionPolicy,
      }),
    ];
  });
}

/** How the engine records a finished plan (the contract the state module offers). */
function apply(state: State, plan: Plan): State {
  const next = new Map(state.resources);
  const stamp = { appliedAt: '2026-06-01T00:00:00.000Z', transaction: 'tx-prop' };
  const byKey = new Map(plan.operations.map((op) => [op.key, op]));
  for (const step of executionSteps(plan)) {
    const op = byKey.get(step.key)!;
    if (step.phase === 'apply') next.set(op.key, recordFromSpec(op.desired!, stamp));
    else if (op.action === 'replace') continue; // the new record already replaced the old one
    else if (step.action === 'archive') next.set(op.key, archivedRecord(op.current!, stamp));
    else next.delete(op.key);
  }
  return { resources: next };
}

function stateFrom(specs: ResourceSpec[], archivedMask: boolean[]): State {
  const records: StateResource[] = specs.map((s, i) => {
    const r = recordFromSpec(s, { appliedAt: '2026-01-01T00:00:00.000Z', transaction: 'tx-0' });
    return archivedMask[i % archivedMask.length] ? { ...r, archived: true } : r;
  });
  return { resources: new Map(records.map((r) => [r.key, r])) };
}

describe('diff properties', () => {
  it('one operation per key, a valid order, a faithful round trip, and convergence', () => {
    fc.assert(
      fc.property(
        fc.array(slot, { minLength: 12, maxLength: 12 }),
        fc.array(slot, { minLength: 12, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        (before, after, archivedMask) => {
          const state = stateFrom(build(before, 'old'), archivedMask);
          const desired = build(after, 'old');
          const plan = diff(desired, state);

          const keys = new Set([...desired.map((s) => s.key), ...state.resources.keys()]);
          expect(plan.operations.map((o) => o.key).sort()).toEqual([...keys].sort());

          // order: dependencies first within a phase, every retire after every apply, noops last
          const position = new Map(plan.operations.map((o, i) => [o.key, i]));
          let seenRetire = false;
          let seenNoop = false;
          for (const op of plan.operations) {
            if (op.action === 'noop') seenNoop = true;
            else {
              expect(seenNoop).toBe(false);
              if (phaseOf(op.action) === 'retire') seenRetire = true;
              else expect(seenRetire).toBe(false);
            }
            for (const dep of op.dependsOn) expect(position.get(dep)!).toBeLessThan(position.get(op.key)!);
          }
          const steps = executionSteps(plan);
          const stepAt = new Map(steps.map((s, i) => [s.id, i]));
          for (const s of steps) for (const dep of s.dependsOn) expect(stepAt.get(dep)!).toBeLessThan(stepAt.get(s.id)!);

          expect(planFromJSON(planToJSON(plan))).toEqual(JSON.parse(JSON.stringify(plan)));
          expect(JSON.stringify(diff([...desired].reverse(), state))).toBe(JSON.stringify(plan));

          // convergence: after applying, nothing is left to do
          const next = apply(state, plan);
          const again = diff(desired, next);
          expect(again.operations.filter((o) => o.action !== 'noop')).toEqual([]);
          for (const s of desired) expect(next.resources.get(s.key)?.archived).toBeUndefined();
        },
      ),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
