// The workflow_dispatch modes: `status` (open transactions, locks, drift),
// `unlock` (break a stale lock by compare-and-swap), `drift` (read the live
// resources and compare them with the state; changes nothing) and `recover`
// (finish a transaction without an end record, committed back like reconcile).
import { join } from 'node:path';
import type { DriverRegistry, LiveResource } from '../providers/driver.js';
import type { LockInfo } from '../engine/lock.js';
import { unfinishedTransactions, type TransactionLog } from '../engine/wal.js';
import { jsonEqual } from '../plan/fields.js';
import { loadState } from '../state/store.js';
import type { State, StateResource } from '../state/types.js';
import { UserError } from '../errors.js';
import { renderDrift, renderStatusSummary, renderTransactionSummary, type DriftItem, type DriftReport, type StatusReport } from '../render/summary.js';
import type { RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import { gitFor, lockBackendFor, stateBranchName, withStateLock } from './locking.js';
import { createDrivers, recoverTransaction } from './platform.js';
import { lockHooks, logEvent, trackPending, type PendingWal } from './reconcile.js';
import type { Logger, ModeResult } from './report.js';
import { StateBranch } from './state-branch.js';

export interface DispatchDeps {
  logger: Logger;
  signal: AbortSignal;
  env: NodeJS.ProcessEnv;
  pending: PendingWal;
  now?: () => number;
}

/** Reads the state branch's newest commit without taking the lock. */
async function withStateSnapshot<T>(inputs: ActionInputs, context: RunContext, run: (stateDir: string) => Promise<T>): Promise<T> {
  const git = gitFor(inputs, context);
  const branch = await StateBranch.open(git, stateBranchName(inputs, context), { tempRoot: context.runnerTemp, startPoint: context.sha || 'HEAD' });
  try {
    return await run(join(branch.dir, inputs.stateDir));
  } finally {
    await branch.close();
  }
}

export async function detectDrift(state: State, drivers: DriverRegistry, signal: AbortSignal, concurrency = 8): Promise<DriftReport> {
  const items: DriftItem[] = [];
  const skipped = new Map<string, number>();
  const queue: StateResource[] = [];
  for (const r of state.resources.values()) {
    if (r.archived) continue;
    if (!drivers[r.type]) skipped.set(r.type, (skipped.get(r.type) ?? 0) + 1);
    else queue.push(r);
  }
  let checked = 0;
  const ctx = { resolve: (key: string) => state.resources.get(key), signal };
  const worker = async (): Promise<void> => {
    for (let r = queue.shift(); r && !signal.aborted; r = queue.shift()) {
      const driver = drivers[r.type]!;
      let live: LiveResource | null;
      try {
        live = await driver.read(r, ctx);
      } catch (error) {
        items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'unreadable', fields: [], error: (error as Error).message });
        continue;
      }
      checked++;
      if (!live) {
        items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'missing', fields: [] });
        continue;
      }
      const fields: DriftItem['fields'] = [];
      for (const [k, v] of Object.entries(r.params)) {
        if (!jsonEqual(v, live.params[k])) fields.push({ path: `params.${k}`, state: v, live: live.params[k] });
      }
      for (const [k, v] of Object.entries(r.tags)) {
        if (live.tags[k] !== v) fields.push({ path: `tags.${k}`, state: v, live: live.tags[k] });
      }
      if (fields.length) items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'changed', fields });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    checked,
    skipped: [...skipped].map(([type, count]) => ({ type, count, reason: 'no driver for this type' })),
    items,
  };
}

/** What status shows of a lock: who holds it and until when, never its token (the holder's proof of ownership). */
export function shownLock(lock: LockInfo, nowMs: number): StatusReport['locks'][number] {
  return {
    scope: lock.scope,
    holder: lock.holder,
    ...(lock.runUrl ? { runUrl: lock.runUrl } : {}),
    expiresAt: lock.expiresAt,
    expired: !(Date.parse(lock.expiresAt) > nowMs),
  };
}

function openTransactionRows(open: TransactionLog[]): StatusReport['openTransactions'] {
  return open.map((t) => ({
    id: t.tx,
    started: t.begin?.at ?? t.records[0]?.at ?? '?',
    ...(t.begin?.commit ? { commit: t.begin.commit } : {}),
    operations: t.begin?.plan.operations.filter((o) => o.action !== 'noop').length ?? 0,
    lastRecord: t.end ? t.end.type : (t.records.at(-1)?.type ?? 'none') + (t.torn ? ' (torn line ignored)' : ''),
  }));
}

export async function runStatus(inputs: ActionInputs, context: RunContext, deps: DispatchDeps): Promise<ModeResult> {
  const now = deps.now ?? Date.now;
  const backend = await lockBackendFor(inputs, gitFor(inputs, context), deps.logger);
  const lock = await backend.inspect(inputs.lockScope);
  return withStateSnapshot(inputs, context, async (stateDir) => {
    const open = await unfinishedTransactions(stateDir);
    const state = await loadState(stateDir);
    const report: StatusReport = {
      locks: lock ? [shownLock(lock, now())] : [],
      openTransactions: openTransactionRows(open),
      stateResources: state.resources.size,
    };
    if (inputs.checkDrift && state.resources.size > 0) {
      report.drift = await detectDrift(state, await createDrivers(deps.env), deps.signal, inputs.concurrency);
    }
    const status = open.length ? 'unfinished' : lock ? 'locked' : report.drift?.items.length ? 'drifted' : 'clean';
    return {
      outputs: { status, ...(open[0] ? { 'transaction-id': open[0].tx } : {}) },
      summary: renderStatusSummary(report),
    };
  });
}

