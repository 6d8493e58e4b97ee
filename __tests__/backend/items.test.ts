// Pure parts of the backend: item sizes by DynamoDB's rules, item conversion,
// durations, backoff and the IAM policy. No network.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ITEM_BYTES, itemBytes } from '../../src/backend/dynamodb/size.js';
import {
  LOCK_PURGE_GRACE_SECONDS,
  itemToLock,
  itemToRun,
  lockToItem,
  normaliseTime,
  runToItem,
} from '../../src/backend/dynamodb/items.js';
import { parseSince } from '../../src/backend/dynamodb/runs-read.js';
import { backoffDelay, toBackendError } from '../../src/backend/dynamodb/gateway.js';
import { iamPolicy, tableNames } from '../../src/backend/dynamodb/tables.js';
import { AccessDeniedError, BackendError, BadRequestError, ConflictError, RetryableError } from '../../src/backend/dynamodb/errors.js';
import type { RunRecord, RunStatus } from '../../src/engine/runs.js';

describe('itemBytes (DynamoDB item size rules)', () => {
  it('counts attribute names and UTF-8 string values', () => {
    expect(itemBytes({ a: 'xyz' })).toBe(4);
    expect(itemBytes({ name: 'é' })).toBe(6);
    expect(itemBytes({ '€': '' })).toBe(3);
  });

  it('counts numbers as one byte per two significant digits plus one', () => {
    expect(itemBytes({ n: 12345 })).toBe(1 + 4);
    expect(itemBytes({ n: 1200000 })).toBe(1 + 2);
    expect(itemBytes({ n: 0.0015 })).toBe(1 + 2);
    expect(itemBytes({ n: -7 })).toBe(1 + 2);
    expect(itemBytes({ n: 0 })).toBe(1 + 2);
  });

  it('counts booleans and nulls as one byte, and lists and maps with their overhead', () => {
    expect(itemBytes({ b: true, z: null })).toBe(2 + 2);
    expect(itemBytes({ l: ['a', 'bb'] })).toBe(1 + 3 + (1 + 1) + (1 + 2));
    expect(itemBytes({ m: { k: 'v' } })).toBe(1 + 3 + (1 + 1 + 1));
    expect(itemBytes({ m: {}, l: [] })).toBe(2 + 3 + 3);
    expect(itemBytes({ s: new Set(['ab', 'c']) })).toBe(1 + 3);
    expect(itemBytes({ bin: new Uint8Array(10) })).toBe(3 + 10);
  });

  it('skips undefined attributes, as the DocumentClient drops them', () => {
    expect(itemBytes({ a: 'x', b: undefined, m: { c: undefined } })).toBe(2 + 4);
  });

  it('puts the limit at 400 KB of 1024 bytes', () => {
    expect(MAX_ITEM_BYTES).toBe(409_600);
    expect(itemBytes({ k: 'x'.repeat(MAX_ITEM_BYTES - 1) })).toBe(MAX_ITEM_BYTES);
  });

  it('grows with every string it holds (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (item) => {
        const expected = Object.entries(item).reduce(
          (sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v),
          0,
        );
        expect(itemBytes(item)).toBe(expected);
      }),
    );
  });
});

