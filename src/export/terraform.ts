// `dpn export terraform`: for every resource in dpn's state, Terraform `import`
// blocks (Terraform / OpenTofu >= 1.5) and matching resource blocks, with each
// import id in the format its provider documents and the arguments filled from
// the state and from what dpn's drivers always write (the ownership parameters,
// the lifecycle rule), so that the first `terraform plan` only imports. The S3
// bucket's versioning and lifecycle are their own resources, as the AWS
// provider splits them. Pure: state in, text out, sorted by key.
import type { Column } from '../blueprint/params.js';
import type { StateResource } from '../state/types.js';
import { UserError } from '../errors.js';
import { ARCHIVE_RULE_ID, ARCHIVE_TRANSITION_DAYS, INTELLIGENT_TIERING_RULE_ID } from '../providers/aws/s3-bucket.js';
import { MANAGED_BY_PARAMETER, MANAGED_BY_VALUE } from '../providers/aws/glue-catalog.js';
import { TABLE_TYPE_PARAMETER, TAG_PARAMETER_PREFIX } from '../providers/aws/glue-table.js';
import { dataSecurityMode } from '../providers/databricks/cluster.js';
import { quartzFor } from '../providers/databricks/job.js';
import { TABLE_TYPE_PROPERTY } from '../providers/databricks/table.js';
import { CREATION_MARKERS } from '../providers/markers.js';
import { attribute, block, comment, quote, ref, renderHcl, type HclItem, type HclValue } from './hcl.js';
import { identifiersOf } from './identifier.js';

export interface TerraformExportOptions {
  /** The Glue Data Catalog id (the AWS account id) for Glue resources whose state records no ARN. */
  awsAccountId?: string;
  /** Shown in the header: where the state was read. */
  stateDir?: string;
}

interface Context {
  ids: Map<string, string>;
  byKey: Map<string, StateResource>;
  accountId: (r: StateResource) => string;
}

const ACCOUNT_ID = /^\d{12}$/;

