import { describe, expect, it } from 'vitest';
import { diff } from '../../src/plan/diff.js';
import { parsePlan, planFromJSON, planToJSON } from '../../src/plan/serialize.js';
import type { Plan } from '../../src/plan/types.js';
import { UserError } from '../../src/errors.js';
import { estate, recorded, spec, stateOf } from './fixtures.js';

function samplePlan(): Plan {
  const desired = estate();
  const state = stateOf(
    ...desired.slice(0, 3).map((s) => recorded(s)),
    recorded(spec({ key: 'aws_s3_bucket:gone', deletionPolicy: 'delete' })),
  );
  desired[0]!.name = desired[0]!.fullName = 'dp_sales_raw_dev';
  return diff(desired, state);
}

function mutated(edit: (json: Record<string, any>) => void): unknown {
  const json = JSON.parse(JSON.stringify(planToJSON(samplePlan()))) as Record<string, any>;
  edit(json);
  return json;
}

function errorOf(value: unknown): UserError {
  try {
    planFromJSON(value, 'saved-plan.json');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected the plan to be refused');
}

describe('plan serialisation', () => {
  it('round-trips: what is saved loads back to the same plan', () => {
    const plan = samplePlan();
    const json = planToJSON(plan);
    expect(json.version).toBe(1);
    const loaded = parsePlan(JSON.stringify(json), 'p.json');
    expect(loaded).toEqual(JSON.parse(JSON.stringify(plan)));
    expect(JSON.stringify(planToJSON(loaded))).toBe(JSON.stringify(json));
  });

  it('compact leaves out the bodies of noops and still loads', () => {
    const desired = estate();
    const plan = diff(desired, stateOf(...desired.map((s) => recorded(s))));
    const compact = planToJSON(plan, { compact: true });
    expect(compact.operations.every((o) => o.desired === undefined && o.current === undefined)).toBe(true);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(planToJSON(plan)).length / 3);
    expect(planFromJSON(compact).summary.noop).toBe(5);
  });

  it.each([
    ['an unknown format version', (j: any) => (j.version = 2), 'version: unknown plan format 2'],
    ['an unknown action', (j: any) => (j.operations[0].action = 'explode'), 'operations[0].action: must be one of'],
    ['a create without its resource', (j: any) => delete j.operations.find((o: any) => o.action === 'create').desired, '.desired: a create needs the desired resource'],
    ['a delete without its record', (j: any) => delete j.operations.find((o: any) => o.action === 'delete').current, '.current: a delete needs the recorded resource'],
    ['a dependency on nothing', (j: any) => j.operations[1].dependsOn.push('aws_s3_bucket:nope'), 'names aws_s3_bucket:nope, which has no operation'],
    ['a summary that does not add up', (j: any) => (j.summary.create = 99), 'summary.create: says 99 but the plan has'],
    ['a duplicated operation', (j: any) => j.operations.push(j.operations[0]), 'duplicate operation for'],
    ['a desired resource for another key', (j: any) => (j.operations[0].desired.key = 'x'), 'desired.key: must equal the operation key'],
    ['a bad deletion policy', (j: any) => (j.operations[0].desired.deletionPolicy = 'shred'), 'desired.deletionPolicy: must be archive, delete or retain'],
    ['a non-string tag', (j: any) => (j.operations[0].desired.tags.Team = 5), 'desired.tags.Team: must be a string'],
    ['an unknown type', (j: any) => (j.operations[0].type = 'aws_mainframe'), 'operations[0].type: unknown resource type'],
  ])('refuses %s, saying where', (_name, edit, message) => {
    const error = errorOf(mutated(edit));
    expect(error.code).toBe('PLAN_INVALID');
    expect(error.message.startsWith('saved-plan.json: ')).toBe(true);
    expect(error.message).toContain(message);
  });

  it('refuses a dependency cycle', () => {
    const value = mutated((j) => {
      const cluster = j.operations.find((o: any) => o.key.startsWith('dbx_cluster'));
      const job = j.operations.find((o: any) => o.key.startsWith('dbx_job'));
      expect(job.dependsOn).toEqual([cluster.key]);
      cluster.dependsOn.push(job.key);
    });
    expect(() => planFromJSON(value)).toThrow(/cycle/);
  });

  it('refuses text that is not JSON, and a non-object', () => {
    expect(() => parsePlan('{"version": 1,', 'p.json')).toThrow(/^p\.json: not valid JSON/);
    expect(errorOf([]).message).toBe('saved-plan.json: plan: must be an object');
  });
});
