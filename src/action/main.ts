// The GitHub Action: read inputs once, pick the mode from the event, run it,
// set outputs and the job summary. The same bundle is the `post:` step, which
// pushes a WAL left unpushed by a main step that died.
import * as core from './workflow.js';
import { isUserError } from '../errors.js';
import { readEnvInput, parseInputs, type ActionInputs } from './inputs.js';
import { readRunContext, resolveMode, type RunContext } from './event.js';
import type { AnnotationSink } from './annotations.js';
import type { Logger, ModeResult } from './report.js';
import type { PendingWal } from './reconcile.js';

const PENDING_WAL = 'pendingWal';
const HELD_LOCK = 'heldLock';

const logger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.info(`error: ${m}`),
  annotateWarning: (m, p) => core.warning(m, p ?? {}),
  debug: (m) => core.debug(m),
};

const sink: AnnotationSink = {
  error: (m, p) => core.error(m, p),
  warning: (m, p) => core.warning(m, p),
};

const pending: PendingWal = {
  set(value) {
    core.saveState(PENDING_WAL, value ? JSON.stringify(value) : '');
  },
  lock(info) {
    core.saveState(HELD_LOCK, info ? JSON.stringify(info) : '');
  },
};

/** SIGINT/SIGTERM (a cancelled run) abort the signal: the engine stops starting operations and compensates. */
function cancellation(): AbortSignal {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    core.warning(`received ${name}: starting no new operation, compensating what was done, then pushing the WAL`);
    controller.abort(new Error(`cancelled by ${name}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

async function runMode(inputs: ActionInputs, context: RunContext, signal: AbortSignal): Promise<ModeResult> {
  const inputsMode = (context.payload.inputs as Record<string, unknown> | undefined)?.mode;
  const mode = resolveMode(inputs.mode, context, typeof inputsMode === 'string' ? inputsMode : undefined);
  core.info(`dpn ${mode} (${context.eventName || 'no event'} on ${context.repository || 'unknown repository'})`);
  const env = process.env;
  switch (mode) {
    case 'preview': {
      const { runPreview } = await import('./preview.js');
      if (!inputs.stateBranch) return runPreview(inputs, context, { logger, sink, stateRoot: context.workspace });
      // State on its own branch: compare against its newest commit, not the PR's copy.
      const { gitFor } = await import('./locking.js');
      const { StateBranch } = await import('./state-branch.js');
      let branch;
      try {
        branch = await StateBranch.open(gitFor(inputs, context), inputs.stateBranch, { tempRoot: context.runnerTemp, startPoint: 'HEAD' });
      } catch (error) {
        core.warning(`could not read state branch "${inputs.stateBranch}" (${(error as Error).message}); comparing with the state in the checkout`);
        return runPreview(inputs, context, { logger, sink, stateRoot: context.workspace });
      }
      try {
        return await runPreview(inputs, context, { logger, sink, stateRoot: branch.dir });
      } finally {
        await branch.close();
      }
    }
    case 'reconcile': {
      const { runReconcile } = await import('./reconcile.js');
      return runReconcile(inputs, context, { logger, sink, signal, pending, env });
    }
    case 'recover': {
      const { runRecover } = await import('./dispatch.js');
      return runRecover(inputs, context, { logger, signal, pending, env });
    }
    case 'status': {
      const { runStatus } = await import('./dispatch.js');
      return runStatus(inputs, context, { logger, signal, pending, env });
    }
    case 'unlock': {
      const { runUnlock } = await import('./dispatch.js');
      return runUnlock(inputs, context, { logger, signal, pending, env });
    }
    case 'drift': {
      const { runDrift } = await import('./dispatch.js');
      return runDrift(inputs, context, { logger, signal, pending, env });
    }
  }
}

async function writeSummary(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(text);
    return;
  }
  core.appendSummary(text);
}

/**
 * The post step: if the main step died between `begin` and the final push,
 * commit and push what the WAL holds, then release the lock it still held
 * (compare-and-swap on that lock's token, so a lock someone else took is left alone).
 */
async function post(): Promise<void> {
  const wal = core.getState(PENDING_WAL);
  const held = core.getState(HELD_LOCK);
  if (!wal && !held) return;
  const inputs = parseInputs(readEnvInput(process.env));
  const context = readRunContext(process.env);
  const { gitFor, lockBackendFor } = await import('./locking.js');
  const root = gitFor(inputs, context);
  if (wal) {
    const { dir, branch, stateDir, tx } = JSON.parse(wal) as { dir: string; branch: string; stateDir: string; tx: string };
    const { existsSync } = await import('node:fs');
    if (!existsSync(dir)) {
      core.warning(`the WAL of ${tx} was not pushed and its worktree ${dir} is gone; run the "status" mode`);
    } else {
      const git = root.at(dir);
      await git.add([stateDir]);
      await git.commit(`dpn: WAL of ${tx} after an interrupted run [skip ci]`);
      const tracking = `refs/remotes/${git.remote}/${branch}`;
      for (let attempt = 1; ; attempt++) {
        try {
          await git.push([`HEAD:refs/heads/${branch}`]);
          break;
        } catch (error) {
          if (attempt >= 5) throw error;
          await git.fetch([`+refs/heads/${branch}:${tracking}`]);
          await git.rebase(tracking);
        }
      }
      core.warning(`pushed the WAL of ${tx} left by the interrupted main step; run the "recover" mode`);
    }
  }
  if (held) {
    const info = JSON.parse(held) as import('../engine/lock.js').LockInfo;
    const backend = await lockBackendFor(inputs, root, logger);
    if (await backend.breakLock(info.scope, info, { force: true })) core.info(`released lock "${info.scope}" left by the interrupted main step`);
  }
}

export async function run(): Promise<void> {
  try {
    if (core.getState('isPost') === 'true') {
      await post();
      return;
    }
    core.saveState('isPost', 'true');
    const inputs = parseInputs(readEnvInput(process.env));
    if (inputs.githubToken) {
      core.setSecret(inputs.githubToken);
      // The form git sends it in, should a trace ever print the header.
      core.setSecret(Buffer.from(`x-access-token:${inputs.githubToken}`, 'utf8').toString('base64'));
    }
    const context = readRunContext(process.env);
    process.chdir(context.workspace);
    const result = await runMode(inputs, context, cancellation());
    for (const [name, value] of Object.entries(result.outputs)) if (value !== undefined) core.setOutput(name, value);
    if (result.summary) await writeSummary(result.summary);
    if (result.failure) core.setFailed(result.failure);
  } catch (error) {
    if (isUserError(error)) {
      core.setFailed(error.hint ? `${error.message}\n${error.hint}` : error.message);
    } else {
      // A bug: keep the stack in the log, but never a token (setSecret masks it).
      core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  }
}
