export const id = 33;
export const ids = [33];
export const modules = {

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ blueprintField),
/* harmony export */   n: () => (/* binding */ blueprintChanges)
/* harmony export */ });
/** Per resource type: the first segment under `params` → the blueprint field it came from. */
const PARAMS = {
    aws_s3_bucket: { lifecycleDays: 'lifecycle_days' },
    aws_glue_table: { databaseName: 'database_ref', tableType: 'table_type', partitionKeys: 'partition_keys' },
    dbx_cluster: { cluster_name: 'name', node_type_id: 'node_type', custom_tags: 'tags' },
    dbx_job: { clusterKey: 'cluster_ref' },
    dbx_schema: { catalog_name: 'catalog' },
    dbx_table: { catalog_name: 'catalog', schema_name: 'schema' },
};
/** Nested fields whose driver name differs from the blueprint's. */
const NESTED = { min_workers: 'min', max_workers: 'max' };
/** Tags that dpn derives from `metadata`; any other tag keeps its own key. */
const TAG_SOURCES = {
    Team: 'metadata.team',
    CostCenter: 'metadata.cost_center',
    Environment: 'metadata.environment',
    Project: 'metadata.project',
};
const TOP = { deletionPolicy: 'deletion_policy', fullName: 'full_name', dependsOn: 'depends_on' };
// A path is segments `.word` or `["any key"]` and indexes `[3]` (see src/plan/fields.ts childPath).
const SEGMENT = /^(?:\.?([A-Za-z_$][\w$-]*)|\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\])/;
function segments(path) {
    const out = [];
    let rest = path;
    while (rest.length > 0) {
        const m = SEGMENT.exec(rest);
        if (!m)
            return [path];
        out.push(m[1] ?? (m[2] !== undefined ? JSON.parse(m[2]) : Number(m[3])));
        rest = rest.slice(m[0].length);
    }
    return out;
}
function join(parts) {
    let out = '';
    for (const p of parts) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(p))
            out += out ? `.${p}` : p;
        else
            out += `[${JSON.stringify(p)}]`;
    }
    return out;
}
const snake = (word) => word.replace(/[a-z0-9][A-Z]/g, (m) => `${m[0]}_${m[1].toLowerCase()}`);
/** `params.lifecycleDays` of an aws_s3_bucket → `lifecycle_days`; `tags.Team` → `metadata.team`. */
function blueprintField(type, path) {
    const parts = segments(path);
    const [head, ...rest] = parts;
    if (head === 'tags')
        return tagField(rest);
    if (head !== 'params')
        return typeof head === 'string' && TOP[head] ? join([TOP[head], ...rest]) : path;
    const [first, ...tail] = rest;
    if (typeof first !== 'string')
        return path;
    if (first === 'region')
        return 'metadata.region';
    const mapped = PARAMS[type]?.[first] ?? snake(first);
    if (mapped === 'tags')
        return tagField(tail);
    return join([mapped, ...tail.map((p) => (typeof p === 'string' ? (NESTED[p] ?? p) : p))]);
}
function tagField(rest) {
    const [key, ...more] = rest;
    if (typeof key === 'string' && TAG_SOURCES[key] && more.length === 0)
        return TAG_SOURCES[key];
    return join(['tags', ...rest]);
}
/**
 * A plan operation's field changes in blueprint terms. One blueprint field can
 * reach several driver fields (`metadata.team` is the resource's tag and a
 * cluster's custom tag); it is listed once.
 */
function blueprintChanges(type, changes) {
    const seen = new Set();
    const out = [];
    for (const c of changes) {
        const field = blueprintField(type, c.path);
        const id = `${field}\u0000${JSON.stringify(c.before)}\u0000${JSON.stringify(c.after)}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const shown = { field };
        if (c.before !== undefined)
            shown.before = c.before;
        if (c.after !== undefined)
            shown.after = c.after;
        out.push(shown);
    }
    return out;
}


/***/ }),

/***/ 2777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ loadBlueprints)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
// EXTERNAL MODULE: ./schemas/blueprint.schema.json
var blueprint_schema = __webpack_require__(5643);
// EXTERNAL MODULE: ./src/source/index.ts + 5 modules
var source = __webpack_require__(4358);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/overrides.ts
var overrides = __webpack_require__(423);
// EXTERNAL MODULE: ./src/naming/clouds.ts
var clouds = __webpack_require__(4);
// EXTERNAL MODULE: ./src/naming/generate.ts
var generate = __webpack_require__(4233);
// EXTERNAL MODULE: ./src/config/variables.ts
var variables = __webpack_require__(9183);
;// CONCATENATED MODULE: ./src/blueprint/document.ts
const DEFAULTS = {
    versioning: true,
    lifecycleDays: 90,
    sparkVersion: '13.3.x-scala2.12',
    autoscaleMin: 2,
    autoscaleMax: 8,
    tableType: 'fact',
    deletionPolicy: 'archive',
};
/** The naming values a table has when it does not say: its type (a table's name usually reads {table_type}). */
const TABLE_DEFAULTS = Object.freeze({ table_type: DEFAULTS.tableType });

;// CONCATENATED MODULE: ./src/blueprint/expand-clouds.ts


function expandClouds(resources, expander) {
    if (resources.azure !== undefined)
        azure(resources.azure, expander);
    if (resources.gcp !== undefined)
        gcp(resources.gcp, expander);
}
/** Names and adds each entry of a list whose identity is `logical(entry)`; returns the parents by that identity. */
function each(expander, type, entries, path, logical, params, 
/** Parents are named even out of scope, so their children's references resolve (as Glue databases are). */
parent = false) {
    const byIdentity = new Map();
    const list = expander.list(type, path);
    if (!parent && !list.inScope)
        return byIdentity;
    (entries ?? []).forEach((entry, i) => {
        const identity = logical(entry);
        const named = expander.name(list, entry, i);
        if (!named) {
            if (!byIdentity.has(identity))
                byIdentity.set(identity, null);
            return;
        }
        const spec = expander.add(list, identity, named, entry, i, undefined, undefined, params(entry, named));
        if (!byIdentity.has(identity))
            byIdentity.set(identity, { key: spec.key, name: spec.name, inScope: list.inScope });
    });
    return byIdentity;
}
function choices(parents) {
    if (parents.size === 0)
        return '; the blueprint defines none';
    const names = [...parents.keys()];
    return `; it has ${names.slice(0, 10).map((n) => `'${n}'`).join(', ')}${names.length > 10 ? ', …' : ''}`;
}
/** Names and adds children of parents found by reference; a reference that matches nothing is an error at the reference. */
function children(expander, type, entries, path, reference, build) {
    const list = expander.list(type, path);
    if (!list.inScope)
        return;
    (entries ?? []).forEach((entry, i) => {
        const ref = String(entry[reference.field]);
        const parent = reference.parents.get(ref);
        if (parent === undefined) {
            expander.report((0,source/* error */.z3)(reference.code, `${reference.field} '${ref}' matches no ${reference.what} of this blueprint (${reference.hint}${choices(reference.parents)})`, expander.at([...path, i, reference.field])));
            return;
        }
        const named = expander.name(list, entry, i, type === 'gcp_bigquery_table' ? TABLE_DEFAULTS : undefined);
        if (!named || parent === null)
            return;
        const spec = build(entry, parent, named);
        expander.add(list, spec.logical, named, entry, i, spec.fullName, parent.inScope ? [parent.key] : [], spec.params);
    });
}
function azure(doc, expander) {
    const path = ['resources', 'azure'];
    const location = expander.metadata.azure_location ?? '';
    const placed = () => ({ location });
    const byPurpose = (entry) => entry.purpose;
    each(expander, 'azure_resource_group', doc.resource_groups, [...path, 'resource_groups'], byPurpose, placed);
    const accounts = each(expander, 'azure_storage_account', doc.storage_accounts, [...path, 'storage_accounts'], (a) => `${a.purpose}-${a.layer}`, placed, true);
    children(expander, 'azure_storage_container', doc.storage_containers, [...path, 'storage_containers'], { field: 'account_ref', code: 'REF_ACCOUNT_NOT_FOUND', what: 'Azure storage account', hint: 'an account is referred to as "{purpose}-{layer}"', parents: accounts }, (entry, account, named) => ({
        logical: `${entry.account_ref}/${entry.domain}-${entry.layer}`,
        // A container name is unique within its account: the account is part of the full name.
        fullName: `${account.name}/${named.name}`,
        params: { location, storageAccount: account.name },
    }));
    each(expander, 'azure_databricks_workspace', doc.databricks_workspaces, [...path, 'databricks_workspaces'], byPurpose, placed);
    each(expander, 'azure_data_factory', doc.data_factories, [...path, 'data_factories'], byPurpose, placed);
    each(expander, 'azure_synapse_workspace', doc.synapse_workspaces, [...path, 'synapse_workspaces'], byPurpose, placed);
    each(expander, 'azure_key_vault', doc.key_vaults, [...path, 'key_vaults'], byPurpose, placed);
    each(expander, 'azure_eventhub_namespace', doc.eventhub_namespaces, [...path, 'eventhub_namespaces'], byPurpose, placed);
}
function columns(list) {
    return (list ?? []).map((c) => (c.comment !== undefined ? { name: c.name, type: c.type, comment: c.comment } : { name: c.name, type: c.type }));
}
function gcp(doc, expander) {
    const path = ['resources', 'gcp'];
    const region = expander.metadata.gcp_region ?? '';
    const placed = () => ({ region });
    each(expander, 'gcp_storage_bucket', doc.buckets, [...path, 'buckets'], (b) => `${b.purpose}-${b.layer}`, placed);
    const datasets = each(expander, 'gcp_bigquery_dataset', doc.bigquery_datasets, [...path, 'bigquery_datasets'], (d) => `${d.domain}-${d.layer}`, placed, true);
    children(expander, 'gcp_bigquery_table', doc.bigquery_tables, [...path, 'bigquery_tables'], { field: 'dataset_ref', code: 'REF_DATASET_NOT_FOUND', what: 'BigQuery dataset', hint: 'a dataset is referred to as "{domain}-{layer}"', parents: datasets }, (entry, dataset, named) => {
        const tableType = entry.table_type ?? DEFAULTS.tableType;
        return {
            logical: `${entry.dataset_ref}/${tableType}_${entry.entity}`,
            // A table name is unique within its dataset.
            fullName: `${dataset.name}.${named.name}`,
            params: { region, dataset: dataset.name, tableType, columns: columns(entry.columns) },
        };
    });
    each(expander, 'gcp_dataproc_cluster', doc.dataproc_clusters, [...path, 'dataproc_clusters'], (c) => c.workload, (c) => ({ region, clusterType: c.cluster_type }));
    each(expander, 'gcp_pubsub_topic', doc.pubsub_topics, [...path, 'pubsub_topics'], (t) => t.purpose, placed);
}

// EXTERNAL MODULE: ./src/naming/types.ts
var types = __webpack_require__(8173);
;// CONCATENATED MODULE: ./src/blueprint/scope.ts
// The `scope` section of a blueprint: which resource types it manages.
// Patterns use `*` (any run) and `?` (one character) and match the whole type key.

function wildcardToRegExp(pattern) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${source}$`);
}
/** A predicate for the types a blueprint manages; everything when there is no scope. */
function scopeFilter(scope) {
    if (!scope)
        return () => true;
    const matchers = scope.patterns.map(wildcardToRegExp);
    const matches = (type) => matchers.some((m) => m.test(type));
    return scope.mode === 'include' ? (type) => matches(type) : (type) => !matches(type);
}
/** Indexes of patterns that match no resource type at all (likely typos). */
function unmatchedPatterns(scope) {
    return scope.patterns
        .map((pattern, index) => ({ re: wildcardToRegExp(pattern), index }))
        .filter(({ re }) => !types/* RESOURCE_TYPES */.R.some((type) => re.test(type)))
        .map(({ index }) => index);
}

;// CONCATENATED MODULE: ./src/blueprint/expand.ts
// Expansion of one validated blueprint into ResourceSpecs: defaults, scope,
// references (database_ref, cluster_ref), names from the naming engine, keys,
// dependencies, tags and driver params. Pure: no I/O, no clock.







/** Expands one blueprint that already passed the schema. */
function expandBlueprint(source, options) {
    return new Expander(source, options).run();
}
class Expander {
    source;
    doc;
    resources = [];
    diagnostics = [];
    rejected = [];
    metadataValues = {};
    tags;
    keyPrefix;
    scope;
    defaultPolicy;
    region;
    naming;
    /** The region fields (region, azure_location, gcp_region) whose unknown value was reported. */
    regionsReported = new Set();
    constructor(source, options) {
        this.source = source;
        this.doc = source.data;
        // An override of a metadata value (project, environment, region…) is the value the
        // resources get: in their names, their keys, their tags and where they are made.
        const metadata = withOverrides(this.doc.metadata, options.overrides);
        for (const variable of variables/* METADATA_VARIABLES */.o) {
            const value = metadata[variable];
            if (value !== undefined)
                this.metadataValues[variable] = value;
        }
        const tags = { Environment: metadata.environment, Project: metadata.project, ManagedBy: 'dpn' };
        if (metadata.team !== undefined)
            tags.Team = metadata.team;
        if (metadata.cost_center !== undefined)
            tags.CostCenter = metadata.cost_center;
        // One frozen object per blueprint, shared by its resources: specs are values, never edited in place.
        this.tags = Object.freeze(tags);
        this.keyPrefix = `${metadata.project}/${metadata.environment}/`;
        this.scope = scopeFilter(this.doc.scope);
        this.defaultPolicy = this.doc.deletion_policy ?? DEFAULTS.deletionPolicy;
        this.region = metadata.region;
        this.naming = new generate/* BlueprintNaming */.c3(options.naming, this.metadataValues, options.overrides);
    }
    run() {
        this.checkMetadata();
        const aws = this.doc.resources.aws ?? {};
        const dbx = this.doc.resources.databricks ?? {};
        this.buckets(aws.s3_buckets ?? []);
        const databases = this.glueDatabases(aws.glue_databases ?? []);
        this.glueTables(aws.glue_tables ?? [], databases);
        const clusters = this.clusters(dbx.clusters ?? []);
        this.jobs(dbx.jobs ?? [], clusters);
        this.catalogs(dbx.unity_catalog?.catalogs ?? []);
        const { azure, gcp } = this.doc.resources;
        if (azure !== undefined || gcp !== undefined) {
            expandClouds(this.doc.resources, {
                metadata: this.doc.metadata,
                list: (type, path) => this.list(type, path),
                name: (list, entry, index, defaults) => this.name(list, entry, index, defaults),
                add: (list, logical, named, entry, index, fullName, dependsOn, params) => this.add(list, logical, named, entry, index, fullName, dependsOn, params, undefined),
                at: (path) => this.at(path),
                report: (diagnostic) => this.diagnostics.push(diagnostic),
            });
        }
        return { resources: this.resources, diagnostics: this.diagnostics, rejected: this.rejected };
    }
    checkMetadata() {
        const { scope, metadata } = this.doc;
        for (const [field, tag] of [
            ['team', 'Team'],
            ['cost_center', 'CostCenter'],
        ]) {
            const value = metadata[field];
            if (value !== undefined && !isTagValue(value)) {
                this.diagnostics.push((0,source/* error */.z3)('TAG_INVALID', `${field} becomes the AWS tag ${tag}, whose value may hold at most 256 letters, digits, spaces and + - = . _ : / @ (got ${JSON.stringify(value)})`, this.at(['metadata', field])));
            }
        }
        if (scope) {
            for (const index of unmatchedPatterns(scope)) {
                this.diagnostics.push({
                    ...this.at(['scope', 'patterns', index]),
                    code: 'SCOPE_UNMATCHED',
                    message: `scope pattern '${scope.patterns[index]}' matches no resource type`,
                    severity: 'warning',
                });
            }
        }
    }
    list(type, path) {
        return { type, path, inScope: this.scope(type), keyHead: `${type}:${this.keyPrefix}` };
    }
    at(path) {
        return (0,source/* locate */.x5)(this.source, path);
    }
    /** Where an entry starts: found directly for an entry the reader recorded, else by its path. */
    where(list, entry, index) {
        return this.source.positions.startOf(entry) ?? this.at([...list.path, index]);
    }
    /** Names an entry; reports every broken rule at the entry and returns undefined when there is no valid name. */
    name(list, entry, index, defaults) {
        const { type } = list;
        const result = this.naming.name(type, entry, defaults);
        if (result.violations.length === 0 && result.name !== undefined)
            return result;
        const at = this.at([...list.path, index]);
        if (list.inScope)
            this.rejected.push({ type, generated: result.generated, blueprint: this.source.file, location: at });
        for (const violation of result.violations) {
            // The region is the blueprint's, not the resource's: say so once, where it is written.
            if (violation.code === 'NAMING_UNKNOWN_REGION') {
                const field = (0,clouds/* regionVariableOf */.iu)(type);
                if (!this.regionsReported.has(field)) {
                    this.regionsReported.add(field);
                    this.diagnostics.push((0,source/* error */.z3)(violation.code, `${violation.message} (rule: ${violation.rule})`, this.at(['metadata', field])));
                }
                continue;
            }
            // Say which name broke the rule, unless the engine's message already does.
            const says = violation.message.includes(result.generated) || violation.message.startsWith(`${type}:`);
            const subject = says ? '' : `${type} name ${JSON.stringify(result.generated)}: `;
            this.diagnostics.push((0,source/* error */.z3)(violation.code, `${subject}${violation.message} (rule: ${violation.rule})`, at));
        }
        if (result.violations.length === 0) {
            this.diagnostics.push((0,source/* error */.z3)('NAME_INVALID', `${type} name ${JSON.stringify(result.generated)} is not valid`, at));
        }
        return undefined;
    }
    /**
     * The ResourceSpec of one named entry, kept when its type is in scope.
     * Positional arguments, one shape for every type: this runs once per
     * resource, and an options object per call was one more allocation and a
     * call site that saw a different shape for each type.
     */
    add(list, logical, named, entry, index, fullName, dependsOn, params, policy) {
        const name = named.name;
        const resource = {
            // Lowercase: the names these fields make are lowercased by the platforms (Glue,
            // Unity Catalog) or the built-in convention, so `Sales` and `sales` are one resource,
            // and fixing a field's case must not turn into archive + create of the same name.
            key: list.keyHead + logical.toLowerCase(),
            type: list.type,
            name,
            fullName: fullName ?? name,
            blueprint: this.source.file,
            location: this.where(list, entry, index),
            dependsOn: dependsOn ?? [],
            params: params,
            tags: this.tags,
            deletionPolicy: policy ?? this.defaultPolicy,
        };
        if (named.shortened)
            resource.shortenedFrom = named.shortened.from;
        if (list.inScope)
            this.resources.push(resource);
        return resource;
    }
    buckets(buckets) {
        const list = this.list('aws_s3_bucket', BUCKETS);
        if (!list.inScope)
            return;
        // Indexed loops: a forEach callback per resource costs a call each until the code is optimised.
        for (let i = 0; i < buckets.length; i++) {
            const bucket = buckets[i];
            const named = this.name(list, bucket, i);
            if (!named)
                continue;
            const params = {
                region: this.region,
                versioning: bucket.versioning ?? DEFAULTS.versioning,
                lifecycleDays: bucket.lifecycle_days ?? DEFAULTS.lifecycleDays,
            };
            this.add(list, `${bucket.purpose}-${bucket.layer}`, named, bucket, i, undefined, undefined, params, bucket.deletion_policy);
        }
    }
    glueDatabases(databases) {
        const list = this.list('aws_glue_database', GLUE_DATABASES);
        const byRef = new Map();
        for (let i = 0; i < databases.length; i++) {
            const database = databases[i];
            const ref = `${database.domain}-${database.layer}`;
            const named = this.name(list, database, i);
            // null: the database exists but has no valid name; its tables are skipped, not reported twice.
            if (!named) {
                byRef.set(ref, null);
                continue;
            }
            const params = { region: this.region };
            if (database.description !== undefined)
                params.description = database.description;
            const spec = this.add(list, ref, named, database, i, undefined, undefined, params, database.deletion_policy);
            if (!byRef.has(ref))
                byRef.set(ref, { key: spec.key, name: spec.name, inScope: list.inScope });
        }
        return byRef;
    }
    glueTables(tables, databases) {
        const list = this.list('aws_glue_table', GLUE_TABLES);
        if (!list.inScope)
            return;
        for (let i = 0; i < tables.length; i++) {
            const table = tables[i];
            const database = databases.get(table.database_ref);
            if (database === undefined) {
                this.diagnostics.push((0,source/* error */.z3)('REF_DATABASE_NOT_FOUND', `database_ref '${table.database_ref}' matches no Glue database of this blueprint (a database is referred to as "{domain}-{layer}"${listOf(databases)})`, this.at([...GLUE_TABLES, i, 'database_ref']), suggestion(table.database_ref, databases)));
                continue;
            }
            const tableType = table.table_type ?? DEFAULTS.tableType;
            const named = this.name(list, table, i, TABLE_DEFAULTS);
            if (!named || database === null)
                continue;
            const params = {
                region: this.region,
                databaseName: database.name,
                tableType,
                columns: expand_columns(table.columns),
                partitionKeys: expand_columns(table.partition_keys ?? []),
            };
            this.add(list, `${table.database_ref}/${tableType}_${table.entity}`, named, table, i, `${database.name}.${named.name}`, database.inScope ? [database.key] : [], params, table.deletion_policy);
        }
    }
    clusters(clusters) {
        const list = this.list('dbx_cluster', CLUSTERS);
        const byWorkload = new Map();
        for (let i = 0; i < clusters.length; i++) {
            const cluster = clusters[i];
            const min = cluster.autoscale?.min ?? DEFAULTS.autoscaleMin;
            const max = cluster.autoscale?.max ?? DEFAULTS.autoscaleMax;
            if (min > max) {
                this.diagnostics.push((0,source/* error */.z3)('CLUSTER_AUTOSCALE', `autoscale min (${min}) is greater than max (${max})`, this.at([...CLUSTERS, i, 'autoscale'])));
            }
            const named = this.name(list, cluster, i);
            if (!named) {
                byWorkload.set(cluster.workload, null);
                continue;
            }
            const params = {
                cluster_name: named.name,
                spark_version: cluster.spark_version ?? DEFAULTS.sparkVersion,
                node_type_id: cluster.node_type,
                autoscale: { min_workers: min, max_workers: max },
                cluster_type: cluster.cluster_type,
                custom_tags: this.tags,
            };
            const spec = this.add(list, cluster.workload, named, cluster, i, undefined, undefined, params, cluster.deletion_policy);
            if (!byWorkload.has(cluster.workload))
                byWorkload.set(cluster.workload, { key: spec.key, name: spec.name, inScope: list.inScope });
        }
        return byWorkload;
    }
    jobs(jobs, clusters) {
        const list = this.list('dbx_job', JOBS);
        if (!list.inScope)
            return;
        for (let i = 0; i < jobs.length; i++) {
            const job = jobs[i];
            const cluster = clusters.get(job.cluster_ref);
            if (cluster === undefined) {
                this.diagnostics.push((0,source/* error */.z3)('REF_CLUSTER_NOT_FOUND', `cluster_ref '${job.cluster_ref}' matches no cluster workload of this blueprint${listOf(clusters)}`, this.at([...JOBS, i, 'cluster_ref']), suggestion(job.cluster_ref, clusters)));
                continue;
            }
            const named = this.name(list, job, i);
            if (!named || cluster === null)
                continue;
            const params = {
                name: named.name,
                job_type: job.job_type,
                tasks: job.tasks ?? [],
                clusterKey: cluster.key,
                tags: this.tags,
            };
            const schedule = job.schedule ?? named.values.schedule;
            if (schedule !== undefined)
                params.schedule = schedule;
            this.add(list, `${job.job_type}-${job.purpose}`, named, job, i, undefined, cluster.inScope ? [cluster.key] : [], params, job.deletion_policy);
        }
    }
    catalogs(catalogs) {
        const list = this.list('dbx_catalog', CATALOGS);
        const schemaInScope = this.scope('dbx_schema');
        const tableInScope = this.scope('dbx_table');
        for (let i = 0; i < catalogs.length; i++) {
            const catalog = catalogs[i];
            const named = this.name(list, catalog, i);
            if (!named)
                continue;
            const params = { name: named.name, properties: {} };
            if (catalog.storage_root !== undefined)
                params.storage_root = catalog.storage_root;
            const spec = this.add(list, catalog.catalog_type, named, catalog, i, undefined, undefined, params, catalog.deletion_policy);
            const parent = { key: spec.key, name: spec.name, inScope: list.inScope };
            const schemas = { type: 'dbx_schema', path: [...CATALOGS, i, 'schemas'], inScope: schemaInScope, keyHead: `dbx_schema:${this.keyPrefix}` };
            const tableHead = `dbx_table:${this.keyPrefix}`;
            for (let j = 0; j < catalog.schemas.length; j++)
                this.schema(catalog, catalog.schemas[j], schemas, j, parent, tableInScope, tableHead);
        }
    }
    schema(catalog, schema, list, s, parent, tableInScope, tableHead) {
        const named = this.name(list, schema, s);
        if (!named)
            return;
        const logical = `${catalog.catalog_type}/${schema.domain}-${schema.layer}`;
        const params = { name: named.name, catalog_name: parent.name, properties: {} };
        const spec = this.add(list, logical, named, schema, s, `${parent.name}.${named.name}`, parent.inScope ? [parent.key] : [], params, schema.deletion_policy);
        if (!tableInScope)
            return;
        const tables = schema.tables ?? [];
        if (tables.length === 0)
            return;
        const tableList = { type: 'dbx_table', path: [...list.path, s, 'tables'], inScope: true, keyHead: tableHead };
        for (let k = 0; k < tables.length; k++) {
            const table = tables[k];
            const tableType = table.table_type ?? DEFAULTS.tableType;
            const tableNamed = this.name(tableList, table, k, TABLE_DEFAULTS);
            if (!tableNamed)
                continue;
            const tableParams = {
                name: tableNamed.name,
                catalog_name: parent.name,
                schema_name: spec.name,
                table_type: tableType,
                columns: expand_columns(table.columns ?? []),
            };
            this.add(tableList, `${logical}/${tableType}_${table.entity}`, tableNamed, table, k, `${spec.fullName}.${tableNamed.name}`, list.inScope ? [spec.key] : [], tableParams, table.deletion_policy);
        }
    }
}
const BUCKETS = ['resources', 'aws', 's3_buckets'];
const GLUE_DATABASES = ['resources', 'aws', 'glue_databases'];
const GLUE_TABLES = ['resources', 'aws', 'glue_tables'];
const CLUSTERS = ['resources', 'databricks', 'clusters'];
const JOBS = ['resources', 'databricks', 'jobs'];
const CATALOGS = ['resources', 'databricks', 'unity_catalog', 'catalogs'];
/** Characters AWS accepts in tag values (AWS tagging guide). */
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
/** Whether AWS accepts the text as a tag value; plain ASCII is told without the Unicode expression, whose compilation is costly. */
function isTagValue(value) {
    return /^[A-Za-z0-9 _.:/=+\-@]{0,256}$/.test(value) || TAG_VALUE.test(value);
}
function expand_columns(list) {
    return list.map((c) => (c.comment !== undefined ? { name: c.name, type: c.type, comment: c.comment } : { name: c.name, type: c.type }));
}
function listOf(targets) {
    if (targets.size === 0)
        return '; the blueprint defines none';
    const names = [...targets.keys()];
    const shown = names.slice(0, 10).map((n) => `'${n}'`).join(', ');
    return `; it has ${shown}${names.length > 10 ? ', …' : ''}`;
}
/** The reference most likely meant, as a help line (only on the error path). */
function suggestion(ref, targets) {
    const guess = (0,source/* closest */.kp)(ref, targets.keys());
    return guess === undefined ? undefined : `did you mean '${guess}'?`;
}
function withOverrides(metadata, overrides) {
    let out;
    for (const variable of variables/* METADATA_VARIABLES */.o) {
        const value = overrides[variable];
        if (value === undefined)
            continue;
        out ??= { ...metadata };
        out[variable] = value;
    }
    return out ?? metadata;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/blueprint/files.ts
// Finding blueprint files: each PATH is a file or a directory searched
// recursively for .json, .yaml and .yml, in a stable (sorted) order. With
// synchronous calls, as the reads themselves (source/read.ts): dpn has nothing
// else to do meanwhile, and an awaited realpath per file cost a turn of the
// event loop each (finding the 100 files of the 100k bench: 17 -> 6 ms, min of 5).



/** Directories never searched: version control, dependencies, dpn's own state. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.dpn']);
async function findBlueprintFiles(paths, cwd, exclude = []) {
    const excluded = exclusion(exclude);
    const files = [];
    const diagnostics = [];
    const seen = new Set();
    const add = (file) => {
        const real = realOrSelf(file.absolute);
        if (seen.has(real))
            return;
        seen.add(real);
        files.push(file);
    };
    for (const given of paths) {
        const absolute = (0,external_node_path_.resolve)(cwd, given);
        const top = { file: given, line: 1, column: 1 };
        let info;
        try {
            info = (0,external_node_fs_.statSync)(absolute);
        }
        catch {
            diagnostics.push((0,source/* error */.z3)('SOURCE_NOT_FOUND', `${given} does not exist`, top));
            continue;
        }
        if (info.isFile()) {
            // A file named explicitly is read whatever its extension; the reader says if the format is unknown.
            add({ absolute, display: given });
            continue;
        }
        const found = [];
        walk(absolute, given, found, new Set(), excluded);
        if (found.length === 0) {
            diagnostics.push((0,source/* error */.z3)('BLUEPRINT_NONE', `${given} holds no blueprint files (.json, .yaml, .yml)`, top));
        }
        found.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
        for (const file of found)
            add(file);
    }
    return { files, diagnostics };
}
function realOrSelf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** The target of a symlink; undefined when it is broken or cannot be followed (a loop, no permission). */
function statOrUndefined(path) {
    try {
        return (0,external_node_fs_.statSync)(path);
    }
    catch {
        return undefined;
    }
}
function walk(directory, display, out, visited, excluded) {
    const real = (0,external_node_fs_.realpathSync)(directory);
    if (visited.has(real))
        return; // a symlink loop
    visited.add(real);
    const entries = (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true });
    for (const entry of entries) {
        if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name))
            continue;
        const absolute = (0,external_node_path_.join)(directory, entry.name);
        const shown = (0,external_node_path_.join)(display, entry.name);
        if (excluded(shown))
            continue;
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
            const target = statOrUndefined(absolute);
            isDirectory = target?.isDirectory() ?? false;
            isFile = target?.isFile() ?? false;
        }
        if (isDirectory)
            walk(absolute, shown, out, visited, excluded);
        else if (isFile && (0,source/* formatOf */.be)(entry.name))
            out.push({ absolute, display: shown });
    }
}
/**
 * `--exclude GLOB` (action input `exclude`): whether a path found below a
 * directory is skipped. A pattern without `/` is matched against each part of
 * the path (`package.json`, `*.ci.yaml`, `fixtures`), one with `/` against the
 * path as shown or a trailing part of it (`ci/**`, `blueprints/drafts/**`).
 * `*` and `?` stay within a part; `**` spans parts.
 */
function exclusion(patterns) {
    if (patterns.length === 0)
        return () => false;
    const whole = [];
    const part = [];
    for (const pattern of patterns) {
        const clean = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
        (clean.includes('/') ? whole : part).push(globRegExp(clean));
    }
    return (path) => {
        const normal = path.split(external_node_path_.sep).join('/').replace(/^\.\//, '');
        const parts = normal.split('/');
        // A pattern with `/` matches the path as shown or any trailing part of it, so
        // `ci/**` skips repo/ci/… and blueprints/drafts/** works from the repository root.
        for (let i = 0; i < parts.length; i++)
            if (whole.some((re) => re.test(parts.slice(i).join('/'))))
                return true;
        return part.some((re) => parts.some((p) => re.test(p)));
    };
}
function globRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '/' && glob.slice(i + 1) === '**') {
            out += '(?:/.*)?'; // the folder itself too, so that it is not even searched
            break;
        }
        if (c === '*' && glob[i + 1] === '*') {
            // `**/` matches zero or more folders; a trailing `**` everything below.
            const slash = glob[i + 2] === '/';
            out += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}

