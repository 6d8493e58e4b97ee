// Runs a plan as one transaction: WAL `begin`, the DAG with bounded
// concurrency and retries, then either the new state + `committed`, or
// compensation in reverse dependency order + `rolled_back` / `rollback_failed`.
import type { Plan } from '../plan/types.js';
import type { State, StateResource } from '../state/types.js';
import type { DriverContext, DriverRegistry, LiveResource } from '../providers/driver.js';
import { UserError } from '../errors.js';
import { actorOf } from './actor.js';
import { realSleep, withRetry, type RetryOptions, type Sleep } from './retry.js';
import {
  applyStep,
  assertDrivers,
  beforeOf,
  buildSteps,
  driverLooks,
  leftOf,
  needsUndo,
  readExisting,
  runStep,
  undoDescription,
  undoStep,
  type StepNode,
  type UndoTask,
} from './steps.js';
import { newTransactionId, walError, WalWriter, type BeginRecord, type LeftOver, type Step, type WalError } from './wal.js';

export type ExecutionEvent =
  | { type: 'begin'; tx: string; total: number }
  | { type: 'start'; key: string; step: Step; name: string }
  | { type: 'retry'; key: string; step: Step; attempt: number; delayMs: number; error: WalError }
  | { type: 'done'; key: string; step: Step; name: string }
  | { type: 'failed'; key: string; step: Step; name: string; error: WalError }
  | { type: 'compensating'; reason: string }
  | { type: 'undo_start'; key: string; step: Step; undo: string }
  | { type: 'undone'; key: string; step: Step }
  | { type: 'undo_failed'; key: string; step: Step; error: WalError }
  | { type: 'end'; tx: string; status: TransactionStatus };

export type TransactionStatus = 'noop' | 'committed' | 'rolled_back' | 'rollback_failed';

/** What the `onBegin` hook gets: the begin record is on disk when it runs, no side effect has happened yet. */
export interface BeginInfo {
  tx: string;
  file: string;
  record: BeginRecord;
}

export interface StepReport {
  key: string;
  step: Step;
  name: string;
  /** done: applied and kept; undone: applied, then compensated; failed; left: could not be undone; skipped: never started. */
  outcome: 'done' | 'failed' | 'undone' | 'left' | 'skipped';
  error?: WalError;
}

export interface TransactionResult {
  /** Absent for a plan with nothing to do (no WAL file is written). */
  tx?: string;
  file?: string;
  status: TransactionStatus;
  steps: StepReport[];
  /** The first failure, which stopped the transaction. */
  failure?: { key: string; error: WalError };
  cancelled: boolean;
  left: LeftOver[];
  /** Live resources the rollback left in place because they existed before this transaction. */
  kept?: LeftOver[];
  /** The state now on disk: the new one when committed, else the one the transaction started from. */
  state: State;
}

export interface ExecuteOptions {
  drivers: DriverRegistry;
  state: State;
  stateDir: string;
  /** Persists the new state (src/state writeState); called once, only on success. */
  writeState: (state: State) => Promise<void>;
  concurrency?: number;
  signal?: AbortSignal;
  retry?: RetryOptions;
  sleep?: Sleep;
  random?: () => number;
  now?: () => Date;
  /** Monotonic ms for retry budgets. */
  clock?: () => number;
  onEvent?: (event: ExecutionEvent) => void;
  /** Awaited after `begin` is on disk and before the first side effect (the Action pushes the WAL here). */
  onBegin?: (info: BeginInfo) => Promise<void>;
  txId?: string;
  commit?: string;
  actor?: string;
}

interface DagNode {
  id: string;
  deps: string[];
}

/**
 * Runs `run` over a DAG, at most `limit` at a time, each node once all its deps
 * succeeded. A node whose run returns false blocks its dependants; `canStart`
 * false stops new starts (in-flight runs still finish). Returns the ids started.
 */
export async function runDag<N extends DagNode>(
  nodes: N[],
  limit: number,
  run: (node: N) => Promise<boolean>,
  canStart: () => boolean = () => true,
): Promise<Set<string>> {
  const waiting = new Map<string, number>();
  const dependants = new Map<string, N[]>();
  const ids = new Set(nodes.map((n) => n.id));
  const ready: N[] = [];
  for (const n of nodes) {
    const deps = n.deps.filter((d) => ids.has(d));
    waiting.set(n.id, deps.length);
    for (const d of deps) {
      const list = dependants.get(d);
      if (list) list.push(n);
      else dependants.set(d, [n]);
    }
    if (deps.length === 0) ready.push(n);
  }
  const started = new Set<string>();
  let running = 0;
  let head = 0;
  return new Promise((resolve, reject) => {
    const pump = (): void => {
      while (running < Math.max(1, limit) && head < ready.length && canStart()) {
        const node = ready[head++]!;
        started.add(node.id);
        running++;
        run(node).then((ok) => {
          running--;
          if (ok) {
            for (const next of dependants.get(node.id) ?? []) {
              const left = (waiting.get(next.id) ?? 1) - 1;
              waiting.set(next.id, left);
              if (left === 0) ready.push(next);
            }
          }
          pump();
        }, reject);
      }
      if (running === 0 && (head >= ready.length || !canStart())) resolve(started);
    };
    pump();
  });
}

