export const id = 217;
export const ids = [217,99,995];
export const modules = {

/***/ 9099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AccessDeniedError: () => (/* reexport */ errors/* AccessDeniedError */.Uk),
  BackendError: () => (/* reexport */ errors/* BackendError */.Jh),
  BadRequestError: () => (/* reexport */ errors/* BadRequestError */.v7),
  ConflictError: () => (/* reexport */ errors/* ConflictError */.fK),
  DEFAULT_RUN_LIMIT: () => (/* reexport */ DEFAULT_RUN_LIMIT),
  DynamoHeldLock: () => (/* reexport */ DynamoHeldLock),
  LOCK_TTL_ATTRIBUTE: () => (/* reexport */ dynamodb_items/* LOCK_TTL_ATTRIBUTE */.S5),
  LockLostError: () => (/* reexport */ LockLostError),
  RetryableError: () => (/* reexport */ errors/* RetryableError */.dw),
  TableMissingError: () => (/* reexport */ errors/* TableMissingError */.zl),
  createDynamoClient: () => (/* reexport */ createDynamoClient),
  createDynamoLockBackend: () => (/* binding */ createDynamoLockBackend),
  createDynamoRunReader: () => (/* binding */ createDynamoRunReader),
  createDynamoRunRecorder: () => (/* binding */ createDynamoRunRecorder),
  iamPolicy: () => (/* reexport */ tables.iamPolicy),
  initDynamoBackend: () => (/* binding */ initDynamoBackend),
  isExpired: () => (/* reexport */ isExpired),
  parseSince: () => (/* reexport */ parseSince),
  tableNames: () => (/* reexport */ tables/* tableNames */.n$)
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

// EXTERNAL MODULE: ./src/backend/dynamodb/gateway.ts + 1 modules
var gateway = __webpack_require__(5250);
// EXTERNAL MODULE: ./src/backend/dynamodb/items.ts
var dynamodb_items = __webpack_require__(3689);
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
        const item = await this.table.get((0,dynamodb_items/* lockKey */.TL)(scope));
        return item ? (0,dynamodb_items/* itemToLock */.Yh)(item) : null;
    }
}
function isExpired(info, nowMs) {
    return Date.parse(info.expiresAt) < nowMs;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/lock.ts
var lock = __webpack_require__(5947);
// EXTERNAL MODULE: ./src/backend/dynamodb/errors.ts
var errors = __webpack_require__(3466);
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
class LockLostError extends errors/* BackendError */.Jh {
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
                this.current = { ...this.current, expiresAt: (0,dynamodb_items/* isoUtc */.u8)(expiresAtMs) };
            }
            catch (error) {
                if (error instanceof errors/* ConflictError */.fK) {
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
            throw new errors/* BadRequestError */.v7(`lock "${scope}": leaseMs must be > 0, got ${leaseMs}`);
        const renewEveryMs = this.options.leaseRenewMs ?? Math.max(1, Math.floor(leaseMs / 3));
        if (renewEveryMs >= leaseMs) {
            throw new errors/* BadRequestError */.v7(`lock "${scope}": leaseRenewMs (${renewEveryMs}) must be shorter than the lease (${leaseMs})`);
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
                acquiredAt: (0,dynamodb_items/* isoUtc */.u8)(startedMs),
                expiresAt: (0,dynamodb_items/* isoUtc */.u8)(startedMs + leaseMs),
            };
            let conflict;
            try {
                await this.table.put((0,dynamodb_items/* lockToItem */.oR)(info), { ...LEASE, values: { ':now': startedMs } });
                const fresh = await this.freshen(info, startedMs, leaseMs);
                if (fresh) {
                    const every = this.options.autoRenew === false ? undefined : renewEveryMs;
                    return new DynamoHeldLock(this, fresh, leaseMs, every, this.options.onLost);
                }
                // Taken over while our own put was slow: contend again.
                continue;
            }
            catch (error) {
                if (!(error instanceof errors/* ConflictError */.fK))
                    throw error;
                conflict = error;
            }
            const remaining = deadline - this.now();
            if (remaining <= 0) {
                const holder = conflict.current ? (0,dynamodb_items/* itemToLock */.Yh)(conflict.current) : await this.reader.inspect(scope);
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
            return { ...info, expiresAt: (0,dynamodb_items/* isoUtc */.u8)(expiresAtMs) };
        }
        catch (error) {
            if (error instanceof errors/* ConflictError */.fK)
                return null;
            throw error;
        }
    }
    /** Compare-and-swap delete of `expected`; unless forced, only after its lease expired. */
    async breakLock(scope, expected, options = {}) {
        const condition = byToken(expected.token);
        const expression = options.force ? condition.expression : `${condition.expression} AND #expiresAtMs < :now`;
        try {
            await this.table.delete((0,dynamodb_items/* lockKey */.TL)(scope), {
                expression,
                names: { ...condition.names, ...(options.force ? {} : { '#expiresAtMs': 'expiresAtMs' }) },
                values: { ...condition.values, ...(options.force ? {} : { ':now': this.now() }) },
            });
            return true;
        }
        catch (error) {
            if (error instanceof errors/* ConflictError */.fK)
                return false;
            throw error;
        }
    }
    /** @internal renewal of a held lock */
    async extend(info, expiresAtMs, signal) {
        await this.table.update((0,dynamodb_items/* lockKey */.TL)(info.scope), (0,dynamodb_items/* leaseAttributes */.y0)(expiresAtMs), byToken(info.token), signal);
    }
    /** @internal release of a held lock; false (and nothing deleted) when it was no longer ours */
    async remove(info) {
        try {
            await this.table.delete((0,dynamodb_items/* lockKey */.TL)(info.scope), byToken(info.token));
            return true;
        }
        catch (error) {
            if (error instanceof errors/* ConflictError */.fK)
                return false;
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/backend/dynamodb/tables.ts
var tables = __webpack_require__(4728);
;// CONCATENATED MODULE: ./src/backend/dynamodb/runs-read.ts



const DEFAULT_RUN_LIMIT = 50;
const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `7d`, `12h`, `30m`, `2w` before `nowMs`, or an ISO-8601 time, as a UTC ISO-8601 time. */
function parseSince(text, nowMs) {
    const relative = /^(\d+)([mhdw])$/.exec(text.trim());
    if (relative)
        return new Date(nowMs - Number(relative[1]) * (UNITS[relative[2] ?? 'd'] ?? 0)).toISOString();
    try {
        return (0,dynamodb_items/* normaliseTime */.uA)(text.trim(), '--since');
    }
    catch {
        throw new errors/* BadRequestError */.v7(`--since must be a duration like 7d, 12h, 30m, 2w or an ISO-8601 time, got ${JSON.stringify(text)}`);
    }
}
function startedAtCondition(query) {
    const since = query.since ? (0,dynamodb_items/* normaliseTime */.uA)(query.since, 'since') : undefined;
    const until = query.until ? (0,dynamodb_items/* normaliseTime */.uA)(query.until, 'until') : undefined;
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
        const item = await this.table.get((0,dynamodb_items/* runKey */.r7)(runId));
        return item ? (0,dynamodb_items/* itemToRun */.g9)(item) : null;
    }
    /** Runs matching every given filter, newest first. */
    async list(query = {}) {
        const limit = query.limit ?? DEFAULT_RUN_LIMIT;
        if (!Number.isInteger(limit) || limit < 1)
            throw new errors/* BadRequestError */.v7(`limit must be a whole number ≥ 1, got ${limit}`);
        if (query.status && !dynamodb_items/* RUN_STATUSES */.LV.includes(query.status)) {
            throw new errors/* BadRequestError */.v7(`status must be one of ${dynamodb_items/* RUN_STATUSES */.LV.join(', ')}, got ${JSON.stringify(query.status)}`);
        }
        const range = startedAtCondition(query);
        let items;
        if (query.repository) {
            items = await this.table.query({
                index: tables/* RUNS_BY_REPOSITORY_INDEX */.jD,
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
            const statuses = query.status ? [query.status] : dynamodb_items/* RUN_STATUSES */.LV;
            const pages = await Promise.all(statuses.map((status) => this.table.query({
                index: tables/* RUNS_BY_STATUS_INDEX */.Bt,
                key: keyCondition('status', status, range),
                forward: false,
                maxItems: limit,
            })));
            items = pages.flat();
        }
        return items.map(dynamodb_items/* itemToRun */.g9).sort(newestFirst).slice(0, limit);
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
            await this.table.put((0,dynamodb_items/* runToItem */.sr)(run), {
                expression: 'attribute_not_exists(#runId) OR #status = :running',
                names: { '#runId': 'runId', '#status': 'status' },
                values: { ':running': 'running' },
            });
        }
        catch (error) {
            if (error instanceof errors/* ConflictError */.fK) {
                throw new errors/* ConflictError */.fK(`run "${run.runId}" is already recorded as finished; a run id must not be reused`, error);
            }
            throw error;
        }
    }
    /** Records the outcome; the item is replaced whole, so counts and times are final. */
    async finished(run) {
        await this.table.put((0,dynamodb_items/* runToItem */.sr)(run));
    }
    /**
     * Writes many finished runs at once (backfilling history from the Git log,
     * moving between prefixes): batch writes, no atomicity, last write wins.
     */
    async importRuns(runs) {
        await this.table.batchPut(runs.map(dynamodb_items/* runToItem */.sr));
    }
}

;// CONCATENATED MODULE: ./src/backend/dynamodb/index.ts







function clientFor(options) {
    return (options.client ??
        createDynamoClient(options.env ?? process.env, options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}));
}
function gatewayFor(options, table, keys) {
    return new gateway/* TableGateway */.dt(createDocumentClient(clientFor(options)), table, keys, options.retry ?? {});
}
function createDynamoLockBackend(options) {
    const table = (0,tables/* tableNames */.n$)(options.tablePrefix).locks;
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
    const table = (0,tables/* tableNames */.n$)(options.tablePrefix).runs;
    const writer = new RunWriter(gatewayFor(options, table, ['runId']));
    return {
        tableName: table,
        started: (run) => writer.started(run),
        finished: (run) => writer.finished(run),
        importRuns: (runs) => writer.importRuns(runs),
    };
}
function createDynamoRunReader(options) {
    const table = (0,tables/* tableNames */.n$)(options.tablePrefix).runs;
    const reader = new RunReader(gatewayFor(options, table, ['runId']));
    return {
        tableName: table,
        get: (runId) => reader.get(runId),
        list: (query) => reader.list(query),
    };
}
/** Creates both tables (idempotent) and enables TTL on the lock table. */
async function initDynamoBackend(options) {
    return (0,tables/* initTables */.CF)({
        client: clientFor(options),
        prefix: options.tablePrefix,
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.activeTimeoutMs !== undefined ? { activeTimeoutMs: options.activeTimeoutMs } : {}),
    });
}









/***/ }),