// EXTERNAL MODULE: ./src/blueprint/platform-limits.ts
var platform_limits = __webpack_require__(3633);
;// CONCATENATED MODULE: ./src/blueprint/load.ts
// Loading blueprints end to end: find the files, read and validate each, expand
// them into ResourceSpecs, and check what only the whole set can show (the same
// key or the same platform name twice). Never throws for a user's mistake.









async function loadBlueprints(paths, options) {
    const cwd = options.cwd ?? process.cwd();
    const found = await findBlueprintFiles(paths, (0,external_node_path_.resolve)(cwd), options.exclude ?? []);
    const diagnostics = [...found.diagnostics];
    const resources = [];
    const rejected = [];
    const expandOptions = { naming: options.naming, overrides: options.overrides ?? {} };
    const hasOverrides = Object.keys(expandOptions.overrides).length > 0;
    // One file read and expanded at a time, so only one file's data is alive at once.
    for (const file of found.files) {
        const result = await (0,source/* readSourceDocument */.RC)(file.absolute, file.display);
        if ('diagnostic' in result) {
            diagnostics.push(...(result.diagnostics ?? [result.diagnostic]));
            continue;
        }
        const document = result.document;
        if (!looksLikeBlueprint(document.data)) {
            diagnostics.push(notABlueprint(file.display));
            continue;
        }
        if (!(0,validators/* validateBlueprint */.ci)(document.data)) {
            diagnostics.push(...(0,source/* schemaDiagnostics */.mT)(document, validators/* validateBlueprint */.ci.errors ?? [], blueprint_schema));
            continue;
        }
        if (hasOverrides)
            for (const d of (0,overrides/* overrideDiagnostics */.T4)(document, expandOptions.overrides))
                diagnostics.push(d);
        const expansion = expandBlueprint(document, expandOptions);
        for (const d of expansion.diagnostics)
            diagnostics.push(d);
        for (const r of expansion.rejected)
            rejected.push(r);
        // Indexed: for...of allocates an iterator result per step until optimised (see source/json-fast.ts).
        for (let i = 0; i < expansion.resources.length; i++)
            resources.push(expansion.resources[i]);
    }
    diagnostics.push(...findClashes(resources), ...(0,platform_limits/* platformLimits */.i)(resources));
    return { resources, rejected, diagnostics: (0,load/* sortDiagnostics */.Ds)(diagnostics), files: found.files.map((f) => f.display) };
}
/**
 * A file with neither the blueprint `version` ("1.0") nor `resources` (nor
 * `metadata`) is something else, such as package.json (whose version is
 * "1.0.0") or a CI file: one error, not one per key it lacks.
 */
function looksLikeBlueprint(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return false;
    const version = data.version;
    return Object.hasOwn(data, 'resources') || Object.hasOwn(data, 'metadata') || version === '1.0' || version === 1;
}
function notABlueprint(file) {
    return (0,source/* error */.z3)('BLUEPRINT_UNRECOGNIZED', `${file} does not look like a blueprint: it has no version "1.0" and no resources at the top`, { file, line: 1, column: 1 }, `if it is not meant to be one, skip it: --exclude ${JSON.stringify((0,external_node_path_.basename)(file))} (action input \`exclude\`)`);
}
/**
 * Which platform namespace a full name lives in: two resources clash when
 * both this and their comparedName() match. (Two functions rather than one
 * returning a [namespace, name] pair: destructuring a pair goes through the
 * iterator protocol in not yet optimised code, ~2 ms per 10k resources in an
 * isolated measurement.)
 */
function namespaceOf(resource) {
    const type = resource.type;
    switch (type) {
        case 'aws_s3_bucket':
            return 's3';
        case 'aws_glue_database':
        case 'aws_glue_table':
            return glueNamespace(String(resource.params.region));
        case 'dbx_catalog':
        case 'dbx_schema':
        case 'dbx_table':
            return 'uc';
        case 'gcp_dataproc_cluster':
            // Unique per project and region.
            return `dataproc:${String(resource.params.region)}`;
        default:
            return type;
    }
}
/** The full name as the platform compares it: Glue and Unity Catalog store names lowercase; Azure compares them without case. */
function comparedName(resource) {
    switch (resource.type) {
        case 'aws_glue_database':
        case 'aws_glue_table':
        case 'dbx_catalog':
        case 'dbx_schema':
        case 'dbx_table':
        case 'azure_resource_group':
        case 'azure_storage_account':
        case 'azure_storage_container':
        case 'azure_databricks_workspace':
        case 'azure_data_factory':
        case 'azure_synapse_workspace':
        case 'azure_key_vault':
        case 'azure_eventhub_namespace':
            return lower(resource.fullName);
        default:
            return resource.fullName;
    }
}
const glueNamespaces = new Map();
/** One string per region, so the namespace lookup hashes a string it has seen before. */
function glueNamespace(region) {
    let namespace = glueNamespaces.get(region);
    if (namespace === undefined)
        glueNamespaces.set(region, (namespace = `glue:${region}`));
    return namespace;
}
function lower(name) {
    return /[A-Z]/.test(name) ? name.toLowerCase() : name;
}
function where(resource) {
    return `${resource.location.file}:${resource.location.line}:${resource.location.column}`;
}
function findClashes(resources) {
    const out = [];
    const byKey = new Map();
    const namespaces = new Map();
    let lastNamespace;
    let names = new Map();
    for (let i = 0; i < resources.length; i++) {
        const resource = resources[i];
        const first = byKey.get(resource.key);
        if (first) {
            out.push({
                ...resource.location,
                code: 'DUPLICATE_KEY',
                message: `${resource.type} ${resource.key} is declared twice: at ${where(first)} and at ${where(resource)}`,
                severity: 'error',
            });
            continue;
        }
        byKey.set(resource.key, resource);
        const namespace = namespaceOf(resource);
        const name = comparedName(resource);
        // Resources come grouped by type, so the namespace is mostly the last one: no lookup for it.
        if (namespace !== lastNamespace) {
            lastNamespace = namespace;
            const found = namespaces.get(namespace);
            if (found)
                names = found;
            else
                namespaces.set(namespace, (names = new Map()));
        }
        const holder = names.get(name);
        if (holder) {
            out.push({
                ...resource.location,
                code: 'NAME_COLLISION',
                message: `${resource.type} name '${resource.fullName}' (${resource.key}) at ${where(resource)} is also the name of ${holder.key} at ${where(holder)}`,
                severity: 'error',
            });
            continue;
        }
        names.set(name, resource);
    }
    return out;
}


/***/ }),

/***/ 3633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ platformLimits)
/* harmony export */ });
/* unused harmony export PLATFORM_LIMIT_CODES */
const PLATFORM_LIMIT_CODES = (/* unused pure expression or super */ null && (['DBX_TABLE_NO_COLUMNS']));
function platformLimits(resources) {
    const out = [];
    for (let i = 0; i < resources.length; i++) {
        const r = resources[i];
        if (r.type !== 'dbx_table')
            continue;
        const columns = r.params.columns;
        if (Array.isArray(columns) && columns.length > 0)
            continue;
        out.push({
            ...r.location,
            code: 'DBX_TABLE_NO_COLUMNS',
            message: `Unity Catalog table ${r.fullName} has no columns: Delta cannot create a managed table without columns, so reconcile and create refuse it (add columns: [{ name, type }])`,
            severity: 'warning',
        });
    }
    return out;
}


/***/ }),

/***/ 33:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NAMING_OPTIONS: () => (/* binding */ NAMING_OPTIONS),
  checkBlueprints: () => (/* binding */ checkBlueprints),
  outputFormat: () => (/* binding */ outputFormat),
  planInitCommand: () => (/* binding */ planInitCommand),
  planPreviewCommand: () => (/* binding */ planPreviewCommand),
  planSchemaCommand: () => (/* binding */ planSchemaCommand),
  planValidateCommand: () => (/* binding */ planValidateCommand),
  render: () => (/* binding */ render),
  useColor: () => (/* binding */ useColor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/blueprint/load.ts + 5 modules
var load = __webpack_require__(2777);
// EXTERNAL MODULE: ./src/config/load.ts
var config_load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/config/overrides.ts
var config_overrides = __webpack_require__(423);
// EXTERNAL MODULE: ./src/naming/regions.ts
var regions = __webpack_require__(9645);
// EXTERNAL MODULE: ./src/render/color.ts
var color = __webpack_require__(5219);
;// CONCATENATED MODULE: ./src/schema-location.ts
// Where editors fetch dpn's JSON Schemas from: the `$schema` of JSON blueprints
// and the `yaml-language-server` modeline of YAML files that dpn writes.
//
// The raw file in dpn's own repository at the release's major tag (the tag
// workflows already use: `uses: acme/dpn@v2`). It serves the schema exactly as
// released, needs no site of its own, and moves with compatible releases, so a
// file written by 2.0 still validates against fields 2.x adds. The repository
// slug is the one thing to change where dpn is hosted elsewhere.
const SCHEMA_REPOSITORY = 'acme/dpn';
const SCHEMA_TAG = 'v2';
/** The URL that serves schemas/<name>.schema.json of this release. */
function schemaUrl(name) {
    return `https://raw.githubusercontent.com/${SCHEMA_REPOSITORY}/${SCHEMA_TAG}/schemas/${name}.schema.json`;
}
const BLUEPRINT_SCHEMA_URL = schemaUrl('blueprint');
/** The first line of a YAML file that binds its schema in editors (yaml-language-server, VS Code, JetBrains). */
function yamlModeline(name) {
    return `# yaml-language-server: $schema=${schemaUrl(name)}`;
}

// EXTERNAL MODULE: ./src/cli/source-text.ts
var source_text = __webpack_require__(9501);
// EXTERNAL MODULE: ./src/cli/state-dir.ts
var state_dir = __webpack_require__(8613);
// EXTERNAL MODULE: ./src/source/suggest.ts
var suggest = __webpack_require__(4467);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/render/names.ts
var names = __webpack_require__(5968);
// EXTERNAL MODULE: ./schemas/blueprint.schema.json
var blueprint_schema = __webpack_require__(5643);
// EXTERNAL MODULE: ./schemas/naming-values.schema.json
var naming_values_schema = __webpack_require__(65);
// EXTERNAL MODULE: ./schemas/naming-patterns.schema.json
var naming_patterns_schema = __webpack_require__(7730);
// EXTERNAL MODULE: ./src/render/plan-format.ts
var plan_format = __webpack_require__(677);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/plan.ts
// `dpn plan init|validate|preview|schema`: write a starter blueprint, check
// blueprints, show every name (and, with a state, every planned change), print
// the blueprint JSON Schema. Loads no cloud SDK: previews need no credentials.


















const NAMING_OPTIONS = {
    'values-config': { type: 'string' },
    'patterns-config': { type: 'string' },
};
const CHECK_OPTIONS = {
    ...NAMING_OPTIONS,
    override: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    format: { type: 'string' },
};
const CHECK_USAGE = 'PATH... [--format table|json|markdown] [--values-config FILE --patterns-config FILE] [--override key=value]... [--exclude GLOB]...\n\n' +
    'PATH is a blueprint file or a directory searched recursively for .json, .yaml and .yml files;\n' +
    '--exclude skips files found in a directory whose path matches GLOB (* within a folder, ** across folders).\n' +
    'The output format is table unless --format says otherwise; json prints exactly one document on stdout.\n' +
    'Exit status: 0 valid, 1 invalid blueprint or naming configuration, 2 usage error.';
/** `--format`; table unless asked otherwise, on a terminal or not, so scripts always say what they parse. */
function outputFormat(args, allowed = ['table', 'json', 'markdown'], fallback = 'table') {
    const value = args.values.format ?? fallback;
    if (!allowed.includes(value))
        throw new errors/* UsageError */.eb(`--format must be one of ${allowed.join(', ')}, got "${value}"`, (0,suggest/* didYouMean */.a)(value, allowed));
    return value;
}
/** Colour on stdout: decided once, by render/color.ts (FORCE_COLOR, NO_COLOR, TERM=dumb, a terminal). */
function useColor(io) {
    return (0,color/* colorEnabled */.X)(io.stdout, io.env);
}
/** Naming configuration + blueprints, as one report; config errors stop before blueprints are read. */
async function checkBlueprints(args, io) {
    if (args.positionals.length === 0) {
        throw new errors/* UsageError */.eb('give at least one blueprint file or directory', 'example: dpn plan preview blueprints/');
    }
    const overrides = (0,config_overrides/* parseOverrides */.f$)(args.values.override ?? []);
    const naming = await (0,config_load/* loadNamingConfig */.nm)({
        valuesConfig: args.values['values-config'],
        patternsConfig: args.values['patterns-config'],
        cwd: io.cwd,
    });
    const source = naming.sources.values === naming.sources.patterns ? naming.sources.values : `${naming.sources.values} + ${naming.sources.patterns}`;
    if (!naming.config)
        return { report: { resources: [], diagnostics: naming.diagnostics }, source };
    (0,config_overrides/* checkOverrides */.yk)(overrides, naming.config);
    const exclude = args.values.exclude ?? [];
    const set = await (0,load/* loadBlueprints */.H)(args.positionals, { naming: naming.config, overrides, cwd: io.cwd, exclude });
    const diagnostics = (0,config_load/* sortDiagnostics */.Ds)([...naming.diagnostics, ...set.diagnostics]);
    const report = { resources: set.resources, diagnostics, rejected: set.rejected ?? [] };
    const given = (0,config_overrides/* describeOverrides */.DH)(overrides);
    if (given.length)
        report.overrides = given;
    return { report, set, source };
}
function render(report, format, io, summaryOnly = false) {
    if (format === 'json')
        return (0,names/* renderNamesJson */.lE)(report, { pretty: io.stdout.isTTY === true });
    if (format === 'markdown')
        return (0,names/* renderNamesMarkdown */.Ic)(report);
    return (0,names/* renderNamesTable */.n9)(report, { color: useColor(io), summaryOnly, source: (0,source_text/* sourceText */.r)(io.cwd) });
}
/** Writes the report; JSON to a pipe goes out in pieces, so a large preview is never one huge string. */
function write(report, format, io, summaryOnly = false) {
    if (format === 'json' && io.stdout.isTTY !== true) {
        for (const chunk of (0,names/* renderNamesJsonChunks */.He)(report))
            io.stdout.write(chunk);
        return;
    }
    io.stdout.write(render(report, format, io, summaryOnly));
}
/** `--output FILE`: the document goes to FILE (replaced, as in v1.0) and stderr says so. */
async function writeOutputFile(io, file, text) {
    const target = (0,external_node_path_.resolve)(io.cwd, file);
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, text);
    }
    catch (cause) {
        throw new errors/* UserError */.yo(`cannot write --output ${file}: ${cause.code ?? cause.message}`, 'OUTPUT_UNWRITABLE');
    }
    io.stderr.write(`wrote ${file}\n`);
}
function exitStatus(report) {
    return report.diagnostics.some((d) => d.severity === 'error') ? command/* EXIT */.d.invalid : command/* EXIT */.d.ok;
}
function plan_status(io, set, source) {
    const files = set?.files.length ?? 0;
    io.stderr.write(`dpn: ${files} blueprint file${files === 1 ? '' : 's'}, naming convention: ${source}\n`);
}
const planValidateCommand = {
    path: ['plan', 'validate'],
    summary: 'Check blueprints and the names they produce',
    usage: CHECK_USAGE,
    options: CHECK_OPTIONS,
    allowPositionals: true,
    async run(args, io) {
        const format = outputFormat(args);
        const { report, set, source } = await checkBlueprints(args, io);
        plan_status(io, set, source);
        write(report, format, io, true);
        return exitStatus(report);
    },
};
/** Blueprint files whose state records a plan may retire: as `dpn reconcile` decides (a deleted file's records too). */
async function retireScope(args, io, state, set) {
    const { retireScope: scope, coveredByPaths } = await __webpack_require__.e(/* import() */ 177).then(__webpack_require__.bind(__webpack_require__, 177));
    return scope({ covers: coveredByPaths(args.positionals, io.cwd) }, set.files, state);
}
/** Whether the state directory holds a state (read only: nothing is created). */
async function stateIn(stateDir) {
    const absolute = stateDir.absolute;
    if (!stateDir.exists)
        return { absolute, present: false };
    const { STATE_SUBDIR } = await __webpack_require__.e(/* import() */ 54).then(__webpack_require__.bind(__webpack_require__, 4054));
    const present = await (0,promises_.stat)((0,external_node_path_.join)(absolute, STATE_SUBDIR)).then((s) => s.isDirectory(), () => false);
    return { absolute, present };
}
/**
 * The planned change of every resource against the state in `stateDir`, when
 * it holds one. Without a state directory nothing is loaded: a preview of a
 * fresh repository stays as fast as naming alone.
 */
async function planAgainstState(report, set, stateDir, args, io) {
    const { absolute, present } = await stateIn(stateDir);
    if (!present)
        return { report };
    const [{ loadState }, { diff }, { summaryLine }] = await Promise.all([
        __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 6992)),
        __webpack_require__.e(/* import() */ 256).then(__webpack_require__.bind(__webpack_require__, 8256)),
        __webpack_require__.e(/* import() */ 967).then(__webpack_require__.bind(__webpack_require__, 967)),
    ]);
    const state = await loadState(absolute);
    const plan = diff(set.resources, state, { blueprints: await retireScope(args, io, state, set) });
    const actions = new Map();
    const changes = new Map();
    const removed = [];
    for (const op of plan.operations) {
        if (op.desired) {
            actions.set(op.key, op.action);
            const listed = (0,plan_format/* listedChanges */.D1)(op);
            if (listed.length > 0)
                changes.set(op.key, listed);
        }
        else if (op.action !== 'noop') {
            removed.push({ key: op.key, type: op.type, name: op.name, fullName: op.fullName, blueprint: op.blueprint, action: op.action });
        }
    }
    const shownDir = (0,external_node_path_.relative)(io.cwd, absolute) || '.';
    return {
        report: { ...report, actions, changes, plan: { removed, summary: { ...plan.summary }, summaryLine: summaryLine(plan.summary), stateDir: shownDir } },
        plan,
    };
}
/**
 * The pull request comment body, exactly as the Action renders it: blueprints
 * with errors not planned, the others planned against the state (an empty one
 * when there is none, as in a repository's first pull request).
 */
async function previewMarkdown(checked, stateDir, args, io) {
    const [{ loadState, emptyState }, { previewReport }, { renderComment }, { blobUrl, headCommit }] = await Promise.all([
        __webpack_require__.e(/* import() */ 992).then(__webpack_require__.bind(__webpack_require__, 6992)),
        Promise.all(/* import() */[__webpack_require__.e(256), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 604)),
        Promise.all(/* import() */[__webpack_require__.e(256), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 1659)),
        __webpack_require__.e(/* import() */ 136).then(__webpack_require__.bind(__webpack_require__, 5136)),
    ]);
    const { absolute, present } = await stateIn(stateDir);
    let state = emptyState();
    let stateError;
    try {
        if (present)
            state = await loadState(absolute);
    }
    catch (error) {
        stateError = error instanceof Error ? error.message : String(error);
    }
    const commit = headCommit(io.cwd, io.env) ?? '';
    const blob = blobUrl(io.cwd, io.env, commit);
    const set = checked.set;
    const { report } = previewReport({
        files: set?.files ?? [],
        resources: set?.resources ?? [],
        diagnostics: [...checked.report.diagnostics],
        ...(stateError === undefined ? { state } : { stateError }),
        diff: { blueprints: set ? await retireScope(args, io, state, set) : [] },
        commit,
        ...(blob ? { blobUrl: blob } : {}),
    });
    return renderComment(report).text;
}
const planPreviewCommand = {
    path: ['plan', 'preview'],
    summary: 'Show every resource, the name it gets and (with a state) its planned change',
    usage: CHECK_USAGE.replace('[--override key=value]...', '[--override key=value]... [--state-dir DIR] [--output FILE]') +
        '\nWith a state in DIR (default .dpn), the table is the plan as `dpn reconcile` shows it (every changed field, old → new, in the\n' +
        "blueprint's field names), JSON adds `action` and `changes` per resource, and removed resources are listed.\n" +
        '--format markdown prints the pull request comment the Action posts (planned against an empty state when DIR has none).\n' +
        '--output FILE writes the preview to FILE instead of stdout, as JSON unless --format says otherwise.',
    options: { ...CHECK_OPTIONS, 'state-dir': { type: 'string' }, output: { type: 'string' } },
    allowPositionals: true,
    async run(args, io) {
        const output = args.values.output;
        // v1.0's `--output` meant a JSON export; an explicit --format still wins.
        const format = outputFormat(args, undefined, output === undefined ? 'table' : 'json');
        const stateDir = (0,state_dir/* readOnlyStateDir */.F)(args.values['state-dir'], io.cwd);
        const checked = await checkBlueprints(args, io);
        const { set, source } = checked;
        let report = checked.report;
        plan_status(io, set, source);
        const emit = async (text) => {
            if (output !== undefined)
                await writeOutputFile(io, output, text);
            else
                io.stdout.write(text);
        };
        if (format === 'markdown') {
            await emit(await previewMarkdown(checked, stateDir, args, io));
            return exitStatus(report);
        }
        let plan;
        if (set && !report.diagnostics.some((d) => d.severity === 'error'))
            ({ report, plan } = await planAgainstState(report, set, stateDir, args, io));
        if (plan && format === 'table') {
            // The plan as `dpn reconcile` shows it before asking, with the unchanged resources listed too.
            const { renderPlanTable } = await __webpack_require__.e(/* import() */ 660).then(__webpack_require__.bind(__webpack_require__, 4660));
            const { plan: _counts, ...footer } = report;
            await emit(`${renderPlanTable(plan, { color: output === undefined && useColor(io), showUnchanged: true })}\n${render(footer, 'table', io, true)}`);
            return exitStatus(report);
        }
        if (output !== undefined) {
            await writeOutputFile(io, output, format === 'json' ? (0,names/* renderNamesJson */.lE)(report, { pretty: true }) : (0,names/* renderNamesTable */.n9)(report, { color: false }));
        }
        else {
            write(report, format, io);
        }
        return exitStatus(report);
    },
};
const SCHEMAS = {
    blueprint: blueprint_schema,
    'naming-values': naming_values_schema,
    'naming-patterns': naming_patterns_schema,
};
const planSchemaCommand = {
    path: ['plan', 'schema'],
    summary: 'Print the blueprint JSON Schema (or a naming file schema)',
    usage: '[blueprint|naming-values|naming-patterns] [--output FILE]\n\nPrints the schema on stdout, or writes it to FILE.',
    options: { output: { type: 'string' } },
    allowPositionals: true,
    async run(args, io) {
        const which = args.positionals[0] ?? 'blueprint';
        const schema = SCHEMAS[which];
        if (!schema || args.positionals.length > 1) {
            throw new errors/* UsageError */.eb(`unknown schema "${args.positionals.join(' ')}"`, `choose one of ${Object.keys(SCHEMAS).join(', ')}`);
        }
        const text = `${JSON.stringify(schema, null, 2)}\n`;
        const output = args.values.output;
        if (output !== undefined)
            await writeOutputFile(io, output, text);
        else
            io.stdout.write(text);
        return command/* EXIT */.d.ok;
    },
};
const ENVIRONMENTS = ['dev', 'stg', 'prd'];
const planInitCommand = {
    path: ['plan', 'init'],
    summary: 'Write a starter blueprint',
    usage: '--env dev|stg|prd --project NAME [--region REGION] [--cloud azure|gcp [--location LOCATION]] [--output FILE]\n\nFILE defaults to blueprints/ENV.json, as in dpn v1.0; a .yaml or .yml name writes YAML. An existing file is never overwritten.\n--cloud writes Azure or Google Cloud resources (named, not provisioned) in the LOCATION given (default westeurope / europe-west1).',
    options: {
        cloud: { type: 'string' },
        location: { type: 'string' },
        env: { type: 'string' },
        project: { type: 'string' },
        region: { type: 'string' },
        output: { type: 'string' },
    },
    async run(args, io) {
        const env = args.values.env;
        const project = args.values.project;
        const region = args.values.region ?? 'us-east-1';
        const usage = `usage: dpn plan init ${this.usage.split('\n')[0]}`;
        if (!env)
            throw new errors/* UsageError */.eb(`--env is required (one of ${ENVIRONMENTS.join(', ')})`, usage);
        if (!ENVIRONMENTS.includes(env)) {
            throw new errors/* UsageError */.eb(`--env must be one of ${ENVIRONMENTS.join(', ')}, got "${env}"`, (0,suggest/* didYouMean */.a)(env, ENVIRONMENTS) ?? usage);
        }
        if (project === undefined)
            throw new errors/* UsageError */.eb('--project is required: the project name every resource name starts with', 'example: dpn plan init --env dev --project sales');
        if (!metadataPattern('project').test(project)) {
            throw new errors/* UsageError */.eb(`--project must be lowercase letters, digits and hyphens, got "${project}"`);
        }
        if (!metadataPattern('region').test(region)) {
            throw new errors/* UsageError */.eb(`--region must be an AWS region such as us-east-1, us-gov-west-1 or cn-north-1, got "${region}"`);
        }
        const output = args.values.output ?? `blueprints/${env}.json`;
        const ext = (0,external_node_path_.extname)(output).toLowerCase();
        if (!['.json', '.yaml', '.yml'].includes(ext))
            throw new errors/* UsageError */.eb(`--output must end in .json, .yaml or .yml, got "${output}"`);
        const cloud = args.values.cloud;
        let text;
        if (cloud === undefined) {
            if (args.values.location !== undefined)
                throw new errors/* UsageError */.eb('--location goes with --cloud azure|gcp');
            text = ext === '.json' ? starterJson(env, project, region) : starterYaml(env, project, region);
        }
        else {
            const clouds = await __webpack_require__.e(/* import() */ 28).then(__webpack_require__.bind(__webpack_require__, 6028));
            if (!clouds.STARTER_CLOUDS.includes(cloud))
                throw new errors/* UsageError */.eb(`--cloud must be one of ${clouds.STARTER_CLOUDS.join(', ')}, got "${cloud}"`);
            const chosen = clouds.starterLocation(cloud, args.values.location);
            if ('error' in chosen)
                throw new errors/* UsageError */.eb(chosen.error);
            const starter = { env, project, region, cloud: cloud, location: chosen.location };
            text = ext === '.json' ? clouds.cloudStarterJson(starter) : clouds.cloudStarterYaml(starter);
        }
        const target = (0,external_node_path_.resolve)(io.cwd, output);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        try {
            await (0,promises_.writeFile)(target, text, { flag: 'wx' });
        }
        catch (cause) {
            if (cause.code === 'EEXIST') {
                throw new errors/* UserError */.yo(`${output} already exists; dpn plan init never overwrites a file`, 'EXISTS', 'choose another name with --output');
            }
            throw cause;
        }
        io.stderr.write(`wrote ${output}; check it with: dpn plan preview ${output}\n`);
        if (!(0,regions/* isKnownAwsRegion */.fT)(region)) {
            io.stderr.write(`warning: ${region} is not an AWS region dpn knows; names need its short code in transformations.region_mapping\n`);
        }
        return command/* EXIT */.d.ok;
    },
};
function starter(env, project, region) {
    return {
        version: '1.0',
        metadata: { environment: env, project, region },
        resources: {
            aws: {
                s3_buckets: [{ purpose: 'landing', layer: 'raw' }],
                glue_databases: [{ domain: 'sales', layer: 'bronze' }],
                glue_tables: [
                    {
                        database_ref: 'sales-bronze',
                        entity: 'orders',
                        table_type: 'fact',
                        columns: [
                            { name: 'order_id', type: 'string' },
                            { name: 'amount', type: 'decimal(18,2)' },
                        ],
                    },
                ],
            },
            databricks: {
                clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }],
                jobs: [{ job_type: 'batch', purpose: 'daily-sales-load', cluster_ref: 'etl', schedule: 'daily' }],
            },
        },
    };
}
/** The blueprint schema's pattern for a metadata field, so plan init accepts exactly what the schema does. */
function metadataPattern(field) {
    return new RegExp(blueprint_schema.properties.metadata.properties[field].pattern, 'u');
}
function starterJson(env, project, region) {
    return `${JSON.stringify({ $schema: BLUEPRINT_SCHEMA_URL, ...starter(env, project, region) }, null, 2)}\n`;
}
function starterYaml(env, project, region) {
    return `${yamlModeline('blueprint')}
# A dpn blueprint: say what each resource is for; dpn generates every name.
# Preview the names with: dpn plan preview <this file>
version: "1.0"
metadata:
  environment: ${env}
  project: ${project}
  region: ${region}
  # team: data-platform          # becomes the Team tag
  # cost_center: CC-12345        # becomes the CostCenter tag
resources:
  aws:
    s3_buckets:
      - purpose: landing
        layer: raw               # raw | processed | curated
    glue_databases:
      - domain: sales
        layer: bronze            # bronze | silver | gold
    glue_tables:
      - database_ref: sales-bronze   # "{domain}-{layer}" of a Glue database above
        entity: orders
        table_type: fact
        columns:
          - { name: order_id, type: string }
          - { name: amount, type: "decimal(18,2)" }
  databricks:
    clusters:
      - workload: etl
        cluster_type: shared     # shared | dedicated | job
        node_type: i3.xlarge
    jobs:
      - job_type: batch
        purpose: daily-sales-load
        cluster_ref: etl         # the workload of a cluster above
        schedule: daily
`;
}


/***/ }),

/***/ 9501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ sourceText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _source_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4358);
// The text of the files diagnostics point at, so the terminal report can show
// the offending line. Read only when a problem is shown, once per file.



function sourceText(cwd) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file))
            cache.set(file, read((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file)));
        return cache.get(file);
    };
}
function read(path) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size > _source_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SOURCE_BYTES */ .Tw)
            return undefined;
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        // Not a file (an --override argument, a deleted file): the message alone is shown.
        return undefined;
    }
}


/***/ }),

/***/ 8613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readOnlyStateDir)
/* harmony export */ });
/* unused harmony export DEFAULT_STATE_DIR */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _source_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4467);
// `--state-dir` for commands that only read: a directory the user named must
// exist (a typo must not read as "no state"), and nothing is ever created.




const DEFAULT_STATE_DIR = '.dpn';
/**
 * The state directory a read-only command (status, preview, recover --dry-run…)
 * reads. `given` is the `--state-dir` value, undefined when the option was not
 * passed. Throws a UserError (code STATE_DIR_NOT_FOUND) when a directory the
 * user named does not exist or is not a directory; never creates anything.
 */
function readOnlyStateDir(given, cwd) {
    if (given !== undefined && (typeof given !== 'string' || given.trim() === ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--state-dir needs a directory');
    const dir = given ?? DEFAULT_STATE_DIR;
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(dir) ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir);
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(dir) ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absolute) || '.';
    let kind;
    try {
        kind = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory() ? 'directory' : 'other';
    }
    catch {
        kind = 'missing';
    }
    if (kind === 'directory')
        return { absolute, shown, exists: true };
    if (given === undefined && kind === 'missing')
        return { absolute, shown, exists: false };
    const near = kind === 'missing' ? nearbyDirectory(absolute) : undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(kind === 'missing' ? `--state-dir ${shown} does not exist` : `--state-dir ${shown} is not a directory`, 'STATE_DIR_NOT_FOUND', near ? `did you mean --state-dir ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(dir) ? near : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, near) || '.'}?` : 'give the directory that holds state/ (by default .dpn)');
}
/** A sibling directory whose name is a likely spelling of the missing one. */
function nearbyDirectory(absolute) {
    try {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(parent, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
        const guess = (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute), names);
        return guess === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(parent, guess);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ checkPatternsDocument),
/* harmony export */   Ft: () => (/* binding */ placeholders),
/* harmony export */   ui: () => (/* binding */ checkValuesDocument)
/* harmony export */ });
/* harmony import */ var _source_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4358);
/* harmony import */ var _source_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4467);
/* harmony import */ var _variables_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9183);



