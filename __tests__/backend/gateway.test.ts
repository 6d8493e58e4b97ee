// The table gateway against a real moto_server, behind a proxy that counts the
// requests and can throttle or leave batch items unprocessed like DynamoDB does.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMoto, type Moto } from '../support/moto.js';
import { startDynamoProxy, type DynamoProxy } from './dynamo-proxy.js';
import { createDocumentClient, createDynamoClient } from '../../src/backend/dynamodb/client.js';
import { TableGateway, type Item, type RetryPolicy } from '../../src/backend/dynamodb/gateway.js';
import {
  AccessDeniedError,
  BadRequestError,
  ConflictError,
  RetryableError,
  TableMissingError,
  createDynamoLockBackend,
  createDynamoRunReader,
  createDynamoRunRecorder,
  initDynamoBackend,
} from '../../src/backend/dynamodb/index.js';
import { MAX_ITEM_BYTES, itemBytes } from '../../src/backend/dynamodb/size.js';
import type { RunRecord } from '../../src/engine/runs.js';

let moto: Moto;
let proxy: DynamoProxy;
let sleeps: number[];
let prefixCount = 0;

const policy = (): Partial<RetryPolicy> => ({
  sleep: async (ms) => {
    sleeps.push(ms);
  },
});

function envThroughProxy(): Record<string, string> {
  return { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint };
}

async function freshTable(extra: Partial<RetryPolicy> = {}): Promise<{ gateway: TableGateway; prefix: string }> {
  const prefix = `gw${++prefixCount}`;
  await initDynamoBackend({ tablePrefix: prefix, env: moto.env });
  const client = createDynamoClient(envThroughProxy());
  const gateway = new TableGateway(createDocumentClient(client), `${prefix}-runs`, ['runId'], { ...policy(), ...extra });
  return { gateway, prefix };
}

const run = (i: number): Item => ({
  runId: `run-${String(i).padStart(3, '0')}`,
  repository: 'acme/platform',
  commit: 'c0ffee',
  blueprints: [],
  creates: i,
  updates: 0,
  deletes: 0,
  status: 'committed',
  startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
});

const runRecord = (i: number): RunRecord => run(i) as unknown as RunRecord;

beforeAll(async () => {
  moto = await startMoto();
  proxy = await startDynamoProxy(moto.endpoint);
});

afterAll(async () => {
  await proxy?.close();
  await moto?.stop();
});

beforeEach(() => {
  sleeps = [];
  proxy.clear();
});

describe('batch writes', () => {
  it('sends 26 items as two BatchWriteItem calls of 25 and 1, and all 26 land', async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    await gateway.batchPut(Array.from({ length: 26 }, (_, i) => run(i)));
    const calls = proxy.operations('BatchWriteItem');
    expect(calls.map((c) => Object.values(c.body.RequestItems as Record<string, unknown[]>)[0]?.length)).toEqual([25, 1]);
    const stored = await Promise.all(Array.from({ length: 26 }, (_, i) => gateway.get({ runId: run(i).runId })));
    expect(stored.filter(Boolean)).toHaveLength(26);
  });

  it('resends unprocessed items with backoff until DynamoDB takes them all', async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    proxy.leaveUnprocessed(2, 10);
    await gateway.batchPut(Array.from({ length: 25 }, (_, i) => run(i)));
    const sizes = proxy
      .operations('BatchWriteItem')
      .map((c) => Object.values(c.body.RequestItems as Record<string, unknown[]>)[0]?.length);
    expect(sizes).toEqual([25, 15, 5]);
    expect(sleeps).toHaveLength(2);
    const stored = await Promise.all(Array.from({ length: 25 }, (_, i) => gateway.get({ runId: run(i).runId })));
    expect(stored.filter(Boolean)).toHaveLength(25);
  });

  it('gives up after a bounded number of rounds when items stay unprocessed', async () => {
    const { gateway } = await freshTable({ maxBatchRounds: 3 });
    proxy.clear();
    proxy.leaveUnprocessed(100, 0);
    const error = await gateway.batchPut([run(1), run(2)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toMatch(/2 item\(s\) still unprocessed after 3 rounds/);
    expect(proxy.operations('BatchWriteItem')).toHaveLength(3);
  });

  it('refuses a batch naming one key twice before sending anything', async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    await expect(gateway.batchPut([run(1), run(2), run(1)])).rejects.toThrow(/appears twice/);
    expect(proxy.requests).toHaveLength(0);
  });
});

