// The action's door to the platforms: the drivers (AWS, Databricks) built from
// the environment the workflow set up (OIDC credentials), and the engine's
// recovery. Kept in one module so that preview mode never loads it.
import type { DriverRegistry } from '../providers/driver.js';
import type { Plan } from '../plan/types.js';
import { recover, type RecoveryStrategy } from '../engine/recovery.js';
import type { ExecutionEvent } from '../engine/executor.js';
import type { TransactionLog } from '../engine/wal.js';
import { loadState, writeState } from '../state/store.js';
import { createAwsDrivers } from '../providers/aws/index.js';
import type { AppliedOperation } from '../render/summary.js';

export async function createDrivers(env: NodeJS.ProcessEnv, _plan?: Plan): Promise<DriverRegistry> {
  const aws = createAwsDrivers({ env });
  return { aws_s3_bucket: aws.aws_s3_bucket, aws_glue_database: aws.aws_glue_database, aws_glue_table: aws.aws_glue_table };
}

export interface RecoverRequest {
  strategy: RecoveryStrategy;
  drivers: DriverRegistry;
  concurrency: number;
  signal: AbortSignal;
  onEvent: (event: ExecutionEvent) => void;
}

export interface RecoverOutcome {
  status: string;
  operations: AppliedOperation[];
  notes: string[];
}

export async function recoverTransaction(stateDir: string, log: TransactionLog, request: RecoverRequest): Promise<RecoverOutcome> {
  const result = await recover({
    tx: log.tx,
    stateDir,
    strategy: request.strategy,
    drivers: request.drivers,
    concurrency: request.concurrency,
    signal: request.signal,
    onEvent: request.onEvent,
    loadState: () => loadState(stateDir),
    writeState: async (state) => {
      await writeState(stateDir, state);
    },
  });
  if (!result) return { status: 'clean', operations: [], notes: ['Nothing to recover.'] };
  const operations: AppliedOperation[] = result.probes.map((p) => ({
    key: p.key,
    type: p.key.split(':')[0] ?? '',
    name: p.key,
    action: p.step,
    outcome: `${p.logged}; ${p.exists ? (p.archived ? 'exists (archived)' : 'exists') : 'absent'} on the platform`,
    ...(p.error ? { error: p.error.message } : {}),
  }));
  const notes = [
    result.rolledForward
      ? 'The transaction had passed its commit point: it was finished forward.'
      : `Strategy ${result.strategy}: ${result.status.replace('_', ' ')}.`,
    ...result.left.map((l) => `Left behind: ${l.key} (${l.step}) — ${l.what}`),
  ];
  return { status: result.status, operations, notes };
}
