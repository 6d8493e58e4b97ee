// What a preview shows, built once for every face: the PR comment and job
// summary of the Action and `dpn plan preview --format markdown`. Files with
// errors are not planned; the others are planned against the state. Pure.
import type { Diagnostic, ResourceSpec } from '../blueprint/types.js';
import type { DiffOptions } from '../plan/diff.js';
import { checkMassDelete } from '../plan/guard.js';
import { planValidBlueprints } from '../plan/partial.js';
import type { Plan } from '../plan/types.js';
import { normalizeBlueprintPath } from '../state/path.js';
import type { State } from '../state/types.js';
import type { BlueprintPreview, PreviewReport } from './comment.js';

export interface PreviewInput {
  /** Blueprint files read, resources they ask for, and every problem found (naming configuration included). */
  files: readonly string[];
  resources: readonly ResourceSpec[];
  diagnostics: readonly Diagnostic[];
  /** Absent when the state could not be read: then nothing is planned. */
  state?: State;
  stateError?: string;
  /** Which state records may be retired, and with which policy. */
  diff: DiffOptions;
  commit: string;
  /** Files the pull request changed (normalised): ranked first. */
  touched?: ReadonlySet<string>;
  runUrl?: string;
  blobUrl?: string;
  /** The reconcile will be told to remove more than half of a blueprint's resources if need be. */
  allowMassDelete?: boolean;
}

export function previewReport(input: PreviewInput): { report: PreviewReport; plan: Plan | null } {
  const byFile = new Map<string, BlueprintPreview>();
  const entry = (file: string): BlueprintPreview => {
    const key = normalizeBlueprintPath(file);
    let b = byFile.get(key);
    if (!b) byFile.set(key, (b = { file: key, changedInPr: input.touched?.has(key) ?? false, operations: [], diagnostics: [] }));
    return b;
  };
  for (const file of input.files) entry(file);
  const loose: Diagnostic[] = [];
  for (const d of input.diagnostics) {
    const b = byFile.get(normalizeBlueprintPath(d.file));
    if (b) b.diagnostics.push(d);
    else loose.push(d);
  }
  // An error outside every blueprint (naming configuration) leaves nothing that can be planned.
  const looseErrors = loose.some((d) => d.severity === 'error');
  let plan: Plan | null = null;
  let planError = input.stateError;
  let massDeleteRefused = false;
  if (planError === undefined && looseErrors) planError = 'fix the errors below first';
  if (planError === undefined && input.state) {
    try {
      const partial = planValidBlueprints(input.resources, input.diagnostics, input.state, input.diff);
      plan = partial.plan;
      for (const file of partial.notPlanned) entry(file).planned = false;
      massDeleteRefused = !input.allowMassDelete && partial.notPlanned.length === 0 && checkMassDelete(plan, input.state).refused;
    } catch (error) {
      planError = error instanceof Error ? error.message : String(error);
    }
  }
  for (const op of plan?.operations ?? []) entry(op.blueprint).operations.push(op);
  const shortened = new Map<string, string>();
  for (const r of input.resources) if (r.shortenedFrom) shortened.set(r.key, r.shortenedFrom);
  const valid = !input.diagnostics.some((d) => d.severity === 'error') && planError === undefined;
  const report: PreviewReport = {
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
