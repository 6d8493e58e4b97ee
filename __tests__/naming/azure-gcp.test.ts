import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NAMING_CONFIG,
  DEFAULT_PATTERNS,
  DEFAULT_PATTERNS_DOCUMENT,
  DEFAULT_VALUES_DOCUMENT,
  generateName,
  inspectNamingConfig,
  resolveNamingConfig,
  type NamingValues,
  type ResourceType,
} from '../../src/naming/index.js';
import { AZURE_LOCATION_CODES } from '../../src/naming/azure.js';
import { GCP_REGION_CODES, GCP_REGIONS, gcpSchemeCode } from '../../src/naming/gcp.js';
import { AWS_REGION_CODES } from '../../src/naming/regions.js';
import { validateNamingPatterns, validateNamingValues } from '../../src/generated/validators.js';

const METADATA = { environment: 'prd', project: 'dataplatform', region: 'us-east-1', azure_location: 'westeurope', gcp_region: 'europe-west1' };

function nameOf(type: ResourceType, resource: NamingValues, metadata: NamingValues = METADATA, overrides: NamingValues = {}, config = DEFAULT_NAMING_CONFIG) {
  return generateName(type, { metadata, resource, overrides }, config);
}

describe('region tables', () => {
  it('give every Azure location and Google Cloud region its own lowercase code', () => {
    for (const table of [AZURE_LOCATION_CODES, GCP_REGION_CODES]) {
      const codes = Object.values(table);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]{1,7}$/);
    }
    expect(Object.keys(AZURE_LOCATION_CODES)).toHaveLength(57);
    expect(Object.keys(GCP_REGION_CODES)).toEqual(GCP_REGIONS);
  });

  it('code Google Cloud regions by the AWS-like scheme', () => {
    expect(GCP_REGION_CODES['europe-west1']).toBe('euw1');
    expect(GCP_REGION_CODES['us-central1']).toBe('usc1');
    expect(GCP_REGION_CODES['northamerica-northeast2']).toBe('nane2');
    expect(GCP_REGION_CODES['asia-southeast1']).toBe('apse1');
    expect(gcpSchemeCode('mars-west1')).toBeUndefined();
  });

  it('keep the region names of the three clouds apart', () => {
    const aws = new Set(Object.keys(AWS_REGION_CODES));
    for (const name of [...Object.keys(AZURE_LOCATION_CODES), ...GCP_REGIONS]) expect(aws.has(name)).toBe(false);
  });
});

describe('the region of an Azure or Google Cloud name', () => {
  it('comes from its own cloud, never from the AWS region or its default code', () => {
    expect(nameOf('azure_resource_group', { purpose: 'lake' }).name).toBe('rg-dataplatform-lake-prd-weu');
    expect(nameOf('gcp_storage_bucket', { purpose: 'landing', layer: 'raw' }).name).toBe('dataplatform-landing-raw-prd-euw1');
    expect(nameOf('aws_s3_bucket', { purpose: 'landing', layer: 'raw' }).name).toBe('dataplatform-landing-raw-prd-use1');
  });

  it('is an error when the blueprint gives no location (not the use1 of the defaults)', () => {
    const { azure_location: _a, gcp_region: _g, ...awsOnly } = METADATA;
    const azure = nameOf('azure_key_vault', { purpose: 'etl' }, awsOnly);
    expect(azure.name).toBeUndefined();
    expect(azure.violations.map((v) => v.code)).toEqual(['NAMING_UNKNOWN_REGION']);
    expect(azure.violations[0]?.message).toContain('set metadata.azure_location');
    const gcp = nameOf('gcp_storage_bucket', { purpose: 'landing', layer: 'raw' }, awsOnly);
    expect(gcp.violations[0]?.message).toContain('set metadata.gcp_region');
  });

  it('is an error for an unknown location, naming the cloud', () => {
    const result = nameOf('azure_resource_group', { purpose: 'lake' }, { ...METADATA, azure_location: 'westeurop' });
    expect(result.name).toBeUndefined();
    expect(result.violations[0]?.code).toBe('NAMING_UNKNOWN_REGION');
    expect(result.violations[0]?.message).toContain('"westeurop" is not an Azure location dpn knows');
    const gcp = nameOf('gcp_pubsub_topic', { purpose: 'orders' }, { ...METADATA, gcp_region: 'europe-west99' });
    expect(gcp.violations).toEqual([]); // the topic pattern has no {region_short}
  });

  it('takes a code from transformations.region_mapping, as AWS regions do', () => {
    const config = resolveNamingConfig(undefined, {
      ...DEFAULT_PATTERNS_DOCUMENT,
      transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, region_mapping: { westeurope: 'ams', 'europe-west1': 'bel' } },
    });
    expect(nameOf('azure_resource_group', { purpose: 'lake' }, METADATA, {}, config).name).toBe('rg-dataplatform-lake-prd-ams');
    expect(nameOf('gcp_storage_bucket', { purpose: 'l', layer: 'raw' }, METADATA, {}, config).name).toBe('dataplatform-l-raw-prd-bel');
  });

  it('follows --override azure_location, and an --override of the AWS region leaves it alone', () => {
    expect(nameOf('azure_resource_group', { purpose: 'lake' }, METADATA, { azure_location: 'eastus2' }).name).toBe('rg-dataplatform-lake-prd-eus2');
    expect(nameOf('azure_resource_group', { purpose: 'lake' }, METADATA, { region: 'eu-west-3' }).name).toBe('rg-dataplatform-lake-prd-weu');
  });

  it('can be set per type in naming-values.yaml resource_types when the blueprint gives no location', () => {
    const values = { ...DEFAULT_VALUES_DOCUMENT, resource_types: { azure_resource_group: { region_short: 'hub' } } };
    expect(validateNamingValues(values)).toBe(true);
    const config = resolveNamingConfig(values, DEFAULT_PATTERNS_DOCUMENT);
    const { azure_location: _a, ...noLocation } = METADATA;
    expect(nameOf('azure_resource_group', { purpose: 'lake' }, noLocation, {}, config).name).toBe('rg-dataplatform-lake-prd-hub');
  });
});

