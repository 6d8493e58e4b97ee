// One place that takes the reconcile lock and the state branch together, for
// every mode that writes (reconcile, recover): acquire → open the state
// branch's newest commit → run → release, with the lease renewed meanwhile
// and the run aborted if the lock is lost.
import type { HeldLock, LockBackend } from '../engine/lock.js';
import { LockBusyError } from '../engine/lock.js';
import { UserError } from '../errors.js';
import { branchOf, type RunContext } from './event.js';
import { Git } from './git.js';
import { GitRefLock } from './git-lock.js';
import type { ActionInputs } from './inputs.js';
import type { Logger } from './report.js';
import { StateBranch } from './state-branch.js';

export function gitFor(inputs: ActionInputs, context: RunContext): Git {
  return new Git({
    dir: context.workspace,
    ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
    serverUrl: context.serverUrl,
    ...(inputs.commitAuthor ? { author: inputs.commitAuthor } : {}),
  });
}

export function stateBranchName(inputs: ActionInputs, context: RunContext): string {
  const name = inputs.stateBranch ?? branchOf(context.ref) ?? context.defaultBranch;
  if (!name) {
    throw new UserError('cannot tell which branch holds the state: set the "state-branch" input', 'ACTION_INPUT');
  }
  return name;
}

export async function lockBackendFor(inputs: ActionInputs, git: Git, logger: Logger): Promise<LockBackend> {
  if (inputs.lockBackend === 'dynamodb') {
    const { createDynamoLockBackend } = await import('../backend/dynamodb/index.js');
    // withStateLock renews on its own timer: one renewer only.
    return createDynamoLockBackend({ tablePrefix: inputs.lockTablePrefix, autoRenew: false });
  }
  return new GitRefLock(git, {
    onWait: (current, ms) =>
      logger.info(`lock "${current.scope}" is held by ${current.holder}${current.runUrl ? ` (${current.runUrl})` : ''}; retrying in ${Math.round(ms / 1000)} s`),
  });
}

export function holderOf(context: RunContext): { holder: string; runUrl?: string; commit?: string } {
  const holder = context.runId
    ? `${context.repository} run ${context.runId}${context.runAttempt !== '1' ? ` attempt ${context.runAttempt}` : ''}${context.actor ? ` by ${context.actor}` : ''}`
    : `${context.repository || 'dpn'} pid ${process.pid}`;
  return { holder, ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(context.sha ? { commit: context.sha } : {}) };
}

export interface Locked {
  lock: HeldLock;
  branch: StateBranch;
  /** Aborted when the lock is lost (its lease was taken over). */
  lost: AbortSignal;
}

export async function withStateLock<T>(
  inputs: ActionInputs,
  context: RunContext,
  git: Git,
  logger: Logger,
  run: (locked: Locked) => Promise<T>,
  hooks: { onAcquired?: (lock: HeldLock) => void; onReleased?: () => void; keep?: () => boolean } = {},
): Promise<T> {
  const backend = await lockBackendFor(inputs, git, logger);
  let lock: HeldLock;
  try {
    lock = await backend.acquire(inputs.lockScope, holderOf(context), { leaseMs: inputs.lockLeaseMs, waitMs: inputs.lockWaitMs });
  } catch (error) {
    if (error instanceof LockBusyError) {
      throw new UserError(
        `${error.message}; gave up after waiting ${Math.round(inputs.lockWaitMs / 1000)} s`,
        'LOCK_BUSY',
        'nothing was changed; the next run reconciles everything (runs are level-triggered). If the holder died, run the "unlock" mode after its lease expires.',
      );
    }
    throw error;
  }
  hooks.onAcquired?.(lock);
  logger.info(`holding lock "${inputs.lockScope}" until ${lock.info.expiresAt}`);
  const lost = new AbortController();
  const timer = setInterval(
    () => {
      lock.renew().catch((error: unknown) => {
        logger.warning(`lost lock "${inputs.lockScope}": ${(error as Error).message}`);
        lost.abort(error);
      });
    },
    Math.max(1000, Math.floor(inputs.lockLeaseMs / 3)),
  );
  timer.unref();
  let branch: StateBranch | undefined;
  try {
    branch = await StateBranch.open(git, stateBranchName(inputs, context), {
      tempRoot: context.runnerTemp,
      startPoint: context.sha || 'HEAD',
    });
    return await run({ lock, branch, lost: lost.signal });
  } finally {
    clearInterval(timer);
    if (hooks.keep?.()) {
      // The worktree stays too: the post step pushes its WAL, then releases the lock.
      logger.warning(`keeping lock "${inputs.lockScope}" until the WAL is pushed (post step) or its lease ends at ${lock.info.expiresAt}`);
    } else {
      await branch?.close().catch(() => undefined);
      await lock.release().catch((error: unknown) => logger.warning(`could not release lock "${inputs.lockScope}": ${(error as Error).message}`));
      hooks.onReleased?.();
    }
  }
}
