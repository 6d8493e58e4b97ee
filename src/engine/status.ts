// What `dpn status` (and the Action's status mode) reports: the state in
// numbers, transactions that need `dpn recover`, and who holds the lock.
import { loadState } from '../state/index.js';
import type { LockBackend, LockInfo } from './lock.js';
import { buildSteps } from './steps.js';
import { readTransaction, transactionIds, unfinishedTransactions, type LeftOver, type TransactionLog } from './wal.js';

export interface UnfinishedTransaction {
  tx: string;
  startedAt?: string;
  actor?: string;
  commit?: string;
  /** Steps the plan has, and how many the WAL shows done / failed / started without an outcome. */
  steps: { planned: number; done: number; failed: number; inFlight: number };
  /** Set when the transaction ended `rollback_failed` (as opposed to having no end record at all). */
  rollbackFailed: boolean;
  /** Reached its commit point: `dpn recover` finishes it forward. */
  committing: boolean;
  left: LeftOver[];
  /** The last line of its WAL was torn (the process died mid-write). */
  torn: boolean;
}

/**
 * The lock as status shows it: never its token (whoever has a holder's token can
 * release or renew its lock), and whether its lease ran out. A backend may report
 * an expired lease (DynamoDB keeps it until TTL) so status can name a dead holder.
 */
export type LockView = Omit<LockInfo, 'token'> & {
  expired: boolean;
  /** The lease has not run out but its holder is known to be gone (a dead local process): the next run takes it over. */
  stale?: boolean;
};

export function lockView(info: LockInfo, nowMs: number, backend?: LockBackend): LockView {
  const { token: _token, ...shown } = info;
  const expired = Date.parse(info.expiresAt) <= nowMs;
  return { ...shown, expired, ...(!expired && backend?.isStale?.(info) ? { stale: true } : {}) };
}

export interface EngineStatus {
  stateDir: string;
  resources: { total: number; archived: number; byType: Record<string, number>; byBlueprint: Record<string, number> };
  transactions: number;
  last?: { tx: string; end: string | null };
  unfinished: UnfinishedTransaction[];
  lock: LockView | null;
}

function describe(log: TransactionLog): UnfinishedTransaction {
  let planned = 0;
  try {
    planned = log.begin ? buildSteps(log.begin.plan).length : 0;
  } catch {
    planned = 0;
  }
  const done = new Set<string>();
  const failed = new Set<string>();
  const intents = new Set<string>();
  let committing = false;
  for (const r of log.records) {
    if (r.type === 'intent') intents.add(`${r.key}/${r.step}`);
    if (r.type === 'done') done.add(`${r.key}/${r.step}`);
    if (r.type === 'failed') failed.add(`${r.key}/${r.step}`);
    if (r.type === 'committing') committing = true;
    if (r.type === 'compensating') committing = false;
  }
  const inFlight = [...intents].filter((k) => !done.has(k) && !failed.has(k)).length;
  return {
    tx: log.tx,
    ...(log.begin ? { startedAt: log.begin.at, actor: log.begin.actor } : {}),
    ...(log.begin?.commit ? { commit: log.begin.commit } : {}),
    steps: { planned, done: done.size, failed: failed.size, inFlight },
    rollbackFailed: log.end?.type === 'rollback_failed',
    committing,
    left: log.end?.type === 'rollback_failed' ? log.end.left : [],
    torn: log.torn,
  };
}

export async function engineStatus(
  stateDir: string,
  lock?: { backend: LockBackend; scope: string },
  now: () => number = Date.now,
): Promise<EngineStatus> {
  const [state, ids, open, info] = await Promise.all([
    loadState(stateDir),
    transactionIds(stateDir),
    unfinishedTransactions(stateDir),
    lock ? lock.backend.inspect(lock.scope) : null,
  ]);
  const byType: Record<string, number> = {};
  const byBlueprint: Record<string, number> = {};
  let archived = 0;
  for (const r of state.resources.values()) {
    byType[r.type] = (byType[r.type] ?? 0) + 1;
    byBlueprint[r.blueprint] = (byBlueprint[r.blueprint] ?? 0) + 1;
    if (r.archived) archived++;
  }
  const lastId = ids.at(-1);
  const last = lastId ? await readTransaction(stateDir, lastId) : undefined;
  return {
    stateDir,
    resources: { total: state.resources.size, archived, byType, byBlueprint },
    transactions: ids.length,
    ...(last ? { last: { tx: last.tx, end: last.end?.type ?? null } } : {}),
    unfinished: open.map(describe),
    lock: info ? lockView(info, now(), lock?.backend) : null,
  };
}
