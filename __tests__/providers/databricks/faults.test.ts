// Under a share of throttled, unavailable and lost-response answers, applying and removing the example
// blueprint through the engine's retry loop still converges: one object per resource, nothing left over.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadBlueprints } from '../../../src/blueprint/index.js';
import { withRetry } from '../../../src/engine/retry.js';
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

it.each([1, 2, 3, 4, 5])('converges with 40 percent of calls failing, seed %i', async (seed) => {
  dbx.reset();
  const set = await loadBlueprints(['blueprints/dev.json'], { naming: DEFAULT_NAMING_CONFIG, cwd: root });
  const specs = set.resources.filter((r) => r.type.startsWith('dbx_'));
  const all = drivers(dbx) as unknown as Record<string, Driver>;
  const applied: Record<string, string> = {};
  const ctx = context(applied);
  let waited = 0;
  const retry = <T>(call: () => Promise<T>) =>
    withRetry(call, { retries: 30, maxTotalMs: 1e9 }, {
      sleep: async (ms) => {
        waited += ms;
      },
      random: () => 0.5,
      clock: () => 0,
    });

  dbx.faults.chaos({
    seed,
    rate: 0.4,
    responses: [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 503 },
      { status: 503, afterEffect: true },
      { status: 504, afterEffect: true, body: '<html>gateway timeout</html>' },
    ],
  });
  for (const s of specs) {
    const live = await retry(() => all[s.type]!.create(s, ctx));
    if (live.physicalId) applied[s.key] = live.physicalId;
  }
  const faulted = dbx.requests.filter((r) => r.injected).length;
  expect(faulted).toBeGreaterThan(3);
  expect(waited).toBeGreaterThan(0);
  expect([dbx.state.clusters.size, dbx.state.jobs.size, dbx.state.catalogs.size, dbx.state.schemas.size, dbx.state.tables.size]).toEqual([
    1, 1, 1, 1, 1,
  ]);
  expect([...dbx.state.clusters.keys()]).toEqual([applied[specs[0]!.key]]);

  for (const s of [...specs].reverse()) await retry(() => all[s.type]!.delete(ref(s, { physicalId: applied[s.key]!, params: {}, tags: {} }), ctx));
  dbx.faults.chaos(null);
  expect([dbx.state.clusters.size, dbx.state.jobs.size, dbx.state.catalogs.size, dbx.state.schemas.size, dbx.state.tables.size]).toEqual([
    0, 0, 0, 0, 0,
  ]);
});
