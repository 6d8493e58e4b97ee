export const id = 728;
export const ids = [728];
export const modules = {

/***/ 3466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ BackendError),
/* harmony export */   Uk: () => (/* binding */ AccessDeniedError),
/* harmony export */   dw: () => (/* binding */ RetryableError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   v7: () => (/* binding */ BadRequestError),
/* harmony export */   zl: () => (/* binding */ TableMissingError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// The errors the DynamoDB backend raises, one per failure a caller can act on.
// The gateway turns every DynamoDB exception into one of these, so nothing above
// it ever looks at an SDK error name.

/** Base of every backend error; `retryable` tells the gateway whether to try again. */
class BackendError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
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


/***/ }),

/***/ 5250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
  dt: () => (/* binding */ TableGateway),
  hB: () => (/* binding */ callDynamo)
});

// UNUSED EXPORTS: MAX_BATCH_WRITE_ITEMS, MAX_TRANSACTION_BYTES, MAX_TRANSACTION_ITEMS, backoffDelay, toBackendError

// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/util-dynamodb/dist-cjs/index.js
var util_dynamodb_dist_cjs = __webpack_require__(5290);
// EXTERNAL MODULE: ./node_modules/p-retry/index.js + 1 modules
var p_retry = __webpack_require__(4995);
// EXTERNAL MODULE: ./src/backend/dynamodb/errors.ts
var errors = __webpack_require__(3466);
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
    if (error instanceof errors/* BackendError */.Jh)
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
        return new errors/* ConflictError */.fK(`${detail}: the condition did not hold (the item changed)`, error, current);
    }
    if (name === 'TransactionCanceledException') {
        const codes = (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
        if (codes.includes('ConditionalCheckFailed')) {
            return new errors/* ConflictError */.fK(`${detail}: a condition in the transaction did not hold (${codes.join(', ')})`, error);
        }
        if (codes.some((c) => c === 'ThrottlingError' || c === 'ProvisionedThroughputExceeded' || c === 'TransactionConflict')) {
            return new errors/* RetryableError */.dw(`${detail} was cancelled (${codes.join(', ')})`, error);
        }
        return new errors/* BadRequestError */.v7(`${detail} was cancelled (${codes.join(', ')})${said}`, { cause: error });
    }
    if (RETRYABLE_NAMES.has(name))
        return new errors/* RetryableError */.dw(`${detail} was throttled or failed (${name})${said}`, error);
    if (name === 'ResourceNotFoundException')
        return new errors/* TableMissingError */.zl(table, error);
    if (ACCESS_NAMES.has(name))
        return new errors/* AccessDeniedError */.Uk(`${detail} was denied (${name})${said}`, error);
    if (name === 'ValidationException' || name === 'SerializationException' || name === 'ItemCollectionSizeLimitExceededException') {
        return new errors/* BadRequestError */.v7(`${detail} was refused by DynamoDB (${name})${said}`, { cause: error });
    }
    if (/region is missing/i.test(e.message ?? '')) {
        return new errors/* BadRequestError */.v7('no AWS region is configured for DynamoDB', {
            hint: 'set AWS_REGION (or AWS_DEFAULT_REGION)',
            cause: error,
        });
    }
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && status >= 500)
        return new errors/* RetryableError */.dw(`${detail} failed with HTTP ${status}${said}`, error);
    if ((e.code && NETWORK_CODES.has(e.code)) || NETWORK_CODES.has(name)) {
        return new errors/* RetryableError */.dw(`${detail} could not reach DynamoDB (${e.code ?? name})${said}`, error);
    }
    if (status !== undefined) {
        return new errors/* BackendError */.Jh(`${detail} failed (${name}, HTTP ${status})${said}`, 'DYNAMODB_ERROR', { cause: error });
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
            shouldRetry: ({ error }) => error instanceof errors/* BackendError */.Jh && error.retryable,
            onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
                if (error instanceof errors/* BackendError */.Jh && error.retryable && retriesLeft > 0) {
                    await pause(policy, backoffDelay(attemptNumber, policy), signal);
                }
            },
        });
    }
    catch (error) {
        if (signal?.aborted) {
            throw new errors/* RetryableError */.dw(`${operation} on "${table}" did not complete in the time it had`, error);
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
            throw new errors/* BadRequestError */.v7(`${operation} on "${this.tableName}": the item (${key}) is ${bytes} bytes, over DynamoDB's limit of ${MAX_ITEM_BYTES} bytes (400 KB)`, { hint: 'store less in one item (e.g. fewer blueprint paths); nothing was written' });
        }
        return bytes;
    }
    keyOf(item) {
        return JSON.stringify(this.keyAttributes.map((k) => item[k]));
    }
    /** A strongly consistent read: a lock decision must not act on a stale replica. */
    async get(key) {
        const out = await this.call('GetItem', () => this.db.send(new dist_cjs/* GetCommand */.s$({ TableName: this.tableName, Key: key, ConsistentRead: true })));
        return out.Item ?? null;
    }
    /**
     * Puts an item. When the condition fails, the ConflictError carries the item
     * that stood in the way (`current`), saving the caller a read.
     */
    async put(item, condition) {
        this.checkSize(item, 'PutItem');
        await this.call('PutItem', () => this.db.send(new dist_cjs/* PutCommand */.Z$({
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
        await this.call('UpdateItem', (abortSignal) => this.db.send(new dist_cjs/* UpdateCommand */.fR({
            TableName: this.tableName,
            Key: key,
            UpdateExpression: `SET ${clauses.join(', ')}`,
            ...(condition ? { ConditionExpression: condition.expression } : {}),
            ...merged({ expression: '', names, values }, condition),
        }), abortSignal ? { abortSignal } : {}), signal);
    }
    async delete(key, condition) {
        await this.call('DeleteItem', () => this.db.send(new dist_cjs/* DeleteCommand */.Rj({
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
            const page = await this.call('Query', () => this.db.send(new dist_cjs/* QueryCommand */.sf({
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
                throw new errors/* BadRequestError */.v7(`BatchWriteItem on "${this.tableName}": the key ${key} appears twice; nothing was written`);
            }
            seen.add(key);
        }
        for (let start = 0; start < items.length; start += MAX_BATCH_WRITE_ITEMS) {
            let pending = items.slice(start, start + MAX_BATCH_WRITE_ITEMS).map((item) => ({ PutRequest: { Item: item } }));
            for (let round = 1; pending.length > 0; round++) {
                const requests = pending;
                const out = await this.call('BatchWriteItem', () => this.db.send(new dist_cjs/* BatchWriteCommand */.Zp({ RequestItems: { [this.tableName]: requests } })));
                const unprocessed = out.UnprocessedItems?.[this.tableName] ?? [];
                pending = unprocessed.flatMap((request) => request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : []);
                if (pending.length === 0)
                    break;
                if (round >= this.policy.maxBatchRounds) {
                    throw new errors/* RetryableError */.dw(`BatchWriteItem on "${this.tableName}": ${pending.length} item(s) still unprocessed after ${round} rounds`);
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
            throw new errors/* BadRequestError */.v7(`TransactWriteItems on "${this.tableName}": ${writes.length} items asked for, DynamoDB allows at most ${MAX_TRANSACTION_ITEMS} in one transaction; nothing was written`, { hint: 'split the work into transactions that are each safe on their own, or use a batch write where atomicity is not needed' });
        }
        let total = 0;
        const seen = new Set();
        const requests = writes.map((write) => {
            const item = 'put' in write ? write.put : 'delete' in write ? write.delete : write.check;
            total += 'put' in write ? this.checkSize(item, 'TransactWriteItems') : itemBytes(item);
            const key = this.keyOf(item);
            if (seen.has(key)) {
                throw new errors/* BadRequestError */.v7(`TransactWriteItems on "${this.tableName}": the key ${key} appears twice; DynamoDB allows one action per item`);
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
            throw new errors/* BadRequestError */.v7(`TransactWriteItems on "${this.tableName}": ${total} bytes, over DynamoDB's 4 MB per transaction; nothing was written`);
        }
        await this.call('TransactWriteItems', () => this.db.send(new dist_cjs/* TransactWriteCommand */.D_({ TransactItems: requests })));
    }
}


/***/ }),

/***/ 3689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ RUN_STATUSES),
/* harmony export */   S5: () => (/* binding */ LOCK_TTL_ATTRIBUTE),
/* harmony export */   TL: () => (/* binding */ lockKey),
/* harmony export */   Yh: () => (/* binding */ itemToLock),
/* harmony export */   g9: () => (/* binding */ itemToRun),
/* harmony export */   oR: () => (/* binding */ lockToItem),
/* harmony export */   r7: () => (/* binding */ runKey),
/* harmony export */   sr: () => (/* binding */ runToItem),
/* harmony export */   u8: () => (/* binding */ isoUtc),
/* harmony export */   uA: () => (/* binding */ normaliseTime),
/* harmony export */   y0: () => (/* binding */ leaseAttributes)
/* harmony export */ });
/* unused harmony export LOCK_PURGE_GRACE_SECONDS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3466);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadRequestError */ .v7(`${field} must be an ISO-8601 time with a zone (e.g. 2026-03-01T12:00:00Z), got ${JSON.stringify(value)}`);
    }
    return isoUtc(ms);
}
function requireText(value, field, what) {
    if (typeof value !== 'string' || value.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadRequestError */ .v7(`${what}: ${field} must be a non-empty string, got ${JSON.stringify(value)}`);
    }
    return value;
}
function optionalText(value) {
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}
function count(value, field, what) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadRequestError */ .v7(`${what}: ${field} must be a whole number ≥ 0, got ${JSON.stringify(value)}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadRequestError */ .v7(`${what}: status must be one of ${RUN_STATUSES.join(', ')}, got ${JSON.stringify(value)}`);
    }
    return value;
}
function runToItem(run) {
    const what = `run "${run.runId}"`;
    if (!Array.isArray(run.blueprints) || run.blueprints.some((b) => typeof b !== 'string')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadRequestError */ .v7(`${what}: blueprints must be a list of paths`);
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


/***/ }),

/***/ 4728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ RUNS_BY_STATUS_INDEX),
/* harmony export */   CF: () => (/* binding */ initTables),
/* harmony export */   iamPolicy: () => (/* binding */ iamPolicy),
/* harmony export */   jD: () => (/* binding */ RUNS_BY_REPOSITORY_INDEX),
/* harmony export */   n$: () => (/* binding */ tableNames)
/* harmony export */ });
/* unused harmony exports lockTableDefinition, runTableDefinition */
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4305);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3466);
/* harmony import */ var _gateway_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5250);
/* harmony import */ var _items_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3689);
// The two tables of the backend: their names, layout, creation (`dpn backend
// init`) and the IAM policy a runner needs. Creation is idempotent: an existing
// table with the expected keys is accepted, one with other keys is an error.





const RUNS_BY_STATUS_INDEX = 'byStatus';
const RUNS_BY_REPOSITORY_INDEX = 'byRepository';
// Table names allow [A-Za-z0-9_.-], 3 to 255 characters; "-locks" is the longer suffix.
const PREFIX = /^[A-Za-z0-9_.-]{1,249}$/;
function tableNames(prefix) {
    if (!PREFIX.test(prefix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid DynamoDB table prefix ${JSON.stringify(prefix)}`, 'use 1–249 letters, digits, "_", "-" or "."; dpn appends "-locks" and "-runs"');
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
        await (0,_gateway_js__WEBPACK_IMPORTED_MODULE_2__/* .callDynamo */ .hB)('CreateTable', name, policy, () => client.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__.CreateTableCommand(definition)));
    }
    catch (error) {
        const cause = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh ? error.cause : error;
        if (cause?.name !== 'ResourceInUseException')
            throw error;
        created = false;
    }
    const deadline = Date.now() + activeTimeoutMs;
    for (;;) {
        const { Table } = await (0,_gateway_js__WEBPACK_IMPORTED_MODULE_2__/* .callDynamo */ .hB)('DescribeTable', name, policy, () => client.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__.DescribeTableCommand({ TableName: name })));
        const want = JSON.stringify(definition.KeySchema);
        const have = JSON.stringify(Table?.KeySchema?.map(({ AttributeName, KeyType }) => ({ AttributeName, KeyType })));
        if (want !== have) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh(`DynamoDB table "${name}" exists with a different key (${have}); dpn expects ${want}`, 'DYNAMODB_TABLE_MISMATCH', { hint: 'choose another --table-prefix, or remove the table if it is not in use' });
        }
        const indexes = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
        const missing = (definition.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).filter((n) => !indexes.has(n));
        if (missing.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh(`DynamoDB table "${name}" exists without the index(es) ${missing.join(', ')}`, 'DYNAMODB_TABLE_MISMATCH', { hint: 'choose another --table-prefix, or add the indexes as docs/dynamodb-backend.md describes' });
        }
        if (Table?.TableStatus === 'ACTIVE')
            return created;
        if (Date.now() > deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh(`DynamoDB table "${name}" is still ${Table?.TableStatus} after ${activeTimeoutMs} ms`, 'DYNAMODB_TIMEOUT');
        }
        await policy.sleep(1000);
    }
}
async function ensureTtl(client, table, attribute, policy) {
    const { TimeToLiveDescription: ttl } = await (0,_gateway_js__WEBPACK_IMPORTED_MODULE_2__/* .callDynamo */ .hB)('DescribeTimeToLive', table, policy, () => client.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__.DescribeTimeToLiveCommand({ TableName: table })));
    const status = ttl?.TimeToLiveStatus;
    if ((status === 'ENABLED' || status === 'ENABLING') && ttl?.AttributeName === attribute)
        return;
    if (status === 'ENABLED' || status === 'ENABLING') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BackendError */ .Jh(`DynamoDB table "${table}" has TTL on "${ttl?.AttributeName}", dpn needs it on "${attribute}"`, 'DYNAMODB_TABLE_MISMATCH');
    }
    await (0,_gateway_js__WEBPACK_IMPORTED_MODULE_2__/* .callDynamo */ .hB)('UpdateTimeToLive', table, policy, () => client.send(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_4__.UpdateTimeToLiveCommand({ TableName: table, TimeToLiveSpecification: { Enabled: true, AttributeName: attribute } })));
}
/** Creates (or accepts) both tables and the lock table's TTL. */
async function initTables(options) {
    const names = tableNames(options.prefix);
    const policy = { ..._gateway_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO, ...options.retry };
    const timeout = options.activeTimeoutMs ?? 120_000;
    const locksCreated = await ensureTable(options.client, lockTableDefinition(names.locks), policy, timeout);
    await ensureTtl(options.client, names.locks, _items_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCK_TTL_ATTRIBUTE */ .S5, policy);
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


/***/ })

};
