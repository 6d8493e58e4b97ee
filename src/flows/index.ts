// The flows layer: reconcile, create, recover, status, unlock and drift,
// written once above the engine; the CLI and the Action supply a state
// workspace, a lock, a sink for progress, and render the values returned.
export * from './types.js';
export { withLock, DEFAULT_LEASE_MS } from './lock.js';
export { runner } from '../engine/actor.js';
export { LocalWorkspace } from './workspace.js';
export { preflight, type PreflightProblem } from './preflight.js';
export {
  applyPlanFlow,
  reconcileFlow,
  type ApplyPlanOutcome,
  type BlueprintSource,
  type Desired,
  type ReconcileFlowOptions,
  type ReconcileOutcome,
  type ReconcileStatus,
  type Refusal,
} from './reconcile.js';
export { recoverFlow, type RecoverOutcome } from './recover.js';
export { statusFlow, type StatusOutcome, type TransactionCondition } from './status.js';
export { unlockFlow, type UnlockOutcome } from './unlock.js';
export { detectDrift, driftFlow, type DriftOutcome } from './drift.js';
