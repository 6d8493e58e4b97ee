// The built-in naming convention: the patterns, values and transformations of
// the dpn v1.0 example files, so dpn names everything with no configuration.
import { AZURE_PATTERNS } from './azure.js';
import { GCP_PATTERNS } from './gcp.js';
import type { HashGeneration, NamingValues, ResourceType } from './types.js';

/** The default pattern of every resource type (COMPAT.md). */
export const DEFAULT_PATTERNS: Readonly<Record<ResourceType, string>> = Object.freeze({
  aws_s3_bucket: '{project}-{purpose}-{layer}-{environment}-{region_short}',
  aws_glue_database: '{project}_{domain}_{layer}_{environment}',
  aws_glue_table: '{table_type}_{entity}',
  aws_glue_crawler: '{project}-{environment}-crawler-{database}-{source}',
  aws_lambda_function: '{project}-{environment}-{domain}-{trigger}-{action}',
  aws_iam_role: '{project}-{environment}-{service}-{purpose}-role',
  aws_iam_policy: '{project}-{environment}-{service}-{purpose}-policy',
  aws_kinesis_stream: '{project}-{environment}-{domain}-{source}-stream',
  aws_kinesis_firehose: '{project}-{environment}-{domain}-to-{destination}',
  aws_dynamodb_table: '{project}-{environment}-{entity}-{purpose}',
  aws_sns_topic: '{project}-{environment}-{event_type}-{purpose}',
  aws_sqs_queue: '{project}-{environment}-{purpose}-{queue_type}',
  aws_step_function: '{project}-{environment}-{workflow}-{purpose}',
  dbx_workspace: 'dbx-{project}-{purpose}-{environment}-{region_short}',
  dbx_cluster: '{project}-{workload}-{cluster_type}-{environment}',
  dbx_job: '{project}-{job_type}-{purpose}-{schedule}-{environment}',
  dbx_notebook_path: '/{project}/{domain}/{purpose}/{environment}/{notebook_name}',
  dbx_repo: '{project}-{repo_purpose}-{environment}',
  dbx_pipeline: '{project}-{pipeline_type}-{source}-{target}-{environment}',
  dbx_sql_warehouse: '{project}-sql-{purpose}-{size}-{environment}',
  dbx_catalog: '{project}_{catalog_type}_{environment}',
  dbx_schema: '{domain}_{layer}',
  dbx_table: '{table_type}_{entity}',
  dbx_volume: '{data_type}_{purpose}',
  dbx_secret_scope: '{project}-{purpose}-{environment}',
  dbx_instance_pool: '{project}-pool-{node_type}-{purpose}-{environment}',
  dbx_policy: '{project}-{target}-{policy_type}-{environment}',
  ...AZURE_PATTERNS,
  ...GCP_PATTERNS,
});

export const DEFAULT_VALUES: Readonly<NamingValues> = Object.freeze({
  project: 'dataplatform',
  region: 'us-east-1',
  region_short: 'use1',
  team: 'data-platform',
  cost_center: 'CC-12345',
  data_classification: 'internal',
});

export const DEFAULT_ENVIRONMENT_VALUES: Readonly<Record<'dev' | 'stg' | 'prd', Readonly<NamingValues>>> = Object.freeze({
  dev: Object.freeze({ environment: 'dev', data_classification: 'internal' }),
  stg: Object.freeze({ environment: 'stg', data_classification: 'internal' }),
  prd: Object.freeze({ environment: 'prd', data_classification: 'confidential' }),
});

export const DEFAULT_RESOURCE_TYPE_VALUES: Readonly<Partial<Record<ResourceType, Readonly<NamingValues>>>> = Object.freeze({
  aws_s3_bucket: Object.freeze({ purpose: 'raw', layer: 'raw' }),
  aws_glue_database: Object.freeze({ domain: 'finance', layer: 'gold' }),
  dbx_cluster: Object.freeze({ workload: 'etl', cluster_type: 'shared' }),
  dbx_job: Object.freeze({ job_type: 'batch', purpose: 'transformation', schedule: 'daily' }),
});

/** The region codes the v1.0 example file listed; the rest come from regions.ts. */
export const DEFAULT_REGION_MAPPING: Readonly<Record<string, string>> = Object.freeze({
  'us-east-1': 'use1',
  'us-east-2': 'use2',
  'us-west-1': 'usw1',
  'us-west-2': 'usw2',
  'eu-west-1': 'euw1',
  'eu-west-2': 'euw2',
  'eu-central-1': 'euc1',
  'ap-southeast-1': 'aps1',
  'ap-southeast-2': 'aps2',
  'ap-northeast-1': 'apne1',
});

export const DEFAULT_LOWERCASE: readonly string[] = Object.freeze([
  'project',
  'environment',
  'domain',
  'layer',
  'purpose',
  'workload',
]);

export const DEFAULT_REPLACE_HYPHENS: Readonly<Record<string, string>> = Object.freeze({ project: '_' });

export const DEFAULT_HASH: Readonly<HashGeneration> = Object.freeze({
  algorithm: 'md5',
  length: 8,
  prefix: '',
  separator: '-',
});