/** `arn:<partition>:glue:<region>:<account>:…` → the account, the Glue catalog id. */
function accountFromArn(arn: string | undefined): string | undefined {
  const account = arn?.split(':')[4];
  return account !== undefined && ACCOUNT_ID.test(account) ? account : undefined;
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function columns(value: unknown): Column[] {
  return Array.isArray(value) ? (value as Column[]).filter((c) => c && typeof c.name === 'string') : [];
}

function columnBlocks(type: string, list: Column[]): HclItem[] {
  return list.map((c) =>
    block(type, [], [attribute('name', c.name), attribute('type', c.type), ...(c.comment !== undefined ? [attribute('comment', c.comment)] : [])]),
  );
}

function importBlock(to: string, id: string): HclItem {
  return block('import', [], [attribute('to', ref(to)), attribute('id', id)]);
}

/** The address's attribute when the resource it names is handed over too, else the literal. */
function refOr(ctx: Context, key: string | undefined, tfType: string, attr: string, literal: string): HclValue {
  const id = key !== undefined && ctx.byKey.has(key) ? ctx.ids.get(key) : undefined;
  return id === undefined ? literal : ref(`${tfType}.${id}.${attr}`);
}

/** The key this resource depends on that is of `type` (a key starts with its type: `dbx_schema:…`). */
function parentKey(r: StateResource, type: string): string | undefined {
  return (r.dependsOn ?? []).find((k) => k.startsWith(`${type}:`));
}

function archivedNote(r: StateResource, markers: string): HclItem[] {
  return r.archived ? [comment(`Archived by dpn: it carries ${markers}, which the state does not record; the first plan shows them as changes.`)] : [];
}

function s3Bucket(r: StateResource, id: string): HclItem[] {
  const name = r.name;
  const items: HclItem[] = [
    importBlock(`aws_s3_bucket.${id}`, name),
    block('resource', ['aws_s3_bucket', id], [
      ...(typeof r.params.region === 'string' ? [comment(`region ${r.params.region}: the aws provider (or an alias of it) must be set to it`)] : []),
      ...archivedNote(r, 'the tags dpn:archived and dpn:archived-at'),
      attribute('bucket', name),
      attribute('tags', r.tags),
    ]),
  ];
  const bucketRef = ref(`aws_s3_bucket.${id}.id`);
  if (r.params.versioning === true) {
    items.push(
      importBlock(`aws_s3_bucket_versioning.${id}`, name),
      block('resource', ['aws_s3_bucket_versioning', id], [attribute('bucket', bucketRef), block('versioning_configuration', [], [attribute('status', 'Enabled')])]),
    );
  }
  const rules: HclItem[] = [];
  if (typeof r.params.lifecycleDays === 'number') {
    rules.push(
      block('rule', [], [
        attribute('id', INTELLIGENT_TIERING_RULE_ID),
        attribute('status', 'Enabled'),
        block('filter', [], [attribute('prefix', '')]),
        block('transition', [], [attribute('days', r.params.lifecycleDays), attribute('storage_class', 'INTELLIGENT_TIERING')]),
      ]),
    );
  }
  if (r.archived) {
    rules.push(
      block('rule', [], [
        attribute('id', ARCHIVE_RULE_ID),
        attribute('status', 'Enabled'),
        block('filter', [], [attribute('prefix', '')]),
        block('transition', [], [attribute('days', ARCHIVE_TRANSITION_DAYS), attribute('storage_class', 'GLACIER')]),
        block('noncurrent_version_transition', [], [attribute('noncurrent_days', ARCHIVE_TRANSITION_DAYS), attribute('storage_class', 'GLACIER')]),
      ]),
    );
  }
  if (rules.length > 0) {
    items.push(
      importBlock(`aws_s3_bucket_lifecycle_configuration.${id}`, name),
      block('resource', ['aws_s3_bucket_lifecycle_configuration', id], [attribute('bucket', bucketRef), ...rules]),
    );
  }
  return items;
}

function glueDatabase(r: StateResource, id: string, ctx: Context): HclItem[] {
  const catalog = ctx.accountId(r);
  const description = text(r.params.description);
  return [
    importBlock(`aws_glue_catalog_database.${id}`, `${catalog}:${r.name}`),
    block('resource', ['aws_glue_catalog_database', id], [
      ...archivedNote(r, 'the parameters dpn_archived and dpn_archived_at'),
      attribute('name', r.name),
      attribute('catalog_id', catalog),
      ...(description !== undefined ? [attribute('description', description)] : []),
      attribute('parameters', { [MANAGED_BY_PARAMETER]: MANAGED_BY_VALUE }),
      attribute('tags', r.tags),
    ]),
  ];
}

function glueTable(r: StateResource, id: string, ctx: Context): HclItem[] {
  const catalog = ctx.accountId(r);
  const database = text(r.params.databaseName) ?? r.fullName.slice(0, r.fullName.indexOf('.'));
  const description = text(r.params.description);
  const parameters: Record<string, string> = { [MANAGED_BY_PARAMETER]: MANAGED_BY_VALUE };
  if (typeof r.params.tableType === 'string') parameters[TABLE_TYPE_PARAMETER] = r.params.tableType;
  // Glue tables take no AWS tags: dpn keeps the blueprint's tags as parameters.
  for (const [k, v] of Object.entries(r.tags)) parameters[`${TAG_PARAMETER_PREFIX}${k}`] = v;
  return [
    importBlock(`aws_glue_catalog_table.${id}`, `${catalog}:${database}:${r.name}`),
    block('resource', ['aws_glue_catalog_table', id], [
      ...archivedNote(r, 'the parameters dpn_archived and dpn_archived_at'),
      attribute('name', r.name),
      attribute('database_name', refOr(ctx, parentKey(r, 'aws_glue_database'), 'aws_glue_catalog_database', 'name', database)),
      attribute('catalog_id', catalog),
      attribute('table_type', 'EXTERNAL_TABLE'),
      ...(description !== undefined ? [attribute('description', description)] : []),
      attribute('parameters', parameters),
      block('storage_descriptor', [], columnBlocks('columns', columns(r.params.columns))),
      ...columnBlocks('partition_keys', columns(r.params.partitionKeys)),
    ]),
  ];
}

function cluster(r: StateResource, id: string): HclItem[] {
  const autoscale = (r.params.autoscale ?? {}) as { min_workers?: number; max_workers?: number };
  const clusterType = text(r.params.cluster_type);
  const mode = clusterType !== undefined ? dataSecurityMode(clusterType, r.key) : undefined;
  const user = text(r.params.single_user_name);
  return [
    importBlock(`databricks_cluster.${id}`, r.physicalId ?? ''),
    block('resource', ['databricks_cluster', id], [
      ...archivedNote(r, 'a terminated state'),
      attribute('cluster_name', text(r.params.cluster_name) ?? r.name),
      attribute('spark_version', text(r.params.spark_version) ?? ''),
      attribute('node_type_id', text(r.params.node_type_id) ?? ''),
      ...(mode !== undefined ? [attribute('data_security_mode', mode)] : []),
      ...(user !== undefined ? [attribute('single_user_name', user)] : []),
      ...(mode === 'SINGLE_USER' && user === undefined
        ? [comment('single_user_name: dpn set it to the principal it ran as (the service principal); add it here')]
        : []),
      // dpn leaves it unset (the Clusters API then never terminates); the provider's own default is 60.
      attribute('autotermination_minutes', 0),
      block('autoscale', [], [attribute('min_workers', autoscale.min_workers ?? 0), attribute('max_workers', autoscale.max_workers ?? 0)]),
      attribute('custom_tags', stringMap(r.params.custom_tags)),
    ]),
  ];
}

/** Jobs API task fields that the provider takes as map attributes, not blocks. */
const MAP_ATTRIBUTES = new Set(['base_parameters', 'named_parameters', 'spark_conf', 'spark_env_vars', 'custom_tags', 'parameters', 'tags']);
/** Jobs API list fields whose provider block has a singular name. */
const BLOCK_NAMES: Record<string, string> = { libraries: 'library' };

/** A Jobs API object as provider arguments: objects become blocks, lists of objects repeated blocks. */
function apiObject(value: Record<string, unknown>, owner: string): HclItem[] {
  const items: HclItem[] = [];
  const blocks: HclItem[] = [];
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    // Field names come from the blueprint and become argument names: never anything but an identifier.
    if (!/^[a-z_][a-z0-9_]*$/.test(key)) {
      throw new UserError(`${owner}: the task field ${JSON.stringify(key)} cannot be a Terraform argument name`, 'EXPORT_TERRAFORM');
    }
    if (v === undefined || v === null) continue;
    if (MAP_ATTRIBUTES.has(key) && typeof v === 'object' && !Array.isArray(v)) items.push(attribute(key, stringMap(v)));
    else if (Array.isArray(v) && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
      for (const x of v) blocks.push(block(BLOCK_NAMES[key] ?? key, [], apiObject(x as Record<string, unknown>, owner)));
    } else if (typeof v === 'object' && !Array.isArray(v)) blocks.push(block(key, [], apiObject(v as Record<string, unknown>, owner)));
    else items.push(attribute(key, v as HclValue));
  }
  return [...items, ...blocks];
}

