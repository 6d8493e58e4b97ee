import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, type ExecuteOptions } from '../../src/engine/executor.js';
import { readTransaction, type WalRecord } from '../../src/engine/wal.js';
import { ProviderError } from '../../src/providers/driver.js';
import type { State } from '../../src/state/types.js';
import { MemoryCloud, applied, op, planOf, seed, spec, stateOf } from './memory-cloud.js';

const DB = 'aws_glue_database' as const;
const TABLE = 'aws_glue_table' as const;
const BUCKET = 'aws_s3_bucket' as const;

function setup(state: State = stateOf()) {
  const stateDir = mkdtempSync(join(tmpdir(), 'dpn-engine-'));
  const cloud = new MemoryCloud();
  seed(cloud, state);
  const written: State[] = [];
  const sleeps: number[] = [];
  const options: ExecuteOptions = {
    drivers: cloud.drivers(),
    state,
    stateDir,
    writeState: async (s) => {
      written.push(s);
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  };
  return { stateDir, cloud, written, sleeps, options };
}

async function records(stateDir: string, tx: string | undefined): Promise<WalRecord[]> {
  return (await readTransaction(stateDir, tx!)).records;
}

const transient = (status = 503, retryAfterMs?: number) => () =>
  new ProviderError('service unavailable', 'transient', { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
const permanent = () => new ProviderError('access denied to glue:CreateTable', 'permission', { code: 'AccessDenied', status: 403 });

describe('execute: order and concurrency', () => {
  it('starts an operation only after everything it depends on is done', async () => {
    const { options, cloud } = setup();
    const db = spec(DB, 'sales_db');
    const t1 = spec(TABLE, 'sales_db.orders', {}, [db.key]);
    const t2 = spec(TABLE, 'sales_db.customers', {}, [db.key]);
    // Tables listed first: the DAG, not the list order, must decide.
    const plan = planOf([op('create', { desired: t1 }, [db.key]), op('create', { desired: t2 }, [db.key]), op('create', { desired: db })]);
    const result = await execute(plan, options);
    expect(result.status).toBe('committed');
    const dbEnd = cloud.calls.findIndex((c) => c.name === 'sales_db' && c.phase === 'end');
    const firstTable = cloud.calls.findIndex((c) => c.name.startsWith('sales_db.') && c.phase === 'start');
    expect(dbEnd).toBeGreaterThanOrEqual(0);
    expect(firstTable).toBeGreaterThan(dbEnd);
    expect([...result.state.resources.keys()].sort()).toEqual([db.key, t1.key, t2.key].sort());
  });

  it('never runs more calls at once than the concurrency allows, and does use it', async () => {
    for (const concurrency of [1, 3, 8]) {
      const { options, cloud } = setup();
      cloud.wait = () => new Promise((r) => setTimeout(r, 3));
      const ops = Array.from({ length: 24 }, (_, i) => op('create', { desired: spec(BUCKET, `bucket-${i}`) }));
      const result = await execute(planOf(ops), { ...options, concurrency });
      expect(result.status).toBe('committed');
      expect(cloud.maxInFlight).toBe(concurrency);
    }
  });

  it('runs archives and deletions where the DAG puts them: after what depends on them', async () => {
    const db = spec(DB, 'old_db');
    const table = spec(TABLE, 'old_db.t', {}, [db.key]);
    const state = stateOf([applied(db), applied(table)]);
    const { options, cloud } = setup(state);
    const plan = planOf([
      op('delete', { current: applied(db) }, [table.key]),
      op('delete', { current: applied(table) }),
    ]);
    const result = await execute(plan, options);
    expect(result.status).toBe('committed');
    expect(cloud.started('delete')).toEqual(['old_db.t', 'old_db']);
    expect(result.state.resources.size).toBe(0);
    expect(cloud.live.size).toBe(0);
  });

  it('writes nothing at all for a plan with nothing to do', async () => {
    const { options, stateDir, written } = setup();
    const result = await execute(planOf([op('noop', { desired: spec(BUCKET, 'b') })]), options);
    expect(result.status).toBe('noop');
    expect(written).toHaveLength(0);
    expect(() => readdirSync(join(stateDir, 'wal'))).toThrow();
  });

  it('refuses, before any side effect, a type that has no driver', async () => {
    const { options, stateDir, cloud } = setup();
    const plan = planOf([op('create', { desired: spec('aws_lambda_function', 'fn') }), op('create', { desired: spec(BUCKET, 'b') })]);
    await expect(execute(plan, options)).rejects.toThrow(/aws_lambda_function/);
    expect(cloud.calls).toHaveLength(0);
    expect(() => readdirSync(join(stateDir, 'wal'))).toThrow();
  });
});

describe('execute: the WAL', () => {
  it('has each intent on disk before its call starts, and commits after the state is written', async () => {
    const { options, cloud, stateDir, written } = setup();
    let walAtWrite: string[] = [];
    cloud.onCall = (method, name) => {
      // A read changes nothing (the create's check for an existing resource comes before its intent).
      if (method === 'read') return;
      const [file] = readdirSync(join(stateDir, 'wal'));
      const lines = readFileSync(join(stateDir, 'wal', file!), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as WalRecord);
      expect(lines.some((r) => r.type === 'intent' && r.key === `${BUCKET}:${name}`), `${method} ${name}`).toBe(true);
    };
    options.writeState = async (s) => {
      const [file] = readdirSync(join(stateDir, 'wal'));
      walAtWrite = readFileSync(join(stateDir, 'wal', file!), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as WalRecord).type);
      written.push(s);
    };
    const plan = planOf([op('create', { desired: spec(BUCKET, 'a') }), op('create', { desired: spec(BUCKET, 'b') })]);
    const result = await execute(plan, { ...options, commit: 'abc123', actor: 'tester' });
    expect(walAtWrite.at(-1)).toBe('committing');
    expect(walAtWrite).not.toContain('committed');
    const recs = await records(stateDir, result.tx);
    expect(recs[0]).toMatchObject({ type: 'begin', commit: 'abc123', actor: 'tester', plan: { summary: { create: 2 } } });
    expect(recs.map((r) => r.type).slice(-2)).toEqual(['committing', 'committed']);
    const done = recs.filter((r) => r.type === 'done');
    expect(done).toHaveLength(2);
    expect(done[0]).toMatchObject({ after: { transaction: result.tx, physicalId: expect.stringMatching(/^pid-/) } });
    expect(result.tx).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{6}$/);
    expect(written).toHaveLength(1);
  });

  it('awaits onBegin with the begin record on disk before the first side effect', async () => {
    const { options, cloud, stateDir } = setup();
    const seen: string[] = [];
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'a') })]), {
      ...options,
      onBegin: async ({ tx, file, record }) => {
        await new Promise((r) => setTimeout(r, 20));
        expect(cloud.calls).toHaveLength(0);
        expect(readFileSync(file, 'utf8')).toContain('"type":"begin"');
        seen.push(tx, record.type);
      },
    });
    expect(seen).toEqual([result.tx, 'begin']);
    expect((await records(stateDir, result.tx)).at(-1)?.type).toBe('committed');
  });

  it('ends the transaction without side effects when onBegin fails (the push of begin was refused)', async () => {
    const { options, cloud, stateDir } = setup();
    await expect(
      execute(planOf([op('create', { desired: spec(BUCKET, 'a') })]), {
        ...options,
        onBegin: async () => {
          throw new Error('push rejected');
        },
      }),
    ).rejects.toThrow('push rejected');
    expect(cloud.calls).toHaveLength(0);
    const [file] = readdirSync(join(stateDir, 'wal'));
    expect(readFileSync(join(stateDir, 'wal', file!), 'utf8')).toMatch(/"type":"rolled_back"/);
  });
  it('reports a step done (the progress line) only once its done record is on disk', async () => {
    const { options, stateDir } = setup();
    const checked: string[] = [];
    options.onEvent = (e) => {
      if (e.type !== 'done') return;
      const [file] = readdirSync(join(stateDir, 'wal'));
      const lines = readFileSync(join(stateDir, 'wal', file!), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as WalRecord);
      expect(lines.some((r) => r.type === 'done' && r.key === e.key)).toBe(true);
      checked.push(e.key);
    };
    const plan = planOf(['a', 'b', 'c'].map((n) => op('create', { desired: spec(BUCKET, n) })));
    expect((await execute(plan, { ...options, concurrency: 1 })).status).toBe('committed');
    expect(checked.sort()).toEqual(['a', 'b', 'c'].map((n) => `${BUCKET}:${n}`));
  });
});

