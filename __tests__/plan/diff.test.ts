import { describe, expect, it } from 'vitest';
import { diff, touchedBlueprints } from '../../src/plan/diff.js';
import { checkMassDelete } from '../../src/plan/guard.js';
import { executionSteps } from '../../src/plan/steps.js';
import { changeCounts, hasChanges, summaryLine } from '../../src/plan/summary.js';
import type { Operation, Plan } from '../../src/plan/types.js';
import { UserError } from '../../src/errors.js';
import { estate, recorded, spec, stateOf } from './fixtures.js';

const DB = 'aws_glue_database:dp/dev/sales-bronze';
const ORDERS = 'aws_glue_table:dp/dev/sales-bronze/orders';
const REFUNDS = 'aws_glue_table:dp/dev/sales-bronze/refunds';
const CLUSTER = 'dbx_cluster:dp/dev/etl';
const JOB = 'dbx_job:dp/dev/daily-load';

function op(plan: Plan, key: string): Operation {
  const found = plan.operations.find((o) => o.key === key);
  if (!found) throw new Error(`no operation for ${key}`);
  return found;
}

function indexOf(plan: Plan, key: string): number {
  return plan.operations.findIndex((o) => o.key === key);
}

describe('diff: create', () => {
  it('creates everything against an empty state, parents before children', () => {
    const plan = diff(estate(), stateOf());
    expect(plan.summary).toMatchObject({ create: 5, noop: 0 });
    expect(plan.operations.every((o) => o.action === 'create' && o.current === undefined)).toBe(true);
    expect(op(plan, ORDERS).dependsOn).toEqual([DB]);
    expect(op(plan, JOB).dependsOn).toEqual([CLUSTER]);
    expect(indexOf(plan, DB)).toBeLessThan(indexOf(plan, ORDERS));
    expect(indexOf(plan, DB)).toBeLessThan(indexOf(plan, REFUNDS));
    expect(indexOf(plan, CLUSTER)).toBeLessThan(indexOf(plan, JOB));
    // ties by key: among the ready roots the smaller key goes first
    expect(plan.operations.map((o) => o.key)).toEqual([DB, ORDERS, REFUNDS, CLUSTER, JOB]);
  });

  it('is a noop when the state holds exactly what is desired', () => {
    const desired = estate();
    const plan = diff(desired, stateOf(...desired.map((s) => recorded(s))));
    expect(plan.summary).toEqual({ create: 0, update: 0, replace: 0, archive: 0, delete: 0, retain: 0, noop: 5 });
    expect(hasChanges(plan)).toBe(false);
    expect(plan.operations.every((o) => o.changes.length === 0 && o.dependsOn.length === 0)).toBe(true);
    expect(summaryLine(plan.summary)).toBe('No changes, 5 unchanged');
  });

  it('ignores key order and undefined fields when comparing', () => {
    const s = spec({ key: 'aws_s3_bucket:b', params: { a: 1, b: { c: 2, d: 3 } } });
    const record = recorded(s, { params: { b: { d: 3, c: 2 }, a: 1, gone: undefined } });
    expect(diff([s], stateOf(record)).operations[0]?.action).toBe('noop');
  });
});