const COMPUTE_FIELDS = ['existing_cluster_id', 'new_cluster', 'job_cluster_key', 'environment_key', 'compute_key'];

function job(r: StateResource, id: string, ctx: Context): HclItem[] {
  const clusterKey = text(r.params.clusterKey);
  const clusterId = clusterKey !== undefined ? ctx.byKey.get(clusterKey)?.physicalId : undefined;
  const tasks = Array.isArray(r.params.tasks) ? (r.params.tasks as Record<string, unknown>[]) : [];
  const schedule = text(r.params.schedule);
  return [
    importBlock(`databricks_job.${id}`, r.physicalId ?? ''),
    block('resource', ['databricks_job', id], [
      attribute('name', text(r.params.name) ?? r.name),
      attribute('tags', stringMap(r.params.tags)),
      ...(schedule !== undefined
        ? [
            block('schedule', [], [
              attribute('quartz_cron_expression', quartzFor(schedule, r.key)),
              attribute('timezone_id', 'UTC'),
              // dpn archives a job by pausing its schedule.
              attribute('pause_status', r.archived ? 'PAUSED' : 'UNPAUSED'),
            ]),
          ]
        : []),
      ...tasks.map((task) => {
        // Tasks that name no compute run on the job's cluster (dpn fills its id in at apply time).
        const onJobCluster = !COMPUTE_FIELDS.some((f) => task[f] !== undefined) && clusterId !== undefined;
        const compute = onJobCluster ? [attribute('existing_cluster_id', refOr(ctx, clusterKey, 'databricks_cluster', 'id', clusterId))] : [];
        return block('task', [], [...compute, ...apiObject(task, r.key)]);
      }),
    ]),
  ];
}

