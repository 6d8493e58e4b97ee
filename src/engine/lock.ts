// What every lock backend offers: one holder per scope at a time, with a lease.
// Backends: a local file (engine/local-lock.ts), a Git ref (action/), DynamoDB (backend/).

export interface LockHolder {
  /** Who holds it: user@host, or the workflow run. */
  holder: string;
  runUrl?: string;
  commit?: string;
}

export interface LockInfo extends LockHolder {
  scope: string;
  /** Opaque; only the holder knows it, release and renew must present it. */
  token: string;
  acquiredAt: string;
  expiresAt: string;
}

export interface HeldLock {
  readonly info: LockInfo;
  renew(): Promise<void>;
  release(): Promise<void>;
}

export interface AcquireOptions {
  leaseMs: number;
  /** How long to wait for a busy lock before giving up (0: fail at once). */
  waitMs: number;
}

export interface LockBackend {
  acquire(scope: string, who: LockHolder, options: AcquireOptions): Promise<HeldLock>;
  /** The current holder, or null when free. */
  inspect(scope: string): Promise<LockInfo | null>;
  /**
   * Breaks a lock only if it is still exactly `expected` (compare-and-swap), and,
   * unless `force`, only once its lease has expired. Returns whether it broke it.
   */
  breakLock(scope: string, expected: LockInfo, options?: { force?: boolean }): Promise<boolean>;
  /** Whether a lock whose lease has not run out was left by a holder known to be gone (a dead local process). */
  isStale?(info: LockInfo): boolean;
}

/** Thrown when a lock is held by someone else and waiting did not help. */
export class LockBusyError extends Error {
  constructor(readonly current: LockInfo) {
    super(
      `lock "${current.scope}" is held by ${current.holder}` +
        `${current.runUrl ? ` (${current.runUrl})` : ''} until ${current.expiresAt}`,
    );
    this.name = 'LockBusyError';
  }
}