describe('execute: retries', () => {
  it('retries transient failures, honouring Retry-After, then succeeds', async () => {
    const { options, cloud, sleeps } = setup();
    cloud.failTimes('create', 'a', transient(429, 1234), 2);
    cloud.failTimes('create', 'b', transient(503), 3);
    const events: string[] = [];
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'a') }), op('create', { desired: spec(BUCKET, 'b') })]), {
      ...options,
      concurrency: 1,
      retry: { minDelayMs: 100, factor: 2 },
      onEvent: (e) => events.push(e.type),
    });
    expect(result.status).toBe('committed');
    // a: Retry-After twice; b: exponential 100, 200, 400 with jitter at random()=0.5 → 75%.
    expect(sleeps).toEqual([1234, 1234, 75, 150, 300]);
    expect(events.filter((e) => e === 'retry')).toHaveLength(5);
    expect(cloud.live.size).toBe(2);
  });

  it('treats connection resets and timeouts as transient too', async () => {
    const { options, cloud } = setup();
    cloud.failTimes('create', 'a', () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 1);
    cloud.failTimes('create', 'a', () => Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 1);
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'a') })]), options);
    expect(result.status).toBe('committed');
  });

  it('gives up once the total retry time is spent, and rolls back', async () => {
    const { options, cloud, sleeps } = setup();
    cloud.failTimes('create', 'b', transient(503));
    let t = 0;
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'a') }), op('create', { desired: spec(BUCKET, 'b') }, [`${BUCKET}:a`])]), {
      ...options,
      retry: { minDelayMs: 1000, maxTotalMs: 10_000, retries: 100 },
      clock: () => t,
      sleep: async (ms) => {
        sleeps.push(ms);
        t += ms;
      },
    });
    expect(result.status).toBe('rolled_back');
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
    expect(sleeps.length).toBeGreaterThan(1);
    expect(cloud.live.size).toBe(0);
  });

  it('does not retry a permanent error', async () => {
    const { options, cloud, sleeps } = setup();
    cloud.failTimes('create', 'a', permanent);
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'a') })]), options);
    expect(result.status).toBe('rolled_back');
    expect(cloud.started('create')).toEqual(['a']);
    expect(sleeps).toEqual([]);
    expect(result.failure).toMatchObject({ key: `${BUCKET}:a`, error: { kind: 'permission', code: 'AccessDenied', status: 403 } });
  });
});