describe('run items', () => {
  const base: RunRecord = {
    runId: 'r1',
    repository: 'acme/data',
    commit: 'abc',
    blueprints: ['a.yaml'],
    creates: 1,
    updates: 2,
    deletes: 3,
    status: 'committed',
    startedAt: '2026-01-02T03:04:05+02:00',
  };

  it('stores times as UTC ISO-8601 and leaves optional fields out', () => {
    const item = runToItem(base);
    expect(item.startedAt).toBe('2026-01-02T01:04:05.000Z');
    expect(Object.keys(item)).not.toContain('endedAt');
    expect(Object.keys(item)).not.toContain('transactionId');
  });

  it('refuses what DynamoDB would refuse or a reader could not sort', () => {
    expect(() => runToItem({ ...base, repository: '' })).toThrow(/repository must be a non-empty string/);
    expect(() => runToItem({ ...base, creates: -1 })).toThrow(/creates must be a whole number/);
    expect(() => runToItem({ ...base, status: 'done' as RunStatus })).toThrow(/status must be one of running, committed/);
    expect(() => runToItem({ ...base, startedAt: '02/01/2026' })).toThrow(BadRequestError);
    expect(() => runToItem({ ...base, endedAt: 'soon' })).toThrow(/endedAt must be an ISO-8601 time/);
  });

  it('round-trips every valid run (property)', () => {
    const statuses: RunStatus[] = ['running', 'committed', 'rolled_back', 'rollback_failed', 'failed', 'noop'];
    const time = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    const text = fc.string({ minLength: 1 });
    const run = fc.record(
      {
        runId: text,
        repository: text,
        commit: text,
        blueprints: fc.array(fc.string()),
        creates: fc.nat(),
        updates: fc.nat(),
        deletes: fc.nat(),
        status: fc.constantFrom(...statuses),
        startedAt: time,
        endedAt: time,
        transactionId: text,
        runUrl: text,
      },
      { requiredKeys: ['runId', 'repository', 'commit', 'blueprints', 'creates', 'updates', 'deletes', 'status', 'startedAt'] },
    );
    fc.assert(
      fc.property(run, (r) => {
        expect(itemToRun(runToItem(r as RunRecord))).toEqual(r);
      }),
    );
  });
});

describe('lock items', () => {
  it('keeps the expiry as text, as epoch milliseconds, and a TTL a day later', () => {
    const item = lockToItem({
      scope: 's',
      token: 't',
      holder: 'h',
      acquiredAt: '2026-05-01T00:00:00Z',
      expiresAt: '2026-05-01T00:00:01.500Z',
    });
    expect(item).toEqual({
      scope: 's',
      token: 't',
      holder: 'h',
      acquiredAt: '2026-05-01T00:00:00.000Z',
      expiresAt: '2026-05-01T00:00:01.500Z',
      expiresAtMs: Date.UTC(2026, 4, 1, 0, 0, 1, 500),
      purgeAt: Date.UTC(2026, 4, 1, 0, 0, 2) / 1000 + LOCK_PURGE_GRACE_SECONDS,
    });
    expect(itemToLock(item)).toEqual({
      scope: 's',
      token: 't',
      holder: 'h',
      acquiredAt: '2026-05-01T00:00:00.000Z',
      expiresAt: '2026-05-01T00:00:01.500Z',
    });
  });
});

describe('parseSince', () => {
  const now = Date.UTC(2026, 10, 22, 12, 0, 0);
  it('reads durations back from now and ISO times', () => {
    expect(parseSince('7d', now)).toBe('2026-11-15T12:00:00.000Z');
    expect(parseSince('12h', now)).toBe('2026-11-22T00:00:00.000Z');
    expect(parseSince('30m', now)).toBe('2026-11-22T11:30:00.000Z');
    expect(parseSince('2w', now)).toBe('2026-11-08T12:00:00.000Z');
    expect(parseSince('2026-11-01', now)).toBe('2026-11-01T00:00:00.000Z');
    expect(normaliseTime('2026-11-01T01:00:00+01:00', 'x')).toBe('2026-11-01T00:00:00.000Z');
  });
  it('refuses anything else, saying what it accepts', () => {
    expect(() => parseSince('last week', now)).toThrow(/duration like 7d, 12h, 30m, 2w or an ISO-8601 time/);
    expect(() => parseSince('7y', now)).toThrow(BadRequestError);
  });
});

