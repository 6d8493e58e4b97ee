// The shape of a blueprint file once it passed schemas/blueprint.schema.json.
import type { DeletionPolicy } from './types.js';
import type { Scope } from './scope.js';
import type { NamingValues } from '../naming/types.js';

export interface ColumnDoc {
  name: string;
  type: string;
  comment?: string;
}

interface Removable {
  deletion_policy?: DeletionPolicy;
}

export interface S3BucketDoc extends Removable {
  purpose: string;
  layer: 'raw' | 'processed' | 'curated';
  versioning?: boolean;
  lifecycle_days?: number;
}

export interface GlueDatabaseDoc extends Removable {
  domain: string;
  layer: 'bronze' | 'silver' | 'gold';
  description?: string;
}

export interface GlueTableDoc extends Removable {
  database_ref: string;
  entity: string;
  table_type?: string;
  columns: ColumnDoc[];
  partition_keys?: ColumnDoc[];
}

export interface ClusterDoc extends Removable {
  workload: string;
  cluster_type: string;
  node_type: string;
  spark_version?: string;
  autoscale?: { min?: number; max?: number };
}

export interface JobDoc extends Removable {
  job_type: string;
  purpose: string;
  cluster_ref: string;
  schedule?: string;
  tasks?: Record<string, unknown>[];
}

export interface UcTableDoc extends Removable {
  entity: string;
  table_type?: string;
  columns?: ColumnDoc[];
}

export interface UcSchemaDoc extends Removable {
  domain: string;
  layer: string;
  tables?: UcTableDoc[];
}

export interface CatalogDoc extends Removable {
  catalog_type: string;
  storage_root?: string;
  schemas: UcSchemaDoc[];
}

export interface PurposeDoc {
  purpose: string;
}

export interface AzureDoc {
  resource_groups?: PurposeDoc[];
  storage_accounts?: (PurposeDoc & { layer: string })[];
  storage_containers?: { account_ref: string; domain: string; layer: string }[];
  databricks_workspaces?: PurposeDoc[];
  data_factories?: PurposeDoc[];
  synapse_workspaces?: PurposeDoc[];
  key_vaults?: PurposeDoc[];
  eventhub_namespaces?: PurposeDoc[];
}

export interface GcpDoc {
  buckets?: (PurposeDoc & { layer: string })[];
  bigquery_datasets?: { domain: string; layer: string }[];
  bigquery_tables?: { dataset_ref: string; entity: string; table_type?: string; columns?: ColumnDoc[] }[];
  dataproc_clusters?: { workload: string; cluster_type: string }[];
  pubsub_topics?: PurposeDoc[];
}

export interface BlueprintDoc {
  version: '1.0';
  metadata: {
    environment: 'dev' | 'stg' | 'prd';
    project: string;
    region: string;
    azure_location?: string;
    gcp_region?: string;
    team?: string;
    cost_center?: string;
    data_classification?: string;
  };
  scope?: Scope;
  deletion_policy?: DeletionPolicy;
  resources: {
    aws?: { s3_buckets?: S3BucketDoc[]; glue_databases?: GlueDatabaseDoc[]; glue_tables?: GlueTableDoc[] };
    databricks?: {
      clusters?: ClusterDoc[];
      jobs?: JobDoc[];
      unity_catalog?: { catalogs?: CatalogDoc[] };
    };
    azure?: AzureDoc;
    gcp?: GcpDoc;
  };
}

export const DEFAULTS = {
  versioning: true,
  lifecycleDays: 90,
  sparkVersion: '13.3.x-scala2.12',
  autoscaleMin: 2,
  autoscaleMax: 8,
  tableType: 'fact',
  deletionPolicy: 'archive',
} as const;

/** The naming values a table has when it does not say: its type (a table's name usually reads {table_type}). */
export const TABLE_DEFAULTS: NamingValues = Object.freeze({ table_type: DEFAULTS.tableType });
