// Reconcile mode (push to the default branch): level-triggered — every
// blueprint at the pushed commit against the newest state — under the lock:
// WAL `begin` committed and pushed before the first side effect, the plan
// executed by the engine, then state + WAL committed back with `[skip ci]`.
import { join } from 'node:path';
import { execute, type ExecutionEvent, type TransactionResult } from '../engine/executor.js';
import { unfinishedTransactions } from '../engine/wal.js';
import type { HeldLock, LockInfo } from '../engine/lock.js';
import { NO_RUN_RECORDER, type RunRecord } from '../engine/runs.js';
import { checkMassDelete } from '../plan/guard.js';
import { touchedBlueprints } from '../plan/diff.js';
import { changeCounts, hasChanges, summaryLine } from '../plan/summary.js';
import { planToJSON } from '../plan/serialize.js';
import { writeState } from '../state/store.js';
import { renderPreviewSummary, renderTransactionSummary, type AppliedOperation } from '../render/summary.js';
import { annotate, type AnnotationSink } from './annotations.js';
import type { RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { gitFor, withStateLock } from './locking.js';
import { createDrivers } from './platform.js';
import { configurationProblems } from '../providers/registry.js';
import { planPreview, writePlanFile } from './preview.js';
import type { Logger, ModeResult } from './report.js';

/** Remembers where an unpushed WAL lives, so the post step can push it if this process dies. */
export interface PendingWal {
  set(value: { dir: string; branch: string; stateDir: string; tx: string } | null): void;
  /** The lock this run holds, so the post step can release it if this process dies. */
  lock?(info: LockInfo | null): void;
}

/** Remembers whether a WAL is still unpushed, on top of telling the post step. */
export function trackPending(pending: PendingWal): PendingWal & { unpushed(): boolean } {
  let current = false;
  return {
    set(value) {
      current = value !== null;
      pending.set(value);
    },
    lock: (info) => pending.lock?.(info),
    unpushed: () => current,
  };
}

/**
 * Hooks that keep the post step informed of the lock this run holds. While a
 * WAL is unpushed the lock is kept (until the post step pushes it and releases
 * the lock, or the lease runs out): another run must not plan against a state
 * that is missing this transaction.
 */
export function lockHooks(pending: PendingWal & { unpushed(): boolean }): {
  onAcquired: (lock: HeldLock) => void;
  onReleased: () => void;
  keep: () => boolean;
} {
  return { onAcquired: (lock) => pending.lock?.(lock.info), onReleased: () => pending.lock?.(null), keep: () => pending.unpushed() };
}

export interface ReconcileDeps {
  logger: Logger;
  sink: AnnotationSink;
  /** Aborted on SIGINT/SIGTERM (a cancelled run). */
  signal: AbortSignal;
  pending: PendingWal;
  env: NodeJS.ProcessEnv;
}

export function logEvent(logger: Logger, event: ExecutionEvent): void {
  switch (event.type) {
    case 'begin':
      return logger.info(`transaction ${event.tx}: ${event.total} step${event.total === 1 ? '' : 's'}`);
    case 'start':
      return logger.info(`→ ${event.step} ${event.name}`);
    case 'done':
      return logger.info(`✓ ${event.step} ${event.name}`);
    case 'retry':
      return logger.info(`↻ ${event.step} ${event.key}: attempt ${event.attempt} in ${event.delayMs} ms (${event.error.message})`);
    case 'failed':
      return logger.error(`✗ ${event.step} ${event.name}: ${event.error.message}`);
    case 'compensating':
      return logger.warning(`compensating: ${event.reason}`);
    case 'undo_start':
      return logger.info(`↶ ${event.undo}`);
    case 'undone':
      return logger.info(`↶ undone ${event.step} ${event.key}`);
    case 'undo_failed':
      return logger.error(`undo of ${event.step} ${event.key} failed: ${event.error.message}`);
    case 'end':
      return logger.info(`transaction ${event.tx}: ${event.status}`);
  }
}

export function appliedOperations(result: TransactionResult): AppliedOperation[] {
  return result.steps.map((s) => ({
    key: s.key,
    type: s.key.split(':')[0] ?? '',
    name: s.name,
    action: s.step,
    outcome: s.outcome,
    ...(s.error ? { error: s.error.message } : {}),
  }));
}

export async function runReconcile(inputs: ActionInputs, context: RunContext, deps: ReconcileDeps): Promise<ModeResult> {
  const { logger } = deps;
  const pending = trackPending(deps.pending);
  deps = { ...deps, pending };
  const git = gitFor(inputs, context);
  return withStateLock(inputs, context, git, logger, async ({ branch, lost }) => {
    const stateDir = join(branch.dir, inputs.stateDir);
    const open = await unfinishedTransactions(stateDir);
    if (open.length > 0) {
      const ids = open.map((t) => t.tx).join(', ');
      return {
        outputs: { status: 'blocked', 'transaction-id': open[0]!.tx },
        summary: `## dpn reconcile — ❌ blocked\n\nTransaction ${ids} has no end record. Run this workflow with mode \`recover\` first; nothing was changed.\n`,
        failure: `unfinished transaction ${ids}: run the "recover" mode first (nothing was changed)`,
      };
    }
    const planned = await planPreview(inputs, context, branch.dir, new Set());
    const { plan, report, desired } = planned;
    annotate(desired.diagnostics, deps.sink);
    const planFile = await writePlanFile(context, { commit: context.sha, valid: report.valid, diagnostics: desired.diagnostics, plan: plan ? planToJSON(plan) : null });
    const c = changeCounts(report.summary);
    const outputs: ModeResult['outputs'] = {
      valid: String(report.valid),
      plan: planFile,
      creates: String(c.creates),
      updates: String(c.updates),
      deletes: String(c.deletes),
    };
    if (!plan || !report.valid) {
      return { outputs: { ...outputs, status: 'invalid' }, summary: renderPreviewSummary(report).text, failure: `nothing applied: ${planned.planError ?? 'the blueprints are invalid'}` };
    }
    const guard = checkMassDelete(plan, planned.state);
    if (guard.refused && !inputs.allowMassDelete) {
      const what = guard.over.map((f) => `${f.blueprint}: ${f.removing} of ${f.managed}`).join('; ');
      return {
        outputs: { ...outputs, status: 'refused' },
        summary: renderPreviewSummary({ ...report, planError: `refused: the plan removes more than half of what a blueprint manages (${what})` }).text,
        failure: `refused to remove more than half of what a blueprint manages (${what}); set "allow-mass-delete: true" to confirm`,
      };
    }
    if (inputs.dryRun) {
      return { outputs: { ...outputs, status: 'dry-run' }, summary: renderPreviewSummary({ ...report }).text.replace('dpn preview', 'dpn reconcile (dry run)') };
    }
    const signal = AbortSignal.any([deps.signal, lost]);
    const drivers = await createDrivers(deps.env, plan);
    // A platform the plan writes to but the workflow did not configure stops the run before the first side effect.
    const problems = await configurationProblems(plan, drivers);
    if (problems.length > 0) {
      const why = `cannot apply: ${problems.join('; ')}`;
      return { outputs: { ...outputs, status: 'refused' }, summary: renderPreviewSummary({ ...report, planError: why }).text, failure: `nothing applied: ${why}` };
    }
    const runs = inputs.lockBackend === 'dynamodb' ? (await import('../backend/dynamodb/index.js')).createDynamoRunRecorder({ tablePrefix: inputs.lockTablePrefix }) : NO_RUN_RECORDER;
    const run: RunRecord = {
      runId: context.runId ? `${context.repository}#${context.runId}.${context.runAttempt}` : `${Date.now()}-${process.pid}`,
      repository: context.repository,
      commit: context.sha,
      blueprints: desired.files,
      creates: c.creates,
      updates: c.updates,
      deletes: c.deletes,
      status: 'running',
      startedAt: new Date().toISOString(),
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    };
    const hasWork = hasChanges(plan);
    // Run history is a record, not a gate: a failed write is a warning.
    const record = (r: RunRecord, what: 'started' | 'finished') =>
      hasWork ? runs[what](r).catch((e: unknown) => logger.warning(`could not record the run in history: ${(e as Error).message}`)) : undefined;
    await record(run, 'started');
    const touched = touchedBlueprints(plan);
    let tx: string | undefined;
    let result: TransactionResult;
    try {
      result = await execute(plan, {
        drivers,
        state: planned.state,
        stateDir,
        writeState: async (state) => {
          await writeState(stateDir, state, { blueprints: touched });
        },
        concurrency: inputs.concurrency,
        signal,
        commit: context.sha,
        ...(context.runId ? { actor: `github-actions ${context.repository} run ${context.runId}` } : {}),
        onEvent: (e) => logEvent(logger, e),
        onBegin: async (info) => {
          tx = info.tx;
          deps.pending.set({ dir: branch.dir, branch: branch.branch, stateDir: inputs.stateDir, tx: info.tx });
          // The evidence is in Git before anything changes on a platform.
          const sha = await branch.commitAndPush(`dpn: begin ${info.tx} at ${context.sha.slice(0, 12)} [skip ci]`, [inputs.stateDir]);
          logger.info(`pushed WAL begin record of ${info.tx} (${sha?.slice(0, 12) ?? 'already pushed'})`);
        },
      });
    } catch (error) {
      await record({ ...run, status: 'failed', endedAt: new Date().toISOString(), ...(tx ? { transactionId: tx } : {}) }, 'finished');
      // onBegin failed (the WAL could not be pushed) or the engine broke: push what the WAL says, if anything.
      // Pushed: the lock can go. Not pushed: keep the lock and leave the WAL to the post step.
      const pushed = tx
        ? await branch.commitAndPush(`dpn: WAL of ${tx} after an error [skip ci]`, [inputs.stateDir]).then(
            () => true,
            () => false,
          )
        : true;
      if (pushed) deps.pending.set(null);
      throw error;
    }
    const status = result.status;
    const message =
      status === 'noop'
        ? null
        : `dpn: ${status} ${result.tx} — ${summaryLine(plan.summary)} at ${context.sha.slice(0, 12)} [skip ci]`;
    const stateCommit = message ? await branch.commitAndPush(message, [inputs.stateDir]) : null;
    deps.pending.set(null);
    await record({ ...run, status, endedAt: new Date().toISOString(), ...(result.tx ? { transactionId: result.tx } : {}) }, 'finished');
    const notes: string[] = [];
    if (result.cancelled) notes.push('The run was cancelled: no new operation was started and completed ones were compensated.');
    if (result.failure) notes.push(`Failed at ${result.failure.key}: ${result.failure.error.message}`);
    for (const left of result.left) notes.push(`Left behind: ${left.key} (${left.step}) — ${left.what}`);
    if (status === 'rollback_failed') notes.push('Run this workflow with mode "recover" to finish the rollback.');
    const summary = renderTransactionSummary({
      title: 'dpn reconcile',
      ...(result.tx ? { transaction: result.tx } : {}),
      status,
      commit: context.sha,
      summary: plan.summary,
      operations: appliedOperations(result),
      ...(stateCommit ? { stateCommit } : {}),
      notes,
    });
    const ok = status === 'committed' || status === 'noop';
    return {
      outputs: { ...outputs, status, ...(result.tx ? { 'transaction-id': result.tx } : {}) },
      summary,
      ...(ok ? {} : { failure: `transaction ${result.tx} ${status.replace('_', ' ')}${result.failure ? `: ${result.failure.key}: ${result.failure.error.message}` : result.cancelled ? ' (cancelled)' : ''}` }),
    };
  }, lockHooks(pending));
}