describe('diff: update', () => {
  it('lists each changed field with before and after, by dotted path', () => {
    const desired = estate();
    const state = stateOf(...desired.map((s) => recorded(s)));
    const orders = desired[1]!;
    orders.params['columns'] = [
      { name: 'id', type: 'bigint' },
      { name: 'amount', type: 'decimal(10,2)' },
    ];
    orders.tags = { Environment: 'dev', 'app.kubernetes.io/name': 'x' };
    const db = desired[0]!;
    db.params['description'] = undefined;
    const plan = diff(desired, state);
    expect(op(plan, ORDERS)).toMatchObject({ action: 'update' });
    expect(op(plan, ORDERS).changes).toEqual([
      { path: 'params.columns[1].type', before: 'double', after: 'decimal(10,2)' },
      { path: 'tags["app.kubernetes.io/name"]', after: 'x' },
    ]);
    expect(op(plan, DB).changes).toEqual([{ path: 'params.description', before: 'sales' }]);
    expect(op(plan, ORDERS).stateOnly).toBeUndefined();
    // the table update waits for the database update
    expect(op(plan, ORDERS).dependsOn).toEqual([DB]);
    // unchanged neighbours are noops, and nothing waits for a noop
    expect(op(plan, REFUNDS).action).toBe('noop');
    expect(plan.summary).toMatchObject({ update: 2, noop: 3 });
  });

  it('shows an array that grew as one change of the whole array', () => {
    const s = spec({ key: 'aws_glue_table:t', params: { columns: [{ name: 'a', type: 'int' }] } });
    const record = recorded(s);
    s.params['columns'] = [
      { name: 'a', type: 'int' },
      { name: 'b', type: 'string' },
    ];
    expect(diff([s], stateOf(record)).operations[0]?.changes).toEqual([
      { path: 'params.columns', before: [{ name: 'a', type: 'int' }], after: s.params['columns'] },
    ]);
  });

  it('does not wait for a dependency that is unchanged', () => {
    const desired = estate();
    const state = stateOf(...desired.map((s) => recorded(s)));
    desired[4]!.params['schedule'] = 'hourly';
    const plan = diff(desired, state);
    expect(op(plan, JOB)).toMatchObject({ action: 'update', dependsOn: [] });
  });

  it('treats keys named like Object.prototype members as plain data', () => {
    const s = spec({ key: 'aws_s3_bucket:b', tags: JSON.parse('{"constructor":"x","__proto__":"y"}') as Record<string, string> });
    const record = recorded(s, { tags: {} });
    const changes = diff([s], stateOf(record)).operations[0]?.changes;
    expect(changes?.map((c) => c.path)).toEqual(['tags.__proto__', 'tags.constructor']);
    const back = diff([spec({ key: 'aws_s3_bucket:b' })], stateOf(recorded(s)));
    expect(back.operations[0]?.changes.map((c) => c.path)).toEqual(['tags.__proto__', 'tags.constructor']);
  });

  it('re-adding an archived resource is an update that unarchives it, not a second create', () => {
    const s = spec({ key: 'aws_s3_bucket:b', params: { versioning: true } });
    const plan = diff([s], stateOf(recorded(s, { archived: true })));
    expect(plan.operations[0]).toMatchObject({
      action: 'update',
      changes: [{ path: 'archived', before: true, after: false }],
    });
    expect(plan.operations[0]?.stateOnly).toBeUndefined();
  });

  it('a resource moved to another blueprint file keeps its key: a state-only update', () => {
    const s = spec({ key: 'aws_s3_bucket:b', blueprint: 'blueprints/b.json' });
    const record = recorded(spec({ key: 'aws_s3_bucket:b', blueprint: './blueprints/a.json' }));
    const plan = diff([s], stateOf(record));
    expect(plan.operations[0]).toMatchObject({
      action: 'update',
      stateOnly: true,
      movedFrom: 'blueprints/a.json',
      blueprint: 'blueprints/b.json',
      changes: [{ path: 'blueprint', before: 'blueprints/a.json', after: 'blueprints/b.json' }],
    });
    expect(touchedBlueprints(plan)).toEqual(['blueprints/a.json', 'blueprints/b.json']);
    expect(checkMassDelete(plan, stateOf(record)).refused).toBe(false);
  });

  it('a resource moved in from a blueprint outside the scope is still a move, not a create', () => {
    const record = recorded(spec({ key: 'aws_s3_bucket:b', blueprint: 'elsewhere/a.json' }));
    const plan = diff([spec({ key: 'aws_s3_bucket:b', blueprint: 'blueprints/dev.json' })], stateOf(record), {
      blueprints: ['blueprints/dev.json'],
    });
    expect(plan.operations).toEqual([expect.objectContaining({ action: 'update', movedFrom: 'elsewhere/a.json', stateOnly: true })]);
  });

  it('a changed deletion policy is recorded without touching the platform', () => {
    const s = spec({ key: 'aws_s3_bucket:b', deletionPolicy: 'delete' });
    const plan = diff([s], stateOf(recorded(spec({ key: 'aws_s3_bucket:b' }))));
    expect(plan.operations[0]).toMatchObject({
      action: 'update',
      stateOnly: true,
      changes: [{ path: 'deletionPolicy', before: 'archive', after: 'delete' }],
    });
  });

  it('the same blueprint spelled differently is not a move', () => {
    const s = spec({ key: 'aws_s3_bucket:b', blueprint: './blueprints//dev.json' });
    const plan = diff([s], stateOf(recorded(spec({ key: 'aws_s3_bucket:b', blueprint: 'blueprints/dev.json' }))));
    expect(plan.operations[0]?.action).toBe('noop');
  });
});

