import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AWS_REGION_CODES,
  BlueprintNaming,
  DEFAULT_NAMING_CONFIG,
  DEFAULT_PATTERNS_DOCUMENT,
  DEFAULT_VALUES_DOCUMENT,
  RESOURCE_TYPES,
  RULES,
  checkName,
  generateName,
  resolveNamingConfig,
  type NamingConfig,
  type NamingValues,
  type ResourceType,
} from '../../src/naming/index.js';
import { measureBytes, measureCharacters } from '../../src/naming/rules.js';
import { CLOUD_LOCATIONS, FIELDS } from './fixtures.js';

const type = fc.constantFrom(...RESOURCE_TYPES);
const environment = fc.constantFrom('dev', 'stg', 'prd');
const region = fc.constantFrom(...Object.keys(AWS_REGION_CODES), 'eu-wst-1');

// Valid-ish: the characters people type, including ones some platforms refuse.
const messyWord = fc.stringMatching(/^[A-Za-z0-9_.\- /é]{0,70}$/);
const messyValues = fc.dictionary(fc.constantFrom('purpose', 'layer', 'domain', 'entity', 'table_type', 'project', 'workload', 'source', 'target', 'action', 'region_short'), messyWord);

// Clean: what a v1.0 blueprint allows (project ^[a-z0-9-]+$, starting with a letter here) and lowercase words.
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,40}$/);
const project = fc.stringMatching(/^[a-z][a-z0-9]{0,20}(-[a-z0-9]{1,12}){0,3}$/);

function cleanFields(t: ResourceType, pick: (key: string) => string): NamingValues {
  return Object.fromEntries(Object.keys(FIELDS[t]).map((key) => [key, pick(key)]));
}

const tight: NamingConfig = resolveNamingConfig(undefined, {
  ...DEFAULT_PATTERNS_DOCUMENT,
  validation: { max_length: { aws_s3_bucket: 30, dbx_table: 20, aws_glue_database: 24, dbx_cluster: 40 }, on_too_long: { dbx_cluster: 'fail' } },
});

function withinLimit(t: ResourceType, name: string, config: NamingConfig): boolean {
  const rules = RULES[t];
  const size = rules.length.unit === 'bytes' ? measureBytes(name) : measureCharacters(name);
  const limit = Math.min(rules.length.max ?? Infinity, config.validation.maxLength[t] ?? Infinity);
  return size <= limit;
}