const PLACEHOLDER = /\{([^{}]*)\}/g;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Variables named by `{...}` in a pattern, or the syntax problem that stops reading it. */
function placeholders(pattern) {
    const variables = [];
    for (const match of pattern.matchAll(PLACEHOLDER)) {
        const name = match[1];
        if (!VARIABLE.test(name))
            return { variables, problem: `placeholder {${name}} is not a variable name` };
        variables.push(name);
    }
    const rest = pattern.replace(PLACEHOLDER, '');
    if (rest.includes('{') || rest.includes('}'))
        return { variables, problem: 'has an unmatched { or }' };
    return { variables };
}
function checkValuesDocument(doc) {
    const out = [];
    const environments = (doc.data.environments ?? {});
    for (const [env, values] of Object.entries(environments)) {
        const named = values.environment;
        if (named !== undefined && named !== env) {
            out.push({
                ...(0,_source_index_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(doc, ['environments', env, 'environment']),
                code: 'CONFIG_ENVIRONMENT_MISMATCH',
                message: `environments.${env} sets environment to '${named}'; blueprint metadata overrides it, so names still say '${env}'`,
                severity: 'warning',
            });
        }
    }
    return out;
}
function checkPatternsDocument(doc, valuesDoc) {
    const out = [];
    const data = doc.data;
    const patterns = (data.patterns ?? {});
    const values = (valuesDoc?.data ?? {});
    const provided = new Set(['region_short']);
    const addKeys = (map) => {
        if (map && typeof map === 'object')
            for (const key of Object.keys(map))
                provided.add(key);
    };
    addKeys(values.defaults);
    for (const env of Object.values((values.environments ?? {})))
        addKeys(env);
    for (const [type, pattern] of Object.entries(patterns)) {
        const fromBlueprint = _variables_js__WEBPACK_IMPORTED_MODULE_1__/* .BLUEPRINT_VARIABLES */ .y[type];
        const { variables, problem } = placeholders(pattern);
        // Syntax problems are the naming engine's to report (NAMING_CONFIG_PATTERN).
        if (!fromBlueprint || problem)
            continue;
        const typeValues = (values.resource_types ?? {})[type];
        const missing = variables.filter((v) => !provided.has(v) && !fromBlueprint.includes(v) && !(typeValues && Object.hasOwn(typeValues, v)));
        for (const variable of missing) {
            const known = [...provided, ...fromBlueprint, ...Object.keys((typeValues ?? {}))];
            const guess = (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(variable, known);
            out.push({
                ...(0,_source_index_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(doc, ['patterns', type]),
                code: 'CONFIG_UNKNOWN_VARIABLE',
                message: `pattern for ${type} uses {${variable}}, which neither the naming values nor a ${type} in a blueprint provides (an --override can)`,
                severity: 'warning',
                ...(guess ? { hint: `did you mean {${guess}}?` } : {}),
            });
        }
    }
    const transformations = (data.transformations ?? {});
    const lower = new Set((transformations.lowercase ?? []));
    (transformations.uppercase ?? []).forEach((variable, i) => {
        if (lower.has(variable)) {
            out.push((0,_source_index_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('CONFIG_CASE_CONFLICT', `${variable} is in both transformations.lowercase and transformations.uppercase`, (0,_source_index_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(doc, ['transformations', 'uppercase', i])));
        }
    });
    return out;
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ sortDiagnostics),
/* harmony export */   TV: () => (/* binding */ PATTERNS_FILE),
/* harmony export */   XY: () => (/* binding */ CONFIG_DIR),
/* harmony export */   Yc: () => (/* binding */ VALUES_FILE),
/* harmony export */   nm: () => (/* binding */ loadNamingConfig)
/* harmony export */ });
/* unused harmony export BUILT_IN */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _naming_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3761);
/* harmony import */ var _generated_validators_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6161);
/* harmony import */ var _schemas_naming_values_schema_json__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65);
/* harmony import */ var _schemas_naming_patterns_schema_json__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7730);
/* harmony import */ var _source_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4358);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1625);
// Loads the naming convention: the two YAML files given on the command line,
// else ./.dpn/naming-values.yaml + ./.dpn/naming-patterns.yaml, else the
// built-in defaults. Validates both against their schemas and the checks a
// schema cannot express, and reports every problem at its file and line.









const CONFIG_DIR = '.dpn';
const VALUES_FILE = 'naming-values.yaml';
const PATTERNS_FILE = 'naming-patterns.yaml';
const BUILT_IN = 'built-in';
/**
 * Finds, reads and validates the naming configuration. Throws only UsageError
 * (one of --values-config / --patterns-config without the other); every
 * problem with the files themselves is a Diagnostic.
 */
async function loadNamingConfig(request) {
    const located = await locateConfig(request);
    if ('diagnostics' in located)
        return located;
    const { values, patterns } = located;
    if (!values || !patterns) {
        return { config: _naming_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NAMING_CONFIG */ .g4, diagnostics: [], sources: { values: BUILT_IN, patterns: BUILT_IN } };
    }
    const sources = { values: values.display, patterns: patterns.display };
    const diagnostics = [];
    const [valuesDoc, patternsDoc] = await Promise.all([
        readValidated(values, _generated_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .validateNamingValues */ .lu, _schemas_naming_values_schema_json__WEBPACK_IMPORTED_MODULE_5__, diagnostics),
        readValidated(patterns, _generated_validators_js__WEBPACK_IMPORTED_MODULE_4__/* .validateNamingPatterns */ ._Q, _schemas_naming_patterns_schema_json__WEBPACK_IMPORTED_MODULE_6__, diagnostics),
    ]);
    if (valuesDoc)
        diagnostics.push(...(0,_checks_js__WEBPACK_IMPORTED_MODULE_8__/* .checkValuesDocument */ .ui)(valuesDoc));
    if (patternsDoc)
        diagnostics.push(...(0,_checks_js__WEBPACK_IMPORTED_MODULE_8__/* .checkPatternsDocument */ .FC)(patternsDoc, valuesDoc));
    if (!valuesDoc || !patternsDoc || diagnostics.some((d) => d.severity === 'error')) {
        return { diagnostics: sortDiagnostics(diagnostics), sources };
    }
    const inspected = (0,_naming_index_js__WEBPACK_IMPORTED_MODULE_3__/* .inspectNamingConfig */ .nd)(valuesDoc.data, patternsDoc.data, sources);
    for (const issue of inspected.issues) {
        diagnostics.push(issueDiagnostic(issue, issue.document === 'values' ? valuesDoc : patternsDoc));
    }
    const result = { diagnostics: sortDiagnostics(diagnostics), sources };
    if (inspected.config && !diagnostics.some((d) => d.severity === 'error'))
        result.config = inspected.config;
    return result;
}
async function locateConfig(request) {
    const { valuesConfig, patternsConfig, cwd } = request;
    const configDir = request.configDir ?? CONFIG_DIR;
    if ((valuesConfig === undefined) !== (patternsConfig === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${valuesConfig === undefined ? '--patterns-config' : '--values-config'} was given without ${valuesConfig === undefined ? '--values-config' : '--patterns-config'}`, 'give both naming files, or neither to use ./.dpn/ or the built-in convention');
    }
    if (valuesConfig !== undefined && patternsConfig !== undefined) {
        return { values: configFile(valuesConfig, cwd), patterns: configFile(patternsConfig, cwd) };
    }
    const values = configFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, VALUES_FILE), cwd);
    const patterns = configFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, PATTERNS_FILE), cwd);
    const [hasValues, hasPatterns] = await Promise.all([exists(values.absolute), exists(patterns.absolute)]);
    if (hasValues && hasPatterns)
        return { values, patterns };
    if (hasValues || hasPatterns) {
        const [found, missing] = hasValues ? [values, patterns] : [patterns, values];
        return {
            diagnostics: [
                (0,_source_index_js__WEBPACK_IMPORTED_MODULE_7__/* .error */ .z3)('CONFIG_INCOMPLETE', `found ${found.display} but not ${missing.display}; dpn needs both naming files or neither (run \`dpn config init\` for a full set)`, { file: found.display, line: 1, column: 1 }),
            ],
            sources: { values: values.display, patterns: patterns.display },
        };
    }
    return {};
}
function configFile(path, cwd) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    return { absolute, display: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absolute) || path };
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function readValidated(file, validate, schema, diagnostics) {
    const read = await (0,_source_index_js__WEBPACK_IMPORTED_MODULE_7__/* .readSourceDocument */ .RC)(file.absolute, file.display, { format: 'yaml' });
    if ('diagnostic' in read) {
        diagnostics.push(...(read.diagnostics ?? [read.diagnostic]));
        return undefined;
    }
    if (!validate(read.document.data)) {
        diagnostics.push(...(0,_source_index_js__WEBPACK_IMPORTED_MODULE_7__/* .schemaDiagnostics */ .mT)(read.document, validate.errors ?? [], schema));
        return undefined;
    }
    return read.document;
}
function issueDiagnostic(issue, doc) {
    const at = (0,_source_index_js__WEBPACK_IMPORTED_MODULE_7__/* .locate */ .x5)(doc, issue.path);
    const subject = issue.path.length ? (0,_source_index_js__WEBPACK_IMPORTED_MODULE_7__/* .describePath */ .NH)(issue.path) : 'the document';
    const message = /^(must|has|is) /.test(issue.message) ? `${subject} ${issue.message}` : `${subject}: ${issue.message}`;
    return { ...at, code: issue.code, message, severity: issue.severity };
}
function sortDiagnostics(diagnostics) {
    return diagnostics.sort((a, b) => a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1);
}


/***/ }),

/***/ 423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ describeOverrides),
/* harmony export */   T4: () => (/* binding */ overrideDiagnostics),
/* harmony export */   f$: () => (/* binding */ parseOverrides),
/* harmony export */   yk: () => (/* binding */ checkOverrides)
/* harmony export */ });
/* unused harmony export overridableVariables */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _schemas_blueprint_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5643);
/* harmony import */ var _source_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4358);
/* harmony import */ var _source_suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4467);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1625);
/* harmony import */ var _variables_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9183);
// `--override key=value`: naming values with the highest precedence, checked
// like the input they are. A key must be a variable something uses (blueprint
// metadata, a resource field, a pattern variable, a naming value); a value must
// pass the check of the blueprint field it replaces (environment=qa is refused
// when blueprints allow dev, stg and prd). Problems name the argument, not a line.






const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseOverrides(pairs) {
    const values = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        const key = at < 0 ? pair : pair.slice(0, at);
        if (at < 0 || !VARIABLE.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--override ${JSON.stringify(pair)} is not key=value with a variable name as key`, 'example: --override region=eu-west-1 (repeat --override for several values)');
        }
        values[key] = pair.slice(at + 1);
    }
    return values;
}
/** `key=value` per override, as a person wrote them (for "overrides in effect"). */
function describeOverrides(values) {
    return Object.entries(values).map(([key, value]) => `${key}=${value}`);
}
/** Every variable an override may set under this naming convention. */
function overridableVariables(naming) {
    const known = new Set(['region_short', ..._variables_js__WEBPACK_IMPORTED_MODULE_4__/* .METADATA_VARIABLES */ .o]);
    for (const fields of Object.values(_variables_js__WEBPACK_IMPORTED_MODULE_4__/* .BLUEPRINT_VARIABLES */ .y))
        for (const field of fields ?? [])
            known.add(field);
    for (const pattern of Object.values(naming.patterns))
        for (const variable of (0,_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .placeholders */ .Ft)(pattern).variables)
            known.add(variable);
    const addKeys = (values) => {
        for (const key of Object.keys(values ?? {}))
            known.add(key);
    };
    addKeys(naming.defaults);
    for (const values of Object.values(naming.environments))
        addKeys(values);
    for (const values of Object.values(naming.resourceTypes))
        addKeys(values);
    return known;
}
/**
 * Throws a UsageError for an override no convention variable answers to, or
 * whose value no blueprint field of that name accepts. (A value that some
 * fields accept and others do not, such as layer=gold, is checked per
 * blueprint by overrideDiagnostics, where it is known which resources it reaches.)
 */
function checkOverrides(values, naming) {
    const known = overridableVariables(naming);
    for (const [key, value] of Object.entries(values)) {
        const argument = `--override ${key}=${value}`;
        if (!known.has(key)) {
            const guess = (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(key, known);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${argument}: no blueprint field, pattern or naming value is called '${key}'`, guess ? `did you mean --override ${guess}=${value}?` : 'an override sets a naming variable: a metadata key, a resource field or a {variable} of a pattern');
        }
        const fields = FIELDS.get(key) ?? [];
        if (fields.length === 0)
            continue;
        const problems = fields.map((f) => problemWith(f.schema, value)).filter((p) => p !== undefined);
        if (problems.length === fields.length) {
            const first = problems[0];
            const where = fields[0]?.list.length === 0 ? 'blueprint metadata' : `the blueprint field ${key}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${argument}: ${key} must ${first.must} (as in ${where})`, first.hint);
        }
    }
}
/** Overrides whose value a field of this blueprint refuses, at the list the field is in. */
function overrideDiagnostics(doc, values) {
    const out = [];
    for (const [key, value] of Object.entries(values)) {
        for (const field of FIELDS.get(key) ?? []) {
            if (field.list.length === 0)
                continue;
            const problem = problemWith(field.schema, value);
            if (!problem)
                continue;
            for (const path of listsIn(doc.data, field.list)) {
                out.push((0,_source_index_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('OVERRIDE_INVALID', `--override ${key}=${value} reaches the ${field.type} resources here, whose ${key} must ${problem.must}`, (0,_source_index_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc, path), problem.hint ?? `remove the override, or choose a value every resource it reaches accepts`));
            }
        }
    }
    return out;
}
const LISTS = [
    ['aws_s3_bucket', 's3Bucket', ['resources', 'aws', 's3_buckets']],
    ['aws_glue_database', 'glueDatabase', ['resources', 'aws', 'glue_databases']],
    ['aws_glue_table', 'glueTable', ['resources', 'aws', 'glue_tables']],
    ['dbx_cluster', 'cluster', ['resources', 'databricks', 'clusters']],
    ['dbx_job', 'job', ['resources', 'databricks', 'jobs']],
    ['dbx_catalog', 'catalog', ['resources', 'databricks', 'unity_catalog', 'catalogs']],
    ['dbx_schema', 'ucSchema', ['resources', 'databricks', 'unity_catalog', 'catalogs', '*', 'schemas']],
    ['dbx_table', 'ucTable', ['resources', 'databricks', 'unity_catalog', 'catalogs', '*', 'schemas', '*', 'tables']],
];
/** Per variable, the blueprint fields it replaces and their schemas: metadata first. */
const FIELDS = (() => {
    const schema = _schemas_blueprint_schema_json__WEBPACK_IMPORTED_MODULE_1__;
    const definitions = schema.definitions;
    const deref = (node) => {
        const ref = node.$ref;
        return typeof ref === 'string' ? { ...deref(definitions[ref.split('/').pop()]), ...node } : node;
    };
    const out = new Map();
    const add = (key, field) => out.set(key, [...(out.get(key) ?? []), field]);
    const metadata = schema.properties.metadata;
    for (const [key, node] of Object.entries(metadata.properties))
        add(key, { type: 'metadata', list: [], schema: deref(node) });
    for (const [type, definition, list] of LISTS) {
        for (const [key, node] of Object.entries(definitions[definition].properties)) {
            const resolved = deref(node);
            if (resolved.type === 'string' || resolved.type === 'integer' || resolved.type === 'boolean')
                add(key, { type, list, schema: resolved });
        }
    }
    return out;
})();
/** What is wrong with `value` for a field of this schema (overrides are text: numbers and booleans are read from it). */
function problemWith(schema, value) {
    if (schema.type === 'integer')
        return /^-?\d+$/.test(value) ? undefined : { must: 'be a whole number' };
    if (schema.type === 'boolean')
        return value === 'true' || value === 'false' ? undefined : { must: 'be true or false' };
    if (Array.isArray(schema.enum)) {
        const allowed = schema.enum.map(String);
        if (allowed.includes(value))
            return undefined;
        const guess = (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(value, allowed);
        return { must: `be one of ${allowed.join(', ')} (got "${value}")`, ...(guess ? { hint: `did you mean '${guess}'?` } : {}) };
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
        if (schema.pattern === '\\S')
            return { must: 'not be empty' };
        const description = typeof schema.description === 'string' ? ` (${schema.description.replace(/\.$/, '')})` : '';
        return { must: `match ${schema.pattern}${description}, got "${value}"` };
    }
    return undefined;
}
/** Paths of the non-empty lists at `pattern` in a blueprint ('*' stands for each item of a list). */
function listsIn(data, pattern) {
    let nodes = [{ node: data, path: [] }];
    for (const segment of pattern) {
        const next = [];
        for (const { node, path } of nodes) {
            if (segment === '*') {
                if (Array.isArray(node))
                    node.forEach((item, i) => next.push({ node: item, path: [...path, i] }));
            }
            else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
                next.push({ node: node[segment], path: [...path, segment] });
            }
        }
        nodes = next;
    }
    return nodes.filter(({ node }) => Array.isArray(node) && node.length > 0).map(({ path }) => path);
}


/***/ }),

/***/ 9183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ METADATA_VARIABLES),
/* harmony export */   y: () => (/* binding */ BLUEPRINT_VARIABLES)
/* harmony export */ });
const METADATA_VARIABLES = ['environment', 'project', 'region', 'azure_location', 'gcp_region', 'team', 'cost_center', 'data_classification'];
const own = {
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
const BLUEPRINT_VARIABLES = Object.fromEntries(Object.entries(own).map(([type, fields]) => [type, [...METADATA_VARIABLES, ...fields]]));


/***/ }),

/***/ 9528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ renderDiagnostics)
/* harmony export */ });
/* unused harmony export renderDiagnostic */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5219);


/** Problems about a whole file (empty, binary, not found, not a blueprint): no line to show. */
const WHOLE_FILE = /^(SOURCE|BLUEPRINT)_|^CONFIG_INCOMPLETE$/;
function renderDiagnostic(d, options = {}) {
    const paint = (0,_color_js__WEBPACK_IMPORTED_MODULE_1__/* .painter */ .C)(options.color === true);
    const label = d.severity === 'error' ? paint('31;1', 'error') : paint('33;1', 'warning');
    const lines = [`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(`${d.file}:${d.line}:${d.column}`)}: ${label} ${d.code}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(d.message)}`];
    const text = WHOLE_FILE.test(d.code) ? undefined : options.source?.(d.file);
    const line = text === undefined ? undefined : lineAt(text, d.line);
    if (line !== undefined && line.trim() !== '') {
        const number = String(d.line);
        const gutter = ' '.repeat(number.length);
        const shown = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(line.replace(/\s+$/, ''));
        const before = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(line.slice(0, Math.max(0, d.column - 1))).length;
        const width = Math.max(1, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(line.slice(d.column - 1, d.column - 1 + tokenLength(line, d.column - 1))).length);
        lines.push(`${gutter} ${paint('34;1', '|')}`, `${paint('34;1', `${number} |`)} ${shown}`, `${gutter} ${paint('34;1', '|')} ${' '.repeat(before)}${paint(d.severity === 'error' ? '31;1' : '33;1', '^'.repeat(width))}`);
    }
    if (d.hint !== undefined)
        lines.push(`${line !== undefined ? ' '.repeat(String(d.line).length) + ' ' : '  '}${paint('36;1', 'help:')} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(d.hint)}`);
    return lines;
}
/** Every diagnostic, each followed by a blank line. */
function renderDiagnostics(list, options = {}) {
    const out = [];
    for (const d of list) {
        const lines = renderDiagnostic(d, options);
        out.push(...lines);
        // A snippet or help line gets room to breathe; bare one-liners stay together.
        if (lines.length > 1)
            out.push('');
    }
    if (out.length && out[out.length - 1] !== '')
        out.push('');
    return out;
}
function lineAt(text, line) {
    let start = 0;
    for (let n = 1; n < line; n++) {
        const next = text.indexOf('\n', start);
        if (next < 0)
            return undefined;
        start = next + 1;
    }
    const end = text.indexOf('\n', start);
    return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}
/** How many characters the caret covers: a quoted string, or a run up to the next space or punctuation. */
function tokenLength(line, from) {
    const first = line[from];
    if (first === undefined)
        return 1;
    if (first === '"' || first === "'") {
        const close = line.indexOf(first, from + 1);
        return close < 0 ? line.length - from : close - from + 1;
    }
    let i = from;
    while (i < line.length && !/[\s,:{}[\]]/.test(line[i]))
        i++;
    // A key followed by ':' is underlined without the colon; a lone punctuation mark gets one caret.
    return Math.max(1, i - from);
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   x2: () => (/* binding */ escapeMermaidLabel)
/* harmony export */ });
// Escaping of user-controlled strings (anything that came from a blueprint,
// a naming config or the state) before it reaches markdown, HTML, a terminal or
// a mermaid graph. Every renderer uses these; none builds its own.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|~]/g;
/**
 * Makes a string inert in GitHub-flavoured markdown, inline and inside table
 * cells: HTML is entity-encoded, markdown punctuation backslash-escaped, `|`
 * cannot split a table cell, newlines cannot end a table row, and `@name`
 * cannot notify anyone (a zero-width space after `@`, as Renovate does).
 */
function escapeMarkdown(value) {
    return stripControl(value)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
        .replace(/@/g, '@&#8203;');
}
/**
 * For text inside HTML (`<details>`, `<summary>`, `<code>`), in a raw HTML
 * block or inline in markdown: everything is a character reference, never a
 * backslash (shown literally inside HTML blocks). Markdown punctuation is
 * encoded too, because inline HTML content is still parsed as markdown: a
 * backtick could open a code span, `|` split a table cell, `_` start emphasis.
 */
function escapeHtml(value) {
    return stripControl(value)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[&<>"'|`*_[\]~\\]/g, (c) => HTML_ENTITY[c] ?? `&#${c.charCodeAt(0)};`)
        .replace(/@/g, '@&#8203;');
}
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * For a terminal: control characters (ANSI escape sequences, carriage returns
 * that overwrite a line) are shown as `\u001b`-style escapes instead of acting.
 */
function escapeTerminal(value) {
    return value.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A mermaid label inside `"…"`: quotes, angle brackets, backticks and `#` become mermaid entity codes. */
function escapeMermaidLabel(value) {
    return stripControl(value)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[#"<>`&|{}[\]()\\]/g, (c) => `#${c.charCodeAt(0)};`);
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
function stripControl(value) {
    return value.replace(CONTROL, '');
}


/***/ }),

/***/ 5968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ renderNamesJsonChunks),
/* harmony export */   Ic: () => (/* binding */ renderNamesMarkdown),
/* harmony export */   lE: () => (/* binding */ renderNamesJson),
/* harmony export */   n9: () => (/* binding */ renderNamesTable)
/* harmony export */ });
/* unused harmony export namesDocument */
/* harmony import */ var _naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4);
/* harmony import */ var _naming_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8173);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5219);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9528);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7789);





/** The planned change as a person reads it: a named-only resource is a noop of the plan, shown as "named" (it never changes). */
function shownAction(report, r) {
    const action = report.actions?.get(r.key);
    if (action === undefined)
        return '';
    return (0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .isNamedOnly */ .m2)(r.type) ? 'named' : action;
}
/** Whether any resource is of a cloud dpn names only (Azure, Google Cloud). */
function spansClouds(resources) {
    for (let i = 0; i < resources.length; i++)
        if ((0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .isNamedOnly */ .m2)(resources[i].type))
            return true;
    return false;
}
function problem(d) {
    const out = { file: d.file, line: d.line, column: d.column, code: d.code, message: d.message };
    if (d.hint !== undefined)
        out.hint = d.hint;
    return out;
}
function resourceJson(r, actions, changes) {
    const out = {
        key: r.key,
        type: r.type,
        cloud: _naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_LABELS */ .sz[(0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudOf */ .hH)(r.type)],
        name: r.name,
        fullName: r.fullName,
        blueprint: r.blueprint,
        line: r.location.line,
        dependsOn: r.dependsOn,
    };
    if ((0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .isNamedOnly */ .m2)(r.type))
        out.provisioned = false;
    if (r.shortenedFrom !== undefined)
        out.shortenedFrom = r.shortenedFrom;
    const action = actions?.get(r.key);
    if (action !== undefined)
        out.action = action;
    const changed = changes?.get(r.key);
    if (changed && changed.length > 0)
        out.changes = [...changed];
    return out;
}
function tail(report) {
    return {
        errors: report.diagnostics.filter((d) => d.severity === 'error').map(problem),
        warnings: report.diagnostics.filter((d) => d.severity === 'warning').map(problem),
        ...(report.plan
            ? { plan: { stateDir: report.plan.stateDir, summary: { ...report.plan.summary }, removed: report.plan.removed.map((r) => ({ ...r })) } }
            : {}),
    };
}
function namesDocument(report) {
    return { resources: report.resources.map((r) => resourceJson(r, report.actions, report.changes)), ...tail(report) };
}
/** Exactly one JSON document, newline-terminated; indented for a person, compact for a pipe. */
function renderNamesJson(report, options = {}) {
    return `${JSON.stringify(namesDocument(report), null, options.pretty ? 2 : undefined)}\n`;
}
/**
 * The compact document of renderNamesJson, in pieces of a few hundred
 * resources: written one after another, 100k resources never exist as one
 * string or as a second array of objects.
 */
function* renderNamesJsonChunks(report, resourcesPerChunk = 500) {
    const { resources, actions, changes } = report;
    // One JSON.stringify per piece rather than one per resource plus a join:
    // 10k resources in a fresh process, min of 12: 18 -> 14 ms.
    const items = (from, to) => {
        const batch = [];
        for (let i = from; i < to; i++)
            batch.push(resourceJson(resources[i], actions, changes));
        return JSON.stringify(batch).slice(1, -1);
    };
    let head = '{"resources":[';
    let from = 0;
    for (; from + resourcesPerChunk <= resources.length; from += resourcesPerChunk) {
        yield head + items(from, from + resourcesPerChunk);
        head = ',';
    }
    const rest = JSON.stringify(tail(report));
    const last = from < resources.length ? head + items(from, resources.length) : head === ',' ? '' : head;
    yield `${last}],${rest.slice(1)}\n`;
}
/** Places (file:line) that carry an error: resources there are marked, not shown as fine. */
function errorPlaces(diagnostics) {
    return new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`));
}
function place(r) {
    return `${r.location.file}:${r.location.line}`;
}
function renderNamesTable(report, options = {}) {
    const paint = (0,_color_js__WEBPACK_IMPORTED_MODULE_3__/* .painter */ .C)(options.color === true);
    const failed = errorPlaces(report.diagnostics);
    const lines = [];
    const rejected = report.rejected ?? [];
    if (report.overrides?.length) {
        lines.push(paint('33', `overrides in effect: ${report.overrides.map((o) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(`--override ${o}`)).join(' ')}`), '');
    }
    if (!options.summaryOnly && (report.resources.length > 0 || rejected.length > 0 || (report.plan?.removed.length ?? 0) > 0)) {
        const withActions = report.actions !== undefined;
        const rows = report.resources.map((r) => {
            const bad = failed.has(place(r));
            const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(r.fullName) + (r.shortenedFrom !== undefined ? ' *' : '');
            return {
                mark: bad ? '✗' : r.shortenedFrom !== undefined ? '~' : '✓',
                action: shownAction(report, r),
                cloud: _naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_LABELS */ .sz[(0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudOf */ .hH)(r.type)],
                type: r.type,
                name,
                where: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(place(r)),
                bad,
                shortenedFrom: r.shortenedFrom,
            };
        });
        for (const r of rejected) {
            const where = `${r.location.file}:${r.location.line}`;
            rows.push({ mark: '✗', action: '', cloud: _naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_LABELS */ .sz[(0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudOf */ .hH)(r.type)], type: r.type, name: `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(r.generated)} (invalid)`, where: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(where), bad: true, shortenedFrom: undefined });
        }
        // Rejected rows sit at their place in the blueprint, not at the end.
        if (rejected.length)
            rows.sort((a, b) => compareWhere(a.where, b.where));
        const width = (values, title) => Math.max(title.length, ...values.map((v) => v.length));
        const removed = report.plan?.removed ?? [];
        const wAction = width([...rows.map((r) => r.action), ...removed.map((r) => r.action)], 'CHANGE');
        // A cloud column once the names span more than AWS and Databricks, whose types say their cloud.
        const clouds = spansClouds(report.resources);
        const wCloud = width(rows.map((r) => r.cloud), 'CLOUD');
        const cloudCell = (cloud) => (clouds ? `${cloud.padEnd(wCloud)}  ` : '');
        const wType = width([...rows.map((r) => r.type), ...removed.map((r) => r.type)], 'TYPE');
        const wName = width([...rows.map((r) => r.name), ...removed.map((r) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(r.fullName))], 'NAME');
        const header = `  ${withActions ? `${'CHANGE'.padEnd(wAction)}  ` : ''}${cloudCell('CLOUD')}${'TYPE'.padEnd(wType)}  ${'NAME'.padEnd(wName)}  BLUEPRINT`;
        lines.push(paint('1', header.trimEnd()));
        for (const row of rows) {
            const text = `${row.mark} ${withActions ? `${row.action.padEnd(wAction)}  ` : ''}${cloudCell(row.cloud)}${row.type.padEnd(wType)}  ${row.name.padEnd(wName)}  ${row.where}`;
            lines.push(row.bad ? paint('31', text) : text);
            if (row.shortenedFrom !== undefined) {
                lines.push(paint('2', `    * shortened to fit the length limit; the pattern gave ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(row.shortenedFrom)}`));
            }
        }
        for (const r of report.plan?.removed ?? []) {
            const cloud = (0,_naming_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isResourceType */ .V)(r.type) ? _naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_LABELS */ .sz[(0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudOf */ .hH)(r.type)] : '';
            lines.push(`- ${r.action.padEnd(wAction)}  ${cloudCell(cloud)}${r.type.padEnd(wType)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(r.fullName).padEnd(wName)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(r.blueprint)} (removed)`);
        }
        lines.push('');
    }
    if (options.summaryOnly)
        lines.push(...shortenedLines(report.resources, paint));
    lines.push(...(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiagnostics */ .D)(report.diagnostics, { color: options.color === true, ...(options.source ? { source: options.source } : {}) }));
    if (report.plan)
        lines.push(`plan against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(report.plan.stateDir)}: ${report.plan.summaryLine}`);
    lines.push(summary(report));
    return `${lines.join('\n')}\n`;
}
/** `dpn plan validate` shows no table, so it names each shortened resource here. */
function shortenedLines(resources, paint) {
    const lines = [];
    for (const r of resources) {
        if (r.shortenedFrom === undefined)
            continue;
        lines.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(place(r))}: ${paint('2', 'shortened')} ${r.type} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(r.fullName)} (the pattern gave ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(r.shortenedFrom)})`);
    }
    if (lines.length)
        lines.push('');
    return lines;
}
function compareWhere(a, b) {
    const [fileA, lineA] = splitWhere(a);
    const [fileB, lineB] = splitWhere(b);
    return fileA === fileB ? lineA - lineB : fileA < fileB ? -1 : 1;
}
function splitWhere(where) {
    const at = where.lastIndexOf(':');
    return [where.slice(0, at), Number(where.slice(at + 1))];
}
function summary(report) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.length - errors;
    const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (report.subject !== undefined)
        return `${errors ? 'invalid' : 'valid'}: ${report.subject}, ${counts.join(', ')}`;
    const shortened = report.resources.filter((r) => r.shortenedFrom !== undefined).length;
    const rejected = report.rejected?.length ?? 0;
    const parts = [plural(report.resources.length, 'resource'), ...counts];
    if (rejected)
        parts.push(`${rejected} without a valid name`);
    if (shortened)
        parts.push(`${shortened} shortened`);
    return `${errors ? 'invalid' : 'valid'}: ${parts.join(', ')}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function renderNamesMarkdown(report) {
    const failed = errorPlaces(report.diagnostics);
    const out = [];
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
    out.push(`### dpn names — ${errors.length ? '❌ invalid' : '✅ valid'}`, '', summary(report), '');
    if (report.overrides?.length)
        out.push(`Overrides in effect: ${report.overrides.map((o) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`--override ${o}`)).join(' ')}`, '');
    if (report.plan)
        out.push(`Plan against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.plan.stateDir)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(report.plan.summaryLine)}`, '');
    if (report.resources.length || report.rejected?.length || report.plan?.removed.length) {
        const withActions = report.actions !== undefined;
        const clouds = spansClouds(report.resources);
        const cloudCell = (type) => (clouds ? ` ${(0,_naming_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isResourceType */ .V)(type) ? _naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .CLOUD_LABELS */ .sz[(0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .cloudOf */ .hH)(type)] + ((0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_0__/* .isNamedOnly */ .m2)(type) ? ' (named only)' : '') : ''} |` : '');
        out.push(`|${withActions ? ' Change |' : ''}${clouds ? ' Cloud |' : ''} Type | Name | Full name | Blueprint |`);
        out.push(`|${withActions ? ' --- |' : ''}${clouds ? ' --- |' : ''} --- | --- | --- | --- |`);
        for (const r of report.resources) {
            const bad = failed.has(place(r));
            const name = `${bad ? '❌ ' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.name)}${r.shortenedFrom !== undefined ? ` (shortened from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.shortenedFrom)})` : ''}`;
            const action = withActions ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(shownAction(report, r))} |` : '';
            out.push(`|${action}${cloudCell(r.type)} ${r.type} | ${name} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.fullName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(place(r))} |`);
        }
        for (const r of report.rejected ?? []) {
            out.push(`|${withActions ? ' |' : ''} ${r.type} | ❌ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.generated)} (invalid) | | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${r.location.file}:${r.location.line}`)} |`);
        }
        for (const r of report.plan?.removed ?? []) {
            out.push(`|${withActions ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.action)} |` : ''}${cloudCell(r.type)} ${r.type} | ~~${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.name)}~~ | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.fullName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.blueprint)} (removed) |`);
        }
        out.push('');
    }
    for (const [title, list] of [
        ['Errors', errors],
        ['Warnings', warnings],
    ]) {
        if (!list.length)
            continue;
        out.push(`#### ${title}`, '');
        for (const d of list) {
            out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${d.file}:${d.line}:${d.column}`)} **${d.code}**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(d.message)}${d.hint ? ` (help: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(d.hint)})` : ''}`);
        }
        out.push('');
    }
    return `${out.join('\n')}`;
}


