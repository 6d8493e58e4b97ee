export const id = 153;
export const ids = [153];
export const modules = {

/***/ 9020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderTerraformExport: () => (/* binding */ renderTerraformExport)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/providers/aws/s3-bucket.ts
var s3_bucket = __webpack_require__(3271);
// EXTERNAL MODULE: ./src/providers/aws/glue-catalog.ts
var glue_catalog = __webpack_require__(4001);
// EXTERNAL MODULE: ./src/providers/aws/glue-table.ts
var glue_table = __webpack_require__(9614);
// EXTERNAL MODULE: ./src/providers/databricks/cluster.ts
var cluster = __webpack_require__(307);
// EXTERNAL MODULE: ./src/providers/databricks/job.ts
var job = __webpack_require__(5682);
// EXTERNAL MODULE: ./src/providers/databricks/table.ts + 1 modules
var table = __webpack_require__(3428);
// EXTERNAL MODULE: ./src/providers/aws/ownership.ts
var ownership = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/providers/databricks/common.ts
var common = __webpack_require__(4616);
;// CONCATENATED MODULE: ./src/providers/markers.ts
// Where each provisioned type carries dpn's creation marker (DESIGN.md,
// "Ownership"), from the constants the drivers write: for the reference docs
// and anything else that must name them without loading a driver.


const CREATION_MARKERS = {
    aws_s3_bucket: { place: 'bucket tag', key: ownership/* CREATED_BY_TAG */.Aw, writtenBy: 'the one PutBucketTagging right after CreateBucket (CreateBucket takes no tags)' },
    aws_glue_database: { place: 'database parameter', key: ownership/* CREATED_BY_PARAMETER */.d6, writtenBy: 'CreateDatabase' },
    aws_glue_table: { place: 'table parameter', key: ownership/* CREATED_BY_PARAMETER */.d6, writtenBy: 'CreateTable' },
    dbx_cluster: { place: 'custom_tags', key: common/* CREATED_BY_MARK */.J1, writtenBy: 'clusters/create' },
    dbx_job: { place: 'job tags', key: common/* CREATED_BY_MARK */.J1, writtenBy: 'jobs/create' },
    dbx_catalog: { place: 'catalog properties', key: common/* CREATED_BY_MARK */.J1, writtenBy: 'POST catalogs' },
    dbx_schema: { place: 'schema properties', key: common/* CREATED_BY_MARK */.J1, writtenBy: 'POST schemas' },
    dbx_table: { place: 'TBLPROPERTIES', key: common/* CREATED_BY_MARK */.J1, writtenBy: 'CREATE TABLE' },
};

// EXTERNAL MODULE: ./src/export/hcl.ts
var hcl = __webpack_require__(5641);
// EXTERNAL MODULE: ./src/export/identifier.ts
var identifier = __webpack_require__(3007);
;// CONCATENATED MODULE: ./src/export/terraform.ts










const ACCOUNT_ID = /^\d{12}$/;
/** `arn:<partition>:glue:<region>:<account>:…` → the account, the Glue catalog id. */
function accountFromArn(arn) {
    const account = arn?.split(':')[4];
    return account !== undefined && ACCOUNT_ID.test(account) ? account : undefined;
}
function stringMap(value) {
    const out = {};
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            if (typeof v === 'string')
                out[k] = v;
    }
    return out;
}
function terraform_text(value) {
    return typeof value === 'string' ? value : undefined;
}
function columns(value) {
    return Array.isArray(value) ? value.filter((c) => c && typeof c.name === 'string') : [];
}
function columnBlocks(type, list) {
    return list.map((c) => (0,hcl/* block */.om)(type, [], [(0,hcl/* attribute */.lt)('name', c.name), (0,hcl/* attribute */.lt)('type', c.type), ...(c.comment !== undefined ? [(0,hcl/* attribute */.lt)('comment', c.comment)] : [])]));
}
function importBlock(to, id) {
    return (0,hcl/* block */.om)('import', [], [(0,hcl/* attribute */.lt)('to', (0,hcl/* ref */.KR)(to)), (0,hcl/* attribute */.lt)('id', id)]);
}
/** The address's attribute when the resource it names is handed over too, else the literal. */
function refOr(ctx, key, tfType, attr, literal) {
    const id = key !== undefined && ctx.byKey.has(key) ? ctx.ids.get(key) : undefined;
    return id === undefined ? literal : (0,hcl/* ref */.KR)(`${tfType}.${id}.${attr}`);
}
/** The key this resource depends on that is of `type` (a key starts with its type: `dbx_schema:…`). */
function parentKey(r, type) {
    return (r.dependsOn ?? []).find((k) => k.startsWith(`${type}:`));
}
function archivedNote(r, markers) {
    return r.archived ? [(0,hcl/* comment */.Im)(`Archived by dpn: it carries ${markers}, which the state does not record; the first plan shows them as changes.`)] : [];
}
function s3Bucket(r, id) {
    const name = r.name;
    const items = [
        importBlock(`aws_s3_bucket.${id}`, name),
        (0,hcl/* block */.om)('resource', ['aws_s3_bucket', id], [
            ...(typeof r.params.region === 'string' ? [(0,hcl/* comment */.Im)(`region ${r.params.region}: the aws provider (or an alias of it) must be set to it`)] : []),
            ...archivedNote(r, 'the tags dpn:archived and dpn:archived-at'),
            (0,hcl/* attribute */.lt)('bucket', name),
            (0,hcl/* attribute */.lt)('tags', r.tags),
        ]),
    ];
    const bucketRef = (0,hcl/* ref */.KR)(`aws_s3_bucket.${id}.id`);
    if (r.params.versioning === true) {
        items.push(importBlock(`aws_s3_bucket_versioning.${id}`, name), (0,hcl/* block */.om)('resource', ['aws_s3_bucket_versioning', id], [(0,hcl/* attribute */.lt)('bucket', bucketRef), (0,hcl/* block */.om)('versioning_configuration', [], [(0,hcl/* attribute */.lt)('status', 'Enabled')])]));
    }
    const rules = [];
    if (typeof r.params.lifecycleDays === 'number') {
        rules.push((0,hcl/* block */.om)('rule', [], [
            (0,hcl/* attribute */.lt)('id', s3_bucket/* INTELLIGENT_TIERING_RULE_ID */.cB),
            (0,hcl/* attribute */.lt)('status', 'Enabled'),
            (0,hcl/* block */.om)('filter', [], [(0,hcl/* attribute */.lt)('prefix', '')]),
            (0,hcl/* block */.om)('transition', [], [(0,hcl/* attribute */.lt)('days', r.params.lifecycleDays), (0,hcl/* attribute */.lt)('storage_class', 'INTELLIGENT_TIERING')]),
        ]));
    }
    if (r.archived) {
        rules.push((0,hcl/* block */.om)('rule', [], [
            (0,hcl/* attribute */.lt)('id', s3_bucket/* ARCHIVE_RULE_ID */.gV),
            (0,hcl/* attribute */.lt)('status', 'Enabled'),
            (0,hcl/* block */.om)('filter', [], [(0,hcl/* attribute */.lt)('prefix', '')]),
            (0,hcl/* block */.om)('transition', [], [(0,hcl/* attribute */.lt)('days', s3_bucket/* ARCHIVE_TRANSITION_DAYS */.ft), (0,hcl/* attribute */.lt)('storage_class', 'GLACIER')]),
            (0,hcl/* block */.om)('noncurrent_version_transition', [], [(0,hcl/* attribute */.lt)('noncurrent_days', s3_bucket/* ARCHIVE_TRANSITION_DAYS */.ft), (0,hcl/* attribute */.lt)('storage_class', 'GLACIER')]),
        ]));
    }
    if (rules.length > 0) {
        items.push(importBlock(`aws_s3_bucket_lifecycle_configuration.${id}`, name), (0,hcl/* block */.om)('resource', ['aws_s3_bucket_lifecycle_configuration', id], [(0,hcl/* attribute */.lt)('bucket', bucketRef), ...rules]));
    }
    return items;
}
function glueDatabase(r, id, ctx) {
    const catalog = ctx.accountId(r);
    const description = terraform_text(r.params.description);
    return [
        importBlock(`aws_glue_catalog_database.${id}`, `${catalog}:${r.name}`),
        (0,hcl/* block */.om)('resource', ['aws_glue_catalog_database', id], [
            ...archivedNote(r, 'the parameters dpn_archived and dpn_archived_at'),
            (0,hcl/* attribute */.lt)('name', r.name),
            (0,hcl/* attribute */.lt)('catalog_id', catalog),
            ...(description !== undefined ? [(0,hcl/* attribute */.lt)('description', description)] : []),
            (0,hcl/* attribute */.lt)('parameters', { [glue_catalog/* MANAGED_BY_PARAMETER */.qb]: glue_catalog/* MANAGED_BY_VALUE */.Q9 }),
            (0,hcl/* attribute */.lt)('tags', r.tags),
        ]),
    ];
}
function glueTable(r, id, ctx) {
    const catalog = ctx.accountId(r);
    const database = terraform_text(r.params.databaseName) ?? r.fullName.slice(0, r.fullName.indexOf('.'));
    const description = terraform_text(r.params.description);
    const parameters = { [glue_catalog/* MANAGED_BY_PARAMETER */.qb]: glue_catalog/* MANAGED_BY_VALUE */.Q9 };
    if (typeof r.params.tableType === 'string')
        parameters[glue_table/* TABLE_TYPE_PARAMETER */.gF] = r.params.tableType;
    // Glue tables take no AWS tags: dpn keeps the blueprint's tags as parameters.
    for (const [k, v] of Object.entries(r.tags))
        parameters[`${glue_table/* TAG_PARAMETER_PREFIX */.AT}${k}`] = v;
    return [
        importBlock(`aws_glue_catalog_table.${id}`, `${catalog}:${database}:${r.name}`),
        (0,hcl/* block */.om)('resource', ['aws_glue_catalog_table', id], [
            ...archivedNote(r, 'the parameters dpn_archived and dpn_archived_at'),
            (0,hcl/* attribute */.lt)('name', r.name),
            (0,hcl/* attribute */.lt)('database_name', refOr(ctx, parentKey(r, 'aws_glue_database'), 'aws_glue_catalog_database', 'name', database)),
            (0,hcl/* attribute */.lt)('catalog_id', catalog),
            (0,hcl/* attribute */.lt)('table_type', 'EXTERNAL_TABLE'),
            ...(description !== undefined ? [(0,hcl/* attribute */.lt)('description', description)] : []),
            (0,hcl/* attribute */.lt)('parameters', parameters),
            (0,hcl/* block */.om)('storage_descriptor', [], columnBlocks('columns', columns(r.params.columns))),
            ...columnBlocks('partition_keys', columns(r.params.partitionKeys)),
        ]),
    ];
}
function terraform_cluster(r, id) {
    const autoscale = (r.params.autoscale ?? {});
    const clusterType = terraform_text(r.params.cluster_type);
    const mode = clusterType !== undefined ? (0,cluster/* dataSecurityMode */.CG)(clusterType, r.key) : undefined;
    const user = terraform_text(r.params.single_user_name);
    return [
        importBlock(`databricks_cluster.${id}`, r.physicalId ?? ''),
        (0,hcl/* block */.om)('resource', ['databricks_cluster', id], [
            ...archivedNote(r, 'a terminated state'),
            (0,hcl/* attribute */.lt)('cluster_name', terraform_text(r.params.cluster_name) ?? r.name),
            (0,hcl/* attribute */.lt)('spark_version', terraform_text(r.params.spark_version) ?? ''),
            (0,hcl/* attribute */.lt)('node_type_id', terraform_text(r.params.node_type_id) ?? ''),
            ...(mode !== undefined ? [(0,hcl/* attribute */.lt)('data_security_mode', mode)] : []),
            ...(user !== undefined ? [(0,hcl/* attribute */.lt)('single_user_name', user)] : []),
            ...(mode === 'SINGLE_USER' && user === undefined
                ? [(0,hcl/* comment */.Im)('single_user_name: dpn set it to the principal it ran as (the service principal); add it here')]
                : []),
            // dpn leaves it unset (the Clusters API then never terminates); the provider's own default is 60.
            (0,hcl/* attribute */.lt)('autotermination_minutes', 0),
            (0,hcl/* block */.om)('autoscale', [], [(0,hcl/* attribute */.lt)('min_workers', autoscale.min_workers ?? 0), (0,hcl/* attribute */.lt)('max_workers', autoscale.max_workers ?? 0)]),
            (0,hcl/* attribute */.lt)('custom_tags', stringMap(r.params.custom_tags)),
        ]),
    ];
}
/** Jobs API task fields that the provider takes as map attributes, not blocks. */
const MAP_ATTRIBUTES = new Set(['base_parameters', 'named_parameters', 'spark_conf', 'spark_env_vars', 'custom_tags', 'parameters', 'tags']);
/** Jobs API list fields whose provider block has a singular name. */
const BLOCK_NAMES = { libraries: 'library' };
/** A Jobs API object as provider arguments: objects become blocks, lists of objects repeated blocks. */
function apiObject(value, owner) {
    const items = [];
    const blocks = [];
    for (const key of Object.keys(value).sort()) {
        const v = value[key];
        // Field names come from the blueprint and become argument names: never anything but an identifier.
        if (!/^[a-z_][a-z0-9_]*$/.test(key)) {
            throw new errors/* UserError */.yo(`${owner}: the task field ${JSON.stringify(key)} cannot be a Terraform argument name`, 'EXPORT_TERRAFORM');
        }
        if (v === undefined || v === null)
            continue;
        if (MAP_ATTRIBUTES.has(key) && typeof v === 'object' && !Array.isArray(v))
            items.push((0,hcl/* attribute */.lt)(key, stringMap(v)));
        else if (Array.isArray(v) && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) {
            for (const x of v)
                blocks.push((0,hcl/* block */.om)(BLOCK_NAMES[key] ?? key, [], apiObject(x, owner)));
        }
        else if (typeof v === 'object' && !Array.isArray(v))
            blocks.push((0,hcl/* block */.om)(key, [], apiObject(v, owner)));
        else
            items.push((0,hcl/* attribute */.lt)(key, v));
    }
    return [...items, ...blocks];
}
const COMPUTE_FIELDS = ['existing_cluster_id', 'new_cluster', 'job_cluster_key', 'environment_key', 'compute_key'];
function terraform_job(r, id, ctx) {
    const clusterKey = terraform_text(r.params.clusterKey);
    const clusterId = clusterKey !== undefined ? ctx.byKey.get(clusterKey)?.physicalId : undefined;
    const tasks = Array.isArray(r.params.tasks) ? r.params.tasks : [];
    const schedule = terraform_text(r.params.schedule);
    return [
        importBlock(`databricks_job.${id}`, r.physicalId ?? ''),
        (0,hcl/* block */.om)('resource', ['databricks_job', id], [
            (0,hcl/* attribute */.lt)('name', terraform_text(r.params.name) ?? r.name),
            (0,hcl/* attribute */.lt)('tags', stringMap(r.params.tags)),
            ...(schedule !== undefined
                ? [
                    (0,hcl/* block */.om)('schedule', [], [
                        (0,hcl/* attribute */.lt)('quartz_cron_expression', (0,job/* quartzFor */.Vi)(schedule, r.key)),
                        (0,hcl/* attribute */.lt)('timezone_id', 'UTC'),
                        // dpn archives a job by pausing its schedule.
                        (0,hcl/* attribute */.lt)('pause_status', r.archived ? 'PAUSED' : 'UNPAUSED'),
                    ]),
                ]
                : []),
            ...tasks.map((task) => {
                // Tasks that name no compute run on the job's cluster (dpn fills its id in at apply time).
                const onJobCluster = !COMPUTE_FIELDS.some((f) => task[f] !== undefined) && clusterId !== undefined;
                const compute = onJobCluster ? [(0,hcl/* attribute */.lt)('existing_cluster_id', refOr(ctx, clusterKey, 'databricks_cluster', 'id', clusterId))] : [];
                return (0,hcl/* block */.om)('task', [], [...compute, ...apiObject(task, r.key)]);
            }),
        ]),
    ];
}
function properties(r, extra = {}) {
    return { ...stringMap(r.params.properties), ...extra };
}
function catalog(r, id) {
    const c = terraform_text(r.params.comment);
    const root = terraform_text(r.params.storage_root);
    return [
        importBlock(`databricks_catalog.${id}`, r.fullName),
        (0,hcl/* block */.om)('resource', ['databricks_catalog', id], [
            ...archivedNote(r, 'the property dpn_archived'),
            (0,hcl/* attribute */.lt)('name', r.name),
            ...(c !== undefined ? [(0,hcl/* attribute */.lt)('comment', c)] : []),
            ...(root !== undefined ? [(0,hcl/* attribute */.lt)('storage_root', root)] : []),
            (0,hcl/* attribute */.lt)('properties', properties(r)),
        ]),
    ];
}
function schema(r, id, ctx) {
    const c = terraform_text(r.params.comment);
    const catalogName = terraform_text(r.params.catalog_name) ?? r.fullName.split('.')[0] ?? '';
    return [
        importBlock(`databricks_schema.${id}`, r.fullName),
        (0,hcl/* block */.om)('resource', ['databricks_schema', id], [
            ...archivedNote(r, 'the property dpn_archived'),
            (0,hcl/* attribute */.lt)('catalog_name', refOr(ctx, parentKey(r, 'dbx_catalog'), 'databricks_catalog', 'name', catalogName)),
            (0,hcl/* attribute */.lt)('name', r.name),
            ...(c !== undefined ? [(0,hcl/* attribute */.lt)('comment', c)] : []),
            (0,hcl/* attribute */.lt)('properties', properties(r)),
        ]),
    ];
}
function terraform_table(r, id, ctx) {
    const [catalogName = '', schemaName = ''] = r.fullName.split('.');
    const schemaKey = parentKey(r, 'dbx_schema');
    const tableType = terraform_text(r.params.table_type);
    return [
        importBlock(`databricks_sql_table.${id}`, r.fullName),
        (0,hcl/* block */.om)('resource', ['databricks_sql_table', id], [
            ...archivedNote(r, 'the table property dpn_archived'),
            (0,hcl/* comment */.Im)('warehouse_id: set it (or cluster_id) to the SQL warehouse that runs the DDL, as DATABRICKS_WAREHOUSE_ID did for dpn'),
            (0,hcl/* attribute */.lt)('catalog_name', refOr(ctx, schemaKey, 'databricks_schema', 'catalog_name', terraform_text(r.params.catalog_name) ?? catalogName)),
            (0,hcl/* attribute */.lt)('schema_name', refOr(ctx, schemaKey, 'databricks_schema', 'name', terraform_text(r.params.schema_name) ?? schemaName)),
            (0,hcl/* attribute */.lt)('name', r.name),
            (0,hcl/* attribute */.lt)('table_type', 'MANAGED'),
            (0,hcl/* attribute */.lt)('properties', tableType !== undefined ? { [table/* TABLE_TYPE_PROPERTY */.O]: tableType } : {}),
            ...columnBlocks('column', columns(r.params.columns)),
        ]),
    ];
}
/** How each dpn type is handed over; a type missing here is refused before anything is written. */
const HANDOVER = {
    aws_s3_bucket: s3Bucket,
    aws_glue_database: glueDatabase,
    aws_glue_table: glueTable,
    dbx_cluster: terraform_cluster,
    dbx_job: terraform_job,
    dbx_catalog: catalog,
    dbx_schema: schema,
    dbx_table: terraform_table,
};
/** The argument each resource's dpn creation marker lives in (its key is CREATION_MARKERS[type].key). */
const MARKER_ARGUMENT = {
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
function withMarkerIgnored(type, items) {
    const where = MARKER_ARGUMENT[type];
    if (!where)
        return items;
    const key = CREATION_MARKERS[type].key;
    return items.map((item) => item.kind === 'block' && item.type === 'resource' && item.labels[0] === where.resource
        ? { ...item, body: [...item.body, (0,hcl/* block */.om)('lifecycle', [], [(0,hcl/* attribute */.lt)('ignore_changes', [(0,hcl/* ref */.KR)(`${where.argument}[${(0,hcl/* quote */.hD)(key)}]`)])])] }
        : item);
}
/** Problems that stop the export before anything is written, one line each. */
function problems(resources, options) {
    const out = [];
    for (const r of resources) {
        if (!(r.type in HANDOVER))
            out.push(`${r.key}: dpn cannot hand over resources of type ${r.type} to Terraform`);
        if ((r.type === 'dbx_cluster' || r.type === 'dbx_job') && !r.physicalId)
            out.push(`${r.key}: the state records no ${r.type === 'dbx_job' ? 'job' : 'cluster'} id`);
        if ((r.type === 'aws_glue_database' || r.type === 'aws_glue_table') && accountFromArn(r.physicalId) === undefined && options.awsAccountId === undefined) {
            out.push(`${r.key}: the state records no Glue ARN, so the catalog id (the AWS account id) of its import id is unknown; give it with --aws-account-id`);
        }
    }
    return out;
}
function renderTerraformExport(state, options = {}) {
    if (options.awsAccountId !== undefined && !ACCOUNT_ID.test(options.awsAccountId)) {
        throw new errors/* UserError */.yo(`--aws-account-id must be 12 digits, got "${options.awsAccountId}"`, 'EXPORT_ACCOUNT_ID');
    }
    const resources = [...state].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (resources.length === 0) {
        throw new errors/* UserError */.yo(`the state${options.stateDir ? ` in ${options.stateDir}` : ''} holds no resource`, 'EXPORT_EMPTY_STATE', 'run dpn reconcile first, or give the right --state-dir');
    }
    const found = problems(resources, options);
    if (found.length > 0)
        throw new errors/* UserError */.yo(`cannot export to Terraform:\n  ${found.join('\n  ')}`, 'EXPORT_TERRAFORM');
    const ctx = {
        ids: (0,identifier/* identifiersOf */.S)(resources.map((r) => r.key)),
        byKey: new Map(resources.map((r) => [r.key, r])),
        accountId: (r) => {
            const fromArn = accountFromArn(r.physicalId);
            if (fromArn !== undefined && options.awsAccountId !== undefined && fromArn !== options.awsAccountId) {
                throw new errors/* UserError */.yo(`${r.key}: its ARN in the state names account ${fromArn}, not --aws-account-id ${options.awsAccountId}`, 'EXPORT_ACCOUNT_ID');
            }
            return fromArn ?? options.awsAccountId;
        },
    };
    const items = [
        (0,hcl/* comment */.Im)([
            `Generated by \`dpn export terraform\`${options.stateDir ? ` from the state in ${options.stateDir}` : ''}: regenerate it, do not edit it before the handover.`,
            'An import block and the matching resource for every resource dpn manages (Terraform or OpenTofu >= 1.5).',
            '`terraform plan` should show only imports; after `terraform apply`, remove the blueprints and dpn state entries',
            "of these resources so that dpn stops managing them (see README, \"dpn and Terraform\").",
        ].join('\n')),
    ];
    for (const r of resources) {
        const id = ctx.ids.get(r.key);
        items.push((0,hcl/* comment */.Im)(`${r.key} (blueprint ${r.blueprint})`));
        items.push(...withMarkerIgnored(r.type, HANDOVER[r.type](r, id, ctx)));
    }
    return (0,hcl/* renderHcl */.sr)(items);
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mZ: () => (/* binding */ ProviderError)
/* harmony export */ });
/* unused harmony exports CAPABILITY_NAMES, capabilitiesOf */
/** Every capability's name; the check below fails to compile when one is missing. */
const CAPABILITY_NAMES = (/* unused pure expression or super */ null && (['looksBeforeCreate']));
const everyCapabilityListed = true;
void everyCapabilityListed;
/** The capabilities `driver` declares, each as true or false. */
function capabilitiesOf(driver) {
    return Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, driver[name] === true]));
}
/** Errors a driver throws, so the engine can decide to retry, stop or explain. */
class ProviderError extends Error {
    kind;
    details;
    constructor(message, kind, details = {}) {
        super(message);
        this.kind = kind;
        this.details = details;
        this.name = 'ProviderError';
    }
    get retryable() {
        return this.kind === 'transient';
    }
}


/***/ })

};
