export const id = 953;
export const ids = [953,995];
export const modules = {

/***/ 8099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ik: () => (/* binding */ createDrivers),
  LB: () => (/* binding */ recoverTransaction)
});

// UNUSED EXPORTS: markUnloggedSteps

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/engine/executor.ts
var executor = __webpack_require__(8493);
// EXTERNAL MODULE: ./src/engine/steps.ts + 1 modules
var steps = __webpack_require__(1381);
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
        await wal.append({ type: 'recovery', strategy, actor: options.actor ?? (0,executor/* actorOf */.dn)() });
        const rt = (0,executor/* runtimeOf */.GV)({ ...options, state }, wal);
        const emit = options.onEvent ?? ((_) => { });
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
            return { tx: log.tx, strategy, rolledForward: true, status: 'committed', probes: [], left: [], state: next };
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
            return { tx: log.tx, strategy, rolledForward: false, status, probes, left, state };
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
        };
    }
    finally {
        await wal.close();
    }
}
/** Reads the live resource of every step that started, and logs what it found. */
async function probeAll(nodes, reading, drivers, options, rt, wal) {
    // A step with no intent never started: its intent is on disk before its call.
    const started = nodes.filter((n) => reading.intents.has(n.id));
    const reports = [];
    const ctx = { resolve: (key) => rt.working.get(key) };
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

// EXTERNAL MODULE: ./src/state/store.ts + 1 modules
var store = __webpack_require__(16);
// EXTERNAL MODULE: ./src/providers/registry.ts
var registry = __webpack_require__(3307);
;// CONCATENATED MODULE: ./src/action/platform.ts





/** Drivers for every provisioned type; each provider's SDK loads on its first call. */
async function createDrivers(env, _plan) {
    return (0,registry/* createDrivers */.ik)(env);
}
/**
 * The WAL in Git may end at `begin`: the runner pushes it before the first side
 * effect and may die before pushing more. A step with no intent in that file
 * may still have run, so it gets an intent now (its before image is the state,
 * which no step changes before the commit point) and recovery probes it like
 * any step that started. Steps that never ran probe as untouched.
 */
async function markUnloggedSteps(stateDir, log) {
    if (!log.begin || log.end || log.records.some((r) => r.type === 'committing'))
        return 0;
    const logged = new Set(log.records.filter((r) => r.type === 'intent').map((r) => `${r.key}\0${r.step}`));
    const missing = (0,steps/* buildSteps */.aB)(log.begin.plan).filter((n) => !logged.has(`${n.key}\0${n.step}`));
    if (missing.length === 0)
        return 0;
    const state = await (0,store/* loadState */.C7)(stateDir);
    const wal = await engine_wal/* WalWriter */.u0.reopen(stateDir, log.tx);
    try {
        for (const node of missing) {
            await wal.append({ type: 'intent', key: node.key, action: node.op.action, step: node.step, before: (0,steps/* beforeOf */.v8)(node, state) });
        }
    }
    finally {
        await wal.close();
    }
    return missing.length;
}
async function recoverTransaction(stateDir, log, request) {
    const unlogged = await markUnloggedSteps(stateDir, log);
    const result = await recover({
        tx: log.tx,
        stateDir,
        strategy: request.strategy,
        drivers: request.drivers,
        concurrency: request.concurrency,
        signal: request.signal,
        onEvent: request.onEvent,
        loadState: () => (0,store/* loadState */.C7)(stateDir),
        writeState: async (state) => {
            await (0,store/* writeState */.Jq)(stateDir, state);
        },
    });
    if (!result)
        return { status: 'clean', operations: [], notes: ['Nothing to recover.'] };
    const operations = result.probes.map((p) => ({
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


/***/ }),

/***/ 6953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EO: () => (/* binding */ lockHooks),
  $s: () => (/* binding */ logEvent),
  runReconcile: () => (/* binding */ runReconcile),
  pj: () => (/* binding */ trackPending)
});

// UNUSED EXPORTS: appliedOperations

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/executor.ts
var executor = __webpack_require__(8493);
// EXTERNAL MODULE: ./src/engine/wal.ts
var wal = __webpack_require__(8002);
;// CONCATENATED MODULE: ./src/engine/runs.ts
// Run history: one record per reconcile run. The default keeps history in Git
// (the WAL commits); the DynamoDB backend (src/backend/) stores it in a table.
/** The default: history lives in the Git log of the state branch. */
const NO_RUN_RECORDER = {
    async started() { },
    async finished() { },
};

// EXTERNAL MODULE: ./src/state/path.ts
var path = __webpack_require__(4054);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/plan/guard.ts
// The mass-delete guard: a plan that would remove more than a share of what a
// blueprint file manages is refused unless the user confirms
// (`--allow-mass-delete`). This module only measures; the CLI decides.
// Removing means archive, delete or retain (dpn stops managing it), and also a
// replace whose old resource is deleted: a naming change that renames every
// bucket of a blueprint with policy `delete` loses their data just the same.


function checkMassDelete(plan, state, options = {}) {
    const threshold = options.threshold ?? 0.5;
    const managed = new Map();
    for (const record of state.resources.values()) {
        if (record.archived)
            continue;
        const blueprint = (0,path/* normalizeBlueprintPath */.ek)(record.blueprint);
        managed.set(blueprint, (managed.get(blueprint) ?? 0) + 1);
    }
    const removing = new Map();
    for (const op of plan.operations) {
        if (!op.current || op.current.archived)
            continue;
        const deletesOld = op.action === 'replace' && op.current.deletionPolicy === 'delete';
        if ((0,types/* phaseOf */.h)(op.action) !== 'retire' && !deletesOld)
            continue;
        const blueprint = (0,path/* normalizeBlueprintPath */.ek)(op.current.blueprint);
        const keys = removing.get(blueprint);
        if (keys)
            keys.push(op.key);
        else
            removing.set(blueprint, [op.key]);
    }
    const blueprints = [...removing]
        .map(([blueprint, keys]) => {
        const total = Math.max(managed.get(blueprint) ?? 0, keys.length);
        return { blueprint, managed: total, removing: keys.length, share: keys.length / total, keys: keys.sort() };
    })
        .sort((a, b) => (a.blueprint < b.blueprint ? -1 : a.blueprint > b.blueprint ? 1 : 0));
    const over = blueprints.filter((f) => f.share > threshold);
    return { threshold, refused: over.length > 0, over, blueprints };
}

// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/plan/summary.ts
var plan_summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/plan/serialize.ts
var serialize = __webpack_require__(6913);
// EXTERNAL MODULE: ./src/state/store.ts + 1 modules
var store = __webpack_require__(16);
// EXTERNAL MODULE: ./src/render/summary.ts
var render_summary = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(7376);
// EXTERNAL MODULE: ./src/action/locking.ts + 1 modules
var locking = __webpack_require__(3381);
// EXTERNAL MODULE: ./src/action/platform.ts + 1 modules
var platform = __webpack_require__(8099);
// EXTERNAL MODULE: ./src/providers/registry.ts
var registry = __webpack_require__(3307);
// EXTERNAL MODULE: ./src/action/preview.ts + 27 modules
var preview = __webpack_require__(3026);
;// CONCATENATED MODULE: ./src/action/reconcile.ts
// Reconcile mode (push to the default branch): level-triggered — every
// blueprint at the pushed commit against the newest state — under the lock:
// WAL `begin` committed and pushed before the first side effect, the plan
// executed by the engine, then state + WAL committed back with `[skip ci]`.















/** Remembers whether a WAL is still unpushed, on top of telling the post step. */
function trackPending(pending) {
    let current = false;
    return {
        set(value) {
            current = value !== null;
            pending.set(value);
        },
        lock: (info) => pending.lock?.(info),
        unpushed: () => current,
    };
}
/**
 * Hooks that keep the post step informed of the lock this run holds. While a
 * WAL is unpushed the lock is kept (until the post step pushes it and releases
 * the lock, or the lease runs out): another run must not plan against a state
 * that is missing this transaction.
 */
function lockHooks(pending) {
    return { onAcquired: (lock) => pending.lock?.(lock.info), onReleased: () => pending.lock?.(null), keep: () => pending.unpushed() };
}
function logEvent(logger, event) {
    switch (event.type) {
        case 'begin':
            return logger.info(`transaction ${event.tx}: ${event.total} step${event.total === 1 ? '' : 's'}`);
        case 'start':
            return logger.info(`→ ${event.step} ${event.name}`);
        case 'done':
            return logger.info(`✓ ${event.step} ${event.name}`);
        case 'retry':
            return logger.info(`↻ ${event.step} ${event.key}: attempt ${event.attempt} in ${event.delayMs} ms (${event.error.message})`);
        case 'failed':
            return logger.error(`✗ ${event.step} ${event.name}: ${event.error.message}`);
        case 'compensating':
            return logger.warning(`compensating: ${event.reason}`);
        case 'undo_start':
            return logger.info(`↶ ${event.undo}`);
        case 'undone':
            return logger.info(`↶ undone ${event.step} ${event.key}`);
        case 'undo_failed':
            return logger.error(`undo of ${event.step} ${event.key} failed: ${event.error.message}`);
        case 'end':
            return logger.info(`transaction ${event.tx}: ${event.status}`);
    }
}
function appliedOperations(result) {
    return result.steps.map((s) => ({
        key: s.key,
        type: s.key.split(':')[0] ?? '',
        name: s.name,
        action: s.step,
        outcome: s.outcome,
        ...(s.error ? { error: s.error.message } : {}),
    }));
}
async function runReconcile(inputs, context, deps) {
    const { logger } = deps;
    const pending = trackPending(deps.pending);
    deps = { ...deps, pending };
    const git = (0,locking.gitFor)(inputs, context);
    return (0,locking/* withStateLock */.NC)(inputs, context, git, logger, async ({ branch, lost }) => {
        const stateDir = (0,external_node_path_.join)(branch.dir, inputs.stateDir);
        const open = await (0,wal/* unfinishedTransactions */.Vy)(stateDir);
        if (open.length > 0) {
            const ids = open.map((t) => t.tx).join(', ');
            return {
                outputs: { status: 'blocked', 'transaction-id': open[0].tx },
                summary: `## dpn reconcile — ❌ blocked\n\nTransaction ${ids} has no end record. Run this workflow with mode \`recover\` first; nothing was changed.\n`,
                failure: `unfinished transaction ${ids}: run the "recover" mode first (nothing was changed)`,
            };
        }
        const planned = await (0,preview/* planPreview */.Aq)(inputs, context, branch.dir, new Set());
        const { plan, report, desired } = planned;
        (0,annotations/* annotate */.fz)(desired.diagnostics, deps.sink);
        const planFile = await (0,preview/* writePlanFile */.J)(context, { commit: context.sha, valid: report.valid, diagnostics: desired.diagnostics, plan: plan ? (0,serialize/* planToJSON */.Zs)(plan) : null });
        const c = (0,plan_summary/* changeCounts */.Zg)(report.summary);
        const outputs = {
            valid: String(report.valid),
            plan: planFile,
            creates: String(c.creates),
            updates: String(c.updates),
            deletes: String(c.deletes),
        };
        if (!plan || !report.valid) {
            return { outputs: { ...outputs, status: 'invalid' }, summary: (0,render_summary/* renderPreviewSummary */.xo)(report).text, failure: `nothing applied: ${planned.planError ?? 'the blueprints are invalid'}` };
        }
        const guard = checkMassDelete(plan, planned.state);
        if (guard.refused && !inputs.allowMassDelete) {
            const what = guard.over.map((f) => `${f.blueprint}: ${f.removing} of ${f.managed}`).join('; ');
            return {
                outputs: { ...outputs, status: 'refused' },
                summary: (0,render_summary/* renderPreviewSummary */.xo)({ ...report, planError: `refused: the plan removes more than half of what a blueprint manages (${what})` }).text,
                failure: `refused to remove more than half of what a blueprint manages (${what}); set "allow-mass-delete: true" to confirm`,
            };
        }
        if (inputs.dryRun) {
            return { outputs: { ...outputs, status: 'dry-run' }, summary: (0,render_summary/* renderPreviewSummary */.xo)({ ...report }).text.replace('dpn preview', 'dpn reconcile (dry run)') };
        }
        const signal = AbortSignal.any([deps.signal, lost]);
        const drivers = await (0,platform/* createDrivers */.ik)(deps.env, plan);
        // A platform the plan writes to but the workflow did not configure stops the run before the first side effect.
        const problems = await (0,registry/* configurationProblems */.hI)(plan, drivers);
        if (problems.length > 0) {
            const why = `cannot apply: ${problems.join('; ')}`;
            return { outputs: { ...outputs, status: 'refused' }, summary: (0,render_summary/* renderPreviewSummary */.xo)({ ...report, planError: why }).text, failure: `nothing applied: ${why}` };
        }
        const runs = inputs.lockBackend === 'dynamodb' ? (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(907), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 1807))).createDynamoRunRecorder({ tablePrefix: inputs.lockTablePrefix }) : NO_RUN_RECORDER;
        const run = {
            runId: context.runId ? `${context.repository}#${context.runId}.${context.runAttempt}` : `${Date.now()}-${process.pid}`,
            repository: context.repository,
            commit: context.sha,
            blueprints: desired.files,
            creates: c.creates,
            updates: c.updates,
            deletes: c.deletes,
            status: 'running',
            startedAt: new Date().toISOString(),
            ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        };
        const hasWork = (0,plan_summary/* hasChanges */.ik)(plan);
        // Run history is a record, not a gate: a failed write is a warning.
        const record = (r, what) => hasWork ? runs[what](r).catch((e) => logger.warning(`could not record the run in history: ${e.message}`)) : undefined;
        await record(run, 'started');
        const touched = (0,diff/* touchedBlueprints */.D7)(plan);
        let tx;
        let result;
        try {
            result = await (0,executor/* execute */.g7)(plan, {
                drivers,
                state: planned.state,
                stateDir,
                writeState: async (state) => {
                    await (0,store/* writeState */.Jq)(stateDir, state, { blueprints: touched });
                },
                concurrency: inputs.concurrency,
                signal,
                commit: context.sha,
                ...(context.runId ? { actor: `github-actions ${context.repository} run ${context.runId}` } : {}),
                onEvent: (e) => logEvent(logger, e),
                onBegin: async (info) => {
                    tx = info.tx;
                    deps.pending.set({ dir: branch.dir, branch: branch.branch, stateDir: inputs.stateDir, tx: info.tx });
                    // The evidence is in Git before anything changes on a platform.
                    const sha = await branch.commitAndPush(`dpn: begin ${info.tx} at ${context.sha.slice(0, 12)} [skip ci]`, [inputs.stateDir]);
                    logger.info(`pushed WAL begin record of ${info.tx} (${sha?.slice(0, 12) ?? 'already pushed'})`);
                },
            });
        }
        catch (error) {
            await record({ ...run, status: 'failed', endedAt: new Date().toISOString(), ...(tx ? { transactionId: tx } : {}) }, 'finished');
            // onBegin failed (the WAL could not be pushed) or the engine broke: push what the WAL says, if anything.
            // Pushed: the lock can go. Not pushed: keep the lock and leave the WAL to the post step.
            const pushed = tx
                ? await branch.commitAndPush(`dpn: WAL of ${tx} after an error [skip ci]`, [inputs.stateDir]).then(() => true, () => false)
                : true;
            if (pushed)
                deps.pending.set(null);
            throw error;
        }
        const status = result.status;
        const message = status === 'noop'
            ? null
            : `dpn: ${status} ${result.tx} — ${(0,plan_summary/* summaryLine */.dC)(plan.summary)} at ${context.sha.slice(0, 12)} [skip ci]`;
        const stateCommit = message ? await branch.commitAndPush(message, [inputs.stateDir]) : null;
        deps.pending.set(null);
        await record({ ...run, status, endedAt: new Date().toISOString(), ...(result.tx ? { transactionId: result.tx } : {}) }, 'finished');
        const notes = [];
        if (result.cancelled)
            notes.push('The run was cancelled: no new operation was started and completed ones were compensated.');
        if (result.failure)
            notes.push(`Failed at ${result.failure.key}: ${result.failure.error.message}`);
        for (const left of result.left)
            notes.push(`Left behind: ${left.key} (${left.step}) — ${left.what}`);
        if (status === 'rollback_failed')
            notes.push('Run this workflow with mode "recover" to finish the rollback.');
        const summary = (0,render_summary/* renderTransactionSummary */.xm)({
            title: 'dpn reconcile',
            ...(result.tx ? { transaction: result.tx } : {}),
            status,
            commit: context.sha,
            summary: plan.summary,
            operations: appliedOperations(result),
            ...(stateCommit ? { stateCommit } : {}),
            notes,
        });
        const ok = status === 'committed' || status === 'noop';
        return {
            outputs: { ...outputs, status, ...(result.tx ? { 'transaction-id': result.tx } : {}) },
            summary,
            ...(ok ? {} : { failure: `transaction ${result.tx} ${status.replace('_', ' ')}${result.failure ? `: ${result.failure.key}: ${result.failure.error.message}` : result.cancelled ? ' (cancelled)' : ''}` }),
        };
    }, lockHooks(pending));
}