function properties(r: StateResource, extra: Record<string, string> = {}): Record<string, string> {
  return { ...stringMap(r.params.properties), ...extra };
}

function catalog(r: StateResource, id: string): HclItem[] {
  const c = text(r.params.comment);
  const root = text(r.params.storage_root);
  return [
    importBlock(`databricks_catalog.${id}`, r.fullName),
    block('resource', ['databricks_catalog', id], [
      ...archivedNote(r, 'the property dpn_archived'),
      attribute('name', r.name),
      ...(c !== undefined ? [attribute('comment', c)] : []),
      ...(root !== undefined ? [attribute('storage_root', root)] : []),
      attribute('properties', properties(r)),
    ]),
  ];
}

function schema(r: StateResource, id: string, ctx: Context): HclItem[] {
  const c = text(r.params.comment);
  const catalogName = text(r.params.catalog_name) ?? r.fullName.split('.')[0] ?? '';
  return [
    importBlock(`databricks_schema.${id}`, r.fullName),
    block('resource', ['databricks_schema', id], [
      ...archivedNote(r, 'the property dpn_archived'),
      attribute('catalog_name', refOr(ctx, parentKey(r, 'dbx_catalog'), 'databricks_catalog', 'name', catalogName)),
      attribute('name', r.name),
      ...(c !== undefined ? [attribute('comment', c)] : []),
      attribute('properties', properties(r)),
    ]),
  ];
}

function table(r: StateResource, id: string, ctx: Context): HclItem[] {
  const [catalogName = '', schemaName = ''] = r.fullName.split('.');
  const schemaKey = parentKey(r, 'dbx_schema');
  const tableType = text(r.params.table_type);
  return [
    importBlock(`databricks_sql_table.${id}`, r.fullName),
    block('resource', ['databricks_sql_table', id], [
      ...archivedNote(r, 'the table property dpn_archived'),
      comment('warehouse_id: set it (or cluster_id) to the SQL warehouse that runs the DDL, as DATABRICKS_WAREHOUSE_ID did for dpn'),
      attribute('catalog_name', refOr(ctx, schemaKey, 'databricks_schema', 'catalog_name', text(r.params.catalog_name) ?? catalogName)),
      attribute('schema_name', refOr(ctx, schemaKey, 'databricks_schema', 'name', text(r.params.schema_name) ?? schemaName)),
      attribute('name', r.name),
      attribute('table_type', 'MANAGED'),
      attribute('properties', tableType !== undefined ? { [TABLE_TYPE_PROPERTY]: tableType } : {}),
      ...columnBlocks('column', columns(r.params.columns)),
    ]),
  ];
}

type Handover = (r: StateResource, id: string, ctx: Context) => HclItem[];

/** How each dpn type is handed over; a type missing here is refused before anything is written. */
const HANDOVER: Readonly<Record<string, Handover>> = {
  aws_s3_bucket: s3Bucket,
  aws_glue_database: glueDatabase,
  aws_glue_table: glueTable,
  dbx_cluster: cluster,
  dbx_job: job,
  dbx_catalog: catalog,
  dbx_schema: schema,
  dbx_table: table,
};

/** The argument each resource's dpn creation marker lives in (its key is CREATION_MARKERS[type].key). */
const MARKER_ARGUMENT: Readonly<Record<string, { resource: string; argument: string }>> = {
  aws_s3_bucket: { resource: 'aws_s3_bucket', argument: 'tags' },
  aws_glue_database: { resource: 'aws_glue_catalog_database', argument: 'parameters' },
  aws_glue_table: { resource: 'aws_glue_catalog_table', argument: 'parameters' },
  dbx_cluster: { resource: 'databricks_cluster', argument: 'custom_tags' },
  dbx_job: { resource: 'databricks_job', argument: 'tags' },
  dbx_catalog: { resource: 'databricks_catalog', argument: 'properties' },
  dbx_schema: { resource: 'databricks_schema', argument: 'properties' },
  dbx_table: { resource: 'databricks_sql_table', argument: 'properties' },
};

