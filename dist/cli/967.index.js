export const id = 967;
export const ids = [967];
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


/***/ })

};
