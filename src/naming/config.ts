// Turns the two v1.0 naming documents (naming-values.yaml, naming-patterns.yaml,
// already parsed and schema-validated) into a NamingConfig, and holds the
// built-in convention used when they are absent. Checks what a JSON Schema
// cannot: pattern syntax, regular expressions, limits the platform overrides.
import {
  DEFAULT_ENVIRONMENT_VALUES,
  DEFAULT_HASH,
  DEFAULT_LOWERCASE,
  DEFAULT_PATTERNS,
  DEFAULT_REGION_MAPPING,
  DEFAULT_REPLACE_HYPHENS,
  DEFAULT_RESOURCE_TYPE_VALUES,
  DEFAULT_VALUES,
} from './defaults.js';
import { NamingConfigError, type NamingConfigIssue, type NamingDocument } from './errors.js';
import { parsePattern } from './pattern.js';
import { AWS_REGION_CODES } from './regions.js';
import { RULES, compileAllowedChars } from './rules.js';
import { effectiveHashLength } from './shorten.js';
import type { HashGeneration, LengthPolicy, NamingConfig, NamingValues, ResourceType, ValidationOverrides } from './types.js';
import { RESOURCE_TYPES, isResourceType } from './types.js';

export const BUILT_IN_SOURCE = 'built-in';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** naming-values.yaml as dpn ships it (`dpn config init` writes this). */
export const DEFAULT_VALUES_DOCUMENT = deepFreeze({
  version: '1.0',
  defaults: { ...DEFAULT_VALUES },
  environments: {
    dev: { ...DEFAULT_ENVIRONMENT_VALUES.dev },
    stg: { ...DEFAULT_ENVIRONMENT_VALUES.stg },
    prd: { ...DEFAULT_ENVIRONMENT_VALUES.prd },
  },
  resource_types: Object.fromEntries(Object.entries(DEFAULT_RESOURCE_TYPE_VALUES).map(([type, values]) => [type, { ...values }])),
});

/** naming-patterns.yaml as dpn ships it (`dpn config init` writes this). */
export const DEFAULT_PATTERNS_DOCUMENT = deepFreeze({
  version: '1.0',
  patterns: { ...DEFAULT_PATTERNS },
  transformations: {
    region_mapping: { ...DEFAULT_REGION_MAPPING },
    lowercase: [...DEFAULT_LOWERCASE],
    replace_hyphens: { ...DEFAULT_REPLACE_HYPHENS },
    hash_generation: { ...DEFAULT_HASH },
  },
});

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

class IssueList {
  readonly issues: NamingConfigIssue[] = [];
  constructor(private readonly sources: { values: string; patterns: string }) {}
  add(severity: NamingConfigIssue['severity'], document: NamingDocument, path: string[], code: string, message: string): void {
    this.issues.push({ severity, document, source: this.sources[document], path, code, message });
  }
}

/** Own keys of a document object, skipping `__proto__` so a crafted file cannot reach a prototype. */
function entries(value: Json): [string, unknown][] {
  return Object.keys(value)
    .filter((key) => key !== '__proto__')
    .map((key) => [key, value[key]]);
}

function readValues(raw: unknown, path: string[], issues: IssueList): NamingValues {
  const values: NamingValues = {};
  if (raw === undefined || raw === null) return values;
  if (!isObject(raw)) {
    issues.add('error', 'values', path, 'NAMING_CONFIG_SHAPE', 'must be a map of variable to value');
    return values;
  }
  for (const [key, value] of entries(raw)) {
    if (typeof value === 'string') values[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') values[key] = String(value);
    else if (value !== null && value !== undefined) issues.add('error', 'values', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be a string');
  }
  return values;
}

function readTypeMap<T>(raw: unknown, document: NamingDocument, path: string[], issues: IssueList, read: (value: unknown, path: string[]) => T | undefined): Partial<Record<ResourceType, T>> {
  const out: Partial<Record<ResourceType, T>> = {};
  if (raw === undefined || raw === null) return out;
  if (!isObject(raw)) {
    issues.add('error', document, path, 'NAMING_CONFIG_SHAPE', 'must be a map keyed by resource type');
    return out;
  }
  for (const [key, value] of entries(raw)) {
    if (!isResourceType(key)) {
      issues.add('warning', document, [...path, key], 'NAMING_CONFIG_UNKNOWN_TYPE', `"${key}" is not a resource type; it is ignored`);
      continue;
    }
    const read_ = read(value, [...path, key]);
    if (read_ !== undefined) out[key] = read_;
  }
  return out;
}

function readStringList(raw: unknown, path: string[], issues: IssueList): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
    issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a list of variable names');
    return [];
  }
  return [...(raw as string[])];
}

