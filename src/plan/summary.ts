// Counting a plan's operations and saying it in one line.
import type { Action, Operation, Plan, PlanSummary } from './types.js';

export function summarize(planOrOperations: Plan | readonly Operation[]): PlanSummary {
  const operations = 'operations' in planOrOperations ? planOrOperations.operations : planOrOperations;
  const summary: PlanSummary = { create: 0, update: 0, replace: 0, archive: 0, delete: 0, retain: 0, noop: 0 };
  let named = 0;
  for (const op of operations) {
    summary[op.action]++;
    if (op.provisioned === false) named++;
  }
  if (named > 0) summary.named = named;
  return summary;
}

export interface ChangeCounts {
  /** create + replace: resources that will exist under a new name. */
  creates: number;
  updates: number;
  /** archive + delete: resources taken out of service. A retained one is only forgotten, so it is not counted. */
  deletes: number;
}

/** The three counts the action outputs and the run history record. */
export function changeCounts(summary: PlanSummary | null): ChangeCounts {
  if (!summary) return { creates: 0, updates: 0, deletes: 0 };
  return { creates: summary.create + summary.replace, updates: summary.update, deletes: summary.archive + summary.delete };
}

/** True when applying the plan would change anything (the platform or the state). */
export function hasChanges(plan: Plan): boolean {
  return plan.operations.some((op) => op.action !== 'noop');
}

const WORDS: [Exclude<Action, 'noop'>, string][] = [
  ['create', 'to create'],
  ['update', 'to update'],
  ['replace', 'to replace'],
  ['archive', 'to archive'],
  ['delete', 'to delete'],
  ['retain', 'to stop managing (retain)'],
];

/** `2 to create, 1 to replace, 5 unchanged` / `No changes, 5 unchanged` (`, 3 named only` for Azure / Google Cloud). */
export function summaryLine(summary: PlanSummary): string {
  const parts = WORDS.filter(([action]) => summary[action] > 0).map(([action, words]) => `${summary[action]} ${words}`);
  const named = summary.named ?? 0;
  const unchanged = `${summary.noop - named} unchanged${named ? `, ${named} named only` : ''}`;
  return parts.length === 0 ? `No changes, ${unchanged}` : `${parts.join(', ')}, ${unchanged}`;
}
