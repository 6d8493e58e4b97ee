export const id = 957;
export const ids = [957];
export const modules = {

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** Exit statuses, shared by every command. */
const EXIT = { ok: 0, invalid: 1, usage: 2 };


/***/ }),

/***/ 5549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ COMMANDS)
/* harmony export */ });
const COMMANDS = [
    { path: ['plan', 'init'], summary: 'Write a starter blueprint', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 33))).planInitCommand },
    { path: ['plan', 'validate'], summary: 'Check blueprints and the names they produce', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 33))).planValidateCommand },
    { path: ['plan', 'preview'], summary: 'Show every resource and the name it gets', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 33))).planPreviewCommand },
    { path: ['plan', 'schema'], summary: 'Print the blueprint JSON Schema', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 33))).planSchemaCommand },
    { path: ['config', 'init'], summary: 'Write .dpn/naming-*.yaml with the built-in convention', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 9399))).configInitCommand },
    { path: ['config', 'validate'], summary: 'Check the naming configuration files', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 9399))).configValidateCommand },
    { path: ['config', 'show'], summary: 'Print the naming convention in effect', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 9399))).configShowCommand },
    { path: ['create'], summary: 'Create and update the resources of one blueprint', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141)]).then(__webpack_require__.bind(__webpack_require__, 1141))).createCommand },
    { path: ['reconcile'], summary: 'Make the platforms match the blueprints (create, update, archive, delete)', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141)]).then(__webpack_require__.bind(__webpack_require__, 1141))).reconcileCommand },
    { path: ['read'], summary: 'Show one resource as the platform reports it', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 4085))).readCommand },
    { path: ['update'], summary: 'Change the parameters of one managed resource', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 4085))).updateCommand },
    { path: ['delete'], summary: 'Delete or archive one managed resource', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 4085))).deleteCommand },
    { path: ['status'], summary: 'Show the state, unfinished transactions and the lock', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 6171))).statusCommand },
    { path: ['unlock'], summary: 'Break a lock left by a run that died', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 3534))).unlockCommand },
    { path: ['drift'], summary: 'Compare the live resources with the state; change nothing', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 3534))).driftCommand },
    { path: ['recover'], summary: 'Roll back or resume a transaction that did not finish', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(256), __webpack_require__.e(141), __webpack_require__.e(661)]).then(__webpack_require__.bind(__webpack_require__, 6661))).recoverCommand },
    { path: ['runs', 'list'], summary: 'List reconcile runs recorded in the DynamoDB backend', load: async () => (await __webpack_require__.e(/* import() */ 299).then(__webpack_require__.bind(__webpack_require__, 8299))).runsListCommand },
    { path: ['runs', 'show'], summary: 'Show one run recorded in the DynamoDB backend', load: async () => (await __webpack_require__.e(/* import() */ 299).then(__webpack_require__.bind(__webpack_require__, 8299))).runsShowCommand },
    { path: ['backend', 'init'], summary: 'Create the DynamoDB backend tables and print their IAM policy', load: async () => (await __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 2009))).backendInitCommand },
    { path: ['backend', 'policy'], summary: 'Print the IAM policy the DynamoDB backend needs', load: async () => (await __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 2009))).backendPolicyCommand },
    { path: ['export', 'names'], summary: 'Print every generated name for Terraform and other tools (json, tfvars, hcl, tf-json, dotenv)', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 5231))).exportNamesCommand },
    { path: ['export', 'terraform'], summary: "Write Terraform import and resource blocks for dpn's state (hand over to Terraform)", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(231)]).then(__webpack_require__.bind(__webpack_require__, 5231))).exportTerraformCommand },
    { path: ['terraform', 'names'], summary: "Names for Terraform's external data source (JSON query on stdin)", load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(33), __webpack_require__.e(367)]).then(__webpack_require__.bind(__webpack_require__, 3367))).terraformNamesCommand },
    { path: ['explain'], summary: 'Say what a diagnostic code means and how to fix it', load: async () => (await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 40))).explainCommand },
    { path: ['completion'], summary: 'Print a shell completion script (bash, zsh or fish)', load: async () => (await __webpack_require__.e(/* import() */ 687).then(__webpack_require__.bind(__webpack_require__, 3687))).completionCommand },
];


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5549);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _v1_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4229);
/* harmony import */ var _render_color_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5219);
/* harmony import */ var _source_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4467);
// `dpn`: parse the sub-command, run it, map errors to exit statuses.
// User errors print one clear message; only bugs print a stack trace.







