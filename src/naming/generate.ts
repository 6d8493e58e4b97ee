// Generates the name of one resource: merges the value layers in v1.0's order,
// derives region_short, applies the transformations, fills the pattern, checks
// the type's rules and shortens (or refuses) a name that is too long. Pure: no
// I/O, no clock. Everything that depends only on the configuration is compiled
// once per configuration object and cached, so a call does no parsing and no
// regular-expression compilation.
import { DEFAULT_PATTERNS } from './defaults.js';
import { NamingConfigError } from './errors.js';
import { parsePattern } from './pattern.js';
import { regionCodeFor, regionKindOf, regionVariableOf, type RegionVariable } from './clouds.js';
import { compileRules, quoteName, type CompiledRules, type Evaluation } from './rules.js';
import { shortenKeepingTail, shortenName } from './shorten.js';
import type { LengthPolicy, NameResult, NameViolation, NamingConfig, NamingValues, ResourceType } from './types.js';

/** The value layers that come from outside the naming configuration, lowest precedence first. */
export interface ValueLayers {
  /** Blueprint metadata (environment, project, region, team…). */
  metadata: NamingValues;
  /** The resource's own fields (purpose, layer, entity…). */
  resource: NamingValues;
  /** `--override key=value`, highest precedence. */
  overrides: NamingValues;
}

// Precedence of the layers, lowest first; used to decide whether region_short
// was set on purpose at or above the layer that set region.
const UNSET = -1;
const DEFAULTS = 0;
const ENVIRONMENT = 1;
const RESOURCE_TYPE = 2;
const METADATA = 3;
const RESOURCE = 4;
const OVERRIDES = 5;

/** defaults → environments[env] → resource_types[type], merged once per environment. */
interface BaseValues {
  values: NamingValues;
  regionLayer: number;
  regionShortLayer: number;
}

interface CompiledType {
  type: ResourceType;
  /** The pattern as texts[0] slots[0] texts[1] slots[1] … texts[n]. */
  texts: string[];
  slots: string[];
  variables: string[];
  /** Variables of validation.required_variables that the pattern does not already require. */
  required: string[];
  needsRegionShort: boolean;
  typeValues: NamingValues;
  bases: Map<string, BaseValues>;
  /** replace_hyphens entries whose replacement this type allows. */
  replacements: [variable: string, replacement: string][];
  /** How each variable the name reads (slots and required) is transformed. */
  transforms: Map<string, VariableTransform>;
  rules: CompiledRules;
  policy: LengthPolicy;
  /** The hash separator this type allows (the configured one where possible). */
  separator: string;
  /** The variable that holds the region of the type's cloud (`region` for AWS and Databricks). */
  regionKey: RegionVariable;
  /** Index of the first slot of the tail shortening keeps (TypeRules.keepTail), or -1. */
  tailFrom: number;
}

/** The transformations that apply to one variable, looked up once per configuration. */
interface VariableTransform {
  lowercase: boolean;
  uppercase: boolean;
  /** What replace_hyphens puts in place of "-", when it applies to this variable and type. */
  replacement: string | undefined;
  /** Separators the type excludes, replaced as TypeRules.separator says. */
  fold: SeparatorFold | undefined;
}

interface CompiledConfig {
  types: Map<ResourceType, CompiledType>;
}

const compiledConfigs = new WeakMap<NamingConfig, CompiledConfig>();

const hasOwn = Object.hasOwn;

function compiledType(config: NamingConfig, type: ResourceType): CompiledType {
  let compiled = compiledConfigs.get(config);
  if (compiled === undefined) {
    compiled = { types: new Map() };
    compiledConfigs.set(config, compiled);
  }
  let entry = compiled.types.get(type);
  if (entry === undefined) {
    entry = compileType(config, type);
    compiled.types.set(type, entry);
  }
  return entry;
}

function chooseSeparator(rules: CompiledRules, configured: string): string {
  if (rules.rules.identifier) return /^[a-z0-9_]*$/.test(configured) ? configured : '_';
  if (rules.allows(configured)) return configured;
  for (const candidate of ['-', '_']) if (rules.allows(candidate)) return candidate;
  return '';
}

