// The command side of the run history table: one item per reconcile run,
// written when it starts and rewritten when it ends.
import type { RunRecord, RunRecorder } from '../../engine/runs.js';
import { ConflictError } from './errors.js';
import type { TableGateway } from './gateway.js';
import { runToItem } from './items.js';

export class RunWriter implements RunRecorder {
  constructor(private readonly table: TableGateway) {}

  /**
   * Records a run as started. Repeating it (a retried request that had landed)
   * is harmless, but it never overwrites a run that already finished.
   */
  async started(run: RunRecord): Promise<void> {
    try {
      await this.table.put(runToItem(run), {
        expression: 'attribute_not_exists(#runId) OR #status = :running',
        names: { '#runId': 'runId', '#status': 'status' },
        values: { ':running': 'running' },
      });
    } catch (error) {
      if (error instanceof ConflictError) {
        throw new ConflictError(`run "${run.runId}" is already recorded as finished; a run id must not be reused`, error);
      }
      throw error;
    }
  }

  /** Records the outcome; the item is replaced whole, so counts and times are final. */
  async finished(run: RunRecord): Promise<void> {
    await this.table.put(runToItem(run));
  }

  /**
   * Writes many finished runs at once (backfilling history from the Git log,
   * moving between prefixes): batch writes, no atomicity, last write wins.
   */
  async importRuns(runs: RunRecord[]): Promise<void> {
    await this.table.batchPut(runs.map(runToItem));
  }
}
