export const id = 661;
export const ids = [661];
export const modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recoverCommand: () => (/* binding */ recoverCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _source_suggest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4467);
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1459);
/* harmony import */ var _engine_wal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8002);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7789);
/* harmony import */ var _providers_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3307);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9851);
/* harmony import */ var _face_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4218);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1141);
// `dpn recover [--tx ID] [--strategy rollback|resume]`: the recover flow
// (src/flows) with the CLI's parts — finish a transaction that has no end
// record (or whose rollback failed), under the state lock.










/** What the probes found, then the closing summary (what was undone or resumed, what is left). */
function summary(r, closing) {
    const lines = [];
    if (!r.rolledForward) {
        lines.push(`Transaction ${r.tx}: ${r.strategy}.`);
        if (r.unlogged) {
            lines.push(`  ${r.unlogged} planned step${r.unlogged === 1 ? '' : 's'} had no record in the WAL (it ends at its begin record); each was probed on the platform.`);
        }
        for (const p of r.probes) {
            lines.push(`  probe ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(p.key)} (${p.step}, ${p.logged}): ${p.error ? `unreadable: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(p.error.message)}` : p.exists ? `exists${p.archived ? ', archived' : ''}` : 'absent'}`);
        }
    }
    return `${lines.map((l) => `${l}\n`).join('')}${closing}`;
}
const recoverCommand = {
    path: ['recover'],
    summary: 'Roll back (default) or resume a transaction that did not finish',
    usage: `[--tx ID] [--strategy rollback|resume] [--concurrency N] [--format table|json] [--quiet]\n${_apply_js__WEBPACK_IMPORTED_MODULE_8__.COMMON_USAGE}` +
        '  --quiet, -q              print only the closing summary and errors\n' +
        'Without --tx, the oldest transaction that needs recovery is taken. Exit status: 0 when it ends rolled back or committed.',
    options: { ..._apply_js__WEBPACK_IMPORTED_MODULE_8__.STATE_OPTIONS, ..._apply_js__WEBPACK_IMPORTED_MODULE_8__.LOCK_OPTIONS, tx: { type: 'string' }, strategy: { type: 'string' }, concurrency: { type: 'string' }, format: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
    async run(args, io) {
        const strategy = args.values.strategy ?? 'rollback';
        if (strategy !== 'rollback' && strategy !== 'resume') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--strategy must be rollback or resume, got "${strategy}"`, (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .a)(strategy, ['rollback', 'resume']));
        }
        const format = args.values.format ?? 'table';
        if (format !== 'table' && format !== 'json')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--format must be table or json, got "${format}"`);
        const tx = args.values.tx;
        if (tx !== undefined && !(0,_engine_wal_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransactionId */ .MM)(tx))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--tx "${tx}" is not a transaction id`, 'ids look like 20261122T031500Z-3fa9c1; `dpn status` lists them');
        const stateDir = (0,_apply_js__WEBPACK_IMPORTED_MODULE_8__.stateDirOf)(args, io);
        const backends = await (0,_apply_js__WEBPACK_IMPORTED_MODULE_8__.backendsOf)(args, io, stateDir);
        const drivers = (0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_4__.createDrivers)(io.env);
        const quiet = args.values.quiet === true;
        const shown = (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .createProgress */ .mf)(io, { quiet });
        const cancel = (0,_apply_js__WEBPACK_IMPORTED_MODULE_8__.cancellation)(io, (t) => shown.note(t));
        let result;
        try {
            result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_1__/* .recoverFlow */ .PA)({
                face: 'cli',
                workspace: (0,_face_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceOf */ .B3)(stateDir),
                lock: backends.lock,
                sink: { event: shown.onEvent, warn: (m) => io.stderr.write(`dpn: warning: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(m)}\n`) },
                strategy,
                ...(tx ? { tx } : {}),
                drivers,
                env: io.env,
                concurrency: (0,_apply_js__WEBPACK_IMPORTED_MODULE_8__.positiveInt)(args, 'concurrency', 8),
                signal: cancel.signal,
            });
        }
        finally {
            shown.finish();
            cancel.dispose();
            (0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_4__.closeDrivers)(drivers);
        }
        const r = result.recovery;
        if (format === 'json') {
            io.stdout.write(`${JSON.stringify(r ? { ...r, state: undefined, transaction: r.transaction ? { ...r.transaction, state: undefined } : undefined } : null, null, 2)}\n`);
        }
        else {
            io.stdout.write(r ? (quiet ? shown.recoverySummary(r) : summary(r, shown.recoverySummary(r))) : 'Nothing to recover: every transaction has an end record.\n');
        }
        return !r || r.status === 'rolled_back' || r.status === 'committed' ? _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.invalid;
    },
};


/***/ })

};
