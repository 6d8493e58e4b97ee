export const id = 218;
export const ids = [218];
export const modules = {

/***/ 4218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backendsOf: () => (/* binding */ backendsOf),
  blockedError: () => (/* binding */ blockedError),
  defaultLockScope: () => (/* binding */ defaultLockScope),
  pathSource: () => (/* binding */ pathSource),
  reconcileLocal: () => (/* binding */ reconcileLocal),
  refusalError: () => (/* binding */ refusalError),
  resolveStateDir: () => (/* binding */ resolveStateDir),
  workspaceOf: () => (/* binding */ workspaceOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/blueprint/load.ts + 5 modules
var load = __webpack_require__(2777);
// EXTERNAL MODULE: ./src/config/load.ts
var config_load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/overrides.ts
var overrides = __webpack_require__(423);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/engine/lock.ts
var lock = __webpack_require__(5947);
;// CONCATENATED MODULE: ./src/engine/local-lock.ts
// A lock on the local file system: `<state-dir>/.lock`, created with O_EXCL so
// two dpn processes on one machine never run a transaction on the same state
// at once. Anything that removes or rewrites an existing lock file (release,
// renew, break) first takes a short-lived `.lock.cas` guard, which makes
// "read, compare, remove" a compare-and-swap: a lock file only ever appears
// where none was, and only disappears under the guard.
// The state directory is committed to Git; the lock file (and the temp files
// of the lock and the state writer) must never be, so acquiring also writes
// `<state-dir>/.gitignore` when there is none.






// A guard older than this was left by a process killed inside the few
// milliseconds it holds one; it is safe to clear.
const GUARD_STALE_MS = 10_000;
// Kept beside the state rather than in `.git/`: it then works outside Git, in a
// linked worktree (where `.git` is a file), and for several state directories
// in one repository, each with its own lock.
const GITIGNORE = '# Written by dpn: the lock and temp files belong to one machine, never to a commit.\n.lock*\n*.tmp\n';
/** Writes `<stateDir>/.gitignore` unless one exists (a user's own is left as it is). */
async function ensureStateGitignore(stateDir) {
    try {
        await (0,promises_.writeFile)((0,external_node_path_.join)(stateDir, '.gitignore'), GITIGNORE, { flag: 'wx' });
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
}
// An empty or half-written lock file (a crash between create and write) older than this is stale.
const TORN_STALE_MS = 10_000;
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
class LocalLockBackend {
    stateDir;
    file;
    guard;
    now;
    host;
    isAlive;
    constructor(stateDir, options = {}) {
        this.stateDir = stateDir;
        this.file = (0,external_node_path_.join)(stateDir, '.lock');
        this.guard = (0,external_node_path_.join)(stateDir, '.lock.cas');
        this.now = options.now ?? (() => new Date());
        this.host = options.host ?? (0,external_node_os_.hostname)();
        this.isAlive = options.isAlive ?? pidAlive;
    }
    async acquire(scope, who, options) {
        await (0,promises_.mkdir)(this.stateDir, { recursive: true });
        await ensureStateGitignore(this.stateDir);
        const deadline = Date.now() + Math.max(0, options.waitMs);
        for (;;) {
            const at = this.now();
            const info = {
                scope,
                holder: who.holder,
                ...(who.runUrl !== undefined ? { runUrl: who.runUrl } : {}),
                ...(who.commit !== undefined ? { commit: who.commit } : {}),
                token: (0,external_node_crypto_.randomBytes)(16).toString('hex'),
                acquiredAt: at.toISOString(),
                expiresAt: new Date(at.getTime() + options.leaseMs).toISOString(),
                pid: process.pid,
                host: this.host,
            };
            if (await this.createExclusive(info))
                return this.held(info, options.leaseMs);
            const current = await this.readLock();
            if (current === 'torn') {
                if (await this.breakTorn())
                    continue;
            }
            else if (current === null) {
                continue;
            }
            else if (this.isStale(current)) {
                if (await this.breakLock(scope, current, { force: true }))
                    continue;
            }
            if (Date.now() >= deadline) {
                const busy = current && current !== 'torn' ? current : await this.inspect(scope);
                throw new lock/* LockBusyError */.B(busy ?? { scope, holder: 'unknown (lock file being written)', token: '', acquiredAt: '', expiresAt: 'unknown' });
            }
            await (0,external_node_timers_promises_.setTimeout)(Math.min(25 + Math.random() * 50, Math.max(5, deadline - Date.now())));
        }
    }
    async inspect(_scope) {
        const current = await this.readLock();
        return current === 'torn' ? null : current;
    }
    async breakLock(_scope, expected, options = {}) {
        if (!options.force && Date.parse(expected.expiresAt) > this.now().getTime())
            return false;
        return this.guarded(async () => {
            const current = await this.readLock();
            // Exactly `expected`: a holder that renewed since the caller looked keeps its lock.
            if (current === null || current === 'torn' || current.token !== expected.token || current.expiresAt !== expected.expiresAt) {
                return false;
            }
            await (0,promises_.unlink)(this.file);
            return true;
        });
    }
    /** A holder on this host whose process is gone, or any holder whose lease ran out. */
    isStale(info) {
        if (Date.parse(info.expiresAt) <= this.now().getTime())
            return true;
        const local = info;
        return local.host === this.host && typeof local.pid === 'number' && local.pid !== process.pid && !this.isAlive(local.pid);
    }
    held(info, leaseMs) {
        const backend = this;
        let current = info;
        return {
            get info() {
                return current;
            },
            async renew() {
                const next = { ...current, expiresAt: new Date(backend.now().getTime() + leaseMs).toISOString() };
                const ok = await backend.guarded(async () => {
                    const onDisk = await backend.readLock();
                    if (onDisk === null || onDisk === 'torn' || onDisk.token !== current.token)
                        return false;
                    const tmp = `${backend.file}.${current.token}.tmp`;
                    await (0,promises_.writeFile)(tmp, JSON.stringify(next));
                    await (0,promises_.rename)(tmp, backend.file);
                    return true;
                });
                if (!ok)
                    throw new Error(`lost the lock on ${backend.stateDir}: it was broken by another process`);
                current = next;
            },
            async release() {
                await backend.guarded(async () => {
                    const onDisk = await backend.readLock();
                    if (onDisk !== null && onDisk !== 'torn' && onDisk.token === current.token)
                        await (0,promises_.unlink)(backend.file);
                    return true;
                });
            },
        };
    }
    async createExclusive(info) {
        let handle;
        try {
            handle = await (0,promises_.open)(this.file, 'wx');
        }
        catch (error) {
            if (error.code === 'EEXIST')
                return false;
            throw error;
        }
        try {
            await handle.writeFile(JSON.stringify(info));
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return true;
    }
    async readLock() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.file, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return null;
            throw error;
        }
        try {
            const info = JSON.parse(text);
            if (typeof info.token === 'string' && typeof info.expiresAt === 'string')
                return info;
        }
        catch {
            // fall through: written half-way
        }
        return 'torn';
    }
    async breakTorn() {
        return this.guarded(async () => {
            try {
                const s = await (0,promises_.stat)(this.file);
                if (Date.now() - s.mtimeMs < TORN_STALE_MS)
                    return false;
                if ((await this.readLock()) !== 'torn')
                    return false;
                await (0,promises_.unlink)(this.file);
                return true;
            }
            catch {
                return false;
            }
        });
    }
    /** Runs `fn` holding the CAS guard; waits briefly for another holder of it. */
    async guarded(fn) {
        const give = Date.now() + GUARD_STALE_MS * 2;
        for (;;) {
            try {
                const handle = await (0,promises_.open)(this.guard, 'wx');
                await handle.writeFile(`${process.pid}@${this.host}`);
                await handle.close();
                break;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                try {
                    const s = await (0,promises_.stat)(this.guard);
                    if (Date.now() - s.mtimeMs > GUARD_STALE_MS) {
                        await (0,promises_.unlink)(this.guard).catch(() => { });
                        continue;
                    }
                }
                catch {
                    continue;
                }
                if (Date.now() > give)
                    throw new Error(`lock guard ${this.guard} stays taken; remove it if no dpn is running`);
                await (0,external_node_timers_promises_.setTimeout)(5);
            }
        }
        try {
            return await fn();
        }
        finally {
            await (0,promises_.unlink)(this.guard).catch(() => { });
        }
    }
}

// EXTERNAL MODULE: ./src/state/index.ts
var state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/flows/index.ts + 7 modules
var flows = __webpack_require__(6590);
;// CONCATENATED MODULE: ./src/cli/face.ts
// What the CLI hands the flows (src/flows): a local state directory, the
// lock chosen with --lock-backend, blueprints from the paths given; and how
// the values the flows return become messages and exit statuses.








function resolveStateDir(cwd, stateDir = '.dpn') {
    return (0,external_node_path_.isAbsolute)(stateDir) ? stateDir : (0,external_node_path_.resolve)(cwd, stateDir);
}
function defaultLockScope(env, cwd, stateDir) {
    const rel = (0,external_node_path_.relative)(cwd, stateDir) || '.';
    return env.GITHUB_REPOSITORY ? `${env.GITHUB_REPOSITORY}:${rel}` : `dpn:${rel}`;
}
function workspaceOf(stateDir) {
    return new flows/* LocalWorkspace */.hu(stateDir);
}
function seconds(args, name, fallback, min = 0) {
    const raw = args.values[name];
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min)
        throw new errors/* UsageError */.eb(`--${name} must be a number of seconds${min ? ` of at least ${min}` : ''}, got "${String(raw)}"`);
    return n;
}
/** `--lock-backend local|dynamodb`: the DynamoDB backend (and its SDK) is loaded only when chosen. */
async function backendsOf(args, io, stateDir) {
    const kind = args.values['lock-backend'] ?? io.env.DPN_LOCK_BACKEND ?? 'local';
    const waitMs = Math.round(seconds(args, 'lock-wait', 0) * 1000);
    const leaseMs = Math.round(seconds(args, 'lock-lease', 15 * 60, 3) * 1000);
    const base = { scope: defaultLockScope(io.env, io.cwd, stateDir), holder: (0,flows/* runner */.lj)(io.env), leaseMs, waitMs };
    if (kind === 'local') {
        if (args.values['lock-table-prefix'] !== undefined)
            throw new errors/* UsageError */.eb('--lock-table-prefix goes with --lock-backend dynamodb');
        return {
            kind,
            lock: {
                ...base,
                backend: new LocalLockBackend(stateDir),
                busyHint: 'Another dpn run is applying to this state: wait for it (--lock-wait SECONDS) or check `dpn status`. A lock left by a process that died on this machine, or whose lease ran out, is taken over automatically; `dpn unlock --force` breaks a live one.',
            },
        };
    }
    if (kind === 'dynamodb') {
        const prefix = args.values['lock-table-prefix'] ?? io.env.DPN_LOCK_TABLE_PREFIX;
        if (!prefix)
            throw new errors/* UsageError */.eb('--lock-backend dynamodb needs --lock-table-prefix PREFIX', 'the tables are PREFIX-locks and PREFIX-runs; create them with `dpn backend init`');
        const dynamo = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(907), __webpack_require__.e(728), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 9099));
        return {
            kind,
            lock: {
                ...base,
                // The flow renews the lease itself; a second renewer would double the writes.
                backend: dynamo.createDynamoLockBackend({ tablePrefix: prefix, env: io.env, autoRenew: false }),
                busyHint: 'Another dpn run holds this lock in DynamoDB (it may be on another machine): wait for it (--lock-wait SECONDS) or check `dpn status`. A lock whose lease ran out is taken over by the next run; `dpn unlock` breaks an expired one, `dpn unlock --force` a live one whose holder is certainly dead.',
            },
            runs: dynamo.createDynamoRunRecorder({ tablePrefix: prefix, env: io.env }),
        };
    }
    throw new errors/* UsageError */.eb(`--lock-backend must be local or dynamodb, got "${kind}"`);
}
/** Blueprints from files and directories given on the command line; naming from --values-config/--patterns-config or ./.dpn/. */
function pathSource(paths, cwd, naming) {
    const roots = paths.map((p) => (0,state/* normalizeBlueprintPath */.ek)((0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, p)) || '.'));
    return {
        async load() {
            const config = await (0,config_load/* loadNamingConfig */.nm)({ valuesConfig: naming.valuesConfig, patternsConfig: naming.patternsConfig, cwd });
            if (!config.config)
                return { resources: [], diagnostics: config.diagnostics, files: [] };
            (0,overrides/* checkOverrides */.yk)(naming.overrides ?? {}, config.config);
            const set = await (0,load/* loadBlueprints */.H)(paths, { naming: config.config, overrides: naming.overrides ?? {}, cwd });
            return { resources: set.resources, diagnostics: (0,config_load/* sortDiagnostics */.Ds)([...config.diagnostics, ...set.diagnostics]), files: set.files.map(state/* normalizeBlueprintPath */.ek) };
        },
        covers(file) {
            const f = (0,state/* normalizeBlueprintPath */.ek)((0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(cwd, file) : file);
            return roots.some((root) => root === '.' || f === root || f.startsWith(`${root}/`));
        },
    };
}
/** A transaction without an end record blocks every change, in words for a terminal. */
function blockedError(open) {
    const ids = open.map((t) => `${t.tx}${t.end ? ` (${t.end.type})` : ''}`).join(', ');
    return new errors/* UserError */.yo(`transaction ${ids} did not finish; nothing was changed`, 'TX_UNFINISHED', 'run `dpn recover` (roll back, the default) or `dpn recover --strategy resume` first; `dpn status` shows it');
}
function refusalError(refusal) {
    return new errors/* UserError */.yo(refusal.message, refusal.code === 'PREFLIGHT' ? (refusal.problems[0]?.code ?? 'PREFLIGHT') : refusal.code, refusal.hint);
}
/** `dpn reconcile` as a function: the CLI face's parts around the reconcile flow (embedders, tests, benchmarks). */
function reconcileLocal(options) {
    const { paths, cwd, stateDir: dir, naming, onEvent, lock, ...rest } = options;
    const stateDir = resolveStateDir(cwd, dir);
    const env = options.env ?? process.env;
    return (0,flows/* reconcileFlow */.t5)({
        ...rest,
        face: 'cli',
        workspace: workspaceOf(stateDir),
        lock: {
            backend: new LocalLockBackend(stateDir),
            scope: defaultLockScope(env, cwd, stateDir),
            holder: (0,flows/* runner */.lj)(env),
            busyHint: 'another dpn run is applying to this state',
            ...lock,
        },
        blueprints: pathSource(paths, cwd, naming ?? {}),
        ...(onEvent ? { sink: { event: onEvent } } : {}),
    });
}


