export const id = 367;
export const ids = [367,231];
export const modules = {

/***/ 5231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   errorLines: () => (/* binding */ errorLines),
/* harmony export */   exportNamesCommand: () => (/* binding */ exportNamesCommand),
/* harmony export */   exportTerraformCommand: () => (/* binding */ exportTerraformCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _export_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(318);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3567);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33);
// `dpn export names|terraform`: the names the blueprints give, for Terraform and
// other tools; and dpn's state as Terraform import and resource blocks, to hand
// an estate over. Refuses (and writes nothing) when the input has errors.





/** `file:line:column: message (CODE)` for the first errors, so a script's log points at the fix. */
function errorLines(diagnostics, limit = 10) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.slice(0, limit).map((d) => `  ${d.file}:${d.line}:${d.column}: ${d.message} (${d.code})`);
    if (errors.length > limit)
        lines.push(`  … and ${errors.length - limit} more; dpn plan validate lists them all`);
    return lines.join('\n');
}
/** Stdout, or FILE written whole (a temp file and a rename: never a partial file). */
async function emit(text, args, io) {
    const out = args.values.out;
    if (out === undefined) {
        io.stdout.write(text);
        return;
    }
    const { writeAtomically } = await __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 6992));
    await writeAtomically((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, out), text);
    io.stderr.write(`wrote ${out}\n`);
}
const exportNamesCommand = {
    path: ['export', 'names'],
    summary: 'Print every generated name (and its Terraform identifier) as json, tfvars, hcl, tf-json or dotenv',
    usage: 'PATH... --format json|tfvars|hcl|tf-json|dotenv [--out FILE] [--values-config FILE --patterns-config FILE] [--override key=value]...\n\n' +
        'Every resource keyed by its dpn key, with its Terraform identifier, type, name and full name, sorted by key.\n' +
        'hcl writes `locals { dpn_names = {…} }`, tfvars `dpn_names = {…}`, tf-json the locals block in Terraform JSON syntax,\n' +
        'dotenv one DPN_<IDENTIFIER> variable per resource. Nothing is written when a blueprint has an error.\n' +
        'Exit status: 0 exported, 1 invalid blueprint or naming configuration, 2 usage error.',
    options: { ..._plan_js__WEBPACK_IMPORTED_MODULE_4__.NAMING_OPTIONS, override: { type: 'string', multiple: true }, format: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
    async run(args, io) {
        const format = args.values.format;
        if (format === undefined || !_export_names_js__WEBPACK_IMPORTED_MODULE_2__/* .NAMES_FORMATS */ .G4.includes(format)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--format must be one of ${_export_names_js__WEBPACK_IMPORTED_MODULE_2__/* .NAMES_FORMATS */ .G4.join(', ')}${format === undefined ? '' : `, got "${format}"`}`);
        }
        const { report } = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__.checkBlueprints)(args, io);
        if (report.diagnostics.some((d) => d.severity === 'error')) {
            io.stderr.write(`error: no names exported: the blueprints or the naming configuration have errors\n${errorLines(report.diagnostics)}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.invalid;
        }
        await emit((0,_export_names_js__WEBPACK_IMPORTED_MODULE_2__/* .renderNamesExport */ .zP)(report.resources, format), args, io);
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    },
};
const exportTerraformCommand = {
    path: ['export', 'terraform'],
    summary: "Write Terraform import and resource blocks for everything in dpn's state (hand over to Terraform)",
    usage: '[--state-dir DIR] [--out FILE] [--aws-account-id ID]\n\n' +
        'For every resource in the state in DIR (default .dpn): an import block (Terraform / OpenTofu >= 1.5) with the id\n' +
        "in its provider's format and a resource block with the arguments dpn applied. `terraform plan` then only imports.\n" +
        'Glue import ids need the Data Catalog id (the AWS account id): taken from the ARNs the state records, or --aws-account-id.\n' +
        'Exit status: 0 written, 1 nothing to export or something missing, 2 usage error.',
    options: { 'state-dir': { type: 'string' }, out: { type: 'string' }, 'aws-account-id': { type: 'string' } },
    async run(args, io) {
        const stateDir = args.values['state-dir'] ?? '.dpn';
        const [{ loadState }, { renderTerraformExport }] = await Promise.all([__webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 6992)), Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(114), __webpack_require__.e(13), __webpack_require__.e(228), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 9020))]);
        const state = await loadState((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, stateDir));
        const account = args.values['aws-account-id'];
        const text = renderTerraformExport(state.resources.values(), { stateDir, ...(account !== undefined ? { awsAccountId: account } : {}) });
        await emit(text, args, io);
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    },
};