describe('diff: replace', () => {
  it('a rename is a replace, flagged, with the old name kept for retirement', () => {
    const desired = estate();
    const state = stateOf(...desired.map((s) => recorded(s)));
    desired[3]!.name = 'dp-etl-shared-dev2';
    desired[3]!.fullName = 'dp-etl-shared-dev2';
    const plan = diff(desired, state);
    const replace = op(plan, CLUSTER);
    expect(replace.action).toBe('replace');
    expect(replace.current?.fullName).toBe('dp-etl-shared-dev');
    expect(replace.fullName).toBe('dp-etl-shared-dev2');
    expect(replace.changes).toContainEqual({ path: 'name', before: 'dp-etl-shared-dev', after: 'dp-etl-shared-dev2' });
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'PLAN_REPLACE', key: CLUSTER, message: expect.stringMatching(/renamed.*archived/) }),
    ]);
    expect(summaryLine(plan.summary)).toBe('1 to update, 1 to replace, 3 unchanged');
  });

  it('what points at a replaced resource is updated to point at the new one', () => {
    const desired = estate();
    const state = stateOf(...desired.map((s) => recorded(s)));
    desired[3]!.name = desired[3]!.fullName = 'dp-etl-shared-dev2';
    const plan = diff(desired, state);
    expect(op(plan, JOB)).toMatchObject({
      action: 'update',
      dependsOn: [CLUSTER],
      changes: [{ path: 'dependsOn["dbx_cluster:dp/dev/etl"]', before: 'dp-etl-shared-dev', after: 'dp-etl-shared-dev2' }],
    });
    expect(op(plan, JOB).stateOnly).toBeUndefined();
    expect(indexOf(plan, CLUSTER)).toBeLessThan(indexOf(plan, JOB));
  });

  it('renaming a database replaces its tables too; old tables retire before the old database', () => {
    const desired = estate().slice(0, 3);
    const state = stateOf(...desired.map((s) => recorded(s, { dependsOn: undefined })));
    for (const s of desired) {
      s.fullName = s.fullName.replace('dp_sales_bronze_dev', 'dp_sales_raw_dev');
      s.name = s.name.replace('dp_sales_bronze_dev', 'dp_sales_raw_dev');
      if (s.params['databaseName']) s.params['databaseName'] = 'dp_sales_raw_dev';
    }
    const plan = diff(desired, state);
    expect(plan.operations.map((o) => o.action)).toEqual(['replace', 'replace', 'replace']);
    // the database's dependency on its tables is inferred from names: state had no dependsOn
    expect(op(plan, DB).retireDependsOn).toEqual([ORDERS, REFUNDS]);
    const steps = executionSteps(plan);
    expect(steps.map((s) => `${s.phase}:${s.id}`)).toEqual([
      `apply:${DB}`,
      `apply:${ORDERS}`,
      `apply:${REFUNDS}`,
      `retire:${ORDERS}#retire`,
      `retire:${REFUNDS}#retire`,
      `retire:${DB}#retire`,
    ]);
    expect(steps.find((s) => s.id === `${DB}#retire`)).toMatchObject({
      action: 'archive',
      dependsOn: [`${ORDERS}#retire`, `${REFUNDS}#retire`],
    });
  });
});

