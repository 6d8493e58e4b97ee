export const id = 679;
export const ids = [679,304];
export const modules = {

/***/ 6346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ PushRejectedError),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   iR: () => (/* binding */ GitCommandError)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT_IDENTITY */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4724);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
// Git, wrapped once. Every command runs through one private method with
// GIT_TERMINAL_PROMPT=0 (never hang on a prompt) and, when a token is given,
// an `http.<server>/.extraheader` passed through GIT_CONFIG_* environment
// variables for that command only: the token is never written to .git/config.





const ACTIONS_BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** A git command failed: the command (never its environment, which may hold the token) and git's own words. */
class GitCommandError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
    detail;
    constructor(args, detail) {
        const words = detail.trim().split('\n').filter(Boolean).slice(-6).join('\n');
        super(`git ${args[0] ?? ''} failed: ${words}`, 'GIT_FAILED', /not a git repository/.test(detail) ? 'run actions/checkout before dpn' : undefined);
        this.detail = detail;
        this.name = 'GitCommandError';
    }
}
/** A push the remote refused because the ref moved (not a network or auth failure). */
class PushRejectedError extends Error {
    refspecs;
    constructor(refspecs, detail) {
        super(`push of ${refspecs.join(' ')} was rejected: ${detail.trim().split('\n').slice(-3).join(' ')}`);
        this.refspecs = refspecs;
        this.name = 'PushRejectedError';
    }
}
const ALLOWED_ENV = [
    'GIT_TERMINAL_PROMPT',
    'GIT_CONFIG_COUNT',
    'GIT_CONFIG_KEY_0',
    'GIT_CONFIG_VALUE_0',
    'GIT_CONFIG_KEY_1',
    'GIT_CONFIG_VALUE_1',
    'GIT_AUTHOR_NAME',
    'GIT_AUTHOR_EMAIL',
    'GIT_COMMITTER_NAME',
    'GIT_COMMITTER_EMAIL',
];
const REJECTED = /\[rejected\]|\[remote rejected\]|stale info|fetch first|non-fast-forward|already exists|cannot lock ref|failed to update ref|reference already exists/i;
class Git {
    dir;
    remote;
    #git;
    #env;
    #options;
    constructor(options) {
        this.#options = options;
        this.dir = options.dir;
        this.remote = options.remote ?? 'origin';
        const author = options.author ?? ACTIONS_BOT_IDENTITY;
        const env = {};
        // Ambient GIT_* and editor/pager variables would change what git does (or open an editor).
        for (const [k, v] of Object.entries(process.env)) {
            if (v !== undefined && !/^(GIT_|EDITOR$|VISUAL$|PAGER$|SSH_ASKPASS$|PREFIX$)/i.test(k))
                env[k] = v;
        }
        Object.assign(env, {
            GIT_TERMINAL_PROMPT: '0',
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: author.name,
            GIT_COMMITTER_EMAIL: author.email,
        });
        if (options.token) {
            const key = `http.${(options.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/.extraheader`;
            const basic = Buffer.from(`x-access-token:${options.token}`, 'utf8').toString('base64');
            // The empty value first resets headers a checkout may have persisted, so only one is sent.
            Object.assign(env, {
                GIT_CONFIG_COUNT: '2',
                GIT_CONFIG_KEY_0: key,
                GIT_CONFIG_VALUE_0: '',
                GIT_CONFIG_KEY_1: key,
                GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
            });
        }
        this.#env = env;
        this.#git = (0,simple_git__WEBPACK_IMPORTED_MODULE_3__/* .simpleGit */ .Lp)({
            baseDir: options.dir,
            maxConcurrentProcesses: 2,
            trimmed: false,
            allowEnvironment: ALLOWED_ENV,
            // GIT_CONFIG_COUNT carries the per-command auth header; nothing else is unlocked.
            unsafe: { allowUnsafeConfigEnvCount: true },
        });
    }
    /** Runs one git command; the only place a git process starts. */
    async #run(args) {
        try {
            return await this.#git.env(this.#env).raw(args);
        }
        catch (error) {
            throw new GitCommandError(args, error instanceof Error ? error.message : String(error));
        }
    }
    /** The same repository at another directory (a worktree), with the same credentials. */
    at(dir) {
        return new Git({ ...this.#options, dir });
    }
    async revParse(ref) {
        return (await this.#run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
    }
    async tryRevParse(ref) {
        try {
            const sha = await this.revParse(ref);
            return sha || null;
        }
        catch {
            return null;
        }
    }
    /** The sha a remote ref points at, or null when it does not exist. */
    async lsRemote(ref) {
        const out = await this.#run(['ls-remote', '--refs', this.remote, ref]);
        for (const line of out.split('\n')) {
            const [sha, name] = line.trim().split(/\s+/);
            if (sha && name === ref)
                return sha;
        }
        return null;
    }
    async fetch(refspecs, options = {}) {
        const args = ['fetch', '--no-tags', '--quiet'];
        if (options.depth)
            args.push(`--depth=${options.depth}`);
        await this.#run([...args, this.remote, ...refspecs]);
    }
    /**
     * Pushes without force. `lease` makes it a compare-and-swap on one ref
     * (`''` = the ref must not exist). Throws PushRejectedError when the remote refused.
     */
    async push(refspecs, lease) {
        const args = ['push', '--quiet', '--porcelain'];
        if (lease)
            args.push(`--force-with-lease=${lease.ref}:${lease.expect}`);
        args.push(this.remote, ...refspecs);
        try {
            await this.#run(args);
        }
        catch (error) {
            const message = error instanceof GitCommandError ? error.detail : String(error);
            if (REJECTED.test(message))
                throw new PushRejectedError(refspecs, message);
            throw error;
        }
    }
    /** A commit object with an empty tree and the given parents; touches no branch or work tree. */
    async commitTree(message, parents = []) {
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'dpn-git-'));
        try {
            const empty = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'empty');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(empty, '');
            const tree = (await this.#run(['hash-object', '-w', '-t', 'tree', empty])).trim();
            const args = ['commit-tree', tree, '-m', message];
            for (const p of parents)
                args.push('-p', p);
            return (await this.#run(args)).trim();
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        }
    }
    async commitMessage(sha) {
        return this.#run(['log', '-1', '--format=%B', sha]);
    }
    async worktreeAdd(path, commitish) {
        await this.#run(['worktree', 'add', '--detach', '--force', path, commitish]);
    }
    async worktreeRemove(path) {
        await this.#run(['worktree', 'remove', '--force', path]).catch(() => undefined);
        await this.#run(['worktree', 'prune']).catch(() => undefined);
    }
    /** Stages paths, deletions included; a path neither on disk nor tracked has nothing to stage. */
    async add(paths) {
        try {
            await this.#run(['add', '--all', '--', ...paths]);
        }
        catch (error) {
            if (!(error instanceof GitCommandError && /did not match any files/.test(error.detail)))
                throw error;
        }
    }
    /** Whether `paths` have staged or unstaged changes or untracked files. */
    async hasChanges(paths) {
        const out = await this.#run(['status', '--porcelain', '--untracked-files=all', '--', ...paths]);
        return out.trim().length > 0;
    }
    /** Commits what is staged; null when nothing was staged. */
    async commit(message) {
        const staged = await this.#run(['diff', '--cached', '--name-only']);
        if (!staged.trim())
            return null;
        await this.#run(['commit', '--quiet', '--no-verify', '-m', message]);
        return this.revParse('HEAD');
    }
    async rebase(onto) {
        try {
            await this.#run(['rebase', '--quiet', onto]);
        }
        catch (error) {
            await this.#run(['rebase', '--abort']).catch(() => undefined);
            throw error;
        }
    }
    async checkoutDetached(commitish) {
        await this.#run(['checkout', '--quiet', '--detach', commitish]);
    }
    async raw(args) {
        return this.#run(args);
    }
}


/***/ }),

