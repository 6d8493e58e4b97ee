import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, type ExecuteOptions } from '../../src/engine/executor.js';
import { recover } from '../../src/engine/recovery.js';
import { readTransaction, unfinishedTransactions } from '../../src/engine/wal.js';
import { ProviderError, type DriverRegistry } from '../../src/providers/driver.js';
import type { State } from '../../src/state/types.js';
import { MemoryCloud, applied, op, planOf, seed, spec, stateOf } from './memory-cloud.js';

const DB = 'aws_glue_database' as const;
const TABLE = 'aws_glue_table' as const;

const never = () => new Promise<never>(() => {});

/** Drivers whose create of `name` takes effect and then never returns: the process "dies" there. */
function dyingAfter(cloud: MemoryCloud, name: string): DriverRegistry {
  const drivers = cloud.drivers();
  for (const driver of Object.values(drivers)) {
    const create = driver.create.bind(driver);
    driver.create = async (s, ctx) => {
      const live = await create(s, ctx);
      if (s.fullName === name) return never();
      return live;
    };
  }
  return drivers;
}

function world(state: State = stateOf()) {
  const stateDir = mkdtempSync(join(tmpdir(), 'dpn-recover-'));
  const cloud = new MemoryCloud();
  seed(cloud, state);
  let onDisk = state;
  const writes: State[] = [];
  const base: Omit<ExecuteOptions, 'drivers'> = {
    state,
    stateDir,
    writeState: async (s) => {
      writes.push(s);
      onDisk = s;
    },
    sleep: async () => {},
  };
  return { stateDir, cloud, writes, base, loadState: async () => onDisk };
}

const db = spec(DB, 'db');
const t1 = spec(TABLE, 'db.t1', {}, [db.key]);
const t2 = spec(TABLE, 'db.t2', {}, [db.key]);
const plan = planOf([op('create', { desired: db }), op('create', { desired: t1 }, [db.key]), op('create', { desired: t2 }, [t1.key])]);

async function crashMidway(w: ReturnType<typeof world>): Promise<string> {
  void execute(plan, { ...w.base, drivers: dyingAfter(w.cloud, 'db.t2') });
  // Wait until the dying call has taken effect.
  for (let i = 0; i < 200 && !w.cloud.live.has(`${TABLE}/db.t2`); i++) await new Promise((r) => setTimeout(r, 5));
  const [open] = await unfinishedTransactions(w.stateDir);
  return open!.tx;
}