const VERSION = '2.0.0';
/** `dpn plan`, `dpn config`…: the commands under one first word, as help text. */
function groupHelp(group) {
    const members = _commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.filter((c) => c.path[0] === group && c.path.length > 1);
    const width = Math.max(...members.map((c) => c.path.join(' ').length));
    return [
        `Usage: dpn ${group} <command> [options]`,
        '',
        'Commands:',
        ...members.map((c) => `  dpn ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
        '',
        `Run \`dpn ${group} <command> --help\` for the options of a command.`,
        '',
    ].join('\n');
}
function isGroup(word) {
    return word !== undefined && _commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.some((c) => c.path[0] === word && c.path.length > 1);
}
/** The command a mistyped one most likely meant: `pln` → `plan`, `plan vaildate` → `plan validate`. */
function unknownCommand(argv) {
    const firstWords = [...new Set(_commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.map((c) => c.path[0]))];
    const [first = '', second] = argv;
    if (isGroup(first)) {
        const words = _commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.filter((c) => c.path[0] === first).map((c) => c.path[1]);
        const guess = second === undefined ? undefined : (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(second, words);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown command "dpn ${first} ${second ?? ''}"`.replace(/ "$/, '"'), guess ? `did you mean \`dpn ${first} ${guess}\`? (commands: ${words.join(', ')})` : `commands: ${words.map((w) => `dpn ${first} ${w}`).join(', ')}`);
    }
    const guess = (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(first, firstWords);
    if (guess === undefined)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown command "${first}"`, 'run `dpn --help` for the list of commands');
    const rest = isGroup(guess) && second !== undefined && !second.startsWith('-') ? ` ${(0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(second, _commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.filter((c) => c.path[0] === guess).map((c) => c.path[1])) ?? second}` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown command "${first}"`, `did you mean \`dpn ${guess}${rest}\`?`);
}
/** The short usage a usage error ends with. */
function usageOf(command) {
    return `usage: dpn ${command.path.join(' ')} ${command.usage.split('\n')[0]}\n(\`dpn ${command.path.join(' ')} --help\` for more)`;
}
/**
 * Node's parseArgs messages name its internals ("To specify a positional
 * argument starting with a '-'…"); these say what was wrong and what was meant.
 */
function argumentError(command, args, cause) {
    const code = cause.code;
    const names = Object.keys(command.options);
    const shorts = new Map(Object.entries(command.options).flatMap(([name, o]) => (o.short ? [[o.short, name]] : [])));
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        for (const arg of args) {
            if (arg === '--')
                break;
            if (!arg.startsWith('-') || arg === '-')
                continue;
            const name = arg.replace(/^--?/, '').replace(/=.*$/, '');
            if (arg.startsWith('--') ? names.includes(name) : [...name].every((c) => shorts.has(c)))
                continue;
            const guess = (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(name, names);
            const flag = arg.replace(/=.*$/, '');
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown option ${flag} for dpn ${command.path.join(' ')}`, `${guess ? `did you mean --${guess}?\n` : ''}${usageOf(command)}`);
        }
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const flag = /'(-[^ ']+)/.exec(cause.message)?.[1] ?? 'an option';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${flag} needs a value`, usageOf(command));
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        const extra = /'([^']*)'/.exec(cause.message)?.[1] ?? '';
        // `dpn create blueprints/dev.json`: the file belongs to --blueprint (v1.0's spelling too).
        const hint = 'blueprint' in command.options ? `did you mean --blueprint ${extra}?\n${usageOf(command)}` : usageOf(command);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`dpn ${command.path.join(' ')} takes no argument "${extra}"`, hint);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(cause.message.replace(/^TypeError \[[A-Z_]+\]: /, ''), usageOf(command));
}
function helpText() {
    const width = Math.max(..._commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.map((c) => c.path.join(' ').length));
    const lines = _commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.map((c) => `  dpn ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
    return [
        'dpn — one naming convention across AWS and Databricks, provisioned from Git.',
        '',
        'Usage: dpn <command> [options]',
        '',
        'Commands:',
        ...lines,
        '',
        'Run `dpn <command> --help` for the options of a command.',
        '',
    ].join('\n');
}
function findCommand(argv) {
    let best;
    for (const entry of _commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L) {
        const n = entry.path.length;
        if (argv.length >= n && entry.path.every((word, i) => argv[i] === word)) {
            if (!best || n > best.entry.path.length)
                best = { entry, rest: argv.slice(n) };
        }
    }
    return best;
}
async function main(argv, rawIO) {
    const io = (0,_v1_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutSecrets */ .cT)(argv, rawIO);
    try {
        if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || (argv[0] === 'help' && argv.length === 1)) {
            (argv.length === 0 ? io.stderr : io.stdout).write(helpText());
            return argv.length === 0 ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.usage : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
        }
        // `dpn help plan preview` is `dpn plan preview --help`.
        if (argv[0] === 'help')
            return await main([...argv.slice(1), '--help'], io);
        if (isGroup(argv[0]) && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
            (argv.length === 1 ? io.stderr : io.stdout).write(groupHelp(argv[0]));
            return argv.length === 1 ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.usage : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
        }
        if (argv[0] === '--version' || argv[0] === '-V') {
            io.stdout.write(`${VERSION}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
        }
        const found = findCommand(argv);
        if (!found)
            throw unknownCommand(argv);
        const command = await found.entry.load();
        if (found.rest.includes('--help') || found.rest.includes('-h')) {
            io.stdout.write(`Usage: dpn ${command.path.join(' ')} ${command.usage}\n\n${command.summary}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
        }
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
                args: found.rest,
                options: command.options,
                allowPositionals: command.allowPositionals ?? false,
                strict: true,
            });
        }
        catch (error) {
            throw argumentError(command, found.rest, error);
        }
        return await command.run(parsed, io);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .iU)(error)) {
            const paint = (0,_render_color_js__WEBPACK_IMPORTED_MODULE_6__/* .painter */ .C)((0,_render_color_js__WEBPACK_IMPORTED_MODULE_6__/* .colorEnabled */ .X)(io.stderr, io.env));
            io.stderr.write(`${paint('31;1', 'error')}: ${error.message}\n`);
            for (const line of error.hint?.split('\n') ?? []) {
                io.stderr.write(`  ${line.startsWith('did you mean') ? `${paint('36;1', 'help:')} ` : ''}${line}\n`);
            }
            // The code, so the entry in docs/reference.md (and `dpn explain`) can be found from the message.
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb) && /^[A-Z][A-Z0-9_]+$/.test(error.code))
                io.stderr.write(`  (${error.code}: dpn explain ${error.code})\n`);
            return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.usage : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.invalid;
        }
        io.stderr.write(`internal error (a bug in dpn, please report it): ${error?.stack ?? String(error)}\n`);
        return 70;
    }
}


/***/ }),

/***/ 4229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* binding */ aliasUsage),
/* harmony export */   b6: () => (/* binding */ CREDENTIAL_ALIASES),
/* harmony export */   cT: () => (/* binding */ withoutSecrets),
/* harmony export */   kb: () => (/* binding */ resourceTypeOf),
/* harmony export */   qZ: () => (/* binding */ TYPE_ALIASES_USAGE),
/* harmony export */   rn: () => (/* binding */ CREDENTIAL_OPTIONS),
/* harmony export */   t7: () => (/* binding */ runEnvironment)
/* harmony export */ });
/* unused harmony exports V1_TYPE_ALIASES, noteV1Spelling, isTypeName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// dpn v1.0's command-line vocabulary, so the command lines its users' scripts
// hold keep working: its resource type names, its credential flags, its short
// flags, and the one-line stderr note that names dpn's spelling. Commands take
// these option tables and call these functions; nothing else knows v1.0 words.


/** v1.0's `--type` choices (its read/update/delete) and the dpn type key each one is. */
const V1_TYPE_ALIASES = Object.freeze({
    s3: 'aws_s3_bucket',
    'glue-db': 'aws_glue_database',
    'glue-table': 'aws_glue_table',
    cluster: 'dbx_cluster',
    job: 'dbx_job',
    catalog: 'dbx_catalog',
    schema: 'dbx_schema',
    table: 'dbx_table',
});
/** The v1.0 flags that say which cloud account a run talks to. */
const CREDENTIAL_OPTIONS = {
    'aws-profile': { type: 'string' },
    'dbx-host': { type: 'string' },
    'dbx-token': { type: 'string' },
};
/** Each credential flag and the environment variable it stands for. */
const CREDENTIAL_ENV = {
    'aws-profile': 'AWS_PROFILE',
    'dbx-host': 'DATABRICKS_HOST',
    'dbx-token': 'DATABRICKS_TOKEN',
};
/** The last lines of a command's --help: v1.0 spellings, listed once, as aliases. */
function aliasUsage(lines) {
    return `\nAliases kept from dpn v1.0:\n${lines.map((l) => `  ${l}\n`).join('')}`;
}
const CREDENTIAL_ALIASES = [
    '--aws-profile NAME       AWS_PROFILE=NAME for this run',
    '--dbx-host URL           DATABRICKS_HOST=URL for this run',
    '--dbx-token TOKEN        DATABRICKS_TOKEN=TOKEN for this run (never printed; prefer the variable, a flag shows in ps)',
];
/** `--type s3=aws_s3_bucket, …`: AWS on one line, Databricks under it. */
const TYPE_ALIASES_USAGE = ['aws_', 'dbx_']
    .map((platform) => Object.entries(V1_TYPE_ALIASES)
    .filter(([, type]) => type.startsWith(platform))
    .map(([alias, type]) => `${alias}=${type}`)
    .join(', '))
    .join(',\n         ')
    .replace(/^/, '--type ');
/** One line on stderr naming the spelling dpn prefers; stdout stays the command's document. */
function noteV1Spelling(io, used, instead) {
    io.stderr.write(`dpn: note: ${used} is dpn v1.0's spelling; dpn's is ${instead}\n`);
}
/** `--type`: a dpn type key, or v1.0's name for one (with a note naming the key). */
function resourceTypeOf(value, io, flag = '--type') {
    const alias = V1_TYPE_ALIASES[value];
    if (alias === undefined)
        return value;
    noteV1Spelling(io, `${flag} ${value}`, `${flag} ${alias}`);
    return alias;
}
/** Whether `value` is a dpn type key or v1.0's name for one. */
function isTypeName(value) {
    return isResourceType(value) || V1_TYPE_ALIASES[value] !== undefined;
}
/**
 * The IO a command runs its drivers with: `--aws-profile`, `--dbx-host` and
 * `--dbx-token` become AWS_PROFILE, DATABRICKS_HOST and DATABRICKS_TOKEN in a
 * copy of the environment, for this run only. A named profile wins over static
 * keys in the environment, as it did in v1.0 (boto3's Session(profile_name)).
 */
function runEnvironment(args, io) {
    const env = { ...io.env };
    let changed = false;
    for (const [flag, variable] of Object.entries(CREDENTIAL_ENV)) {
        const value = args.values[flag];
        if (value === undefined)
            continue;
        if (typeof value !== 'string' || value.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${flag} needs a value`);
        env[variable] = value;
        changed = true;
        noteV1Spelling(io, `--${flag}`, `${variable} in the environment`);
    }
    if (!changed)
        return io;
    if (args.values['aws-profile'] !== undefined) {
        delete env.AWS_ACCESS_KEY_ID;
        delete env.AWS_SECRET_ACCESS_KEY;
        delete env.AWS_SESSION_TOKEN;
    }
    return { ...io, env };
}
/** Values of `--dbx-token` in argv (both `--dbx-token X` and `--dbx-token=X`). */
function secretsOf(argv) {
    const secrets = [];
    argv.forEach((arg, i) => {
        if (arg === '--dbx-token' && argv[i + 1] !== undefined)
            secrets.push(argv[i + 1]);
        else if (arg.startsWith('--dbx-token='))
            secrets.push(arg.slice('--dbx-token='.length));
    });
    return secrets.filter((s) => s.length > 0);
}
/**
 * Streams that never let a `--dbx-token` value through, whatever path the
 * output takes (usage errors that echo arguments, provider messages, bugs).
 */