/***/ 6679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yW: () => (/* binding */ actionLock),
  WY: () => (/* binding */ actionWorkspace),
  gitFor: () => (/* binding */ gitFor),
  lockBackendFor: () => (/* binding */ lockBackendFor)
});

// UNUSED EXPORTS: stateBranchName

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/flows/index.ts + 19 modules
var flows = __webpack_require__(2142);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(3566);
// EXTERNAL MODULE: ./src/action/git.ts
var git = __webpack_require__(6346);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/lock.ts
var lock = __webpack_require__(5947);
;// CONCATENATED MODULE: ./src/action/git-lock.ts
// The default lock: a Git ref on the remote, `refs/dpn/locks/<scope>`, pointing
// at a commit whose message holds the holder, run, token and lease expiry.
// Creation is a non-forced push of a parentless commit, which the remote
// accepts only if the ref does not exist: atomic without any other service.
// Every later change (renew, release, breaking a stale lock) is a push with
// `--force-with-lease=<ref>:<sha seen>`, i.e. compare-and-swap on the remote.



const LOCK_REF_PREFIX = 'refs/dpn/locks/';
/** A lock we held was broken or taken over by someone else. */
class LockLostError extends Error {
    constructor(scope) {
        super(`lock "${scope}" was taken over by another holder; stop writing`);
        this.name = 'LockLostError';
    }
}
const SCOPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function lockRef(scope) {
    if (!SCOPE.test(scope) || scope.includes('..') || scope.endsWith('.lock')) {
        throw new Error(`invalid lock scope "${scope}": use letters, digits, ".", "_" and "-"`);
    }
    return `${LOCK_REF_PREFIX}${scope}`;
}
function lockMessage(info) {
    return `dpn lock ${info.scope} held by ${info.holder}\n\n${JSON.stringify(info)}\n`;
}
function parseLockMessage(message) {
    const start = message.indexOf('{');
    if (start < 0)
        return null;
    try {
        const value = JSON.parse(message.slice(start).trim());
        if (typeof value.scope !== 'string' ||
            typeof value.holder !== 'string' ||
            typeof value.token !== 'string' ||
            typeof value.acquiredAt !== 'string' ||
            typeof value.expiresAt !== 'string') {
            return null;
        }
        return value;
    }
    catch {
        return null;
    }
}
class GitRefLock {
    #git;
    #now;
    #sleep;
    #maxBackoffMs;
    #onWait;
    constructor(git, options = {}) {
        this.#git = git;
        this.#now = options.now ?? Date.now;
        this.#sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.#maxBackoffMs = options.maxBackoffMs ?? 15_000;
        this.#onWait = options.onWait;
    }
    /** The lock as the remote holds it now, with the sha any CAS must name. */
    async #read(scope) {
        const ref = lockRef(scope);
        const local = `refs/dpn/seen/locks/${scope}`;
        try {
            await this.#git.fetch([`+${ref}:${local}`]);
        }
        catch (error) {
            const detail = error instanceof git/* GitCommandError */.iR ? error.detail : String(error);
            if (/couldn't find remote ref|no such ref|not our ref/i.test(detail))
                return null;
            throw error;
        }
        const sha = await this.#git.revParse(local);
        const info = parseLockMessage(await this.#git.commitMessage(sha));
        // A ref we cannot read is still a lock: report it as held by an unknown holder, already expired.
        return {
            sha,
            info: info ?? { scope, holder: `unreadable lock commit ${sha.slice(0, 12)}`, token: sha, acquiredAt: new Date(0).toISOString(), expiresAt: new Date(0).toISOString() },
        };
    }
    async inspect(scope) {
        return (await this.#read(scope))?.info ?? null;
    }
    #expired(info) {
        const expires = Date.parse(info.expiresAt);
        return !Number.isFinite(expires) || expires <= this.#now();
    }
    async acquire(scope, who, options) {
        const ref = lockRef(scope);
        const deadline = this.#now() + Math.max(0, options.waitMs);
        for (let attempt = 0;; attempt++) {
            const now = this.#now();
            const info = {
                scope,
                holder: who.holder,
                ...(who.runUrl ? { runUrl: who.runUrl } : {}),
                ...(who.commit ? { commit: who.commit } : {}),
                token: (0,external_node_crypto_.randomUUID)(),
                acquiredAt: new Date(now).toISOString(),
                expiresAt: new Date(now + options.leaseMs).toISOString(),
            };
            const sha = await this.#git.commitTree(lockMessage(info));
            try {
                // Non-forced: the remote refuses it when the ref exists (our commit has no parent).
                await this.#git.push([`${sha}:${ref}`]);
                return this.#held(scope, sha, info, options.leaseMs);
            }
            catch (error) {
                if (!(error instanceof git/* PushRejectedError */.$m))
                    throw error;
            }
            const current = await this.#read(scope);
            if (!current)
                continue;
            if (this.#expired(current.info)) {
                try {
                    await this.#git.push([`${sha}:${ref}`], { ref, expect: current.sha });
                    return this.#held(scope, sha, info, options.leaseMs);
                }
                catch (error) {
                    if (!(error instanceof git/* PushRejectedError */.$m))
                        throw error;
                    continue;
                }
            }
            const left = deadline - this.#now();
            if (left <= 0)
                throw new lock/* LockBusyError */.B(current.info);
            const backoff = Math.min(this.#maxBackoffMs, 500 * 2 ** Math.min(attempt, 10));
            const wait = Math.min(left, Math.round(backoff * (0.5 + Math.random() / 2)));
            this.#onWait?.(current.info, wait);
            await this.#sleep(wait);
        }
    }
    #held(scope, sha, info, leaseMs) {
        const ref = lockRef(scope);
        let current = { sha, info };
        let released = false;
        return {
            get info() {
                return current.info;
            },
            renew: async () => {
                if (released)
                    return;
                const now = this.#now();
                const next = { ...current.info, expiresAt: new Date(now + leaseMs).toISOString() };
                const nextSha = await this.#git.commitTree(lockMessage(next), [current.sha]);
                try {
                    await this.#git.push([`${nextSha}:${ref}`], { ref, expect: current.sha });
                }
                catch (error) {
                    if (error instanceof git/* PushRejectedError */.$m)
                        throw new LockLostError(scope);
                    throw error;
                }
                current = { sha: nextSha, info: next };
            },
            release: async () => {
                if (released)
                    return;
                try {
                    await this.#git.push([`:${ref}`], { ref, expect: current.sha });
                }
                catch (error) {
                    // Someone broke our lock after it expired: it is theirs now, leave it.
                    if (!(error instanceof git/* PushRejectedError */.$m))
                        throw error;
                }
                released = true;
            },
        };
    }
    async breakLock(scope, expected, options = {}) {
        const ref = lockRef(scope);
        const current = await this.#read(scope);
        if (!current || current.info.token !== expected.token)
            return false;
        if (!options.force && !this.#expired(current.info))
            return false;
        try {
            await this.#git.push([`:${ref}`], { ref, expect: current.sha });
            return true;
        }
        catch (error) {
            if (error instanceof git/* PushRejectedError */.$m)
                return false;
            throw error;
        }
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/action/state-branch.ts
var state_branch = __webpack_require__(5304);
;// CONCATENATED MODULE: ./src/action/state-workspace.ts
// The Action's state workspace for the flows (src/flows): the state branch's
// newest commit in a worktree of its own. Persisting commits and pushes
// (fetch-rebase-retry on rejection); while a WAL is on disk but not pushed,
// the post step is told where it is, and the lock is kept until it is pushed.


class GitStateWorkspace {
    options;
    constructor(options) {
        this.options = options;
    }
    openBranch() {
        return state_branch.StateBranch.open(this.options.git, this.options.branch, { tempRoot: this.options.tempRoot, startPoint: this.options.startPoint });
    }
    async open() {
        const o = this.options;
        const branch = await this.openBranch();
        let unpushed = false;
        return {
            stateDir: (0,external_node_path_.join)(branch.dir, o.stateDir),
            persist: async (checkpoint) => {
                if (checkpoint.kind === 'begin' || checkpoint.kind === 'recovering') {
                    // From here until the final push the WAL on disk is ahead of Git: if this process dies, the post step pushes it.
                    o.pending.set({ dir: branch.dir, branch: branch.branch, stateDir: o.stateDir, tx: checkpoint.tx });
                    unpushed = true;
                }
                const sha = await branch.commitAndPush(o.message(checkpoint), [o.stateDir]);
                o.onPersisted?.(checkpoint, sha);
                if (checkpoint.kind !== 'begin' && checkpoint.kind !== 'recovering') {
                    o.pending.set(null);
                    unpushed = false;
                }
                return sha;
            },
            unpersisted: () => unpushed,
            close: () => branch.close(),
        };
    }
    async read(fn) {
        const branch = await this.openBranch();
        try {
            return await fn((0,external_node_path_.join)(branch.dir, this.options.stateDir), true);
        }
        finally {
            await branch.close();
        }
    }
}

;// CONCATENATED MODULE: ./src/action/locking.ts






function gitFor(inputs, context) {
    return new git/* Git */.TU({
        dir: context.workspace,
        ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        serverUrl: context.serverUrl,
        ...(inputs.commitAuthor ? { author: inputs.commitAuthor } : {}),
    });
}
function stateBranchName(inputs, context) {
    const name = inputs.stateBranch ?? (0,action_event/* branchOf */.W0)(context.ref) ?? context.defaultBranch;
    if (!name) {
        throw new errors/* UserError */.yo('cannot tell which branch holds the state: set the "state-branch" input', 'ACTION_INPUT');
    }
    return name;
}
async function lockBackendFor(inputs, git, logger) {
    if (inputs.lockBackend === 'dynamodb') {
        const { createDynamoLockBackend } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(907), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 1807));
        // the flow renews the lease on its own timer: one renewer only.
        return createDynamoLockBackend({ tablePrefix: inputs.lockTablePrefix, autoRenew: false });
    }
    return new GitRefLock(git, {
        onWait: (current, ms) => logger.info(`lock "${current.scope}" is held by ${current.holder}${current.runUrl ? ` (${current.runUrl})` : ''}; retrying in ${Math.round(ms / 1000)} s`),
    });
}
/** The flows' lock for the Action: the lock backend, named for this run, telling the post step what it holds. */
async function actionLock(inputs, git, logger, pending) {
    return {
        backend: await lockBackendFor(inputs, git, logger),
        scope: inputs.lockScope,
        holder: (0,flows/* runner */.lj)(),
        leaseMs: inputs.lockLeaseMs,
        waitMs: inputs.lockWaitMs,
        busyHint: inputs.lockBackend === 'dynamodb'
            ? 'The next run reconciles everything (runs are level-triggered). A lock whose lease ran out is taken over by the next run; the "unlock" mode breaks it sooner ("force: true" for a live lease whose holder is certainly dead).'
            : 'The next run reconciles everything (runs are level-triggered). If the holder died, run the "unlock" mode after its lease expires ("force: true" to break it sooner).',
        onAcquired: (lock) => {
            pending.lock?.(lock.info);
            logger.info(`holding lock "${inputs.lockScope}" until ${lock.info.expiresAt}`);
        },
        onReleased: () => pending.lock?.(null),
    };
}
/** The state branch as the flows' workspace. */
function actionWorkspace(inputs, context, git, pending, message, logger) {
    return new GitStateWorkspace({
        git,
        branch: stateBranchName(inputs, context),
        stateDir: inputs.stateDir,
        tempRoot: context.runnerTemp,
        startPoint: context.sha || 'HEAD',
        pending,
        message,
        onPersisted: (checkpoint, sha) => {
            if (checkpoint.kind === 'begin')
                logger?.info(`pushed WAL begin record of ${checkpoint.tx} (${sha?.slice(0, 12) ?? 'already pushed'})`);
        },
    });
}


/***/ }),

