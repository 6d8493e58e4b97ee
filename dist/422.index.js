export const id = 422;
export const ids = [422];
export const modules = {

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