/***/ }),

/***/ 8493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ compensate),
/* harmony export */   GV: () => (/* binding */ runtimeOf),
/* harmony export */   c4: () => (/* binding */ runTransaction),
/* harmony export */   dn: () => (/* binding */ actorOf),
/* harmony export */   g7: () => (/* binding */ execute)
/* harmony export */ });
/* unused harmony export runDag */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3344);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1381);
/* harmony import */ var _wal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8002);




/**
 * Runs `run` over a DAG, at most `limit` at a time, each node once all its deps
 * succeeded. A node whose run returns false blocks its dependants; `canStart`
 * false stops new starts (in-flight runs still finish). Returns the ids started.
 */
async function runDag(nodes, limit, run, canStart = () => true) {
    const waiting = new Map();
    const dependants = new Map();
    const ids = new Set(nodes.map((n) => n.id));
    const ready = [];
    for (const n of nodes) {
        const deps = n.deps.filter((d) => ids.has(d));
        waiting.set(n.id, deps.length);
        for (const d of deps) {
            const list = dependants.get(d);
            if (list)
                list.push(n);
            else
                dependants.set(d, [n]);
        }
        if (deps.length === 0)
            ready.push(n);
    }
    const started = new Set();
    let running = 0;
    let head = 0;
    return new Promise((resolve, reject) => {
        const pump = () => {
            while (running < Math.max(1, limit) && head < ready.length && canStart()) {
                const node = ready[head++];
                started.add(node.id);
                running++;
                run(node).then((ok) => {
                    running--;
                    if (ok) {
                        for (const next of dependants.get(node.id) ?? []) {
                            const left = (waiting.get(next.id) ?? 1) - 1;
                            waiting.set(next.id, left);
                            if (left === 0)
                                ready.push(next);
                        }
                    }
                    pump();
                }, reject);
            }
            if (running === 0 && (head >= ready.length || !canStart()))
                resolve(started);
        };
        pump();
    });
}
function caller(rt, node, signal) {
    return (fn) => (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(fn, rt.retry, {
        sleep: rt.sleep,
        random: rt.random,
        clock: rt.clock,
        ...(signal ? { signal } : {}),
        onRetry: (attempt, delayMs, error) => rt.emit({ type: 'retry', key: node.key, step: node.step, attempt, delayMs, error: (0,_wal_js__WEBPACK_IMPORTED_MODULE_3__/* .walError */ .L2)(error) }),
    });
}
function contextOf(rt) {
    // Drivers get no abort signal: on cancellation, calls in flight finish so their outcome is known.
    return { resolve: (key) => rt.working.get(key) };
}
/**
 * Undoes steps in reverse dependency order (a step only after everything that
 * depended on it was undone), writing undo records. A step whose undo fails
 * keeps everything it depends on in place. Returns what is left.
 */
async function compensate(tasks, rt, reports) {
    const byId = new Map(tasks.map((t) => [t.node.id, t]));
    const undoDeps = new Map(tasks.map((t) => [t.node.id, []]));
    for (const t of tasks) {
        for (const d of t.node.deps)
            if (byId.has(d))
                undoDeps.get(d).push(t.node.id);
    }
    const nodes = tasks.map((t) => ({ id: t.node.id, deps: undoDeps.get(t.node.id), task: t }));
    const left = [];
    const ctx = contextOf(rt);
    const started = await runDag(nodes, rt.concurrency, async ({ task }) => {
        if (!(0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .needsUndo */ .Af)(task))
            return true;
        const { node } = task;
        const undo = (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .undoDescription */ .Nt)(task);
        await rt.wal.append({ type: 'undo_intent', key: node.key, step: node.step, undo });
        rt.emit({ type: 'undo_start', key: node.key, step: node.step, undo });
        try {
            const result = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .undoStep */ .Dh)(task, rt.drivers, ctx, caller(rt, node, undefined));
            if (result.kind === 'left') {
                await rt.wal.append({ type: 'undo_failed', key: node.key, step: node.step, error: { message: result.left.what } });
                left.push(result.left);
                setReport(reports, node, 'left');
                return false;
            }
            await rt.wal.append({
                type: 'undone',
                key: node.key,
                step: node.step,
                ...(result.kind === 'undone' && result.physicalId !== undefined ? { physicalId: result.physicalId } : {}),
            });
            if (task.outcome === 'done')
                setReport(reports, node, 'undone');
            rt.emit({ type: 'undone', key: node.key, step: node.step });
            return true;
        }
        catch (error) {
            const e = (0,_wal_js__WEBPACK_IMPORTED_MODULE_3__/* .walError */ .L2)(error);
            await rt.wal.append({ type: 'undo_failed', key: node.key, step: node.step, error: e });
            left.push((0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .leftOf */ .lC)(task, e));
            setReport(reports, node, 'left', e);
            rt.emit({ type: 'undo_failed', key: node.key, step: node.step, error: e });
            return false;
        }
    });
    for (const t of tasks) {
        if (started.has(t.node.id) || !(0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .needsUndo */ .Af)(t))
            continue;
        const l = (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .leftOf */ .lC)(t, { message: 'not undone: something that depends on it could not be undone' });
        left.push(l);
        setReport(reports, t.node, 'left');
    }
    return left;
}
function setReport(reports, node, outcome, error) {
    const r = reports?.get(node.id);
    if (!r)
        return;
    r.outcome = outcome;
    if (error)
        r.error = error;
}
function actorOf(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
        return `github-actions ${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID}`.replace(/\s+/g, ' ');
    }
    return `${env.USER ?? env.USERNAME ?? 'unknown'}@${env.HOSTNAME ?? 'localhost'} pid ${process.pid}`;
}
function runtimeOf(options, wal) {
    return {
        drivers: options.drivers,
        wal,
        tx: wal.tx,
        concurrency: Math.max(1, Math.floor(options.concurrency ?? 8)),
        retry: options.retry ?? {},
        sleep: options.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .realSleep */ .uk,
        random: options.random ?? Math.random,
        clock: options.clock ?? (() => performance.now()),
        now: options.now ?? (() => new Date()),
        emit: options.onEvent ?? (() => { }),
        working: new Map(options.state.resources),
    };
}
/** Executes a plan as one write-ahead-logged transaction. */
async function execute(plan, options) {
    const nodes = (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .buildSteps */ .aB)(plan);
    if (nodes.length === 0) {
        return { status: 'noop', steps: [], cancelled: false, left: [], state: options.state };
    }
    (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .assertDrivers */ .ok)(plan, options.drivers);
    const now = options.now ?? (() => new Date());
    const tx = options.txId ?? (0,_wal_js__WEBPACK_IMPORTED_MODULE_3__/* .newTransactionId */ .y9)(now());
    let wal;
    try {
        wal = await _wal_js__WEBPACK_IMPORTED_MODULE_3__/* .WalWriter */ .u0.create(options.stateDir, tx, now);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot start the write-ahead log in ${options.stateDir}: ${error.message}`, 'WAL_UNWRITABLE', 'nothing was changed; check that the state directory is writable');
    }
    try {
        const rt = runtimeOf(options, wal);
        const begin = (await wal.append({
            type: 'begin',
            version: 1,
            actor: options.actor ?? actorOf(),
            // Unchanged resources are counted in the summary but not listed: the WAL is
            // committed to Git on every run, and 10,000 noops would make each one megabytes.
            plan: { ...plan, operations: plan.operations.filter((op) => op.action !== 'noop') },
            ...(options.commit !== undefined ? { commit: options.commit } : {}),
        }));
        rt.emit({ type: 'begin', tx, total: nodes.length });
        if (options.onBegin) {
            try {
                await options.onBegin({ tx, file: wal.file, record: begin });
            }
            catch (error) {
                // Nothing ran yet: end the transaction cleanly and let the caller report why.
                await wal.append({ type: 'rolled_back' });
                throw error;
            }
        }
        return await runTransaction(nodes, options, rt);
    }
    finally {
        await wal.close();
    }
}
/** The forward pass and its ending; `done` holds steps already done (a resumed transaction). */
async function runTransaction(nodes, options, rt, done = new Map(), 
/** What earlier intents recorded as existing before a create (a resumed transaction must not re-read its own work as someone else's). */
known = new Map()) {
    const { signal } = options;
    const reports = new Map(nodes.map((n) => [
        n.id,
        { key: n.key, step: n.step, name: n.op.desired?.fullName ?? n.op.fullName, outcome: done.has(n.id) ? 'done' : 'skipped' },
    ]));
    const outcomes = new Map(done);
    let failure;
    const pendingWrites = [];
    const ctx = contextOf(rt);
    const pending = nodes.map((n) => (done.has(n.id) ? { ...n, deps: [] } : n));
    await runDag(pending, rt.concurrency, async (node) => {
        if (done.has(node.id))
            return true;
        const name = reports.get(node.id).name;
        const before = (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .beforeOf */ .v8)(node, options.state);
        // Before a create: whether the name is already taken. The driver would adopt
        // such a resource, and its undo must then leave it; the intent carries the
        // answer so recovery after a crash knows it too. A driver that looks the name
        // up itself reports it through ctx.beforeCreate, and the intent is written
        // then, still before its first write; otherwise the engine reads first.
        let existing = known.get(node.id);
        let logged = false;
        const logIntent = async (found) => {
            existing = found;
            await rt.wal.append({
                type: 'intent',
                key: node.key,
                action: node.op.action,
                step: node.step,
                before,
                ...(found !== undefined ? { existing: found } : {}),
            });
            logged = true;
            rt.emit({ type: 'start', key: node.key, step: node.step, name });
        };
        const reportFailure = (e) => {
            failure ??= { key: node.key, error: e };
            reports.get(node.id).outcome = 'failed';
            reports.get(node.id).error = e;
            rt.emit({ type: 'failed', key: node.key, step: node.step, name, error: e });
            return false;
        };
        let stepCtx = ctx;
        if ((0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .driverLooks */ .z5)(node, rt.drivers) && !known.has(node.id)) {
            let first;
            stepCtx = { ...ctx, beforeCreate: (found) => (first ??= logIntent(found)) };
        }
        else {
            try {
                if (!known.has(node.id))
                    existing = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .readExisting */ .Y7)(node, rt.drivers, ctx, caller(rt, node, signal));
                await logIntent(existing);
            }
            catch (error) {
                // The step never started: nothing changed, nothing to undo.
                return reportFailure((0,_wal_js__WEBPACK_IMPORTED_MODULE_3__/* .walError */ .L2)(error));
            }
        }
        let after;
        try {
            const result = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .runStep */ .eg)(node, before, rt.drivers, stepCtx, rt.tx, rt.now().toISOString(), caller(rt, node, signal));
            if (!logged) {
                throw new Error(`the ${node.op.type} driver finished a create without reporting what it found first (see Driver.looksBeforeCreate)`);
            }
            after = result.after;
            outcomes.set(node.id, { node, outcome: 'done', before, after, ...(existing !== undefined ? { existing } : {}) });
            (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .applyStep */ .pA)(rt.working, node.key, node.step, after);
            // Not awaited: dependants need not wait for this fsync. The intent of any
            // later step is queued behind it, so its fsync makes this record durable
            // first; a crash before that leaves an intent recovery resolves by probing.
            // The progress line says done once the record is on disk.
            pendingWrites.push(rt.wal
                .append({
                type: 'done',
                key: node.key,
                step: node.step,
                after,
                ...(result.physicalId !== undefined ? { physicalId: result.physicalId } : {}),
            })
                .then(() => rt.emit({ type: 'done', key: node.key, step: node.step, name }), (error) => {
                failure ??= { key: node.key, error: (0,_wal_js__WEBPACK_IMPORTED_MODULE_3__/* .walError */ .L2)(error) };
            }));
        }
        catch (error) {
            const e = (0,_wal_js__WEBPACK_IMPORTED_MODULE_3__/* .walError */ .L2)(error);
            // A driver that fails before reporting what it found has not written: nothing to undo.
            if (!logged)
                return reportFailure(e);
            if (!outcomes.has(node.id)) {
                outcomes.set(node.id, { node, outcome: 'failed', before, after: null, error: e, ...(existing !== undefined ? { existing } : {}) });
            }
            // Stop new steps from starting before waiting for the record.
            failure ??= { key: node.key, error: e };
            await rt.wal.append({ type: 'failed', key: node.key, step: node.step, error: e }).catch(() => { });
            return reportFailure(e);
        }
        reports.get(node.id).outcome = 'done';
        return true;
    }, () => failure === undefined && !signal?.aborted);
    await Promise.all(pendingWrites);
    const cancelled = signal?.aborted === true;
    const allDone = nodes.every((n) => outcomes.get(n.id)?.outcome === 'done');
    if (!failure && !cancelled && allDone) {
        // The commit point: from here on recovery finishes the transaction instead of undoing it.
        await rt.wal.append({ type: 'committing' });
        const state = { resources: rt.working };
        try {
            await options.writeState(state);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`transaction ${rt.tx} applied every change but the state could not be written: ${error.message}`, 'STATE_WRITE_FAILED', 'fix the cause (disk space, permissions), then run `dpn recover`: it writes the state and ends the transaction');
        }
        await rt.wal.append({ type: 'committed' });
        rt.emit({ type: 'end', tx: rt.tx, status: 'committed' });
        return { tx: rt.tx, file: rt.wal.file, status: 'committed', steps: [...reports.values()], cancelled: false, left: [], state };
    }
    const reason = failure ? `${failure.key}: ${failure.error.message}` : 'cancelled';
    await rt.wal.append({ type: 'compensating', reason });
    rt.emit({ type: 'compensating', reason });
    const left = await compensate([...outcomes.values()], rt, reports);
    const status = left.length > 0 ? 'rollback_failed' : 'rolled_back';
    await rt.wal.append(status === 'rolled_back' ? { type: 'rolled_back' } : { type: 'rollback_failed', left });
    rt.emit({ type: 'end', tx: rt.tx, status });
    return {
        tx: rt.tx,
        file: rt.wal.file,
        status,
        steps: [...reports.values()],
        ...(failure ? { failure } : {}),
        cancelled,
        left,
        state: options.state,
    };
}


/***/ }),

/***/ 3344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports isTransient, backoffMs */
/* harmony import */ var p_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4995);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _providers_driver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4106);
// Which provider failures are worth another attempt, and the retry loop around
// one driver call: exponential backoff with jitter, `Retry-After` honoured, a
// bounded total time, and an injectable sleep so tests run instantly.



const realSleep = async (ms, signal) => {
    await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, signal ? { signal } : {});
};
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ETIMEDOUT',
    'ECONNREFUSED',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown',
    'RequestTimeout',
    'ServiceUnavailable',
    'InternalError',
    'REQUEST_LIMIT_EXCEEDED',
    'TEMPORARILY_UNAVAILABLE',
]);
function statusOf(error) {
    const e = error;
    const s = e?.details?.status ?? e?.$metadata?.httpStatusCode ?? e?.status;
    return typeof s === 'number' ? s : undefined;
}
/** Throttling, 5xx, timeouts and dropped connections: the same call may well succeed later. */
function isTransient(error) {
    if (error instanceof _providers_driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .m) {
        if (error.kind === 'transient')
            return true;
        if (error.kind !== 'fatal')
            return false;
    }
    if (!(error instanceof Error))
        return false;
    const status = statusOf(error);
    if (status === 429 || (status !== undefined && status >= 500))
        return true;
    if (error.name === 'TimeoutError')
        return true;
    const e = error;
    if (e.$retryable)
        return true;
    for (const code of [e.code, e.cause?.code, error.details?.code, error.name]) {
        if (typeof code === 'string' && TRANSIENT_CODES.has(code))
            return true;
    }
    return false;
}
function retryAfterMs(error) {
    const ms = error?.details?.retryAfterMs;
    return typeof ms === 'number' && ms >= 0 ? ms : undefined;
}
/** The delay before retry `attempt` (1-based): exponential, with "equal jitter". */
function backoffMs(attempt, options, random) {
    const min = options.minDelayMs ?? 250;
    const max = options.maxDelayMs ?? 20_000;
    const exp = Math.min(max, min * (options.factor ?? 2) ** (attempt - 1));
    return Math.round(exp / 2 + (random() * exp) / 2);
}
/** Runs `call`, retrying transient failures; anything else fails at once. */
async function withRetry(call, options, hooks) {
    const started = hooks.clock();
    const maxTotal = options.maxTotalMs ?? 120_000;
    return (0,p_retry__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .Ay)(call, {
        retries: options.retries ?? 6,
        // p-retry's own timer is switched off: the delay happens in onFailedAttempt
        // through the injected sleep, so tests control time and Retry-After wins.
        minTimeout: 0,
        maxTimeout: 0,
        factor: 1,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
            if (!isTransient(error) || retriesLeft === 0)
                return;
            // Stop retrying on cancellation: the caller compensates, and time is short.
            if (hooks.signal?.aborted)
                throw error;
            const wait = retryAfterMs(error) ?? backoffMs(attemptNumber, options, hooks.random);
            if (hooks.clock() - started + wait > maxTotal)
                throw error;
            hooks.onRetry?.(attemptNumber, wait, error);
            try {
                await hooks.sleep(wait, hooks.signal);
            }
            catch {
                throw error;
            }
        },
        shouldRetry: ({ error }) => isTransient(error) && !hooks.signal?.aborted,
    });
}


/***/ }),

/***/ 1381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pA: () => (/* binding */ applyStep),
  ok: () => (/* binding */ assertDrivers),
  v8: () => (/* binding */ beforeOf),
  aB: () => (/* binding */ buildSteps),
  QM: () => (/* binding */ driverFor),
  z5: () => (/* binding */ driverLooks),
  zv: () => (/* binding */ isCreate),
  lC: () => (/* binding */ leftOf),
  Af: () => (/* binding */ needsUndo),
  Y7: () => (/* binding */ readExisting),
  H8: () => (/* binding */ refOf),
  eg: () => (/* binding */ runStep),
  Nt: () => (/* binding */ undoDescription),
  Dh: () => (/* binding */ undoStep)
});

// UNUSED EXPORTS: adopted, appliedOf, changedNothing, specOf

// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/state/path.ts
var path = __webpack_require__(4054);
;// CONCATENATED MODULE: ./src/state/record.ts

/** The record of a resource just created or updated from `spec`. */
function recordFromSpec(spec, applied) {
    const record = {
        key: spec.key,
        type: spec.type,
        name: spec.name,
        fullName: spec.fullName,
        blueprint: (0,path/* normalizeBlueprintPath */.ek)(spec.blueprint),
        params: structuredClone(spec.params),
        tags: { ...spec.tags },
        deletionPolicy: spec.deletionPolicy,
        appliedAt: applied.appliedAt,
        transaction: applied.transaction,
    };
    if (applied.physicalId !== undefined)
        record.physicalId = applied.physicalId;
    const deps = [...new Set(spec.dependsOn)].sort();
    if (deps.length > 0)
        record.dependsOn = deps;
    return record;
}
/** The record of a resource just archived: the same record, marked archived, stamped by the transaction. */
function archivedRecord(current, applied) {
    return { ...current, archived: true, appliedAt: applied.appliedAt, transaction: applied.transaction };
}

// EXTERNAL MODULE: ./src/providers/driver.ts
var driver = __webpack_require__(4106);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/engine/steps.ts




function forwardStep(action) {
    switch (action) {
        case 'create':
        case 'update':
        case 'archive':
        case 'delete':
            return action;
        case 'replace':
            return 'replace_create';
        case 'retain':
            return 'forget';
        case 'noop':
            return undefined;
    }
}
/**
 * The steps of a plan, following its DAG (src/plan executionSteps): apply-phase
 * steps wait for what they list; every retire-phase step (archive, delete,
 * forget, and the old half of a replace) also waits for every apply-phase step,
 * as the plan contract says, so nothing still pointing at an old resource loses
 * it mid-transaction.
 */
function buildSteps(plan) {
    const byKey = new Map(plan.operations.map((op) => [op.key, op]));
    const steps = (0,plan_steps/* executionSteps */.Ku)(plan);
    const applyIds = steps.filter((s) => s.phase === 'apply').map((s) => s.id);
    const nodes = [];
    for (const s of steps) {
        const op = byKey.get(s.key);
        if (!op)
            throw new Error(`plan step ${s.id} has no operation`);
        const step = s.id.endsWith(plan_steps/* RETIRE_SUFFIX */.a$) ? 'replace_retire' : forwardStep(op.action);
        if (!step)
            continue;
        nodes.push({ id: s.id, key: s.key, step, op, deps: s.phase === 'retire' ? [...applyIds, ...s.dependsOn] : [...s.dependsOn] });
    }
    assertAcyclic(nodes);
    return nodes;
}
function assertAcyclic(nodes) {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const mark = new Map();
    const visit = (id, path) => {
        const m = mark.get(id);
        if (m === 2)
            return;
        if (m === 1)
            throw new Error(`plan has a dependency cycle: ${[...path, id].join(' → ')}`);
        mark.set(id, 1);
        for (const d of byId.get(id)?.deps ?? [])
            visit(d, [...path, id]);
        mark.set(id, 2);
    };
    for (const n of nodes)
        visit(n.id, []);
}
/** Fails before anything starts when an operation's type has no driver (the name-only types). */
function assertDrivers(plan, drivers) {
    const missing = new Set();
    for (const op of plan.operations) {
        if (op.action === 'noop' || op.action === 'retain')
            continue;
        if (!drivers[op.type])
            missing.add(op.type);
    }
    if (missing.size > 0) {
        const list = [...missing].sort().join(', ');
        throw new errors/* UserError */.yo(`dpn can name but not provision ${list}: no driver for ${missing.size === 1 ? 'this type' : 'these types'}`, 'NO_DRIVER', 'remove these resources from the blueprints you apply, or narrow them with a blueprint `scope`');
    }
}
function refOf(resource, physicalId) {
    const id = physicalId ?? ('physicalId' in resource ? resource.physicalId : undefined);
    return {
        key: resource.key,
        type: resource.type,
        name: resource.name,
        fullName: resource.fullName,
        params: resource.params,
        tags: resource.tags,
        ...(id !== undefined ? { physicalId: id } : {}),
    };
}
/** A state entry as a spec, to recreate or restore it during undo. */
function specOf(resource) {
    return {
        key: resource.key,
        type: resource.type,
        name: resource.name,
        fullName: resource.fullName,
        blueprint: resource.blueprint,
        location: { file: resource.blueprint, line: 1, column: 1 },
        dependsOn: resource.dependsOn ?? [],
        params: resource.params,
        tags: resource.tags,
        deletionPolicy: resource.deletionPolicy,
    };
}
function appliedOf(spec, live, tx, at) {
    return recordFromSpec(spec, { appliedAt: at, transaction: tx, ...(live.physicalId !== undefined ? { physicalId: live.physicalId } : {}) });
}
function driverFor(drivers, node) {
    const driver = drivers[node.op.type];
    if (!driver)
        throw new errors/* UserError */.yo(`no driver for ${node.op.type}`, 'NO_DRIVER');
    return driver;
}
function desiredOf(node) {
    if (!node.op.desired)
        throw new Error(`plan operation ${node.key} (${node.op.action}) has no desired spec`);
    return node.op.desired;
}
function currentOf(node, before) {
    const current = before ?? node.op.current;
    if (!current)
        throw new Error(`plan operation ${node.key} (${node.op.action}) has no current state`);
    return current;
}
/** The image the state holds for a key before a step, taken from the state the transaction started from. */
function beforeOf(node, state) {
    if (node.step === 'replace_retire')
        return node.op.current ?? state.resources.get(node.key) ?? null;
    return state.resources.get(node.key) ?? node.op.current ?? null;
}
/** Runs one step through its driver. `call` wraps each provider call (retries). */
async function runStep(node, before, drivers, ctx, tx, at, call) {
    if (node.step === 'forget')
        return { after: null };
    const driver = driverFor(drivers, node);
    switch (node.step) {
        case 'create':
        case 'replace_create': {
            const spec = desiredOf(node);
            const live = await call(() => driver.create(spec, ctx));
            return withId(appliedOf(spec, live, tx, at));
        }
        case 'update': {
            const spec = desiredOf(node);
            const current = currentOf(node, before);
            if (node.op.stateOnly) {
                return withId(appliedOf(spec, current.physicalId !== undefined ? { physicalId: current.physicalId, params: {}, tags: {} } : { params: {}, tags: {} }, tx, at));
            }
            // An archived resource asked for again is brought back, then updated.
            if (current.archived && driver.unarchive) {
                await call(() => driver.unarchive(refOf(current), ctx)).catch((error) => {
                    // A driver without unarchive: its update brings the resource back (tags, schedule…).
                    if (!isUnsupported(error))
                        throw error;
                });
            }
            const live = await call(() => driver.update(spec, refOf(current), ctx));
            const physicalId = live.physicalId ?? current.physicalId;
            return withId(appliedOf(spec, physicalId !== undefined ? { ...live, physicalId } : live, tx, at));
        }
        case 'archive': {
            const current = currentOf(node, before);
            await call(() => driver.archive(refOf(current), ctx));
            return withId(archivedRecord(current, { appliedAt: at, transaction: tx }));
        }
        case 'delete': {
            const current = currentOf(node, before);
            await call(() => driver.delete(refOf(current), ctx));
            return { after: null };
        }
        case 'replace_retire': {
            const current = currentOf(node, before);
            if (current.deletionPolicy === 'delete')
                await call(() => driver.delete(refOf(current), ctx));
            else if (current.deletionPolicy === 'archive')
                await call(() => driver.archive(refOf(current), ctx));
            // The key now names the new resource, which the create half recorded (see applyStep).
            return { after: null };
        }
    }
}
/** Puts a done step's effect into a state map. Retiring a replaced resource changes no entry. */
function applyStep(resources, key, step, after) {
    if (step === 'replace_retire')
        return;
    if (after)
        resources.set(key, after);
    else
        resources.delete(key);
}
function withId(after) {
    return after.physicalId !== undefined ? { after, physicalId: after.physicalId } : { after };
}
/** A failure that certainly changed nothing on the platform (so there is nothing to clean up). */
function changedNothing(error) {
    return error?.kind === 'conflict' || error?.kind === 'invalid' || error?.kind === 'permission' || error?.kind === 'not_found';
}
function isCreate(node) {
    return node.step === 'create' || node.step === 'replace_create';
}
/** Whether a create step adopted a resource that existed before dpn created anything. */
function adopted(task) {
    return isCreate(task.node) && task.existing != null;
}
/** A create whose driver reports what it found under the name itself (Driver.looksBeforeCreate). */
function driverLooks(node, drivers) {
    return isCreate(node) && drivers[node.op.type]?.looksBeforeCreate === true;
}
/** Create steps: the live resource under the desired name before the call, read through `call`. */
async function readExisting(node, drivers, ctx, call) {
    if (!isCreate(node))
        return undefined;
    const spec = desiredOf(node);
    const driver = driverFor(drivers, node);
    return call(() => driver.read(refOf(spec), ctx));
}
/** What undoing a step will do, in words, for the WAL and the progress display. */
function undoDescription(task) {
    const n = task.node;
    switch (n.step) {
        case 'create':
        case 'replace_create':
            return adopted(task)
                ? `leave ${n.op.type} ${n.op.desired?.fullName ?? n.op.fullName} in place: it existed before this transaction`
                : `delete ${n.op.type} ${n.op.fullName}`;
        case 'update':
            return `restore ${n.op.fullName} to its previous settings`;
        case 'archive':
            return `unarchive ${n.op.fullName}`;
        case 'delete':
            return `recreate ${n.op.fullName} from its previous settings`;
        case 'replace_retire':
            return `bring back ${task.before?.fullName ?? n.op.fullName}`;
        case 'forget':
            return 'nothing';
    }
}
/** Whether a step needs undoing at all (a failure that changed nothing does not). */
function needsUndo(task) {
    if (task.node.step === 'forget')
        return false;
    if (task.node.step === 'update' && task.node.op.stateOnly)
        return false;
    if (task.node.step === 'replace_retire' && task.before?.deletionPolicy === 'retain')
        return false;
    return !(task.outcome === 'failed' && changedNothing(task.error));
}
/**
 * Undoes one step. Idempotent: when the outcome is not known for sure, the
 * live resource is read first, so undoing twice (a recovery after a crashed
 * recovery) is safe.
 */
async function undoStep(task, drivers, ctx, call) {
    const { node } = task;
    if (!needsUndo(task))
        return { kind: 'nothing' };
    const driver = driverFor(drivers, node);
    const sure = task.outcome === 'done';
    const undoDelete = async (old) => {
        const live = await call(() => driver.read(refOf(old), ctx));
        if (live)
            return { kind: 'nothing' };
        const made = await call(() => driver.create(specOf(old), ctx));
        return made.physicalId !== undefined && made.physicalId !== old.physicalId
            ? { kind: 'undone', physicalId: made.physicalId }
            : { kind: 'undone' };
    };
    const undoArchive = async (old) => {
        if (driver.unarchive) {
            try {
                await call(() => driver.unarchive(refOf(old), ctx));
                return { kind: 'undone' };
            }
            catch (error) {
                if (!isUnsupported(error))
                    throw error;
            }
        }
        if (!sure) {
            const live = await call(() => driver.read(refOf(old), ctx));
            if (!live?.archived)
                return { kind: 'nothing' };
        }
        return {
            kind: 'left',
            left: { key: node.key, step: node.step, what: `${old.type} ${old.fullName} stays archived: its driver cannot unarchive` },
        };
    };
    switch (node.step) {
        case 'create':
        case 'replace_create': {
            // Adopted, not made: deleting it would destroy what someone else created
            // (a table definition, a job…). The adopting create changed nothing that matters.
            if (adopted(task))
                return { kind: 'nothing' };
            const spec = desiredOf(node);
            let ref = task.after ? refOf(task.after) : refOf(spec);
            if (!sure || !task.after) {
                const live = await call(() => driver.read(ref, ctx));
                if (!live)
                    return { kind: 'nothing' };
                ref = refOf(spec, live.physicalId);
            }
            await call(() => driver.delete(ref, ctx));
            return { kind: 'undone' };
        }
        case 'update': {
            const old = currentOf(node, task.before);
            if (node.op.stateOnly)
                return { kind: 'nothing' };
            await call(() => driver.update(specOf(old), refOf(task.after ?? old), ctx));
            if (old.archived)
                await call(() => driver.archive(refOf(old), ctx));
            return { kind: 'undone' };
        }
        case 'archive':
            return undoArchive(currentOf(node, task.before));
        case 'delete':
            return undoDelete(currentOf(node, task.before));
        case 'replace_retire': {
            const old = currentOf(node, task.before);
            return old.deletionPolicy === 'delete' ? undoDelete(old) : undoArchive(old);
        }
        case 'forget':
            return { kind: 'nothing' };
    }
}
/** What a step left when it could not be undone, in words. */
function leftOf(task, error) {
    const n = task.node;
    const what = (() => {
        switch (n.step) {
            case 'create':
            case 'replace_create':
                return `${n.op.type} ${n.op.desired?.fullName ?? n.op.fullName} was created and still exists`;
            case 'update':
                return `${n.op.type} ${n.op.fullName} keeps the new settings; the state still holds the old ones`;
            case 'archive':
                return `${n.op.type} ${n.op.fullName} stays archived`;
            case 'delete':
                return `${n.op.type} ${n.op.fullName} was deleted; the state still lists it`;
            case 'replace_retire':
                return `${n.op.type} ${task.before?.fullName ?? n.op.fullName} was retired`;
            case 'forget':
                return 'nothing';
        }
    })();
    return { key: n.key, step: n.step, what, error };
}
function isUnsupported(error) {
    return error instanceof driver/* ProviderError */.m && error.details.code === 'UNSUPPORTED';
}


/***/ }),

/***/ 8002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ readTransaction),
/* harmony export */   L2: () => (/* binding */ walError),
/* harmony export */   Vy: () => (/* binding */ unfinishedTransactions),
/* harmony export */   u0: () => (/* binding */ WalWriter),
/* harmony export */   y9: () => (/* binding */ newTransactionId)
/* harmony export */ });
/* unused harmony exports isEndRecord, walDir, walFile, isTransactionId, parseTransactionLog, listTransactions, transactionIds */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
// The write-ahead log: one append-only JSON-lines file per transaction under
// `<state-dir>/wal/<tx-id>.jsonl`. A record is on disk (fsync'ed) before the
// step it announces starts, so a process that vanishes still leaves evidence of
// what it may have done. Readers tolerate a torn last line (a crash mid-write).




const END_TYPES = new Set(['committed', 'rolled_back', 'rollback_failed']);
function isEndRecord(record) {
    return END_TYPES.has(record.type);
}
function walDir(stateDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'wal');
}
function walFile(stateDir, tx) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(walDir(stateDir), `${tx}.jsonl`);
}
const TX_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{6,}$/;
/** A transaction id that sorts by start time: `20261122T031500Z-3fa9c1`. */
function newTransactionId(now = new Date(), random = () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3)) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
    return `${stamp}-${random().toString('hex')}`;
}
function isTransactionId(value) {
    return TX_PATTERN.test(value);
}
/** Reduces any thrown value to what may be logged: message, code, kind, status. */
function walError(error) {
    if (error instanceof Error) {
        const e = error;
        const out = { message: redact(e.message) };
        const code = e.details?.code ?? e.code;
        if (typeof code === 'string')
            out.code = code;
        if (typeof e.kind === 'string')
            out.kind = e.kind;
        if (typeof e.details?.status === 'number')
            out.status = e.details.status;
        return out;
    }
    return { message: redact(String(error)) };
}
// Providers sometimes echo request headers or signed URLs in messages; keep
// anything that looks like a credential out of a file that is committed to Git.
function redact(message) {
    return message
        .replace(/(authorization|bearer|token|secret|password|signature|credential)([=:\s"]+)[^\s"&,;]+/gi, '$1$2***')
        .replace(/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, '***')
        .replace(/\bdapi[0-9a-f]{32}\b/gi, '***')
        .slice(0, 2000);
}
/**
 * Appends records to one transaction's file. Appends that arrive while a
 * flush is running are written and fsync'ed together (group commit): each
 * append still resolves only once its record is on disk, but 32 operations in
 * flight do not wait for 32 fsyncs in a row.
 */
class WalWriter {
    tx;
    file;
    handle;
    now;
    queue = [];
    flushing;
    closed = false;
    constructor(tx, file, handle, now) {
        this.tx = tx;
        this.file = file;
        this.handle = handle;
        this.now = now;
    }
    /** Starts a new transaction file; fails if it exists. */
    static async create(stateDir, tx, now = () => new Date()) {
        const dir = walDir(stateDir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const file = walFile(stateDir, tx);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx');
        await syncDir(dir);
        return new WalWriter(tx, file, handle, now);
    }
    /** Reopens an existing transaction file to append (recovery), cutting a torn last line first. */
    static async reopen(stateDir, tx, now = () => new Date()) {
        const file = walFile(stateDir, tx);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r+');
        const text = await handle.readFile('utf8');
        const keep = Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1), 'utf8');
        if (keep !== Buffer.byteLength(text, 'utf8')) {
            await handle.truncate(keep);
            await handle.sync();
        }
        await handle.close();
        return new WalWriter(tx, file, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'a'), now);
    }
    /** Writes one record and resolves once it is on disk. */
    append(record) {
        if (this.closed)
            return Promise.reject(new Error(`WAL ${this.tx} is closed`));
        const full = { ...record, tx: this.tx, at: this.now().toISOString() };
        const line = `${JSON.stringify(full)}\n`;
        return new Promise((resolve, reject) => {
            this.queue.push({ line, resolve: () => resolve(full), reject });
            this.flushing ??= this.flush();
        });
    }
    async flush() {
        // Let the records of this turn of the event loop join the batch: operations
        // finishing together (their timers fire in one phase) then share one fsync.
        await new Promise((resolve) => setImmediate(resolve));
        while (this.queue.length > 0) {
            const batch = this.queue;
            this.queue = [];
            try {
                await this.handle.write(batch.map((b) => b.line).join(''));
                await this.handle.datasync();
                for (const b of batch)
                    b.resolve();
            }
            catch (error) {
                for (const b of batch)
                    b.reject(error);
            }
        }
        this.flushing = undefined;
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.flushing;
        await this.handle.close();
    }
}
async function syncDir(dir) {
    // A new file's directory entry must be durable too, or a crash can lose the whole file.
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Some file systems refuse fsync on a directory; the file's own fsync still holds.
    }
}
/** Parses one transaction's file. A torn last line is ignored; a bad line before it is corruption. */
function parseTransactionLog(tx, file, text) {
    const lines = text.split('\n');
    const last = lines.pop() ?? '';
    const records = [];
    let torn = last.length > 0;
    lines.forEach((line, i) => {
        if (line.length === 0)
            return;
        try {
            records.push(JSON.parse(line));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`WAL ${file} line ${i + 1} is not valid JSON`, 'WAL_CORRUPT', 'the log is append-only; restore it from Git history before running recover');
        }
    });
    // A last line that parses was complete but lost its newline; keep it.
    if (torn) {
        try {
            records.push(JSON.parse(last));
            torn = false;
        }
        catch {
            // torn: the process died while writing it
        }
    }
    const begin = records.find((r) => r.type === 'begin');
    const end = records.filter(isEndRecord).at(-1);
    return { tx, file, records, ...(begin ? { begin } : {}), ...(end ? { end } : {}), torn };
}
async function readTransaction(stateDir, tx) {
    const file = walFile(stateDir, tx);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no transaction ${tx} in ${walDir(stateDir)}`, 'WAL_NOT_FOUND', 'run `dpn status` to list transactions');
        }
        throw error;
    }
    return parseTransactionLog(tx, file, text);
}
/** Every transaction in the state directory, oldest first. */
async function listTransactions(stateDir) {
    const ids = await transactionIds(stateDir);
    return Promise.all(ids.map((tx) => readTransaction(stateDir, tx)));
}
/**
 * Transactions that need `dpn recover`: no end record, or a rollback that left
 * something behind. Reads only the tail of each file when it can: the WAL of a
 * long-lived repository holds many finished transactions, each with a whole plan.
 */