describe('diff: removal', () => {
  const desired = estate();
  const bucket = (policy: 'archive' | 'delete' | 'retain', extra = {}) =>
    recorded(spec({ key: `aws_s3_bucket:${policy}`, deletionPolicy: policy }), extra);

  it('archives by default, deletes or retains per the recorded policy', () => {
    const state = stateOf(...desired.map((s) => recorded(s)), bucket('archive'), bucket('delete'), bucket('retain'));
    const plan = diff(desired, state);
    expect(op(plan, 'aws_s3_bucket:archive').action).toBe('archive');
    expect(op(plan, 'aws_s3_bucket:delete').action).toBe('delete');
    expect(op(plan, 'aws_s3_bucket:retain').action).toBe('retain');
    expect(op(plan, 'aws_s3_bucket:delete').desired).toBeUndefined();
    expect(op(plan, 'aws_s3_bucket:delete').current?.key).toBe('aws_s3_bucket:delete');
    // What the action outputs and the run history record: a retained resource is forgotten, not deleted.
    expect(changeCounts(plan.summary)).toEqual({ creates: 0, updates: 0, deletes: 2 });
  });

  it('uses the default policy for a record without one', () => {
    const record = bucket('delete');
    delete (record as Partial<typeof record>).deletionPolicy;
    expect(diff([], stateOf(record)).operations[0]?.action).toBe('archive');
    expect(diff([], stateOf(record), { defaultDeletionPolicy: 'retain' }).operations[0]?.action).toBe('retain');
  });

  it('an explicit deletion policy overrides the recorded ones for removals', () => {
    const state = stateOf(bucket('archive'), bucket('retain'), bucket('delete', { archived: true }));
    const plan = diff([], state, { deletionPolicy: 'delete' });
    expect(plan.operations.map((o) => `${o.action} ${o.key}`)).toEqual([
      'delete aws_s3_bucket:archive',
      'delete aws_s3_bucket:retain',
      'noop aws_s3_bucket:delete',
    ]);
  });

  it('an already archived resource that stays removed is a noop', () => {
    const plan = diff([], stateOf(bucket('archive', { archived: true })));
    expect(plan.operations[0]?.action).toBe('noop');
    expect(hasChanges(plan)).toBe(false);
  });

  it('deletes run after every create and update, children before parents', () => {
    const gone = estate('blueprints/old.json').map((s) =>
      recorded({ ...s, key: s.key.replace('dp/dev', 'dp/old'), dependsOn: s.dependsOn.map((d) => d.replace('dp/dev', 'dp/old')), deletionPolicy: 'delete' }),
    );
    const plan = diff(desired, stateOf(...gone));
    const actions = plan.operations.map((o) => o.action);
    expect(actions.lastIndexOf('create')).toBeLessThan(actions.indexOf('delete'));
    const oldDb = DB.replace('dp/dev', 'dp/old');
    const oldOrders = ORDERS.replace('dp/dev', 'dp/old');
    const oldRefunds = REFUNDS.replace('dp/dev', 'dp/old');
    expect(op(plan, oldDb).dependsOn).toEqual([oldOrders, oldRefunds]);
    expect(op(plan, oldOrders).dependsOn).toEqual([]);
    expect(indexOf(plan, oldOrders)).toBeLessThan(indexOf(plan, oldDb));
    expect(indexOf(plan, oldRefunds)).toBeLessThan(indexOf(plan, oldDb));
    expect(op(plan, CLUSTER.replace('dp/dev', 'dp/old')).dependsOn).toEqual([JOB.replace('dp/dev', 'dp/old')]);
  });

  it('infers reverse order from names for records written without dependsOn', () => {
    const [db, orders, , cluster, job] = estate();
    const state = stateOf(...[db!, orders!, cluster!, job!].map((s) => recorded(s, { dependsOn: undefined })));
    const plan = diff([], state);
    expect(op(plan, DB).dependsOn).toEqual([ORDERS]);
    expect(op(plan, CLUSTER).dependsOn).toEqual([JOB]);
  });

  it('warns when deleting a parent takes an archived or retained child with it', () => {
    const [db, orders] = estate();
    const state = stateOf(recorded({ ...db!, deletionPolicy: 'delete' }), recorded({ ...orders!, deletionPolicy: 'retain' }));
    const plan = diff([], state);
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'PLAN_DELETE_TAKES_CHILD', key: ORDERS, message: expect.stringContaining('retained') }),
    ]);
  });

  it('only removes records of the given blueprints when asked, and nothing without prune', () => {
    const other = recorded(spec({ key: 'aws_s3_bucket:other', blueprint: 'blueprints/other.json' }));
    const mine = recorded(spec({ key: 'aws_s3_bucket:mine', blueprint: 'blueprints/dev.json' }));
    const scoped = diff([], stateOf(other, mine), { blueprints: ['./blueprints/dev.json'] });
    expect(scoped.operations.map((o) => `${o.action} ${o.key}`)).toEqual(['archive aws_s3_bucket:mine']);
    expect(diff([], stateOf(other, mine), { prune: false }).operations).toEqual([]);
  });
});

