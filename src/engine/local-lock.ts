// A lock on the local file system: `<state-dir>/.lock`, created with O_EXCL so
// two dpn processes on one machine never run a transaction on the same state
// at once. Anything that removes or rewrites an existing lock file (release,
// renew, break) first takes a short-lived `.lock.cas` guard, which makes
// "read, compare, remove" a compare-and-swap: a lock file only ever appears
// where none was, and only disappears under the guard.
// The state directory is committed to Git; the lock file (and the temp files
// of the lock and the state writer) must never be, so acquiring also writes
// `<state-dir>/.gitignore` when there is none.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { LockBusyError, type AcquireOptions, type HeldLock, type LockBackend, type LockHolder, type LockInfo } from './lock.js';

/** What the lock file holds: the contract's LockInfo plus where the holder runs. */
export interface LocalLockInfo extends LockInfo {
  pid: number;
  host: string;
}

// A guard older than this was left by a process killed inside the few
// milliseconds it holds one; it is safe to clear.
const GUARD_STALE_MS = 10_000;
// Kept beside the state rather than in `.git/`: it then works outside Git, in a
// linked worktree (where `.git` is a file), and for several state directories
// in one repository, each with its own lock.
const GITIGNORE = '# Written by dpn: the lock and temp files belong to one machine, never to a commit.\n.lock*\n*.tmp\n';

/** Writes `<stateDir>/.gitignore` unless one exists (a user's own is left as it is). */
export async function ensureStateGitignore(stateDir: string): Promise<void> {
  try {
    await writeFile(join(stateDir, '.gitignore'), GITIGNORE, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

// An empty or half-written lock file (a crash between create and write) older than this is stale.
const TORN_STALE_MS = 10_000;

export interface LocalLockOptions {
  now?: () => Date;
  host?: string;
  /** Whether a process is alive (same host); injectable for tests. */
  isAlive?: (pid: number) => boolean;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class LocalLockBackend implements LockBackend {
  readonly file: string;
  private readonly guard: string;
  private readonly now: () => Date;
  private readonly host: string;
  private readonly isAlive: (pid: number) => boolean;

  constructor(
    readonly stateDir: string,
    options: LocalLockOptions = {},
  ) {
    this.file = join(stateDir, '.lock');
    this.guard = join(stateDir, '.lock.cas');
    this.now = options.now ?? (() => new Date());
    this.host = options.host ?? hostname();
    this.isAlive = options.isAlive ?? pidAlive;
  }

  async acquire(scope: string, who: LockHolder, options: AcquireOptions): Promise<HeldLock> {
    await mkdir(this.stateDir, { recursive: true });
    await ensureStateGitignore(this.stateDir);
    const deadline = Date.now() + Math.max(0, options.waitMs);
    for (;;) {
      const at = this.now();
      const info: LocalLockInfo = {
        scope,
        holder: who.holder,
        ...(who.runUrl !== undefined ? { runUrl: who.runUrl } : {}),
        ...(who.commit !== undefined ? { commit: who.commit } : {}),
        token: randomBytes(16).toString('hex'),
        acquiredAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + options.leaseMs).toISOString(),
        pid: process.pid,
        host: this.host,
      };
      if (await this.createExclusive(info)) return this.held(info, options.leaseMs);
      const current = await this.readLock();
      if (current === 'torn') {
        if (await this.breakTorn()) continue;
      } else if (current === null) {
        continue;
      } else if (this.isStale(current)) {
        if (await this.breakLock(scope, current, { force: true })) continue;
      }
      if (Date.now() >= deadline) {
        const busy = current && current !== 'torn' ? current : await this.inspect(scope);
        throw new LockBusyError(
          busy ?? { scope, holder: 'unknown (lock file being written)', token: '', acquiredAt: '', expiresAt: 'unknown' },
        );
      }
      await delay(Math.min(25 + Math.random() * 50, Math.max(5, deadline - Date.now())));
    }
  }

  async inspect(_scope: string): Promise<LockInfo | null> {
    const current = await this.readLock();
    return current === 'torn' ? null : current;
  }

  async breakLock(_scope: string, expected: LockInfo, options: { force?: boolean } = {}): Promise<boolean> {
    if (!options.force && Date.parse(expected.expiresAt) > this.now().getTime()) return false;
    return this.guarded(async () => {
      const current = await this.readLock();
      // Exactly `expected`: a holder that renewed since the caller looked keeps its lock.
      if (current === null || current === 'torn' || current.token !== expected.token || current.expiresAt !== expected.expiresAt) {
        return false;
      }
      await unlink(this.file);
      return true;
    });
  }

  /** A holder on this host whose process is gone, or any holder whose lease ran out. */
  isStale(info: LockInfo): boolean {
    if (Date.parse(info.expiresAt) <= this.now().getTime()) return true;
    const local = info as Partial<LocalLockInfo>;
    return local.host === this.host && typeof local.pid === 'number' && local.pid !== process.pid && !this.isAlive(local.pid);
  }

  private held(info: LocalLockInfo, leaseMs: number): HeldLock {
    const backend = this;
    let current = info;
    return {
      get info() {
        return current;
      },
      async renew() {
        const next = { ...current, expiresAt: new Date(backend.now().getTime() + leaseMs).toISOString() };
        const ok = await backend.guarded(async () => {
          const onDisk = await backend.readLock();
          if (onDisk === null || onDisk === 'torn' || onDisk.token !== current.token) return false;
          const tmp = `${backend.file}.${current.token}.tmp`;
          await writeFile(tmp, JSON.stringify(next));
          await rename(tmp, backend.file);
          return true;
        });
        if (!ok) throw new Error(`lost the lock on ${backend.stateDir}: it was broken by another process`);
        current = next;
      },
      async release() {
        await backend.guarded(async () => {
          const onDisk = await backend.readLock();
          if (onDisk !== null && onDisk !== 'torn' && onDisk.token === current.token) await unlink(backend.file);
          return true;
        });
      },
    };
  }

  private async createExclusive(info: LocalLockInfo): Promise<boolean> {
    let handle;
    try {
      handle = await open(this.file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      await handle.writeFile(JSON.stringify(info));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  }

  private async readLock(): Promise<LocalLockInfo | 'torn' | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const info = JSON.parse(text) as LocalLockInfo;
      if (typeof info.token === 'string' && typeof info.expiresAt === 'string') return info;
    } catch {
      // fall through: written half-way
    }
    return 'torn';
  }

  private async breakTorn(): Promise<boolean> {
    return this.guarded(async () => {
      try {
        const s = await stat(this.file);
        if (Date.now() - s.mtimeMs < TORN_STALE_MS) return false;
        if ((await this.readLock()) !== 'torn') return false;
        await unlink(this.file);
        return true;
      } catch {
        return false;
      }
    });
  }

  /** Runs `fn` holding the CAS guard; waits briefly for another holder of it. */
  private async guarded(fn: () => Promise<boolean>): Promise<boolean> {
    const give = Date.now() + GUARD_STALE_MS * 2;
    for (;;) {
      try {
        const handle = await open(this.guard, 'wx');
        await handle.writeFile(`${process.pid}@${this.host}`);
        await handle.close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        try {
          const s = await stat(this.guard);
          if (Date.now() - s.mtimeMs > GUARD_STALE_MS) {
            await unlink(this.guard).catch(() => {});
            continue;
          }
        } catch {
          continue;
        }
        if (Date.now() > give) throw new Error(`lock guard ${this.guard} stays taken; remove it if no dpn is running`);
        await delay(5);
      }
    }
    try {
      return await fn();
    } finally {
      await unlink(this.guard).catch(() => {});
    }
  }
}