/***/ }),

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hu: () => (/* reexport */ LocalWorkspace),
  uW: () => (/* reexport */ reconcile.applyPlanFlow),
  wf: () => (/* reexport */ driftFlow),
  t5: () => (/* reexport */ reconcile.reconcileFlow),
  PA: () => (/* reexport */ recoverFlow),
  lj: () => (/* reexport */ actor/* runner */.l),
  Pe: () => (/* reexport */ statusFlow),
  dY: () => (/* reexport */ unlockFlow)
});

// UNUSED EXPORTS: DEFAULT_LEASE_MS, detectDrift, preflight, withLock

// EXTERNAL MODULE: ./src/flows/lock.ts
var lock = __webpack_require__(9990);
// EXTERNAL MODULE: ./src/engine/actor.ts
var actor = __webpack_require__(2963);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/flows/workspace.ts
// The CLI's state workspace: a local directory. Persisting is a no-op (the
// files are on disk when the engine returns); reading never creates it.

class LocalWorkspace {
    stateDir;
    constructor(stateDir) {
        this.stateDir = stateDir;
    }
    async open() {
        return { stateDir: this.stateDir, persist: async () => null, unpersisted: () => false, close: async () => { } };
    }
    async read(fn) {
        return fn(this.stateDir, (0,external_node_fs_.existsSync)(this.stateDir));
    }
}

