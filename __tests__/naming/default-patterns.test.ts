import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NAMING_CONFIG,
  RESOURCE_TYPES,
  checkName,
  generateName,
  type NamingValues,
  type ResourceType,
} from '../../src/naming/index.js';
import { FIELDS, METADATA } from './fixtures.js';

function nameOf(type: ResourceType, resource: NamingValues, metadata: NamingValues = METADATA, overrides: NamingValues = {}) {
  return generateName(type, { metadata, resource, overrides }, DEFAULT_NAMING_CONFIG);
}

describe('COMPAT.md worked example (bare names)', () => {
  const expected: [ResourceType, NamingValues, string][] = [
    ['aws_s3_bucket', { purpose: 'landing', layer: 'raw' }, 'dataplatform-landing-raw-dev-use1'],
    ['aws_glue_database', { domain: 'sales', layer: 'bronze' }, 'dataplatform_sales_bronze_dev'],
    ['aws_glue_table', { entity: 'orders', table_type: 'fact' }, 'fact_orders'],
    ['dbx_cluster', { workload: 'etl', cluster_type: 'shared' }, 'dataplatform-etl-shared-dev'],
    // schedule given in the blueprint
    ['dbx_job', { job_type: 'batch', purpose: 'daily-sales-load', schedule: 'daily' }, 'dataplatform-batch-daily-sales-load-daily-dev'],
    ['dbx_catalog', { catalog_type: 'dev' }, 'dataplatform_dev_dev'],
    ['dbx_schema', { domain: 'customer', layer: 'gold' }, 'customer_gold'],
    ['dbx_table', { entity: 'customers', table_type: 'dim' }, 'dim_customers'],
  ];
  it.each(expected)('%s', (type, resource, name) => {
    const result = nameOf(type, resource);
    expect(result.violations).toEqual([]);
    expect(result.name).toBe(name);
    expect(result.generated).toBe(name);
    expect(result.shortened).toBeUndefined();
  });

  it('a job without schedule takes it from the merged values (daily)', () => {
    const result = nameOf('dbx_job', { job_type: 'batch', purpose: 'daily-sales-load' });
    expect(result.name).toBe('dataplatform-batch-daily-sales-load-daily-dev');
    expect(result.values.schedule).toBe('daily');
  });

  it('keeps the hyphens of the job purpose (replace_hyphens is for project only)', () => {
    expect(nameOf('dbx_job', { job_type: 'batch', purpose: 'daily-sales-load' }).values.purpose).toBe('daily-sales-load');
  });
});

describe('every default pattern with the default values', () => {
  const expected: Record<ResourceType, string> = {
    aws_s3_bucket: 'dataplatform-landing-raw-dev-use1',
    aws_glue_database: 'dataplatform_sales_bronze_dev',
    aws_glue_table: 'fact_orders',
    aws_glue_crawler: 'dataplatform-dev-crawler-sales-s3',
    aws_lambda_function: 'dataplatform-dev-sales-s3-process',
    aws_iam_role: 'dataplatform-dev-lambda-execution-role',
    aws_iam_policy: 'dataplatform-dev-s3-read-policy',
    aws_kinesis_stream: 'dataplatform-dev-events-api-stream',
    aws_kinesis_firehose: 'dataplatform-dev-logs-to-s3',
    aws_dynamodb_table: 'dataplatform-dev-session-cache',
    aws_sns_topic: 'dataplatform-dev-data-processed',
    aws_sqs_queue: 'dataplatform-dev-processing-fifo',
    aws_step_function: 'dataplatform-dev-etl-orchestration',
    dbx_workspace: 'dbx-dataplatform-analytics-dev-use1',
    dbx_cluster: 'dataplatform-etl-shared-dev',
    dbx_job: 'dataplatform-batch-daily-sales-load-daily-dev',
    dbx_notebook_path: '/dataplatform/finance/etl/dev/customer-load',
    dbx_repo: 'dataplatform-etl-dev',
    dbx_pipeline: 'dataplatform-dlt-kafka-events-dev',
    dbx_sql_warehouse: 'dataplatform-sql-analytics-medium-dev',
    dbx_catalog: 'dataplatform_dev_dev',
    dbx_schema: 'customer_gold',
    dbx_table: 'dim_customers',
    dbx_volume: 'raw_landing',
    dbx_secret_scope: 'dataplatform-aws-dev',
    dbx_instance_pool: 'dataplatform-pool-compute-etl-dev',
    dbx_policy: 'dataplatform-cluster-security-dev',
    azure_resource_group: 'rg-dataplatform-lake-dev-weu',
    // 27 characters from the pattern: shortened to 24, keeping environment and location.
    azure_storage_account: 'stdataplat7d63516edevweu',
    azure_storage_container: 'sales-bronze',
    azure_databricks_workspace: 'dbw-dataplatform-analytics-dev-weu',
    azure_data_factory: 'adf-dataplatform-ingest-dev-weu',
    azure_synapse_workspace: 'synw-dataplatform-analytics-dev-weu',
    azure_key_vault: 'kv-data-723cf03e-dev-weu',
    azure_eventhub_namespace: 'evhns-dataplatform-events-dev-weu',
    gcp_storage_bucket: 'dataplatform-landing-raw-dev-euw1',
    gcp_bigquery_dataset: 'dataplatform_sales_gold_dev',
    gcp_bigquery_table: 'fact_orders',
    gcp_dataproc_cluster: 'dataplatform-etl-job-dev',
    gcp_pubsub_topic: 'dataplatform-dev-orders',
  };

  it('covers every type (the 27 of v1.0, 8 Azure, 5 Google Cloud)', () => {
    expect(Object.keys(expected).sort()).toEqual([...RESOURCE_TYPES].sort());
  });

  it.each(RESOURCE_TYPES.map((type) => [type]))('%s', (type) => {
    const result = nameOf(type, FIELDS[type]);
    expect(result.violations).toEqual([]);
    expect(result.name).toBe(expected[type]);
    expect(checkName(type, result.name ?? '', DEFAULT_NAMING_CONFIG)).toEqual([]);
  });

  it('fills values the blueprint leaves out from resource_types (bucket purpose and layer raw)', () => {
    expect(nameOf('aws_s3_bucket', {}).name).toBe('dataplatform-raw-raw-dev-use1');
    expect(nameOf('aws_glue_database', {}).name).toBe('dataplatform_finance_gold_dev');
    expect(nameOf('dbx_cluster', {}).name).toBe('dataplatform-etl-shared-dev');
    expect(nameOf('dbx_job', {}).name).toBe('dataplatform-batch-transformation-daily-dev');
  });

  it('uses the built-in project and region when the blueprint gives none', () => {
    expect(nameOf('aws_s3_bucket', {}, { environment: 'prd' }).name).toBe('dataplatform-raw-raw-prd-use1');
  });

  it('lowercases the variables of the lowercase list only', () => {
    const result = nameOf('dbx_cluster', { workload: 'ETL', cluster_type: 'Shared' }, { ...METADATA, project: 'DataPlatform' });
    expect(result.name).toBe('dataplatform-etl-Shared-dev');
  });

  it('reports a placeholder without value by name, and gives no name', () => {
    const result = nameOf('aws_lambda_function', { domain: 'sales', trigger: 's3' });
    expect(result.name).toBeUndefined();
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]?.code).toBe('NAMING_MISSING_VARIABLE');
    expect(result.violations[0]?.message).toContain('{action}');
    expect(result.generated).toBe('dataplatform-dev-sales-s3-{action}');
  });
});
