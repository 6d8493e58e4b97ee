// What a face (the CLI, the Action) hands the flows: where state lives and how
// it is persisted, which lock, and where progress and warnings go. Everything
// else — the order of checks, the guards, the transaction — is the flow's.
import type { ExecutionEvent } from '../engine/executor.js';
import type { HeldLock, LockBackend, LockHolder } from '../engine/lock.js';
import type { RetryOptions, Sleep } from '../engine/retry.js';
import type { DriverRegistry } from '../providers/driver.js';

/** Which face runs the flow: messages that tell a user what to do differ (a laptop vs a workflow). */
export type FaceKind = 'cli' | 'action';

/** A moment the state directory must be persisted where the next run reads it. */
export type Checkpoint =
  | { kind: 'begin'; tx: string }
  | { kind: 'end'; tx: string; status: string; summary: string }
  | { kind: 'error'; tx: string }
  /** Before recovery writes its first record. */
  | { kind: 'recovering'; tx: string; strategy: string }
  | { kind: 'recover'; tx: string; strategy: string; status: string };

/** The state directory of one run, opened under the lock. */
export interface OpenState {
  /** Absolute; holds state/ and wal/. */
  readonly stateDir: string;
  /**
   * Persists what the run wrote (WAL records, state files). A local directory
   * has nothing to do; a Git state branch commits and pushes, rebasing on
   * rejection. Returns the commit made, if any.
   */
  persist(checkpoint: Checkpoint): Promise<string | null>;
  /** A WAL record is on disk but not yet where the next run reads it: the lock must be kept. */
  unpersisted(): boolean;
  close(): Promise<void>;
}

export interface StateWorkspace {
  /** Under the lock: the newest state. */
  open(): Promise<OpenState>;
  /** Without the lock and read only (status, drift): the newest state. `exists` is false when there is none yet. */
  read<T>(fn: (stateDir: string, exists: boolean) => Promise<T>): Promise<T>;
}

export interface FlowLock {
  backend: LockBackend;
  scope: string;
  holder: LockHolder;
  /** Renewed every third of it while the flow runs. Default 15 minutes. */
  leaseMs?: number;
  /** How long to wait for a busy lock. Default 0. */
  waitMs?: number;
  /** What is true of a lock left behind, for this backend and face ("lock busy" hint). */
  busyHint: string;
  onAcquired?: (lock: HeldLock) => void;
  onReleased?: () => void;
}

/** Where a flow says what is happening. */
export interface FlowSink {
  event?: (event: ExecutionEvent) => void;
  /** Something the user should know that does not stop the run (a run-history write failed, the lease was lost). */
  warn?: (message: string) => void;
  info?: (message: string) => void;
}

/** What every flow that calls a platform takes. */
export interface EngineOptions {
  /** Default: the production registry built from `env`. */
  drivers?: DriverRegistry;
  env?: NodeJS.ProcessEnv;
  concurrency?: number;
  signal?: AbortSignal;
  retry?: RetryOptions;
  sleep?: Sleep;
  actor?: string;
}