/***/ }),

/***/ 677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ listedChanges),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   PF: () => (/* binding */ SYMBOL),
/* harmony export */   Q2: () => (/* binding */ notes),
/* harmony export */   T_: () => (/* binding */ describeName),
/* harmony export */   eD: () => (/* binding */ formatChange)
/* harmony export */ });
/* harmony import */ var _blueprint_field_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8358);
// Shared wording of plan renderers: the symbol and verb of each action, and
// how a changed value is shown. Escaping is the caller's (it knows the medium).

const SYMBOL = {
    create: '+',
    update: '~',
    replace: '-/+',
    archive: '⌫',
    delete: '-',
    retain: '=',
    noop: ' ',
};
/** A value for one line: JSON, cut to `max` characters. */
function formatValue(value, max = 60) {
    if (value === undefined)
        return '(none)';
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** `versioning: true → false`, `metadata.team: (none) → "data"`: in the blueprint's own field names. */
function formatChange(change, max = 60) {
    return `${change.field}: ${formatValue(change.before, max)} → ${formatValue(change.after, max)}`;
}
/** The name line of an operation: a replace shows both names. */
function describeName(op) {
    if (op.action === 'replace' && op.current)
        return `${op.current.fullName} → ${op.fullName}`;
    return op.fullName;
}
/** Short notes shown beside an operation. */
function notes(op) {
    const out = [];
    if (op.action === 'replace') {
        const policy = op.current?.deletionPolicy ?? 'archive';
        out.push(`renamed: new one created, old one ${policy === 'delete' ? 'deleted' : policy === 'retain' ? 'retained' : 'archived'}`);
    }
    if (op.movedFrom)
        out.push(`moved from ${op.movedFrom}`);
    if (op.desired?.shortenedFrom !== undefined)
        out.push(`name shortened to fit; the pattern gave ${op.desired.shortenedFrom}`);
    if (op.stateOnly)
        out.push('state only');
    if (op.action === 'update' && op.changes.some((c) => c.path === 'archived'))
        out.push('unarchives');
    if (op.action === 'retain')
        out.push('kept on the platform, no longer managed');
    if (op.provisioned === false)
        out.push('named, not provisioned');
    // Left in the state, archived, after it left the blueprint: unchanged, but not declared any more.
    if (op.action === 'noop' && !op.desired && op.current?.archived)
        out.push('archived, no longer in the blueprint');
    return out;
}
/**
 * Changes worth listing, in blueprint field names: for a replace the rename is
 * already in the name column. Computed once per operation (renderers that fit a
 * size budget ask many times).
 */
function listedChanges(op) {
    let listed = LISTED.get(op);
    if (listed === undefined) {
        const changes = op.action === 'replace' ? op.changes.filter((c) => c.path !== 'name' && c.path !== 'fullName' && c.path !== 'type') : op.changes;
        LISTED.set(op, (listed = (0,_blueprint_field_names_js__WEBPACK_IMPORTED_MODULE_0__/* .blueprintChanges */ .n)(op.type, changes)));
    }
    return listed;
}
const LISTED = new WeakMap();


/***/ }),

/***/ 4358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tw: () => (/* reexport */ MAX_SOURCE_BYTES),
  kp: () => (/* reexport */ suggest/* closest */.k),
  NH: () => (/* reexport */ source_positions/* describePath */.NH),
  z3: () => (/* reexport */ error),
  be: () => (/* reexport */ formatOf),
  x5: () => (/* reexport */ locate),
  RC: () => (/* reexport */ readSourceDocument),
  mT: () => (/* reexport */ schemaDiagnostics)
});

// UNUSED EXPORTS: FORBIDDEN_KEYS, MAX_ALIAS_NODES, MAX_DEPTH, MAX_JSON_BYTES, PositionIndex, didYouMean, parsePointer, parseSourceText

// EXTERNAL MODULE: ./src/source/positions.ts
var source_positions = __webpack_require__(2369);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/source/syntax.ts
var syntax = __webpack_require__(8146);
;// CONCATENATED MODULE: ./src/source/json.ts
// A JSON parser that records where every value is, for messages that point at
// the offending line and column. Strict RFC 8259 (no comments, no trailing
// commas); duplicate keys and prototype-polluting keys are refused.


function parseJson(text, file) {
    const positions = new source_positions/* PositionIndex */.uH(file, text);
    const parser = new JsonParser(text, positions);
    return { data: parser.parseDocument(), positions };
}
const WS_SPACE = 0x20;
const WS_TAB = 0x09;
const WS_LF = 0x0a;
const WS_CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
class JsonParser {
    text;
    positions;
    i = 0;
    constructor(text, positions) {
        this.text = text;
        this.positions = positions;
    }
    parseDocument() {
        if (this.text.charCodeAt(0) === 0xfeff)
            this.i = 1;
        this.skipWhitespace();
        if (this.i >= this.text.length)
            this.fail('Unexpected end of JSON input');
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.i < this.text.length)
            this.fail('Unexpected non-whitespace character after JSON');
        return value;
    }
    fail(message, at = this.i, code = 'JSON_SYNTAX') {
        throw new syntax/* SourceSyntaxError */.Lc(code, `${message} in JSON`, at);
    }
    unexpected(expected) {
        if (this.i >= this.text.length)
            this.fail('Unexpected end of JSON input');
        const ch = String.fromCodePoint(this.text.codePointAt(this.i));
        this.fail(expected ? `${expected}, found '${ch}'` : `Unexpected token '${ch}'`);
    }
    skipWhitespace() {
        const text = this.text;
        let i = this.i;
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === WS_SPACE || c === WS_LF || c === WS_CR || c === WS_TAB)
                i++;
            else
                break;
        }
        this.i = i;
    }
    parseValue(depth) {
        const c = this.text.charCodeAt(this.i);
        if (c === QUOTE)
            return this.parseString();
        if (c === 0x7b)
            return this.parseObject(depth + 1);
        if (c === 0x5b)
            return this.parseArray(depth + 1);
        if (c === 0x2d || (c >= 0x30 && c <= 0x39))
            return this.parseNumber();
        if (this.text.startsWith('true', this.i))
            return (this.i += 4), true;
        if (this.text.startsWith('false', this.i))
            return (this.i += 5), false;
        if (this.text.startsWith('null', this.i))
            return (this.i += 4), null;
        return this.unexpected();
    }
    parseObject(depth) {
        if (depth > syntax/* MAX_DEPTH */.lr)
            this.fail(`Nesting deeper than ${syntax/* MAX_DEPTH */.lr} levels`, this.i, 'SOURCE_TOO_DEEP');
        const start = this.i;
        const object = {};
        const keys = [];
        const offsets = [];
        this.i++;
        this.skipWhitespace();
        if (this.text.charCodeAt(this.i) === 0x7d) {
            this.i++;
            this.positions.record(object, { start, keys, offsets });
            return object;
        }
        for (;;) {
            if (this.text.charCodeAt(this.i) !== QUOTE)
                this.unexpected('Expected double-quoted property name');
            const keyOffset = this.i;
            const key = this.parseString();
            if (syntax/* FORBIDDEN_KEYS */.p5.has(key)) {
                this.fail(`Key '${key}' is not allowed (it could change object prototypes)`, keyOffset, 'SOURCE_FORBIDDEN_KEY');
            }
            if (Object.hasOwn(object, key)) {
                this.fail(`Duplicate key '${key}'`, keyOffset, 'JSON_DUPLICATE_KEY');
            }
            this.skipWhitespace();
            if (this.text.charCodeAt(this.i) !== 0x3a)
                this.unexpected("Expected ':' after property name");
            this.i++;
            this.skipWhitespace();
            const valueOffset = this.i;
            object[key] = this.parseValue(depth);
            keys.push(key);
            offsets.push(keyOffset, valueOffset);
            this.skipWhitespace();
            const c = this.text.charCodeAt(this.i);
            if (c === 0x2c) {
                this.i++;
                this.skipWhitespace();
                continue;
            }
            if (c === 0x7d) {
                this.i++;
                break;
            }
            this.unexpected("Expected ',' or '}' after property value");
        }
        this.positions.record(object, { start, keys, offsets });
        return object;
    }
    parseArray(depth) {
        if (depth > syntax/* MAX_DEPTH */.lr)
            this.fail(`Nesting deeper than ${syntax/* MAX_DEPTH */.lr} levels`, this.i, 'SOURCE_TOO_DEEP');
        const start = this.i;
        const array = [];
        const offsets = [];
        this.i++;
        this.skipWhitespace();
        if (this.text.charCodeAt(this.i) === 0x5d) {
            this.i++;
            this.positions.record(array, { start, offsets });
            return array;
        }
        for (;;) {
            if (this.i >= this.text.length)
                this.unexpected();
            offsets.push(this.i);
            array.push(this.parseValue(depth));
            this.skipWhitespace();
            const c = this.text.charCodeAt(this.i);
            if (c === 0x2c) {
                this.i++;
                this.skipWhitespace();
                continue;
            }
            if (c === 0x5d) {
                this.i++;
                break;
            }
            this.unexpected("Expected ',' or ']' after array element");
        }
        this.positions.record(array, { start, offsets });
        return array;
    }
    parseString() {
        const text = this.text;
        const start = this.i + 1;
        let i = start;
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
                this.i = i + 1;
                return text.slice(start, i);
            }
            if (c === BACKSLASH)
                break;
            if (c < 0x20 || Number.isNaN(c)) {
                if (i >= text.length)
                    this.fail('Unterminated string', this.i);
                this.fail('Bad control character in string literal', i);
            }
            i++;
        }
        // Slow path: the string has escapes.
        let out = text.slice(start, i);
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
                this.i = i + 1;
                return out;
            }
            if (i >= text.length)
                this.fail('Unterminated string', this.i);
            if (c < 0x20)
                this.fail('Bad control character in string literal', i);
            if (c !== BACKSLASH) {
                out += text[i];
                i++;
                continue;
            }
            const e = text[i + 1];
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('Bad Unicode escape', i);
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 4;
                    break;
                }
                default:
                    this.fail('Bad escaped character', i);
            }
            i += 2;
        }
    }
    parseNumber() {
        const text = this.text;
        const start = this.i;
        let i = start;
        if (text.charCodeAt(i) === 0x2d)
            i++;
        const digit = (at) => {
            const c = text.charCodeAt(at);
            return c >= 0x30 && c <= 0x39;
        };
        if (!digit(i))
            this.fail('No number after minus sign', i);
        if (text.charCodeAt(i) === 0x30)
            i++;
        else
            while (digit(i))
                i++;
        if (text.charCodeAt(i) === 0x2e) {
            i++;
            if (!digit(i))
                this.fail('Unterminated fractional number', i);
            while (digit(i))
                i++;
        }
        const e = text.charCodeAt(i);
        if (e === 0x65 || e === 0x45) {
            i++;
            const sign = text.charCodeAt(i);
            if (sign === 0x2b || sign === 0x2d)
                i++;
            if (!digit(i))
                this.fail('Exponent part is missing a number', i);
            while (digit(i))
                i++;
        }
        this.i = i;
        return Number(text.slice(start, i));
    }
}

;// CONCATENATED MODULE: ./src/source/json-fast.ts
// JSON for large blueprints: the engine's JSON.parse builds the data, and one
// scan of the text records where each object starts (what resource locations
// need). Anything unusual (a syntax error, a duplicate or
// prototype-shaped key, \u escapes, integer-like keys) goes to the
// position-tracking parser in json.ts, which also answers every position
// query the starts cannot (keys, scalars) when a message needs one.



/** Text that needs the careful parser: escapes could spell a key, and these keys are refused there. */
const CAREFUL = ['\\u', '"__proto__"', '"constructor"', '"prototype"'];
/** The scan met something the fast path does not handle; the careful parser will. */
const FALLBACK = Symbol('fallback');
function parseJsonFast(text, file) {
    // indexOf, not one regular expression: several times faster over megabytes of text.
    if (CAREFUL.some((needle) => text.includes(needle)))
        return parseJson(text, file);
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let data;
    try {
        data = JSON.parse(bom ? text.slice(1) : text);
    }
    catch {
        return parseJson(text, file); // throws a SourceSyntaxError with line and column
    }
    const starts = new Map();
    try {
        scan(text, bom, data, starts);
    }
    catch (cause) {
        if (cause === FALLBACK)
            return parseJson(text, file);
        throw cause;
    }
    return { data, positions: new ContainerStarts(file, text, starts) };
}
class ContainerStarts extends source_positions/* LineIndex */.rr {
    starts;
    full;
    constructor(file, text, starts) {
        super(file, text);
        this.starts = starts;
    }
    startOf(container) {
        const start = this.starts.get(container);
        return start === undefined ? undefined : this.locateOffset(start);
    }
    locate(root, path, key = false) {
        if (!key) {
            let node = root;
            for (const segment of path) {
                if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) {
                    node = undefined;
                    break;
                }
                node = node[segment];
            }
            const start = node !== null && typeof node === 'object' ? this.starts.get(node) : undefined;
            if (start !== undefined)
                return this.locateOffset(start);
        }
        // Keys and scalar values: parse again with every position (only when a message needs one).
        this.full ??= parseJson(this.text, this.file);
        return this.full.positions.locate(this.full.data, path, key);
    }
}
function isIndexKey(key) {
    const c = key.charCodeAt(0);
    return c >= 0x30 && c <= 0x39;
}
/**
 * One match per token the walk needs: a whole string (key or value) or a
 * bracket. Numbers, literals, `:`, `,` and whitespace are stepped over inside
 * the regular expression engine, so the JavaScript loop runs once per token,
 * not once per character: on a cold start (code not yet optimised) this made
 * the scan of 10k resources ~4x faster than a character loop. The string
 * alternative is the "unrolled" form, which needs no backtracking stack on
 * long strings.
 */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\]]/g;
const json_fast_QUOTE = 0x22;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/**
 * Walks the parsed data and the text's tokens in step, recording where each
 * object starts. Without duplicate keys the text holds exactly the tokens the
 * data implies, in this order; a duplicate adds at least its key's token, so
 * any token left over (or of an unexpected kind) sends the text to the careful parser.
 */
function scan(text, from, root, starts) {
    // No for...of: until a function is optimised, each step of for...of
    // allocates an iterator result, and this walk takes one per key (~75k on the
    // 10k bench; with the other hot loops ~3.8 MB of garbage).
    const token = new RegExp(TOKEN);
    token.lastIndex = from;
    /** The last character of the next token: a quote for a string, else the bracket. */
    const next = () => (token.test(text) ? text.charCodeAt(token.lastIndex - 1) : Number.NaN);
    const value = (node, depth) => {
        if (node === null || typeof node !== 'object') {
            if (typeof node === 'string' && next() !== json_fast_QUOTE)
                throw FALLBACK;
            return;
        }
        if (depth > syntax/* MAX_DEPTH */.lr)
            throw FALLBACK;
        if (Array.isArray(node)) {
            // Arrays are not recorded: resources are objects, and a message about a
            // list itself is rare enough to take the careful parser's positions.
            if (next() !== OPEN_ARRAY)
                throw FALLBACK;
            for (let k = 0; k < node.length; k++)
                value(node[k], depth + 1);
            if (next() !== CLOSE_ARRAY)
                throw FALLBACK;
            return;
        }
        if (next() !== OPEN_OBJECT)
            throw FALLBACK;
        starts.set(node, token.lastIndex - 1);
        // JSON.parse keeps keys in text order except integer-like ones, which come
        // first. for...in visits them in that same order without allocating an array
        // of keys per object (scan of the 10k bench files, min of 15: ~16 -> ~14 ms);
        // an inherited enumerable key would only add a token the text lacks: fallback.
        let first = true;
        for (const key in node) {
            if (first && isIndexKey(key))
                throw FALLBACK;
            first = false;
            if (next() !== json_fast_QUOTE)
                throw FALLBACK;
            value(node[key], depth + 1);
        }
        // More keys in the text than in the object: a duplicate.
        if (next() !== CLOSE_OBJECT)
            throw FALLBACK;
    };
    value(root, 0);
    if (token.test(text))
        throw FALLBACK;
}

;// CONCATENATED MODULE: ./src/source/yaml-fast.ts
// YAML as dpn's naming files and most blueprints are written (block mappings and
// sequences, plain and quoted one-line scalars, comments), read without loading
// the `yaml` package: parsing the two example naming files with it cost ~20 ms
// on every run, most of it loading and warming the parser. Anything else
// (anchors, tags, flow collections, multi-line scalars, escapes, tabs, a
// scalar that might not be a plain string or a decimal integer, a duplicate or
// prototype-shaped key, CR line ends) returns undefined and goes to the careful
// parser in yaml.ts, which also reports every error. What this returns, data
// and positions, equals what yaml.ts gives for the same text (property test
// in __tests__/blueprint/source.test.ts).


/** Not handled here: the careful parser will read (or refuse) the text. */
const yaml_fast_FALLBACK = Symbol('fallback');
/** Characters a plain scalar may hold here: no quote, `:`, `#`, flow or tab, nothing the core schema would read as other than text. */
const PLAIN = /^[A-Za-z_/(][A-Za-z0-9_ ./()+=,@{}[\]-]*$/;
/** Words the YAML 1.2 core schema reads as booleans or null. */
const NOT_TEXT = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/;
/** A key as written: a plain word. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/;
/** A decimal integer the core schema reads as a number and JSON writes back the same. */
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
function parseYamlFast(text, file) {
    if (text.includes('\r') || text.includes('\t') || text.charCodeAt(0) === 0xfeff)
        return undefined;
    const lines = splitLines(text);
    if (lines === undefined || lines.length === 0)
        return undefined;
    const positions = new source_positions/* PositionIndex */.uH(file, text);
    const reader = new BlockReader(text, lines, positions);
    try {
        const data = reader.block(0, 0);
        if (reader.next < lines.length)
            return undefined;
        return { data, positions };
    }
    catch (cause) {
        if (cause === yaml_fast_FALLBACK)
            return undefined;
        throw cause;
    }
}
/** Content lines (blank and comment-only lines dropped); undefined for directives and document markers. */
function splitLines(text) {
    const lines = [];
    let start = 0;
    while (start < text.length) {
        let stop = text.indexOf('\n', start);
        if (stop === -1)
            stop = text.length;
        let at = start;
        while (at < stop && text.charCodeAt(at) === 0x20)
            at++;
        const first = text.charCodeAt(at);
        if (at < stop && first !== 0x23 /* # */) {
            if (at === start && (first === 0x25 /* % */ || text.startsWith('---', at) || text.startsWith('...', at)))
                return undefined;
            let end = stop;
            while (text.charCodeAt(end - 1) === 0x20)
                end--;
            lines.push({ at, indent: at - start, end });
        }
        start = stop + 1;
    }
    return lines;
}
class BlockReader {
    text;
    lines;
    positions;
    next = 0;
    constructor(text, lines, positions) {
        this.text = text;
        this.lines = lines;
        this.positions = positions;
    }
    /** The block starting at the next line, which must be indented by at least `min`. */
    block(min, depth) {
        if (depth > syntax/* MAX_DEPTH */.lr)
            throw yaml_fast_FALLBACK;
        const line = this.lines[this.next];
        if (!line || line.indent < min)
            throw yaml_fast_FALLBACK;
        return this.isItem(line) ? this.sequence(line.indent, depth) : this.mapping(line.indent, depth);
    }
    isItem(line) {
        const c = this.text.charCodeAt(line.at + 1);
        return this.text.charCodeAt(line.at) === 0x2d /* - */ && (line.at + 1 === line.end || c === 0x20);
    }
    mapping(indent, depth) {
        const object = {};
        const keys = [];
        const offsets = [];
        const start = this.lines[this.next].at;
        for (;;) {
            const line = this.lines[this.next];
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent || this.isItem(line))
                throw yaml_fast_FALLBACK;
            const { key, after } = this.key(line);
            if (syntax/* FORBIDDEN_KEYS */.p5.has(key) || Object.hasOwn(object, key))
                throw yaml_fast_FALLBACK;
            this.next++;
            let valueAt = after;
            while (this.text.charCodeAt(valueAt) === 0x20)
                valueAt++;
            let value;
            let valueOffset;
            if (this.restIsBlank(after, line.end)) {
                // Nothing after the colon: a nested block (a sequence may sit at the key's own indentation), else null.
                const below = this.lines[this.next];
                if (below && (below.indent > indent || (below.indent === indent && this.isItem(below)))) {
                    valueOffset = below.at;
                    value = this.block(indent, depth + 1);
                }
                else {
                    valueOffset = line.at;
                    value = null;
                }
            }
            else {
                valueOffset = valueAt;
                value = this.scalar(valueAt, line.end);
                const below = this.lines[this.next];
                if (below && below.indent > indent)
                    throw yaml_fast_FALLBACK; // a multi-line scalar
            }
            object[key] = value;
            keys.push(key);
            offsets.push(line.at, valueOffset);
        }
        this.positions.record(object, { start, keys, offsets });
        return object;
    }
    sequence(indent, depth) {
        const array = [];
        const offsets = [];
        const start = this.lines[this.next].at;
        for (;;) {
            const line = this.lines[this.next];
            // A line at this indentation that is not an item ends a sequence that is a mapping's value.
            if (!line || line.indent < indent || (line.indent === indent && !this.isItem(line)))
                break;
            if (line.indent > indent)
                throw yaml_fast_FALLBACK;
            let at = line.at + 1;
            while (this.text.charCodeAt(at) === 0x20)
                at++;
            if (at >= line.end)
                throw yaml_fast_FALLBACK; // an item on the lines below, or a null item
            offsets.push(at);
            if (this.startsEntry(at, line.end) || this.isItem({ at, indent: 0, end: line.end })) {
                // `- key: value` or `- - item`: the rest of the line opens a block indented to where it starts.
                this.lines[this.next] = { at, indent: line.indent + (at - line.at), end: line.end };
                array.push(this.block(indent + 1, depth + 1));
            }
            else {
                this.next++;
                array.push(this.scalar(at, line.end));
                const below = this.lines[this.next];
                if (below && below.indent > indent)
                    throw yaml_fast_FALLBACK;
            }
        }
        this.positions.record(array, { start, offsets });
        return array;
    }
    /** Whether the text at `at` is `key:` followed by a space or the end of the content. */
    startsEntry(at, end) {
        try {
            this.key({ at, indent: 0, end });
            return true;
        }
        catch (cause) {
            if (cause === yaml_fast_FALLBACK)
                return false;
            throw cause;
        }
    }
    key(line) {
        const text = this.text;
        const first = text.charCodeAt(line.at);
        let key;
        let close;
        if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
            const quoted = this.quoted(line.at, line.end);
            key = quoted.value;
            close = quoted.close + 1;
        }
        else {
            close = text.indexOf(':', line.at);
            if (close === -1 || close > line.end)
                throw yaml_fast_FALLBACK;
            key = text.slice(line.at, close);
            if (!PLAIN_KEY.test(key) || NOT_TEXT.test(key)) {
                if (!INTEGER.test(key))
                    throw yaml_fast_FALLBACK;
                key = String(Number(key));
            }
        }
        if (text.charCodeAt(close) !== 0x3a /* : */)
            throw yaml_fast_FALLBACK;
        const after = close + 1;
        if (after < line.end && text.charCodeAt(after) !== 0x20)
            throw yaml_fast_FALLBACK;
        return { key, after };
    }
    /** A one-line scalar from `at` to the end of the content (`end`, comments already cut). */
    scalar(at, end) {
        const first = this.text.charCodeAt(at);
        if (first === 0x22 || first === 0x27) {
            const quoted = this.quoted(at, end);
            if (!this.restIsBlank(quoted.close + 1, end))
                throw yaml_fast_FALLBACK;
            return quoted.value;
        }
        let stop = this.text.indexOf(' #', at);
        if (stop === -1 || stop > end)
            stop = end;
        while (this.text.charCodeAt(stop - 1) === 0x20)
            stop--;
        const raw = this.text.slice(at, stop);
        if (INTEGER.test(raw))
            return Number(raw);
        if (!PLAIN.test(raw) || NOT_TEXT.test(raw))
            throw yaml_fast_FALLBACK;
        return raw;
    }
    /** A one-line quoted scalar starting at `at`; `close` is its closing quote. */
    quoted(at, end) {
        const text = this.text;
        const quote = text.charCodeAt(at);
        let value = '';
        let from = at + 1;
        for (;;) {
            const close = text.indexOf(quote === 0x22 ? '"' : "'", from);
            if (close === -1 || close >= end)
                throw yaml_fast_FALLBACK;
            // '' inside single quotes is one quote; double quotes are only taken without escapes.
            if (quote === 0x27 && text.charCodeAt(close + 1) === 0x27 && close + 1 < end) {
                value += text.slice(from, close + 1);
                from = close + 2;
                continue;
            }
            value += text.slice(from, close);
            if (quote === 0x22 && value.includes('\\'))
                throw yaml_fast_FALLBACK;
            return { value, close };
        }
    }
    /** Whether only spaces and a comment follow `at` up to `end`. */
    restIsBlank(at, end) {
        let i = at;
        while (i < end && this.text.charCodeAt(i) === 0x20)
            i++;
        return i === end || (i > at && this.text.charCodeAt(i) === 0x23);
    }
}

;// CONCATENATED MODULE: ./src/source/read.ts
// Reading a source file: size limit, empty and binary files, UTF-8, and the
// format chosen by extension. Every failure is a Diagnostic, never a throw.






/** Largest YAML file dpn reads (blueprints and naming configuration): the yaml parser builds a node per value first. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/**
 * Largest JSON blueprint: JSON.parse has no aliases to bomb with and builds the
 * data directly, so generated blueprints may be bigger (80k resources are
 * ~8.5 MiB and preview in well under 250 MB).
 */
const MAX_JSON_BYTES = 32 * 1024 * 1024;
function formatOf(path) {
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    return undefined;
}
function error(code, message, at, hint) {
    const d = { file: at.file, line: at.line, column: at.column, code, message, severity: 'error' };
    if (hint !== undefined)
        d.hint = hint;
    return d;
}
/** Location of the value (or key) at `path` in a document. */
function locate(doc, path, key = false) {
    return doc.positions.locate(doc.data, path, key);
}
/**
 * Reads and parses one file. `absolutePath` is what is opened, `file` what
 * messages show. Returns the document or the diagnostic that stopped it
 * (with `diagnostics`, every syntax problem found, when there were several).
 */
