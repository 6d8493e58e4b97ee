export const id = 54;
export const ids = [54];
export const modules = {

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