export interface Runtime {
  drivers: DriverRegistry;
  wal: WalWriter;
  tx: string;
  concurrency: number;
  retry: RetryOptions;
  sleep: Sleep;
  random: () => number;
  clock: () => number;
  now: () => Date;
  emit: (event: ExecutionEvent) => void;
  /** The state as steps complete, so a driver can resolve a dependency created in this transaction. */
  working: Map<string, StateResource>;
  /** Live resources an undo left in place: they existed before this transaction. */
  kept: LeftOver[];
}

function caller(rt: Runtime, node: StepNode, signal: AbortSignal | undefined) {
  return <T>(fn: () => Promise<T>): Promise<T> =>
    withRetry(fn, rt.retry, {
      sleep: rt.sleep,
      random: rt.random,
      clock: rt.clock,
      ...(signal ? { signal } : {}),
      onRetry: (attempt, delayMs, error) =>
        rt.emit({ type: 'retry', key: node.key, step: node.step, attempt, delayMs, error: walError(error) }),
    });
}

function contextOf(rt: Runtime): DriverContext {
  // Drivers get no abort signal: on cancellation, calls in flight finish so their outcome is known.
  return { resolve: (key) => rt.working.get(key), transaction: rt.tx };
}

/**
 * Undoes steps in reverse dependency order (a step only after everything that
 * depended on it was undone), writing undo records. A step whose undo fails
 * keeps everything it depends on in place. Returns what is left.
 */
export async function compensate(tasks: UndoTask[], rt: Runtime, reports?: Map<string, StepReport>): Promise<LeftOver[]> {
  const byId = new Map(tasks.map((t) => [t.node.id, t]));
  const undoDeps = new Map<string, string[]>(tasks.map((t) => [t.node.id, []]));
  for (const t of tasks) {
    for (const d of t.node.deps) if (byId.has(d)) undoDeps.get(d)!.push(t.node.id);
  }
  const nodes = tasks.map((t) => ({ id: t.node.id, deps: undoDeps.get(t.node.id)!, task: t }));
  const left: LeftOver[] = [];
  const ctx = contextOf(rt);
  const started = await runDag(nodes, rt.concurrency, async ({ task }) => {
    if (!needsUndo(task)) return true;
    const { node } = task;
    const undo = undoDescription(task);
    await rt.wal.append({ type: 'undo_intent', key: node.key, step: node.step, undo });
    rt.emit({ type: 'undo_start', key: node.key, step: node.step, undo });
    try {
      const result = await undoStep(task, rt.drivers, ctx, caller(rt, node, undefined));
      if (result.kind === 'left') {
        await rt.wal.append({ type: 'undo_failed', key: node.key, step: node.step, error: { message: result.left.what } });
        left.push(result.left);
        setReport(reports, node, 'left');
        return false;
      }
      if (result.kind === 'kept') rt.kept.push({ key: node.key, step: node.step, what: result.what });
      await rt.wal.append({
        type: 'undone',
        key: node.key,
        step: node.step,
        ...(result.kind === 'undone' && result.physicalId !== undefined ? { physicalId: result.physicalId } : {}),
        ...(result.kind === 'kept' ? { kept: result.what } : {}),
      });
      if (task.outcome === 'done') setReport(reports, node, 'undone');
      rt.emit({ type: 'undone', key: node.key, step: node.step });
      return true;
    } catch (error) {
      const e = walError(error);
      await rt.wal.append({ type: 'undo_failed', key: node.key, step: node.step, error: e });
      left.push(leftOf(task, e));
      setReport(reports, node, 'left', e);
      rt.emit({ type: 'undo_failed', key: node.key, step: node.step, error: e });
      return false;
    }
  });
  for (const t of tasks) {
    if (started.has(t.node.id) || !needsUndo(t)) continue;
    const l = leftOf(t, { message: 'not undone: something that depends on it could not be undone' });
    left.push(l);
    setReport(reports, t.node, 'left');
  }
  return left;
}

