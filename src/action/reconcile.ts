// Reconcile mode (push to the default branch): the reconcile flow
// (src/flows) with the Action's parts — every blueprint the globs match at
// the pushed commit, the state branch as workspace (WAL `begin` pushed before
// the first side effect, state + WAL committed back with `[skip ci]`), the
// Git-ref or DynamoDB lock — and its result turned into outputs and a summary.
import type { ExecutionEvent, TransactionResult } from '../engine/executor.js';
import type { LockInfo } from '../engine/lock.js';
import { NO_RUN_RECORDER } from '../engine/runs.js';
import { reconcileFlow, type Checkpoint, type FlowSink, type ReconcileOutcome } from '../flows/index.js';
import { changeCounts } from '../plan/summary.js';
import { planToJSON } from '../plan/serialize.js';
import { renderPreviewSummary, renderTransactionSummary, type AppliedOperation } from '../render/summary.js';
import { annotate, type AnnotationSink } from './annotations.js';
import { loadDesired } from './desired.js';
import type { RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { actionLock, actionWorkspace, gitFor } from './locking.js';
import { blueprintsInScope, writePlanFile } from './preview.js';
import { coveredByGlobs } from '../plan/retire-scope.js';
import { previewReport } from '../render/preview-report.js';
import type { Logger, ModeResult } from './report.js';

/** Remembers where an unpushed WAL lives, so the post step can push it if this process dies. */
export interface PendingWal {
  set(value: { dir: string; branch: string; stateDir: string; tx: string } | null): void;
  /** The lock this run holds, so the post step can release it if this process dies. */
  lock?(info: LockInfo | null): void;
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

/** The flows' sink in the workflow log. */
export function logSink(logger: Logger): FlowSink {
  return { event: (e) => logEvent(logger, e), warn: (m) => logger.warning(m), info: (m) => logger.info(m) };
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

/** Commit messages of the state branch: every one `[skip ci]`, so pushes start no workflow. */
export function checkpointMessage(context: RunContext): (c: Checkpoint) => string {
  const at = context.sha.slice(0, 12);
  return (c) => {
    switch (c.kind) {
      case 'begin':
        return `dpn: begin ${c.tx} at ${at} [skip ci]`;
      case 'end':
        return `dpn: ${c.status} ${c.tx} — ${c.summary} at ${at} [skip ci]`;
      case 'error':
        return `dpn: WAL of ${c.tx} after an error [skip ci]`;
      case 'recovering':
        return `dpn: recovering ${c.tx} (${c.strategy}) [skip ci]`;
      case 'recover':
        return `dpn: recover ${c.tx} (${c.strategy}) → ${c.status} [skip ci]`;
    }
  };
}

const OUTPUT_STATUS: Partial<Record<ReconcileOutcome['status'], string>> = { dry_run: 'dry-run' };

export async function runReconcile(inputs: ActionInputs, context: RunContext, deps: ReconcileDeps): Promise<ModeResult> {
  const { logger } = deps;
  const git = gitFor(inputs, context);
  const runs = inputs.lockBackend === 'dynamodb' ? (await import('../backend/dynamodb/index.js')).createDynamoRunRecorder({ tablePrefix: inputs.lockTablePrefix }) : NO_RUN_RECORDER;
  const result = await reconcileFlow({
    face: 'action',
    workspace: actionWorkspace(inputs, context, git, deps.pending, checkpointMessage(context), logger),
    lock: await actionLock(inputs, git, logger, deps.pending),
    sink: logSink(logger),
    blueprints: {
      load: () => loadDesired(context.workspace, inputs),
      covers: coveredByGlobs(inputs.blueprints),
    },
    ...(inputs.deletionPolicy ? { deletionPolicy: inputs.deletionPolicy } : {}),
    allowMassDelete: inputs.allowMassDelete,
    dryRun: inputs.dryRun,
    concurrency: inputs.concurrency,
    signal: deps.signal,
    env: deps.env,
    commit: context.sha,
    runs,
    run: {
      id: context.runId ? `${context.repository}#${context.runId}.${context.runAttempt}` : `${Date.now()}-${process.pid}`,
      repository: context.repository,
      ...(context.runUrl ? { url: context.runUrl } : {}),
    },
  });
  return reconcileResult(result, inputs, context, deps);
}

async function reconcileResult(result: ReconcileOutcome, inputs: ActionInputs, context: RunContext, deps: ReconcileDeps): Promise<ModeResult> {
  const { desired, plan } = result;
  annotate(desired.diagnostics, deps.sink);
  if (result.namedOnly) deps.logger.info(result.namedOnly);
  const commit = context.sha;
  // The summary shows the plan the flow made (the report plans the same state again: a pure function).
  const { report } = previewReport({
    files: desired.files,
    resources: desired.resources,
    diagnostics: desired.diagnostics,
    ...(result.state ? { state: result.state } : { stateError: result.status === 'invalid' ? 'fix the errors below first' : 'not planned' }),
    diff: {
      ...(result.state ? { blueprints: blueprintsInScope(desired.files, result.state, inputs.blueprints) } : {}),
      ...(inputs.deletionPolicy ? { deletionPolicy: inputs.deletionPolicy } : {}),
    },
    commit,
    allowMassDelete: inputs.allowMassDelete,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    ...(context.repository && commit ? { blobUrl: `${context.serverUrl}/${context.repository}/blob/${commit}/` } : {}),
  });
  const planFile = await writePlanFile(context, { commit: context.sha, valid: report.valid, diagnostics: desired.diagnostics, plan: plan ? planToJSON(plan) : null });
  const c = changeCounts(plan?.summary ?? null);
  const outputs: ModeResult['outputs'] = {
    valid: String(result.status !== 'invalid'),
    plan: planFile,
    creates: String(c.creates),
    updates: String(c.updates),
    deletes: String(c.deletes),
    status: OUTPUT_STATUS[result.status] ?? result.status,
  };
  const preview = (planError?: string) => renderPreviewSummary({ ...report, ...(planError ? { planError } : {}) }).text;
  switch (result.status) {
    case 'invalid':
      return { outputs: { ...outputs, valid: 'false' }, summary: preview(), failure: 'nothing applied: the blueprints are invalid' };
    case 'blocked': {
      const ids = (result.unfinished ?? []).map((t) => t.tx).join(', ');
      return {
        outputs: { ...outputs, 'transaction-id': result.unfinished?.[0]?.tx ?? '' },
        summary: `## dpn reconcile — ❌ blocked\n\nTransaction ${ids} has no end record. Run this workflow with mode \`recover\` first; nothing was changed.\n`,
        failure: `unfinished transaction ${ids}: run the "recover" mode first (nothing was changed)`,
      };
    }
    case 'refused':
      return { outputs, summary: preview(result.refusal!.message), failure: `nothing applied: ${result.refusal!.message}; ${result.refusal!.hint}` };
    case 'dry_run':
      return {
        outputs,
        summary: preview(result.refusal ? `applying this plan would be refused: ${result.refusal.message}` : undefined).replace('dpn preview', 'dpn reconcile (dry run)'),
      };
    case 'noop':
    case 'declined':
      return { outputs, summary: renderTransactionSummary({ title: 'dpn reconcile', status: 'noop', commit: context.sha, summary: plan?.summary ?? null, operations: [], notes: [] }) };
    default: {
      const t = result.transaction!;
      const notes: string[] = result.namedOnly ? [`${result.namedOnly}.`] : [];
      if (result.lockLost) notes.push('The lock was lost during the run (its lease could not be renewed): no new operation was started and completed ones were compensated.');
      else if (t.cancelled) notes.push('The run was cancelled: no new operation was started and completed ones were compensated.');
      if (t.failure) notes.push(`Failed at ${t.failure.key}: ${t.failure.error.message}`);
      for (const left of t.left) notes.push(`Left behind: ${left.key} (${left.step}) — ${left.what}`);
      for (const kept of t.kept ?? []) notes.push(`Kept: ${kept.key} — ${kept.what}`);
      if (t.status === 'rollback_failed') notes.push('Run this workflow with mode "recover" to finish the rollback.');
      const stateCommit = result.persisted.at(-1);
      const summary = renderTransactionSummary({
        title: 'dpn reconcile',
        ...(t.tx ? { transaction: t.tx } : {}),
        status: t.status,
        commit: context.sha,
        summary: plan!.summary,
        operations: appliedOperations(t),
        ...(stateCommit ? { stateCommit } : {}),
        notes,
      });
      const ok = t.status === 'committed';
      return {
        outputs: { ...outputs, ...(t.tx ? { 'transaction-id': t.tx } : {}) },
        summary,
        ...(ok ? {} : { failure: `transaction ${t.tx} ${t.status.replace('_', ' ')}${t.failure ? `: ${t.failure.key}: ${t.failure.error.message}` : t.cancelled ? ' (cancelled)' : ''}` }),
      };
    }
  }
}
