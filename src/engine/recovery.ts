// Recovery of a transaction that has no end record (the process died) or that
// ended `rollback_failed`: read what the WAL says, probe the live resource of
// every step that may have run, then roll back (default) or resume. A
// transaction that reached its commit point (`committing`) is always finished
// forward: its steps are all done, only the state write may be missing.
import type { State, StateResource } from '../state/types.js';
import type { DriverRegistry, LiveResource } from '../providers/driver.js';
import { UserError } from '../errors.js';
import {
  compensate,
  runtimeOf,
  runTransaction,
  type ExecuteOptions,
  type Runtime,
  type ExecutionEvent,
  type TransactionResult,
  type TransactionStatus,
} from './executor.js';
import { applyStep, assertDrivers, beforeOf, buildSteps, driverFor, isCreate, refOf, type StepNode, type UndoTask } from './steps.js';
import { actorOf } from './actor.js';
import { withRetry } from './retry.js';
import {
  readTransaction,
  unfinishedTransactions,
  walError,
  WalWriter,
  type DoneRecord,
  type FailedRecord,
  type IntentRecord,
  type LeftOver,
  type TransactionLog,
  type WalError,
} from './wal.js';

export type RecoveryStrategy = 'rollback' | 'resume';

export interface RecoverOptions extends Omit<ExecuteOptions, 'state' | 'txId' | 'onBegin' | 'commit'> {
  /** Default: the oldest transaction that needs recovery. */
  tx?: string;
  strategy?: RecoveryStrategy;
  loadState: () => Promise<State>;
}

export interface ProbeReport {
  key: string;
  step: string;
  /** What the WAL says: done, failed, or started with no outcome (the crash hit mid-call). */
  logged: 'done' | 'failed' | 'started';
  exists: boolean;
  archived?: boolean;
  error?: WalError;
}

export interface RecoveryResult {
  tx: string;
  strategy: RecoveryStrategy;
  /** True when the transaction had reached its commit point and was finished forward. */
  rolledForward: boolean;
  status: Exclude<TransactionStatus, 'noop'>;
  probes: ProbeReport[];
  left: LeftOver[];
  /** The resumed transaction's report (resume only). */
  transaction?: TransactionResult;
  state: State;
  /**
   * Planned steps the WAL had no record of (it ends at `begin`: a runner pushed
   * it and vanished). Each was probed, and undone only as far as Ownership allows.
   */
  unlogged: number;
  /** Live resources left in place under planned names: they existed before this transaction. */
  kept: LeftOver[];
}

function stepId(key: string, step: string): string {
  return step === 'replace_retire' ? `${key}#retire` : key;
}

/** The transaction to recover: the one asked for, or the oldest unfinished one. */
export async function findTransaction(stateDir: string, tx?: string): Promise<TransactionLog | undefined> {
  if (tx) {
    const log = await readTransaction(stateDir, tx);
    if (log.end && log.end.type !== 'rollback_failed') {
      throw new UserError(`transaction ${tx} already ended (${log.end.type}); there is nothing to recover`, 'RECOVER_ENDED');
    }
    return log;
  }
  return (await unfinishedTransactions(stateDir))[0];
}

interface Reading {
  intents: Map<string, IntentRecord>;
  done: Map<string, DoneRecord>;
  failed: Map<string, FailedRecord>;
  /** Steps whose undo completed (by compensation or an earlier recovery). */
  undone: Set<string>;
  committing: boolean;
}

function readLog(log: TransactionLog): Reading {
  const r: Reading = { intents: new Map(), done: new Map(), failed: new Map(), undone: new Set(), committing: false };
  for (const rec of log.records) {
    switch (rec.type) {
      case 'intent':
        r.intents.set(stepId(rec.key, rec.step), rec);
        break;
      case 'done':
        r.done.set(stepId(rec.key, rec.step), rec);
        break;
      case 'failed':
        r.failed.set(stepId(rec.key, rec.step), rec);
        break;
      case 'undone':
        r.undone.add(stepId(rec.key, rec.step));
        break;
      case 'committing':
        r.committing = true;
        break;
      case 'compensating':
        // A transaction that began to undo itself passed no commit point.
        r.committing = false;
        break;
      default:
        break;
    }
  }
  return r;
}

