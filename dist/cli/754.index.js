export const id = 754;
export const ids = [754];
export const modules = {

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NAMING_OPTIONS: () => (/* binding */ NAMING_OPTIONS),
/* harmony export */   checkBlueprints: () => (/* binding */ checkBlueprints),
/* harmony export */   outputFormat: () => (/* binding */ outputFormat),
/* harmony export */   planInitCommand: () => (/* binding */ planInitCommand),
/* harmony export */   planPreviewCommand: () => (/* binding */ planPreviewCommand),
/* harmony export */   planSchemaCommand: () => (/* binding */ planSchemaCommand),
/* harmony export */   planValidateCommand: () => (/* binding */ planValidateCommand),
/* harmony export */   render: () => (/* binding */ render),
/* harmony export */   useColor: () => (/* binding */ useColor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _blueprint_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7041);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6128);
/* harmony import */ var _config_overrides_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(423);
/* harmony import */ var _naming_regions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _render_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5968);
/* harmony import */ var _schemas_blueprint_schema_json__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5643);
/* harmony import */ var _schemas_naming_values_schema_json__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65);
/* harmony import */ var _schemas_naming_patterns_schema_json__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7730);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3567);
// `dpn plan init|validate|preview|schema`: write a starter blueprint, check
// blueprints, show every name (and, with a state, every planned change), print
// the blueprint JSON Schema. Loads no cloud SDK: previews need no credentials.












const NAMING_OPTIONS = {
    'values-config': { type: 'string' },
    'patterns-config': { type: 'string' },
};
const CHECK_OPTIONS = {
    ...NAMING_OPTIONS,
    override: { type: 'string', multiple: true },
    format: { type: 'string' },
};
const CHECK_USAGE = 'PATH... [--format table|json|markdown] [--values-config FILE --patterns-config FILE] [--override key=value]...\n\n' +
    'PATH is a blueprint file or a directory searched recursively for .json, .yaml and .yml files.\n' +
    'The output format is table unless --format says otherwise; json prints exactly one document on stdout.\n' +
    'Exit status: 0 valid, 1 invalid blueprint or naming configuration, 2 usage error.';
