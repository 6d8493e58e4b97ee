// The state branch as a separate, detached worktree under RUNNER_TEMP: state
// and WAL are read from its newest commit (not from the commit being
// reconciled, which may be older) and committed back to it with `[skip ci]`.
// A rejected push means someone else pushed first: fetch, rebase, retry.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PushRejectedError, type Git } from './git.js';

export interface StateBranchOptions {
  /** Where the worktree goes (RUNNER_TEMP); a temp dir when empty. */
  tempRoot?: string;
  /** Commit the branch starts from when it does not exist yet. */
  startPoint: string;
  maxPushAttempts?: number;
}

export class StateBranch {
  readonly branch: string;
  readonly dir: string;
  readonly git: Git;
  readonly #root: Git;
  readonly #maxAttempts: number;
  #closed = false;

  private constructor(root: Git, branch: string, dir: string, maxAttempts: number) {
    this.#root = root;
    this.branch = branch;
    this.dir = dir;
    this.git = root.at(dir);
    this.#maxAttempts = maxAttempts;
  }

  get trackingRef(): string {
    return `refs/remotes/${this.#root.remote}/${this.branch}`;
  }

  static async open(root: Git, branch: string, options: StateBranchOptions): Promise<StateBranch> {
    const parent = options.tempRoot && existsSync(options.tempRoot) ? options.tempRoot : tmpdir();
    const dir = await mkdtemp(join(parent, 'dpn-state-'));
    await rm(dir, { recursive: true, force: true });
    const tracking = `refs/remotes/${root.remote}/${branch}`;
    const exists = (await root.lsRemote(`refs/heads/${branch}`)) !== null;
    if (exists) await root.fetch([`+refs/heads/${branch}:${tracking}`]);
    await root.worktreeAdd(dir, exists ? tracking : options.startPoint);
    return new StateBranch(root, branch, dir, options.maxPushAttempts ?? 8);
  }

  /** Brings the worktree to the branch's newest commit (before reading state under a lock). */
  async refresh(): Promise<void> {
    if ((await this.#root.lsRemote(`refs/heads/${this.branch}`)) === null) return;
    await this.#root.fetch([`+refs/heads/${this.branch}:${this.trackingRef}`]);
    await this.git.checkoutDetached(this.trackingRef);
  }

  /**
   * Commits `paths` (relative to the worktree) and pushes them to the branch.
   * Returns the pushed commit, or null when nothing changed and nothing was left unpushed.
   */
  async commitAndPush(message: string, paths: string[]): Promise<string | null> {
    await this.git.add(paths);
    const committed = await this.git.commit(message);
    if (!committed) {
      // Nothing new: push only commits an earlier failed push left behind.
      const unpushed = (await this.git.raw(['rev-list', '--max-count=1', 'HEAD', '--not', '--remotes'])).trim();
      if (!unpushed) return null;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.git.push([`HEAD:refs/heads/${this.branch}`]);
        return this.git.revParse('HEAD');
      } catch (error) {
        if (!(error instanceof PushRejectedError) || attempt >= this.#maxAttempts) throw error;
      }
      await this.#root.fetch([`+refs/heads/${this.branch}:${this.trackingRef}`]);
      await this.git.rebase(this.trackingRef);
      await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt) * (0.5 + Math.random() / 2)));
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#root.worktreeRemove(this.dir);
    await rm(this.dir, { recursive: true, force: true });
  }
}
