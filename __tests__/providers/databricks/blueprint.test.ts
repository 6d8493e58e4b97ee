// The contract with blueprint expansion: the Databricks resources of the shipped example blueprint apply
// through the drivers in dependency order, and `read` gives back exactly the params expansion produced.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadBlueprints } from '../../../src/blueprint/index.js';
import { DEFAULT_NAMING_CONFIG } from '../../../src/naming/index.js';
import type { Driver } from '../../../src/providers/driver.js';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';
import { context, drivers, ref } from './fixtures.js';

const root = new URL('../../..', import.meta.url).pathname;

let dbx: DatabricksServer;
beforeAll(async () => {
  dbx = await startDatabricksServer();
});
afterAll(async () => {
  await dbx.stop();
});

it('applies, reads back unchanged, and re-applies as a no-op the example blueprint', async () => {
  const set = await loadBlueprints(['blueprints/dev.json'], { naming: DEFAULT_NAMING_CONFIG, cwd: root });
  expect(set.diagnostics).toEqual([]);
  const specs = set.resources.filter((r) => r.type.startsWith('dbx_'));
  expect(specs.map((s) => s.type)).toEqual(['dbx_cluster', 'dbx_job', 'dbx_catalog', 'dbx_schema', 'dbx_table']);
  const all = drivers(dbx) as unknown as Record<string, Driver>;
  const applied: Record<string, string> = {};
  const ctx = context(applied);

  // Blueprint order is dependency order here (cluster before job, catalog before schema before table).
  const lives = [];
  for (const s of specs) {
    const live = await all[s.type]!.create(s, ctx);
    if (live.physicalId) applied[s.key] = live.physicalId;
    lives.push(live);
  }
  for (const [i, s] of specs.entries()) {
    const read = await all[s.type]!.read(ref(s, lives[i]), ctx);
    expect({ type: s.type, params: read?.params }).toEqual({ type: s.type, params: s.params });
  }
  const job = [...dbx.state.jobs.values()][0];
  // The server fills in defaults (run_if, notebook source…) as Databricks does; read hid them above.
  expect(job?.settings.tasks).toEqual([
    expect.objectContaining({
      task_key: 'load_orders',
      notebook_task: { notebook_path: '/Repos/data/sales/load_orders', source: 'WORKSPACE' },
      existing_cluster_id: applied[specs[0]!.key],
      run_if: 'ALL_SUCCESS',
    }),
  ]);
  expect(dbx.inventory().map((i) => [i.type, i.fullName, i.archived])).toEqual(
    specs.map((s) => [s.type, s.fullName, false]).sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`)),
  );

  // A second apply of the same blueprint adopts everything and writes nothing.
  const writesBefore = dbx.requests.filter((r) => r.method !== 'GET').length;
  for (const s of specs) await all[s.type]!.create(s, ctx);
  const writes = dbx.requests.filter((r) => r.method !== 'GET').slice(writesBefore);
  expect(writes.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    // Unity Catalog has no "create if absent": the duplicate POSTs answer RESOURCE_ALREADY_EXISTS and are adopted.
    'POST /api/2.1/unity-catalog/catalogs 409',
    'POST /api/2.1/unity-catalog/schemas 409',
  ]);
});
