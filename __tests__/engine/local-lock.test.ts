import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalLockBackend } from '../../src/engine/local-lock.js';
import { LockBusyError } from '../../src/engine/lock.js';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'dpn-lock-'));
}

const lease = { leaseMs: 60_000, waitMs: 0 };

describe('local lock', () => {
  it('admits one holder at a time; the second fails naming the first', async () => {
    const stateDir = dir();
    const a = new LocalLockBackend(stateDir);
    const b = new LocalLockBackend(stateDir);
    const held = await a.acquire('state', { holder: 'alice@laptop' }, lease);
    const err = await b.acquire('state', { holder: 'bob@laptop' }, lease).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockBusyError);
    expect((err as Error).message).toContain('alice@laptop');
    expect((await b.inspect('state'))?.holder).toBe('alice@laptop');
    await held.release();
    expect(await b.inspect('state')).toBeNull();
    const next = await b.acquire('state', { holder: 'bob@laptop' }, lease);
    await next.release();
  });

  it('many acquirers racing: never two holders at once', async () => {
    const stateDir = dir();
    let holders = 0;
    let maxHolders = 0;
    let acquired = 0;
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const backend = new LocalLockBackend(stateDir);
        const held = await backend.acquire('state', { holder: `w${i}` }, { leaseMs: 60_000, waitMs: 20_000 });
        holders++;
        maxHolders = Math.max(maxHolders, holders);
        await new Promise((r) => setTimeout(r, 5));
        holders--;
        acquired++;
        await held.release();
      }),
    );
    expect(acquired).toBe(12);
    expect(maxHolders).toBe(1);
  });

  it('waits for a busy lock up to waitMs', async () => {
    const stateDir = dir();
    const held = await new LocalLockBackend(stateDir).acquire('state', { holder: 'first' }, lease);
    setTimeout(() => void held.release(), 100);
    const second = await new LocalLockBackend(stateDir).acquire('state', { holder: 'second' }, { leaseMs: 60_000, waitMs: 5_000 });
    expect(second.info.holder).toBe('second');
    await second.release();
  });

  it('takes over the lock of a process that died on this host', async () => {
    const stateDir = dir();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((r) => child.on('exit', () => r(child.pid!)));
    const backend = new LocalLockBackend(stateDir);
    const held = await backend.acquire('state', { holder: 'doomed' }, lease);
    const file = join(stateDir, '.lock');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), pid: deadPid }));
    const next = await new LocalLockBackend(stateDir).acquire('state', { holder: 'heir' }, lease);
    expect(next.info.holder).toBe('heir');
    // The dead holder's token no longer matches: its release must not free the heir's lock.
    await held.release();
    expect((await backend.inspect('state'))?.holder).toBe('heir');
    await next.release();
  });

  it('breaks an expired lease only by compare-and-swap, and a live one only with force', async () => {
    const stateDir = dir();
    let now = new Date('2026-11-22T03:00:00Z');
    const backend = new LocalLockBackend(stateDir, { now: () => now });
    const held = await backend.acquire('state', { holder: 'slow' }, { leaseMs: 1_000, waitMs: 0 });
    const info = held.info;
    expect(await backend.breakLock('state', info)).toBe(false);
    now = new Date('2026-11-22T03:00:05Z');
    await held.renew().catch(() => {});
    // The holder renewed: the caller's old view no longer matches, so no break.
    expect(await backend.breakLock('state', info, { force: true })).toBe(false);
    const current = (await backend.inspect('state'))!;
    expect(await backend.breakLock('state', current, { force: true })).toBe(true);
    expect(await backend.inspect('state')).toBeNull();
    await expect(held.renew()).rejects.toThrow(/lost the lock/);
  });
});

describe('local lock and Git', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

  it('keeps the lock file out of a commit of the state directory (.dpn/.gitignore)', async () => {
    const repo = dir();
    git(repo, 'init', '-q');
    const stateDir = join(repo, '.dpn');
    const held = await new LocalLockBackend(stateDir).acquire('state', { holder: 'alice@laptop' }, lease);
    // What the state writer leaves if it dies between write and rename.
    writeFileSync(join(stateDir, '.state.json.123.abcd.tmp'), '{}');
    git(repo, 'add', '.dpn');
    expect(git(repo, 'diff', '--cached', '--name-only').trim().split('\n')).toEqual(['.dpn/.gitignore']);
    await held.release();
  });

  it('leaves a .gitignore the user already has', async () => {
    const stateDir = dir();
    writeFileSync(join(stateDir, '.gitignore'), 'mine\n');
    const held = await new LocalLockBackend(stateDir).acquire('state', { holder: 'alice@laptop' }, lease);
    await held.release();
    expect(readFileSync(join(stateDir, '.gitignore'), 'utf8')).toBe('mine\n');
  });
});