function withoutSecrets(argv, io) {
    const secrets = secretsOf(argv);
    if (secrets.length === 0)
        return io;
    const mask = (chunk) => secrets.reduce((text, s) => text.split(s).join('***'), String(chunk));
    const wrap = (stream) => ({
        write: (chunk) => stream.write(mask(chunk)),
        ...(stream.isTTY !== undefined ? { isTTY: stream.isTTY } : {}),
    });
    return { ...io, stdout: wrap(io.stdout), stderr: wrap(io.stderr) };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// The base of every error a user can act on. Entry points print `message` (and
// `hint`) without a stack trace; anything else is a bug and keeps its stack.
class UserError extends Error {
    code;
    hint;
    constructor(message, code, hint) {
        super(message);
        this.code = code;
        this.hint = hint;
        this.name = 'UserError';
    }
}
/** Bad command-line usage: exit status 2. */
class UsageError extends UserError {
    constructor(message, hint) {
        super(message, 'USAGE', hint);
        this.name = 'UsageError';
    }
}
function isUserError(error) {
    return error instanceof UserError;
}


/***/ }),

/***/ 5219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ painter),
/* harmony export */   X: () => (/* binding */ colorEnabled)
/* harmony export */ });
// ANSI colour for terminal renderers, and the one decision whether to use it.
// Every renderer takes `color: boolean`; the CLI asks colorEnabled() once per stream.
function painter(enabled) {
    return enabled ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}
