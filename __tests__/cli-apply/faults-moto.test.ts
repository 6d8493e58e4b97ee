// The reconcile flow against moto behind a proxy that throttles, drops and
// stalls a share of calls: it must still converge; and a permanent failure
// mid-way must leave nothing behind once compensation ran.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HeadBucketCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetDatabasesCommand, GetTablesCommand, GlueClient } from '@aws-sdk/client-glue';
import { reconcileLocal as reconcile } from '../../src/cli/face.js';
import { createDrivers, closeDrivers } from '../../src/providers/registry.js';
import { awsClients, startMoto, type Moto } from '../support/moto.js';
import { startFaultProxy } from './fault-proxy.js';
import { blueprintText, project, writeBlueprint } from './support.js';

let moto: Moto;
let s3: S3Client;
let glue: GlueClient;

beforeAll(async () => {
  moto = await startMoto();
  ({ s3, glue } = await awsClients(moto));
});
afterAll(async () => {
  s3?.destroy();
  glue?.destroy();
  await moto?.stop();
});
beforeEach(async () => {
  await moto.reset();
});

const columns = [
  { name: 'id', type: 'string' },
  { name: 'amount', type: 'double' },
];

function blueprint(): string {
  return blueprintText({
    buckets: ['landing', 'staging', 'exports'].map((purpose) => ({ purpose, layer: 'raw' })),
    databases: [
      { domain: 'sales', layer: 'bronze' },
      { domain: 'sales', layer: 'gold' },
    ],
    tables: ['orders', 'refunds', 'customers', 'payments'].map((entity, i) => ({
      database_ref: i % 2 ? 'sales-gold' : 'sales-bronze',
      entity,
      columns,
    })),
  });
}

async function live(): Promise<{ buckets: string[]; databases: string[]; tables: string[] }> {
  const buckets = ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name!).sort();
  const databases = ((await glue.send(new GetDatabasesCommand({}))).DatabaseList ?? []).map((d) => d.Name!).sort();
  const tables: string[] = [];
  for (const db of databases) {
    for (const t of (await glue.send(new GetTablesCommand({ DatabaseName: db }))).TableList ?? []) tables.push(`${db}.${t.Name}`);
  }
  return { buckets, databases, tables: tables.sort() };
}

async function run(cwd: string, endpoint: string) {
  const env = { ...process.env, ...moto.env, AWS_ENDPOINT_URL: endpoint, DPN_REQUEST_TIMEOUT_MS: '400' };
  const drivers = createDrivers(env);
  try {
    return await reconcile({
      paths: ['blueprints'],
      cwd,
      env,
      drivers,
      concurrency: 4,
      // Short backoff: the faults are the point, not the waiting.
      retry: { minDelayMs: 20, maxDelayMs: 200, retries: 12, maxTotalMs: 60_000 },
    });
  } finally {
    closeDrivers(drivers);
  }
}

describe('reconcile under faults (moto behind a fault proxy)', () => {
  it('converges when a third of the calls are throttled, dropped or stalled', async () => {
    const proxy = await startFaultProxy(moto.endpoint, { rate: 0.3, seed: 20261122 });
    try {
      const cwd = project();
      writeBlueprint(cwd, 'blueprints/dev.json', blueprint());
      const result = await run(cwd, proxy.endpoint);
      expect(result.status, JSON.stringify(result.transaction?.failure)).toBe('committed');
      const faults = proxy.counts.slowdown + proxy.counts.too_many + proxy.counts.throttle + proxy.counts.reset + proxy.counts.hang;
      expect(faults).toBeGreaterThan(5);
      const now = await live();
      expect(now.buckets).toHaveLength(3);
      expect(now.databases).toEqual(['dataplatform_sales_bronze_dev', 'dataplatform_sales_gold_dev']);
      expect(now.tables).toHaveLength(4);
      expect(result.transaction?.state.resources.size).toBe(9);
      // A second run through the same weather finds nothing to do.
      const again = await run(cwd, proxy.endpoint);
      expect(again.status).toBe('noop');
    } finally {
      await proxy.stop();
    }
  });

  it('leaves nothing behind when a call is denied for good mid-way, even with faults during compensation', async () => {
    const proxy = await startFaultProxy(moto.endpoint, {
      rate: 0.15,
      seed: 7,
      faults: ['slowdown', 'throttle', 'reset'],
      deny: (call) => call.target === 'AWSGlue.CreateTable' && call.body.includes('fact_payments'),
    });
    try {
      const cwd = project();
      writeBlueprint(cwd, 'blueprints/dev.json', blueprint());
      const result = await run(cwd, proxy.endpoint);
      expect(result.status).toBe('rolled_back');
      expect(result.transaction?.failure?.error.kind).toBe('permission');
      expect(proxy.counts.denied).toBe(1);
      expect(await live()).toEqual({ buckets: [], databases: [], tables: [] });
      expect(existsSync(join(cwd, '.dpn', 'state'))).toBe(false);
      await expect(s3.send(new HeadBucketCommand({ Bucket: 'dataplatform-landing-raw-dev-use1' }))).rejects.toThrow();
    } finally {
      await proxy.stop();
    }
  });
});
