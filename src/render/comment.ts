// The preview as markdown: the pull request comment (under GitHub's 65,536
// character limit), `dpn plan preview --format markdown` (the same body) and,
// from the same renderer with a larger budget, the job summary. Changed fields
// are named as the blueprint names them; each row links to its blueprint line
// at the head commit; a blueprint with errors is "not planned", the others are
// planned and shown; the last line says what merging will do. Everything that came from a blueprint, the naming configuration or
// the state is escaped. When the text does not fit, the least important parts
// go first, and the comment says what it left out:
//   dependency graphs → unchanged resources → field values → change rows of
//   blueprints the PR did not touch → change rows of those it did → errors.
import type { Diagnostic } from '../source/types.js';
import type { Action, Operation, PlanSummary, PlanWarning } from '../plan/types.js';
import { summarize, summaryLine as planSummaryLine } from '../plan/summary.js';
import { CLOUD_LABELS, cloudOf, type Cloud } from '../naming/clouds.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { renderMermaid } from './mermaid.js';
import { formatValue, listedChanges } from './plan-format.js';

export const COMMENT_LIMIT = 65_536;
/** The hidden first line by which the Action finds its sticky comment again. */
export const PREVIEW_MARKER = '<!-- dpn:preview -->';
/** Headroom under the limit for what GitHub may count differently (line endings, code points). */
export const COMMENT_BUDGET = COMMENT_LIMIT - 1_024;

export interface BlueprintPreview {
  file: string;
  /** The pull request changed this file: its rows are kept longest. */
  changedInPr: boolean;
  operations: Operation[];
  diagnostics: Diagnostic[];
  /**
   * False when the file has errors: none of its resources were planned (its
   * operations are empty), and the comment says so instead of "no changes".
   * Absent means planned.
   */
  planned?: boolean;
}

export interface PreviewReport {
  commit: string;
  valid: boolean;
  blueprints: BlueprintPreview[];
  /** Errors and warnings not inside one blueprint file (naming config, state). */
  diagnostics: Diagnostic[];
  summary: PlanSummary | null;
  warnings: PlanWarning[];
  /** Set when no plan could be made (invalid input or unreadable state). */
  planError?: string;
  /** Link to the run, where the job summary holds the full report. */
  runUrl?: string;
  /** Resources shortened to fit a length limit: key → name before shortening. */
  shortened?: Map<string, string>;
  /**
   * Web address that a repository-relative file path is appended to, to show
   * that file at the head commit: `https://github.com/o/r/blob/<sha>/`. Without
   * it rows carry no links.
   */
  blobUrl?: string;
  /** Merging applies nothing because the plan removes too much (the mass-delete guard), unless confirmed. */
  massDeleteRefused?: boolean;
}

export interface RenderOptions {
  /** Upper bound of the result as `measure` counts it. */
  budget: number;
  measure?: (text: string) => number;
  /** First line (the hidden marker of the sticky comment). */
  marker?: string;
  title?: string;
}

export interface Rendered {
  text: string;
  /** What was left out, in words; empty when complete. */
  omitted: string[];
}

interface Detail {
  graphs: boolean;
  unchanged: boolean;
  values: boolean;
  /** How many change rows to show, in priority order; Infinity = all. */
  rows: number;
  /** How many diagnostics to show. */
  diagnostics: number;
}

const ICON: Record<Action, string> = {
  create: '🟢',
  update: '🟡',
  replace: '🔴',
  archive: '📦',
  delete: '❌',
  retain: '⚪',
  noop: '·',
};
const RANK: Record<Action, number> = { replace: 0, delete: 1, archive: 2, update: 3, create: 4, retain: 5, noop: 6 };

const code = (s: string): string => `<code>${escapeHtml(s)}</code>`;

function changeDetail(op: Operation, detail: Detail, shortened: Map<string, string> | undefined): string {
  const parts: string[] = [];
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
      if (fields.length > 0) parts.push(fields.join('; '));
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
  if (op.movedFrom) parts.push(`moved from ${code(op.movedFrom)}`);
  const from = shortened?.get(op.key);
  if (from) parts.push(`name shortened from ${code(from)}`);
  return parts.join('; ');
}

