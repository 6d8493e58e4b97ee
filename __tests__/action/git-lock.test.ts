// The Git-ref lock against a real bare remote: atomic creation, waiting,
// compare-and-swap take-over of expired leases, and breaking only what was seen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockBusyError } from '../../src/engine/lock.js';
import { Git } from '../../src/action/git.js';
import { GitRefLock, LockLostError } from '../../src/action/git-lock.js';
import { git, gitFixture, type GitFixture } from '../support/git.js';

let fx: GitFixture;
beforeEach(() => {
  fx = gitFixture();
});
afterEach(() => fx.cleanup());

const who = (holder: string) => ({ holder, runUrl: `https://github.com/acme/x/actions/runs/${holder}` });
const lease = { leaseMs: 60_000, waitMs: 0 };

function remoteLock(): string {
  return git(fx.remote, 'for-each-ref', '--format=%(objectname)', 'refs/dpn/locks/');
}

describe('GitRefLock', () => {
  it('creates the ref on the remote with holder and expiry readable by others', async () => {
    const a = new GitRefLock(new Git({ dir: fx.clone() }));
    const held = await a.acquire('prod', who('run-1'), lease);
    expect(remoteLock()).not.toBe('');
    const seen = await new GitRefLock(new Git({ dir: fx.clone() })).inspect('prod');
    expect(seen).toMatchObject({ scope: 'prod', holder: 'run-1', token: held.info.token });
    expect(Date.parse(seen!.expiresAt) - Date.parse(seen!.acquiredAt)).toBe(60_000);
    await held.release();
    expect(remoteLock()).toBe('');
    expect(await a.inspect('prod')).toBeNull();
  });

  it('lets exactly one of several concurrent acquirers win', async () => {
    const locks = Array.from({ length: 5 }, () => new GitRefLock(new Git({ dir: fx.clone() })));
    const results = await Promise.allSettled(locks.map((l, i) => l.acquire('prod', who(`run-${i}`), lease)));
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(4);
    for (const r of lost) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(LockBusyError);
    const holder = (won[0] as PromiseFulfilledResult<{ info: { holder: string } }>).value.info.holder;
    expect((await locks[0]!.inspect('prod'))?.holder).toBe(holder);
  });

  it('waits for a busy lock and gets it once released', async () => {
    const a = await new GitRefLock(new Git({ dir: fx.clone() })).acquire('prod', who('a'), lease);
    let waited = 0;
    const b = new GitRefLock(new Git({ dir: fx.clone() }), {
      sleep: async () => {
        waited++;
        await a.release();
      },
    });
    const held = await b.acquire('prod', who('b'), { leaseMs: 60_000, waitMs: 30_000 });
    expect(waited).toBe(1);
    expect(held.info.holder).toBe('b');
  });

  it('gives up after the wait bound, naming the holder', async () => {
    await new GitRefLock(new Git({ dir: fx.clone() })).acquire('prod', who('a'), lease);
    let clock = 0;
    const b = new GitRefLock(new Git({ dir: fx.clone() }), {
      now: () => Date.now() + clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    await expect(b.acquire('prod', who('b'), { leaseMs: 60_000, waitMs: 5_000 })).rejects.toThrow(/held by a /);
    expect(clock).toBeLessThanOrEqual(5_000);
    expect(clock).toBeGreaterThan(0);
  });

  it('takes over an expired lease by compare-and-swap, and the old holder cannot renew or release it', async () => {
    const old = await new GitRefLock(new Git({ dir: fx.clone() })).acquire('prod', who('a'), { leaseMs: 1, waitMs: 0 });
    await new Promise((r) => setTimeout(r, 5));
    const held = await new GitRefLock(new Git({ dir: fx.clone() })).acquire('prod', who('b'), lease);
    expect(held.info.holder).toBe('b');
    await expect(old.renew()).rejects.toBeInstanceOf(LockLostError);
    await old.release();
    expect((await new GitRefLock(new Git({ dir: fx.clone() })).inspect('prod'))?.holder).toBe('b');
  });

  it('renews by extending the lease in place', async () => {
    let clock = Date.now();
    const l = new GitRefLock(new Git({ dir: fx.clone() }), { now: () => clock });
    const held = await l.acquire('prod', who('a'), lease);
    const before = held.info.expiresAt;
    clock += 30_000;
    await held.renew();
    expect(Date.parse(held.info.expiresAt)).toBe(Date.parse(before) + 30_000);
    expect((await l.inspect('prod'))?.expiresAt).toBe(held.info.expiresAt);
    expect(held.info.token).toBe((await l.inspect('prod'))?.token);
  });

  it('breaks a lock only if it is still the one seen, and a live one only with force', async () => {
    const a = new GitRefLock(new Git({ dir: fx.clone() }));
    const first = await a.acquire('prod', who('a'), lease);
    const seen = (await a.inspect('prod'))!;
    const breaker = new GitRefLock(new Git({ dir: fx.clone() }));
    expect(await breaker.breakLock('prod', seen)).toBe(false); // lease still valid
    await first.release();
    await a.acquire('prod', who('c'), lease);
    expect(await breaker.breakLock('prod', seen, { force: true })).toBe(false); // not the lock seen any more
    expect((await a.inspect('prod'))?.holder).toBe('c');
    const now = (await a.inspect('prod'))!;
    expect(await breaker.breakLock('prod', now, { force: true })).toBe(true);
    expect(await a.inspect('prod')).toBeNull();
  });

  it('refuses scopes that are not safe ref names', async () => {
    const l = new GitRefLock(new Git({ dir: fx.clone() }));
    await expect(l.acquire('../heads/main', who('a'), lease)).rejects.toThrow(/invalid lock scope/);
  });
});