/** `--format`; table unless asked otherwise, on a terminal or not, so scripts always say what they parse. */
function outputFormat(args, allowed = ['table', 'json', 'markdown']) {
    const value = args.values.format ?? 'table';
    if (!allowed.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--format must be one of ${allowed.join(', ')}, got "${value}"`);
    return value;
}
function useColor(io) {
    return io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}
/** Naming configuration + blueprints, as one report; config errors stop before blueprints are read. */
async function checkBlueprints(args, io) {
    if (args.positionals.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('give at least one blueprint file or directory', 'example: dpn plan preview blueprints/');
    }
    const overrides = (0,_config_overrides_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOverrides */ .f)(args.values.override ?? []);
    const naming = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadNamingConfig */ .nm)({
        valuesConfig: args.values['values-config'],
        patternsConfig: args.values['patterns-config'],
        cwd: io.cwd,
    });
    const source = naming.sources.values === naming.sources.patterns ? naming.sources.values : `${naming.sources.values} + ${naming.sources.patterns}`;
    if (!naming.config)
        return { report: { resources: [], diagnostics: naming.diagnostics }, source };
    const set = await (0,_blueprint_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBlueprints */ .H)(args.positionals, { naming: naming.config, overrides, cwd: io.cwd });
    const diagnostics = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .sortDiagnostics */ .Ds)([...naming.diagnostics, ...set.diagnostics]);
    return { report: { resources: set.resources, diagnostics }, set, source };
}
function render(report, format, io, summaryOnly = false) {
    if (format === 'json')
        return (0,_render_names_js__WEBPACK_IMPORTED_MODULE_7__/* .renderNamesJson */ .lE)(report, { pretty: io.stdout.isTTY === true });
    if (format === 'markdown')
        return (0,_render_names_js__WEBPACK_IMPORTED_MODULE_7__/* .renderNamesMarkdown */ .Ic)(report);
    return (0,_render_names_js__WEBPACK_IMPORTED_MODULE_7__/* .renderNamesTable */ .n9)(report, { color: useColor(io), summaryOnly });
}
/** Writes the report; JSON to a pipe goes out in pieces, so a large preview is never one huge string. */
function write(report, format, io, summaryOnly = false) {
    if (format === 'json' && io.stdout.isTTY !== true) {
        for (const chunk of (0,_render_names_js__WEBPACK_IMPORTED_MODULE_7__/* .renderNamesJsonChunks */ .He)(report))
            io.stdout.write(chunk);
        return;
    }
    io.stdout.write(render(report, format, io, summaryOnly));
}
function exitStatus(report) {
    return report.diagnostics.some((d) => d.severity === 'error') ? _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.invalid : _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.ok;
}
function status(io, set, source) {
    const files = set?.files.length ?? 0;
    io.stderr.write(`dpn: ${files} blueprint file${files === 1 ? '' : 's'}, naming convention: ${source}\n`);
}
const planValidateCommand = {
    path: ['plan', 'validate'],
    summary: 'Check blueprints and the names they produce',
    usage: CHECK_USAGE,
    options: CHECK_OPTIONS,
    allowPositionals: true,
    async run(args, io) {
        const format = outputFormat(args);
        const { report, set, source } = await checkBlueprints(args, io);
        status(io, set, source);
        write(report, format, io, true);
        return exitStatus(report);
    },
};
/**
 * The planned change of every resource against the state in `stateDir`, when
 * it holds one. Without a state directory nothing is loaded: a preview of a
 * fresh repository stays as fast as naming alone.
 */
async function planAgainstState(report, set, stateDir, io) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, stateDir);
    const [{ STATE_SUBDIR }] = await Promise.all([__webpack_require__.e(/* import() */ 54).then(__webpack_require__.bind(__webpack_require__, 4054))]);
    const present = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, STATE_SUBDIR)).then((s) => s.isDirectory(), () => false);
    if (!present)
        return report;
    const [{ loadState }, { diff }, { summaryLine }] = await Promise.all([
        __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 6992)),
        __webpack_require__.e(/* import() */ 256).then(__webpack_require__.bind(__webpack_require__, 8256)),
        __webpack_require__.e(/* import() */ 967).then(__webpack_require__.bind(__webpack_require__, 967)),
    ]);
    const plan = diff(set.resources, await loadState(absolute), { blueprints: set.files });
    const actions = new Map();
    const removed = [];
    for (const op of plan.operations) {
        if (op.desired)
            actions.set(op.key, op.action);
        else if (op.action !== 'noop') {
            removed.push({ key: op.key, type: op.type, name: op.name, fullName: op.fullName, blueprint: op.blueprint, action: op.action });
        }
    }
    const shownDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, absolute) || '.';
    return {
        ...report,
        actions,
        plan: { removed, summary: { ...plan.summary }, summaryLine: summaryLine(plan.summary), stateDir: shownDir },
    };
}
const planPreviewCommand = {
    path: ['plan', 'preview'],
    summary: 'Show every resource, the name it gets and (with a state) its planned change',
    usage: CHECK_USAGE.replace('[--override key=value]...', '[--override key=value]... [--state-dir DIR]') +
        '\nWith a state in DIR (default .dpn), each resource also shows its planned change and removed resources are listed.',
    options: { ...CHECK_OPTIONS, 'state-dir': { type: 'string' } },
    allowPositionals: true,
    async run(args, io) {
        const format = outputFormat(args);
        const checked = await checkBlueprints(args, io);
        const { set, source } = checked;
        let report = checked.report;
        status(io, set, source);
        if (set && !report.diagnostics.some((d) => d.severity === 'error')) {
            report = await planAgainstState(report, set, args.values['state-dir'] ?? '.dpn', io);
        }
        write(report, format, io);
        return exitStatus(report);
    },
};
const SCHEMAS = {
    blueprint: _schemas_blueprint_schema_json__WEBPACK_IMPORTED_MODULE_8__,
    'naming-values': _schemas_naming_values_schema_json__WEBPACK_IMPORTED_MODULE_9__,
    'naming-patterns': _schemas_naming_patterns_schema_json__WEBPACK_IMPORTED_MODULE_10__,
};
const planSchemaCommand = {
    path: ['plan', 'schema'],
    summary: 'Print the blueprint JSON Schema (or a naming file schema)',
    usage: '[blueprint|naming-values|naming-patterns]',
    options: {},
    allowPositionals: true,
    async run(args, io) {
        const which = args.positionals[0] ?? 'blueprint';
        const schema = SCHEMAS[which];
        if (!schema || args.positionals.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`unknown schema "${args.positionals.join(' ')}"`, `choose one of ${Object.keys(SCHEMAS).join(', ')}`);
        }
        io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
        return _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.ok;
    },
};
const ENVIRONMENTS = ['dev', 'stg', 'prd'];
const planInitCommand = {
    path: ['plan', 'init'],
    summary: 'Write a starter blueprint',
    usage: '--env dev|stg|prd --project NAME [--region REGION] [--output FILE]\n\nFILE defaults to blueprints/ENV.yaml; a .json name writes JSON. An existing file is never overwritten.',
    options: {
        env: { type: 'string' },
        project: { type: 'string' },
        region: { type: 'string' },
        output: { type: 'string' },
    },
    async run(args, io) {
        const env = args.values.env;
        const project = args.values.project;
        const region = args.values.region ?? 'us-east-1';
        if (!env || !ENVIRONMENTS.includes(env))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--env must be one of ${ENVIRONMENTS.join(', ')}${env ? `, got "${env}"` : ''}`);
        if (!project || !/^[a-z0-9-]+$/.test(project)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--project must be lowercase letters, digits and hyphens${project ? `, got "${project}"` : ''}`);
        }
        if (!/^[a-z]+-[a-z]+-[0-9]$/.test(region))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--region must look like us-east-1, got "${region}"`);
        const output = args.values.output ?? `blueprints/${env}.yaml`;
        const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(output).toLowerCase();
        if (!['.json', '.yaml', '.yml'].includes(ext))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--output must end in .json, .yaml or .yml, got "${output}"`);
        const text = ext === '.json' ? starterJson(env, project, region) : starterYaml(env, project, region);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, text, { flag: 'wx' });
        }
        catch (cause) {
            if (cause.code === 'EEXIST') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${output} already exists; dpn plan init never overwrites a file`, 'EXISTS', 'choose another name with --output');
            }
            throw cause;
        }
        io.stderr.write(`wrote ${output}; check it with: dpn plan preview ${output}\n`);
        if (!(0,_naming_regions_js__WEBPACK_IMPORTED_MODULE_5__/* .isKnownAwsRegion */ .fT)(region)) {
            io.stderr.write(`warning: ${region} is not an AWS region dpn knows; names need its short code in transformations.region_mapping\n`);
        }
        return _command_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .d.ok;
    },
};
function starter(env, project, region) {
    return {
        version: '1.0',
        metadata: { environment: env, project, region },
        resources: {
            aws: {
                s3_buckets: [{ purpose: 'landing', layer: 'raw' }],
                glue_databases: [{ domain: 'sales', layer: 'bronze' }],
                glue_tables: [
                    {
                        database_ref: 'sales-bronze',
                        entity: 'orders',
                        table_type: 'fact',
                        columns: [
                            { name: 'order_id', type: 'string' },
                            { name: 'amount', type: 'decimal(18,2)' },
                        ],
                    },
                ],
            },
            databricks: {
                clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }],
                jobs: [{ job_type: 'batch', purpose: 'daily-sales-load', cluster_ref: 'etl', schedule: 'daily' }],
            },
        },
    };
}
function starterJson(env, project, region) {
    return `${JSON.stringify(starter(env, project, region), null, 2)}\n`;
}
function starterYaml(env, project, region) {
    return `# yaml-language-server: $schema=https://dpn.dev/schemas/blueprint-1.0.json
# A dpn blueprint: say what each resource is for; dpn generates every name.
# Preview the names with: dpn plan preview <this file>
version: "1.0"
metadata:
  environment: ${env}
  project: ${project}
  region: ${region}
  # team: data-platform          # becomes the Team tag
  # cost_center: CC-12345        # becomes the CostCenter tag
resources:
  aws:
    s3_buckets:
      - purpose: landing
        layer: raw               # raw | processed | curated
    glue_databases:
      - domain: sales
        layer: bronze            # bronze | silver | gold
    glue_tables:
      - database_ref: sales-bronze   # "{domain}-{layer}" of a Glue database above
        entity: orders
        table_type: fact
        columns:
          - { name: order_id, type: string }
          - { name: amount, type: "decimal(18,2)" }
  databricks:
    clusters:
      - workload: etl
        cluster_type: shared     # shared | dedicated | job
        node_type: i3.xlarge
    jobs:
      - job_type: batch
        purpose: daily-sales-load
        cluster_ref: etl         # the workload of a cluster above
        schedule: daily
`;
}


