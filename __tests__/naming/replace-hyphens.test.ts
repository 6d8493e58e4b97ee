import { describe, expect, it } from 'vitest';
import { DEFAULT_NAMING_CONFIG, RESOURCE_TYPES, checkName, generateName } from '../../src/naming/index.js';
import { FIELDS } from './fixtures.js';

// v1.0 applied replace_hyphens {project: "_"} to every pattern, so project
// data-platform produced the invalid bucket data_platform-raw-raw-prd-use1.
describe('replace_hyphens never makes a name invalid', () => {
  const metadata = { environment: 'prd', project: 'data-platform', region: 'us-east-1' };
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
