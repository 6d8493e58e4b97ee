// The DynamoDB backend's public face: locks and run history shared by many
// repositories that reconcile against the same accounts. The engine, the CLI and
// the action load this module only when `lock-backend: dynamodb` is chosen, so
// the default path never loads the SDK.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { LockBackend } from '../../engine/lock.js';
import type { RunRecord, RunRecorder } from '../../engine/runs.js';
import { createDocumentClient, createDynamoClient } from './client.js';
import { TableGateway, type RetryPolicy } from './gateway.js';
import { LockReader } from './locks-read.js';
import { LockWriter, type LockWriterOptions } from './locks-write.js';
import { RunReader, type RunQuery } from './runs-read.js';
import { RunWriter } from './runs-write.js';
import { iamPolicy, initTables, tableNames, type PolicyScope, type TableReport } from './tables.js';

export interface DynamoBackendOptions {
  /** Tables are `<tablePrefix>-locks` and `<tablePrefix>-runs`. */
  tablePrefix: string;
  /** A ready client; otherwise one is built from `env`. */
  client?: DynamoDBClient;
  /** AWS_REGION / AWS_DEFAULT_REGION, AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL, credentials; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Retry policy of every request (tests inject a sleep that does not wait). */
  retry?: Partial<RetryPolicy>;
  /** Per-request timeout when the client is built here (default 10 s). */
  requestTimeoutMs?: number;
}

function clientFor(options: DynamoBackendOptions): DynamoDBClient {
  return (
    options.client ??
    createDynamoClient(
      options.env ?? process.env,
      options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {},
    )
  );
}

export interface DynamoLockBackendOptions extends DynamoBackendOptions, LockWriterOptions {}

export interface DynamoLockBackend extends LockBackend {
  readonly tableName: string;
}

export interface RunReadApi {
  readonly tableName: string;
  get(runId: string): Promise<RunRecord | null>;
  list(query?: RunQuery): Promise<RunRecord[]>;
}

export interface DynamoRunRecorder extends RunRecorder {
  readonly tableName: string;
  importRuns: RunWriter['importRuns'];
}

function gatewayFor(options: DynamoBackendOptions, table: string, keys: string[]): TableGateway {
  return new TableGateway(createDocumentClient(clientFor(options)), table, keys, options.retry ?? {});
}

export function createDynamoLockBackend(options: DynamoLockBackendOptions): DynamoLockBackend {
  const table = tableNames(options.tablePrefix).locks;
  const gateway = gatewayFor(options, table, ['scope']);
  const reader = new LockReader(gateway);
  const writer = new LockWriter(gateway, reader, options);
  return {
    tableName: table,
    acquire: (scope, who, acquireOptions) => writer.acquire(scope, who, acquireOptions),
    inspect: (scope) => reader.inspect(scope),
    breakLock: (scope, expected, breakOptions) => writer.breakLock(scope, expected, breakOptions),
  };
}

export function createDynamoRunRecorder(options: DynamoBackendOptions): DynamoRunRecorder {
  const table = tableNames(options.tablePrefix).runs;
  const writer = new RunWriter(gatewayFor(options, table, ['runId']));
  return {
    tableName: table,
    started: (run) => writer.started(run),
    finished: (run) => writer.finished(run),
    importRuns: (runs) => writer.importRuns(runs),
  };
}

export function createDynamoRunReader(options: DynamoBackendOptions): RunReadApi {
  const table = tableNames(options.tablePrefix).runs;
  const reader = new RunReader(gatewayFor(options, table, ['runId']));
  return {
    tableName: table,
    get: (runId) => reader.get(runId),
    list: (query) => reader.list(query),
  };
}

/** Creates both tables (idempotent) and enables TTL on the lock table. */
export async function initDynamoBackend(
  options: DynamoBackendOptions & { activeTimeoutMs?: number },
): Promise<TableReport[]> {
  return initTables({
    client: clientFor(options),
    prefix: options.tablePrefix,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.activeTimeoutMs !== undefined ? { activeTimeoutMs: options.activeTimeoutMs } : {}),
  });
}

export { iamPolicy, tableNames, type PolicyScope, type TableReport };
export { isExpired } from './locks-read.js';
export { LOCK_TTL_ATTRIBUTE } from './items.js';
export { LockLostError, DynamoHeldLock } from './locks-write.js';
export { parseSince, DEFAULT_RUN_LIMIT, type RunQuery } from './runs-read.js';
export { createDynamoClient } from './client.js';
export * from './errors.js';