/**
 * The creation marker (DESIGN.md, "Ownership") names the transaction that made
 * the resource, which the state does not record; Terraform is told to leave it,
 * so the first plan only imports. Deleting the lifecycle block later lets
 * Terraform remove the marker: the resource is then Terraform's alone.
 */
function withMarkerIgnored(type: string, items: HclItem[]): HclItem[] {
  const where = MARKER_ARGUMENT[type];
  if (!where) return items;
  const key = CREATION_MARKERS[type as keyof typeof CREATION_MARKERS].key;
  return items.map((item) =>
    item.kind === 'block' && item.type === 'resource' && item.labels[0] === where.resource
      ? { ...item, body: [...item.body, block('lifecycle', [], [attribute('ignore_changes', [ref(`${where.argument}[${quote(key)}]`)])])] }
      : item,
  );
}

/** Problems that stop the export before anything is written, one line each. */
function problems(resources: StateResource[], options: TerraformExportOptions): string[] {
  const out: string[] = [];
  for (const r of resources) {
    if (!(r.type in HANDOVER)) out.push(`${r.key}: dpn cannot hand over resources of type ${r.type} to Terraform`);
    if ((r.type === 'dbx_cluster' || r.type === 'dbx_job') && !r.physicalId) out.push(`${r.key}: the state records no ${r.type === 'dbx_job' ? 'job' : 'cluster'} id`);
    if ((r.type === 'aws_glue_database' || r.type === 'aws_glue_table') && accountFromArn(r.physicalId) === undefined && options.awsAccountId === undefined) {
      out.push(`${r.key}: the state records no Glue ARN, so the catalog id (the AWS account id) of its import id is unknown; give it with --aws-account-id`);
    }
  }
  return out;
}

export function renderTerraformExport(state: Iterable<StateResource>, options: TerraformExportOptions = {}): string {
  if (options.awsAccountId !== undefined && !ACCOUNT_ID.test(options.awsAccountId)) {
    throw new UserError(`--aws-account-id must be 12 digits, got "${options.awsAccountId}"`, 'EXPORT_ACCOUNT_ID');
  }
  const resources = [...state].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (resources.length === 0) {
    throw new UserError(`the state${options.stateDir ? ` in ${options.stateDir}` : ''} holds no resource`, 'EXPORT_EMPTY_STATE', 'run dpn reconcile first, or give the right --state-dir');
  }
  const found = problems(resources, options);
  if (found.length > 0) throw new UserError(`cannot export to Terraform:\n  ${found.join('\n  ')}`, 'EXPORT_TERRAFORM');
  const ctx: Context = {
    ids: identifiersOf(resources.map((r) => r.key)),
    byKey: new Map(resources.map((r) => [r.key, r])),
    accountId: (r) => {
      const fromArn = accountFromArn(r.physicalId);
      if (fromArn !== undefined && options.awsAccountId !== undefined && fromArn !== options.awsAccountId) {
        throw new UserError(`${r.key}: its ARN in the state names account ${fromArn}, not --aws-account-id ${options.awsAccountId}`, 'EXPORT_ACCOUNT_ID');
      }
      return fromArn ?? (options.awsAccountId as string);
    },
  };
  const items: HclItem[] = [
    comment(
      [
        `Generated by \`dpn export terraform\`${options.stateDir ? ` from the state in ${options.stateDir}` : ''}: regenerate it, do not edit it before the handover.`,
        'An import block and the matching resource for every resource dpn manages (Terraform or OpenTofu >= 1.5).',
        '`terraform plan` should show only imports; after `terraform apply`, remove the blueprints and dpn state entries',
        "of these resources so that dpn stops managing them (see README, \"dpn and Terraform\").",
      ].join('\n'),
    ),
  ];
  for (const r of resources) {
    const id = ctx.ids.get(r.key) as string;
    items.push(comment(`${r.key} (blueprint ${r.blueprint})`));
    items.push(...withMarkerIgnored(r.type, (HANDOVER[r.type] as Handover)(r, id, ctx)));
  }
  return renderHcl(items);
}
