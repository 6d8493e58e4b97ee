export const id = 604;
export const ids = [604];
export const modules = {

/***/ 946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ checkMassDelete)
/* harmony export */ });
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4054);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9898);
// The mass-delete guard: a plan that would remove more than a share of what a
// blueprint file manages is refused unless the user confirms
// (`--allow-mass-delete`). This module only measures; the CLI decides.
// Removing means archive, delete or retain (dpn stops managing it), and also a
// replace whose old resource is deleted: a naming change that renames every
// bucket of a blueprint with policy `delete` loses their data just the same.


function checkMassDelete(plan, state, options = {}) {
    const threshold = options.threshold ?? 0.5;
    const managed = new Map();
    for (const record of state.resources.values()) {
        if (record.archived)
            continue;
        const blueprint = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeBlueprintPath */ .ek)(record.blueprint);
        managed.set(blueprint, (managed.get(blueprint) ?? 0) + 1);
    }
    const removing = new Map();
    for (const op of plan.operations) {
        if (!op.current || op.current.archived)
            continue;
        const deletesOld = op.action === 'replace' && op.current.deletionPolicy === 'delete';
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseOf */ .h)(op.action) !== 'retire' && !deletesOld)
            continue;
        const blueprint = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeBlueprintPath */ .ek)(op.current.blueprint);
        const keys = removing.get(blueprint);
        if (keys)
            keys.push(op.key);
        else
            removing.set(blueprint, [op.key]);
    }
    const blueprints = [...removing]
        .map(([blueprint, keys]) => {
        const total = Math.max(managed.get(blueprint) ?? 0, keys.length);
        return { blueprint, managed: total, removing: keys.length, share: keys.length / total, keys: keys.sort() };
    })
        .sort((a, b) => (a.blueprint < b.blueprint ? -1 : a.blueprint > b.blueprint ? 1 : 0));
    const over = blueprints.filter((f) => f.share > threshold);
    return { threshold, refused: over.length > 0, over, blueprints };
}


/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  previewReport: () => (/* binding */ previewReport)
});

// EXTERNAL MODULE: ./src/plan/guard.ts
var guard = __webpack_require__(946);
// EXTERNAL MODULE: ./src/state/path.ts
var path = __webpack_require__(4054);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
;// CONCATENATED MODULE: ./src/plan/partial.ts


function planValidBlueprints(resources, diagnostics, state, options = {}) {
    const invalid = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => (0,path/* normalizeBlueprintPath */.ek)(d.file)));
    if (invalid.size === 0)
        return { plan: (0,diff.diff)([...resources], state, options), notPlanned: [] };
    const planned = resources.filter((r) => !invalid.has((0,path/* normalizeBlueprintPath */.ek)(r.blueprint)));
    const scope = (options.blueprints ?? [...new Set([...state.resources.values()].map((r) => r.blueprint))])
        .map(path/* normalizeBlueprintPath */.ek)
        .filter((file) => !invalid.has(file));
    const plan = (0,diff.diff)(planned, state, { ...options, blueprints: scope });
    return { plan, notPlanned: [...invalid].sort() };
}

;// CONCATENATED MODULE: ./src/render/preview-report.ts



function previewReport(input) {
    const byFile = new Map();
    const entry = (file) => {
        const key = (0,path/* normalizeBlueprintPath */.ek)(file);
        let b = byFile.get(key);
        if (!b)
            byFile.set(key, (b = { file: key, changedInPr: input.touched?.has(key) ?? false, operations: [], diagnostics: [] }));
        return b;
    };
    for (const file of input.files)
        entry(file);
    const loose = [];
    for (const d of input.diagnostics) {
        const b = byFile.get((0,path/* normalizeBlueprintPath */.ek)(d.file));
        if (b)
            b.diagnostics.push(d);
        else
            loose.push(d);
    }
    // An error outside every blueprint (naming configuration) leaves nothing that can be planned.
    const looseErrors = loose.some((d) => d.severity === 'error');
    let plan = null;
    let planError = input.stateError;
    let massDeleteRefused = false;
    if (planError === undefined && looseErrors)
        planError = 'fix the errors below first';
    if (planError === undefined && input.state) {
        try {
            const partial = planValidBlueprints(input.resources, input.diagnostics, input.state, input.diff);
            plan = partial.plan;
            for (const file of partial.notPlanned)
                entry(file).planned = false;
            massDeleteRefused = !input.allowMassDelete && partial.notPlanned.length === 0 && (0,guard/* checkMassDelete */.I)(plan, input.state).refused;
        }
        catch (error) {
            planError = error instanceof Error ? error.message : String(error);
        }
    }
    for (const op of plan?.operations ?? [])
        entry(op.blueprint).operations.push(op);
    const shortened = new Map();
    for (const r of input.resources)
        if (r.shortenedFrom)
            shortened.set(r.key, r.shortenedFrom);
    const valid = !input.diagnostics.some((d) => d.severity === 'error') && planError === undefined;
    const report = {
        commit: input.commit,
        valid,
        blueprints: [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
        diagnostics: loose,
        summary: plan?.summary ?? null,
        warnings: plan?.warnings ?? [],
        ...(planError !== undefined ? { planError } : {}),
        ...(input.runUrl ? { runUrl: input.runUrl } : {}),
        ...(input.blobUrl ? { blobUrl: input.blobUrl } : {}),
        ...(massDeleteRefused ? { massDeleteRefused } : {}),
        shortened,
    };
    return { report, plan };
}


/***/ })

};