function compileType(config: NamingConfig, type: ResourceType): CompiledType {
  // A configuration built by hand may leave a type out; it keeps its built-in pattern.
  const pattern = (config.patterns as Partial<Record<ResourceType, string>>)[type] ?? DEFAULT_PATTERNS[type];
  const parsed = parsePattern(pattern);
  if (typeof parsed === 'string') {
    throw new NamingConfigError([
      { severity: 'error', document: 'patterns', source: config.sources.patterns, path: ['patterns', type], code: 'NAMING_CONFIG_PATTERN', message: parsed },
    ]);
  }
  const rules = compileRules(type, config);
  const required = (config.validation.requiredVariables[type] ?? []).filter((variable) => !parsed.variables.includes(variable));
  const replacements = Object.entries(config.transformations.replaceHyphens).filter(([, replacement]) => rules.allows(replacement));
  const texts: string[] = [''];
  const slots: string[] = [];
  const fold = separatorFold(rules);
  for (const segment of parsed.segments) {
    if ('text' in segment) texts[texts.length - 1] += fold ? foldSeparators(segment.text, fold) : segment.text;
    else {
      slots.push(segment.variable);
      texts.push('');
    }
  }
  const { lowercase, uppercase } = config.transformations;
  const transforms = new Map<string, VariableTransform>();
  for (const variable of [...parsed.variables, ...required]) {
    transforms.set(variable, {
      lowercase: lowercase.includes(variable),
      uppercase: uppercase.includes(variable),
      replacement: replacements.find(([name]) => name === variable)?.[1],
      fold,
    });
  }
  return {
    type,
    texts,
    slots,
    variables: parsed.variables,
    required,
    needsRegionShort: parsed.variables.includes('region_short') || required.includes('region_short'),
    typeValues: config.resourceTypes[type] ?? {},
    bases: new Map(),
    replacements,
    transforms,
    rules,
    policy: config.validation.onTooLong[type] ?? 'shorten',
    separator: chooseSeparator(rules, config.transformations.hash.separator),
    regionKey: regionVariableOf(type),
    tailFrom: rules.rules.keepTail ? slots.findIndex((slot) => slot === 'environment' || slot === 'region_short') : -1,
  };
}

/** The separators a type's characters exclude, and what replaces them. */
interface SeparatorFold {
  excluded: RegExp;
  replacement: string;
}

function separatorFold(rules: CompiledRules): SeparatorFold | undefined {
  const { separator } = rules.rules;
  if (separator === undefined) return undefined;
  const excluded = ['-', '_', '.'].filter((ch) => !rules.allows(ch));
  if (excluded.length === 0) return undefined;
  return { excluded: new RegExp(`[${excluded.map((ch) => `\\${ch}`).join('')}]`, 'g'), replacement: separator };
}

function foldSeparators(text: string, fold: SeparatorFold): string {
  return text.replace(fold.excluded, fold.replacement);
}

function stringOf(layer: NamingValues, key: string): string | undefined {
  if (!hasOwn(layer, key)) return undefined;
  const value = layer[key];
  return typeof value === 'string' ? value : undefined;
}

/** Copies the string values of `layer` into `into`; returns which of region / region_short it set. */
function merge(into: NamingValues, layer: NamingValues | undefined, regionKey: RegionVariable = 'region'): number {
  if (layer === undefined) return 0;
  let set = 0;
  for (const key of Object.keys(layer)) {
    const value = layer[key];
    if (typeof value !== 'string' || key === '__proto__') continue;
    into[key] = value;
    if (key === regionKey) set |= 1;
    else if (key === 'region_short') set |= 2;
  }
  return set;
}

const NO_ENVIRONMENT = '\u0000';

function baseValues(config: NamingConfig, compiled: CompiledType, env: string | undefined): BaseValues {
  const key = env ?? NO_ENVIRONMENT;
  let base = compiled.bases.get(key);
  if (base === undefined) {
    const values: NamingValues = {};
    let regionLayer = UNSET;
    let regionShortLayer = UNSET;
    const layers: [NamingValues | undefined, number][] = [
      [config.defaults, DEFAULTS],
      [env !== undefined && hasOwn(config.environments, env) ? config.environments[env] : undefined, ENVIRONMENT],
      [compiled.typeValues, RESOURCE_TYPE],
    ];
    for (const [layer, level] of layers) {
      const set = merge(values, layer, compiled.regionKey);
      if (set & 1) regionLayer = level;
      // The region_short of defaults and environments is the AWS region's; only resource_types[type] can set another cloud's.
      if (set & 2 && (compiled.regionKey === 'region' || level === RESOURCE_TYPE)) regionShortLayer = level;
    }
    base = { values, regionLayer, regionShortLayer };
    compiled.bases.set(key, base);
  }
  return base;
}

