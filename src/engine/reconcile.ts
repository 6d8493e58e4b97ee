// The whole apply flow in one place: load blueprints → lock → load state → diff
// → checks → execute → unlock. The CLI (`dpn reconcile`, `dpn create`) and the
// GitHub Action's merge mode call `reconcile()`; the Action brings its own lock
// backend (a Git ref) and an `onBegin` hook that pushes the WAL.
import { hostname, userInfo } from 'node:os';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { loadBlueprints } from '../blueprint/load.js';
import { loadNamingConfig, sortDiagnostics } from '../config/load.js';
import { changeCounts, checkMassDelete, diff, touchedBlueprints } from '../plan/index.js';
import { loadState, normalizeBlueprintPath, writeState } from '../state/index.js';
import type { BlueprintSet, DeletionPolicy, Diagnostic } from '../blueprint/types.js';
import type { NamingValues } from '../naming/types.js';
import type { Plan } from '../plan/types.js';
import type { MassDeleteCheck } from '../plan/guard.js';
import type { State } from '../state/types.js';
import type { DriverRegistry } from '../providers/driver.js';
import { UserError } from '../errors.js';
import { actorOf, execute, type BeginInfo, type ExecutionEvent, type TransactionResult } from './executor.js';
import { LocalLockBackend } from './local-lock.js';
import { LockBusyError, type HeldLock, type LockBackend, type LockHolder } from './lock.js';
import { recover, type RecoveryResult, type RecoveryStrategy } from './recovery.js';
import type { RetryOptions, Sleep } from './retry.js';
import { NO_RUN_RECORDER, type RunRecord, type RunRecorder } from './runs.js';
import { assertDrivers } from './steps.js';
import { unfinishedTransactions } from './wal.js';

export interface NamingOptions {
  /** `--values-config` / `--patterns-config`: both or neither (then ./.dpn/ or the built-in convention). */
  valuesConfig?: string;
  patternsConfig?: string;
  /** `--override key=value`. */
  overrides?: NamingValues;
}

export interface LockOptions {
  /** Default: a file lock in the state directory. */
  backend?: LockBackend;
  /** Default `dpn:<state-dir>` (prefixed with GITHUB_REPOSITORY when set). */
  scope?: string;
  holder?: LockHolder;
  /** Lease length; renewed every third of it while the transaction runs. Default 15 minutes. */
  leaseMs?: number;
  /** How long to wait for a busy lock. Default 0: fail at once, naming the holder. */
  waitMs?: number;
}

export interface EngineRunOptions {
  /** Default: AWS and Databricks drivers from `env` (src/providers/registry). */
  drivers?: DriverRegistry;
  env?: NodeJS.ProcessEnv;
  concurrency?: number;
  signal?: AbortSignal;
  retry?: RetryOptions;
  sleep?: Sleep;
  onEvent?: (event: ExecutionEvent) => void;
  actor?: string;
  lock?: LockOptions;
}

export interface ReconcileOptions extends EngineRunOptions {
  /** Blueprint files or directories (directories are searched recursively). */
  paths: string[];
  /** Relative paths (blueprints, state dir, naming files) are taken from here. */
  cwd: string;
  /** Default `.dpn`. */
  stateDir?: string;
  /** `create`: create and update only, never remove; `reconcile` (default): also archive / delete / retain what left the blueprints. */
  mode?: 'create' | 'reconcile';
  naming?: NamingOptions;
  /** Retire resources removed from the blueprints this way in this run, whatever policy each recorded. */
  deletionPolicy?: DeletionPolicy;
  /** Confirms a plan that removes more than half of what a blueprint manages. */
  allowMassDelete?: boolean;
  dryRun?: boolean;
  /** Awaited after the WAL `begin` record is on disk, before the first side effect. */
  onBegin?: (info: BeginInfo) => Promise<void>;
  /** Called with the plan once it passed every check, before anything runs. */
  onPlan?: (plan: Plan) => void | Promise<void>;
  /** Commit sha being reconciled (recorded in `begin` and in run history). */
  commit?: string;
  runs?: RunRecorder;
  repository?: string;
  runId?: string;
  runUrl?: string;
}

export type ReconcileStatus = 'invalid' | 'refused' | 'dry_run' | 'noop' | 'committed' | 'rolled_back' | 'rollback_failed';

