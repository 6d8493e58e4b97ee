export const id = 141;
export const ids = [141,136];
export const modules = {

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPLY_UX_OPTIONS: () => (/* binding */ APPLY_UX_OPTIONS),
/* harmony export */   APPLY_UX_USAGE: () => (/* binding */ APPLY_UX_USAGE),
/* harmony export */   COMMON_USAGE: () => (/* binding */ COMMON_USAGE),
/* harmony export */   LOCK_OPTIONS: () => (/* binding */ LOCK_OPTIONS),
/* harmony export */   NAMING_OPTIONS: () => (/* binding */ NAMING_OPTIONS),
/* harmony export */   STATE_OPTIONS: () => (/* binding */ STATE_OPTIONS),
/* harmony export */   backendsOf: () => (/* reexport safe */ _face_js__WEBPACK_IMPORTED_MODULE_10__.backendsOf),
/* harmony export */   cancellation: () => (/* binding */ cancellation),
/* harmony export */   confirmWith: () => (/* binding */ confirmWith),
/* harmony export */   createCommand: () => (/* binding */ createCommand),
/* harmony export */   declined: () => (/* binding */ declined),
/* harmony export */   headCommit: () => (/* reexport safe */ _repository_js__WEBPACK_IMPORTED_MODULE_17__.headCommit),
/* harmony export */   planGate: () => (/* binding */ planGate),
/* harmony export */   positiveInt: () => (/* binding */ positiveInt),
/* harmony export */   printDiagnostics: () => (/* binding */ printDiagnostics),
/* harmony export */   reconcileCommand: () => (/* binding */ reconcileCommand),
/* harmony export */   stateDirOf: () => (/* binding */ stateDirOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _config_overrides_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(423);
/* harmony import */ var _render_color_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(5219);
/* harmony import */ var _render_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9528);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9501);
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6590);
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(967);
/* harmony import */ var _render_plan_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4660);
/* harmony import */ var _plan_serialize_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6913);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7789);
/* harmony import */ var _providers_registry_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3307);
/* harmony import */ var _face_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4218);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3567);
/* harmony import */ var _v1_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4229);
/* harmony import */ var _prompt_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1934);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9851);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(33);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(5136);
// `dpn create` and `dpn reconcile`: the reconcile flow (src/flows) with the
// CLI's parts. The plan is printed first and, on a terminal, confirmed
// (src/cli/confirm.ts); progress goes to stderr (src/cli/progress.ts) and a
// closing summary to stdout. Also the pieces the other engine commands share:
// state dir, lock backend, signals, --yes / --quiet.


















const STATE_OPTIONS = {
    'state-dir': { type: 'string' },
};
const LOCK_OPTIONS = {
    'lock-backend': { type: 'string' },
    'lock-table-prefix': { type: 'string' },
    'lock-wait': { type: 'string' },
    'lock-lease': { type: 'string' },
};
const NAMING_OPTIONS = {
    'values-config': { type: 'string' },
    'patterns-config': { type: 'string' },
    override: { type: 'string', multiple: true },
};
/** `--yes`: apply without asking; `--quiet`: only the closing summary and errors. */
const APPLY_UX_OPTIONS = {
    yes: { type: 'boolean', short: 'y' },
    quiet: { type: 'boolean', short: 'q' },
};
const APPLY_UX_USAGE = '  --yes, -y                apply without asking (on a terminal dpn shows the plan and asks first; without one it proceeds)\n' +
    '  --quiet, -q              print only the closing summary and errors\n';
/**
 * The flows' `confirm` for commands that change something: prints the plan
 * (the renderer of `dpn plan preview` with a state) and, when someone at a
 * terminal can answer and --yes was not given, asks. A no throws
 * ApplyDeclined before anything was changed.
 */