/***/ }),

/***/ 5968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ renderNamesJsonChunks),
/* harmony export */   Ic: () => (/* binding */ renderNamesMarkdown),
/* harmony export */   lE: () => (/* binding */ renderNamesJson),
/* harmony export */   n9: () => (/* binding */ renderNamesTable)
/* harmony export */ });
/* unused harmony export namesDocument */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);

function problem(d) {
    return { file: d.file, line: d.line, column: d.column, code: d.code, message: d.message };
}
function resourceJson(r, actions) {
    const out = {
        key: r.key,
        type: r.type,
        name: r.name,
        fullName: r.fullName,
        blueprint: r.blueprint,
        line: r.location.line,
        dependsOn: r.dependsOn,
    };
    if (r.shortenedFrom !== undefined)
        out.shortenedFrom = r.shortenedFrom;
    const action = actions?.get(r.key);
    if (action !== undefined)
        out.action = action;
    return out;
}
function tail(report) {
    return {
        errors: report.diagnostics.filter((d) => d.severity === 'error').map(problem),
        warnings: report.diagnostics.filter((d) => d.severity === 'warning').map(problem),
        ...(report.plan
            ? { plan: { stateDir: report.plan.stateDir, summary: { ...report.plan.summary }, removed: report.plan.removed.map((r) => ({ ...r })) } }
            : {}),
    };
}
function namesDocument(report) {
    return { resources: report.resources.map((r) => resourceJson(r, report.actions)), ...tail(report) };
}
/** Exactly one JSON document, newline-terminated; indented for a person, compact for a pipe. */
function renderNamesJson(report, options = {}) {
    return `${JSON.stringify(namesDocument(report), null, options.pretty ? 2 : undefined)}\n`;
}
/**
 * The compact document of renderNamesJson, in pieces of a few hundred
 * resources: written one after another, 100k resources never exist as one
 * string or as a second array of objects.
 */