export interface ReconcileResult {
  status: ReconcileStatus;
  /** Naming configuration and blueprint problems (errors make the status `invalid`). */
  diagnostics: Diagnostic[];
  blueprints?: BlueprintSet;
  plan?: Plan;
  /** The mass-delete check (status `refused` when over the threshold without `allowMassDelete`). */
  massDelete?: MassDeleteCheck;
  transaction?: TransactionResult;
  /** The state the plan was made against (and, when committed, the new one is `transaction.state`). */
  state?: State;
  /** State files written or removed (for `git add`). */
  stateFiles: string[];
  stateDir: string;
}

const DEFAULT_LEASE_MS = 15 * 60_000;

export function resolveStateDir(cwd: string, stateDir = '.dpn'): string {
  return isAbsolute(stateDir) ? stateDir : resolve(cwd, stateDir);
}

export function defaultLockScope(env: NodeJS.ProcessEnv, cwd: string, stateDir: string): string {
  const rel = relative(cwd, stateDir) || '.';
  return env.GITHUB_REPOSITORY ? `${env.GITHUB_REPOSITORY}:${rel}` : `dpn:${rel}`;
}

export function defaultHolder(env: NodeJS.ProcessEnv = process.env): LockHolder {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
      holder: `github-actions ${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID}`,
      ...(env.GITHUB_REPOSITORY ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    };
  }
  let user = env.USER ?? env.USERNAME;
  try {
    user ??= userInfo().username;
  } catch {
    user ??= 'unknown';
  }
  return { holder: `${user}@${hostname()} (pid ${process.pid})` };
}

/** Runs `fn` holding the state lock, renewing its lease; refuses while a transaction is unfinished. */
export async function withLock<T>(
  stateDir: string,
  cwd: string,
  options: EngineRunOptions & { commit?: string },
  fn: (lock: HeldLock) => Promise<T>,
): Promise<T> {
  const env = options.env ?? process.env;
  const lockOptions = options.lock ?? {};
  const backend = lockOptions.backend ?? new LocalLockBackend(stateDir);
  const leaseMs = lockOptions.leaseMs ?? DEFAULT_LEASE_MS;
  const who = lockOptions.holder ?? defaultHolder(env);
  let held: HeldLock;
  try {
    held = await backend.acquire(
      lockOptions.scope ?? defaultLockScope(env, cwd, stateDir),
      options.commit !== undefined && who.commit === undefined ? { ...who, commit: options.commit } : who,
      { leaseMs, waitMs: lockOptions.waitMs ?? 0 },
    );
  } catch (error) {
    if (error instanceof LockBusyError) {
      const busy = new UserError(
        error.message,
        'LOCK_BUSY',
        'another dpn run is applying to this state; wait for it (--lock-wait SECONDS), or check `dpn status`. A lock left by a process that died on this machine, or whose lease ran out, is taken over automatically',
      );
      (busy as Error).cause = error;
      throw busy;
    }
    throw error;
  }
  let renewError: unknown;
  const timer = setInterval(() => {
    held.renew().catch((error: unknown) => {
      renewError = error;
    });
  }, Math.max(1_000, Math.floor(leaseMs / 3)));
  timer.unref();
  try {
    const result = await fn(held);
    if (renewError) throw renewError;
    return result;
  } finally {
    clearInterval(timer);
    await held.release().catch(() => {});
  }
}

async function refuseUnfinished(stateDir: string): Promise<void> {
  const open = await unfinishedTransactions(stateDir);
  if (open.length === 0) return;
  const ids = open.map((t) => `${t.tx}${t.end ? ` (${t.end.type})` : ''}`).join(', ');
  throw new UserError(
    `transaction ${ids} did not finish; nothing was changed`,
    'TX_UNFINISHED',
    'run `dpn recover` (roll back, the default) or `dpn recover --strategy resume` first; `dpn status` shows it',
  );
}