function planGate(io, options) {
    return async (plan) => {
        options.onPlan?.(plan);
        if (!(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_16__.hasChanges)(plan))
            return;
        if (options.printPlan && !options.quiet)
            io.stdout.write(`${(0,_render_plan_table_js__WEBPACK_IMPORTED_MODULE_6__.renderPlanTable)(plan, { color: (0,_plan_js__WEBPACK_IMPORTED_MODULE_15__.useColor)(io) })}\n`);
        if (options.yes || !(0,_prompt_js__WEBPACK_IMPORTED_MODULE_13__/* .canAsk */ .Gj)(io))
            return;
        const yes = await (0,_prompt_js__WEBPACK_IMPORTED_MODULE_13__/* .confirm */ .lJ)(io, `Apply these changes (${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_16__.summaryLine)(plan.summary)})? Only "yes" or "y" applies. [y/N] `, options.signal);
        if (!yes)
            throw new _prompt_js__WEBPACK_IMPORTED_MODULE_13__/* .ApplyDeclined */ .ft();
    };
}
/** planGate as the flows' `confirm`: a declined question is a value, not an error. */
function confirmWith(gate) {
    return async (plan) => {
        try {
            await gate(plan);
            return true;
        }
        catch (error) {
            if (error instanceof _prompt_js__WEBPACK_IMPORTED_MODULE_13__/* .ApplyDeclined */ .ft)
                return false;
            throw error;
        }
    };
}
/** What a declined question prints; the exit status is 1 (nothing applied). */
function declined(io) {
    io.stderr.write('Apply cancelled: nothing was changed.\n');
    return _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.invalid;
}
const COMMON_USAGE = '  --state-dir DIR          state, WAL and lock live here (default .dpn)\n' +
    '  --lock-backend local|dynamodb, --lock-table-prefix PREFIX, --lock-wait SECONDS, --lock-lease SECONDS (default 900)\n';
