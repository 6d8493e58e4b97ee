export const id = 99;
export const ids = [99];
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









/***/ })

};