// EXTERNAL MODULE: ./src/flows/preflight.ts
var preflight = __webpack_require__(4854);
// EXTERNAL MODULE: ./src/flows/reconcile.ts + 3 modules
var reconcile = __webpack_require__(2055);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/engine/executor.ts
var executor = __webpack_require__(8493);
// EXTERNAL MODULE: ./src/engine/steps.ts
var steps = __webpack_require__(4277);
// EXTERNAL MODULE: ./src/engine/retry.ts
var retry = __webpack_require__(3344);
// EXTERNAL MODULE: ./src/engine/wal.ts
var engine_wal = __webpack_require__(8002);
;// CONCATENATED MODULE: ./src/engine/recovery.ts






function stepId(key, step) {
    return step === 'replace_retire' ? `${key}#retire` : key;
}
/** The transaction to recover: the one asked for, or the oldest unfinished one. */
async function findTransaction(stateDir, tx) {
    if (tx) {
        const log = await (0,engine_wal/* readTransaction */.$E)(stateDir, tx);
        if (log.end && log.end.type !== 'rollback_failed') {
            throw new errors/* UserError */.yo(`transaction ${tx} already ended (${log.end.type}); there is nothing to recover`, 'RECOVER_ENDED');
        }
        return log;
    }
    return (await (0,engine_wal/* unfinishedTransactions */.Vy)(stateDir))[0];
}
function readLog(log) {
    const r = { intents: new Map(), done: new Map(), failed: new Map(), undone: new Set(), committing: false };
    for (const rec of log.records) {
        switch (rec.type) {
            case 'intent':
                r.intents.set(stepId(rec.key, rec.step), rec);
                break;
            case 'done':
                r.done.set(stepId(rec.key, rec.step), rec);
                break;
            case 'failed':
                r.failed.set(stepId(rec.key, rec.step), rec);
                break;
            case 'undone':
                r.undone.add(stepId(rec.key, rec.step));
                break;
            case 'committing':
                r.committing = true;
                break;
            case 'compensating':
                // A transaction that began to undo itself passed no commit point.
                r.committing = false;
                break;
            default:
                break;
        }
    }
    return r;
}
/** Recovers one transaction. Takes no lock: the caller holds it. */
async function recover(options) {
    const log = await findTransaction(options.stateDir, options.tx);
    if (!log)
        return undefined;
    if (!log.begin) {
        throw new errors/* UserError */.yo(`transaction ${log.tx} has no begin record; it never started anything`, 'RECOVER_NO_BEGIN', `remove ${log.file} once you have checked it is empty`);
    }
    const strategy = options.strategy ?? 'rollback';
    const plan = log.begin.plan;
    const nodes = (0,steps/* buildSteps */.aB)(plan);
    const reading = readLog(log);
    if (!reading.committing)
        (0,steps/* assertDrivers */.ok)(plan, options.drivers);
    const state = await options.loadState();
    const now = options.now ?? (() => new Date());
    const wal = await engine_wal/* WalWriter */.u0.reopen(options.stateDir, log.tx, now);
    try {
        await wal.append({ type: 'recovery', strategy, actor: options.actor ?? (0,actor/* actorOf */.d)() });
        const rt = (0,executor/* runtimeOf */.GV)({ ...options, state }, wal);
        const emit = options.onEvent ?? ((_) => { });
        const unlogged = reading.committing ? 0 : await recordUnloggedSteps(nodes, reading, state, wal);
        if (reading.committing) {
            // Every step is done; the state write may or may not have happened. Applying
            // the after images again is idempotent, so write them and end the transaction.
            const resources = new Map(state.resources);
            for (const node of nodes) {
                const done = reading.done.get(node.id);
                if (done)
                    (0,steps/* applyStep */.pA)(resources, node.key, node.step, done.after);
            }
            const next = { resources };
            await options.writeState(next);
            await wal.append({ type: 'committed' });
            emit({ type: 'end', tx: log.tx, status: 'committed' });
            return { tx: log.tx, strategy, rolledForward: true, status: 'committed', probes: [], left: [], state: next, unlogged: 0, kept: [] };
        }
        const probes = await probeAll(nodes, reading, rt.drivers, options, rt, wal);
        if (strategy === 'rollback') {
            const tasks = [];
            for (const node of nodes) {
                const intent = reading.intents.get(node.id);
                if (!intent || reading.undone.has(node.id))
                    continue;
                const done = reading.done.get(node.id);
                const failed = reading.failed.get(node.id);
                tasks.push({
                    node,
                    outcome: done ? 'done' : failed ? 'failed' : 'unknown',
                    before: intent.before,
                    after: done?.after ?? null,
                    ...(failed ? { error: failed.error } : {}),
                    ...(intent.existing !== undefined ? { existing: intent.existing } : {}),
                });
            }
            await wal.append({ type: 'compensating', reason: `recovery of ${log.tx}` });
            emit({ type: 'compensating', reason: `recovery of ${log.tx}` });
            const left = await (0,executor/* compensate */.G1)(tasks, rt);
            const status = left.length > 0 ? 'rollback_failed' : 'rolled_back';
            await wal.append(status === 'rolled_back' ? { type: 'rolled_back' } : { type: 'rollback_failed', left });
            emit({ type: 'end', tx: log.tx, status });
            return { tx: log.tx, strategy, rolledForward: false, status, probes, left, state, unlogged, kept: rt.kept };
        }
        // Resume: keep what is done, run the rest (every step is idempotent), then commit.
        const done = new Map();
        for (const node of nodes) {
            const rec = reading.done.get(node.id);
            if (!rec || reading.undone.has(node.id))
                continue;
            const intent = reading.intents.get(node.id);
            const before = intent?.before ?? null;
            done.set(node.id, {
                node,
                outcome: 'done',
                before,
                after: rec.after,
                ...(intent?.existing !== undefined ? { existing: intent.existing } : {}),
            });
            (0,steps/* applyStep */.pA)(rt.working, node.key, node.step, rec.after);
        }
        const known = new Map();
        for (const [id, intent] of reading.intents)
            if (intent.existing !== undefined)
                known.set(id, intent.existing);
        const transaction = await (0,executor/* runTransaction */.c4)(nodes, { ...options, state }, rt, done, known);
        return {
            tx: log.tx,
            strategy,
            rolledForward: false,
            status: transaction.status,
            probes,
            left: transaction.left,
            transaction,
            state: transaction.state,
            unlogged,
            kept: rt.kept,
        };
    }
    finally {
        await wal.close();
    }
}
/**
 * A WAL with no intent at all after `begin` may be one that was pushed before
 * the first side effect by a runner that then vanished: any planned step may
 * have run. Each gets an intent now, its before image the state the
 * transaction started from (no step changes the state before the commit
 * point), so recovery probes it like a step that started. Such an intent has
 * no record of what existed under a created name, so undoing the create
 * deletes the live resource only if it bears this transaction's creation
 * marker (Ownership, DESIGN.md). A WAL with intents was written ahead of each
 * step, so a step without one never started.
 */