function stateDirOf(args, io) {
    const dir = args.values['state-dir'];
    if (dir !== undefined && (typeof dir !== 'string' || dir.trim() === ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--state-dir needs a directory');
    return (0,_face_js__WEBPACK_IMPORTED_MODULE_10__.resolveStateDir)(io.cwd, dir ?? '.dpn');
}
function positiveInt(args, name, fallback, max = 256) {
    const raw = args.values[name];
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${name} must be a whole number from 1 to ${max}, got "${String(raw)}"`);
    return n;
}



/**
 * An AbortSignal fired by SIGINT / SIGTERM: the engine stops starting
 * operations, lets calls in flight end and compensates. A second signal is
 * reported but does not cut compensation short.
 */
function cancellation(io, note = (t) => io.stderr.write(`\n${t}\n`)) {
    const controller = new AbortController();
    const onSignal = (name) => () => {
        if (controller.signal.aborted) {
            note(`dpn: ${name} again; still undoing what was done so the state stays true — please wait`);
            return;
        }
        note(`dpn: ${name}: starting nothing new; finishing calls in flight, then undoing what this run did`);
        controller.abort(new Error(`cancelled by ${name}`));
    };
    const int = onSignal('SIGINT');
    const term = onSignal('SIGTERM');
    process.on('SIGINT', int);
    process.on('SIGTERM', term);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', int);
            process.off('SIGTERM', term);
        },
    };
}
function printDiagnostics(diagnostics, io) {
    const lines = (0,_render_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .renderDiagnostics */ .D)(diagnostics, { color: (0,_render_color_js__WEBPACK_IMPORTED_MODULE_18__/* .colorEnabled */ .X)(io.stderr, io.env), source: (0,_source_text_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceText */ .r)(io.cwd) });
    if (lines.length)
        io.stderr.write(`${lines.join('\n')}\n`);
}
function resultJson(result) {
    const t = result.transaction;
    return `${JSON.stringify({
        status: result.status,
        summary: result.plan?.summary ?? null,
        plan: result.status === 'dry_run' && result.plan ? (0,_plan_serialize_js__WEBPACK_IMPORTED_MODULE_7__/* .planToJSON */ .Zs)(result.plan) : undefined,
        transaction: t
            ? {
                id: t.tx ?? null,
                status: t.status,
                cancelled: t.cancelled,
                failure: t.failure ?? null,
                steps: t.steps,
                left: t.left,
            }
            : null,
        massDelete: result.massDelete?.refused ? result.massDelete.over : [],
        refusal: result.refusal ?? null,
        unfinished: result.unfinished?.map((t) => t.tx) ?? [],
        lockLost: result.lockLost,
        stateFiles: result.stateFiles,
        errors: result.diagnostics.filter((d) => d.severity === 'error'),
        warnings: result.diagnostics.filter((d) => d.severity === 'warning'),
    }, null, 2)}\n`;
}
const APPLY_OPTIONS = {
    ...APPLY_UX_OPTIONS,
    ...STATE_OPTIONS,
    ...LOCK_OPTIONS,
    ...NAMING_OPTIONS,
    'dry-run': { type: 'boolean' },
    concurrency: { type: 'string' },
    format: { type: 'string' },
    ..._v1_js__WEBPACK_IMPORTED_MODULE_12__/* .CREDENTIAL_OPTIONS */ .rn,
};
const RECONCILE_OPTIONS = {
    ...APPLY_OPTIONS,
    'allow-mass-delete': { type: 'boolean' },
    'deletion-policy': { type: 'string' },
};
async function apply(mode, args, io) {
    const paths = mode === 'create' ? [args.values.blueprint].filter((p) => !!p) : args.positionals;
    if (paths.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(mode === 'create' ? 'give the blueprint with --blueprint FILE' : 'give at least one blueprint file or directory', `example: dpn ${mode === 'create' ? 'create --blueprint blueprints/dev.yaml' : 'reconcile blueprints/'}`);
    }
    const format = args.values.format ?? 'table';
    if (format !== 'table' && format !== 'json')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--format must be table or json, got "${format}"`);
    const policy = args.values['deletion-policy'];
    if (policy !== undefined && !['archive', 'delete', 'retain'].includes(policy)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--deletion-policy must be archive, delete or retain, got "${policy}"`);
    }
    const stateDir = stateDirOf(args, io);
    const concurrency = positiveInt(args, 'concurrency', 8);
    const overrides = (0,_config_overrides_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOverrides */ .f$)(args.values.override ?? []);
    const dryRun = args.values['dry-run'] === true;
    const backends = await (0,_face_js__WEBPACK_IMPORTED_MODULE_10__.backendsOf)(args, io, stateDir);
    // --aws-profile, --dbx-host, --dbx-token: this run's environment, for the drivers and preflight alike.
    const runEnv = (0,_v1_js__WEBPACK_IMPORTED_MODULE_12__/* .runEnvironment */ .t7)(args, io).env;
    const drivers = (0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_9__.createDrivers)(runEnv);
    const commit = (0,_repository_js__WEBPACK_IMPORTED_MODULE_17__.headCommit)(io.cwd, io.env);
    const quiet = args.values.quiet === true;
    const shown = (0,_progress_js__WEBPACK_IMPORTED_MODULE_14__/* .createProgress */ .mf)(io, { quiet });
    const cancel = cancellation(io, (t) => shown.note(t));
    let result;
    try {
        result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_5__/* .reconcileFlow */ .t5)({
            face: 'cli',
            workspace: (0,_face_js__WEBPACK_IMPORTED_MODULE_10__.workspaceOf)(stateDir),
            lock: backends.lock,
            sink: { event: shown.onEvent, warn: (m) => io.stderr.write(`dpn: warning: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeTerminal */ .en)(m)}\n`) },
            blueprints: (0,_face_js__WEBPACK_IMPORTED_MODULE_10__.pathSource)(paths, io.cwd, {
                ...(args.values['values-config'] !== undefined ? { valuesConfig: args.values['values-config'] } : {}),
                ...(args.values['patterns-config'] !== undefined ? { patternsConfig: args.values['patterns-config'] } : {}),
                overrides,
            }),
            mode,
            ...(policy ? { deletionPolicy: policy } : {}),
            allowMassDelete: args.values['allow-mass-delete'] === true,
            dryRun,
            concurrency,
            drivers,
            env: runEnv,
            signal: cancel.signal,
            ...(backends.runs ? { runs: backends.runs } : {}),
            run: { repository: io.env.GITHUB_REPOSITORY ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(io.cwd) },
            confirm: confirmWith(planGate(io, { yes: args.values.yes === true, quiet, printPlan: format === 'table', signal: cancel.signal, onPlan: (plan) => shown.expect(plan) })),
            ...(commit !== undefined ? { commit } : {}),
        });
    }
    finally {
        shown.finish();
        cancel.dispose();
        (0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_9__.closeDrivers)(drivers);
    }
    printDiagnostics(result.diagnostics, io);
    if (result.namedOnly)
        io.stderr.write(`${result.namedOnly}\n`);
    if (format === 'json')
        io.stdout.write(resultJson(result));
    switch (result.status) {
        case 'invalid':
            io.stderr.write('dpn: nothing applied: the blueprints or the naming configuration are invalid\n');
            return _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.invalid;
        case 'blocked':
            throw (0,_face_js__WEBPACK_IMPORTED_MODULE_10__.blockedError)(result.unfinished ?? []);
        case 'refused': {
            for (const f of result.massDelete?.refused ? result.massDelete.over : []) {
                io.stderr.write(`  ${f.blueprint}: would remove ${f.removing} of ${f.managed} resources\n`);
            }
            throw (0,_face_js__WEBPACK_IMPORTED_MODULE_10__.refusalError)(result.refusal);
        }
        case 'declined':
            return declined(io);
        case 'dry_run':
            if (format === 'table') {
                io.stdout.write((0,_render_plan_table_js__WEBPACK_IMPORTED_MODULE_6__.renderPlanTable)(result.plan, { color: (0,_render_color_js__WEBPACK_IMPORTED_MODULE_18__/* .colorEnabled */ .X)(io.stdout, io.env) }));
                io.stdout.write(`\nDry run: ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_16__.summaryLine)(result.plan.summary)}; nothing was applied.\n`);
            }
            if (result.refusal)
                io.stderr.write(`dpn: warning: applying this plan would be refused: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeTerminal */ .en)(result.refusal.message)}\n  ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeTerminal */ .en)(result.refusal.hint)}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.ok;
        case 'noop':
            if (format === 'table')
                io.stdout.write('Nothing to do: every resource matches its blueprint.\n');
            return _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.ok;
        default:
            if (format === 'table')
                io.stdout.write(shown.summary(result.transaction));
            if (result.lockLost)
                io.stderr.write('dpn: the lock was lost during the run (its lease could not be renewed): nothing new was started and what was done was undone\n');
            return result.status === 'committed' ? _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.ok : _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.invalid;
    }
}
const createCommand = {
    path: ['create'],
    summary: 'Create and update the resources of one blueprint (never removes anything)',
    usage: '--blueprint FILE [--dry-run] [--yes] [--quiet] [--concurrency N] [--format table|json] [--values-config FILE --patterns-config FILE] [--override key=value]...\n' +
        COMMON_USAGE +
        APPLY_UX_USAGE +
        'Exit status: 0 committed or nothing to do, 1 invalid input, refused, declined at the question or rolled back, 2 usage error.\n' +
        (0,_v1_js__WEBPACK_IMPORTED_MODULE_12__/* .aliasUsage */ .U2)(_v1_js__WEBPACK_IMPORTED_MODULE_12__/* .CREDENTIAL_ALIASES */ .b6),
    options: { ...APPLY_OPTIONS, blueprint: { type: 'string' } },
    run: (args, io) => apply('create', args, io),
};
const reconcileCommand = {
    path: ['reconcile'],
    summary: 'Make the platforms match the blueprints: create, update, archive or delete',
    usage: 'PATH... [--dry-run] [--yes] [--quiet] [--allow-mass-delete] [--deletion-policy archive|delete|retain] [--concurrency N] [--format table|json]\n' +
        '        [--values-config FILE --patterns-config FILE] [--override key=value]...\n' +
        COMMON_USAGE +
        APPLY_UX_USAGE +
        '  --deletion-policy        how resources removed from the blueprints are retired in this run (default: each one\'s own policy, archive unless set)\n' +
        'Exit status: 0 committed or nothing to do, 1 invalid input, refused, declined at the question or rolled back, 2 usage error.\n' +
        (0,_v1_js__WEBPACK_IMPORTED_MODULE_12__/* .aliasUsage */ .U2)(_v1_js__WEBPACK_IMPORTED_MODULE_12__/* .CREDENTIAL_ALIASES */ .b6),
    options: RECONCILE_OPTIONS,
    allowPositionals: true,
    run: (args, io) => apply('reconcile', args, io),
};


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mf: () => (/* binding */ createProgress)
/* harmony export */ });
/* unused harmony exports stderrColor, liveTerminal, seconds, countLine, transactionSummary, recoverySummary */
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);

