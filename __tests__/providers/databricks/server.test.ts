// The local Databricks server other tests rely on: its documented status codes and error bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';

let dbx: DatabricksServer;
beforeAll(async () => {
  dbx = await startDatabricksServer();
});
afterAll(async () => {
  await dbx.stop();
});

async function call(method: string, path: string, body?: unknown, token = dbx.token) {
  const res = await fetch(`${dbx.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('local Databricks server', () => {
  it('answers 401 for a wrong token and 400 INVALID_PARAMETER_VALUE for a missing cluster', async () => {
    expect((await call('GET', '/api/2.1/clusters/get?cluster_id=x', undefined, 'nope')).status).toBe(401);
    const missing = await call('GET', '/api/2.1/clusters/get?cluster_id=nope');
    expect(missing).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
  });

  it('pages the jobs list with next_page_token and has_more', async () => {
    for (const name of ['a', 'b', 'c']) await call('POST', '/api/2.2/jobs/create', { name });
    const first = await call('GET', '/api/2.2/jobs/list');
    expect(first.body.jobs).toHaveLength(2);
    expect(first.body.has_more).toBe(true);
    const second = await call('GET', `/api/2.2/jobs/list?page_token=${String(first.body.next_page_token)}`);
    expect(second.body.jobs).toHaveLength(1);
    expect(second.body.has_more).toBe(false);
  });

  it('runs CREATE TABLE against its Unity Catalog and fails on a missing schema', async () => {
    await call('POST', '/api/2.1/unity-catalog/catalogs', { name: 'c1' });
    await call('POST', '/api/2.1/unity-catalog/schemas', { name: 's1', catalog_name: 'c1' });
    const ok = await call('POST', '/api/2.0/sql/statements', {
      statement: "CREATE TABLE IF NOT EXISTS `c1`.`s1`.`we``ird` (`id` BIGINT COMMENT 'it\\'s', `m` MAP<STRING, DECIMAL(10,2)>) USING DELTA",
      warehouse_id: dbx.warehouseId,
    });
    expect(ok.body.status).toEqual({ state: 'SUCCEEDED' });
    const table = dbx.state.tables.get('c1.s1.we`ird');
    expect(table?.columns.map((c) => [c.name, c.type_text, c.comment])).toEqual([
      ['id', 'bigint', "it's"],
      ['m', 'map<string,decimal(10,2)>', undefined],
    ]);
    const failed = await call('POST', '/api/2.0/sql/statements', {
      statement: 'CREATE TABLE `c1`.`nope`.`t` (`id` INT)',
      warehouse_id: dbx.warehouseId,
    });
    expect(failed.body.status).toMatchObject({ state: 'FAILED', error: { error_code: 'SCHEMA_NOT_FOUND' } });
  });

  it('replays injected faults in order, then answers normally', async () => {
    dbx.faults.inject(/\/catalogs\/c1$/, [{ status: 503, headers: { 'retry-after': '2' } }]);
    const faulted = await fetch(`${dbx.url}/api/2.1/unity-catalog/catalogs/c1`, {
      headers: { authorization: `Bearer ${dbx.token}` },
    });
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get('retry-after')).toBe('2');
    expect(await faulted.json()).toMatchObject({ error_code: 'TEMPORARILY_UNAVAILABLE' });
    expect((await call('GET', '/api/2.1/unity-catalog/catalogs/c1')).status).toBe(200);
    expect(dbx.faults.pending()).toBe(0);
  });
});

describe('local Databricks server faults', () => {
  it('can lose the answer of a write that took effect', async () => {
    const before = dbx.state.jobs.size;
    dbx.faults.inject('/api/2.2/jobs/create', [{ status: 503, afterEffect: true }]);
    const lost = await call('POST', '/api/2.2/jobs/create', { name: 'lost' });
    expect(lost.status).toBe(503);
    expect(dbx.state.jobs.size).toBe(before + 1);
  });

  it('fails a seeded, reproducible share of API calls, never the token endpoint', async () => {
    const run = async () => {
      dbx.faults.chaos({ seed: 7, rate: 0.5, responses: [{ status: 503 }] });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await call('GET', '/api/2.1/clusters/list')).status);
      const token = await fetch(`${dbx.url}/oidc/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'all-apis', client_id: dbx.clientId, client_secret: dbx.clientSecret }),
      });
      expect(token.status).toBe(200);
      dbx.faults.chaos(null);
      return statuses;
    };
    const first = await run();
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(await run()).toEqual(first);
  });
});

describe('local Databricks server robustness', () => {
  it('survives a client that disconnects mid-request', async () => {
    const { request } = await import('node:http');
    const url = new URL(`${dbx.url}/api/2.2/jobs/create`);
    await new Promise<void>((resolve) => {
      const req = request(url, { method: 'POST', headers: { 'content-length': '1000', authorization: `Bearer ${dbx.token}` } });
      req.on('error', () => resolve());
      req.write('{"name":');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    expect((await call('GET', '/api/2.2/jobs/list')).status).toBe(200);
  });
});

describe('local Databricks server on malformed input', () => {
  it('answers 500 to a path it cannot decode, and keeps serving', async () => {
    const res = await fetch(`${dbx.url}/api/2.1/unity-catalog/catalogs/%E0%A4%A`, { headers: { authorization: `Bearer ${dbx.token}` } });
    expect(res.status).toBe(500);
    expect((await call('GET', '/api/2.2/jobs/list')).status).toBe(200);
  });
});