/**
 * Whether to colour output written to a stream, as Node and most tools decide it:
 * FORCE_COLOR forces colour on (any value but 0/false) or off (0/false), even on
 * a pipe; otherwise NO_COLOR (any non-empty value, no-color.org) and TERM=dumb
 * turn it off, and a terminal turns it on.
 */
function colorEnabled(stream, env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !['0', 'false'].includes(force.toLowerCase());
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}


/***/ }),

/***/ 4467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean…": the nearest known word to a misspelt one, by edit distance.
// Used for keys, enum values, pattern variables, references, commands and flags.
/** The candidate nearest to `word`, when it is close enough to be a likely typo. */
function closest(word, candidates) {
    const lowered = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = distance(lowered, candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    // One edit per three characters, at least one: 'rwa' → 'raw' (a swap is one edit),
    // 'purpos' → 'purpose', but not 'env' → 'dev'.
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(lowered.length / 3)) ? best : undefined;
}
/** `did you mean 'x'?`, or undefined when nothing is close. */
function didYouMean(word, candidates, quote = (s) => `'${s}'`) {
    const guess = closest(word, candidates);
    return guess === undefined ? undefined : `did you mean ${quote(guess)}?`;
}
/** Levenshtein distance, with an adjacent swap counted as one edit (Damerau, restricted). */
function distance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                row.push(j);
                continue;
            }
            const above = rows[i - 1];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            row.push(d);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}


/***/ })

};
