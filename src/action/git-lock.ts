// The default lock: a Git ref on the remote, `refs/dpn/locks/<scope>`, pointing
// at a commit whose message holds the holder, run, token and lease expiry.
// Creation is a non-forced push of a parentless commit, which the remote
// accepts only if the ref does not exist: atomic without any other service.
// Every later change (renew, release, breaking a stale lock) is a push with
// `--force-with-lease=<ref>:<sha seen>`, i.e. compare-and-swap on the remote.
import { randomUUID } from 'node:crypto';
import {
  LockBusyError,
  type AcquireOptions,
  type HeldLock,
  type LockBackend,
  type LockHolder,
  type LockInfo,
} from '../engine/lock.js';
import { GitCommandError, PushRejectedError, type Git } from './git.js';

export const LOCK_REF_PREFIX = 'refs/dpn/locks/';

export interface GitRefLockOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Longest pause between two attempts on a busy lock. */
  maxBackoffMs?: number;
  /** Called before each wait, so the user sees who holds the lock. */
  onWait?: (current: LockInfo, waitMs: number) => void;
}

/** A lock we held was broken or taken over by someone else. */
export class LockLostError extends Error {
  constructor(scope: string) {
    super(`lock "${scope}" was taken over by another holder; stop writing`);
    this.name = 'LockLostError';
  }
}

interface SeenLock {
  sha: string;
  info: LockInfo;
}

const SCOPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function lockRef(scope: string): string {
  if (!SCOPE.test(scope) || scope.includes('..') || scope.endsWith('.lock')) {
    throw new Error(`invalid lock scope "${scope}": use letters, digits, ".", "_" and "-"`);
  }
  return `${LOCK_REF_PREFIX}${scope}`;
}

export function lockMessage(info: LockInfo): string {
  return `dpn lock ${info.scope} held by ${info.holder}\n\n${JSON.stringify(info)}\n`;
}

export function parseLockMessage(message: string): LockInfo | null {
  const start = message.indexOf('{');
  if (start < 0) return null;
  try {
    const value = JSON.parse(message.slice(start).trim()) as Partial<LockInfo>;
    if (
      typeof value.scope !== 'string' ||
      typeof value.holder !== 'string' ||
      typeof value.token !== 'string' ||
      typeof value.acquiredAt !== 'string' ||
      typeof value.expiresAt !== 'string'
    ) {
      return null;
    }
    return value as LockInfo;
  } catch {
    return null;
  }
}

export class GitRefLock implements LockBackend {
  readonly #git: Git;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #maxBackoffMs: number;
  readonly #onWait: ((current: LockInfo, waitMs: number) => void) | undefined;

  constructor(git: Git, options: GitRefLockOptions = {}) {
    this.#git = git;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.#maxBackoffMs = options.maxBackoffMs ?? 15_000;
    this.#onWait = options.onWait;
  }

  /** The lock as the remote holds it now, with the sha any CAS must name. */
  async #read(scope: string): Promise<SeenLock | null> {
    const ref = lockRef(scope);
    const local = `refs/dpn/seen/locks/${scope}`;
    try {
      await this.#git.fetch([`+${ref}:${local}`]);
    } catch (error) {
      const detail = error instanceof GitCommandError ? error.detail : String(error);
      if (/couldn't find remote ref|no such ref|not our ref/i.test(detail)) return null;
      throw error;
    }
    const sha = await this.#git.revParse(local);
    const info = parseLockMessage(await this.#git.commitMessage(sha));
    // A ref we cannot read is still a lock: report it as held by an unknown holder, already expired.
    return {
      sha,
      info: info ?? { scope, holder: `unreadable lock commit ${sha.slice(0, 12)}`, token: sha, acquiredAt: new Date(0).toISOString(), expiresAt: new Date(0).toISOString() },
    };
  }

  async inspect(scope: string): Promise<LockInfo | null> {
    return (await this.#read(scope))?.info ?? null;
  }

  #expired(info: LockInfo): boolean {
    const expires = Date.parse(info.expiresAt);
    return !Number.isFinite(expires) || expires <= this.#now();
  }

  async acquire(scope: string, who: LockHolder, options: AcquireOptions): Promise<HeldLock> {
    const ref = lockRef(scope);
    const deadline = this.#now() + Math.max(0, options.waitMs);
    for (let attempt = 0; ; attempt++) {
      const now = this.#now();
      const info: LockInfo = {
        scope,
        holder: who.holder,
        ...(who.runUrl ? { runUrl: who.runUrl } : {}),
        ...(who.commit ? { commit: who.commit } : {}),
        token: randomUUID(),
        acquiredAt: new Date(now).toISOString(),
        expiresAt: new Date(now + options.leaseMs).toISOString(),
      };
      const sha = await this.#git.commitTree(lockMessage(info));
      try {
        // Non-forced: the remote refuses it when the ref exists (our commit has no parent).
        await this.#git.push([`${sha}:${ref}`]);
        return this.#held(scope, sha, info, options.leaseMs);
      } catch (error) {
        if (!(error instanceof PushRejectedError)) throw error;
      }
      const current = await this.#read(scope);
      if (!current) continue;
      if (this.#expired(current.info)) {
        try {
          await this.#git.push([`${sha}:${ref}`], { ref, expect: current.sha });
          return this.#held(scope, sha, info, options.leaseMs);
        } catch (error) {
          if (!(error instanceof PushRejectedError)) throw error;
          continue;
        }
      }
      const left = deadline - this.#now();
      if (left <= 0) throw new LockBusyError(current.info);
      const backoff = Math.min(this.#maxBackoffMs, 500 * 2 ** Math.min(attempt, 10));
      const wait = Math.min(left, Math.round(backoff * (0.5 + Math.random() / 2)));
      this.#onWait?.(current.info, wait);
      await this.#sleep(wait);
    }
  }

  #held(scope: string, sha: string, info: LockInfo, leaseMs: number): HeldLock {
    const ref = lockRef(scope);
    let current = { sha, info };
    let released = false;
    return {
      get info() {
        return current.info;
      },
      renew: async () => {
        if (released) return;
        const now = this.#now();
        const next: LockInfo = { ...current.info, expiresAt: new Date(now + leaseMs).toISOString() };
        const nextSha = await this.#git.commitTree(lockMessage(next), [current.sha]);
        try {
          await this.#git.push([`${nextSha}:${ref}`], { ref, expect: current.sha });
        } catch (error) {
          if (error instanceof PushRejectedError) throw new LockLostError(scope);
          throw error;
        }
        current = { sha: nextSha, info: next };
      },
      release: async () => {
        if (released) return;
        try {
          await this.#git.push([`:${ref}`], { ref, expect: current.sha });
        } catch (error) {
          // Someone broke our lock after it expired: it is theirs now, leave it.
          if (!(error instanceof PushRejectedError)) throw error;
        }
        released = true;
      },
    };
  }

  async breakLock(scope: string, expected: LockInfo, options: { force?: boolean } = {}): Promise<boolean> {
    const ref = lockRef(scope);
    const current = await this.#read(scope);
    if (!current || current.info.token !== expected.token) return false;
    if (!options.force && !this.#expired(current.info)) return false;
    try {
      await this.#git.push([`:${ref}`], { ref, expect: current.sha });
      return true;
    } catch (error) {
      if (error instanceof PushRejectedError) return false;
      throw error;
    }
  }
}