describe('recover', () => {
  it('rolls back a transaction that died mid-call: probes, undoes in reverse order, leaves the state alone', async () => {
    const w = world();
    const tx = await crashMidway(w);
    expect(w.cloud.live.size).toBe(3);
    const result = await recover({ stateDir: w.stateDir, drivers: w.cloud.drivers(), loadState: w.loadState, writeState: w.base.writeState, sleep: async () => {} });
    expect(result).toMatchObject({ tx, strategy: 'rollback', status: 'rolled_back', rolledForward: false });
    expect(result!.probes.map((p) => [p.key, p.logged, p.exists])).toEqual([
      [db.key, 'done', true],
      [t1.key, 'done', true],
      [t2.key, 'started', true],
    ]);
    expect(w.cloud.live.size).toBe(0);
    expect(w.cloud.started('delete')).toEqual(['db.t2', 'db.t1', 'db']);
    expect(w.writes).toHaveLength(0);
    const log = await readTransaction(w.stateDir, tx);
    expect(log.records.map((r) => r.type)).toContain('probe');
    expect(log.end?.type).toBe('rolled_back');
    expect(await unfinishedTransactions(w.stateDir)).toEqual([]);
  });

  it('rolls back a crash mid-create of a resource that existed before dpn: leaves it, deletes only what dpn made', async () => {
    const w = world();
    w.cloud.live.set(`${TABLE}/db.t2`, { type: TABLE, name: 'db.t2', physicalId: 'theirs', params: {}, tags: {}, archived: false });
    void execute(plan, { ...w.base, drivers: dyingAfter(w.cloud, 'db.t2') });
    for (let i = 0; i < 200 && !w.cloud.started('create').includes('db.t2'); i++) await new Promise((r) => setTimeout(r, 5));
    const result = await recover({ stateDir: w.stateDir, drivers: w.cloud.drivers(), loadState: w.loadState, writeState: w.base.writeState, sleep: async () => {} });
    expect(result?.status).toBe('rolled_back');
    expect(result!.probes.find((p) => p.key === t2.key)).toMatchObject({ logged: 'started', exists: true });
    expect(w.cloud.started('delete')).toEqual(['db.t1', 'db']);
    expect([...w.cloud.live.keys()]).toEqual([`${TABLE}/db.t2`]);
    expect(w.cloud.live.get(`${TABLE}/db.t2`)?.physicalId).toBe('theirs');
  });

  it('resume that fails later still deletes what dpn created before the crash (not taken for pre-existing)', async () => {
    const w = world();
    const t3 = spec(TABLE, 'db.t3', {}, [t2.key]);
    const longer = planOf([...plan.operations, op('create', { desired: t3 }, [t2.key])]);
    void execute(longer, { ...w.base, drivers: dyingAfter(w.cloud, 'db.t2') });
    for (let i = 0; i < 200 && !w.cloud.live.has(`${TABLE}/db.t2`); i++) await new Promise((r) => setTimeout(r, 5));
    const drivers = w.cloud.drivers();
    w.cloud.failTimes('create', 'db.t3', () => new ProviderError('access denied', 'permission'));
    const result = await recover({ stateDir: w.stateDir, strategy: 'resume', drivers, loadState: w.loadState, writeState: w.base.writeState, sleep: async () => {} });
    expect(result?.status).toBe('rolled_back');
    // db.t2 existed when the resumed run re-created it, but only because dpn made it before the crash.
    expect(w.cloud.live.size).toBe(0);
  });

  it('resumes: keeps what is done, reruns what has no outcome (idempotent), and commits the state', async () => {
    const w = world();
    const tx = await crashMidway(w);
    const result = await recover({
      stateDir: w.stateDir,
      tx,
      strategy: 'resume',
      drivers: w.cloud.drivers(),
      loadState: w.loadState,
      writeState: w.base.writeState,
    });
    expect(result?.status).toBe('committed');
    expect(w.cloud.started('create').filter((n) => n === 'db')).toHaveLength(1);
    expect([...w.writes.at(-1)!.resources.keys()].sort()).toEqual([db.key, t1.key, t2.key].sort());
    expect(w.writes.at(-1)!.resources.get(t2.key)?.transaction).toBe(tx);
    expect((await readTransaction(w.stateDir, tx)).end?.type).toBe('committed');
  });

  it('finishes forward a transaction that died between its commit point and the state write, whatever the strategy', async () => {
    const w = world();
    void execute(plan, { ...w.base, drivers: w.cloud.drivers(), writeState: never });
    let open;
    for (let i = 0; i < 200; i++) {
      [open] = await unfinishedTransactions(w.stateDir);
      if (open?.records.some((r) => r.type === 'committing')) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const result = await recover({ stateDir: w.stateDir, drivers: {}, loadState: w.loadState, writeState: w.base.writeState, strategy: 'rollback' });
    expect(result).toMatchObject({ status: 'committed', rolledForward: true });
    expect(w.cloud.live.size).toBe(3);
    expect(w.writes.at(-1)!.resources.size).toBe(3);
  });

  it('takes a rollback_failed transaction from where it stopped', async () => {
    const w = world();
    let stuck = true;
    w.cloud.fail((c) => (stuck && c.method === 'delete' && c.name === 'db.t1' ? new ProviderError('locked', 'fatal') : undefined));
    w.cloud.failTimes('create', 'db.t2', () => new ProviderError('denied', 'permission'));
    const first = await execute(plan, { ...w.base, drivers: w.cloud.drivers(), retry: { retries: 0 } });
    expect(first.status).toBe('rollback_failed');
    expect(await unfinishedTransactions(w.stateDir)).toHaveLength(1);
    stuck = false;
    const result = await recover({ stateDir: w.stateDir, tx: first.tx!, drivers: w.cloud.drivers(), loadState: w.loadState, writeState: w.base.writeState });
    expect(result?.status).toBe('rolled_back');
    expect(w.cloud.live.size).toBe(0);
  });

  it('recovers an update and a delete from their before images, after a torn last WAL line', async () => {
    const old = spec(DB, 'old', { description: 'v1' });
    const gone = spec(DB, 'gone', { description: 'keep me' });
    const w = world(stateOf([applied(old), applied(gone)]));
    const drivers = w.cloud.drivers();
    const del = drivers[DB]!.delete.bind(drivers[DB]);
    drivers[DB]!.delete = async (ref, ctx) => {
      await del(ref, ctx);
      return never();
    };
    void execute(planOf([op('update', { desired: { ...old, params: { description: 'v2' } }, current: applied(old) }), op('delete', { current: applied(gone) })]), {
      ...w.base,
      drivers,
    });
    for (let i = 0; i < 200 && w.cloud.live.has(`${DB}/gone`); i++) await new Promise((r) => setTimeout(r, 5));
    const [open] = await unfinishedTransactions(w.stateDir);
    appendFileSync(open!.file, '{"type":"done","key":"aws_glue_database:go');
    const result = await recover({ stateDir: w.stateDir, drivers: w.cloud.drivers(), loadState: w.loadState, writeState: w.base.writeState });
    expect(result?.status).toBe('rolled_back');
    expect(w.cloud.live.get(`${DB}/old`)?.params).toEqual({ description: 'v1' });
    expect(w.cloud.live.get(`${DB}/gone`)?.params).toEqual({ description: 'keep me' });
  });

  it('refuses a transaction that already ended, and finds nothing when all ended', async () => {
    const w = world();
    const ok = await execute(plan, { ...w.base, drivers: w.cloud.drivers() });
    await expect(recover({ stateDir: w.stateDir, tx: ok.tx!, drivers: w.cloud.drivers(), loadState: w.loadState, writeState: w.base.writeState })).rejects.toThrow(
      /already ended \(committed\)/,
    );
    expect(await recover({ stateDir: w.stateDir, drivers: w.cloud.drivers(), loadState: w.loadState, writeState: w.base.writeState })).toBeUndefined();
  });

  it('a state write that fails after the commit point is a clear error, and recover writes the state', async () => {
    const w = world();
    const err = await execute(plan, {
      ...w.base,
      drivers: w.cloud.drivers(),
      writeState: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'STATE_WRITE_FAILED' });
    expect((err as Error).message).toMatch(/applied every change but the state could not be written: ENOSPC/);
    const [open] = await unfinishedTransactions(w.stateDir);
    expect(open?.records.at(-1)?.type).toBe('committing');
    const result = await recover({ stateDir: w.stateDir, drivers: w.cloud.drivers(), loadState: w.loadState, writeState: w.base.writeState });
    expect(result).toMatchObject({ status: 'committed', rolledForward: true });
    expect(w.writes.at(-1)?.resources.size).toBe(3);
  });
});


describe('recovery of a WAL that ends at its begin record (a runner that vanished after pushing it)', () => {
  const bucket = spec('aws_s3_bucket', 'theirs-bucket');
  const withTheirs = planOf([
    op('create', { desired: db }),
    op('create', { desired: t1 }, [db.key]),
    op('create', { desired: t2 }, [t1.key]),
    op('create', { desired: bucket }),
  ]);

  async function crashThenLoseTheTail(w: ReturnType<typeof world>): Promise<string> {
    // A bucket another team made, under a name the plan uses: no creation marker.
    w.cloud.live.set(`aws_s3_bucket/${bucket.fullName}`, { type: 'aws_s3_bucket', name: bucket.fullName, physicalId: 'theirs', params: {}, tags: { team: 'other' }, archived: false });
    void execute(withTheirs, { ...w.base, concurrency: 1, drivers: dyingAfter(w.cloud, 'db.t2') });
    for (let i = 0; i < 200 && !w.cloud.live.has(`${TABLE}/db.t2`); i++) await new Promise((r) => setTimeout(r, 5));
    const [open] = await unfinishedTransactions(w.stateDir);
    // What Git holds: only the begin record was pushed.
    const { readFileSync, writeFileSync } = await import('node:fs');
    const first = readFileSync(open!.file, 'utf8').split('\n')[0]!;
    writeFileSync(open!.file, `${first}\n`);
    return open!.tx;
  }

  it('deletes what bears this transaction\'s marker and keeps, untouched, what existed before', async () => {
    const w = world();
    const tx = await crashThenLoseTheTail(w);
    expect((await readTransaction(w.stateDir, tx)).records.map((r) => r.type)).toEqual(['begin']);
    const result = await recover({ stateDir: w.stateDir, drivers: w.cloud.drivers([DB, TABLE, 'aws_s3_bucket']), loadState: w.loadState, writeState: async () => {}, sleep: async () => {} });
    expect(result?.status).toBe('rolled_back');
    expect(result?.unlogged).toBe(4);
    expect([...w.cloud.live.keys()]).toEqual(['aws_s3_bucket/theirs-bucket']);
    expect(w.cloud.live.get('aws_s3_bucket/theirs-bucket')).toMatchObject({ physicalId: 'theirs', tags: { team: 'other' } });
    expect(w.cloud.started('delete').sort()).toEqual(['db', 'db.t1', 'db.t2']);
    expect(w.cloud.started('update')).toEqual([]);
    expect(result?.kept.map((k) => k.key)).toEqual([bucket.key]);
    expect(result?.kept[0]?.what).toMatch(/existed before this transaction/);
  });

  it('a resource under a planned name bearing another transaction\'s marker is not this one\'s to delete', async () => {
    const w = world();
    const tx = await crashThenLoseTheTail(w);
    w.cloud.live.get(`${DB}/db`)!.createdBy = '20260101T000000Z-000000';
    const result = await recover({ tx, stateDir: w.stateDir, drivers: w.cloud.drivers([DB, TABLE, 'aws_s3_bucket']), loadState: w.loadState, writeState: async () => {}, sleep: async () => {} });
    expect(result?.status).toBe('rolled_back');
    expect(w.cloud.live.has(`${DB}/db`)).toBe(true);
    expect(w.cloud.live.has(`${TABLE}/db.t1`)).toBe(false);
    expect(result?.kept.map((k) => k.key).sort()).toEqual([bucket.key, db.key].sort());
  });
});