async function unfinishedTransactions(stateDir) {
    const ids = await transactionIds(stateDir);
    const open = [];
    for (const tx of ids) {
        if (await endsCleanly(walFile(stateDir, tx)))
            continue;
        const log = await readTransaction(stateDir, tx);
        if (!log.end || log.end.type === 'rollback_failed')
            open.push(log);
    }
    return open;
}
const TAIL_BYTES = 4096;
/** True when the file's last complete line is `committed` or `rolled_back`. */
async function endsCleanly(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const { size } = await handle.stat();
        const length = Math.min(size, TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        const lines = buffer.toString('utf8').split('\n').filter((l) => l.length > 0);
        const last = lines.at(-1);
        if (!last)
            return false;
        const record = JSON.parse(last);
        return record.type === 'committed' || record.type === 'rolled_back';
    }
    catch {
        return false;
    }
    finally {
        await handle.close();
    }
}
/** Ids of every transaction in the state directory, oldest first. */
async function transactionIds(stateDir) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(walDir(stateDir));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    return names
        .filter((n) => n.endsWith('.jsonl'))
        .map((n) => n.slice(0, -'.jsonl'.length))
        .sort();
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ProviderError)
/* harmony export */ });
/** Errors a driver throws, so the engine can decide to retry, stop or explain. */
class ProviderError extends Error {
    kind;
    details;
    constructor(message, kind, details = {}) {
        super(message);
        this.kind = kind;
        this.details = details;
        this.name = 'ProviderError';
    }
    get retryable() {
        return this.kind === 'transient';
    }
}