/***/ 5947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ LockBusyError)
/* harmony export */ });
// What every lock backend offers: one holder per scope at a time, with a lease.
// Backends: a local file (engine/local-lock.ts), a Git ref (action/), DynamoDB (backend/).
/** Thrown when a lock is held by someone else and waiting did not help. */
class LockBusyError extends Error {
    current;
    constructor(current) {
        super(`lock "${current.scope}" is held by ${current.holder}` +
            `${current.runUrl ? ` (${current.runUrl})` : ''} until ${current.expiresAt}`);
        this.current = current;
        this.name = 'LockBusyError';
    }
}


/***/ }),

/***/ 4995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ay: () => (/* binding */ pRetry)
});

// UNUSED EXPORTS: AbortError, makeRetriable

;// CONCATENATED MODULE: ./node_modules/is-network-error/index.js
const objectToString = Object.prototype.toString;

const isError = value => objectToString.call(value) === '[object Error]';

const errorMessages = new Set([
	'network error', // Chrome
	'NetworkError when attempting to fetch resource.', // Firefox
	'The Internet connection appears to be offline.', // Safari 16
	'Network request failed', // `cross-fetch`
	'fetch failed', // Undici (Node.js)
	'terminated', // Undici (Node.js)
	' A network error occurred.', // Bun (WebKit)
	'Network connection lost', // Cloudflare Workers (fetch)
]);