const MARK = {
    create: '+',
    update: '~',
    replace_create: '+',
    replace_retire: '-',
    archive: '⌂',
    delete: '-',
    forget: '·',
};
/** Words of each step in counts and lines; a replace's two halves count as one "replace" and one "retire". */
const VERB = {
    create: 'create',
    update: 'update',
    replace_create: 'replace',
    replace_retire: 'retire',
    archive: 'archive',
    delete: 'delete',
    forget: 'forget',
};
const ORDER = ['create', 'update', 'replace_create', 'archive', 'delete', 'replace_retire', 'forget'];
/**
 * Whether stderr gets ANSI colour. The one place progress decides it, so the
 * CLI-wide colour decision can replace it.
 */
function stderrColor(io) {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    return io.stderr.isTTY === true && io.env.TERM !== 'dumb';
}
/** A live display needs a terminal that understands cursor movement. */
function liveTerminal(io) {
    return io.stderr.isTTY === true && io.env.TERM !== 'dumb';
}
function seconds(ms) {
    return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function createProgress(io, options = {}) {
    const now = options.now ?? (() => performance.now());
    const live = liveTerminal(io) && !options.quiet;
    const color = stderrColor(io);
    const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const started = now();
    let begun = started;
    let total = 0;
    let finished = 0;
    let failed = 0;
    let undoing = false;
    let undone = 0;
    const totals = new Map();
    const done = new Map();
    /** key → what is running, in start order. */
    const running = new Map();
    let drawnLines = 0;
    let pending;
    let ticker;
    let closed = false;
    const width = () => Math.max(40, (io.stderr.columns || 100) - 1);
    const cut = (line) => (line.length > width() ? `${line.slice(0, width() - 1)}…` : line);
    const block = () => {
        const elapsed = seconds(now() - begun);
        if (undoing) {
            const head = `Undoing: ${undone} undone${running.size ? `, ${running.size} in flight` : ''} · ${elapsed}`;
            return [paint('1', cut(head)), ...inFlight()];
        }
        const head = `Applying: ${finished}/${total} · ${elapsed}${failed ? ` · ${paint('31', `${failed} failed`)}` : ''}`;
        const counts = ORDER.filter((s) => (totals.get(s) ?? 0) > 0 || (done.get(s) ?? 0) > 0)
            .map((s) => `${VERB[s]} ${done.get(s) ?? 0}/${totals.get(s) ?? '?'}`)
            .join(' · ');
        return [cut(head), ...(counts ? [cut(`  ${counts}`)] : []), ...inFlight()];
    };
    /** As many operations in flight as fit on one line, then how many more. */
    const inFlight = () => {
        if (running.size === 0)
            return [];
        const names = [...running.values()];
        let line = '  running:';
        let shown = 0;
        for (const name of names) {
            const more = names.length - shown - 1;
            const next = `${line}${shown ? ',' : ''} ${name}`;
            if (next.length + (more ? ` (+${more} more)`.length : 0) > width() && shown > 0)
                break;
            line = next;
            shown++;
        }
        return [cut(shown < names.length ? `${line} (+${names.length - shown} more)` : line)];
    };
    const clear = () => {
        if (drawnLines === 0)
            return;
        io.stderr.write(`\r${drawnLines > 1 ? `\u001b[${drawnLines - 1}A` : ''}\u001b[J`);
        drawnLines = 0;
    };
    const draw = () => {
        pending = undefined;
        if (closed || !live)
            return;
        const lines = block();
        clear();
        io.stderr.write(lines.join('\n'));
        drawnLines = lines.length;
    };
    // Redraws are batched: a few hundred events a second must not mean as many redraws.
    const redraw = () => {
        if (live && !pending && !closed)
            pending = setTimeout(draw, 50);
    };
    /** A line that stays: above the live block, or on its own without a terminal. */
    const say = (text) => {
        if (closed)
            return;
        if (live)
            clear();
        io.stderr.write(`${text}\n`);
        if (live)
            draw();
    };
    const heartbeat = () => {
        if (undoing)
            say(`dpn: undoing: ${undone} undone, ${running.size} in flight, ${seconds(now() - begun)}`);
        else
            say(`dpn: ${finished}/${total} done, ${running.size} in flight, ${failed} failed, ${seconds(now() - begun)}`);
    };
    const onEvent = (e) => {
        switch (e.type) {
            case 'begin':
                begun = now();
                total = e.total;
                if (!options.quiet)
                    say(`dpn: transaction ${e.tx}: ${e.total} step${e.total === 1 ? '' : 's'}`);
                if (!options.quiet && !ticker) {
                    ticker = live ? setInterval(redraw, 1000) : setInterval(heartbeat, options.heartbeatMs ?? 10_000);
                    ticker.unref();
                }
                redraw();
                return;
            case 'start':
                running.set(e.key + e.step, `${VERB[e.step]} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.name)}`);
                redraw();
                return;
            case 'done':
                running.delete(e.key + e.step);
                finished++;
                done.set(e.step, (done.get(e.step) ?? 0) + 1);
                if (!live && !options.quiet)
                    say(`  ${MARK[e.step]} ${VERB[e.step]} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.name)}: done`);
                redraw();
                return;
            case 'retry':
                if (!live && !options.quiet)
                    say(`  ↻ ${VERB[e.step]} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.key)}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.error.message)}; retry ${e.attempt} in ${e.delayMs} ms`);
                return;
            case 'failed':
                running.delete(e.key + e.step);
                failed++;
                say(`  ${paint('31', '✗')} ${VERB[e.step]} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.name)}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.error.message)}`);
                return;
            case 'compensating':
                undoing = true;
                running.clear();
                say(`dpn: undoing what this transaction did (${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.reason)})`);
                return;
            case 'undo_start':
                running.set(`${e.key}${e.step}`, `${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.undo)} (undo)`);
                if (!live && !options.quiet)
                    say(`  ↶ ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.undo)}`);
                redraw();
                return;
            case 'undone':
                running.delete(`${e.key}${e.step}`);
                undone++;
                redraw();
                return;
            case 'undo_failed':
                running.delete(`${e.key}${e.step}`);
                say(`  ${paint('31', '✗')} could not undo ${VERB[e.step]} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.key)}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(e.error.message)}`);
                return;
            case 'end':
                running.clear();
                finish();
                return;
        }
    };
    const finish = () => {
        if (pending)
            clearTimeout(pending);
        if (ticker)
            clearInterval(ticker);
        pending = ticker = undefined;
        if (live)
            clear();
        // Nothing redraws the block once the run has ended (a late timer drew it after the summary).
        closed = true;
    };
    return {
        note: (text) => {
            // After the end the block is gone: write plainly.
            if (closed || drawnLines === 0)
                io.stderr.write(`${text}\n`);
            else
                say(text);
        },
        expect(plan) {
            totals.clear();
            for (const op of plan.operations) {
                const steps = op.action === 'replace' ? ['replace_create', 'replace_retire'] : op.action === 'retain' ? ['forget'] : op.action === 'noop' ? [] : [op.action];
                for (const s of steps)
                    totals.set(s, (totals.get(s) ?? 0) + 1);
            }
        },
        onEvent,
        finish,
        summary: (result, label = 'Apply') => transactionSummary(result, now() - begun, label),
        recoverySummary: (result) => recoverySummary(result, now() - started, undone),
    };
}
/** `20 created, 1 updated, 2 archived, 0 deleted` (+ replaced / retired / no longer managed when there are any). */
function countLine(steps) {
    const n = (...kinds) => steps.filter((s) => kinds.includes(s.step)).length;
    const parts = [`${n('create')} created`, `${n('update')} updated`, `${n('archive')} archived`, `${n('delete')} deleted`];
    if (n('replace_create'))
        parts.push(`${n('replace_create')} replaced`);
    if (n('replace_retire'))
        parts.push(`${n('replace_retire')} old name${n('replace_retire') === 1 ? '' : 's'} retired`);
    if (n('forget'))
        parts.push(`${n('forget')} no longer managed`);
    return parts.join(', ');
}
/**
 * `Apply complete: 20 created, 1 updated, 2 archived, 0 deleted in 3.2 s.`, or
 * what failed, what was undone and what is left.
 */
function transactionSummary(result, elapsedMs, label = 'Apply') {
    const by = (outcome) => result.steps.filter((s) => s.outcome === outcome);
    const tx = result.tx ? ` (transaction ${result.tx})` : '';
    if (result.status === 'committed' || result.status === 'noop') {
        return `${label} complete: ${countLine(by('done'))} in ${seconds(elapsedMs)}${tx}.\n`;
    }
    const lines = [];
    const undone = by('undone');
    const left = result.left;
    const what = `${undone.length} undone${undone.length ? ` (${countLine(undone)})` : ''}, ${left.length ? `${left.length} left` : 'nothing left'}`;
    const cancelled = result.cancelled ? ' (cancelled)' : '';
    if (result.status === 'rolled_back')
        lines.push(`${label} rolled back${cancelled} after ${seconds(elapsedMs)}: ${what}${tx}.`);
    else
        lines.push(`${label} failed and its rollback is incomplete${cancelled} after ${seconds(elapsedMs)}: ${what}${tx}.`);
    if (result.failure)
        lines.push(`  failed: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(result.failure.key)}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(result.failure.error.message)}`);
    for (const l of left)
        lines.push(`  ! left: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(l.key)} (${l.step}): ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(l.what)}`);
    for (const k of result.kept ?? [])
        lines.push(`  = kept: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(k.key)}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(k.what)}`);
    if (result.status === 'rollback_failed')
        lines.push('  Run `dpn recover` to finish the rollback once the cause is fixed.');
    return `${lines.join('\n')}\n`;
}
/** The closing line of `dpn recover`: the transaction, how it ended, what was undone and what is left. */
function recoverySummary(r, elapsedMs, undoneSeen = 0) {
    if (r.rolledForward)
        return `Recovery complete: transaction ${r.tx} had reached its commit point and is now committed, in ${seconds(elapsedMs)}.\n`;
    const lines = [];
    const t = r.transaction;
    const undone = t ? t.steps.filter((s) => s.outcome === 'undone') : [];
    const counts = t && r.status === 'committed'
        ? `${countLine(t.steps.filter((s) => s.outcome === 'done'))}`
        : `${t ? undone.length : undoneSeen} undone${undone.length ? ` (${countLine(undone)})` : ''}`;
    const left = r.left.length ? `${r.left.length} left` : 'nothing left';
    lines.push(`Recovery ${r.status === 'rollback_failed' ? 'incomplete' : 'complete'}: transaction ${r.tx} ${r.status.replace('_', ' ')}: ${counts}, ${left}, in ${seconds(elapsedMs)}.`);
    for (const l of r.left)
        lines.push(`  ! left: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(l.key)} (${l.step}): ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(l.what)}`);
    for (const k of r.kept)
        lines.push(`  = kept: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(k.key)}: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(k.what)}`);
    if (r.status === 'rollback_failed')
        lines.push('  Run `dpn recover` again once the cause is fixed.');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 1934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ canAsk),
/* harmony export */   ab: () => (/* binding */ questions),
/* harmony export */   ft: () => (/* binding */ ApplyDeclined),
/* harmony export */   lJ: () => (/* binding */ confirm)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Questions on a terminal: whether one can be asked, and asking it — the values
// `config init` asks for, and the yes/no before a change (skipped with --yes).
// Answers are read from stdin and questions written to stderr, so stdout stays
// the command's output. Lines typed ahead of a question are queued for it, not
// dropped. For a yes/no, anything but "y"/"yes" — an empty line, end of input,
// Ctrl-C — is a no.


/** Thrown from the plan gate when the answer is no: nothing has been changed. */
class ApplyDeclined extends Error {
    constructor() {
        super('apply declined');
        this.name = 'ApplyDeclined';
    }
}
function stdinOf(io) {
    return (io.stdin ?? process.stdin);
}
/** Whether a person can answer: stdin and stderr are both a terminal. */
function canAsk(io) {
    return stdinOf(io).isTTY === true && io.stderr.isTTY === true;
}
function questions(io) {
    const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: stdinOf(io), output: io.stderr });
    const typed = [];
    const waiting = [];
    let ended = false;
    rl.on('line', (line) => {
        const next = waiting.shift();
        if (next)
            next(line);
        else
            typed.push(line);
    });
    rl.on('close', () => {
        ended = true;
        for (const next of waiting.splice(0))
            next(undefined);
    });
    const line = (question) => {
        rl.setPrompt(question);
        rl.prompt();
        if (typed.length)
            return Promise.resolve(typed.shift());
        if (ended)
            return Promise.resolve(undefined);
        return new Promise((resolve) => waiting.push(resolve));
    };
    return {
        async ask(question, fallback, accept) {
            for (;;) {
                const answer = await line(`${question} [${fallback}]: `);
                if (answer === undefined)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('input ended before the question was answered', 'NO_ANSWER', 'answer on the terminal, or give the values as flags');
                const value = answer.trim() || fallback;
                const problem = accept?.(value);
                if (problem === undefined)
                    return value;
                io.stderr.write(`  ${problem}\n`);
            }
        },
        async confirm(question) {
            return /^(y|yes)$/i.test((await line(question))?.trim() ?? '');
        },
        close: () => rl.close(),
    };
}
/** One yes/no question; a no when the signal fires (SIGINT/SIGTERM) or input ends. */
async function confirm(io, question, signal) {
    const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: stdinOf(io), output: io.stderr, terminal: canAsk(io) });
    try {
        return await new Promise((resolve) => {
            let answered = false;
            const no = () => {
                // Ctrl-C or end of input leaves the cursor after the question: end its line.
                if (!answered)
                    io.stderr.write('\n');
                answered = true;
                resolve(false);
            };
            signal?.addEventListener('abort', no, { once: true });
            rl.on('SIGINT', no);
            rl.on('close', no);
            rl.question(question, (answer) => {
                answered = true;
                resolve(/^\s*y(es)?\s*$/i.test(answer));
            });
        });
    }
    finally {
        rl.close();
    }
}


