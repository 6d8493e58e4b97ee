// The status flow: the state in numbers, the transactions without an end
// record, and the lock. A transaction whose holder still holds a live lock is
// in progress, not abandoned: status says so and advises nothing.
import { engineStatus, type EngineStatus, type UnfinishedTransaction } from '../engine/status.js';
import type { FlowLock, StateWorkspace } from './types.js';

export type TransactionCondition = 'in_progress' | 'abandoned' | 'rollback_failed' | 'committing';

export interface StatusOutcome extends EngineStatus {
  /** False when the state directory does not exist (nothing was ever applied there). */
  exists: boolean;
  /** Per unfinished transaction, what it is and what to do. */
  conditions: Array<{ tx: string; condition: TransactionCondition }>;
  /** Whether any transaction needs `recover` now. */
  needsRecovery: boolean;
}

function conditionOf(t: UnfinishedTransaction, lockLive: boolean): TransactionCondition {
  if (t.rollbackFailed) return 'rollback_failed';
  // The lock is held for the whole transaction: while it is live, someone is working.
  if (lockLive) return 'in_progress';
  return t.committing ? 'committing' : 'abandoned';
}

export async function statusFlow(options: { workspace: StateWorkspace; lock?: Pick<FlowLock, 'backend' | 'scope'>; now?: () => number }): Promise<StatusOutcome> {
  return options.workspace.read(async (stateDir, exists) => {
    const status = await engineStatus(stateDir, options.lock, options.now);
    const live = status.lock !== null && !status.lock.expired && status.lock.stale !== true;
    const conditions = status.unfinished.map((t) => ({ tx: t.tx, condition: conditionOf(t, live && !t.rollbackFailed) }));
    return { ...status, exists, conditions, needsRecovery: conditions.some((c) => c.condition !== 'in_progress') };
  });
}
