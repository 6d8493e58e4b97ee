import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3566:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   U5: () => (/* binding */ resolveMode),
/* harmony export */   W0: () => (/* binding */ branchOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
// What the runner tells the action about this run: the event and its payload,
// the repository, the commit, and where GitHub's API and web live. Read once
// from the environment the runner sets, so tests can give any event.


function str(value) {
    return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}
function readRunContext(env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot read the event payload at ${env.GITHUB_EVENT_PATH}: ${error.message}`, 'ACTION_EVENT');
        }
    }
    const repository = env.GITHUB_REPOSITORY ?? '';
    const repo = (payload.repository ?? {});
    const pr = payload.pull_request;
    let pullRequest;
    if (pr) {
        const head = (pr.head ?? {});
        const base = (pr.base ?? {});
        const headRepo = (head.repo ?? {});
        const baseRepo = (base.repo ?? {});
        pullRequest = {
            number: Number(pr.number ?? payload.number),
            headSha: str(head.sha),
            headRef: str(head.ref),
            baseRef: str(base.ref),
            fromFork: Boolean(headRepo.fork) || (str(headRepo.full_name) !== '' && str(headRepo.full_name) !== str(baseRepo.full_name)),
        };
    }
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        eventName,
        payload,
        repository,
        sha: env.GITHUB_SHA ?? str(payload.after),
        ref: env.GITHUB_REF ?? str(payload.ref),
        defaultBranch: str(repo.default_branch) || undefined,
        pullRequest,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
        actor: env.GITHUB_ACTOR ?? '',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? '',
    };
}
/** The branch name of a `refs/heads/…` ref, else undefined. */
function branchOf(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
/**
 * `auto` by event. `pull_request_target` is previewed too, but the action
 * never checks out or runs the PR's content in it: the workflow decides what
 * is checked out, and a preview only reads files (see docs/action.md).
 */
function resolveMode(mode, context, dispatchMode) {
    if (mode !== 'auto')
        return mode;
    switch (context.eventName) {
        case 'pull_request':
        case 'pull_request_target':
        case 'merge_group':
            return 'preview';
        case 'push': {
            const branch = branchOf(context.ref);
            if (branch && (!context.defaultBranch || branch === context.defaultBranch))
                return 'reconcile';
            // A push to another branch is previewed, never applied.
            return 'preview';
        }
        case 'workflow_dispatch': {
            const wanted = (dispatchMode ?? '').trim();
            if (wanted === '' || wanted === 'auto')
                return 'status';
            if (['preview', 'reconcile', 'recover', 'status', 'unlock', 'drift'].includes(wanted))
                return wanted;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`workflow_dispatch input "mode" is "${wanted}"; expected preview, reconcile, recover, status, unlock or drift`, 'ACTION_INPUT');
        }
        case 'schedule':
            return 'drift';
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`mode "auto" does not know what to do on the "${context.eventName || '(none)'}" event; set the "mode" input`, 'ACTION_INPUT');
    }
}


/***/ }),

/***/ 9838:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/output/standard-streams.ts
// Standard output and error as dpn writes them: the CLI's (src/cli.ts) and the
// Action's log lines and workflow commands (src/action/workflow.ts). When one is
// a pipe, a file or a socket (scripts, CI, a runner, `| jq`), it is written
// straight to its file descriptor with synchronous writes: process.stdout and
// process.stderr are streams whose first use loads Node's whole stream stack
// (about ten built-in modules, several milliseconds of every start, more than a
// small preview's own work). A terminal, or anything else, keeps Node's stream,
// which knows what a terminal is. A reader that goes away (`dpn … | head`) ends
// the output quietly instead of failing with EPIPE.

/** fd 1 or 2, as a StandardStream; `stream` gives Node's own for the cases this does not take. */
function standardStream(fd, stream) {
    return isPlainOutput(fd) ? new DescriptorWriter(fd) : stream();
}
/**
 * A pipe, a regular file or a socket, or on Linux one of the memory devices
 * (character devices of major number 1: /dev/null, /dev/zero…, where timing
 * tools send output): never a terminal, so nothing is lost by writing to it
 * directly.
 */
function isPlainOutput(fd) {
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.isFIFO() || stat.isFile() || stat.isSocket())
            return true;
        return process.platform === 'linux' && stat.isCharacterDevice() && ((stat.rdev >> 8) & 0xfff) === 1;
    }
    catch {
        return false;
    }
}
class DescriptorWriter {
    fd;
    isTTY = false;
    /** Set once the reader has gone away: later output has nowhere to go. */
    closed = false;
    constructor(fd) {
        this.fd = fd;
    }
    write(chunk) {
        if (this.closed || chunk.length === 0)
            return true;
        // The text goes in one call, which Node encodes into memory it frees at once. A Buffer per
        // chunk would be freed only by a later GC: a large preview's output piled up as tens of MB.
        // Only what a partial write leaves is copied into one.
        const length = Buffer.byteLength(chunk, 'utf8');
        let rest;
        let offset = 0;
        while (offset < length) {
            try {
                if (rest === undefined) {
                    offset = (0,external_node_fs_.writeSync)(this.fd, chunk);
                    if (offset < length)
                        rest = Buffer.from(chunk, 'utf8');
                }
                else {
                    offset += (0,external_node_fs_.writeSync)(this.fd, rest, offset);
                }
            }
            catch (error) {
                const code = error.code;
                if (code === 'EPIPE') {
                    this.closed = true;
                    return true;
                }
                // A non-blocking descriptor whose reader is behind: wait a little for room.
                if (code === 'EAGAIN') {
                    pause(5);
                    continue;
                }
                throw error;
            }
        }
        return true;
    }
}
const sleeper = new Int32Array(new SharedArrayBuffer(4));
function pause(milliseconds) {
    Atomics.wait(sleeper, 0, 0, milliseconds);
}

;// CONCATENATED MODULE: ./src/action/workflow.ts
// The runner's workflow commands the action uses: log lines and annotations on
// stdout (`::warning file=…::message`), and outputs, saved state and the job
// summary through the files the runner names in GITHUB_OUTPUT, GITHUB_STATE and
// GITHUB_STEP_SUMMARY. The same protocol as @actions/core, whose import pulled
// an HTTP client (undici, tunnel) and a process runner into every run for an
// OIDC token and a platform probe the action never uses: on a hosted runner,
// with nothing compiled in advance, that was most of a pull-request preview's
// start-up. Stdout is written as the CLI writes it (output/standard-streams.ts):
// on a runner it is a pipe or a file, written straight to fd 1, so the log
// lines load none of Node's stream modules.




let stdout;
/** Fd 1, looked at on the first line written. */
function out() {
    return (stdout ??= standardStream(1, () => process.stdout));
}
/** Where the log lines and commands go from now on (tests); `undefined` goes back to fd 1. */
function setStdout(stream) {
    stdout = stream;
}
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function escapeData(value) {
    return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issue(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => Boolean(v))
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    out().write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function annotationProperties(p) {
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
/** `name<<delimiter` … `delimiter`, appended to the file the runner named in GITHUB_<command>. */
function fileCommand(command, name, value) {
    const path = process.env[`GITHUB_${command}`];
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    const text = commandValue(value);
    if (name.includes(delimiter) || text.includes(delimiter))
        throw new Error(`Unexpected input: ${name} contains the delimiter`);
    (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
function workflow_info(message) {
    out().write(message + external_node_os_.EOL);
}
function debug(message) {
    issue('debug', message);
}
function warning(message, properties = {}) {
    issue('warning', message, annotationProperties(properties));
}
function error(message, properties = {}) {
    issue('error', message, annotationProperties(properties));
}
/** Masks a value in everything the runner logs from now on. */
function setSecret(secret) {
    issue('add-mask', secret);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return fileCommand('OUTPUT', name, value);
    out().write(external_node_os_.EOL);
    issue('set-output', value, { name });
}
/** State for the `post:` step of the same job. */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return fileCommand('STATE', name, value);
    issue('save-state', value, { name });
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
function appendSummary(text) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(path, text + external_node_os_.EOL, { encoding: 'utf8' });
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/export/names.ts + 2 modules
var names = __nccwpck_require__(4192);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every action input, read once and checked into one typed value that the
// modes receive. Nothing reads an input anywhere else.


const MODES = ['auto', 'preview', 'reconcile', 'recover', 'status', 'unlock', 'drift'];
/** What @actions/core does, without importing it here: INPUT_<NAME> with spaces as `_`. */
function readEnvInput(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
class InputError extends errors/* UserError */.yo {
    constructor(input, message) {
        super(`input "${input}": ${message}`, 'ACTION_INPUT');
        this.name = 'InputError';
    }
}
function oneOf(read, name, allowed, fallback) {
    const raw = read(name);
    if (raw === '')
        return fallback;
    const value = raw.toLowerCase();
    if (!allowed.includes(value)) {
        throw new InputError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
    }
    return value;
}
function bool(read, name, fallback) {
    const raw = read(name);
    if (raw === '')
        return fallback;
    // The YAML 1.2 core schema booleans, as @actions/core getBooleanInput accepts them.
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new InputError(name, `"${raw}" is not a boolean (true or false)`);
}
function inputs_int(read, name, fallback, min, max) {
    const raw = read(name);
    if (raw === '')
        return fallback;
    if (!/^\d+$/.test(raw))
        throw new InputError(name, `"${raw}" is not a whole number`);
    const value = Number(raw);
    if (value < min || value > max)
        throw new InputError(name, `${value} is outside ${min}..${max}`);
    return value;
}
function optional(read, name) {
    const raw = read(name);
    return raw === '' ? undefined : raw;
}
/** Globs one per line or comma-separated; `#` starts a comment line. */
function list(raw) {
    return raw
        .split(/\r?\n|,(?![^{]*})/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*\.lock$|.*[\s~^:?*[\\]|.*@\{)[^\x00-\x1f\x7f]+(?<!\/|\.)$/;
/** `FORMAT` or `FORMAT:PATH`; the path stays inside the workspace. */
function exportInput(read) {
    const raw = optional(read, 'export');
    if (raw === undefined)
        return undefined;
    const at = raw.indexOf(':');
    const format = (at < 0 ? raw : raw.slice(0, at)).trim().toLowerCase();
    if (!names/* NAMES_FORMATS */.G4.includes(format)) {
        throw new InputError('export', `"${raw}" does not start with a format: one of ${names/* NAMES_FORMATS */.G4.join(', ')} (then optionally :PATH)`);
    }
    const path = at < 0 ? (0,names/* defaultExportFile */.az)(format) : raw.slice(at + 1).trim();
    const segments = path.split(/[\\/]+/);
    if (path === '' || /^([\\/]|[A-Za-z]:)/.test(path) || segments.includes('..') || segments[0] === '.git' || /[\x00-\x1f]/.test(path)) {
        throw new InputError('export', `"${path}" must be a file path relative to the workspace, without ".." and outside .git`);
    }
    return { format: format, path: segments.join('/') };
}
const DEFAULT_BLUEPRINTS = 'blueprints/**/*.{json,yaml,yml}';
function parseInputs(read) {
    const stateBranch = optional(read, 'state-branch');
    if (stateBranch !== undefined && !BRANCH.test(stateBranch)) {
        throw new InputError('state-branch', `"${stateBranch}" is not a valid branch name`);
    }
    const author = optional(read, 'commit-author');
    let commitAuthor;
    if (author !== undefined) {
        const m = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(author);
        if (!m)
            throw new InputError('commit-author', `"${author}" is not of the form "Name <email>"`);
        commitAuthor = { name: m[1], email: m[2] };
    }
    const transaction = optional(read, 'transaction');
    if (transaction !== undefined && !/^[A-Za-z0-9._:-]{1,128}$/.test(transaction)) {
        throw new InputError('transaction', `"${transaction}" is not a transaction id`);
    }
    const blueprints = list(read('blueprints') || DEFAULT_BLUEPRINTS);
    if (blueprints.length === 0)
        throw new InputError('blueprints', 'no glob given');
    const lockScope = read('lock-scope') || 'default';
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(lockScope) || lockScope.endsWith('.lock')) {
        throw new InputError('lock-scope', `"${lockScope}" may hold only letters, digits, ".", "_" and "-"`);
    }
    return {
        mode: oneOf(read, 'mode', MODES, 'auto'),
        blueprints,
        exclude: list(read('exclude')),
        configDir: read('config-dir') || '.dpn',
        stateDir: read('state-dir') || '.dpn',
        githubToken: read('github-token'),
        dryRun: bool(read, 'dry-run', false),
        deletionPolicy: read('deletion-policy') ? oneOf(read, 'deletion-policy', ['archive', 'delete', 'retain'], 'archive') : undefined,
        allowMassDelete: bool(read, 'allow-mass-delete', false),
        concurrency: inputs_int(read, 'concurrency', 8, 1, 256),
        stateBranch,
        transaction,
        strategy: oneOf(read, 'strategy', ['rollback', 'resume'], 'rollback'),
        comment: bool(read, 'comment', true),
        lockBackend: oneOf(read, 'lock-backend', ['git', 'dynamodb'], 'git'),
        lockScope,
        lockTablePrefix: read('lock-table-prefix') || 'dpn',
        lockWaitMs: inputs_int(read, 'lock-wait-seconds', 600, 0, 6 * 3600) * 1000,
        lockLeaseMs: inputs_int(read, 'lock-lease-seconds', 900, 10, 24 * 3600) * 1000,
        force: bool(read, 'force', false),
        checkDrift: bool(read, 'check-drift', true),
        commitAuthor,
        export: exportInput(read),
    };
}

// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __nccwpck_require__(3566);
;// CONCATENATED MODULE: ./src/action/main.ts
// The GitHub Action: read inputs once, pick the mode from the event, run it,
// set outputs and the job summary. The same bundle is the `post:` step, which
// pushes a WAL left unpushed by a main step that died.




const PENDING_WAL = 'pendingWal';
const HELD_LOCK = 'heldLock';
const logger = {
    info: (m) => workflow_info(m),
    warning: (m) => warning(m),
    error: (m) => workflow_info(`error: ${m}`),
    annotateWarning: (m, p) => warning(m, p ?? {}),
    debug: (m) => debug(m),
};
const sink = {
    error: (m, p) => error(m, p),
    warning: (m, p) => warning(m, p),
};
const pending = {
    set(value) {
        saveState(PENDING_WAL, value ? JSON.stringify(value) : '');
    },
    lock(info) {
        saveState(HELD_LOCK, info ? JSON.stringify(info) : '');
    },
};
/** SIGINT/SIGTERM (a cancelled run) abort the signal: the engine stops starting operations and compensates. */
function cancellation() {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted)
            return;
        warning(`received ${name}: starting no new operation, compensating what was done, then pushing the WAL`);
        controller.abort(new Error(`cancelled by ${name}`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return controller.signal;
}
async function runMode(inputs, context, signal) {
    const inputsMode = context.payload.inputs?.mode;
    const mode = (0,action_event/* resolveMode */.U5)(inputs.mode, context, typeof inputsMode === 'string' ? inputsMode : undefined);
    workflow_info(`dpn ${mode} (${context.eventName || 'no event'} on ${context.repository || 'unknown repository'})`);
    const env = process.env;
    switch (mode) {
        case 'preview': {
            const { runPreview } = await Promise.all(/* import() */[__nccwpck_require__.e(53), __nccwpck_require__.e(695), __nccwpck_require__.e(389)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9389));
            if (!inputs.stateBranch)
                return runPreview(inputs, context, { logger, sink, stateRoot: context.workspace });
            // State on its own branch: compare against its newest commit, not the PR's copy.
            const { gitFor } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(53), __nccwpck_require__.e(679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6679));
            const { StateBranch } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(304)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5304));
            let branch;
            try {
                branch = await StateBranch.open(gitFor(inputs, context), inputs.stateBranch, { tempRoot: context.runnerTemp, startPoint: 'HEAD' });
            }
            catch (error) {
                warning(`could not read state branch "${inputs.stateBranch}" (${error.message}); comparing with the state in the checkout`);
                return runPreview(inputs, context, { logger, sink, stateRoot: context.workspace });
            }
            try {
                return await runPreview(inputs, context, { logger, sink, stateRoot: branch.dir });
            }
            finally {
                await branch.close();
            }
        }
        case 'reconcile': {
            const { runReconcile } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(53), __nccwpck_require__.e(695), __nccwpck_require__.e(389), __nccwpck_require__.e(679), __nccwpck_require__.e(422)]).then(__nccwpck_require__.bind(__nccwpck_require__, 422));
            return runReconcile(inputs, context, { logger, sink, signal, pending, env });
        }
        case 'recover': {
            const { runRecover } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(53), __nccwpck_require__.e(695), __nccwpck_require__.e(389), __nccwpck_require__.e(679), __nccwpck_require__.e(674)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7674));
            return runRecover(inputs, context, { logger, signal, pending, env });
        }
        case 'status': {
            const { runStatus } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(53), __nccwpck_require__.e(695), __nccwpck_require__.e(389), __nccwpck_require__.e(679), __nccwpck_require__.e(674)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7674));
            return runStatus(inputs, context, { logger, signal, pending, env });
        }
        case 'unlock': {
            const { runUnlock } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(53), __nccwpck_require__.e(695), __nccwpck_require__.e(389), __nccwpck_require__.e(679), __nccwpck_require__.e(674)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7674));
            return runUnlock(inputs, context, { logger, signal, pending, env });
        }
        case 'drift': {
            const { runDrift } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(53), __nccwpck_require__.e(695), __nccwpck_require__.e(389), __nccwpck_require__.e(679), __nccwpck_require__.e(674)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7674));
            return runDrift(inputs, context, { logger, signal, pending, env });
        }
    }
}
async function writeSummary(text) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        workflow_info(text);
        return;
    }
    appendSummary(text);
}
/**
 * The post step: if the main step died between `begin` and the final push,
 * commit and push what the WAL holds, then release the lock it still held
 * (compare-and-swap on that lock's token, so a lock someone else took is left alone).
 */
