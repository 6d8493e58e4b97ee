// The command side of the lock table: acquire (conditional put), renew
// (conditional update on the holder's token), release (conditional delete on
// the token) and break (compare-and-swap delete). One item per scope.
//
// Safety rests on two facts: a put only succeeds when no item exists or its
// lease has expired, and every later write by a holder is conditional on its
// random token, which a takeover replaces. A holder that stops renewing (died,
// hung, partitioned) therefore loses the lock only once its lease is over.
// Leases are compared with the writers' clocks, so runners' clocks must agree
// to well within a lease (NTP-synchronised CI runners do).
import { randomBytes } from 'node:crypto';
import { LockBusyError, type AcquireOptions, type HeldLock, type LockHolder, type LockInfo } from '../../engine/lock.js';
import { BackendError, BadRequestError, ConflictError } from './errors.js';
import type { TableGateway } from './gateway.js';
import { isoUtc, itemToLock, leaseAttributes, lockKey, lockToItem } from './items.js';
import type { LockReader } from './locks-read.js';

/** The holder's lease was taken over or broken: it must stop what the lock guarded. */
export class LockLostError extends BackendError {
  constructor(readonly scope: string, reason: string, cause?: unknown) {
    super(`lock "${scope}" was lost: ${reason}`, 'DYNAMODB_LOCK_LOST', {
      cause,
      hint: 'another run may now hold it; stop, then re-run so the reconcile converges',
    });
    this.name = 'LockLostError';
  }
}

export interface LockWriterOptions {
  /** Renew every this many ms; default a third of the lease. */
  leaseRenewMs?: number;
  /** Renew on a timer while held (default true); false when the caller renews itself. */
  autoRenew?: boolean;
  /** Pause between attempts on a busy lock; default min(1 s, lease / 4), jittered. */
  pollMs?: number;
  /** Called once when a held lock is found lost by a background renewal. */
  onLost?: (error: LockLostError) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const LEASE = { expression: 'attribute_not_exists(#scope) OR #expiresAtMs < :now', names: { '#scope': 'scope', '#expiresAtMs': 'expiresAtMs' } };
const byToken = (token: string) => ({ expression: '#token = :token', names: { '#token': 'token' }, values: { ':token': token } });

/** A lock this process holds; renews itself on an unref'd timer until released or lost. */
export class DynamoHeldLock implements HeldLock {
  private current: LockInfo;
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private lostError: LockLostError | undefined;
  private released = false;

  constructor(
    private readonly writer: LockWriter,
    info: LockInfo,
    private readonly leaseMs: number,
    renewEveryMs: number | undefined,
    private readonly onLost?: (error: LockLostError) => void,
  ) {
    this.current = info;
    if (renewEveryMs !== undefined) {
      this.timer = setInterval(() => {
        this.renew().catch(() => {
          // renew() already recorded a loss and told onLost; a transient failure
          // is retried on the next tick while the lease still runs.
        });
      }, renewEveryMs);
      this.timer.unref();
    }
  }

  get info(): LockInfo {
    return this.current;
  }

  /** Set once the lease is known to be gone; the guarded work must stop. */
  get lost(): LockLostError | undefined {
    return this.lostError;
  }

