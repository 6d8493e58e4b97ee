// Planning what can be planned: blueprint files with errors are left out (none
// of their resources planned, none of their state records retired), the other
// files are planned as usual. A preview then shows real changes for the valid
// files instead of nothing at all. Pure.
import type { Diagnostic, ResourceSpec } from '../blueprint/types.js';
import { normalizeBlueprintPath } from '../state/path.js';
import type { State } from '../state/types.js';
import { diff, type DiffOptions } from './diff.js';
import type { Plan } from './types.js';

export interface PartialPlan {
  plan: Plan;
  /** Blueprint files with errors (normalised paths): not planned. */
  notPlanned: string[];
}

export function planValidBlueprints(resources: readonly ResourceSpec[], diagnostics: readonly Diagnostic[], state: State, options: DiffOptions = {}): PartialPlan {
  const invalid = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => normalizeBlueprintPath(d.file)));
  if (invalid.size === 0) return { plan: diff([...resources], state, options), notPlanned: [] };
  const planned = resources.filter((r) => !invalid.has(normalizeBlueprintPath(r.blueprint)));
  const scope = (options.blueprints ?? [...new Set([...state.resources.values()].map((r) => r.blueprint))])
    .map(normalizeBlueprintPath)
    .filter((file) => !invalid.has(file));
  const plan = diff(planned, state, { ...options, blueprints: scope });
  return { plan, notPlanned: [...invalid].sort() };
}
