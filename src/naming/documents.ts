// Writes a NamingConfig back as the two v1.0 documents (naming-values.yaml and
// naming-patterns.yaml, snake_case keys), the inverse of config.ts's reading:
// the documents read back to a convention that gives every resource the same name.
import type { NamingConfig, ResourceType } from './types.js';

type Doc = Record<string, unknown>;

function nonEmpty(value: object): boolean {
  return Object.keys(value).length > 0;
}

/** Copies `map` without its empty entries, in key order as given. */
function typeMap<T>(map: Partial<Record<ResourceType, T>>, keep: (value: T) => boolean = () => true): Partial<Record<ResourceType, T>> {
  const out: Partial<Record<ResourceType, T>> = {};
  for (const [type, value] of Object.entries(map) as [ResourceType, T | undefined][]) {
    if (value !== undefined && keep(value)) out[type] = value;
  }
  return out;
}

/** naming-values.yaml of `config`. */
export function valuesDocumentOf(config: NamingConfig): Doc {
  const doc: Doc = { version: '1.0', defaults: { ...config.defaults } };
  const environments = Object.fromEntries(Object.entries(config.environments).filter(([, v]) => v !== undefined));
  if (nonEmpty(environments)) doc.environments = environments;
  const resourceTypes = typeMap(config.resourceTypes);
  if (nonEmpty(resourceTypes)) doc.resource_types = resourceTypes;
  return doc;
}

/** naming-patterns.yaml of `config`: every pattern, the transformations, the validation it tightens. */
export function patternsDocumentOf(config: NamingConfig): Doc {
  const t = config.transformations;
  const transformations: Doc = {};
  if (nonEmpty(t.regionMapping)) transformations.region_mapping = { ...t.regionMapping };
  if (t.lowercase.length) transformations.lowercase = [...t.lowercase];
  if (t.uppercase.length) transformations.uppercase = [...t.uppercase];
  if (nonEmpty(t.replaceHyphens)) transformations.replace_hyphens = { ...t.replaceHyphens };
  transformations.hash_generation = { ...t.hash };
  const v = config.validation;
  const validation: Doc = {};
  if (nonEmpty(v.maxLength)) validation.max_length = typeMap(v.maxLength);
  if (nonEmpty(v.allowedChars)) validation.allowed_chars = typeMap(v.allowedChars);
  const required = typeMap(v.requiredVariables, (list) => list.length > 0);
  if (nonEmpty(required)) validation.required_variables = required;
  if (nonEmpty(v.onTooLong)) validation.on_too_long = typeMap(v.onTooLong);
  return {
    version: '1.0',
    patterns: { ...config.patterns },
    transformations,
    ...(nonEmpty(validation) ? { validation } : {}),
  };
}