async function readSourceDocument(absolutePath, file, options = {}) {
    const top = { file, line: 1, column: 1 };
    const format = options.format ?? formatOf(file);
    if (!format) {
        return { diagnostic: error('SOURCE_FORMAT', `${file} is neither JSON (.json) nor YAML (.yaml, .yml)`, top) };
    }
    const maxBytes = options.maxBytes ?? (format === 'json' ? MAX_JSON_BYTES : MAX_SOURCE_BYTES);
    let bytes;
    try {
        // Synchronous calls: a file is at most MAX_JSON_BYTES and dpn has nothing
        // else to do meanwhile, while each asynchronous step (open, stat, read,
        // read, close) waited for a turn of the event loop. Measured on a 10k
        // preview (10 files): the reading and checking phase 197 -> 162 ms (min of 12).
        // O_NONBLOCK: opening a named pipe must not wait for a writer; it is then refused as not a regular file.
        const fd = (0,external_node_fs_.openSync)(absolutePath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        try {
            const stat = (0,external_node_fs_.fstatSync)(fd);
            if (!stat.isFile())
                return { diagnostic: error('SOURCE_READ', `${file} is not a regular file`, top) };
            if (stat.size > maxBytes) {
                return {
                    diagnostic: error('SOURCE_TOO_LARGE', `${file} is ${mebibytes(stat.size)}; the limit is ${mebibytes(maxBytes)} (split it into several files)`, top),
                };
            }
            // Read one byte past the limit, in case the file grew after stat.
            const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
            let length = 0;
            for (;;) {
                const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length === buffer.length)
                    break;
            }
            if (length > maxBytes) {
                return { diagnostic: error('SOURCE_TOO_LARGE', `${file} is larger than ${mebibytes(maxBytes)}`, top) };
            }
            bytes = buffer.subarray(0, length);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (cause) {
        const code = cause.code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'I/O error'})`;
        return { diagnostic: error(code === 'ENOENT' ? 'SOURCE_NOT_FOUND' : 'SOURCE_READ', `${file} ${why}`, top) };
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return { diagnostic: error('SOURCE_BINARY', `${file} looks binary (it contains a NUL byte); expected ${format.toUpperCase()} text`, top) };
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { diagnostic: error('SOURCE_NOT_UTF8', `${file} is not valid UTF-8 text (a binary file?)`, top) };
    }
    // Released before parsing: for a large blueprint the bytes are megabytes that the peak need not hold.
    bytes = undefined;
    if (text.replace(/^\uFEFF/, '').trim() === '') {
        return { diagnostic: error('SOURCE_EMPTY', `${file} is empty; expected a ${format.toUpperCase()} document`, top) };
    }
    return parseSourceText(text, file, format);
}
/**
 * Parses text already in memory (used by tests and by readSourceDocument). The
 * `yaml` package is loaded only for YAML the fast reader leaves to it.
 */
async function parseSourceText(text, file, format) {
    try {
        const { data, positions } = format === 'json' ? parseJsonFast(text, file) : (parseYamlFast(text, file) ?? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 9094))).parseYaml(text, file));
        return { document: { file, format, data, positions } };
    }
    catch (cause) {
        if (cause instanceof syntax/* SourceSyntaxError */.Lc) {
            const lines = new source_positions/* LineIndex */.rr(file, text);
            const all = [cause, ...cause.others].map((e) => {
                const at = lines.locateOffset(e.offset);
                return error(e.code, `${e.message} at line ${at.line} column ${at.column}`, at, e.hint);
            });
            return { diagnostic: all[0], diagnostics: all };
        }
        if (cause instanceof RangeError) {
            return { diagnostic: error('SOURCE_TOO_DEEP', `${file} is nested too deeply to read`, { file, line: 1, column: 1 }) };
        }
        throw cause;
    }
}
function mebibytes(n) {
    return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}

// EXTERNAL MODULE: ./src/source/suggest.ts
var suggest = __webpack_require__(4467);
;// CONCATENATED MODULE: ./src/source/schema.ts



const CODES = {
    required: 'SCHEMA_REQUIRED',
    additionalProperties: 'SCHEMA_ADDITIONAL',
    propertyNames: 'SCHEMA_KEY',
    enum: 'SCHEMA_ENUM',
    const: 'SCHEMA_CONST',
    type: 'SCHEMA_TYPE',
    pattern: 'SCHEMA_PATTERN',
    minItems: 'SCHEMA_MIN_ITEMS',
    minimum: 'SCHEMA_RANGE',
    maximum: 'SCHEMA_RANGE',
};
function schemaDiagnostics(doc, errors, schema) {
    const typeFailures = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    const misspelt = misspeltRequired(errors, schema);
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        // A misspelt required key is one mistake: reported as the unknown key, with the spelling it should have.
        if (e.keyword === 'required' && misspelt.has(`${e.instancePath}\0${String(e.params.missingProperty)}`))
            continue;
        // Inner errors of propertyNames are summarised by the propertyNames error itself.
        if (e.propertyName !== undefined)
            continue;
        if (e.keyword === 'anyOf')
            continue;
        // A value of the wrong type gets one message, not one per keyword it also fails.
        if (e.keyword !== 'type' && typeFailures.has(e.instancePath) && e.keyword !== 'propertyNames')
            continue;
        const path = (0,source_positions/* parsePointer */.vp)(e.instancePath);
        const d = describe(doc, e, path, schema, errors);
        const id = `${d.line}:${d.column}:${d.code}:${d.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(d);
    }
    return out;
}
/**
 * `instancePath NUL key` of every missing required key that an unknown key at
 * the same place is a likely spelling of ('purpos' for 'purpose').
 */
function misspeltRequired(errors, schema) {
    const missing = new Set(errors.filter((e) => e.keyword === 'required').map((e) => `${e.instancePath}\0${String(e.params.missingProperty)}`));
    const out = new Set();
    for (const e of errors) {
        if (e.keyword !== 'additionalProperties')
            continue;
        const allowed = Object.keys(schemaAt(schema, (0,source_positions/* parsePointer */.vp)(e.instancePath))?.properties ?? {});
        const guess = (0,suggest/* closest */.k)(String(e.params.additionalProperty), allowed);
        if (guess !== undefined && missing.has(`${e.instancePath}\0${guess}`))
            out.add(`${e.instancePath}\0${guess}`);
    }
    return out;
}
function describe(doc, e, path, schema, all) {
    const code = CODES[e.keyword] ?? 'SCHEMA_INVALID';
    const subject = label(path);
    const where = path.length ? (0,source_positions/* describePath */.NH)(path) : 'the top level';
    const value = valueAt(doc.data, path);
    const params = e.params;
    const at = (p, key = false) => locate(doc, p, key);
    switch (e.keyword) {
        case 'required':
            return error(code, `missing required key '${String(params.missingProperty)}' in ${where}`, at(path));
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            const allowed = Object.keys(schemaAt(schema, path)?.properties ?? {});
            const guess = (0,suggest/* closest */.k)(extra, allowed);
            const required = guess !== undefined && (schemaAt(schema, path)?.required ?? []).includes(guess);
            const missing = required && !Object.hasOwn((value ?? {}), guess);
            return error(code, `unknown key '${extra}' in ${where}${missing ? ` (and the required key '${guess}' is missing)` : ''}; allowed: ${allowed.join(', ')}`, at([...path, extra], true), guess ? `did you mean '${guess}'?` : undefined);
        }
        case 'propertyNames': {
            const name = String(params.propertyName);
            const inner = all.filter((x) => x.instancePath === e.instancePath && x.propertyName === name);
            const allowed = inner.flatMap((x) => x.keyword === 'enum' ? x.params.allowedValues.map(String) : x.keyword === 'const' ? [String(x.params.allowedValue)] : []);
            const pattern = inner.find((x) => x.keyword === 'pattern');
            const why = allowed.length
                ? `; allowed: ${allowed.join(', ')}`
                : pattern
                    ? `; a key must match ${String(pattern.params.pattern)}`
                    : '';
            const guess = (0,suggest/* closest */.k)(name, allowed);
            return error(code, `unknown key '${name}' in ${where}${why}`, at([...path, name], true), guess ? `did you mean '${guess}'?` : undefined);
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const guess = typeof value === 'string' ? (0,suggest/* closest */.k)(value, allowed) : undefined;
            return error(code, `${subject} must be one of ${allowed.join(', ')} (got ${show(value)})`, at(path), guess ? `did you mean '${guess}'?` : undefined);
        }
        case 'const': {
            const quoteHint = doc.format === 'yaml' && typeof value === 'number' ? '; quote it in YAML' : '';
            return error(code, `${subject} must be ${JSON.stringify(params.allowedValue)} (got ${show(value)}${quoteHint})`, at(path));
        }
        case 'type': {
            const quoteHint = doc.format === 'yaml' && params.type === 'string' && value !== null && typeof value !== 'object' ? '; quote it in YAML' : '';
            return error(code, `${subject} must be ${article(String(params.type))} (got ${kindOf(value)}${quoteHint})`, at(path));
        }
        case 'pattern': {
            const pattern = String(params.pattern);
            if (pattern === '\\S')
                return error(code, `${subject} must not be empty`, at(path));
            const max = /^\^\.\{0,(\d+)\}\$$/.exec(pattern);
            if (max)
                return error(code, `${subject} must be at most ${max[1]} characters (got ${show(value)})`, at(path));
            const description = schemaAt(schema, path)?.description;
            const hint = typeof description === 'string' ? ` — ${description.replace(/\.$/, '')}` : '';
            return error(code, `${subject} must match ${pattern}${hint} (got ${show(value)})`, at(path));
        }
        case 'minItems':
            return error(code, `${subject} must have at least ${String(params.limit)} item(s)`, at(path));
        case 'minimum':
            return error(code, `${subject} must be at least ${String(params.limit)} (got ${show(value)})`, at(path));
        case 'maximum':
            return error(code, `${subject} must be at most ${String(params.limit)} (got ${show(value)})`, at(path));
        default:
            return error(code, `${subject} ${e.message ?? 'is invalid'}`, at(path));
    }
}
/** The name a person would use for the value at `path`: its key, or the path for list items. */
function label(path) {
    if (path.length === 0)
        return 'the document';
    const last = path[path.length - 1];
    return /^\d+$/.test(last) ? (0,source_positions/* describePath */.NH)(path) : last;
}
function valueAt(data, path) {
    let node = data;
    for (const segment of path) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
/**
 * The subschema that describes the value at an instance path, following $ref
 * within the document. (Ajv's schemaPath is relative to a referenced schema,
 * so it cannot be resolved from the root.)
 */
function schemaAt(root, path) {
    const deref = (node) => {
        let current = node;
        for (let hops = 0; hops < 16 && current && typeof current === 'object'; hops++) {
            const ref = current.$ref;
            if (typeof ref !== 'string' || !ref.startsWith('#/'))
                break;
            const target = (0,source_positions/* parsePointer */.vp)(ref.slice(1)).reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), root);
            // Keywords beside $ref (description, default) describe this use of it.
            current = target && typeof target === 'object' ? { ...target, ...withoutRef(current) } : undefined;
        }
        return current && typeof current === 'object' ? current : undefined;
    };
    let node = deref(root);
    for (const segment of path) {
        if (!node)
            return undefined;
        const properties = node.properties;
        if (properties && Object.hasOwn(properties, segment))
            node = deref(properties[segment]);
        else if (/^\d+$/.test(segment) && node.items)
            node = deref(node.items);
        else if (node.additionalProperties && typeof node.additionalProperties === 'object')
            node = deref(node.additionalProperties);
        else
            return undefined;
    }
    return node;
}
function withoutRef(node) {
    const { $ref: _, ...rest } = node;
    return rest;
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function kindOf(value) {
    if (value === null)
        return 'null (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
    if (typeof value === 'boolean')
        return `the boolean ${value}`;
    return `the text ${show(value)}`;
}
function article(type) {
    switch (type) {
        case 'object':
            return 'a mapping (object)';
        case 'array':
            return 'a list';
        case 'integer':
            return 'a whole number';
        case 'string':
            return 'text';
        default:
            return `a ${type}`;
    }
}

;// CONCATENATED MODULE: ./src/source/index.ts







/***/ }),

/***/ 2369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ describePath),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   uH: () => (/* binding */ PositionIndex),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/** Line and column of character offsets, from line starts computed on first use. */
class LineIndex {
    file;
    text;
    lineStarts;
    /** The line of the last offset located: resources are located in text order, so the next is usually on it or just after. */
    lastLine = 0;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    locateOffset(offset) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        // A few steps forward from the last line before the binary search (same answer, fewer probes in text order).
        const last = this.lastLine;
        if (starts[last] <= offset) {
            let line = last;
            const stop = Math.min(hi, last + 4);
            while (line < stop && starts[line + 1] <= offset)
                line++;
            if (line < stop || line === hi)
                lo = hi = line;
            else
                lo = line;
        }
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        this.lastLine = lo;
        return { file: this.file, line: lo + 1, column: offset - starts[lo] + 1 };
    }
}
/** Offsets of every container, key and value, recorded while parsing. */
class PositionIndex extends LineIndex {
    containers = new Map();
    record(container, offsets) {
        this.containers.set(container, offsets);
    }
    /**
     * Offset of the value at `path` (or of its key, with `key: true`). A path that
     * goes further than the document falls back to the deepest ancestor found, so
     * every problem still gets a position.
     */
    offsetOf(root, path, key = false) {
        let node = root;
        let offset = this.containers.get(root)?.start ?? 0;
        for (let i = 0; i < path.length; i++) {
            const info = node !== null && typeof node === 'object' ? this.containers.get(node) : undefined;
            if (!info)
                break;
            const segment = path[i];
            let valueOffset;
            let keyOffset;
            if (info.keys) {
                const index = info.keys.lastIndexOf(String(segment));
                if (index < 0)
                    break;
                keyOffset = info.offsets[index * 2];
                valueOffset = info.offsets[index * 2 + 1];
            }
            else {
                const index = typeof segment === 'number' ? segment : Number(segment);
                valueOffset = info.offsets[index];
                keyOffset = valueOffset;
            }
            if (valueOffset === undefined)
                break;
            const last = i === path.length - 1;
            offset = last && key && keyOffset !== undefined ? keyOffset : valueOffset;
            node = node[segment];
        }
        return offset;
    }
    locate(root, path, key = false) {
        return this.locateOffset(this.offsetOf(root, path, key));
    }
    startOf(container) {
        const info = this.containers.get(container);
        return info ? this.locateOffset(info.start) : undefined;
    }
}
function computeLineStarts(text) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
        starts.push(at + 1);
        at = text.indexOf('\n', at + 1);
    }
    return starts;
}
/** Splits an Ajv instancePath ("/resources/aws/s3_buckets/0") into a path. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** "resources.aws.s3_buckets[0].layer" for messages. */
function describePath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number' || /^\d+$/.test(segment))
            out += `[${segment}]`;
        else
            out += out ? `.${segment}` : segment;
    }
    return out;
}


/***/ }),

/***/ 8146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ SourceSyntaxError),
/* harmony export */   U7: () => (/* binding */ MAX_ALIAS_NODES),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   p5: () => (/* binding */ FORBIDDEN_KEYS)
/* harmony export */ });
// What the parsers refuse, shared by JSON and YAML.
/** Keys that could reach Object.prototype when data is copied around. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Nesting deeper than this is refused before it can exhaust the stack. */
const MAX_DEPTH = 200;
/** Nodes that YAML aliases may add to a document, in total. Here, not in yaml.ts, so that exporting it does not load the yaml package. */
const MAX_ALIAS_NODES = 10_000;
/** A document that cannot be read, at a character offset of its text. */
class SourceSyntaxError extends Error {
    code;
    offset;
    hint;
    others;
    constructor(code, message, offset, 
    /** How to fix it, when the parser knows. */
    hint, 
    /** Further problems found in the same pass (YAML reports every one it finds). */
    others = []) {
        super(message);
        this.code = code;
        this.offset = offset;
        this.hint = hint;
        this.others = others;
        this.name = 'SourceSyntaxError';
    }
}


/***/ }),

