// `dpn export terraform` after a real `dpn reconcile` against moto_server and the
// local Databricks server: one import block per state entry (plus the bucket's
// versioning and lifecycle, which the AWS provider splits off), each id in the
// format its provider documents, only arguments those providers document, and
// values equal to what the platforms hold, so that the first plan only imports.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetBucketLifecycleConfigurationCommand, GetBucketTaggingCommand, GetBucketVersioningCommand, type S3Client } from '@aws-sdk/client-s3';
import { GetDatabaseCommand, GetTableCommand, GetTagsCommand, type GlueClient } from '@aws-sdk/client-glue';
import { awsClients, startMoto, type Moto } from '../support/moto.js';
import { startDatabricksServer, type DatabricksServer } from '../support/databricks-server.js';
import { loadState } from '../../src/state/index.js';
import type { StateResource } from '../../src/state/types.js';
import { terraformIdentifier } from '../../src/export/identifier.js';
import { dpn, project, ROOT } from '../cli-apply/support.js';
import { parseHcl } from './support.js';

/**
 * The arguments (and nested blocks) each provider documents for these types, from the
 * provider documentation pages: hashicorp/terraform-provider-aws website/docs/r/
 * {s3_bucket, s3_bucket_versioning, s3_bucket_lifecycle_configuration, glue_catalog_database,
 * glue_catalog_table}.html.markdown and databricks/terraform-provider-databricks docs/resources/
 * {cluster, job, catalog, schema, sql_table}.md ("Argument Reference"). Not the whole schema:
 * enough that an argument dpn made up, or misspelt, fails here.
 */
const DOCUMENTED: Record<string, Record<string, string[]>> = {
  aws_s3_bucket: { '': ['bucket', 'bucket_prefix', 'force_destroy', 'object_lock_enabled', 'tags', 'region'] },
  aws_s3_bucket_versioning: { '': ['bucket', 'expected_bucket_owner', 'mfa', 'versioning_configuration'], versioning_configuration: ['status', 'mfa_delete'] },
  aws_s3_bucket_lifecycle_configuration: {
    '': ['bucket', 'expected_bucket_owner', 'rule', 'transition_default_minimum_object_size'],
    rule: ['id', 'status', 'filter', 'transition', 'noncurrent_version_transition', 'expiration', 'noncurrent_version_expiration', 'abort_incomplete_multipart_upload', 'prefix'],
    filter: ['prefix', 'tag', 'and', 'object_size_greater_than', 'object_size_less_than'],
    transition: ['days', 'date', 'storage_class'],
    noncurrent_version_transition: ['noncurrent_days', 'newer_noncurrent_versions', 'storage_class'],
  },
  aws_glue_catalog_database: {
    '': ['name', 'catalog_id', 'description', 'location_uri', 'parameters', 'tags', 'create_table_default_permission', 'target_database', 'federated_database'],
  },
  aws_glue_catalog_table: {
    '': ['name', 'database_name', 'catalog_id', 'description', 'owner', 'parameters', 'partition_keys', 'partition_index', 'retention', 'storage_descriptor', 'table_type', 'target_table', 'view_expanded_text', 'view_original_text', 'open_table_format_input'],
    storage_descriptor: ['bucket_columns', 'columns', 'compressed', 'input_format', 'location', 'number_of_buckets', 'output_format', 'parameters', 'schema_reference', 'ser_de_info', 'skewed_info', 'sort_columns', 'stored_as_sub_directories'],
    columns: ['name', 'type', 'comment', 'parameters'],
    partition_keys: ['name', 'type', 'comment'],
  },
  databricks_cluster: {
    '': ['cluster_name', 'spark_version', 'node_type_id', 'driver_node_type_id', 'num_workers', 'autoscale', 'autotermination_minutes', 'data_security_mode', 'single_user_name', 'custom_tags', 'spark_conf', 'spark_env_vars', 'policy_id', 'runtime_engine', 'is_pinned', 'aws_attributes', 'instance_pool_id'],
    autoscale: ['min_workers', 'max_workers'],
  },
  databricks_job: {
    '': ['name', 'tags', 'schedule', 'task', 'job_cluster', 'email_notifications', 'max_concurrent_runs', 'timeout_seconds', 'parameter', 'trigger', 'continuous', 'queue', 'run_as', 'description'],
    schedule: ['quartz_cron_expression', 'timezone_id', 'pause_status'],
    task: ['task_key', 'existing_cluster_id', 'new_cluster', 'job_cluster_key', 'notebook_task', 'spark_python_task', 'python_wheel_task', 'sql_task', 'depends_on', 'library', 'timeout_seconds', 'max_retries', 'description'],
    notebook_task: ['notebook_path', 'base_parameters', 'source', 'warehouse_id'],
  },
  databricks_catalog: { '': ['name', 'comment', 'properties', 'storage_root', 'owner', 'isolation_mode', 'force_destroy', 'connection_name', 'options', 'provider_name', 'share_name', 'enable_predictive_optimization', 'metastore_id'] },
  databricks_schema: { '': ['catalog_name', 'name', 'comment', 'properties', 'storage_root', 'owner', 'force_destroy', 'enable_predictive_optimization', 'metastore_id'] },
  databricks_sql_table: {
    '': ['name', 'catalog_name', 'schema_name', 'table_type', 'storage_location', 'data_source_format', 'view_definition', 'cluster_id', 'warehouse_id', 'cluster_keys', 'partitions', 'storage_credential_name', 'owner', 'comment', 'options', 'properties', 'column'],
    column: ['name', 'type', 'identity', 'comment', 'nullable'],
  },
};

