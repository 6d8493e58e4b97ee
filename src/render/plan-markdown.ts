// A plan as GitHub markdown (PR comment, job summary): a summary line, warnings
// (replaces loudly), then one section per blueprint file with a table of its
// changes and its unchanged resources collapsed in <details>. Every string that
// came from a blueprint or the state is escaped; the output can be capped to a
// character budget (a PR comment holds at most 65,536).
import { summaryLine } from '../plan/summary.js';
import type { Operation, Plan } from '../plan/types.js';
import { escapeMarkdown } from './escape.js';
import { renderMermaid } from './mermaid.js';
import { SYMBOL, formatChange, listedChanges, notes } from './plan-format.js';

export interface PlanMarkdownOptions {
  /** Heading text (not escaped: the caller's own words). Default `dpn plan`. */
  title?: string;
  /** Heading level of the title; blueprint sections are one deeper. Default 3. */
  headingLevel?: number;
  /** Upper bound of the output length in characters; details are dropped first, then rows. */
  maxChars?: number;
  /** Changed fields listed per resource before "…and N more". Default 10. */
  maxChanges?: number;
  /** Append the execution graph (mermaid) in a collapsed section, when there is anything to run. */
  graph?: boolean;
}

const ICON: Record<Operation['action'], string> = {
  create: '➕',
  update: '✏️',
  replace: '⚠️',
  archive: '📦',
  delete: '🗑️',
  retain: '📌',
  noop: '',
};

interface Detail {
  unchanged: boolean;
  changes: boolean;
  rows?: number;
}

export function renderPlanMarkdown(plan: Plan, options: PlanMarkdownOptions = {}): string {
  const attempts: Detail[] = [
    { unchanged: true, changes: true },
    { unchanged: false, changes: true },
    { unchanged: false, changes: false },
  ];
  const budget = options.maxChars ?? Number.POSITIVE_INFINITY;
  for (const detail of attempts) {
    const text = render(plan, options, detail);
    if (text.length <= budget) return text;
  }
  // Still too long: keep as many rows as fit, say how many were left out.
  let low = 0;
  let high = plan.operations.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render(plan, options, { unchanged: false, changes: false, rows: mid }).length <= budget) low = mid;
    else high = mid - 1;
  }
  const text = render(plan, options, { unchanged: false, changes: false, rows: low });
  return text.length <= budget ? text : text.slice(0, Math.max(0, budget));
}

function render(plan: Plan, options: PlanMarkdownOptions, detail: Detail): string {
  const level = options.headingLevel ?? 3;
  const h = (n: number): string => '#'.repeat(Math.min(6, n));
  const out: string[] = [];
  out.push(`${h(level)} ${options.title ?? 'dpn plan'}`, '');
  out.push(`**${escapeMarkdown(summaryLine(plan.summary))}**`, '');

  const replaces = plan.operations.filter((op) => op.action === 'replace');
  const warnings = plan.warnings ?? [];
  if (replaces.length > 0 || warnings.length > 0) {
    out.push('> [!WARNING]');
    for (const op of replaces) {
      out.push(`> ⚠️ **replace**: renamed ${escapeMarkdown(op.current?.fullName ?? '?')} → ${escapeMarkdown(op.fullName)} (${escapeMarkdown(op.type)})  `);
    }
    for (const warning of warnings.filter((w) => w.code !== 'PLAN_REPLACE')) out.push(`> ${escapeMarkdown(warning.message)}  `);
    out.push('');
  }

  let budgetRows = detail.rows ?? Number.POSITIVE_INFINITY;
  let omitted = 0;
  for (const [blueprint, ops] of byBlueprint(plan.operations)) {
    const changed = ops.filter((op) => op.action !== 'noop');
    const unchanged = ops.filter((op) => op.action === 'noop');
    out.push(`${h(level + 1)} ${escapeMarkdown(blueprint)}`, '');
    if (changed.length > 0) {
      out.push('| | Action | Type | Name | Changes |', '| --- | --- | --- | --- | --- |');
      for (const op of changed) {
        if (budgetRows <= 0) {
          omitted++;
          continue;
        }
        budgetRows--;
        out.push(rowOf(op, detail.changes, options.maxChanges ?? 10));
      }
      out.push('');
    } else {
      out.push('No changes.', '');
    }
    if (unchanged.length > 0) {
      out.push(`<details><summary>${unchanged.length} unchanged</summary>`, '');
      if (detail.unchanged) {
        out.push('| Type | Name |', '| --- | --- |');
        for (const op of unchanged) out.push(`| ${escapeMarkdown(op.type)} | ${escapeMarkdown(op.fullName)}${op.current?.archived ? ' (archived)' : ''} |`);
      } else {
        out.push('(list left out to fit the size limit)');
      }
      out.push('', '</details>', '');
    }
  }
  if (omitted > 0) out.push(`…and ${omitted} more changes not shown (size limit): run \`dpn plan preview\` for the full plan.`, '');
  if (options.graph && detail.changes && plan.operations.some((op) => op.action !== 'noop')) {
    out.push('<details><summary>Execution order</summary>', '', '```mermaid', renderMermaid(plan).trimEnd(), '```', '', '</details>', '');
  }
  return out.join('\n');
}

// A budgeted render tries several detail levels and row counts; rows are
// escaped once, not once per try.
const rows = new WeakMap<Operation, Map<string, string>>();

function rowOf(op: Operation, withChanges: boolean, maxChanges: number): string {
  let cache = rows.get(op);
  if (!cache) rows.set(op, (cache = new Map()));
  const id = `${withChanges}:${maxChanges}`;
  let text = cache.get(id);
  if (text === undefined) cache.set(id, (text = row(op, withChanges, maxChanges)));
  return text;
}

function row(op: Operation, withChanges: boolean, maxChanges: number): string {
  const action = op.action === 'replace' ? '**replace**' : op.action;
  const name =
    op.action === 'replace' && op.current
      ? `renamed ${escapeMarkdown(op.current.fullName)} → ${escapeMarkdown(op.fullName)}`
      : escapeMarkdown(op.fullName);
  const cells: string[] = notes(op).map((n) => `_${escapeMarkdown(n)}_`);
  if (withChanges) {
    const changes = listedChanges(op);
    cells.push(...changes.slice(0, maxChanges).map((c) => escapeMarkdown(formatChange(c, 40))));
    if (changes.length > maxChanges) cells.push(`…and ${changes.length - maxChanges} more`);
  } else if (listedChanges(op).length > 0) {
    cells.push(`${listedChanges(op).length} field(s)`);
  }
  return `| ${ICON[op.action]} ${escapeMarkdown(SYMBOL[op.action])} | ${action} | ${escapeMarkdown(op.type)} | ${name} | ${cells.join('<br>')} |`;
}

function byBlueprint(operations: Operation[]): [string, Operation[]][] {
  const groups = new Map<string, Operation[]>();
  for (const op of operations) {
    const list = groups.get(op.blueprint);
    if (list) list.push(op);
    else groups.set(op.blueprint, [op]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