/***/ }),

/***/ 3307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hI: () => (/* binding */ configurationProblems),
/* harmony export */   ik: () => (/* binding */ createDrivers)
/* harmony export */ });
/* unused harmony exports AWS_TYPES, DATABRICKS_TYPES, PROVISIONED_TYPES, isProvisioned, UNSUPPORTED, closeDrivers */
/* harmony import */ var _driver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4106);

const AWS_TYPES = ['aws_s3_bucket', 'aws_glue_database', 'aws_glue_table'];
const DATABRICKS_TYPES = ['dbx_cluster', 'dbx_job', 'dbx_catalog', 'dbx_schema', 'dbx_table'];
/** Types dpn can create, update, archive and delete; the other types are named only. */
const PROVISIONED_TYPES = [...AWS_TYPES, ...DATABRICKS_TYPES];
function isProvisioned(type) {
    return PROVISIONED_TYPES.includes(type);
}
/** `DPN_REQUEST_TIMEOUT_MS`: how long one provider call may hang before it counts as a (retryable) timeout. */
function requestTimeoutOf(env) {
    const raw = env.DPN_REQUEST_TIMEOUT_MS;
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const ms = Number(raw);
    return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}
const closers = new WeakMap();
/** The environment each registry of createDrivers() was built from, for configurationProblems(). */
const environments = new WeakMap();
/** Marks a driver that does not support `unarchive`: the engine treats it as "cannot undo". */
const UNSUPPORTED = 'UNSUPPORTED';
function lazyDriver(type, load) {
    const real = async () => {
        const driver = (await load())[type];
        if (!driver)
            throw new _driver_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m(`no driver for ${type}`, 'invalid', { code: UNSUPPORTED });
        return driver;
    };
    return {
        type,
        read: async (ref, ctx) => (await real()).read(ref, ctx),
        create: async (spec, ctx) => (await real()).create(spec, ctx),
        update: async (spec, current, ctx) => (await real()).update(spec, current, ctx),
        delete: async (ref, ctx) => (await real()).delete(ref, ctx),
        archive: async (ref, ctx) => (await real()).archive(ref, ctx),
        unarchive: async (ref, ctx) => {
            const driver = await real();
            if (!driver.unarchive)
                throw new _driver_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m(`${type} cannot be unarchived by dpn`, 'invalid', { code: UNSUPPORTED });
            return driver.unarchive(ref, ctx);
        },
    };
}
/**
 * Drivers for every provisioned type, configured from `env` (AWS default
 * credential chain and AWS_ENDPOINT_URL*, DATABRICKS_*). Building them reads no
 * credential and loads no SDK.
 */