  private markLost(error: LockLostError): LockLostError {
    if (!this.lostError) {
      this.lostError = error;
      this.stopTimer();
      this.onLost?.(error);
    }
    return this.lostError;
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Extends the lease to now + lease; throws LockLostError when it is no longer ours. */
  renew(): Promise<void> {
    const next = this.chain.then(async () => {
      if (this.lostError) throw this.lostError;
      if (this.released) throw new LockLostError(this.current.scope, 'it was released');
      const nowMs = this.writer.now();
      const expiresAtMs = nowMs + this.leaseMs;
      // Retrying long past the lease's end is pointless: another runner may hold
      // it by then. A renewal that lands after the end still proves, by its
      // token, that nobody held the lock meanwhile, so it gets a short grace.
      const leftMs = Date.parse(this.current.expiresAt) - nowMs;
      const leaseEnd = AbortSignal.timeout(Math.max(leftMs, Math.floor(this.leaseMs / 3)));
      try {
        await this.writer.extend(this.current, expiresAtMs, leaseEnd);
        this.current = { ...this.current, expiresAt: isoUtc(expiresAtMs) };
      } catch (error) {
        if (error instanceof ConflictError) {
          throw this.markLost(new LockLostError(this.current.scope, 'another holder took it over or it was broken', error));
        }
        if (leaseEnd.aborted || this.writer.now() >= Date.parse(this.current.expiresAt)) {
          throw this.markLost(new LockLostError(this.current.scope, 'the lease expired before it could be renewed', error));
        }
        throw error;
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /**
   * Deletes the lock if it is still ours; releasing a lost or released lock does
   * nothing. Finding at release that someone else holds it means the lease ran
   * out during the guarded work: that is reported as a loss (onLost, `lost`).
   */
  async release(): Promise<void> {
    this.stopTimer();
    await this.chain;
    if (this.released || this.lostError) return;
    this.released = true;
    if (!(await this.writer.remove(this.current))) {
      this.markLost(new LockLostError(this.current.scope, 'its lease ran out and another holder took it before release'));
    }
  }
}

export class LockWriter {
  readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(
    private readonly table: TableGateway,
    private readonly reader: LockReader,
    private readonly options: LockWriterOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  async acquire(scope: string, who: LockHolder, options: AcquireOptions): Promise<HeldLock> {
    const { leaseMs, waitMs } = options;
    if (!Number.isFinite(leaseMs) || leaseMs <= 0) throw new BadRequestError(`lock "${scope}": leaseMs must be > 0, got ${leaseMs}`);
    const renewEveryMs = this.options.leaseRenewMs ?? Math.max(1, Math.floor(leaseMs / 3));
    if (renewEveryMs >= leaseMs) {
      throw new BadRequestError(`lock "${scope}": leaseRenewMs (${renewEveryMs}) must be shorter than the lease (${leaseMs})`);
    }
    const pollMs = this.options.pollMs ?? Math.min(1000, Math.max(10, leaseMs / 4));
    const deadline = this.now() + Math.max(0, waitMs);
    for (;;) {
      const startedMs = this.now();
      const info: LockInfo = {
        scope,
        token: randomBytes(16).toString('hex'),
        holder: who.holder,
        ...(who.runUrl ? { runUrl: who.runUrl } : {}),
        ...(who.commit ? { commit: who.commit } : {}),
        acquiredAt: isoUtc(startedMs),
        expiresAt: isoUtc(startedMs + leaseMs),
      };
      let conflict: ConflictError;
      try {
        await this.table.put(lockToItem(info), { ...LEASE, values: { ':now': startedMs } });
        const fresh = await this.freshen(info, startedMs, leaseMs);
        if (fresh) {
          const every = this.options.autoRenew === false ? undefined : renewEveryMs;
          return new DynamoHeldLock(this, fresh, leaseMs, every, this.options.onLost);
        }
        // Taken over while our own put was slow: contend again.
        continue;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        conflict = error;
      }
      const remaining = deadline - this.now();
      if (remaining <= 0) {
        const holder = conflict.current ? itemToLock(conflict.current) : await this.reader.inspect(scope);
        // Released since our put was refused: the next put will likely win.
        if (!holder) continue;
        throw new LockBusyError(holder);
      }
      await this.sleep(Math.min(remaining, Math.round(pollMs * (0.5 + this.random()))));
    }
  }

  /**
   * The lease runs from when the put was sent, so a put that took long (a loaded
   * runner, throttling retries) has used up part of it. Renew at once then, so the
   * caller starts with nearly a whole lease; null if the lock was taken over meanwhile.
   */
  private async freshen(info: LockInfo, sentMs: number, leaseMs: number): Promise<LockInfo | null> {
    if (this.now() - sentMs <= leaseMs / 3) return info;
    const expiresAtMs = this.now() + leaseMs;
    try {
      await this.extend(info, expiresAtMs);
      return { ...info, expiresAt: isoUtc(expiresAtMs) };
    } catch (error) {
      if (error instanceof ConflictError) return null;
      throw error;
    }
  }

  /** Compare-and-swap delete of `expected`; unless forced, only after its lease expired. */
  async breakLock(scope: string, expected: LockInfo, options: { force?: boolean } = {}): Promise<boolean> {
    const condition = byToken(expected.token);
    const expression = options.force ? condition.expression : `${condition.expression} AND #expiresAtMs < :now`;
    try {
      await this.table.delete(lockKey(scope), {
        expression,
        names: { ...condition.names, ...(options.force ? {} : { '#expiresAtMs': 'expiresAtMs' }) },
        values: { ...condition.values, ...(options.force ? {} : { ':now': this.now() }) },
      });
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  /** @internal renewal of a held lock */
  async extend(info: LockInfo, expiresAtMs: number, signal?: AbortSignal): Promise<void> {
    await this.table.update(lockKey(info.scope), leaseAttributes(expiresAtMs), byToken(info.token), signal);
  }

  /** @internal release of a held lock; false (and nothing deleted) when it was no longer ours */
  async remove(info: LockInfo): Promise<boolean> {
    try {
      await this.table.delete(lockKey(info.scope), byToken(info.token));
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }
}
