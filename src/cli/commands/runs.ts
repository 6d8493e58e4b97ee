// `dpn runs list` and `dpn runs show`: the run history kept in the DynamoDB
// backend, across every repository that reconciles with the same table prefix.
import type { RunRecord, RunStatus } from '../../engine/runs.js';
import { UsageError, UserError } from '../../errors.js';
import { EXIT, type Command, type CommandIO, type ParsedArgs } from '../command.js';

const STATUSES = ['running', 'committed', 'rolled_back', 'rollback_failed', 'failed', 'noop'];

export const TABLE_PREFIX_OPTION = { 'table-prefix': { type: 'string' } } as const;

/**
 * `--table-prefix`, else DPN_TABLE_PREFIX, else DPN_LOCK_TABLE_PREFIX (what
 * `dpn apply --lock-backend dynamodb` reads), so one setting serves every command.
 */
export function tablePrefix(args: ParsedArgs, io: CommandIO): string {
  const prefix =
    (args.values['table-prefix'] as string | undefined) ?? (io.env.DPN_TABLE_PREFIX || io.env.DPN_LOCK_TABLE_PREFIX);
  if (!prefix) {
    throw new UsageError('the DynamoDB table prefix is missing', 'pass --table-prefix P or set DPN_TABLE_PREFIX (or DPN_LOCK_TABLE_PREFIX)');
  }
  return prefix;
}

function format(args: ParsedArgs): 'table' | 'json' {
  const value = (args.values.format as string | undefined) ?? 'table';
  if (value !== 'table' && value !== 'json') throw new UsageError(`--format must be table or json, got "${value}"`);
  return value;
}

/** Text from the table may come from any runner: keep terminal control sequences out. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

function duration(run: RunRecord): string {
  if (!run.endedAt) return run.status === 'running' ? 'running' : '-';
  const seconds = Math.max(0, Math.round((Date.parse(run.endedAt) - Date.parse(run.startedAt)) / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}

async function backendModule() {
  return import('../../backend/dynamodb/index.js');
}

export const runsListCommand: Command = {
  path: ['runs', 'list'],
  summary: 'List reconcile runs recorded in the DynamoDB backend, newest first',
  usage:
    '[--status S] [--since 7d|ISO] [--until ISO] [--repository OWNER/NAME] [--limit N] [--format table|json] [--table-prefix P]',
  options: {
    ...TABLE_PREFIX_OPTION,
    status: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    repository: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const prefix = tablePrefix(args, io);
    const output = format(args);
    const { createDynamoRunReader, parseSince, DEFAULT_RUN_LIMIT } = await backendModule();
    const status = args.values.status as string | undefined;
    if (status !== undefined && !STATUSES.includes(status)) {
      throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, got "${status}"`);
    }
    const limitText = args.values.limit as string | undefined;
    const limit = limitText === undefined ? DEFAULT_RUN_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number ≥ 1, got "${limitText}"`);
    const now = Date.now();
    const parseTime = (flag: 'since' | 'until'): string | undefined => {
      const text = args.values[flag] as string | undefined;
      if (text === undefined) return undefined;
      try {
        return parseSince(text, now);
      } catch (error) {
        throw new UsageError((error as Error).message.replace('--since', `--${flag}`));
      }
    };
    const since = parseTime('since');
    const until = parseTime('until');
    const repository = args.values.repository as string | undefined;
    const reader = createDynamoRunReader({ tablePrefix: prefix, env: io.env });
    const runs = await reader.list({
      ...(status ? { status: status as RunStatus } : {}),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      ...(repository ? { repository } : {}),
      limit,
    });
    if (output === 'json') {
      io.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
      return EXIT.ok;
    }
    if (runs.length === 0) {
      io.stdout.write(`No runs match in ${reader.tableName}.\n`);
      return EXIT.ok;
    }
    const rows = [['RUN', 'STATUS', 'REPOSITORY', 'COMMIT', 'STARTED (UTC)', 'TOOK', '+CREATE ~UPDATE -DELETE']];
    for (const run of runs) {
      rows.push([
        clean(run.runId),
        run.status,
        clean(run.repository),
        clean(run.commit.slice(0, 12)),
        run.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
        duration(run),
        `+${run.creates} ~${run.updates} -${run.deletes}`,
      ]);
    }
    io.stdout.write(table(rows));
    if (runs.length === limit) io.stderr.write(`(first ${limit} runs; use --limit or --since to see others)\n`);
    return EXIT.ok;
  },
};

export const runsShowCommand: Command = {
  path: ['runs', 'show'],
  summary: 'Show one reconcile run recorded in the DynamoDB backend',
  usage: 'RUN_ID [--format table|json] [--table-prefix P]',
  options: { ...TABLE_PREFIX_OPTION, format: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const prefix = tablePrefix(args, io);
    const output = format(args);
    if (args.positionals.length !== 1) throw new UsageError('give exactly one run id', 'usage: dpn runs show RUN_ID');
    const runId = args.positionals[0] ?? '';
    const { createDynamoRunReader } = await backendModule();
    const reader = createDynamoRunReader({ tablePrefix: prefix, env: io.env });
    const run = await reader.get(runId);
    if (!run) {
      throw new UserError(`run "${clean(runId)}" is not in ${reader.tableName}`, 'RUN_NOT_FOUND', 'list recent runs with: dpn runs list');
    }
    if (output === 'json') {
      io.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
      return EXIT.ok;
    }
    const rows: Array<[string, string]> = [
      ['run', run.runId],
      ['status', run.status],
      ['repository', run.repository],
      ['commit', run.commit],
      ['started', run.startedAt],
      ['ended', run.endedAt ?? '-'],
      ['took', duration(run)],
      ['changes', `${run.creates} create, ${run.updates} update, ${run.deletes} delete`],
      ['transaction', run.transactionId ?? '-'],
      ['run url', run.runUrl ?? '-'],
    ];
    const lines = rows.map(([k, v]) => `${k.padEnd(11)}  ${clean(v)}`);
    const [first = '-', ...more] = run.blueprints.map(clean);
    lines.push(`${'blueprints'.padEnd(11)}  ${first}`, ...more.map((path) => `${''.padEnd(11)}  ${path}`));
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