describe('property: every name generateName gives passes its type rules', () => {
  it('for messy inputs, a name is either valid or absent with violations', () => {
    fc.assert(
      fc.property(type, environment, region, messyValues, messyValues, fc.constantFrom(DEFAULT_NAMING_CONFIG, tight), (t, env, reg, resource, overrides, config) => {
        const result = generateName(t, { metadata: { environment: env, region: reg, ...CLOUD_LOCATIONS }, resource: { ...FIELDS[t], ...resource }, overrides }, config);
        if (result.name !== undefined) {
          expect(result.violations).toEqual([]);
          expect(checkName(t, result.name, config)).toEqual([]);
          expect(withinLimit(t, result.name, config)).toBe(true);
          if (result.shortened) expect(result.shortened.from).toBe(result.generated);
          else expect(result.name).toBe(result.generated);
        } else {
          expect(result.violations.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('for clean inputs, every type gets a valid name, however long the values', () => {
    fc.assert(
      fc.property(type, environment, fc.constantFrom(...Object.keys(AWS_REGION_CODES)), project, fc.array(word, { minLength: 12, maxLength: 12 }), fc.constantFrom(DEFAULT_NAMING_CONFIG, tight), (t, env, reg, proj, words, config) => {
        let i = 0;
        const resource = cleanFields(t, () => words[i++ % words.length] ?? 'x');
        const result = generateName(t, { metadata: { environment: env, project: proj, region: reg, ...CLOUD_LOCATIONS }, resource, overrides: {} }, config);
        if (config === tight && t === 'dbx_cluster' && result.generated.length > 40) {
          expect(result.violations.map((v) => v.code)).toEqual(['NAME_TOO_LONG']);
          return;
        }
        expect(result.violations).toEqual([]);
        expect(checkName(t, result.name ?? '', config)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('property: shortening', () => {
  it('gives distinct long names distinct short names, deterministically', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{55,90}[a-z0-9]$/), { minLength: 2, maxLength: 20 }), (purposes) => {
        const names = purposes.map((purpose) => generateName('aws_s3_bucket', { metadata: { environment: 'dev' }, resource: { purpose, layer: 'raw' }, overrides: {} }, DEFAULT_NAMING_CONFIG));
        for (const result of names) {
          expect(result.shortened?.limit).toBe(63);
          expect(checkName('aws_s3_bucket', result.name ?? '')).toEqual([]);
        }
        expect(new Set(names.map((result) => result.name)).size).toBe(purposes.length);
        const again = generateName('aws_s3_bucket', { metadata: { environment: 'dev' }, resource: { purpose: purposes[0] ?? '', layer: 'raw' }, overrides: {} }, DEFAULT_NAMING_CONFIG);
        expect(again.name).toBe(names[0]?.name);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: BlueprintNaming gives exactly what generateName gives', () => {
  // Transformations that touch the variables the fast path reads: lowercase,
  // uppercase and replace_hyphens, plus a tighter length limit that forces shortening.
  // Shared values for variables a resource may leave to its defaults, so a default that is not read shows.
  const sharedValues = {
    ...DEFAULT_VALUES_DOCUMENT,
    resource_types: {
      ...DEFAULT_VALUES_DOCUMENT.resource_types,
      aws_glue_table: { ...DEFAULT_VALUES_DOCUMENT.resource_types.aws_glue_table, table_type: 'raw', entity: 'shared' },
      dbx_table: { ...DEFAULT_VALUES_DOCUMENT.resource_types.dbx_table, table_type: 'raw', purpose: 'shared' },
      aws_s3_bucket: { ...DEFAULT_VALUES_DOCUMENT.resource_types.aws_s3_bucket, purpose: 'shared' },
    },
  };
  const transformed: NamingConfig = resolveNamingConfig(sharedValues, {
    ...DEFAULT_PATTERNS_DOCUMENT,
    transformations: {
      ...DEFAULT_PATTERNS_DOCUMENT.transformations,
      lowercase: [...DEFAULT_PATTERNS_DOCUMENT.transformations.lowercase, 'purpose', 'entity'],
      uppercase: ['workload'],
      replace_hyphens: { project: '_', domain: '_', layer: '.' },
    },
    validation: { max_length: { aws_s3_bucket: 30, dbx_table: 20 }, on_too_long: { dbx_cluster: 'fail' } },
  });
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const layer = fc.record(
    { environment: maybe(environment), region: maybe(region), region_short: maybe(fc.constantFrom('x1', 'EU')), project: maybe(messyWord), purpose: maybe(messyWord), domain: maybe(messyWord) },
    { requiredKeys: [] },
  );
  const clean = (values: Record<string, string | undefined>): NamingValues =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as NamingValues;

  // A blueprint entry as the schema allows it besides text: numbers, booleans, nested lists and objects.
  const otherFields = fc.record(
    {
      lifecycle_days: fc.integer({ min: 1, max: 400 }),
      versioning: fc.boolean(),
      purpose: fc.integer({ min: 0, max: 99 }),
      columns: fc.constant([{ name: 'id', type: 'string' }]),
      autoscale: fc.constant({ min: 1, max: 2 }),
    },
    { requiredKeys: [] },
  );
  const defaults = fc.option(fc.constantFrom({ table_type: 'fact' }, { table_type: 'dim', purpose: 'default' }), { nil: undefined });

  /** The resource layer as the expander once built it: the entry's text, numbers and booleans as text, then the defaults it lacks. */
  function plainLayer(entry: Record<string, unknown>, given: NamingValues | undefined): NamingValues {
    const out: NamingValues = {};
    for (const [key, value] of Object.entries(entry)) {
      if (typeof value === 'string') out[key] = value;
      else if (typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
    }
    for (const [key, value] of Object.entries(given ?? {})) if (!(key in out)) out[key] = value;
    return out;
  }

  it('for every resource of a blueprint, name for name, violation for violation, value for value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(DEFAULT_NAMING_CONFIG, tight, transformed),
        environment,
        region,
        maybe(project),
        layer,
        // Some of the type's own fields left out, so that defaults (or the shared layers) fill them.
        fc.array(fc.tuple(type, messyValues, layer, otherFields, defaults, fc.subarray(['table_type', 'purpose', 'entity', 'layer'])), { minLength: 1, maxLength: 6 }),
        (config, env, reg, proj, overrides, resources) => {
          const metadata = { ...clean({ environment: env, region: reg, project: proj }), ...CLOUD_LOCATIONS };
          const over = clean(overrides);
          const naming = new BlueprintNaming(config, metadata, over);
          for (const [t, values, own, other, given, left] of resources) {
            const entry: Record<string, unknown> = { ...FIELDS[t], ...other, ...values, ...clean(own) };
            for (const key of left) delete entry[key];
            const fast = naming.name(t, entry, given);
            const reference = generateName(t, { metadata, resource: plainLayer(entry, given), overrides: over }, config);
            expect({ ...fast, values: fast.values }).toEqual({ ...reference, values: reference.values });
            // The text alone, when the prepared path decides: exactly a valid name that was not shortened.
            const plain = naming.plainName(t, entry, given);
            if (plain !== undefined) expect({ name: reference.name, shortened: reference.shortened, violations: reference.violations }).toEqual({ name: plain, violations: [] });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a default fills only what the entry leaves out, on the prepared path too', () => {
    const tables = fc.constantFrom<ResourceType>('aws_glue_table', 'dbx_table', 'gcp_bigquery_table');
    fc.assert(
      fc.property(fc.constantFrom(DEFAULT_NAMING_CONFIG, transformed), tables, fc.option(fc.constantFrom('dim', 'fact', 'agg'), { nil: undefined }), word, fc.constantFrom('dim', 'fact'), (config, t, own, entity, fallback) => {
        const metadata = { environment: 'dev', region: 'eu-west-1', project: 'sales', ...CLOUD_LOCATIONS };
        const naming = new BlueprintNaming(config, metadata, {});
        const entry: Record<string, unknown> = { ...FIELDS[t], entity };
        if (own === undefined) delete entry.table_type;
        else entry.table_type = own;
        const given = { table_type: fallback };
        const fast = naming.name(t, entry, given);
        const reference = generateName(t, { metadata, resource: plainLayer(entry, given), overrides: {} }, config);
        expect({ ...fast, values: fast.values }).toEqual({ ...reference, values: reference.values });
      }),
      { numRuns: 300 },
    );
  });
});
