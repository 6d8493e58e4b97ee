// The desired settings of each applied resource type: the contract between
// blueprint expansion (which fills ResourceSpec.params) and the drivers.
// Plain JSON only; field names follow the platform API where there is one.

export interface Column {
  name: string;
  type: string;
  comment?: string;
}

export interface S3BucketParams {
  region: string;
  versioning: boolean;
  /** Days until objects transition to INTELLIGENT_TIERING. */
  lifecycleDays: number;
}

export interface GlueDatabaseParams {
  region: string;
  description?: string;
}

export interface GlueTableParams {
  region: string;
  /** Generated name of the Glue database (the dependency). */
  databaseName: string;
  tableType: string;
  columns: Column[];
  partitionKeys: Column[];
  description?: string;
}

export interface ClusterParams {
  cluster_name: string;
  spark_version: string;
  node_type_id: string;
  autoscale: { min_workers: number; max_workers: number };
  /** v1.0 cluster_type: shared | dedicated | job. */
  cluster_type: string;
  custom_tags: Record<string, string>;
}

export interface JobParams {
  name: string;
  job_type: string;
  /** v1.0 schedule word (daily, hourly, weekly, monthly) or a Quartz cron expression. */
  schedule?: string;
  /** Tasks as given in the blueprint, passed to the Jobs API (cluster filled in by the driver). */
  tasks: Record<string, unknown>[];
  /** Resource key of the cluster the job runs on (resolved to a cluster id at apply time). */
  clusterKey: string;
  tags: Record<string, string>;
}

export interface CatalogParams {
  name: string;
  comment?: string;
  storage_root?: string;
  properties: Record<string, string>;
}

export interface SchemaParams {
  name: string;
  catalog_name: string;
  comment?: string;
  properties: Record<string, string>;
}

export interface UcTableParams {
  name: string;
  catalog_name: string;
  schema_name: string;
  table_type: string;
  columns: Column[];
}