/** Blueprint files of the state that lie under the given paths: a removed file's resources are removed too. */
export function blueprintsUnder(paths: string[], cwd: string, state: State, loaded: string[]): string[] {
  const roots = paths.map((p) => normalizeBlueprintPath(relative(cwd, resolve(cwd, p)) || '.'));
  const out = new Set(loaded.map(normalizeBlueprintPath));
  // Thousands of records share a handful of blueprint paths: decide once per path.
  const seen = new Set<string>();
  for (const r of state.resources.values()) {
    if (seen.has(r.blueprint)) continue;
    seen.add(r.blueprint);
    const f = normalizeBlueprintPath(isAbsolute(r.blueprint) ? relative(cwd, r.blueprint) : r.blueprint);
    if (roots.some((root) => root === '.' || f === root || f.startsWith(`${root}/`))) out.add(normalizeBlueprintPath(r.blueprint));
  }
  return [...out].sort();
}

/** Stops before the transaction when the environment cannot reach a platform the plan writes to. */
async function refuseMissingConfiguration(plan: Plan, drivers: DriverRegistry): Promise<void> {
  const { configurationProblems } = await import('../providers/registry.js');
  const problems = await configurationProblems(plan, drivers);
  if (problems.length > 0) {
    throw new UserError(
      `cannot apply: ${problems.join('; ')}`,
      'PROVIDER_CONFIG',
      'nothing was changed; set the variables (see README, "Apply") or narrow the blueprints with scope',
    );
  }
}

/**
 * Loads the blueprints, plans them against the state and, unless this is a dry
 * run or there is nothing to do, executes the plan as one transaction under the
 * lock. User mistakes come back as a status (`invalid`, `refused`) with
 * diagnostics; a busy lock or an unfinished transaction is a UserError.
 */
export async function reconcile(options: ReconcileOptions): Promise<ReconcileResult> {
  const cwd = options.cwd;
  const stateDir = resolveStateDir(cwd, options.stateDir);
  const env = options.env ?? process.env;
  const naming = await loadNamingConfig({
    valuesConfig: options.naming?.valuesConfig,
    patternsConfig: options.naming?.patternsConfig,
    cwd,
  });
  const base = { stateFiles: [] as string[], stateDir };
  if (!naming.config) return { ...base, status: 'invalid', diagnostics: naming.diagnostics };
  const blueprints = await loadBlueprints(options.paths, { naming: naming.config, overrides: options.naming?.overrides ?? {}, cwd });
  const diagnostics = sortDiagnostics([...naming.diagnostics, ...blueprints.diagnostics]);
  if (diagnostics.some((d) => d.severity === 'error')) return { ...base, status: 'invalid', diagnostics, blueprints };

  const drivers = options.drivers ?? (await import('../providers/registry.js')).createDrivers(env);

  const plan = (state: State): { plan: Plan; massDelete: MassDeleteCheck } => {
    const prune = options.mode !== 'create';
    // diff applies the run's policy itself, so its warnings and summary match the plan.
    const planned = diff(blueprints.resources, state, {
      prune,
      ...(prune ? { blueprints: blueprintsUnder(options.paths, cwd, state, blueprints.files) } : {}),
      ...(options.deletionPolicy ? { deletionPolicy: options.deletionPolicy } : {}),
    });
    assertDrivers(planned, drivers);
    return { plan: planned, massDelete: checkMassDelete(planned, state) };
  };

  if (options.dryRun) {
    const state = await loadState(stateDir);
    const { plan: dry, massDelete } = plan(state);
    return { ...base, status: 'dry_run', diagnostics, blueprints, plan: dry, massDelete, state };
  }

  return withLock(stateDir, cwd, options, async () => {
    // Under the lock: the state another process just committed is the one to plan against.
    await refuseUnfinished(stateDir);
    const state = await loadState(stateDir);
    const { plan: planned, massDelete } = plan(state);
    const result: ReconcileResult = { ...base, status: 'noop', diagnostics, blueprints, plan: planned, massDelete, state };
    if (massDelete.refused && !options.allowMassDelete) return { ...result, status: 'refused' };
    await refuseMissingConfiguration(planned, drivers);
    await options.onPlan?.(planned);
    const runs = options.runs ?? NO_RUN_RECORDER;
    const run: RunRecord = {
      runId: options.runId ?? `${Date.now()}-${process.pid}`,
      repository: options.repository ?? env.GITHUB_REPOSITORY ?? basename(cwd),
      // Run history wants a commit; outside Git there is none to name.
      commit: options.commit ?? env.GITHUB_SHA ?? 'none',
      blueprints: blueprints.files,
      ...changeCounts(planned.summary),
      status: 'running',
      startedAt: new Date().toISOString(),
      ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    };
    const touched = touchedBlueprints(planned);
    let stateFiles: string[] = [];
    const hasWork = planned.operations.some((op) => op.action !== 'noop');
    if (hasWork) await runs.started(run);
    let transaction: TransactionResult;
    try {
      transaction = await execute(planned, {
        drivers,
        state,
        stateDir,
        writeState: async (next) => {
          stateFiles = await writeState(stateDir, next, { blueprints: touched });
        },
        ...pick(options),
        ...(options.onBegin ? { onBegin: options.onBegin } : {}),
        ...(options.commit !== undefined ? { commit: options.commit } : {}),
        actor: options.actor ?? actorOf(env),
      });
    } catch (error) {
      if (hasWork) await runs.finished({ ...run, status: 'failed', endedAt: new Date().toISOString() }).catch(() => {});
      throw error;
    }
    if (hasWork) {
      await runs
        .finished({
          ...run,
          status: transaction.status,
          endedAt: new Date().toISOString(),
          ...(transaction.tx ? { transactionId: transaction.tx } : {}),
        })
        .catch(() => {});
    }
    return { ...result, status: transaction.status, transaction, stateFiles };
  });
}