const MAIN_TYPE: Record<string, string> = {
  aws_s3_bucket: 'aws_s3_bucket',
  aws_glue_database: 'aws_glue_catalog_database',
  aws_glue_table: 'aws_glue_catalog_table',
  dbx_cluster: 'databricks_cluster',
  dbx_job: 'databricks_job',
  dbx_catalog: 'databricks_catalog',
  dbx_schema: 'databricks_schema',
  dbx_table: 'databricks_sql_table',
};

let moto: Moto;
let dbx: DatabricksServer;
let s3: S3Client;
let glue: GlueClient;

beforeAll(async () => {
  [moto, dbx] = await Promise.all([startMoto(), startDatabricksServer()]);
  ({ s3, glue } = await awsClients(moto));
}, 60_000);
afterAll(async () => {
  s3?.destroy();
  glue?.destroy();
  await Promise.all([moto?.stop(), dbx?.stop()]);
});
beforeEach(async () => {
  await moto.reset();
  dbx.reset();
});

/** blueprints/dev.json of this repository (every type dpn applies), reconciled for real. */
async function reconciled(): Promise<{ cwd: string; state: StateResource[] }> {
  const cwd = project('dpn-export-tf-');
  cpSync(join(ROOT, 'blueprints', 'dev.json'), join(cwd, 'blueprints', 'dev.json'));
  const run = await dpn(['reconcile', 'blueprints'], cwd, { ...moto.env, ...dbx.env });
  expect(run.code, run.stderr).toBe(0);
  const state = [...(await loadState(join(cwd, '.dpn'))).resources.values()];
  expect(new Set(state.map((r) => r.type))).toEqual(new Set(Object.keys(MAIN_TYPE)));
  return { cwd, state };
}

type Parsed = Record<string, any>;

/** The live map less dpn's creation marker, which the export tells Terraform to ignore (it names a transaction the state does not record). */
function withoutMarker(live: Record<string, any> | undefined): Record<string, any> {
  const { 'dpn:created-by': _tag, dpn_created_by: _mark, ...rest } = live ?? {};
  return rest;
}

function ignoresMarker(tf: Record<string, any>, argument: string, key: string): void {
  expect(tf.lifecycle?.[0]?.ignore_changes, `${argument} ignore_changes`).toEqual([`\${${argument}["${key}"]}`]);
}

/** `"${aws_s3_bucket.x}"` → ['aws_s3_bucket', 'x']. */
function address(to: string): [string, string] {
  const m = /^\$\{([a-z0-9_]+)\.([a-z0-9_]+)\}$/.exec(to);
  expect(m, to).not.toBeNull();
  return [m![1]!, m![2]!];
}

function resource(parsed: Parsed, type: string, label: string): Record<string, any> {
  const found = parsed.resource?.[type]?.[label];
  expect(found, `${type}.${label}`).toBeDefined();
  expect(found).toHaveLength(1);
  return found[0];
}

/** Every argument and nested block name, checked against DOCUMENTED[type]; `path` names the block. */
function checkArguments(type: string, body: Record<string, any>, block = ''): void {
  // `lifecycle` is a meta-argument every resource takes (Terraform language docs).
  const allowed = block === '' ? [...(DOCUMENTED[type]?.[block] ?? []), 'lifecycle'] : DOCUMENTED[type]?.[block];
  expect(allowed, `${type} ${block}`).toBeDefined();
  for (const [name, value] of Object.entries(body)) {
    expect(allowed, `${type}${block ? ` ${block}` : ''}: ${name}`).toContain(name);
    // Nested blocks come back as lists of objects; maps (tags, parameters…) as plain objects.
    if (Array.isArray(value) && value.every((v) => v && typeof v === 'object') && DOCUMENTED[type]?.[name]) {
      for (const v of value) checkArguments(type, v, name);
    }
  }
}

