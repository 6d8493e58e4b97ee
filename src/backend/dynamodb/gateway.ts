// The table gateway: the only code that sends requests to DynamoDB. It owns
// - mapping DynamoDB exceptions to backend errors (conflict, retryable, bad request…),
// - retrying what is retryable, with exponential backoff and an injectable sleep,
// - DynamoDB's request limits, checked before the call: 400 KB per item,
//   25 puts per BatchWriteItem (with bounded retries of unprocessed items),
//   100 items and 4 MB per transaction.
// Transactions over 100 items are refused, never split: a caller that asks for a
// transaction wants all-or-nothing, and two transactions are not that. Writes
// that need no atomicity go through `batchPut`, which chunks freely.
import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import pRetry from 'p-retry';
import {
  AccessDeniedError,
  BackendError,
  BadRequestError,
  ConflictError,
  RetryableError,
  TableMissingError,
} from './errors.js';
import { MAX_ITEM_BYTES, itemBytes } from './size.js';

export const MAX_BATCH_WRITE_ITEMS = 25;
export const MAX_TRANSACTION_ITEMS = 100;
export const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;

export type Item = Record<string, unknown>;

/** An expression with its placeholders; names and values of several parts are merged. */
export interface Expression {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Rounds of resending BatchWriteItem's UnprocessedItems before giving up. */
  maxBatchRounds: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 6,
  baseDelayMs: 50,
  maxDelayMs: 5_000,
  maxBatchRounds: 8,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Exponential backoff with jitter: between half and all of min(max, base·2^(n-1)). */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + policy.random() / 2));
}

const RETRYABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TransactionConflictException',
  'TransactionInProgressException',
  'LimitExceededException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET']);

const ACCESS_NAMES = new Set([
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'MissingAuthenticationTokenException',
  'CredentialsProviderError',
]);

interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: Array<{ Code?: string; Message?: string }>;
  /** With ReturnValuesOnConditionCheckFailure: the stored item, in wire form. */
  Item?: Record<string, unknown>;
}

