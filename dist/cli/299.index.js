export const id = 299;
export const ids = [299];
export const modules = {

/***/ 8299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TABLE_PREFIX_OPTION: () => (/* binding */ TABLE_PREFIX_OPTION),
/* harmony export */   runsListCommand: () => (/* binding */ runsListCommand),
/* harmony export */   runsShowCommand: () => (/* binding */ runsShowCommand),
/* harmony export */   tablePrefix: () => (/* binding */ tablePrefix)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);


const STATUSES = ['running', 'committed', 'rolled_back', 'rollback_failed', 'failed', 'noop'];
const TABLE_PREFIX_OPTION = { 'table-prefix': { type: 'string' } };
/**
 * `--table-prefix`, else DPN_TABLE_PREFIX, else DPN_LOCK_TABLE_PREFIX (what
 * `dpn apply --lock-backend dynamodb` reads), so one setting serves every command.
 */
function tablePrefix(args, io) {
    const prefix = args.values['table-prefix'] ?? (io.env.DPN_TABLE_PREFIX || io.env.DPN_LOCK_TABLE_PREFIX);
    if (!prefix) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the DynamoDB table prefix is missing', 'pass --table-prefix P or set DPN_TABLE_PREFIX (or DPN_LOCK_TABLE_PREFIX)');
    }
    return prefix;
}
function format(args) {
    const value = args.values.format ?? 'table';
    if (value !== 'table' && value !== 'json')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--format must be table or json, got "${value}"`);
    return value;
}
/** Text from the table may come from any runner: keep terminal control sequences out. */
function clean(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
function duration(run) {
    if (!run.endedAt)
        return run.status === 'running' ? 'running' : '-';
    const seconds = Math.max(0, Math.round((Date.parse(run.endedAt) - Date.parse(run.startedAt)) / 1000));
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    return minutes < 60 ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
function table(rows) {
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
    return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}
async function backendModule() {
    return Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(907), __webpack_require__.e(728), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 9099));
}
const runsListCommand = {
    path: ['runs', 'list'],
    summary: 'List reconcile runs recorded in the DynamoDB backend, newest first',
    usage: '[--status S] [--since 7d|ISO] [--until ISO] [--repository OWNER/NAME] [--limit N] [--format table|json] [--table-prefix P]',
    options: {
        ...TABLE_PREFIX_OPTION,
        status: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        repository: { type: 'string' },
        limit: { type: 'string' },
        format: { type: 'string' },
    },
    async run(args, io) {
        const prefix = tablePrefix(args, io);
        const output = format(args);
        const { createDynamoRunReader, parseSince, DEFAULT_RUN_LIMIT } = await backendModule();
        const status = args.values.status;
        if (status !== undefined && !STATUSES.includes(status)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--status must be one of ${STATUSES.join(', ')}, got "${status}"`);
        }
        const limitText = args.values.limit;
        const limit = limitText === undefined ? DEFAULT_RUN_LIMIT : Number(limitText);
        if (!Number.isInteger(limit) || limit < 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--limit must be a whole number ≥ 1, got "${limitText}"`);
        const now = Date.now();
        const parseTime = (flag) => {
            const text = args.values[flag];
            if (text === undefined)
                return undefined;
            try {
                return parseSince(text, now);
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(error.message.replace('--since', `--${flag}`));
            }
        };
        const since = parseTime('since');
        const until = parseTime('until');
        const repository = args.values.repository;
        const reader = createDynamoRunReader({ tablePrefix: prefix, env: io.env });
        const runs = await reader.list({
            ...(status ? { status: status } : {}),
            ...(since ? { since } : {}),
            ...(until ? { until } : {}),
            ...(repository ? { repository } : {}),
            limit,
        });
        if (output === 'json') {
            io.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
        }
        if (runs.length === 0) {
            io.stdout.write(`No runs match in ${reader.tableName}.\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
        }
        const rows = [['RUN', 'STATUS', 'REPOSITORY', 'COMMIT', 'STARTED (UTC)', 'TOOK', '+CREATE ~UPDATE -DELETE']];
        for (const run of runs) {
            rows.push([
                clean(run.runId),
                run.status,
                clean(run.repository),
                clean(run.commit.slice(0, 12)),
                run.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
                duration(run),
                `+${run.creates} ~${run.updates} -${run.deletes}`,
            ]);
        }
        io.stdout.write(table(rows));
        if (runs.length === limit)
            io.stderr.write(`(first ${limit} runs; use --limit or --since to see others)\n`);
        return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
    },
};
const runsShowCommand = {
    path: ['runs', 'show'],
    summary: 'Show one reconcile run recorded in the DynamoDB backend',
    usage: 'RUN_ID [--format table|json] [--table-prefix P]',
    options: { ...TABLE_PREFIX_OPTION, format: { type: 'string' } },
    allowPositionals: true,
    async run(args, io) {
        const prefix = tablePrefix(args, io);
        const output = format(args);
        if (args.positionals.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('give exactly one run id', 'usage: dpn runs show RUN_ID');
        const runId = args.positionals[0] ?? '';
        const { createDynamoRunReader } = await backendModule();
        const reader = createDynamoRunReader({ tablePrefix: prefix, env: io.env });
        const run = await reader.get(runId);
        if (!run) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`run "${clean(runId)}" is not in ${reader.tableName}`, 'RUN_NOT_FOUND', 'list recent runs with: dpn runs list');
        }
        if (output === 'json') {
            io.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
        }
        const rows = [
            ['run', run.runId],
            ['status', run.status],
            ['repository', run.repository],
            ['commit', run.commit],
            ['started', run.startedAt],
            ['ended', run.endedAt ?? '-'],
            ['took', duration(run)],
            ['changes', `${run.creates} create, ${run.updates} update, ${run.deletes} delete`],
            ['transaction', run.transactionId ?? '-'],
            ['run url', run.runUrl ?? '-'],
        ];
        const lines = rows.map(([k, v]) => `${k.padEnd(11)}  ${clean(v)}`);
        const [first = '-', ...more] = run.blueprints.map(clean);
        lines.push(`${'blueprints'.padEnd(11)}  ${first}`, ...more.map((path) => `${''.padEnd(11)}  ${path}`));
        io.stdout.write(`${lines.join('\n')}\n`);
        return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
    },
};


/***/ })

};
