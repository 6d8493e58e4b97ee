export const id = 674;
export const ids = [674,422];
export const modules = {

/***/ 7674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrift: () => (/* binding */ runDrift),
/* harmony export */   runRecover: () => (/* binding */ runRecover),
/* harmony export */   runStatus: () => (/* binding */ runStatus),
/* harmony export */   runUnlock: () => (/* binding */ runUnlock)
/* harmony export */ });
/* unused harmony export shownLock */
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2142);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var _locking_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6679);
/* harmony import */ var _reconcile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(422);
// The workflow_dispatch modes, each the flow of src/flows with the Action's
// parts: `status` (open transactions, locks, drift), `unlock` (break a stale
// lock by compare-and-swap), `drift` (read the live resources and compare them
// with the state; changes nothing) and `recover` (finish a transaction without
// an end record, committed back like reconcile).




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
async function runStatus(inputs, context, deps) {
    const now = deps.now ?? Date.now;
    const git = (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__.gitFor)(inputs, context);
    const workspace = (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__/* .actionWorkspace */ .WY)(inputs, context, git, deps.pending, (0,_reconcile_js__WEBPACK_IMPORTED_MODULE_3__/* .checkpointMessage */ .ST)(context));
    const backend = await (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__.lockBackendFor)(inputs, git, deps.logger);
    const status = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_0__/* .statusFlow */ .Pe)({ workspace, lock: { backend, scope: inputs.lockScope }, now });
    const report = {
        locks: status.lock ? [shownLock(status.lock, now())] : [],
        openTransactions: status.unfinished.map((t) => {
            const condition = status.conditions.find((c) => c.tx === t.tx)?.condition;
            return {
                id: t.tx,
                started: t.startedAt ?? '?',
                ...(t.commit ? { commit: t.commit } : {}),
                operations: t.steps.planned,
                lastRecord: condition === 'in_progress' ? `in progress, held by ${status.lock?.holder ?? '?'}` : t.rollbackFailed ? 'rollback_failed' : `no end record${t.torn ? ' (torn line ignored)' : ''}`,
            };
        }),
        stateResources: status.resources.total,
    };
    if (inputs.checkDrift && status.resources.total > 0) {
        report.drift = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_0__/* .driftFlow */ .wf)({ workspace, env: deps.env, signal: deps.signal, concurrency: inputs.concurrency });
    }
    const state = status.needsRecovery ? 'unfinished' : status.unfinished.length ? 'in-progress' : status.lock ? 'locked' : report.drift?.items.length ? 'drifted' : 'clean';
    return {
        outputs: { status: state, ...(status.unfinished[0] ? { 'transaction-id': status.unfinished[0].tx } : {}) },
        summary: (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStatusSummary */ .NY)(report),
    };
}
async function runDrift(inputs, context, deps) {
    const workspace = (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__/* .actionWorkspace */ .WY)(inputs, context, (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__.gitFor)(inputs, context), deps.pending, (0,_reconcile_js__WEBPACK_IMPORTED_MODULE_3__/* .checkpointMessage */ .ST)(context));
    const drift = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_0__/* .driftFlow */ .wf)({ workspace, env: deps.env, signal: deps.signal, concurrency: inputs.concurrency });
    const differ = drift.items.length;
    if (differ)
        deps.logger.warning(`${differ} resource${differ === 1 ? '' : 's'} differ from the state; see the job summary`);
    return { outputs: { status: differ ? 'drifted' : 'in-sync' }, summary: `## dpn drift\n\n${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDrift */ .iI)(drift)}` };
}
async function runUnlock(inputs, context, deps) {
    const backend = await (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__.lockBackendFor)(inputs, (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__.gitFor)(inputs, context), deps.logger);
    const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unlockFlow */ .dY)({ lock: { backend, scope: inputs.lockScope }, force: inputs.force, ...(deps.now ? { now: deps.now } : {}) });
    if (result.status === 'not_locked')
        return { outputs: { status: 'not-locked' }, summary: `## dpn unlock\n\nLock \`${inputs.lockScope}\` is not held.\n` };
    const seen = result.seen;
    const who = `${seen.holder}${seen.runUrl ? ` (${seen.runUrl})` : ''}, lease until ${seen.expiresAt}`;
    if (result.status === 'unlocked') {
        deps.logger.warning(`broke lock "${inputs.lockScope}" held by ${who}`);
        return { outputs: { status: 'unlocked' }, summary: `## dpn unlock\n\nBroke lock \`${inputs.lockScope}\` held by ${who}.\n\nRun the \`status\` mode to see whether its transaction needs \`recover\`.\n` };
    }
    const why = result.reason === 'live' ? `its lease runs until ${seen.expiresAt}; set "force: true" only if that run is certainly dead` : 'it changed while we looked (someone else released or took it)';
    return { outputs: { status: 'refused' }, summary: `## dpn unlock\n\nDid not break lock \`${inputs.lockScope}\` held by ${who}: ${why}.\n`, failure: `lock "${inputs.lockScope}" not broken: ${why}` };
}
async function runRecover(inputs, context, deps) {
    const git = (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__.gitFor)(inputs, context);
    const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_0__/* .recoverFlow */ .PA)({
        face: 'action',
        workspace: (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__/* .actionWorkspace */ .WY)(inputs, context, git, deps.pending, (0,_reconcile_js__WEBPACK_IMPORTED_MODULE_3__/* .checkpointMessage */ .ST)(context)),
        lock: await (0,_locking_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLock */ .yW)(inputs, git, deps.logger, deps.pending),
        sink: (0,_reconcile_js__WEBPACK_IMPORTED_MODULE_3__/* .logSink */ .yV)(deps.logger),
        strategy: inputs.strategy,
        ...(inputs.transaction ? { tx: inputs.transaction } : {}),
        concurrency: inputs.concurrency,
        signal: deps.signal,
        env: deps.env,
    });
    const r = result.recovery;
    const ok = r !== undefined && (r.status === 'rolled_back' || r.status === 'committed');
    if (!r)
        return { outputs: { status: 'clean' }, summary: '## dpn recover\n\nNo transaction without an end record. Nothing to do.\n' };
    const operations = r.probes.map((p) => ({
        key: p.key,
        type: p.key.split(':')[0] ?? '',
        name: p.key,
        action: p.step,
        outcome: `${p.logged}; ${p.exists ? (p.archived ? 'exists (archived)' : 'exists') : 'absent'} on the platform`,
        ...(p.error ? { error: p.error.message } : {}),
    }));
    const notes = [
        ...(r.unlogged
            ? [`${r.unlogged} planned step${r.unlogged === 1 ? '' : 's'} had no record in the pushed WAL (the runner stopped before pushing them); each was probed on the platform.`]
            : []),
        r.rolledForward ? 'The transaction had passed its commit point: it was finished forward.' : `Strategy ${r.strategy}: ${r.status.replace('_', ' ')}.`,
        ...r.left.map((l) => `Left behind: ${l.key} (${l.step}) — ${l.what}`),
        ...r.kept.map((k) => `Kept: ${k.key} — ${k.what}`),
        ...(result.lockLost ? ['The lock was lost during recovery (its lease could not be renewed): it stopped starting new operations.'] : []),
    ];
    return {
        outputs: { status: r.status, 'transaction-id': r.tx },
        summary: (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTransactionSummary */ .xm)({
            title: `dpn recover (${inputs.strategy})`,
            transaction: r.tx,
            status: r.status,
            operations,
            ...(result.persisted.at(-1) ? { stateCommit: result.persisted.at(-1) } : {}),
            notes,
            ok,
        }),
        ...(ok ? {} : { failure: `recovery of ${r.tx} ended ${r.status}` }),
    };
}


