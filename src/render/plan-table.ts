// A plan as a terminal table: one line per changed resource (symbol, action,
// type, name, notes), its changed fields indented below, unchanged ones counted;
// grouped under a line per blueprint file when the plan spans several.
import { summaryLine } from '../plan/summary.js';
import type { Action, Operation, Plan } from '../plan/types.js';
import { escapeTerminal } from './escape.js';
import { SYMBOL, describeName, formatChange, listedChanges, notes } from './plan-format.js';

export interface PlanTableOptions {
  /** ANSI colours (the CLI sets this when stdout is a TTY and NO_COLOR is unset). */
  color?: boolean;
  /** List unchanged resources too, instead of only counting them. */
  showUnchanged?: boolean;
  /** Changed fields listed per resource before "…and N more". Default 20. */
  maxChanges?: number;
}

const COLOR: Record<Action, string> = {
  create: '32',
  update: '33',
  replace: '35;1',
  archive: '36',
  delete: '31',
  retain: '34',
  noop: '2',
};

export function renderPlanTable(plan: Plan, options: PlanTableOptions = {}): string {
  const paint = (action: Action, text: string): string => (options.color ? `\u001b[${COLOR[action]}m${text}\u001b[0m` : text);
  const maxChanges = options.maxChanges ?? 20;
  const shown = plan.operations.filter((op) => op.action !== 'noop' || options.showUnchanged);
  const typeWidth = Math.max(4, ...shown.map((op) => op.type.length));
  const groups = new Map<string, Operation[]>();
  for (const op of shown) {
    const group = groups.get(op.blueprint);
    if (group) group.push(op);
    else groups.set(op.blueprint, [op]);
  }
  const headed = groups.size > 1;
  const lines: string[] = [];
  for (const [blueprint, ops] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (headed) lines.push(`${lines.length > 0 ? '\n' : ''}${escapeTerminal(blueprint)}`);
    for (const op of ops) {
      const head = `${SYMBOL[op.action].padStart(3)} ${op.action.padEnd(7)}`;
      const extra = notes(op);
      lines.push(
        `${paint(op.action, head)}  ${op.type.padEnd(typeWidth)}  ${escapeTerminal(describeName(op))}` +
          (extra.length > 0 ? `  (${escapeTerminal(extra.join('; '))})` : ''),
      );
      const changes = listedChanges(op);
      for (const change of changes.slice(0, maxChanges)) lines.push(`          ${escapeTerminal(formatChange(change))}`);
      if (changes.length > maxChanges) lines.push(`          …and ${changes.length - maxChanges} more`);
    }
  }
  if (lines.length > 0) lines.push('');
  for (const warning of plan.warnings ?? []) lines.push(`${paint('replace', '  !')} ${escapeTerminal(warning.message)}`);
  if ((plan.warnings ?? []).length > 0) lines.push('');
  lines.push(`Plan: ${summaryLine(plan.summary)}.`);
  return lines.join('\n') + '\n';
}
