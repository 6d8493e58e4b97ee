// `dpn create` and `dpn reconcile`: apply blueprints through the engine, with a
// progress display on stderr (an updating line on a terminal, one line per
// operation otherwise) and a summary of what changed on stdout. Also the
// pieces the other engine commands share: state dir, lock backend, signals.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { UsageError } from '../../errors.js';
import type { DeletionPolicy, Diagnostic } from '../../blueprint/types.js';
import { parseOverrides } from '../../config/overrides.js';
import { colorEnabled } from '../../render/color.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { sourceText } from '../source-text.js';
import type { ExecutionEvent, TransactionResult } from '../../engine/executor.js';
import { reconcileFlow, type ReconcileOutcome } from '../../flows/index.js';
import { summaryLine } from '../../plan/summary.js';
import { renderPlanTable } from '../../render/plan-table.js';
import { planToJSON } from '../../plan/serialize.js';
import { escapeTerminal } from '../../render/escape.js';
import { closeDrivers, createDrivers } from '../../providers/registry.js';
import { backendsOf, blockedError, pathSource, refusalError, resolveStateDir, workspaceOf } from '../face.js';
import { EXIT, type Command, type CommandIO, type Options, type ParsedArgs } from '../command.js';
import { CREDENTIAL_ALIASES, CREDENTIAL_OPTIONS, aliasUsage, runEnvironment } from '../v1.js';

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

