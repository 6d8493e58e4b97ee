// `dpn create` and `dpn reconcile`: the reconcile flow (src/flows) with the
// CLI's parts. The plan is printed first and, on a terminal, confirmed
// (src/cli/confirm.ts); progress goes to stderr (src/cli/progress.ts) and a
// closing summary to stdout. Also the pieces the other engine commands share:
// state dir, lock backend, signals, --yes / --quiet.
import { basename } from 'node:path';
import { UsageError } from '../../errors.js';
import type { DeletionPolicy, Diagnostic } from '../../blueprint/types.js';
import { parseOverrides } from '../../config/overrides.js';
import { colorEnabled } from '../../render/color.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { sourceText } from '../source-text.js';
import { reconcileFlow, type ReconcileOutcome } from '../../flows/index.js';
import { hasChanges, summaryLine } from '../../plan/summary.js';
import type { Plan } from '../../plan/types.js';
import { renderPlanTable } from '../../render/plan-table.js';
import { planToJSON } from '../../plan/serialize.js';
import { escapeTerminal } from '../../render/escape.js';
import { closeDrivers, createDrivers } from '../../providers/registry.js';
import { backendsOf, blockedError, pathSource, refusalError, resolveStateDir, workspaceOf } from '../face.js';
import { EXIT, type Command, type CommandIO, type Options, type ParsedArgs } from '../command.js';
import { CREDENTIAL_ALIASES, CREDENTIAL_OPTIONS, aliasUsage, runEnvironment } from '../v1.js';
import { ApplyDeclined, canAsk, confirm } from '../prompt.js';
import { createProgress } from '../progress.js';
import { useColor } from './plan.js';

export const STATE_OPTIONS = {
  'state-dir': { type: 'string' },
} as const satisfies Options;

export const LOCK_OPTIONS = {
  'lock-backend': { type: 'string' },
  'lock-table-prefix': { type: 'string' },
  'lock-wait': { type: 'string' },
  'lock-lease': { type: 'string' },
} as const satisfies Options;

export const NAMING_OPTIONS = {
  'values-config': { type: 'string' },
  'patterns-config': { type: 'string' },
  override: { type: 'string', multiple: true },
} as const satisfies Options;

/** `--yes`: apply without asking; `--quiet`: only the closing summary and errors. */
export const APPLY_UX_OPTIONS = {
  yes: { type: 'boolean', short: 'y' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies Options;

export const APPLY_UX_USAGE =
  '  --yes, -y                apply without asking (on a terminal dpn shows the plan and asks first; without one it proceeds)\n' +
  '  --quiet, -q              print only the closing summary and errors\n';

/**
 * The flows' `confirm` for commands that change something: prints the plan
 * (the renderer of `dpn plan preview` with a state) and, when someone at a
 * terminal can answer and --yes was not given, asks. A no throws
 * ApplyDeclined before anything was changed.
 */
export function planGate(
  io: CommandIO,
  options: { yes: boolean; quiet: boolean; printPlan: boolean; signal?: AbortSignal; onPlan?: (plan: Plan) => void },
): (plan: Plan) => Promise<void> {
  return async (plan) => {
    options.onPlan?.(plan);
    if (!hasChanges(plan)) return;
    if (options.printPlan && !options.quiet) io.stdout.write(`${renderPlanTable(plan, { color: useColor(io) })}\n`);
    if (options.yes || !canAsk(io)) return;
    const yes = await confirm(io, `Apply these changes (${summaryLine(plan.summary)})? Only "yes" or "y" applies. [y/N] `, options.signal);
    if (!yes) throw new ApplyDeclined();
  };
}

/** planGate as the flows' `confirm`: a declined question is a value, not an error. */
export function confirmWith(gate: (plan: Plan) => Promise<void>): (plan: Plan) => Promise<boolean> {
  return async (plan) => {
    try {
      await gate(plan);
      return true;
    } catch (error) {
      if (error instanceof ApplyDeclined) return false;
      throw error;
    }
  };
}

/** What a declined question prints; the exit status is 1 (nothing applied). */
export function declined(io: CommandIO): number {
  io.stderr.write('Apply cancelled: nothing was changed.\n');
  return EXIT.invalid;
}

export const COMMON_USAGE =
  '  --state-dir DIR          state, WAL and lock live here (default .dpn)\n' +
  '  --lock-backend local|dynamodb, --lock-table-prefix PREFIX, --lock-wait SECONDS, --lock-lease SECONDS (default 900)\n';

export function stateDirOf(args: ParsedArgs, io: CommandIO): string {
  const dir = args.values['state-dir'];
  if (dir !== undefined && (typeof dir !== 'string' || dir.trim() === '')) throw new UsageError('--state-dir needs a directory');
  return resolveStateDir(io.cwd, (dir as string | undefined) ?? '.dpn');
}

export function positiveInt(args: ParsedArgs, name: string, fallback: number, max = 256): number {
  const raw = args.values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${String(raw)}"`);
  return n;
}

export { backendsOf };

import { headCommit } from '../repository.js';
export { headCommit };

/**
 * An AbortSignal fired by SIGINT / SIGTERM: the engine stops starting
 * operations, lets calls in flight end and compensates. A second signal is
 * reported but does not cut compensation short.
 */
export function cancellation(io: CommandIO, note: (text: string) => void = (t) => io.stderr.write(`\n${t}\n`)): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: string) => () => {
    if (controller.signal.aborted) {
      note(`dpn: ${name} again; still undoing what was done so the state stays true — please wait`);
      return;
    }
    note(`dpn: ${name}: starting nothing new; finishing calls in flight, then undoing what this run did`);
    controller.abort(new Error(`cancelled by ${name}`));
  };
  const int = onSignal('SIGINT');
  const term = onSignal('SIGTERM');
  process.on('SIGINT', int);
  process.on('SIGTERM', term);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', int);
      process.off('SIGTERM', term);
    },
  };
}