describe('transactions', () => {
  it('refuses 101 items before any request, and writes none of them', async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    const writes = Array.from({ length: 101 }, (_, i) => ({ put: run(i) }));
    const error = await gateway.transactWrite(writes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toMatch(/101 items asked for, DynamoDB allows at most 100/);
    expect(proxy.requests).toHaveLength(0);
    expect(await gateway.get({ runId: run(0).runId })).toBeNull();
  });

  it('writes 100 items in one TransactWriteItems call', async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    await gateway.transactWrite(Array.from({ length: 100 }, (_, i) => ({ put: run(i) })));
    expect(proxy.operations('TransactWriteItems')).toHaveLength(1);
    expect((proxy.operations('TransactWriteItems')[0]?.body.TransactItems as unknown[]).length).toBe(100);
    expect(await gateway.get({ runId: run(99).runId })).toMatchObject({ creates: 99 });
  });

  it('writes nothing when one condition fails, and says so as a conflict', async () => {
    const { gateway } = await freshTable();
    await gateway.put(run(5));
    const error = await gateway
      .transactWrite([
        { put: run(4) },
        { put: { ...run(5), creates: 55 }, condition: { expression: 'attribute_not_exists(#id)', names: { '#id': 'runId' } } },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(await gateway.get({ runId: run(4).runId })).toBeNull();
    expect(await gateway.get({ runId: run(5).runId })).toMatchObject({ creates: 5 });
  });
});

describe('transactions guarded by a condition check', () => {
  it('writes only while the checked item still says what was expected', async () => {
    const { gateway } = await freshTable();
    await gateway.put(run(5));
    const guard = (creates: number) => ({
      check: { runId: run(5).runId },
      condition: { expression: '#c = :c', names: { '#c': 'creates' }, values: { ':c': creates } },
    });
    await expect(gateway.transactWrite([guard(6), { put: run(6) }])).rejects.toBeInstanceOf(ConflictError);
    expect(await gateway.get({ runId: run(6).runId })).toBeNull();
    await gateway.transactWrite([guard(5), { put: run(6) }]);
    expect(await gateway.get({ runId: run(6).runId })).not.toBeNull();
  });
});

describe('item size', () => {
  it('refuses an item over 400 KB before any request', async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    const big = { ...run(1), note: 'x'.repeat(MAX_ITEM_BYTES) };
    expect(itemBytes(big)).toBeGreaterThan(MAX_ITEM_BYTES);
    const error = await gateway.put(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toMatch(/runId="run-001".* over DynamoDB's limit of 409600 bytes/);
    expect(proxy.requests).toHaveLength(0);
  });

  it('stores a large item that fits (the measure does not over-count)', async () => {
    const { gateway } = await freshTable();
    const base = run(2);
    // moto refuses above 405,000 bytes by its own count (real DynamoDB at 409,600),
    // so aim just below moto's ceiling with two-byte characters.
    const room = 404_000 - itemBytes({ ...base, note: '' });
    const item = { ...base, note: 'é'.repeat(Math.floor(room / 2)) };
    expect(itemBytes(item)).toBeGreaterThan(403_990);
    expect(itemBytes(item)).toBeLessThanOrEqual(404_000);
    await gateway.put(item);
    expect(((await gateway.get({ runId: base.runId }))?.note as string).length).toBe(Math.floor(room / 2));
  });

  it('a run with too many blueprint paths is refused with its run id and nothing is sent', async () => {
    const prefix = `gw${++prefixCount}`;
    await initDynamoBackend({ tablePrefix: prefix, env: moto.env });
    proxy.clear();
    const recorder = createDynamoRunRecorder({ tablePrefix: prefix, env: envThroughProxy(), retry: policy() });
    const blueprints = Array.from({ length: 5000 }, (_, i) => `blueprints/team-${i}/${'deep/'.repeat(20)}file.yaml`);
    const error = await recorder
      .started({ ...runRecord(7), blueprints, status: 'running' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toMatch(/run-007/);
    expect(proxy.requests).toHaveLength(0);
  });
});

describe('error mapping and retries', () => {
  it('retries ThrottlingException with growing backoff, then succeeds', async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    proxy.failNext(3, 'ThrottlingException', { operation: 'PutItem' });
    await gateway.put(run(1));
    const puts = proxy.operations('PutItem');
    expect(puts.map((p) => p.injected ?? 'forwarded')).toEqual([
      'ThrottlingException',
      'ThrottlingException',
      'ThrottlingException',
      'forwarded',
    ]);
    expect(sleeps).toHaveLength(3);
    // Jittered between half and all of 50, 100, 200 ms.
    sleeps.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(25 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(50 * 2 ** i);
    });
    expect(await gateway.get({ runId: run(1).runId })).not.toBeNull();
  });

  it('retries ProvisionedThroughputExceededException on queries and HTTP 500s', async () => {
    const { gateway } = await freshTable();
    await gateway.put(run(3));
    proxy.clear();
    proxy.failNext(2, 'ProvisionedThroughputExceededException', { operation: 'Query' });
    proxy.failNext(1, 'InternalServerError', { operation: 'Query', status: 500 });
    const items = await gateway.query({
      index: 'byRepository',
      key: { expression: '#r = :r', names: { '#r': 'repository' }, values: { ':r': 'acme/platform' } },
    });
    expect(items.map((i) => i.runId)).toEqual(['run-003']);
    expect(proxy.operations('Query')).toHaveLength(4);
  });

  it('stops after the retry budget with a retryable error that says what happened', async () => {
    const { gateway } = await freshTable({ retries: 2 });
    proxy.clear();
    proxy.failNext(10, 'ThrottlingException');
    const error = await gateway.get({ runId: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toMatch(/GetItem on "gw\d+-runs" was throttled or failed \(ThrottlingException\)/);
    expect(proxy.operations('GetItem')).toHaveLength(3);
  });

  it('maps a failed condition to a conflict, without retrying', async () => {
    const { gateway } = await freshTable();
    await gateway.put(run(1));
    proxy.clear();
    const error = await gateway
      .put(run(1), { expression: 'attribute_not_exists(#id)', names: { '#id': 'runId' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    // The item in the way comes back with the refusal, unmarshalled.
    expect((error as ConflictError).current).toMatchObject({ runId: 'run-001', creates: 1, blueprints: [] });
    expect(proxy.operations('PutItem')).toHaveLength(1);
  });

  it("maps DynamoDB's ValidationException to a bad request, without retrying", async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    // The table's key is runId; an item without it is refused by DynamoDB itself.
    const error = await gateway.put({ repository: 'acme/platform' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toMatch(/PutItem on "gw\d+-runs" was refused by DynamoDB \(ValidationException\)/);
    expect(proxy.operations('PutItem')).toHaveLength(1);
  });

  it('maps a refusal of the credentials to an access error pointing at the policy, without retrying', async () => {
    const { gateway } = await freshTable();
    proxy.clear();
    proxy.failNext(1, 'AccessDeniedException', { operation: 'Query' });
    const error = await gateway
      .query({ key: { expression: '#k = :k', names: { '#k': 'runId' }, values: { ':k': 'x' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as AccessDeniedError).hint).toContain('dpn backend policy');
    expect(proxy.operations('Query')).toHaveLength(1);
  });

  it('names a missing table and how to create it', async () => {
    const gateway = new TableGateway(createDocumentClient(createDynamoClient(moto.env)), 'absent-runs', ['runId'], policy());
    const error = await gateway.get({ runId: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TableMissingError);
    expect((error as TableMissingError).hint).toBe('create the tables once with: dpn backend init --table-prefix absent');
  });

  it('gives up on a request that never gets an answer, and retries it', async () => {
    const { prefix } = await freshTable();
    await createDynamoRunRecorder({ tablePrefix: prefix, env: moto.env }).finished(runRecord(4));
    proxy.clear();
    proxy.hangNext(1, 'GetItem');
    const reader = createDynamoRunReader({ tablePrefix: prefix, env: envThroughProxy(), retry: policy(), requestTimeoutMs: 300 });
    const started = Date.now();
    expect((await reader.get('run-004'))?.creates).toBe(4);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(proxy.operations('GetItem').map((r) => r.injected ?? 'forwarded')).toEqual(['hang', 'forwarded']);
    expect(sleeps).toHaveLength(1);
  });

  it('abandons a lock renewal DynamoDB never answers once the lease is over, and reports the loss', async () => {
    const prefix = `gw${++prefixCount}`;
    await initDynamoBackend({ tablePrefix: prefix, env: moto.env });
    const lost: string[] = [];
    const locks = createDynamoLockBackend({
      tablePrefix: prefix,
      env: envThroughProxy(),
      autoRenew: false,
      onLost: (e) => lost.push(e.message),
    });
    const held = await locks.acquire('stalled', { holder: 'h' }, { leaseMs: 1_500, waitMs: 0 });
    proxy.hangNext(100, 'UpdateItem');
    const started = Date.now();
    await expect(held.renew()).rejects.toThrow(/lock "stalled" was lost: the lease expired before it could be renewed/);
    // Given up at the lease's end, not after the 10 s request timeout and its retries.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(lost).toHaveLength(1);
    await held.release();
  });

  it('honours AWS_ENDPOINT_URL_DYNAMODB over AWS_ENDPOINT_URL', async () => {
    const { prefix } = await freshTable();
    proxy.clear();
    const env = { ...moto.env, AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_DYNAMODB: proxy.endpoint };
    const recorder = createDynamoRunRecorder({ tablePrefix: prefix, env, retry: policy() });
    await recorder.finished(runRecord(9));
    expect(proxy.operations('PutItem')).toHaveLength(1);
  });
});
