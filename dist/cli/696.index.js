export const id = 696;
export const ids = [696];
export const modules = {

/***/ 6696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/engine/reconcile.ts + 5 modules
var reconcile = __webpack_require__(4064);
// EXTERNAL MODULE: ./src/state/index.ts
var src_state = __webpack_require__(2341);
// EXTERNAL MODULE: ./src/engine/steps.ts
var steps = __webpack_require__(4277);
// EXTERNAL MODULE: ./src/engine/wal.ts
var wal = __webpack_require__(8002);
;// CONCATENATED MODULE: ./src/engine/status.ts
// What `dpn status` (and the Action's status mode) reports: the state in
// numbers, transactions that need `dpn recover`, and who holds the lock.



function lockView(info, nowMs) {
    const { token: _token, ...shown } = info;
    return { ...shown, expired: Date.parse(info.expiresAt) <= nowMs };
}
function describe(log) {
    let planned = 0;
    try {
        planned = log.begin ? (0,steps/* buildSteps */.aB)(log.begin.plan).length : 0;
    }
    catch {
        planned = 0;
    }
    const done = new Set();
    const failed = new Set();
    const intents = new Set();
    let committing = false;
    for (const r of log.records) {
        if (r.type === 'intent')
            intents.add(`${r.key}/${r.step}`);
        if (r.type === 'done')
            done.add(`${r.key}/${r.step}`);
        if (r.type === 'failed')
            failed.add(`${r.key}/${r.step}`);
        if (r.type === 'committing')
            committing = true;
        if (r.type === 'compensating')
            committing = false;
    }
    const inFlight = [...intents].filter((k) => !done.has(k) && !failed.has(k)).length;
    return {
        tx: log.tx,
        ...(log.begin ? { startedAt: log.begin.at, actor: log.begin.actor } : {}),
        ...(log.begin?.commit ? { commit: log.begin.commit } : {}),
        steps: { planned, done: done.size, failed: failed.size, inFlight },
        rollbackFailed: log.end?.type === 'rollback_failed',
        committing,
        left: log.end?.type === 'rollback_failed' ? log.end.left : [],
        torn: log.torn,
    };
}
async function engineStatus(stateDir, lock, now = Date.now) {
    const [state, ids, open, info] = await Promise.all([
        (0,src_state/* loadState */.C7)(stateDir),
        (0,wal/* transactionIds */.LO)(stateDir),
        (0,wal/* unfinishedTransactions */.Vy)(stateDir),
        lock ? lock.backend.inspect(lock.scope) : null,
    ]);
    const byType = {};
    const byBlueprint = {};
    let archived = 0;
    for (const r of state.resources.values()) {
        byType[r.type] = (byType[r.type] ?? 0) + 1;
        byBlueprint[r.blueprint] = (byBlueprint[r.blueprint] ?? 0) + 1;
        if (r.archived)
            archived++;
    }
    const lastId = ids.at(-1);
    const last = lastId ? await (0,wal/* readTransaction */.$E)(stateDir, lastId) : undefined;
    return {
        stateDir,
        resources: { total: state.resources.size, archived, byType, byBlueprint },
        transactions: ids.length,
        ...(last ? { last: { tx: last.tx, end: last.end?.type ?? null } } : {}),
        unfinished: open.map(describe),
        lock: info ? lockView(info, now()) : null,
    };
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/commands/apply.ts
var apply = __webpack_require__(1141);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts
// `dpn status`: the state in numbers, transactions that need `dpn recover`,
// and who holds the lock. Reads only; `--format json` prints one document.






function table(s) {
    const lines = [`State: ${s.stateDir}`, `  ${s.resources.total} resource${s.resources.total === 1 ? '' : 's'}${s.resources.archived ? ` (${s.resources.archived} archived)` : ''}`];
    for (const [type, n] of Object.entries(s.resources.byType).sort())
        lines.push(`    ${type.padEnd(20)} ${n}`);
    lines.push(`Transactions: ${s.transactions}${s.last ? `, last ${s.last.tx} (${s.last.end ?? 'no end record'})` : ''}`);
    if (s.unfinished.length === 0)
        lines.push('  none needs recovery');
    for (const u of s.unfinished) {
        const what = u.rollbackFailed ? 'rollback failed' : u.committing ? 'stopped after its commit point' : 'no end record';
        lines.push(`  ! ${u.tx}: ${what}; ${u.steps.done} of ${u.steps.planned} steps done, ${u.steps.failed} failed, ${u.steps.inFlight} without an outcome`);
        if (u.actor)
            lines.push(`      started ${u.startedAt ?? '?'} by ${(0,render_escape/* escapeTerminal */.en)(u.actor)}${u.commit ? ` at ${u.commit.slice(0, 12)}` : ''}`);
        for (const l of u.left)
            lines.push(`      left: ${(0,render_escape/* escapeTerminal */.en)(l.key)}: ${(0,render_escape/* escapeTerminal */.en)(l.what)}`);
    }
    if (s.unfinished.length > 0)
        lines.push('  → `dpn recover` rolls back (default) or `dpn recover --strategy resume` finishes; add --tx ID to pick one');
    if (!s.lock)
        lines.push('Lock: free');
    else if (s.lock.expired) {
        lines.push(`Lock: expired — last held by ${(0,render_escape/* escapeTerminal */.en)(s.lock.holder)} since ${s.lock.acquiredAt}, lease ran out ${s.lock.expiresAt}; the next run takes it over`);
    }
    else
        lines.push(`Lock: held by ${(0,render_escape/* escapeTerminal */.en)(s.lock.holder)} since ${s.lock.acquiredAt}, until ${s.lock.expiresAt}`);
    return `${lines.join('\n')}\n`;
}
const statusCommand = {
    path: ['status'],
    summary: 'Show the state, transactions that need recovery, and the lock',
    usage: `[--format table|json]\n${apply.COMMON_USAGE}Exit status: 0, or 1 when a transaction needs recovery.`,
    options: { ...apply.STATE_OPTIONS, ...apply.LOCK_OPTIONS, format: { type: 'string' } },
    async run(args, io) {
        const format = args.values.format ?? 'table';
        if (format !== 'table' && format !== 'json')
            throw new errors/* UsageError */.eb(`--format must be table or json, got "${format}"`);
        const stateDir = (0,apply.stateDirOf)(args, io);
        const { lock } = await (0,apply.backendsOf)(args, io, stateDir);
        const status = await engineStatus(stateDir, lock.backend ? { backend: lock.backend, scope: (0,reconcile/* defaultLockScope */.NL)(io.env, io.cwd, stateDir) } : undefined);
        io.stdout.write(format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : table(status));
        return status.unfinished.length > 0 ? command/* EXIT */.d.invalid : command/* EXIT */.d.ok;
    },
};


/***/ })

};
