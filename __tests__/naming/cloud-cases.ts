// Worked examples for the Azure and Google Cloud rules: for every rule, names
// just inside it and names just outside it, using the examples the platforms'
// own pages give where they give one (Microsoft Learn's resource name rules,
// Google Cloud's bucket, BigQuery, Dataproc and Pub/Sub naming pages).
import type { ResourceType } from '../../src/naming/index.js';

export interface RuleCase {
  type: ResourceType;
  code: string;
  inside: string[];
  outside: string[];
}

const a = (n: number) => 'a'.repeat(n);

export const CLOUD_CASES: RuleCase[] = [
  // Azure: Microsoft.Resources/resourcegroups
  { type: 'azure_resource_group', code: 'AZURE_RG_LENGTH', inside: [a(1), a(90)], outside: ['', a(91)] },
  { type: 'azure_resource_group', code: 'AZURE_RG_CHARSET', inside: ['rg-Contoso_web.(prod)', 'rg-münchen'], outside: ['rg contoso', 'rg/contoso', 'rg#1'] },
  { type: 'azure_resource_group', code: 'AZURE_RG_END', inside: ['rg.prod', 'rg-(1)'], outside: ['rg-prod.'] },
  // Microsoft.Storage/storageAccounts
  { type: 'azure_storage_account', code: 'AZURE_ST_LENGTH', inside: ['abc', a(24)], outside: ['ab', a(25)] },
  { type: 'azure_storage_account', code: 'AZURE_ST_CHARSET', inside: ['mystorageaccount', 'st0123'], outside: ['my-storage', 'MyStorage', 'my_storage'] },
  { type: 'azure_storage_account', code: 'AZURE_RESERVED_WORD', inside: ['stwindow', 'stmicro'], outside: ['stmicrosoftdata', 'windowsdata', 'loginstore', 'xboxdata'] },
  // Microsoft.Storage/storageAccounts/blobServices/containers
  { type: 'azure_storage_container', code: 'AZURE_CONTAINER_LENGTH', inside: ['abc', a(63)], outside: ['ab', a(64)] },
  { type: 'azure_storage_container', code: 'AZURE_CONTAINER_CHARSET', inside: ['mycontainer', 'sales-bronze-2'], outside: ['My-container', 'my_container', 'my.container'] },
  { type: 'azure_storage_container', code: 'AZURE_CONTAINER_START', inside: ['0abc', 'abc'], outside: ['-abc'] },
  { type: 'azure_storage_container', code: 'AZURE_CONTAINER_END', inside: ['abc0'], outside: ['abc-'] },
  { type: 'azure_storage_container', code: 'AZURE_CONTAINER_DOUBLE_HYPHEN', inside: ['a-b-c'], outside: ['a--b'] },
  // Microsoft.Databricks/workspaces
  { type: 'azure_databricks_workspace', code: 'AZURE_DBW_LENGTH', inside: ['abc', a(64)], outside: ['ab', a(65)] },
  { type: 'azure_databricks_workspace', code: 'AZURE_DBW_CHARSET', inside: ['dbw-Analytics_prod'], outside: ['dbw.analytics', 'dbw analytics'] },
  // Microsoft.DataFactory/factories
  { type: 'azure_data_factory', code: 'AZURE_ADF_LENGTH', inside: ['abc', a(63)], outside: ['ab', a(64)] },
  { type: 'azure_data_factory', code: 'AZURE_ADF_CHARSET', inside: ['ADF-Contoso-1'], outside: ['adf_contoso', 'adf.contoso'] },
  { type: 'azure_data_factory', code: 'AZURE_ADF_START', inside: ['1adf'], outside: ['-adf'] },
  { type: 'azure_data_factory', code: 'AZURE_ADF_END', inside: ['adf1'], outside: ['adf-'] },
  { type: 'azure_data_factory', code: 'AZURE_ADF_DOUBLE_HYPHEN', inside: ['adf-a-b'], outside: ['adf--ab'] },
  { type: 'azure_data_factory', code: 'AZURE_RESERVED_WORD', inside: ['adf-micro'], outside: ['adf-microsoft'] },
  // Microsoft.Synapse/workspaces
  { type: 'azure_synapse_workspace', code: 'AZURE_SYNW_LENGTH', inside: [a(1), a(50)], outside: ['', a(51)] },
  { type: 'azure_synapse_workspace', code: 'AZURE_SYNW_CHARSET', inside: ['synw-contoso-1'], outside: ['Synw-contoso', 'synw_contoso'] },
  { type: 'azure_synapse_workspace', code: 'AZURE_SYNW_START', inside: ['1synw'], outside: ['-synw'] },
  { type: 'azure_synapse_workspace', code: 'AZURE_SYNW_END', inside: ['synw1'], outside: ['synw-'] },
  { type: 'azure_synapse_workspace', code: 'AZURE_SYNW_ONDEMAND', inside: ['synw-demand', 'synwondemand'], outside: ['synw-ondemand', 'synw-ondemand-1'] },
  { type: 'azure_synapse_workspace', code: 'AZURE_RESERVED_WORD', inside: ['synw-win'], outside: ['synw-windows'] },
  // Microsoft.KeyVault/vaults
  { type: 'azure_key_vault', code: 'AZURE_KV_LENGTH', inside: ['kv1', a(24)], outside: ['kv', a(25)] },
  { type: 'azure_key_vault', code: 'AZURE_KV_CHARSET', inside: ['Contoso-Vault2'], outside: ['kv_contoso', 'kv.contoso'] },
  { type: 'azure_key_vault', code: 'AZURE_KV_START', inside: ['kv1'], outside: ['1kv', '-kv'] },
  { type: 'azure_key_vault', code: 'AZURE_KV_END', inside: ['kv-1'], outside: ['kv-'] },
  { type: 'azure_key_vault', code: 'AZURE_KV_DOUBLE_HYPHEN', inside: ['kv-a-b'], outside: ['kv--ab'] },
  { type: 'azure_key_vault', code: 'AZURE_RESERVED_WORD', inside: ['kv-login'], outside: ['login-kv', 'kv-microsoft'] },
  // Microsoft.EventHub/namespaces
  { type: 'azure_eventhub_namespace', code: 'AZURE_EVHNS_LENGTH', inside: ['evhns1', a(50)], outside: ['evhns', a(51)] },
  { type: 'azure_eventhub_namespace', code: 'AZURE_EVHNS_CHARSET', inside: ['Evhns-Contoso-1'], outside: ['evhns_contoso', 'evhns.contoso'] },
  { type: 'azure_eventhub_namespace', code: 'AZURE_EVHNS_START', inside: ['evhns1'], outside: ['1evhns', '-evhns'] },
  { type: 'azure_eventhub_namespace', code: 'AZURE_EVHNS_END', inside: ['evhns-1'], outside: ['evhns-'] },
  { type: 'azure_eventhub_namespace', code: 'AZURE_EVHNS_RESERVED_SUFFIX', inside: ['evhns-sbx', 'evhns-mgmt1'], outside: ['evhns-sb', 'evhns-mgmt', 'evhns-MGMT'] },
  { type: 'azure_eventhub_namespace', code: 'AZURE_RESERVED_WORD', inside: ['evhns-xbox'], outside: ['xbox-evhns'] },
  // Google Cloud Storage buckets ("Bucket naming": my-travel-maps, 0f75d593-8e7b-4418-a5ba-cb2970f0b91e valid; My-Travel-Maps, my_google_bucket, test bucket invalid)
  { type: 'gcp_storage_bucket', code: 'GCS_LENGTH', inside: ['abc', a(63)], outside: ['ab', a(64)] },
  { type: 'gcp_storage_bucket', code: 'GCS_CHARSET', inside: ['my-travel-maps', '0f75d593-8e7b-4418-a5ba-cb2970f0b91e', 'my_bucket.v2'], outside: ['My-Travel-Maps', 'test bucket', 'bücket'] },
  { type: 'gcp_storage_bucket', code: 'GCS_START', inside: ['0bucket'], outside: ['-bucket', '_bucket', '.bucket'] },
  { type: 'gcp_storage_bucket', code: 'GCS_END', inside: ['bucket0'], outside: ['bucket-', 'bucket_', 'bucket.'] },
  { type: 'gcp_storage_bucket', code: 'GCS_GOOG_PREFIX', inside: ['gogbucket', 'my-goog'], outside: ['goog-bucket', 'googbucket'] },
  { type: 'gcp_storage_bucket', code: 'GCS_GOOGLE', inside: ['my-gogle-maps', 'goggle'], outside: ['my_google_bucket', 'my-g00gle-maps', 'go0g1e-data'] },
  { type: 'gcp_storage_bucket', code: 'GCS_IP_ADDRESS', inside: ['192.168.5', '192.168.5.4x'], outside: ['192.168.5.4'] },
  // BigQuery datasets (letters, digits, underscores; up to 1,024 characters; case-sensitive)
  { type: 'gcp_bigquery_dataset', code: 'BQ_DATASET_LENGTH', inside: [a(1), a(1024)], outside: ['', a(1025)] },
  { type: 'gcp_bigquery_dataset', code: 'BQ_DATASET_CHARSET', inside: ['mydataset', 'MyDataset_2', '_hidden'], outside: ['my-dataset', 'my dataset', 'my.dataset', 'données'] },
  // BigQuery tables (Unicode L, M, N, Pc, Pd, Zs; up to 1,024 UTF-8 bytes)
  { type: 'gcp_bigquery_table', code: 'BQ_TABLE_LENGTH', inside: [a(1), a(1024), 'é'.repeat(512)], outside: ['', a(1025), 'é'.repeat(513)] },
  { type: 'gcp_bigquery_table', code: 'BQ_TABLE_CHARSET', inside: ['mytable', 'my table', 'table-01', '表格', 'café_ventes'], outside: ['my.table', 'table*', 'my/table', 'tab\tle'] },
  // Dataproc clusters (a lowercase letter, then up to 51 lowercase letters, digits and hyphens; no trailing hyphen)
  { type: 'gcp_dataproc_cluster', code: 'DATAPROC_LENGTH', inside: [a(1), a(52)], outside: ['', a(53)] },
  { type: 'gcp_dataproc_cluster', code: 'DATAPROC_CHARSET', inside: ['my-cluster-1'], outside: ['My-cluster', 'my_cluster', 'my.cluster'] },
  { type: 'gcp_dataproc_cluster', code: 'DATAPROC_START', inside: ['a1'], outside: ['1cluster', '-cluster'] },
  { type: 'gcp_dataproc_cluster', code: 'DATAPROC_END', inside: ['cluster-1'], outside: ['cluster-'] },
  // Pub/Sub topics (start with a letter; letters, digits, - _ . ~ + %; 3–255; not "goog…")
  { type: 'gcp_pubsub_topic', code: 'PUBSUB_LENGTH', inside: ['abc', a(255)], outside: ['ab', a(256)] },
  { type: 'gcp_pubsub_topic', code: 'PUBSUB_CHARSET', inside: ['My-topic_1.v2~a+b%20'], outside: ['my topic', 'my/topic', 'my:topic'] },
  { type: 'gcp_pubsub_topic', code: 'PUBSUB_START', inside: ['t12'], outside: ['1topic', '-topic', '_topic'] },
  { type: 'gcp_pubsub_topic', code: 'PUBSUB_GOOG_PREFIX', inside: ['gootopic', 'my-goog'], outside: ['goog-topic', 'googtopic'] },
];