function readStringMap(raw: unknown, path: string[], issues: IssueList): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw === undefined || raw === null) return out;
  if (!isObject(raw)) {
    issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map');
    return out;
  }
  for (const [key, value] of entries(raw)) {
    if (typeof value === 'string') out[key] = value;
    else issues.add('error', 'patterns', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be a string');
  }
  return out;
}

function readHash(raw: unknown, issues: IssueList): HashGeneration {
  const path = ['transformations', 'hash_generation'];
  const hash: HashGeneration = { ...DEFAULT_HASH };
  if (raw === undefined || raw === null) return hash;
  if (!isObject(raw)) {
    issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map');
    return hash;
  }
  if (raw.algorithm !== undefined) {
    if (raw.algorithm === 'md5' || raw.algorithm === 'sha256') hash.algorithm = raw.algorithm;
    else issues.add('error', 'patterns', [...path, 'algorithm'], 'NAMING_CONFIG_SHAPE', 'must be md5 or sha256');
  }
  if (raw.length !== undefined) {
    if (typeof raw.length === 'number' && Number.isInteger(raw.length) && raw.length >= 4 && raw.length <= 64) hash.length = raw.length;
    else issues.add('error', 'patterns', [...path, 'length'], 'NAMING_CONFIG_SHAPE', 'must be a whole number from 4 to 64');
  }
  if (raw.prefix !== undefined) {
    if (typeof raw.prefix === 'string' && [...raw.prefix].length <= 2) hash.prefix = raw.prefix;
    else issues.add('error', 'patterns', [...path, 'prefix'], 'NAMING_CONFIG_SHAPE', 'must be at most 2 characters');
  }
  if (raw.separator !== undefined) {
    if (typeof raw.separator === 'string' && [...raw.separator].length <= 1) hash.separator = raw.separator;
    else issues.add('error', 'patterns', [...path, 'separator'], 'NAMING_CONFIG_SHAPE', 'must be at most 1 character');
  }
  if (effectiveHashLength(hash) < hash.length) {
    issues.add('warning', 'patterns', [...path, 'length'], 'NAMING_CONFIG_HASH_LENGTH', `${hash.algorithm} gives ${effectiveHashLength(hash)} hex characters; the hash is ${effectiveHashLength(hash)} long, not ${hash.length}`);
  }
  return hash;
}

