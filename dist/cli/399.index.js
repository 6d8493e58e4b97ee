export const id = 399;
export const ids = [399];
export const modules = {

/***/ 9399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configInitCommand: () => (/* binding */ configInitCommand),
  configShowCommand: () => (/* binding */ configShowCommand),
  configValidateCommand: () => (/* binding */ configValidateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/naming/index.ts + 2 modules
var naming = __webpack_require__(3761);
;// CONCATENATED MODULE: ./src/config/init.ts
// The naming-values.yaml `dpn config init` writes: the built-in values with the
// answers v1.0's init took (project, environment, region, team, cost center,
// the resource types to list), and v1.0's "1,3-5" / "all" type selection.

const INIT_ENVIRONMENTS = ['dev', 'stg', 'prd'];
/** The types in the order v1.0's init numbered them: the patterns file's order. */
const SELECTABLE_TYPES = Object.keys(naming/* DEFAULT_PATTERNS_DOCUMENT */.kt.patterns).filter(naming/* isResourceType */.Ve);
/** v1.0 lowercased the project and turned spaces into hyphens before writing it. */
function normaliseProject(value) {
    return value.trim().toLowerCase().replaceAll(' ', '-');
}
/** What is wrong with one answer, or undefined. */
function answerProblem(key, value) {
    switch (key) {
        case 'project':
            return /^[a-z0-9-]+$/.test(value) ? undefined : `project must be lowercase letters, digits and hyphens, got "${value}"`;
        case 'environment':
            return INIT_ENVIRONMENTS.includes(value) ? undefined : `environment must be one of ${INIT_ENVIRONMENTS.join(', ')}, got "${value}"`;
        case 'region':
            return /^[a-z]+(-[a-z]+)+-[0-9]+$/.test(value) ? undefined : `region must look like us-east-1, got "${value}"`;
        default:
            return /\S/.test(value) ? undefined : `${key.replace('_', ' ')} must not be empty`;
    }
}
/**
 * v1.0's selection: "all", numbers ("1,3,5"), ranges ("1-5") or a mix, counted
 * from 1 in SELECTABLE_TYPES; dpn also takes type keys. Entries it cannot read
 * are returned in `ignored`, as v1.0 warned and went on.
 */
function parseTypeSelection(selection) {
    const text = selection.trim().toLowerCase();
    if (text === 'all')
        return { types: [...SELECTABLE_TYPES], ignored: [] };
    const chosen = new Set();
    const ignored = [];
    const index = (n) => (Number.isInteger(n) && n >= 1 && n <= SELECTABLE_TYPES.length ? n - 1 : undefined);
    for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
        if ((0,naming/* isResourceType */.Ve)(part)) {
            chosen.add(SELECTABLE_TYPES.indexOf(part));
            continue;
        }
        const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
        if (range) {
            const [from, to] = [Number(range[1]), Number(range[2])];
            let any = false;
            for (let n = from; n <= to; n++) {
                const i = index(n);
                if (i !== undefined)
                    (chosen.add(i), (any = true));
            }
            if (!any)
                ignored.push(part);
        }
        else if (/^\d+$/.test(part) && index(Number(part)) !== undefined) {
            chosen.add(index(Number(part)));
        }
        else {
            ignored.push(part);
        }
    }
    return { types: [...chosen].sort((a, b) => a - b).map((i) => SELECTABLE_TYPES[i]), ignored };
}
/** The values document for `answers`; with none, exactly the built-in one. */
function initialValuesDocument(answers) {
    const defaults = { ...naming/* DEFAULT_VALUES_DOCUMENT */.NP.defaults };
    if (answers.project !== undefined)
        defaults.project = answers.project;
    if (answers.environment !== undefined)
        defaults.environment = answers.environment;
    if (answers.region !== undefined) {
        defaults.region = answers.region;
        // The built-in region_short belongs to the built-in region; keep the pair consistent.
        const code = (0,naming/* regionCode */.Gw)(answers.region);
        if (code !== undefined)
            defaults.region_short = code;
        else
            delete defaults.region_short;
    }
    if (answers.team !== undefined)
        defaults.team = answers.team;
    if (answers.cost_center !== undefined)
        defaults.cost_center = answers.cost_center;
    const builtIn = naming/* DEFAULT_VALUES_DOCUMENT */.NP.resource_types;
    const resourceTypes = answers.resourceTypes === undefined
        ? builtIn
        : Object.fromEntries(answers.resourceTypes.map((type) => [type, { ...(builtIn[type] ?? {}) }]));
    return { version: '1.0', defaults, environments: naming/* DEFAULT_VALUES_DOCUMENT */.NP.environments, resource_types: resourceTypes };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/render/names.ts
var names = __webpack_require__(5968);
;// CONCATENATED MODULE: ./src/schemas/location.ts
// Where editors fetch dpn's JSON Schemas: the file in schemas/ at the release
// tag, served raw by GitHub. Every modeline and `$schema` dpn writes (config init,
// plan init, JSON blueprints) takes its address from here, so moving the
// repository or cutting a release changes one line.
/** owner/name of the repository that hosts dpn (README: `uses: acme/dpn@v2`). */
const SCHEMA_REPOSITORY = 'acme/dpn';
/** The release tag whose schemas match this build. */
const SCHEMA_TAG = 'v2.0.0';
/** The address of one schema file, e.g. …/v2.0.0/schemas/naming-values.schema.json. */
function schemaUrl(name) {
    return `https://raw.githubusercontent.com/${SCHEMA_REPOSITORY}/${SCHEMA_TAG}/schemas/${name}.schema.json`;
}
/** The first line of a YAML file that binds the schema in editors (yaml-language-server). */
function yamlModeline(name) {
    return `# yaml-language-server: $schema=${schemaUrl(name)}`;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/prompt.ts
var cli_prompt = __webpack_require__(1934);
// EXTERNAL MODULE: ./src/cli/v1.ts
var v1 = __webpack_require__(4229);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts + 1 modules
var plan = __webpack_require__(33);
// EXTERNAL MODULE: ./src/cli/source-text.ts
var source_text = __webpack_require__(9501);
;// CONCATENATED MODULE: ./src/cli/commands/config.ts
// `dpn config init|validate|show`: the naming convention's two YAML files.
// init writes them (v1.0's value flags, or its questions on a terminal); show
// prints them back in their own format, so its output pastes into the files.















async function config_load(args, io) {
    return (0,load/* loadNamingConfig */.nm)({
        valuesConfig: args.values['values-config'],
        patternsConfig: args.values['patterns-config'],
        cwd: io.cwd,
    });
}
const HEADER = {
    values: `${yamlModeline('naming-values')}\n` +
        '# dpn naming values: the variables the patterns fill in.\n' +
        '# Later wins: defaults, environments[env], resource_types[type], blueprint metadata,\n' +
        "# the resource's own fields, --override key=value.\n",
    patterns: `${yamlModeline('naming-patterns')}\n` +
        '# dpn naming patterns: one template per resource type, the transformations applied\n' +
        '# to values, and validation rules that may only tighten the platform rules.\n',
};
const yaml = (doc) => (0,dist/* stringify */.As)(doc, { lineWidth: 0 });
/** The value flags of v1.0's `config init`, in the order it asked for them. */
const INIT_FIELDS = [
    { key: 'cost_center', flag: 'cost-center', question: 'Cost center' },
    { key: 'environment', flag: 'environment', question: `Environment (${INIT_ENVIRONMENTS.join('/')})` },
    { key: 'project', flag: 'project', question: 'Project name' },
    { key: 'region', flag: 'region', question: 'AWS region' },
    { key: 'team', flag: 'team', question: 'Team name' },
];
const BUILT_IN_ANSWER = {
    cost_center: naming/* DEFAULT_VALUES_DOCUMENT */.NP.defaults.cost_center ?? 'CC-12345',
    environment: 'dev',
    project: naming/* DEFAULT_VALUES_DOCUMENT */.NP.defaults.project ?? 'dataplatform',
    region: naming/* DEFAULT_VALUES_DOCUMENT */.NP.defaults.region ?? 'us-east-1',
    team: naming/* DEFAULT_VALUES_DOCUMENT */.NP.defaults.team ?? 'data-platform',
};
function typeSelection(text, io) {
    const { types, ignored } = parseTypeSelection(text);
    for (const part of ignored)
        io.stderr.write(`dpn: warning: --resource-types: "${(0,render_escape/* escapeTerminal */.en)(part)}" is not a number from 1 to ${SELECTABLE_TYPES.length}, a range or a type key; ignored\n`);
    if (types.length === 0)
        io.stderr.write('dpn: warning: no resource types selected; resource_types is left empty\n');
    return types;
}
/** The answers from flags, then (on a terminal) questions for the ones not given. */
async function initAnswers(args, io) {
    const answers = {};
    const normalise = (key, value) => (key === 'project' ? normaliseProject(value) : value.trim());
    for (const field of INIT_FIELDS) {
        const raw = args.values[field.flag];
        if (raw === undefined)
            continue;
        const value = normalise(field.key, raw);
        const problem = answerProblem(field.key, value);
        if (problem)
            throw new errors/* UsageError */.eb(`--${field.flag}: ${problem}`);
        answers[field.key] = value;
    }
    const selection = args.values['resource-types'];
    if (selection !== undefined)
        answers.resourceTypes = typeSelection(selection, io);
    const complete = INIT_FIELDS.every((f) => answers[f.key] !== undefined) && selection !== undefined;
    if (complete || !(0,cli_prompt/* canAsk */.Gj)(io))
        return { answers };
    // v1.0 asked, on a terminal, for every value its flags left out.
    const ask = (0,cli_prompt/* questions */.ab)(io);
    for (const field of INIT_FIELDS) {
        if (answers[field.key] !== undefined)
            continue;
        const answer = await ask.ask(field.question, BUILT_IN_ANSWER[field.key], (a) => answerProblem(field.key, normalise(field.key, a)));
        answers[field.key] = normalise(field.key, answer);
    }
    if (selection === undefined) {
        io.stderr.write('\nResource types:\n');
        SELECTABLE_TYPES.forEach((type, i) => io.stderr.write(`  ${String(i + 1).padStart(2)}. ${type}\n`));
        const answer = await ask.ask("Select resource types (e.g. '1,3,5', '1-5', or 'all')", 'all');
        answers.resourceTypes = typeSelection(answer, io);
    }
    return { answers, ask };
}
const configInitCommand = {
    path: ['config', 'init'],
    summary: 'Write .dpn/naming-values.yaml and naming-patterns.yaml with the built-in convention',
    usage: '[--project NAME] [--environment dev|stg|prd] [--region REGION] [--team TEAM] [--cost-center CC]\n' +
        '        [--resource-types all|1,3-5|TYPE,...] [--force] [--dir DIR]\n\n' +
        'The values fill `defaults` (and --resource-types the `resource_types` section) of naming-values.yaml.\n' +
        'On a terminal, dpn asks for the values not given; otherwise they keep the built-in ones.\n' +
        'DIR defaults to .dpn. Existing files are replaced only with --force (or when you say so on a terminal).',
    options: {
        dir: { type: 'string' },
        project: { type: 'string' },
        environment: { type: 'string' },
        region: { type: 'string' },
        team: { type: 'string' },
        'cost-center': { type: 'string' },
        'resource-types': { type: 'string' },
        force: { type: 'boolean' },
    },
    async run(args, io) {
        const dir = args.values.dir ?? load/* CONFIG_DIR */.XY;
        const target = (0,external_node_path_.resolve)(io.cwd, dir);
        const initial = await initAnswers(args, io);
        const { answers } = initial;
        let ask = initial.ask;
        let overwrite = args.values.force === true;
        try {
            const files = [
                [load/* VALUES_FILE */.Yc, HEADER.values + yaml(initialValuesDocument(answers))],
                [load/* PATTERNS_FILE */.TV, HEADER.patterns + yaml(naming/* DEFAULT_PATTERNS_DOCUMENT */.kt)],
            ];
            await (0,promises_.mkdir)(target, { recursive: true });
            const written = [];
            try {
                for (const [name, text] of files) {
                    await (0,promises_.writeFile)((0,external_node_path_.join)(target, name), text, { flag: overwrite ? 'w' : 'wx' });
                    written.push((0,external_node_path_.join)(dir, name));
                }
            }
            catch (cause) {
                if (cause.code !== 'EEXIST')
                    throw cause;
                // Leave the directory as it was: both files or neither.
                for (const file of written)
                    await (0,promises_.rm)((0,external_node_path_.resolve)(io.cwd, file), { force: true });
                written.length = 0;
                if ((0,cli_prompt/* canAsk */.Gj)(io))
                    ask ??= (0,cli_prompt/* questions */.ab)(io);
                overwrite = ask !== undefined && (await ask.confirm(`${dir} already holds ${load/* VALUES_FILE */.Yc} or ${load/* PATTERNS_FILE */.TV}. Replace them? [y/N] `));
                if (!overwrite) {
                    throw new errors/* UserError */.yo(`${dir} already holds ${load/* VALUES_FILE */.Yc} or ${load/* PATTERNS_FILE */.TV}; dpn config init does not replace them without --force`, 'EXISTS', 'edit the existing files, pass --force to replace them, or --dir for a fresh copy elsewhere');
                }
                for (const [name, text] of files) {
                    await (0,promises_.writeFile)((0,external_node_path_.join)(target, name), text);
                    written.push((0,external_node_path_.join)(dir, name));
                }
            }
            const custom = Object.keys(answers).length > 0;
            io.stderr.write(`wrote ${written.join(' and ')} (${custom ? 'the built-in convention with your values' : 'the built-in convention'})\n`);
            if (answers.region !== undefined && !(0,naming/* isKnownAwsRegion */.fT)(answers.region)) {
                io.stderr.write(`warning: ${answers.region} is not an AWS region dpn knows; names need its short code in transformations.region_mapping\n`);
            }
            io.stderr.write('next: dpn config validate, then dpn plan preview <blueprint>\n');
            return command/* EXIT */.d.ok;
        }
        finally {
            ask?.close();
        }
    },
};
const configValidateCommand = {
    path: ['config', 'validate'],
    summary: 'Check the naming configuration files',
    usage: '[--values-config FILE --patterns-config FILE] [--format table|json|markdown]\n\nWithout options: ./.dpn/ if it holds the files, else the built-in convention.',
    options: { ...plan.NAMING_OPTIONS, format: { type: 'string' } },
    async run(args, io) {
        const format = (0,plan.outputFormat)(args);
        const loaded = await config_load(args, io);
        io.stderr.write(`dpn: naming values from ${loaded.sources.values}, patterns from ${loaded.sources.patterns}\n`);
        const subject = loaded.sources.values === loaded.sources.patterns
            ? `naming configuration (${loaded.sources.values})`
            : `naming configuration (${loaded.sources.values}, ${loaded.sources.patterns})`;
        const report = { resources: [], diagnostics: loaded.diagnostics, subject };
        io.stdout.write(format === 'json'
            ? (0,names/* renderNamesJson */.lE)(report, { pretty: io.stdout.isTTY === true })
            : format === 'markdown'
                ? (0,names/* renderNamesMarkdown */.Ic)(report)
                : (0,names/* renderNamesTable */.n9)(report, { color: (0,plan.useColor)(io), summaryOnly: true, source: (0,source_text/* sourceText */.r)(io.cwd) }));
        return loaded.config ? command/* EXIT */.d.ok : command/* EXIT */.d.invalid;
    },
};
/** What v1.0's `config show --resource-type` listed: the defaults under the type's own values, and its pattern. */
function typeView(config, type) {
    return { resource_type: type, pattern: config.patterns[type], values: { ...config.defaults, ...(config.resourceTypes[type] ?? {}) } };
}
function rows(entries) {
    const width = Math.max(3, ...entries.map(([k]) => (0,render_escape/* escapeTerminal */.en)(k).length));
    return entries.map(([k, v]) => `  ${(0,render_escape/* escapeTerminal */.en)(k).padEnd(width)}  ${(0,render_escape/* escapeTerminal */.en)(v)}\n`).join('');
}
function showTable(config, type) {
    if (type) {
        const view = typeView(config, type);
        return (`${type}\n  pattern  ${(0,render_escape/* escapeTerminal */.en)(view.pattern)}\n\n` +
            `Values (defaults, then resource_types.${type}):\n${rows(Object.entries(view.values).sort(([a], [b]) => (a < b ? -1 : 1)))}`);
    }
    const sorted = Object.entries(config.defaults).sort(([a], [b]) => (a < b ? -1 : 1));
    return (`Default values (naming-values.yaml defaults):\n${rows(sorted)}\n` +
        `Resource types: ${Object.keys(config.patterns).sort().join(', ')}\n\n` +
        'Use --resource-type TYPE for one type\'s values and pattern, --format yaml for the files themselves.\n');
}
const configShowCommand = {
    path: ['config', 'show'],
    summary: 'Print the naming convention in effect, as the two files it is written in',
    usage: '[--values-config FILE --patterns-config FILE] [--format yaml|json|table] [--resource-type TYPE]\n\n' +
        'yaml (the default) prints naming-values.yaml and naming-patterns.yaml as two YAML documents, each ready to\n' +
        'paste back into its file; json prints {"values": …, "patterns": …}; table lists the default values and the types.\n' +
        '--resource-type TYPE shows one type: its pattern and the values it starts from.',
    options: { ...plan.NAMING_OPTIONS, format: { type: 'string' }, 'resource-type': { type: 'string' } },
    async run(args, io) {
        const format = args.values.format ?? 'yaml';
        if (format !== 'yaml' && format !== 'json' && format !== 'table') {
            throw new errors/* UsageError */.eb(`--format must be yaml, json or table, got "${format}"`);
        }
        const given = args.values['resource-type'];
        let type;
        if (given !== undefined) {
            const key = (0,v1/* resourceTypeOf */.kb)(given, io, '--resource-type');
            if (!(0,naming/* isResourceType */.Ve)(key))
                throw new errors/* UsageError */.eb(`unknown resource type "${given}"`, `types: ${SELECTABLE_TYPES.join(', ')}`);
            type = key;
        }
        const loaded = await config_load(args, io);
        if (!loaded.config) {
            io.stderr.write((0,names/* renderNamesTable */.n9)({ resources: [], diagnostics: loaded.diagnostics }, { summaryOnly: true }));
            return command/* EXIT */.d.invalid;
        }
        for (const d of loaded.diagnostics)
            io.stderr.write(`${d.file}:${d.line}:${d.column}: warning ${d.code}: ${d.message}\n`);
        io.stderr.write(`dpn: naming values from ${loaded.sources.values}, patterns from ${loaded.sources.patterns}\n`);
        const config = loaded.config;
        if (format === 'table') {
            io.stdout.write(showTable(config, type));
        }
        else if (type) {
            const view = typeView(config, type);
            io.stdout.write(format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : yaml(view));
        }
        else if (format === 'json') {
            io.stdout.write(`${JSON.stringify({ values: (0,naming/* valuesDocumentOf */.Vv)(config), patterns: (0,naming/* patternsDocumentOf */.qd)(config) }, null, 2)}\n`);
        }
        else {
            io.stdout.write(`${HEADER.values}# ${load/* VALUES_FILE */.Yc}, from ${(0,render_escape/* escapeTerminal */.en)(loaded.sources.values)}\n${yaml((0,naming/* valuesDocumentOf */.Vv)(config))}` +
                `---\n${HEADER.patterns}# ${load/* PATTERNS_FILE */.TV}, from ${(0,render_escape/* escapeTerminal */.en)(loaded.sources.patterns)}\n${yaml((0,naming/* patternsDocumentOf */.qd)(config))}`);
        }
        return command/* EXIT */.d.ok;
    },
};


/***/ }),

/***/ 1934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ canAsk),
/* harmony export */   ab: () => (/* binding */ questions),
/* harmony export */   ft: () => (/* binding */ ApplyDeclined),
/* harmony export */   lJ: () => (/* binding */ confirm)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// Questions on a terminal: whether one can be asked, and asking it — the values
// `config init` asks for, and the yes/no before a change (skipped with --yes).
// Answers are read from stdin and questions written to stderr, so stdout stays
// the command's output. Lines typed ahead of a question are queued for it, not
// dropped. For a yes/no, anything but "y"/"yes" — an empty line, end of input,
// Ctrl-C — is a no.


