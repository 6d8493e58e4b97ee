// `dpn reconcile` of Databricks resources against the local Databricks server
// (documented endpoints, status codes and error bodies): a job created in the
// same transaction as its cluster gets that cluster's id; what the workspace
// holds matches the state after create, chaos, archive and a rollback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadState } from '../../src/state/index.js';
import { startDatabricksServer, type DatabricksServer } from '../support/databricks-server.js';
import { dpn, project, writeBlueprint } from './support.js';

let dbx: DatabricksServer;

beforeEach(async () => {
  dbx = await startDatabricksServer({ pageSize: 2 });
});
afterEach(async () => {
  await dbx?.stop();
});

function blueprint(withJob = true): string {
  return JSON.stringify({
    version: '1.0',
    metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1' },
    resources: {
      databricks: {
        clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }],
        ...(withJob
          ? { jobs: [{ job_type: 'batch', purpose: 'daily-sales-load', cluster_ref: 'etl', tasks: [{ task_key: 'load', notebook_task: { notebook_path: '/etl/load' } }] }] }
          : {}),
        unity_catalog: {
          catalogs: [
            {
              catalog_type: 'dev',
              schemas: [{ domain: 'customer', layer: 'gold', tables: [{ entity: 'customers', table_type: 'dim', columns: [{ name: 'id', type: 'bigint' }] }] }],
            },
          ],
        },
      },
    },
  });
}

async function agree(cwd: string): Promise<void> {
  const state = await loadState(join(cwd, '.dpn'));
  const live = dbx
    .inventory()
    .filter((i) => !(i.type === 'dbx_cluster' && i.archived && ![...state.resources.values()].some((r) => r.physicalId === i.physicalId)))
    .map((i) => `${i.type} ${i.fullName.toLowerCase()}`)
    .sort();
  const recorded = [...state.resources.values()].map((r) => `${r.type} ${r.fullName.toLowerCase()}`).sort();
  expect(live).toEqual(recorded);
}

describe('dpn reconcile against the local Databricks server', () => {
  it('creates cluster, job (on the new cluster), catalog, schema and table; archives the job when removed', async () => {
    const cwd = project('dpn-dbx-');
    writeBlueprint(cwd, 'blueprints/dev.json', blueprint());
    const run = await dpn(['reconcile', 'blueprints'], cwd, dbx.env);
    expect(run.code, run.stderr).toBe(0);
    const state = await loadState(join(cwd, '.dpn'));
    const cluster = [...state.resources.values()].find((r) => r.type === 'dbx_cluster');
    const job = [...state.resources.values()].find((r) => r.type === 'dbx_job');
    expect(cluster?.physicalId).toBeTruthy();
    const jobRecord = dbx.state.jobs.get(Number(job?.physicalId));
    expect(JSON.stringify(jobRecord)).toContain(cluster!.physicalId!);
    expect(dbx.state.tables.has('dataplatform_dev_dev.customer_gold.dim_customers')).toBe(true);
    await agree(cwd);

    writeBlueprint(cwd, 'blueprints/dev.json', blueprint(false));
    const archived = await dpn(['reconcile', 'blueprints'], cwd, dbx.env);
    expect(archived.code, archived.stderr).toBe(0);
    expect(dbx.inventory().find((i) => i.type === 'dbx_job')?.archived).toBe(true);
    expect([...(await loadState(join(cwd, '.dpn'))).resources.values()].find((r) => r.type === 'dbx_job')?.archived).toBe(true);
  });

  it('converges through 429s (with Retry-After) and 503s', async () => {
    dbx.faults.chaos({ rate: 0.5, seed: 11, responses: [{ status: 503 }, { status: 429, headers: { 'retry-after': '0' } }] });
    const cwd = project('dpn-dbx-');
    writeBlueprint(cwd, 'blueprints/dev.json', blueprint());
    const run = await dpn(['reconcile', 'blueprints'], cwd, dbx.env);
    expect(run.code, run.stderr).toBe(0);
    expect(dbx.requests.filter((r) => r.injected).length).toBeGreaterThan(2);
    await agree(cwd);
  });

  it('rolls back the workspace when table creation is denied for good', async () => {
    dbx.faults.inject('/api/2.0/sql/statements', Array.from({ length: 20 }, () => ({ status: 403 })));
    const cwd = project('dpn-dbx-');
    writeBlueprint(cwd, 'blueprints/dev.json', blueprint());
    const run = await dpn(['reconcile', 'blueprints'], cwd, dbx.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/rolled back/);
    expect(dbx.inventory().filter((i) => !(i.type === 'dbx_cluster' && i.archived))).toEqual([]);
    expect((await loadState(join(cwd, '.dpn'))).resources.size).toBe(0);
  });
});
