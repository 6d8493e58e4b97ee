export const id = 256;
export const ids = [256,54,967];
export const modules = {

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareKeys: () => (/* binding */ compareKeys),
/* harmony export */   diff: () => (/* binding */ diff),
/* harmony export */   oldDependencies: () => (/* binding */ oldDependencies),
/* harmony export */   topological: () => (/* binding */ topological),
/* harmony export */   touchedBlueprints: () => (/* binding */ touchedBlueprints)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _naming_clouds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4);
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4054);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(934);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(967);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9898);






/** Changes that only rewrite the state: the driver need not be called. */
const STATE_ONLY_PATHS = new Set(['blueprint', 'deletionPolicy']);
function diff(desired, state, options = {}) {
    const defaultPolicy = options.defaultDeletionPolicy ?? 'archive';
    const ops = new Map();
    const specs = new Map();
    for (const spec of desired) {
        const twin = specs.get(spec.key);
        if (twin) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`resource ${spec.key} is declared twice: ${where(twin)} and ${where(spec)}`, 'PLAN_DUPLICATE_KEY', 'a resource key must be unique across all blueprints');
        }
        specs.set(spec.key, spec);
        if ((0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_1__/* .isNamedOnly */ .m2)(spec.type)) {
            ops.set(spec.key, namedOnly(spec));
            continue;
        }
        const current = state.resources.get(spec.key);
        ops.set(spec.key, current ? compare(spec, current) : created(spec));
    }
    if (options.prune !== false) {
        const scope = options.blueprints ? new Set(options.blueprints.map(_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)) : undefined;
        for (const current of state.resources.values()) {
            if (specs.has(current.key))
                continue;
            if (scope && !scope.has((0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(current.blueprint)))
                continue;
            const policy = options.deletionPolicy ?? current.deletionPolicy ?? defaultPolicy;
            ops.set(current.key, removed(current, current.archived ? 'noop' : policy));
        }
    }
    followReplacedDependencies(ops);
    linkApplyPhase(ops);
    linkRetirePhase(ops, state);
    const operations = order(ops);
    const plan = { operations, summary: (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__.summarize)(operations) };
    const warnings = warn(operations, state);
    if (warnings.length > 0)
        plan.warnings = warnings;
    return plan;
}
/** Blueprint files whose state a plan changes: each changed operation's file, and the old file of a moved resource. */
function touchedBlueprints(plan) {
    const out = new Set();
    for (const op of plan.operations) {
        if (op.action === 'noop')
            continue;
        out.add((0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(op.blueprint));
        if (op.current)
            out.add((0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(op.current.blueprint));
    }
    return [...out].sort();
}
function created(spec) {
    return {
        key: spec.key,
        action: 'create',
        type: spec.type,
        name: spec.name,
        fullName: spec.fullName,
        blueprint: (0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(spec.blueprint),
        desired: spec,
        changes: [],
        dependsOn: [],
    };
}
/** A resource dpn names but does not provision: shown with its name, run by nobody. */
function namedOnly(spec) {
    return { ...created(spec), action: 'noop', provisioned: false };
}
function compare(spec, current) {
    const changes = [];
    const rename = spec.name !== current.name || spec.fullName !== current.fullName || spec.type !== current.type;
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('type', current.type, spec.type, changes);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('name', current.name, spec.name, changes);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('fullName', current.fullName, spec.fullName, changes);
    if (current.archived)
        changes.push({ path: 'archived', before: true, after: false });
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('params', current.params, spec.params, changes);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('tags', current.tags, spec.tags, changes);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('deletionPolicy', current.deletionPolicy, spec.deletionPolicy, changes);
    const from = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(current.blueprint);
    const to = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(spec.blueprint);
    if (from !== to)
        changes.push({ path: 'blueprint', before: from, after: to });
    const action = rename ? 'replace' : changes.length > 0 ? 'update' : 'noop';
    const op = {
        key: spec.key,
        action,
        type: spec.type,
        name: spec.name,
        fullName: spec.fullName,
        blueprint: to,
        desired: spec,
        current,
        changes,
        dependsOn: [],
    };
    if (action === 'update' && changes.every((c) => STATE_ONLY_PATHS.has(c.path)))
        op.stateOnly = true;
    if (from !== to)
        op.movedFrom = from;
    return op;
}
function removed(current, action) {
    return {
        key: current.key,
        action,
        type: current.type,
        name: current.name,
        fullName: current.fullName,
        blueprint: (0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(current.blueprint),
        current,
        changes: [],
        dependsOn: [],
    };
}
function where(spec) {
    return `${spec.location.file}:${spec.location.line}`;
}
// A resource that points at a replaced one by id (a job at its cluster) would
// keep pointing at the old one, which is about to be retired: it is updated
// after the replacement exists, even when nothing else about it changed.
function followReplacedDependencies(ops) {
    for (const op of ops.values()) {
        if ((op.action !== 'noop' && op.action !== 'update') || !op.desired)
            continue;
        const added = [];
        for (const dep of uniqueSorted(op.desired.dependsOn)) {
            const target = ops.get(dep);
            if (target?.action !== 'replace')
                continue;
            added.push({ path: (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .childPath */ .cm)('dependsOn', dep), before: target.current?.fullName, after: target.fullName });
        }
        if (added.length === 0)
            continue;
        op.action = 'update';
        op.changes = [...op.changes, ...added];
        delete op.stateOnly;
    }
}
// Apply phase: an operation waits for the changed operations of what it depends on.
function linkApplyPhase(ops) {
    for (const op of ops.values()) {
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(op.action) !== 'apply' || op.action === 'noop' || !op.desired)
            continue;
        op.dependsOn = uniqueSorted(op.desired.dependsOn.filter((dep) => {
            const target = ops.get(dep);
            return dep !== op.key && target !== undefined && target.action !== 'noop' && (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(target.action) === 'apply';
        }));
    }
}
// Retire phase: reverse dependency order among everything that leaves — removed
// resources and the old halves of replaces. Dependencies come from the state
// (what the resources depended on when applied), inferred from names for
// records written without them.
function linkRetirePhase(ops, state) {
    const leaving = new Set();
    for (const op of ops.values())
        if (isRetiring(op))
            leaving.add(op.key);
    if (leaving.size === 0)
        return;
    const parents = oldDependencies(state);
    const waitsFor = new Map();
    for (const child of leaving) {
        for (const parent of parents(child)) {
            if (parent === child || !leaving.has(parent))
                continue;
            let set = waitsFor.get(parent);
            if (!set)
                waitsFor.set(parent, (set = new Set()));
            set.add(child);
        }
    }
    for (const key of leaving) {
        const op = ops.get(key);
        const deps = uniqueSorted([...(waitsFor.get(key) ?? [])]);
        if (op.action === 'replace') {
            if (deps.length > 0)
                op.retireDependsOn = deps;
        }
        else {
            op.dependsOn = deps;
        }
    }
}
function isRetiring(op) {
    return op.action === 'replace' || (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(op.action) === 'retire';
}
/** What each state record depended on: its recorded `dependsOn`, else inferred from its type and names. */
function oldDependencies(state) {
    let index;
    const byName = (type, fullName) => {
        if (!index) {
            index = new Map();
            for (const r of state.resources.values())
                index.set(`${r.type}\u0000${r.fullName}`, r.key);
        }
        return index.get(`${type}\u0000${fullName}`);
    };
    return (key) => {
        const record = state.resources.get(key);
        if (!record)
            return [];
        if (record.dependsOn)
            return record.dependsOn;
        const p = record.params;
        const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
        const parentName = record.fullName.includes('.') ? record.fullName.slice(0, record.fullName.lastIndexOf('.')) : undefined;
        let found;
        switch (record.type) {
            case 'aws_glue_table':
                found = byName('aws_glue_database', str(p['databaseName']) ?? parentName ?? '');
                break;
            case 'dbx_schema':
                found = byName('dbx_catalog', str(p['catalog_name']) ?? parentName ?? '');
                break;
            case 'dbx_table': {
                const catalog = str(p['catalog_name']);
                const schema = str(p['schema_name']);
                found = byName('dbx_schema', catalog && schema ? `${catalog}.${schema}` : (parentName ?? ''));
                break;
            }
            case 'dbx_job':
                found = str(p['clusterKey']);
                break;
            default:
                break;
        }
        return found ? [found] : [];
    };
}
// Apply-phase changes in topological order, then the retire phase's removals in
// theirs, then noops; ties always by key.
function order(ops) {
    const all = [...ops.values()];
    const apply = all.filter((op) => op.action !== 'noop' && (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(op.action) === 'apply');
    const retiring = all.filter(isRetiring);
    const noops = all.filter((op) => op.action === 'noop').sort((a, b) => compareKeys(a.key, b.key));
    const retireOrder = topological(retiring, (op) => (op.action === 'replace' ? (op.retireDependsOn ?? []) : op.dependsOn), 'retire');
    return [
        ...topological(apply, (op) => op.dependsOn, 'apply'),
        ...retireOrder.filter((op) => op.action !== 'replace'),
        ...noops,
    ];
}
/** Kahn's algorithm, always taking the smallest ready key: deterministic, and a cycle is an error naming its members. */
function topological(items, depsOf, phase) {
    const byKey = new Map(items.map((item) => [item.key, item]));
    const pending = new Map();
    const dependents = new Map();
    for (const item of items) {
        const deps = depsOf(item).filter((d) => byKey.has(d));
        pending.set(item.key, deps.length);
        for (const dep of deps) {
            const list = dependents.get(dep);
            if (list)
                list.push(item.key);
            else
                dependents.set(dep, [item.key]);
        }
    }
    const ready = new MinHeap();
    for (const [key, count] of pending)
        if (count === 0)
            ready.push(key);
    const out = [];
    for (let key = ready.pop(); key !== undefined; key = ready.pop()) {
        out.push(byKey.get(key));
        for (const next of dependents.get(key) ?? []) {
            const left = (pending.get(next) ?? 0) - 1;
            pending.set(next, left);
            if (left === 0)
                ready.push(next);
        }
    }
    if (out.length !== items.length) {
        const stuck = [...pending].filter(([, n]) => n > 0).map(([k]) => k).sort();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`resources depend on each other in a cycle (${phase} phase): ${stuck.join(', ')}`, 'PLAN_CYCLE', 'remove one of the references between them');
    }
    return out;
}
function warn(operations, state) {
    const warnings = [];
    if (!operations.some(isRetiring))
        return warnings;
    const byKey = new Map(operations.map((op) => [op.key, op]));
    const parents = oldDependencies(state);
    for (const op of operations) {
        if (op.action === 'replace') {
            const policy = op.current?.deletionPolicy ?? 'archive';
            warnings.push({
                code: 'PLAN_REPLACE',
                key: op.key,
                message: `${op.type} ${op.current?.fullName ?? '?'} is renamed to ${op.fullName}: it cannot be renamed in place, ` +
                    `so a new one is created and the old one is ${policy === 'delete' ? 'DELETED' : policy === 'retain' ? 'kept but no longer managed' : 'archived'}` +
                    ' (its data is not moved)',
            });
        }
    }
    // Deleting a Glue database, catalog or schema takes what is inside it along,
    // whatever the children's own policy says.
    const oldPolicy = (op) => op.action === 'replace' ? op.current?.deletionPolicy : (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(op.action) === 'retire' ? op.action : undefined;
    for (const child of operations) {
        const childPolicy = oldPolicy(child);
        if (childPolicy === undefined || childPolicy === 'delete')
            continue;
        for (const parentKey of parents(child.key)) {
            const parent = byKey.get(parentKey);
            if (!parent || oldPolicy(parent) !== 'delete')
                continue;
            warnings.push({
                code: 'PLAN_DELETE_TAKES_CHILD',
                key: child.key,
                message: `${child.type} ${child.current?.fullName ?? child.fullName} is to be ${childPolicy === 'retain' ? 'retained' : 'archived'}, ` +
                    `but deleting ${parent.type} ${parent.current?.fullName ?? parent.fullName} removes it too`,
            });
        }
    }
    return warnings.sort((a, b) => compareKeys(a.key, b.key) || compareKeys(a.code, b.code));
}
function uniqueSorted(keys) {
    return [...new Set(keys)].sort(compareKeys);
}
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
class MinHeap {
    items = [];
    push(value) {
        const a = this.items;
        a.push(value);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (a[parent] <= value)
                break;
            a[i] = a[parent];
            i = parent;
        }
        a[i] = value;
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length === 0 || last === undefined)
            return top;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= a.length)
                break;
            const r = l + 1;
            const c = r < a.length && a[r] < a[l] ? r : l;
            if (a[c] >= last)
                break;
            a[i] = a[c];
            i = c;
        }
        a[i] = last;
        return top;
    }
}


/***/ }),

