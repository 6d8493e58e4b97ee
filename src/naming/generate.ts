// STUB — replaced by the naming engine. Signature is the contract.
import type { NameResult, NamingConfig, NamingValues, ResourceType } from './types.js';

/** The value layers that come from outside the naming configuration, lowest precedence first. */
export interface ValueLayers {
  /** Blueprint metadata (environment, project, region, team…). */
  metadata: NamingValues;
  /** The resource's own fields (purpose, layer, entity…). */
  resource: NamingValues;
  /** `--override key=value`, highest precedence. */
  overrides: NamingValues;
}

/**
 * Generates the name of one resource: merges values (defaults → environments[env]
 * → resource_types[type] → metadata → resource → overrides), applies
 * transformations, fills the pattern, checks the type's rules, shortens or fails
 * when too long. Pure: no I/O, no clock.
 */
export function generateName(type: ResourceType, layers: ValueLayers, config: NamingConfig): NameResult {
  const values = { ...config.defaults, ...layers.metadata, ...layers.resource, ...layers.overrides };
  const generated = config.patterns[type].replace(/\{(\w+)\}/g, (_, v: string) => values[v] ?? `{${v}}`);
  return { name: generated, generated, violations: [], values };
}
