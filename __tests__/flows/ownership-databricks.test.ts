// Ownership on Databricks, through the Action: a reconcile whose runner
// vanishes after pushing its WAL `begin` is recovered from a fresh checkout.
// The cluster and job the run made go; a Unity Catalog catalog another team
// made under the planned name stays exactly as it was, and so does the schema
// the run never reached. Against the local Databricks server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDatabricksServer, type DatabricksServer } from '../support/databricks-server.js';
import { startHoldProxy } from '../support/hold-proxy.js';
import { git, gitFixture, type GitFixture } from '../support/git.js';
import { actionBundle, checkout, pushPayload, pushToMain, runAction, startAction } from '../action/harness.js';

let dbx: DatabricksServer;
beforeAll(async () => {
  await actionBundle();
  dbx = await startDatabricksServer();
}, 180_000);
afterAll(async () => {
  await dbx?.stop();
});

const CATALOG = 'omega_dev_dev';
const blueprint = {
  version: '1.0',
  metadata: { environment: 'dev', project: 'omega', region: 'us-east-1', team: 'data' },
  resources: {
    databricks: {
      clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge', spark_version: '13.3.x-scala2.12', autoscale: { min: 1, max: 2 } }],
      jobs: [{ job_type: 'batch', purpose: 'daily-load', cluster_ref: 'etl', schedule: 'daily', tasks: [{ task_key: 'load', notebook_task: { notebook_path: '/Repos/data/load' } }] }],
      unity_catalog: { catalogs: [{ catalog_type: 'dev', schemas: [{ domain: 'sales', layer: 'gold' }] }] },
    },
  },
};

function dispatch(fx: GitFixture, mode: string, inputs: Record<string, string> = {}) {
  const head = git(fx.remote, 'rev-parse', 'main');
  return runAction({
    event: 'workflow_dispatch',
    payload: { inputs: { mode }, ref: 'refs/heads/main', repository: { full_name: 'acme/data-platform', default_branch: 'main' } },
    workspace: checkout(fx, head),
    sha: head,
    ref: 'refs/heads/main',
    inputs: { 'github-token': 'ghs_installation', 'lock-wait-seconds': '0', 'check-drift': 'false', ...inputs },
    env: dbx.env,
  });
}

describe('Databricks: recovery of a run that vanished after pushing its begin record', () => {
  it('deletes the cluster and job it made, and leaves another team\'s catalog under the planned name as it was', async () => {
    // Another team's catalog, made before dpn, under the name the blueprint plans.
    const made = await fetch(`${dbx.url}/api/2.1/unity-catalog/catalogs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dbx.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: CATALOG, comment: 'theirs', properties: { owner_team: 'finance' } }),
    });
    expect(made.status).toBe(200);
    const before = structuredClone(dbx.state.catalogs.get(CATALOG));

    const fx = gitFixture();
    const sha = pushToMain(fx, { 'blueprints/dbx.json': blueprint });
    // The catalog's create is never answered: the run makes the cluster and the job, then waits there.
    const proxy = await startHoldProxy(dbx.url, (c) => c.method === 'POST' && c.url.startsWith('/api/2.1/unity-catalog/catalogs'));
    const run = startAction({
      event: 'push',
      payload: pushPayload({ after: sha }),
      workspace: checkout(fx, sha),
      sha,
      inputs: { 'github-token': 'ghs_installation', 'lock-wait-seconds': '0', concurrency: '2' },
      env: { ...dbx.env, DATABRICKS_HOST: proxy.endpoint },
    });
    try {
      await run.waitFor(/pushed WAL begin record/);
      await proxy.waitHeld(1);
      await run.waitFor(/✓ create omega-batch-daily-load-daily-dev/);
      run.child.kill('SIGKILL');
      await run.done;
    } finally {
      await proxy.stop();
    }
    expect(dbx.inventory().map((i) => i.type).sort()).toEqual(['dbx_catalog', 'dbx_cluster', 'dbx_job']);

    const unlock = await dispatch(fx, 'unlock', { force: 'true' });
    expect(unlock.outputs.status).toBe('unlocked');
    const recovered = await dispatch(fx, 'recover');
    expect(recovered.code, recovered.stdout + recovered.summary).toBe(0);
    expect(recovered.outputs.status).toBe('rolled_back');
    const left = dbx.inventory().filter((i) => !(i.type === 'dbx_cluster' && i.archived));
    expect(left.map((i) => `${i.type} ${i.fullName}`)).toEqual([`dbx_catalog ${CATALOG}`]);
    expect(dbx.state.catalogs.get(CATALOG)).toEqual(before);
    expect(recovered.summary.replace(/\\/g, '')).toContain(`${CATALOG} existed before this transaction: left in place`);
    fx.cleanup();
  });
});
