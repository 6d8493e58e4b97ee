export const id = 534;
export const ids = [534];
export const modules = {

/***/ 3534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT_DRIFTED: () => (/* binding */ EXIT_DRIFTED),
/* harmony export */   driftCommand: () => (/* binding */ driftCommand),
/* harmony export */   unlockCommand: () => (/* binding */ unlockCommand)
/* harmony export */ });
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1459);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7789);
/* harmony import */ var _face_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4218);
/* harmony import */ var _state_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8613);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1141);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33);
// `dpn unlock [--force]` and `dpn drift`: the dispatch modes of the Action, on
// the command line, through the same flows.







const unlockCommand = {
    path: ['unlock'],
    summary: 'Break a lock left by a run that died (compare-and-swap; --force for a live lease)',
    usage: `[--force] [--format table|json]\n${_apply_js__WEBPACK_IMPORTED_MODULE_5__.COMMON_USAGE}` +
        'Breaks the lock only if it is still the one seen, and only once its lease ran out unless --force.\n' +
        'Exit status: 0 broken or not held, 1 refused.',
    options: { ..._apply_js__WEBPACK_IMPORTED_MODULE_5__.STATE_OPTIONS, ..._apply_js__WEBPACK_IMPORTED_MODULE_5__.LOCK_OPTIONS, force: { type: 'boolean' }, format: { type: 'string' } },
    async run(args, io) {
        const format = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__.outputFormat)(args, ['table', 'json']);
        const stateDir = (0,_state_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .readOnlyStateDir */ .F)(args.values['state-dir'], io.cwd).absolute;
        const { lock } = await (0,_face_js__WEBPACK_IMPORTED_MODULE_2__/* .backendsOf */ .dc)(args, io, stateDir);
        const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unlockFlow */ .dY)({ lock, force: args.values.force === true });
        if (format === 'json') {
            io.stdout.write(`${JSON.stringify({ scope: lock.scope, ...result }, null, 2)}\n`);
        }
        else if (result.status === 'not_locked') {
            io.stdout.write(`Lock "${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(lock.scope)}" is not held.\n`);
        }
        else {
            const who = `${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(result.seen.holder)}${result.seen.runUrl ? ` (${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(result.seen.runUrl)})` : ''}, lease until ${result.seen.expiresAt}`;
            if (result.status === 'unlocked') {
                io.stdout.write(`Broke lock "${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(lock.scope)}" held by ${who}.\nRun \`dpn status\` to see whether its transaction needs \`dpn recover\`.\n`);
            }
            else {
                const why = result.reason === 'live' ? 'its lease has not run out; add --force only if that run is certainly dead' : 'it changed while we looked (someone released or took it)';
                io.stderr.write(`error: did not break lock "${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(lock.scope)}" held by ${who}: ${why}\n`);
            }
        }
        return result.status === 'refused' ? _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.invalid : _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.ok;
    },
};
/** Exit status of `dpn drift` when a live resource differs from the state (0: none, 1: could not check). */
const EXIT_DRIFTED = 3;
function driftTable(d) {
    const lines = [];
    if (!d.exists)
        return 'No state yet: nothing to compare.\n';
    lines.push(`Checked ${d.checked} resource${d.checked === 1 ? '' : 's'}: ${d.items.length === 0 ? 'no drift' : `${d.items.length} differ from the state`}.`);
    for (const item of d.items) {
        const head = `  ${item.kind === 'missing' ? '-' : item.kind === 'unreadable' ? '?' : '~'} ${item.type} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(item.name)}`;
        if (item.kind === 'missing')
            lines.push(`${head}: missing on the platform`);
        else if (item.kind === 'unreadable')
            lines.push(`${head}: could not be read: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(item.error ?? '')}`);
        else {
            lines.push(head);
            for (const f of item.fields)
                lines.push(`      ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(f.path)}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(JSON.stringify(f.state) ?? '(none)')} in the state → ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(JSON.stringify(f.live) ?? '(none)')} live`);
        }
    }
    for (const s of d.skipped)
        lines.push(`  (${s.count} ${s.type} not checked: ${s.reason})`);
    if (d.items.length) {
        lines.push('dpn plans against its state, not the live resources: a reconcile leaves these differences as they are. Undo them by hand.');
    }
    return `${lines.join('\n')}\n`;
}
const driftCommand = {
    path: ['drift'],
    summary: 'Compare every live resource with the state; change nothing',
    usage: `[--state-dir DIR] [--concurrency N] [--format table|json]\nExit status: 0 no drift, ${EXIT_DRIFTED} some resources differ, 1 a resource could not be read.`,
    options: { ..._apply_js__WEBPACK_IMPORTED_MODULE_5__.STATE_OPTIONS, concurrency: { type: 'string' }, format: { type: 'string' } },
    async run(args, io) {
        const format = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__.outputFormat)(args, ['table', 'json']);
        const stateDir = (0,_state_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .readOnlyStateDir */ .F)(args.values['state-dir'], io.cwd).absolute;
        const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_0__/* .driftFlow */ .wf)({ workspace: (0,_face_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceOf */ .B3)(stateDir), env: io.env, concurrency: (0,_apply_js__WEBPACK_IMPORTED_MODULE_5__.positiveInt)(args, 'concurrency', 8) });
        io.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : driftTable(result));
        if (result.items.some((i) => i.kind === 'unreadable'))
            return _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.invalid;
        return result.status === 'drifted' ? EXIT_DRIFTED : _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.ok;
    },
};


/***/ })

};
