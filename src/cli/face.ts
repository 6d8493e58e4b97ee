// What the CLI hands the flows (src/flows): a local state directory, the
// lock chosen with --lock-backend, blueprints from the paths given; and how
// the values the flows return become messages and exit statuses.
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { loadBlueprints } from '../blueprint/load.js';
import { loadNamingConfig, sortDiagnostics } from '../config/load.js';
import { checkOverrides } from '../config/overrides.js';
import type { TransactionLog } from '../engine/wal.js';
import type { RunRecorder } from '../engine/runs.js';
import { LocalLockBackend } from '../engine/local-lock.js';
import type { NamingValues } from '../naming/types.js';
import { normalizeBlueprintPath } from '../state/index.js';
import { coveredByPaths } from '../plan/retire-scope.js';
import type { ExecutionEvent } from '../engine/executor.js';
import {
  LocalWorkspace,
  reconcileFlow,
  runner,
  type BlueprintSource,
  type FlowLock,
  type ReconcileFlowOptions,
  type ReconcileOutcome,
  type Refusal,
} from '../flows/index.js';
import type { CommandIO, ParsedArgs } from './command.js';

export function resolveStateDir(cwd: string, stateDir = '.dpn'): string {
  return isAbsolute(stateDir) ? stateDir : resolve(cwd, stateDir);
}

export function defaultLockScope(env: NodeJS.ProcessEnv, cwd: string, stateDir: string): string {
  const rel = relative(cwd, stateDir) || '.';
  return env.GITHUB_REPOSITORY ? `${env.GITHUB_REPOSITORY}:${rel}` : `dpn:${rel}`;
}

export function workspaceOf(stateDir: string): LocalWorkspace {
  return new LocalWorkspace(stateDir);
}

export interface Backends {
  lock: FlowLock;
  runs?: RunRecorder;
  kind: 'local' | 'dynamodb';
}