/** The commit checked out in `cwd`, recorded in the WAL `begin` record and run history; undefined outside Git. */
export function headCommit(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    return execFileSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * An AbortSignal fired by SIGINT / SIGTERM: the engine stops starting
 * operations, lets calls in flight end and compensates. A second signal is
 * reported but does not cut compensation short.
 */
export function cancellation(io: CommandIO): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: string) => () => {
    if (controller.signal.aborted) {
      io.stderr.write(`\ndpn: ${name} again; still undoing what was done so the state stays true — please wait\n`);
      return;
    }
    io.stderr.write(`\ndpn: ${name}: starting nothing new; finishing calls in flight, then undoing what this run did\n`);
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

const MARK: Record<string, string> = {
  create: '+',
  update: '~',
  replace_create: '+',
  replace_retire: '-',
  archive: '⌂',
  delete: '-',
  forget: '·',
};

/** Progress on stderr: one updating line on a terminal, one line per event otherwise. */
export function progress(io: CommandIO): { onEvent: (e: ExecutionEvent) => void; finish: () => void } {
  const tty = io.stderr.isTTY === true && io.env.TERM !== 'dumb';
  let total = 0;
  let done = 0;
  let failed = 0;
  let current = '';
  let drawn = false;
  const draw = () => {
    const line = `[${done}/${total}]${failed ? ` ${failed} failed` : ''} ${current}`;
    io.stderr.write(`\r\u001b[2K${line.slice(0, 200)}`);
    drawn = true;
  };
  const say = (text: string) => {
    if (tty && drawn) io.stderr.write('\r\u001b[2K');
    io.stderr.write(`${text}\n`);
    if (tty) draw();
  };
  const onEvent = (e: ExecutionEvent): void => {
    switch (e.type) {
      case 'begin':
        total = e.total;
        say(`dpn: transaction ${e.tx}: ${e.total} step${e.total === 1 ? '' : 's'}`);
        return;
      case 'start':
        current = `${e.step} ${escapeTerminal(e.name)}`;
        if (tty) draw();
        else io.stderr.write(`  … ${e.step} ${escapeTerminal(e.name)}\n`);
        return;
      case 'done':
        done++;
        if (tty) draw();
        else io.stderr.write(`  ${MARK[e.step] ?? '✓'} ${e.step} ${escapeTerminal(e.name)}: done\n`);
        return;
      case 'retry':
        if (!tty) io.stderr.write(`  ↻ ${e.step} ${escapeTerminal(e.key)}: ${escapeTerminal(e.error.message)}; retry ${e.attempt} in ${e.delayMs} ms\n`);
        return;
      case 'failed':
        failed++;
        say(`  ✗ ${e.step} ${escapeTerminal(e.name)}: ${escapeTerminal(e.error.message)}`);
        return;
      case 'compensating':
        say(`dpn: undoing what this transaction did (${escapeTerminal(e.reason)})`);
        return;
      case 'undo_start':
        if (!tty) io.stderr.write(`  ↶ ${escapeTerminal(e.undo)}\n`);
        else {
          current = `undo: ${escapeTerminal(e.undo)}`;
          draw();
        }
        return;
      case 'undone':
        return;
      case 'undo_failed':
        say(`  ✗ could not undo ${e.step} ${escapeTerminal(e.key)}: ${escapeTerminal(e.error.message)}`);
        return;
      case 'end':
        if (tty && drawn) io.stderr.write('\r\u001b[2K');
        drawn = false;
        io.stderr.write(`dpn: transaction ${e.tx}: ${e.status.replace('_', ' ')}\n`);
        return;
    }
  };
  return {
    onEvent,
    finish: () => {
      if (tty && drawn) io.stderr.write('\r\u001b[2K');
    },
  };
}

export function printDiagnostics(diagnostics: Diagnostic[], io: CommandIO): void {
  const lines = renderDiagnostics(diagnostics, { color: colorEnabled(io.stderr, io.env), source: sourceText(io.cwd) });
  if (lines.length) io.stderr.write(`${lines.join('\n')}\n`);
}

/** What a finished transaction changed, for people: one line per step, then counts. */
export function transactionSummary(result: TransactionResult): string {
  const lines: string[] = [];
  const by = (outcome: string) => result.steps.filter((s) => s.outcome === outcome);
  if (result.status === 'committed') {
    lines.push(`Transaction ${result.tx} committed.`);
    for (const s of by('done')) lines.push(`  ${MARK[s.step] ?? '✓'} ${s.step.padEnd(14)} ${escapeTerminal(s.name)}`);
  } else {
    lines.push(`Transaction ${result.tx} ${result.status.replace('_', ' ')}${result.cancelled ? ' (cancelled)' : ''}: nothing it did was kept${result.status === 'rollback_failed' ? ', except what is listed below' : ''}.`);
    if (result.failure) lines.push(`  failed: ${escapeTerminal(result.failure.key)}: ${escapeTerminal(result.failure.error.message)}`);
    for (const s of by('undone')) lines.push(`  ↶ undone ${s.step.padEnd(14)} ${escapeTerminal(s.name)}`);
    for (const l of result.left) lines.push(`  ! left: ${escapeTerminal(l.key)} (${l.step}): ${escapeTerminal(l.what)}`);
    for (const k of result.kept ?? []) lines.push(`  = kept: ${escapeTerminal(k.key)}: ${escapeTerminal(k.what)}`);
    if (result.status === 'rollback_failed') lines.push('  Run `dpn recover` to finish the rollback once the cause is fixed.');
  }
  return `${lines.join('\n')}\n`;
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
  const shown = progress(io);
  const cancel = cancellation(io);
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
      io.stderr.write('dpn: nothing applied\n');
      return EXIT.invalid;
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
      if (format === 'table') io.stdout.write(transactionSummary(result.transaction!));
      if (result.lockLost) io.stderr.write('dpn: the lock was lost during the run (its lease could not be renewed): nothing new was started and what was done was undone\n');
      return result.status === 'committed' ? EXIT.ok : EXIT.invalid;
  }
}

export const createCommand: Command = {
  path: ['create'],
  summary: 'Create and update the resources of one blueprint (never removes anything)',
  usage:
    '--blueprint FILE [--dry-run] [--concurrency N] [--format table|json] [--values-config FILE --patterns-config FILE] [--override key=value]...\n' +
    COMMON_USAGE +
    aliasUsage(CREDENTIAL_ALIASES),
  options: { ...APPLY_OPTIONS, blueprint: { type: 'string' } },
  run: (args, io) => apply('create', args, io),
};

export const reconcileCommand: Command = {
  path: ['reconcile'],
  summary: 'Make the platforms match the blueprints: create, update, archive or delete',
  usage:
    'PATH... [--dry-run] [--allow-mass-delete] [--deletion-policy archive|delete|retain] [--concurrency N] [--format table|json]\n' +
    '        [--values-config FILE --patterns-config FILE] [--override key=value]...\n' +
    COMMON_USAGE +
    '  --deletion-policy        how resources removed from the blueprints are retired in this run (default: each one\'s own policy, archive unless set)\n' +
    'Exit status: 0 committed or nothing to do, 1 invalid input, refused or rolled back, 2 usage error.\n' +
    aliasUsage(CREDENTIAL_ALIASES),
  options: RECONCILE_OPTIONS,
  allowPositionals: true,
  run: (args, io) => apply('reconcile', args, io),
};
