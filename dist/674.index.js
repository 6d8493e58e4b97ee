export const id = 674;
export const ids = [674];
export const modules = {

/***/ 7674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrift: () => (/* binding */ runDrift),
/* harmony export */   runRecover: () => (/* binding */ runRecover),
/* harmony export */   runStatus: () => (/* binding */ runStatus),
/* harmony export */   runUnlock: () => (/* binding */ runUnlock)
/* harmony export */ });
/* unused harmony exports detectDrift, shownLock */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_wal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8002);
/* harmony import */ var _plan_fields_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(934);
/* harmony import */ var _state_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9311);
/* harmony import */ var _locking_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3381);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8099);
/* harmony import */ var _reconcile_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2064);
/* harmony import */ var _state_branch_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5304);
// The workflow_dispatch modes: `status` (open transactions, locks, drift),
// `unlock` (break a stale lock by compare-and-swap), `drift` (read the live
// resources and compare them with the state; changes nothing) and `recover`
// (finish a transaction without an end record, committed back like reconcile).










/** Reads the state branch's newest commit without taking the lock. */
async function withStateSnapshot(inputs, context, run) {
    const git = (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__.gitFor)(inputs, context);
    const branch = await _state_branch_js__WEBPACK_IMPORTED_MODULE_8__.StateBranch.open(git, (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__/* .stateBranchName */ .r9)(inputs, context), { tempRoot: context.runnerTemp, startPoint: context.sha || 'HEAD' });
    try {
        return await run((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(branch.dir, inputs.stateDir));
    }
    finally {
        await branch.close();
    }
}
async function detectDrift(state, drivers, signal, concurrency = 8) {
    const items = [];
    const skipped = new Map();
    const queue = [];
    for (const r of state.resources.values()) {
        if (r.archived)
            continue;
        if (!drivers[r.type])
            skipped.set(r.type, (skipped.get(r.type) ?? 0) + 1);
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
                if (!(0,_plan_fields_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonEqual */ .Zm)(v, live.params[k]))
                    fields.push({ path: `params.${k}`, state: v, live: live.params[k] });
            }
            for (const [k, v] of Object.entries(r.tags)) {
                if (live.tags[k] !== v)
                    fields.push({ path: `tags.${k}`, state: v, live: live.tags[k] });
            }
            if (fields.length)
                items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'changed', fields });
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
        checked,
        skipped: [...skipped].map(([type, count]) => ({ type, count, reason: 'no driver for this type' })),
        items,
    };
}
/** What status shows of a lock: who holds it and until when, never its token (the holder's proof of ownership). */
function shownLock(lock, nowMs) {
    return {
        scope: lock.scope,
        holder: lock.holder,
        ...(lock.runUrl ? { runUrl: lock.runUrl } : {}),
        expiresAt: lock.expiresAt,
        expired: !(Date.parse(lock.expiresAt) > nowMs),
    };
}
function openTransactionRows(open) {
    return open.map((t) => ({
        id: t.tx,
        started: t.begin?.at ?? t.records[0]?.at ?? '?',
        ...(t.begin?.commit ? { commit: t.begin.commit } : {}),
        operations: t.begin?.plan.operations.filter((o) => o.action !== 'noop').length ?? 0,
        lastRecord: t.end ? t.end.type : (t.records.at(-1)?.type ?? 'none') + (t.torn ? ' (torn line ignored)' : ''),
    }));
}
async function runStatus(inputs, context, deps) {
    const now = deps.now ?? Date.now;
    const backend = await (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__.lockBackendFor)(inputs, (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__.gitFor)(inputs, context), deps.logger);
    const lock = await backend.inspect(inputs.lockScope);
    return withStateSnapshot(inputs, context, async (stateDir) => {
        const open = await (0,_engine_wal_js__WEBPACK_IMPORTED_MODULE_1__/* .unfinishedTransactions */ .Vy)(stateDir);
        const state = await (0,_state_store_js__WEBPACK_IMPORTED_MODULE_2__/* .loadState */ .C7)(stateDir);
        const report = {
            locks: lock ? [shownLock(lock, now())] : [],
            openTransactions: openTransactionRows(open),
            stateResources: state.resources.size,
        };
        if (inputs.checkDrift && state.resources.size > 0) {
            report.drift = await detectDrift(state, await (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .createDrivers */ .ik)(deps.env), deps.signal, inputs.concurrency);
        }
        const status = open.length ? 'unfinished' : lock ? 'locked' : report.drift?.items.length ? 'drifted' : 'clean';
        return {
            outputs: { status, ...(open[0] ? { 'transaction-id': open[0].tx } : {}) },
            summary: (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderStatusSummary */ .NY)(report),
        };
    });
}
async function runDrift(inputs, context, deps) {
    return withStateSnapshot(inputs, context, async (stateDir) => {
        const state = await (0,_state_store_js__WEBPACK_IMPORTED_MODULE_2__/* .loadState */ .C7)(stateDir);
        const drift = await detectDrift(state, await (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .createDrivers */ .ik)(deps.env), deps.signal, inputs.concurrency);
        const differ = drift.items.length;
        if (differ)
            deps.logger.warning(`${differ} resource${differ === 1 ? '' : 's'} differ from the state; see the job summary`);
        return { outputs: { status: differ ? 'drifted' : 'in-sync' }, summary: `## dpn drift\n\n${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDrift */ .iI)(drift)}` };
    });
}
async function runUnlock(inputs, context, deps) {
    const backend = await (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__.lockBackendFor)(inputs, (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__.gitFor)(inputs, context), deps.logger);
    const seen = await backend.inspect(inputs.lockScope);
    if (!seen)
        return { outputs: { status: 'not-locked' }, summary: `## dpn unlock\n\nLock \`${inputs.lockScope}\` is not held.\n` };
    const broke = await backend.breakLock(inputs.lockScope, seen, { force: inputs.force });
    const who = `${seen.holder}${seen.runUrl ? ` (${seen.runUrl})` : ''}, lease until ${seen.expiresAt}`;
    if (broke) {
        deps.logger.warning(`broke lock "${inputs.lockScope}" held by ${who}`);
        return { outputs: { status: 'unlocked' }, summary: `## dpn unlock\n\nBroke lock \`${inputs.lockScope}\` held by ${who}.\n\nRun the \`status\` mode to see whether its transaction needs \`recover\`.\n` };
    }
    const live = Date.parse(seen.expiresAt) > (deps.now ?? Date.now)();
    const why = live
        ? `its lease runs until ${seen.expiresAt}; set "force: true" only if that run is certainly dead`
        : 'it changed while we looked (someone else released or took it)';
    return { outputs: { status: 'refused' }, summary: `## dpn unlock\n\nDid not break lock \`${inputs.lockScope}\` held by ${who}: ${why}.\n`, failure: `lock "${inputs.lockScope}" not broken: ${why}` };
}
async function runRecover(inputs, context, deps) {
    const pending = (0,_reconcile_js__WEBPACK_IMPORTED_MODULE_7__/* .trackPending */ .pj)(deps.pending);
    deps = { ...deps, pending };
    const git = (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__.gitFor)(inputs, context);
    return (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__/* .withStateLock */ .NC)(inputs, context, git, deps.logger, async ({ branch, lost }) => {
        const stateDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(branch.dir, inputs.stateDir);
        const open = (await (0,_engine_wal_js__WEBPACK_IMPORTED_MODULE_1__/* .unfinishedTransactions */ .Vy)(stateDir)).filter((t) => !inputs.transaction || t.tx === inputs.transaction);
        if (open.length === 0) {
            if (inputs.transaction)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`transaction ${inputs.transaction} has nothing to recover (not found, or it has an end record)`, 'RECOVER_NOTHING');
            return { outputs: { status: 'clean' }, summary: '## dpn recover\n\nNo transaction without an end record. Nothing to do.\n' };
        }
        if (open.length > 1 && !inputs.transaction) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${open.length} transactions have no end record (${open.map((t) => t.tx).join(', ')})`, 'RECOVER_AMBIGUOUS', 'set the "transaction" input to the one to recover, oldest first');
        }
        const log = open[0];
        const drivers = await (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .createDrivers */ .ik)(deps.env, log.begin?.plan);
        deps.pending.set({ dir: branch.dir, branch: branch.branch, stateDir: inputs.stateDir, tx: log.tx });
        const result = await (0,_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .recoverTransaction */ .LB)(stateDir, log, {
            strategy: inputs.strategy,
            drivers,
            concurrency: inputs.concurrency,
            signal: AbortSignal.any([deps.signal, lost]),
            onEvent: (e) => (0,_reconcile_js__WEBPACK_IMPORTED_MODULE_7__/* .logEvent */ .$s)(deps.logger, e),
        });
        const stateCommit = await branch.commitAndPush(`dpn: recover ${log.tx} (${inputs.strategy}) → ${result.status} [skip ci]`, [inputs.stateDir]);
        deps.pending.set(null);
        const ok = inputs.strategy === 'rollback' ? result.status === 'rolled_back' : result.status === 'committed';
        return {
            outputs: { status: result.status, 'transaction-id': log.tx },
            summary: (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTransactionSummary */ .xm)({
                title: `dpn recover (${inputs.strategy})`,
                transaction: log.tx,
                status: result.status,
                ...(log.begin?.commit ? { commit: log.begin.commit } : {}),
                operations: result.operations,
                ...(stateCommit ? { stateCommit } : {}),
                notes: result.notes,
            }),
            ...(ok ? {} : { failure: `recovery of ${log.tx} ended ${result.status}` }),
        };
    }, (0,_reconcile_js__WEBPACK_IMPORTED_MODULE_7__/* .lockHooks */ .EO)(pending));
}


/***/ })

};