describe('diff: determinism and errors', () => {
  it('gives the same plan for the same inputs in any order', () => {
    const desired = estate();
    const gone = recorded(spec({ key: 'aws_s3_bucket:z', deletionPolicy: 'delete' }));
    const a = diff(desired, stateOf(gone, recorded(desired[0]!)));
    const b = diff([...desired].reverse(), stateOf(recorded(desired[0]!), gone));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('refuses two resources with one key, naming both places', () => {
    const a = spec({ key: 'aws_s3_bucket:b', blueprint: 'x.json' });
    const b = spec({ key: 'aws_s3_bucket:b', blueprint: 'y.json' });
    expect(() => diff([a, b], stateOf())).toThrow(/aws_s3_bucket:b is declared twice: x.json:1 and y.json:1/);
  });

  it('reports a dependency cycle with its members', () => {
    const a = spec({ key: 'dbx_job:a', dependsOn: ['dbx_job:b'] });
    const b = spec({ key: 'dbx_job:b', dependsOn: ['dbx_job:a'] });
    const c = spec({ key: 'dbx_job:c' });
    let error: unknown;
    try {
      diff([a, b, c], stateOf());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('PLAN_CYCLE');
    expect((error as Error).message).toContain('dbx_job:a, dbx_job:b');
    expect((error as Error).message).not.toContain('dbx_job:c');
  });
});

describe('checkMassDelete', () => {
  const records = (n: number, blueprint: string) =>
    Array.from({ length: n }, (_, i) => recorded(spec({ key: `aws_s3_bucket:${blueprint}/${i}`, blueprint })));

  it('refuses when a blueprint would lose more than half of what it manages', () => {
    const all = [...records(4, 'a.json'), ...records(4, 'b.json')];
    const keep = (keys: string[]) => all.filter((r) => keys.includes(r.key)).map((r) => spec({ key: r.key, blueprint: r.blueprint }));
    const state = stateOf(...all);
    // a.json loses 3 of 4, b.json 2 of 4 (exactly half is allowed)
    const plan = diff(keep(['aws_s3_bucket:a.json/0', 'aws_s3_bucket:b.json/0', 'aws_s3_bucket:b.json/1']), state);
    const check = checkMassDelete(plan, state);
    expect(check.refused).toBe(true);
    expect(check.over).toEqual([
      {
        blueprint: 'a.json',
        managed: 4,
        removing: 3,
        share: 0.75,
        keys: ['aws_s3_bucket:a.json/1', 'aws_s3_bucket:a.json/2', 'aws_s3_bucket:a.json/3'],
      },
    ]);
    expect(check.blueprints.map((f) => [f.blueprint, f.removing])).toEqual([
      ['a.json', 3],
      ['b.json', 2],
    ]);
    expect(checkMassDelete(plan, state, { threshold: 0.8 }).refused).toBe(false);
  });

  it('counts a deleted blueprint file as losing everything; archived records are not managed', () => {
    const state = stateOf(...records(2, 'a.json'), recorded(spec({ key: 'aws_s3_bucket:old', blueprint: 'a.json' }), { archived: true }));
    const check = checkMassDelete(diff([], state), state);
    expect(check.over).toEqual([expect.objectContaining({ blueprint: 'a.json', managed: 2, removing: 2, share: 1 })]);
  });

  it('counts a rename that deletes the old resource as a removal, not one that archives it', () => {
    const records = [0, 1, 2].map((i) => recorded(spec({ key: `aws_s3_bucket:${i}`, name: `b${i}`, deletionPolicy: i < 2 ? 'delete' : 'archive' })));
    const renamed = records.map((r) => spec({ key: r.key, name: `${r.name}-v2`, deletionPolicy: r.deletionPolicy }));
    const state = stateOf(...records);
    const check = checkMassDelete(diff(renamed, state), state);
    expect(check.over).toEqual([expect.objectContaining({ managed: 3, removing: 2, keys: ['aws_s3_bucket:0', 'aws_s3_bucket:1'] })]);
  });

  it('a plan that only creates and updates is never refused', () => {
    const desired = estate();
    const state = stateOf(recorded(desired[0]!));
    expect(checkMassDelete(diff(desired, state), state)).toEqual({ threshold: 0.5, refused: false, over: [], blueprints: [] });
  });
});
