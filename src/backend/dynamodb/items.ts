// Item conversion, in one place: domain records (LockInfo, RunRecord) to the
// attributes stored in DynamoDB and back. Rules kept here and nowhere else:
// - times are ISO-8601 UTC strings (`toISOString()`, so they sort as they compare),
//   with epoch numbers beside them only where DynamoDB needs a number (lease
//   comparisons, the TTL attribute);
// - a boolean that is part of a key or index key is stored as the string
//   "true"/"false" (key attributes can only be strings, numbers or binary);
//   today's tables key on none, so the rule waits here for the first one;
// - key and index-key attributes are never empty (DynamoDB refuses an empty key);
// - optional fields are left out, never stored as null.
import type { LockInfo } from '../../engine/lock.js';
import type { RunRecord, RunStatus } from '../../engine/runs.js';
import { BadRequestError } from './errors.js';

export const RUN_STATUSES: readonly RunStatus[] = ['running', 'committed', 'rolled_back', 'rollback_failed', 'failed', 'noop'];

/** The lock table's TTL attribute (epoch seconds). */
export const LOCK_TTL_ATTRIBUTE = 'purgeAt';

/**
 * How long an expired lease stays readable before DynamoDB's TTL may remove it,
 * so `dpn status` can still name a holder that died.
 */
export const LOCK_PURGE_GRACE_SECONDS = 24 * 60 * 60;

export function isoUtc(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

// A date (midnight UTC) or a date-time with its zone: without one, JavaScript
// would read the time in the runner's local zone.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** Normalises an ISO-8601 time to UTC with milliseconds; refuses what is not one. */
export function normaliseTime(value: string, field: string): string {
  const ms = Date.parse(value);
  if (!ISO_TIME.test(value) || Number.isNaN(ms)) {
    throw new BadRequestError(`${field} must be an ISO-8601 time with a zone (e.g. 2026-03-01T12:00:00Z), got ${JSON.stringify(value)}`);
  }
  return isoUtc(ms);
}

function requireText(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new BadRequestError(`${what}: ${field} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function count(value: unknown, field: string, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new BadRequestError(`${what}: ${field} must be a whole number ≥ 0, got ${JSON.stringify(value)}`);
  }
  return value;
}

// ---- locks ------------------------------------------------------------------

export type LockKey = {
  scope: string;
};

export function lockKey(scope: string): LockKey {
  return { scope: requireText(scope, 'scope', 'lock') };
}

export function lockToItem(info: LockInfo): Record<string, unknown> {
  const what = `lock "${info.scope}"`;
  const expiresAtMs = Date.parse(normaliseTime(info.expiresAt, 'expiresAt'));
  return {
    scope: requireText(info.scope, 'scope', what),
    token: requireText(info.token, 'token', what),
    holder: requireText(info.holder, 'holder', what),
    ...(info.runUrl ? { runUrl: info.runUrl } : {}),
    ...(info.commit ? { commit: info.commit } : {}),
    acquiredAt: normaliseTime(info.acquiredAt, 'acquiredAt'),
    ...leaseAttributes(expiresAtMs),
  };
}

/** The attributes a renewal rewrites: the expiry, as text and as numbers. */
export function leaseAttributes(expiresAtMs: number): Record<string, string | number> {
  return {
    expiresAt: isoUtc(expiresAtMs),
    expiresAtMs,
    [LOCK_TTL_ATTRIBUTE]: Math.ceil(expiresAtMs / 1000) + LOCK_PURGE_GRACE_SECONDS,
  };
}

export function itemToLock(item: Record<string, unknown>): LockInfo {
  const what = 'stored lock';
  const runUrl = optionalText(item.runUrl);
  const commit = optionalText(item.commit);
  return {
    scope: requireText(item.scope, 'scope', what),
    token: requireText(item.token, 'token', what),
    holder: requireText(item.holder, 'holder', what),
    ...(runUrl ? { runUrl } : {}),
    ...(commit ? { commit } : {}),
    acquiredAt: requireText(item.acquiredAt, 'acquiredAt', what),
    expiresAt: requireText(item.expiresAt, 'expiresAt', what),
  };
}

// ---- runs -------------------------------------------------------------------

export type RunKey = {
  runId: string;
};

export function runKey(runId: string): RunKey {
  return { runId: requireText(runId, 'runId', 'run') };
}

function runStatus(value: unknown, what: string): RunStatus {
  if (typeof value !== 'string' || !(RUN_STATUSES as readonly string[]).includes(value)) {
    throw new BadRequestError(`${what}: status must be one of ${RUN_STATUSES.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as RunStatus;
}

export function runToItem(run: RunRecord): Record<string, unknown> {
  const what = `run "${run.runId}"`;
  if (!Array.isArray(run.blueprints) || run.blueprints.some((b) => typeof b !== 'string')) {
    throw new BadRequestError(`${what}: blueprints must be a list of paths`);
  }
  return {
    runId: requireText(run.runId, 'runId', what),
    repository: requireText(run.repository, 'repository', what),
    commit: requireText(run.commit, 'commit', what),
    blueprints: [...run.blueprints],
    creates: count(run.creates, 'creates', what),
    updates: count(run.updates, 'updates', what),
    deletes: count(run.deletes, 'deletes', what),
    status: runStatus(run.status, what),
    startedAt: normaliseTime(requireText(run.startedAt, 'startedAt', what), 'startedAt'),
    ...(run.endedAt ? { endedAt: normaliseTime(run.endedAt, 'endedAt') } : {}),
    ...(run.transactionId ? { transactionId: run.transactionId } : {}),
    ...(run.runUrl ? { runUrl: run.runUrl } : {}),
  };
}

export function itemToRun(item: Record<string, unknown>): RunRecord {
  const what = `stored run ${JSON.stringify(item.runId)}`;
  const blueprints = Array.isArray(item.blueprints) ? item.blueprints.filter((b): b is string => typeof b === 'string') : [];
  const endedAt = optionalText(item.endedAt);
  const transactionId = optionalText(item.transactionId);
  const runUrl = optionalText(item.runUrl);
  return {
    runId: requireText(item.runId, 'runId', what),
    repository: requireText(item.repository, 'repository', what),
    commit: requireText(item.commit, 'commit', what),
    blueprints,
    creates: count(item.creates, 'creates', what),
    updates: count(item.updates, 'updates', what),
    deletes: count(item.deletes, 'deletes', what),
    status: runStatus(item.status, what),
    startedAt: requireText(item.startedAt, 'startedAt', what),
    ...(endedAt ? { endedAt } : {}),
    ...(transactionId ? { transactionId } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}
