import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NAMING_CONFIG,
  DEFAULT_PATTERNS_DOCUMENT,
  generateName,
  resolveNamingConfig,
  type NamingConfig,
  type NamingValues,
} from '../../src/naming/index.js';

// A convention whose dbx_volume name is just the variable under test, with a
// value for it at every layer of naming-values.yaml.
function layeredConfig(layers: { defaults?: boolean; env?: boolean; type?: boolean }): NamingConfig {
  const values = {
    version: '1.0',
    defaults: { marker: layers.defaults ? 'defaults' : undefined, environment: 'dev' },
    environments: {
      dev: layers.env ? { marker: 'env-dev' } : {},
      prd: { marker: 'env-prd' },
      stg: { marker: 'env-stg' },
    },
    resource_types: { dbx_volume: layers.type ? { marker: 'resource-type' } : {} },
  };
  const patterns = { version: '1.0', patterns: { dbx_volume: '{marker}' } };
  return resolveNamingConfig(JSON.parse(JSON.stringify(values)) as object, patterns);
}

function marker(config: NamingConfig, metadata: NamingValues = {}, resource: NamingValues = {}, overrides: NamingValues = {}) {
  return generateName('dbx_volume', { metadata, resource, overrides }, config).name;
}

describe('value precedence: defaults → environments[env] → resource_types → metadata → resource → overrides', () => {
  it('each layer wins over every layer before it', () => {
    expect(marker(layeredConfig({ defaults: true }))).toBe('defaults');
    expect(marker(layeredConfig({ defaults: true, env: true }))).toBe('env-dev');
    const all = layeredConfig({ defaults: true, env: true, type: true });
    expect(marker(all)).toBe('resource-type');
    expect(marker(all, { marker: 'metadata' })).toBe('metadata');
    expect(marker(all, { marker: 'metadata' }, { marker: 'resource' })).toBe('resource');
    expect(marker(all, { marker: 'metadata' }, { marker: 'resource' }, { marker: 'override' })).toBe('override');
  });

  it('picks environments[env] by the merged environment', () => {
    const config = layeredConfig({ defaults: true, env: true });
    expect(marker(config)).toBe('env-dev');
    expect(marker(config, { environment: 'prd' })).toBe('env-prd');
    expect(marker(config, { environment: 'prd' }, {}, { environment: 'stg' })).toBe('env-stg');
  });

  it('--override changes the name (it had no effect in v1.0)', () => {
    const result = generateName(
      'aws_s3_bucket',
      { metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1' }, resource: { purpose: 'landing', layer: 'raw' }, overrides: { project: 'oncology', environment: 'prd' } },
      DEFAULT_NAMING_CONFIG,
    );
    expect(result.name).toBe('oncology-landing-raw-prd-use1');
    expect(result.values.data_classification).toBe('confidential');
  });

  it('ignores values that are not strings rather than letting them erase a lower layer', () => {
    const metadata = { environment: 'dev', project: undefined } as unknown as NamingValues;
    expect(generateName('dbx_catalog', { metadata, resource: { catalog_type: 'main' }, overrides: {} }, DEFAULT_NAMING_CONFIG).name).toBe('dataplatform_main_dev');
  });

  it('does not let a __proto__ key reach a prototype', () => {
    const resource = JSON.parse('{"__proto__": {"polluted": "yes"}, "catalog_type": "main"}') as NamingValues;
    const result = generateName('dbx_catalog', { metadata: { environment: 'dev' }, resource, overrides: {} }, DEFAULT_NAMING_CONFIG);
    expect(result.name).toBe('dataplatform_main_dev');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a hand-built configuration without a pattern for a type uses the built-in one', () => {
    const config = { ...DEFAULT_NAMING_CONFIG, patterns: {} } as unknown as NamingConfig;
    expect(generateName('dbx_catalog', { metadata: { environment: 'dev' }, resource: { catalog_type: 'main' }, overrides: {} }, config).name).toBe('dataplatform_main_dev');
  });

  it('a pattern placeholder named like an Object method is still a missing variable', () => {
    const config = resolveNamingConfig(undefined, { ...DEFAULT_PATTERNS_DOCUMENT, patterns: { dbx_volume: '{toString}' } });
    const result = generateName('dbx_volume', { metadata: {}, resource: {}, overrides: {} }, config);
    expect(result.name).toBeUndefined();
    expect(result.violations.map((v) => v.code)).toEqual(['NAMING_MISSING_VARIABLE']);
  });
});

describe('region_short follows the merged region', () => {
  const bucket = (metadata: NamingValues, overrides: NamingValues = {}, config = DEFAULT_NAMING_CONFIG) =>
    generateName('aws_s3_bucket', { metadata: { environment: 'dev', ...metadata }, resource: { purpose: 'landing', layer: 'raw' }, overrides }, config);

  it('a blueprint in eu-west-1 gets euw1, not the default use1', () => {
    expect(bucket({ region: 'eu-west-1' }).name).toBe('dataplatform-landing-raw-dev-euw1');
  });

  it('an eu-west-3 bucket is …-euw3 (v1.0 made it …-use1)', () => {
    expect(bucket({ region: 'eu-west-3' }).name).toBe('dataplatform-landing-raw-dev-euw3');
  });

  it('an overridden region changes the code', () => {
    expect(bucket({ region: 'eu-west-1' }, { region: 'ap-south-1' }).name).toBe('dataplatform-landing-raw-dev-apso1');
  });

  it('an explicit region_short at or above the layer of the region is kept', () => {
    expect(bucket({ region: 'eu-west-1' }, { region_short: 'dub' }).name).toBe('dataplatform-landing-raw-dev-dub');
    expect(bucket({ region: 'eu-west-1', region_short: 'dub' }).name).toBe('dataplatform-landing-raw-dev-dub');
  });

  it('a region_short below the layer of the region is replaced', () => {
    expect(bucket({ region: 'eu-west-1', region_short: 'dub' }, { region: 'eu-north-1' }).name).toBe('dataplatform-landing-raw-dev-eun1');
  });

  it('region_mapping overrides and extends the built-in codes', () => {
    const config = resolveNamingConfig(undefined, {
      ...DEFAULT_PATTERNS_DOCUMENT,
      transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, region_mapping: { 'eu-west-3': 'par', 'xx-east-9': 'xxe9' } },
    });
    expect(bucket({ region: 'eu-west-3' }, {}, config).name).toBe('dataplatform-landing-raw-dev-par');
    expect(bucket({ region: 'xx-east-9' }, {}, config).name).toBe('dataplatform-landing-raw-dev-xxe9');
    expect(bucket({ region: 'eu-west-1' }, {}, config).name).toBe('dataplatform-landing-raw-dev-euw1');
  });

  it('as in v1.0, region_mapping wins over a region_short set beside the region in the same layer', () => {
    const values = { version: '1.0', defaults: { project: 'p', region: 'us-east-1', region_short: 'use1' } };
    const config = resolveNamingConfig(values, {
      ...DEFAULT_PATTERNS_DOCUMENT,
      transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, region_mapping: { 'us-east-1': 'nva' } },
    });
    const result = generateName('aws_s3_bucket', { metadata: { environment: 'dev' }, resource: { purpose: 'landing', layer: 'raw' }, overrides: {} }, config);
    expect(result.name).toBe('p-landing-raw-dev-nva');
  });

  it('a region_short set beside an unmapped region in naming-values.yaml is kept, as in v1.0', () => {
    const values = { version: '1.0', defaults: { project: 'p', region: 'eu-west-3', region_short: 'par' } };
    const config = resolveNamingConfig(values, { version: '1.0', patterns: {} });
    const result = generateName('aws_s3_bucket', { metadata: { environment: 'dev' }, resource: { purpose: 'landing', layer: 'raw' }, overrides: {} }, config);
    expect(result.name).toBe('p-landing-raw-dev-par');
  });

  it('an unknown region is a clear error, never a default code', () => {
    const result = bucket({ region: 'eu-wst-1' });
    expect(result.name).toBeUndefined();
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]?.code).toBe('NAMING_UNKNOWN_REGION');
    expect(result.violations[0]?.message).toContain('eu-wst-1');
    expect(result.values.region_short).toBeUndefined();
  });

  it('an unknown region does not stop a name that does not use region_short', () => {
    const result = generateName('aws_glue_database', { metadata: { environment: 'dev', region: 'eu-wst-1' }, resource: { domain: 'sales', layer: 'bronze' }, overrides: {} }, DEFAULT_NAMING_CONFIG);
    expect(result.name).toBe('dataplatform_sales_bronze_dev');
  });

  it('an explicit region_short with an unknown region is taken as given', () => {
    expect(bucket({ region: 'eu-wst-1' }, { region_short: 'x1' }).name).toBe('dataplatform-landing-raw-dev-x1');
  });
});
