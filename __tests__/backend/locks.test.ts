// The DynamoDB lock against a real moto_server: eight OS processes contending,
// a killed holder, renewal, compare-and-swap breaking and lost-lease detection.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMoto, type Moto } from '../support/moto.js';
import { startDynamoProxy, type DynamoProxy } from './dynamo-proxy.js';
import { LockBusyError, type LockInfo } from '../../src/engine/lock.js';
import {
  DynamoHeldLock,
  LockLostError,
  createDynamoClient,
  createDynamoLockBackend,
  initDynamoBackend,
  isExpired,
} from '../../src/backend/dynamodb/index.js';
import { createDocumentClient } from '../../src/backend/dynamodb/client.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const WORKER = join(ROOT, '__tests__', 'backend', 'lock-worker.ts');

let moto: Moto;
/** moto behind a proxy that serialises requests, as DynamoDB serialises writes to an item. */
let serial: DynamoProxy;
let dir: string;
const serialEnv = () => ({ ...moto.env, AWS_ENDPOINT_URL: serial.endpoint });
const children: ChildProcess[] = [];

function startWorker(config: Record<string, unknown>): { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(NODE, ['--import', 'tsx', WORKER, JSON.stringify(config)], {
    cwd: ROOT,
    env: { ...process.env, ...serialEnv() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (err += String(d)));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function firstLine(read: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = read().split('\n')[0];
    if (read().includes('\n') && line) return line;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('worker printed nothing');
}

beforeAll(async () => {
  moto = await startMoto();
  serial = await startDynamoProxy(moto.endpoint, { serial: true });
  dir = mkdtempSync(join(tmpdir(), 'dpn-locks-'));
  await initDynamoBackend({ tablePrefix: 'contend', env: moto.env });
  await initDynamoBackend({ tablePrefix: 'counter', env: moto.env });
  await initDynamoBackend({ tablePrefix: 'solo', env: moto.env });
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await serial?.close();
  await moto?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('eight processes contending for one lock', () => {
  it('never lets two hold it at once, and every turn is served', async () => {
    const workers = 8;
    const iterations = 4;
    const logFile = join(dir, 'contend.log');
    // Short leases, renewed often: a lease is only as safe as renewals are
    // punctual, and this suite shares two cores with every other test.
    const leaseMs = 3000;
    const runs = Array.from({ length: workers }, (_, n) =>
      startWorker({
        mode: 'contend',
        id: `w${n}`,
        prefix: 'contend',
        scope: 'account-123456789012',
        leaseMs,
        leaseRenewMs: 250,
        pollMs: 300,
        iterations,
        logFile,
        counterTable: 'counter-locks',
        // One turn outlasts the lease: only renewal keeps the others out.
        ...(n === 0 ? { longHoldAt: 1 } : {}),
      }),
    );
    const codes = await Promise.all(runs.map((r) => r.exited));
    expect(codes, runs.map((r) => r.stderr()).join('\n')).toEqual(Array(workers).fill(0));

    // The log is appended with O_APPEND, so its order is the order of the turns.
    const events = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [kind, id, turn, at] = line.split(' ');
        return { kind, id, turn, at: Number(at) };
      });
    let holder: string | undefined;
    let lastExit = 0;
    for (const event of events) {
      if (event.kind === 'enter') {
        expect(holder, `${event.id} entered while ${holder} held the lock`).toBeUndefined();
        expect(event.at).toBeGreaterThanOrEqual(lastExit);
        holder = `${event.id}/${event.turn}`;
      } else {
        expect(holder).toBe(`${event.id}/${event.turn}`);
        holder = undefined;
        lastExit = event.at;
      }
    }
    expect(events.filter((e) => e.kind === 'enter')).toHaveLength(workers * iterations);

    // The unguarded read-sleep-write counter lost no update.
    const db = createDocumentClient(createDynamoClient(moto.env));
    const counter = await db.send(new GetCommand({ TableName: 'counter-locks', Key: { scope: 'counter' }, ConsistentRead: true }));
    expect(counter.Item?.value).toBe(workers * iterations);

    // Every holder released: the lock is free.
    expect(await createDynamoLockBackend({ tablePrefix: 'contend', env: moto.env }).inspect('account-123456789012')).toBeNull();
  });
});

describe('a holder that dies', () => {
  it('keeps its lock while alive (renewing), and loses it only once its lease expired', async () => {
    const leaseMs = 2000;
    const locks = createDynamoLockBackend({ tablePrefix: 'solo', env: serialEnv(), pollMs: 25 });
    const holder = startWorker({ mode: 'hold', id: 'doomed', prefix: 'solo', scope: 'killed', leaseMs, leaseRenewMs: 200 });
    const first = JSON.parse(await firstLine(holder.stdout, 20_000)) as LockInfo;
    expect(first.holder).toBe('doomed');

    // Alive for two leases: renewals keep every other acquirer out.
    const aliveUntil = Date.parse(first.expiresAt) + leaseMs;
    let busy: LockBusyError | undefined;
    while (Date.now() < aliveUntil) {
      busy = await locks
        .acquire('killed', { holder: 'rival' }, { leaseMs, waitMs: 0 })
        .then(async (held) => {
          await held.release();
          throw new Error('the rival took a lock whose holder was alive');
        })
        .catch((e: unknown) => {
          if (e instanceof LockBusyError) return e;
          throw e;
        });
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(busy?.current.holder).toBe('doomed');
    expect(busy?.current.commit).toBe('deadbeef');
    expect(Date.parse(busy?.current.expiresAt ?? '')).toBeGreaterThan(Date.parse(first.expiresAt));

    holder.child.kill('SIGKILL');
    const killedAt = Date.now();
    await holder.exited;
    await new Promise((r) => setTimeout(r, 100));
    const last = await locks.inspect('killed');
    expect(last?.token).toBe(first.token);
    const deadline = Date.parse(last?.expiresAt ?? '');

    const taken = await locks.acquire('killed', { holder: 'successor' }, { leaseMs, waitMs: 10_000 });
    const takenAt = Date.parse(taken.info.acquiredAt);
    expect(takenAt).toBeGreaterThan(deadline);
    // ...and not much later: the successor polls every 25 ms (slack for a loaded machine).
    expect(takenAt - killedAt).toBeLessThan(leaseMs + 3000);
    expect(taken.info.token).not.toBe(first.token);
    expect((await locks.inspect('killed'))?.holder).toBe('successor');
    await taken.release();
  });
});

describe('one process', () => {
  const env = serialEnv;

  it('tells who holds a busy lock, with run URL and commit, and frees it on release', async () => {
    const locks = createDynamoLockBackend({ tablePrefix: 'solo', env: env() });
    const held = await locks.acquire(
      'busy',
      { holder: 'alice@laptop', runUrl: 'https://github.com/acme/p/actions/runs/1', commit: 'abc123' },
      { leaseMs: 60_000, waitMs: 0 },
    );
    const error = await locks.acquire('busy', { holder: 'bob' }, { leaseMs: 60_000, waitMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockBusyError);
    expect((error as Error).message).toMatch(
      /^lock "busy" is held by alice@laptop \(https:\/\/github\.com\/acme\/p\/actions\/runs\/1\) until \d{4}-\d\d-\d\dT/,
    );
    const seen = await locks.inspect('busy');
    expect(seen).toMatchObject({ holder: 'alice@laptop', commit: 'abc123', token: held.info.token });
    expect(isExpired(seen as LockInfo, Date.now())).toBe(false);
    await held.release();
    await held.release();
    expect(await locks.inspect('busy')).toBeNull();
    const next = await locks.acquire('busy', { holder: 'bob' }, { leaseMs: 60_000, waitMs: 0 });
    await next.release();
  });

  it('waits for a release instead of failing, when asked to wait', async () => {
    const locks = createDynamoLockBackend({ tablePrefix: 'solo', env: env(), pollMs: 20 });
    const first = await locks.acquire('queue', { holder: 'first' }, { leaseMs: 60_000, waitMs: 0 });
    setTimeout(() => void first.release(), 300);
    const second = await locks.acquire('queue', { holder: 'second' }, { leaseMs: 60_000, waitMs: 5_000 });
    expect(second.info.holder).toBe('second');
    await second.release();
  });

  it('breaks a lock only by compare-and-swap, and only after its lease unless forced', async () => {
    const lost: LockLostError[] = [];
    const locks = createDynamoLockBackend({ tablePrefix: 'solo', env: env(), onLost: (e) => lost.push(e) });
    const held = await locks.acquire('cas', { holder: 'h' }, { leaseMs: 60_000, waitMs: 0 });
    const stale = { ...held.info, token: 'not-the-token' };
    expect(await locks.breakLock('cas', stale, { force: true })).toBe(false);
    expect(await locks.breakLock('cas', held.info)).toBe(false);
    expect(await locks.inspect('cas')).not.toBeNull();
    expect(await locks.breakLock('cas', held.info, { force: true })).toBe(true);
    expect(await locks.inspect('cas')).toBeNull();

    // The broken holder learns it on its next renewal, and its release leaves a new holder alone.
    const successor = await locks.acquire('cas', { holder: 'next' }, { leaseMs: 60_000, waitMs: 0 });
    await expect(held.renew()).rejects.toBeInstanceOf(LockLostError);
    expect(lost).toHaveLength(1);
    expect((held as DynamoHeldLock).lost?.message).toMatch(/lock "cas" was lost/);
    await held.release();
    expect((await locks.inspect('cas'))?.holder).toBe('next');
    await successor.release();
  });

  it('lets a rival take over an expired lease, and the stalled holder finds out', async () => {
    const lost: string[] = [];
    // The stalled holder's clock says its lease ran out long ago.
    const stalled = createDynamoLockBackend({
      tablePrefix: 'solo',
      env: env(),
      now: () => Date.now() - 120_000,
      leaseRenewMs: 60_000,
      onLost: (e) => lost.push(e.message),
    });
    const locks = createDynamoLockBackend({ tablePrefix: 'solo', env: env() });
    const old = await stalled.acquire('expired', { holder: 'stalled' }, { leaseMs: 90_000, waitMs: 0 });
    const info = await locks.inspect('expired');
    expect(isExpired(info as LockInfo, Date.now())).toBe(true);
    expect(await locks.breakLock('expired', info as LockInfo)).toBe(true);

    const again = await stalled.acquire('expired', { holder: 'stalled' }, { leaseMs: 90_000, waitMs: 0 });
    const rival = await locks.acquire('expired', { holder: 'rival' }, { leaseMs: 60_000, waitMs: 0 });
    await expect(again.renew()).rejects.toThrow(/another holder took it over/);
    expect(lost).toHaveLength(1);
    // The first lease was broken while its holder slept: release reports it, deletes nothing.
    await old.release();
    expect(lost).toHaveLength(2);
    expect(lost[1]).toMatch(/its lease ran out and another holder took it before release/);
    await again.release();
    expect((await locks.inspect('expired'))?.holder).toBe('rival');
    await rival.release();
  });

  it('renews at once when acquiring took a large part of the lease', async () => {
    // A clock that jumps 400 ms per reading: the put "took" longer than a third of the 1 s lease.
    let t = Date.now();
    const slow = createDynamoLockBackend({ tablePrefix: 'solo', env: env(), now: () => (t += 400), autoRenew: false });
    const held = await slow.acquire('slow', { holder: 'h' }, { leaseMs: 1_000, waitMs: 0 });
    const stored = await slow.inspect('slow');
    expect(stored?.expiresAt).toBe(held.info.expiresAt);
    expect(Date.parse(held.info.expiresAt) - Date.parse(held.info.acquiredAt)).toBeGreaterThan(1_000);
    await held.release();
    expect(await slow.inspect('slow')).toBeNull();
  });

  it('stores the TTL attribute an expired lock is purged by', async () => {
    const locks = createDynamoLockBackend({ tablePrefix: 'solo', env: env() });
    const held = await locks.acquire('ttl', { holder: 'h' }, { leaseMs: 30_000, waitMs: 0 });
    const db = createDocumentClient(createDynamoClient(moto.env));
    const item = (await db.send(new GetCommand({ TableName: 'solo-locks', Key: { scope: 'ttl' } }))).Item;
    const expiresSeconds = Math.ceil(Date.parse(held.info.expiresAt) / 1000);
    expect(item?.purgeAt).toBe(expiresSeconds + 86_400);
    expect(item?.expiresAtMs).toBe(Date.parse(held.info.expiresAt));
    await held.release();
  });

  it('renews on its own timer while held, unless the caller renews itself', async () => {
    const auto = createDynamoLockBackend({ tablePrefix: 'solo', env: env(), leaseRenewMs: 100 });
    const held = await auto.acquire('auto', { holder: 'h' }, { leaseMs: 1_000, waitMs: 0 });
    await new Promise((r) => setTimeout(r, 800));
    // Any renewal moves the expiry past acquiredAt + lease.
    expect(Date.parse((await auto.inspect('auto'))?.expiresAt ?? '')).toBeGreaterThan(Date.parse(held.info.acquiredAt) + 1_000);
    expect(Date.parse(held.info.expiresAt)).toBeGreaterThan(Date.parse(held.info.acquiredAt) + 1_000);
    await held.release();

    const manual = createDynamoLockBackend({ tablePrefix: 'solo', env: env(), leaseRenewMs: 100, autoRenew: false });
    const still = await manual.acquire('manual', { holder: 'h' }, { leaseMs: 1_000, waitMs: 0 });
    await new Promise((r) => setTimeout(r, 500));
    expect((await manual.inspect('manual'))?.expiresAt).toBe(still.info.expiresAt);
    await still.renew();
    expect(Date.parse((await manual.inspect('manual'))?.expiresAt ?? '')).toBeGreaterThan(Date.parse(still.info.acquiredAt) + 1_000);
    await still.release();
  });

  it('refuses a renewal interval that is not shorter than the lease', async () => {
    const locks = createDynamoLockBackend({ tablePrefix: 'solo', env: env(), leaseRenewMs: 5_000 });
    await expect(locks.acquire('renew', { holder: 'h' }, { leaseMs: 5_000, waitMs: 0 })).rejects.toThrow(
      /leaseRenewMs \(5000\) must be shorter than the lease \(5000\)/,
    );
  });
});