/***/ }),

/***/ 3367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  terraformNamesCommand: () => (/* binding */ terraformNamesCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/source/suggest.ts
var suggest = __webpack_require__(4467);
// EXTERNAL MODULE: ./src/export/names.ts
var export_names = __webpack_require__(318);
;// CONCATENATED MODULE: ./src/export/external.ts
// The protocol of Terraform's `external` data source, for `dpn terraform names`:
// the query Terraform sends on stdin (a JSON object of strings) and the result
// it expects on stdout (one flat JSON object whose values are all strings).



const FIELDS = ['blueprints', 'key', 'values_config', 'patterns_config', 'overrides'];
function queryError(message) {
    return new errors/* UserError */.yo(`query: ${message}`, 'TERRAFORM_QUERY', `the query takes ${FIELDS.join(', ')} (strings); blueprints is required`);
}
/** Several paths or overrides in one string (the protocol has strings only): comma- or newline-separated. */
function list(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function parseNamesQuery(input) {
    let parsed;
    try {
        parsed = JSON.parse(input);
    }
    catch (error) {
        throw queryError(`stdin is not JSON (${error.message})`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw queryError('stdin must hold one JSON object');
    const q = parsed;
    for (const [field, value] of Object.entries(q)) {
        if (!FIELDS.includes(field))
            throw queryError(`unknown field "${field}"${(0,suggest/* closest */.k)(field, FIELDS) ? ` (did you mean "${(0,suggest/* closest */.k)(field, FIELDS)}"?)` : ''}`);
        if (typeof value !== 'string')
            throw queryError(`"${field}" must be a string, as Terraform sends it`);
    }
    const blueprints = list(q.blueprints ?? '');
    if (blueprints.length === 0)
        throw queryError('"blueprints" names no blueprint file or directory');
    const out = { blueprints, overrides: list(q.overrides ?? '') };
    if (typeof q.key === 'string' && q.key !== '')
        out.key = q.key;
    if (typeof q.values_config === 'string' && q.values_config !== '')
        out.valuesConfig = q.values_config;
    if (typeof q.patterns_config === 'string' && q.patterns_config !== '')
        out.patternsConfig = q.patterns_config;
    return out;
}
/** Every name by key; or, with `key` (a dpn key or a Terraform identifier), that resource's fields. */
function namesResult(resources, key) {
    const names = (0,export_names/* exportedNames */.UA)(resources);
    if (key === undefined)
        return Object.fromEntries([...names].map(([k, n]) => [k, n.name]));
    const hit = names.get(key) ? [key, names.get(key)] : [...names].find(([, n]) => n.id === key);
    if (!hit || !hit[1]) {
        const near = (0,suggest/* closest */.k)(key, names.keys());
        const close = near ? [near] : [...names.keys()].filter((k) => k.includes(key.split(':').pop() ?? key)).slice(0, 3);
        throw new errors/* UserError */.yo(`no resource with the key "${key}"`, 'TERRAFORM_QUERY', close.length > 0 ? `did you mean ${close.map((k) => `"${k}"`).join(', ')}?` : 'dpn export names BLUEPRINTS --format json lists every key');
    }
    const [k, n] = hit;
    return { key: k, id: n.id, type: n.type, name: n.name, full_name: n.full_name };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/commands/export.ts
var commands_export = __webpack_require__(5231);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts + 1 modules
var plan = __webpack_require__(33);
;// CONCATENATED MODULE: ./src/cli/commands/terraform.ts
// `dpn terraform names`: a program for Terraform's `external` data source. It
// reads the query object on stdin and prints one flat JSON object of strings;
// any failure is a message on stderr and exit status 1, as that protocol asks.
// Naming needs no cloud credentials, so neither does this.





async function readStdin() {
    if (process.stdin.isTTY) {
        throw new errors/* UserError */.yo('dpn terraform names reads a JSON query on stdin', 'TERRAFORM_QUERY', `example: echo '{"blueprints":"blueprints"}' | dpn terraform names`);
    }
    let text = '';
    process.stdin.setEncoding('utf8');
    for await (const chunk of process.stdin)
        text += chunk;
    return text;
}
const terraformNamesCommand = {
    path: ['terraform', 'names'],
    summary: "Names for Terraform's external data source (JSON query on stdin, flat JSON object of strings out)",
    usage: '< query.json\n\n' +
        'Query fields (all strings): blueprints (paths, comma-separated), key (optional: one dpn key or Terraform identifier),\n' +
        'values_config, patterns_config, overrides ("key=value,key=value").\n' +
        'Without key: {"<dpn key>": "<name>", …}. With key: {"key", "id", "type", "name", "full_name"}.\n' +
        'Exit status: 0 with the result on stdout, 1 with the reason on stderr.',
    options: {},
    async run(_args, io) {
        try {
            const query = parseNamesQuery(await readStdin());
            const { report } = await (0,plan.checkBlueprints)({
                positionals: query.blueprints,
                values: {
                    override: query.overrides,
                    ...(query.valuesConfig !== undefined ? { 'values-config': query.valuesConfig } : {}),
                    ...(query.patternsConfig !== undefined ? { 'patterns-config': query.patternsConfig } : {}),
                },
            }, io);
            if (report.diagnostics.some((d) => d.severity === 'error')) {
                throw new errors/* UserError */.yo(`the blueprints or the naming configuration have errors:\n${(0,commands_export.errorLines)(report.diagnostics)}`, 'TERRAFORM_QUERY');
            }
            io.stdout.write(`${JSON.stringify(namesResult(report.resources, query.key))}\n`);
            return command/* EXIT */.d.ok;
        }
        catch (error) {
            // The protocol knows one failure status; a usage slip in the query is a failure like any other.
            if (!(0,errors/* isUserError */.iU)(error))
                throw error;
            io.stderr.write(`error: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
            return command/* EXIT */.d.invalid;
        }
    },
};


/***/ }),

/***/ 5641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Im: () => (/* binding */ comment),
/* harmony export */   KR: () => (/* binding */ ref),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   lt: () => (/* binding */ attribute),
/* harmony export */   om: () => (/* binding */ block),
/* harmony export */   s5: () => (/* binding */ escapeTemplate),
/* harmony export */   sr: () => (/* binding */ renderHcl)
/* harmony export */ });
/* unused harmony export HclExpression */
// A small writer of HCL native syntax: quoted strings with Terraform's template
// sequences escaped, maps, lists, nested blocks and references, laid out the
// way `terraform fmt` lays them out (two-space indent, `=` aligned within a run
// of one-line attributes), so generated files need no reformatting to diff cleanly.
/**
 * An expression written as is (a reference such as `aws_s3_bucket.x.id`), never quoted. A class, not
 * a shape: a map from a blueprint (tags `{expression: "…"}`) must never pass for one.
 */
class HclExpression {
    expression;
    constructor(expression) {
        this.expression = expression;
    }
}
function ref(expression) {
    return new HclExpression(expression);
}
function attribute(name, value) {
    return { kind: 'attribute', name, value };
}
function block(type, labels, body) {
    return { kind: 'block', type, labels, body };
}
function comment(text) {
    return { kind: 'comment', text };
}
/**
 * A quoted HCL string whose value is exactly `text`: `${` and `%{` would start
 * a template interpolation or directive, so they are doubled (`$${`, `%%{`).
 */
function quote(text) {
    let out = '"';
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return `${escapeTemplate(out)}"`;
}
/** Terraform's JSON syntax also reads strings as templates: the same two sequences are doubled. */
function escapeTemplate(text) {
    // A function, not a replacement string: there `$$` would mean one `$`.
    return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function objectKey(key) {
    return IDENTIFIER.test(key) ? key : quote(key);
}
function renderValue(value, indent) {
    if (typeof value === 'string')
        return quote(value);
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : quote(String(value));
    if (typeof value === 'boolean')
        return String(value);
    if (value instanceof HclExpression)
        return value.expression;
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        if (value.every((v) => typeof v !== 'object'))
            return `[${value.map((v) => renderValue(v, indent)).join(', ')}]`;
        return `[\n${value.map((v) => `${inner}${renderValue(v, inner)},`).join('\n')}\n${indent}]`;
    }
    const keys = Object.keys(value).sort();
    if (keys.length === 0)
        return '{}';
    const rendered = keys.map((k) => ({ key: objectKey(k), text: renderValue(value[k], inner) }));
    // As `terraform fmt` does: `=` aligned across one-line entries; a multi-line value is not padded.
    const width = Math.max(0, ...rendered.filter((r) => !r.text.includes('\n')).map((r) => r.key.length));
    const lines = rendered.map((r) => `${inner}${r.text.includes('\n') ? r.key : r.key.padEnd(width)} = ${r.text}`);
    return `{\n${lines.join('\n')}\n${indent}}`;
}
function renderBody(items, indent) {
    const lines = [];
    // `terraform fmt` aligns `=` across consecutive one-line attributes.
    let run = [];
    const flush = () => {
        const width = Math.max(0, ...run.filter((a) => !a.value.includes('\n')).map((a) => a.name.length));
        for (const a of run)
            lines.push(`${indent}${a.value.includes('\n') ? a.name : a.name.padEnd(width)} = ${a.value}`);
        run = [];
    };
    let previous;
    for (const item of items) {
        if (item.kind === 'attribute') {
            const value = renderValue(item.value, indent);
            if (value.includes('\n')) {
                flush();
                lines.push(`${indent}${item.name} = ${value}`);
            }
            else
                run.push({ name: item.name, value });
        }
        else {
            flush();
            if (item.kind === 'comment') {
                if (previous === 'block')
                    lines.push('');
                // Every line break starts a new `#` line: text in a comment can never end it.
                lines.push(...item.text.split(/\r\n|\r|\n/).map((t) => `${indent}# ${t}`.trimEnd()));
            }
            else {
                if (previous !== undefined && previous !== 'comment')
                    lines.push('');
                const labels = item.labels.map((l) => ` ${quote(l)}`).join('');
                const body = renderBody(item.body, `${indent}  `);
                lines.push(body.length === 0 ? `${indent}${item.type}${labels} {}` : `${indent}${item.type}${labels} {`, ...body);
                if (body.length > 0)
                    lines.push(`${indent}}`);
            }
        }
        previous = item.kind;
    }
    flush();
    return lines;
}
/** A whole file (or a block's body); newline-terminated. */
function renderHcl(items) {
    return `${renderBody(items, '').join('\n')}\n`;
}


/***/ }),

/***/ 3007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ identifiersOf)
/* harmony export */ });
/* unused harmony export terraformIdentifier */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The Terraform-safe identifier of a dpn resource key: what `dpn export names`
// prints beside each name and what `dpn export terraform` uses as resource
// labels. Stable (a function of the key alone, never of the other resources)
// and collision-free (see terraformIdentifier).


/** Hex digits of SHA-256 kept in an identifier. */
const HASH_LENGTH = 8;
/**
 * `<slug>_<hash>`: the slug is the key in lower case with every run of
 * characters other than a-z and 0-9 turned into one `_` (readable, but lossy:
 * `a-b`, `a_b` and `A/b` share it); the hash is the first 8 hex digits of the
 * SHA-256 of the exact key, which tells such keys apart. Two keys get the same
 * identifier only if both their slugs and their 32-bit hashes agree;
 * `assertDistinct` checks every export for that and refuses rather than
 * emitting two resources under one name. The slug starts with a letter (a
 * resource type), so the result is a valid Terraform identifier and a valid
 * environment variable name once upper-cased.
 */
function terraformIdentifier(key) {
    const slug = key
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, HASH_LENGTH);
    const head = /^[a-z]/.test(slug) ? slug : `r_${slug}`;
    return `${head.replace(/_$/, '')}_${hash}`;
}
/** The identifier of every key; throws when two keys would share one (never seen in practice, but never silent). */
function identifiersOf(keys) {
    const byKey = new Map();
    const byId = new Map();
    for (const key of keys) {
        const id = terraformIdentifier(key);
        const other = byId.get(id);
        if (other !== undefined && other !== key) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`resources "${other}" and "${key}" would share the Terraform identifier ${id}`, 'EXPORT_IDENTIFIER_COLLISION', 'rename one of them in its blueprint');
        }
        byId.set(id, key);
        byKey.set(key, id);
    }
    return byKey;
}


/***/ }),

/***/ 318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ NAMES_FORMATS),
/* harmony export */   UA: () => (/* binding */ exportedNames),
/* harmony export */   zP: () => (/* binding */ renderNamesExport)
/* harmony export */ });
/* unused harmony export defaultExportFile */
/* harmony import */ var _hcl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5641);
/* harmony import */ var _identifier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3007);