/** Maps anything a DynamoDB call threw to a backend error naming the table and the operation. */
export function toBackendError(error: unknown, operation: string, table: string): Error {
  if (error instanceof BackendError) return error;
  const e = (error ?? {}) as SdkError;
  const name = e.name ?? 'Error';
  const detail = `${operation} on "${table}"`;
  const said = e.message ? `: ${e.message}` : '';
  if (name === 'ConditionalCheckFailedException') {
    let current: Record<string, unknown> | undefined;
    try {
      current = e.Item ? unmarshall(e.Item as Parameters<typeof unmarshall>[0]) : undefined;
    } catch {
      current = undefined;
    }
    return new ConflictError(`${detail}: the condition did not hold (the item changed)`, error, current);
  }
  if (name === 'TransactionCanceledException') {
    const codes = (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
    if (codes.includes('ConditionalCheckFailed')) {
      return new ConflictError(`${detail}: a condition in the transaction did not hold (${codes.join(', ')})`, error);
    }
    if (codes.some((c) => c === 'ThrottlingError' || c === 'ProvisionedThroughputExceeded' || c === 'TransactionConflict')) {
      return new RetryableError(`${detail} was cancelled (${codes.join(', ')})`, error);
    }
    return new BadRequestError(`${detail} was cancelled (${codes.join(', ')})${said}`, { cause: error });
  }
  if (RETRYABLE_NAMES.has(name)) return new RetryableError(`${detail} was throttled or failed (${name})${said}`, error);
  if (name === 'ResourceNotFoundException') return new TableMissingError(table, error);
  if (ACCESS_NAMES.has(name)) return new AccessDeniedError(`${detail} was denied (${name})${said}`, error);
  if (name === 'ValidationException' || name === 'SerializationException' || name === 'ItemCollectionSizeLimitExceededException') {
    return new BadRequestError(`${detail} was refused by DynamoDB (${name})${said}`, { cause: error });
  }
  if (/region is missing/i.test(e.message ?? '')) {
    return new BadRequestError('no AWS region is configured for DynamoDB', {
      hint: 'set AWS_REGION (or AWS_DEFAULT_REGION)',
      cause: error,
    });
  }
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return new RetryableError(`${detail} failed with HTTP ${status}${said}`, error);
  if ((e.code && NETWORK_CODES.has(e.code)) || NETWORK_CODES.has(name)) {
    return new RetryableError(`${detail} could not reach DynamoDB (${e.code ?? name})${said}`, error);
  }
  if (status !== undefined) {
    return new BackendError(`${detail} failed (${name}, HTTP ${status})${said}`, 'DYNAMODB_ERROR', { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Resolves when `ms` passed or `signal` fired, whichever comes first. */
async function pause(policy: RetryPolicy, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return policy.sleep(ms);
  if (signal.aborted) return;
  let stop: () => void = () => {};
  const aborted = new Promise<void>((resolve) => {
    stop = resolve;
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await Promise.race([policy.sleep(ms), aborted]);
  stop();
}

/**
 * Runs one request with the retry policy. Exported for the control-plane calls of
 * `backend init`, which use the low-level client but the same error mapping.
 * `signal` bounds the whole call, retries included (a lease's end): when it
 * fires, the request in flight is abandoned and the call fails as retryable.
 */
export async function callDynamo<T>(
  operation: string,
  table: string,
  policy: RetryPolicy,
  send: (signal?: AbortSignal) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  try {
    return await pRetry(
      async () => {
        try {
          return await send(signal);
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          throw toBackendError(error, operation, table);
        }
      },
      {
        retries: policy.retries,
        // The delay is ours (below), so tests can inject a sleep that does not wait.
        minTimeout: 0,
        maxTimeout: 0,
        ...(signal ? { signal } : {}),
        shouldRetry: ({ error }) => error instanceof BackendError && error.retryable,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          if (error instanceof BackendError && error.retryable && retriesLeft > 0) {
            await pause(policy, backoffDelay(attemptNumber, policy), signal);
          }
        },
      },
    );
  } catch (error) {
    if (signal?.aborted) {
      throw new RetryableError(`${operation} on "${table}" did not complete in the time it had`, error);
    }
    throw error;
  }
}

export interface QueryRequest {
  index?: string;
  key: Expression;
  filter?: Expression;
  /** Newest first when false (sort key descending). */
  forward?: boolean;
  /** Stop after this many matching items. */
  maxItems?: number;
}

export type TransactWrite =
  | { put: Item; condition?: Expression }
  | { delete: Item; condition?: Expression }
  | { check: Item; condition: Expression };

function merged(...parts: Array<Expression | undefined>): {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
} {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const part of parts) {
    if (!part) continue;
    Object.assign(names, part.names);
    Object.assign(values, part.values);
  }
  return {
    ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
  };
}

export class TableGateway {
  private readonly policy: RetryPolicy;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
    /** The table's key attributes, to spot duplicate keys before DynamoDB refuses them. */
    readonly keyAttributes: readonly string[],
    policy: Partial<RetryPolicy> = {},
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
  }

  private call<T>(operation: string, send: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return callDynamo(operation, this.tableName, this.policy, send, signal);
  }

  private checkSize(item: Item, operation: string): number {
    const bytes = itemBytes(item);
    if (bytes > MAX_ITEM_BYTES) {
      const key = this.keyAttributes.map((k) => `${k}=${JSON.stringify(item[k])}`).join(', ');
      throw new BadRequestError(
        `${operation} on "${this.tableName}": the item (${key}) is ${bytes} bytes, over DynamoDB's limit of ${MAX_ITEM_BYTES} bytes (400 KB)`,
        { hint: 'store less in one item (e.g. fewer blueprint paths); nothing was written' },
      );
    }
    return bytes;
  }

  private keyOf(item: Item): string {
    return JSON.stringify(this.keyAttributes.map((k) => item[k]));
  }

  /** A strongly consistent read: a lock decision must not act on a stale replica. */
  async get(key: Item): Promise<Item | null> {
    const out = await this.call('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true })),
    );
    return (out.Item as Item | undefined) ?? null;
  }

  /**
   * Puts an item. When the condition fails, the ConflictError carries the item
   * that stood in the way (`current`), saving the caller a read.
   */
  async put(item: Item, condition?: Expression): Promise<void> {
    this.checkSize(item, 'PutItem');
    await this.call('PutItem', () =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ...(condition
            ? { ConditionExpression: condition.expression, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const }
            : {}),
          ...merged(condition),
        }),
      ),
    );
  }

  /**
   * Sets the given attributes of an existing item. Only the key and the new
   * attributes are measured here: the stored rest is unknown without a read,
   * and DynamoDB itself refuses an update that makes the item too large.
   */
  async update(key: Item, set: Item, condition?: Expression, signal?: AbortSignal): Promise<void> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const clauses = Object.entries(set).map(([attribute, value], i) => {
      names[`#u${i}`] = attribute;
      values[`:u${i}`] = value;
      return `#u${i} = :u${i}`;
    });
    this.checkSize({ ...key, ...set }, 'UpdateItem');
    await this.call(
      'UpdateItem',
      (abortSignal) =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: key,
            UpdateExpression: `SET ${clauses.join(', ')}`,
            ...(condition ? { ConditionExpression: condition.expression } : {}),
            ...merged({ expression: '', names, values }, condition),
          }),
          abortSignal ? { abortSignal } : {},
        ),
      signal,
    );
  }

  async delete(key: Item, condition?: Expression): Promise<void> {
    await this.call('DeleteItem', () =>
      this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: key,
          ...(condition ? { ConditionExpression: condition.expression } : {}),
          ...merged(condition),
        }),
      ),
    );
  }

  /** Every matching item, page after page, up to `maxItems`. */
  async query(request: QueryRequest): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.call('Query', () =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            ...(request.index ? { IndexName: request.index } : {}),
            KeyConditionExpression: request.key.expression,
            ...(request.filter ? { FilterExpression: request.filter.expression } : {}),
            ...merged(request.key, request.filter),
            ScanIndexForward: request.forward ?? true,
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        ),
      );
      for (const item of page.Items ?? []) {
        items.push(item as Item);
        if (request.maxItems !== undefined && items.length >= request.maxItems) return items;
      }
      startKey = page.LastEvaluatedKey as Record<string, unknown> | undefined;
    } while (startKey);
    return items;
  }

  /**
   * Puts many items without atomicity: chunks of 25 (DynamoDB's BatchWriteItem
   * limit), each chunk's UnprocessedItems resent with backoff for a bounded
   * number of rounds. Every item is size-checked before the first request.
   */
  async batchPut(items: Item[]): Promise<void> {
    const seen = new Set<string>();
    for (const item of items) {
      this.checkSize(item, 'BatchWriteItem');
      const key = this.keyOf(item);
      // DynamoDB refuses a batch naming one key twice; across chunks the later
      // write would silently win, so refuse both cases alike.
      if (seen.has(key)) {
        throw new BadRequestError(`BatchWriteItem on "${this.tableName}": the key ${key} appears twice; nothing was written`);
      }
      seen.add(key);
    }
    for (let start = 0; start < items.length; start += MAX_BATCH_WRITE_ITEMS) {
      let pending = items.slice(start, start + MAX_BATCH_WRITE_ITEMS).map((item) => ({ PutRequest: { Item: item } }));
      for (let round = 1; pending.length > 0; round++) {
        const requests = pending;
        const out = await this.call('BatchWriteItem', () =>
          this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } })),
        );
        const unprocessed = out.UnprocessedItems?.[this.tableName] ?? [];
        pending = unprocessed.flatMap((request) =>
          request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item as Item } }] : [],
        );
        if (pending.length === 0) break;
        if (round >= this.policy.maxBatchRounds) {
          throw new RetryableError(
            `BatchWriteItem on "${this.tableName}": ${pending.length} item(s) still unprocessed after ${round} rounds`,
          );
        }
        await this.policy.sleep(backoffDelay(round, this.policy));
      }
    }
  }

  /**
   * All-or-nothing writes on this table. More than 100 items (or 4 MB) is refused
   * before any request: splitting would silently give up the atomicity asked for.
   */
  async transactWrite(writes: TransactWrite[]): Promise<void> {
    if (writes.length === 0) return;
    if (writes.length > MAX_TRANSACTION_ITEMS) {
      throw new BadRequestError(
        `TransactWriteItems on "${this.tableName}": ${writes.length} items asked for, DynamoDB allows at most ${MAX_TRANSACTION_ITEMS} in one transaction; nothing was written`,
        { hint: 'split the work into transactions that are each safe on their own, or use a batch write where atomicity is not needed' },
      );
    }
    let total = 0;
    const seen = new Set<string>();
    const requests = writes.map((write) => {
      const item = 'put' in write ? write.put : 'delete' in write ? write.delete : write.check;
      total += 'put' in write ? this.checkSize(item, 'TransactWriteItems') : itemBytes(item);
      const key = this.keyOf(item);
      if (seen.has(key)) {
        throw new BadRequestError(
          `TransactWriteItems on "${this.tableName}": the key ${key} appears twice; DynamoDB allows one action per item`,
        );
      }
      seen.add(key);
      const condition = write.condition
        ? { ConditionExpression: write.condition.expression, ...merged(write.condition) }
        : {};
      if ('put' in write) return { Put: { TableName: this.tableName, Item: write.put, ...condition } };
      if ('delete' in write) return { Delete: { TableName: this.tableName, Key: write.delete, ...condition } };
      return {
        ConditionCheck: {
          TableName: this.tableName,
          Key: write.check,
          ConditionExpression: write.condition.expression,
          ...merged(write.condition),
        },
      };
    });
    if (total > MAX_TRANSACTION_BYTES) {
      throw new BadRequestError(
        `TransactWriteItems on "${this.tableName}": ${total} bytes, over DynamoDB's 4 MB per transaction; nothing was written`,
      );
    }
    await this.call('TransactWriteItems', () => this.db.send(new TransactWriteCommand({ TransactItems: requests })));
  }
}