describe('retry backoff and error mapping', () => {
  it('doubles up to the ceiling, jittered between half and all of it', () => {
    const policy = { baseDelayMs: 50, maxDelayMs: 1000 };
    expect(backoffDelay(1, { ...policy, random: () => 1 })).toBe(50);
    expect(backoffDelay(3, { ...policy, random: () => 1 })).toBe(200);
    expect(backoffDelay(3, { ...policy, random: () => 0 })).toBe(100);
    expect(backoffDelay(20, { ...policy, random: () => 1 })).toBe(1000);
  });

  it('maps DynamoDB exceptions by name and status', () => {
    const sdk = (name: string, status = 400, extra: object = {}) =>
      Object.assign(new Error(`${name} said no`), { name, $metadata: { httpStatusCode: status }, ...extra });
    expect(toBackendError(sdk('ConditionalCheckFailedException'), 'PutItem', 't')).toBeInstanceOf(ConflictError);
    expect(toBackendError(sdk('ThrottlingException'), 'PutItem', 't')).toBeInstanceOf(RetryableError);
    expect(toBackendError(sdk('RequestLimitExceeded'), 'PutItem', 't')).toBeInstanceOf(RetryableError);
    expect(toBackendError(sdk('Whatever', 503), 'PutItem', 't')).toBeInstanceOf(RetryableError);
    expect(toBackendError(sdk('ValidationException'), 'PutItem', 't')).toBeInstanceOf(BadRequestError);
    expect(toBackendError(sdk('AccessDeniedException'), 'PutItem', 't')).toBeInstanceOf(AccessDeniedError);
    expect(
      toBackendError(sdk('TransactionCanceledException', 400, { CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }] }), 'TransactWriteItems', 't'),
    ).toBeInstanceOf(ConflictError);
    expect(
      toBackendError(sdk('TransactionCanceledException', 400, { CancellationReasons: [{ Code: 'ThrottlingError' }] }), 'TransactWriteItems', 't'),
    ).toBeInstanceOf(RetryableError);
    const network = toBackendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'GetItem', 't');
    expect(network).toBeInstanceOf(RetryableError);
    const unknown = toBackendError(sdk('SomethingNew', 400), 'GetItem', 'dpn-runs');
    expect(unknown).toBeInstanceOf(BackendError);
    expect(unknown.message).toBe('GetItem on "dpn-runs" failed (SomethingNew, HTTP 400): SomethingNew said no');
    const bug = new TypeError('x is not a function');
    expect(toBackendError(bug, 'GetItem', 't')).toBe(bug);
  });
});

describe('table names and IAM policy', () => {
  it('derives both table names from the prefix and refuses impossible ones', () => {
    expect(tableNames('dpn.prod_1')).toEqual({ locks: 'dpn.prod_1-locks', runs: 'dpn.prod_1-runs' });
    expect(() => tableNames('')).toThrow(/invalid DynamoDB table prefix/);
    expect(() => tableNames('a/b')).toThrow(/invalid DynamoDB table prefix/);
    expect(() => tableNames('x'.repeat(250))).toThrow(/invalid DynamoDB table prefix/);
  });

  it('grants runners item access only to their tables and indexes', () => {
    const policy = iamPolicy('dpn') as { Statement: Array<{ Sid: string; Action: string[]; Resource: string[] }> };
    const runtime = policy.Statement.filter((s) => s.Sid !== 'DpnBackendInit');
    expect(runtime.flatMap((s) => s.Action).every((a) => !/Create|Delete(Table)|Scan|\*/.test(a))).toBe(true);
    expect(runtime.flatMap((s) => s.Resource).sort()).toEqual([
      'arn:aws:dynamodb:*:*:table/dpn-locks',
      'arn:aws:dynamodb:*:*:table/dpn-runs',
      'arn:aws:dynamodb:*:*:table/dpn-runs/index/*',
    ]);
  });
});

describe('normaliseTime', () => {
  it('refuses a date-time without a zone, which would be read in local time', () => {
    expect(() => normaliseTime('2026-11-01T10:00:00', 'startedAt')).toThrow(/ISO-8601 time with a zone/);
    expect(normaliseTime('2026-11-01T10:00:00.123456Z', 'x')).toBe('2026-11-01T10:00:00.123Z');
    expect(normaliseTime('2026-11-01T10:00-0130', 'x')).toBe('2026-11-01T11:30:00.000Z');
  });
});
