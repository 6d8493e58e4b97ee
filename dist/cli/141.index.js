export const id = 141;
export const ids = [141,136,995];
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
/* harmony export */   backendsOf: () => (/* reexport safe */ _face_js__WEBPACK_IMPORTED_MODULE_10__.dc),
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
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1459);
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
    return (0,_face_js__WEBPACK_IMPORTED_MODULE_10__/* .resolveStateDir */ .JT)(io.cwd, dir ?? '.dpn');
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
    const backends = await (0,_face_js__WEBPACK_IMPORTED_MODULE_10__/* .backendsOf */ .dc)(args, io, stateDir);
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
            workspace: (0,_face_js__WEBPACK_IMPORTED_MODULE_10__/* .workspaceOf */ .B3)(stateDir),
            lock: backends.lock,
            sink: { event: shown.onEvent, warn: (m) => io.stderr.write(`dpn: warning: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeTerminal */ .en)(m)}\n`) },
            blueprints: (0,_face_js__WEBPACK_IMPORTED_MODULE_10__/* .pathSource */ .r)(paths, io.cwd, {
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
            throw (0,_face_js__WEBPACK_IMPORTED_MODULE_10__/* .blockedError */ .fY)(result.unfinished ?? []);
        case 'refused': {
            for (const f of result.massDelete?.refused ? result.massDelete.over : []) {
                io.stderr.write(`  ${f.blueprint}: would remove ${f.removing} of ${f.managed} resources\n`);
            }
            throw (0,_face_js__WEBPACK_IMPORTED_MODULE_10__/* .refusalError */ .z_)(result.refusal);
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

/***/ 4218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ backendsOf),
  fY: () => (/* binding */ blockedError),
  r: () => (/* binding */ pathSource),
  z_: () => (/* binding */ refusalError),
  JT: () => (/* binding */ resolveStateDir),
  B3: () => (/* binding */ workspaceOf)
});

// UNUSED EXPORTS: defaultLockScope, reconcileLocal

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
class local_lock_LocalLockBackend {
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
// EXTERNAL MODULE: ./src/plan/retire-scope.ts
var retire_scope = __webpack_require__(177);
// EXTERNAL MODULE: ./src/flows/index.ts + 16 modules
var flows = __webpack_require__(1459);
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
                backend: new local_lock_LocalLockBackend(stateDir),
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
    return {
        async load() {
            const config = await (0,config_load/* loadNamingConfig */.nm)({ valuesConfig: naming.valuesConfig, patternsConfig: naming.patternsConfig, cwd });
            if (!config.config)
                return { resources: [], diagnostics: config.diagnostics, files: [] };
            (0,overrides/* checkOverrides */.yk)(naming.overrides ?? {}, config.config);
            const set = await (0,load/* loadBlueprints */.H)(paths, { naming: config.config, overrides: naming.overrides ?? {}, cwd });
            return { resources: set.resources, diagnostics: (0,config_load/* sortDiagnostics */.Ds)([...config.diagnostics, ...set.diagnostics]), files: set.files.map(state/* normalizeBlueprintPath */.ek) };
        },
        covers: (0,retire_scope.coveredByPaths)(paths, cwd),
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
    return reconcileFlow({
        ...rest,
        face: 'cli',
        workspace: workspaceOf(stateDir),
        lock: {
            backend: new LocalLockBackend(stateDir),
            scope: defaultLockScope(env, cwd, stateDir),
            holder: runner(env),
            busyHint: 'another dpn run is applying to this state',
            ...lock,
        },
        blueprints: pathSource(paths, cwd, naming ?? {}),
        ...(onEvent ? { sink: { event: onEvent } } : {}),
    });
}


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

/***/ 5947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ LockBusyError)
/* harmony export */ });
// What every lock backend offers: one holder per scope at a time, with a lease.
// Backends: a local file (engine/local-lock.ts), a Git ref (action/), DynamoDB (backend/).
/** Thrown when a lock is held by someone else and waiting did not help. */
class LockBusyError extends Error {
    current;
    constructor(current) {
        super(`lock "${current.scope}" is held by ${current.holder}` +
            `${current.runUrl ? ` (${current.runUrl})` : ''} until ${current.expiresAt}`);
        this.current = current;
        this.name = 'LockBusyError';
    }
}


/***/ }),

