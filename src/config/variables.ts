// The naming variables a blueprint provides per resource type: its metadata and
// the resource's own fields. Shared by the config checks (a pattern variable
// nothing provides) and by blueprint expansion (what goes into the resource layer).
import type { ResourceType } from '../naming/types.js';

export const METADATA_VARIABLES = ['environment', 'project', 'region', 'azure_location', 'gcp_region', 'team', 'cost_center', 'data_classification'] as const;

const own: Partial<Record<ResourceType, readonly string[]>> = {
  aws_s3_bucket: ['purpose', 'layer', 'versioning', 'lifecycle_days'],
  aws_glue_database: ['domain', 'layer', 'description'],
  aws_glue_table: ['entity', 'table_type', 'database_ref'],
  dbx_cluster: ['workload', 'cluster_type', 'node_type', 'spark_version'],
  dbx_job: ['job_type', 'purpose', 'cluster_ref', 'schedule'],
  dbx_catalog: ['catalog_type', 'storage_root'],
  dbx_schema: ['domain', 'layer'],
  dbx_table: ['entity', 'table_type'],
  azure_resource_group: ['purpose'],
  azure_storage_account: ['purpose', 'layer'],
  azure_storage_container: ['account_ref', 'domain', 'layer'],
  azure_databricks_workspace: ['purpose'],
  azure_data_factory: ['purpose'],
  azure_synapse_workspace: ['purpose'],
  azure_key_vault: ['purpose'],
  azure_eventhub_namespace: ['purpose'],
  gcp_storage_bucket: ['purpose', 'layer'],
  gcp_bigquery_dataset: ['domain', 'layer'],
  gcp_bigquery_table: ['dataset_ref', 'entity', 'table_type'],
  gcp_dataproc_cluster: ['workload', 'cluster_type'],
  gcp_pubsub_topic: ['purpose'],
};

/** Per blueprint resource type: every variable a blueprint can give it. */
export const BLUEPRINT_VARIABLES: Partial<Record<ResourceType, readonly string[]>> = Object.fromEntries(
  Object.entries(own).map(([type, fields]) => [type, [...METADATA_VARIABLES, ...fields]]),
);
