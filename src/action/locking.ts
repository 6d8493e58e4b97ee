// What the Action hands the flows (src/flows): its lock backend (a Git ref or
// DynamoDB) and the state branch as the state workspace.
import type { LockBackend } from '../engine/lock.js';
import { UserError } from '../errors.js';
import { runner, type Checkpoint, type FlowLock } from '../flows/index.js';
import { branchOf, type RunContext } from './event.js';
import { Git } from './git.js';
import { GitRefLock } from './git-lock.js';
import type { ActionInputs } from './inputs.js';
import type { Logger } from './report.js';
import type { PendingWal } from './reconcile.js';
import { GitStateWorkspace } from './state-workspace.js';

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
    // the flow renews the lease on its own timer: one renewer only.
    return createDynamoLockBackend({ tablePrefix: inputs.lockTablePrefix, autoRenew: false });
  }
  return new GitRefLock(git, {
    onWait: (current, ms) =>
      logger.info(`lock "${current.scope}" is held by ${current.holder}${current.runUrl ? ` (${current.runUrl})` : ''}; retrying in ${Math.round(ms / 1000)} s`),
  });
}

/** The flows' lock for the Action: the lock backend, named for this run, telling the post step what it holds. */
export async function actionLock(inputs: ActionInputs, git: Git, logger: Logger, pending: PendingWal): Promise<FlowLock> {
  return {
    backend: await lockBackendFor(inputs, git, logger),
    scope: inputs.lockScope,
    holder: runner(),
    leaseMs: inputs.lockLeaseMs,
    waitMs: inputs.lockWaitMs,
    busyHint:
      inputs.lockBackend === 'dynamodb'
        ? 'The next run reconciles everything (runs are level-triggered). A lock whose lease ran out is taken over by the next run; the "unlock" mode breaks it sooner ("force: true" for a live lease whose holder is certainly dead).'
        : 'The next run reconciles everything (runs are level-triggered). If the holder died, run the "unlock" mode after its lease expires ("force: true" to break it sooner).',
    onAcquired: (lock) => {
      pending.lock?.(lock.info);
      logger.info(`holding lock "${inputs.lockScope}" until ${lock.info.expiresAt}`);
    },
    onReleased: () => pending.lock?.(null),
  };
}

/** The state branch as the flows' workspace. */
export function actionWorkspace(
  inputs: ActionInputs,
  context: RunContext,
  git: Git,
  pending: PendingWal,
  message: (checkpoint: Checkpoint) => string,
  logger?: Logger,
): GitStateWorkspace {
  return new GitStateWorkspace({
    git,
    branch: stateBranchName(inputs, context),
    stateDir: inputs.stateDir,
    tempRoot: context.runnerTemp,
    startPoint: context.sha || 'HEAD',
    pending,
    message,
    onPersisted: (checkpoint, sha) => {
      if (checkpoint.kind === 'begin') logger?.info(`pushed WAL begin record of ${checkpoint.tx} (${sha?.slice(0, 12) ?? 'already pushed'})`);
    },
  });
}
