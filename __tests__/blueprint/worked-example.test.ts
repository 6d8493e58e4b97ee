import { describe, expect, it } from 'vitest';
import { loadBlueprints } from '../../src/blueprint/index.js';
import { DEFAULT_NAMING_CONFIG } from '../../src/naming/index.js';

const root = new URL('../..', import.meta.url).pathname;

describe('COMPAT worked example (built-in convention, real naming engine)', () => {
  it('gives every v1.0 name and full name', async () => {
    const set = await loadBlueprints(['blueprints/dev.json'], { naming: DEFAULT_NAMING_CONFIG, cwd: root });
    expect(set.diagnostics).toEqual([]);
    expect(set.resources.map((r) => [r.type, r.fullName])).toEqual([
      ['aws_s3_bucket', 'dataplatform-landing-raw-dev-use1'],
      ['aws_glue_database', 'dataplatform_sales_bronze_dev'],
      ['aws_glue_table', 'dataplatform_sales_bronze_dev.fact_orders'],
      ['dbx_cluster', 'dataplatform-etl-shared-dev'],
      ['dbx_job', 'dataplatform-batch-daily-sales-load-daily-dev'],
      ['dbx_catalog', 'dataplatform_dev_dev'],
      ['dbx_schema', 'dataplatform_dev_dev.customer_gold'],
      ['dbx_table', 'dataplatform_dev_dev.customer_gold.dim_customers'],
    ]);
    expect(set.resources.map((r) => r.name)).toEqual([
      'dataplatform-landing-raw-dev-use1',
      'dataplatform_sales_bronze_dev',
      'fact_orders',
      'dataplatform-etl-shared-dev',
      'dataplatform-batch-daily-sales-load-daily-dev',
      'dataplatform_dev_dev',
      'customer_gold',
      'dim_customers',
    ]);
  });
});

describe('example blueprints', () => {
  it('blueprints/ is valid with the built-in convention', async () => {
    const set = await loadBlueprints(['blueprints'], { naming: DEFAULT_NAMING_CONFIG, cwd: root });
    expect(set.diagnostics).toEqual([]);
    expect(set.files).toEqual(['blueprints/dev.json', 'blueprints/prd.yaml']);
    const prd = set.resources.filter((r) => r.blueprint === 'blueprints/prd.yaml');
    expect(prd.find((r) => r.type === 'aws_s3_bucket')?.name).toBe('dataplatform-landing-raw-prd-euw1');
    expect(prd.filter((r) => r.name === 'fact_orders').map((r) => r.fullName)).toEqual([
      'dataplatform_sales_bronze_prd.fact_orders',
      'dataplatform_sales_gold_prd.fact_orders',
    ]);
    expect(prd.find((r) => r.type === 'dbx_job' && r.key.endsWith('churn-scoring'))?.deletionPolicy).toBe('archive');
    expect(prd.find((r) => r.type === 'dbx_cluster')?.deletionPolicy).toBe('retain');
  });
});
