import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NAMING_CONFIG,
  DEFAULT_PATTERNS_DOCUMENT,
  RESOURCE_TYPES,
  RULES,
  checkName,
  describeRules,
  generateName,
  resolveNamingConfig,
  type NamingConfig,
  type ResourceType,
} from '../../src/naming/index.js';
import { BLUEPRINT_VARIABLES, METADATA_VARIABLES } from '../../src/config/variables.js';
import { AZURE_LOCATION_CODES } from '../../src/naming/azure.js';
import { GCP_REGION_CODES } from '../../src/naming/gcp.js';

const CLOUD_TYPES = RESOURCE_TYPES.filter((t) => t.startsWith('azure_') || t.startsWith('gcp_'));

/** The fields each type's blueprint entry gives that reach its name (not the metadata, not references). */
const FIELDS: Record<string, readonly string[]> = Object.fromEntries(
  CLOUD_TYPES.map((type) => [type, (BLUEPRINT_VARIABLES[type] ?? []).filter((v) => !(METADATA_VARIABLES as readonly string[]).includes(v) && !v.endsWith('_ref'))]),
);

// What a blueprint allows: project ^[a-z0-9-]+$ (starting with a letter here, as a
// Dataproc name must), and lowercase words with inner hyphens for the resource fields.
const project = fc.stringMatching(/^[a-z][a-z0-9]{0,20}(-[a-z0-9]{1,10}){0,3}$/);
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,30}(-[a-z0-9]{1,8}){0,2}$/);
const environment = fc.constantFrom('dev', 'stg', 'prd');
const location = fc.constantFrom(...Object.keys(AZURE_LOCATION_CODES));
const gcpRegion = fc.constantFrom(...Object.keys(GCP_REGION_CODES));

function config(hash: { algorithm: 'md5' | 'sha256'; length: number }): NamingConfig {
  return resolveNamingConfig(undefined, {
    ...DEFAULT_PATTERNS_DOCUMENT,
    transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, hash_generation: { algorithm: hash.algorithm, length: hash.length, prefix: '', separator: '-' } },
  });
}
const CONFIGS = [DEFAULT_NAMING_CONFIG, config({ algorithm: 'sha256', length: 6 }), config({ algorithm: 'md5', length: 4 })];

describe('property: Azure and Google Cloud names from random convention values', () => {
  it('every generated name passes its type rules, and a shortened one keeps environment and location', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CLOUD_TYPES),
        environment,
        project,
        location,
        gcpRegion,
        fc.array(word, { minLength: 2, maxLength: 2 }),
        fc.constantFrom(...CONFIGS),
        (type, env, proj, azureLocation, region, words, naming) => {
          const resource = Object.fromEntries((FIELDS[type] ?? []).map((field, i) => [field, words[i] ?? 'x']));
          const metadata = { environment: env, project: proj, region: 'us-east-1', azure_location: azureLocation, gcp_region: region };
          const result = generateName(type, { metadata, resource, overrides: {} }, naming);
          expect(result.violations).toEqual([]);
          expect(checkName(type, result.name ?? '', naming)).toEqual([]);
          const rules = RULES[type];
          if (rules.separator === '') expect(result.name).toMatch(/^[a-z0-9]+$/);
          if (result.shortened && rules.keepTail) {
            const code = type.startsWith('azure_') ? AZURE_LOCATION_CODES[azureLocation] : GCP_REGION_CODES[region];
            const tail = rules.separator === '' ? `${env}${code}` : `-${env}-${code}`;
            expect(result.name?.endsWith(tail), `${result.name} keeps ${tail}`).toBe(true);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('two long names that share a head stay distinct after shortening', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{20,40}$/), { minLength: 2, maxLength: 12 }), location, (purposes, azureLocation) => {
        const metadata = { environment: 'prd', project: 'dataplatform', azure_location: azureLocation };
        const names = purposes.map((purpose) => generateName('azure_key_vault', { metadata, resource: { purpose }, overrides: {} }, DEFAULT_NAMING_CONFIG).name);
        expect(names.every((name) => name !== undefined && name.length <= 24)).toBe(true);
        expect(new Set(names).size).toBe(purposes.length);
      }),
      { numRuns: 200 },
    );
  });
});

// One mutation per rule: applied to a valid generated name, it breaks that rule.
const MUTATIONS: Record<string, (name: string, type: ResourceType) => string> = {
  LENGTH: (name, type) => name.padEnd((RULES[type].length.max ?? 0) + 1, 'a'),
  CHARSET: (name) => `${name.slice(0, 2)}#${name.slice(2)}`,
  START: (name) => `-${name}`,
  END: (name, type) => `${name}${type === 'azure_resource_group' ? '.' : '-'}`,
  DOUBLE_HYPHEN: (name) => `${name.slice(0, 2)}--${name.slice(2)}`,
  ONDEMAND: (name) => `${name}-ondemand`,
  RESERVED_SUFFIX: (name) => `${name}-mgmt`,
  RESERVED_WORD: (name) => `login${name}`,
  GOOG_PREFIX: (name) => `goog${name}`,
  GOOGLE: (name) => `${name.slice(0, 2)}g00gle${name.slice(2)}`,
  IP_ADDRESS: () => '10.0.0.1',
};

function mutationFor(code: string): (name: string, type: ResourceType) => string {
  const key = Object.keys(MUTATIONS)
    .sort((x, y) => y.length - x.length)
    .find((suffix) => code.endsWith(`_${suffix}`));
  if (key === undefined) throw new Error(`no mutation for ${code}`);
  return MUTATIONS[key] as (name: string, type: ResourceType) => string;
}

const CLOUD_RULES = describeRules().filter((row) => row.type !== '*' && (row.type.startsWith('azure_') || row.type.startsWith('gcp_')));

describe('property: a name that breaks one rule is refused with that rule code', () => {
  it.each(CLOUD_RULES.map((row) => [row.type, row.code]))('%s %s', (type, code) => {
    const mutate = mutationFor(code);
    fc.assert(
      fc.property(environment, project, location, gcpRegion, fc.array(word, { minLength: 2, maxLength: 2 }), (env, proj, azureLocation, region, words) => {
        const t = type as ResourceType;
        const resource = Object.fromEntries((FIELDS[t] ?? []).map((field, i) => [field, words[i] ?? 'x']));
        const metadata = { environment: env, project: proj, azure_location: azureLocation, gcp_region: region };
        const valid = generateName(t, { metadata, resource, overrides: {} }, DEFAULT_NAMING_CONFIG).name ?? '';
        expect(checkName(t, valid)).toEqual([]);
        const mutated = mutate(valid, t);
        expect(checkName(t, mutated).map((v) => v.code), `${t} ${mutated}`).toContain(code);
      }),
      { numRuns: 50 },
    );
  });

  it('has a mutation for every Azure and Google Cloud rule', () => {
    expect(CLOUD_RULES.length).toBeGreaterThan(50);
    for (const row of CLOUD_RULES) expect(() => mutationFor(row.code)).not.toThrow();
  });
});