function setReport(reports: Map<string, StepReport> | undefined, node: StepNode, outcome: StepReport['outcome'], error?: WalError): void {
  const r = reports?.get(node.id);
  if (!r) return;
  r.outcome = outcome;
  if (error) r.error = error;
}


export function runtimeOf(options: ExecuteOptions, wal: WalWriter): Runtime {
  return {
    drivers: options.drivers,
    wal,
    tx: wal.tx,
    concurrency: Math.max(1, Math.floor(options.concurrency ?? 8)),
    retry: options.retry ?? {},
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    clock: options.clock ?? (() => performance.now()),
    now: options.now ?? (() => new Date()),
    emit: options.onEvent ?? (() => {}),
    working: new Map(options.state.resources),
    kept: [],
  };
}

/** Executes a plan as one write-ahead-logged transaction. */
export async function execute(plan: Plan, options: ExecuteOptions): Promise<TransactionResult> {
  const nodes = buildSteps(plan);
  if (nodes.length === 0) {
    return { status: 'noop', steps: [], cancelled: false, left: [], state: options.state };
  }
  assertDrivers(plan, options.drivers);
  const now = options.now ?? (() => new Date());
  const tx = options.txId ?? newTransactionId(now());
  let wal: WalWriter;
  try {
    wal = await WalWriter.create(options.stateDir, tx, now);
  } catch (error) {
    throw new UserError(
      `cannot start the write-ahead log in ${options.stateDir}: ${(error as Error).message}`,
      'WAL_UNWRITABLE',
      'nothing was changed; check that the state directory is writable',
    );
  }
  try {
    const rt = runtimeOf(options, wal);
    const begin = (await wal.append({
      type: 'begin',
      version: 1,
      actor: options.actor ?? actorOf(),
      // Unchanged resources are counted in the summary but not listed: the WAL is
      // committed to Git on every run, and 10,000 noops would make each one megabytes.
      plan: { ...plan, operations: plan.operations.filter((op) => op.action !== 'noop') },
      ...(options.commit !== undefined ? { commit: options.commit } : {}),
    })) as BeginRecord;
    rt.emit({ type: 'begin', tx, total: nodes.length });
    if (options.onBegin) {
      try {
        await options.onBegin({ tx, file: wal.file, record: begin });
      } catch (error) {
        // Nothing ran yet: end the transaction cleanly and let the caller report why.
        await wal.append({ type: 'rolled_back' });
        throw error;
      }
    }
    return await runTransaction(nodes, options, rt);
  } finally {
    await wal.close();
  }
}