describe('dpn export terraform after a real reconcile', () => {
  it('writes one import per state entry with the documented id, and resources the providers document', async () => {
    const { cwd, state } = await reconciled();
    const run = await dpn(['export', 'terraform', '--out', 'handover.tf'], cwd, {});
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(cwd, 'handover.tf'), 'utf8');
    const parsed = await parseHcl(text);
    const imports = (parsed.import as { to: string; id: string }[]).map((i) => ({ address: address(i.to), id: i.id }));

    const account = '123456789012'; // moto's account, as the Glue ARNs in the state record it
    const byName = new Map(state.map((r) => [r.key, r]));
    for (const r of state) {
      const label = terraformIdentifier(r.key);
      const mine = imports.filter((i) => i.address[0] === MAIN_TYPE[r.type] && i.address[1] === label);
      expect(mine, r.key).toHaveLength(1);
      const id = mine[0]!.id;
      switch (r.type) {
        case 'aws_s3_bucket':
          expect(id).toBe(r.name);
          break;
        case 'aws_glue_database':
          expect(id).toBe(`${account}:${r.name}`);
          break;
        case 'aws_glue_table':
          expect(id).toBe(`${account}:${r.fullName.split('.')[0]}:${r.name}`);
          break;
        case 'dbx_cluster':
          expect(id).toBe(r.physicalId);
          expect(dbx.state.clusters.has(id)).toBe(true);
          break;
        case 'dbx_job':
          expect(id).toMatch(/^\d+$/);
          expect(dbx.state.jobs.get(Number(id))?.settings.name).toBe(r.name);
          break;
        case 'dbx_catalog':
          expect(id).toBe(r.name);
          break;
        case 'dbx_schema':
          expect(id).toMatch(/^[^.]+\.[^.]+$/);
          expect(dbx.state.schemas.has(id)).toBe(true);
          break;
        case 'dbx_table':
          expect(id).toMatch(/^[^.]+\.[^.]+\.[^.]+$/);
          expect(dbx.state.tables.has(id)).toBe(true);
          break;
      }
      checkArguments(MAIN_TYPE[r.type]!, resource(parsed, MAIN_TYPE[r.type]!, label));
    }
    // The only other imports: the bucket's versioning and lifecycle, by bucket name, as the AWS provider documents.
    const extra = imports.filter((i) => !state.some((r) => i.address[0] === MAIN_TYPE[r.type] && i.address[1] === terraformIdentifier(r.key)));
    const bucket = state.find((r) => r.type === 'aws_s3_bucket')!;
    expect(extra.map((i) => i.address[0]).sort()).toEqual(['aws_s3_bucket_lifecycle_configuration', 'aws_s3_bucket_versioning']);
    for (const i of extra) {
      expect(i.address[1]).toBe(terraformIdentifier(bucket.key));
      expect(i.id).toBe(bucket.name);
      checkArguments(i.address[0], resource(parsed, i.address[0], i.address[1]));
    }
    // Every resource block is imported: applying the file creates nothing.
    const blocks = Object.entries(parsed.resource as Record<string, Record<string, unknown>>).flatMap(([type, labels]) => Object.keys(labels).map((l) => `${type}.${l}`));
    expect(blocks.sort()).toEqual(imports.map((i) => i.address.join('.')).sort());
    expect(byName.size).toBe(state.length);
  });

  it('fills arguments with what the platforms hold (tags, versioning, lifecycle, Glue parameters and columns, cluster spec, job schedule)', async () => {
    const { cwd, state } = await reconciled();
    const run = await dpn(['export', 'terraform'], cwd, {});
    expect(run.code, run.stderr).toBe(0);
    const parsed = await parseHcl(run.stdout);
    const of = (type: string) => state.find((r) => r.type === type)!;

    const bucket = of('aws_s3_bucket');
    const label = terraformIdentifier(bucket.key);
    const tf = resource(parsed, 'aws_s3_bucket', label);
    const liveTags = (await s3.send(new GetBucketTaggingCommand({ Bucket: bucket.name }))).TagSet!;
    expect(tf.tags).toEqual(withoutMarker(Object.fromEntries(liveTags.map((t) => [t.Key, t.Value]))));
    expect(liveTags.some((t) => t.Key === 'dpn:created-by')).toBe(true);
    ignoresMarker(tf, 'tags', 'dpn:created-by');
    const versioning = resource(parsed, 'aws_s3_bucket_versioning', label);
    expect(versioning.bucket).toBe(`\${aws_s3_bucket.${label}.id}`);
    expect(versioning.versioning_configuration[0].status).toBe((await s3.send(new GetBucketVersioningCommand({ Bucket: bucket.name }))).Status);
    const liveRules = (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket.name }))).Rules!;
    const rules = resource(parsed, 'aws_s3_bucket_lifecycle_configuration', label).rule as any[];
    expect(rules.map((r) => ({ id: r.id, status: r.status, days: r.transition[0].days, cls: r.transition[0].storage_class }))).toEqual(
      liveRules.map((r) => ({ id: r.ID, status: r.Status, days: r.Transitions![0]!.Days, cls: r.Transitions![0]!.StorageClass })),
    );

    const db = of('aws_glue_database');
    const tfDb = resource(parsed, 'aws_glue_catalog_database', terraformIdentifier(db.key));
    const liveDb = (await glue.send(new GetDatabaseCommand({ Name: db.name }))).Database!;
    expect(tfDb.parameters).toEqual(withoutMarker(liveDb.Parameters));
    ignoresMarker(tfDb, 'parameters', 'dpn_created_by');
    expect(tfDb.description).toBe(liveDb.Description);
    const arn = `arn:aws:glue:us-east-1:123456789012:database/${db.name}`;
    expect(tfDb.tags).toEqual((await glue.send(new GetTagsCommand({ ResourceArn: arn }))).Tags);

    const table = of('aws_glue_table');
    const tfTable = resource(parsed, 'aws_glue_catalog_table', terraformIdentifier(table.key));
    const liveTable = (await glue.send(new GetTableCommand({ DatabaseName: db.name, Name: table.name }))).Table!;
    expect(tfTable.database_name).toBe(`\${aws_glue_catalog_database.${terraformIdentifier(db.key)}.name}`);
    expect(tfTable.table_type).toBe(liveTable.TableType);
    expect(tfTable.parameters).toEqual(withoutMarker(liveTable.Parameters));
    expect(tfTable.storage_descriptor[0].columns).toEqual(liveTable.StorageDescriptor!.Columns!.map((c) => ({ name: c.Name, type: c.Type })));
    expect(tfTable.partition_keys).toEqual(liveTable.PartitionKeys!.map((c) => ({ name: c.Name, type: c.Type })));

    const cluster = of('dbx_cluster');
    const tfCluster = resource(parsed, 'databricks_cluster', terraformIdentifier(cluster.key));
    const liveCluster = dbx.state.clusters.get(cluster.physicalId!)!;
    for (const field of ['cluster_name', 'spark_version', 'node_type_id', 'data_security_mode']) expect(tfCluster[field], field).toEqual(liveCluster[field]);
    expect(tfCluster.custom_tags).toEqual(withoutMarker(liveCluster.custom_tags as Record<string, string>));
    ignoresMarker(tfCluster, 'custom_tags', 'dpn_created_by');
    expect(tfCluster.autoscale[0]).toEqual(liveCluster.autoscale);

    const job = of('dbx_job');
    const tfJob = resource(parsed, 'databricks_job', terraformIdentifier(job.key));
    const liveJob = dbx.state.jobs.get(Number(job.physicalId))!.settings as any;
    expect(tfJob.schedule[0]).toEqual(liveJob.schedule);
    expect(tfJob.tags).toEqual(withoutMarker(liveJob.tags));
    expect(tfJob.task[0].task_key).toBe(liveJob.tasks[0].task_key);
    // The workspace adds defaults to a task (source: WORKSPACE); what the export sets, it holds.
    expect(tfJob.task[0].notebook_task).toHaveLength(1);
    expect(liveJob.tasks[0].notebook_task).toMatchObject(tfJob.task[0].notebook_task[0]);
    // The task runs on the handed-over cluster: a reference, so Terraform orders them.
    expect(tfJob.task[0].existing_cluster_id).toBe(`\${databricks_cluster.${terraformIdentifier(cluster.key)}.id}`);
    expect(liveJob.tasks[0].existing_cluster_id).toBe(cluster.physicalId);

    const uc = of('dbx_table');
    const tfUc = resource(parsed, 'databricks_sql_table', terraformIdentifier(uc.key));
    const liveUc = dbx.state.tables.get(uc.fullName)!;
    expect(tfUc.table_type).toBe(liveUc.table_type);
    // Delta adds its protocol properties (delta.*) to every new table itself; what dpn set, the export sets.
    expect(tfUc.properties).toEqual(withoutMarker(Object.fromEntries(Object.entries(liveUc.properties).filter(([k]) => !k.startsWith('delta.')))));
    ignoresMarker(tfUc, 'properties', 'dpn_created_by');
    expect(tfUc.column.map((c: any) => `${c.name} ${c.type}`)).toEqual(liveUc.columns.map((c) => `${c.name} ${c.type_text}`));
  });

  it('hands over archived resources as the platform holds them: the paused schedule, the archive lifecycle rule', async () => {
    const { cwd } = await reconciled();
    const file = join(cwd, 'blueprints', 'dev.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    delete doc.resources.aws.s3_buckets;
    delete doc.resources.databricks.jobs;
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const archive = await dpn(['reconcile', 'blueprints'], cwd, { ...moto.env, ...dbx.env });
    expect(archive.code, archive.stderr).toBe(0);
    const state = [...(await loadState(join(cwd, '.dpn'))).resources.values()];
    const bucket = state.find((r) => r.type === 'aws_s3_bucket')!;
    const job = state.find((r) => r.type === 'dbx_job')!;
    expect(bucket.archived && job.archived).toBe(true);

    const run = await dpn(['export', 'terraform'], cwd, {});
    expect(run.code, run.stderr).toBe(0);
    const parsed = await parseHcl(run.stdout);
    const rules = resource(parsed, 'aws_s3_bucket_lifecycle_configuration', terraformIdentifier(bucket.key)).rule as any[];
    const liveRules = (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket.name }))).Rules!;
    expect(rules.map((r) => r.id).sort()).toEqual(liveRules.map((r) => r.ID).sort());
    const archiveRule = rules.find((r) => r.id === 'dpn-archive');
    const liveArchive = liveRules.find((r) => r.ID === 'dpn-archive')!;
    expect(archiveRule.transition[0]).toEqual({ days: liveArchive.Transitions![0]!.Days, storage_class: liveArchive.Transitions![0]!.StorageClass });
    expect(archiveRule.noncurrent_version_transition[0]).toEqual({
      noncurrent_days: liveArchive.NoncurrentVersionTransitions![0]!.NoncurrentDays,
      storage_class: liveArchive.NoncurrentVersionTransitions![0]!.StorageClass,
    });
    const liveJob = dbx.state.jobs.get(Number(job.physicalId))!.settings as any;
    expect(resource(parsed, 'databricks_job', terraformIdentifier(job.key)).schedule[0]).toEqual(liveJob.schedule);
    expect(liveJob.schedule.pause_status).toBe('PAUSED');
    expect(run.stdout).toContain('Archived by dpn');
  });

  it('is the same text on every run (sorted by key)', async () => {
    const { cwd } = await reconciled();
    const a = await dpn(['export', 'terraform'], cwd, {});
    const b = await dpn(['export', 'terraform'], cwd, {});
    expect(a.stdout).toBe(b.stdout);
    const keys = [...a.stdout.matchAll(/^# ([a-z0-9_]+:\S+) \(blueprint /gm)].map((m) => m[1]);
    expect(keys).toEqual([...keys].sort());
    expect(keys.length).toBe(8);
  });

  it('without a Glue ARN in the state asks for --aws-account-id (nothing written), and uses it when given', async () => {
    const { cwd } = await reconciled();
    const file = join(cwd, '.dpn', 'state', 'blueprints', 'dev.json.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    for (const r of Object.values(doc.resources) as any[]) if (r.type.startsWith('aws_glue')) delete r.physicalId;
    writeFileSync(file, JSON.stringify(doc, null, 2));

    const refused = await dpn(['export', 'terraform', '--out', 'handover.tf'], cwd, {});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('aws_glue_database:dataplatform/dev/sales-bronze: the state records no Glue ARN');
    expect(refused.stderr).toContain('--aws-account-id');
    expect(existsSync(join(cwd, 'handover.tf'))).toBe(false);

    const given = await dpn(['export', 'terraform', '--aws-account-id', '210987654321'], cwd, {});
    expect(given.code, given.stderr).toBe(0);
    const ids = ((await parseHcl(given.stdout)).import as { id: string }[]).map((i) => i.id);
    expect(ids).toContain('210987654321:dataplatform_sales_bronze_dev');
    expect(ids).toContain('210987654321:dataplatform_sales_bronze_dev:fact_orders');

    expect((await dpn(['export', 'terraform', '--aws-account-id', '42'], cwd, {})).code).toBe(1);
  });

  it('an empty state is an error, not an empty file', async () => {
    const cwd = project('dpn-export-empty-');
    const run = await dpn(['export', 'terraform', '--out', 'x.tf'], cwd, {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('holds no resource');
    expect(existsSync(join(cwd, 'x.tf'))).toBe(false);
  });
});