/***/ }),

/***/ 5136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blobUrl: () => (/* binding */ blobUrl),
/* harmony export */   headCommit: () => (/* binding */ headCommit),
/* harmony export */   parseRemote: () => (/* binding */ parseRemote)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// The Git facts the CLI reports under: the commit checked out, and where that
// commit's files are on the web (for links in `dpn plan preview --format
// markdown`, the PR comment body). Reads `git`; never fails: outside Git, or
// with a remote that is not GitHub-like, the answer is undefined.

function git(cwd, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** The commit checked out in `cwd`, recorded in the WAL `begin` record and run history; undefined outside Git. */
function headCommit(cwd, env) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    return git(cwd, ['rev-parse', '--verify', '-q', 'HEAD']);
}
/** `owner/name` and the server of a GitHub-style remote URL (https, ssh or scp-like). */
function parseRemote(url) {
    const m = /^https?:\/\/(?:[^@/]+@)?([^/]+)\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url) ??
        /^(?:ssh:\/\/)?git@([^:/]+)[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (!m)
        return undefined;
    return { server: `https://${m[1]}`, repository: m[2] };
}
/**
 * `https://github.com/o/r/blob/<commit>/<dir>/`: a blueprint path relative to
 * `cwd` appended to it shows that file at `commit`. GITHUB_SERVER_URL and
 * GITHUB_REPOSITORY win over the `origin` remote, as in the Action.
 */
