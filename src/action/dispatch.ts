// The workflow_dispatch modes, each the flow of src/flows with the Action's
// parts: `status` (open transactions, locks, drift), `unlock` (break a stale
// lock by compare-and-swap), `drift` (read the live resources and compare them
// with the state; changes nothing) and `recover` (finish a transaction without
// an end record, committed back like reconcile).
import { driftFlow, recoverFlow, statusFlow, unlockFlow } from '../flows/index.js';
import type { LockInfo } from '../engine/lock.js';
import { renderDrift, renderStatusSummary, renderTransactionSummary, type AppliedOperation, type StatusReport } from '../render/summary.js';
import type { RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { actionLock, actionWorkspace, gitFor, lockBackendFor } from './locking.js';
import { checkpointMessage, logSink, type PendingWal } from './reconcile.js';
import type { Logger, ModeResult } from './report.js';

export interface DispatchDeps {
  logger: Logger;
  signal: AbortSignal;
  env: NodeJS.ProcessEnv;
  pending: PendingWal;
  now?: () => number;
}

/** What status shows of a lock: who holds it and until when, never its token (the holder's proof of ownership). */
export function shownLock(lock: Omit<LockInfo, 'token'>, nowMs: number): StatusReport['locks'][number] {
  return {
    scope: lock.scope,
    holder: lock.holder,
    ...(lock.runUrl ? { runUrl: lock.runUrl } : {}),
    expiresAt: lock.expiresAt,
    expired: !(Date.parse(lock.expiresAt) > nowMs),
  };
}

export async function runStatus(inputs: ActionInputs, context: RunContext, deps: DispatchDeps): Promise<ModeResult> {
  const now = deps.now ?? Date.now;
  const git = gitFor(inputs, context);
  const workspace = actionWorkspace(inputs, context, git, deps.pending, checkpointMessage(context));
  const backend = await lockBackendFor(inputs, git, deps.logger);
  const status = await statusFlow({ workspace, lock: { backend, scope: inputs.lockScope }, now });
  const report: StatusReport = {
    locks: status.lock ? [shownLock(status.lock, now())] : [],
    openTransactions: status.unfinished.map((t) => {
      const condition = status.conditions.find((c) => c.tx === t.tx)?.condition;
      return {
        id: t.tx,
        started: t.startedAt ?? '?',
        ...(t.commit ? { commit: t.commit } : {}),
        operations: t.steps.planned,
        lastRecord: condition === 'in_progress' ? `in progress, held by ${status.lock?.holder ?? '?'}` : t.rollbackFailed ? 'rollback_failed' : `no end record${t.torn ? ' (torn line ignored)' : ''}`,
      };
    }),
    stateResources: status.resources.total,
  };
  if (inputs.checkDrift && status.resources.total > 0) {
    report.drift = await driftFlow({ workspace, env: deps.env, signal: deps.signal, concurrency: inputs.concurrency });
  }
  const state = status.needsRecovery ? 'unfinished' : status.unfinished.length ? 'in-progress' : status.lock ? 'locked' : report.drift?.items.length ? 'drifted' : 'clean';
  return {
    outputs: { status: state, ...(status.unfinished[0] ? { 'transaction-id': status.unfinished[0].tx } : {}) },
    summary: renderStatusSummary(report),
  };
}

export async function runDrift(inputs: ActionInputs, context: RunContext, deps: DispatchDeps): Promise<ModeResult> {
  const workspace = actionWorkspace(inputs, context, gitFor(inputs, context), deps.pending, checkpointMessage(context));
  const drift = await driftFlow({ workspace, env: deps.env, signal: deps.signal, concurrency: inputs.concurrency });
  const differ = drift.items.length;
  if (differ) deps.logger.warning(`${differ} resource${differ === 1 ? '' : 's'} differ from the state; see the job summary`);
  return { outputs: { status: differ ? 'drifted' : 'in-sync' }, summary: `## dpn drift\n\n${renderDrift(drift)}` };
}

export async function runUnlock(inputs: ActionInputs, context: RunContext, deps: DispatchDeps): Promise<ModeResult> {
  const backend = await lockBackendFor(inputs, gitFor(inputs, context), deps.logger);
  const result = await unlockFlow({ lock: { backend, scope: inputs.lockScope }, force: inputs.force, ...(deps.now ? { now: deps.now } : {}) });
  if (result.status === 'not_locked') return { outputs: { status: 'not-locked' }, summary: `## dpn unlock\n\nLock \`${inputs.lockScope}\` is not held.\n` };
  const seen = result.seen!;
  const who = `${seen.holder}${seen.runUrl ? ` (${seen.runUrl})` : ''}, lease until ${seen.expiresAt}`;
  if (result.status === 'unlocked') {
    deps.logger.warning(`broke lock "${inputs.lockScope}" held by ${who}`);
    return { outputs: { status: 'unlocked' }, summary: `## dpn unlock\n\nBroke lock \`${inputs.lockScope}\` held by ${who}.\n\nRun the \`status\` mode to see whether its transaction needs \`recover\`.\n` };
  }
  const why = result.reason === 'live' ? `its lease runs until ${seen.expiresAt}; set "force: true" only if that run is certainly dead` : 'it changed while we looked (someone else released or took it)';
  return { outputs: { status: 'refused' }, summary: `## dpn unlock\n\nDid not break lock \`${inputs.lockScope}\` held by ${who}: ${why}.\n`, failure: `lock "${inputs.lockScope}" not broken: ${why}` };
}

export async function runRecover(inputs: ActionInputs, context: RunContext, deps: DispatchDeps): Promise<ModeResult> {
  const git = gitFor(inputs, context);
  const result = await recoverFlow({
    face: 'action',
    workspace: actionWorkspace(inputs, context, git, deps.pending, checkpointMessage(context)),
    lock: await actionLock(inputs, git, deps.logger, deps.pending),
    sink: logSink(deps.logger),
    strategy: inputs.strategy,
    ...(inputs.transaction ? { tx: inputs.transaction } : {}),
    concurrency: inputs.concurrency,
    signal: deps.signal,
    env: deps.env,
  });
  const r = result.recovery;
  const ok = r !== undefined && (r.status === 'rolled_back' || r.status === 'committed');
  if (!r) return { outputs: { status: 'clean' }, summary: '## dpn recover\n\nNo transaction without an end record. Nothing to do.\n' };
  const operations: AppliedOperation[] = r.probes.map((p) => ({
    key: p.key,
    type: p.key.split(':')[0] ?? '',
    name: p.key,
    action: p.step,
    outcome: `${p.logged}; ${p.exists ? (p.archived ? 'exists (archived)' : 'exists') : 'absent'} on the platform`,
    ...(p.error ? { error: p.error.message } : {}),
  }));
  const notes = [
    ...(r.unlogged
      ? [`${r.unlogged} planned step${r.unlogged === 1 ? '' : 's'} had no record in the pushed WAL (the runner stopped before pushing them); each was probed on the platform.`]
      : []),
    r.rolledForward ? 'The transaction had passed its commit point: it was finished forward.' : `Strategy ${r.strategy}: ${r.status.replace('_', ' ')}.`,
    ...r.left.map((l) => `Left behind: ${l.key} (${l.step}) — ${l.what}`),
    ...r.kept.map((k) => `Kept: ${k.key} — ${k.what}`),
    ...(result.lockLost ? ['The lock was lost during recovery (its lease could not be renewed): it stopped starting new operations.'] : []),
  ];
  return {
    outputs: { status: r.status, 'transaction-id': r.tx },
    summary: renderTransactionSummary({
      title: `dpn recover (${inputs.strategy})`,
      transaction: r.tx,
      status: r.status,
      operations,
      ...(result.persisted.at(-1) ? { stateCommit: result.persisted.at(-1)! } : {}),
      notes,
      ok,
    }),
    ...(ok ? {} : { failure: `recovery of ${r.tx} ended ${r.status}` }),
  };
}