/***/ 934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ collectChanges),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   cm: () => (/* binding */ childPath)
/* harmony export */ });
/* unused harmony export isPlainObject */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** JSON equality: key order is irrelevant, a field set to undefined equals a missing one. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!jsonEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        for (const key of Object.keys(a))
            if (!jsonEqual(a[key], own(b, key)))
                return false;
        for (const key of Object.keys(b))
            if (!Object.hasOwn(a, key) && b[key] !== undefined)
                return false;
        return true;
    }
    return false;
}
function childPath(parent, key) {
    return /^[A-Za-z_$][\w$-]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
/**
 * Appends the changes between `before` and `after` under `path`. Objects are
 * compared field by field; arrays of the same length element by element; an
 * array that grew or shrank is one change of the whole array (reads better than
 * every element shifting by one).
 */
function collectChanges(path, before, after, out) {
    if (jsonEqual(before, after))
        return;
    if (isPlainObject(before) && isPlainObject(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        for (const key of keys)
            collectChanges(childPath(path, key), own(before, key), own(after, key), out);
        return;
    }
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
        for (let i = 0; i < before.length; i++)
            collectChanges(`${path}[${i}]`, before[i], after[i], out);
        return;
    }
    const change = { path };
    if (before !== undefined)
        change.before = before;
    if (after !== undefined)
        change.after = after;
    out.push(change);
}
/** A field's own value: `constructor` or `__proto__` as data, never the prototype's. */
function own(object, key) {
    return Object.hasOwn(object, key) ? object[key] : undefined;
}


/***/ }),