function readValidation(raw: unknown, issues: IssueList): ValidationOverrides {
  const validation: ValidationOverrides = { maxLength: {}, allowedChars: {}, requiredVariables: {}, onTooLong: {} };
  if (raw === undefined || raw === null) return validation;
  if (!isObject(raw)) {
    issues.add('error', 'patterns', ['validation'], 'NAMING_CONFIG_SHAPE', 'must be a map');
    return validation;
  }
  validation.maxLength = readTypeMap(raw.max_length, 'patterns', ['validation', 'max_length'], issues, (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a whole number of at least 1');
      return undefined;
    }
    const type = path[path.length - 1] as ResourceType;
    const platform = RULES[type].length;
    if (platform.max !== undefined && value > platform.max) {
      issues.add('warning', 'patterns', path, 'NAMING_CONFIG_MAX_LENGTH_IGNORED', `${value} is above the ${RULES[type].object} limit of ${platform.max}; the platform limit applies (validation can only tighten it)`);
      return undefined;
    }
    if (value < platform.min) {
      issues.add('warning', 'patterns', path, 'NAMING_CONFIG_MAX_LENGTH_TOO_SMALL', `${value} is below the ${RULES[type].object} minimum of ${platform.min}; no name of this type can be valid`);
    }
    return value;
  });
  validation.allowedChars = readTypeMap(raw.allowed_chars, 'patterns', ['validation', 'allowed_chars'], issues, (value, path) => {
    if (typeof value !== 'string') {
      issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a regular expression (a string)');
      return undefined;
    }
    const compiled = compileAllowedChars(value);
    if (typeof compiled === 'string') {
      issues.add('error', 'patterns', path, 'NAMING_CONFIG_REGEX', compiled);
      return undefined;
    }
    return value;
  });
  validation.requiredVariables = readTypeMap(raw.required_variables, 'patterns', ['validation', 'required_variables'], issues, (value, path) => readStringList(value, path, issues));

  if (raw.on_too_long !== undefined && raw.on_too_long !== null) {
    const path = ['validation', 'on_too_long'];
    if (!isObject(raw.on_too_long)) {
      issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map of resource type (or "*") to shorten or fail');
    } else {
      let fallback: LengthPolicy | undefined;
      for (const [key, value] of entries(raw.on_too_long)) {
        if (value !== 'shorten' && value !== 'fail') {
          issues.add('error', 'patterns', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be shorten or fail');
        } else if (key === '*') {
          fallback = value;
        } else if (isResourceType(key)) {
          validation.onTooLong[key] = value;
        } else {
          issues.add('warning', 'patterns', [...path, key], 'NAMING_CONFIG_UNKNOWN_TYPE', `"${key}" is not a resource type; it is ignored`);
        }
      }
      if (fallback !== undefined) {
        for (const type of RESOURCE_TYPES) validation.onTooLong[type] ??= fallback;
      }
    }
  }
  return validation;
}

function checkRegionCodes(mapping: Record<string, string>, issues: IssueList): void {
  const owner = new Map<string, string>();
  const all = { ...AWS_REGION_CODES, ...mapping };
  for (const [region, code] of Object.entries(all)) {
    const other = owner.get(code);
    if (other !== undefined) {
      const configured = Object.hasOwn(mapping, region) ? region : other;
      issues.add('warning', 'patterns', ['transformations', 'region_mapping', configured], 'NAMING_CONFIG_REGION_CODE_CLASH', `${other} and ${region} both get the code "${code}", so their names can collide`);
    } else {
      owner.set(code, region);
    }
  }
}

export interface InspectedNamingConfig {
  /** Present when there is no error. */
  config?: NamingConfig;
  /** Errors and warnings, in document order. */
  issues: NamingConfigIssue[];
}

/**
 * Reads both documents and reports every problem without throwing: for
 * `dpn config validate`. A document left out (undefined) is the built-in one.
 */
