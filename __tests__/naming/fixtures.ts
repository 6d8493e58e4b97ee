// Resource fields that fill every default pattern, shared by the naming tests.
import type { NamingValues, ResourceType } from '../../src/naming/index.js';

/** The Azure location and Google Cloud region a blueprint with Azure and Google Cloud resources gives (metadata.azure_location, metadata.gcp_region). */
export const CLOUD_LOCATIONS: NamingValues = { azure_location: 'westeurope', gcp_region: 'europe-west1' };

/** Blueprint metadata of the COMPAT.md worked example, with the other clouds' locations (which AWS and Databricks names do not read). */
export const METADATA: NamingValues = { environment: 'dev', project: 'dataplatform', region: 'us-east-1', ...CLOUD_LOCATIONS };

/** For each type, the resource fields its default pattern needs beyond metadata and the built-in values. */
export const FIELDS: Record<ResourceType, NamingValues> = {
  aws_s3_bucket: { purpose: 'landing', layer: 'raw' },
  aws_glue_database: { domain: 'sales', layer: 'bronze' },
  aws_glue_table: { table_type: 'fact', entity: 'orders' },
  aws_glue_crawler: { database: 'sales', source: 's3' },
  aws_lambda_function: { domain: 'sales', trigger: 's3', action: 'process' },
  aws_iam_role: { service: 'lambda', purpose: 'execution' },
  aws_iam_policy: { service: 's3', purpose: 'read' },
  aws_kinesis_stream: { domain: 'events', source: 'api' },
  aws_kinesis_firehose: { domain: 'logs', destination: 's3' },
  aws_dynamodb_table: { entity: 'session', purpose: 'cache' },
  aws_sns_topic: { event_type: 'data', purpose: 'processed' },
  aws_sqs_queue: { purpose: 'processing', queue_type: 'fifo' },
  aws_step_function: { workflow: 'etl', purpose: 'orchestration' },
  dbx_workspace: { purpose: 'analytics' },
  dbx_cluster: { workload: 'etl', cluster_type: 'shared' },
  dbx_job: { job_type: 'batch', purpose: 'daily-sales-load' },
  dbx_notebook_path: { domain: 'finance', purpose: 'etl', notebook_name: 'customer-load' },
  dbx_repo: { repo_purpose: 'etl' },
  dbx_pipeline: { pipeline_type: 'dlt', source: 'kafka', target: 'events' },
  dbx_sql_warehouse: { purpose: 'analytics', size: 'medium' },
  dbx_catalog: { catalog_type: 'dev' },
  dbx_schema: { domain: 'customer', layer: 'gold' },
  dbx_table: { table_type: 'dim', entity: 'customers' },
  dbx_volume: { data_type: 'raw', purpose: 'landing' },
  dbx_secret_scope: { purpose: 'aws' },
  dbx_instance_pool: { node_type: 'compute', purpose: 'etl' },
  dbx_policy: { target: 'cluster', policy_type: 'security' },
  azure_resource_group: { purpose: 'lake' },
  azure_storage_account: { purpose: 'lake', layer: 'raw' },
  azure_storage_container: { domain: 'sales', layer: 'bronze' },
  azure_databricks_workspace: { purpose: 'analytics' },
  azure_data_factory: { purpose: 'ingest' },
  azure_synapse_workspace: { purpose: 'analytics' },
  azure_key_vault: { purpose: 'etl' },
  azure_eventhub_namespace: { purpose: 'events' },
  gcp_storage_bucket: { purpose: 'landing', layer: 'raw' },
  gcp_bigquery_dataset: { domain: 'sales', layer: 'gold' },
  gcp_bigquery_table: { table_type: 'fact', entity: 'orders' },
  gcp_dataproc_cluster: { workload: 'etl', cluster_type: 'job' },
  gcp_pubsub_topic: { purpose: 'orders' },
};