describe('execute: compensation', () => {
  it('undoes completed steps in reverse dependency order, restores updates, and leaves the state file alone', async () => {
    const oldBucket = spec(BUCKET, 'kept', { versioning: false });
    const gone = spec(BUCKET, 'gone');
    const state = stateOf([applied(oldBucket), applied(gone)]);
    const { options, cloud, stateDir, written } = setup(state);
    const db = spec(DB, 'db');
    const t1 = spec(TABLE, 'db.t1', {}, [db.key]);
    const t2 = spec(TABLE, 'db.t2', {}, [t1.key]);
    const bad = spec(TABLE, 'db.bad', {}, [t2.key]);
    cloud.failTimes('create', 'db.bad', permanent);
    const plan = planOf([
      op('create', { desired: db }),
      op('create', { desired: t1 }, [db.key]),
      op('create', { desired: t2 }, [t1.key]),
      op('update', { desired: { ...oldBucket, params: { versioning: true } }, current: applied(oldBucket) }),
      op('create', { desired: bad }, [t2.key, oldBucket.key]),
      op('archive', { current: applied(gone) }, [bad.key]),
    ]);
    const result = await execute(plan, { ...options, concurrency: 4 });
    expect(result.status).toBe('rolled_back');
    expect(written).toHaveLength(0);
    expect(cloud.started('delete')).toEqual(['db.t2', 'db.t1', 'db']);
    expect(cloud.started('archive')).toEqual([]);
    expect(cloud.live.get(`${BUCKET}/kept`)?.params).toEqual({ versioning: false });
    expect([...cloud.live.keys()].sort()).toEqual([`${BUCKET}/gone`, `${BUCKET}/kept`]);
    const types = (await records(stateDir, result.tx)).map((r) => r.type);
    expect(types).toContain('compensating');
    expect(types.at(-1)).toBe('rolled_back');
    const byKey = Object.fromEntries(result.steps.map((s) => [s.name, s.outcome]));
    expect(byKey).toMatchObject({ db: 'undone', 'db.t1': 'undone', 'db.bad': 'failed', gone: 'skipped' });
  });

  it('undoes archives (unarchive) and deletes (recreate from the before image)', async () => {
    const a = spec(BUCKET, 'to-archive');
    const d = spec(DB, 'to-delete', { description: 'kept settings' });
    const stuck = spec(BUCKET, 'stuck');
    const state = stateOf([applied(a), applied(d), applied(stuck)]);
    const { options, cloud } = setup(state);
    cloud.failTimes('delete', 'stuck', permanent);
    // Retire phase: 'stuck' goes last (it waits for both), and fails.
    const plan = planOf([
      op('archive', { current: applied(a) }),
      op('delete', { current: applied(d) }),
      op('delete', { current: applied(stuck) }, [a.key, d.key]),
    ]);
    const result = await execute(plan, options);
    expect(result.status).toBe('rolled_back');
    expect(cloud.live.get(`${BUCKET}/to-archive`)?.archived).toBe(false);
    expect(cloud.live.get(`${DB}/to-delete`)?.params).toEqual({ description: 'kept settings' });
    expect(cloud.live.has(`${BUCKET}/stuck`)).toBe(true);
    expect(cloud.started('unarchive')).toEqual(['to-archive']);
  });

  it('records rollback_failed with what is left when an undo fails, and keeps what that undo needed', async () => {
    const { options, cloud, stateDir, written } = setup();
    const db = spec(DB, 'db');
    const t1 = spec(TABLE, 'db.t1', {}, [db.key]);
    cloud.failTimes('create', 'db.t2', permanent);
    cloud.failTimes('delete', 'db.t1', () => new ProviderError('table is locked', 'fatal', { code: 'Locked' }));
    const plan = planOf([
      op('create', { desired: db }),
      op('create', { desired: t1 }, [db.key]),
      op('create', { desired: spec(TABLE, 'db.t2', {}, [t1.key]) }, [t1.key]),
    ]);
    const result = await execute(plan, { ...options, retry: { retries: 0 } });
    expect(result.status).toBe('rollback_failed');
    expect(written).toHaveLength(0);
    expect(result.left.map((l) => l.key).sort()).toEqual([db.key, t1.key].sort());
    expect(cloud.live.has(`${DB}/db`)).toBe(true);
    const end = (await records(stateDir, result.tx)).at(-1);
    expect(end).toMatchObject({ type: 'rollback_failed', left: expect.arrayContaining([expect.objectContaining({ key: t1.key, step: 'create' })]) });
  });

  it('cleans up a create that failed after taking effect, but never touches a name owned by someone else', async () => {
    const { options, cloud } = setup();
    // 'half' is created, then the call fails (tagging failed after the bucket existed);
    // 'theirs' is a conflict: the name is taken by a resource dpn does not own.
    const drivers = cloud.drivers();
    const realCreate = drivers[BUCKET]!.create.bind(drivers[BUCKET]);
    drivers[BUCKET]!.create = async (s, ctx) => {
      const live = await realCreate(s, ctx);
      if (s.name === 'half') throw new ProviderError('PutBucketTagging: internal error', 'fatal');
      if (s.name === 'theirs') throw new ProviderError('bucket exists with other settings', 'conflict');
      return live;
    };
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'half') }), op('create', { desired: spec(BUCKET, 'theirs') })]), {
      ...options,
      drivers,
      retry: { retries: 0 },
    });
    expect(result.status).toBe('rolled_back');
    expect(cloud.live.has(`${BUCKET}/half`)).toBe(false);
    expect(cloud.live.has(`${BUCKET}/theirs`)).toBe(true);
  });

  it('leaves a resource the create adopted (it existed before dpn) when the transaction rolls back', async () => {
    const { options, cloud, stateDir } = setup();
    const db = spec(DB, 'db');
    const legacy = spec(TABLE, 'db.legacy', { columns: ['id'] }, [db.key]);
    // Someone else's table definition, with the very settings the blueprint asks for.
    cloud.live.set(`${TABLE}/db.legacy`, { type: TABLE, name: 'db.legacy', physicalId: 'theirs', params: { columns: ['id'] }, tags: {}, archived: false });
    cloud.failTimes('create', 'db.bad', permanent);
    const plan = planOf([
      op('create', { desired: db }),
      op('create', { desired: legacy }, [db.key]),
      op('create', { desired: spec(TABLE, 'db.bad', {}, [legacy.key]) }, [legacy.key]),
    ]);
    const result = await execute(plan, options);
    expect(result.status).toBe('rolled_back');
    expect(cloud.live.get(`${TABLE}/db.legacy`)).toMatchObject({ physicalId: 'theirs', params: { columns: ['id'] } });
    expect(cloud.live.has(`${DB}/db`)).toBe(false);
    expect(cloud.started('delete')).toEqual(['db']);
    const recs = await records(stateDir, result.tx);
    const intents = Object.fromEntries(recs.filter((r) => r.type === 'intent').map((r) => [r.key, r]));
    expect(intents[legacy.key]).toMatchObject({ existing: { physicalId: 'theirs' } });
    expect(intents[db.key]).toMatchObject({ existing: null });
    expect(recs).toContainEqual(expect.objectContaining({ type: 'undo_intent', key: legacy.key, undo: expect.stringMatching(/^leave .*existed before/) }));
  });

  it('a create whose check for an existing resource fails never starts, and nothing is deleted for it', async () => {
    const { options, cloud, stateDir } = setup();
    cloud.failTimes('read', 'unreadable', permanent);
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'unreadable') })]), options);
    expect(result.status).toBe('rolled_back');
    expect(result.steps).toEqual([expect.objectContaining({ name: 'unreadable', outcome: 'failed' })]);
    expect(cloud.started('create')).toEqual([]);
    expect(cloud.started('delete')).toEqual([]);
    expect((await records(stateDir, result.tx)).filter((r) => r.type === 'intent')).toEqual([]);
  });

  it('replace: creates the new resource, retires the old one last, and undoes both on failure', async () => {
    const old = { ...applied(spec(BUCKET, 'old-name')), key: `${BUCKET}:x` };
    const renamed = { ...spec(BUCKET, 'new-name'), key: `${BUCKET}:x` };
    const ok = setup(stateOf([old]));
    const okResult = await execute(planOf([op('replace', { desired: renamed, current: old }), op('create', { desired: spec(BUCKET, 'other') })]), {
      ...ok.options,
      concurrency: 1,
    });
    expect(okResult.status).toBe('committed');
    expect(ok.cloud.started('create')).toEqual(['new-name', 'other']);
    expect(ok.cloud.started('archive')).toEqual(['old-name']);
    expect(okResult.state.resources.get(`${BUCKET}:x`)?.name).toBe('new-name');

    const bad = setup(stateOf([old]));
    bad.cloud.failTimes('archive', 'old-name', permanent);
    const badResult = await execute(planOf([op('replace', { desired: renamed, current: old })]), bad.options);
    expect(badResult.status).toBe('rolled_back');
    expect([...bad.cloud.live.keys()]).toEqual([`${BUCKET}/old-name`]);
  });

  it('on abort: starts nothing new, lets calls in flight finish, then compensates', async () => {
    const { options, cloud, stateDir } = setup();
    const controller = new AbortController();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    cloud.wait = async (method, name) => {
      if (method === 'create' && name === 'b1') {
        controller.abort();
        await gate;
      }
    };
    setTimeout(() => release(), 20);
    const ops = ['b1', 'b2', 'b3', 'b4'].map((n, i) => op('create', { desired: spec(BUCKET, n) }, i > 0 ? [`${BUCKET}:b1`] : []));
    const result = await execute(planOf(ops), { ...options, signal: controller.signal });
    expect(result.cancelled).toBe(true);
    expect(result.status).toBe('rolled_back');
    expect(cloud.started('create')).toEqual(['b1']);
    expect(cloud.started('delete')).toEqual(['b1']);
    expect(cloud.live.size).toBe(0);
    expect((await records(stateDir, result.tx)).at(-1)?.type).toBe('rolled_back');
  });

  it('brings back an archived resource asked for again (unarchive, then update), and re-archives it on undo', async () => {
    const a = { ...applied(spec(BUCKET, 'returning', { versioning: false })), archived: true };
    const { options, cloud } = setup(stateOf([a]));
    const back = { ...spec(BUCKET, 'returning', { versioning: true }) };
    const ok = await execute(planOf([op('update', { desired: back, current: a })]), options);
    expect(ok.status).toBe('committed');
    expect(cloud.started('unarchive')).toEqual(['returning']);
    expect(cloud.live.get(`${BUCKET}/returning`)).toMatchObject({ archived: false, params: { versioning: true } });
    expect(ok.state.resources.get(a.key)?.archived).toBeUndefined();

    const again = setup(stateOf([a]));
    again.cloud.failTimes('create', 'later', permanent);
    const failed = await execute(planOf([op('update', { desired: back, current: a }), op('create', { desired: spec(BUCKET, 'later') }, [a.key])]), again.options);
    expect(failed.status).toBe('rolled_back');
    expect(again.cloud.live.get(`${BUCKET}/returning`)).toMatchObject({ archived: true, params: { versioning: false } });
  });

  it('a state-only update (blueprint moved, policy changed) calls no driver but rewrites the state', async () => {
    const a = applied(spec(BUCKET, 'moved'));
    const { options, cloud, written } = setup(stateOf([a]));
    const moved = { ...spec(BUCKET, 'moved'), blueprint: 'blueprints/other.yaml', deletionPolicy: 'delete' as const };
    const result = await execute(planOf([{ ...op('update', { desired: moved, current: a }), stateOnly: true }]), options);
    expect(result.status).toBe('committed');
    expect(cloud.calls).toHaveLength(0);
    expect(written[0]?.resources.get(a.key)).toMatchObject({ blueprint: 'blueprints/other.yaml', deletionPolicy: 'delete' });
  });
});


