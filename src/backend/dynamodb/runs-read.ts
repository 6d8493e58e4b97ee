// The query side of the run history table: one run by id, and runs by status,
// by repository and by start time, through the two secondary indexes.
import type { RunRecord, RunStatus } from '../../engine/runs.js';
import { BadRequestError } from './errors.js';
import type { Expression, Item, TableGateway } from './gateway.js';
import { RUN_STATUSES, itemToRun, normaliseTime, runKey } from './items.js';
import { RUNS_BY_REPOSITORY_INDEX, RUNS_BY_STATUS_INDEX } from './tables.js';

export interface RunQuery {
  status?: RunStatus;
  /** owner/name */
  repository?: string;
  /** Runs that started at or after this UTC ISO-8601 time. */
  since?: string;
  /** Runs that started at or before this UTC ISO-8601 time. */
  until?: string;
  /** At most this many runs, newest first (default 50). */
  limit?: number;
}

export const DEFAULT_RUN_LIMIT = 50;

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `7d`, `12h`, `30m`, `2w` before `nowMs`, or an ISO-8601 time, as a UTC ISO-8601 time. */
export function parseSince(text: string, nowMs: number): string {
  const relative = /^(\d+)([mhdw])$/.exec(text.trim());
  if (relative) return new Date(nowMs - Number(relative[1]) * (UNITS[relative[2] ?? 'd'] ?? 0)).toISOString();
  try {
    return normaliseTime(text.trim(), '--since');
  } catch {
    throw new BadRequestError(
      `--since must be a duration like 7d, 12h, 30m, 2w or an ISO-8601 time, got ${JSON.stringify(text)}`,
    );
  }
}

function startedAtCondition(query: RunQuery): Expression | undefined {
  const since = query.since ? normaliseTime(query.since, 'since') : undefined;
  const until = query.until ? normaliseTime(query.until, 'until') : undefined;
  const names = { '#startedAt': 'startedAt' };
  if (since && until) return { expression: '#startedAt BETWEEN :since AND :until', names, values: { ':since': since, ':until': until } };
  if (since) return { expression: '#startedAt >= :since', names, values: { ':since': since } };
  if (until) return { expression: '#startedAt <= :until', names, values: { ':until': until } };
  return undefined;
}

function keyCondition(attribute: string, value: string, range: Expression | undefined): Expression {
  return {
    expression: `#pk = :pk${range ? ` AND ${range.expression}` : ''}`,
    names: { '#pk': attribute, ...range?.names },
    values: { ':pk': value, ...range?.values },
  };
}

const newestFirst = (a: RunRecord, b: RunRecord) =>
  a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : a.runId < b.runId ? 1 : -1;

export class RunReader {
  constructor(private readonly table: TableGateway) {}

  async get(runId: string): Promise<RunRecord | null> {
    const item = await this.table.get(runKey(runId));
    return item ? itemToRun(item) : null;
  }

  /** Runs matching every given filter, newest first. */
  async list(query: RunQuery = {}): Promise<RunRecord[]> {
    const limit = query.limit ?? DEFAULT_RUN_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new BadRequestError(`limit must be a whole number ≥ 1, got ${limit}`);
    if (query.status && !RUN_STATUSES.includes(query.status)) {
      throw new BadRequestError(`status must be one of ${RUN_STATUSES.join(', ')}, got ${JSON.stringify(query.status)}`);
    }
    const range = startedAtCondition(query);
    let items: Item[];
    if (query.repository) {
      items = await this.table.query({
        index: RUNS_BY_REPOSITORY_INDEX,
        key: keyCondition('repository', query.repository, range),
        ...(query.status
          ? { filter: { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': query.status } } }
          : {}),
        forward: false,
        maxItems: limit,
      });
    } else {
      // Without a repository, every status is one partition of the status index:
      // query each (six at most) and merge, so no request scans the table.
      const statuses = query.status ? [query.status] : RUN_STATUSES;
      const pages = await Promise.all(
        statuses.map((status) =>
          this.table.query({
            index: RUNS_BY_STATUS_INDEX,
            key: keyCondition('status', status, range),
            forward: false,
            maxItems: limit,
          }),
        ),
      );
      items = pages.flat();
    }
    return items.map(itemToRun).sort(newestFirst).slice(0, limit);
  }
}
