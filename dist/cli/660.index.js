export const id = 660;
export const ids = [660,967];
export const modules = {

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

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPlanTable: () => (/* binding */ renderPlanTable)
/* harmony export */ });
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(967);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(677);
// A plan as a terminal table: one line per changed resource (symbol, action,
// type, name, notes), its changed fields indented below, unchanged ones counted;
// grouped under a line per blueprint file when the plan spans several.



const COLOR = {
    create: '32',
    update: '33',
    replace: '35;1',
    archive: '36',
    delete: '31',
    retain: '34',
    noop: '2',
};
function renderPlanTable(plan, options = {}) {
    const paint = (action, text) => (options.color ? `\u001b[${COLOR[action]}m${text}\u001b[0m` : text);
    const maxChanges = options.maxChanges ?? 20;
    const shown = plan.operations.filter((op) => op.action !== 'noop' || options.showUnchanged);
    const typeWidth = Math.max(4, ...shown.map((op) => op.type.length));
    const groups = new Map();
    for (const op of shown) {
        const group = groups.get(op.blueprint);
        if (group)
            group.push(op);
        else
            groups.set(op.blueprint, [op]);
    }
    const headed = groups.size > 1;
    const lines = [];
    for (const [blueprint, ops] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (headed)
            lines.push(`${lines.length > 0 ? '\n' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(blueprint)}`);
        for (const op of ops) {
            const head = `${_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .SYMBOL */ .PF[op.action].padStart(3)} ${op.action.padEnd(7)}`;
            const extra = (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .notes */ .Q2)(op);
            lines.push(`${paint(op.action, head)}  ${op.type.padEnd(typeWidth)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)((0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .describeName */ .T_)(op))}` +
                (extra.length > 0 ? `  (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(extra.join('; '))})` : ''));
            const changes = (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .listedChanges */ .D1)(op);
            for (const change of changes.slice(0, maxChanges))
                lines.push(`          ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)((0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChange */ .eD)(change))}`);
            if (changes.length > maxChanges)
                lines.push(`          …and ${changes.length - maxChanges} more`);
        }
    }
    if (lines.length > 0)
        lines.push('');
    for (const warning of plan.warnings ?? [])
        lines.push(`${paint('replace', '  !')} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(warning.message)}`);
    if ((plan.warnings ?? []).length > 0)
        lines.push('');
    lines.push(`Plan: ${(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_2__.summaryLine)(plan.summary)}.`);
    return lines.join('\n') + '\n';
}


/***/ })

};