/***/ 4277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ needsUndo),
/* harmony export */   Dh: () => (/* binding */ undoStep),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Nt: () => (/* binding */ undoDescription),
/* harmony export */   QM: () => (/* binding */ driverFor),
/* harmony export */   Y7: () => (/* binding */ readExisting),
/* harmony export */   aB: () => (/* binding */ buildSteps),
/* harmony export */   eg: () => (/* binding */ runStep),
/* harmony export */   lC: () => (/* binding */ leftOf),
/* harmony export */   ok: () => (/* binding */ assertDrivers),
/* harmony export */   pA: () => (/* binding */ applyStep),
/* harmony export */   rI: () => (/* binding */ specOf),
/* harmony export */   v8: () => (/* binding */ beforeOf),
/* harmony export */   z5: () => (/* binding */ driverLooks),
/* harmony export */   zv: () => (/* binding */ isCreate)
/* harmony export */ });
/* unused harmony exports appliedOf, changedNothing, adopted */
/* harmony import */ var _plan_steps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);
/* harmony import */ var _state_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(388);
/* harmony import */ var _providers_driver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4106);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




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
    const steps = (0,_plan_steps_js__WEBPACK_IMPORTED_MODULE_0__/* .executionSteps */ .Ku)(plan);
    const applyIds = steps.filter((s) => s.phase === 'apply').map((s) => s.id);
    const nodes = [];
    for (const s of steps) {
        const op = byKey.get(s.key);
        if (!op)
            throw new Error(`plan step ${s.id} has no operation`);
        const step = s.id.endsWith(_plan_steps_js__WEBPACK_IMPORTED_MODULE_0__/* .RETIRE_SUFFIX */ .a$) ? 'replace_retire' : forwardStep(op.action);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`dpn can name but not provision ${list}: no driver for ${missing.size === 1 ? 'this type' : 'these types'}`, 'NO_DRIVER', 'remove these resources from the blueprints you apply, or narrow them with a blueprint `scope`');
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
    return (0,_state_record_js__WEBPACK_IMPORTED_MODULE_1__/* .recordFromSpec */ .v)(spec, { appliedAt: at, transaction: tx, ...(live.physicalId !== undefined ? { physicalId: live.physicalId } : {}) });
}
function driverFor(drivers, node) {
    const driver = drivers[node.op.type];
    if (!driver)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no driver for ${node.op.type}`, 'NO_DRIVER');
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
            return withId((0,_state_record_js__WEBPACK_IMPORTED_MODULE_1__/* .archivedRecord */ .S)(current, { appliedAt: at, transaction: tx }));
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
/**
 * Whether a create step adopted a resource that existed before this
 * transaction. A resource found under the name that bears this transaction's
 * own creation marker was made by it (a create retried or resumed after a crash).
 */
function adopted(task, tx) {
    return isCreate(task.node) && task.existing != null && (tx === undefined || task.existing.createdBy !== tx);
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
            if (adopted(task, ctx.transaction))
                return { kind: 'nothing' };
            const spec = desiredOf(node);
            let ref = task.after ? refOf(task.after) : refOf(spec);
            // No record of whether the name was free (the intent was rebuilt from a
            // WAL that ends at `begin`): only this transaction's marker proves it made it.
            const unknownOrigin = task.existing === undefined;
            if (!sure || !task.after || unknownOrigin) {
                const live = await call(() => driver.read(ref, ctx));
                if (!live)
                    return { kind: 'nothing' };
                if (unknownOrigin && (ctx.transaction === undefined || live.createdBy !== ctx.transaction)) {
                    return { kind: 'kept', what: `${node.op.type} ${spec.fullName} existed before this transaction: left in place` };
                }
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
    // A step that failed (a connection refused, a timeout) may never have reached the platform: say so.
    const sure = task.outcome === 'done';
    const what = (() => {
        switch (n.step) {
            case 'create':
            case 'replace_create':
                return sure
                    ? `${n.op.type} ${n.op.desired?.fullName ?? n.op.fullName} was created and still exists`
                    : `${n.op.type} ${n.op.desired?.fullName ?? n.op.fullName} may have been created (the create failed with an unknown outcome) and could not be checked`;
            case 'update':
                return sure
                    ? `${n.op.type} ${n.op.fullName} keeps the new settings; the state still holds the old ones`
                    : `${n.op.type} ${n.op.fullName} may have the new settings (the update failed with an unknown outcome) and could not be restored; the state still holds the old ones`;
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
    return error instanceof _providers_driver_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .mZ && error.details.code === 'UNSUPPORTED';
}


/***/ }),

/***/ 8002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ readTransaction),
/* harmony export */   L2: () => (/* binding */ walError),
/* harmony export */   LO: () => (/* binding */ transactionIds),
/* harmony export */   MM: () => (/* binding */ isTransactionId),
/* harmony export */   Vy: () => (/* binding */ unfinishedTransactions),
/* harmony export */   u0: () => (/* binding */ WalWriter),
/* harmony export */   y9: () => (/* binding */ newTransactionId)
/* harmony export */ });
/* unused harmony exports isEndRecord, walDir, walFile, parseTransactionLog, listTransactions */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
// The write-ahead log: one append-only JSON-lines file per transaction under
// `<state-dir>/wal/<tx-id>.jsonl`. A record is on disk (fsync'ed) before the
// step it announces starts, so a process that vanishes still leaves evidence of
// what it may have done. Readers tolerate a torn last line (a crash mid-write).





const END_TYPES = new Set(['committed', 'rolled_back', 'rollback_failed']);
function isEndRecord(record) {
    return END_TYPES.has(record.type);
}
function walDir(stateDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir, 'wal');
}
function walFile(stateDir, tx) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(walDir(stateDir), `${tx}.jsonl`);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
        const file = walFile(stateDir, tx);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'wx');
        await syncDir(dir);
        return new WalWriter(tx, file, handle, now);
    }
    /** Reopens an existing transaction file to append (recovery), cutting a torn last line first. */
    static async reopen(stateDir, tx, now = () => new Date()) {
        const file = walFile(stateDir, tx);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r+');
        const text = await handle.readFile('utf8');
        const keep = Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1), 'utf8');
        if (keep !== Buffer.byteLength(text, 'utf8')) {
            await handle.truncate(keep);
            await handle.sync();
        }
        await handle.close();
        return new WalWriter(tx, file, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'a'), now);
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
                // The write is synchronous: it only copies a few KB to the page cache,
                // and handing it to the thread pool and back cost 0.3-1 ms per batch
                // (at concurrency 1, once per operation) against ~0.01 ms. The fdatasync
                // stays asynchronous so that the event loop runs while the disk works.
                writeAll(this.handle.fd, batch.map((b) => b.line).join(''));
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
function writeAll(fd, text) {
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length;)
        at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, at, bytes.length - at);
}
async function syncDir(dir) {
    // A new file's directory entry must be durable too, or a crash can lose the whole file.
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(dir, 'r');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`WAL ${file} line ${i + 1} is not valid JSON`, 'WAL_CORRUPT', 'the log is append-only; restore it from Git history before running recover');
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`no transaction ${tx} in ${walDir(stateDir)}`, 'WAL_NOT_FOUND', 'run `dpn status` to list transactions');
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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
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
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(walDir(stateDir));
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

/***/ 1459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hu: () => (/* reexport */ LocalWorkspace),
  uW: () => (/* reexport */ applyPlanFlow),
  wf: () => (/* reexport */ driftFlow),
  t5: () => (/* reexport */ reconcileFlow),
  PA: () => (/* reexport */ recoverFlow),
  lj: () => (/* reexport */ runner),
  Pe: () => (/* reexport */ statusFlow),
  dY: () => (/* reexport */ unlockFlow)
});

// UNUSED EXPORTS: DEFAULT_LEASE_MS, detectDrift, preflight, withLock

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/engine/lock.ts
var engine_lock = __webpack_require__(5947);
;// CONCATENATED MODULE: ./src/flows/lock.ts
// Holding the state lock for the length of a flow: acquire, renew every third
// of the lease, and on a renewal that fails abort the `lost` signal so the
// engine starts nothing new and compensates — the same for every backend and face.


const DEFAULT_LEASE_MS = 15 * 60_000;
/**
 * Runs `fn` holding the lock. `keep()` is asked at the end: true leaves the
 * lock held (a WAL not yet persisted; the Action's post step or the lease's
 * end releases it).
 */
async function withLock(lock, sink, fn, keep = () => false) {
    const leaseMs = lock.leaseMs ?? DEFAULT_LEASE_MS;
    let held;
    try {
        held = await lock.backend.acquire(lock.scope, lock.holder, { leaseMs, waitMs: lock.waitMs ?? 0 });
    }
    catch (error) {
        if (error instanceof engine_lock/* LockBusyError */.B) {
            const waited = `; gave up after waiting ${Math.round((lock.waitMs ?? 0) / 1000)} s`;
            const busy = new errors/* UserError */.yo(`${error.message}${waited}`, 'LOCK_BUSY', `nothing was changed. ${lock.busyHint}`);
            busy.cause = error;
            throw busy;
        }
        throw error;
    }
    lock.onAcquired?.(held);
    const lost = new AbortController();
    const timer = setInterval(() => {
        held.renew().catch((error) => {
            if (lost.signal.aborted)
                return;
            sink.warn?.(`lost lock "${lock.scope}": ${error.message}; starting nothing new and undoing what this run did`);
            lost.abort(new Error(`lost lock "${lock.scope}"`));
        });
    }, Math.max(1_000, Math.floor(leaseMs / 3)));
    timer.unref();
    try {
        return await fn({ lock: held, lost: lost.signal });
    }
    finally {
        clearInterval(timer);
        if (keep()) {
            sink.warn?.(`keeping lock "${lock.scope}" until the WAL is persisted, or until its lease ends at ${held.info.expiresAt}`);
        }
        else {
            await held.release().catch((error) => sink.warn?.(`could not release lock "${lock.scope}": ${error.message}`));
            lock.onReleased?.();
        }
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/engine/actor.ts
// One way to name who is running dpn, for the lock holder, the WAL's `actor`
// and run history: the workflow run on GitHub Actions, user@host (pid) elsewhere.
// Here, not in the flows, so the engine's own default is the same name.

function runner(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? ` attempt ${env.GITHUB_RUN_ATTEMPT}` : '';
        const by = env.GITHUB_ACTOR ? ` by ${env.GITHUB_ACTOR}` : '';
        return {
            holder: `${env.GITHUB_REPOSITORY || 'github-actions'} run ${env.GITHUB_RUN_ID}${attempt}${by}`,
            ...(env.GITHUB_REPOSITORY ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
        };
    }
    let user = env.USER ?? env.USERNAME;
    try {
        user ??= (0,external_node_os_.userInfo)().username;
    }
    catch {
        user ??= 'unknown';
    }
    return { holder: `${user}@${(0,external_node_os_.hostname)()} (pid ${process.pid})` };
}
/** The WAL's `actor` of a transaction that was given none. */
function actorOf(env = process.env) {
    return runner(env).holder;
}

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

// EXTERNAL MODULE: ./src/blueprint/platform-limits.ts
var platform_limits = __webpack_require__(3633);
// EXTERNAL MODULE: ./src/providers/registry.ts
var registry = __webpack_require__(3307);
;// CONCATENATED MODULE: ./src/flows/preflight.ts
// Everything that can be known before a transaction's first side effect,
// checked before `begin` in every face (DESIGN.md, "Preflight"). One list: a
// new platform adds its check here. Each problem says what to do, in the
// words of the face that runs it (a laptop or a workflow).


/** Operations that reach a platform (a state-only update or a retain does not). */
function writes(plan, types) {
    return plan.operations.some((op) => op.action !== 'noop' && op.action !== 'retain' && !op.stateOnly && types.includes(op.type));
}
function created(plan) {
    const out = [];
    for (const op of plan.operations)
        if ((op.action === 'create' || op.action === 'replace' || op.action === 'update') && op.desired)
            out.push(op.desired);
    return out;
}
const CHECKS = [
    {
        // What the platform would refuse outright; preview shows the same as warnings.
        applies: (plan) => writes(plan, ['dbx_table']),
        async run({ plan }) {
            return (0,platform_limits/* platformLimits */.i)(created(plan)).map((d) => ({ code: d.code, message: d.message, at: `${d.file}:${d.line}` }));
        },
    },
    {
        applies: (plan) => writes(plan, registry.AWS_TYPES),
        async run({ env, drivers, face }) {
            // Drivers built some other way (tests, embedders) carry their own credentials.
            if (!(0,registry.isBuiltFromEnvironment)(drivers))
                return [];
            const { resolveAwsCredentials } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(114), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 8206));
            const why = await resolveAwsCredentials(env);
            if (!why)
                return [];
            const fix = face === 'action'
                ? 'add the aws-actions/configure-aws-credentials step before dpn (with `permissions: id-token: write` for OIDC)'
                : 'set AWS_PROFILE to a configured profile (`aws sso login --profile NAME` for SSO), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
            return [{ code: 'AWS_CREDENTIALS', message: `no AWS credentials could be resolved (${why}): ${fix}` }];
        },
    },
    {
        applies: (plan) => writes(plan, registry.DATABRICKS_TYPES),
        async run({ plan, drivers }) {
            return (await (0,registry.configurationProblems)(plan, drivers)).map((message) => ({ code: 'PROVIDER_CONFIG', message }));
        },
    },
];
async function preflight(ctx) {
    const out = [];
    for (const check of CHECKS)
        if (check.applies(ctx.plan))
            out.push(...(await check.run(ctx)));
    return out;
}

// EXTERNAL MODULE: ./node_modules/p-retry/index.js + 1 modules
var p_retry = __webpack_require__(4995);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/providers/driver.ts
var driver = __webpack_require__(4106);
;// CONCATENATED MODULE: ./src/engine/retry.ts
// Which provider failures are worth another attempt, and the retry loop around
// one driver call: exponential backoff with jitter, `Retry-After` honoured, a
// bounded total time, and an injectable sleep so tests run instantly.



const realSleep = async (ms, signal) => {
    await (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : {});
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
    if (error instanceof driver/* ProviderError */.mZ) {
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
    return (0,p_retry/* default */.Ay)(call, {
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

// EXTERNAL MODULE: ./src/engine/steps.ts
var steps = __webpack_require__(4277);
// EXTERNAL MODULE: ./src/engine/wal.ts
var engine_wal = __webpack_require__(8002);
;// CONCATENATED MODULE: ./src/engine/executor.ts





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
    return (fn) => withRetry(fn, rt.retry, {
        sleep: rt.sleep,
        random: rt.random,
        clock: rt.clock,
        ...(signal ? { signal } : {}),
        onRetry: (attempt, delayMs, error) => rt.emit({ type: 'retry', key: node.key, step: node.step, attempt, delayMs, error: (0,engine_wal/* walError */.L2)(error) }),
    });
}
function contextOf(rt) {
    // Drivers get no abort signal: on cancellation, calls in flight finish so their outcome is known.
    return { resolve: (key) => rt.working.get(key), transaction: rt.tx };
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
        if (!(0,steps/* needsUndo */.Af)(task))
            return true;
        const { node } = task;
        const undo = (0,steps/* undoDescription */.Nt)(task);
        await rt.wal.append({ type: 'undo_intent', key: node.key, step: node.step, undo });
        rt.emit({ type: 'undo_start', key: node.key, step: node.step, undo });
        try {
            const result = await (0,steps/* undoStep */.Dh)(task, rt.drivers, ctx, caller(rt, node, undefined));
            if (result.kind === 'left') {
                await rt.wal.append({ type: 'undo_failed', key: node.key, step: node.step, error: { message: result.left.what } });
                left.push(result.left);
                setReport(reports, node, 'left');
                return false;
            }
            if (result.kind === 'kept')
                rt.kept.push({ key: node.key, step: node.step, what: result.what });
            await rt.wal.append({
                type: 'undone',
                key: node.key,
                step: node.step,
                ...(result.kind === 'undone' && result.physicalId !== undefined ? { physicalId: result.physicalId } : {}),
                ...(result.kind === 'kept' ? { kept: result.what } : {}),
            });
            if (task.outcome === 'done')
                setReport(reports, node, 'undone');
            rt.emit({ type: 'undone', key: node.key, step: node.step });
            return true;
        }
        catch (error) {
            const e = (0,engine_wal/* walError */.L2)(error);
            await rt.wal.append({ type: 'undo_failed', key: node.key, step: node.step, error: e });
            left.push((0,steps/* leftOf */.lC)(task, e));
            setReport(reports, node, 'left', e);
            rt.emit({ type: 'undo_failed', key: node.key, step: node.step, error: e });
            return false;
        }
    });
    for (const t of tasks) {
        if (started.has(t.node.id) || !(0,steps/* needsUndo */.Af)(t))
            continue;
        const l = (0,steps/* leftOf */.lC)(t, { message: 'not undone: something that depends on it could not be undone' });
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
function runtimeOf(options, wal) {
    return {
        drivers: options.drivers,
        wal,
        tx: wal.tx,
        concurrency: Math.max(1, Math.floor(options.concurrency ?? 8)),
        retry: options.retry ?? {},
        sleep: options.sleep ?? realSleep,
        random: options.random ?? Math.random,
        clock: options.clock ?? (() => performance.now()),
        now: options.now ?? (() => new Date()),
        emit: options.onEvent ?? (() => { }),
        working: new Map(options.state.resources),
        kept: [],
    };
}
/** Executes a plan as one write-ahead-logged transaction. */
async function execute(plan, options) {
    const nodes = (0,steps/* buildSteps */.aB)(plan);
    if (nodes.length === 0) {
        return { status: 'noop', steps: [], cancelled: false, left: [], state: options.state };
    }
    (0,steps/* assertDrivers */.ok)(plan, options.drivers);
    const now = options.now ?? (() => new Date());
    const tx = options.txId ?? (0,engine_wal/* newTransactionId */.y9)(now());
    let wal;
    try {
        wal = await engine_wal/* WalWriter */.u0.create(options.stateDir, tx, now);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`cannot start the write-ahead log in ${options.stateDir}: ${error.message}`, 'WAL_UNWRITABLE', 'nothing was changed; check that the state directory is writable');
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
        const before = (0,steps/* beforeOf */.v8)(node, options.state);
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
        if ((0,steps/* driverLooks */.z5)(node, rt.drivers) && !known.has(node.id)) {
            let first;
            stepCtx = { ...ctx, beforeCreate: (found) => (first ??= logIntent(found)) };
        }
        else {
            try {
                if (!known.has(node.id))
                    existing = await (0,steps/* readExisting */.Y7)(node, rt.drivers, ctx, caller(rt, node, signal));
                await logIntent(existing);
            }
            catch (error) {
                // The step never started: nothing changed, nothing to undo.
                return reportFailure((0,engine_wal/* walError */.L2)(error));
            }
        }
        let after;
        try {
            const result = await (0,steps/* runStep */.eg)(node, before, rt.drivers, stepCtx, rt.tx, rt.now().toISOString(), caller(rt, node, signal));
            if (!logged) {
                throw new Error(`the ${node.op.type} driver finished a create without reporting what it found first (see Driver.looksBeforeCreate)`);
            }
            after = result.after;
            outcomes.set(node.id, { node, outcome: 'done', before, after, ...(existing !== undefined ? { existing } : {}) });
            (0,steps/* applyStep */.pA)(rt.working, node.key, node.step, after);
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
                failure ??= { key: node.key, error: (0,engine_wal/* walError */.L2)(error) };
            }));
        }
        catch (error) {
            const e = (0,engine_wal/* walError */.L2)(error);
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
            throw new errors/* UserError */.yo(`transaction ${rt.tx} applied every change but the state could not be written: ${error.message}`, 'STATE_WRITE_FAILED', 'fix the cause (disk space, permissions), then run `dpn recover`: it writes the state and ends the transaction');
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
        ...(rt.kept.length ? { kept: rt.kept } : {}),
        state: options.state,
    };
}

;// CONCATENATED MODULE: ./src/engine/runs.ts
// Run history: one record per reconcile run. The default keeps history in Git
// (the WAL commits); the DynamoDB backend (src/backend/) stores it in a table.
/** The default: history lives in the Git log of the state branch. */
const NO_RUN_RECORDER = {
    async started() { },
    async finished() { },
};

// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/naming/clouds.ts
var naming_clouds = __webpack_require__(4);
;// CONCATENATED MODULE: ./src/plan/named-only.ts
// What a plan names but leaves alone: Azure and Google Cloud resources, which
// dpn names and checks but does not provision. Faces print one line for them
// instead of one per resource.

function namedOnlyResources(plan) {
    const operations = plan.operations.filter((op) => op.provisioned === false);
    const byCloud = {};
    for (const op of operations) {
        const cloud = (0,naming_clouds/* cloudOf */.hH)(op.type);
        byCloud[cloud] = (byCloud[cloud] ?? 0) + 1;
    }
    return { operations, byCloud };
}
/**
 * `dpn leaves 13 Azure/Google Cloud resources alone (named, not provisioned)`,
 * naming only the clouds present; undefined when the plan has none.
 */
function namedOnlyLine(plan) {
    const { operations, byCloud } = namedOnlyResources(plan);
    if (operations.length === 0)
        return undefined;
    const clouds = Object.keys(byCloud).sort().map((cloud) => naming_clouds/* CLOUD_LABELS */.sz[cloud]).join('/');
    return `dpn leaves ${operations.length} ${clouds} resource${operations.length === 1 ? '' : 's'} alone (named, not provisioned)`;
}

// EXTERNAL MODULE: ./src/plan/guard.ts
var guard = __webpack_require__(946);
// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/plan/serialize.ts
var serialize = __webpack_require__(6913);
// EXTERNAL MODULE: ./src/plan/retire-scope.ts
var retire_scope = __webpack_require__(177);
;// CONCATENATED MODULE: ./src/plan/index.ts
// Planning: diff desired resources against the state into a Plan, check it, save it.










// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
;// CONCATENATED MODULE: ./src/flows/reconcile.ts










async function productionDrivers(options) {
    if (options.drivers)
        return { drivers: options.drivers, close: () => { } };
    const registry = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3307));
    const drivers = registry.createDrivers(options.env ?? process.env);
    return { drivers, close: () => registry.closeDrivers(drivers) };
}
function refusedBy(problems) {
    return {
        code: 'PREFLIGHT',
        message: `cannot apply: ${problems.map((p) => (p.at ? `${p.at}: ${p.message}` : p.message)).join('; ')}`,
        hint: 'nothing was changed; fix these first (or narrow the blueprints with a `scope`)',
        problems,
    };
}
function massDeleteRefusal(check, face) {
    const what = check.over.map((f) => `${f.blueprint}: ${f.removing} of ${f.managed}`).join('; ');
    return {
        code: 'MASS_DELETE',
        message: `refused: the plan removes more than half of what a blueprint manages (${what})`,
        hint: face === 'action' ? 'set "allow-mass-delete: true" to confirm' : 'check the plan with --dry-run; if it is what you want, run again with --allow-mass-delete',
        problems: [],
    };
}
async function reconcileFlow(options) {
    const desired = await options.blueprints.load();
    const base = { status: 'invalid', desired, diagnostics: desired.diagnostics, stateFiles: [], persisted: [], lockLost: false };
    if (desired.diagnostics.some((d) => d.severity === 'error'))
        return base;
    const env = options.env ?? process.env;
    const { drivers, close } = await productionDrivers(options);
    try {
        return await underLock(options, async (open, lost) => {
            const result = { ...base, stateDir: open.stateDir };
            const unfinished = await (0,engine_wal/* unfinishedTransactions */.Vy)(open.stateDir);
            if (unfinished.length > 0)
                return { ...result, status: 'blocked', unfinished };
            const state = await (0,src_state/* loadState */.C7)(open.stateDir);
            const prune = options.mode !== 'create';
            // diff applies the run's policy itself, so its warnings and summary match the plan.
            const plan = (0,diff.diff)(desired.resources, state, {
                prune,
                ...(prune ? { blueprints: (0,retire_scope.retireScope)(options.blueprints, desired.files, state) } : {}),
                ...(options.deletionPolicy ? { deletionPolicy: options.deletionPolicy } : {}),
            });
            const massDelete = (0,guard/* checkMassDelete */.I)(plan, state);
            const namedOnly = namedOnlyLine(plan);
            const planned = { ...result, status: 'noop', plan, state, massDelete, ...(namedOnly ? { namedOnly } : {}) };
            const refusal = await reconcile_guard(plan, drivers, env, options.face);
            if (options.dryRun)
                return { ...planned, status: 'dry_run', ...(refusal ? { refusal } : massDelete.refused ? { refusal: massDeleteRefusal(massDelete, options.face) } : {}) };
            if (!(0,summary.hasChanges)(plan))
                return planned;
            if (massDelete.refused && !options.allowMassDelete)
                return { ...planned, status: 'refused', refusal: massDeleteRefusal(massDelete, options.face) };
            if (refusal)
                return { ...planned, status: 'refused', refusal };
            if (options.confirm && !(await options.confirm(plan, state)))
                return { ...planned, status: 'declined' };
            const record = runRecorder(options, desired.files, plan, env);
            await record.started();
            const done = await run(plan, state, drivers, open, lost, options);
            await record.finished(done.transaction);
            return { ...planned, ...done, status: done.transaction.status };
        });
    }
    finally {
        close();
    }
}
/** Drivers for every type, then preflight: what refuses a plan before its first side effect. */
async function reconcile_guard(plan, drivers, env, face) {
    try {
        (0,steps/* assertDrivers */.ok)(plan, drivers);
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        return { code: 'NO_DRIVER', message: error.message, hint: error.hint ?? '', problems: [] };
    }
    const problems = await preflight({ plan, drivers, env, face });
    return problems.length ? refusedBy(problems) : undefined;
}
/** Lock → open the newest state → fn → close (unless the lock is kept for an unpersisted WAL). */
async function underLock(options, fn) {
    let open;
    return withLock(options.lock, options.sink ?? {}, async ({ lost }) => {
        open = await options.workspace.open();
        try {
            return await fn(open, lost);
        }
        finally {
            if (!open.unpersisted())
                await open.close();
        }
    }, () => open?.unpersisted() === true);
}

/** Executes the plan with the begin record persisted before the first side effect, then persists the end. */
async function run(plan, state, drivers, open, lost, options) {
    const touched = (0,diff.touchedBlueprints)(plan);
    const persisted = [];
    let stateFiles = [];
    let tx;
    const keep = (sha) => {
        if (sha)
            persisted.push(sha);
    };
    const signal = options.signal ? AbortSignal.any([options.signal, lost]) : lost;
    let transaction;
    try {
        transaction = await execute(plan, {
            drivers,
            state,
            stateDir: open.stateDir,
            writeState: async (next) => {
                stateFiles = await (0,src_state/* writeState */.Jq)(open.stateDir, next, { blueprints: touched });
            },
            signal,
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
            ...(options.retry ? { retry: options.retry } : {}),
            ...(options.sleep ? { sleep: options.sleep } : {}),
            ...(options.sink?.event ? { onEvent: options.sink.event } : {}),
            ...(options.commit !== undefined ? { commit: options.commit } : {}),
            actor: options.actor ?? runner(options.env ?? process.env).holder,
            onBegin: async (info) => {
                tx = info.tx;
                // The evidence is where the next run reads it before anything changes on a platform.
                keep(await open.persist({ kind: 'begin', tx: info.tx }));
            },
        });
    }
    catch (error) {
        // The WAL could not be persisted at begin, or the engine broke: persist what it says, if anything.
        if (tx)
            await open.persist({ kind: 'error', tx }).then(keep, () => { });
        throw error;
    }
    if (transaction.tx)
        keep(await open.persist({ kind: 'end', tx: transaction.tx, status: transaction.status, summary: (0,summary.summaryLine)(plan.summary) }));
    return { transaction, stateFiles, persisted, lockLost: lost.aborted };
}
/** Run history is a record, not a gate: a failed write is a warning in every face. */
function runRecorder(options, files, plan, env) {
    const runs = options.runs ?? NO_RUN_RECORDER;
    const record = {
        runId: options.run?.id ?? `${Date.now()}-${process.pid}`,
        repository: options.run?.repository ?? env.GITHUB_REPOSITORY ?? 'local',
        // Run history wants a commit; outside Git there is none to name.
        commit: options.commit ?? env.GITHUB_SHA ?? 'none',
        blueprints: files,
        ...(0,summary.changeCounts)(plan.summary),
        status: 'running',
        startedAt: new Date().toISOString(),
        ...(options.run?.url ? { runUrl: options.run.url } : {}),
    };
    const warn = (e) => options.sink?.warn?.(`could not record the run in history: ${e.message}`);
    return {
        started: () => runs.started(record).catch(warn),
        finished: (t) => runs
            .finished({ ...record, status: t.status, endedAt: new Date().toISOString(), ...(t.tx ? { transactionId: t.tx } : {}) })
            .catch(warn),
    };
}
/** `dpn update` / `dpn delete` of one resource: the same lock, guards and transaction as reconcile. */
async function applyPlanFlow(options) {
    const env = options.env ?? process.env;
    const { drivers, close } = await productionDrivers(options);
    try {
        return await underLock(options, async (open, lost) => {
            const unfinished = await (0,engine_wal/* unfinishedTransactions */.Vy)(open.stateDir);
            if (unfinished.length > 0)
                return { status: 'blocked', unfinished, stateFiles: [], lockLost: false };
            const state = await (0,src_state/* loadState */.C7)(open.stateDir);
            const plan = options.build(state);
            const refusal = await reconcile_guard(plan, drivers, env, options.face);
            if (refusal)
                return { status: 'refused', plan, refusal, stateFiles: [], lockLost: false };
            const done = await run(plan, state, drivers, open, lost, options);
            return { status: done.transaction.status, plan, transaction: done.transaction, stateFiles: done.stateFiles, lockLost: done.lockLost };
        });
    }
    finally {
        close();
    }
}

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
        await wal.append({ type: 'recovery', strategy, actor: options.actor ?? actorOf() });
        const rt = runtimeOf({ ...options, state }, wal);
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
            const left = await compensate(tasks, rt);
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
        const transaction = await runTransaction(nodes, { ...options, state }, rt, done, known);
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
                    ? await withRetry(() => driver.read(target, ctx), options.retry ?? {}, { sleep: rt.sleep, random: rt.random, clock: rt.clock })
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

;// CONCATENATED MODULE: ./src/flows/recover.ts
// The recover flow, for every face: under the lock, pick the transaction
// without an end record (or the one named), let the engine probe and roll
// back or resume it, and persist the WAL and state where the next run reads them.






async function recoverFlow(options) {
    const { drivers, close } = await productionDrivers(options);
    try {
        return await underLock(options, async (open, lost) => {
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
                    actor: options.actor ?? runner(options.env ?? process.env).holder,
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



function lockView(info, nowMs, backend) {
    const { token: _token, ...shown } = info;
    const expired = Date.parse(info.expiresAt) <= nowMs;
    return { ...shown, expired, ...(!expired && backend?.isStale?.(info) ? { stale: true } : {}) };
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
        lock: info ? lockView(info, now(), lock?.backend) : null,
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
        const live = status.lock !== null && !status.lock.expired && status.lock.stale !== true;
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
    const { drivers, close } = await productionDrivers(options);
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












/***/ }),

/***/ 946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ checkMassDelete)
/* harmony export */ });
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4054);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9898);
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
        const blueprint = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeBlueprintPath */ .ek)(record.blueprint);
        managed.set(blueprint, (managed.get(blueprint) ?? 0) + 1);
    }
    const removing = new Map();
    for (const op of plan.operations) {
        if (!op.current || op.current.archived)
            continue;
        const deletesOld = op.action === 'replace' && op.current.deletionPolicy === 'delete';
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseOf */ .h)(op.action) !== 'retire' && !deletesOld)
            continue;
        const blueprint = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeBlueprintPath */ .ek)(op.current.blueprint);
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


/***/ }),

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coveredByPaths: () => (/* binding */ coveredByPaths),
/* harmony export */   retireScope: () => (/* binding */ retireScope)
/* harmony export */ });
/* unused harmony export coveredByGlobs */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4054);
// Which blueprint files' state records a run may retire: the files it loaded,
// and every file the state knows that the run's inputs cover (a deleted
// blueprint file retires its resources), and what "covers" means for each face:
// paths given on the command line, or the Action's globs. Pure.


function retireScope(source, loaded, state) {
    const out = new Set(loaded.map(_state_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek));
    const seen = new Set();
    // Thousands of records share a handful of blueprint paths: decide once per path.
    for (const r of state.resources.values()) {
        if (seen.has(r.blueprint))
            continue;
        seen.add(r.blueprint);
        if (source.covers(r.blueprint))
            out.add((0,_state_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek)(r.blueprint));
    }
    return [...out].sort();
}
/** The CLI's "covers": the file lies under one of the paths given (relative to `cwd`). */
function coveredByPaths(paths, cwd) {
    const roots = paths.map((p) => (0,_state_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, p)) || '.'));
    return (file) => {
        const f = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, file) : file);
        return roots.some((root) => root === '.' || f === root || f.startsWith(`${root}/`));
    };
}
/** The Action's "covers": the file matches one of the `blueprints` globs. */
function coveredByGlobs(globs) {
    return (file) => {
        const path = normalizeBlueprintPath(file);
        return globs.some((g) => matchesGlob(path, g));
    };
}


/***/ }),

/***/ 6913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ planToJSON)
/* harmony export */ });
/* unused harmony exports PLAN_FORMAT_VERSION, planFromJSON, parsePlan */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8256);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2960);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(967);
// A plan as a JSON value: saved by `dpn plan preview --out`, embedded in the
// WAL `begin` record, loaded again by apply and recover. Loading validates the
// whole shape and the DAG, so a hand-edited or truncated plan is a clear error
// instead of a half-applied transaction.





const PLAN_FORMAT_VERSION = 1;
const ACTIONS = (/* unused pure expression or super */ null && (['create', 'update', 'replace', 'archive', 'delete', 'retain', 'noop']));
const POLICIES = (/* unused pure expression or super */ null && (['archive', 'delete', 'retain']));
function planToJSON(plan, options = {}) {
    const operations = plan.operations.map((op) => {
        if (!options.compact || op.action !== 'noop')
            return op;
        const { desired: _desired, current: _current, ...rest } = op;
        return rest;
    });
    const out = { version: PLAN_FORMAT_VERSION, summary: (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__.summarize)(plan), operations };
    if (plan.warnings && plan.warnings.length > 0)
        out.warnings = plan.warnings;
    // A JSON round trip drops undefined fields and shares nothing with the live plan.
    return JSON.parse(JSON.stringify(out));
}
/** `source` names where the plan came from (a file path) in error messages. */
function planFromJSON(value, source = 'plan') {
    const fail = (path, detail) => {
        throw new UserError(`${source}: ${path}: ${detail}`, 'PLAN_INVALID', 'produce the plan again with `dpn plan preview`');
    };
    const obj = expectObject(value, 'plan', fail);
    if (obj['version'] !== PLAN_FORMAT_VERSION) {
        fail('version', `unknown plan format ${JSON.stringify(obj['version'] ?? null)}; this dpn reads ${PLAN_FORMAT_VERSION}`);
    }
    if (!Array.isArray(obj['operations']))
        fail('operations', 'must be a list');
    const operations = [];
    const seen = new Set();
    obj['operations'].forEach((raw, i) => {
        const path = `operations[${i}]`;
        const op = readOperation(raw, path, fail);
        if (seen.has(op.key))
            fail(`${path}.key`, `duplicate operation for ${op.key}`);
        seen.add(op.key);
        operations.push(op);
    });
    operations.forEach((op, i) => {
        for (const dep of [...op.dependsOn, ...(op.retireDependsOn ?? [])]) {
            if (!seen.has(dep))
                fail(`operations[${i}].dependsOn`, `names ${dep}, which has no operation in the plan`);
        }
    });
    const plan = { operations, summary: summarize(operations) };
    const given = obj['summary'];
    if (given !== undefined) {
        const summary = expectObject(given, 'summary', fail);
        for (const action of ACTIONS) {
            if (summary[action] !== plan.summary[action]) {
                fail(`summary.${action}`, `says ${JSON.stringify(summary[action] ?? null)} but the plan has ${plan.summary[action]}`);
            }
        }
    }
    if (obj['warnings'] !== undefined) {
        if (!Array.isArray(obj['warnings']))
            fail('warnings', 'must be a list');
        plan.warnings = obj['warnings'].map((raw, i) => {
            const w = expectObject(raw, `warnings[${i}]`, fail);
            for (const field of ['code', 'key', 'message']) {
                if (typeof w[field] !== 'string')
                    fail(`warnings[${i}].${field}`, 'must be a string');
            }
            return { code: w['code'], key: w['key'], message: w['message'] };
        });
    }
    // Both phases must be acyclic; executionSteps sorts them and throws on a cycle.
    topological(operations, (op) => op.dependsOn, 'apply');
    executionSteps(plan);
    return plan;
}
/** Parses the text of a saved plan (`dpn plan preview --format json --out FILE`). */
function parsePlan(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new UserError(`${source}: not valid JSON (${error.message})`, 'PLAN_INVALID');
    }
    return planFromJSON(value, source);
}
function readOperation(raw, path, fail) {
    const o = expectObject(raw, path, fail);
    for (const field of ['key', 'name', 'fullName', 'blueprint']) {
        if (typeof o[field] !== 'string' || o[field] === '')
            fail(`${path}.${field}`, 'must be a non-empty string');
    }
    const action = o['action'];
    if (typeof action !== 'string' || !ACTIONS.includes(action)) {
        fail(`${path}.action`, `must be one of ${ACTIONS.join(', ')}`);
    }
    if (typeof o['type'] !== 'string' || !isResourceType(o['type']))
        fail(`${path}.type`, 'unknown resource type');
    const changes = o['changes'];
    if (!Array.isArray(changes))
        fail(`${path}.changes`, 'must be a list');
    changes.forEach((c, j) => {
        const change = expectObject(c, `${path}.changes[${j}]`, fail);
        if (typeof change['path'] !== 'string')
            fail(`${path}.changes[${j}].path`, 'must be a string');
    });
    expectKeys(o['dependsOn'], `${path}.dependsOn`, fail);
    if (o['retireDependsOn'] !== undefined)
        expectKeys(o['retireDependsOn'], `${path}.retireDependsOn`, fail);
    for (const flag of ['stateOnly']) {
        if (o[flag] !== undefined && typeof o[flag] !== 'boolean')
            fail(`${path}.${flag}`, 'must be true or false');
    }
    if (o['movedFrom'] !== undefined && typeof o['movedFrom'] !== 'string')
        fail(`${path}.movedFrom`, 'must be a string');
    if (o['provisioned'] !== undefined) {
        if (o['provisioned'] !== false)
            fail(`${path}.provisioned`, 'must be false when present (a resource dpn names but does not provision)');
        if (action !== 'noop')
            fail(`${path}.action`, 'a resource dpn does not provision is always a noop');
    }
    const needsDesired = action === 'create' || action === 'update' || action === 'replace';
    const needsCurrent = action !== 'create' && action !== 'noop';
    if (o['desired'] !== undefined)
        readSpec(o['desired'], `${path}.desired`, o['key'], fail);
    else if (needsDesired)
        fail(`${path}.desired`, `a ${String(action)} needs the desired resource`);
    if (o['current'] !== undefined)
        readRecord(o['current'], `${path}.current`, o['key'], fail);
    else if (needsCurrent)
        fail(`${path}.current`, `a ${String(action)} needs the recorded resource`);
    if (action === 'create' && o['current'] !== undefined)
        fail(`${path}.current`, 'a create has no recorded resource');
    return o;
}
function readSpec(raw, path, key, fail) {
    const s = expectObject(raw, path, fail);
    if (s['key'] !== key)
        fail(`${path}.key`, `must equal the operation key ${key}`);
    for (const field of ['name', 'fullName', 'blueprint']) {
        if (typeof s[field] !== 'string')
            fail(`${path}.${field}`, 'must be a string');
    }
    if (typeof s['type'] !== 'string' || !isResourceType(s['type']))
        fail(`${path}.type`, 'unknown resource type');
    const location = expectObject(s['location'], `${path}.location`, fail);
    if (typeof location['file'] !== 'string' || typeof location['line'] !== 'number' || typeof location['column'] !== 'number') {
        fail(`${path}.location`, 'must be {file, line, column}');
    }
    expectKeys(s['dependsOn'], `${path}.dependsOn`, fail);
    readCommon(s, path, fail);
}
function readRecord(raw, path, key, fail) {
    const r = expectObject(raw, path, fail);
    if (r['key'] !== key)
        fail(`${path}.key`, `must equal the operation key ${key}`);
    for (const field of ['name', 'fullName', 'blueprint', 'appliedAt', 'transaction']) {
        if (typeof r[field] !== 'string')
            fail(`${path}.${field}`, 'must be a string');
    }
    if (typeof r['type'] !== 'string' || !isResourceType(r['type']))
        fail(`${path}.type`, 'unknown resource type');
    if (r['dependsOn'] !== undefined)
        expectKeys(r['dependsOn'], `${path}.dependsOn`, fail);
    readCommon(r, path, fail);
}
function readCommon(o, path, fail) {
    expectObject(o['params'], `${path}.params`, fail);
    const tags = expectObject(o['tags'], `${path}.tags`, fail);
    for (const [k, v] of Object.entries(tags))
        if (typeof v !== 'string')
            fail(`${path}.tags.${k}`, 'must be a string');
    if (typeof o['deletionPolicy'] !== 'string' || !POLICIES.includes(o['deletionPolicy'])) {
        fail(`${path}.deletionPolicy`, 'must be archive, delete or retain');
    }
}
function expectObject(value, path, fail) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail(path, 'must be an object');
    return value;
}
function expectKeys(value, path, fail) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        fail(path, 'must be a list of resource keys');
}


/***/ }),

/***/ 2960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ executionSteps),
/* harmony export */   a$: () => (/* binding */ RETIRE_SUFFIX)
/* harmony export */ });
/* unused harmony export retireStepId */
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8256);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9898);
// The plan as the engine schedules it: one step per platform call, edges
// between step ids. A replace is two steps — create under the new name (apply
// phase), retire the old resource (retire phase) — so every step does one thing.


const RETIRE_SUFFIX = '#retire';
/** Id of the step that retires `key` (the old half of a replace, or a removal). */
function retireStepId(plan, key) {
    const op = plan.operations.find((o) => o.key === key);
    return op?.action === 'replace' ? `${key}${RETIRE_SUFFIX}` : key;
}
/** Steps in topological order, ties by id: apply steps, then retire steps; noops left out. */
function executionSteps(plan) {
    const replaced = new Set(plan.operations.filter((o) => o.action === 'replace').map((o) => o.key));
    const retireId = (key) => (replaced.has(key) ? `${key}${RETIRE_SUFFIX}` : key);
    const apply = [];
    const retire = [];
    for (const op of plan.operations) {
        if (op.action === 'noop')
            continue;
        if (op.action === 'replace') {
            apply.push({ id: op.key, key: op.key, phase: 'apply', action: 'create', dependsOn: [...op.dependsOn] });
            retire.push({
                id: `${op.key}${RETIRE_SUFFIX}`,
                key: op.key,
                phase: 'retire',
                action: op.current?.deletionPolicy ?? 'archive',
                dependsOn: (op.retireDependsOn ?? []).map(retireId),
            });
        }
        else if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseOf */ .h)(op.action) === 'apply') {
            apply.push({ id: op.key, key: op.key, phase: 'apply', action: op.action, dependsOn: [...op.dependsOn] });
        }
        else {
            retire.push({ id: op.key, key: op.key, phase: 'retire', action: op.action, dependsOn: op.dependsOn.map(retireId) });
        }
    }
    // Replace retire steps interleave with removals, so the retire phase is re-sorted.
    const sorted = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__.topological)(retire.map((step) => ({ key: step.id, step })), (node) => node.step.dependsOn, 'retire').map((node) => node.step);
    return [...apply, ...sorted];
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mZ: () => (/* binding */ ProviderError)
/* harmony export */ });
/* unused harmony exports CAPABILITY_NAMES, capabilitiesOf */
/** Every capability's name; the check below fails to compile when one is missing. */
const CAPABILITY_NAMES = (/* unused pure expression or super */ null && (['looksBeforeCreate']));
const everyCapabilityListed = true;
void everyCapabilityListed;
/** The capabilities `driver` declares, each as true or false. */
function capabilitiesOf(driver) {
    return Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, driver[name] === true]));
}
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AWS_TYPES: () => (/* binding */ AWS_TYPES),
/* harmony export */   DATABRICKS_TYPES: () => (/* binding */ DATABRICKS_TYPES),
/* harmony export */   DRIVER_CAPABILITIES: () => (/* binding */ DRIVER_CAPABILITIES),
/* harmony export */   PROVISIONED_TYPES: () => (/* binding */ PROVISIONED_TYPES),
/* harmony export */   UNSUPPORTED: () => (/* binding */ UNSUPPORTED),
/* harmony export */   closeDrivers: () => (/* binding */ closeDrivers),
/* harmony export */   configurationProblems: () => (/* binding */ configurationProblems),
/* harmony export */   createDrivers: () => (/* binding */ createDrivers),
/* harmony export */   isBuiltFromEnvironment: () => (/* binding */ isBuiltFromEnvironment),
/* harmony export */   isProvisioned: () => (/* binding */ isProvisioned)
/* harmony export */ });
/* harmony import */ var _driver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4106);

const AWS_TYPES = ['aws_s3_bucket', 'aws_glue_database', 'aws_glue_table'];
const DATABRICKS_TYPES = ['dbx_cluster', 'dbx_job', 'dbx_catalog', 'dbx_schema', 'dbx_table'];
/**
 * What each driver declares (Driver's capability flags), known here without
 * loading its module so the lazy drivers can carry them from the start. A test
 * compares this table with the real drivers.
 */
const DRIVER_CAPABILITIES = {
    aws_s3_bucket: { looksBeforeCreate: true },
    aws_glue_database: { looksBeforeCreate: true },
    aws_glue_table: { looksBeforeCreate: true },
    dbx_cluster: { looksBeforeCreate: true },
    dbx_job: { looksBeforeCreate: true },
    dbx_catalog: { looksBeforeCreate: false },
    dbx_schema: { looksBeforeCreate: false },
    dbx_table: { looksBeforeCreate: true },
};
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
            throw new _driver_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(`no driver for ${type}`, 'invalid', { code: UNSUPPORTED });
        return driver;
    };
    return {
        type,
        ...DRIVER_CAPABILITIES[type],
        read: async (ref, ctx) => (await real()).read(ref, ctx),
        create: async (spec, ctx) => (await real()).create(spec, ctx),
        update: async (spec, current, ctx) => (await real()).update(spec, current, ctx),
        delete: async (ref, ctx) => (await real()).delete(ref, ctx),
        archive: async (ref, ctx) => (await real()).archive(ref, ctx),
        unarchive: async (ref, ctx) => {
            const driver = await real();
            if (!driver.unarchive)
                throw new _driver_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(`${type} cannot be unarchived by dpn`, 'invalid', { code: UNSUPPORTED });
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
    const loadAws = () => (aws ??= Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(114), __webpack_require__.e(228), __webpack_require__.e(363)]).then(__webpack_require__.bind(__webpack_require__, 4363)).then((m) => m.createAwsDrivers({
        env,
        ...(options.forceDelete !== undefined ? { forceDelete: options.forceDelete } : {}),
        ...(timeout !== undefined ? { requestTimeoutMs: timeout } : {}),
    })));
    const loadDatabricks = () => (databricks ??= Promise.all(/* import() */[__webpack_require__.e(13), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 6965)).then((m) => m.createDatabricksDrivers({ env, ...(timeout !== undefined ? { client: { timeoutMs: timeout } } : {}) })));
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
/** Whether `registry` came from createDrivers() (so its configuration is the environment's). */
function isBuiltFromEnvironment(registry) {
    return environments.has(registry);
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
    const tables = databricks.filter((w) => w.type === 'dbx_table');
    if (tables.length > 0 && !env.DATABRICKS_WAREHOUSE_ID?.trim()) {
        const more = tables.length > 1 ? ` and ${tables.length - 1} more` : '';
        problems.push(`DATABRICKS_WAREHOUSE_ID is not set: Unity Catalog tables are created through a SQL warehouse (needed for dbx_table ${tables[0].name}${more})`);
    }
    return problems;
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


/***/ }),

/***/ 2120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   qq: () => (/* binding */ StateError),
/* harmony export */   sU: () => (/* binding */ serializeState)
/* harmony export */ });
/* unused harmony exports STATE_VERSION, sortDeep */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _naming_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8173);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4054);
// The state document of one blueprint and its stable serialisation. Pure: text
// in, records out; the store (store.ts) does the file system.
//
//   {
//     "blueprint": "blueprints/dev.json",
//     "resources": {
//       "<key>": { "appliedAt": …, "deletionPolicy": …, "fullName": …, "name": …,
//                  "params": {…}, "tags": {…}, "transaction": …, "type": … }
//     },
//     "version": 1
//   }
//
// Every object's keys are sorted (so resources are ordered by key), indentation
// is two spaces and the file ends with a newline: changing one resource changes
// only its own lines. A record does not repeat its key or blueprint (the
// document holds them); `archived` is written only when true and `physicalId` /
// `dependsOn` only when present, so they add lines only where they mean something.
// Fields this version does not know are kept as they are, so an additive change
// to StateResource survives a round trip through an older reader.



const STATE_VERSION = 1;
/** Thrown for a state file that cannot be trusted; names the file and, where known, the line. */
class StateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    file;
    line;
    constructor(file, line, detail, code = 'STATE_CORRUPT') {
        super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`, code, `the state is committed to git: inspect it with \`git log -p -- ${file}\` and restore the last good version; dpn never treats unreadable state as empty`);
        this.file = file;
        this.line = line;
        this.name = 'StateError';
    }
}
const KNOWN_POLICIES = new Set(['archive', 'delete', 'retain']);
/** Fields every record has in the file; `key` and `blueprint` come from the document. */
const OMITTED = new Set(['key', 'blueprint']);
function serializeState(blueprint, resources) {
    const records = new Map();
    for (const resource of resources) {
        if (records.has(resource.key)) {
            throw new Error(`state of ${blueprint}: resource ${resource.key} given twice`);
        }
        records.set(resource.key, toRecord(resource));
    }
    const document = {
        version: STATE_VERSION,
        blueprint: (0,_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek)(blueprint),
        resources: Object.fromEntries(records),
    };
    return JSON.stringify(sortDeep(document), null, 2) + '\n';
}
function parseState(text, file) {
    let raw;
    // An editor on Windows may add a byte-order mark; it is not a reason to refuse the state.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        throw new StateError(file, lineOfParseError(text, message), `not valid JSON (${message})`);
    }
    if (!isPlainObject(raw))
        throw new StateError(file, 1, 'a state file must hold a JSON object');
    if (raw['version'] !== STATE_VERSION) {
        throw new StateError(file, lineOf(text, '"version"'), `unknown state version ${JSON.stringify(raw['version'] ?? null)}; this dpn reads version ${STATE_VERSION}` +
            (typeof raw['version'] === 'number' && raw['version'] > STATE_VERSION ? ' (written by a newer dpn: upgrade dpn)' : ''), 'STATE_VERSION');
    }
    for (const field of Object.keys(raw)) {
        if (field !== 'version' && field !== 'blueprint' && field !== 'resources') {
            throw new StateError(file, lineOf(text, JSON.stringify(field)), `unknown top-level field "${field}"`);
        }
    }
    const blueprint = raw['blueprint'];
    if (typeof blueprint !== 'string' || blueprint === '') {
        throw new StateError(file, lineOf(text, '"blueprint"'), '"blueprint" must be a non-empty string');
    }
    const resources = raw['resources'];
    if (!isPlainObject(resources)) {
        throw new StateError(file, lineOf(text, '"resources"'), '"resources" must be an object keyed by resource key');
    }
    const out = [];
    for (const [key, record] of Object.entries(resources)) {
        // The line is looked up only on failure: scanning for every record would make loading quadratic.
        const fail = (detail) => {
            throw new StateError(file, lineOf(text, `${JSON.stringify(key)}:`), `resource ${JSON.stringify(key)}: ${detail}`);
        };
        if (!isPlainObject(record))
            fail('must be an object');
        const r = record;
        const type = r['type'];
        if (typeof type !== 'string' || !(0,_naming_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isResourceType */ .V)(type))
            fail(`unknown type ${JSON.stringify(type ?? null)}`);
        for (const field of ['name', 'fullName', 'appliedAt', 'transaction']) {
            if (typeof r[field] !== 'string')
                fail(`"${field}" must be a string`);
        }
        if (!isPlainObject(r['params']))
            fail('"params" must be an object');
        const tags = r['tags'];
        if (!isPlainObject(tags) || Object.values(tags).some((v) => typeof v !== 'string')) {
            fail('"tags" must be an object of strings');
        }
        if (typeof r['deletionPolicy'] !== 'string' || !KNOWN_POLICIES.has(r['deletionPolicy'])) {
            fail('"deletionPolicy" must be archive, delete or retain');
        }
        if (r['physicalId'] !== undefined && typeof r['physicalId'] !== 'string')
            fail('"physicalId" must be a string');
        if (r['archived'] !== undefined && typeof r['archived'] !== 'boolean')
            fail('"archived" must be true or false');
        const deps = r['dependsOn'];
        if (deps !== undefined && (!Array.isArray(deps) || deps.some((d) => typeof d !== 'string'))) {
            fail('"dependsOn" must be a list of resource keys');
        }
        for (const field of OMITTED) {
            if (Object.hasOwn(r, field))
                fail(`"${field}" does not belong in a record (the document holds it)`);
        }
        out.push({ ...r, key, blueprint });
    }
    return { blueprint, resources: out };
}
function toRecord(resource) {
    const record = [];
    for (const [field, value] of Object.entries(resource)) {
        if (OMITTED.has(field) || value === undefined)
            continue;
        if (field === 'archived' && value !== true)
            continue;
        if (field === 'dependsOn') {
            const deps = [...new Set(value)].sort();
            if (deps.length > 0)
                record.push([field, deps]);
            continue;
        }
        record.push([field, value]);
    }
    return Object.fromEntries(record);
}
/** Objects get sorted keys (code-unit order, locale-independent); arrays keep their order. */
function sortDeep(value) {
    if (Array.isArray(value))
        return value.map(sortDeep);
    if (isPlainObject(value)) {
        // fromEntries defines own properties, so a key like "__proto__" stays data.
        return Object.fromEntries(Object.keys(value)
            .sort()
            .filter((key) => value[key] !== undefined)
            .map((key) => [key, sortDeep(value[key])]));
    }
    return value;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function lineOf(text, needle) {
    const index = text.indexOf(needle);
    return index < 0 ? undefined : lineAt(text, index);
}
function lineAt(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
function lineOfParseError(text, message) {
    const explicit = /line (\d+)/.exec(message);
    if (explicit?.[1])
        return Number(explicit[1]);
    const position = /position (\d+)/.exec(message);
    if (position?.[1])
        return lineAt(text, Number(position[1]));
    if (/end of JSON input/i.test(message))
        return lineAt(text, text.length);
    return undefined;
}


/***/ }),