const NAMES_FORMATS = ['json', 'tfvars', 'hcl', 'tf-json', 'dotenv'];
/** Key → exported name, in key order. */
function exportedNames(resources) {
    const sorted = [...resources].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const ids = (0,_identifier_js__WEBPACK_IMPORTED_MODULE_0__/* .identifiersOf */ .S)(sorted.map((r) => r.key));
    return new Map(sorted.map((r) => [r.key, { id: ids.get(r.key), type: r.type, name: r.name, full_name: r.fullName }]));
}
const HEADER = 'Generated by `dpn export names`: regenerate it, do not edit it.';
function asObject(names, escape = (s) => s) {
    const out = {};
    for (const [key, n] of names) {
        out[escape(key)] = { id: n.id, type: n.type, name: escape(n.name), full_name: escape(n.full_name) };
    }
    return out;
}
/** `DPN_<ID>`: names are safe as they are; anything else is double-quoted with `\` and `"` escaped. */
function dotenvValue(value) {
    return /^[A-Za-z0-9_.:/@+-]*$/.test(value) ? value : `"${value.replace(/[\\"$`]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
}
function dotenv(names) {
    const lines = [`# ${HEADER}`];
    for (const [key, n] of names) {
        const variable = `DPN_${n.id.toUpperCase()}`;
        lines.push(`# ${key.replace(/[\r\n]/g, ' ')}`, `${variable}=${dotenvValue(n.name)}`);
        if (n.full_name !== n.name)
            lines.push(`${variable}_FULL_NAME=${dotenvValue(n.full_name)}`);
    }
    return `${lines.join('\n')}\n`;
}
function renderNamesExport(resources, format) {
    const names = exportedNames(resources);
    switch (format) {
        case 'json':
            return `${JSON.stringify(asObject(names), null, 2)}\n`;
        case 'tf-json':
            // Terraform's JSON syntax reads every string as a template, keys included.
            return `${JSON.stringify({ '//': HEADER, locals: { dpn_names: asObject(names, _hcl_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTemplate */ .s5) } }, null, 2)}\n`;
        case 'tfvars':
            return (0,_hcl_js__WEBPACK_IMPORTED_MODULE_1__/* .renderHcl */ .sr)([(0,_hcl_js__WEBPACK_IMPORTED_MODULE_1__/* .comment */ .Im)(HEADER), (0,_hcl_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)('dpn_names', asObject(names))]);
        case 'hcl':
            return (0,_hcl_js__WEBPACK_IMPORTED_MODULE_1__/* .renderHcl */ .sr)([(0,_hcl_js__WEBPACK_IMPORTED_MODULE_1__/* .comment */ .Im)(HEADER), (0,_hcl_js__WEBPACK_IMPORTED_MODULE_1__/* .block */ .om)('locals', [], [(0,_hcl_js__WEBPACK_IMPORTED_MODULE_1__/* .attribute */ .lt)('dpn_names', asObject(names))])]);
        case 'dotenv':
            return dotenv(names);
    }
}
/** The default file name a format is written to (the Action's `export` input without a path). */
function defaultExportFile(format) {
    return { json: 'dpn-names.json', tfvars: 'dpn-names.auto.tfvars', hcl: 'dpn-names.tf', 'tf-json': 'dpn-names.tf.json', dotenv: 'dpn-names.env' }[format];
}


/***/ })

};