function isNetworkError(error) {
	const isValid = error
		&& isError(error)
		&& error.name === 'TypeError'
		&& typeof error.message === 'string';

	if (!isValid) {
		return false;
	}

	const {message, stack} = error;

	// Safari 17+ has generic message but no stack for network errors
	if (message === 'Load failed' || (message.startsWith('Load failed (') && message.endsWith(')'))) {
		return stack === undefined
			// Sentry adds its own stack trace to the fetch error, so also check for that
			|| '__sentry_captured__' in error;
	}

	// Deno network errors start with specific text
	if (message.startsWith('error sending request for url')) {
		return true;
	}

	// Chrome: exact "Failed to fetch" or with hostname: "Failed to fetch (example.com)"
	if (message === 'Failed to fetch' || (message.startsWith('Failed to fetch (') && message.endsWith(')'))) {
		return true;
	}

	// Standard network error messages
	return errorMessages.has(message);
}

;// CONCATENATED MODULE: ./node_modules/p-retry/index.js


function validateRetries(retries) {
	if (typeof retries === 'number') {
		if (retries < 0) {
			throw new TypeError('Expected `retries` to be a non-negative number.');
		}

		if (Number.isNaN(retries)) {
			throw new TypeError('Expected `retries` to be a valid number or Infinity, got NaN.');
		}

		// Not `Number.isSafeInteger`, which would reject a huge `retries`. That is accepted on purpose and behaves as effectively forever.
		// eslint-disable-next-line unicorn/prefer-number-is-safe-integer
		if (Number.isFinite(retries) && !Number.isInteger(retries)) {
			throw new TypeError('Expected `retries` to be a non-negative integer or Infinity.');
		}
	} else if (retries !== undefined) {
		throw new TypeError('Expected `retries` to be a number or Infinity.');
	}
}