function createDrivers(env = process.env, options = {}) {
    let aws;
    let databricks;
    const timeout = requestTimeoutOf(env);
    const loadAws = () => (aws ??= Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(114), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 3653)).then((m) => m.createAwsDrivers({
        env,
        ...(options.forceDelete !== undefined ? { forceDelete: options.forceDelete } : {}),
        ...(timeout !== undefined ? { requestTimeoutMs: timeout } : {}),
    })));
    const loadDatabricks = () => (databricks ??= __webpack_require__.e(/* import() */ 976).then(__webpack_require__.bind(__webpack_require__, 976)).then((m) => m.createDatabricksDrivers({ env, ...(timeout !== undefined ? { client: { timeoutMs: timeout } } : {}) })));
    const registry = {};
    for (const type of AWS_TYPES)
        registry[type] = lazyDriver(type, loadAws);
    for (const type of DATABRICKS_TYPES)
        registry[type] = lazyDriver(type, loadDatabricks);
    environments.set(registry, env);
    closers.set(registry, () => {
        void aws?.then((d) => d.close?.(), () => { });
        void databricks?.then((d) => d.close?.(), () => { });
    });
    return registry;
}
/** Releases sockets the drivers opened (so a CLI process can exit promptly). */
function closeDrivers(registry) {
    closers.get(registry)?.();
}
/**
 * What is missing from the environment of drivers built by createDrivers() to
 * apply the plan's writes, as
 * sentences a user can act on (empty when nothing is). Checked before a
 * transaction starts, so a missing DATABRICKS_HOST stops the run before the
 * first side effect instead of rolling back what AWS already did. AWS
 * credentials are not checked: the SDK's chain has sources (instance roles,
 * SSO) that only a call can tell.
 */
async function configurationProblems(plan, drivers) {
    // Drivers built some other way (tests, embedders) carry their own configuration.
    const env = environments.get(drivers);
    if (!env)
        return [];
    const databricks = plan.operations.filter((op) => op.action !== 'noop' && op.action !== 'retain' && !op.stateOnly && DATABRICKS_TYPES.includes(op.type));
    if (databricks.length === 0)
        return [];
    const { normaliseHost, resolveAuth } = await __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 7855));
    const problems = [];
    const first = databricks[0];
    const needed = `needed for ${first.type} ${first.name}${databricks.length > 1 ? ` and ${databricks.length - 1} more Databricks resource(s)` : ''}`;
    for (const check of [() => normaliseHost(env.DATABRICKS_HOST), () => resolveAuth(env)]) {
        try {
            check();
        }
        catch (error) {
            problems.push(`${error.message} (${needed})`);
        }
    }
    const table = databricks.find((w) => w.type === 'dbx_table');
    if (table && !env.DATABRICKS_WAREHOUSE_ID?.trim()) {
        problems.push(`DATABRICKS_WAREHOUSE_ID is not set: Unity Catalog tables are created through a SQL warehouse (needed for dbx_table ${table.name})`);
    }
    return problems;
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