/** `lifecycle_days: 30 → 60`, in the blueprint's field names; names only when values do not fit. */
function fieldList(op: Operation, detail: Detail): string[] {
  const changes = listedChanges(op);
  const shown = changes.slice(0, detail.values ? 6 : 12);
  const out = shown.map((c) => (detail.values ? `${code(c.field)}: ${code(formatValue(c.before, 80))} → ${code(formatValue(c.after, 80))}` : code(c.field)));
  if (changes.length > shown.length) out.push(`+${changes.length - shown.length} more`);
  return out;
}

/** A link target for a repository file (and line): path segments percent-encoded, so no `)` or space ends the link. */
function fileLink(blobUrl: string | undefined, file: string, line?: number): string | undefined {
  if (!blobUrl || file === '' || file.startsWith('/') || file.split('/').includes('..')) return undefined;
  const path = file.split('/').map((s) => encodeURIComponent(s)).join('/');
  return `${blobUrl}${path}${line ? `#L${line}` : ''}`;
}

const linked = (text: string, href: string | undefined): string => (href ? `[${text}](${href})` : text);

function diagnosticRow(d: Diagnostic, blobUrl: string | undefined): string {
  const where = linked(`${escapeMarkdown(d.file)}:${d.line}${d.column ? `:${d.column}` : ''}`, fileLink(blobUrl, d.file, d.line));
  return `| ${d.severity === 'error' ? '❌' : '⚠️'} | ${where} | ${code(d.code)} | ${escapeMarkdown(d.message)} |`;
}

/** The last line of the preview: what merging this pull request will do, as the reconcile on the default branch behaves. */
export function mergeLine(report: PreviewReport): string {
  const errors = allDiagnostics(report).some((d) => d.severity === 'error');
  if (errors) {
    const planned = report.blueprints.filter((b) => b.planned !== false && b.operations.some((op) => op.action !== 'noop')).length;
    return `**Merging now applies nothing**: the reconcile refuses blueprints with errors.${planned > 0 ? ' Once they are fixed, it applies the changes planned above and those of the fixed blueprints.' : ''}`;
  }
  if (report.planError !== undefined || !report.summary) return '**Merging now applies nothing**: no plan could be made (see above).';
  if (report.massDeleteRefused) {
    return '**Merging applies nothing**: the plan removes more than half of what a blueprint manages, and the reconcile refuses that unless `allow-mass-delete` is set.';
  }
  const s = report.summary;
  if (s.create + s.update + s.replace + s.archive + s.delete + s.retain === 0) return '**Merging changes nothing**: every resource matches its blueprint.';
  return `**Merging applies this plan**: ${summaryLine(s)}.`;
}

/** The plan's one-line count, in the same words as `dpn plan`. */
export function summaryLine(summary: PlanSummary | null): string {
  return summary ? escapeMarkdown(planSummaryLine(summary)) : 'no plan';
}