function pick(options: EngineRunOptions) {
  return {
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  };
}

export interface RecoverFlowOptions extends EngineRunOptions {
  cwd: string;
  stateDir?: string;
  tx?: string;
  strategy?: RecoveryStrategy;
}

export interface RecoverFlowResult {
  stateDir: string;
  /** Absent when no transaction needed recovery. */
  recovery?: RecoveryResult;
  stateFiles: string[];
}

/** `dpn recover` and the Action's recover mode: one transaction, under the lock. */
export async function recoverTransaction(options: RecoverFlowOptions): Promise<RecoverFlowResult> {
  const stateDir = resolveStateDir(options.cwd, options.stateDir);
  const env = options.env ?? process.env;
  const drivers = options.drivers ?? (await import('../providers/registry.js')).createDrivers(env);
  return withLock(stateDir, options.cwd, options, async () => {
    let stateFiles: string[] = [];
    const recovery = await recover({
      stateDir,
      drivers,
      loadState: () => loadState(stateDir),
      writeState: async (next) => {
        stateFiles = await writeState(stateDir, next);
      },
      ...pick(options),
      ...(options.tx ? { tx: options.tx } : {}),
      ...(options.strategy ? { strategy: options.strategy } : {}),
      actor: options.actor ?? actorOf(env),
    });
    return { stateDir, stateFiles, ...(recovery ? { recovery } : {}) };
  });
}

export interface ApplyPlanOptions extends EngineRunOptions {
  cwd: string;
  stateDir?: string;
  /** Builds the plan from the state loaded under the lock (`dpn update` / `dpn delete` of one resource). */
  build: (state: State) => Plan;
  onBegin?: (info: BeginInfo) => Promise<void>;
  commit?: string;
}

/** Lock → refuse if a transaction is unfinished → load state → plan → execute: for plans not made from blueprints. */
export async function applyPlan(options: ApplyPlanOptions): Promise<{ plan: Plan; transaction: TransactionResult; stateFiles: string[] }> {
  const stateDir = resolveStateDir(options.cwd, options.stateDir);
  const env = options.env ?? process.env;
  const drivers = options.drivers ?? (await import('../providers/registry.js')).createDrivers(env);
  return withLock(stateDir, options.cwd, options, async () => {
    await refuseUnfinished(stateDir);
    const state = await loadState(stateDir);
    const plan = options.build(state);
    assertDrivers(plan, drivers);
    let stateFiles: string[] = [];
    const transaction = await execute(plan, {
      drivers,
      state,
      stateDir,
      writeState: async (next) => {
        stateFiles = await writeState(stateDir, next, { blueprints: touchedBlueprints(plan) });
      },
      ...pick(options),
      ...(options.onBegin ? { onBegin: options.onBegin } : {}),
      ...(options.commit !== undefined ? { commit: options.commit } : {}),
      actor: options.actor ?? actorOf(env),
    });
    return { plan, transaction, stateFiles };
  });
}
