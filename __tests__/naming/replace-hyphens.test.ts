import { describe, expect, it } from 'vitest';
import { DEFAULT_NAMING_CONFIG, DEFAULT_PATTERNS_DOCUMENT, RESOURCE_TYPES, checkName, generateName, resolveNamingConfig } from '../../src/naming/index.js';
import { CLOUD_LOCATIONS, FIELDS } from './fixtures.js';

// v1.0 applied replace_hyphens {project: "_"} to every pattern, so project
// data-platform produced the invalid bucket data_platform-raw-raw-prd-use1.
describe('replace_hyphens never makes a name invalid', () => {
  const metadata = { environment: 'prd', project: 'data-platform', region: 'us-east-1', ...CLOUD_LOCATIONS };
  const results = Object.fromEntries(
    RESOURCE_TYPES.map((type) => [type, generateName(type, { metadata, resource: FIELDS[type], overrides: {} }, DEFAULT_NAMING_CONFIG)]),
  );

  it.each(RESOURCE_TYPES.map((type) => [type]))('project data-platform gives a valid %s name', (type) => {
    const result = results[type];
    expect(result?.violations).toEqual([]);
    expect(checkName(type, result?.name ?? '', DEFAULT_NAMING_CONFIG)).toEqual([]);
  });

  it('keeps the hyphen where "_" is not allowed (S3)', () => {
    expect(results.aws_s3_bucket?.name).toBe('data-platform-landing-raw-prd-use1');
  });

  it('replaces it where "_" is allowed, as v1.0 did (Glue, Unity Catalog, clusters, jobs)', () => {
    expect(results.aws_glue_database?.name).toBe('data_platform_sales_bronze_prd');
    expect(results.dbx_catalog?.name).toBe('data_platform_dev_prd');
    expect(results.dbx_cluster?.name).toBe('data_platform-etl-shared-prd');
    expect(results.dbx_job?.name).toBe('data_platform-batch-daily-sales-load-daily-prd');
  });

  it('shows the values each type saw', () => {
    expect(results.aws_s3_bucket?.values.project).toBe('data-platform');
    expect(results.aws_glue_database?.values.project).toBe('data_platform');
  });
});

describe('replace_hyphens gives way to rules a character set does not show', () => {
  const metadata = { environment: 'prd', project: 'data-platform', region: 'us-east-1', ...CLOUD_LOCATIONS };

  it('an allowed_chars that refuses the replacement keeps the hyphens', () => {
    const config = resolveNamingConfig(undefined, {
      ...DEFAULT_PATTERNS_DOCUMENT,
      validation: { allowed_chars: { dbx_cluster: '^[a-z0-9-]+$' } },
    });
    const result = generateName('dbx_cluster', { metadata, resource: FIELDS.dbx_cluster, overrides: {} }, config);
    expect(result.name).toBe('data-platform-etl-shared-prd');
    expect(result.values.project).toBe('data-platform');
  });

  it('a "." replacement is kept out of an SQS queue name, where "." only starts ".fifo"', () => {
    const config = resolveNamingConfig(undefined, {
      ...DEFAULT_PATTERNS_DOCUMENT,
      transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, replace_hyphens: { project: '.' } },
    });
    expect(generateName('aws_sqs_queue', { metadata, resource: FIELDS.aws_sqs_queue, overrides: {} }, config).name).toBe('data-platform-prd-processing-fifo');
    // …and used where it is fine
    expect(generateName('aws_s3_bucket', { metadata, resource: FIELDS.aws_s3_bucket, overrides: {} }, config).name).toBe('data.platform-landing-raw-prd-use1');
  });

  it('when neither form is valid, the violations are those of the configured (replaced) form', () => {
    const config = resolveNamingConfig(undefined, {
      ...DEFAULT_PATTERNS_DOCUMENT,
      validation: { allowed_chars: { dbx_cluster: '^[a-z]+$' } },
    });
    const result = generateName('dbx_cluster', { metadata, resource: FIELDS.dbx_cluster, overrides: {} }, config);
    expect(result.name).toBeUndefined();
    expect(result.generated).toBe('data_platform-etl-shared-prd');
    expect(result.violations.map((v) => v.code)).toEqual(['NAMING_ALLOWED_CHARS']);
  });

  it('a too-long name keeps the replacement when only its length is wrong', () => {
    const result = generateName('aws_glue_database', { metadata, resource: { domain: 'd'.repeat(300), layer: 'gold' }, overrides: {} }, DEFAULT_NAMING_CONFIG);
    expect(result.name?.startsWith('data_platform_ddd')).toBe(true);
    expect(result.name).toHaveLength(255);
  });
});
