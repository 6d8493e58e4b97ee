// The plan against the real example blueprints, expanded by the real blueprint
// loader with the built-in naming convention: the shapes diff infers from
// (database names, catalog and schema names, cluster keys) are the ones the
// expansion really produces.
import { describe, expect, it } from 'vitest';
import { loadBlueprints } from '../../src/blueprint/load.js';
import { DEFAULT_NAMING_CONFIG } from '../../src/naming/config.js';
import { diff } from '../../src/plan/diff.js';
import { executionSteps } from '../../src/plan/steps.js';
import { recordFromSpec } from '../../src/state/record.js';
import type { State } from '../../src/state/types.js';

async function examples() {
  const set = await loadBlueprints(['blueprints'], { naming: DEFAULT_NAMING_CONFIG, cwd: process.cwd() });
  expect(set.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(set.resources.length).toBeGreaterThan(5);
  return set.resources;
}

describe('plan of the example blueprints', () => {
  it('creates every resource after what it depends on', async () => {
    const resources = await examples();
    const plan = diff(resources, { resources: new Map() });
    expect(plan.summary.create).toBe(resources.length);
    const at = new Map(plan.operations.map((o, i) => [o.key, i]));
    for (const spec of resources) for (const dep of spec.dependsOn) expect(at.get(dep)!).toBeLessThan(at.get(spec.key)!);
  });

  it('removing them all retires children before parents, even from records without dependsOn', async () => {
    const resources = await examples();
    const withDeps: State = { resources: new Map() };
    const withoutDeps: State = { resources: new Map() };
    for (const spec of resources) {
      const record = recordFromSpec(spec, { appliedAt: '2026-01-01T00:00:00.000Z', transaction: 'tx' });
      withDeps.resources.set(spec.key, record);
      const { dependsOn: _dropped, ...old } = record;
      withoutDeps.resources.set(spec.key, old);
    }
    const recorded = executionSteps(diff([], withDeps));
    const inferred = executionSteps(diff([], withoutDeps));
    // inference from names finds the same order the recorded dependencies give
    expect(inferred).toEqual(recorded);
    const at = new Map(recorded.map((s, i) => [s.key, i]));
    let edges = 0;
    for (const spec of resources) {
      for (const dep of spec.dependsOn) {
        expect(at.get(spec.key)!).toBeLessThan(at.get(dep)!);
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(0);
  });
});