function validateNumberOption(name, value, {allowInfinity = false} = {}) {
	if (typeof value !== 'number' || Number.isNaN(value)) {
		throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? ' or Infinity' : ''}.`);
	}

	if (!allowInfinity && !Number.isFinite(value)) {
		throw new TypeError(`Expected \`${name}\` to be a finite number.`);
	}

	if (value < 0) {
		throw new TypeError(`Expected \`${name}\` to be \u{2265} 0.`);
	}
}

function validateOption(name, value, type) {
	// `null` means "not provided", as it does for the other options. `unref` needs this because it is the one option with no default of its own.
	if (value === undefined || value === null) {
		return;
	}

	if (typeof value !== type) {
		throw new TypeError(`Expected \`${name}\` to be a ${type}.`);
	}
}

function validateSignal(value) {
	// `null` means "not provided", as it does for the other options.
	if (value === undefined || value === null) {
		return;
	}

	// Duck typed rather than `instanceof`, so a signal from another realm still works. All three methods are checked because `removeEventListener` is called from inside a timer callback, where a `TypeError` would be an uncaught exception rather than a rejection the caller could catch.
	if (typeof value.throwIfAborted !== 'function'
		|| typeof value.addEventListener !== 'function'
		|| typeof value.removeEventListener !== 'function') {
		throw new TypeError('Expected `signal` to be an AbortSignal.');
	}
}

class AbortError extends Error {
	constructor(message) {
		super(typeof message === 'string' ? message : undefined);

		this.name = 'AbortError';

		if (message instanceof Error) {
			this.originalError = message;
			({message} = message);
		} else {
			// Created here, so it already captures every caller frame. Copying `this.stack` instead would only rewrite the header, which is rendered lazily from `name` and `message` at read time. It also stringifies a non-string message, so reuse its result below.
			this.originalError = new Error(message);
			({message} = this.originalError);

			// The caller sees this error, so the frame for this constructor is dropped where the runtime supports it. Left in, the top frame blames p-retry for an error the caller threw. An error the caller passed keeps its own stack, which points at their throw site already. V8-only, hence the lint exception, and the optional call leaves the stack as it is where it is missing.
			// eslint-disable-next-line unicorn/no-nonstandard-builtin-properties
			Error.captureStackTrace?.(this.originalError, AbortError);
		}

		this.message = message;
	}
}

// `setTimeout` cannot represent a longer delay and fires it right away instead, which turns a long backoff into a tight retry loop. Cap at the largest value it can still hold.
const maximumDelay = (2 ** 31) - 1;

