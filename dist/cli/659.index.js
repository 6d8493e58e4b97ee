export const id = 659;
export const ids = [659];
export const modules = {

/***/ 2960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ executionSteps),
/* harmony export */   a$: () => (/* binding */ RETIRE_SUFFIX)
/* harmony export */ });
/* unused harmony export retireStepId */
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8256);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9898);
// The plan as the engine schedules it: one step per platform call, edges
// between step ids. A replace is two steps — create under the new name (apply
// phase), retire the old resource (retire phase) — so every step does one thing.


const RETIRE_SUFFIX = '#retire';
/** Id of the step that retires `key` (the old half of a replace, or a removal). */
function retireStepId(plan, key) {
    const op = plan.operations.find((o) => o.key === key);
    return op?.action === 'replace' ? `${key}${RETIRE_SUFFIX}` : key;
}
/** Steps in topological order, ties by id: apply steps, then retire steps; noops left out. */
function executionSteps(plan) {
    const replaced = new Set(plan.operations.filter((o) => o.action === 'replace').map((o) => o.key));
    const retireId = (key) => (replaced.has(key) ? `${key}${RETIRE_SUFFIX}` : key);
    const apply = [];
    const retire = [];
    for (const op of plan.operations) {
        if (op.action === 'noop')
            continue;
        if (op.action === 'replace') {
            apply.push({ id: op.key, key: op.key, phase: 'apply', action: 'create', dependsOn: [...op.dependsOn] });
            retire.push({
                id: `${op.key}${RETIRE_SUFFIX}`,
                key: op.key,
                phase: 'retire',
                action: op.current?.deletionPolicy ?? 'archive',
                dependsOn: (op.retireDependsOn ?? []).map(retireId),
            });
        }
        else if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseOf */ .h)(op.action) === 'apply') {
            apply.push({ id: op.key, key: op.key, phase: 'apply', action: op.action, dependsOn: [...op.dependsOn] });
        }
        else {
            retire.push({ id: op.key, key: op.key, phase: 'retire', action: op.action, dependsOn: op.dependsOn.map(retireId) });
        }
    }
    // Replace retire steps interleave with removals, so the retire phase is re-sorted.
    const sorted = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__.topological)(retire.map((step) => ({ key: step.id, step })), (node) => node.step.dependsOn, 'retire').map((node) => node.step);
    return [...apply, ...sorted];
}


/***/ }),

/***/ 1659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_BUDGET: () => (/* binding */ COMMENT_BUDGET),
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  PREVIEW_MARKER: () => (/* binding */ PREVIEW_MARKER),
  mergeLine: () => (/* binding */ mergeLine),
  renderComment: () => (/* binding */ renderComment),
  renderPreview: () => (/* binding */ renderPreview),
  summaryLine: () => (/* binding */ summaryLine)
});

// EXTERNAL MODULE: ./src/plan/summary.ts
var plan_summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/naming/clouds.ts
var clouds = __webpack_require__(4);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/render/plan-format.ts
var plan_format = __webpack_require__(677);
;// CONCATENATED MODULE: ./src/render/mermaid.ts
// The plan's execution graph as a mermaid flowchart (for a PR comment or a job
// summary inside a ```mermaid fence): one node per step, an edge from what must
// finish first to what waits for it, the apply phase before the retire phase.
// Node ids are derived from keys but reduced to [A-Za-z0-9_] and made unique;
// labels are escaped so no blueprint string can end the label, the graph or the
// code fence.