/** Thrown from the plan gate when the answer is no: nothing has been changed. */
class ApplyDeclined extends Error {
    constructor() {
        super('apply declined');
        this.name = 'ApplyDeclined';
    }
}
function stdinOf(io) {
    return (io.stdin ?? process.stdin);
}
/** Whether a person can answer: stdin and stderr are both a terminal. */
function canAsk(io) {
    return stdinOf(io).isTTY === true && io.stderr.isTTY === true;
}
function questions(io) {
    const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: stdinOf(io), output: io.stderr });
    const typed = [];
    const waiting = [];
    let ended = false;
    rl.on('line', (line) => {
        const next = waiting.shift();
        if (next)
            next(line);
        else
            typed.push(line);
    });
    rl.on('close', () => {
        ended = true;
        for (const next of waiting.splice(0))
            next(undefined);
    });
    const line = (question) => {
        rl.setPrompt(question);
        rl.prompt();
        if (typed.length)
            return Promise.resolve(typed.shift());
        if (ended)
            return Promise.resolve(undefined);
        return new Promise((resolve) => waiting.push(resolve));
    };
    return {
        async ask(question, fallback, accept) {
            for (;;) {
                const answer = await line(`${question} [${fallback}]: `);
                if (answer === undefined)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('input ended before the question was answered', 'NO_ANSWER', 'answer on the terminal, or give the values as flags');
                const value = answer.trim() || fallback;
                const problem = accept?.(value);
                if (problem === undefined)
                    return value;
                io.stderr.write(`  ${problem}\n`);
            }
        },
        async confirm(question) {
            return /^(y|yes)$/i.test((await line(question))?.trim() ?? '');
        },
        close: () => rl.close(),
    };
}
/** One yes/no question; a no when the signal fires (SIGINT/SIGTERM) or input ends. */
async function confirm(io, question, signal) {
    const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: stdinOf(io), output: io.stderr, terminal: canAsk(io) });
    try {
        return await new Promise((resolve) => {
            let answered = false;
            const no = () => {
                // Ctrl-C or end of input leaves the cursor after the question: end its line.
                if (!answered)
                    io.stderr.write('\n');
                answered = true;
                resolve(false);
            };
            signal?.addEventListener('abort', no, { once: true });
            rl.on('SIGINT', no);
            rl.on('close', no);
            rl.question(question, (answer) => {
                answered = true;
                resolve(/^\s*y(es)?\s*$/i.test(answer));
            });
        });
    }
    finally {
        rl.close();
    }
}


/***/ })

};
