// Reconcile of Databricks resources end to end: the bundled action, started by
// a push to main, applies a cluster, a job on it and a Unity Catalog catalog
// and schema against the local Databricks workspace, and commits state that
// knows the cluster's id. A second reconcile writes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { git, gitFixture } from '../support/git.js';
import { startDatabricksServer, type DatabricksServer } from '../support/databricks-server.js';
import { actionBundle, checkout, pushPayload, pushToMain, runAction, type ActionEnvOptions } from './harness.js';

let dbx: DatabricksServer;

beforeAll(async () => {
  await actionBundle();
  dbx = await startDatabricksServer();
}, 180_000);
afterAll(async () => {
  await dbx?.stop();
});

const BLUEPRINT = {
  version: '1.0',
  metadata: { environment: 'dev', project: 'omega', region: 'us-east-1', team: 'data' },
  resources: {
    databricks: {
      clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge', spark_version: '13.3.x-scala2.12', autoscale: { min: 1, max: 2 } }],
      jobs: [
        {
          job_type: 'batch',
          purpose: 'daily-load',
          cluster_ref: 'etl',
          schedule: 'daily',
          tasks: [{ task_key: 'load', notebook_task: { notebook_path: '/Repos/data/load' } }],
        },
      ],
      unity_catalog: { catalogs: [{ catalog_type: 'dev', schemas: [{ domain: 'sales', layer: 'gold' }] }] },
    },
  },
};

function reconcileEnv(workspace: string, sha: string): ActionEnvOptions {
  return {
    event: 'push',
    payload: pushPayload({ after: sha }),
    workspace,
    sha,
    inputs: { 'github-token': 'ghs_installation', 'lock-wait-seconds': '0' },
    env: { ...dbx.env, DPN_REQUEST_TIMEOUT_MS: '10000' },
  };
}

/** A record as the state file holds it, under its resource key. */
interface StateRecord {
  type: string;
  fullName: string;
  physicalId?: string;
  params: Record<string, unknown>;
  dependsOn?: string[];
}

it('a merge applies a cluster, its job, a catalog and a schema; the state records the cluster id; a second reconcile writes nothing', async () => {
  const fx = gitFixture();
  const sha = pushToMain(fx, { 'blueprints/dbx.json': BLUEPRINT });
  const first = await runAction(reconcileEnv(checkout(fx, sha), sha));
  expect(first.code, first.stdout + first.stderr).toBe(0);
  expect(first.outputs.status).toBe('committed');
  expect(first.outputs.creates).toBe('4');

  const live = dbx.inventory();
  expect(live.map((i) => [i.type, i.archived])).toEqual([
    ['dbx_catalog', false],
    ['dbx_cluster', false],
    ['dbx_job', false],
    ['dbx_schema', false],
  ]);
  const cluster = [...dbx.state.clusters.values()];
  const job = [...dbx.state.jobs.values()];
  expect(cluster).toHaveLength(1);
  expect(job).toHaveLength(1);
  // The job runs on the cluster dpn just created, by the id Databricks gave it.
  expect((job[0]!.settings.tasks as { existing_cluster_id?: string }[])[0]!.existing_cluster_id).toBe(cluster[0]!.cluster_id);

  // The committed state: the cluster under its id, the job under its id and pointing at the cluster's key.
  const stateFile = git(fx.remote, 'show', 'main:.dpn/state/blueprints/dbx.json.json');
  const records = Object.entries((JSON.parse(stateFile) as { resources: Record<string, StateRecord> }).resources);
  const byType = new Map(records.map(([key, r]) => [r.type, { ...r, key }]));
  expect([...byType.keys()].sort()).toEqual(['dbx_catalog', 'dbx_cluster', 'dbx_job', 'dbx_schema']);
  const clusterRecord = byType.get('dbx_cluster')!;
  const jobRecord = byType.get('dbx_job')!;
  expect(clusterRecord).toMatchObject({ fullName: cluster[0]!.cluster_name, physicalId: cluster[0]!.cluster_id });
  expect(jobRecord).toMatchObject({ fullName: job[0]!.settings.name, physicalId: String(job[0]!.job_id) });
  expect(jobRecord.params.clusterKey).toBe(clusterRecord.key);
  expect(jobRecord.dependsOn).toContain(clusterRecord.key);
  expect(git(fx.remote, 'log', '-1', '--format=%s', 'main')).toMatch(/^dpn: committed \S+ — 4 to create, 0 unchanged at [0-9a-f]{12} \[skip ci\]$/);

  // The same commit reconciled again (a re-run): nothing to do, nothing written anywhere.
  const writesBefore = dbx.requests.filter((r) => r.method !== 'GET').length;
  const stateHead = git(fx.remote, 'rev-parse', 'main');
  const second = await runAction(reconcileEnv(checkout(fx, stateHead), stateHead));
  expect(second.code, second.stdout + second.stderr).toBe(0);
  expect(second.outputs.status).toBe('noop');
  expect([second.outputs.creates, second.outputs.updates, second.outputs.deletes]).toEqual(['0', '0', '0']);
  expect(dbx.requests.filter((r) => r.method !== 'GET').slice(writesBefore).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  expect(git(fx.remote, 'rev-parse', 'main')).toBe(stateHead);
  expect(dbx.inventory()).toEqual(live);
  fx.cleanup();
});