/***/ 2341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* reexport safe */ _store_js__WEBPACK_IMPORTED_MODULE_2__.loadState),
/* harmony export */   Jq: () => (/* reexport safe */ _store_js__WEBPACK_IMPORTED_MODULE_2__.writeState),
/* harmony export */   ek: () => (/* reexport safe */ _path_js__WEBPACK_IMPORTED_MODULE_1__.ek)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2120);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4054);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6992);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(388);






/***/ }),

/***/ 388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ archivedRecord),
/* harmony export */   v: () => (/* binding */ recordFromSpec)
/* harmony export */ });
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4054);

/** The record of a resource just created or updated from `spec`. */
function recordFromSpec(spec, applied) {
    const record = {
        key: spec.key,
        type: spec.type,
        name: spec.name,
        fullName: spec.fullName,
        blueprint: (0,_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeBlueprintPath */ .ek)(spec.blueprint),
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


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_STATE_DIR: () => (/* binding */ DEFAULT_STATE_DIR),
/* harmony export */   emptyState: () => (/* binding */ emptyState),
/* harmony export */   loadState: () => (/* binding */ loadState),
/* harmony export */   readStateFiles: () => (/* binding */ readStateFiles),
/* harmony export */   writeAtomically: () => (/* binding */ writeAtomically),
/* harmony export */   writeState: () => (/* binding */ writeState)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2120);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4054);
// The state store in the repository's working tree: reads every state file
// under `<state-dir>/state/`, writes the files of the blueprints a transaction
// touched, atomically (temp file, fsync, rename), and removes the files of
// blueprints that no longer hold resources. Committing them is the caller's job.