function blobUrl(cwd, env, commit) {
    if (!commit)
        return undefined;
    const remote = env.GITHUB_REPOSITORY
        ? { server: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''), repository: env.GITHUB_REPOSITORY }
        : parseRemote(git(cwd, ['remote', 'get-url', 'origin']) ?? '');
    if (!remote)
        return undefined;
    const prefix = git(cwd, ['rev-parse', '--show-prefix']) ?? '';
    const dir = prefix.split('/').filter(Boolean).map(encodeURIComponent).join('/');
    return `${remote.server}/${remote.repository}/blob/${commit}/${dir ? `${dir}/` : ''}`;
}


/***/ }),

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPlanTable: () => (/* binding */ renderPlanTable)
/* harmony export */ });
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(967);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(677);
// A plan as a terminal table: one line per changed resource (symbol, action,
// type, name, notes), its changed fields indented below, unchanged ones counted;
// grouped under a line per blueprint file when the plan spans several.



const COLOR = {
    create: '32',
    update: '33',
    replace: '35;1',
    archive: '36',
    delete: '31',
    retain: '34',
    noop: '2',
};
function renderPlanTable(plan, options = {}) {
    const paint = (action, text) => (options.color ? `\u001b[${COLOR[action]}m${text}\u001b[0m` : text);
    const maxChanges = options.maxChanges ?? 20;
    const shown = plan.operations.filter((op) => op.action !== 'noop' || options.showUnchanged);
    const typeWidth = Math.max(4, ...shown.map((op) => op.type.length));
    const groups = new Map();
    for (const op of shown) {
        const group = groups.get(op.blueprint);
        if (group)
            group.push(op);
        else
            groups.set(op.blueprint, [op]);
    }
    const headed = groups.size > 1;
    const lines = [];
    for (const [blueprint, ops] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (headed)
            lines.push(`${lines.length > 0 ? '\n' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(blueprint)}`);
        for (const op of ops) {
            const head = `${_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .SYMBOL */ .PF[op.action].padStart(3)} ${op.action.padEnd(7)}`;
            const extra = (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .notes */ .Q2)(op);
            lines.push(`${paint(op.action, head)}  ${op.type.padEnd(typeWidth)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)((0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeName */ .T_)(op))}` +
                (extra.length > 0 ? `  (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(extra.join('; '))})` : ''));
            const changes = (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .listedChanges */ .D1)(op);
            for (const change of changes.slice(0, maxChanges))
                lines.push(`          ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)((0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChange */ .eD)(change))}`);
            if (changes.length > maxChanges)
                lines.push(`          …and ${changes.length - maxChanges} more`);
        }
    }
    if (lines.length > 0)
        lines.push('');
    for (const warning of plan.warnings ?? [])
        lines.push(`${paint('replace', '  !')} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(warning.message)}`);
    if ((plan.warnings ?? []).length > 0)
        lines.push('');
    lines.push(`Plan: ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_2__.summaryLine)(plan.summary)}.`);
    return lines.join('\n') + '\n';
}


/***/ })

};
