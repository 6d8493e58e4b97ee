export const id = 992;
export const ids = [992,54];
export const modules = {

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


/***/ })

};