const DEFAULT_STATE_DIR = '.dpn';
function emptyState() {
    return { resources: new Map() };
}
/** Every state file under `<state-dir>/state/`, sorted by path. A missing directory holds none. */
async function readStateFiles(stateDir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, _path_js__WEBPACK_IMPORTED_MODULE_4__.STATE_SUBDIR);
    let rootStat;
    try {
        rootStat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(root);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    if (!rootStat.isDirectory())
        throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(root, undefined, 'the state location is not a directory');
    const files = [];
    for (const path of (await listJsonFiles(root)).sort()) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        const document = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseState */ .Bu)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), path);
        const expected = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .blueprintOfStateFile */ .Gc)(rel);
        if (expected === null || (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeBlueprintPath */ .ek)(document.blueprint) !== expected) {
            throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(path, undefined, `holds the state of blueprint "${document.blueprint}", but its path belongs to ` +
                (expected === null ? 'no blueprint' : `"${expected}"`) +
                `; the state of "${document.blueprint}" lives in ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .stateFileFor */ .XI)(document.blueprint))}`, 'STATE_MISPLACED');
        }
        files.push({ file: path, blueprint: expected, resources: document.resources });
    }
    return files;
}
/**
 * The whole state: every resource of every blueprint file. Corrupt JSON, an
 * unknown version, a misplaced file or a key held by two files is a StateError
 * naming the file; a missing state directory is an empty state.
 */