/***/ 5304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StateBranch: () => (/* binding */ StateBranch)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6346);
// The state branch as a separate, detached worktree under RUNNER_TEMP: state
// and WAL are read from its newest commit (not from the commit being
// reconciled, which may be older) and committed back to it with `[skip ci]`.
// A rejected push means someone else pushed first: fetch, rebase, retry.





class StateBranch {
    branch;
    dir;
    git;
    #root;
    #maxAttempts;
    #closed = false;
    constructor(root, branch, dir, maxAttempts) {
        this.#root = root;
        this.branch = branch;
        this.dir = dir;
        this.git = root.at(dir);
        this.#maxAttempts = maxAttempts;
    }
    get trackingRef() {
        return `refs/remotes/${this.#root.remote}/${this.branch}`;
    }
    static async open(root, branch, options) {
        const parent = options.tempRoot && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(options.tempRoot) ? options.tempRoot : (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, 'dpn-state-'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        const tracking = `refs/remotes/${root.remote}/${branch}`;
        const exists = (await root.lsRemote(`refs/heads/${branch}`)) !== null;
        if (exists)
            await root.fetch([`+refs/heads/${branch}:${tracking}`]);
        await root.worktreeAdd(dir, exists ? tracking : options.startPoint);
        return new StateBranch(root, branch, dir, options.maxPushAttempts ?? 8);
    }
    /** Brings the worktree to the branch's newest commit (before reading state under a lock). */
    async refresh() {
        if ((await this.#root.lsRemote(`refs/heads/${this.branch}`)) === null)
            return;
        await this.#root.fetch([`+refs/heads/${this.branch}:${this.trackingRef}`]);
        await this.git.checkoutDetached(this.trackingRef);
    }
    /**
     * Commits `paths` (relative to the worktree) and pushes them to the branch.
     * Returns the pushed commit, or null when nothing changed and nothing was left unpushed.
     */
    async commitAndPush(message, paths) {
        await this.git.add(paths);
        const committed = await this.git.commit(message);
        if (!committed) {
            // Nothing new: push only commits an earlier failed push left behind.
            const unpushed = (await this.git.raw(['rev-list', '--max-count=1', 'HEAD', '--not', '--remotes'])).trim();
            if (!unpushed)
                return null;
        }
        for (let attempt = 1;; attempt++) {
            try {
                await this.git.push([`HEAD:refs/heads/${this.branch}`]);
                return this.git.revParse('HEAD');
            }
            catch (error) {
                if (!(error instanceof _git_js__WEBPACK_IMPORTED_MODULE_4__/* .PushRejectedError */ .$m) || attempt >= this.#maxAttempts)
                    throw error;
            }
            await this.#root.fetch([`+refs/heads/${this.branch}:${this.trackingRef}`]);
            await this.git.rebase(this.trackingRef);
            await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt) * (0.5 + Math.random() / 2)));
        }
    }
    async close() {
        if (this.#closed)
            return;
        this.#closed = true;
        await this.#root.worktreeRemove(this.dir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.dir, { recursive: true, force: true });
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

/***/ 6050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ NO_RUN_RECORDER)
/* harmony export */ });
// Run history: one record per reconcile run. The default keeps history in Git
// (the WAL commits); the DynamoDB backend (src/backend/) stores it in a table.
/** The default: history lives in the Git log of the state branch. */
const NO_RUN_RECORDER = {
    async started() { },
    async finished() { },
};


/***/ }),

