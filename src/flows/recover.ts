// The recover flow, for every face: under the lock, pick the transaction
// without an end record (or the one named), let the engine probe and roll
// back or resume it, and persist the WAL and state where the next run reads them.
import { UserError } from '../errors.js';
import { recover, type RecoveryResult, type RecoveryStrategy } from '../engine/recovery.js';
import { unfinishedTransactions } from '../engine/wal.js';
import { loadState, writeState } from '../state/index.js';
import { runner } from '../engine/actor.js';
import { productionDrivers, underLock, type FlowBase } from './reconcile.js';

export interface RecoverFlowOptions extends FlowBase {
  /** Default: the only unfinished transaction (several need this). */
  tx?: string;
  strategy?: RecoveryStrategy;
}

export interface RecoverOutcome {
  /** `clean`: no transaction needed recovery. */
  status: 'clean' | RecoveryResult['status'];
  recovery?: RecoveryResult;
  stateFiles: string[];
  persisted: string[];
  lockLost: boolean;
}

export async function recoverFlow(options: RecoverFlowOptions): Promise<RecoverOutcome> {
  const { drivers, close } = await productionDrivers(options);
  try {
    return await underLock(options, async (open, lost) => {
      const candidates = await unfinishedTransactions(open.stateDir);
      if (!options.tx && candidates.length > 1) {
        throw new UserError(
          `${candidates.length} transactions have no end record (${candidates.map((t) => t.tx).join(', ')})`,
          'RECOVER_AMBIGUOUS',
          options.face === 'action' ? 'set the "transaction" input to the one to recover, oldest first' : 'give --tx ID for the one to recover, oldest first',
        );
      }
      const tx = options.tx ?? candidates[0]?.tx;
      if (!tx) return { status: 'clean', stateFiles: [], persisted: [], lockLost: false };
      let stateFiles: string[] = [];
      const signal = options.signal ? AbortSignal.any([options.signal, lost]) : lost;
      const persisted: string[] = [];
      let recovery: RecoveryResult | undefined;
      const strategy = options.strategy ?? 'rollback';
      const started = await open.persist({ kind: 'recovering', tx, strategy });
      if (started) persisted.push(started);
      try {
        recovery = await recover({
          stateDir: open.stateDir,
          drivers,
          tx,
          loadState: () => loadState(open.stateDir),
          writeState: async (next) => {
            stateFiles = await writeState(open.stateDir, next);
          },
          signal,
          ...(options.strategy ? { strategy: options.strategy } : {}),
          ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
          ...(options.retry ? { retry: options.retry } : {}),
          ...(options.sleep ? { sleep: options.sleep } : {}),
          ...(options.sink?.event ? { onEvent: options.sink.event } : {}),
          actor: options.actor ?? runner(options.env ?? process.env).holder,
        });
      } finally {
        const sha = await open.persist({ kind: 'recover', tx, strategy, status: recovery?.status ?? 'interrupted' });
        if (sha) persisted.push(sha);
      }
      if (!recovery) return { status: 'clean', stateFiles, persisted, lockLost: lost.aborted };
      return { status: recovery.status, recovery, stateFiles, persisted, lockLost: lost.aborted };
    });
  } finally {
    close();
  }
}