async function loadState(stateDir = DEFAULT_STATE_DIR) {
    const state = emptyState();
    const owner = new Map();
    for (const { file, resources } of await readStateFiles(stateDir)) {
        for (const resource of resources) {
            const previous = owner.get(resource.key);
            if (previous !== undefined) {
                throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(file, undefined, `resource ${resource.key} is also recorded in ${previous}; a resource belongs to one blueprint — remove the stale record`, 'STATE_DUPLICATE');
            }
            owner.set(resource.key, file);
            state.resources.set(resource.key, resource);
        }
    }
    return state;
}
/**
 * Writes the state files of the given blueprints: a file per blueprint that
 * holds resources, no file for one that holds none. Unchanged files are not
 * rewritten. Returns the paths written or removed (`<state-dir>/state/…`), for
 * `git add`.
 */
async function writeState(stateDir, state, options = {}) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, _path_js__WEBPACK_IMPORTED_MODULE_4__.STATE_SUBDIR);
    const byBlueprint = new Map();
    for (const resource of state.resources.values()) {
        const blueprint = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeBlueprintPath */ .ek)(resource.blueprint);
        const group = byBlueprint.get(blueprint);
        if (group)
            group.push(resource);
        else
            byBlueprint.set(blueprint, [resource]);
    }
    const targets = new Set();
    if (options.blueprints) {
        for (const blueprint of options.blueprints)
            targets.add((0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeBlueprintPath */ .ek)(blueprint));
    }
    else {
        for (const blueprint of byBlueprint.keys())
            targets.add(blueprint);
        for (const path of (await listJsonFiles(root).catch(ignoreMissing)) ?? []) {
            const blueprint = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .blueprintOfStateFile */ .Gc)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
            if (blueprint !== null)
                targets.add(blueprint);
        }
    }
    const changed = [];
    for (const blueprint of [...targets].sort()) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...(0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .stateFileFor */ .XI)(blueprint).split('/'));
        const resources = byBlueprint.get(blueprint) ?? [];
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch(ignoreMissing);
        if (resources.length === 0) {
            if (existing === undefined)
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path);
            await removeEmptyParents((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), root);
            changed.push(path);
            continue;
        }
        const text = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeState */ .sU)(blueprint, resources.sort((a, b) => compareKeys(a.key, b.key)));
        if (existing === text)
            continue;
        await writeAtomically(path, text);
        changed.push(path);
    }
    return changed;
}
/** Writes `text` to `path` through a temp file and a rename: readers see the old file or the new one, never a part. */
async function writeAtomically(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    // A temp file beside the target keeps the rename on one file system; `.tmp`
    // names are never read as state, so a crash leaves harmless litter at worst.
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
    try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
async function listJsonFiles(dir) {
    const out = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await listJsonFiles(path)));
        else if (entry.isFile() && entry.name.endsWith('.json'))
            out.push(path);
        // Skipping a link would silently drop the state behind it.
        else if (entry.isSymbolicLink()) {
            throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(path, undefined, 'is a symbolic link; state files and folders must be real ones', 'STATE_LINK');
        }
    }
    return out;
}
async function removeEmptyParents(dir, root) {
    let current = dir;
    while (current !== root && current.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(current);
        }
        catch {
            return;
        }
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current);
    }
}
function ignoreMissing(error) {
    if (error.code === 'ENOENT')
        return undefined;
    throw error;
}
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
