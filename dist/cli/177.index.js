export const id = 177;
export const ids = [177,54];
export const modules = {

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

/***/ 4054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ blueprintOfStateFile),
/* harmony export */   STATE_SUBDIR: () => (/* binding */ STATE_SUBDIR),
/* harmony export */   XI: () => (/* binding */ stateFileFor),
/* harmony export */   ek: () => (/* binding */ normalizeBlueprintPath)
/* harmony export */ });
/* unused harmony exports STATE_FILE_SUFFIX, stateRoot */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Where the state of one blueprint lives: `<state-dir>/state/<blueprint path>.json`.
//
// The state file mirrors the blueprint's path, so `blueprints/dev.json` is kept
// in `.dpn/state/blueprints/dev.json.json` and a reviewer finds it without a
// lookup table. The mapping is reversible: each path segment keeps
// `A-Z a-z 0-9 . _ -` and percent-encodes every other byte (UTF-8); `..`
// segments are encoded so they cannot climb out of the state directory, and an
// absolute blueprint path starts with the segment `%2F`. Paths are normalised
// first (`./a//b.json` and `a/b.json` are one blueprint; `\` is a separator).

/** Sub-directory of the state dir (default `.dpn`) that holds the state files. */
const STATE_SUBDIR = 'state';
const STATE_FILE_SUFFIX = '.json';
function stateRoot(stateDir) {
    return posix.join(stateDir.replace(/\\/g, '/'), STATE_SUBDIR);
}
// A plan of 10,000 resources normalises the same few blueprint paths 20,000
// times; a bounded memo keeps that off the profile.
const normalized = new Map();
/** The one spelling of a blueprint path that state and plans use. */
function normalizeBlueprintPath(path) {
    let out = normalized.get(path);
    if (out === undefined) {
        if (normalized.size >= 4096)
            normalized.clear();
        out = normalizeUncached(path);
        normalized.set(path, out);
    }
    return out;
}
function normalizeUncached(path) {
    const slashed = path.replace(/\\/g, '/');
    if (slashed === '')
        return '';
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(slashed);
    const trimmed = normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
    return trimmed.startsWith('./') ? trimmed.slice(2) : trimmed;
}
/** The state file of a blueprint, relative to `stateRoot(stateDir)`, with `/` separators. */
function stateFileFor(blueprint) {
    const normal = normalizeBlueprintPath(blueprint);
    if (normal === '' || normal === '.')
        throw new Error(`no state file for an empty blueprint path`);
    const absolute = normal.startsWith('/');
    const segments = (absolute ? normal.slice(1) : normal).split('/').map(encodeSegment);
    if (absolute)
        segments.unshift('%2F');
    return segments.join('/') + STATE_FILE_SUFFIX;
}
/** The blueprint a state file (relative to the state root) belongs to, or null if the name is not one of ours. */
function blueprintOfStateFile(relative) {
    const slashed = relative.replace(/\\/g, '/');
    if (!slashed.endsWith(STATE_FILE_SUFFIX))
        return null;
    const segments = slashed.slice(0, -STATE_FILE_SUFFIX.length).split('/');
    let absolute = false;
    if (segments[0] === '%2F') {
        absolute = true;
        segments.shift();
    }
    try {
        const decoded = segments.map((s) => decodeURIComponent(s));
        if (decoded.some((s) => s === '' || s.includes('/')))
            return null;
        return (absolute ? '/' : '') + decoded.join('/');
    }
    catch {
        return null;
    }
}
function encodeSegment(segment) {
    if (segment === '..' || segment === '.')
        return segment.replace(/\./g, '%2E');
    let out = '';
    for (const byte of new TextEncoder().encode(segment)) {
        const c = String.fromCharCode(byte);
        out += /[A-Za-z0-9._-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}


/***/ })

};