/***/ 2142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wf: () => (/* reexport */ driftFlow),
  t5: () => (/* reexport */ reconcileFlow),
  PA: () => (/* reexport */ recoverFlow),
  lj: () => (/* reexport */ runner),
  Pe: () => (/* reexport */ statusFlow),
  dY: () => (/* reexport */ unlockFlow)
});

// UNUSED EXPORTS: DEFAULT_LEASE_MS, LocalWorkspace, applyPlanFlow, detectDrift, preflight, withLock

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
        return fn(this.stateDir, existsSync(this.stateDir));
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

// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/state/path.ts
var path = __webpack_require__(4054);
;// CONCATENATED MODULE: ./src/state/record.ts

/** The record of a resource just created or updated from `spec`. */
function recordFromSpec(spec, applied) {
    const record = {
        key: spec.key,
        type: spec.type,
        name: spec.name,
        fullName: spec.fullName,
        blueprint: (0,path/* normalizeBlueprintPath */.ek)(spec.blueprint),
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

;// CONCATENATED MODULE: ./src/engine/steps.ts




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
    const steps = (0,plan_steps/* executionSteps */.Ku)(plan);
    const applyIds = steps.filter((s) => s.phase === 'apply').map((s) => s.id);
    const nodes = [];
    for (const s of steps) {
        const op = byKey.get(s.key);
        if (!op)
            throw new Error(`plan step ${s.id} has no operation`);
        const step = s.id.endsWith(plan_steps/* RETIRE_SUFFIX */.a$) ? 'replace_retire' : forwardStep(op.action);
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
        throw new errors/* UserError */.yo(`dpn can name but not provision ${list}: no driver for ${missing.size === 1 ? 'this type' : 'these types'}`, 'NO_DRIVER', 'remove these resources from the blueprints you apply, or narrow them with a blueprint `scope`');
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
    return recordFromSpec(spec, { appliedAt: at, transaction: tx, ...(live.physicalId !== undefined ? { physicalId: live.physicalId } : {}) });
}
function driverFor(drivers, node) {
    const driver = drivers[node.op.type];
    if (!driver)
        throw new errors/* UserError */.yo(`no driver for ${node.op.type}`, 'NO_DRIVER');
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
            return withId(archivedRecord(current, { appliedAt: at, transaction: tx }));
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
    return error instanceof driver/* ProviderError */.mZ && error.details.code === 'UNSUPPORTED';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/engine/wal.ts
// The write-ahead log: one append-only JSON-lines file per transaction under
// `<state-dir>/wal/<tx-id>.jsonl`. A record is on disk (fsync'ed) before the
// step it announces starts, so a process that vanishes still leaves evidence of
// what it may have done. Readers tolerate a torn last line (a crash mid-write).





const END_TYPES = new Set(['committed', 'rolled_back', 'rollback_failed']);
function isEndRecord(record) {
    return END_TYPES.has(record.type);
}
function walDir(stateDir) {
    return (0,external_node_path_.join)(stateDir, 'wal');
}
function walFile(stateDir, tx) {
    return (0,external_node_path_.join)(walDir(stateDir), `${tx}.jsonl`);
}
const TX_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{6,}$/;
/** A transaction id that sorts by start time: `20261122T031500Z-3fa9c1`. */
function newTransactionId(now = new Date(), random = () => (0,external_node_crypto_.randomBytes)(3)) {
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
        await (0,external_node_fs_promises_.mkdir)(dir, { recursive: true });
        const file = walFile(stateDir, tx);
        const handle = await (0,external_node_fs_promises_.open)(file, 'wx');
        await syncDir(dir);
        return new WalWriter(tx, file, handle, now);
    }
    /** Reopens an existing transaction file to append (recovery), cutting a torn last line first. */
    static async reopen(stateDir, tx, now = () => new Date()) {
        const file = walFile(stateDir, tx);
        const handle = await (0,external_node_fs_promises_.open)(file, 'r+');
        const text = await handle.readFile('utf8');
        const keep = Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1), 'utf8');
        if (keep !== Buffer.byteLength(text, 'utf8')) {
            await handle.truncate(keep);
            await handle.sync();
        }
        await handle.close();
        return new WalWriter(tx, file, await (0,external_node_fs_promises_.open)(file, 'a'), now);
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
        at += (0,external_node_fs_.writeSync)(fd, bytes, at, bytes.length - at);
}
async function syncDir(dir) {
    // A new file's directory entry must be durable too, or a crash can lose the whole file.
    try {
        const handle = await (0,external_node_fs_promises_.open)(dir, 'r');
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
            throw new errors/* UserError */.yo(`WAL ${file} line ${i + 1} is not valid JSON`, 'WAL_CORRUPT', 'the log is append-only; restore it from Git history before running recover');
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
        text = await (0,external_node_fs_promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors/* UserError */.yo(`no transaction ${tx} in ${walDir(stateDir)}`, 'WAL_NOT_FOUND', 'run `dpn status` to list transactions');
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
async function wal_unfinishedTransactions(stateDir) {
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
    const handle = await (0,external_node_fs_promises_.open)(file, 'r');
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
        names = await (0,external_node_fs_promises_.readdir)(walDir(stateDir));
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
        onRetry: (attempt, delayMs, error) => rt.emit({ type: 'retry', key: node.key, step: node.step, attempt, delayMs, error: walError(error) }),
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
        if (!needsUndo(task))
            return true;
        const { node } = task;
        const undo = undoDescription(task);
        await rt.wal.append({ type: 'undo_intent', key: node.key, step: node.step, undo });
        rt.emit({ type: 'undo_start', key: node.key, step: node.step, undo });
        try {
            const result = await undoStep(task, rt.drivers, ctx, caller(rt, node, undefined));
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
            const e = walError(error);
            await rt.wal.append({ type: 'undo_failed', key: node.key, step: node.step, error: e });
            left.push(leftOf(task, e));
            setReport(reports, node, 'left', e);
            rt.emit({ type: 'undo_failed', key: node.key, step: node.step, error: e });
            return false;
        }
    });
    for (const t of tasks) {
        if (started.has(t.node.id) || !needsUndo(t))
            continue;
        const l = leftOf(t, { message: 'not undone: something that depends on it could not be undone' });
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
    const nodes = buildSteps(plan);
    if (nodes.length === 0) {
        return { status: 'noop', steps: [], cancelled: false, left: [], state: options.state };
    }
    assertDrivers(plan, options.drivers);
    const now = options.now ?? (() => new Date());
    const tx = options.txId ?? newTransactionId(now());
    let wal;
    try {
        wal = await WalWriter.create(options.stateDir, tx, now);
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
        const before = beforeOf(node, options.state);
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
        if (driverLooks(node, rt.drivers) && !known.has(node.id)) {
            let first;
            stepCtx = { ...ctx, beforeCreate: (found) => (first ??= logIntent(found)) };
        }
        else {
            try {
                if (!known.has(node.id))
                    existing = await readExisting(node, rt.drivers, ctx, caller(rt, node, signal));
                await logIntent(existing);
            }
            catch (error) {
                // The step never started: nothing changed, nothing to undo.
                return reportFailure(walError(error));
            }
        }
        let after;
        try {
            const result = await runStep(node, before, rt.drivers, stepCtx, rt.tx, rt.now().toISOString(), caller(rt, node, signal));
            if (!logged) {
                throw new Error(`the ${node.op.type} driver finished a create without reporting what it found first (see Driver.looksBeforeCreate)`);
            }
            after = result.after;
            outcomes.set(node.id, { node, outcome: 'done', before, after, ...(existing !== undefined ? { existing } : {}) });
            applyStep(rt.working, node.key, node.step, after);
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
                failure ??= { key: node.key, error: walError(error) };
            }));
        }
        catch (error) {
            const e = walError(error);
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

// EXTERNAL MODULE: ./src/engine/runs.ts
var engine_runs = __webpack_require__(6050);
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
// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/plan/serialize.ts
var serialize = __webpack_require__(6913);
// EXTERNAL MODULE: ./src/plan/retire-scope.ts
var retire_scope = __webpack_require__(177);
;// CONCATENATED MODULE: ./src/plan/index.ts
// Planning: diff desired resources against the state into a Plan, check it, save it.










// EXTERNAL MODULE: ./src/state/document.ts
var state_document = __webpack_require__(2120);
// EXTERNAL MODULE: ./src/state/store.ts
var store = __webpack_require__(6992);
;// CONCATENATED MODULE: ./src/state/index.ts





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
            const unfinished = await wal_unfinishedTransactions(open.stateDir);
            if (unfinished.length > 0)
                return { ...result, status: 'blocked', unfinished };
            const state = await (0,store/* loadState */.C7)(open.stateDir);
            const prune = options.mode !== 'create';
            // diff applies the run's policy itself, so its warnings and summary match the plan.
            const plan = (0,diff/* diff */.Ui)(desired.resources, state, {
                prune,
                ...(prune ? { blueprints: (0,retire_scope/* retireScope */.ou)(options.blueprints, desired.files, state) } : {}),
                ...(options.deletionPolicy ? { deletionPolicy: options.deletionPolicy } : {}),
            });
            const massDelete = (0,guard/* checkMassDelete */.I)(plan, state);
            const namedOnly = namedOnlyLine(plan);
            const planned = { ...result, status: 'noop', plan, state, massDelete, ...(namedOnly ? { namedOnly } : {}) };
            const refusal = await reconcile_guard(plan, drivers, env, options.face);
            if (options.dryRun)
                return { ...planned, status: 'dry_run', ...(refusal ? { refusal } : massDelete.refused ? { refusal: massDeleteRefusal(massDelete, options.face) } : {}) };
            if (!(0,summary/* hasChanges */.ik)(plan))
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
        assertDrivers(plan, drivers);
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
    const touched = (0,diff/* touchedBlueprints */.D7)(plan);
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
                stateFiles = await (0,store/* writeState */.Jq)(open.stateDir, next, { blueprints: touched });
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
        keep(await open.persist({ kind: 'end', tx: transaction.tx, status: transaction.status, summary: (0,summary/* summaryLine */.dC)(plan.summary) }));
    return { transaction, stateFiles, persisted, lockLost: lost.aborted };
}
/** Run history is a record, not a gate: a failed write is a warning in every face. */
function runRecorder(options, files, plan, env) {
    const runs = options.runs ?? engine_runs/* NO_RUN_RECORDER */.j;
    const record = {
        runId: options.run?.id ?? `${Date.now()}-${process.pid}`,
        repository: options.run?.repository ?? env.GITHUB_REPOSITORY ?? 'local',
        // Run history wants a commit; outside Git there is none to name.
        commit: options.commit ?? env.GITHUB_SHA ?? 'none',
        blueprints: files,
        ...(0,summary/* changeCounts */.Zg)(plan.summary),
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
            const unfinished = await unfinishedTransactions(open.stateDir);
            if (unfinished.length > 0)
                return { status: 'blocked', unfinished, stateFiles: [], lockLost: false };
            const state = await loadState(open.stateDir);
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
        const log = await readTransaction(stateDir, tx);
        if (log.end && log.end.type !== 'rollback_failed') {
            throw new errors/* UserError */.yo(`transaction ${tx} already ended (${log.end.type}); there is nothing to recover`, 'RECOVER_ENDED');
        }
        return log;
    }
    return (await wal_unfinishedTransactions(stateDir))[0];
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
    const nodes = buildSteps(plan);
    const reading = readLog(log);
    if (!reading.committing)
        assertDrivers(plan, options.drivers);
    const state = await options.loadState();
    const now = options.now ?? (() => new Date());
    const wal = await WalWriter.reopen(options.stateDir, log.tx, now);
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
                    applyStep(resources, node.key, node.step, done.after);
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
            applyStep(rt.working, node.key, node.step, rec.after);
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
        const record = (await wal.append({ type: 'intent', key: node.key, action: node.op.action, step: node.step, before: beforeOf(node, state) }));
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
                const driver = driverFor(drivers, node);
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
                reports.push({ key: node.key, step: node.step, logged, exists: false, error: walError(error) });
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(rt.concurrency, started.length) }, worker));
    return reports.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function probeTarget(node, before) {
    if (node.step === 'forget')
        return undefined;
    if (isCreate(node))
        return node.op.desired ? refOf(node.op.desired) : undefined;
    const current = before ?? node.op.current;
    return current ? refOf(current) : undefined;
}

;// CONCATENATED MODULE: ./src/flows/recover.ts
// The recover flow, for every face: under the lock, pick the transaction
// without an end record (or the one named), let the engine probe and roll
// back or resume it, and persist the WAL and state where the next run reads them.






async function recoverFlow(options) {
    const { drivers, close } = await productionDrivers(options);
    try {
        return await underLock(options, async (open, lost) => {
            const candidates = await wal_unfinishedTransactions(open.stateDir);
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
                    loadState: () => (0,store/* loadState */.C7)(open.stateDir),
                    writeState: async (next) => {
                        stateFiles = await (0,store/* writeState */.Jq)(open.stateDir, next);
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
        planned = log.begin ? buildSteps(log.begin.plan).length : 0;
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
        (0,store/* loadState */.C7)(stateDir),
        transactionIds(stateDir),
        wal_unfinishedTransactions(stateDir),
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
    const last = lastId ? await readTransaction(stateDir, lastId) : undefined;
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
            const state = await (0,store/* loadState */.C7)(stateDir);
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
    const loadAws = () => (aws ??= Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(114), __webpack_require__.e(695), __webpack_require__.e(886)]).then(__webpack_require__.bind(__webpack_require__, 9886)).then((m) => m.createAwsDrivers({
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
