// The apply flows, written once for every face: `reconcile` (and `create`,
// which never removes), and `applyPlan` for plans not made from blueprints
// (`dpn update` / `dpn delete` of one resource). Order, for all of them:
// load (files only) → lock → newest state → refuse an unfinished transaction
// → plan → guards (drivers, mass delete, preflight) → dry run stops here →
// confirm → run record → execute (WAL begin persisted before the first side
// effect) → persist the end → run record. Results are values; faces map them
// to exit codes or outputs.
import type { Diagnostic, ResourceSpec } from '../blueprint/types.js';
import type { DeletionPolicy } from '../blueprint/types.js';
import { execute, type TransactionResult } from '../engine/executor.js';
import { NO_RUN_RECORDER, type RunRecord, type RunRecorder } from '../engine/runs.js';
import { assertDrivers } from '../engine/steps.js';
import { unfinishedTransactions, type TransactionLog } from '../engine/wal.js';
import { changeCounts, checkMassDelete, diff, hasChanges, namedOnlyLine, retireScope, summaryLine, touchedBlueprints, type MassDeleteCheck } from '../plan/index.js';
import type { Plan } from '../plan/types.js';
import type { DriverRegistry } from '../providers/driver.js';
import { loadState, writeState } from '../state/index.js';
import type { State } from '../state/types.js';
import { isUserError } from '../errors.js';
import { runner } from '../engine/actor.js';
import { withLock } from './lock.js';
import { preflight, type PreflightProblem } from './preflight.js';
import type { EngineOptions, FaceKind, FlowLock, FlowSink, OpenState, StateWorkspace } from './types.js';

/** What the blueprints at hand ask for: loaded, validated and named (reads files only). */
export interface Desired {
  resources: ResourceSpec[];
  diagnostics: Diagnostic[];
  /** Blueprint files, as the state records them. */
  files: string[];
}

export interface BlueprintSource {
  load(): Promise<Desired>;
  /**
   * Whether a blueprint file the state knows lies within what this run covers:
   * its resources that left the blueprints (the file was deleted, too) may be retired.
   */
  covers(file: string): boolean;
}

export interface FlowBase extends EngineOptions {
  face: FaceKind;
  workspace: StateWorkspace;
  lock: FlowLock;
  sink?: FlowSink;
}

export interface ReconcileFlowOptions extends FlowBase {
  blueprints: BlueprintSource;
  /** `create`: create and update only; `reconcile` (default): also retire what left the blueprints. */
  mode?: 'create' | 'reconcile';
  deletionPolicy?: DeletionPolicy;
  allowMassDelete?: boolean;
  dryRun?: boolean;
  /**
   * Asked with a plan that passed every check, before anything runs (the CLI's
   * question on a terminal). False stops the run: nothing is applied.
   */
  confirm?: (plan: Plan, state: State) => Promise<boolean>;
  /** The commit being reconciled (WAL `begin` and run history). */
  commit?: string;
  runs?: RunRecorder;
  /** Run history's identity of this run. */
  run?: { id?: string; repository?: string; url?: string };
}

export type ReconcileStatus =
  | 'invalid'
  | 'blocked'
  | 'refused'
  | 'dry_run'
  | 'declined'
  | 'noop'
  | 'committed'
  | 'rolled_back'
  | 'rollback_failed';

export interface Refusal {
  code: 'MASS_DELETE' | 'PREFLIGHT' | 'NO_DRIVER';
  message: string;
  hint: string;
  problems: PreflightProblem[];
}

export interface ReconcileOutcome {
  status: ReconcileStatus;
  desired: Desired;
  diagnostics: Diagnostic[];
  plan?: Plan;
  /** The state the plan was made against. */
  state?: State;
  massDelete?: MassDeleteCheck;
  /** Status `blocked`: the transactions without an end record. */
  unfinished?: TransactionLog[];
  /** Status `refused` (or a dry run that would be). */
  refusal?: Refusal;
  transaction?: TransactionResult;
  /** State files written or removed. */
  stateFiles: string[];
  stateDir?: string;
  /** Commits the workspace made persisting the run (the Action's state branch). */
  persisted: string[];
  /** The lease was lost mid-run: nothing new was started and what was done was undone. */
  lockLost: boolean;
  /** One line for the resources dpn names but does not provision (Azure, Google Cloud), when there are any. */
  namedOnly?: string;
}

export async function productionDrivers(options: EngineOptions): Promise<{ drivers: DriverRegistry; close: () => void }> {
  if (options.drivers) return { drivers: options.drivers, close: () => {} };
  const registry = await import('../providers/registry.js');
  const drivers = registry.createDrivers(options.env ?? process.env);
  return { drivers, close: () => registry.closeDrivers(drivers) };
}

