// A blueprint that spans AWS, Databricks, Azure and Google Cloud, for the tests of names across clouds.
import type { Json } from './fixtures.js';

/** Two storage accounts with a container of the same name each, two datasets with a table of the same name each. */
export function fourClouds(project = 'dataplatform'): Json {
  return {
    version: '1.0',
    metadata: { environment: 'dev', project, region: 'eu-west-1', azure_location: 'westeurope', gcp_region: 'europe-west1' },
    resources: {
      aws: { s3_buckets: [{ purpose: 'landing', layer: 'raw' }] },
      databricks: { clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }] },
      azure: {
        resource_groups: [{ purpose: 'lake' }],
        storage_accounts: [
          { purpose: 'lake', layer: 'raw' },
          { purpose: 'lake', layer: 'curated' },
        ],
        storage_containers: [
          { account_ref: 'lake-raw', domain: 'sales', layer: 'bronze' },
          { account_ref: 'lake-curated', domain: 'sales', layer: 'bronze' },
        ],
        key_vaults: [{ purpose: 'etl' }],
      },
      gcp: {
        buckets: [{ purpose: 'landing', layer: 'raw' }],
        bigquery_datasets: [
          { domain: 'sales', layer: 'gold' },
          { domain: 'sales', layer: 'silver' },
        ],
        bigquery_tables: [
          { dataset_ref: 'sales-gold', entity: 'orders' },
          { dataset_ref: 'sales-silver', entity: 'orders', columns: [{ name: 'id', type: 'INT64' }] },
        ],
        dataproc_clusters: [{ workload: 'etl', cluster_type: 'job' }],
      },
    },
  };
}

