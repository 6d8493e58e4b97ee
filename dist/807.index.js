export const id = 807;
export const ids = [807];
export const modules = {

/***/ 1807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AccessDeniedError: () => (/* reexport */ AccessDeniedError),
  BackendError: () => (/* reexport */ BackendError),
  BadRequestError: () => (/* reexport */ BadRequestError),
  ConflictError: () => (/* reexport */ ConflictError),
  DEFAULT_RUN_LIMIT: () => (/* reexport */ DEFAULT_RUN_LIMIT),
  DynamoHeldLock: () => (/* reexport */ DynamoHeldLock),
  LOCK_TTL_ATTRIBUTE: () => (/* reexport */ LOCK_TTL_ATTRIBUTE),
  LockLostError: () => (/* reexport */ LockLostError),
  RetryableError: () => (/* reexport */ RetryableError),
  TableMissingError: () => (/* reexport */ TableMissingError),
  createDynamoClient: () => (/* reexport */ createDynamoClient),
  createDynamoLockBackend: () => (/* binding */ createDynamoLockBackend),
  createDynamoRunReader: () => (/* binding */ createDynamoRunReader),
  createDynamoRunRecorder: () => (/* binding */ createDynamoRunRecorder),
  iamPolicy: () => (/* reexport */ iamPolicy),
  initDynamoBackend: () => (/* binding */ initDynamoBackend),
  isExpired: () => (/* reexport */ isExpired),
  parseSince: () => (/* reexport */ parseSince),
  tableNames: () => (/* reexport */ tableNames)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(4305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-dynamodb/dist-cjs/index.js
var lib_dynamodb_dist_cjs = __webpack_require__(8907);
;// CONCATENATED MODULE: ./src/backend/dynamodb/client.ts
// Builds the DynamoDB client from an environment, the one place that reads
// AWS_* variables for this backend. The SDK's own retries are switched off
// (maxAttempts 1) because the gateway retries with its own, testable policy;
// two layers of retries would multiply the attempts a throttled runner makes.


/** The endpoint this environment points DynamoDB at, if any (local emulators, VPC endpoints). */
function dynamoEndpoint(env) {
    const endpoint = env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL;
    return endpoint ? endpoint : undefined;
}
function createDynamoClient(env = process.env, timeouts = {}) {
    const endpoint = dynamoEndpoint(env);
    const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    return new dist_cjs.DynamoDBClient({
        maxAttempts: 1,
        // A hung renewal would hold up release and outlive the lease; without
        // throwOnRequestTimeout the handler only logs a warning and keeps waiting.
        requestHandler: {
            requestTimeout: timeouts.requestTimeoutMs ?? 10_000,
            connectionTimeout: timeouts.connectionTimeoutMs ?? 3_000,
            throwOnRequestTimeout: true,
        },
        ...(endpoint ? { endpoint } : {}),
        ...(region ? { region } : {}),
        // An explicit environment (tests, the action's inputs) must win over whatever
        // the process inherited; without keys here the SDK's default chain applies.
        ...(accessKeyId && secretAccessKey
            ? {
                credentials: {
                    accessKeyId,
                    secretAccessKey,
                    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
                },
            }
            : {}),
    });
}
function createDocumentClient(client) {
    return lib_dynamodb_dist_cjs/* DynamoDBDocumentClient */.TG.from(client, {
        marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
        unmarshallOptions: { wrapNumbers: false },
    });
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/util-dynamodb/dist-cjs/index.js
var util_dynamodb_dist_cjs = __webpack_require__(5290);
// EXTERNAL MODULE: ./node_modules/p-retry/index.js + 1 modules
var p_retry = __webpack_require__(4995);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/backend/dynamodb/errors.ts
// The errors the DynamoDB backend raises, one per failure a caller can act on.
// The gateway turns every DynamoDB exception into one of these, so nothing above
// it ever looks at an SDK error name.

/** Base of every backend error; `retryable` tells the gateway whether to try again. */
class BackendError extends errors/* UserError */.yo {
    retryable;
    constructor(message, code, options = {}) {
        super(message, code, options.hint);
        this.name = 'BackendError';
        this.retryable = options.retryable ?? false;
        if (options.cause !== undefined)
            this.cause = options.cause;
    }
}
/** A condition did not hold: someone else holds the lock, or the item changed underneath us. */
class ConflictError extends BackendError {
    current;
    constructor(message, cause, 
    /** The item as it stood when the condition failed, when the request asked for it. */
    current) {
        super(message, 'DYNAMODB_CONFLICT', { cause });
        this.current = current;
        this.name = 'ConflictError';
    }
}
/** Throttling or a server-side failure: worth trying again after a pause. */
class RetryableError extends BackendError {
    constructor(message, cause) {
        super(message, 'DYNAMODB_RETRYABLE', {
            retryable: true,
            cause,
            hint: 'DynamoDB throttled or failed the request; on-demand tables absorb bursts after a short while, retry the run',
        });
        this.name = 'RetryableError';
    }
}
/** DynamoDB (or our own pre-flight check) refused the request as malformed. */
class BadRequestError extends BackendError {
    constructor(message, options = {}) {
        super(message, 'DYNAMODB_BAD_REQUEST', options);
        this.name = 'BadRequestError';
    }
}
/** The table is missing: the backend was never initialised with this prefix. */
class TableMissingError extends BackendError {
    table;
    constructor(table, cause) {
        super(`DynamoDB table "${table}" does not exist`, 'DYNAMODB_TABLE_MISSING', {
            cause,
            hint: `create the tables once with: dpn backend init --table-prefix ${table.replace(/-(locks|runs)$/, '')}`,
        });
        this.table = table;
        this.name = 'TableMissingError';
    }
}
/** Credentials missing or lacking a permission. */
class AccessDeniedError extends BackendError {
    constructor(message, cause) {
        super(message, 'DYNAMODB_ACCESS_DENIED', {
            cause,
            hint: 'check the AWS credentials and that their policy grants what `dpn backend policy` prints',
        });
        this.name = 'AccessDeniedError';
    }
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/size.ts
// How many bytes DynamoDB counts for an item, by its documented rules ("Item sizes
// and formats"), measured on the plain values the DocumentClient will marshall.
// The gateway refuses an item over the limit before sending it, so a runner never
// spends a round trip (or a retry budget) on a write that cannot succeed.
/** DynamoDB's per-item ceiling: 400 KB, names and values together. */
const MAX_ITEM_BYTES = 400 * 1024;
const utf8 = (text) => Buffer.byteLength(text, 'utf8');
/** A number's size: one byte per two significant digits, plus one. */
function numberBytes(value) {
    let digits = String(value)
        .replace(/^-/, '')
        .replace(/e[+-]?\d+$/i, '')
        .replace('.', '')
        .replace(/^0+/, '')
        .replace(/0+$/, '');
    if (digits === '')
        digits = '0';
    return Math.ceil(digits.length / 2) + 1;
}
function valueBytes(value) {
    if (value === null)
        return 1;
    switch (typeof value) {
        case 'string':
            return utf8(value);
        case 'number':
        case 'bigint':
            return numberBytes(value);
        case 'boolean':
            return 1;
        default:
            break;
    }
    if (value instanceof Uint8Array)
        return value.byteLength;
    if (value instanceof Set) {
        let total = 0;
        for (const member of value)
            total += valueBytes(member);
        return total;
    }
    // Lists and maps: 3 bytes for the container, 1 per element, plus the elements
    // (and, in a map, each key's name).
    if (Array.isArray(value)) {
        let total = 3;
        for (const element of value)
            total += 1 + valueBytes(element);
        return total;
    }
    if (typeof value === 'object') {
        let total = 3;
        for (const [key, element] of Object.entries(value)) {
            if (element === undefined)
                continue;
            total += 1 + utf8(key) + valueBytes(element);
        }
        return total;
    }
    throw new TypeError(`cannot store a ${typeof value} in DynamoDB`);
}
/** The item's size in bytes: each attribute's name plus its value. */
function itemBytes(item) {
    let total = 0;
    for (const [name, value] of Object.entries(item)) {
        if (value === undefined)
            continue;
        total += utf8(name) + valueBytes(value);
    }
    return total;
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/gateway.ts
// The table gateway: the only code that sends requests to DynamoDB. It owns
// - mapping DynamoDB exceptions to backend errors (conflict, retryable, bad request…),
// - retrying what is retryable, with exponential backoff and an injectable sleep,
// - DynamoDB's request limits, checked before the call: 400 KB per item,
//   25 puts per BatchWriteItem (with bounded retries of unprocessed items),
//   100 items and 4 MB per transaction.
// Transactions over 100 items are refused, never split: a caller that asks for a
// transaction wants all-or-nothing, and two transactions are not that. Writes
// that need no atomicity go through `batchPut`, which chunks freely.





const MAX_BATCH_WRITE_ITEMS = 25;
const MAX_TRANSACTION_ITEMS = 100;
const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;
const DEFAULT_RETRY_POLICY = {
    retries: 6,
    baseDelayMs: 50,
    maxDelayMs: 5_000,
    maxBatchRounds: 8,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
};
/** Exponential backoff with jitter: between half and all of min(max, base·2^(n-1)). */
function backoffDelay(attempt, policy) {
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
/** Maps anything a DynamoDB call threw to a backend error naming the table and the operation. */
function toBackendError(error, operation, table) {
    if (error instanceof BackendError)
        return error;
    const e = (error ?? {});
    const name = e.name ?? 'Error';
    const detail = `${operation} on "${table}"`;
    const said = e.message ? `: ${e.message}` : '';
    if (name === 'ConditionalCheckFailedException') {
        let current;
        try {
            current = e.Item ? (0,util_dynamodb_dist_cjs.unmarshall)(e.Item) : undefined;
        }
        catch {
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
    if (RETRYABLE_NAMES.has(name))
        return new RetryableError(`${detail} was throttled or failed (${name})${said}`, error);
    if (name === 'ResourceNotFoundException')
        return new TableMissingError(table, error);
    if (ACCESS_NAMES.has(name))
        return new AccessDeniedError(`${detail} was denied (${name})${said}`, error);
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
    if (status !== undefined && status >= 500)
        return new RetryableError(`${detail} failed with HTTP ${status}${said}`, error);
    if ((e.code && NETWORK_CODES.has(e.code)) || NETWORK_CODES.has(name)) {
        return new RetryableError(`${detail} could not reach DynamoDB (${e.code ?? name})${said}`, error);
    }
    if (status !== undefined) {
        return new BackendError(`${detail} failed (${name}, HTTP ${status})${said}`, 'DYNAMODB_ERROR', { cause: error });
    }
    return error instanceof Error ? error : new Error(String(error));
}
/** Resolves when `ms` passed or `signal` fired, whichever comes first. */
async function pause(policy, ms, signal) {
    if (!signal)
        return policy.sleep(ms);
    if (signal.aborted)
        return;
    let stop = () => { };
    const aborted = new Promise((resolve) => {
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
async function callDynamo(operation, table, policy, send, signal) {
    try {
        return await (0,p_retry/* default */.Ay)(async () => {
            try {
                return await send(signal);
            }
            catch (error) {
                if (signal?.aborted)
                    throw signal.reason;
                throw toBackendError(error, operation, table);
            }
        }, {
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
        });
    }
    catch (error) {
        if (signal?.aborted) {
            throw new RetryableError(`${operation} on "${table}" did not complete in the time it had`, error);
        }
        throw error;
    }
}
function merged(...parts) {
    const names = {};
    const values = {};
    for (const part of parts) {
        if (!part)
            continue;
        Object.assign(names, part.names);
        Object.assign(values, part.values);
    }
    return {
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    };
}
class TableGateway {
    db;
    tableName;
    keyAttributes;
    policy;
    constructor(db, tableName, 
    /** The table's key attributes, to spot duplicate keys before DynamoDB refuses them. */
    keyAttributes, policy = {}) {
        this.db = db;
        this.tableName = tableName;
        this.keyAttributes = keyAttributes;
        this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
    }
    call(operation, send, signal) {
        return callDynamo(operation, this.tableName, this.policy, send, signal);
    }
    checkSize(item, operation) {
        const bytes = itemBytes(item);
        if (bytes > MAX_ITEM_BYTES) {
            const key = this.keyAttributes.map((k) => `${k}=${JSON.stringify(item[k])}`).join(', ');
            throw new BadRequestError(`${operation} on "${this.tableName}": the item (${key}) is ${bytes} bytes, over DynamoDB's limit of ${MAX_ITEM_BYTES} bytes (400 KB)`, { hint: 'store less in one item (e.g. fewer blueprint paths); nothing was written' });
        }
        return bytes;
    }
    keyOf(item) {
        return JSON.stringify(this.keyAttributes.map((k) => item[k]));
    }
    /** A strongly consistent read: a lock decision must not act on a stale replica. */
    async get(key) {
        const out = await this.call('GetItem', () => this.db.send(new lib_dynamodb_dist_cjs/* GetCommand */.s$({ TableName: this.tableName, Key: key, ConsistentRead: true })));
        return out.Item ?? null;
    }
    /**
     * Puts an item. When the condition fails, the ConflictError carries the item
     * that stood in the way (`current`), saving the caller a read.
     */
    async put(item, condition) {
        this.checkSize(item, 'PutItem');
        await this.call('PutItem', () => this.db.send(new lib_dynamodb_dist_cjs/* PutCommand */.Z$({
            TableName: this.tableName,
            Item: item,
            ...(condition
                ? { ConditionExpression: condition.expression, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }
                : {}),
            ...merged(condition),
        })));
    }
    /**
     * Sets the given attributes of an existing item. Only the key and the new
     * attributes are measured here: the stored rest is unknown without a read,
     * and DynamoDB itself refuses an update that makes the item too large.
     */
    async update(key, set, condition, signal) {
        const names = {};
        const values = {};
        const clauses = Object.entries(set).map(([attribute, value], i) => {
            names[`#u${i}`] = attribute;
            values[`:u${i}`] = value;
            return `#u${i} = :u${i}`;
        });
        this.checkSize({ ...key, ...set }, 'UpdateItem');
        await this.call('UpdateItem', (abortSignal) => this.db.send(new lib_dynamodb_dist_cjs/* UpdateCommand */.fR({
            TableName: this.tableName,
            Key: key,
            UpdateExpression: `SET ${clauses.join(', ')}`,
            ...(condition ? { ConditionExpression: condition.expression } : {}),
            ...merged({ expression: '', names, values }, condition),
        }), abortSignal ? { abortSignal } : {}), signal);
    }
    async delete(key, condition) {
        await this.call('DeleteItem', () => this.db.send(new lib_dynamodb_dist_cjs/* DeleteCommand */.Rj({
            TableName: this.tableName,
            Key: key,
            ...(condition ? { ConditionExpression: condition.expression } : {}),
            ...merged(condition),
        })));
    }
    /** Every matching item, page after page, up to `maxItems`. */
    async query(request) {
        const items = [];
        let startKey;
        do {
            const page = await this.call('Query', () => this.db.send(new lib_dynamodb_dist_cjs/* QueryCommand */.sf({
                TableName: this.tableName,
                ...(request.index ? { IndexName: request.index } : {}),
                KeyConditionExpression: request.key.expression,
                ...(request.filter ? { FilterExpression: request.filter.expression } : {}),
                ...merged(request.key, request.filter),
                ScanIndexForward: request.forward ?? true,
                ...(startKey ? { ExclusiveStartKey: startKey } : {}),
            })));
            for (const item of page.Items ?? []) {
                items.push(item);
                if (request.maxItems !== undefined && items.length >= request.maxItems)
                    return items;
            }
            startKey = page.LastEvaluatedKey;
        } while (startKey);
        return items;
    }
    /**
     * Puts many items without atomicity: chunks of 25 (DynamoDB's BatchWriteItem
     * limit), each chunk's UnprocessedItems resent with backoff for a bounded
     * number of rounds. Every item is size-checked before the first request.
     */
    async batchPut(items) {
        const seen = new Set();
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
                const out = await this.call('BatchWriteItem', () => this.db.send(new lib_dynamodb_dist_cjs/* BatchWriteCommand */.Zp({ RequestItems: { [this.tableName]: requests } })));
                const unprocessed = out.UnprocessedItems?.[this.tableName] ?? [];
                pending = unprocessed.flatMap((request) => request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : []);
                if (pending.length === 0)
                    break;
                if (round >= this.policy.maxBatchRounds) {
                    throw new RetryableError(`BatchWriteItem on "${this.tableName}": ${pending.length} item(s) still unprocessed after ${round} rounds`);
                }
                await this.policy.sleep(backoffDelay(round, this.policy));
            }
        }
    }
    /**
     * All-or-nothing writes on this table. More than 100 items (or 4 MB) is refused
     * before any request: splitting would silently give up the atomicity asked for.
     */
    async transactWrite(writes) {
        if (writes.length === 0)
            return;
        if (writes.length > MAX_TRANSACTION_ITEMS) {
            throw new BadRequestError(`TransactWriteItems on "${this.tableName}": ${writes.length} items asked for, DynamoDB allows at most ${MAX_TRANSACTION_ITEMS} in one transaction; nothing was written`, { hint: 'split the work into transactions that are each safe on their own, or use a batch write where atomicity is not needed' });
        }
        let total = 0;
        const seen = new Set();
        const requests = writes.map((write) => {
            const item = 'put' in write ? write.put : 'delete' in write ? write.delete : write.check;
            total += 'put' in write ? this.checkSize(item, 'TransactWriteItems') : itemBytes(item);
            const key = this.keyOf(item);
            if (seen.has(key)) {
                throw new BadRequestError(`TransactWriteItems on "${this.tableName}": the key ${key} appears twice; DynamoDB allows one action per item`);
            }
            seen.add(key);
            const condition = write.condition
                ? { ConditionExpression: write.condition.expression, ...merged(write.condition) }
                : {};
            if ('put' in write)
                return { Put: { TableName: this.tableName, Item: write.put, ...condition } };
            if ('delete' in write)
                return { Delete: { TableName: this.tableName, Key: write.delete, ...condition } };
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
            throw new BadRequestError(`TransactWriteItems on "${this.tableName}": ${total} bytes, over DynamoDB's 4 MB per transaction; nothing was written`);
        }
        await this.call('TransactWriteItems', () => this.db.send(new lib_dynamodb_dist_cjs/* TransactWriteCommand */.D_({ TransactItems: requests })));
    }
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/items.ts

const RUN_STATUSES = ['running', 'committed', 'rolled_back', 'rollback_failed', 'failed', 'noop'];
/** The lock table's TTL attribute (epoch seconds). */
const LOCK_TTL_ATTRIBUTE = 'purgeAt';
/**
 * How long an expired lease stays readable before DynamoDB's TTL may remove it,
 * so `dpn status` can still name a holder that died.
 */
const LOCK_PURGE_GRACE_SECONDS = 24 * 60 * 60;
function isoUtc(epochMs) {
    return new Date(epochMs).toISOString();
}
// A date (midnight UTC) or a date-time with its zone: without one, JavaScript
// would read the time in the runner's local zone.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;
/** Normalises an ISO-8601 time to UTC with milliseconds; refuses what is not one. */
function normaliseTime(value, field) {
    const ms = Date.parse(value);
    if (!ISO_TIME.test(value) || Number.isNaN(ms)) {
        throw new BadRequestError(`${field} must be an ISO-8601 time with a zone (e.g. 2026-03-01T12:00:00Z), got ${JSON.stringify(value)}`);
    }
    return isoUtc(ms);
}
function requireText(value, field, what) {
    if (typeof value !== 'string' || value.length === 0) {
        throw new BadRequestError(`${what}: ${field} must be a non-empty string, got ${JSON.stringify(value)}`);
    }
    return value;
}
function optionalText(value) {
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}
function count(value, field, what) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new BadRequestError(`${what}: ${field} must be a whole number ≥ 0, got ${JSON.stringify(value)}`);
    }
    return value;
}
function lockKey(scope) {
    return { scope: requireText(scope, 'scope', 'lock') };
}
function lockToItem(info) {
    const what = `lock "${info.scope}"`;
    const expiresAtMs = Date.parse(normaliseTime(info.expiresAt, 'expiresAt'));
    return {
        scope: requireText(info.scope, 'scope', what),
        token: requireText(info.token, 'token', what),
        holder: requireText(info.holder, 'holder', what),
        ...(info.runUrl ? { runUrl: info.runUrl } : {}),
        ...(info.commit ? { commit: info.commit } : {}),
        acquiredAt: normaliseTime(info.acquiredAt, 'acquiredAt'),
        ...leaseAttributes(expiresAtMs),
    };
}
/** The attributes a renewal rewrites: the expiry, as text and as numbers. */
function leaseAttributes(expiresAtMs) {
    return {
        expiresAt: isoUtc(expiresAtMs),
        expiresAtMs,
        [LOCK_TTL_ATTRIBUTE]: Math.ceil(expiresAtMs / 1000) + LOCK_PURGE_GRACE_SECONDS,
    };
}
function itemToLock(item) {
    const what = 'stored lock';
    const runUrl = optionalText(item.runUrl);
    const commit = optionalText(item.commit);
    return {
        scope: requireText(item.scope, 'scope', what),
        token: requireText(item.token, 'token', what),
        holder: requireText(item.holder, 'holder', what),
        ...(runUrl ? { runUrl } : {}),
        ...(commit ? { commit } : {}),
        acquiredAt: requireText(item.acquiredAt, 'acquiredAt', what),
        expiresAt: requireText(item.expiresAt, 'expiresAt', what),
    };
}
function runKey(runId) {
    return { runId: requireText(runId, 'runId', 'run') };
}
function runStatus(value, what) {
    if (typeof value !== 'string' || !RUN_STATUSES.includes(value)) {
        throw new BadRequestError(`${what}: status must be one of ${RUN_STATUSES.join(', ')}, got ${JSON.stringify(value)}`);
    }
    return value;
}
function runToItem(run) {
    const what = `run "${run.runId}"`;
    if (!Array.isArray(run.blueprints) || run.blueprints.some((b) => typeof b !== 'string')) {
        throw new BadRequestError(`${what}: blueprints must be a list of paths`);
    }
    return {
        runId: requireText(run.runId, 'runId', what),
        repository: requireText(run.repository, 'repository', what),
        commit: requireText(run.commit, 'commit', what),
        blueprints: [...run.blueprints],
        creates: count(run.creates, 'creates', what),
        updates: count(run.updates, 'updates', what),
        deletes: count(run.deletes, 'deletes', what),
        status: runStatus(run.status, what),
        startedAt: normaliseTime(requireText(run.startedAt, 'startedAt', what), 'startedAt'),
        ...(run.endedAt ? { endedAt: normaliseTime(run.endedAt, 'endedAt') } : {}),
        ...(run.transactionId ? { transactionId: run.transactionId } : {}),
        ...(run.runUrl ? { runUrl: run.runUrl } : {}),
    };
}
function itemToRun(item) {
    const what = `stored run ${JSON.stringify(item.runId)}`;
    const blueprints = Array.isArray(item.blueprints) ? item.blueprints.filter((b) => typeof b === 'string') : [];
    const endedAt = optionalText(item.endedAt);
    const transactionId = optionalText(item.transactionId);
    const runUrl = optionalText(item.runUrl);
    return {
        runId: requireText(item.runId, 'runId', what),
        repository: requireText(item.repository, 'repository', what),
        commit: requireText(item.commit, 'commit', what),
        blueprints,
        creates: count(item.creates, 'creates', what),
        updates: count(item.updates, 'updates', what),
        deletes: count(item.deletes, 'deletes', what),
        status: runStatus(item.status, what),
        startedAt: requireText(item.startedAt, 'startedAt', what),
        ...(endedAt ? { endedAt } : {}),
        ...(transactionId ? { transactionId } : {}),
        ...(runUrl ? { runUrl } : {}),
    };
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/locks-read.ts

class LockReader {
    table;
    constructor(table) {
        this.table = table;
    }
    /**
     * The lock item of `scope`, or null when there is none. A lease that has
     * expired is still returned (its `expiresAt` is in the past) until someone
     * takes the lock over or DynamoDB's TTL purges it, so `dpn status` can name a
     * holder that died; `isExpired` tells the two apart.
     */
    async inspect(scope) {
        const item = await this.table.get(lockKey(scope));
        return item ? itemToLock(item) : null;
    }
}
function isExpired(info, nowMs) {
    return Date.parse(info.expiresAt) < nowMs;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/lock.ts
var lock = __webpack_require__(5947);
;// CONCATENATED MODULE: ./src/backend/dynamodb/locks-write.ts
// The command side of the lock table: acquire (conditional put), renew
// (conditional update on the holder's token), release (conditional delete on
// the token) and break (compare-and-swap delete). One item per scope.
//
// Safety rests on two facts: a put only succeeds when no item exists or its
// lease has expired, and every later write by a holder is conditional on its
// random token, which a takeover replaces. A holder that stops renewing (died,
// hung, partitioned) therefore loses the lock only once its lease is over.
// Leases are compared with the writers' clocks, so runners' clocks must agree
// to well within a lease (NTP-synchronised CI runners do).




/** The holder's lease was taken over or broken: it must stop what the lock guarded. */
class LockLostError extends BackendError {
    scope;
    constructor(scope, reason, cause) {
        super(`lock "${scope}" was lost: ${reason}`, 'DYNAMODB_LOCK_LOST', {
            cause,
            hint: 'another run may now hold it; stop, then re-run so the reconcile converges',
        });
        this.scope = scope;
        this.name = 'LockLostError';
    }
}
const LEASE = { expression: 'attribute_not_exists(#scope) OR #expiresAtMs < :now', names: { '#scope': 'scope', '#expiresAtMs': 'expiresAtMs' } };
const byToken = (token) => ({ expression: '#token = :token', names: { '#token': 'token' }, values: { ':token': token } });
/** A lock this process holds; renews itself on an unref'd timer until released or lost. */
class DynamoHeldLock {
    writer;
    leaseMs;
    onLost;
    current;
    timer;
    chain = Promise.resolve();
    lostError;
    released = false;
    constructor(writer, info, leaseMs, renewEveryMs, onLost) {
        this.writer = writer;
        this.leaseMs = leaseMs;
        this.onLost = onLost;
        this.current = info;
        if (renewEveryMs !== undefined) {
            this.timer = setInterval(() => {
                this.renew().catch(() => {
                    // renew() already recorded a loss and told onLost; a transient failure
                    // is retried on the next tick while the lease still runs.
                });
            }, renewEveryMs);
            this.timer.unref();
        }
    }
    get info() {
        return this.current;
    }
    /** Set once the lease is known to be gone; the guarded work must stop. */
    get lost() {
        return this.lostError;
    }
    markLost(error) {
        if (!this.lostError) {
            this.lostError = error;
            this.stopTimer();
            this.onLost?.(error);
        }
        return this.lostError;
    }
    stopTimer() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    /** Extends the lease to now + lease; throws LockLostError when it is no longer ours. */
    renew() {
        const next = this.chain.then(async () => {
            if (this.lostError)
                throw this.lostError;
            if (this.released)
                throw new LockLostError(this.current.scope, 'it was released');
            const nowMs = this.writer.now();
            const expiresAtMs = nowMs + this.leaseMs;
            // Retrying long past the lease's end is pointless: another runner may hold
            // it by then. A renewal that lands after the end still proves, by its
            // token, that nobody held the lock meanwhile, so it gets a short grace.
            const leftMs = Date.parse(this.current.expiresAt) - nowMs;
            const leaseEnd = AbortSignal.timeout(Math.max(leftMs, Math.floor(this.leaseMs / 3)));
            try {
                await this.writer.extend(this.current, expiresAtMs, leaseEnd);
                this.current = { ...this.current, expiresAt: isoUtc(expiresAtMs) };
            }
            catch (error) {
                if (error instanceof ConflictError) {
                    throw this.markLost(new LockLostError(this.current.scope, 'another holder took it over or it was broken', error));
                }
                if (leaseEnd.aborted || this.writer.now() >= Date.parse(this.current.expiresAt)) {
                    throw this.markLost(new LockLostError(this.current.scope, 'the lease expired before it could be renewed', error));
                }
                throw error;
            }
        });
        this.chain = next.catch(() => undefined);
        return next;
    }
    /**
     * Deletes the lock if it is still ours; releasing a lost or released lock does
     * nothing. Finding at release that someone else holds it means the lease ran
     * out during the guarded work: that is reported as a loss (onLost, `lost`).
     */
    async release() {
        this.stopTimer();
        await this.chain;
        if (this.released || this.lostError)
            return;
        this.released = true;
        if (!(await this.writer.remove(this.current))) {
            this.markLost(new LockLostError(this.current.scope, 'its lease ran out and another holder took it before release'));
        }
    }
}
class LockWriter {
    table;
    reader;
    options;
    now;
    sleep;
    random;
    constructor(table, reader, options = {}) {
        this.table = table;
        this.reader = reader;
        this.options = options;
        this.now = options.now ?? Date.now;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.random = options.random ?? Math.random;
    }
    async acquire(scope, who, options) {
        const { leaseMs, waitMs } = options;
        if (!Number.isFinite(leaseMs) || leaseMs <= 0)
            throw new BadRequestError(`lock "${scope}": leaseMs must be > 0, got ${leaseMs}`);
        const renewEveryMs = this.options.leaseRenewMs ?? Math.max(1, Math.floor(leaseMs / 3));
        if (renewEveryMs >= leaseMs) {
            throw new BadRequestError(`lock "${scope}": leaseRenewMs (${renewEveryMs}) must be shorter than the lease (${leaseMs})`);
        }
        const pollMs = this.options.pollMs ?? Math.min(1000, Math.max(10, leaseMs / 4));
        const deadline = this.now() + Math.max(0, waitMs);
        for (;;) {
            const startedMs = this.now();
            const info = {
                scope,
                token: (0,external_node_crypto_.randomBytes)(16).toString('hex'),
                holder: who.holder,
                ...(who.runUrl ? { runUrl: who.runUrl } : {}),
                ...(who.commit ? { commit: who.commit } : {}),
                acquiredAt: isoUtc(startedMs),
                expiresAt: isoUtc(startedMs + leaseMs),
            };
            let conflict;
            try {
                await this.table.put(lockToItem(info), { ...LEASE, values: { ':now': startedMs } });
                const fresh = await this.freshen(info, startedMs, leaseMs);
                if (fresh) {
                    const every = this.options.autoRenew === false ? undefined : renewEveryMs;
                    return new DynamoHeldLock(this, fresh, leaseMs, every, this.options.onLost);
                }
                // Taken over while our own put was slow: contend again.
                continue;
            }
            catch (error) {
                if (!(error instanceof ConflictError))
                    throw error;
                conflict = error;
            }
            const remaining = deadline - this.now();
            if (remaining <= 0) {
                const holder = conflict.current ? itemToLock(conflict.current) : await this.reader.inspect(scope);
                // Released since our put was refused: the next put will likely win.
                if (!holder)
                    continue;
                throw new lock/* LockBusyError */.B(holder);
            }
            await this.sleep(Math.min(remaining, Math.round(pollMs * (0.5 + this.random()))));
        }
    }
    /**
     * The lease runs from when the put was sent, so a put that took long (a loaded
     * runner, throttling retries) has used up part of it. Renew at once then, so the
     * caller starts with nearly a whole lease; null if the lock was taken over meanwhile.
     */
    async freshen(info, sentMs, leaseMs) {
        if (this.now() - sentMs <= leaseMs / 3)
            return info;
        const expiresAtMs = this.now() + leaseMs;
        try {
            await this.extend(info, expiresAtMs);
            return { ...info, expiresAt: isoUtc(expiresAtMs) };
        }
        catch (error) {
            if (error instanceof ConflictError)
                return null;
            throw error;
        }
    }
    /** Compare-and-swap delete of `expected`; unless forced, only after its lease expired. */
    async breakLock(scope, expected, options = {}) {
        const condition = byToken(expected.token);
        const expression = options.force ? condition.expression : `${condition.expression} AND #expiresAtMs < :now`;
        try {
            await this.table.delete(lockKey(scope), {
                expression,
                names: { ...condition.names, ...(options.force ? {} : { '#expiresAtMs': 'expiresAtMs' }) },
                values: { ...condition.values, ...(options.force ? {} : { ':now': this.now() }) },
            });
            return true;
        }
        catch (error) {
            if (error instanceof ConflictError)
                return false;
            throw error;
        }
    }
    /** @internal renewal of a held lock */
    async extend(info, expiresAtMs, signal) {
        await this.table.update(lockKey(info.scope), leaseAttributes(expiresAtMs), byToken(info.token), signal);
    }
    /** @internal release of a held lock; false (and nothing deleted) when it was no longer ours */
    async remove(info) {
        try {
            await this.table.delete(lockKey(info.scope), byToken(info.token));
            return true;
        }
        catch (error) {
            if (error instanceof ConflictError)
                return false;
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/tables.ts
// The two tables of the backend: their names, layout, creation (`dpn backend
// init`) and the IAM policy a runner needs. Creation is idempotent: an existing
// table with the expected keys is accepted, one with other keys is an error.





const RUNS_BY_STATUS_INDEX = 'byStatus';
const RUNS_BY_REPOSITORY_INDEX = 'byRepository';
// Table names allow [A-Za-z0-9_.-], 3 to 255 characters; "-locks" is the longer suffix.
const PREFIX = /^[A-Za-z0-9_.-]{1,249}$/;
function tableNames(prefix) {
    if (!PREFIX.test(prefix)) {
        throw new errors/* UsageError */.eb(`invalid DynamoDB table prefix ${JSON.stringify(prefix)}`, 'use 1–249 letters, digits, "_", "-" or "."; dpn appends "-locks" and "-runs"');
    }
    return { locks: `${prefix}-locks`, runs: `${prefix}-runs` };
}
function lockTableDefinition(name) {
    return {
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'scope', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'scope', KeyType: 'HASH' }],
    };
}
function runTableDefinition(name) {
    return {
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
            { AttributeName: 'runId', AttributeType: 'S' },
            { AttributeName: 'status', AttributeType: 'S' },
            { AttributeName: 'repository', AttributeType: 'S' },
            { AttributeName: 'startedAt', AttributeType: 'S' },
        ],
        KeySchema: [{ AttributeName: 'runId', KeyType: 'HASH' }],
        GlobalSecondaryIndexes: [
            {
                IndexName: RUNS_BY_STATUS_INDEX,
                KeySchema: [
                    { AttributeName: 'status', KeyType: 'HASH' },
                    { AttributeName: 'startedAt', KeyType: 'RANGE' },
                ],
                Projection: { ProjectionType: 'ALL' },
            },
            {
                IndexName: RUNS_BY_REPOSITORY_INDEX,
                KeySchema: [
                    { AttributeName: 'repository', KeyType: 'HASH' },
                    { AttributeName: 'startedAt', KeyType: 'RANGE' },
                ],
                Projection: { ProjectionType: 'ALL' },
            },
        ],
    };
}
async function ensureTable(client, definition, policy, activeTimeoutMs) {
    const name = definition.TableName ?? '';
    let created = true;
    try {
        await callDynamo('CreateTable', name, policy, () => client.send(new dist_cjs.CreateTableCommand(definition)));
    }
    catch (error) {
        const cause = error instanceof BackendError ? error.cause : error;
        if (cause?.name !== 'ResourceInUseException')
            throw error;
        created = false;
    }
    const deadline = Date.now() + activeTimeoutMs;
    for (;;) {
        const { Table } = await callDynamo('DescribeTable', name, policy, () => client.send(new dist_cjs.DescribeTableCommand({ TableName: name })));
        const want = JSON.stringify(definition.KeySchema);
        const have = JSON.stringify(Table?.KeySchema?.map(({ AttributeName, KeyType }) => ({ AttributeName, KeyType })));
        if (want !== have) {
            throw new BackendError(`DynamoDB table "${name}" exists with a different key (${have}); dpn expects ${want}`, 'DYNAMODB_TABLE_MISMATCH', { hint: 'choose another --table-prefix, or remove the table if it is not in use' });
        }
        const indexes = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
        const missing = (definition.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).filter((n) => !indexes.has(n));
        if (missing.length) {
            throw new BackendError(`DynamoDB table "${name}" exists without the index(es) ${missing.join(', ')}`, 'DYNAMODB_TABLE_MISMATCH', { hint: 'choose another --table-prefix, or add the indexes as docs/dynamodb-backend.md describes' });
        }
        if (Table?.TableStatus === 'ACTIVE')
            return created;
        if (Date.now() > deadline) {
            throw new BackendError(`DynamoDB table "${name}" is still ${Table?.TableStatus} after ${activeTimeoutMs} ms`, 'DYNAMODB_TIMEOUT');
        }
        await policy.sleep(1000);
    }
}
async function ensureTtl(client, table, attribute, policy) {
    const { TimeToLiveDescription: ttl } = await callDynamo('DescribeTimeToLive', table, policy, () => client.send(new dist_cjs.DescribeTimeToLiveCommand({ TableName: table })));
    const status = ttl?.TimeToLiveStatus;
    if ((status === 'ENABLED' || status === 'ENABLING') && ttl?.AttributeName === attribute)
        return;
    if (status === 'ENABLED' || status === 'ENABLING') {
        throw new BackendError(`DynamoDB table "${table}" has TTL on "${ttl?.AttributeName}", dpn needs it on "${attribute}"`, 'DYNAMODB_TABLE_MISMATCH');
    }
    await callDynamo('UpdateTimeToLive', table, policy, () => client.send(new dist_cjs.UpdateTimeToLiveCommand({ TableName: table, TimeToLiveSpecification: { Enabled: true, AttributeName: attribute } })));
}
/** Creates (or accepts) both tables and the lock table's TTL. */
async function initTables(options) {
    const names = tableNames(options.prefix);
    const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const timeout = options.activeTimeoutMs ?? 120_000;
    const locksCreated = await ensureTable(options.client, lockTableDefinition(names.locks), policy, timeout);
    await ensureTtl(options.client, names.locks, LOCK_TTL_ATTRIBUTE, policy);
    const runsCreated = await ensureTable(options.client, runTableDefinition(names.runs), policy, timeout);
    return [
        { table: names.locks, created: locksCreated, ttlEnabled: true },
        { table: names.runs, created: runsCreated },
    ];
}
/** The least-privilege IAM policy: runtime access for runners, setup for whoever runs `backend init`. */
function iamPolicy(prefix, scope = {}) {
    const names = tableNames(prefix);
    const arn = (table) => `arn:aws:dynamodb:${scope.region ?? '*'}:${scope.account ?? '*'}:table/${table}`;
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'DpnLocks',
                Effect: 'Allow',
                Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
                Resource: [arn(names.locks)],
            },
            {
                Sid: 'DpnRunHistory',
                Effect: 'Allow',
                Action: [
                    'dynamodb:GetItem',
                    'dynamodb:PutItem',
                    'dynamodb:BatchWriteItem',
                    'dynamodb:Query',
                ],
                Resource: [arn(names.runs), `${arn(names.runs)}/index/*`],
            },
            {
                Sid: 'DpnBackendInit',
                Effect: 'Allow',
                Action: ['dynamodb:CreateTable', 'dynamodb:DescribeTable', 'dynamodb:DescribeTimeToLive', 'dynamodb:UpdateTimeToLive'],
                Resource: [arn(names.locks), arn(names.runs)],
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/runs-read.ts



const DEFAULT_RUN_LIMIT = 50;
const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `7d`, `12h`, `30m`, `2w` before `nowMs`, or an ISO-8601 time, as a UTC ISO-8601 time. */
function parseSince(text, nowMs) {
    const relative = /^(\d+)([mhdw])$/.exec(text.trim());
    if (relative)
        return new Date(nowMs - Number(relative[1]) * (UNITS[relative[2] ?? 'd'] ?? 0)).toISOString();
    try {
        return normaliseTime(text.trim(), '--since');
    }
    catch {
        throw new BadRequestError(`--since must be a duration like 7d, 12h, 30m, 2w or an ISO-8601 time, got ${JSON.stringify(text)}`);
    }
}
function startedAtCondition(query) {
    const since = query.since ? normaliseTime(query.since, 'since') : undefined;
    const until = query.until ? normaliseTime(query.until, 'until') : undefined;
    const names = { '#startedAt': 'startedAt' };
    if (since && until)
        return { expression: '#startedAt BETWEEN :since AND :until', names, values: { ':since': since, ':until': until } };
    if (since)
        return { expression: '#startedAt >= :since', names, values: { ':since': since } };
    if (until)
        return { expression: '#startedAt <= :until', names, values: { ':until': until } };
    return undefined;
}
function keyCondition(attribute, value, range) {
    return {
        expression: `#pk = :pk${range ? ` AND ${range.expression}` : ''}`,
        names: { '#pk': attribute, ...range?.names },
        values: { ':pk': value, ...range?.values },
    };
}
const newestFirst = (a, b) => a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : a.runId < b.runId ? 1 : -1;
class RunReader {
    table;
    constructor(table) {
        this.table = table;
    }
    async get(runId) {
        const item = await this.table.get(runKey(runId));
        return item ? itemToRun(item) : null;
    }
    /** Runs matching every given filter, newest first. */
    async list(query = {}) {
        const limit = query.limit ?? DEFAULT_RUN_LIMIT;
        if (!Number.isInteger(limit) || limit < 1)
            throw new BadRequestError(`limit must be a whole number ≥ 1, got ${limit}`);
        if (query.status && !RUN_STATUSES.includes(query.status)) {
            throw new BadRequestError(`status must be one of ${RUN_STATUSES.join(', ')}, got ${JSON.stringify(query.status)}`);
        }
        const range = startedAtCondition(query);
        let items;
        if (query.repository) {
            items = await this.table.query({
                index: RUNS_BY_REPOSITORY_INDEX,
                key: keyCondition('repository', query.repository, range),
                ...(query.status
                    ? { filter: { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': query.status } } }
                    : {}),
                forward: false,
                maxItems: limit,
            });
        }
        else {
            // Without a repository, every status is one partition of the status index:
            // query each (six at most) and merge, so no request scans the table.
            const statuses = query.status ? [query.status] : RUN_STATUSES;
            const pages = await Promise.all(statuses.map((status) => this.table.query({
                index: RUNS_BY_STATUS_INDEX,
                key: keyCondition('status', status, range),
                forward: false,
                maxItems: limit,
            })));
            items = pages.flat();
        }
        return items.map(itemToRun).sort(newestFirst).slice(0, limit);
    }
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/runs-write.ts


class RunWriter {
    table;
    constructor(table) {
        this.table = table;
    }
    /**
     * Records a run as started. Repeating it (a retried request that had landed)
     * is harmless, but it never overwrites a run that already finished.
     */
    async started(run) {
        try {
            await this.table.put(runToItem(run), {
                expression: 'attribute_not_exists(#runId) OR #status = :running',
                names: { '#runId': 'runId', '#status': 'status' },
                values: { ':running': 'running' },
            });
        }
        catch (error) {
            if (error instanceof ConflictError) {
                throw new ConflictError(`run "${run.runId}" is already recorded as finished; a run id must not be reused`, error);
            }
            throw error;
        }
    }
    /** Records the outcome; the item is replaced whole, so counts and times are final. */
    async finished(run) {
        await this.table.put(runToItem(run));
    }
    /**
     * Writes many finished runs at once (backfilling history from the Git log,
     * moving between prefixes): batch writes, no atomicity, last write wins.
     */
    async importRuns(runs) {
        await this.table.batchPut(runs.map(runToItem));
    }
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/index.ts







function clientFor(options) {
    return (options.client ??
        createDynamoClient(options.env ?? process.env, options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}));
}
function gatewayFor(options, table, keys) {
    return new TableGateway(createDocumentClient(clientFor(options)), table, keys, options.retry ?? {});
}
function createDynamoLockBackend(options) {
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
function createDynamoRunRecorder(options) {
    const table = tableNames(options.tablePrefix).runs;
    const writer = new RunWriter(gatewayFor(options, table, ['runId']));
    return {
        tableName: table,
        started: (run) => writer.started(run),
        finished: (run) => writer.finished(run),
        importRuns: (runs) => writer.importRuns(runs),
    };
}
function createDynamoRunReader(options) {
    const table = tableNames(options.tablePrefix).runs;
    const reader = new RunReader(gatewayFor(options, table, ['runId']));
    return {
        tableName: table,
        get: (runId) => reader.get(runId),
        list: (query) => reader.list(query),
    };
}
/** Creates both tables (idempotent) and enables TTL on the lock table. */
async function initDynamoBackend(options) {
    return initTables({
        client: clientFor(options),
        prefix: options.tablePrefix,
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.activeTimeoutMs !== undefined ? { activeTimeoutMs: options.activeTimeoutMs } : {}),
    });
}









/***/ })

};
