// A plan as one JSON document on stdout (`--format json`): the saved-plan format
// of src/plan/serialize.ts, so what is printed can be loaded again.
import { planToJSON, type PlanToJSONOptions } from '../plan/serialize.js';
import type { Plan } from '../plan/types.js';

export function renderPlanJson(plan: Plan, options: PlanToJSONOptions = {}): string {
  return JSON.stringify(planToJSON(plan, options), null, 2) + '\n';
}
