// Holding the state lock for the length of a flow: acquire, renew every third
// of the lease, and on a renewal that fails abort the `lost` signal so the
// engine starts nothing new and compensates — the same for every backend and face.
import { UserError } from '../errors.js';
import { LockBusyError, type HeldLock } from '../engine/lock.js';
import type { FlowLock, FlowSink } from './types.js';

export const DEFAULT_LEASE_MS = 15 * 60_000;

export interface Held {
  lock: HeldLock;
  /** Aborted when the lease could not be renewed (someone else may hold the lock now). */
  lost: AbortSignal;
}

/**
 * Runs `fn` holding the lock. `keep()` is asked at the end: true leaves the
 * lock held (a WAL not yet persisted; the Action's post step or the lease's
 * end releases it).
 */
export async function withLock<T>(lock: FlowLock, sink: FlowSink, fn: (held: Held) => Promise<T>, keep: () => boolean = () => false): Promise<T> {
  const leaseMs = lock.leaseMs ?? DEFAULT_LEASE_MS;
  let held: HeldLock;
  try {
    held = await lock.backend.acquire(lock.scope, lock.holder, { leaseMs, waitMs: lock.waitMs ?? 0 });
  } catch (error) {
    if (error instanceof LockBusyError) {
      const waited = `; gave up after waiting ${Math.round((lock.waitMs ?? 0) / 1000)} s`;
      const busy = new UserError(`${error.message}${waited}`, 'LOCK_BUSY', `nothing was changed. ${lock.busyHint}`);
      (busy as Error).cause = error;
      throw busy;
    }
    throw error;
  }
  lock.onAcquired?.(held);
  const lost = new AbortController();
  const timer = setInterval(
    () => {
      held.renew().catch((error: unknown) => {
        if (lost.signal.aborted) return;
        sink.warn?.(`lost lock "${lock.scope}": ${(error as Error).message}; starting nothing new and undoing what this run did`);
        lost.abort(new Error(`lost lock "${lock.scope}"`));
      });
    },
    Math.max(1_000, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  try {
    return await fn({ lock: held, lost: lost.signal });
  } finally {
    clearInterval(timer);
    if (keep()) {
      sink.warn?.(`keeping lock "${lock.scope}" until the WAL is persisted, or until its lease ends at ${held.info.expiresAt}`);
    } else {
      await held.release().catch((error: unknown) => sink.warn?.(`could not release lock "${lock.scope}": ${(error as Error).message}`));
      lock.onReleased?.();
    }
  }
}
