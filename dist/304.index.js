export const id = 304;
export const ids = [304];
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


/***/ })

};
