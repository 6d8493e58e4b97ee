export const id = 85;
export const ids = [85];
export const modules = {

/***/ 4085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteCommand: () => (/* binding */ deleteCommand),
/* harmony export */   findRecord: () => (/* binding */ findRecord),
/* harmony export */   readCommand: () => (/* binding */ readCommand),
/* harmony export */   updateCommand: () => (/* binding */ updateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1459);
/* harmony import */ var _face_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4218);
/* harmony import */ var _engine_steps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4277);
/* harmony import */ var _blueprint_field_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8358);
/* harmony import */ var _naming_types_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(8173);
/* harmony import */ var _plan_fields_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(934);
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(967);
/* harmony import */ var _providers_registry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3307);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7789);
/* harmony import */ var _state_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2341);
/* harmony import */ var _source_suggest_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(4467);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(33);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3567);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1141);
/* harmony import */ var _prompt_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1934);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9851);
/* harmony import */ var _v1_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4229);
// `dpn read | update | delete --resource-id NAME --type TYPE`: one resource at a
// time. Read shows the state record and the live resource; update and delete
// run as one-operation transactions (WAL, lock, compensation) like a reconcile.





















const TARGET_OPTIONS = {
    'resource-id': { type: 'string' },
    type: { type: 'string' },
    ..._v1_js__WEBPACK_IMPORTED_MODULE_16__/* .CREDENTIAL_OPTIONS */ .rn,
};
const TARGET_ALIASES = (0,_v1_js__WEBPACK_IMPORTED_MODULE_16__/* .aliasUsage */ .U2)([_v1_js__WEBPACK_IMPORTED_MODULE_16__/* .TYPE_ALIASES_USAGE */ .qZ, ..._v1_js__WEBPACK_IMPORTED_MODULE_16__/* .CREDENTIAL_ALIASES */ .b6]);
const TARGET_USAGE = '--resource-id NAME [--type TYPE]';
const ID_HELP = '  NAME is the resource key, its full name (db.table, catalog.schema) or its name; TYPE one of\n' +
    `  ${_providers_registry_js__WEBPACK_IMPORTED_MODULE_8__.PROVISIONED_TYPES.join(', ')}\n` +
    '  (TYPE may be left out when the state holds exactly one resource NAME names)\n';
