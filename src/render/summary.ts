// Job summaries (GITHUB_STEP_SUMMARY, at most 1 MiB per step): the full
// preview, what a reconcile or recovery changed, lock and transaction status,
// and drift. Every string from blueprints, state or the WAL is escaped.
import type { Operation } from '../plan/types.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { formatValue } from './plan-format.js';
import { renderPreview, summaryLine, type PreviewReport, type Rendered } from './comment.js';
import type { PlanSummary } from '../plan/types.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SUMMARY_BUDGET = SUMMARY_LIMIT_BYTES - 8 * 1024;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const code = (s: string): string => `<code>${escapeHtml(s)}</code>`;

export function renderPreviewSummary(report: PreviewReport): Rendered {
  return renderPreview(report, { budget: SUMMARY_BUDGET, measure: bytes });
}

/** Cuts at a line boundary under the summary limit, saying so. */
export function fitSummary(text: string): string {
  if (bytes(text) <= SUMMARY_BUDGET) return text;
  const out: string[] = [];
  let size = 0;
  for (const line of text.split('\n')) {
    const n = bytes(line) + 1;
    if (size + n > SUMMARY_BUDGET - 200) break;
    out.push(line);
    size += n;
  }
  out.push('', '> [!NOTE]', '> The rest was cut to stay under the 1 MiB job summary limit; the plan output file is complete.');
  return out.join('\n');
}

export interface AppliedOperation {
  key: string;
  type: string;
  name: string;
  action: string;
  /** done, failed, undone, undo_failed, skipped… as the engine reports it. */
  outcome: string;
  error?: string;
}

export interface TransactionSummary {
  title: string;
  transaction?: string;
  status: string;
  commit?: string;
  summary?: PlanSummary | null;
  operations: AppliedOperation[];
  stateCommit?: string;
  notes: string[];
  /** Whether the run did what was asked (a recovery's rollback that ends rolled_back did); default: committed, noop or dry run. */
  ok?: boolean;
}

export function renderTransactionSummary(t: TransactionSummary): string {
  const ok = t.ok ?? (t.status === 'committed' || t.status === 'noop' || t.status === 'dry-run');
  const out = [`## ${escapeMarkdown(t.title)} — ${ok ? '✅' : '❌'} ${escapeMarkdown(t.status)}`, ''];
  const facts: string[] = [];
  if (t.transaction) facts.push(`transaction ${code(t.transaction)}`);
  if (t.commit) facts.push(`blueprints at ${code(t.commit.slice(0, 12))}`);
  if (t.stateCommit) facts.push(`state committed as ${code(t.stateCommit.slice(0, 12))}`);
  if (t.summary) facts.push(summaryLine(t.summary));
  if (facts.length) out.push(facts.join(' · '), '');
  for (const note of t.notes) out.push(`> ${escapeMarkdown(note)}`, '');
  const changed = t.operations.filter((o) => o.action !== 'noop');
  if (changed.length) {
    out.push('| Type | Name | Change | Outcome |', '| --- | --- | --- | --- |');
    for (const o of changed) {
      out.push(
        `| ${code(o.type)} | ${code(o.name)} | ${escapeMarkdown(o.action)} | ${escapeMarkdown(o.outcome)}${o.error ? `: ${escapeMarkdown(o.error)}` : ''} |`,
      );
    }
    out.push('');
  }
  return fitSummary(out.join('\n'));
}

export function operationsOf(ops: Operation[], outcome: (op: Operation) => string): AppliedOperation[] {
  return ops.map((op) => ({ key: op.key, type: op.type, name: op.fullName || op.name, action: op.action, outcome: outcome(op) }));
}

export interface StatusReport {
  locks: { scope: string; holder: string; runUrl?: string; expiresAt: string; expired: boolean }[];
  openTransactions: { id: string; started: string; commit?: string; operations: number; lastRecord: string }[];
  drift?: DriftReport;
  stateResources: number;
}

export interface DriftItem {
  key: string;
  type: string;
  name: string;
  /** missing: gone from the platform; changed: differs; unreadable: the read failed. */
  kind: 'missing' | 'changed' | 'unreadable';
  fields: { path: string; state: unknown; live: unknown }[];
  error?: string;
}

export interface DriftReport {
  checked: number;
  skipped: { type: string; count: number; reason: string }[];
  items: DriftItem[];
}

export function renderDrift(d: DriftReport): string {
  const out = [`### Drift — ${d.items.length === 0 ? '✅ none' : `⚠️ ${d.items.length} resource${d.items.length === 1 ? '' : 's'} differ`}`, ''];
  out.push(`${d.checked} resource${d.checked === 1 ? '' : 's'} read from the platforms.`, '');
  for (const s of d.skipped) out.push(`- ${s.count} ${code(s.type)} not checked: ${escapeMarkdown(s.reason)}`);
  if (d.skipped.length) out.push('');
  if (d.items.length) {
    out.push('| Type | Name | Drift |', '| --- | --- | --- |');
    for (const i of d.items) {
      const what =
        i.kind === 'missing'
          ? 'missing on the platform'
          : i.kind === 'unreadable'
            ? `could not read: ${escapeMarkdown(i.error ?? '')}`
            : i.fields.map((f) => `${code(f.path)}: state ${code(formatValue(f.state, 80))}, live ${code(formatValue(f.live, 80))}`).join('; ');
      out.push(`| ${code(i.type)} | ${code(i.name)} | ${what} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function renderStatusSummary(s: StatusReport): string {
  const out = ['## dpn status', '', `${s.stateResources} resource${s.stateResources === 1 ? '' : 's'} in the state.`, ''];
  out.push('### Locks', '');
  if (s.locks.length === 0) out.push('No lock is held.', '');
  for (const l of s.locks) {
    out.push(
      `- ${code(l.scope)}: held by ${escapeMarkdown(l.holder)}${l.runUrl ? ` ([run](${encodeURI(l.runUrl)}))` : ''} until ${escapeMarkdown(l.expiresAt)}${l.expired ? ' — **expired** (run the `unlock` mode to break it)' : ''}`,
    );
  }
  if (s.locks.length) out.push('');
  out.push('### Transactions without an end record', '');
  if (s.openTransactions.length === 0) out.push('None.', '');
  else {
    out.push('| Transaction | Started | Commit | Operations | Last record |', '| --- | --- | --- | --- | --- |');
    for (const t of s.openTransactions) {
      out.push(`| ${code(t.id)} | ${escapeMarkdown(t.started)} | ${t.commit ? code(t.commit.slice(0, 12)) : ''} | ${t.operations} | ${escapeMarkdown(t.lastRecord)} |`);
    }
    out.push('', 'Run the `recover` mode to roll these back (or resume them).', '');
  }
  if (s.drift) out.push(renderDrift(s.drift));
  return fitSummary(out.join('\n'));
}