/***/ 6161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Q: () => (/* binding */ validateNamingPatterns),
/* harmony export */   ci: () => (/* binding */ validateBlueprint),
/* harmony export */   lu: () => (/* binding */ validateNamingValues)
/* harmony export */ });
/* unused harmony export validateState */
// Generated by scripts/compile-schemas.mjs. Do not edit.
// @ts-nocheck
const validateBlueprint = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/blueprint-1.0.json","title":"dpn blueprint","description":"Resources a team wants on AWS and Databricks, in the dpn v1.0 blueprint format. dpn generates every name from the naming convention; a blueprint only says what each resource is for.","type":"object","required":["version","metadata","resources"],"additionalProperties":false,"properties":{"$schema":{"title":"Schema","description":"Where editors find this schema (a URL or a path); dpn ignores it. dpn plan init writes it into JSON blueprints.","type":"string"},"version":{"title":"Format version","description":"Blueprint format version. Must be the string \"1.0\" (quote it in YAML).","type":"string","const":"1.0"},"metadata":{"title":"Metadata","description":"Where and for whom the resources are made. Every value is also a naming variable.","type":"object","required":["environment","project","region"],"additionalProperties":false,"properties":{"environment":{"title":"Environment","description":"Deployment environment.","type":"string","enum":["dev","stg","prd"]},"project":{"title":"Project","description":"Project name: lowercase letters, digits and hyphens.","type":"string","pattern":"^[a-z0-9-]+$"},"region":{"title":"AWS region","description":"AWS region code in any partition, such as us-east-1, us-gov-west-1, cn-north-1 or eusc-de-east-1; dpn derives the short code (region_short) from it.","type":"string","pattern":"^[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-[0-9]+$"},"azure_location":{"title":"Azure location","description":"Azure location (programmatic name) such as westeurope, for the Azure resources; dpn derives their region_short from it.","type":"string","pattern":"^[a-z][a-z0-9]*$"},"gcp_region":{"title":"Google Cloud region","description":"Google Cloud region such as europe-west1, for the Google Cloud resources; dpn derives their region_short from it.","type":"string","pattern":"^[a-z]+-[a-z]+[0-9]+$"},"team":{"title":"Team","description":"Owning team; becomes the Team tag on AWS resources.","type":"string","pattern":"\\S"},"cost_center":{"title":"Cost center","description":"Cost center; becomes the CostCenter tag on AWS resources.","type":"string","pattern":"\\S"},"data_classification":{"title":"Data classification","description":"Sensitivity of the data held by these resources.","type":"string","enum":["public","internal","confidential","restricted"]}}},"scope":{"title":"Scope","description":"Limits which resource types of this blueprint dpn manages.","type":"object","required":["mode","patterns"],"additionalProperties":false,"properties":{"mode":{"title":"Mode","description":"include: manage only the types that match a pattern; exclude: manage every type except those.","type":"string","enum":["include","exclude"]},"patterns":{"title":"Type patterns","description":"Resource type keys with wildcards: * matches any run of characters, ? exactly one; matched against the whole key (aws_*, *_cluster, dbx_table).","type":"array","minItems":1,"items":{"type":"string","pattern":"\\S"}}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy","description":"What happens to a resource of this blueprint once it is removed from the file: archive (default) keeps it and marks it retired, delete removes it, retain leaves it untouched. A dpn v2 addition; v1.0 files do not have it."},"resources":{"title":"Resources","description":"The resources, grouped by platform.","type":"object","additionalProperties":false,"properties":{"aws":{"title":"AWS resources","description":"S3 buckets and the Glue Data Catalog.","type":"object","additionalProperties":false,"properties":{"s3_buckets":{"title":"S3 buckets","description":"Buckets (type aws_s3_bucket), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/s3Bucket"}},"glue_databases":{"title":"Glue databases","description":"Glue Data Catalog databases (type aws_glue_database), one per domain and layer.","type":"array","items":{"$ref":"#/definitions/glueDatabase"}},"glue_tables":{"title":"Glue tables","description":"Glue Data Catalog tables (type aws_glue_table), each in a Glue database of the same blueprint.","type":"array","items":{"$ref":"#/definitions/glueTable"}}}},"databricks":{"title":"Databricks resources","description":"Clusters, jobs and Unity Catalog objects.","type":"object","additionalProperties":false,"properties":{"clusters":{"title":"Clusters","description":"Databricks clusters (type dbx_cluster), one per workload.","type":"array","items":{"$ref":"#/definitions/cluster"}},"jobs":{"title":"Jobs","description":"Databricks jobs (type dbx_job), each running on a cluster of the same blueprint.","type":"array","items":{"$ref":"#/definitions/job"}},"unity_catalog":{"title":"Unity Catalog","description":"Unity Catalog catalogs with their schemas and tables.","type":"object","additionalProperties":false,"properties":{"catalogs":{"title":"Catalogs","description":"Catalogs (type dbx_catalog).","type":"array","items":{"$ref":"#/definitions/catalog"}}}}}},"azure":{"title":"Azure resources","description":"Azure resources to name (named, not provisioned); their region_short comes from metadata.azure_location.","type":"object","additionalProperties":false,"properties":{"resource_groups":{"title":"Resource groups","description":"Resource groups (type azure_resource_group), one per purpose.","type":"array","items":{"$ref":"#/definitions/azureResourceGroup"}},"storage_accounts":{"title":"Storage accounts","description":"Storage accounts (type azure_storage_account), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/azureStorageAccount"}},"storage_containers":{"title":"Storage containers","description":"Blob containers (type azure_storage_container), each in a storage account of the same blueprint.","type":"array","items":{"$ref":"#/definitions/azureStorageContainer"}},"databricks_workspaces":{"title":"Databricks workspaces","description":"Azure Databricks workspaces (type azure_databricks_workspace).","type":"array","items":{"$ref":"#/definitions/azureDatabricksWorkspace"}},"data_factories":{"title":"Data factories","description":"Data factories (type azure_data_factory).","type":"array","items":{"$ref":"#/definitions/azureDataFactory"}},"synapse_workspaces":{"title":"Synapse workspaces","description":"Synapse workspaces (type azure_synapse_workspace).","type":"array","items":{"$ref":"#/definitions/azureSynapseWorkspace"}},"key_vaults":{"title":"Key vaults","description":"Key vaults (type azure_key_vault).","type":"array","items":{"$ref":"#/definitions/azureKeyVault"}},"eventhub_namespaces":{"title":"Event Hubs namespaces","description":"Event Hubs namespaces (type azure_eventhub_namespace).","type":"array","items":{"$ref":"#/definitions/azureEventhubNamespace"}}}},"gcp":{"title":"Google Cloud resources","description":"Google Cloud resources to name (named, not provisioned); their region_short comes from metadata.gcp_region.","type":"object","additionalProperties":false,"properties":{"buckets":{"title":"Buckets","description":"Cloud Storage buckets (type gcp_storage_bucket), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/gcsBucket"}},"bigquery_datasets":{"title":"BigQuery datasets","description":"BigQuery datasets (type gcp_bigquery_dataset), one per domain and layer.","type":"array","items":{"$ref":"#/definitions/bigqueryDataset"}},"bigquery_tables":{"title":"BigQuery tables","description":"BigQuery tables (type gcp_bigquery_table), each in a dataset of the same blueprint.","type":"array","items":{"$ref":"#/definitions/bigqueryTable"}},"dataproc_clusters":{"title":"Dataproc clusters","description":"Dataproc clusters (type gcp_dataproc_cluster), one per workload.","type":"array","items":{"$ref":"#/definitions/dataprocCluster"}},"pubsub_topics":{"title":"Pub/Sub topics","description":"Pub/Sub topics (type gcp_pubsub_topic).","type":"array","items":{"$ref":"#/definitions/pubsubTopic"}}}}}}},"definitions":{"deletionPolicy":{"title":"Deletion policy","description":"What happens to the resource once it is removed from the blueprint: archive (default), delete or retain. A dpn v2 addition; v1.0 files do not have it.","type":"string","enum":["archive","delete","retain"]},"column":{"title":"Column","description":"A column: name and data type.","type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Column name.","type":"string","pattern":"\\S"},"type":{"title":"Type","description":"Column data type, e.g. string, bigint, decimal(18,2).","type":"string","pattern":"\\S"},"comment":{"title":"Comment","description":"Free-text comment.","type":"string"}}},"tableType":{"title":"Table type","description":"Kind of table; the first word of the table name.","type":"string","enum":["fact","dim","bridge","staging","reference"]},"medallionLayer":{"title":"Layer","description":"Medallion layer.","type":"string","enum":["bronze","silver","gold"]},"s3Bucket":{"title":"S3 bucket","description":"An S3 bucket (aws_s3_bucket).","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\S"},"layer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"versioning":{"title":"Versioning","description":"Turn on object versioning.","type":"boolean","default":true},"lifecycle_days":{"title":"Lifecycle days","description":"Days after which objects transition to the INTELLIGENT_TIERING storage class.","type":"integer","minimum":0,"default":90},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueDatabase":{"title":"Glue database","description":"A Glue Data Catalog database (aws_glue_database). Other resources refer to it as \"{domain}-{layer}\".","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"description":{"title":"Description","description":"Free-text description of the database.","type":"string"},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueTable":{"title":"Glue table","description":"A Glue Data Catalog table (aws_glue_table).","type":"object","required":["database_ref","entity","columns"],"additionalProperties":false,"properties":{"database_ref":{"title":"Database reference","description":"The Glue database of this blueprint that holds the table, written \"{domain}-{layer}\" (e.g. sales-bronze).","type":"string","pattern":"\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"partition_keys":{"title":"Partition keys","description":"Partition columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"cluster":{"title":"Cluster","description":"A Databricks cluster (dbx_cluster). Jobs refer to it by its workload.","type":"object","required":["workload","cluster_type","node_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]},"node_type":{"title":"Node type","description":"Instance type of the workers, e.g. i3.xlarge.","type":"string","pattern":"\\S"},"spark_version":{"title":"Spark version","description":"Databricks runtime version.","type":"string","default":"13.3.x-scala2.12","pattern":"\\S"},"autoscale":{"title":"Autoscale","description":"Worker count range; defaults to 2..8.","type":"object","additionalProperties":false,"properties":{"min":{"title":"Minimum workers","description":"Fewest workers.","type":"integer","minimum":0,"default":2},"max":{"title":"Maximum workers","description":"Most workers; at least the minimum.","type":"integer","minimum":1,"default":8}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"job":{"title":"Job","description":"A Databricks job (dbx_job).","type":"object","required":["job_type","purpose","cluster_ref"],"additionalProperties":false,"properties":{"job_type":{"title":"Job type","description":"Kind of job, e.g. batch or streaming.","type":"string","pattern":"\\S"},"purpose":{"title":"Purpose","description":"What the job does, e.g. daily-sales-load.","type":"string","pattern":"\\S"},"cluster_ref":{"title":"Cluster reference","description":"The workload of a cluster of this blueprint that runs the job.","type":"string","pattern":"\\S"},"schedule":{"title":"Schedule","description":"daily, hourly, weekly, monthly or a Quartz cron expression; without it the job takes the schedule naming value (daily by default).","type":"string","pattern":"\\S"},"tasks":{"title":"Tasks","description":"Job tasks as the Databricks Jobs API takes them; dpn fills in the cluster.","type":"array","items":{"type":"object"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"catalog":{"title":"Catalog","description":"A Unity Catalog catalog (dbx_catalog) with its schemas.","type":"object","required":["catalog_type","schemas"],"additionalProperties":false,"properties":{"catalog_type":{"title":"Catalog type","description":"What the catalog is for, e.g. dev or analytics.","type":"string","pattern":"\\S"},"storage_root":{"title":"Storage root","description":"Managed storage location, e.g. s3://bucket/path.","type":"string","pattern":"\\S"},"schemas":{"title":"Schemas","description":"Schemas of the catalog (dbx_schema).","type":"array","items":{"$ref":"#/definitions/ucSchema"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucSchema":{"title":"Schema","description":"A Unity Catalog schema (dbx_schema).","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. customer.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"tables":{"title":"Tables","description":"Managed tables of the schema (dbx_table).","type":"array","items":{"$ref":"#/definitions/ucTable"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucTable":{"title":"Table","description":"A Unity Catalog managed table (dbx_table).","type":"object","required":["entity"],"additionalProperties":false,"properties":{"entity":{"title":"Entity","description":"What one row describes, e.g. customers.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"storageLayer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"azureResourceGroup":{"title":"Azure resource group","description":"An Azure resource group (azure_resource_group). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the resource group is for, e.g. analytics.","type":"string","pattern":"\\S"}}},"azureStorageAccount":{"title":"Azure storage account","description":"An Azure storage account (azure_storage_account). Containers refer to it as \"{purpose}-{layer}\". Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the storage account is for, e.g. analytics.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/storageLayer"}}},"azureStorageContainer":{"title":"Azure storage container","description":"A blob container (azure_storage_container) in a storage account of the same blueprint. Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["account_ref","domain","layer"],"additionalProperties":false,"properties":{"account_ref":{"title":"Storage account reference","description":"The storage account of this blueprint that holds the container, written \"{purpose}-{layer}\" (e.g. lake-raw).","type":"string","pattern":"\\S"},"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"}}},"azureDatabricksWorkspace":{"title":"Azure Databricks workspace","description":"An Azure Databricks workspace (azure_databricks_workspace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the databricks workspace is for, e.g. analytics.","type":"string","pattern":"\\S"}}},"azureDataFactory":{"title":"Azure data factory","description":"An Azure data factory (azure_data_factory). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the data factory is for, e.g. analytics.","type":"string","pattern":"\\S"}}},"azureSynapseWorkspace":{"title":"Azure Synapse workspace","description":"An Azure Synapse workspace (azure_synapse_workspace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the synapse workspace is for, e.g. analytics.","type":"string","pattern":"\\S"}}},"azureKeyVault":{"title":"Azure key vault","description":"An Azure key vault (azure_key_vault). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the key vault is for, e.g. analytics.","type":"string","pattern":"\\S"}}},"azureEventhubNamespace":{"title":"Azure Event Hubs namespace","description":"An Azure Event Hubs namespace (azure_eventhub_namespace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the event hubs namespace is for, e.g. analytics.","type":"string","pattern":"\\S"}}},"gcsBucket":{"title":"Cloud Storage bucket","description":"A Google Cloud Storage bucket (gcp_storage_bucket). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/storageLayer"}}},"bigqueryDataset":{"title":"BigQuery dataset","description":"A BigQuery dataset (gcp_bigquery_dataset). Tables refer to it as \"{domain}-{layer}\". Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"}}},"bigqueryTable":{"title":"BigQuery table","description":"A BigQuery table (gcp_bigquery_table) in a dataset of the same blueprint. Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["dataset_ref","entity"],"additionalProperties":false,"properties":{"dataset_ref":{"title":"Dataset reference","description":"The BigQuery dataset of this blueprint that holds the table, written \"{domain}-{layer}\" (e.g. sales-gold).","type":"string","pattern":"\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}}}},"dataprocCluster":{"title":"Dataproc cluster","description":"A Dataproc cluster (gcp_dataproc_cluster). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["workload","cluster_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]}}},"pubsubTopic":{"title":"Pub/Sub topic","description":"A Pub/Sub topic (gcp_pubsub_topic). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the topic carries, e.g. orders.","type":"string","pattern":"\\S"}}}}};const schema12 = {"title":"Deletion policy","description":"What happens to the resource once it is removed from the blueprint: archive (default), delete or retain. A dpn v2 addition; v1.0 files do not have it.","type":"string","enum":["archive","delete","retain"]};const schema36 = {"title":"Azure resource group","description":"An Azure resource group (azure_resource_group). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the resource group is for, e.g. analytics.","type":"string","pattern":"\\S"}}};const schema41 = {"title":"Azure Databricks workspace","description":"An Azure Databricks workspace (azure_databricks_workspace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the databricks workspace is for, e.g. analytics.","type":"string","pattern":"\\S"}}};const schema42 = {"title":"Azure data factory","description":"An Azure data factory (azure_data_factory). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the data factory is for, e.g. analytics.","type":"string","pattern":"\\S"}}};const schema43 = {"title":"Azure Synapse workspace","description":"An Azure Synapse workspace (azure_synapse_workspace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the synapse workspace is for, e.g. analytics.","type":"string","pattern":"\\S"}}};const schema44 = {"title":"Azure key vault","description":"An Azure key vault (azure_key_vault). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the key vault is for, e.g. analytics.","type":"string","pattern":"\\S"}}};const schema45 = {"title":"Azure Event Hubs namespace","description":"An Azure Event Hubs namespace (azure_eventhub_namespace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the event hubs namespace is for, e.g. analytics.","type":"string","pattern":"\\S"}}};const schema53 = {"title":"Dataproc cluster","description":"A Dataproc cluster (gcp_dataproc_cluster). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["workload","cluster_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]}}};const schema54 = {"title":"Pub/Sub topic","description":"A Pub/Sub topic (gcp_pubsub_topic). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the topic carries, e.g. orders.","type":"string","pattern":"\\S"}}};const pattern0 = new RegExp("^[a-z0-9-]+$", "u");const pattern1 = new RegExp("^[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-[0-9]+$", "u");const pattern2 = new RegExp("^[a-z][a-z0-9]*$", "u");const pattern3 = new RegExp("^[a-z]+-[a-z]+[0-9]+$", "u");const pattern4 = new RegExp("\\S", "u");const schema13 = {"title":"S3 bucket","description":"An S3 bucket (aws_s3_bucket).","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\S"},"layer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"versioning":{"title":"Versioning","description":"Turn on object versioning.","type":"boolean","default":true},"lifecycle_days":{"title":"Lifecycle days","description":"Days after which objects transition to the INTELLIGENT_TIERING storage class.","type":"integer","minimum":0,"default":90},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.purpose === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "purpose") || (key0 === "layer")) || (key0 === "versioning")) || (key0 === "lifecycle_days")) || (key0 === "deletion_policy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.purpose !== undefined){let data0 = data.purpose;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "raw") || (data1 === "processed")) || (data1 === "curated"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/enum",keyword:"enum",params:{allowedValues: schema13.properties.layer.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.versioning !== undefined){if(typeof data.versioning !== "boolean"){const err7 = {instancePath:instancePath+"/versioning",schemaPath:"#/properties/versioning/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.lifecycle_days !== undefined){let data3 = data.lifecycle_days;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err8 = {instancePath:instancePath+"/lifecycle_days",schemaPath:"#/properties/lifecycle_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err9 = {instancePath:instancePath+"/lifecycle_days",schemaPath:"#/properties/lifecycle_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.deletion_policy !== undefined){let data4 = data.deletion_policy;if(typeof data4 !== "string"){const err10 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!(((data4 === "archive") || (data4 === "delete")) || (data4 === "retain"))){const err11 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema15 = {"title":"Glue database","description":"A Glue Data Catalog database (aws_glue_database). Other resources refer to it as \"{domain}-{layer}\".","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"description":{"title":"Description","description":"Free-text description of the database.","type":"string"},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};const schema16 = {"title":"Layer","description":"Medallion layer.","type":"string","enum":["bronze","silver","gold"]};function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.domain === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "domain") || (key0 === "layer")) || (key0 === "description")) || (key0 === "deletion_policy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.domain !== undefined){let data0 = data.domain;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "bronze") || (data1 === "silver")) || (data1 === "gold"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.deletion_policy !== undefined){let data3 = data.deletion_policy;if(typeof data3 !== "string"){const err8 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data3 === "archive") || (data3 === "delete")) || (data3 === "retain"))){const err9 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate13.errors = vErrors;return errors === 0;}const schema18 = {"title":"Glue table","description":"A Glue Data Catalog table (aws_glue_table).","type":"object","required":["database_ref","entity","columns"],"additionalProperties":false,"properties":{"database_ref":{"title":"Database reference","description":"The Glue database of this blueprint that holds the table, written \"{domain}-{layer}\" (e.g. sales-bronze).","type":"string","pattern":"\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"partition_keys":{"title":"Partition keys","description":"Partition columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};const schema19 = {"title":"Table type","description":"Kind of table; the first word of the table name.","type":"string","enum":["fact","dim","bridge","staging","reference"]};const schema20 = {"title":"Column","description":"A column: name and data type.","type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Column name.","type":"string","pattern":"\\S"},"type":{"title":"Type","description":"Column data type, e.g. string, bigint, decimal(18,2).","type":"string","pattern":"\\S"},"comment":{"title":"Comment","description":"Free-text comment.","type":"string"}}};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.database_ref === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "database_ref"},message:"must have required property '"+"database_ref"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.entity === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.columns === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((key0 === "database_ref") || (key0 === "entity")) || (key0 === "table_type")) || (key0 === "columns")) || (key0 === "partition_keys")) || (key0 === "deletion_policy"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.database_ref !== undefined){let data0 = data.database_ref;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err4 = {instancePath:instancePath+"/database_ref",schemaPath:"#/properties/database_ref/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/database_ref",schemaPath:"#/properties/database_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.entity !== undefined){let data1 = data.entity;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err6 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.table_type !== undefined){let data2 = data.table_type;if(typeof data2 !== "string"){const err8 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((((data2 === "fact") || (data2 === "dim")) || (data2 === "bridge")) || (data2 === "staging")) || (data2 === "reference"))){const err9 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.columns !== undefined){let data3 = data.columns;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.name === undefined){const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data4.type === undefined){const err11 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data4){if(!(((key1 === "name") || (key1 === "type")) || (key1 === "comment"))){const err12 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.name !== undefined){let data5 = data4.name;if(typeof data5 === "string"){if(!pattern4.test(data5)){const err13 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.type !== undefined){let data6 = data4.type;if(typeof data6 === "string"){if(!pattern4.test(data6)){const err15 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.comment !== undefined){if(typeof data4.comment !== "string"){const err17 = {instancePath:instancePath+"/columns/" + i0+"/comment",schemaPath:"#/definitions/column/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.partition_keys !== undefined){let data8 = data.partition_keys;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.name === undefined){const err20 = {instancePath:instancePath+"/partition_keys/" + i1,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data9.type === undefined){const err21 = {instancePath:instancePath+"/partition_keys/" + i1,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key2 in data9){if(!(((key2 === "name") || (key2 === "type")) || (key2 === "comment"))){const err22 = {instancePath:instancePath+"/partition_keys/" + i1,schemaPath:"#/definitions/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data9.name !== undefined){let data10 = data9.name;if(typeof data10 === "string"){if(!pattern4.test(data10)){const err23 = {instancePath:instancePath+"/partition_keys/" + i1+"/name",schemaPath:"#/definitions/column/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/partition_keys/" + i1+"/name",schemaPath:"#/definitions/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data9.type !== undefined){let data11 = data9.type;if(typeof data11 === "string"){if(!pattern4.test(data11)){const err25 = {instancePath:instancePath+"/partition_keys/" + i1+"/type",schemaPath:"#/definitions/column/properties/type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/partition_keys/" + i1+"/type",schemaPath:"#/definitions/column/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data9.comment !== undefined){if(typeof data9.comment !== "string"){const err27 = {instancePath:instancePath+"/partition_keys/" + i1+"/comment",schemaPath:"#/definitions/column/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/partition_keys/" + i1,schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/partition_keys",schemaPath:"#/properties/partition_keys/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.deletion_policy !== undefined){let data13 = data.deletion_policy;if(typeof data13 !== "string"){const err30 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(!(((data13 === "archive") || (data13 === "delete")) || (data13 === "retain"))){const err31 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}validate15.errors = vErrors;return errors === 0;}const schema23 = {"title":"Cluster","description":"A Databricks cluster (dbx_cluster). Jobs refer to it by its workload.","type":"object","required":["workload","cluster_type","node_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]},"node_type":{"title":"Node type","description":"Instance type of the workers, e.g. i3.xlarge.","type":"string","pattern":"\\S"},"spark_version":{"title":"Spark version","description":"Databricks runtime version.","type":"string","default":"13.3.x-scala2.12","pattern":"\\S"},"autoscale":{"title":"Autoscale","description":"Worker count range; defaults to 2..8.","type":"object","additionalProperties":false,"properties":{"min":{"title":"Minimum workers","description":"Fewest workers.","type":"integer","minimum":0,"default":2},"max":{"title":"Maximum workers","description":"Most workers; at least the minimum.","type":"integer","minimum":1,"default":8}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.workload === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workload"},message:"must have required property '"+"workload"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.cluster_type === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cluster_type"},message:"must have required property '"+"cluster_type"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.node_type === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node_type"},message:"must have required property '"+"node_type"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((key0 === "workload") || (key0 === "cluster_type")) || (key0 === "node_type")) || (key0 === "spark_version")) || (key0 === "autoscale")) || (key0 === "deletion_policy"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.workload !== undefined){let data0 = data.workload;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err4 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.cluster_type !== undefined){let data1 = data.cluster_type;if(typeof data1 !== "string"){const err6 = {instancePath:instancePath+"/cluster_type",schemaPath:"#/properties/cluster_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(((data1 === "shared") || (data1 === "dedicated")) || (data1 === "job"))){const err7 = {instancePath:instancePath+"/cluster_type",schemaPath:"#/properties/cluster_type/enum",keyword:"enum",params:{allowedValues: schema23.properties.cluster_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.node_type !== undefined){let data2 = data.node_type;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err8 = {instancePath:instancePath+"/node_type",schemaPath:"#/properties/node_type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/node_type",schemaPath:"#/properties/node_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.spark_version !== undefined){let data3 = data.spark_version;if(typeof data3 === "string"){if(!pattern4.test(data3)){const err10 = {instancePath:instancePath+"/spark_version",schemaPath:"#/properties/spark_version/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/spark_version",schemaPath:"#/properties/spark_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.autoscale !== undefined){let data4 = data.autoscale;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!((key1 === "min") || (key1 === "max"))){const err12 = {instancePath:instancePath+"/autoscale",schemaPath:"#/properties/autoscale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.min !== undefined){let data5 = data4.min;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err13 = {instancePath:instancePath+"/autoscale/min",schemaPath:"#/properties/autoscale/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err14 = {instancePath:instancePath+"/autoscale/min",schemaPath:"#/properties/autoscale/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data4.max !== undefined){let data6 = data4.max;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err15 = {instancePath:instancePath+"/autoscale/max",schemaPath:"#/properties/autoscale/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err16 = {instancePath:instancePath+"/autoscale/max",schemaPath:"#/properties/autoscale/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}}else {const err17 = {instancePath:instancePath+"/autoscale",schemaPath:"#/properties/autoscale/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.deletion_policy !== undefined){let data7 = data.deletion_policy;if(typeof data7 !== "string"){const err18 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!(((data7 === "archive") || (data7 === "delete")) || (data7 === "retain"))){const err19 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate17.errors = vErrors;return errors === 0;}const schema25 = {"title":"Job","description":"A Databricks job (dbx_job).","type":"object","required":["job_type","purpose","cluster_ref"],"additionalProperties":false,"properties":{"job_type":{"title":"Job type","description":"Kind of job, e.g. batch or streaming.","type":"string","pattern":"\\S"},"purpose":{"title":"Purpose","description":"What the job does, e.g. daily-sales-load.","type":"string","pattern":"\\S"},"cluster_ref":{"title":"Cluster reference","description":"The workload of a cluster of this blueprint that runs the job.","type":"string","pattern":"\\S"},"schedule":{"title":"Schedule","description":"daily, hourly, weekly, monthly or a Quartz cron expression; without it the job takes the schedule naming value (daily by default).","type":"string","pattern":"\\S"},"tasks":{"title":"Tasks","description":"Job tasks as the Databricks Jobs API takes them; dpn fills in the cluster.","type":"array","items":{"type":"object"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.job_type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_type"},message:"must have required property '"+"job_type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.purpose === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.cluster_ref === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cluster_ref"},message:"must have required property '"+"cluster_ref"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((key0 === "job_type") || (key0 === "purpose")) || (key0 === "cluster_ref")) || (key0 === "schedule")) || (key0 === "tasks")) || (key0 === "deletion_policy"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.job_type !== undefined){let data0 = data.job_type;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err4 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.purpose !== undefined){let data1 = data.purpose;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err6 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.cluster_ref !== undefined){let data2 = data.cluster_ref;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err8 = {instancePath:instancePath+"/cluster_ref",schemaPath:"#/properties/cluster_ref/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/cluster_ref",schemaPath:"#/properties/cluster_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.schedule !== undefined){let data3 = data.schedule;if(typeof data3 === "string"){if(!pattern4.test(data3)){const err10 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.tasks !== undefined){let data4 = data.tasks;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){const err12 = {instancePath:instancePath+"/tasks/" + i0,schemaPath:"#/properties/tasks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.deletion_policy !== undefined){let data6 = data.deletion_policy;if(typeof data6 !== "string"){const err14 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!(((data6 === "archive") || (data6 === "delete")) || (data6 === "retain"))){const err15 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate19.errors = vErrors;return errors === 0;}const schema27 = {"title":"Catalog","description":"A Unity Catalog catalog (dbx_catalog) with its schemas.","type":"object","required":["catalog_type","schemas"],"additionalProperties":false,"properties":{"catalog_type":{"title":"Catalog type","description":"What the catalog is for, e.g. dev or analytics.","type":"string","pattern":"\\S"},"storage_root":{"title":"Storage root","description":"Managed storage location, e.g. s3://bucket/path.","type":"string","pattern":"\\S"},"schemas":{"title":"Schemas","description":"Schemas of the catalog (dbx_schema).","type":"array","items":{"$ref":"#/definitions/ucSchema"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};const schema28 = {"title":"Schema","description":"A Unity Catalog schema (dbx_schema).","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. customer.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"tables":{"title":"Tables","description":"Managed tables of the schema (dbx_table).","type":"array","items":{"$ref":"#/definitions/ucTable"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};const schema30 = {"title":"Table","description":"A Unity Catalog managed table (dbx_table).","type":"object","required":["entity"],"additionalProperties":false,"properties":{"entity":{"title":"Entity","description":"What one row describes, e.g. customers.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.entity === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((key0 === "entity") || (key0 === "table_type")) || (key0 === "columns")) || (key0 === "deletion_policy"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.entity !== undefined){let data0 = data.entity;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err2 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.table_type !== undefined){let data1 = data.table_type;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(((((data1 === "fact") || (data1 === "dim")) || (data1 === "bridge")) || (data1 === "staging")) || (data1 === "reference"))){const err5 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.columns !== undefined){let data2 = data.columns;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.name === undefined){const err6 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data3.type === undefined){const err7 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key1 in data3){if(!(((key1 === "name") || (key1 === "type")) || (key1 === "comment"))){const err8 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.name !== undefined){let data4 = data3.name;if(typeof data4 === "string"){if(!pattern4.test(data4)){const err9 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.type !== undefined){let data5 = data3.type;if(typeof data5 === "string"){if(!pattern4.test(data5)){const err11 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data3.comment !== undefined){if(typeof data3.comment !== "string"){const err13 = {instancePath:instancePath+"/columns/" + i0+"/comment",schemaPath:"#/definitions/column/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.deletion_policy !== undefined){let data7 = data.deletion_policy;if(typeof data7 !== "string"){const err16 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!(((data7 === "archive") || (data7 === "delete")) || (data7 === "retain"))){const err17 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate23.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.domain === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "domain") || (key0 === "layer")) || (key0 === "tables")) || (key0 === "deletion_policy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.domain !== undefined){let data0 = data.domain;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "bronze") || (data1 === "silver")) || (data1 === "gold"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.tables !== undefined){let data2 = data.tables;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate23(data2[i0], {instancePath:instancePath+"/tables/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.deletion_policy !== undefined){let data4 = data.deletion_policy;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data4 === "archive") || (data4 === "delete")) || (data4 === "retain"))){const err9 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate22.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.catalog_type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalog_type"},message:"must have required property '"+"catalog_type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.schemas === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemas"},message:"must have required property '"+"schemas"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "catalog_type") || (key0 === "storage_root")) || (key0 === "schemas")) || (key0 === "deletion_policy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.catalog_type !== undefined){let data0 = data.catalog_type;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/catalog_type",schemaPath:"#/properties/catalog_type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/catalog_type",schemaPath:"#/properties/catalog_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.storage_root !== undefined){let data1 = data.storage_root;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err5 = {instancePath:instancePath+"/storage_root",schemaPath:"#/properties/storage_root/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/storage_root",schemaPath:"#/properties/storage_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.schemas !== undefined){let data2 = data.schemas;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate22(data2[i0], {instancePath:instancePath+"/schemas/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.deletion_policy !== undefined){let data4 = data.deletion_policy;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data4 === "archive") || (data4 === "delete")) || (data4 === "retain"))){const err9 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate21.errors = vErrors;return errors === 0;}const schema37 = {"title":"Azure storage account","description":"An Azure storage account (azure_storage_account). Containers refer to it as \"{purpose}-{layer}\". Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the storage account is for, e.g. analytics.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/storageLayer"}}};const schema38 = {"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.purpose === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "purpose") || (key0 === "layer"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.purpose !== undefined){let data0 = data.purpose;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/storageLayer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "raw") || (data1 === "processed")) || (data1 === "curated"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/storageLayer/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate27.errors = vErrors;return errors === 0;}const schema39 = {"title":"Azure storage container","description":"A blob container (azure_storage_container) in a storage account of the same blueprint. Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["account_ref","domain","layer"],"additionalProperties":false,"properties":{"account_ref":{"title":"Storage account reference","description":"The storage account of this blueprint that holds the container, written \"{purpose}-{layer}\" (e.g. lake-raw).","type":"string","pattern":"\\S"},"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.account_ref === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "account_ref"},message:"must have required property '"+"account_ref"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.domain === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.layer === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "account_ref") || (key0 === "domain")) || (key0 === "layer"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.account_ref !== undefined){let data0 = data.account_ref;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err4 = {instancePath:instancePath+"/account_ref",schemaPath:"#/properties/account_ref/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/account_ref",schemaPath:"#/properties/account_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.domain !== undefined){let data1 = data.domain;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err6 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.layer !== undefined){let data2 = data.layer;if(typeof data2 !== "string"){const err8 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data2 === "bronze") || (data2 === "silver")) || (data2 === "gold"))){const err9 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate29.errors = vErrors;return errors === 0;}const schema46 = {"title":"Cloud Storage bucket","description":"A Google Cloud Storage bucket (gcp_storage_bucket). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/storageLayer"}}};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.purpose === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "purpose") || (key0 === "layer"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.purpose !== undefined){let data0 = data.purpose;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/storageLayer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "raw") || (data1 === "processed")) || (data1 === "curated"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/storageLayer/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate31.errors = vErrors;return errors === 0;}const schema48 = {"title":"BigQuery dataset","description":"A BigQuery dataset (gcp_bigquery_dataset). Tables refer to it as \"{domain}-{layer}\". Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"}}};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.domain === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "domain") || (key0 === "layer"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.domain !== undefined){let data0 = data.domain;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "bronze") || (data1 === "silver")) || (data1 === "gold"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate33.errors = vErrors;return errors === 0;}const schema50 = {"title":"BigQuery table","description":"A BigQuery table (gcp_bigquery_table) in a dataset of the same blueprint. Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["dataset_ref","entity"],"additionalProperties":false,"properties":{"dataset_ref":{"title":"Dataset reference","description":"The BigQuery dataset of this blueprint that holds the table, written \"{domain}-{layer}\" (e.g. sales-gold).","type":"string","pattern":"\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}}}};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.dataset_ref === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset_ref"},message:"must have required property '"+"dataset_ref"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.entity === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "dataset_ref") || (key0 === "entity")) || (key0 === "table_type")) || (key0 === "columns"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.dataset_ref !== undefined){let data0 = data.dataset_ref;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/dataset_ref",schemaPath:"#/properties/dataset_ref/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/dataset_ref",schemaPath:"#/properties/dataset_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.entity !== undefined){let data1 = data.entity;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err5 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.table_type !== undefined){let data2 = data.table_type;if(typeof data2 !== "string"){const err7 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!(((((data2 === "fact") || (data2 === "dim")) || (data2 === "bridge")) || (data2 === "staging")) || (data2 === "reference"))){const err8 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.columns !== undefined){let data3 = data.columns;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.name === undefined){const err9 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data4.type === undefined){const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key1 in data4){if(!(((key1 === "name") || (key1 === "type")) || (key1 === "comment"))){const err11 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.name !== undefined){let data5 = data4.name;if(typeof data5 === "string"){if(!pattern4.test(data5)){const err12 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data4.type !== undefined){let data6 = data4.type;if(typeof data6 === "string"){if(!pattern4.test(data6)){const err14 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data4.comment !== undefined){if(typeof data4.comment !== "string"){const err16 = {instancePath:instancePath+"/columns/" + i0+"/comment",schemaPath:"#/definitions/column/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate35.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://dpn.dev/schemas/blueprint-1.0.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.metadata === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.resources === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((key0 === "$schema") || (key0 === "version")) || (key0 === "metadata")) || (key0 === "scope")) || (key0 === "deletion_policy")) || (key0 === "resources"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.$schema !== undefined){if(typeof data.$schema !== "string"){const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if("1.0" !== data1){const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.metadata !== undefined){let data2 = data.metadata;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.environment === undefined){const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data2.project === undefined){const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data2.region === undefined){const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key1 in data2){if(!((((((((key1 === "environment") || (key1 === "project")) || (key1 === "region")) || (key1 === "azure_location")) || (key1 === "gcp_region")) || (key1 === "team")) || (key1 === "cost_center")) || (key1 === "data_classification"))){const err10 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data2.environment !== undefined){let data3 = data2.environment;if(typeof data3 !== "string"){const err11 = {instancePath:instancePath+"/metadata/environment",schemaPath:"#/properties/metadata/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!(((data3 === "dev") || (data3 === "stg")) || (data3 === "prd"))){const err12 = {instancePath:instancePath+"/metadata/environment",schemaPath:"#/properties/metadata/properties/environment/enum",keyword:"enum",params:{allowedValues: schema11.properties.metadata.properties.environment.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data2.project !== undefined){let data4 = data2.project;if(typeof data4 === "string"){if(!pattern0.test(data4)){const err13 = {instancePath:instancePath+"/metadata/project",schemaPath:"#/properties/metadata/properties/project/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/metadata/project",schemaPath:"#/properties/metadata/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data2.region !== undefined){let data5 = data2.region;if(typeof data5 === "string"){if(!pattern1.test(data5)){const err15 = {instancePath:instancePath+"/metadata/region",schemaPath:"#/properties/metadata/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-[0-9]+$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/metadata/region",schemaPath:"#/properties/metadata/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data2.azure_location !== undefined){let data6 = data2.azure_location;if(typeof data6 === "string"){if(!pattern2.test(data6)){const err17 = {instancePath:instancePath+"/metadata/azure_location",schemaPath:"#/properties/metadata/properties/azure_location/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/metadata/azure_location",schemaPath:"#/properties/metadata/properties/azure_location/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data2.gcp_region !== undefined){let data7 = data2.gcp_region;if(typeof data7 === "string"){if(!pattern3.test(data7)){const err19 = {instancePath:instancePath+"/metadata/gcp_region",schemaPath:"#/properties/metadata/properties/gcp_region/pattern",keyword:"pattern",params:{pattern: "^[a-z]+-[a-z]+[0-9]+$"},message:"must match pattern \""+"^[a-z]+-[a-z]+[0-9]+$"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/metadata/gcp_region",schemaPath:"#/properties/metadata/properties/gcp_region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data2.team !== undefined){let data8 = data2.team;if(typeof data8 === "string"){if(!pattern4.test(data8)){const err21 = {instancePath:instancePath+"/metadata/team",schemaPath:"#/properties/metadata/properties/team/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/metadata/team",schemaPath:"#/properties/metadata/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data2.cost_center !== undefined){let data9 = data2.cost_center;if(typeof data9 === "string"){if(!pattern4.test(data9)){const err23 = {instancePath:instancePath+"/metadata/cost_center",schemaPath:"#/properties/metadata/properties/cost_center/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/metadata/cost_center",schemaPath:"#/properties/metadata/properties/cost_center/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data2.data_classification !== undefined){let data10 = data2.data_classification;if(typeof data10 !== "string"){const err25 = {instancePath:instancePath+"/metadata/data_classification",schemaPath:"#/properties/metadata/properties/data_classification/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(!((((data10 === "public") || (data10 === "internal")) || (data10 === "confidential")) || (data10 === "restricted"))){const err26 = {instancePath:instancePath+"/metadata/data_classification",schemaPath:"#/properties/metadata/properties/data_classification/enum",keyword:"enum",params:{allowedValues: schema11.properties.metadata.properties.data_classification.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.scope !== undefined){let data11 = data.scope;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.mode === undefined){const err28 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data11.patterns === undefined){const err29 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}for(const key2 in data11){if(!((key2 === "mode") || (key2 === "patterns"))){const err30 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data11.mode !== undefined){let data12 = data11.mode;if(typeof data12 !== "string"){const err31 = {instancePath:instancePath+"/scope/mode",schemaPath:"#/properties/scope/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(!((data12 === "include") || (data12 === "exclude"))){const err32 = {instancePath:instancePath+"/scope/mode",schemaPath:"#/properties/scope/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.scope.properties.mode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data11.patterns !== undefined){let data13 = data11.patterns;if(Array.isArray(data13)){if(data13.length < 1){const err33 = {instancePath:instancePath+"/scope/patterns",schemaPath:"#/properties/scope/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}const len0 = data13.length;for(let i0=0; i0<len0; i0++){let data14 = data13[i0];if(typeof data14 === "string"){if(!pattern4.test(data14)){const err34 = {instancePath:instancePath+"/scope/patterns/" + i0,schemaPath:"#/properties/scope/properties/patterns/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/scope/patterns/" + i0,schemaPath:"#/properties/scope/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/scope/patterns",schemaPath:"#/properties/scope/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.deletion_policy !== undefined){let data15 = data.deletion_policy;if(typeof data15 !== "string"){const err38 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(!(((data15 === "archive") || (data15 === "delete")) || (data15 === "retain"))){const err39 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.resources !== undefined){let data16 = data.resources;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key3 in data16){if(!((((key3 === "aws") || (key3 === "databricks")) || (key3 === "azure")) || (key3 === "gcp"))){const err40 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data16.aws !== undefined){let data17 = data16.aws;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key4 in data17){if(!(((key4 === "s3_buckets") || (key4 === "glue_databases")) || (key4 === "glue_tables"))){const err41 = {instancePath:instancePath+"/resources/aws",schemaPath:"#/properties/resources/properties/aws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data17.s3_buckets !== undefined){let data18 = data17.s3_buckets;if(Array.isArray(data18)){const len1 = data18.length;for(let i1=0; i1<len1; i1++){if(!(validate11(data18[i1], {instancePath:instancePath+"/resources/aws/s3_buckets/" + i1,parentData:data18,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err42 = {instancePath:instancePath+"/resources/aws/s3_buckets",schemaPath:"#/properties/resources/properties/aws/properties/s3_buckets/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data17.glue_databases !== undefined){let data20 = data17.glue_databases;if(Array.isArray(data20)){const len2 = data20.length;for(let i2=0; i2<len2; i2++){if(!(validate13(data20[i2], {instancePath:instancePath+"/resources/aws/glue_databases/" + i2,parentData:data20,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}}else {const err43 = {instancePath:instancePath+"/resources/aws/glue_databases",schemaPath:"#/properties/resources/properties/aws/properties/glue_databases/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data17.glue_tables !== undefined){let data22 = data17.glue_tables;if(Array.isArray(data22)){const len3 = data22.length;for(let i3=0; i3<len3; i3++){if(!(validate15(data22[i3], {instancePath:instancePath+"/resources/aws/glue_tables/" + i3,parentData:data22,parentDataProperty:i3,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}else {const err44 = {instancePath:instancePath+"/resources/aws/glue_tables",schemaPath:"#/properties/resources/properties/aws/properties/glue_tables/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath:instancePath+"/resources/aws",schemaPath:"#/properties/resources/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data16.databricks !== undefined){let data24 = data16.databricks;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key5 in data24){if(!(((key5 === "clusters") || (key5 === "jobs")) || (key5 === "unity_catalog"))){const err46 = {instancePath:instancePath+"/resources/databricks",schemaPath:"#/properties/resources/properties/databricks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data24.clusters !== undefined){let data25 = data24.clusters;if(Array.isArray(data25)){const len4 = data25.length;for(let i4=0; i4<len4; i4++){if(!(validate17(data25[i4], {instancePath:instancePath+"/resources/databricks/clusters/" + i4,parentData:data25,parentDataProperty:i4,rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}}else {const err47 = {instancePath:instancePath+"/resources/databricks/clusters",schemaPath:"#/properties/resources/properties/databricks/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data24.jobs !== undefined){let data27 = data24.jobs;if(Array.isArray(data27)){const len5 = data27.length;for(let i5=0; i5<len5; i5++){if(!(validate19(data27[i5], {instancePath:instancePath+"/resources/databricks/jobs/" + i5,parentData:data27,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err48 = {instancePath:instancePath+"/resources/databricks/jobs",schemaPath:"#/properties/resources/properties/databricks/properties/jobs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data24.unity_catalog !== undefined){let data29 = data24.unity_catalog;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key6 in data29){if(!(key6 === "catalogs")){const err49 = {instancePath:instancePath+"/resources/databricks/unity_catalog",schemaPath:"#/properties/resources/properties/databricks/properties/unity_catalog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data29.catalogs !== undefined){let data30 = data29.catalogs;if(Array.isArray(data30)){const len6 = data30.length;for(let i6=0; i6<len6; i6++){if(!(validate21(data30[i6], {instancePath:instancePath+"/resources/databricks/unity_catalog/catalogs/" + i6,parentData:data30,parentDataProperty:i6,rootData}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err50 = {instancePath:instancePath+"/resources/databricks/unity_catalog/catalogs",schemaPath:"#/properties/resources/properties/databricks/properties/unity_catalog/properties/catalogs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/resources/databricks/unity_catalog",schemaPath:"#/properties/resources/properties/databricks/properties/unity_catalog/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/resources/databricks",schemaPath:"#/properties/resources/properties/databricks/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data16.azure !== undefined){let data32 = data16.azure;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key7 in data32){if(!((((((((key7 === "resource_groups") || (key7 === "storage_accounts")) || (key7 === "storage_containers")) || (key7 === "databricks_workspaces")) || (key7 === "data_factories")) || (key7 === "synapse_workspaces")) || (key7 === "key_vaults")) || (key7 === "eventhub_namespaces"))){const err53 = {instancePath:instancePath+"/resources/azure",schemaPath:"#/properties/resources/properties/azure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data32.resource_groups !== undefined){let data33 = data32.resource_groups;if(Array.isArray(data33)){const len7 = data33.length;for(let i7=0; i7<len7; i7++){let data34 = data33[i7];if(data34 && typeof data34 == "object" && !Array.isArray(data34)){if(data34.purpose === undefined){const err54 = {instancePath:instancePath+"/resources/azure/resource_groups/" + i7,schemaPath:"#/definitions/azureResourceGroup/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}for(const key8 in data34){if(!(key8 === "purpose")){const err55 = {instancePath:instancePath+"/resources/azure/resource_groups/" + i7,schemaPath:"#/definitions/azureResourceGroup/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data34.purpose !== undefined){let data35 = data34.purpose;if(typeof data35 === "string"){if(!pattern4.test(data35)){const err56 = {instancePath:instancePath+"/resources/azure/resource_groups/" + i7+"/purpose",schemaPath:"#/definitions/azureResourceGroup/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/resources/azure/resource_groups/" + i7+"/purpose",schemaPath:"#/definitions/azureResourceGroup/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/resources/azure/resource_groups/" + i7,schemaPath:"#/definitions/azureResourceGroup/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/resources/azure/resource_groups",schemaPath:"#/properties/resources/properties/azure/properties/resource_groups/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data32.storage_accounts !== undefined){let data36 = data32.storage_accounts;if(Array.isArray(data36)){const len8 = data36.length;for(let i8=0; i8<len8; i8++){if(!(validate27(data36[i8], {instancePath:instancePath+"/resources/azure/storage_accounts/" + i8,parentData:data36,parentDataProperty:i8,rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err60 = {instancePath:instancePath+"/resources/azure/storage_accounts",schemaPath:"#/properties/resources/properties/azure/properties/storage_accounts/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data32.storage_containers !== undefined){let data38 = data32.storage_containers;if(Array.isArray(data38)){const len9 = data38.length;for(let i9=0; i9<len9; i9++){if(!(validate29(data38[i9], {instancePath:instancePath+"/resources/azure/storage_containers/" + i9,parentData:data38,parentDataProperty:i9,rootData}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}}else {const err61 = {instancePath:instancePath+"/resources/azure/storage_containers",schemaPath:"#/properties/resources/properties/azure/properties/storage_containers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data32.databricks_workspaces !== undefined){let data40 = data32.databricks_workspaces;if(Array.isArray(data40)){const len10 = data40.length;for(let i10=0; i10<len10; i10++){let data41 = data40[i10];if(data41 && typeof data41 == "object" && !Array.isArray(data41)){if(data41.purpose === undefined){const err62 = {instancePath:instancePath+"/resources/azure/databricks_workspaces/" + i10,schemaPath:"#/definitions/azureDatabricksWorkspace/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}for(const key9 in data41){if(!(key9 === "purpose")){const err63 = {instancePath:instancePath+"/resources/azure/databricks_workspaces/" + i10,schemaPath:"#/definitions/azureDatabricksWorkspace/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data41.purpose !== undefined){let data42 = data41.purpose;if(typeof data42 === "string"){if(!pattern4.test(data42)){const err64 = {instancePath:instancePath+"/resources/azure/databricks_workspaces/" + i10+"/purpose",schemaPath:"#/definitions/azureDatabricksWorkspace/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/resources/azure/databricks_workspaces/" + i10+"/purpose",schemaPath:"#/definitions/azureDatabricksWorkspace/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/resources/azure/databricks_workspaces/" + i10,schemaPath:"#/definitions/azureDatabricksWorkspace/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/resources/azure/databricks_workspaces",schemaPath:"#/properties/resources/properties/azure/properties/databricks_workspaces/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data32.data_factories !== undefined){let data43 = data32.data_factories;if(Array.isArray(data43)){const len11 = data43.length;for(let i11=0; i11<len11; i11++){let data44 = data43[i11];if(data44 && typeof data44 == "object" && !Array.isArray(data44)){if(data44.purpose === undefined){const err68 = {instancePath:instancePath+"/resources/azure/data_factories/" + i11,schemaPath:"#/definitions/azureDataFactory/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}for(const key10 in data44){if(!(key10 === "purpose")){const err69 = {instancePath:instancePath+"/resources/azure/data_factories/" + i11,schemaPath:"#/definitions/azureDataFactory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data44.purpose !== undefined){let data45 = data44.purpose;if(typeof data45 === "string"){if(!pattern4.test(data45)){const err70 = {instancePath:instancePath+"/resources/azure/data_factories/" + i11+"/purpose",schemaPath:"#/definitions/azureDataFactory/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/resources/azure/data_factories/" + i11+"/purpose",schemaPath:"#/definitions/azureDataFactory/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/resources/azure/data_factories/" + i11,schemaPath:"#/definitions/azureDataFactory/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/resources/azure/data_factories",schemaPath:"#/properties/resources/properties/azure/properties/data_factories/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data32.synapse_workspaces !== undefined){let data46 = data32.synapse_workspaces;if(Array.isArray(data46)){const len12 = data46.length;for(let i12=0; i12<len12; i12++){let data47 = data46[i12];if(data47 && typeof data47 == "object" && !Array.isArray(data47)){if(data47.purpose === undefined){const err74 = {instancePath:instancePath+"/resources/azure/synapse_workspaces/" + i12,schemaPath:"#/definitions/azureSynapseWorkspace/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}for(const key11 in data47){if(!(key11 === "purpose")){const err75 = {instancePath:instancePath+"/resources/azure/synapse_workspaces/" + i12,schemaPath:"#/definitions/azureSynapseWorkspace/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data47.purpose !== undefined){let data48 = data47.purpose;if(typeof data48 === "string"){if(!pattern4.test(data48)){const err76 = {instancePath:instancePath+"/resources/azure/synapse_workspaces/" + i12+"/purpose",schemaPath:"#/definitions/azureSynapseWorkspace/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}else {const err77 = {instancePath:instancePath+"/resources/azure/synapse_workspaces/" + i12+"/purpose",schemaPath:"#/definitions/azureSynapseWorkspace/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/resources/azure/synapse_workspaces/" + i12,schemaPath:"#/definitions/azureSynapseWorkspace/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/resources/azure/synapse_workspaces",schemaPath:"#/properties/resources/properties/azure/properties/synapse_workspaces/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data32.key_vaults !== undefined){let data49 = data32.key_vaults;if(Array.isArray(data49)){const len13 = data49.length;for(let i13=0; i13<len13; i13++){let data50 = data49[i13];if(data50 && typeof data50 == "object" && !Array.isArray(data50)){if(data50.purpose === undefined){const err80 = {instancePath:instancePath+"/resources/azure/key_vaults/" + i13,schemaPath:"#/definitions/azureKeyVault/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}for(const key12 in data50){if(!(key12 === "purpose")){const err81 = {instancePath:instancePath+"/resources/azure/key_vaults/" + i13,schemaPath:"#/definitions/azureKeyVault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data50.purpose !== undefined){let data51 = data50.purpose;if(typeof data51 === "string"){if(!pattern4.test(data51)){const err82 = {instancePath:instancePath+"/resources/azure/key_vaults/" + i13+"/purpose",schemaPath:"#/definitions/azureKeyVault/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/resources/azure/key_vaults/" + i13+"/purpose",schemaPath:"#/definitions/azureKeyVault/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/resources/azure/key_vaults/" + i13,schemaPath:"#/definitions/azureKeyVault/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/resources/azure/key_vaults",schemaPath:"#/properties/resources/properties/azure/properties/key_vaults/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data32.eventhub_namespaces !== undefined){let data52 = data32.eventhub_namespaces;if(Array.isArray(data52)){const len14 = data52.length;for(let i14=0; i14<len14; i14++){let data53 = data52[i14];if(data53 && typeof data53 == "object" && !Array.isArray(data53)){if(data53.purpose === undefined){const err86 = {instancePath:instancePath+"/resources/azure/eventhub_namespaces/" + i14,schemaPath:"#/definitions/azureEventhubNamespace/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}for(const key13 in data53){if(!(key13 === "purpose")){const err87 = {instancePath:instancePath+"/resources/azure/eventhub_namespaces/" + i14,schemaPath:"#/definitions/azureEventhubNamespace/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data53.purpose !== undefined){let data54 = data53.purpose;if(typeof data54 === "string"){if(!pattern4.test(data54)){const err88 = {instancePath:instancePath+"/resources/azure/eventhub_namespaces/" + i14+"/purpose",schemaPath:"#/definitions/azureEventhubNamespace/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}else {const err89 = {instancePath:instancePath+"/resources/azure/eventhub_namespaces/" + i14+"/purpose",schemaPath:"#/definitions/azureEventhubNamespace/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}else {const err90 = {instancePath:instancePath+"/resources/azure/eventhub_namespaces/" + i14,schemaPath:"#/definitions/azureEventhubNamespace/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/resources/azure/eventhub_namespaces",schemaPath:"#/properties/resources/properties/azure/properties/eventhub_namespaces/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}else {const err92 = {instancePath:instancePath+"/resources/azure",schemaPath:"#/properties/resources/properties/azure/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data16.gcp !== undefined){let data55 = data16.gcp;if(data55 && typeof data55 == "object" && !Array.isArray(data55)){for(const key14 in data55){if(!(((((key14 === "buckets") || (key14 === "bigquery_datasets")) || (key14 === "bigquery_tables")) || (key14 === "dataproc_clusters")) || (key14 === "pubsub_topics"))){const err93 = {instancePath:instancePath+"/resources/gcp",schemaPath:"#/properties/resources/properties/gcp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data55.buckets !== undefined){let data56 = data55.buckets;if(Array.isArray(data56)){const len15 = data56.length;for(let i15=0; i15<len15; i15++){if(!(validate31(data56[i15], {instancePath:instancePath+"/resources/gcp/buckets/" + i15,parentData:data56,parentDataProperty:i15,rootData}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}}else {const err94 = {instancePath:instancePath+"/resources/gcp/buckets",schemaPath:"#/properties/resources/properties/gcp/properties/buckets/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data55.bigquery_datasets !== undefined){let data58 = data55.bigquery_datasets;if(Array.isArray(data58)){const len16 = data58.length;for(let i16=0; i16<len16; i16++){if(!(validate33(data58[i16], {instancePath:instancePath+"/resources/gcp/bigquery_datasets/" + i16,parentData:data58,parentDataProperty:i16,rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}}else {const err95 = {instancePath:instancePath+"/resources/gcp/bigquery_datasets",schemaPath:"#/properties/resources/properties/gcp/properties/bigquery_datasets/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data55.bigquery_tables !== undefined){let data60 = data55.bigquery_tables;if(Array.isArray(data60)){const len17 = data60.length;for(let i17=0; i17<len17; i17++){if(!(validate35(data60[i17], {instancePath:instancePath+"/resources/gcp/bigquery_tables/" + i17,parentData:data60,parentDataProperty:i17,rootData}))){vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);errors = vErrors.length;}}}else {const err96 = {instancePath:instancePath+"/resources/gcp/bigquery_tables",schemaPath:"#/properties/resources/properties/gcp/properties/bigquery_tables/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data55.dataproc_clusters !== undefined){let data62 = data55.dataproc_clusters;if(Array.isArray(data62)){const len18 = data62.length;for(let i18=0; i18<len18; i18++){let data63 = data62[i18];if(data63 && typeof data63 == "object" && !Array.isArray(data63)){if(data63.workload === undefined){const err97 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters/" + i18,schemaPath:"#/definitions/dataprocCluster/required",keyword:"required",params:{missingProperty: "workload"},message:"must have required property '"+"workload"+"'"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}if(data63.cluster_type === undefined){const err98 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters/" + i18,schemaPath:"#/definitions/dataprocCluster/required",keyword:"required",params:{missingProperty: "cluster_type"},message:"must have required property '"+"cluster_type"+"'"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}for(const key15 in data63){if(!((key15 === "workload") || (key15 === "cluster_type"))){const err99 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters/" + i18,schemaPath:"#/definitions/dataprocCluster/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data63.workload !== undefined){let data64 = data63.workload;if(typeof data64 === "string"){if(!pattern4.test(data64)){const err100 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters/" + i18+"/workload",schemaPath:"#/definitions/dataprocCluster/properties/workload/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}else {const err101 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters/" + i18+"/workload",schemaPath:"#/definitions/dataprocCluster/properties/workload/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data63.cluster_type !== undefined){let data65 = data63.cluster_type;if(typeof data65 !== "string"){const err102 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters/" + i18+"/cluster_type",schemaPath:"#/definitions/dataprocCluster/properties/cluster_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if(!(((data65 === "shared") || (data65 === "dedicated")) || (data65 === "job"))){const err103 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters/" + i18+"/cluster_type",schemaPath:"#/definitions/dataprocCluster/properties/cluster_type/enum",keyword:"enum",params:{allowedValues: schema53.properties.cluster_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}}else {const err104 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters/" + i18,schemaPath:"#/definitions/dataprocCluster/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}}else {const err105 = {instancePath:instancePath+"/resources/gcp/dataproc_clusters",schemaPath:"#/properties/resources/properties/gcp/properties/dataproc_clusters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data55.pubsub_topics !== undefined){let data66 = data55.pubsub_topics;if(Array.isArray(data66)){const len19 = data66.length;for(let i19=0; i19<len19; i19++){let data67 = data66[i19];if(data67 && typeof data67 == "object" && !Array.isArray(data67)){if(data67.purpose === undefined){const err106 = {instancePath:instancePath+"/resources/gcp/pubsub_topics/" + i19,schemaPath:"#/definitions/pubsubTopic/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}for(const key16 in data67){if(!(key16 === "purpose")){const err107 = {instancePath:instancePath+"/resources/gcp/pubsub_topics/" + i19,schemaPath:"#/definitions/pubsubTopic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data67.purpose !== undefined){let data68 = data67.purpose;if(typeof data68 === "string"){if(!pattern4.test(data68)){const err108 = {instancePath:instancePath+"/resources/gcp/pubsub_topics/" + i19+"/purpose",schemaPath:"#/definitions/pubsubTopic/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}else {const err109 = {instancePath:instancePath+"/resources/gcp/pubsub_topics/" + i19+"/purpose",schemaPath:"#/definitions/pubsubTopic/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}}else {const err110 = {instancePath:instancePath+"/resources/gcp/pubsub_topics/" + i19,schemaPath:"#/definitions/pubsubTopic/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}else {const err111 = {instancePath:instancePath+"/resources/gcp/pubsub_topics",schemaPath:"#/properties/resources/properties/gcp/properties/pubsub_topics/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}}else {const err112 = {instancePath:instancePath+"/resources/gcp",schemaPath:"#/properties/resources/properties/gcp/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}else {const err113 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}}else {const err114 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}validate10.errors = vErrors;return errors === 0;}const validateNamingPatterns = validate37;const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-patterns-1.0.json","title":"dpn naming patterns","description":"naming-patterns.yaml: one name template per resource type, the transformations applied to values, and extra validation rules (which may only tighten the platform rules).","type":"object","required":["version","patterns"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Format version, \"1.0\".","type":"string","pattern":"\\S"},"patterns":{"title":"Patterns","description":"Template per resource type with {variable} placeholders; a type left out keeps its built-in pattern.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\S"}},"transformations":{"title":"Transformations","description":"How values are changed before they fill a pattern.","type":"object","additionalProperties":false,"properties":{"region_mapping":{"title":"Region mapping","description":"Region to short code (region_short): an AWS region (us-east-1), an Azure location (westeurope) or a Google Cloud region (europe-west1); overrides the built-in code.","type":"object","propertyNames":{"type":"string","pattern":"^(?:[a-z]+-[a-z]+-[0-9]|[a-z][a-z0-9]*|[a-z]+-[a-z]+[0-9]+)$"},"additionalProperties":{"type":"string","pattern":"^[a-z0-9]+$"}},"lowercase":{"title":"Lowercase","description":"Variables whose values are lowercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"uppercase":{"title":"Uppercase","description":"Variables whose values are uppercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"replace_hyphens":{"title":"Replace hyphens","description":"Variable to the character that replaces its hyphens, applied only where the result stays valid for the type.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","pattern":"^.{0,1}$"}},"hash_generation":{"title":"Hash generation","description":"How a name that is too long is shortened: a hash of the full name is appended.","type":"object","additionalProperties":false,"properties":{"algorithm":{"title":"Algorithm","description":"Hash algorithm.","type":"string","enum":["md5","sha256"],"default":"md5"},"length":{"title":"Length","description":"Hash characters kept.","type":"integer","minimum":4,"maximum":64,"default":8},"prefix":{"title":"Prefix","description":"Text before the hash, at most 2 characters.","type":"string","default":"","pattern":"^.{0,2}$"},"separator":{"title":"Separator","description":"Text between the kept part of the name and the hash.","type":"string","default":"-","pattern":"^.{0,1}$"}}}}},"validation":{"title":"Validation","description":"Extra rules per type; they may only tighten the platform rules.","type":"object","additionalProperties":false,"properties":{"max_length":{"title":"Maximum length","description":"Longest name allowed per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"integer","minimum":1}},"allowed_chars":{"title":"Allowed characters","description":"Regular expression a whole name must match, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\S"}},"required_variables":{"title":"Required variables","description":"Variables that must have a value, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},"on_too_long":{"title":"When too long","description":"Per type (or * for every type): shorten the name with a hash, or fail.","type":"object","propertyNames":{"anyOf":[{"$ref":"#/definitions/resourceType"},{"type":"string","const":"*"}]},"additionalProperties":{"type":"string","enum":["shorten","fail"]}}}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]}}};const schema56 = {"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]};const pattern47 = new RegExp("^(?:[a-z]+-[a-z]+-[0-9]|[a-z][a-z0-9]*|[a-z]+-[a-z]+[0-9]+)$", "u");const pattern48 = new RegExp("^[a-z0-9]+$", "u");const pattern49 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern52 = new RegExp("^.{0,1}$", "u");const pattern53 = new RegExp("^.{0,2}$", "u");function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://dpn.dev/schemas/naming-patterns-1.0.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.patterns === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "version") || (key0 === "patterns")) || (key0 === "transformations")) || (key0 === "validation"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.patterns !== undefined){let data1 = data.patterns;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs6 = errors;if(typeof key1 !== "string"){const err5 = {instancePath:instancePath+"/patterns",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!((((((((((((((((((((((((((((((((((((((((key1 === "aws_s3_bucket") || (key1 === "aws_glue_database")) || (key1 === "aws_glue_table")) || (key1 === "aws_glue_crawler")) || (key1 === "aws_lambda_function")) || (key1 === "aws_iam_role")) || (key1 === "aws_iam_policy")) || (key1 === "aws_kinesis_stream")) || (key1 === "aws_kinesis_firehose")) || (key1 === "aws_dynamodb_table")) || (key1 === "aws_sns_topic")) || (key1 === "aws_sqs_queue")) || (key1 === "aws_step_function")) || (key1 === "dbx_workspace")) || (key1 === "dbx_cluster")) || (key1 === "dbx_job")) || (key1 === "dbx_notebook_path")) || (key1 === "dbx_repo")) || (key1 === "dbx_pipeline")) || (key1 === "dbx_sql_warehouse")) || (key1 === "dbx_catalog")) || (key1 === "dbx_schema")) || (key1 === "dbx_table")) || (key1 === "dbx_volume")) || (key1 === "dbx_secret_scope")) || (key1 === "dbx_instance_pool")) || (key1 === "dbx_policy")) || (key1 === "azure_resource_group")) || (key1 === "azure_storage_account")) || (key1 === "azure_storage_container")) || (key1 === "azure_databricks_workspace")) || (key1 === "azure_data_factory")) || (key1 === "azure_synapse_workspace")) || (key1 === "azure_key_vault")) || (key1 === "azure_eventhub_namespace")) || (key1 === "gcp_storage_bucket")) || (key1 === "gcp_bigquery_dataset")) || (key1 === "gcp_bigquery_table")) || (key1 === "gcp_dataproc_cluster")) || (key1 === "gcp_pubsub_topic"))){const err6 = {instancePath:instancePath+"/patterns",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var valid1 = _errs6 === errors;if(!valid1){const err7 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(typeof data2 === "string"){if(!pattern4.test(data2)){const err8 = {instancePath:instancePath+"/patterns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/patterns/additionalProperties/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/patterns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/patterns/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.transformations !== undefined){let data3 = data.transformations;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key3 in data3){if(!(((((key3 === "region_mapping") || (key3 === "lowercase")) || (key3 === "uppercase")) || (key3 === "replace_hyphens")) || (key3 === "hash_generation"))){const err11 = {instancePath:instancePath+"/transformations",schemaPath:"#/properties/transformations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.region_mapping !== undefined){let data4 = data3.region_mapping;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key4 in data4){const _errs17 = errors;if(typeof key4 === "string"){if(!pattern47.test(key4)){const err12 = {instancePath:instancePath+"/transformations/region_mapping",schemaPath:"#/properties/transformations/properties/region_mapping/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?:[a-z]+-[a-z]+-[0-9]|[a-z][a-z0-9]*|[a-z]+-[a-z]+[0-9]+)$"},message:"must match pattern \""+"^(?:[a-z]+-[a-z]+-[0-9]|[a-z][a-z0-9]*|[a-z]+-[a-z]+[0-9]+)$"+"\"",propertyName:key4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/transformations/region_mapping",schemaPath:"#/properties/transformations/properties/region_mapping/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var valid5 = _errs17 === errors;if(!valid5){const err14 = {instancePath:instancePath+"/transformations/region_mapping",schemaPath:"#/properties/transformations/properties/region_mapping/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}for(const key5 in data4){let data5 = data4[key5];if(typeof data5 === "string"){if(!pattern48.test(data5)){const err15 = {instancePath:instancePath+"/transformations/region_mapping/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/transformations/properties/region_mapping/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+$"},message:"must match pattern \""+"^[a-z0-9]+$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/transformations/region_mapping/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/transformations/properties/region_mapping/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/transformations/region_mapping",schemaPath:"#/properties/transformations/properties/region_mapping/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data3.lowercase !== undefined){let data6 = data3.lowercase;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(typeof data7 === "string"){if(!pattern49.test(data7)){const err18 = {instancePath:instancePath+"/transformations/lowercase/" + i0,schemaPath:"#/properties/transformations/properties/lowercase/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/transformations/lowercase/" + i0,schemaPath:"#/properties/transformations/properties/lowercase/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/transformations/lowercase",schemaPath:"#/properties/transformations/properties/lowercase/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data3.uppercase !== undefined){let data8 = data3.uppercase;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(typeof data9 === "string"){if(!pattern49.test(data9)){const err21 = {instancePath:instancePath+"/transformations/uppercase/" + i1,schemaPath:"#/properties/transformations/properties/uppercase/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/transformations/uppercase/" + i1,schemaPath:"#/properties/transformations/properties/uppercase/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/transformations/uppercase",schemaPath:"#/properties/transformations/properties/uppercase/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data3.replace_hyphens !== undefined){let data10 = data3.replace_hyphens;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key6 in data10){const _errs32 = errors;if(typeof key6 === "string"){if(!pattern49.test(key6)){const err24 = {instancePath:instancePath+"/transformations/replace_hyphens",schemaPath:"#/properties/transformations/properties/replace_hyphens/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/transformations/replace_hyphens",schemaPath:"#/properties/transformations/properties/replace_hyphens/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var valid11 = _errs32 === errors;if(!valid11){const err26 = {instancePath:instancePath+"/transformations/replace_hyphens",schemaPath:"#/properties/transformations/properties/replace_hyphens/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}for(const key7 in data10){let data11 = data10[key7];if(typeof data11 === "string"){if(!pattern52.test(data11)){const err27 = {instancePath:instancePath+"/transformations/replace_hyphens/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/transformations/properties/replace_hyphens/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^.{0,1}$"},message:"must match pattern \""+"^.{0,1}$"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/transformations/replace_hyphens/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/transformations/properties/replace_hyphens/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/transformations/replace_hyphens",schemaPath:"#/properties/transformations/properties/replace_hyphens/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data3.hash_generation !== undefined){let data12 = data3.hash_generation;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key8 in data12){if(!((((key8 === "algorithm") || (key8 === "length")) || (key8 === "prefix")) || (key8 === "separator"))){const err30 = {instancePath:instancePath+"/transformations/hash_generation",schemaPath:"#/properties/transformations/properties/hash_generation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data12.algorithm !== undefined){let data13 = data12.algorithm;if(typeof data13 !== "string"){const err31 = {instancePath:instancePath+"/transformations/hash_generation/algorithm",schemaPath:"#/properties/transformations/properties/hash_generation/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(!((data13 === "md5") || (data13 === "sha256"))){const err32 = {instancePath:instancePath+"/transformations/hash_generation/algorithm",schemaPath:"#/properties/transformations/properties/hash_generation/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema55.properties.transformations.properties.hash_generation.properties.algorithm.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data12.length !== undefined){let data14 = data12.length;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err33 = {instancePath:instancePath+"/transformations/hash_generation/length",schemaPath:"#/properties/transformations/properties/hash_generation/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 > 64 || isNaN(data14)){const err34 = {instancePath:instancePath+"/transformations/hash_generation/length",schemaPath:"#/properties/transformations/properties/hash_generation/properties/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data14 < 4 || isNaN(data14)){const err35 = {instancePath:instancePath+"/transformations/hash_generation/length",schemaPath:"#/properties/transformations/properties/hash_generation/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data12.prefix !== undefined){let data15 = data12.prefix;if(typeof data15 === "string"){if(!pattern53.test(data15)){const err36 = {instancePath:instancePath+"/transformations/hash_generation/prefix",schemaPath:"#/properties/transformations/properties/hash_generation/properties/prefix/pattern",keyword:"pattern",params:{pattern: "^.{0,2}$"},message:"must match pattern \""+"^.{0,2}$"+"\""};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/transformations/hash_generation/prefix",schemaPath:"#/properties/transformations/properties/hash_generation/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data12.separator !== undefined){let data16 = data12.separator;if(typeof data16 === "string"){if(!pattern52.test(data16)){const err38 = {instancePath:instancePath+"/transformations/hash_generation/separator",schemaPath:"#/properties/transformations/properties/hash_generation/properties/separator/pattern",keyword:"pattern",params:{pattern: "^.{0,1}$"},message:"must match pattern \""+"^.{0,1}$"+"\""};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/transformations/hash_generation/separator",schemaPath:"#/properties/transformations/properties/hash_generation/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/transformations/hash_generation",schemaPath:"#/properties/transformations/properties/hash_generation/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/transformations",schemaPath:"#/properties/transformations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.validation !== undefined){let data17 = data.validation;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key9 in data17){if(!((((key9 === "max_length") || (key9 === "allowed_chars")) || (key9 === "required_variables")) || (key9 === "on_too_long"))){const err42 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data17.max_length !== undefined){let data18 = data17.max_length;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key10 in data18){const _errs53 = errors;if(typeof key10 !== "string"){const err43 = {instancePath:instancePath+"/validation/max_length",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key10};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(!((((((((((((((((((((((((((((((((((((((((key10 === "aws_s3_bucket") || (key10 === "aws_glue_database")) || (key10 === "aws_glue_table")) || (key10 === "aws_glue_crawler")) || (key10 === "aws_lambda_function")) || (key10 === "aws_iam_role")) || (key10 === "aws_iam_policy")) || (key10 === "aws_kinesis_stream")) || (key10 === "aws_kinesis_firehose")) || (key10 === "aws_dynamodb_table")) || (key10 === "aws_sns_topic")) || (key10 === "aws_sqs_queue")) || (key10 === "aws_step_function")) || (key10 === "dbx_workspace")) || (key10 === "dbx_cluster")) || (key10 === "dbx_job")) || (key10 === "dbx_notebook_path")) || (key10 === "dbx_repo")) || (key10 === "dbx_pipeline")) || (key10 === "dbx_sql_warehouse")) || (key10 === "dbx_catalog")) || (key10 === "dbx_schema")) || (key10 === "dbx_table")) || (key10 === "dbx_volume")) || (key10 === "dbx_secret_scope")) || (key10 === "dbx_instance_pool")) || (key10 === "dbx_policy")) || (key10 === "azure_resource_group")) || (key10 === "azure_storage_account")) || (key10 === "azure_storage_container")) || (key10 === "azure_databricks_workspace")) || (key10 === "azure_data_factory")) || (key10 === "azure_synapse_workspace")) || (key10 === "azure_key_vault")) || (key10 === "azure_eventhub_namespace")) || (key10 === "gcp_storage_bucket")) || (key10 === "gcp_bigquery_dataset")) || (key10 === "gcp_bigquery_table")) || (key10 === "gcp_dataproc_cluster")) || (key10 === "gcp_pubsub_topic"))){const err44 = {instancePath:instancePath+"/validation/max_length",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",propertyName:key10};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}var valid15 = _errs53 === errors;if(!valid15){const err45 = {instancePath:instancePath+"/validation/max_length",schemaPath:"#/properties/validation/properties/max_length/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}for(const key11 in data18){let data19 = data18[key11];if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err46 = {instancePath:instancePath+"/validation/max_length/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/max_length/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 1 || isNaN(data19)){const err47 = {instancePath:instancePath+"/validation/max_length/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/max_length/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}}else {const err48 = {instancePath:instancePath+"/validation/max_length",schemaPath:"#/properties/validation/properties/max_length/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data17.allowed_chars !== undefined){let data20 = data17.allowed_chars;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key12 in data20){const _errs61 = errors;if(typeof key12 !== "string"){const err49 = {instancePath:instancePath+"/validation/allowed_chars",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key12};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(!((((((((((((((((((((((((((((((((((((((((key12 === "aws_s3_bucket") || (key12 === "aws_glue_database")) || (key12 === "aws_glue_table")) || (key12 === "aws_glue_crawler")) || (key12 === "aws_lambda_function")) || (key12 === "aws_iam_role")) || (key12 === "aws_iam_policy")) || (key12 === "aws_kinesis_stream")) || (key12 === "aws_kinesis_firehose")) || (key12 === "aws_dynamodb_table")) || (key12 === "aws_sns_topic")) || (key12 === "aws_sqs_queue")) || (key12 === "aws_step_function")) || (key12 === "dbx_workspace")) || (key12 === "dbx_cluster")) || (key12 === "dbx_job")) || (key12 === "dbx_notebook_path")) || (key12 === "dbx_repo")) || (key12 === "dbx_pipeline")) || (key12 === "dbx_sql_warehouse")) || (key12 === "dbx_catalog")) || (key12 === "dbx_schema")) || (key12 === "dbx_table")) || (key12 === "dbx_volume")) || (key12 === "dbx_secret_scope")) || (key12 === "dbx_instance_pool")) || (key12 === "dbx_policy")) || (key12 === "azure_resource_group")) || (key12 === "azure_storage_account")) || (key12 === "azure_storage_container")) || (key12 === "azure_databricks_workspace")) || (key12 === "azure_data_factory")) || (key12 === "azure_synapse_workspace")) || (key12 === "azure_key_vault")) || (key12 === "azure_eventhub_namespace")) || (key12 === "gcp_storage_bucket")) || (key12 === "gcp_bigquery_dataset")) || (key12 === "gcp_bigquery_table")) || (key12 === "gcp_dataproc_cluster")) || (key12 === "gcp_pubsub_topic"))){const err50 = {instancePath:instancePath+"/validation/allowed_chars",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",propertyName:key12};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}var valid18 = _errs61 === errors;if(!valid18){const err51 = {instancePath:instancePath+"/validation/allowed_chars",schemaPath:"#/properties/validation/properties/allowed_chars/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}for(const key13 in data20){let data21 = data20[key13];if(typeof data21 === "string"){if(!pattern4.test(data21)){const err52 = {instancePath:instancePath+"/validation/allowed_chars/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/allowed_chars/additionalProperties/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}else {const err53 = {instancePath:instancePath+"/validation/allowed_chars/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/allowed_chars/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/validation/allowed_chars",schemaPath:"#/properties/validation/properties/allowed_chars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data17.required_variables !== undefined){let data22 = data17.required_variables;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key14 in data22){const _errs69 = errors;if(typeof key14 !== "string"){const err55 = {instancePath:instancePath+"/validation/required_variables",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key14};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(!((((((((((((((((((((((((((((((((((((((((key14 === "aws_s3_bucket") || (key14 === "aws_glue_database")) || (key14 === "aws_glue_table")) || (key14 === "aws_glue_crawler")) || (key14 === "aws_lambda_function")) || (key14 === "aws_iam_role")) || (key14 === "aws_iam_policy")) || (key14 === "aws_kinesis_stream")) || (key14 === "aws_kinesis_firehose")) || (key14 === "aws_dynamodb_table")) || (key14 === "aws_sns_topic")) || (key14 === "aws_sqs_queue")) || (key14 === "aws_step_function")) || (key14 === "dbx_workspace")) || (key14 === "dbx_cluster")) || (key14 === "dbx_job")) || (key14 === "dbx_notebook_path")) || (key14 === "dbx_repo")) || (key14 === "dbx_pipeline")) || (key14 === "dbx_sql_warehouse")) || (key14 === "dbx_catalog")) || (key14 === "dbx_schema")) || (key14 === "dbx_table")) || (key14 === "dbx_volume")) || (key14 === "dbx_secret_scope")) || (key14 === "dbx_instance_pool")) || (key14 === "dbx_policy")) || (key14 === "azure_resource_group")) || (key14 === "azure_storage_account")) || (key14 === "azure_storage_container")) || (key14 === "azure_databricks_workspace")) || (key14 === "azure_data_factory")) || (key14 === "azure_synapse_workspace")) || (key14 === "azure_key_vault")) || (key14 === "azure_eventhub_namespace")) || (key14 === "gcp_storage_bucket")) || (key14 === "gcp_bigquery_dataset")) || (key14 === "gcp_bigquery_table")) || (key14 === "gcp_dataproc_cluster")) || (key14 === "gcp_pubsub_topic"))){const err56 = {instancePath:instancePath+"/validation/required_variables",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",propertyName:key14};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}var valid21 = _errs69 === errors;if(!valid21){const err57 = {instancePath:instancePath+"/validation/required_variables",schemaPath:"#/properties/validation/properties/required_variables/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}for(const key15 in data22){let data23 = data22[key15];if(Array.isArray(data23)){const len2 = data23.length;for(let i2=0; i2<len2; i2++){let data24 = data23[i2];if(typeof data24 === "string"){if(!pattern49.test(data24)){const err58 = {instancePath:instancePath+"/validation/required_variables/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/validation/properties/required_variables/additionalProperties/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/validation/required_variables/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/validation/properties/required_variables/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/validation/required_variables/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/required_variables/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/validation/required_variables",schemaPath:"#/properties/validation/properties/required_variables/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data17.on_too_long !== undefined){let data25 = data17.on_too_long;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key16 in data25){const _errs79 = errors;const _errs80 = errors;let valid27 = false;const _errs81 = errors;if(typeof key16 !== "string"){const err62 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key16};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}if(!((((((((((((((((((((((((((((((((((((((((key16 === "aws_s3_bucket") || (key16 === "aws_glue_database")) || (key16 === "aws_glue_table")) || (key16 === "aws_glue_crawler")) || (key16 === "aws_lambda_function")) || (key16 === "aws_iam_role")) || (key16 === "aws_iam_policy")) || (key16 === "aws_kinesis_stream")) || (key16 === "aws_kinesis_firehose")) || (key16 === "aws_dynamodb_table")) || (key16 === "aws_sns_topic")) || (key16 === "aws_sqs_queue")) || (key16 === "aws_step_function")) || (key16 === "dbx_workspace")) || (key16 === "dbx_cluster")) || (key16 === "dbx_job")) || (key16 === "dbx_notebook_path")) || (key16 === "dbx_repo")) || (key16 === "dbx_pipeline")) || (key16 === "dbx_sql_warehouse")) || (key16 === "dbx_catalog")) || (key16 === "dbx_schema")) || (key16 === "dbx_table")) || (key16 === "dbx_volume")) || (key16 === "dbx_secret_scope")) || (key16 === "dbx_instance_pool")) || (key16 === "dbx_policy")) || (key16 === "azure_resource_group")) || (key16 === "azure_storage_account")) || (key16 === "azure_storage_container")) || (key16 === "azure_databricks_workspace")) || (key16 === "azure_data_factory")) || (key16 === "azure_synapse_workspace")) || (key16 === "azure_key_vault")) || (key16 === "azure_eventhub_namespace")) || (key16 === "gcp_storage_bucket")) || (key16 === "gcp_bigquery_dataset")) || (key16 === "gcp_bigquery_table")) || (key16 === "gcp_dataproc_cluster")) || (key16 === "gcp_pubsub_topic"))){const err63 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",propertyName:key16};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}var _valid0 = _errs81 === errors;valid27 = valid27 || _valid0;if(!valid27){const _errs84 = errors;if(typeof key16 !== "string"){const err64 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/propertyNames/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key16};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if("*" !== key16){const err65 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/propertyNames/anyOf/1/const",keyword:"const",params:{allowedValue: "*"},message:"must be equal to constant",propertyName:key16};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}var _valid0 = _errs84 === errors;valid27 = valid27 || _valid0;}if(!valid27){const err66 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/propertyNames/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",propertyName:key16};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}else {errors = _errs80;if(vErrors !== null){if(_errs80){vErrors.length = _errs80;}else {vErrors = null;}}}var valid26 = _errs79 === errors;if(!valid26){const err67 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/propertyNames",keyword:"propertyNames",params:{propertyName: key16},message:"property name must be valid"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}for(const key17 in data25){let data26 = data25[key17];if(typeof data26 !== "string"){const err68 = {instancePath:instancePath+"/validation/on_too_long/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/on_too_long/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(!((data26 === "shorten") || (data26 === "fail"))){const err69 = {instancePath:instancePath+"/validation/on_too_long/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/on_too_long/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema55.properties.validation.properties.on_too_long.additionalProperties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}validate37.errors = vErrors;return errors === 0;}const validateNamingValues = validate38;const schema61 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-values-1.0.json","title":"dpn naming values","description":"naming-values.yaml: the values the naming patterns fill in. Values for one resource are merged in this order, later wins: defaults, environments[environment], resource_types[type], blueprint metadata, the resource's own fields, --override key=value.","type":"object","required":["version","defaults"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Must be the string \"1.0\" (quote it in YAML).","type":"string","const":"1.0"},"defaults":{"$ref":"#/definitions/values","title":"Defaults","description":"Values every resource starts from."},"environments":{"title":"Per environment","description":"Values for one environment (dev, stg, prd), over the defaults.","type":"object","additionalProperties":false,"properties":{"dev":{"$ref":"#/definitions/values","description":"Values for dev."},"stg":{"$ref":"#/definitions/values","description":"Values for stg."},"prd":{"$ref":"#/definitions/values","description":"Values for prd."}}},"resource_types":{"title":"Per resource type","description":"Values for one resource type, over the environment values.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"$ref":"#/definitions/values"}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]},"values":{"title":"Values","description":"A flat map of variable name to text value (quote numbers in YAML).","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}}}};const schema62 = {"title":"Values","description":"A flat map of variable name to text value (quote numbers in YAML).","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}};const schema66 = {"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]};function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://dpn.dev/schemas/naming-values-1.0.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.defaults === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaults"},message:"must have required property '"+"defaults"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "version") || (key0 === "defaults")) || (key0 === "environments")) || (key0 === "resource_types"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if("1.0" !== data0){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs7 = errors;if(typeof key1 === "string"){if(!pattern49.test(key1)){const err5 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var valid2 = _errs7 === errors;if(!valid2){const err7 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data1){if(typeof data1[key2] !== "string"){const err8 = {instancePath:instancePath+"/defaults/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.environments !== undefined){let data3 = data.environments;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key3 in data3){if(!(((key3 === "dev") || (key3 === "stg")) || (key3 === "prd"))){const err10 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.dev !== undefined){let data4 = data3.dev;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key4 in data4){const _errs18 = errors;if(typeof key4 === "string"){if(!pattern49.test(key4)){const err11 = {instancePath:instancePath+"/environments/dev",schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/environments/dev",schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var valid6 = _errs18 === errors;if(!valid6){const err13 = {instancePath:instancePath+"/environments/dev",schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}for(const key5 in data4){if(typeof data4[key5] !== "string"){const err14 = {instancePath:instancePath+"/environments/dev/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/environments/dev",schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data3.stg !== undefined){let data6 = data3.stg;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key6 in data6){const _errs26 = errors;if(typeof key6 === "string"){if(!pattern49.test(key6)){const err16 = {instancePath:instancePath+"/environments/stg",schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/environments/stg",schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var valid9 = _errs26 === errors;if(!valid9){const err18 = {instancePath:instancePath+"/environments/stg",schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}for(const key7 in data6){if(typeof data6[key7] !== "string"){const err19 = {instancePath:instancePath+"/environments/stg/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/environments/stg",schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data3.prd !== undefined){let data8 = data3.prd;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key8 in data8){const _errs34 = errors;if(typeof key8 === "string"){if(!pattern49.test(key8)){const err21 = {instancePath:instancePath+"/environments/prd",schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/environments/prd",schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var valid12 = _errs34 === errors;if(!valid12){const err23 = {instancePath:instancePath+"/environments/prd",schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}for(const key9 in data8){if(typeof data8[key9] !== "string"){const err24 = {instancePath:instancePath+"/environments/prd/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/environments/prd",schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.resource_types !== undefined){let data10 = data.resource_types;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key10 in data10){const _errs41 = errors;if(typeof key10 !== "string"){const err27 = {instancePath:instancePath+"/resource_types",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key10};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(!((((((((((((((((((((((((((((((((((((((((key10 === "aws_s3_bucket") || (key10 === "aws_glue_database")) || (key10 === "aws_glue_table")) || (key10 === "aws_glue_crawler")) || (key10 === "aws_lambda_function")) || (key10 === "aws_iam_role")) || (key10 === "aws_iam_policy")) || (key10 === "aws_kinesis_stream")) || (key10 === "aws_kinesis_firehose")) || (key10 === "aws_dynamodb_table")) || (key10 === "aws_sns_topic")) || (key10 === "aws_sqs_queue")) || (key10 === "aws_step_function")) || (key10 === "dbx_workspace")) || (key10 === "dbx_cluster")) || (key10 === "dbx_job")) || (key10 === "dbx_notebook_path")) || (key10 === "dbx_repo")) || (key10 === "dbx_pipeline")) || (key10 === "dbx_sql_warehouse")) || (key10 === "dbx_catalog")) || (key10 === "dbx_schema")) || (key10 === "dbx_table")) || (key10 === "dbx_volume")) || (key10 === "dbx_secret_scope")) || (key10 === "dbx_instance_pool")) || (key10 === "dbx_policy")) || (key10 === "azure_resource_group")) || (key10 === "azure_storage_account")) || (key10 === "azure_storage_container")) || (key10 === "azure_databricks_workspace")) || (key10 === "azure_data_factory")) || (key10 === "azure_synapse_workspace")) || (key10 === "azure_key_vault")) || (key10 === "azure_eventhub_namespace")) || (key10 === "gcp_storage_bucket")) || (key10 === "gcp_bigquery_dataset")) || (key10 === "gcp_bigquery_table")) || (key10 === "gcp_dataproc_cluster")) || (key10 === "gcp_pubsub_topic"))){const err28 = {instancePath:instancePath+"/resource_types",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values",propertyName:key10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var valid14 = _errs41 === errors;if(!valid14){const err29 = {instancePath:instancePath+"/resource_types",schemaPath:"#/properties/resource_types/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}for(const key11 in data10){let data11 = data10[key11];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key12 in data11){const _errs48 = errors;if(typeof key12 === "string"){if(!pattern49.test(key12)){const err30 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key12};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var valid18 = _errs48 === errors;if(!valid18){const err32 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}for(const key13 in data11){if(typeof data11[key13] !== "string"){const err33 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/resource_types",schemaPath:"#/properties/resource_types/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}validate38.errors = vErrors;return errors === 0;}const validateState = (/* unused pure expression or super */ null && (validate39));const schema68 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/state-1.json","title":"dpn state (one blueprint)","description":"What dpn applied for one blueprint file: one document per blueprint under <state-dir>/state/, at the blueprint's path plus .json. Written by dpn with sorted keys; edit by hand only to repair.","type":"object","required":["version","blueprint","resources"],"additionalProperties":false,"properties":{"version":{"const":1,"description":"Format version of the state document."},"blueprint":{"type":"string","minLength":1,"description":"The blueprint file, normalised (forward slashes, no leading ./)."},"resources":{"type":"object","description":"Applied resources of this blueprint, by resource key (type plus logical identity).","additionalProperties":{"$ref":"#/definitions/resource"}}},"definitions":{"resource":{"type":"object","required":["type","name","fullName","params","tags","deletionPolicy","appliedAt","transaction"],"properties":{"key":false,"blueprint":false,"type":{"enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]},"name":{"type":"string","description":"Generated name, as applied."},"fullName":{"type":"string","description":"Globally addressable name (db.table, catalog.schema.table), else the name."},"physicalId":{"type":"string","description":"Platform id: cluster id, job id, ARN. Absent where the name is the id."},"params":{"type":"object","description":"Settings applied, in the shape the type's driver takes."},"tags":{"type":"object","additionalProperties":{"type":"string"}},"deletionPolicy":{"enum":["archive","delete","retain"],"description":"What happens when the resource leaves the blueprints."},"archived":{"type":"boolean","description":"Present (true) once the resource was archived."},"appliedAt":{"type":"string","description":"UTC ISO-8601 time of the last change."},"transaction":{"type":"string","description":"Id of the transaction that made the last change (see the WAL)."},"dependsOn":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Keys this resource depended on when applied; orders deletions."}},"description":"One applied resource. Its key and blueprint are held by the document, not repeated here; fields a newer dpn adds are allowed."}}};const schema69 = {"type":"object","required":["type","name","fullName","params","tags","deletionPolicy","appliedAt","transaction"],"properties":{"key":false,"blueprint":false,"type":{"enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]},"name":{"type":"string","description":"Generated name, as applied."},"fullName":{"type":"string","description":"Globally addressable name (db.table, catalog.schema.table), else the name."},"physicalId":{"type":"string","description":"Platform id: cluster id, job id, ARN. Absent where the name is the id."},"params":{"type":"object","description":"Settings applied, in the shape the type's driver takes."},"tags":{"type":"object","additionalProperties":{"type":"string"}},"deletionPolicy":{"enum":["archive","delete","retain"],"description":"What happens when the resource leaves the blueprints."},"archived":{"type":"boolean","description":"Present (true) once the resource was archived."},"appliedAt":{"type":"string","description":"UTC ISO-8601 time of the last change."},"transaction":{"type":"string","description":"Id of the transaction that made the last change (see the WAL)."},"dependsOn":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Keys this resource depended on when applied; orders deletions."}},"description":"One applied resource. Its key and blueprint are held by the document, not repeated here; fields a newer dpn adds are allowed."};const func2 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://dpn.dev/schemas/state-1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.blueprint === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blueprint"},message:"must have required property '"+"blueprint"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.resources === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "version") || (key0 === "blueprint")) || (key0 === "resources"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.blueprint !== undefined){let data1 = data.blueprint;if(typeof data1 === "string"){if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/blueprint",schemaPath:"#/properties/blueprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/blueprint",schemaPath:"#/properties/blueprint/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.resources !== undefined){let data2 = data.resources;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){let data3 = data2[key1];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.type === undefined){const err7 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3.name === undefined){const err8 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data3.fullName === undefined){const err9 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "fullName"},message:"must have required property '"+"fullName"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data3.params === undefined){const err10 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data3.tags === undefined){const err11 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data3.deletionPolicy === undefined){const err12 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "deletionPolicy"},message:"must have required property '"+"deletionPolicy"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data3.appliedAt === undefined){const err13 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "appliedAt"},message:"must have required property '"+"appliedAt"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data3.transaction === undefined){const err14 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "transaction"},message:"must have required property '"+"transaction"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data3.key !== undefined){const err15 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/definitions/resource/properties/key/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data3.blueprint !== undefined){const err16 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/blueprint",schemaPath:"#/definitions/resource/properties/blueprint/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data3.type !== undefined){let data6 = data3.type;if(!((((((((((((((((((((((((((((((((((((((((data6 === "aws_s3_bucket") || (data6 === "aws_glue_database")) || (data6 === "aws_glue_table")) || (data6 === "aws_glue_crawler")) || (data6 === "aws_lambda_function")) || (data6 === "aws_iam_role")) || (data6 === "aws_iam_policy")) || (data6 === "aws_kinesis_stream")) || (data6 === "aws_kinesis_firehose")) || (data6 === "aws_dynamodb_table")) || (data6 === "aws_sns_topic")) || (data6 === "aws_sqs_queue")) || (data6 === "aws_step_function")) || (data6 === "dbx_workspace")) || (data6 === "dbx_cluster")) || (data6 === "dbx_job")) || (data6 === "dbx_notebook_path")) || (data6 === "dbx_repo")) || (data6 === "dbx_pipeline")) || (data6 === "dbx_sql_warehouse")) || (data6 === "dbx_catalog")) || (data6 === "dbx_schema")) || (data6 === "dbx_table")) || (data6 === "dbx_volume")) || (data6 === "dbx_secret_scope")) || (data6 === "dbx_instance_pool")) || (data6 === "dbx_policy")) || (data6 === "azure_resource_group")) || (data6 === "azure_storage_account")) || (data6 === "azure_storage_container")) || (data6 === "azure_databricks_workspace")) || (data6 === "azure_data_factory")) || (data6 === "azure_synapse_workspace")) || (data6 === "azure_key_vault")) || (data6 === "azure_eventhub_namespace")) || (data6 === "gcp_storage_bucket")) || (data6 === "gcp_bigquery_dataset")) || (data6 === "gcp_bigquery_table")) || (data6 === "gcp_dataproc_cluster")) || (data6 === "gcp_pubsub_topic"))){const err17 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/resource/properties/type/enum",keyword:"enum",params:{allowedValues: schema69.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data3.name !== undefined){if(typeof data3.name !== "string"){const err18 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data3.fullName !== undefined){if(typeof data3.fullName !== "string"){const err19 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/fullName",schemaPath:"#/definitions/resource/properties/fullName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data3.physicalId !== undefined){if(typeof data3.physicalId !== "string"){const err20 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/physicalId",schemaPath:"#/definitions/resource/properties/physicalId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data3.params !== undefined){let data10 = data3.params;if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){const err21 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/params",schemaPath:"#/definitions/resource/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data3.tags !== undefined){let data11 = data3.tags;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){if(typeof data11[key2] !== "string"){const err22 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/definitions/resource/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data3.deletionPolicy !== undefined){let data13 = data3.deletionPolicy;if(!(((data13 === "archive") || (data13 === "delete")) || (data13 === "retain"))){const err24 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/deletionPolicy",schemaPath:"#/definitions/resource/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema69.properties.deletionPolicy.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data3.archived !== undefined){if(typeof data3.archived !== "boolean"){const err25 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/archived",schemaPath:"#/definitions/resource/properties/archived/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data3.appliedAt !== undefined){if(typeof data3.appliedAt !== "string"){const err26 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/appliedAt",schemaPath:"#/definitions/resource/properties/appliedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data3.transaction !== undefined){if(typeof data3.transaction !== "string"){const err27 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/transaction",schemaPath:"#/definitions/resource/properties/transaction/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data3.dependsOn !== undefined){let data17 = data3.dependsOn;if(Array.isArray(data17)){const len0 = data17.length;for(let i0=0; i0<len0; i0++){if(typeof data17[i0] !== "string"){const err28 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i0,schemaPath:"#/definitions/resource/properties/dependsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}let i1 = data17.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data17[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err29 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/definitions/resource/properties/dependsOn/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;break;}indices0[item0] = i1;}}}else {const err30 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/definitions/resource/properties/dependsOn/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}validate39.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 5643:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/blueprint-1.0.json","title":"dpn blueprint","description":"Resources a team wants on AWS and Databricks, in the dpn v1.0 blueprint format. dpn generates every name from the naming convention; a blueprint only says what each resource is for.","type":"object","required":["version","metadata","resources"],"additionalProperties":false,"properties":{"$schema":{"title":"Schema","description":"Where editors find this schema (a URL or a path); dpn ignores it. dpn plan init writes it into JSON blueprints.","type":"string"},"version":{"title":"Format version","description":"Blueprint format version. Must be the string \\"1.0\\" (quote it in YAML).","type":"string","const":"1.0"},"metadata":{"title":"Metadata","description":"Where and for whom the resources are made. Every value is also a naming variable.","type":"object","required":["environment","project","region"],"additionalProperties":false,"properties":{"environment":{"title":"Environment","description":"Deployment environment.","type":"string","enum":["dev","stg","prd"]},"project":{"title":"Project","description":"Project name: lowercase letters, digits and hyphens.","type":"string","pattern":"^[a-z0-9-]+$"},"region":{"title":"AWS region","description":"AWS region code in any partition, such as us-east-1, us-gov-west-1, cn-north-1 or eusc-de-east-1; dpn derives the short code (region_short) from it.","type":"string","pattern":"^[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-[0-9]+$"},"azure_location":{"title":"Azure location","description":"Azure location (programmatic name) such as westeurope, for the Azure resources; dpn derives their region_short from it.","type":"string","pattern":"^[a-z][a-z0-9]*$"},"gcp_region":{"title":"Google Cloud region","description":"Google Cloud region such as europe-west1, for the Google Cloud resources; dpn derives their region_short from it.","type":"string","pattern":"^[a-z]+-[a-z]+[0-9]+$"},"team":{"title":"Team","description":"Owning team; becomes the Team tag on AWS resources.","type":"string","pattern":"\\\\S"},"cost_center":{"title":"Cost center","description":"Cost center; becomes the CostCenter tag on AWS resources.","type":"string","pattern":"\\\\S"},"data_classification":{"title":"Data classification","description":"Sensitivity of the data held by these resources.","type":"string","enum":["public","internal","confidential","restricted"]}}},"scope":{"title":"Scope","description":"Limits which resource types of this blueprint dpn manages.","type":"object","required":["mode","patterns"],"additionalProperties":false,"properties":{"mode":{"title":"Mode","description":"include: manage only the types that match a pattern; exclude: manage every type except those.","type":"string","enum":["include","exclude"]},"patterns":{"title":"Type patterns","description":"Resource type keys with wildcards: * matches any run of characters, ? exactly one; matched against the whole key (aws_*, *_cluster, dbx_table).","type":"array","minItems":1,"items":{"type":"string","pattern":"\\\\S"}}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy","description":"What happens to a resource of this blueprint once it is removed from the file: archive (default) keeps it and marks it retired, delete removes it, retain leaves it untouched. A dpn v2 addition; v1.0 files do not have it."},"resources":{"title":"Resources","description":"The resources, grouped by platform.","type":"object","additionalProperties":false,"properties":{"aws":{"title":"AWS resources","description":"S3 buckets and the Glue Data Catalog.","type":"object","additionalProperties":false,"properties":{"s3_buckets":{"title":"S3 buckets","description":"Buckets (type aws_s3_bucket), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/s3Bucket"}},"glue_databases":{"title":"Glue databases","description":"Glue Data Catalog databases (type aws_glue_database), one per domain and layer.","type":"array","items":{"$ref":"#/definitions/glueDatabase"}},"glue_tables":{"title":"Glue tables","description":"Glue Data Catalog tables (type aws_glue_table), each in a Glue database of the same blueprint.","type":"array","items":{"$ref":"#/definitions/glueTable"}}}},"databricks":{"title":"Databricks resources","description":"Clusters, jobs and Unity Catalog objects.","type":"object","additionalProperties":false,"properties":{"clusters":{"title":"Clusters","description":"Databricks clusters (type dbx_cluster), one per workload.","type":"array","items":{"$ref":"#/definitions/cluster"}},"jobs":{"title":"Jobs","description":"Databricks jobs (type dbx_job), each running on a cluster of the same blueprint.","type":"array","items":{"$ref":"#/definitions/job"}},"unity_catalog":{"title":"Unity Catalog","description":"Unity Catalog catalogs with their schemas and tables.","type":"object","additionalProperties":false,"properties":{"catalogs":{"title":"Catalogs","description":"Catalogs (type dbx_catalog).","type":"array","items":{"$ref":"#/definitions/catalog"}}}}}},"azure":{"title":"Azure resources","description":"Azure resources to name (named, not provisioned); their region_short comes from metadata.azure_location.","type":"object","additionalProperties":false,"properties":{"resource_groups":{"title":"Resource groups","description":"Resource groups (type azure_resource_group), one per purpose.","type":"array","items":{"$ref":"#/definitions/azureResourceGroup"}},"storage_accounts":{"title":"Storage accounts","description":"Storage accounts (type azure_storage_account), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/azureStorageAccount"}},"storage_containers":{"title":"Storage containers","description":"Blob containers (type azure_storage_container), each in a storage account of the same blueprint.","type":"array","items":{"$ref":"#/definitions/azureStorageContainer"}},"databricks_workspaces":{"title":"Databricks workspaces","description":"Azure Databricks workspaces (type azure_databricks_workspace).","type":"array","items":{"$ref":"#/definitions/azureDatabricksWorkspace"}},"data_factories":{"title":"Data factories","description":"Data factories (type azure_data_factory).","type":"array","items":{"$ref":"#/definitions/azureDataFactory"}},"synapse_workspaces":{"title":"Synapse workspaces","description":"Synapse workspaces (type azure_synapse_workspace).","type":"array","items":{"$ref":"#/definitions/azureSynapseWorkspace"}},"key_vaults":{"title":"Key vaults","description":"Key vaults (type azure_key_vault).","type":"array","items":{"$ref":"#/definitions/azureKeyVault"}},"eventhub_namespaces":{"title":"Event Hubs namespaces","description":"Event Hubs namespaces (type azure_eventhub_namespace).","type":"array","items":{"$ref":"#/definitions/azureEventhubNamespace"}}}},"gcp":{"title":"Google Cloud resources","description":"Google Cloud resources to name (named, not provisioned); their region_short comes from metadata.gcp_region.","type":"object","additionalProperties":false,"properties":{"buckets":{"title":"Buckets","description":"Cloud Storage buckets (type gcp_storage_bucket), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/gcsBucket"}},"bigquery_datasets":{"title":"BigQuery datasets","description":"BigQuery datasets (type gcp_bigquery_dataset), one per domain and layer.","type":"array","items":{"$ref":"#/definitions/bigqueryDataset"}},"bigquery_tables":{"title":"BigQuery tables","description":"BigQuery tables (type gcp_bigquery_table), each in a dataset of the same blueprint.","type":"array","items":{"$ref":"#/definitions/bigqueryTable"}},"dataproc_clusters":{"title":"Dataproc clusters","description":"Dataproc clusters (type gcp_dataproc_cluster), one per workload.","type":"array","items":{"$ref":"#/definitions/dataprocCluster"}},"pubsub_topics":{"title":"Pub/Sub topics","description":"Pub/Sub topics (type gcp_pubsub_topic).","type":"array","items":{"$ref":"#/definitions/pubsubTopic"}}}}}}},"definitions":{"deletionPolicy":{"title":"Deletion policy","description":"What happens to the resource once it is removed from the blueprint: archive (default), delete or retain. A dpn v2 addition; v1.0 files do not have it.","type":"string","enum":["archive","delete","retain"]},"column":{"title":"Column","description":"A column: name and data type.","type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Column name.","type":"string","pattern":"\\\\S"},"type":{"title":"Type","description":"Column data type, e.g. string, bigint, decimal(18,2).","type":"string","pattern":"\\\\S"},"comment":{"title":"Comment","description":"Free-text comment.","type":"string"}}},"tableType":{"title":"Table type","description":"Kind of table; the first word of the table name.","type":"string","enum":["fact","dim","bridge","staging","reference"]},"medallionLayer":{"title":"Layer","description":"Medallion layer.","type":"string","enum":["bronze","silver","gold"]},"s3Bucket":{"title":"S3 bucket","description":"An S3 bucket (aws_s3_bucket).","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\\\S"},"layer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"versioning":{"title":"Versioning","description":"Turn on object versioning.","type":"boolean","default":true},"lifecycle_days":{"title":"Lifecycle days","description":"Days after which objects transition to the INTELLIGENT_TIERING storage class.","type":"integer","minimum":0,"default":90},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueDatabase":{"title":"Glue database","description":"A Glue Data Catalog database (aws_glue_database). Other resources refer to it as \\"{domain}-{layer}\\".","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"description":{"title":"Description","description":"Free-text description of the database.","type":"string"},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueTable":{"title":"Glue table","description":"A Glue Data Catalog table (aws_glue_table).","type":"object","required":["database_ref","entity","columns"],"additionalProperties":false,"properties":{"database_ref":{"title":"Database reference","description":"The Glue database of this blueprint that holds the table, written \\"{domain}-{layer}\\" (e.g. sales-bronze).","type":"string","pattern":"\\\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"partition_keys":{"title":"Partition keys","description":"Partition columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"cluster":{"title":"Cluster","description":"A Databricks cluster (dbx_cluster). Jobs refer to it by its workload.","type":"object","required":["workload","cluster_type","node_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]},"node_type":{"title":"Node type","description":"Instance type of the workers, e.g. i3.xlarge.","type":"string","pattern":"\\\\S"},"spark_version":{"title":"Spark version","description":"Databricks runtime version.","type":"string","default":"13.3.x-scala2.12","pattern":"\\\\S"},"autoscale":{"title":"Autoscale","description":"Worker count range; defaults to 2..8.","type":"object","additionalProperties":false,"properties":{"min":{"title":"Minimum workers","description":"Fewest workers.","type":"integer","minimum":0,"default":2},"max":{"title":"Maximum workers","description":"Most workers; at least the minimum.","type":"integer","minimum":1,"default":8}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"job":{"title":"Job","description":"A Databricks job (dbx_job).","type":"object","required":["job_type","purpose","cluster_ref"],"additionalProperties":false,"properties":{"job_type":{"title":"Job type","description":"Kind of job, e.g. batch or streaming.","type":"string","pattern":"\\\\S"},"purpose":{"title":"Purpose","description":"What the job does, e.g. daily-sales-load.","type":"string","pattern":"\\\\S"},"cluster_ref":{"title":"Cluster reference","description":"The workload of a cluster of this blueprint that runs the job.","type":"string","pattern":"\\\\S"},"schedule":{"title":"Schedule","description":"daily, hourly, weekly, monthly or a Quartz cron expression; without it the job takes the schedule naming value (daily by default).","type":"string","pattern":"\\\\S"},"tasks":{"title":"Tasks","description":"Job tasks as the Databricks Jobs API takes them; dpn fills in the cluster.","type":"array","items":{"type":"object"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"catalog":{"title":"Catalog","description":"A Unity Catalog catalog (dbx_catalog) with its schemas.","type":"object","required":["catalog_type","schemas"],"additionalProperties":false,"properties":{"catalog_type":{"title":"Catalog type","description":"What the catalog is for, e.g. dev or analytics.","type":"string","pattern":"\\\\S"},"storage_root":{"title":"Storage root","description":"Managed storage location, e.g. s3://bucket/path.","type":"string","pattern":"\\\\S"},"schemas":{"title":"Schemas","description":"Schemas of the catalog (dbx_schema).","type":"array","items":{"$ref":"#/definitions/ucSchema"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucSchema":{"title":"Schema","description":"A Unity Catalog schema (dbx_schema).","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. customer.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"tables":{"title":"Tables","description":"Managed tables of the schema (dbx_table).","type":"array","items":{"$ref":"#/definitions/ucTable"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucTable":{"title":"Table","description":"A Unity Catalog managed table (dbx_table).","type":"object","required":["entity"],"additionalProperties":false,"properties":{"entity":{"title":"Entity","description":"What one row describes, e.g. customers.","type":"string","pattern":"\\\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"storageLayer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"azureResourceGroup":{"title":"Azure resource group","description":"An Azure resource group (azure_resource_group). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the resource group is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureStorageAccount":{"title":"Azure storage account","description":"An Azure storage account (azure_storage_account). Containers refer to it as \\"{purpose}-{layer}\\". Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the storage account is for, e.g. analytics.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/storageLayer"}}},"azureStorageContainer":{"title":"Azure storage container","description":"A blob container (azure_storage_container) in a storage account of the same blueprint. Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["account_ref","domain","layer"],"additionalProperties":false,"properties":{"account_ref":{"title":"Storage account reference","description":"The storage account of this blueprint that holds the container, written \\"{purpose}-{layer}\\" (e.g. lake-raw).","type":"string","pattern":"\\\\S"},"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"}}},"azureDatabricksWorkspace":{"title":"Azure Databricks workspace","description":"An Azure Databricks workspace (azure_databricks_workspace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the databricks workspace is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureDataFactory":{"title":"Azure data factory","description":"An Azure data factory (azure_data_factory). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the data factory is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureSynapseWorkspace":{"title":"Azure Synapse workspace","description":"An Azure Synapse workspace (azure_synapse_workspace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the synapse workspace is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureKeyVault":{"title":"Azure key vault","description":"An Azure key vault (azure_key_vault). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the key vault is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureEventhubNamespace":{"title":"Azure Event Hubs namespace","description":"An Azure Event Hubs namespace (azure_eventhub_namespace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the event hubs namespace is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"gcsBucket":{"title":"Cloud Storage bucket","description":"A Google Cloud Storage bucket (gcp_storage_bucket). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/storageLayer"}}},"bigqueryDataset":{"title":"BigQuery dataset","description":"A BigQuery dataset (gcp_bigquery_dataset). Tables refer to it as \\"{domain}-{layer}\\". Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"}}},"bigqueryTable":{"title":"BigQuery table","description":"A BigQuery table (gcp_bigquery_table) in a dataset of the same blueprint. Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["dataset_ref","entity"],"additionalProperties":false,"properties":{"dataset_ref":{"title":"Dataset reference","description":"The BigQuery dataset of this blueprint that holds the table, written \\"{domain}-{layer}\\" (e.g. sales-gold).","type":"string","pattern":"\\\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}}}},"dataprocCluster":{"title":"Dataproc cluster","description":"A Dataproc cluster (gcp_dataproc_cluster). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["workload","cluster_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]}}},"pubsubTopic":{"title":"Pub/Sub topic","description":"A Pub/Sub topic (gcp_pubsub_topic). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the topic carries, e.g. orders.","type":"string","pattern":"\\\\S"}}}}}');

/***/ }),