/***/ }),

/***/ 422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ST: () => (/* binding */ checkpointMessage),
/* harmony export */   runReconcile: () => (/* binding */ runReconcile),
/* harmony export */   yV: () => (/* binding */ logSink)
/* harmony export */ });
/* unused harmony exports logEvent, appliedOperations */
/* harmony import */ var _engine_runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6050);
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2142);
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(967);
/* harmony import */ var _plan_serialize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6913);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7376);
/* harmony import */ var _desired_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3677);
/* harmony import */ var _locking_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6679);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9389);
/* harmony import */ var _plan_retire_scope_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(177);
/* harmony import */ var _render_preview_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(604);











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
/** The flows' sink in the workflow log. */
function logSink(logger) {
    return { event: (e) => logEvent(logger, e), warn: (m) => logger.warning(m), info: (m) => logger.info(m) };
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
/** Commit messages of the state branch: every one `[skip ci]`, so pushes start no workflow. */
function checkpointMessage(context) {
    const at = context.sha.slice(0, 12);
    return (c) => {
        switch (c.kind) {
            case 'begin':
                return `dpn: begin ${c.tx} at ${at} [skip ci]`;
            case 'end':
                return `dpn: ${c.status} ${c.tx} — ${c.summary} at ${at} [skip ci]`;
            case 'error':
                return `dpn: WAL of ${c.tx} after an error [skip ci]`;
            case 'recovering':
                return `dpn: recovering ${c.tx} (${c.strategy}) [skip ci]`;
            case 'recover':
                return `dpn: recover ${c.tx} (${c.strategy}) → ${c.status} [skip ci]`;
        }
    };
}
const OUTPUT_STATUS = { dry_run: 'dry-run' };
async function runReconcile(inputs, context, deps) {
    const { logger } = deps;
    const git = (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__.gitFor)(inputs, context);
    const runs = inputs.lockBackend === 'dynamodb' ? (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(907), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 1807))).createDynamoRunRecorder({ tablePrefix: inputs.lockTablePrefix }) : _engine_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_RUN_RECORDER */ .j;
    const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_1__/* .reconcileFlow */ .t5)({
        face: 'action',
        workspace: (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__/* .actionWorkspace */ .WY)(inputs, context, git, deps.pending, checkpointMessage(context), logger),
        lock: await (0,_locking_js__WEBPACK_IMPORTED_MODULE_5__/* .actionLock */ .yW)(inputs, git, logger, deps.pending),
        sink: logSink(logger),
        blueprints: {
            load: () => (0,_desired_js__WEBPACK_IMPORTED_MODULE_4__/* .loadDesired */ .f)(context.workspace, inputs),
            covers: (0,_plan_retire_scope_js__WEBPACK_IMPORTED_MODULE_7__/* .coveredByGlobs */ .r)(inputs.blueprints),
        },
        ...(inputs.deletionPolicy ? { deletionPolicy: inputs.deletionPolicy } : {}),
        allowMassDelete: inputs.allowMassDelete,
        dryRun: inputs.dryRun,
        concurrency: inputs.concurrency,
        signal: deps.signal,
        env: deps.env,
        commit: context.sha,
        runs,
        run: {
            id: context.runId ? `${context.repository}#${context.runId}.${context.runAttempt}` : `${Date.now()}-${process.pid}`,
            repository: context.repository,
            ...(context.runUrl ? { url: context.runUrl } : {}),
        },
    });
    return reconcileResult(result, inputs, context, deps);
}
async function reconcileResult(result, inputs, context, deps) {
    const { desired, plan } = result;
    (0,_annotations_js__WEBPACK_IMPORTED_MODULE_9__/* .annotate */ .fz)(desired.diagnostics, deps.sink);
    if (result.namedOnly)
        deps.logger.info(result.namedOnly);
    const commit = context.sha;
    // The summary shows the plan the flow made (the report plans the same state again: a pure function).
    const { report } = (0,_render_preview_report_js__WEBPACK_IMPORTED_MODULE_8__/* .previewReport */ .$)({
        files: desired.files,
        resources: desired.resources,
        diagnostics: desired.diagnostics,
        ...(result.state ? { state: result.state } : { stateError: result.status === 'invalid' ? 'fix the errors below first' : 'not planned' }),
        diff: {
            ...(result.state ? { blueprints: (0,_preview_js__WEBPACK_IMPORTED_MODULE_6__/* .blueprintsInScope */ .su)(desired.files, result.state, inputs.blueprints) } : {}),
            ...(inputs.deletionPolicy ? { deletionPolicy: inputs.deletionPolicy } : {}),
        },
        commit,
        allowMassDelete: inputs.allowMassDelete,
        ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        ...(context.repository && commit ? { blobUrl: `${context.serverUrl}/${context.repository}/blob/${commit}/` } : {}),
    });
    const planFile = await (0,_preview_js__WEBPACK_IMPORTED_MODULE_6__/* .writePlanFile */ .J)(context, { commit: context.sha, valid: report.valid, diagnostics: desired.diagnostics, plan: plan ? (0,_plan_serialize_js__WEBPACK_IMPORTED_MODULE_2__/* .planToJSON */ .Zs)(plan) : null });
    const c = (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .changeCounts */ .Zg)(plan?.summary ?? null);
    const outputs = {
        valid: String(result.status !== 'invalid'),
        plan: planFile,
        creates: String(c.creates),
        updates: String(c.updates),
        deletes: String(c.deletes),
        status: OUTPUT_STATUS[result.status] ?? result.status,
    };
    const preview = (planError) => (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPreviewSummary */ .xo)({ ...report, ...(planError ? { planError } : {}) }).text;
    switch (result.status) {
        case 'invalid':
            return { outputs: { ...outputs, valid: 'false' }, summary: preview(), failure: 'nothing applied: the blueprints are invalid' };
        case 'blocked': {
            const ids = (result.unfinished ?? []).map((t) => t.tx).join(', ');
            return {
                outputs: { ...outputs, 'transaction-id': result.unfinished?.[0]?.tx ?? '' },
                summary: `## dpn reconcile — ❌ blocked\n\nTransaction ${ids} has no end record. Run this workflow with mode \`recover\` first; nothing was changed.\n`,
                failure: `unfinished transaction ${ids}: run the "recover" mode first (nothing was changed)`,
            };
        }
        case 'refused':
            return { outputs, summary: preview(result.refusal.message), failure: `nothing applied: ${result.refusal.message}; ${result.refusal.hint}` };
        case 'dry_run':
            return {
                outputs,
                summary: preview(result.refusal ? `applying this plan would be refused: ${result.refusal.message}` : undefined).replace('dpn preview', 'dpn reconcile (dry run)'),
            };
        case 'noop':
        case 'declined':
            return { outputs, summary: (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTransactionSummary */ .xm)({ title: 'dpn reconcile', status: 'noop', commit: context.sha, summary: plan?.summary ?? null, operations: [], notes: [] }) };
        default: {
            const t = result.transaction;
            const notes = result.namedOnly ? [`${result.namedOnly}.`] : [];
            if (result.lockLost)
                notes.push('The lock was lost during the run (its lease could not be renewed): no new operation was started and completed ones were compensated.');
            else if (t.cancelled)
                notes.push('The run was cancelled: no new operation was started and completed ones were compensated.');
            if (t.failure)
                notes.push(`Failed at ${t.failure.key}: ${t.failure.error.message}`);
            for (const left of t.left)
                notes.push(`Left behind: ${left.key} (${left.step}) — ${left.what}`);
            for (const kept of t.kept ?? [])
                notes.push(`Kept: ${kept.key} — ${kept.what}`);
            if (t.status === 'rollback_failed')
                notes.push('Run this workflow with mode "recover" to finish the rollback.');
            const stateCommit = result.persisted.at(-1);
            const summary = (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTransactionSummary */ .xm)({
                title: 'dpn reconcile',
                ...(t.tx ? { transaction: t.tx } : {}),
                status: t.status,
                commit: context.sha,
                summary: plan.summary,
                operations: appliedOperations(t),
                ...(stateCommit ? { stateCommit } : {}),
                notes,
            });
            const ok = t.status === 'committed';
            return {
                outputs: { ...outputs, ...(t.tx ? { 'transaction-id': t.tx } : {}) },
                summary,
                ...(ok ? {} : { failure: `transaction ${t.tx} ${t.status.replace('_', ' ')}${t.failure ? `: ${t.failure.key}: ${t.failure.error.message}` : t.cancelled ? ' (cancelled)' : ''}` }),
            };
        }
    }
}


/***/ })

};
