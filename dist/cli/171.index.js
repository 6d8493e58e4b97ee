export const id = 171;
export const ids = [171];
export const modules = {

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1459);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7789);
/* harmony import */ var _face_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4218);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8613);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3567);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1141);
// `dpn status`: the state in numbers, transactions without an end record —
// in progress under a live lock, or abandoned and needing `dpn recover` — and
// who holds the lock. Reads only, never creates the state directory.







function table(s) {
    const lines = s.exists ? [`State: ${s.stateDir}`, `  ${s.resources.total} resource${s.resources.total === 1 ? '' : 's'}${s.resources.archived ? ` (${s.resources.archived} archived)` : ''}`] : [`State: ${s.stateDir} does not exist yet: nothing has been applied from here`];
    for (const [type, n] of Object.entries(s.resources.byType).sort())
        lines.push(`    ${type.padEnd(20)} ${n}`);
    lines.push(`Transactions: ${s.transactions}${s.last ? `, last ${s.last.tx} (${s.last.end ?? 'no end record'})` : ''}`);
    if (s.unfinished.length === 0)
        lines.push('  none needs recovery');
    for (const u of s.unfinished) {
        const condition = s.conditions.find((c) => c.tx === u.tx)?.condition;
        const what = condition === 'in_progress'
            ? `in progress, held by ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.lock?.holder ?? '?')}`
            : u.rollbackFailed
                ? 'rollback failed'
                : u.committing
                    ? 'stopped after its commit point'
                    : 'abandoned: no end record and no live lock';
        lines.push(`  ${condition === 'in_progress' ? '…' : '!'} ${u.tx}: ${what}; ${u.steps.done} of ${u.steps.planned} steps done, ${u.steps.failed} failed, ${u.steps.inFlight} without an outcome`);
        if (u.actor)
            lines.push(`      started ${u.startedAt ?? '?'} by ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(u.actor)}${u.commit ? ` at ${u.commit.slice(0, 12)}` : ''}`);
        for (const l of u.left)
            lines.push(`      left: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(l.key)}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(l.what)}`);
    }
    if (s.needsRecovery)
        lines.push('  → `dpn recover` rolls back (default) or `dpn recover --strategy resume` finishes; add --tx ID to pick one');
    else if (s.unfinished.length > 0)
        lines.push('  → a run is applying now; wait for it (nothing to recover)');
    if (!s.lock)
        lines.push('Lock: free');
    else if (s.lock.expired) {
        lines.push(`Lock: expired — last held by ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.lock.holder)} since ${s.lock.acquiredAt}, lease ran out ${s.lock.expiresAt}; the next run takes it over`);
    }
    else
        lines.push(`Lock: held by ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.lock.holder)} since ${s.lock.acquiredAt}, until ${s.lock.expiresAt}`);
    return `${lines.join('\n')}\n`;
}
const statusCommand = {
    path: ['status'],
    summary: 'Show the state, transactions in progress or needing recovery, and the lock',
    usage: `[--format table|json]\n${_apply_js__WEBPACK_IMPORTED_MODULE_6__.COMMON_USAGE}Exit status: 0, or 1 when a transaction needs recovery (one in progress under a live lock does not).`,
    options: { ..._apply_js__WEBPACK_IMPORTED_MODULE_6__.STATE_OPTIONS, ..._apply_js__WEBPACK_IMPORTED_MODULE_6__.LOCK_OPTIONS, format: { type: 'string' } },
    async run(args, io) {
        const format = args.values.format ?? 'table';
        if (format !== 'table' && format !== 'json')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--format must be table or json, got "${format}"`);
        const stateDir = (0,_state_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .readOnlyStateDir */ .F)(args.values['state-dir'], io.cwd).absolute;
        const { lock } = await (0,_face_js__WEBPACK_IMPORTED_MODULE_3__/* .backendsOf */ .dc)(args, io, stateDir);
        const status = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_1__/* .statusFlow */ .Pe)({ workspace: (0,_face_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceOf */ .B3)(stateDir), lock });
        io.stdout.write(format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : table(status));
        return status.needsRecovery ? _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.invalid : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    },
};


/***/ })

};