/** `--resource-id` and `--type`; without a type, the state decides (v1.0's README left it out). */
function targetOf(args, io) {
    const id = args.values['resource-id'];
    const given = args.values.type;
    if (!id)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give --resource-id NAME (and --type TYPE)');
    if (given === undefined)
        return { id, type: undefined };
    const type = (0,_v1_js__WEBPACK_IMPORTED_MODULE_16__/* .resourceTypeOf */ .kb)(given, io);
    if (!(0,_naming_types_js__WEBPACK_IMPORTED_MODULE_17__/* .isResourceType */ .V)(type))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown type "${type}"`, `types dpn provisions: ${_providers_registry_js__WEBPACK_IMPORTED_MODULE_8__.PROVISIONED_TYPES.join(', ')}`);
    if (!(0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_8__.isProvisioned)(type))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`dpn names ${type} but does not provision it`, `types dpn provisions: ${_providers_registry_js__WEBPACK_IMPORTED_MODULE_8__.PROVISIONED_TYPES.join(', ')}`);
    return { id, type };
}
/** The state record `id` names: by key, full name or name, within `type` (any type when undefined). */
function findRecord(state, type, id) {
    const ofType = (r) => type === undefined || r.type === type;
    const byKey = state.resources.get(id);
    if (byKey)
        return ofType(byKey) ? byKey : undefined;
    const matches = [...state.resources.values()].filter((r) => ofType(r) && (r.fullName === id || r.name === id));
    if (matches.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`"${id}" names ${matches.length} ${type ?? 'managed'} resources`, `give the key instead: ${matches.map((m) => m.key).join(', ')}`);
    }
    return matches[0];
}
function requireRecord(state, type, id, stateDir) {
    const record = findRecord(state, type, id);
    if (!record) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no ${type ?? 'resource'} "${id}" in the state at ${stateDir}`, 'NOT_MANAGED', 'dpn changes only what it manages; `dpn status` and the state files list them');
    }
    return record;
}
function singleOperation(action, record, desired, changes = []) {
    const op = {
        key: record.key,
        action,
        type: record.type,
        name: record.name,
        fullName: record.fullName,
        blueprint: record.blueprint,
        current: record,
        ...(desired ? { desired } : {}),
        changes,
        dependsOn: [],
    };
    return { operations: [op], summary: (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_18__.summarize)([op]) };
}
async function runOne(args, io, build, label, forceDelete = false) {
    const format = (0,_plan_js__WEBPACK_IMPORTED_MODULE_11__.outputFormat)(args, ['table', 'json']);
    const stateDir = (0,_apply_js__WEBPACK_IMPORTED_MODULE_13__.stateDirOf)(args, io);
    const backends = await (0,_apply_js__WEBPACK_IMPORTED_MODULE_13__.backendsOf)(args, io, stateDir);
    const runEnv = (0,_v1_js__WEBPACK_IMPORTED_MODULE_16__/* .runEnvironment */ .t7)(args, io).env;
    const drivers = (0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_8__.createDrivers)(runEnv, { forceDelete });
    const shown = (0,_progress_js__WEBPACK_IMPORTED_MODULE_15__/* .createProgress */ .mf)(io, { quiet: args.values.quiet === true });
    const cancel = (0,_apply_js__WEBPACK_IMPORTED_MODULE_13__.cancellation)(io, (t) => shown.note(t));
    const planned = (state) => {
        const plan = build(state);
        shown.expect(plan);
        return plan;
    };
    try {
        const result = await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_4__/* .applyPlanFlow */ .uW)({
            face: 'cli',
            workspace: (0,_face_js__WEBPACK_IMPORTED_MODULE_5__/* .workspaceOf */ .B3)(stateDir),
            lock: backends.lock,
            sink: { event: shown.onEvent, warn: (m) => io.stderr.write(`dpn: warning: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(m)}\n`) },
            build: planned,
            drivers,
            env: runEnv,
            signal: cancel.signal,
        });
        shown.finish();
        if (result.status === 'blocked')
            throw (0,_face_js__WEBPACK_IMPORTED_MODULE_5__/* .blockedError */ .fY)(result.unfinished ?? []);
        if (result.status === 'refused')
            throw (0,_face_js__WEBPACK_IMPORTED_MODULE_5__/* .refusalError */ .z_)(result.refusal);
        const transaction = result.transaction;
        if (format === 'json') {
            const { state: _state, ...shownResult } = transaction;
            io.stdout.write(`${JSON.stringify({ status: transaction.status, summary: result.plan?.summary ?? null, transaction: shownResult, stateFiles: result.stateFiles }, null, 2)}\n`);
        }
        else
            io.stdout.write(shown.summary(transaction, label));
        if (transaction.status === 'committed') {
            io.stderr.write('dpn: note: the next `dpn reconcile` brings this resource back to what its blueprint says; change the blueprint too to keep this\n');
        }
        return transaction.status === 'committed' ? _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.ok : _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.invalid;
    }
    finally {
        shown.finish();
        cancel.dispose();
        (0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_8__.closeDrivers)(drivers);
    }
}
function liveTable(record, ref, live) {
    const lines = [`${ref.type} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(ref.fullName)}`, `  key:        ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(ref.key)}`, `  managed:    ${record ? `yes (transaction ${record.transaction}, ${record.appliedAt})` : 'no'}`];
    if (!live) {
        lines.push('  live:       not found');
        return `${lines.join('\n')}\n`;
    }
    if (live.physicalId)
        lines.push(`  id:         ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(live.physicalId)}`);
    if (live.archived)
        lines.push('  archived:   yes');
    const drift = [];
    if (record)
        (0,_plan_fields_js__WEBPACK_IMPORTED_MODULE_19__/* .collectChanges */ .K9)('params', record.params, live.params, drift);
    for (const [k, v] of Object.entries(live.params).sort(([a], [b]) => (a < b ? -1 : 1)))
        lines.push(`  ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(k).padEnd(11)} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(JSON.stringify(v))}`);
    const tags = Object.entries(live.tags).sort(([a], [b]) => (a < b ? -1 : 1));
    if (tags.length)
        lines.push(`  tags:       ${tags.map(([k, v]) => `${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(k)}=${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(v)}`).join(', ')}`);
    if (record && drift.length)
        lines.push(`  differs from the state in: ${drift.map((c) => c.path).join(', ')}`);
    return `${lines.join('\n')}\n`;
}
const readCommand = {
    path: ['read'],
    summary: 'Show one resource as the platform reports it, beside its state record',
    usage: `${TARGET_USAGE} [--format json|yaml|table]\n${ID_HELP}${_apply_js__WEBPACK_IMPORTED_MODULE_13__.COMMON_USAGE}Exit status: 0 found, 1 not found.\n${TARGET_ALIASES}`,
    options: { ...TARGET_OPTIONS, ..._apply_js__WEBPACK_IMPORTED_MODULE_13__.STATE_OPTIONS, format: { type: 'string' } },
    async run(args, io) {
        const target = targetOf(args, io);
        const id = target.id;
        const format = args.values.format ?? 'table';
        if (!['json', 'yaml', 'table'].includes(format))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--format must be json, yaml or table, got "${format}"`);
        const stateDir = (0,_apply_js__WEBPACK_IMPORTED_MODULE_13__.stateDirOf)(args, io);
        const state = await (0,_state_index_js__WEBPACK_IMPORTED_MODULE_10__/* .loadState */ .C7)(stateDir);
        const record = findRecord(state, target.type, id);
        if (!target.type && !record)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`give --type TYPE: "${id}" is not in the state at ${stateDir}, so dpn cannot tell what it is`);
        const type = target.type ?? record.type;
        const ref = record ? (0,_engine_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .refOf */ .H8)(record) : { key: `${type}:${id}`, type, name: id.split('.').at(-1) ?? id, fullName: id, params: {}, tags: {} };
        const drivers = (0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_8__.createDrivers)((0,_v1_js__WEBPACK_IMPORTED_MODULE_16__/* .runEnvironment */ .t7)(args, io).env);
        let live;
        try {
            live = await drivers[type].read(ref, { resolve: (key) => state.resources.get(key) });
        }
        finally {
            (0,_providers_registry_js__WEBPACK_IMPORTED_MODULE_8__.closeDrivers)(drivers);
        }
        const doc = { key: ref.key, type, name: ref.name, fullName: ref.fullName, managed: record !== undefined, state: record ?? null, live };
        if (format === 'json')
            io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
        else if (format === 'yaml')
            io.stdout.write((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(doc));
        else
            io.stdout.write(liveTable(record, ref, live));
        return live ? _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.ok : _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.invalid;
    },
};
async function readParams(file, cwd) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot read --params ${file}: ${error.code ?? error.message}`, 'PARAMS_UNREADABLE');
    }
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100 });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: not valid JSON or YAML: ${error.message.split('\n')[0]}`, 'PARAMS_INVALID');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: must hold an object of parameters, e.g. {"versioning": false}`, 'PARAMS_INVALID');
    }
    if (Object.keys(value).some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: parameter names __proto__, constructor and prototype are not allowed`, 'PARAMS_INVALID');
    }
    return value;
}
/**
 * The patch in the record's own parameter names. A parameter may be named as
 * the blueprint names it (`lifecycle_days`) or as dpn records it
 * (`lifecycleDays`); anything else is refused, so nothing unknown reaches the
 * state while the platform stays as it was.
 */
function knownParams(record, patch, file) {
    const byName = new Map();
    for (const key of Object.keys(record.params)) {
        if (key === 'region')
            continue;
        byName.set(key, key);
        byName.set((0,_blueprint_field_names_js__WEBPACK_IMPORTED_MODULE_7__/* .blueprintField */ .Q)(record.type, `params.${key}`), key);
    }
    const out = {};
    for (const [name, value] of Object.entries(patch)) {
        const key = byName.get(name);
        if (key === undefined) {
            const names = [...new Set([...byName.keys()].filter((n) => !/[A-Z]/.test(n)))].sort();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: ${record.type} has no parameter "${name}" that dpn can change; nothing was changed`, 'PARAMS_INVALID', [(0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_20__/* .didYouMean */ .a)(name, byName.keys()), `parameters of ${record.type}: ${names.join(', ')}`].filter(Boolean).join('; '));
        }
        out[key] = value;
    }
    return out;
}
const updateCommand = {
    path: ['update'],
    summary: 'Change the parameters of one managed resource (a one-operation transaction)',
    usage: `${TARGET_USAGE} --params FILE [--format table|json]\n${ID_HELP}  FILE (JSON or YAML) holds the parameters to change; the others keep their recorded values.\n${_apply_js__WEBPACK_IMPORTED_MODULE_13__.COMMON_USAGE}` +
        `${TARGET_ALIASES}  --rename NAME            refused: a name is what the naming convention makes of the blueprint\n`,
    options: { ...TARGET_OPTIONS, ..._apply_js__WEBPACK_IMPORTED_MODULE_13__.STATE_OPTIONS, ..._apply_js__WEBPACK_IMPORTED_MODULE_13__.LOCK_OPTIONS, params: { type: 'string' }, rename: { type: 'string' }, format: { type: 'string' } },
    async run(args, io) {
        if (args.values.rename !== undefined) {
            // v1.0 offered a rename it never did; in dpn a name follows from the blueprint and the convention.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('dpn does not rename a resource: its name is what the naming convention makes of its blueprint', 'RENAME', 'change the blueprint (or the naming convention) and run `dpn reconcile`; the plan shows the new name as a replace');
        }
        const { id, type } = targetOf(args, io);
        const file = args.values.params;
        if (!file)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give the new parameters with --params FILE');
        const patch = await readParams(file, io.cwd);
        const stateDir = (0,_face_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveStateDir */ .JT)(io.cwd, args.values['state-dir'] ?? '.dpn');
        return runOne(args, io, (state) => {
            const record = requireRecord(state, type, id, stateDir);
            const desired = { ...(0,_engine_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .specOf */ .rI)(record), params: { ...record.params, ...knownParams(record, patch, file) } };
            const changes = [];
            (0,_plan_fields_js__WEBPACK_IMPORTED_MODULE_19__/* .collectChanges */ .K9)('params', record.params, desired.params, changes);
            if (record.archived)
                changes.push({ path: 'archived', before: true, after: false });
            if (changes.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${record.type} ${record.fullName} already has these parameters; nothing to change`, 'NOTHING_TO_CHANGE');
            return singleOperation('update', record, desired, changes);
        }, 'Update');
    },
};
const deleteCommand = {
    path: ['delete'],
    summary: 'Delete (or with --archive, archive) one managed resource',
    usage: `${TARGET_USAGE} [--archive] [--yes] [--quiet] [--force] [--format table|json]\n${ID_HELP}` +
        '  --archive                keep the resource, marked retired (tags, paused schedule, terminated cluster)\n' +
        '  --yes                    do not ask (required when not on a terminal)\n' +
        '  --quiet                  print only the closing summary and errors\n' +
        '  --force                  also delete a bucket that holds objects / a database that holds tables\n' +
        _apply_js__WEBPACK_IMPORTED_MODULE_13__.COMMON_USAGE +
        `${TARGET_ALIASES}  -a                       --archive\n`,
    options: {
        ...TARGET_OPTIONS,
        ..._apply_js__WEBPACK_IMPORTED_MODULE_13__.STATE_OPTIONS,
        ..._apply_js__WEBPACK_IMPORTED_MODULE_13__.LOCK_OPTIONS,
        archive: { type: 'boolean', short: 'a' },
        yes: { type: 'boolean' },
        quiet: { type: 'boolean' },
        force: { type: 'boolean' },
        format: { type: 'string' },
    },
    async run(args, io) {
        const { id, type } = targetOf(args, io);
        const archive = args.values.archive === true;
        const stateDir = (0,_apply_js__WEBPACK_IMPORTED_MODULE_13__.stateDirOf)(args, io);
        const record = requireRecord(await (0,_state_index_js__WEBPACK_IMPORTED_MODULE_10__/* .loadState */ .C7)(stateDir), type, id, stateDir);
        const { type: kind } = record;
        if (args.values.yes !== true) {
            if (!(0,_prompt_js__WEBPACK_IMPORTED_MODULE_14__/* .canAsk */ .Gj)(io)) {
                // A refusal, not a usage error: the same line works on a terminal (v1.0 exited 1 here too).
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to ${archive ? 'archive' : 'delete'} ${kind} ${record.fullName} without --yes when not on a terminal`, 'NOT_CONFIRMED', 'add --yes to confirm without a question');
            }
            const ok = await (0,_prompt_js__WEBPACK_IMPORTED_MODULE_14__/* .confirm */ .lJ)(io, `${archive ? 'Archive' : 'Delete'} ${kind} ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeTerminal */ .en)(record.fullName)}${archive ? '' : ' (this cannot be undone)'}? [y/N] `);
            if (!ok) {
                io.stderr.write('dpn: nothing changed\n');
                return _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.invalid;
            }
        }
        return runOne(args, io, (state) => {
            const current = requireRecord(state, kind, id, stateDir);
            if (archive && current.archived)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${kind} ${current.fullName} is already archived`, 'NOTHING_TO_CHANGE');
            return singleOperation(archive ? 'archive' : 'delete', current);
        }, archive ? 'Archive' : 'Delete', args.values.force === true);
    },
};


/***/ })

};