const STYLE = {
    create: 'fill:#e6ffed,stroke:#2da44e',
    update: 'fill:#fff8c5,stroke:#bf8700',
    archive: 'fill:#ddf4ff,stroke:#0969da',
    delete: 'fill:#ffebe9,stroke:#cf222e',
    retain: 'fill:#f6f8fa,stroke:#57606a',
};
function renderMermaid(plan, options = {}) {
    const steps = (0,plan_steps/* executionSteps */.Ku)(plan);
    const maxNodes = options.maxNodes ?? 200;
    const shown = steps.slice(0, maxNodes);
    // What dpn names but does not provision is no step; its references (container → account) are drawn apart.
    const named = plan.operations.filter((op) => op.provisioned === false).slice(0, Math.max(0, maxNodes - shown.length));
    const ids = nodeIds([...shown.map((s) => s.id), ...named.map((op) => op.key)]);
    const byKey = new Map(plan.operations.map((op) => [op.key, op]));
    const lines = ['flowchart LR'];
    for (const phase of ['apply', 'retire']) {
        const inPhase = shown.filter((s) => s.phase === phase);
        if (inPhase.length === 0)
            continue;
        lines.push(`  subgraph ${phase}_phase["${phase === 'apply' ? 'create / update' : 'archive / delete (after every create and update)'}"]`);
        for (const step of inPhase) {
            const op = byKey.get(step.key);
            const replaced = op?.action === 'replace';
            const symbol = replaced ? plan_format/* SYMBOL */.PF.replace : plan_format/* SYMBOL */.PF[step.action];
            const verb = replaced ? (step.phase === 'apply' ? 'replace: create' : `replace: ${step.action} old`) : step.action;
            const name = replaced && step.phase === 'retire' ? (op?.current?.fullName ?? '') : (op?.fullName ?? '');
            const label = `${symbol} ${verb}<br/>${(0,render_escape/* escapeMermaidLabel */.x2)(op?.type ?? '')}<br/>${(0,render_escape/* escapeMermaidLabel */.x2)(name)}`;
            lines.push(`    ${ids.get(step.id)}["${escapeLabelText(label)}"]:::${step.action}`);
        }
        lines.push('  end');
    }
    if (named.length > 0) {
        lines.push('  subgraph named_only["named, not provisioned"]');
        for (const op of named) {
            lines.push(`    ${ids.get(op.key)}["${escapeLabelText(`${(0,render_escape/* escapeMermaidLabel */.x2)(op.type)}<br/>${(0,render_escape/* escapeMermaidLabel */.x2)(op.fullName)}`)}"]:::named`);
        }
        lines.push('  end');
        for (const op of named) {
            for (const dep of op.desired?.dependsOn ?? []) {
                const from = ids.get(dep);
                if (from)
                    lines.push(`  ${from} -.-> ${ids.get(op.key)}`);
            }
        }
    }
    for (const step of shown) {
        for (const dep of step.dependsOn) {
            const from = ids.get(dep);
            if (from)
                lines.push(`  ${from} --> ${ids.get(step.id)}`);
        }
    }
    if (shown.some((s) => s.phase === 'apply') && shown.some((s) => s.phase === 'retire')) {
        lines.push('  apply_phase ==> retire_phase');
    }
    if (steps.length > shown.length)
        lines.push(`  more["…and ${steps.length - shown.length} more steps"]`);
    for (const action of Object.keys(STYLE))
        lines.push(`  classDef ${action} ${STYLE[action]}`);
    if (named.length > 0)
        lines.push('  classDef named fill:#ffffff,stroke:#8c959f,stroke-dasharray:3 3');
    return lines.join('\n') + '\n';
}
// The symbols are ours, but `-/+` and `⌫` still go through the same escaping
// as everything else in a label; `<br/>` is the only markup we add.
function escapeLabelText(label) {
    return label
        .split('<br/>')
        .map((part) => part.replace(/["`]/g, (c) => `#${c.charCodeAt(0)};`))
        .join('<br/>');
}
/** `n_<key reduced to [A-Za-z0-9_]>`, with a numeric suffix when two keys reduce alike. */
function nodeIds(keys) {
    const out = new Map();
    const used = new Set();
    for (const key of keys) {
        const base = `n_${key.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 80);
        let id = base;
        for (let i = 2; used.has(id); i++)
            id = `${base}_${i}`;
        used.add(id);
        out.set(key, id);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/comment.ts





const COMMENT_LIMIT = 65_536;
/** The hidden first line by which the Action finds its sticky comment again. */
const PREVIEW_MARKER = '<!-- dpn:preview -->';
/** Headroom under the limit for what GitHub may count differently (line endings, code points). */
const COMMENT_BUDGET = COMMENT_LIMIT - 1_024;
const ICON = {
    create: '🟢',
    update: '🟡',
    replace: '🔴',
    archive: '📦',
    delete: '❌',
    retain: '⚪',
    noop: '·',
};
const RANK = { replace: 0, delete: 1, archive: 2, update: 3, create: 4, retain: 5, noop: 6 };
const code = (s) => `<code>${(0,render_escape/* escapeHtml */.ZD)(s)}</code>`;
function changeDetail(op, detail, shortened) {
    const parts = [];
    switch (op.action) {
        case 'update': {
            const fields = op.stateOnly ? ['(state only: nothing changes on the platform)'] : [];
            parts.push(`update: ${[...fields, ...fieldList(op, detail)].join('; ')}`);
            break;
        }
        case 'replace': {
            const from = op.current?.fullName;
            parts.push(`**replace** (the old resource is retired)${from && from !== op.fullName ? `: was ${code(from)}` : ''}`);
            const fields = fieldList(op, detail);
            if (fields.length > 0)
                parts.push(fields.join('; '));
            break;
        }
        case 'archive':
            parts.push('archive (removed from the blueprints; kept on the platform)');
            break;
        case 'delete':
            parts.push('**delete** (removed from the blueprints)');
            break;
        case 'retain':
            parts.push('retain (removed from the blueprints; dpn stops managing it)');
            break;
        default:
            parts.push(op.action);
    }
    if (op.movedFrom)
        parts.push(`moved from ${code(op.movedFrom)}`);
    const from = shortened?.get(op.key);
    if (from)
        parts.push(`name shortened from ${code(from)}`);
    return parts.join('; ');
}
/** `lifecycle_days: 30 → 60`, in the blueprint's field names; names only when values do not fit. */
function fieldList(op, detail) {
    const changes = (0,plan_format/* listedChanges */.D1)(op);
    const shown = changes.slice(0, detail.values ? 6 : 12);
    const out = shown.map((c) => (detail.values ? `${code(c.field)}: ${code((0,plan_format/* formatValue */.Fl)(c.before, 80))} → ${code((0,plan_format/* formatValue */.Fl)(c.after, 80))}` : code(c.field)));
    if (changes.length > shown.length)
        out.push(`+${changes.length - shown.length} more`);
    return out;
}
/** A link target for a repository file (and line): path segments percent-encoded, so no `)` or space ends the link. */
function fileLink(blobUrl, file, line) {
    if (!blobUrl || file === '' || file.startsWith('/') || file.split('/').includes('..'))
        return undefined;
    const path = file.split('/').map((s) => encodeURIComponent(s)).join('/');
    return `${blobUrl}${path}${line ? `#L${line}` : ''}`;
}
const linked = (text, href) => (href ? `[${text}](${href})` : text);
function diagnosticRow(d, blobUrl) {
    const where = linked(`${(0,render_escape/* escapeMarkdown */.FV)(d.file)}:${d.line}${d.column ? `:${d.column}` : ''}`, fileLink(blobUrl, d.file, d.line));
    return `| ${d.severity === 'error' ? '❌' : '⚠️'} | ${where} | ${code(d.code)} | ${(0,render_escape/* escapeMarkdown */.FV)(d.message)} |`;
}
/** The last line of the preview: what merging this pull request will do, as the reconcile on the default branch behaves. */
function mergeLine(report) {
    const errors = allDiagnostics(report).some((d) => d.severity === 'error');
    if (errors) {
        const planned = report.blueprints.filter((b) => b.planned !== false && b.operations.some((op) => op.action !== 'noop')).length;
        return `**Merging now applies nothing**: the reconcile refuses blueprints with errors.${planned > 0 ? ' Once they are fixed, it applies the changes planned above and those of the fixed blueprints.' : ''}`;
    }
    if (report.planError !== undefined || !report.summary)
        return '**Merging now applies nothing**: no plan could be made (see above).';
    if (report.massDeleteRefused) {
        return '**Merging applies nothing**: the plan removes more than half of what a blueprint manages, and the reconcile refuses that unless `allow-mass-delete` is set.';
    }
    const s = report.summary;
    if (s.create + s.update + s.replace + s.archive + s.delete + s.retain === 0)
        return '**Merging changes nothing**: every resource matches its blueprint.';
    return `**Merging applies this plan**: ${summaryLine(s)}.`;
}
/** The plan's one-line count, in the same words as `dpn plan`. */
function summaryLine(summary) {
    return summary ? (0,render_escape/* escapeMarkdown */.FV)((0,plan_summary.summaryLine)(summary)) : 'no plan';
}
function allDiagnostics(report) {
    const list = [...report.diagnostics, ...report.blueprints.flatMap((b) => b.diagnostics)];
    return list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
/** Change rows in the order they are kept when space runs out. */
function rowPriority(report) {
    const rows = [];
    let index = 0;
    for (const b of report.blueprints) {
        for (const op of b.operations)
            if (op.action !== 'noop')
                rows.push({ op, touched: b.changedInPr, index: index++ });
    }
    rows.sort((a, b) => Number(b.touched) - Number(a.touched) || RANK[a.op.action] - RANK[b.op.action] || a.index - b.index);
    return new Map(rows.map((r, i) => [r.op, i]));
}
/** Rows rendered once and reused by every attempt to fit the budget. */
class RowCache {
    shortened;
    blobUrl;
    #change = [new Map(), new Map()];
    #plain = new Map();
    constructor(shortened, blobUrl) {
        this.shortened = shortened;
        this.blobUrl = blobUrl;
    }
    change(op, detail) {
        const cache = this.#change[detail.values ? 1 : 0];
        let row = cache.get(op);
        if (row === undefined) {
            // A removed resource has no line at the head commit: it is not linked.
            const name = linked(code(op.fullName || op.name), op.desired ? fileLink(this.blobUrl, op.blueprint, op.desired.location.line) : undefined);
            row = `| ${ICON[op.action]} | ${code(op.type)} | ${name} | ${changeDetail(op, detail, this.shortened)} |`;
            cache.set(op, row);
        }
        return row;
    }
    unchanged(op) {
        let row = this.#plain.get(op);
        if (row === undefined) {
            row = `| ${code(op.type)} | ${code(op.fullName || op.name)} |`;
            this.#plain.set(op, row);
        }
        return row;
    }
}
function render(report, detail, options, priority, omitted, rows = new RowCache(report.shortened, report.blobUrl)) {
    const out = [];
    if (options.marker)
        out.push(options.marker);
    const diagnostics = allDiagnostics(report);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const status = report.valid ? '✅ valid' : `❌ ${errors} error${errors === 1 ? '' : 's'}`;
    const notPlanned = report.blueprints.filter((b) => b.planned === false).length;
    out.push(`## ${options.title ?? 'dpn preview'} — ${status}`, '');
    out.push(`Commit ${code(report.commit.slice(0, 12) || 'unknown')} · ${report.blueprints.length} blueprint${report.blueprints.length === 1 ? '' : 's'} · ${summaryLine(report.summary)}${notPlanned ? ` · ${notPlanned} not planned` : ''}`, '');
    if (omitted.length > 0) {
        const where = report.runUrl ? `[the job summary](${report.runUrl})` : 'the job summary';
        out.push(`> [!NOTE]`, `> This comment was shortened to fit GitHub's limit: ${omitted.join('; ')}. The full preview is in ${where}.`, '');
    }
    if (report.planError)
        out.push(`> [!CAUTION]`, `> No plan: ${(0,render_escape/* escapeMarkdown */.FV)(report.planError)}`, '');
    for (const w of report.warnings)
        out.push(`> [!WARNING]`, `> ${(0,render_escape/* escapeMarkdown */.FV)(w.message)} (${code(w.key)})`, '');
    // Problems come first (they block the merge); a blueprint that was not planned points down to them.
    const blueprintsFirst = report.blueprints.some((b) => b.planned === false);
    const problems = () => {
        if (diagnostics.length === 0)
            return;
        const shown = diagnostics.slice(0, detail.diagnostics);
        out.push(`### Problems`, '', '| | Where | Rule | Message |', '| --- | --- | --- | --- |', ...shown.map((d) => diagnosticRow(d, report.blobUrl)));
        if (shown.length < diagnostics.length)
            out.push('', `…and ${diagnostics.length - shown.length} more.`);
        out.push('');
    };
    if (!blueprintsFirst)
        problems();
    for (const b of report.blueprints) {
        const changes = b.operations.filter((op) => op.action !== 'noop');
        const unchanged = b.operations.filter((op) => op.action === 'noop' && op.provisioned !== false);
        const named = b.operations.filter((op) => op.provisioned === false);
        const errs = b.diagnostics.filter((d) => d.severity === 'error').length;
        const head = b.planned === false
            ? ['not planned: fix the errors below', errs ? `${errs} error${errs === 1 ? '' : 's'}` : '']
            : [
                changes.length ? `${changes.length} change${changes.length === 1 ? '' : 's'}` : 'no changes',
                unchanged.length ? `${unchanged.length} unchanged` : '',
                named.length ? `${named.length} named only` : '',
                errs ? `${errs} error${errs === 1 ? '' : 's'}` : '',
            ];
        out.push(`### ${linked(code(b.file), b.planned === false ? undefined : fileLink(report.blobUrl, b.file))}${b.changedInPr ? ' ✏️' : ''} — ${head.filter(Boolean).join(', ')}`, '');
        const shown = changes.filter((op) => (priority.get(op) ?? Infinity) < detail.rows);
        // A blueprint that spans Azure or Google Cloud is shown cloud by cloud.
        for (const [cloud, ops] of named.length > 0 ? byCloud(shown) : [[undefined, shown]]) {
            if (ops.length === 0)
                continue;
            if (cloud !== undefined)
                out.push(`#### ${clouds/* CLOUD_LABELS */.sz[cloud]}`, '');
            out.push('| | Type | Name | Change |', '| --- | --- | --- | --- |');
            for (const op of ops)
                out.push(rows.change(op, detail));
            if (cloud !== undefined)
                out.push('');
        }
        if (shown.length < changes.length)
            out.push('', `…${changes.length - shown.length} more change${changes.length - shown.length === 1 ? '' : 's'} not shown here.`);
        if (unchanged.length > 0 && detail.unchanged) {
            out.push('', `<details><summary>${unchanged.length} unchanged</summary>`, '', '| Type | Name |', '| --- | --- |');
            for (const op of unchanged)
                out.push(rows.unchanged(op));
            out.push('', '</details>');
        }
        for (const [cloud, ops] of byCloud(named)) {
            out.push('', `#### ${clouds/* CLOUD_LABELS */.sz[cloud]} — ${ops.length} named, not provisioned`, '');
            if (detail.unchanged) {
                out.push('| Type | Name |', '| --- | --- |');
                for (const op of ops)
                    out.push(rows.unchanged(op));
            }
            else {
                out.push('(list left out to fit)');
            }
        }
        if (detail.graphs && (changes.length > 0 || named.some((op) => (op.desired?.dependsOn.length ?? 0) > 0))) {
            // The blueprint's own steps and the edges between them, as `dpn plan` draws the whole plan.
            const graph = renderMermaid({ operations: b.operations, summary: (0,plan_summary.summarize)(b.operations) });
            out.push('', '<details><summary>Dependency graph</summary>', '', '```mermaid', graph.trimEnd(), '```', '', '</details>');
        }
        // A section with nothing under its heading already ends in a blank line.
        if (out[out.length - 1] !== '')
            out.push('');
    }
    if (blueprintsFirst)
        problems();
    out.push(mergeLine(report), '');
    out.push(`<sub>dpn · ${ICON.create} create ${ICON.update} update ${ICON.replace} replace ${ICON.archive} archive ${ICON.delete} delete ${ICON.retain} retain</sub>`, '');
    return out.join('\n');
}
const CLOUD_ORDER = ['aws', 'databricks', 'azure', 'gcp'];
/** Operations grouped by cloud, in a fixed order of clouds, keeping their order within each. */
function byCloud(ops) {
    const groups = new Map();
    for (const op of ops) {
        const cloud = (0,clouds/* cloudOf */.hH)(op.type);
        const group = groups.get(cloud);
        if (group)
            group.push(op);
        else
            groups.set(cloud, [op]);
    }
    return CLOUD_ORDER.filter((cloud) => groups.has(cloud)).map((cloud) => [cloud, groups.get(cloud)]);
}
/**
 * Renders the preview within `options.budget`, dropping the least important
 * parts first and saying so at the top of the text.
 */
function renderPreview(report, options) {
    const measure = options.measure ?? ((s) => s.length);
    const priority = rowPriority(report);
    const totalRows = priority.size;
    const totalDiagnostics = allDiagnostics(report).length;
    const full = { graphs: true, unchanged: true, values: true, rows: Infinity, diagnostics: Infinity };
    const rows = new RowCache(report.shortened, report.blobUrl);
    const fits = (d, omitted) => {
        const text = render(report, d, options, priority, omitted, rows);
        return measure(text) <= options.budget ? text : null;
    };
    let text = fits(full, []);
    if (text !== null)
        return { text, omitted: [] };
    const steps = [
        { detail: { ...full, graphs: false }, omitted: ['dependency graphs'] },
        { detail: { ...full, graphs: false, unchanged: false }, omitted: ['dependency graphs', 'lists of unchanged resources'] },
        {
            detail: { ...full, graphs: false, unchanged: false, values: false },
            omitted: ['dependency graphs', 'lists of unchanged resources', 'before/after values'],
        },
    ];
    for (const step of steps) {
        text = fits(step.detail, step.omitted);
        if (text !== null)
            return { text, omitted: step.omitted };
    }
    const base = steps[steps.length - 1];
    // Largest number of change rows that fits (binary search: the text grows with rows).
    const tryRows = (rows, diagnostics) => {
        const omitted = [...base.omitted];
        if (rows < totalRows)
            omitted.push(`${totalRows - rows} of ${totalRows} changes`);
        if (diagnostics < totalDiagnostics)
            omitted.push(`${totalDiagnostics - diagnostics} of ${totalDiagnostics} problems`);
        const t = fits({ ...base.detail, rows, diagnostics }, omitted);
        return t === null ? null : { text: t, omitted };
    };
    let diagnostics = totalDiagnostics;
    if (tryRows(0, diagnostics) === null) {
        let lo = 0;
        let hi = totalDiagnostics;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (tryRows(0, mid) !== null)
                lo = mid;
            else
                hi = mid - 1;
        }
        diagnostics = lo;
    }
    let lo = 0;
    let hi = totalRows;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (tryRows(mid, diagnostics) !== null)
            lo = mid;
        else
            hi = mid - 1;
    }
    const result = tryRows(lo, diagnostics);
    if (result)
        return result;
    // Even the skeleton (one heading per blueprint) is too long: cut at a line, keep the note.
    const omitted = [...base.omitted, 'every change row', 'the per-blueprint sections past this point'];
    const skeleton = render(report, { ...base.detail, rows: 0, diagnostics: 0 }, options, priority, omitted);
    const lines = skeleton.split('\n');
    const kept = [];
    let size = 0;
    for (const line of lines) {
        const n = measure(line + '\n');
        if (size + n > options.budget - 64)
            break;
        kept.push(line);
        size += n;
    }
    kept.push('', '…(cut)');
    return { text: kept.join('\n'), omitted };
}
/** The sticky PR comment (and `dpn plan preview --format markdown`): marker first, under COMMENT_BUDGET characters. */
function renderComment(report, marker = PREVIEW_MARKER) {
    return renderPreview(report, { budget: COMMENT_BUDGET, marker });
}


/***/ })

};