async function post() {
    const wal = getState(PENDING_WAL);
    const held = getState(HELD_LOCK);
    if (!wal && !held)
        return;
    const inputs = parseInputs(readEnvInput(process.env));
    const context = (0,action_event/* readRunContext */.$p)(process.env);
    const { gitFor, lockBackendFor } = await Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(53), __nccwpck_require__.e(679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6679));
    const root = gitFor(inputs, context);
    if (wal) {
        const { dir, branch, stateDir, tx } = JSON.parse(wal);
        const { existsSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 23));
        if (!existsSync(dir)) {
            warning(`the WAL of ${tx} was not pushed and its worktree ${dir} is gone; run the "status" mode`);
        }
        else {
            const git = root.at(dir);
            await git.add([stateDir]);
            await git.commit(`dpn: WAL of ${tx} after an interrupted run [skip ci]`);
            const tracking = `refs/remotes/${git.remote}/${branch}`;
            for (let attempt = 1;; attempt++) {
                try {
                    await git.push([`HEAD:refs/heads/${branch}`]);
                    break;
                }
                catch (error) {
                    if (attempt >= 5)
                        throw error;
                    await git.fetch([`+refs/heads/${branch}:${tracking}`]);
                    await git.rebase(tracking);
                }
            }
            warning(`pushed the WAL of ${tx} left by the interrupted main step; run the "recover" mode`);
        }
    }
    if (held) {
        const info = JSON.parse(held);
        const backend = await lockBackendFor(inputs, root, logger);
        if (await backend.breakLock(info.scope, info, { force: true }))
            workflow_info(`released lock "${info.scope}" left by the interrupted main step`);
    }
}
async function run() {
    try {
        if (getState('isPost') === 'true') {
            await post();
            return;
        }
        saveState('isPost', 'true');
        const inputs = parseInputs(readEnvInput(process.env));
        if (inputs.githubToken) {
            setSecret(inputs.githubToken);
            // The form git sends it in, should a trace ever print the header.
            setSecret(Buffer.from(`x-access-token:${inputs.githubToken}`, 'utf8').toString('base64'));
        }
        const context = (0,action_event/* readRunContext */.$p)(process.env);
        process.chdir(context.workspace);
        const result = await runMode(inputs, context, cancellation());
        for (const [name, value] of Object.entries(result.outputs))
            if (value !== undefined)
                setOutput(name, value);
        if (result.summary)
            await writeSummary(result.summary);
        if (result.failure)
            setFailed(result.failure);
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error)) {
            setFailed(error.hint ? `${error.message}\n${error.hint}` : error.message);
        }
        else {
            // A bug: keep the stack in the log, but never a token (setSecret masks it).
            setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
        }
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// The base of every error a user can act on. Entry points print `message` (and
// `hint`) without a stack trace; anything else is a bug and keeps its stack.
class UserError extends Error {
    code;
    hint;
    constructor(message, code, hint) {
        super(message);
        this.code = code;
        this.hint = hint;
        this.name = 'UserError';
    }
}
/** Bad command-line usage: exit status 2. */
class UsageError extends UserError {
    constructor(message, hint) {
        super(message, 'USAGE', hint);
        this.name = 'UsageError';
    }
}
function isUserError(error) {
    return error instanceof UserError;
}


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G4: () => (/* binding */ NAMES_FORMATS),
  az: () => (/* binding */ defaultExportFile),
  zP: () => (/* binding */ renderNamesExport)
});