function missingVariable(type: ResourceType, variable: string, required: boolean, config: NamingConfig): NameViolation {
  return required
    ? {
        code: 'NAMING_MISSING_VARIABLE',
        rule: `validation.required_variables.${type} in ${config.sources.patterns} lists "${variable}"`,
        message: `${type}: the required variable "${variable}" has no value; set it in the resource, the blueprint metadata, naming-values.yaml or with --override ${variable}=…`,
      }
    : {
        code: 'NAMING_MISSING_VARIABLE',
        rule: `every {variable} of the ${type} pattern "${config.patterns[type] ?? DEFAULT_PATTERNS[type]}" has a value`,
        message: `${type}: the pattern "${config.patterns[type] ?? DEFAULT_PATTERNS[type]}" uses {${variable}}, which has no value; set it in the resource, the blueprint metadata, naming-values.yaml or with --override ${variable}=…`,
      };
}

/** Too long and nothing else: the one problem shortening fixes. */
function onlyTooLong(evaluation: Evaluation): boolean {
  return evaluation.tooLong && evaluation.violations.length === 1;
}

/** What the replace_hyphens / lowercase / uppercase transformations make of one variable's value. */
function transformValue(value: string, transform: VariableTransform, replaceHyphens: boolean): string {
  if (transform.lowercase) value = value.toLowerCase();
  if (transform.uppercase) value = value.toUpperCase();
  if (replaceHyphens && transform.replacement !== undefined && value.includes('-')) value = value.replaceAll('-', transform.replacement);
  if (transform.fold !== undefined) value = foldSeparators(value, transform.fold);
  return value;
}

/** The highest layer of `layers` that sets `key`, else `below` (the layer the base values had it from). */
function topLayer(layers: ValueLayers, key: string, below: number): number {
  if (stringOf(layers.overrides, key) !== undefined) return OVERRIDES;
  if (stringOf(layers.resource, key) !== undefined) return RESOURCE;
  if (stringOf(layers.metadata, key) !== undefined) return METADATA;
  return below;
}

/**
 * The merged, transformed value of each variable, looked up in the layers when
 * the pattern asks for it. Merging every layer into a fresh object per name
 * (one copy and three merges per resource) was the largest cost of naming in a
 * 10k-resource preview; a name reads only its pattern's few variables.
 */
class ValueLookup {
  constructor(
    private readonly compiled: CompiledType,
    private readonly config: NamingConfig,
    private readonly layers: ValueLayers,
    private readonly base: BaseValues,
    /** Whether region_short is the one derived from the region rather than a layer's. */
    private readonly regionShortDerived: boolean,
    /** The derived region_short; undefined when the region has no code. */
    private readonly regionShort: string | undefined,
    /** False for the variant that keeps hyphens replace_hyphens would replace. */
    private readonly replaceHyphens = true,
  ) {}

  /** The merged value before transformations (`__proto__` is never a variable, as merge() skips it). */
  private raw(variable: string): string | undefined {
    if (variable === 'region_short' && this.regionShortDerived) return this.regionShort;
    if (variable === '__proto__') return undefined;
    const { overrides, resource, metadata } = this.layers;
    return stringOf(overrides, variable) ?? stringOf(resource, variable) ?? stringOf(metadata, variable) ?? stringOf(this.base.values, variable);
  }

  /** The value the pattern sees. `replaced` is set when replace_hyphens changed it. */
  get(variable: string, replaced?: { hyphens: boolean }): string | undefined {
    const value = this.raw(variable);
    const transform = this.compiled.transforms.get(variable);
    if (value === undefined || transform === undefined) return value;
    const transformed = transformValue(value, transform, this.replaceHyphens);
    if (replaced && this.replaceHyphens && transform.replacement !== undefined && value.includes('-')) replaced.hyphens = true;
    return transformed;
  }

  /** Whether the resource layer cannot change the variable's value (overrides or a derived region_short decide it). */
  ignoresResource(variable: string): boolean {
    return (variable === 'region_short' && this.regionShortDerived) || variable === '__proto__' || stringOf(this.layers.overrides, variable) !== undefined;
  }