async function recordUnloggedSteps(nodes, reading, state, wal) {
    if (reading.intents.size > 0)
        return 0;
    let added = 0;
    for (const node of nodes) {
        if (node.step === 'forget')
            continue;
        added++;
        const record = (await wal.append({ type: 'intent', key: node.key, action: node.op.action, step: node.step, before: (0,steps/* beforeOf */.v8)(node, state) }));
        reading.intents.set(node.id, record);
    }
    return added;
}
/** Reads the live resource of every step that started, and logs what it found. */
async function probeAll(nodes, reading, drivers, options, rt, wal) {
    // A step with no intent never started: its intent is on disk before its call.
    const started = nodes.filter((n) => reading.intents.has(n.id));
    const reports = [];
    // The transaction lets a driver that looks a name up prefer the resource bearing this transaction's marker.
    const ctx = { resolve: (key) => rt.working.get(key), transaction: rt.tx };
    let next = 0;
    const worker = async () => {
        while (next < started.length) {
            const node = started[next++];
            const intent = reading.intents.get(node.id);
            const logged = reading.done.has(node.id) ? 'done' : reading.failed.has(node.id) ? 'failed' : 'started';
            const target = probeTarget(node, intent.before);
            try {
                const driver = (0,steps/* driverFor */.QM)(drivers, node);
                const live = target
                    ? await (0,retry/* withRetry */.bD)(() => driver.read(target, ctx), options.retry ?? {}, { sleep: rt.sleep, random: rt.random, clock: rt.clock })
                    : null;
                const report = { key: node.key, step: node.step, logged, exists: live !== null };
                if (live?.archived !== undefined)
                    report.archived = live.archived;
                reports.push(report);
                await wal.append({
                    type: 'probe',
                    key: node.key,
                    step: node.step,
                    exists: report.exists,
                    ...(report.archived !== undefined ? { archived: report.archived } : {}),
                });
            }
            catch (error) {
                // A probe that fails does not stop recovery: undo steps read again and are idempotent.
                reports.push({ key: node.key, step: node.step, logged, exists: false, error: (0,engine_wal/* walError */.L2)(error) });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(rt.concurrency, started.length) }, worker));
    return reports.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function probeTarget(node, before) {
    if (node.step === 'forget')
        return undefined;
    if ((0,steps/* isCreate */.zv)(node))
        return node.op.desired ? (0,steps/* refOf */.H8)(node.op.desired) : undefined;
    const current = before ?? node.op.current;
    return current ? (0,steps/* refOf */.H8)(current) : undefined;
}

// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
;// CONCATENATED MODULE: ./src/flows/recover.ts
// The recover flow, for every face: under the lock, pick the transaction
// without an end record (or the one named), let the engine probe and roll
// back or resume it, and persist the WAL and state where the next run reads them.






async function recoverFlow(options) {
    const { drivers, close } = await (0,reconcile.productionDrivers)(options);
    try {
        return await (0,reconcile.underLock)(options, async (open, lost) => {
            const candidates = await (0,engine_wal/* unfinishedTransactions */.Vy)(open.stateDir);
            if (!options.tx && candidates.length > 1) {
                throw new errors/* UserError */.yo(`${candidates.length} transactions have no end record (${candidates.map((t) => t.tx).join(', ')})`, 'RECOVER_AMBIGUOUS', options.face === 'action' ? 'set the "transaction" input to the one to recover, oldest first' : 'give --tx ID for the one to recover, oldest first');
            }
            const tx = options.tx ?? candidates[0]?.tx;
            if (!tx)
                return { status: 'clean', stateFiles: [], persisted: [], lockLost: false };
            let stateFiles = [];
            const signal = options.signal ? AbortSignal.any([options.signal, lost]) : lost;
            const persisted = [];
            let recovery;
            const strategy = options.strategy ?? 'rollback';
            const started = await open.persist({ kind: 'recovering', tx, strategy });
            if (started)
                persisted.push(started);
            try {
                recovery = await recover({
                    stateDir: open.stateDir,
                    drivers,
                    tx,
                    loadState: () => (0,src_state/* loadState */.C7)(open.stateDir),
                    writeState: async (next) => {
                        stateFiles = await (0,src_state/* writeState */.Jq)(open.stateDir, next);
                    },
                    signal,
                    ...(options.strategy ? { strategy: options.strategy } : {}),
                    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
                    ...(options.retry ? { retry: options.retry } : {}),
                    ...(options.sleep ? { sleep: options.sleep } : {}),
                    ...(options.sink?.event ? { onEvent: options.sink.event } : {}),
                    actor: options.actor ?? (0,actor/* runner */.l)(options.env ?? process.env).holder,
                });
            }
            finally {
                const sha = await open.persist({ kind: 'recover', tx, strategy, status: recovery?.status ?? 'interrupted' });
                if (sha)
                    persisted.push(sha);
            }
            if (!recovery)
                return { status: 'clean', stateFiles, persisted, lockLost: lost.aborted };
            return { status: recovery.status, recovery, stateFiles, persisted, lockLost: lost.aborted };
        });
    }
    finally {
        close();
    }
}

;// CONCATENATED MODULE: ./src/engine/status.ts
// What `dpn status` (and the Action's status mode) reports: the state in
// numbers, transactions that need `dpn recover`, and who holds the lock.



function lockView(info, nowMs) {
    const { token: _token, ...shown } = info;
    return { ...shown, expired: Date.parse(info.expiresAt) <= nowMs };
}
function describe(log) {
    let planned = 0;
    try {
        planned = log.begin ? (0,steps/* buildSteps */.aB)(log.begin.plan).length : 0;
    }
    catch {
        planned = 0;
    }
    const done = new Set();
    const failed = new Set();
    const intents = new Set();
    let committing = false;
    for (const r of log.records) {
        if (r.type === 'intent')
            intents.add(`${r.key}/${r.step}`);
        if (r.type === 'done')
            done.add(`${r.key}/${r.step}`);
        if (r.type === 'failed')
            failed.add(`${r.key}/${r.step}`);
        if (r.type === 'committing')
            committing = true;
        if (r.type === 'compensating')
            committing = false;
    }
    const inFlight = [...intents].filter((k) => !done.has(k) && !failed.has(k)).length;
    return {
        tx: log.tx,
        ...(log.begin ? { startedAt: log.begin.at, actor: log.begin.actor } : {}),
        ...(log.begin?.commit ? { commit: log.begin.commit } : {}),
        steps: { planned, done: done.size, failed: failed.size, inFlight },
        rollbackFailed: log.end?.type === 'rollback_failed',
        committing,
        left: log.end?.type === 'rollback_failed' ? log.end.left : [],
        torn: log.torn,
    };
}
async function engineStatus(stateDir, lock, now = Date.now) {
    const [state, ids, open, info] = await Promise.all([
        (0,src_state/* loadState */.C7)(stateDir),
        (0,engine_wal/* transactionIds */.LO)(stateDir),
        (0,engine_wal/* unfinishedTransactions */.Vy)(stateDir),
        lock ? lock.backend.inspect(lock.scope) : null,
    ]);
    const byType = {};
    const byBlueprint = {};
    let archived = 0;
    for (const r of state.resources.values()) {
        byType[r.type] = (byType[r.type] ?? 0) + 1;
        byBlueprint[r.blueprint] = (byBlueprint[r.blueprint] ?? 0) + 1;
        if (r.archived)
            archived++;
    }
    const lastId = ids.at(-1);
    const last = lastId ? await (0,engine_wal/* readTransaction */.$E)(stateDir, lastId) : undefined;
    return {
        stateDir,
        resources: { total: state.resources.size, archived, byType, byBlueprint },
        transactions: ids.length,
        ...(last ? { last: { tx: last.tx, end: last.end?.type ?? null } } : {}),
        unfinished: open.map(describe),
        lock: info ? lockView(info, now()) : null,
    };
}

;// CONCATENATED MODULE: ./src/flows/status.ts
// The status flow: the state in numbers, the transactions without an end
// record, and the lock. A transaction whose holder still holds a live lock is
// in progress, not abandoned: status says so and advises nothing.

function conditionOf(t, lockLive) {
    if (t.rollbackFailed)
        return 'rollback_failed';
    // The lock is held for the whole transaction: while it is live, someone is working.
    if (lockLive)
        return 'in_progress';
    return t.committing ? 'committing' : 'abandoned';
}
async function statusFlow(options) {
    return options.workspace.read(async (stateDir, exists) => {
        const status = await engineStatus(stateDir, options.lock, options.now);
        const info = status.lock ? await options.lock?.backend.inspect(options.lock.scope) : null;
        const live = status.lock !== null && !status.lock.expired && !(info && options.lock?.backend.isStale?.(info));
        const conditions = status.unfinished.map((t) => ({ tx: t.tx, condition: conditionOf(t, live && !t.rollbackFailed) }));
        return { ...status, exists, conditions, needsRecovery: conditions.some((c) => c.condition !== 'in_progress') };
    });
}

;// CONCATENATED MODULE: ./src/flows/unlock.ts
async function unlockFlow(options) {
    const { backend, scope } = options.lock;
    const seen = await backend.inspect(scope);
    if (!seen)
        return { status: 'not_locked' };
    const { token: _token, ...shown } = seen;
    if (await backend.breakLock(scope, seen, { force: options.force === true }))
        return { status: 'unlocked', seen: shown };
    const live = Date.parse(seen.expiresAt) > (options.now ?? Date.now)();
    return { status: 'refused', seen: shown, reason: live ? 'live' : 'changed' };
}

// EXTERNAL MODULE: ./src/plan/fields.ts
var plan_fields = __webpack_require__(934);
;// CONCATENATED MODULE: ./src/flows/drift.ts



async function driftFlow(options) {
    const { drivers, close } = await (0,reconcile.productionDrivers)(options);
    try {
        return await options.workspace.read(async (stateDir, exists) => {
            const state = await (0,src_state/* loadState */.C7)(stateDir);
            const report = await detectDrift(state, drivers, options.signal ?? new AbortController().signal, options.concurrency);
            return { ...report, exists, status: report.items.length ? 'drifted' : 'in_sync' };
        });
    }
    finally {
        close();
    }
}
async function detectDrift(state, drivers, signal, concurrency = 8) {
    const items = [];
    const skipped = new Map();
    const skip = (type, reason) => {
        const id = `${type}\0${reason}`;
        const entry = skipped.get(id);
        if (entry)
            entry.count++;
        else
            skipped.set(id, { type, count: 1, reason });
    };
    const queue = [];
    for (const r of state.resources.values()) {
        if (r.archived)
            skip(r.type, 'archived: dpn keeps it retired and does not compare it');
        else if (!drivers[r.type])
            skip(r.type, 'no driver for this type');
        else
            queue.push(r);
    }
    let checked = 0;
    const ctx = { resolve: (key) => state.resources.get(key), signal };
    const worker = async () => {
        for (let r = queue.shift(); r && !signal.aborted; r = queue.shift()) {
            const driver = drivers[r.type];
            let live;
            try {
                live = await driver.read(r, ctx);
            }
            catch (error) {
                items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'unreadable', fields: [], error: error.message });
                continue;
            }
            checked++;
            if (!live) {
                items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'missing', fields: [] });
                continue;
            }
            const fields = [];
            for (const [k, v] of Object.entries(r.params)) {
                if (!(0,plan_fields/* jsonEqual */.Zm)(v, live.params[k]))
                    fields.push({ path: `params.${k}`, state: v, live: live.params[k] });
            }
            for (const [k, v] of Object.entries(r.tags)) {
                if (live.tags[k] !== v)
                    fields.push({ path: `tags.${k}`, state: v, live: live.tags[k] });
            }
            // A tag added by hand is drift too: the next reconcile's tag write replaces the set.
            for (const [k, v] of Object.entries(live.tags)) {
                if (!(k in r.tags))
                    fields.push({ path: `tags.${k}`, state: undefined, live: v });
            }
            if (fields.length)
                items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'changed', fields });
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
        checked,
        skipped: [...skipped.values()],
        items,
    };
}

;// CONCATENATED MODULE: ./src/flows/index.ts
// The flows layer: reconcile, create, recover, status, unlock and drift,
// written once above the engine; the CLI and the Action supply a state
// workspace, a lock, a sink for progress, and render the values returned.












/***/ })

};