function* renderNamesJsonChunks(report, resourcesPerChunk = 500) {
    const { resources, actions } = report;
    // One JSON.stringify per piece rather than one per resource plus a join:
    // 10k resources in a fresh process, min of 12: 18 -> 14 ms.
    const items = (from, to) => {
        const batch = [];
        for (let i = from; i < to; i++)
            batch.push(resourceJson(resources[i], actions));
        return JSON.stringify(batch).slice(1, -1);
    };
    let head = '{"resources":[';
    let from = 0;
    for (; from + resourcesPerChunk <= resources.length; from += resourcesPerChunk) {
        yield head + items(from, from + resourcesPerChunk);
        head = ',';
    }
    const rest = JSON.stringify(tail(report));
    const last = from < resources.length ? head + items(from, resources.length) : head === ',' ? '' : head;
    yield `${last}],${rest.slice(1)}\n`;
}
/** Places (file:line) that carry an error: resources there are marked, not shown as fine. */
function errorPlaces(diagnostics) {
    return new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`));
}
function place(r) {
    return `${r.location.file}:${r.location.line}`;
}
function renderNamesTable(report, options = {}) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const failed = errorPlaces(report.diagnostics);
    const lines = [];
    if (!options.summaryOnly && (report.resources.length > 0 || (report.plan?.removed.length ?? 0) > 0)) {
        const withActions = report.actions !== undefined;
        const rows = report.resources.map((r) => {
            const bad = failed.has(place(r));
            const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(r.fullName) + (r.shortenedFrom !== undefined ? ' *' : '');
            return {
                mark: bad ? '✗' : r.shortenedFrom !== undefined ? '~' : '✓',
                action: report.actions?.get(r.key) ?? '',
                type: r.type,
                name,
                where: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(place(r)),
                bad,
                shortenedFrom: r.shortenedFrom,
            };
        });
        const width = (values, title) => Math.max(title.length, ...values.map((v) => v.length));
        const removed = report.plan?.removed ?? [];
        const wAction = width([...rows.map((r) => r.action), ...removed.map((r) => r.action)], 'CHANGE');
        const wType = width([...rows.map((r) => r.type), ...removed.map((r) => r.type)], 'TYPE');
        const wName = width([...rows.map((r) => r.name), ...removed.map((r) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(r.fullName))], 'NAME');
        const header = `  ${withActions ? `${'CHANGE'.padEnd(wAction)}  ` : ''}${'TYPE'.padEnd(wType)}  ${'NAME'.padEnd(wName)}  BLUEPRINT`;
        lines.push(paint('1', header.trimEnd()));
        for (const row of rows) {
            const text = `${row.mark} ${withActions ? `${row.action.padEnd(wAction)}  ` : ''}${row.type.padEnd(wType)}  ${row.name.padEnd(wName)}  ${row.where}`;
            lines.push(row.bad ? paint('31', text) : text);
            if (row.shortenedFrom !== undefined) {
                lines.push(paint('2', `    * shortened to fit the length limit; the pattern gave ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(row.shortenedFrom)}`));
            }
        }
        for (const r of report.plan?.removed ?? []) {
            lines.push(`- ${r.action.padEnd(wAction)}  ${r.type.padEnd(wType)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(r.fullName).padEnd(wName)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(r.blueprint)} (removed)`);
        }
        lines.push('');
    }
    lines.push(...problemLines(report.diagnostics, paint));
    if (report.plan)
        lines.push(`plan against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(report.plan.stateDir)}: ${report.plan.summaryLine}`);
    lines.push(summary(report));
    return `${lines.join('\n')}\n`;
}
function problemLines(diagnostics, paint) {
    const lines = [];
    for (const d of diagnostics) {
        const label = d.severity === 'error' ? paint('31;1', 'error') : paint('33;1', 'warning');
        lines.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(`${d.file}:${d.line}:${d.column}`)}: ${label} ${d.code}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(d.message)}`);
    }
    if (lines.length)
        lines.push('');
    return lines;
}
function summary(report) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.length - errors;
    const shortened = report.resources.filter((r) => r.shortenedFrom !== undefined).length;
    const parts = [
        plural(report.resources.length, 'resource'),
        plural(errors, 'error'),
        plural(warnings, 'warning'),
    ];
    if (shortened)
        parts.push(`${shortened} shortened`);
    return `${errors ? 'invalid' : 'valid'}: ${parts.join(', ')}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function renderNamesMarkdown(report) {
    const failed = errorPlaces(report.diagnostics);
    const out = [];
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
    out.push(`### dpn names — ${errors.length ? '❌ invalid' : '✅ valid'}`, '', summary(report), '');
    if (report.plan)
        out.push(`Plan against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.plan.stateDir)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.plan.summaryLine)}`, '');
    if (report.resources.length || report.plan?.removed.length) {
        const withActions = report.actions !== undefined;
        out.push(`|${withActions ? ' Change |' : ''} Type | Name | Full name | Blueprint |`);
        out.push(`|${withActions ? ' --- |' : ''} --- | --- | --- | --- |`);
        for (const r of report.resources) {
            const bad = failed.has(place(r));
            const name = `${bad ? '❌ ' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.name)}${r.shortenedFrom !== undefined ? ` (shortened from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.shortenedFrom)})` : ''}`;
            const action = withActions ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.actions?.get(r.key) ?? '')} |` : '';
            out.push(`|${action} ${r.type} | ${name} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.fullName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(place(r))} |`);
        }
        for (const r of report.plan?.removed ?? []) {
            out.push(`|${withActions ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.action)} |` : ''} ${r.type} | ~~${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.name)}~~ | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.fullName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.blueprint)} (removed) |`);
        }
        out.push('');
    }
    for (const [title, list] of [
        ['Errors', errors],
        ['Warnings', warnings],
    ]) {
        if (!list.length)
            continue;
        out.push(`#### ${title}`, '');
        for (const d of list) {
            out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${d.file}:${d.line}:${d.column}`)} **${d.code}**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.message)}`);
        }
        out.push('');
    }
    return `${out.join('\n')}`;
}


/***/ })

};
