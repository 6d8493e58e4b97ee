// `--deletion-policy` (ReconcileOptions.deletionPolicy) is planned by diff
// itself, so the plan's warnings and summary describe what will really happen.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reconcileLocal as reconcile } from '../../src/cli/face.js';
import { writeState } from '../../src/state/index.js';
import { MemoryCloud, applied, spec, stateOf } from './memory-cloud.js';

const DB = 'aws_glue_database' as const;
const TABLE = 'aws_glue_table' as const;

async function project() {
  const cwd = mkdtempSync(join(tmpdir(), 'dpn-policy-'));
  mkdirSync(join(cwd, 'blueprints'));
  // Every resource left the blueprint: the next run retires both.
  writeFileSync(
    join(cwd, 'blueprints', 'test.yaml'),
    JSON.stringify({ version: '1.0', metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1', team: 'data' }, resources: { aws: {} } }),
  );
  const db = { ...applied(spec(DB, 'sales_db')), deletionPolicy: 'delete' as const };
  const table = { ...applied(spec(TABLE, 'sales_db.orders', {}, [db.key])), dependsOn: [db.key], deletionPolicy: 'archive' as const };
  await writeState(join(cwd, '.dpn'), stateOf([db, table]));
  return { cwd, db, table };
}

describe('reconcile --deletion-policy', () => {
  it('plans every removal with the policy, and warns only about what that plan does', async () => {
    const { cwd, db, table } = await project();
    const drivers = new MemoryCloud().drivers();
    const own = await reconcile({ cwd, paths: ['blueprints'], drivers, dryRun: true, allowMassDelete: true });
    expect(own.status, JSON.stringify(own.diagnostics)).toBe('dry_run');
    // Recorded policies: the database is deleted and takes the archived table with it.
    expect(own.plan?.operations.map((o) => [o.key, o.action])).toEqual(expect.arrayContaining([[db.key, 'delete'], [table.key, 'archive']]));
    expect(own.plan?.warnings?.map((w) => w.code)).toContain('PLAN_DELETE_TAKES_CHILD');

    const archived = await reconcile({ cwd, paths: ['blueprints'], drivers, dryRun: true, allowMassDelete: true, deletionPolicy: 'archive' });
    expect(archived.plan?.operations.map((o) => o.action).sort()).toEqual(['archive', 'archive']);
    expect(archived.plan?.summary).toMatchObject({ archive: 2, delete: 0 });
    // Nothing is deleted, so nothing is taken along: no warning saying otherwise.
    expect(archived.plan?.warnings ?? []).toEqual([]);
  });
});
