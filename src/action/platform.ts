// The action's door to the platforms: the drivers (AWS, Databricks) built from
// the environment the workflow set up (OIDC credentials), and the engine's
// recovery. Kept in one module so that preview mode never loads it.
import type { DriverRegistry } from '../providers/driver.js';
import type { Plan } from '../plan/types.js';
import { recover, type RecoveryStrategy } from '../engine/recovery.js';
import type { ExecutionEvent } from '../engine/executor.js';
import { WalWriter, type TransactionLog } from '../engine/wal.js';
import { beforeOf, buildSteps } from '../engine/steps.js';
import { loadState, writeState } from '../state/store.js';
import { createDrivers as registryDrivers } from '../providers/registry.js';
import type { AppliedOperation } from '../render/summary.js';

/** Drivers for every provisioned type; each provider's SDK loads on its first call. */
export async function createDrivers(env: NodeJS.ProcessEnv, _plan?: Plan): Promise<DriverRegistry> {
  return registryDrivers(env);
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

/**
 * The WAL in Git may end at `begin`: the runner pushes it before the first side
 * effect and may die before pushing more. A step with no intent in that file
 * may still have run, so it gets an intent now (its before image is the state,
 * which no step changes before the commit point) and recovery probes it like
 * any step that started. Steps that never ran probe as untouched.
 */
export async function markUnloggedSteps(stateDir: string, log: TransactionLog): Promise<number> {
  if (!log.begin || log.end || log.records.some((r) => r.type === 'committing')) return 0;
  const logged = new Set(log.records.filter((r) => r.type === 'intent').map((r) => `${r.key}\0${(r as { step: string }).step}`));
  const missing = buildSteps(log.begin.plan).filter((n) => !logged.has(`${n.key}\0${n.step}`));
  if (missing.length === 0) return 0;
  const state = await loadState(stateDir);
  const wal = await WalWriter.reopen(stateDir, log.tx);
  try {
    for (const node of missing) {
      await wal.append({ type: 'intent', key: node.key, action: node.op.action, step: node.step, before: beforeOf(node, state) });
    }
  } finally {
    await wal.close();
  }
  return missing.length;
}

export async function recoverTransaction(stateDir: string, log: TransactionLog, request: RecoverRequest): Promise<RecoverOutcome> {
  const unlogged = await markUnloggedSteps(stateDir, log);
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
    ...(unlogged
      ? [`${unlogged} planned step${unlogged === 1 ? '' : 's'} had no record in the pushed WAL (the runner stopped before pushing them); each was probed on the platform.`]
      : []),
    result.rolledForward
      ? 'The transaction had passed its commit point: it was finished forward.'
      : `Strategy ${result.strategy}: ${result.status.replace('_', ' ')}.`,
    ...result.left.map((l) => `Left behind: ${l.key} (${l.step}) — ${l.what}`),
  ];
  return { status: result.status, operations, notes };
}
