// Generated v1.0 blueprints for the benchmarks: every v1.0 resource type, in fixed
// proportions (per 10 resources: 3 buckets, a Glue database with 2 tables, a
// cluster, a job, a Unity Catalog schema with one table), every name distinct.

/** One v1.0 blueprint: `units` × 10 resources of all eight v1.0 types, plus one catalog; every name distinct. */
export function blueprint(units, project = 'bench') {
  const buckets = [];
  const databases = [];
  const tables = [];
  const clusters = [];
  const jobs = [];
  const schemas = [];
  for (let u = 0; u < units; u++) {
    buckets.push(
      { purpose: `landing${u}`, layer: 'raw' },
      { purpose: `landing${u}`, layer: 'processed' },
      { purpose: `curated${u}`, layer: 'curated', lifecycle_days: 30 },
    );
    databases.push({ domain: `domain${u}`, layer: 'silver', description: `Domain ${u} conformed data` });
    const columns = [
      { name: 'id', type: 'string' },
      { name: 'amount', type: 'decimal(18,2)' },
      { name: 'updated_at', type: 'timestamp' },
    ];
    tables.push(
      { database_ref: `domain${u}-silver`, entity: 'orders', columns, partition_keys: [{ name: 'dt', type: 'string' }] },
      { database_ref: `domain${u}-silver`, entity: 'customers', table_type: 'dim', columns },
    );
    clusters.push({ workload: `etl${u}`, cluster_type: 'shared', node_type: 'i3.xlarge', autoscale: { min: 2, max: 8 } });
    jobs.push({ job_type: 'batch', purpose: `load${u}`, cluster_ref: `etl${u}`, schedule: 'daily' });
    schemas.push({ domain: `domain${u}`, layer: 'gold', tables: [{ entity: 'customers', table_type: 'dim' }] });
  }
  return {
    version: '1.0',
    metadata: { environment: 'dev', project, region: 'us-east-1', team: 'data-platform', cost_center: 'CC-12345' },
    resources: {
      aws: { s3_buckets: buckets, glue_databases: databases, glue_tables: tables },
      databricks: { clusters, jobs, unity_catalog: { catalogs: [{ catalog_type: 'analytics', schemas }] } },
    },
  };
}

/**
 * A blueprint as generated files usually look: the structure indented, one
 * resource a line (80k resources are ~8.5 MiB). A one-item list (the catalog)
 * is opened up so that its schemas get a line each.
 */
export function serialize(value, indent = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value) && value.length > 1 && value.every((v) => v !== null && typeof v === 'object')) {
    return `[\n${value.map((v) => inner + JSON.stringify(v)).join(',\n')}\n${indent}]`;
  }
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + serialize(v, inner)).join(',\n')}\n${indent}]`;
  if (value !== null && typeof value === 'object') {
    return `{\n${Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