export async function runDrift(inputs: ActionInputs, context: RunContext, deps: DispatchDeps): Promise<ModeResult> {
  return withStateSnapshot(inputs, context, async (stateDir) => {
    const state = await loadState(stateDir);
    const drift = await detectDrift(state, await createDrivers(deps.env), deps.signal, inputs.concurrency);
    const differ = drift.items.length;
    if (differ) deps.logger.warning(`${differ} resource${differ === 1 ? '' : 's'} differ from the state; see the job summary`);
    return { outputs: { status: differ ? 'drifted' : 'in-sync' }, summary: `## dpn drift\n\n${renderDrift(drift)}` };
  });
}

export async function runUnlock(inputs: ActionInputs, context: RunContext, deps: DispatchDeps): Promise<ModeResult> {
  const backend = await lockBackendFor(inputs, gitFor(inputs, context), deps.logger);
  const seen = await backend.inspect(inputs.lockScope);
  if (!seen) return { outputs: { status: 'not-locked' }, summary: `## dpn unlock\n\nLock \`${inputs.lockScope}\` is not held.\n` };
  const broke = await backend.breakLock(inputs.lockScope, seen, { force: inputs.force });
  const who = `${seen.holder}${seen.runUrl ? ` (${seen.runUrl})` : ''}, lease until ${seen.expiresAt}`;
  if (broke) {
    deps.logger.warning(`broke lock "${inputs.lockScope}" held by ${who}`);
    return { outputs: { status: 'unlocked' }, summary: `## dpn unlock\n\nBroke lock \`${inputs.lockScope}\` held by ${who}.\n\nRun the \`status\` mode to see whether its transaction needs \`recover\`.\n` };
  }
  const live = Date.parse(seen.expiresAt) > (deps.now ?? Date.now)();
  const why = live
    ? `its lease runs until ${seen.expiresAt}; set "force: true" only if that run is certainly dead`
    : 'it changed while we looked (someone else released or took it)';
  return { outputs: { status: 'refused' }, summary: `## dpn unlock\n\nDid not break lock \`${inputs.lockScope}\` held by ${who}: ${why}.\n`, failure: `lock "${inputs.lockScope}" not broken: ${why}` };
}

export async function runRecover(inputs: ActionInputs, context: RunContext, deps: DispatchDeps): Promise<ModeResult> {
  const pending = trackPending(deps.pending);
  deps = { ...deps, pending };
  const git = gitFor(inputs, context);
  return withStateLock(inputs, context, git, deps.logger, async ({ branch, lost }) => {
    const stateDir = join(branch.dir, inputs.stateDir);
    const open = (await unfinishedTransactions(stateDir)).filter((t) => !inputs.transaction || t.tx === inputs.transaction);
    if (open.length === 0) {
      if (inputs.transaction) throw new UserError(`transaction ${inputs.transaction} has nothing to recover (not found, or it has an end record)`, 'RECOVER_NOTHING');
      return { outputs: { status: 'clean' }, summary: '## dpn recover\n\nNo transaction without an end record. Nothing to do.\n' };
    }
    if (open.length > 1 && !inputs.transaction) {
      throw new UserError(
        `${open.length} transactions have no end record (${open.map((t) => t.tx).join(', ')})`,
        'RECOVER_AMBIGUOUS',
        'set the "transaction" input to the one to recover, oldest first',
      );
    }
    const log = open[0]!;
    const drivers = await createDrivers(deps.env, log.begin?.plan);
    deps.pending.set({ dir: branch.dir, branch: branch.branch, stateDir: inputs.stateDir, tx: log.tx });
    const result = await recoverTransaction(stateDir, log, {
      strategy: inputs.strategy,
      drivers,
      concurrency: inputs.concurrency,
      signal: AbortSignal.any([deps.signal, lost]),
      onEvent: (e) => logEvent(deps.logger, e),
    });
    const stateCommit = await branch.commitAndPush(`dpn: recover ${log.tx} (${inputs.strategy}) → ${result.status} [skip ci]`, [inputs.stateDir]);
    deps.pending.set(null);
    const ok = inputs.strategy === 'rollback' ? result.status === 'rolled_back' : result.status === 'committed';
    return {
      outputs: { status: result.status, 'transaction-id': log.tx },
      summary: renderTransactionSummary({
        title: `dpn recover (${inputs.strategy})`,
        transaction: log.tx,
        status: result.status,
        ...(log.begin?.commit ? { commit: log.begin.commit } : {}),
        operations: result.operations,
        ...(stateCommit ? { stateCommit } : {}),
        notes: result.notes,
      }),
      ...(ok ? {} : { failure: `recovery of ${log.tx} ended ${result.status}` }),
    };
  }, lockHooks(pending));
}