/***/ 7730:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-patterns-1.0.json","title":"dpn naming patterns","description":"naming-patterns.yaml: one name template per resource type, the transformations applied to values, and extra validation rules (which may only tighten the platform rules).","type":"object","required":["version","patterns"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Format version, \\"1.0\\".","type":"string","pattern":"\\\\S"},"patterns":{"title":"Patterns","description":"Template per resource type with {variable} placeholders; a type left out keeps its built-in pattern.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\\\S"}},"transformations":{"title":"Transformations","description":"How values are changed before they fill a pattern.","type":"object","additionalProperties":false,"properties":{"region_mapping":{"title":"Region mapping","description":"Region to short code (region_short): an AWS region (us-east-1), an Azure location (westeurope) or a Google Cloud region (europe-west1); overrides the built-in code.","type":"object","propertyNames":{"type":"string","pattern":"^(?:[a-z]+-[a-z]+-[0-9]|[a-z][a-z0-9]*|[a-z]+-[a-z]+[0-9]+)$"},"additionalProperties":{"type":"string","pattern":"^[a-z0-9]+$"}},"lowercase":{"title":"Lowercase","description":"Variables whose values are lowercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"uppercase":{"title":"Uppercase","description":"Variables whose values are uppercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"replace_hyphens":{"title":"Replace hyphens","description":"Variable to the character that replaces its hyphens, applied only where the result stays valid for the type.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","pattern":"^.{0,1}$"}},"hash_generation":{"title":"Hash generation","description":"How a name that is too long is shortened: a hash of the full name is appended.","type":"object","additionalProperties":false,"properties":{"algorithm":{"title":"Algorithm","description":"Hash algorithm.","type":"string","enum":["md5","sha256"],"default":"md5"},"length":{"title":"Length","description":"Hash characters kept.","type":"integer","minimum":4,"maximum":64,"default":8},"prefix":{"title":"Prefix","description":"Text before the hash, at most 2 characters.","type":"string","default":"","pattern":"^.{0,2}$"},"separator":{"title":"Separator","description":"Text between the kept part of the name and the hash.","type":"string","default":"-","pattern":"^.{0,1}$"}}}}},"validation":{"title":"Validation","description":"Extra rules per type; they may only tighten the platform rules.","type":"object","additionalProperties":false,"properties":{"max_length":{"title":"Maximum length","description":"Longest name allowed per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"integer","minimum":1}},"allowed_chars":{"title":"Allowed characters","description":"Regular expression a whole name must match, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\\\S"}},"required_variables":{"title":"Required variables","description":"Variables that must have a value, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},"on_too_long":{"title":"When too long","description":"Per type (or * for every type): shorten the name with a hash, or fail.","type":"object","propertyNames":{"anyOf":[{"$ref":"#/definitions/resourceType"},{"type":"string","const":"*"}]},"additionalProperties":{"type":"string","enum":["shorten","fail"]}}}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]}}}');

/***/ }),

/***/ 65:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-values-1.0.json","title":"dpn naming values","description":"naming-values.yaml: the values the naming patterns fill in. Values for one resource are merged in this order, later wins: defaults, environments[environment], resource_types[type], blueprint metadata, the resource\'s own fields, --override key=value.","type":"object","required":["version","defaults"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Must be the string \\"1.0\\" (quote it in YAML).","type":"string","const":"1.0"},"defaults":{"$ref":"#/definitions/values","title":"Defaults","description":"Values every resource starts from."},"environments":{"title":"Per environment","description":"Values for one environment (dev, stg, prd), over the defaults.","type":"object","additionalProperties":false,"properties":{"dev":{"$ref":"#/definitions/values","description":"Values for dev."},"stg":{"$ref":"#/definitions/values","description":"Values for stg."},"prd":{"$ref":"#/definitions/values","description":"Values for prd."}}},"resource_types":{"title":"Per resource type","description":"Values for one resource type, over the environment values.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"$ref":"#/definitions/values"}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]},"values":{"title":"Values","description":"A flat map of variable name to text value (quote numbers in YAML).","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}}}}');

/***/ })

};
