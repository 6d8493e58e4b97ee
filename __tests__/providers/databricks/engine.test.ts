// The Databricks drivers under the real engine: reconcile a Databricks-only blueprint against the local
// server, change it, remove parts of it, and fail mid-way so compensation runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { reconcileLocal as reconcile } from '../../../src/cli/face.js';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';
import { tempDir } from '../../support/git.js';

const root = new URL('../../..', import.meta.url).pathname;

let dbx: DatabricksServer;
beforeAll(async () => {
  dbx = await startDatabricksServer();
});
afterAll(async () => {
  await dbx.stop();
});

let dir: string;
let blueprint: Record<string, any>;
beforeEach(() => {
  dbx.reset();
  dir = tempDir('dpn-dbx-engine-');
  mkdirSync(join(dir, 'blueprints'));
  blueprint = JSON.parse(readFileSync(join(root, 'blueprints/dev.json'), 'utf8'));
  delete blueprint.resources.aws;
  write();
});

function write() {
  writeFileSync(join(dir, 'blueprints/dev.json'), JSON.stringify(blueprint, null, 2));
}

const run = () =>
  reconcile({
    paths: ['blueprints'],
    cwd: dir,
    env: { ...dbx.env, PATH: process.env.PATH ?? '' },
    sleep: async () => {},
  });

it('creates, updates, archives and recreates Databricks resources through the engine', async () => {
  const first = await run();
  expect(first.status).toBe('committed');
  expect(dbx.inventory().map((i) => `${i.type} ${i.fullName} ${i.archived}`)).toEqual([
    'dbx_catalog dataplatform_dev_dev false',
    'dbx_cluster dataplatform-etl-shared-dev false',
    'dbx_job dataplatform-batch-daily-sales-load-daily-dev false',
    'dbx_schema dataplatform_dev_dev.customer_gold false',
    'dbx_table dataplatform_dev_dev.customer_gold.dim_customers false',
  ]);

  expect((await run()).status).toBe('noop');

  const table = blueprint.resources.databricks.unity_catalog.catalogs[0].schemas[0].tables[0];
  table.columns.push({ name: 'tier', type: 'string' });
  blueprint.resources.databricks.clusters[0].autoscale.max = 4;
  write();
  const second = await run();
  expect(second.status).toBe('committed');
  expect(dbx.state.tables.get('dataplatform_dev_dev.customer_gold.dim_customers')?.columns.map((c) => c.name)).toEqual([
    'customer_id',
    'segment',
    'tier',
  ]);
  expect([...dbx.state.clusters.values()][0]?.autoscale).toEqual({ min_workers: 2, max_workers: 4 });

  const job = blueprint.resources.databricks.jobs.pop();
  write();
  const third = await run();
  expect(third.status).toBe('committed');
  expect(dbx.inventory().find((i) => i.type === 'dbx_job')).toMatchObject({ archived: true });

  blueprint.resources.databricks.jobs.push(job);
  write();
  expect((await run()).status).toBe('committed');
  expect(dbx.inventory().find((i) => i.type === 'dbx_job')).toMatchObject({ archived: false });
  expect(dbx.state.jobs.size).toBe(1);
});

it('rolls back what it made when a Databricks call fails for good', async () => {
  dbx.faults.inject('/api/2.0/sql/statements', [{ status: 403, body: { error_code: 'PERMISSION_DENIED', message: 'no CREATE TABLE' } }]);
  const result = await run();
  expect(result.status).toBe('rolled_back');
  expect(dbx.inventory().filter((i) => !i.archived)).toEqual([]);
});