  /** The same resolution for other layers that set neither environment, region nor region_short differently. */
  withLayers(layers: ValueLayers): ValueLookup {
    const { compiled, config, base, regionShortDerived, regionShort, replaceHyphens } = this;
    return new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort, replaceHyphens);
  }

  /** The same lookup without replace_hyphens. */
  keepingHyphens(): ValueLookup {
    const { compiled, config, layers, base, regionShortDerived, regionShort } = this;
    return new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort, false);
  }

  /** Every variable's value as one object (NameResult.values), built the way v1.0 merged them. */
  all(): NamingValues {
    const values: NamingValues = { ...this.base.values };
    merge(values, this.layers.metadata);
    merge(values, this.layers.resource);
    merge(values, this.layers.overrides);
    if (this.regionShortDerived) {
      if (this.regionShort !== undefined) values.region_short = this.regionShort;
      else delete values.region_short;
    }
    const { transformations } = this.config;
    for (const variable of transformations.lowercase) {
      const value = stringOf(values, variable);
      if (value !== undefined) values[variable] = value.toLowerCase();
    }
    for (const variable of transformations.uppercase) {
      const value = stringOf(values, variable);
      if (value !== undefined) values[variable] = value.toUpperCase();
    }
    if (this.replaceHyphens) {
      for (const [variable, replacement] of this.compiled.replacements) {
        const value = stringOf(values, variable);
        if (value !== undefined) values[variable] = value.replaceAll('-', replacement);
      }
    }
    return values;
  }

  /** The pattern filled in, for a name every variable of which has a value. */
  fill(): string {
    const { texts, slots } = this.compiled;
    let out = texts[0] ?? '';
    for (let i = 0; i < slots.length; i++) out += (this.get(slots[i] ?? '') ?? '') + (texts[i + 1] ?? '');
    return out;
  }
}

/** A NameResult whose `values` object is built only if someone reads it (see ValueLookup). */
class GeneratedName implements NameResult {
  declare name?: string;
  declare shortened?: { from: string; limit: number };
  readonly #lookup: ValueLookup;
  #values: NamingValues | undefined;

  constructor(
    readonly generated: string,
    readonly violations: NameViolation[],
    lookup: ValueLookup,
    name?: string,
  ) {
    this.#lookup = lookup;
    if (name !== undefined) this.name = name;
  }

  get values(): NamingValues {
    return (this.#values ??= this.#lookup.all());
  }
}

/**
 * A valid name from BlueprintNaming's prepared path. What GeneratedName holds,
 * with the resource's naming values (and the per-resource lookup) made only
 * when someone reads `values`, which few resource types do.
 */
class PreparedName implements NameResult {
  declare shortened?: { from: string; limit: number };
  // Own fields in GeneratedName's order; the rest private, so both show the same fields.
  readonly generated: string;
  readonly violations: NameViolation[];
  readonly name: string;
  readonly #naming: BlueprintNaming;
  readonly #shared: ValueLookup;
  readonly #entry: object;
  readonly #defaults: NamingValues | undefined;
  #values: NamingValues | undefined;

  constructor(generated: string, naming: BlueprintNaming, shared: ValueLookup, entry: object, defaults: NamingValues | undefined) {
    this.generated = generated;
    this.violations = NO_VIOLATIONS;
    this.name = generated;
    this.#naming = naming;
    this.#shared = shared;
    this.#entry = entry;
    this.#defaults = defaults;
  }