function allDiagnostics(report: PreviewReport): Diagnostic[] {
  const list = [...report.diagnostics, ...report.blueprints.flatMap((b) => b.diagnostics)];
  return list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** Change rows in the order they are kept when space runs out. */
function rowPriority(report: PreviewReport): Map<Operation, number> {
  const rows: { op: Operation; touched: boolean; index: number }[] = [];
  let index = 0;
  for (const b of report.blueprints) {
    for (const op of b.operations) if (op.action !== 'noop') rows.push({ op, touched: b.changedInPr, index: index++ });
  }
  rows.sort((a, b) => Number(b.touched) - Number(a.touched) || RANK[a.op.action] - RANK[b.op.action] || a.index - b.index);
  return new Map(rows.map((r, i) => [r.op, i]));
}

/** Rows rendered once and reused by every attempt to fit the budget. */
class RowCache {
  readonly #change = [new Map<Operation, string>(), new Map<Operation, string>()];
  readonly #plain = new Map<Operation, string>();
  constructor(
    private readonly shortened: Map<string, string> | undefined,
    private readonly blobUrl?: string,
  ) {}
  change(op: Operation, detail: Detail): string {
    const cache = this.#change[detail.values ? 1 : 0]!;
    let row = cache.get(op);
    if (row === undefined) {
      // A removed resource has no line at the head commit: it is not linked.
      const name = linked(code(op.fullName || op.name), op.desired ? fileLink(this.blobUrl, op.blueprint, op.desired.location.line) : undefined);
      row = `| ${ICON[op.action]} | ${code(op.type)} | ${name} | ${changeDetail(op, detail, this.shortened)} |`;
      cache.set(op, row);
    }
    return row;
  }
  unchanged(op: Operation): string {
    let row = this.#plain.get(op);
    if (row === undefined) {
      row = `| ${code(op.type)} | ${code(op.fullName || op.name)} |`;
      this.#plain.set(op, row);
    }
    return row;
  }
}

function render(
  report: PreviewReport,
  detail: Detail,
  options: RenderOptions,
  priority: Map<Operation, number>,
  omitted: string[],
  rows: RowCache = new RowCache(report.shortened, report.blobUrl),
): string {
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  const diagnostics = allDiagnostics(report);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const status = report.valid ? '✅ valid' : `❌ ${errors} error${errors === 1 ? '' : 's'}`;
  const notPlanned = report.blueprints.filter((b) => b.planned === false).length;
  out.push(`## ${options.title ?? 'dpn preview'} — ${status}`, '');
  out.push(
    `Commit ${code(report.commit.slice(0, 12) || 'unknown')} · ${report.blueprints.length} blueprint${report.blueprints.length === 1 ? '' : 's'} · ${summaryLine(report.summary)}${notPlanned ? ` · ${notPlanned} not planned` : ''}`,
    '',
  );
  if (omitted.length > 0) {
    const where = report.runUrl ? `[the job summary](${report.runUrl})` : 'the job summary';
    out.push(`> [!NOTE]`, `> This comment was shortened to fit GitHub's limit: ${omitted.join('; ')}. The full preview is in ${where}.`, '');
  }
  if (report.planError) out.push(`> [!CAUTION]`, `> No plan: ${escapeMarkdown(report.planError)}`, '');
  for (const w of report.warnings) out.push(`> [!WARNING]`, `> ${escapeMarkdown(w.message)} (${code(w.key)})`, '');

  // Problems come first (they block the merge); a blueprint that was not planned points down to them.
  const blueprintsFirst = report.blueprints.some((b) => b.planned === false);
  const problems = (): void => {
    if (diagnostics.length === 0) return;
    const shown = diagnostics.slice(0, detail.diagnostics);
    out.push(`### Problems`, '', '| | Where | Rule | Message |', '| --- | --- | --- | --- |', ...shown.map((d) => diagnosticRow(d, report.blobUrl)));
    if (shown.length < diagnostics.length) out.push('', `…and ${diagnostics.length - shown.length} more.`);
    out.push('');
  };
  if (!blueprintsFirst) problems();

  for (const b of report.blueprints) {
    const changes = b.operations.filter((op) => op.action !== 'noop');
    const unchanged = b.operations.filter((op) => op.action === 'noop' && op.provisioned !== false);
    const named = b.operations.filter((op) => op.provisioned === false);
    const errs = b.diagnostics.filter((d) => d.severity === 'error').length;
    const head =
      b.planned === false
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
    for (const [cloud, ops] of named.length > 0 ? byCloud(shown) : [[undefined, shown] as const]) {
      if (ops.length === 0) continue;
      if (cloud !== undefined) out.push(`#### ${CLOUD_LABELS[cloud]}`, '');
      out.push('| | Type | Name | Change |', '| --- | --- | --- | --- |');
      for (const op of ops) out.push(rows.change(op, detail));
      if (cloud !== undefined) out.push('');
    }
    if (shown.length < changes.length) out.push('', `…${changes.length - shown.length} more change${changes.length - shown.length === 1 ? '' : 's'} not shown here.`);
    if (unchanged.length > 0 && detail.unchanged) {
      out.push('', `<details><summary>${unchanged.length} unchanged</summary>`, '', '| Type | Name |', '| --- | --- |');
      for (const op of unchanged) out.push(rows.unchanged(op));
      out.push('', '</details>');
    }
    for (const [cloud, ops] of byCloud(named)) {
      out.push('', `#### ${CLOUD_LABELS[cloud]} — ${ops.length} named, not provisioned`, '');
      if (detail.unchanged) {
        out.push('| Type | Name |', '| --- | --- |');
        for (const op of ops) out.push(rows.unchanged(op));
      } else {
        out.push('(list left out to fit)');
      }
    }
    if (detail.graphs && (changes.length > 0 || named.some((op) => (op.desired?.dependsOn.length ?? 0) > 0))) {
      // The blueprint's own steps and the edges between them, as `dpn plan` draws the whole plan.
      const graph = renderMermaid({ operations: b.operations, summary: summarize(b.operations) });
      out.push('', '<details><summary>Dependency graph</summary>', '', '```mermaid', graph.trimEnd(), '```', '', '</details>');
    }
    // A section with nothing under its heading already ends in a blank line.
    if (out[out.length - 1] !== '') out.push('');
  }
  if (blueprintsFirst) problems();
  out.push(mergeLine(report), '');
  out.push(`<sub>dpn · ${ICON.create} create ${ICON.update} update ${ICON.replace} replace ${ICON.archive} archive ${ICON.delete} delete ${ICON.retain} retain</sub>`, '');
  return out.join('\n');
}

const CLOUD_ORDER: readonly Cloud[] = ['aws', 'databricks', 'azure', 'gcp'];

/** Operations grouped by cloud, in a fixed order of clouds, keeping their order within each. */
function byCloud(ops: readonly Operation[]): [Cloud, Operation[]][] {
  const groups = new Map<Cloud, Operation[]>();
  for (const op of ops) {
    const cloud = cloudOf(op.type);
    const group = groups.get(cloud);
    if (group) group.push(op);
    else groups.set(cloud, [op]);
  }
  return CLOUD_ORDER.filter((cloud) => groups.has(cloud)).map((cloud) => [cloud, groups.get(cloud) as Operation[]]);
}

/**
 * Renders the preview within `options.budget`, dropping the least important
 * parts first and saying so at the top of the text.
 */
export function renderPreview(report: PreviewReport, options: RenderOptions): Rendered {
  const measure = options.measure ?? ((s: string) => s.length);
  const priority = rowPriority(report);
  const totalRows = priority.size;
  const totalDiagnostics = allDiagnostics(report).length;
  const full: Detail = { graphs: true, unchanged: true, values: true, rows: Infinity, diagnostics: Infinity };
  const rows = new RowCache(report.shortened, report.blobUrl);
  const fits = (d: Detail, omitted: string[]): string | null => {
    const text = render(report, d, options, priority, omitted, rows);
    return measure(text) <= options.budget ? text : null;
  };
  let text = fits(full, []);
  if (text !== null) return { text, omitted: [] };

  const steps: { detail: Detail; omitted: string[] }[] = [
    { detail: { ...full, graphs: false }, omitted: ['dependency graphs'] },
    { detail: { ...full, graphs: false, unchanged: false }, omitted: ['dependency graphs', 'lists of unchanged resources'] },
    {
      detail: { ...full, graphs: false, unchanged: false, values: false },
      omitted: ['dependency graphs', 'lists of unchanged resources', 'before/after values'],
    },
  ];
  for (const step of steps) {
    text = fits(step.detail, step.omitted);
    if (text !== null) return { text, omitted: step.omitted };
  }
  const base = steps[steps.length - 1]!;
  // Largest number of change rows that fits (binary search: the text grows with rows).
  const tryRows = (rows: number, diagnostics: number): Rendered | null => {
    const omitted = [...base.omitted];
    if (rows < totalRows) omitted.push(`${totalRows - rows} of ${totalRows} changes`);
    if (diagnostics < totalDiagnostics) omitted.push(`${totalDiagnostics - diagnostics} of ${totalDiagnostics} problems`);
    const t = fits({ ...base.detail, rows, diagnostics }, omitted);
    return t === null ? null : { text: t, omitted };
  };
  let diagnostics = totalDiagnostics;
  if (tryRows(0, diagnostics) === null) {
    let lo = 0;
    let hi = totalDiagnostics;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (tryRows(0, mid) !== null) lo = mid;
      else hi = mid - 1;
    }
    diagnostics = lo;
  }
  let lo = 0;
  let hi = totalRows;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (tryRows(mid, diagnostics) !== null) lo = mid;
    else hi = mid - 1;
  }
  const result = tryRows(lo, diagnostics);
  if (result) return result;
  // Even the skeleton (one heading per blueprint) is too long: cut at a line, keep the note.
  const omitted = [...base.omitted, 'every change row', 'the per-blueprint sections past this point'];
  const skeleton = render(report, { ...base.detail, rows: 0, diagnostics: 0 }, options, priority, omitted);
  const lines = skeleton.split('\n');
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    const n = measure(line + '\n');
    if (size + n > options.budget - 64) break;
    kept.push(line);
    size += n;
  }
  kept.push('', '…(cut)');
  return { text: kept.join('\n'), omitted };
}

/** The sticky PR comment (and `dpn plan preview --format markdown`): marker first, under COMMENT_BUDGET characters. */
export function renderComment(report: PreviewReport, marker: string = PREVIEW_MARKER): Rendered {
  return renderPreview(report, { budget: COMMENT_BUDGET, marker });
}
