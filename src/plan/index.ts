// Planning: diff desired resources against the state into a Plan, check it, save it.
export * from './types.js';
export { compareKeys, diff, oldDependencies, topological, touchedBlueprints, type DiffOptions } from './diff.js';
export { collectChanges, jsonEqual } from './fields.js';
export { namedOnlyLine, namedOnlyResources, type NamedOnly } from './named-only.js';
export { checkMassDelete, type MassDeleteCheck, type MassDeleteFinding } from './guard.js';
export { executionSteps, retireStepId, RETIRE_SUFFIX, type Step } from './steps.js';
export { changeCounts, hasChanges, summarize, summaryLine, type ChangeCounts } from './summary.js';
export { PLAN_FORMAT_VERSION, parsePlan, planFromJSON, planToJSON, type PlanJSON, type PlanToJSONOptions } from './serialize.js';
export { coveredByGlobs, coveredByPaths, retireScope } from './retire-scope.js';
