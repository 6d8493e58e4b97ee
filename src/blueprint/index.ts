// Blueprints: reading, validating and expanding them into ResourceSpecs.
export { loadBlueprints, type LoadOptions } from './load.js';
export { expandBlueprint, type ExpandOptions, type Expansion } from './expand.js';
export { findBlueprintFiles, type BlueprintFile } from './files.js';
export { scopeFilter, wildcardToRegExp, type Scope } from './scope.js';
export { DEFAULTS, type BlueprintDoc } from './document.js';
export type { BlueprintSet, DeletionPolicy, ResourceSpec } from './types.js';
export { DIAGNOSTIC_CODES, type CodeDescription } from './codes.js';
