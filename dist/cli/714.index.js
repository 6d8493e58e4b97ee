export const id = 714;
export const ids = [714,995];
export const modules = {

/***/ 714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMON_USAGE: () => (/* binding */ COMMON_USAGE),
  LOCK_OPTIONS: () => (/* binding */ LOCK_OPTIONS),
  NAMING_OPTIONS: () => (/* binding */ NAMING_OPTIONS),
  STATE_OPTIONS: () => (/* binding */ STATE_OPTIONS),
  backendsOf: () => (/* binding */ backendsOf),
  cancellation: () => (/* binding */ cancellation),
  createCommand: () => (/* binding */ createCommand),
  headCommit: () => (/* binding */ headCommit),
  positiveInt: () => (/* binding */ positiveInt),
  printDiagnostics: () => (/* binding */ printDiagnostics),
  progress: () => (/* binding */ progress),
  reconcileCommand: () => (/* binding */ reconcileCommand),
  stateDirOf: () => (/* binding */ stateDirOf),
  transactionSummary: () => (/* binding */ transactionSummary)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/overrides.ts
var config_overrides = __webpack_require__(423);
// EXTERNAL MODULE: ./src/engine/local-lock.ts
var local_lock = __webpack_require__(9625);
// EXTERNAL MODULE: ./src/engine/reconcile.ts + 6 modules
var reconcile = __webpack_require__(686);
// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/plan-format.ts
const SYMBOL = {
    create: '+',
    update: '~',
    replace: '-/+',
    archive: '⌫',
    delete: '-',
    retain: '=',
    noop: ' ',
};
/** A value for one line: JSON, cut to `max` characters. */
function formatValue(value, max = 60) {
    if (value === undefined)
        return '(none)';
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** `params.versioning: true → false`, `tags.Team: (none) → "data"`. */
function formatChange(change, max = 60) {
    return `${change.path}: ${formatValue(change.before, max)} → ${formatValue(change.after, max)}`;
}
/** The name line of an operation: a replace shows both names. */
function describeName(op) {
    if (op.action === 'replace' && op.current)
        return `${op.current.fullName} → ${op.fullName}`;
    return op.fullName;
}
/** Short notes shown beside an operation. */
function notes(op) {
    const out = [];
    if (op.action === 'replace') {
        const policy = op.current?.deletionPolicy ?? 'archive';
        out.push(`renamed: new one created, old one ${policy === 'delete' ? 'deleted' : policy === 'retain' ? 'retained' : 'archived'}`);
    }
    if (op.movedFrom)
        out.push(`moved from ${op.movedFrom}`);
    if (op.stateOnly)
        out.push('state only');
    if (op.action === 'update' && op.changes.some((c) => c.path === 'archived'))
        out.push('unarchives');
    if (op.action === 'retain')
        out.push('kept on the platform, no longer managed');
    return out;
}
/** Changes worth listing: for a replace the rename is already in the name column. */
function listedChanges(op) {
    if (op.action === 'replace')
        return op.changes.filter((c) => c.path !== 'name' && c.path !== 'fullName');
    return op.changes;
}

;// CONCATENATED MODULE: ./src/render/plan-table.ts
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
            lines.push(`${lines.length > 0 ? '\n' : ''}${(0,render_escape/* escapeTerminal */.en)(blueprint)}`);
        for (const op of ops) {
            const head = `${SYMBOL[op.action].padStart(3)} ${op.action.padEnd(7)}`;
            const extra = notes(op);
            lines.push(`${paint(op.action, head)}  ${op.type.padEnd(typeWidth)}  ${(0,render_escape/* escapeTerminal */.en)(describeName(op))}` +
                (extra.length > 0 ? `  (${(0,render_escape/* escapeTerminal */.en)(extra.join('; '))})` : ''));
            const changes = listedChanges(op);
            for (const change of changes.slice(0, maxChanges))
                lines.push(`          ${(0,render_escape/* escapeTerminal */.en)(formatChange(change))}`);
            if (changes.length > maxChanges)
                lines.push(`          …and ${changes.length - maxChanges} more`);
        }
    }
    if (lines.length > 0)
        lines.push('');
    for (const warning of plan.warnings ?? [])
        lines.push(`${paint('replace', '  !')} ${(0,render_escape/* escapeTerminal */.en)(warning.message)}`);
    if ((plan.warnings ?? []).length > 0)
        lines.push('');
    lines.push(`Plan: ${(0,summary.summaryLine)(plan.summary)}.`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/plan/serialize.ts
var serialize = __webpack_require__(6913);
// EXTERNAL MODULE: ./src/providers/registry.ts
var registry = __webpack_require__(3307);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/apply.ts
// `dpn create` and `dpn reconcile`: apply blueprints through the engine, with a
// progress display on stderr (an updating line on a terminal, one line per
// operation otherwise) and a summary of what changed on stdout. Also the
// pieces the other engine commands share: state dir, lock backend, signals.











const STATE_OPTIONS = {
    'state-dir': { type: 'string' },
};
const LOCK_OPTIONS = {
    'lock-backend': { type: 'string' },
    'lock-table-prefix': { type: 'string' },
    'lock-wait': { type: 'string' },
};
const NAMING_OPTIONS = {
    'values-config': { type: 'string' },
    'patterns-config': { type: 'string' },
    override: { type: 'string', multiple: true },
};
const COMMON_USAGE = '  --state-dir DIR          state, WAL and lock live here (default .dpn)\n' +
    '  --lock-backend local|dynamodb, --lock-table-prefix PREFIX, --lock-wait SECONDS\n';
function stateDirOf(args, io) {
    const dir = args.values['state-dir'];
    if (dir !== undefined && (typeof dir !== 'string' || dir.trim() === ''))
        throw new errors/* UsageError */.eb('--state-dir needs a directory');
    return (0,reconcile/* resolveStateDir */.JT)(io.cwd, dir ?? '.dpn');
}
function positiveInt(args, name, fallback, max = 256) {
    const raw = args.values[name];
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max)
        throw new errors/* UsageError */.eb(`--${name} must be a whole number from 1 to ${max}, got "${String(raw)}"`);
    return n;
}
/** `--lock-backend local|dynamodb`: the DynamoDB backend (and its SDK) is loaded only when chosen. */
async function backendsOf(args, io, stateDir) {
    const kind = args.values['lock-backend'] ?? io.env.DPN_LOCK_BACKEND ?? 'local';
    const waitRaw = args.values['lock-wait'];
    const waitSeconds = waitRaw === undefined ? 0 : Number(waitRaw);
    if (!Number.isFinite(waitSeconds) || waitSeconds < 0)
        throw new errors/* UsageError */.eb(`--lock-wait must be a number of seconds, got "${String(waitRaw)}"`);
    const waitMs = Math.round(waitSeconds * 1000);
    if (kind === 'local') {
        if (args.values['lock-table-prefix'] !== undefined)
            throw new errors/* UsageError */.eb('--lock-table-prefix goes with --lock-backend dynamodb');
        const backend = new local_lock/* LocalLockBackend */.X(stateDir);
        return { lock: { backend, waitMs } };
    }
    if (kind === 'dynamodb') {
        const prefix = args.values['lock-table-prefix'] ?? io.env.DPN_LOCK_TABLE_PREFIX;
        if (!prefix)
            throw new errors/* UsageError */.eb('--lock-backend dynamodb needs --lock-table-prefix PREFIX', 'the tables are PREFIX-locks and PREFIX-runs; create them with `dpn backend init`');
        const dynamo = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(907), __webpack_require__.e(728), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 9099));
        return {
            // The engine's withLock renews the lease itself; a second renewer would double the writes.
            lock: { backend: dynamo.createDynamoLockBackend({ tablePrefix: prefix, env: io.env, autoRenew: false }), waitMs },
            runs: dynamo.createDynamoRunRecorder({ tablePrefix: prefix, env: io.env }),
        };
    }
    throw new errors/* UsageError */.eb(`--lock-backend must be local or dynamodb, got "${kind}"`);
}
/** The commit checked out in `cwd`, recorded in the WAL `begin` record and run history; undefined outside Git. */
function headCommit(cwd, env) {
    if (env.GITHUB_SHA)
        return env.GITHUB_SHA;
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * An AbortSignal fired by SIGINT / SIGTERM: the engine stops starting
 * operations, lets calls in flight end and compensates. A second signal is
 * reported but does not cut compensation short.
 */
function cancellation(io) {
    const controller = new AbortController();
    const onSignal = (name) => () => {
        if (controller.signal.aborted) {
            io.stderr.write(`\ndpn: ${name} again; still undoing what was done so the state stays true — please wait\n`);
            return;
        }
        io.stderr.write(`\ndpn: ${name}: starting nothing new; finishing calls in flight, then undoing what this run did\n`);
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
const MARK = {
    create: '+',
    update: '~',
    replace_create: '+',
    replace_retire: '-',
    archive: '⌂',
    delete: '-',
    forget: '·',
};
/** Progress on stderr: one updating line on a terminal, one line per event otherwise. */
function progress(io) {
    const tty = io.stderr.isTTY === true && io.env.TERM !== 'dumb';
    let total = 0;
    let done = 0;
    let failed = 0;
    let current = '';
    let drawn = false;
    const draw = () => {
        const line = `[${done}/${total}]${failed ? ` ${failed} failed` : ''} ${current}`;
        io.stderr.write(`\r\u001b[2K${line.slice(0, 200)}`);
        drawn = true;
    };
    const say = (text) => {
        if (tty && drawn)
            io.stderr.write('\r\u001b[2K');
        io.stderr.write(`${text}\n`);
        if (tty)
            draw();
    };
    const onEvent = (e) => {
        switch (e.type) {
            case 'begin':
                total = e.total;
                say(`dpn: transaction ${e.tx}: ${e.total} step${e.total === 1 ? '' : 's'}`);
                return;
            case 'start':
                current = `${e.step} ${(0,render_escape/* escapeTerminal */.en)(e.name)}`;
                if (tty)
                    draw();
                else
                    io.stderr.write(`  … ${e.step} ${(0,render_escape/* escapeTerminal */.en)(e.name)}\n`);
                return;
            case 'done':
                done++;
                if (tty)
                    draw();
                else
                    io.stderr.write(`  ${MARK[e.step] ?? '✓'} ${e.step} ${(0,render_escape/* escapeTerminal */.en)(e.name)}: done\n`);
                return;
            case 'retry':
                if (!tty)
                    io.stderr.write(`  ↻ ${e.step} ${(0,render_escape/* escapeTerminal */.en)(e.key)}: ${(0,render_escape/* escapeTerminal */.en)(e.error.message)}; retry ${e.attempt} in ${e.delayMs} ms\n`);
                return;
            case 'failed':
                failed++;
                say(`  ✗ ${e.step} ${(0,render_escape/* escapeTerminal */.en)(e.name)}: ${(0,render_escape/* escapeTerminal */.en)(e.error.message)}`);
                return;
            case 'compensating':
                say(`dpn: undoing what this transaction did (${(0,render_escape/* escapeTerminal */.en)(e.reason)})`);
                return;
            case 'undo_start':
                if (!tty)
                    io.stderr.write(`  ↶ ${(0,render_escape/* escapeTerminal */.en)(e.undo)}\n`);
                else {
                    current = `undo: ${(0,render_escape/* escapeTerminal */.en)(e.undo)}`;
                    draw();
                }
                return;
            case 'undone':
                return;
            case 'undo_failed':
                say(`  ✗ could not undo ${e.step} ${(0,render_escape/* escapeTerminal */.en)(e.key)}: ${(0,render_escape/* escapeTerminal */.en)(e.error.message)}`);
                return;
            case 'end':
                if (tty && drawn)
                    io.stderr.write('\r\u001b[2K');
                drawn = false;
                io.stderr.write(`dpn: transaction ${e.tx}: ${e.status.replace('_', ' ')}\n`);
                return;
        }
    };
    return {
        onEvent,
        finish: () => {
            if (tty && drawn)
                io.stderr.write('\r\u001b[2K');
        },
    };
}
function printDiagnostics(diagnostics, io) {
    for (const d of diagnostics) {
        io.stderr.write(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${(0,render_escape/* escapeTerminal */.en)(d.message)}\n`);
    }
}
/** What a finished transaction changed, for people: one line per step, then counts. */
function transactionSummary(result) {
    const lines = [];
    const by = (outcome) => result.steps.filter((s) => s.outcome === outcome);
    if (result.status === 'committed') {
        lines.push(`Transaction ${result.tx} committed.`);
        for (const s of by('done'))
            lines.push(`  ${MARK[s.step] ?? '✓'} ${s.step.padEnd(14)} ${(0,render_escape/* escapeTerminal */.en)(s.name)}`);
    }
    else {
        lines.push(`Transaction ${result.tx} ${result.status.replace('_', ' ')}${result.cancelled ? ' (cancelled)' : ''}: nothing it did was kept${result.status === 'rollback_failed' ? ', except what is listed below' : ''}.`);
        if (result.failure)
            lines.push(`  failed: ${(0,render_escape/* escapeTerminal */.en)(result.failure.key)}: ${(0,render_escape/* escapeTerminal */.en)(result.failure.error.message)}`);
        for (const s of by('undone'))
            lines.push(`  ↶ undone ${s.step.padEnd(14)} ${(0,render_escape/* escapeTerminal */.en)(s.name)}`);
        for (const l of result.left)
            lines.push(`  ! left: ${(0,render_escape/* escapeTerminal */.en)(l.key)} (${l.step}): ${(0,render_escape/* escapeTerminal */.en)(l.what)}`);
        if (result.status === 'rollback_failed')
            lines.push('  Run `dpn recover` to finish the rollback once the cause is fixed.');
    }
    return `${lines.join('\n')}\n`;
}
function resultJson(result) {
    const t = result.transaction;
    return `${JSON.stringify({
        status: result.status,
        summary: result.plan?.summary ?? null,
        plan: result.status === 'dry_run' && result.plan ? (0,serialize/* planToJSON */.Zs)(result.plan) : undefined,
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
        stateFiles: result.stateFiles,
        errors: result.diagnostics.filter((d) => d.severity === 'error'),
        warnings: result.diagnostics.filter((d) => d.severity === 'warning'),
    }, null, 2)}\n`;
}
const APPLY_OPTIONS = {
    ...STATE_OPTIONS,
    ...LOCK_OPTIONS,
    ...NAMING_OPTIONS,
    'dry-run': { type: 'boolean' },
    concurrency: { type: 'string' },
    format: { type: 'string' },
};
const RECONCILE_OPTIONS = {
    ...APPLY_OPTIONS,
    'allow-mass-delete': { type: 'boolean' },
    'deletion-policy': { type: 'string' },
};
async function apply(mode, args, io) {
    const paths = mode === 'create' ? [args.values.blueprint].filter((p) => !!p) : args.positionals;
    if (paths.length === 0) {
        throw new errors/* UsageError */.eb(mode === 'create' ? 'give the blueprint with --blueprint FILE' : 'give at least one blueprint file or directory', `example: dpn ${mode === 'create' ? 'create --blueprint blueprints/dev.yaml' : 'reconcile blueprints/'}`);
    }
    const format = args.values.format ?? 'table';
    if (format !== 'table' && format !== 'json')
        throw new errors/* UsageError */.eb(`--format must be table or json, got "${format}"`);
    const policy = args.values['deletion-policy'];
    if (policy !== undefined && !['archive', 'delete', 'retain'].includes(policy)) {
        throw new errors/* UsageError */.eb(`--deletion-policy must be archive, delete or retain, got "${policy}"`);
    }
    const stateDir = stateDirOf(args, io);
    const concurrency = positiveInt(args, 'concurrency', 8);
    const overrides = (0,config_overrides/* parseOverrides */.f)(args.values.override ?? []);
    const dryRun = args.values['dry-run'] === true;
    const backends = dryRun ? { lock: {} } : await backendsOf(args, io, stateDir);
    const drivers = (0,registry.createDrivers)(io.env);
    const commit = headCommit(io.cwd, io.env);
    const shown = progress(io);
    const cancel = cancellation(io);
    let result;
    try {
        result = await (0,reconcile/* reconcile */.Lq)({
            paths,
            cwd: io.cwd,
            stateDir,
            mode,
            naming: {
                ...(args.values['values-config'] !== undefined ? { valuesConfig: args.values['values-config'] } : {}),
                ...(args.values['patterns-config'] !== undefined ? { patternsConfig: args.values['patterns-config'] } : {}),
                overrides,
            },
            ...(policy ? { deletionPolicy: policy } : {}),
            allowMassDelete: args.values['allow-mass-delete'] === true,
            dryRun,
            concurrency,
            drivers,
            env: io.env,
            signal: cancel.signal,
            onEvent: shown.onEvent,
            lock: backends.lock,
            ...(backends.runs ? { runs: backends.runs } : {}),
            ...(commit !== undefined ? { commit } : {}),
        });
    }
    finally {
        shown.finish();
        cancel.dispose();
        (0,registry.closeDrivers)(drivers);
    }
    printDiagnostics(result.diagnostics, io);
    if (format === 'json')
        io.stdout.write(resultJson(result));
    switch (result.status) {
        case 'invalid':
            io.stderr.write('dpn: nothing applied: the blueprints or the naming configuration are invalid\n');
            return command/* EXIT */.d.invalid;
        case 'refused': {
            const over = result.massDelete?.over ?? [];
            for (const f of over)
                io.stderr.write(`  ${f.blueprint}: would remove ${f.removing} of ${f.managed} resources\n`);
            throw new errors/* UserError */.yo('refused: the plan removes more than half of what a blueprint manages', 'MASS_DELETE', 'check the plan with --dry-run; if it is what you want, run again with --allow-mass-delete');
        }
        case 'dry_run':
            if (format === 'table') {
                io.stdout.write(renderPlanTable(result.plan, { color: io.stdout.isTTY === true && io.env.NO_COLOR === undefined }));
                io.stdout.write(`\nDry run: ${(0,summary.summaryLine)(result.plan.summary)}; nothing was applied.\n`);
            }
            if (result.massDelete?.refused) {
                io.stderr.write('dpn: warning: this plan removes more than half of what a blueprint manages; applying it needs --allow-mass-delete\n');
            }
            return command/* EXIT */.d.ok;
        case 'noop':
            if (format === 'table')
                io.stdout.write('Nothing to do: every resource matches its blueprint.\n');
            return command/* EXIT */.d.ok;
        default:
            if (format === 'table')
                io.stdout.write(transactionSummary(result.transaction));
            return result.status === 'committed' ? command/* EXIT */.d.ok : command/* EXIT */.d.invalid;
    }
}
const createCommand = {
    path: ['create'],
    summary: 'Create and update the resources of one blueprint (never removes anything)',
    usage: '--blueprint FILE [--dry-run] [--concurrency N] [--format table|json] [--values-config FILE --patterns-config FILE] [--override key=value]...\n' +
        COMMON_USAGE,
    options: { ...APPLY_OPTIONS, blueprint: { type: 'string' } },
    run: (args, io) => apply('create', args, io),
};
const reconcileCommand = {
    path: ['reconcile'],
    summary: 'Make the platforms match the blueprints: create, update, archive or delete',
    usage: 'PATH... [--dry-run] [--allow-mass-delete] [--deletion-policy archive|delete|retain] [--concurrency N] [--format table|json]\n' +
        '        [--values-config FILE --patterns-config FILE] [--override key=value]...\n' +
        COMMON_USAGE +
        '  --deletion-policy        how resources removed from the blueprints are retired in this run (default: each one\'s own policy, archive unless set)\n' +
        'Exit status: 0 committed or nothing to do, 1 invalid input, refused or rolled back, 2 usage error.',
    options: RECONCILE_OPTIONS,
    allowPositionals: true,
    run: (args, io) => apply('reconcile', args, io),
};


/***/ }),

/***/ 9625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ LocalLockBackend)
/* harmony export */ });
/* unused harmony export ensureStateGitignore */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5947);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir, '.gitignore'), GITIGNORE, { flag: 'wx' });
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
        this.file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir, '.lock');
        this.guard = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir, '.lock.cas');
        this.now = options.now ?? (() => new Date());
        this.host = options.host ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)();
        this.isAlive = options.isAlive ?? pidAlive;
    }
    async acquire(scope, who, options) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(this.stateDir, { recursive: true });
        await ensureStateGitignore(this.stateDir);
        const deadline = Date.now() + Math.max(0, options.waitMs);
        for (;;) {
            const at = this.now();
            const info = {
                scope,
                holder: who.holder,
                ...(who.runUrl !== undefined ? { runUrl: who.runUrl } : {}),
                ...(who.commit !== undefined ? { commit: who.commit } : {}),
                token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex'),
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
                throw new _lock_js__WEBPACK_IMPORTED_MODULE_5__/* .LockBusyError */ .B(busy ?? { scope, holder: 'unknown (lock file being written)', token: '', acquiredAt: '', expiresAt: 'unknown' });
            }
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(Math.min(25 + Math.random() * 50, Math.max(5, deadline - Date.now())));
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.file);
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
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, JSON.stringify(next));
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, backend.file);
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
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(backend.file);
                    return true;
                });
            },
        };
    }
    async createExclusive(info) {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(this.file, 'wx');
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
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(this.file, 'utf8');
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
                const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.file);
                if (Date.now() - s.mtimeMs < TORN_STALE_MS)
                    return false;
                if ((await this.readLock()) !== 'torn')
                    return false;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.file);
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
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(this.guard, 'wx');
                await handle.writeFile(`${process.pid}@${this.host}`);
                await handle.close();
                break;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                try {
                    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.guard);
                    if (Date.now() - s.mtimeMs > GUARD_STALE_MS) {
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.guard).catch(() => { });
                        continue;
                    }
                }
                catch {
                    continue;
                }
                if (Date.now() > give)
                    throw new Error(`lock guard ${this.guard} stays taken; remove it if no dpn is running`);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(5);
            }
        }
        try {
            return await fn();
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(this.guard).catch(() => { });
        }
    }
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

/***/ 686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gj: () => (/* binding */ applyPlan),
  NL: () => (/* binding */ defaultLockScope),
  Lq: () => (/* binding */ reconcile),
  LB: () => (/* binding */ recoverTransaction),
  JT: () => (/* binding */ resolveStateDir)
});

// UNUSED EXPORTS: defaultHolder, withLock

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/blueprint/load.ts + 4 modules
var load = __webpack_require__(7041);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var config_load = __webpack_require__(6128);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
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
        const blueprint = (0,path.normalizeBlueprintPath)(record.blueprint);
        managed.set(blueprint, (managed.get(blueprint) ?? 0) + 1);
    }
    const removing = new Map();
    for (const op of plan.operations) {
        if (!op.current || op.current.archived)
            continue;
        const deletesOld = op.action === 'replace' && op.current.deletionPolicy === 'delete';
        if ((0,types/* phaseOf */.h)(op.action) !== 'retire' && !deletesOld)
            continue;
        const blueprint = (0,path.normalizeBlueprintPath)(op.current.blueprint);
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

// EXTERNAL MODULE: ./src/plan/steps.ts
var steps = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/plan/serialize.ts
var serialize = __webpack_require__(6913);
;// CONCATENATED MODULE: ./src/plan/index.ts
// Planning: diff desired resources against the state into a Plan, check it, save it.








// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
    if (error instanceof driver/* ProviderError */.m) {
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
var engine_steps = __webpack_require__(4277);
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
        if (!(0,engine_steps/* needsUndo */.Af)(task))
            return true;
        const { node } = task;
        const undo = (0,engine_steps/* undoDescription */.Nt)(task);
        await rt.wal.append({ type: 'undo_intent', key: node.key, step: node.step, undo });
        rt.emit({ type: 'undo_start', key: node.key, step: node.step, undo });
        try {
            const result = await (0,engine_steps/* undoStep */.Dh)(task, rt.drivers, ctx, caller(rt, node, undefined));
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
            const e = (0,engine_wal/* walError */.L2)(error);
            await rt.wal.append({ type: 'undo_failed', key: node.key, step: node.step, error: e });
            left.push((0,engine_steps/* leftOf */.lC)(task, e));
            setReport(reports, node, 'left', e);
            rt.emit({ type: 'undo_failed', key: node.key, step: node.step, error: e });
            return false;
        }
    });
    for (const t of tasks) {
        if (started.has(t.node.id) || !(0,engine_steps/* needsUndo */.Af)(t))
            continue;
        const l = (0,engine_steps/* leftOf */.lC)(t, { message: 'not undone: something that depends on it could not be undone' });
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
        sleep: options.sleep ?? realSleep,
        random: options.random ?? Math.random,
        clock: options.clock ?? (() => performance.now()),
        now: options.now ?? (() => new Date()),
        emit: options.onEvent ?? (() => { }),
        working: new Map(options.state.resources),
    };
}
/** Executes a plan as one write-ahead-logged transaction. */
async function execute(plan, options) {
    const nodes = (0,engine_steps/* buildSteps */.aB)(plan);
    if (nodes.length === 0) {
        return { status: 'noop', steps: [], cancelled: false, left: [], state: options.state };
    }
    (0,engine_steps/* assertDrivers */.ok)(plan, options.drivers);
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
        const before = (0,engine_steps/* beforeOf */.v8)(node, options.state);
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
        if ((0,engine_steps/* driverLooks */.z5)(node, rt.drivers) && !known.has(node.id)) {
            let first;
            stepCtx = { ...ctx, beforeCreate: (found) => (first ??= logIntent(found)) };
        }
        else {
            try {
                if (!known.has(node.id))
                    existing = await (0,engine_steps/* readExisting */.Y7)(node, rt.drivers, ctx, caller(rt, node, signal));
                await logIntent(existing);
            }
            catch (error) {
                // The step never started: nothing changed, nothing to undo.
                return reportFailure((0,engine_wal/* walError */.L2)(error));
            }
        }
        let after;
        try {
            const result = await (0,engine_steps/* runStep */.eg)(node, before, rt.drivers, stepCtx, rt.tx, rt.now().toISOString(), caller(rt, node, signal));
            if (!logged) {
                throw new Error(`the ${node.op.type} driver finished a create without reporting what it found first (see Driver.looksBeforeCreate)`);
            }
            after = result.after;
            outcomes.set(node.id, { node, outcome: 'done', before, after, ...(existing !== undefined ? { existing } : {}) });
            (0,engine_steps/* applyStep */.pA)(rt.working, node.key, node.step, after);
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
        state: options.state,
    };
}

// EXTERNAL MODULE: ./src/engine/local-lock.ts
var local_lock = __webpack_require__(9625);
// EXTERNAL MODULE: ./src/engine/lock.ts
var lock = __webpack_require__(5947);
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
    const nodes = (0,engine_steps/* buildSteps */.aB)(plan);
    const reading = readLog(log);
    if (!reading.committing)
        (0,engine_steps/* assertDrivers */.ok)(plan, options.drivers);
    const state = await options.loadState();
    const now = options.now ?? (() => new Date());
    const wal = await engine_wal/* WalWriter */.u0.reopen(options.stateDir, log.tx, now);
    try {
        await wal.append({ type: 'recovery', strategy, actor: options.actor ?? actorOf() });
        const rt = runtimeOf({ ...options, state }, wal);
        const emit = options.onEvent ?? ((_) => { });
        if (reading.committing) {
            // Every step is done; the state write may or may not have happened. Applying
            // the after images again is idempotent, so write them and end the transaction.
            const resources = new Map(state.resources);
            for (const node of nodes) {
                const done = reading.done.get(node.id);
                if (done)
                    (0,engine_steps/* applyStep */.pA)(resources, node.key, node.step, done.after);
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
            const left = await compensate(tasks, rt);
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
            (0,engine_steps/* applyStep */.pA)(rt.working, node.key, node.step, rec.after);
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
                const driver = (0,engine_steps/* driverFor */.QM)(drivers, node);
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
    if ((0,engine_steps/* isCreate */.zv)(node))
        return node.op.desired ? (0,engine_steps/* refOf */.H8)(node.op.desired) : undefined;
    const current = before ?? node.op.current;
    return current ? (0,engine_steps/* refOf */.H8)(current) : undefined;
}

;// CONCATENATED MODULE: ./src/engine/runs.ts
// Run history: one record per reconcile run. The default keeps history in Git
// (the WAL commits); the DynamoDB backend (src/backend/) stores it in a table.
/** The default: history lives in the Git log of the state branch. */
const NO_RUN_RECORDER = {
    async started() { },
    async finished() { },
};

;// CONCATENATED MODULE: ./src/engine/reconcile.ts
// The whole apply flow in one place: load blueprints → lock → load state → diff
// → checks → execute → unlock. The CLI (`dpn reconcile`, `dpn create`) and the
// GitHub Action's merge mode call `reconcile()`; the Action brings its own lock
// backend (a Git ref) and an `onBegin` hook that pushes the WAL.














const DEFAULT_LEASE_MS = 15 * 60_000;
function resolveStateDir(cwd, stateDir = '.dpn') {
    return (0,external_node_path_.isAbsolute)(stateDir) ? stateDir : (0,external_node_path_.resolve)(cwd, stateDir);
}
function defaultLockScope(env, cwd, stateDir) {
    const rel = (0,external_node_path_.relative)(cwd, stateDir) || '.';
    return env.GITHUB_REPOSITORY ? `${env.GITHUB_REPOSITORY}:${rel}` : `dpn:${rel}`;
}
function defaultHolder(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        return {
            holder: `github-actions ${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID}`,
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
/** Runs `fn` holding the state lock, renewing its lease; refuses while a transaction is unfinished. */
async function withLock(stateDir, cwd, options, fn) {
    const env = options.env ?? process.env;
    const lockOptions = options.lock ?? {};
    const backend = lockOptions.backend ?? new local_lock/* LocalLockBackend */.X(stateDir);
    const leaseMs = lockOptions.leaseMs ?? DEFAULT_LEASE_MS;
    const who = lockOptions.holder ?? defaultHolder(env);
    let held;
    try {
        held = await backend.acquire(lockOptions.scope ?? defaultLockScope(env, cwd, stateDir), options.commit !== undefined && who.commit === undefined ? { ...who, commit: options.commit } : who, { leaseMs, waitMs: lockOptions.waitMs ?? 0 });
    }
    catch (error) {
        if (error instanceof lock/* LockBusyError */.B) {
            const busy = new errors/* UserError */.yo(error.message, 'LOCK_BUSY', 'another dpn run is applying to this state; wait for it (--lock-wait SECONDS), or check `dpn status`. A lock left by a process that died on this machine, or whose lease ran out, is taken over automatically');
            busy.cause = error;
            throw busy;
        }
        throw error;
    }
    let renewError;
    const timer = setInterval(() => {
        held.renew().catch((error) => {
            renewError = error;
        });
    }, Math.max(1_000, Math.floor(leaseMs / 3)));
    timer.unref();
    try {
        const result = await fn(held);
        if (renewError)
            throw renewError;
        return result;
    }
    finally {
        clearInterval(timer);
        await held.release().catch(() => { });
    }
}
async function refuseUnfinished(stateDir) {
    const open = await (0,engine_wal/* unfinishedTransactions */.Vy)(stateDir);
    if (open.length === 0)
        return;
    const ids = open.map((t) => `${t.tx}${t.end ? ` (${t.end.type})` : ''}`).join(', ');
    throw new errors/* UserError */.yo(`transaction ${ids} did not finish; nothing was changed`, 'TX_UNFINISHED', 'run `dpn recover` (roll back, the default) or `dpn recover --strategy resume` first; `dpn status` shows it');
}
/** Blueprint files of the state that lie under the given paths: a removed file's resources are removed too. */
function blueprintsUnder(paths, cwd, state, loaded) {
    const roots = paths.map((p) => (0,src_state/* normalizeBlueprintPath */.ek)((0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, p)) || '.'));
    const out = new Set(loaded.map(src_state/* normalizeBlueprintPath */.ek));
    // Thousands of records share a handful of blueprint paths: decide once per path.
    const seen = new Set();
    for (const r of state.resources.values()) {
        if (seen.has(r.blueprint))
            continue;
        seen.add(r.blueprint);
        const f = (0,src_state/* normalizeBlueprintPath */.ek)((0,external_node_path_.isAbsolute)(r.blueprint) ? (0,external_node_path_.relative)(cwd, r.blueprint) : r.blueprint);
        if (roots.some((root) => root === '.' || f === root || f.startsWith(`${root}/`)))
            out.add((0,src_state/* normalizeBlueprintPath */.ek)(r.blueprint));
    }
    return [...out].sort();
}
/** Stops before the transaction when the environment cannot reach a platform the plan writes to. */
async function refuseMissingConfiguration(plan, drivers) {
    const { configurationProblems } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3307));
    const problems = await configurationProblems(plan, drivers);
    if (problems.length > 0) {
        throw new errors/* UserError */.yo(`cannot apply: ${problems.join('; ')}`, 'PROVIDER_CONFIG', 'nothing was changed; set the variables (see README, "Apply") or narrow the blueprints with scope');
    }
}
/**
 * Loads the blueprints, plans them against the state and, unless this is a dry
 * run or there is nothing to do, executes the plan as one transaction under the
 * lock. User mistakes come back as a status (`invalid`, `refused`) with
 * diagnostics; a busy lock or an unfinished transaction is a UserError.
 */
async function reconcile(options) {
    const cwd = options.cwd;
    const stateDir = resolveStateDir(cwd, options.stateDir);
    const env = options.env ?? process.env;
    const naming = await (0,config_load/* loadNamingConfig */.nm)({
        valuesConfig: options.naming?.valuesConfig,
        patternsConfig: options.naming?.patternsConfig,
        cwd,
    });
    const base = { stateFiles: [], stateDir };
    if (!naming.config)
        return { ...base, status: 'invalid', diagnostics: naming.diagnostics };
    const blueprints = await (0,load/* loadBlueprints */.H)(options.paths, { naming: naming.config, overrides: options.naming?.overrides ?? {}, cwd });
    const diagnostics = (0,config_load/* sortDiagnostics */.Ds)([...naming.diagnostics, ...blueprints.diagnostics]);
    if (diagnostics.some((d) => d.severity === 'error'))
        return { ...base, status: 'invalid', diagnostics, blueprints };
    const drivers = options.drivers ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3307))).createDrivers(env);
    const plan = (state) => {
        const prune = options.mode !== 'create';
        // diff applies the run's policy itself, so its warnings and summary match the plan.
        const planned = (0,diff.diff)(blueprints.resources, state, {
            prune,
            ...(prune ? { blueprints: blueprintsUnder(options.paths, cwd, state, blueprints.files) } : {}),
            ...(options.deletionPolicy ? { deletionPolicy: options.deletionPolicy } : {}),
        });
        (0,engine_steps/* assertDrivers */.ok)(planned, drivers);
        return { plan: planned, massDelete: checkMassDelete(planned, state) };
    };
    if (options.dryRun) {
        const state = await (0,src_state/* loadState */.C7)(stateDir);
        const { plan: dry, massDelete } = plan(state);
        return { ...base, status: 'dry_run', diagnostics, blueprints, plan: dry, massDelete, state };
    }
    return withLock(stateDir, cwd, options, async () => {
        // Under the lock: the state another process just committed is the one to plan against.
        await refuseUnfinished(stateDir);
        const state = await (0,src_state/* loadState */.C7)(stateDir);
        const { plan: planned, massDelete } = plan(state);
        const result = { ...base, status: 'noop', diagnostics, blueprints, plan: planned, massDelete, state };
        if (massDelete.refused && !options.allowMassDelete)
            return { ...result, status: 'refused' };
        await refuseMissingConfiguration(planned, drivers);
        await options.onPlan?.(planned);
        const runs = options.runs ?? NO_RUN_RECORDER;
        const run = {
            runId: options.runId ?? `${Date.now()}-${process.pid}`,
            repository: options.repository ?? env.GITHUB_REPOSITORY ?? (0,external_node_path_.basename)(cwd),
            // Run history wants a commit; outside Git there is none to name.
            commit: options.commit ?? env.GITHUB_SHA ?? 'none',
            blueprints: blueprints.files,
            ...(0,summary.changeCounts)(planned.summary),
            status: 'running',
            startedAt: new Date().toISOString(),
            ...(options.runUrl ? { runUrl: options.runUrl } : {}),
        };
        const touched = (0,diff.touchedBlueprints)(planned);
        let stateFiles = [];
        const hasWork = planned.operations.some((op) => op.action !== 'noop');
        if (hasWork)
            await runs.started(run);
        let transaction;
        try {
            transaction = await execute(planned, {
                drivers,
                state,
                stateDir,
                writeState: async (next) => {
                    stateFiles = await (0,src_state/* writeState */.Jq)(stateDir, next, { blueprints: touched });
                },
                ...pick(options),
                ...(options.onBegin ? { onBegin: options.onBegin } : {}),
                ...(options.commit !== undefined ? { commit: options.commit } : {}),
                actor: options.actor ?? actorOf(env),
            });
        }
        catch (error) {
            if (hasWork)
                await runs.finished({ ...run, status: 'failed', endedAt: new Date().toISOString() }).catch(() => { });
            throw error;
        }
        if (hasWork) {
            await runs
                .finished({
                ...run,
                status: transaction.status,
                endedAt: new Date().toISOString(),
                ...(transaction.tx ? { transactionId: transaction.tx } : {}),
            })
                .catch(() => { });
        }
        return { ...result, status: transaction.status, transaction, stateFiles };
    });
}
function pick(options) {
    return {
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    };
}
/** `dpn recover` and the Action's recover mode: one transaction, under the lock. */
async function recoverTransaction(options) {
    const stateDir = resolveStateDir(options.cwd, options.stateDir);
    const env = options.env ?? process.env;
    const drivers = options.drivers ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3307))).createDrivers(env);
    return withLock(stateDir, options.cwd, options, async () => {
        let stateFiles = [];
        const recovery = await recover({
            stateDir,
            drivers,
            loadState: () => (0,src_state/* loadState */.C7)(stateDir),
            writeState: async (next) => {
                stateFiles = await (0,src_state/* writeState */.Jq)(stateDir, next);
            },
            ...pick(options),
            ...(options.tx ? { tx: options.tx } : {}),
            ...(options.strategy ? { strategy: options.strategy } : {}),
            actor: options.actor ?? actorOf(env),
        });
        return { stateDir, stateFiles, ...(recovery ? { recovery } : {}) };
    });
}
/** Lock → refuse if a transaction is unfinished → load state → plan → execute: for plans not made from blueprints. */
async function applyPlan(options) {
    const stateDir = resolveStateDir(options.cwd, options.stateDir);
    const env = options.env ?? process.env;
    const drivers = options.drivers ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3307))).createDrivers(env);
    return withLock(stateDir, options.cwd, options, async () => {
        await refuseUnfinished(stateDir);
        const state = await (0,src_state/* loadState */.C7)(stateDir);
        const plan = options.build(state);
        (0,engine_steps/* assertDrivers */.ok)(plan, drivers);
        let stateFiles = [];
        const transaction = await execute(plan, {
            drivers,
            state,
            stateDir,
            writeState: async (next) => {
                stateFiles = await (0,src_state/* writeState */.Jq)(stateDir, next, { blueprints: (0,diff.touchedBlueprints)(plan) });
            },
            ...pick(options),
            ...(options.onBegin ? { onBegin: options.onBegin } : {}),
            ...(options.commit !== undefined ? { commit: options.commit } : {}),
            actor: options.actor ?? actorOf(env),
        });
        return { plan, transaction, stateFiles };
    });
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
    return error instanceof _providers_driver_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .m && error.details.code === 'UNSUPPORTED';
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AWS_TYPES: () => (/* binding */ AWS_TYPES),
/* harmony export */   DATABRICKS_TYPES: () => (/* binding */ DATABRICKS_TYPES),
/* harmony export */   PROVISIONED_TYPES: () => (/* binding */ PROVISIONED_TYPES),
/* harmony export */   UNSUPPORTED: () => (/* binding */ UNSUPPORTED),
/* harmony export */   closeDrivers: () => (/* binding */ closeDrivers),
/* harmony export */   configurationProblems: () => (/* binding */ configurationProblems),
/* harmony export */   createDrivers: () => (/* binding */ createDrivers),
/* harmony export */   isProvisioned: () => (/* binding */ isProvisioned)
/* harmony export */ });
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
        blueprint: (0,_path_js__WEBPACK_IMPORTED_MODULE_1__.normalizeBlueprintPath)(blueprint),
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
/* harmony export */   ek: () => (/* reexport safe */ _path_js__WEBPACK_IMPORTED_MODULE_1__.normalizeBlueprintPath)
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
        blueprint: (0,_path_js__WEBPACK_IMPORTED_MODULE_0__.normalizeBlueprintPath)(spec.blueprint),
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
        const expected = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__.blueprintOfStateFile)(rel);
        if (expected === null || (0,_path_js__WEBPACK_IMPORTED_MODULE_4__.normalizeBlueprintPath)(document.blueprint) !== expected) {
            throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(path, undefined, `holds the state of blueprint "${document.blueprint}", but its path belongs to ` +
                (expected === null ? 'no blueprint' : `"${expected}"`) +
                `; the state of "${document.blueprint}" lives in ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, (0,_path_js__WEBPACK_IMPORTED_MODULE_4__.stateFileFor)(document.blueprint))}`, 'STATE_MISPLACED');
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
        const blueprint = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__.normalizeBlueprintPath)(resource.blueprint);
        const group = byBlueprint.get(blueprint);
        if (group)
            group.push(resource);
        else
            byBlueprint.set(blueprint, [resource]);
    }
    const targets = new Set();
    if (options.blueprints) {
        for (const blueprint of options.blueprints)
            targets.add((0,_path_js__WEBPACK_IMPORTED_MODULE_4__.normalizeBlueprintPath)(blueprint));
    }
    else {
        for (const blueprint of byBlueprint.keys())
            targets.add(blueprint);
        for (const path of (await listJsonFiles(root).catch(ignoreMissing)) ?? []) {
            const blueprint = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__.blueprintOfStateFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
            if (blueprint !== null)
                targets.add(blueprint);
        }
    }
    const changed = [];
    for (const blueprint of [...targets].sort()) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...(0,_path_js__WEBPACK_IMPORTED_MODULE_4__.stateFileFor)(blueprint).split('/'));
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