describe('execute: drivers that look the name up themselves (looksBeforeCreate)', () => {
  function looking(state: State = stateOf()) {
    const s = setup(state);
    s.options.drivers = s.cloud.drivers(undefined, { looksFirst: true });
    return s;
  }
  const walOf = (stateDir: string): WalRecord[] => {
    const [file] = readdirSync(join(stateDir, 'wal'));
    return readFileSync(join(stateDir, 'wal', file!), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as WalRecord);
  };

  it('makes no read of its own, and each intent, with what the driver found, is on disk before the write', async () => {
    const { options, cloud, stateDir } = looking();
    cloud.live.set(`${BUCKET}/theirs`, { type: BUCKET, name: 'theirs', physicalId: 'theirs', params: {}, tags: {}, archived: false });
    const seen: Record<string, unknown> = {};
    cloud.onWrite = (_method, name) => {
      seen[name] = walOf(stateDir).find((r) => r.type === 'intent' && r.key === `${BUCKET}:${name}`);
    };
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'mine') }), op('create', { desired: spec(BUCKET, 'theirs') })]), options);
    expect(result.status).toBe('committed');
    expect(cloud.started('read')).toEqual([]);
    expect(cloud.started('create').sort()).toEqual(['mine', 'theirs']);
    expect(seen['mine']).toMatchObject({ type: 'intent', existing: null });
    expect(seen['theirs']).toMatchObject({ type: 'intent', existing: { physicalId: 'theirs' } });
  });

  it('leaves an adopted resource and deletes what it made when the transaction rolls back', async () => {
    const { options, cloud, stateDir } = looking();
    const db = spec(DB, 'db');
    const legacy = spec(TABLE, 'db.legacy', { columns: ['id'] }, [db.key]);
    cloud.live.set(`${TABLE}/db.legacy`, { type: TABLE, name: 'db.legacy', physicalId: 'theirs', params: { columns: ['id'] }, tags: {}, archived: false });
    cloud.failTimes('create', 'db.bad', permanent);
    const result = await execute(
      planOf([
        op('create', { desired: db }),
        op('create', { desired: legacy }, [db.key]),
        op('create', { desired: spec(TABLE, 'db.bad', {}, [legacy.key]) }, [legacy.key]),
      ]),
      options,
    );
    expect(result.status).toBe('rolled_back');
    expect(cloud.live.get(`${TABLE}/db.legacy`)).toMatchObject({ physicalId: 'theirs' });
    expect(cloud.live.has(`${DB}/db`)).toBe(false);
    expect(cloud.started('delete')).toEqual(['db']);
    const recs = await records(stateDir, result.tx);
    // The failing create threw at its look, before reporting: it never started.
    expect(recs.filter((r) => r.type === 'intent').map((r) => (r as { key: string }).key).sort()).toEqual([db.key, legacy.key].sort());
  });

  it('a retried create keeps what the first look found: its own earlier write is not taken for a pre-existing resource', async () => {
    const { options, cloud, stateDir } = looking();
    const base = cloud.driver(BUCKET, { looksFirst: true });
    let attempts = 0;
    // The first attempt writes, then its answer is lost (a timeout after the fact).
    options.drivers[BUCKET] = {
      ...base,
      async create(s, ctx) {
        const live = await base.create(s, ctx);
        if (s.name === 'flaky' && attempts++ === 0) throw transient(503)();
        return live;
      },
    };
    options.drivers[DB] = cloud.driver(DB, { looksFirst: true });
    cloud.failTimes('create', 'late', permanent);
    const flaky = spec(BUCKET, 'flaky');
    const result = await execute(planOf([op('create', { desired: flaky }), op('create', { desired: spec(DB, 'late') }, [flaky.key])]), options);
    expect(attempts).toBe(2);
    expect(result.status).toBe('rolled_back');
    expect(cloud.live.has(`${BUCKET}/flaky`)).toBe(false);
    const intents = (await records(stateDir, result.tx)).filter((r) => r.type === 'intent');
    expect(intents).toEqual([expect.objectContaining({ key: flaky.key, existing: null })]);
  });

  it('refuses a driver that claims to look first but creates without reporting', async () => {
    const { options, cloud } = setup();
    options.drivers[BUCKET] = { ...cloud.driver(BUCKET), looksBeforeCreate: true };
    const result = await execute(planOf([op('create', { desired: spec(BUCKET, 'silent') })]), options);
    expect(result.status).toBe('rolled_back');
    expect(result.failure?.error.message).toMatch(/without reporting what it found/);
  });
});
