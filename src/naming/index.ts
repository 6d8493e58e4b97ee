// The naming engine's public API: the built-in convention, reading the two
// naming documents, generating names and the platform rules they must pass.
export type {
  HashGeneration,
  LengthPolicy,
  NameResult,
  NameViolation,
  NamingConfig,
  NamingValues,
  ResourceType,
  Transformations,
  ValidationOverrides,
} from './types.js';
export { RESOURCE_TYPES, isResourceType } from './types.js';
export { BlueprintNaming, generateName, type ValueLayers } from './generate.js';
export {
  BUILT_IN_SOURCE,
  DEFAULT_NAMING_CONFIG,
  DEFAULT_PATTERNS_DOCUMENT,
  DEFAULT_VALUES_DOCUMENT,
  inspectNamingConfig,
  resolveNamingConfig,
  type InspectedNamingConfig,
} from './config.js';
export { patternsDocumentOf, valuesDocumentOf } from './documents.js';
export { NamingConfigError, type NamingConfigIssue, type NamingDocument } from './errors.js';
export {
  checkName,
  describeRules,
  ENGINE_RULES,
  RULES,
  type CharsetRule,
  type ExtraRule,
  type LengthRule,
  type LengthUnit,
  type RuleDescription,
  type TypeRules,
} from './rules.js';
export { AWS_REGION_CODES, isKnownAwsRegion, regionCode } from './regions.js';
export { AZURE_LOCATION_CODES } from './azure.js';
export { GCP_REGION_CODES } from './gcp.js';
export { CLOUD_LABELS, cloudOf, isNamedOnly, regionCodeFor, regionVariableOf, type Cloud, type RegionVariable } from './clouds.js';
export { DEFAULT_PATTERNS } from './defaults.js';
export { nameHash, shortenName } from './shorten.js';