function seconds(args: ParsedArgs, name: string, fallback: number, min = 0): number {
  const raw = args.values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number of seconds${min ? ` of at least ${min}` : ''}, got "${String(raw)}"`);
  return n;
}

/** `--lock-backend local|dynamodb`: the DynamoDB backend (and its SDK) is loaded only when chosen. */
export async function backendsOf(args: ParsedArgs, io: CommandIO, stateDir: string): Promise<Backends> {
  const kind = (args.values['lock-backend'] as string | undefined) ?? io.env.DPN_LOCK_BACKEND ?? 'local';
  const waitMs = Math.round(seconds(args, 'lock-wait', 0) * 1000);
  const leaseMs = Math.round(seconds(args, 'lock-lease', 15 * 60, 3) * 1000);
  const base = { scope: defaultLockScope(io.env, io.cwd, stateDir), holder: runner(io.env), leaseMs, waitMs };
  if (kind === 'local') {
    if (args.values['lock-table-prefix'] !== undefined) throw new UsageError('--lock-table-prefix goes with --lock-backend dynamodb');
    return {
      kind,
      lock: {
        ...base,
        backend: new LocalLockBackend(stateDir),
        busyHint:
          'Another dpn run is applying to this state: wait for it (--lock-wait SECONDS) or check `dpn status`. A lock left by a process that died on this machine, or whose lease ran out, is taken over automatically; `dpn unlock --force` breaks a live one.',
      },
    };
  }
  if (kind === 'dynamodb') {
    const prefix = (args.values['lock-table-prefix'] as string | undefined) ?? io.env.DPN_LOCK_TABLE_PREFIX;
    if (!prefix) throw new UsageError('--lock-backend dynamodb needs --lock-table-prefix PREFIX', 'the tables are PREFIX-locks and PREFIX-runs; create them with `dpn backend init`');
    const dynamo = await import('../backend/dynamodb/index.js');
    return {
      kind,
      lock: {
        ...base,
        // The flow renews the lease itself; a second renewer would double the writes.
        backend: dynamo.createDynamoLockBackend({ tablePrefix: prefix, env: io.env, autoRenew: false }),
        busyHint:
          'Another dpn run holds this lock in DynamoDB (it may be on another machine): wait for it (--lock-wait SECONDS) or check `dpn status`. A lock whose lease ran out is taken over by the next run; `dpn unlock` breaks an expired one, `dpn unlock --force` a live one whose holder is certainly dead.',
      },
      runs: dynamo.createDynamoRunRecorder({ tablePrefix: prefix, env: io.env }),
    };
  }
  throw new UsageError(`--lock-backend must be local or dynamodb, got "${kind}"`);
}

export interface NamingArgs {
  valuesConfig?: string;
  patternsConfig?: string;
  overrides?: NamingValues;
}

/** Blueprints from files and directories given on the command line; naming from --values-config/--patterns-config or ./.dpn/. */
export function pathSource(paths: string[], cwd: string, naming: NamingArgs): BlueprintSource {
  return {
    async load() {
      const config = await loadNamingConfig({ valuesConfig: naming.valuesConfig, patternsConfig: naming.patternsConfig, cwd });
      if (!config.config) return { resources: [], diagnostics: config.diagnostics, files: [] };
      checkOverrides(naming.overrides ?? {}, config.config);
      const set = await loadBlueprints(paths, { naming: config.config, overrides: naming.overrides ?? {}, cwd });
      return { resources: set.resources, diagnostics: sortDiagnostics([...config.diagnostics, ...set.diagnostics]), files: set.files.map(normalizeBlueprintPath) };
    },
    covers: coveredByPaths(paths, cwd),
  };
}

/** A transaction without an end record blocks every change, in words for a terminal. */
export function blockedError(open: TransactionLog[]): UserError {
  const ids = open.map((t) => `${t.tx}${t.end ? ` (${t.end.type})` : ''}`).join(', ');
  return new UserError(
    `transaction ${ids} did not finish; nothing was changed`,
    'TX_UNFINISHED',
    'run `dpn recover` (roll back, the default) or `dpn recover --strategy resume` first; `dpn status` shows it',
  );
}

export function refusalError(refusal: Refusal): UserError {
  return new UserError(refusal.message, refusal.code === 'PREFLIGHT' ? (refusal.problems[0]?.code ?? 'PREFLIGHT') : refusal.code, refusal.hint);
}

export interface LocalReconcileOptions extends Omit<ReconcileFlowOptions, 'face' | 'workspace' | 'lock' | 'blueprints' | 'sink'> {
  /** Blueprint files or directories (directories are searched recursively). */
  paths: string[];
  /** Relative paths (blueprints, state dir, naming files) are taken from here. */
  cwd: string;
  /** Default `.dpn`. */
  stateDir?: string;
  naming?: NamingArgs;
  onEvent?: (event: ExecutionEvent) => void;
  /** Default: the local file lock in the state directory. */
  lock?: Partial<FlowLock>;
}

/** `dpn reconcile` as a function: the CLI face's parts around the reconcile flow (embedders, tests, benchmarks). */
export function reconcileLocal(options: LocalReconcileOptions): Promise<ReconcileOutcome> {
  const { paths, cwd, stateDir: dir, naming, onEvent, lock, ...rest } = options;
  const stateDir = resolveStateDir(cwd, dir);
  const env = options.env ?? process.env;
  return reconcileFlow({
    ...rest,
    face: 'cli',
    workspace: workspaceOf(stateDir),
    lock: {
      backend: new LocalLockBackend(stateDir),
      scope: defaultLockScope(env, cwd, stateDir),
      holder: runner(env),
      busyHint: 'another dpn run is applying to this state',
      ...lock,
    },
    blueprints: pathSource(paths, cwd, naming ?? {}),
    ...(onEvent ? { sink: { event: onEvent } } : {}),
  });
}
