// Run history: one record per reconcile run. The default keeps history in Git
// (the WAL commits); the DynamoDB backend (src/backend/) stores it in a table.

export type RunStatus = 'running' | 'committed' | 'rolled_back' | 'rollback_failed' | 'failed' | 'noop';

export interface RunRecord {
  runId: string;
  repository: string;
  commit: string;
  blueprints: string[];
  creates: number;
  updates: number;
  deletes: number;
  status: RunStatus;
  /** UTC ISO-8601. */
  startedAt: string;
  endedAt?: string;
  transactionId?: string;
  runUrl?: string;
}

export interface RunRecorder {
  started(run: RunRecord): Promise<void>;
  finished(run: RunRecord): Promise<void>;
}

/** The default: history lives in the Git log of the state branch. */
export const NO_RUN_RECORDER: RunRecorder = {
  async started() {},
  async finished() {},
};