/** Recovers one transaction. Takes no lock: the caller holds it. */
export async function recover(options: RecoverOptions): Promise<RecoveryResult | undefined> {
  const log = await findTransaction(options.stateDir, options.tx);
  if (!log) return undefined;
  if (!log.begin) {
    throw new UserError(
      `transaction ${log.tx} has no begin record; it never started anything`,
      'RECOVER_NO_BEGIN',
      `remove ${log.file} once you have checked it is empty`,
    );
  }
  const strategy = options.strategy ?? 'rollback';
  const plan = log.begin.plan;
  const nodes = buildSteps(plan);
  const reading = readLog(log);
  if (!reading.committing) assertDrivers(plan, options.drivers);
  const state = await options.loadState();
  const now = options.now ?? (() => new Date());
  const wal = await WalWriter.reopen(options.stateDir, log.tx, now);
  try {
    await wal.append({ type: 'recovery', strategy, actor: options.actor ?? actorOf() });
    const rt = runtimeOf({ ...options, state }, wal);
    const emit = options.onEvent ?? ((_: ExecutionEvent) => {});
    const unlogged = reading.committing ? 0 : await recordUnloggedSteps(nodes, reading, state, wal);

    if (reading.committing) {
      // Every step is done; the state write may or may not have happened. Applying
      // the after images again is idempotent, so write them and end the transaction.
      const resources = new Map(state.resources);
      for (const node of nodes) {
        const done = reading.done.get(node.id);
        if (done) applyStep(resources, node.key, node.step, done.after);
      }
      const next: State = { resources };
      await options.writeState(next);
      await wal.append({ type: 'committed' });
      emit({ type: 'end', tx: log.tx, status: 'committed' });
      return { tx: log.tx, strategy, rolledForward: true, status: 'committed', probes: [], left: [], state: next, unlogged: 0, kept: [] };
    }

    const probes = await probeAll(nodes, reading, rt.drivers, options, rt, wal);

    if (strategy === 'rollback') {
      const tasks: UndoTask[] = [];
      for (const node of nodes) {
        const intent = reading.intents.get(node.id);
        if (!intent || reading.undone.has(node.id)) continue;
        const done = reading.done.get(node.id);
        const failed = reading.failed.get(node.id);
        tasks.push({
          node,
          outcome: done ? 'done' : failed ? 'failed' : 'unknown',
          before: intent.before,
          after: done?.after ?? null,
          ...(failed ? { error: failed.error } : {}),
          ...(intent.existing !== undefined ? { existing: intent.existing } : {}),
        });
      }
      await wal.append({ type: 'compensating', reason: `recovery of ${log.tx}` });
      emit({ type: 'compensating', reason: `recovery of ${log.tx}` });
      const left = await compensate(tasks, rt);
      const status = left.length > 0 ? 'rollback_failed' : 'rolled_back';
      await wal.append(status === 'rolled_back' ? { type: 'rolled_back' } : { type: 'rollback_failed', left });
      emit({ type: 'end', tx: log.tx, status });
      return { tx: log.tx, strategy, rolledForward: false, status, probes, left, state, unlogged, kept: rt.kept };
    }

    // Resume: keep what is done, run the rest (every step is idempotent), then commit.
    const done = new Map<string, UndoTask>();
    for (const node of nodes) {
      const rec = reading.done.get(node.id);
      if (!rec || reading.undone.has(node.id)) continue;
      const intent = reading.intents.get(node.id);
      const before = intent?.before ?? null;
      done.set(node.id, {
        node,
        outcome: 'done',
        before,
        after: rec.after,
        ...(intent?.existing !== undefined ? { existing: intent.existing } : {}),
      });
      applyStep(rt.working, node.key, node.step, rec.after);
    }
    const known = new Map<string, LiveResource | null>();
    for (const [id, intent] of reading.intents) if (intent.existing !== undefined) known.set(id, intent.existing);
    const transaction = await runTransaction(nodes, { ...options, state }, rt, done, known);
    return {
      tx: log.tx,
      strategy,
      rolledForward: false,
      status: transaction.status as RecoveryResult['status'],
      probes,
      left: transaction.left,
      transaction,
      state: transaction.state,
      unlogged,
      kept: rt.kept,
    };
  } finally {
    await wal.close();
  }
}

/**
 * A WAL with no intent at all after `begin` may be one that was pushed before
 * the first side effect by a runner that then vanished: any planned step may
 * have run. Each gets an intent now, its before image the state the
 * transaction started from (no step changes the state before the commit
 * point), so recovery probes it like a step that started. Such an intent has
 * no record of what existed under a created name, so undoing the create
 * deletes the live resource only if it bears this transaction's creation
 * marker (Ownership, DESIGN.md). A WAL with intents was written ahead of each
 * step, so a step without one never started.
 */
async function recordUnloggedSteps(nodes: StepNode[], reading: Reading, state: State, wal: WalWriter): Promise<number> {
  if (reading.intents.size > 0) return 0;
  let added = 0;
  for (const node of nodes) {
    if (node.step === 'forget') continue;
    added++;
    const record = (await wal.append({ type: 'intent', key: node.key, action: node.op.action, step: node.step, before: beforeOf(node, state) })) as IntentRecord;
    reading.intents.set(node.id, record);
  }
  return added;
}

/** Reads the live resource of every step that started, and logs what it found. */
async function probeAll(
  nodes: StepNode[],
  reading: Reading,
  drivers: DriverRegistry,
  options: RecoverOptions,
  rt: Runtime,
  wal: WalWriter,
): Promise<ProbeReport[]> {
  // A step with no intent never started: its intent is on disk before its call.
  const started = nodes.filter((n) => reading.intents.has(n.id));
  const reports: ProbeReport[] = [];
  // The transaction lets a driver that looks a name up prefer the resource bearing this transaction's marker.
  const ctx = { resolve: (key: string) => rt.working.get(key), transaction: rt.tx };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < started.length) {
      const node = started[next++]!;
      const intent = reading.intents.get(node.id)!;
      const logged = reading.done.has(node.id) ? 'done' : reading.failed.has(node.id) ? 'failed' : 'started';
      const target = probeTarget(node, intent.before);
      try {
        const driver = driverFor(drivers, node);
        const live = target
          ? await withRetry(() => driver.read(target, ctx), options.retry ?? {}, { sleep: rt.sleep, random: rt.random, clock: rt.clock })
          : null;
        const report: ProbeReport = { key: node.key, step: node.step, logged, exists: live !== null };
        if (live?.archived !== undefined) report.archived = live.archived;
        reports.push(report);
        await wal.append({
          type: 'probe',
          key: node.key,
          step: node.step,
          exists: report.exists,
          ...(report.archived !== undefined ? { archived: report.archived } : {}),
        });
      } catch (error) {
        // A probe that fails does not stop recovery: undo steps read again and are idempotent.
        reports.push({ key: node.key, step: node.step, logged, exists: false, error: walError(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(rt.concurrency, started.length) }, worker));
  return reports.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function probeTarget(node: StepNode, before: StateResource | null) {
  if (node.step === 'forget') return undefined;
  if (isCreate(node)) return node.op.desired ? refOf(node.op.desired) : undefined;
  const current = before ?? node.op.current;
  return current ? refOf(current) : undefined;
}