/***/ 967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeCounts: () => (/* binding */ changeCounts),
/* harmony export */   hasChanges: () => (/* binding */ hasChanges),
/* harmony export */   summarize: () => (/* binding */ summarize),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine)
/* harmony export */ });
function summarize(planOrOperations) {
    const operations = 'operations' in planOrOperations ? planOrOperations.operations : planOrOperations;
    const summary = { create: 0, update: 0, replace: 0, archive: 0, delete: 0, retain: 0, noop: 0 };
    let named = 0;
    for (const op of operations) {
        summary[op.action]++;
        if (op.provisioned === false)
            named++;
    }
    if (named > 0)
        summary.named = named;
    return summary;
}
/** The three counts the action outputs and the run history record. */
function changeCounts(summary) {
    if (!summary)
        return { creates: 0, updates: 0, deletes: 0 };
    return { creates: summary.create + summary.replace, updates: summary.update, deletes: summary.archive + summary.delete };
}
/** True when applying the plan would change anything (the platform or the state). */
function hasChanges(plan) {
    return plan.operations.some((op) => op.action !== 'noop');
}
const WORDS = [
    ['create', 'to create'],
    ['update', 'to update'],
    ['replace', 'to replace'],
    ['archive', 'to archive'],
    ['delete', 'to delete'],
    ['retain', 'to stop managing (retain)'],
];
/** `2 to create, 1 to replace, 5 unchanged` / `No changes, 5 unchanged` (`, 3 named only` for Azure / Google Cloud). */
function summaryLine(summary) {
    const parts = WORDS.filter(([action]) => summary[action] > 0).map(([action, words]) => `${summary[action]} ${words}`);
    const named = summary.named ?? 0;
    const unchanged = `${summary.noop - named} unchanged${named ? `, ${named} named only` : ''}`;
    return parts.length === 0 ? `No changes, ${unchanged}` : `${parts.join(', ')}, ${unchanged}`;
}


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ phaseOf)
/* harmony export */ });
function phaseOf(action) {
    return action === 'archive' || action === 'delete' || action === 'retain' ? 'retire' : 'apply';
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