// UNUSED EXPORTS: exportedNames

;// CONCATENATED MODULE: ./src/export/hcl.ts
// A small writer of HCL native syntax: quoted strings with Terraform's template
// sequences escaped, maps, lists, nested blocks and references, laid out the
// way `terraform fmt` lays them out (two-space indent, `=` aligned within a run
// of one-line attributes), so generated files need no reformatting to diff cleanly.
/**
 * An expression written as is (a reference such as `aws_s3_bucket.x.id`), never quoted. A class, not
 * a shape: a map from a blueprint (tags `{expression: "…"}`) must never pass for one.
 */
class HclExpression {
    expression;
    constructor(expression) {
        this.expression = expression;
    }
}
function ref(expression) {
    return new HclExpression(expression);
}
function attribute(name, value) {
    return { kind: 'attribute', name, value };
}
function block(type, labels, body) {
    return { kind: 'block', type, labels, body };
}
function comment(text) {
    return { kind: 'comment', text };
}
/**
 * A quoted HCL string whose value is exactly `text`: `${` and `%{` would start
 * a template interpolation or directive, so they are doubled (`$${`, `%%{`).
 */
function quote(text) {
    let out = '"';
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return `${escapeTemplate(out)}"`;
}
/** Terraform's JSON syntax also reads strings as templates: the same two sequences are doubled. */
function escapeTemplate(text) {
    // A function, not a replacement string: there `$$` would mean one `$`.
    return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function objectKey(key) {
    return IDENTIFIER.test(key) ? key : quote(key);
}
function renderValue(value, indent) {
    if (typeof value === 'string')
        return quote(value);
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : quote(String(value));
    if (typeof value === 'boolean')
        return String(value);
    if (value instanceof HclExpression)
        return value.expression;
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        if (value.every((v) => typeof v !== 'object'))
            return `[${value.map((v) => renderValue(v, indent)).join(', ')}]`;
        return `[\n${value.map((v) => `${inner}${renderValue(v, inner)},`).join('\n')}\n${indent}]`;
    }
    const keys = Object.keys(value).sort();
    if (keys.length === 0)
        return '{}';
    const rendered = keys.map((k) => ({ key: objectKey(k), text: renderValue(value[k], inner) }));
    // As `terraform fmt` does: `=` aligned across one-line entries; a multi-line value is not padded.
    const width = Math.max(0, ...rendered.filter((r) => !r.text.includes('\n')).map((r) => r.key.length));
    const lines = rendered.map((r) => `${inner}${r.text.includes('\n') ? r.key : r.key.padEnd(width)} = ${r.text}`);
    return `{\n${lines.join('\n')}\n${indent}}`;
}
function renderBody(items, indent) {
    const lines = [];
    // `terraform fmt` aligns `=` across consecutive one-line attributes.
    let run = [];
    const flush = () => {
        const width = Math.max(0, ...run.filter((a) => !a.value.includes('\n')).map((a) => a.name.length));
        for (const a of run)
            lines.push(`${indent}${a.value.includes('\n') ? a.name : a.name.padEnd(width)} = ${a.value}`);
        run = [];
    };
    let previous;
    for (const item of items) {
        if (item.kind === 'attribute') {
            const value = renderValue(item.value, indent);
            if (value.includes('\n')) {
                flush();
                lines.push(`${indent}${item.name} = ${value}`);
            }
            else
                run.push({ name: item.name, value });
        }
        else {
            flush();
            if (item.kind === 'comment') {
                if (previous === 'block')
                    lines.push('');
                // Every line break starts a new `#` line: text in a comment can never end it.
                lines.push(...item.text.split(/\r\n|\r|\n/).map((t) => `${indent}# ${t}`.trimEnd()));
            }
            else {
                if (previous !== undefined && previous !== 'comment')
                    lines.push('');
                const labels = item.labels.map((l) => ` ${quote(l)}`).join('');
                const body = renderBody(item.body, `${indent}  `);
                lines.push(body.length === 0 ? `${indent}${item.type}${labels} {}` : `${indent}${item.type}${labels} {`, ...body);
                if (body.length > 0)
                    lines.push(`${indent}}`);
            }
        }
        previous = item.kind;
    }
    flush();
    return lines;
}
/** A whole file (or a block's body); newline-terminated. */
function renderHcl(items) {
    return `${renderBody(items, '').join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/export/identifier.ts
// The Terraform-safe identifier of a dpn resource key: what `dpn export names`
// prints beside each name and what `dpn export terraform` uses as resource
// labels. Stable (a function of the key alone, never of the other resources)
// and collision-free (see terraformIdentifier).


/** Hex digits of SHA-256 kept in an identifier. */
const HASH_LENGTH = 8;
/**
 * `<slug>_<hash>`: the slug is the key in lower case with every run of
 * characters other than a-z and 0-9 turned into one `_` (readable, but lossy:
 * `a-b`, `a_b` and `A/b` share it); the hash is the first 8 hex digits of the
 * SHA-256 of the exact key, which tells such keys apart. Two keys get the same
 * identifier only if both their slugs and their 32-bit hashes agree;
 * `assertDistinct` checks every export for that and refuses rather than
 * emitting two resources under one name. The slug starts with a letter (a
 * resource type), so the result is a valid Terraform identifier and a valid
 * environment variable name once upper-cased.
 */
function terraformIdentifier(key) {
    const slug = key
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    const hash = (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, HASH_LENGTH);
    const head = /^[a-z]/.test(slug) ? slug : `r_${slug}`;
    return `${head.replace(/_$/, '')}_${hash}`;
}
/** The identifier of every key; throws when two keys would share one (never seen in practice, but never silent). */
function identifiersOf(keys) {
    const byKey = new Map();
    const byId = new Map();
    for (const key of keys) {
        const id = terraformIdentifier(key);
        const other = byId.get(id);
        if (other !== undefined && other !== key) {
            throw new errors/* UserError */.yo(`resources "${other}" and "${key}" would share the Terraform identifier ${id}`, 'EXPORT_IDENTIFIER_COLLISION', 'rename one of them in its blueprint');
        }
        byId.set(id, key);
        byKey.set(key, id);
    }
    return byKey;
}

;// CONCATENATED MODULE: ./src/export/names.ts


const NAMES_FORMATS = ['json', 'tfvars', 'hcl', 'tf-json', 'dotenv'];
/** Key → exported name, in key order. */
function exportedNames(resources) {
    const sorted = [...resources].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const ids = identifiersOf(sorted.map((r) => r.key));
    return new Map(sorted.map((r) => [r.key, { id: ids.get(r.key), type: r.type, name: r.name, full_name: r.fullName }]));
}
const HEADER = 'Generated by `dpn export names`: regenerate it, do not edit it.';
function asObject(names, escape = (s) => s) {
    const out = {};
    for (const [key, n] of names) {
        out[escape(key)] = { id: n.id, type: n.type, name: escape(n.name), full_name: escape(n.full_name) };
    }
    return out;
}
/** `DPN_<ID>`: names are safe as they are; anything else is double-quoted with `\` and `"` escaped. */
function dotenvValue(value) {
    return /^[A-Za-z0-9_.:/@+-]*$/.test(value) ? value : `"${value.replace(/[\\"$`]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
}
function dotenv(names) {
    const lines = [`# ${HEADER}`];
    for (const [key, n] of names) {
        const variable = `DPN_${n.id.toUpperCase()}`;
        lines.push(`# ${key.replace(/[\r\n]/g, ' ')}`, `${variable}=${dotenvValue(n.name)}`);
        if (n.full_name !== n.name)
            lines.push(`${variable}_FULL_NAME=${dotenvValue(n.full_name)}`);
    }
    return `${lines.join('\n')}\n`;
}
function renderNamesExport(resources, format) {
    const names = exportedNames(resources);
    switch (format) {
        case 'json':
            return `${JSON.stringify(asObject(names), null, 2)}\n`;
        case 'tf-json':
            // Terraform's JSON syntax reads every string as a template, keys included.
            return `${JSON.stringify({ '//': HEADER, locals: { dpn_names: asObject(names, escapeTemplate) } }, null, 2)}\n`;
        case 'tfvars':
            return renderHcl([comment(HEADER), attribute('dpn_names', asObject(names))]);
        case 'hcl':
            return renderHcl([comment(HEADER), block('locals', [], [attribute('dpn_names', asObject(names))])]);
        case 'dotenv':
            return dotenv(names);
    }
}
/** The default file name a format is written to (the Action's `export` input without a path). */
function defaultExportFile(format) {
    return { json: 'dpn-names.json', tfvars: 'dpn-names.auto.tfvars', hcl: 'dpn-names.tf', 'tf-json': 'dpn-names.tf.json', dotenv: 'dpn-names.env' }[format];
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9838);

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