function refusedBy(problems: PreflightProblem[]): Refusal {
  return {
    code: 'PREFLIGHT',
    message: `cannot apply: ${problems.map((p) => (p.at ? `${p.at}: ${p.message}` : p.message)).join('; ')}`,
    hint: 'nothing was changed; fix these first (or narrow the blueprints with a `scope`)',
    problems,
  };
}

function massDeleteRefusal(check: MassDeleteCheck, face: FaceKind): Refusal {
  const what = check.over.map((f) => `${f.blueprint}: ${f.removing} of ${f.managed}`).join('; ');
  return {
    code: 'MASS_DELETE',
    message: `refused: the plan removes more than half of what a blueprint manages (${what})`,
    hint: face === 'action' ? 'set "allow-mass-delete: true" to confirm' : 'check the plan with --dry-run; if it is what you want, run again with --allow-mass-delete',
    problems: [],
  };
}

export async function reconcileFlow(options: ReconcileFlowOptions): Promise<ReconcileOutcome> {
  const desired = await options.blueprints.load();
  const base: ReconcileOutcome = { status: 'invalid', desired, diagnostics: desired.diagnostics, stateFiles: [], persisted: [], lockLost: false };
  if (desired.diagnostics.some((d) => d.severity === 'error')) return base;
  const env = options.env ?? process.env;
  const { drivers, close } = await productionDrivers(options);
  try {
    return await underLock(options, async (open, lost) => {
      const result: ReconcileOutcome = { ...base, stateDir: open.stateDir };
      const unfinished = await unfinishedTransactions(open.stateDir);
      if (unfinished.length > 0) return { ...result, status: 'blocked', unfinished };
      const state = await loadState(open.stateDir);
      const prune = options.mode !== 'create';
      // diff applies the run's policy itself, so its warnings and summary match the plan.
      const plan = diff(desired.resources, state, {
        prune,
        ...(prune ? { blueprints: retireScope(options.blueprints, desired.files, state) } : {}),
        ...(options.deletionPolicy ? { deletionPolicy: options.deletionPolicy } : {}),
      });
      const massDelete = checkMassDelete(plan, state);
      const namedOnly = namedOnlyLine(plan);
      const planned: ReconcileOutcome = { ...result, status: 'noop', plan, state, massDelete, ...(namedOnly ? { namedOnly } : {}) };
      const refusal = await guard(plan, drivers, env, options.face);
      if (options.dryRun) return { ...planned, status: 'dry_run', ...(refusal ? { refusal } : massDelete.refused ? { refusal: massDeleteRefusal(massDelete, options.face) } : {}) };
      if (!hasChanges(plan)) return planned;
      if (massDelete.refused && !options.allowMassDelete) return { ...planned, status: 'refused', refusal: massDeleteRefusal(massDelete, options.face) };
      if (refusal) return { ...planned, status: 'refused', refusal };
      if (options.confirm && !(await options.confirm(plan, state))) return { ...planned, status: 'declined' };
      const record = runRecorder(options, desired.files, plan, env);
      await record.started();
      const done = await run(plan, state, drivers, open, lost, options);
      await record.finished(done.transaction);
      return { ...planned, ...done, status: done.transaction.status };
    });
  } finally {
    close();
  }
}

/** Drivers for every type, then preflight: what refuses a plan before its first side effect. */
async function guard(plan: Plan, drivers: DriverRegistry, env: NodeJS.ProcessEnv, face: FaceKind): Promise<Refusal | undefined> {
  try {
    assertDrivers(plan, drivers);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { code: 'NO_DRIVER', message: error.message, hint: error.hint ?? '', problems: [] };
  }
  const problems = await preflight({ plan, drivers, env, face });
  return problems.length ? refusedBy(problems) : undefined;
}

/** Lock → open the newest state → fn → close (unless the lock is kept for an unpersisted WAL). */
async function underLock<T>(options: FlowBase, fn: (open: OpenState, lost: AbortSignal) => Promise<T>): Promise<T> {
  let open: OpenState | undefined;
  return withLock(
    options.lock,
    options.sink ?? {},
    async ({ lost }) => {
      open = await options.workspace.open();
      try {
        return await fn(open, lost);
      } finally {
        if (!open.unpersisted()) await open.close();
      }
    },
    () => open?.unpersisted() === true,
  );
}
export { underLock };