export function inspectNamingConfig(values?: object, patterns?: object, sources?: { values: string; patterns: string }): InspectedNamingConfig {
  const src = {
    values: values === undefined ? BUILT_IN_SOURCE : (sources?.values ?? BUILT_IN_SOURCE),
    patterns: patterns === undefined ? BUILT_IN_SOURCE : (sources?.patterns ?? BUILT_IN_SOURCE),
  };
  const issues = new IssueList(src);
  const valuesDoc: Json = isObject(values ?? DEFAULT_VALUES_DOCUMENT) ? ((values ?? DEFAULT_VALUES_DOCUMENT) as Json) : {};
  const patternsDoc: Json = isObject(patterns ?? DEFAULT_PATTERNS_DOCUMENT) ? ((patterns ?? DEFAULT_PATTERNS_DOCUMENT) as Json) : {};
  if (values !== undefined && !isObject(values)) issues.add('error', 'values', [], 'NAMING_CONFIG_SHAPE', 'must be a map');
  if (patterns !== undefined && !isObject(patterns)) issues.add('error', 'patterns', [], 'NAMING_CONFIG_SHAPE', 'must be a map');

  // Values: a given document stands alone, as in v1.0 (a section it leaves out is empty).
  const defaults = readValues(valuesDoc.defaults, ['defaults'], issues);
  const environments: Partial<Record<string, NamingValues>> = {};
  if (isObject(valuesDoc.environments)) {
    for (const [env, raw] of entries(valuesDoc.environments)) environments[env] = readValues(raw, ['environments', env], issues);
  } else if (valuesDoc.environments !== undefined && valuesDoc.environments !== null) {
    issues.add('error', 'values', ['environments'], 'NAMING_CONFIG_SHAPE', 'must be a map of environment to values');
  }
  const resourceTypes = readTypeMap(valuesDoc.resource_types, 'values', ['resource_types'], issues, (raw, path) => readValues(raw, path, issues));

  // Patterns: a type left out keeps its built-in pattern.
  const patternMap: Record<ResourceType, string> = { ...DEFAULT_PATTERNS };
  const givenPatterns = readTypeMap(patternsDoc.patterns, 'patterns', ['patterns'], issues, (raw, path) => {
    if (typeof raw !== 'string') {
      issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a string');
      return undefined;
    }
    const parsed = parsePattern(raw);
    if (typeof parsed === 'string') {
      issues.add('error', 'patterns', path, 'NAMING_CONFIG_PATTERN', parsed);
      return undefined;
    }
    if (parsed.variables.length === 0) {
      issues.add('warning', 'patterns', path, 'NAMING_CONFIG_CONSTANT_PATTERN', 'has no {variable}: every resource of this type gets the same name');
    }
    return raw;
  });
  Object.assign(patternMap, givenPatterns);

  // Transformations: a given document's section stands alone, as in v1.0; the
  // built-in region table always applies under region_mapping.
  const rawTransformations = patternsDoc.transformations;
  const transformations: Json = isObject(rawTransformations) ? rawTransformations : {};
  if (rawTransformations !== undefined && rawTransformations !== null && !isObject(rawTransformations)) {
    issues.add('error', 'patterns', ['transformations'], 'NAMING_CONFIG_SHAPE', 'must be a map');
  }
  const regionMapping = readStringMap(transformations.region_mapping, ['transformations', 'region_mapping'], issues);
  checkRegionCodes(regionMapping, issues);
  const replaceHyphens = readStringMap(transformations.replace_hyphens, ['transformations', 'replace_hyphens'], issues);

  const config: NamingConfig = {
    defaults,
    environments,
    resourceTypes,
    patterns: patternMap,
    transformations: {
      regionMapping,
      lowercase: readStringList(transformations.lowercase, ['transformations', 'lowercase'], issues),
      uppercase: readStringList(transformations.uppercase, ['transformations', 'uppercase'], issues),
      replaceHyphens,
      hash: readHash(transformations.hash_generation, issues),
    },
    validation: readValidation(patternsDoc.validation, issues),
    sources: src,
  };
  const hasError = issues.issues.some((issue) => issue.severity === 'error');
  return hasError ? { issues: issues.issues } : { config, issues: issues.issues };
}

/**
 * The NamingConfig of two parsed v1.0 documents (either may be left out for
 * the built-in one). Throws NamingConfigError listing every error; warnings
 * are available from inspectNamingConfig.
 */
export function resolveNamingConfig(values?: object, patterns?: object, sources?: { values: string; patterns: string }): NamingConfig {
  const { config, issues } = inspectNamingConfig(values, patterns, sources);
  if (config === undefined) throw new NamingConfigError(issues.filter((issue) => issue.severity === 'error'));
  return config;
}

/** The built-in convention (frozen: derive a new config rather than editing it). */
export const DEFAULT_NAMING_CONFIG: NamingConfig = deepFreeze(resolveNamingConfig());