/** The forward pass and its ending; `done` holds steps already done (a resumed transaction). */
export async function runTransaction(
  nodes: StepNode[],
  options: ExecuteOptions,
  rt: Runtime,
  done: Map<string, UndoTask> = new Map(),
  /** What earlier intents recorded as existing before a create (a resumed transaction must not re-read its own work as someone else's). */
  known: Map<string, LiveResource | null> = new Map(),
): Promise<TransactionResult> {
  const { signal } = options;
  const reports = new Map<string, StepReport>(
    nodes.map((n) => [
      n.id,
      { key: n.key, step: n.step, name: n.op.desired?.fullName ?? n.op.fullName, outcome: done.has(n.id) ? 'done' : 'skipped' },
    ]),
  );
  const outcomes = new Map<string, UndoTask>(done);
  let failure: { key: string; error: WalError } | undefined;
  const pendingWrites: Promise<unknown>[] = [];
  const ctx = contextOf(rt);
  const pending = nodes.map((n) => (done.has(n.id) ? { ...n, deps: [] } : n));
  await runDag(
    pending,
    rt.concurrency,
    async (node) => {
      if (done.has(node.id)) return true;
      const name = reports.get(node.id)!.name;
      const before = beforeOf(node, options.state);
      // Before a create: whether the name is already taken. The driver would adopt
      // such a resource, and its undo must then leave it; the intent carries the
      // answer so recovery after a crash knows it too. A driver that looks the name
      // up itself reports it through ctx.beforeCreate, and the intent is written
      // then, still before its first write; otherwise the engine reads first.
      let existing: LiveResource | null | undefined = known.get(node.id);
      let logged = false;
      const logIntent = async (found: LiveResource | null | undefined): Promise<void> => {
        existing = found;
        await rt.wal.append({
          type: 'intent',
          key: node.key,
          action: node.op.action,
          step: node.step,
          before,
          ...(found !== undefined ? { existing: found } : {}),
        });
        logged = true;
        rt.emit({ type: 'start', key: node.key, step: node.step, name });
      };
      const reportFailure = (e: WalError): false => {
        failure ??= { key: node.key, error: e };
        reports.get(node.id)!.outcome = 'failed';
        reports.get(node.id)!.error = e;
        rt.emit({ type: 'failed', key: node.key, step: node.step, name, error: e });
        return false;
      };
      let stepCtx = ctx;
      if (driverLooks(node, rt.drivers) && !known.has(node.id)) {
        let first: Promise<void> | undefined;
        stepCtx = { ...ctx, beforeCreate: (found) => (first ??= logIntent(found)) };
      } else {
        try {
          if (!known.has(node.id)) existing = await readExisting(node, rt.drivers, ctx, caller(rt, node, signal));
          await logIntent(existing);
        } catch (error) {
          // The step never started: nothing changed, nothing to undo.
          return reportFailure(walError(error));
        }
      }
      let after: StateResource | null;
      try {
        const result = await runStep(node, before, rt.drivers, stepCtx, rt.tx, rt.now().toISOString(), caller(rt, node, signal));
        if (!logged) {
          throw new Error(`the ${node.op.type} driver finished a create without reporting what it found first (see Driver.looksBeforeCreate)`);
        }
        after = result.after;
        outcomes.set(node.id, { node, outcome: 'done', before, after, ...(existing !== undefined ? { existing } : {}) });
        applyStep(rt.working, node.key, node.step, after);
        // Not awaited: dependants need not wait for this fsync. The intent of any
        // later step is queued behind it, so its fsync makes this record durable
        // first; a crash before that leaves an intent recovery resolves by probing.
        // The progress line says done once the record is on disk.
        pendingWrites.push(
          rt.wal
            .append({
              type: 'done',
              key: node.key,
              step: node.step,
              after,
              ...(result.physicalId !== undefined ? { physicalId: result.physicalId } : {}),
            })
            .then(
              () => rt.emit({ type: 'done', key: node.key, step: node.step, name }),
              (error: unknown) => {
                failure ??= { key: node.key, error: walError(error) };
              },
            ),
        );
      } catch (error) {
        const e = walError(error);
        // A driver that fails before reporting what it found has not written: nothing to undo.
        if (!logged) return reportFailure(e);
        if (!outcomes.has(node.id)) {
          outcomes.set(node.id, { node, outcome: 'failed', before, after: null, error: e, ...(existing !== undefined ? { existing } : {}) });
        }
        // Stop new steps from starting before waiting for the record.
        failure ??= { key: node.key, error: e };
        await rt.wal.append({ type: 'failed', key: node.key, step: node.step, error: e }).catch(() => {});
        return reportFailure(e);
      }
      reports.get(node.id)!.outcome = 'done';
      return true;
    },
    () => failure === undefined && !signal?.aborted,
  );
  await Promise.all(pendingWrites);
  const cancelled = signal?.aborted === true;
  const allDone = nodes.every((n) => outcomes.get(n.id)?.outcome === 'done');
  if (!failure && !cancelled && allDone) {
    // The commit point: from here on recovery finishes the transaction instead of undoing it.
    await rt.wal.append({ type: 'committing' });
    const state: State = { resources: rt.working };
    try {
      await options.writeState(state);
    } catch (error) {
      throw new UserError(
        `transaction ${rt.tx} applied every change but the state could not be written: ${(error as Error).message}`,
        'STATE_WRITE_FAILED',
        'fix the cause (disk space, permissions), then run `dpn recover`: it writes the state and ends the transaction',
      );
    }
    await rt.wal.append({ type: 'committed' });
    rt.emit({ type: 'end', tx: rt.tx, status: 'committed' });
    return { tx: rt.tx, file: rt.wal.file, status: 'committed', steps: [...reports.values()], cancelled: false, left: [], state };
  }
  const reason = failure ? `${failure.key}: ${failure.error.message}` : 'cancelled';
  await rt.wal.append({ type: 'compensating', reason });
  rt.emit({ type: 'compensating', reason });
  const left = await compensate([...outcomes.values()], rt, reports);
  const status: TransactionStatus = left.length > 0 ? 'rollback_failed' : 'rolled_back';
  await rt.wal.append(status === 'rolled_back' ? { type: 'rolled_back' } : { type: 'rollback_failed', left });
  rt.emit({ type: 'end', tx: rt.tx, status });
  return {
    tx: rt.tx,
    file: rt.wal.file,
    status,
    steps: [...reports.values()],
    ...(failure ? { failure } : {}),
    cancelled,
    left,
    ...(rt.kept.length ? { kept: rt.kept } : {}),
    state: options.state,
  };
}