function calculateDelay(retriesConsumed, options) {
	// Nothing to wait for, and multiplying by a factor that has grown to `Infinity` would give `NaN`.
	if (options.minTimeout === 0) {
		return 0;
	}

	// `retriesConsumed` starts at 0 and only ever counts up, so the first retry is already attempt 1.
	const attempt = retriesConsumed + 1;
	const random = options.randomize ? (Math.random() + 1) : 1;

	const timeout = Math.round(random * options.minTimeout * (options.factor ** (attempt - 1)));

	// `maxTimeout` rounds up, so a fractional cap still gives a whole number of milliseconds. Rounding down would turn a cap below 1 into no timer at all, which never yields to the event loop. `Math.ceil(Infinity)` is `Infinity`.
	return Math.min(timeout, Math.ceil(options.maxTimeout), maximumDelay);
}

function calculateRemainingTime(start, max) {
	return Number.isFinite(max) ? max - (performance.now() - start) : max;
}

async function delayForRetry(delay, options) {
	if (delay <= 0) {
		return;
	}

	await new Promise((resolve, reject) => {
		// Registered with `once`, so it removes itself when it fires.
		const onAbort = () => {
			clearTimeout(timeoutToken);
			reject(options.signal.reason);
		};

		const timeoutToken = setTimeout(() => {
			options.signal?.removeEventListener('abort', onAbort);
			resolve();
		}, delay);

		if (options.unref) {
			timeoutToken.unref?.();
		}

		options.signal?.addEventListener('abort', onAbort, {once: true});
	});
}

// Stringifying a thrown value can itself throw, for an object with no usable `toString`. That must never be allowed to replace the failure the caller is actually dealing with.
//
// A thrown value whose own accessors or proxy traps throw is not supported, here or anywhere else. It comes from the caller's own code, so it is not something to defend against.
function stringifyThrownValue(value) {
	try {
		return String(value);
	} catch {
		return Object.prototype.toString.call(value);
	}
}

// `AbortError` wraps the error the caller actually wants, and the wrappers can be nested, so keep unwrapping until the cause is reached. Otherwise an `AbortError` would escape `pRetry` and a `catch` doing `error instanceof AbortError` would read a real failure as a cancellation.
//
// Two wrappers whose `originalError` points at each other are not supported, like the thrown values above.
function unwrapAbortError(error) {
	let cause = error;

	// A wrapper with no error to unwrap to is the cause as far as it goes.
	while (cause instanceof AbortError && cause.originalError instanceof Error) {
		cause = cause.originalError;
	}

	return cause;
}

async function onAttemptFailure({error, attemptNumber, retriesConsumed, startTime, options}) {
	// The signal is checked after the operation and after every callback, so a cancellation is never reported as an operation failure or a callback's decision, and no callback runs after it. The last check also guards the delay, whose abort listener never fires on a signal that is already aborted.
	const abortIfNeeded = () => {
		options.signal?.throwIfAborted();
	};

	const normalizedError = error instanceof Error
		? error
		: new TypeError(`Non-error was thrown: "${stringifyThrownValue(error)}". You should only throw errors.`);

	// Checked before unwrapping an `AbortError`, because the reason a caller aborted with is final. Unwrapping it would replace the reason they chose with whatever is inside it, and it would also let an `AbortError` from the operation outrank a cancellation the caller asked for.
	abortIfNeeded();

	if (normalizedError instanceof AbortError) {
		throw unwrapAbortError(normalizedError);
	}

	// `retriesConsumed` only ever advances while `retriesLeft` is above 0, so this is never negative. `Infinity` minus a finite count is `Infinity`, so an unlimited budget needs no special case.
	const retriesLeft = options.retries - retriesConsumed;

	// A `TypeError` normally means the operation itself is broken rather than the thing it was trying to reach, so retrying it does not help. A network `TypeError` is the exception, and its message differs per runtime, so it has to be recognised rather than assumed.
	const isRetriableError = !(normalizedError instanceof TypeError) || isNetworkError(normalizedError);

	// Out of time already, out of retries, or a failure that is never retried, so the delay is 0 and the callbacks are told that no retry follows. Only computed when a retry can still follow, so a randomized delay does not draw from `Math.random` for a wait that is never taken.
	const timeLeft = calculateRemainingTime(startTime, options.maxRetryTime);
	const delayTime = isRetriableError && timeLeft > 0 && retriesLeft > 0 ? calculateDelay(retriesConsumed, options) : 0;

	const consumeRetryContext = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
		retryDelay: delayTime,
	});

	// No answer means no opinion, so fall back to the default. Treating it as `false` instead would leave `retries` uncounted and let the loop run forever.
	const consumeRetry = (await options.shouldConsumeRetry(consumeRetryContext)) ?? true;

	abortIfNeeded();

	const effectiveDelay = consumeRetry ? delayTime : 0;
	const context = Object.freeze({
		error: normalizedError,
		attemptNumber,
		retriesLeft,
		retriesConsumed,
		retryDelay: effectiveDelay,
	});

	await options.onFailedAttempt(context);

	abortIfNeeded();

	const remainingTime = calculateRemainingTime(startTime, options.maxRetryTime);

	// No time or budget left, or a failure that retrying cannot help with.
	if (
		!isRetriableError
		|| remainingTime <= 0
		|| retriesLeft <= 0
	) {
		throw normalizedError;
	}

	const shouldRetry = await options.shouldRetry(context);

	abortIfNeeded();

	if (!shouldRetry) {
		throw normalizedError;
	}

	const remainingTimeAfterShouldRetry = calculateRemainingTime(startTime, options.maxRetryTime);

	if (remainingTimeAfterShouldRetry <= 0) {
		throw normalizedError;
	}

	if (!consumeRetry) {
		return false;
	}

	await delayForRetry(Math.min(effectiveDelay, remainingTimeAfterShouldRetry), options);

	return true;
}