export function printDiagnostics(diagnostics: Diagnostic[], io: CommandIO): void {
  const lines = renderDiagnostics(diagnostics, { color: colorEnabled(io.stderr, io.env), source: sourceText(io.cwd) });
  if (lines.length) io.stderr.write(`${lines.join('\n')}\n`);
}

function resultJson(result: ReconcileOutcome): string {
  const t = result.transaction;
  return `${JSON.stringify(
    {
      status: result.status,
      summary: result.plan?.summary ?? null,
      plan: result.status === 'dry_run' && result.plan ? planToJSON(result.plan) : undefined,
      transaction: t
        ? {
            id: t.tx ?? null,
            status: t.status,
            cancelled: t.cancelled,
            failure: t.failure ?? null,
            steps: t.steps,
            left: t.left,
          }
        : null,
      massDelete: result.massDelete?.refused ? result.massDelete.over : [],
      refusal: result.refusal ?? null,
      unfinished: result.unfinished?.map((t) => t.tx) ?? [],
      lockLost: result.lockLost,
      stateFiles: result.stateFiles,
      errors: result.diagnostics.filter((d) => d.severity === 'error'),
      warnings: result.diagnostics.filter((d) => d.severity === 'warning'),
    },
    null,
    2,
  )}\n`;
}

const APPLY_OPTIONS = {
  ...APPLY_UX_OPTIONS,
  ...STATE_OPTIONS,
  ...LOCK_OPTIONS,
  ...NAMING_OPTIONS,
  'dry-run': { type: 'boolean' },
  concurrency: { type: 'string' },
  format: { type: 'string' },
  ...CREDENTIAL_OPTIONS,
} as const satisfies Options;

const RECONCILE_OPTIONS = {
  ...APPLY_OPTIONS,
  'allow-mass-delete': { type: 'boolean' },
  'deletion-policy': { type: 'string' },
} as const satisfies Options;