  get values(): NamingValues {
    return (this.#values ??= this.#shared.withLayers(this.#naming.layersOf(resourceValues(this.#entry, this.#defaults))).all());
  }
}

/** The layers of one name resolved: where each value comes from, and the violation of a region without a code. */
interface ResolvedLayers {
  compiled: CompiledType;
  lookup: ValueLookup;
  unknownRegion: NameViolation | undefined;
}

function resolveLayers(type: ResourceType, layers: ValueLayers, config: NamingConfig): ResolvedLayers {
  const compiled = compiledType(config, type);

  // The environment that picks environments[env] is the merged one.
  const env =
    stringOf(layers.overrides, 'environment') ??
    stringOf(layers.resource, 'environment') ??
    stringOf(layers.metadata, 'environment') ??
    stringOf(compiled.typeValues, 'environment') ??
    stringOf(config.defaults, 'environment');
  const base = baseValues(config, compiled, env);
  const { regionKey } = compiled;
  const regionLayer = topLayer(layers, regionKey, base.regionLayer);
  const regionShortLayer = topLayer(layers, 'region_short', base.regionShortLayer);
  const { transformations } = config;

  // region_short follows the region, unless it was set at or above the layer
  // that set the region (then it was chosen on purpose). Within
  // naming-values.yaml a region listed in region_mapping wins over a
  // region_short of the same layer, as it always did in v1.0.
  const region =
    stringOf(layers.overrides, regionKey) ?? stringOf(layers.resource, regionKey) ?? stringOf(layers.metadata, regionKey) ?? stringOf(base.values, regionKey) ?? '';
  const mapped = regionLayer !== UNSET && regionLayer <= RESOURCE_TYPE && hasOwn(transformations.regionMapping, region);
  // Azure and Google Cloud names never fall back to the AWS region_short of the defaults: without a location of their own they have none.
  const regionShortDerived =
    (regionLayer !== UNSET || (regionKey !== 'region' && regionShortLayer === UNSET)) &&
    (mapped ? regionShortLayer <= regionLayer : regionShortLayer < regionLayer || regionShortLayer === UNSET);
  let regionShort: string | undefined;
  let unknownRegion: NameViolation | undefined;
  if (regionShortDerived) {
    regionShort = regionCodeFor(type, region, transformations.regionMapping);
    if (regionShort === undefined && compiled.needsRegionShort) {
      const kind = regionKindOf(type);
      unknownRegion = {
        code: 'NAMING_UNKNOWN_REGION',
        rule: `the ${regionKey} is ${kind} or is listed in transformations.region_mapping`,
        message:
          region === ''
            ? `${type}: the pattern uses {region_short}, and ${regionKey} has no value; set metadata.${regionKey} in the blueprint (${kind})`
            : `${type}: ${quoteName(region)} is not ${kind} dpn knows and is not in transformations.region_mapping of ${config.sources.patterns}; check the spelling or add its short code there`,
      };
    }
  }
  return { compiled, lookup: new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort), unknownRegion };
}

/**
 * Generates the name of one resource: merges values (defaults → environments[env]
 * → resource_types[type] → metadata → resource → overrides), applies
 * transformations, fills the pattern, checks the type's rules, shortens or fails
 * when too long. Pure: no I/O, no clock. `name` is set only when the name
 * breaks no rule.
 */
export function generateName(type: ResourceType, layers: ValueLayers, config: NamingConfig): NameResult {
  const { compiled, lookup, unknownRegion } = resolveLayers(type, layers, config);
  const violations: NameViolation[] = unknownRegion === undefined ? [] : [unknownRegion];
  const regionUnknown = unknownRegion !== undefined;
  let values = lookup;

  const { texts, slots } = compiled;
  const replaced = { hyphens: false };
  let generated = texts[0] ?? '';
  for (let i = 0; i < slots.length; i++) {
    const variable = slots[i] ?? '';
    const value = values.get(variable, replaced);
    if (value === undefined) {
      // An unknown region already explains the missing region_short.
      if (!(regionUnknown && variable === 'region_short') && slots.indexOf(variable) === i) {
        violations.push(missingVariable(type, variable, false, config));
      }
      generated += `{${variable}}`;
    } else {
      generated += value;
    }
    generated += texts[i + 1] ?? '';
  }
  for (const variable of compiled.required) {
    const value = values.get(variable);
    if ((value === undefined || value === '') && !(regionUnknown && variable === 'region_short')) violations.push(missingVariable(type, variable, true, config));
  }
  if (violations.length > 0) return new GeneratedName(generated, violations, values);

  const { rules } = compiled;
  if (rules.isValid(generated)) return new GeneratedName(generated, violations, values, generated);
  let evaluation = rules.evaluate(generated);
  if (replaced.hyphens && !onlyTooLong(evaluation)) {
    // replace_hyphens applies only where the result stays valid: a rule the
    // type's character set does not show (a ".fifo" suffix, allowed_chars)
    // can still refuse the replacement.
    const original = values.keepingHyphens();
    const alternative = original.fill();
    const alternativeEvaluation = rules.evaluate(alternative);
    if (alternativeEvaluation.violations.length === 0 || onlyTooLong(alternativeEvaluation)) {
      if (alternativeEvaluation.violations.length === 0) return new GeneratedName(alternative, violations, original, alternative);
      generated = alternative;
      values = original;
      evaluation = alternativeEvaluation;
    }
  }
  // Shortening fixes only the length; any other broken rule is reported as it is.
  if (!onlyTooLong(evaluation)) return new GeneratedName(generated, evaluation.violations, values);

  const limit = rules.maxLength ?? Number.POSITIVE_INFINITY;
  const { object } = rules.rules;
  const size = rules.measure(generated);
  const tooLong = (reason: string): NameResult =>
    new GeneratedName(
      generated,
      [
        {
          code: 'NAME_TOO_LONG',
          rule: `${object} names are at most ${limit} ${rules.unit} long (${rules.maxLengthSource})`,
          message: `${object} name ${quoteName(generated)} is ${size} ${rules.unit} long; the limit is ${limit} (${rules.maxLengthSource}) and ${reason}`,
        },
      ],
      values,
    );
  if (compiled.policy === 'fail') return tooLong(`validation.on_too_long for ${type} is fail`);

  const settings = { limit, unit: rules.unit, hash: config.transformations.hash, separator: compiled.separator };
  const tail = compiled.tailFrom < 0 ? undefined : tailOf(compiled, values);
  const shortened = (tail === undefined ? undefined : shortenKeepingTail(generated, tail, settings)) ?? shortenName(generated, settings);
  if (shortened === undefined) return tooLong('it leaves no room for a hash; raise the limit or shorten the values');
  const recheck = rules.evaluate(shortened);
  if (recheck.violations.length > 0) {
    return new GeneratedName(
      generated,
      recheck.violations.map((violation) => ({ ...violation, message: `${violation.message} (after shortening ${quoteName(generated)} to fit ${limit} ${rules.unit}; check hash_generation prefix and separator)` })),
      values,
    );
  }
  const result = new GeneratedName(generated, violations, values, shortened);
  result.shortened = { from: generated, limit };
  return result;
}

/** The filled pattern from the tail's first slot on (with the literal text before it). */
function tailOf(compiled: CompiledType, values: ValueLookup): string {
  const { texts, slots, tailFrom } = compiled;
  let out = texts[tailFrom] ?? '';
  for (let i = tailFrom; i < slots.length; i++) out += (values.get(slots[i] ?? '') ?? '') + (texts[i + 1] ?? '');
  return out;
}

/** One variable a name reads, as far as the layers other than the resource decide it. */
interface SharedRead {
  variable: string;
  /** True when the resource's own value does not count (see ValueLookup.ignoresResource). */
  fixed: boolean;
  /** The value when fixed, or when the resource does not set the variable. */
  value: string | undefined;
  transform: VariableTransform | undefined;
}

interface PreparedType {
  shared: ResolvedLayers;
  slots: SharedRead[];
  required: SharedRead[];
}

const NO_RESOURCE: NamingValues = Object.freeze({}) as NamingValues;

/**
 * A blueprint entry's own value of a variable: its text, or its number or
 * boolean as text; else `defaults`' value (e.g. the table_type a table gets
 * when it does not say). Nested objects and lists are not naming values.
 */
function ownValue(entry: object, defaults: NamingValues | undefined, key: string): string | undefined {
  if (hasOwn(entry, key)) {
    const value = (entry as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  return defaults === undefined ? undefined : stringOf(defaults, key);
}

/** A blueprint entry's naming values as one layer: its scalar fields, then `defaults` for those it lacks. */
export function resourceValues(entry: object, defaults?: NamingValues): NamingValues {
  const out: NamingValues = {};
  for (const key in entry) {
    if (!hasOwn(entry, key)) continue;
    const value = ownValue(entry, undefined, key);
    if (value !== undefined) out[key] = value;
  }
  if (defaults !== undefined) for (const key of Object.keys(defaults)) if (!hasOwn(out, key) && typeof defaults[key] === 'string') out[key] = defaults[key];
  return out;
}

const NO_VIOLATIONS: NameViolation[] = [];

/**
 * Names the resources of one blueprint, whose metadata and overrides layers
 * are the same for all of them (and must not change while it is used): what
 * depends only on those is resolved once per resource type, and a resource's
 * name reads just its own fields on top, straight from the blueprint entry
 * (no per-resource copy of its values).
 * Gives exactly generateName's result for the layer resourceValues(entry,
 * defaults); a resource that sets its own environment or region, and any name
 * that is not plainly valid (a missing variable, a broken rule, too long),
 * goes through generateName itself.
 */
export class BlueprintNaming {
  private readonly prepared = new Map<ResourceType, PreparedType>();
  private lastType: ResourceType | undefined;
  private lastPrepared: PreparedType | undefined;

  constructor(
    private readonly config: NamingConfig,
    private readonly metadata: NamingValues,
    private readonly overrides: NamingValues,
  ) {}

  /** The name of the blueprint entry `entry` of type `type`; `defaults` fills variables the entry does not set. */
  name(type: ResourceType, entry: object, defaults?: NamingValues): NameResult {
    const plain = this.plainName(type, entry, defaults);
    if (plain === undefined) return this.careful(type, entry, defaults);
    return new PreparedName(plain, this, this.prepare(type).shared.lookup, entry, defaults);
  }

  /**
   * The name, when the prepared path decides it: valid as the pattern gives
   * it, nothing shortened. Undefined otherwise, and name() then says what it
   * is (shortened, or why there is none). No object per resource: most
   * callers need only the text.
   */
  plainName(type: ResourceType, entry: object, defaults?: NamingValues): string | undefined {
    const prepared = this.prepare(type);
    if (
      prepared.shared.unknownRegion !== undefined ||
      ownValue(entry, defaults, 'environment') !== undefined ||
      ownValue(entry, defaults, prepared.shared.compiled.regionKey) !== undefined ||
      ownValue(entry, defaults, 'region_short') !== undefined
    ) {
      return undefined;
    }
    const { compiled } = prepared.shared;
    const { texts, rules } = compiled;
    const { slots, required } = prepared;
    let generated = texts[0] as string;
    for (let i = 0; i < slots.length; i++) {
      const value = readValue(slots[i] as SharedRead, entry, defaults);
      if (value === undefined) return undefined;
      generated += value + (texts[i + 1] as string);
    }
    for (let i = 0; i < required.length; i++) {
      const value = readValue(required[i] as SharedRead, entry, defaults);
      if (value === undefined || value === '') return undefined;
    }
    return rules.isValid(generated) ? generated : undefined;
  }

  /** The layers of a name of this blueprint whose resource layer is `resource`. */
  layersOf(resource: NamingValues): ValueLayers {
    return { metadata: this.metadata, resource, overrides: this.overrides };
  }

  /** generateName itself, for everything the prepared path does not decide. */
  private careful(type: ResourceType, entry: object, defaults: NamingValues | undefined): NameResult {
    return generateName(type, this.layersOf(resourceValues(entry, defaults)), this.config);
  }

  private prepare(type: ResourceType): PreparedType {
    // Resources come grouped by type: the last type answers without a Map lookup.
    if (type === this.lastType && this.lastPrepared !== undefined) return this.lastPrepared;
    const prepared = this.prepareType(type);
    this.lastType = type;
    this.lastPrepared = prepared;
    return prepared;
  }

  private prepareType(type: ResourceType): PreparedType {
    let prepared = this.prepared.get(type);
    if (prepared === undefined) {
      const shared = resolveLayers(type, { metadata: this.metadata, resource: NO_RESOURCE, overrides: this.overrides }, this.config);
      const read = (variable: string): SharedRead => ({
        variable,
        fixed: shared.lookup.ignoresResource(variable),
        value: shared.lookup.get(variable),
        transform: shared.compiled.transforms.get(variable),
      });
      prepared = { shared, slots: shared.compiled.slots.map(read), required: shared.compiled.required.map(read) };
      this.prepared.set(type, prepared);
    }
    return prepared;
  }
}

/** A variable's value for one resource: its own field, unless the shared layers decide. */
function readValue(read: SharedRead, entry: object, defaults: NamingValues | undefined): string | undefined {
  if (read.fixed) return read.value;
  const own = ownValue(entry, defaults, read.variable);
  if (own === undefined) return read.value;
  return read.transform === undefined ? own : transformValue(own, read.transform, true);
}