async function pRetry(input, options = {}) {
	options = {...options};

	// Applied before validating, so that `null` means "not provided" here as it does for every other option.
	options.retries ??= 10;

	validateRetries(options.retries);

	if (Object.hasOwn(options, 'forever')) {
		throw new Error('The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.');
	}

	options.factor ??= 2;
	options.minTimeout ??= 1000;
	options.maxTimeout ??= Infinity;
	options.maxRetryTime ??= Infinity;
	options.randomize ??= false;
	options.onFailedAttempt ??= () => {};
	options.shouldRetry ??= () => true;
	options.shouldConsumeRetry ??= () => true;

	// Validate the options that have a runtime type to check.
	validateOption('onFailedAttempt', options.onFailedAttempt, 'function');
	validateOption('shouldRetry', options.shouldRetry, 'function');
	validateOption('shouldConsumeRetry', options.shouldConsumeRetry, 'function');
	validateOption('randomize', options.randomize, 'boolean');
	validateOption('unref', options.unref, 'boolean');
	validateSignal(options.signal);
	validateNumberOption('factor', options.factor);
	validateNumberOption('minTimeout', options.minTimeout);
	validateNumberOption('maxTimeout', options.maxTimeout, {allowInfinity: true});
	validateNumberOption('maxRetryTime', options.maxRetryTime, {allowInfinity: true});

	// A negative factor is rejected above, so this only catches `0`. Treat it as `1` to keep the delay constant instead of dropping to zero after the first retry.
	if (options.factor === 0) {
		options.factor = 1;
	}

	options.signal?.throwIfAborted();

	let attemptNumber = 0;
	let retriesConsumed = 0;
	const startTime = performance.now();

	// A consumed count is always finite, so `Infinity` keeps this true and needs no special case.
	while (retriesConsumed <= options.retries) {
		attemptNumber++;

		try {
			options.signal?.throwIfAborted();

			const result = await input(attemptNumber);

			options.signal?.throwIfAborted();

			return result;
		} catch (error) {
			if (await onAttemptFailure({
				error,
				attemptNumber,
				retriesConsumed,
				startTime,
				options,
			})) {
				retriesConsumed++;
			}
		}
	}

	// Unreachable: `onAttemptFailure` throws once `retriesLeft` reaches 0, which is the same state the loop condition tests, so the loop is always left by a throw. Kept as a guard against a future change to either side breaking that pairing.
	throw new Error('Retry attempts exhausted without throwing an error.');
}

function makeRetriable(function_, options) {
	return function (...arguments_) {
		return pRetry(() => function_.apply(this, arguments_), options);
	};
}


/***/ })

};