interface Ran {
  transaction: TransactionResult;
  stateFiles: string[];
  persisted: string[];
  lockLost: boolean;
}

/** Executes the plan with the begin record persisted before the first side effect, then persists the end. */
async function run(plan: Plan, state: State, drivers: DriverRegistry, open: OpenState, lost: AbortSignal, options: FlowBase & { commit?: string }): Promise<Ran> {
  const touched = touchedBlueprints(plan);
  const persisted: string[] = [];
  let stateFiles: string[] = [];
  let tx: string | undefined;
  const keep = (sha: string | null) => {
    if (sha) persisted.push(sha);
  };
  const signal = options.signal ? AbortSignal.any([options.signal, lost]) : lost;
  let transaction: TransactionResult;
  try {
    transaction = await execute(plan, {
      drivers,
      state,
      stateDir: open.stateDir,
      writeState: async (next) => {
        stateFiles = await writeState(open.stateDir, next, { blueprints: touched });
      },
      signal,
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.sink?.event ? { onEvent: options.sink.event } : {}),
      ...(options.commit !== undefined ? { commit: options.commit } : {}),
      actor: options.actor ?? runner(options.env ?? process.env).holder,
      onBegin: async (info) => {
        tx = info.tx;
        // The evidence is where the next run reads it before anything changes on a platform.
        keep(await open.persist({ kind: 'begin', tx: info.tx }));
      },
    });
  } catch (error) {
    // The WAL could not be persisted at begin, or the engine broke: persist what it says, if anything.
    if (tx) await open.persist({ kind: 'error', tx }).then(keep, () => {});
    throw error;
  }
  if (transaction.tx) keep(await open.persist({ kind: 'end', tx: transaction.tx, status: transaction.status, summary: summaryLine(plan.summary) }));
  return { transaction, stateFiles, persisted, lockLost: lost.aborted };
}

/** Run history is a record, not a gate: a failed write is a warning in every face. */
function runRecorder(options: ReconcileFlowOptions, files: string[], plan: Plan, env: NodeJS.ProcessEnv) {
  const runs = options.runs ?? NO_RUN_RECORDER;
  const record: RunRecord = {
    runId: options.run?.id ?? `${Date.now()}-${process.pid}`,
    repository: options.run?.repository ?? env.GITHUB_REPOSITORY ?? 'local',
    // Run history wants a commit; outside Git there is none to name.
    commit: options.commit ?? env.GITHUB_SHA ?? 'none',
    blueprints: files,
    ...changeCounts(plan.summary),
    status: 'running',
    startedAt: new Date().toISOString(),
    ...(options.run?.url ? { runUrl: options.run.url } : {}),
  };
  const warn = (e: unknown) => options.sink?.warn?.(`could not record the run in history: ${(e as Error).message}`);
  return {
    started: () => runs.started(record).catch(warn),
    finished: (t: TransactionResult) =>
      runs
        .finished({ ...record, status: t.status, endedAt: new Date().toISOString(), ...(t.tx ? { transactionId: t.tx } : {}) })
        .catch(warn),
  };
}

export interface ApplyPlanOptions extends FlowBase {
  /** Builds the plan from the state loaded under the lock. */
  build: (state: State) => Plan;
  commit?: string;
}

export interface ApplyPlanOutcome {
  status: 'blocked' | 'refused' | 'noop' | 'committed' | 'rolled_back' | 'rollback_failed';
  plan?: Plan;
  unfinished?: TransactionLog[];
  refusal?: Refusal;
  transaction?: TransactionResult;
  stateFiles: string[];
  lockLost: boolean;
}

/** `dpn update` / `dpn delete` of one resource: the same lock, guards and transaction as reconcile. */
export async function applyPlanFlow(options: ApplyPlanOptions): Promise<ApplyPlanOutcome> {
  const env = options.env ?? process.env;
  const { drivers, close } = await productionDrivers(options);
  try {
    return await underLock(options, async (open, lost) => {
      const unfinished = await unfinishedTransactions(open.stateDir);
      if (unfinished.length > 0) return { status: 'blocked', unfinished, stateFiles: [], lockLost: false };
      const state = await loadState(open.stateDir);
      const plan = options.build(state);
      const refusal = await guard(plan, drivers, env, options.face);
      if (refusal) return { status: 'refused', plan, refusal, stateFiles: [], lockLost: false };
      const done = await run(plan, state, drivers, open, lost, options);
      return { status: done.transaction.status, plan, transaction: done.transaction, stateFiles: done.stateFiles, lockLost: done.lockLost };
    });
  } finally {
    close();
  }
}