async function apply(mode: 'create' | 'reconcile', args: ParsedArgs, io: CommandIO): Promise<number> {
  const paths = mode === 'create' ? [args.values.blueprint as string | undefined].filter((p): p is string => !!p) : args.positionals;
  if (paths.length === 0) {
    throw new UsageError(mode === 'create' ? 'give the blueprint with --blueprint FILE' : 'give at least one blueprint file or directory', `example: dpn ${mode === 'create' ? 'create --blueprint blueprints/dev.yaml' : 'reconcile blueprints/'}`);
  }
  const format = (args.values.format as string | undefined) ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, got "${format}"`);
  const policy = args.values['deletion-policy'] as string | undefined;
  if (policy !== undefined && !['archive', 'delete', 'retain'].includes(policy)) {
    throw new UsageError(`--deletion-policy must be archive, delete or retain, got "${policy}"`);
  }
  const stateDir = stateDirOf(args, io);
  const concurrency = positiveInt(args, 'concurrency', 8);
  const overrides = parseOverrides((args.values.override as string[] | undefined) ?? []);
  const dryRun = args.values['dry-run'] === true;
  const backends = await backendsOf(args, io, stateDir);
  // --aws-profile, --dbx-host, --dbx-token: this run's environment, for the drivers and preflight alike.
  const runEnv = runEnvironment(args, io).env;
  const drivers = createDrivers(runEnv);
  const commit = headCommit(io.cwd, io.env);
  const quiet = args.values.quiet === true;
  const shown = createProgress(io, { quiet });
  const cancel = cancellation(io, (t) => shown.note(t));
  let result: ReconcileOutcome;
  try {
    result = await reconcileFlow({
      face: 'cli',
      workspace: workspaceOf(stateDir),
      lock: backends.lock,
      sink: { event: shown.onEvent, warn: (m) => io.stderr.write(`dpn: warning: ${escapeTerminal(m)}\n`) },
      blueprints: pathSource(paths, io.cwd, {
        ...(args.values['values-config'] !== undefined ? { valuesConfig: args.values['values-config'] as string } : {}),
        ...(args.values['patterns-config'] !== undefined ? { patternsConfig: args.values['patterns-config'] as string } : {}),
        overrides,
      }),
      mode,
      ...(policy ? { deletionPolicy: policy as DeletionPolicy } : {}),
      allowMassDelete: args.values['allow-mass-delete'] === true,
      dryRun,
      concurrency,
      drivers,
      env: runEnv,
      signal: cancel.signal,
      ...(backends.runs ? { runs: backends.runs } : {}),
      run: { repository: io.env.GITHUB_REPOSITORY ?? basename(io.cwd) },
      confirm: confirmWith(
        planGate(io, { yes: args.values.yes === true, quiet, printPlan: format === 'table', signal: cancel.signal, onPlan: (plan) => shown.expect(plan) }),
      ),
      ...(commit !== undefined ? { commit } : {}),
    });
  } finally {
    shown.finish();
    cancel.dispose();
    closeDrivers(drivers);
  }
  printDiagnostics(result.diagnostics, io);
  if (result.namedOnly) io.stderr.write(`${result.namedOnly}\n`);
  if (format === 'json') io.stdout.write(resultJson(result));
  switch (result.status) {
    case 'invalid':
      io.stderr.write('dpn: nothing applied: the blueprints or the naming configuration are invalid\n');
      return EXIT.invalid;
    case 'blocked':
      throw blockedError(result.unfinished ?? []);
    case 'refused': {
      for (const f of result.massDelete?.refused ? result.massDelete.over : []) {
        io.stderr.write(`  ${f.blueprint}: would remove ${f.removing} of ${f.managed} resources\n`);
      }
      throw refusalError(result.refusal!);
    }
    case 'declined':
      return declined(io);
    case 'dry_run':
      if (format === 'table') {
        io.stdout.write(renderPlanTable(result.plan!, { color: colorEnabled(io.stdout, io.env) }));
        io.stdout.write(`\nDry run: ${summaryLine(result.plan!.summary)}; nothing was applied.\n`);
      }
      if (result.refusal) io.stderr.write(`dpn: warning: applying this plan would be refused: ${escapeTerminal(result.refusal.message)}\n  ${escapeTerminal(result.refusal.hint)}\n`);
      return EXIT.ok;
    case 'noop':
      if (format === 'table') io.stdout.write('Nothing to do: every resource matches its blueprint.\n');
      return EXIT.ok;
    default:
      if (format === 'table') io.stdout.write(shown.summary(result.transaction!));
      if (result.lockLost) io.stderr.write('dpn: the lock was lost during the run (its lease could not be renewed): nothing new was started and what was done was undone\n');
      return result.status === 'committed' ? EXIT.ok : EXIT.invalid;
  }
}

export const createCommand: Command = {
  path: ['create'],
  summary: 'Create and update the resources of one blueprint (never removes anything)',
  usage:
    '--blueprint FILE [--dry-run] [--yes] [--quiet] [--concurrency N] [--format table|json] [--values-config FILE --patterns-config FILE] [--override key=value]...\n' +
    COMMON_USAGE +
    APPLY_UX_USAGE +
    'Exit status: 0 committed or nothing to do, 1 invalid input, refused, declined at the question or rolled back, 2 usage error.\n' +
    aliasUsage(CREDENTIAL_ALIASES),
  options: { ...APPLY_OPTIONS, blueprint: { type: 'string' } },
  run: (args, io) => apply('create', args, io),
};

export const reconcileCommand: Command = {
  path: ['reconcile'],
  summary: 'Make the platforms match the blueprints: create, update, archive or delete',
  usage:
    'PATH... [--dry-run] [--yes] [--quiet] [--allow-mass-delete] [--deletion-policy archive|delete|retain] [--concurrency N] [--format table|json]\n' +
    '        [--values-config FILE --patterns-config FILE] [--override key=value]...\n' +
    COMMON_USAGE +
    APPLY_UX_USAGE +
    '  --deletion-policy        how resources removed from the blueprints are retired in this run (default: each one\'s own policy, archive unless set)\n' +
    'Exit status: 0 committed or nothing to do, 1 invalid input, refused, declined at the question or rolled back, 2 usage error.\n' +
    aliasUsage(CREDENTIAL_ALIASES),
  options: RECONCILE_OPTIONS,
  allowPositionals: true,
  run: (args, io) => apply('reconcile', args, io),
};
