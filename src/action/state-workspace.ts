// The Action's state workspace for the flows (src/flows): the state branch's
// newest commit in a worktree of its own. Persisting commits and pushes
// (fetch-rebase-retry on rejection); while a WAL is on disk but not pushed,
// the post step is told where it is, and the lock is kept until it is pushed.
import { join } from 'node:path';
import type { Checkpoint, OpenState, StateWorkspace } from '../flows/index.js';
import type { Git } from './git.js';
import type { PendingWal } from './reconcile.js';
import { StateBranch } from './state-branch.js';

export interface GitStateWorkspaceOptions {
  git: Git;
  branch: string;
  /** The state directory inside the branch (the `state-dir` input). */
  stateDir: string;
  tempRoot: string;
  /** Where a branch that does not exist yet starts. */
  startPoint: string;
  pending: PendingWal;
  /** The commit message for a checkpoint (always with `[skip ci]`). */
  message: (checkpoint: Checkpoint) => string;
  onPersisted?: (checkpoint: Checkpoint, sha: string | null) => void;
}

export class GitStateWorkspace implements StateWorkspace {
  constructor(private readonly options: GitStateWorkspaceOptions) {}

  private openBranch(): Promise<StateBranch> {
    return StateBranch.open(this.options.git, this.options.branch, { tempRoot: this.options.tempRoot, startPoint: this.options.startPoint });
  }

  async open(): Promise<OpenState> {
    const o = this.options;
    const branch = await this.openBranch();
    let unpushed = false;
    return {
      stateDir: join(branch.dir, o.stateDir),
      persist: async (checkpoint) => {
        if (checkpoint.kind === 'begin' || checkpoint.kind === 'recovering') {
          // From here until the final push the WAL on disk is ahead of Git: if this process dies, the post step pushes it.
          o.pending.set({ dir: branch.dir, branch: branch.branch, stateDir: o.stateDir, tx: checkpoint.tx });
          unpushed = true;
        }
        const sha = await branch.commitAndPush(o.message(checkpoint), [o.stateDir]);
        o.onPersisted?.(checkpoint, sha);
        if (checkpoint.kind !== 'begin' && checkpoint.kind !== 'recovering') {
          o.pending.set(null);
          unpushed = false;
        }
        return sha;
      },
      unpersisted: () => unpushed,
      close: () => branch.close(),
    };
  }

  async read<T>(fn: (stateDir: string, exists: boolean) => Promise<T>): Promise<T> {
    const branch = await this.openBranch();
    try {
      return await fn(join(branch.dir, this.options.stateDir), true);
    } finally {
      await branch.close();
    }
  }
}