describe('separators a type excludes', () => {
  it('are dropped from storage account names, however the convention spells the parts', () => {
    const result = nameOf('azure_storage_account', { purpose: 'raw_data', layer: 'raw' }, { ...METADATA, project: 'dp' });
    expect(result.name).toBe('stdprawdatarawprdweu');
    const custom = resolveNamingConfig(undefined, { ...DEFAULT_PATTERNS_DOCUMENT, patterns: { azure_storage_account: 'st-{project}-{purpose}-{environment}' } });
    expect(nameOf('azure_storage_account', { purpose: 'lake' }, { ...METADATA, project: 'data-platform' }, {}, custom).name).toBe('stdataplatformlakeprd');
  });

  it('become "_" in BigQuery datasets and "-" in containers and Dataproc clusters', () => {
    expect(nameOf('gcp_bigquery_dataset', { domain: 'customer-360', layer: 'gold' }, { ...METADATA, project: 'data-platform' }).name).toBe('data_platform_customer_360_gold_prd');
    expect(nameOf('azure_storage_container', { domain: 'sales_eu', layer: 'bronze' }).name).toBe('sales-eu-bronze');
    expect(nameOf('gcp_dataproc_cluster', { workload: 'etl_daily', cluster_type: 'job' }).name).toBe('dataplatform-etl-daily-job-prd');
  });

  it('stay as they are in AWS names (v1.0 behaviour)', () => {
    expect(nameOf('aws_glue_database', { domain: 'customer-360', layer: 'gold' }).violations.map((v) => v.code)).toContain('GLUE_CHARSET');
  });
});

describe('shortening 24-character names', () => {
  it('keeps environment and location and cuts the middle, deterministically', () => {
    const vault = nameOf('azure_key_vault', { purpose: 'secrets' });
    expect(vault.generated).toBe('kv-dataplatform-secrets-prd-weu');
    expect(vault.name).toMatch(/^kv-data-[0-9a-f]{8}-prd-weu$/);
    expect(vault.name).toHaveLength(24);
    expect(nameOf('azure_key_vault', { purpose: 'secrets' }).name).toBe(vault.name);
    const account = nameOf('azure_storage_account', { purpose: 'landing', layer: 'processed' });
    expect(account.name).toMatch(/^stdataplat[0-9a-f]{8}prdweu$/);
    expect(account.shortened).toEqual({ from: 'stdataplatformlandingprocessedprdweu', limit: 24 });
  });

  it('refuses instead when on_too_long says fail', () => {
    const config = resolveNamingConfig(undefined, { ...DEFAULT_PATTERNS_DOCUMENT, validation: { on_too_long: { azure_storage_account: 'fail' } } });
    const result = nameOf('azure_storage_account', { purpose: 'landing', layer: 'raw' }, METADATA, {}, config);
    expect(result.name).toBeUndefined();
    expect(result.violations.map((v) => v.code)).toEqual(['NAME_TOO_LONG']);
  });
});

describe('naming files written before the new types', () => {
  it('still validate, and the new types keep their built-in patterns', () => {
    const v1Patterns = { version: '1.0', patterns: { aws_s3_bucket: '{project}-{purpose}-{layer}-{environment}-{region_short}' } };
    expect(validateNamingPatterns(v1Patterns)).toBe(true);
    const inspected = inspectNamingConfig(DEFAULT_VALUES_DOCUMENT, v1Patterns);
    expect(inspected.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const config = resolveNamingConfig(DEFAULT_VALUES_DOCUMENT, v1Patterns);
    expect(nameOf('azure_data_factory', { purpose: 'ingest' }, METADATA, {}, config).name).toBe('adf-dataplatform-ingest-prd-weu');
    expect(DEFAULT_PATTERNS.azure_data_factory).toBe('adf-{project}-{purpose}-{environment}-{region_short}');
  });

  it('may configure the new types and Azure or Google Cloud region codes', () => {
    const doc = {
      version: '1.0',
      patterns: { azure_key_vault: 'kv{environment}{purpose}' },
      transformations: { region_mapping: { westeurope: 'nl', 'europe-west1': 'be', 'eu-west-3': 'par' } },
      validation: { max_length: { gcp_storage_bucket: 40 }, on_too_long: { azure_key_vault: 'fail' } },
    };
    expect(validateNamingPatterns(doc)).toBe(true);
    expect(nameOf('azure_key_vault', { purpose: 'etl' }, METADATA, {}, resolveNamingConfig(undefined, doc)).name).toBe('kvprdetl');
  });
});
