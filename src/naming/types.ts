// The vocabulary of naming: resource types, the convention's configuration and
// what generating a name yields. Imports nothing else of ours.

export const RESOURCE_TYPES = [
  'aws_s3_bucket',
  'aws_glue_database',
  'aws_glue_table',
  'aws_glue_crawler',
  'aws_lambda_function',
  'aws_iam_role',
  'aws_iam_policy',
  'aws_kinesis_stream',
  'aws_kinesis_firehose',
  'aws_dynamodb_table',
  'aws_sns_topic',
  'aws_sqs_queue',
  'aws_step_function',
  'dbx_workspace',
  'dbx_cluster',
  'dbx_job',
  'dbx_notebook_path',
  'dbx_repo',
  'dbx_pipeline',
  'dbx_sql_warehouse',
  'dbx_catalog',
  'dbx_schema',
  'dbx_table',
  'dbx_volume',
  'dbx_secret_scope',
  'dbx_instance_pool',
  'dbx_policy',
  // Named, not provisioned (see src/naming/clouds.ts).
  'azure_resource_group',
  'azure_storage_account',
  'azure_storage_container',
  'azure_databricks_workspace',
  'azure_data_factory',
  'azure_synapse_workspace',
  'azure_key_vault',
  'azure_eventhub_namespace',
  'gcp_storage_bucket',
  'gcp_bigquery_dataset',
  'gcp_bigquery_table',
  'gcp_dataproc_cluster',
  'gcp_pubsub_topic',
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

export function isResourceType(value: string): value is ResourceType {
  return (RESOURCE_TYPES as readonly string[]).includes(value);
}

/** Variables available to a pattern: a flat map of variable name to string. */
export type NamingValues = Record<string, string>;

/** What to do with a name longer than its type allows. */
export type LengthPolicy = 'shorten' | 'fail';

export interface HashGeneration {
  algorithm: 'md5' | 'sha256';
  length: number;
  prefix: string;
  separator: string;
}

export interface Transformations {
  regionMapping: Record<string, string>;
  lowercase: string[];
  uppercase: string[];
  replaceHyphens: Record<string, string>;
  hash: HashGeneration;
}

export interface ValidationOverrides {
  maxLength: Partial<Record<ResourceType, number>>;
  allowedChars: Partial<Record<ResourceType, string>>;
  requiredVariables: Partial<Record<ResourceType, string[]>>;
  /** Per type: shorten with a hash (default) or fail when a name is too long. */
  onTooLong: Partial<Record<ResourceType, LengthPolicy>>;
}

/** The whole naming convention, after defaults have been applied. */
export interface NamingConfig {
  defaults: NamingValues;
  environments: Partial<Record<string, NamingValues>>;
  resourceTypes: Partial<Record<ResourceType, NamingValues>>;
  patterns: Record<ResourceType, string>;
  transformations: Transformations;
  validation: ValidationOverrides;
  /** Where each part came from, for messages ("built-in" or a file path). */
  sources: { values: string; patterns: string };
}

/** One broken rule. `code` is stable and documented; `rule` says the rule in words. */
export interface NameViolation {
  code: string;
  rule: string;
  message: string;
}

export interface NameResult {
  /** The final name, when valid (possibly shortened). */
  name?: string;
  /** The name the pattern produced before any shortening. */
  generated: string;
  /** Set when the name was shortened to fit its type's length limit. */
  shortened?: { from: string; limit: number };
  violations: NameViolation[];
  /** The values after precedence and transformations, as the pattern saw them. */
  values: NamingValues;
}
