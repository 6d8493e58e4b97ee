export const id = 136;
export const ids = [136];
export const modules = {

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


/***/ })

};
