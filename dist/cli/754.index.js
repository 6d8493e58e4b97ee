export const id = 754;
export const ids = [754];
export const modules = {

/***/ 7041:
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
// EXTERNAL MODULE: ./src/source/index.ts + 4 modules
var source = __webpack_require__(3957);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(6128);
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





/** Characters AWS accepts in tag values (AWS tagging guide). */
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
/** Expands one blueprint that already passed the schema. */
function expandBlueprint(source, options) {
    return new Expander(source, options).run();
}
class Expander {
    source;
    doc;
    resources = [];
    diagnostics = [];
    metadataValues = {};
    tags;
    keyPrefix;
    inScope;
    defaultPolicy;
    region;
    naming;
    regionReported = false;
    constructor(source, options) {
        this.source = source;
        this.doc = source.data;
        const metadata = this.doc.metadata;
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
        this.inScope = scopeFilter(this.doc.scope);
        this.defaultPolicy = this.doc.deletion_policy ?? DEFAULTS.deletionPolicy;
        this.region = metadata.region;
        this.naming = new generate/* BlueprintNaming */.c(options.naming, this.metadataValues, options.overrides);
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
        return { resources: this.resources, diagnostics: this.diagnostics };
    }
    checkMetadata() {
        const { scope, metadata } = this.doc;
        for (const [field, tag] of [
            ['team', 'Team'],
            ['cost_center', 'CostCenter'],
        ]) {
            const value = metadata[field];
            if (value !== undefined && !TAG_VALUE.test(value)) {
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
    at(path, node) {
        return (node && this.source.positions.startOf(node)) ?? (0,source/* locate */.x5)(this.source, path);
    }
    /** Names a resource; reports every broken rule at the resource and returns undefined when there is no valid name. */
    name(type, resource, path) {
        const result = this.naming.name(type, resource);
        if (result.violations.length === 0 && result.name !== undefined)
            return result;
        const at = this.at(path);
        for (const violation of result.violations) {
            // The region is the blueprint's, not the resource's: say so once, where it is written.
            if (violation.code === 'NAMING_UNKNOWN_REGION') {
                if (!this.regionReported) {
                    this.regionReported = true;
                    this.diagnostics.push((0,source/* error */.z3)(violation.code, `${violation.message} (rule: ${violation.rule})`, this.at(['metadata', 'region'])));
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
    add(type, logical, named, path, node, spec) {
        const name = named.name;
        const resource = {
            // Lowercase: the names these fields make are lowercased by the platforms (Glue,
            // Unity Catalog) or the built-in convention, so `Sales` and `sales` are one resource,
            // and fixing a field's case must not turn into archive + create of the same name.
            key: `${type}:${this.keyPrefix}${logical.toLowerCase()}`,
            type,
            name,
            fullName: spec.fullName ?? name,
            blueprint: this.source.file,
            location: this.at(path, node),
            dependsOn: spec.dependsOn ?? [],
            params: spec.params,
            tags: this.tags,
            deletionPolicy: spec.policy ?? this.defaultPolicy,
        };
        if (named.shortened)
            resource.shortenedFrom = named.shortened.from;
        if (this.inScope(type))
            this.resources.push(resource);
        return resource;
    }
    buckets(buckets) {
        buckets.forEach((bucket, i) => {
            if (!this.inScope('aws_s3_bucket'))
                return;
            const path = ['resources', 'aws', 's3_buckets', i];
            const named = this.name('aws_s3_bucket', scalars(bucket), path);
            if (!named)
                return;
            const params = {
                region: this.region,
                versioning: bucket.versioning ?? DEFAULTS.versioning,
                lifecycleDays: bucket.lifecycle_days ?? DEFAULTS.lifecycleDays,
            };
            this.add('aws_s3_bucket', `${bucket.purpose}-${bucket.layer}`, named, path, bucket, { params, policy: bucket.deletion_policy });
        });
    }
    glueDatabases(databases) {
        const byRef = new Map();
        databases.forEach((database, i) => {
            const ref = `${database.domain}-${database.layer}`;
            const path = ['resources', 'aws', 'glue_databases', i];
            const named = this.name('aws_glue_database', scalars(database), path);
            // null: the database exists but has no valid name; its tables are skipped, not reported twice.
            if (!named) {
                byRef.set(ref, null);
                return;
            }
            const params = { region: this.region };
            if (database.description !== undefined)
                params.description = database.description;
            const spec = this.add('aws_glue_database', ref, named, path, database, { params, policy: database.deletion_policy });
            if (spec && !byRef.has(ref))
                byRef.set(ref, { key: spec.key, name: spec.name, inScope: this.inScope('aws_glue_database') });
        });
        return byRef;
    }
    glueTables(tables, databases) {
        if (!this.inScope('aws_glue_table'))
            return;
        tables.forEach((table, i) => {
            const path = ['resources', 'aws', 'glue_tables', i];
            const database = databases.get(table.database_ref);
            if (database === undefined) {
                this.diagnostics.push((0,source/* error */.z3)('REF_DATABASE_NOT_FOUND', `database_ref '${table.database_ref}' matches no Glue database of this blueprint (a database is referred to as "{domain}-{layer}"${listOf(databases)})`, this.at([...path, 'database_ref'])));
                return;
            }
            const tableType = table.table_type ?? DEFAULTS.tableType;
            const named = this.name('aws_glue_table', { ...scalars(table), table_type: tableType }, path);
            if (!named || database === null)
                return;
            const params = {
                region: this.region,
                databaseName: database.name,
                tableType,
                columns: columns(table.columns),
                partitionKeys: columns(table.partition_keys ?? []),
            };
            this.add('aws_glue_table', `${table.database_ref}/${tableType}_${table.entity}`, named, path, table, {
                fullName: `${database.name}.${named.name}`,
                dependsOn: database.inScope ? [database.key] : [],
                params,
                policy: table.deletion_policy,
            });
        });
    }
    clusters(clusters) {
        const byWorkload = new Map();
        clusters.forEach((cluster, i) => {
            const path = ['resources', 'databricks', 'clusters', i];
            const min = cluster.autoscale?.min ?? DEFAULTS.autoscaleMin;
            const max = cluster.autoscale?.max ?? DEFAULTS.autoscaleMax;
            if (min > max) {
                this.diagnostics.push((0,source/* error */.z3)('CLUSTER_AUTOSCALE', `autoscale min (${min}) is greater than max (${max})`, this.at([...path, 'autoscale'])));
            }
            const named = this.name('dbx_cluster', scalars(cluster), path);
            if (!named) {
                byWorkload.set(cluster.workload, null);
                return;
            }
            const params = {
                cluster_name: named.name,
                spark_version: cluster.spark_version ?? DEFAULTS.sparkVersion,
                node_type_id: cluster.node_type,
                autoscale: { min_workers: min, max_workers: max },
                cluster_type: cluster.cluster_type,
                custom_tags: this.tags,
            };
            const spec = this.add('dbx_cluster', cluster.workload, named, path, cluster, { params, policy: cluster.deletion_policy });
            if (spec && !byWorkload.has(cluster.workload)) {
                byWorkload.set(cluster.workload, { key: spec.key, name: spec.name, inScope: this.inScope('dbx_cluster') });
            }
        });
        return byWorkload;
    }
    jobs(jobs, clusters) {
        if (!this.inScope('dbx_job'))
            return;
        jobs.forEach((job, i) => {
            const path = ['resources', 'databricks', 'jobs', i];
            const cluster = clusters.get(job.cluster_ref);
            if (cluster === undefined) {
                this.diagnostics.push((0,source/* error */.z3)('REF_CLUSTER_NOT_FOUND', `cluster_ref '${job.cluster_ref}' matches no cluster workload of this blueprint${listOf(clusters)}`, this.at([...path, 'cluster_ref'])));
                return;
            }
            const named = this.name('dbx_job', scalars(job), path);
            if (!named || cluster === null)
                return;
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
            this.add('dbx_job', `${job.job_type}-${job.purpose}`, named, path, job, {
                dependsOn: cluster.inScope ? [cluster.key] : [],
                params,
                policy: job.deletion_policy,
            });
        });
    }
    catalogs(catalogs) {
        catalogs.forEach((catalog, i) => {
            const path = ['resources', 'databricks', 'unity_catalog', 'catalogs', i];
            const named = this.name('dbx_catalog', scalars(catalog), path);
            if (!named)
                return;
            const params = { name: named.name, properties: {} };
            if (catalog.storage_root !== undefined)
                params.storage_root = catalog.storage_root;
            const spec = this.add('dbx_catalog', catalog.catalog_type, named, path, catalog, { params, policy: catalog.deletion_policy });
            if (!spec)
                return;
            const parent = { key: spec.key, name: spec.name, inScope: this.inScope('dbx_catalog') };
            catalog.schemas.forEach((schema, j) => this.schema(catalog, schema, [...path, 'schemas', j], parent));
        });
    }
    schema(catalog, schema, path, parent) {
        const named = this.name('dbx_schema', scalars(schema), path);
        if (!named)
            return;
        const logical = `${catalog.catalog_type}/${schema.domain}-${schema.layer}`;
        const params = { name: named.name, catalog_name: parent.name, properties: {} };
        const spec = this.add('dbx_schema', logical, named, path, schema, {
            fullName: `${parent.name}.${named.name}`,
            dependsOn: parent.inScope ? [parent.key] : [],
            params,
            policy: schema.deletion_policy,
        });
        if (!spec || !this.inScope('dbx_table'))
            return;
        const schemaInScope = this.inScope('dbx_schema');
        (schema.tables ?? []).forEach((table, k) => {
            const tablePath = [...path, 'tables', k];
            const tableType = table.table_type ?? DEFAULTS.tableType;
            const tableNamed = this.name('dbx_table', { ...scalars(table), table_type: tableType }, tablePath);
            if (!tableNamed)
                return;
            const tableParams = {
                name: tableNamed.name,
                catalog_name: parent.name,
                schema_name: spec.name,
                table_type: tableType,
                columns: columns(table.columns ?? []),
            };
            this.add('dbx_table', `${logical}/${tableType}_${table.entity}`, tableNamed, tablePath, table, {
                fullName: `${spec.fullName}.${tableNamed.name}`,
                dependsOn: schemaInScope ? [spec.key] : [],
                params: tableParams,
                policy: table.deletion_policy,
            });
        });
    }
}
/** The resource's own scalar fields, as naming values. */
function scalars(resource) {
    const out = {};
    for (const key in resource) {
        const value = resource[key];
        if (typeof value === 'string')
            out[key] = value;
        else if (typeof value === 'number' || typeof value === 'boolean')
            out[key] = String(value);
    }
    return out;
}
function columns(list) {
    return list.map((c) => (c.comment !== undefined ? { name: c.name, type: c.type, comment: c.comment } : { name: c.name, type: c.type }));
}
function listOf(targets) {
    if (targets.size === 0)
        return '; the blueprint defines none';
    const names = [...targets.keys()];
    const shown = names.slice(0, 10).map((n) => `'${n}'`).join(', ');
    return `; it has ${shown}${names.length > 10 ? ', …' : ''}`;
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
async function findBlueprintFiles(paths, cwd) {
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
        walk(absolute, given, found, new Set());
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
function walk(directory, display, out, visited) {
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
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
            const target = statOrUndefined(absolute);
            isDirectory = target?.isDirectory() ?? false;
            isFile = target?.isFile() ?? false;
        }
        if (isDirectory)
            walk(absolute, shown, out, visited);
        else if (isFile && (0,source/* formatOf */.be)(entry.name))
            out.push({ absolute, display: shown });
    }
}

;// CONCATENATED MODULE: ./src/blueprint/load.ts
// Loading blueprints end to end: find the files, read and validate each, expand
// them into ResourceSpecs, and check what only the whole set can show (the same
// key or the same platform name twice). Never throws for a user's mistake.







async function loadBlueprints(paths, options) {
    const cwd = options.cwd ?? process.cwd();
    const found = await findBlueprintFiles(paths, (0,external_node_path_.resolve)(cwd));
    const diagnostics = [...found.diagnostics];
    const resources = [];
    const expandOptions = { naming: options.naming, overrides: options.overrides ?? {} };
    // One file read and expanded at a time, so only one file's data is alive at once.
    for (const file of found.files) {
        const result = await (0,source/* readSourceDocument */.RC)(file.absolute, file.display);
        if ('diagnostic' in result) {
            diagnostics.push(result.diagnostic);
            continue;
        }
        const document = result.document;
        if (!(0,validators/* validateBlueprint */.ci)(document.data)) {
            diagnostics.push(...(0,source/* schemaDiagnostics */.mT)(document, validators/* validateBlueprint */.ci.errors ?? [], blueprint_schema));
            continue;
        }
        const expansion = expandBlueprint(document, expandOptions);
        for (const d of expansion.diagnostics)
            diagnostics.push(d);
        // Indexed: for...of allocates an iterator result per step until optimised (see source/json-fast.ts).
        for (let i = 0; i < expansion.resources.length; i++)
            resources.push(expansion.resources[i]);
    }
    diagnostics.push(...findClashes(resources));
    return { resources, diagnostics: (0,load/* sortDiagnostics */.Ds)(diagnostics), files: found.files.map((f) => f.display) };
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
        default:
            return type;
    }
}
/** The full name as the platform compares it: Glue and Unity Catalog store names lowercase. */
function comparedName(resource) {
    switch (resource.type) {
        case 'aws_glue_database':
        case 'aws_glue_table':
        case 'dbx_catalog':
        case 'dbx_schema':
        case 'dbx_table':
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
        let names = namespaces.get(namespace);
        if (!names)
            namespaces.set(namespace, (names = new Map()));
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

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NAMING_OPTIONS: () => (/* binding */ NAMING_OPTIONS),
/* harmony export */   checkBlueprints: () => (/* binding */ checkBlueprints),
/* harmony export */   outputFormat: () => (/* binding */ outputFormat),
/* harmony export */   planInitCommand: () => (/* binding */ planInitCommand),
/* harmony export */   planPreviewCommand: () => (/* binding */ planPreviewCommand),
/* harmony export */   planSchemaCommand: () => (/* binding */ planSchemaCommand),
/* harmony export */   planValidateCommand: () => (/* binding */ planValidateCommand),
/* harmony export */   render: () => (/* binding */ render),
/* harmony export */   useColor: () => (/* binding */ useColor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _blueprint_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7041);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6128);
/* harmony import */ var _config_overrides_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(423);
/* harmony import */ var _naming_regions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9645);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _render_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5968);
/* harmony import */ var _schemas_blueprint_schema_json__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5643);
/* harmony import */ var _schemas_naming_values_schema_json__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(65);
/* harmony import */ var _schemas_naming_patterns_schema_json__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7730);
/* harmony import */ var _render_plan_format_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3386);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3567);
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
    format: { type: 'string' },
};
const CHECK_USAGE = 'PATH... [--format table|json|markdown] [--values-config FILE --patterns-config FILE] [--override key=value]...\n\n' +
    'PATH is a blueprint file or a directory searched recursively for .json, .yaml and .yml files.\n' +
    'The output format is table unless --format says otherwise; json prints exactly one document on stdout.\n' +
    'Exit status: 0 valid, 1 invalid blueprint or naming configuration, 2 usage error.';
/** `--format`; table unless asked otherwise, on a terminal or not, so scripts always say what they parse. */
function outputFormat(args, allowed = ['table', 'json', 'markdown']) {
    const value = args.values.format ?? 'table';
    if (!allowed.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--format must be one of ${allowed.join(', ')}, got "${value}"`);
    return value;
}
function useColor(io) {
    return io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}
/** Naming configuration + blueprints, as one report; config errors stop before blueprints are read. */
async function checkBlueprints(args, io) {
    if (args.positionals.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('give at least one blueprint file or directory', 'example: dpn plan preview blueprints/');
    }
    const overrides = (0,_config_overrides_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOverrides */ .f)(args.values.override ?? []);
    const naming = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadNamingConfig */ .nm)({
        valuesConfig: args.values['values-config'],
        patternsConfig: args.values['patterns-config'],
        cwd: io.cwd,
    });
    const source = naming.sources.values === naming.sources.patterns ? naming.sources.values : `${naming.sources.values} + ${naming.sources.patterns}`;
    if (!naming.config)
        return { report: { resources: [], diagnostics: naming.diagnostics }, source };
    const set = await (0,_blueprint_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadBlueprints */ .H)(args.positionals, { naming: naming.config, overrides, cwd: io.cwd });
    const diagnostics = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .sortDiagnostics */ .Ds)([...naming.diagnostics, ...set.diagnostics]);
    return { report: { resources: set.resources, diagnostics }, set, source };
}
function render(report, format, io, summaryOnly = false) {
    if (format === 'json')
        return (0,_render_names_js__WEBPACK_IMPORTED_MODULE_7__/* .renderNamesJson */ .lE)(report, { pretty: io.stdout.isTTY === true });
    if (format === 'markdown')
        return (0,_render_names_js__WEBPACK_IMPORTED_MODULE_7__/* .renderNamesMarkdown */ .Ic)(report);
    return (0,_render_names_js__WEBPACK_IMPORTED_MODULE_7__/* .renderNamesTable */ .n9)(report, { color: useColor(io), summaryOnly });
}
/** Writes the report; JSON to a pipe goes out in pieces, so a large preview is never one huge string. */
function write(report, format, io, summaryOnly = false) {
    if (format === 'json' && io.stdout.isTTY !== true) {
        for (const chunk of (0,_render_names_js__WEBPACK_IMPORTED_MODULE_7__/* .renderNamesJsonChunks */ .He)(report))
            io.stdout.write(chunk);
        return;
    }
    io.stdout.write(render(report, format, io, summaryOnly));
}
function exitStatus(report) {
    return report.diagnostics.some((d) => d.severity === 'error') ? _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.invalid : _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.ok;
}
function status(io, set, source) {
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
        status(io, set, source);
        write(report, format, io, true);
        return exitStatus(report);
    },
};
/** Blueprint files whose state records a plan may retire: as `dpn reconcile` decides (a deleted file's records too). */
async function retireScope(args, io, state, set) {
    const { blueprintsUnder } = await Promise.all(/* import() */[__webpack_require__.e(256), __webpack_require__.e(64)]).then(__webpack_require__.bind(__webpack_require__, 4064));
    return blueprintsUnder(args.positionals, io.cwd, state, set.files);
}
async function stateIn(stateDir, io) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, stateDir);
    const { STATE_SUBDIR } = await __webpack_require__.e(/* import() */ 54).then(__webpack_require__.bind(__webpack_require__, 4054));
    const present = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, STATE_SUBDIR)).then((s) => s.isDirectory(), () => false);
    return { absolute, present };
}
/**
 * The planned change of every resource against the state in `stateDir`, when
 * it holds one. Without a state directory nothing is loaded: a preview of a
 * fresh repository stays as fast as naming alone.
 */
async function planAgainstState(report, set, stateDir, args, io) {
    const { absolute, present } = await stateIn(stateDir, io);
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
            const listed = (0,_render_plan_format_js__WEBPACK_IMPORTED_MODULE_11__/* .listedChanges */ .D1)(op);
            if (listed.length > 0)
                changes.set(op.key, listed);
        }
        else if (op.action !== 'noop') {
            removed.push({ key: op.key, type: op.type, name: op.name, fullName: op.fullName, blueprint: op.blueprint, action: op.action });
        }
    }
    const shownDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, absolute) || '.';
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
    const { absolute, present } = await stateIn(stateDir, io);
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
    usage: CHECK_USAGE.replace('[--override key=value]...', '[--override key=value]... [--state-dir DIR]') +
        '\nWith a state in DIR (default .dpn), the table is the plan as `dpn reconcile` shows it (every changed field, old → new, in the\n' +
        "blueprint's field names), JSON adds `action` and `changes` per resource, and removed resources are listed.\n" +
        '--format markdown prints the pull request comment the Action posts (planned against an empty state when DIR has none).',
    options: { ...CHECK_OPTIONS, 'state-dir': { type: 'string' } },
    allowPositionals: true,
    async run(args, io) {
        const format = outputFormat(args);
        const checked = await checkBlueprints(args, io);
        const { set, source } = checked;
        let report = checked.report;
        status(io, set, source);
        const stateDir = args.values['state-dir'] ?? '.dpn';
        if (format === 'markdown') {
            io.stdout.write(await previewMarkdown(checked, stateDir, args, io));
            return exitStatus(report);
        }
        let plan;
        if (set && !report.diagnostics.some((d) => d.severity === 'error'))
            ({ report, plan } = await planAgainstState(report, set, stateDir, args, io));
        if (plan && format === 'table') {
            // The plan as `dpn reconcile` shows it before asking, with the unchanged resources listed too.
            const { renderPlanTable } = await __webpack_require__.e(/* import() */ 660).then(__webpack_require__.bind(__webpack_require__, 4660));
            const { plan: _counts, ...footer } = report;
            io.stdout.write(`${renderPlanTable(plan, { color: useColor(io), showUnchanged: true })}\n${render(footer, 'table', io, true)}`);
            return exitStatus(report);
        }
        write(report, format, io);
        return exitStatus(report);
    },
};
const SCHEMAS = {
    blueprint: _schemas_blueprint_schema_json__WEBPACK_IMPORTED_MODULE_8__,
    'naming-values': _schemas_naming_values_schema_json__WEBPACK_IMPORTED_MODULE_9__,
    'naming-patterns': _schemas_naming_patterns_schema_json__WEBPACK_IMPORTED_MODULE_10__,
};
const planSchemaCommand = {
    path: ['plan', 'schema'],
    summary: 'Print the blueprint JSON Schema (or a naming file schema)',
    usage: '[blueprint|naming-values|naming-patterns]',
    options: {},
    allowPositionals: true,
    async run(args, io) {
        const which = args.positionals[0] ?? 'blueprint';
        const schema = SCHEMAS[which];
        if (!schema || args.positionals.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`unknown schema "${args.positionals.join(' ')}"`, `choose one of ${Object.keys(SCHEMAS).join(', ')}`);
        }
        io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
        return _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.ok;
    },
};
const ENVIRONMENTS = ['dev', 'stg', 'prd'];
const planInitCommand = {
    path: ['plan', 'init'],
    summary: 'Write a starter blueprint',
    usage: '--env dev|stg|prd --project NAME [--region REGION] [--output FILE]\n\nFILE defaults to blueprints/ENV.yaml; a .json name writes JSON. An existing file is never overwritten.',
    options: {
        env: { type: 'string' },
        project: { type: 'string' },
        region: { type: 'string' },
        output: { type: 'string' },
    },
    async run(args, io) {
        const env = args.values.env;
        const project = args.values.project;
        const region = args.values.region ?? 'us-east-1';
        if (!env || !ENVIRONMENTS.includes(env))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--env must be one of ${ENVIRONMENTS.join(', ')}${env ? `, got "${env}"` : ''}`);
        if (!project || !/^[a-z0-9-]+$/.test(project)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--project must be lowercase letters, digits and hyphens${project ? `, got "${project}"` : ''}`);
        }
        if (!/^[a-z]+-[a-z]+-[0-9]$/.test(region))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--region must look like us-east-1, got "${region}"`);
        const output = args.values.output ?? `blueprints/${env}.yaml`;
        const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(output).toLowerCase();
        if (!['.json', '.yaml', '.yml'].includes(ext))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--output must end in .json, .yaml or .yml, got "${output}"`);
        const text = ext === '.json' ? starterJson(env, project, region) : starterYaml(env, project, region);
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, text, { flag: 'wx' });
        }
        catch (cause) {
            if (cause.code === 'EEXIST') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${output} already exists; dpn plan init never overwrites a file`, 'EXISTS', 'choose another name with --output');
            }
            throw cause;
        }
        io.stderr.write(`wrote ${output}; check it with: dpn plan preview ${output}\n`);
        if (!(0,_naming_regions_js__WEBPACK_IMPORTED_MODULE_5__/* .isKnownAwsRegion */ .fT)(region)) {
            io.stderr.write(`warning: ${region} is not an AWS region dpn knows; names need its short code in transformations.region_mapping\n`);
        }
        return _command_js__WEBPACK_IMPORTED_MODULE_12__/* .EXIT */ .d.ok;
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
function starterJson(env, project, region) {
    return `${JSON.stringify(starter(env, project, region), null, 2)}\n`;
}
function starterYaml(env, project, region) {
    return `# yaml-language-server: $schema=https://dpn.dev/schemas/blueprint-1.0.json
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

/***/ 6128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XY: () => (/* binding */ CONFIG_DIR),
  TV: () => (/* binding */ PATTERNS_FILE),
  Yc: () => (/* binding */ VALUES_FILE),
  nm: () => (/* binding */ loadNamingConfig),
  Ds: () => (/* binding */ sortDiagnostics)
});

// UNUSED EXPORTS: BUILT_IN

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/naming/index.ts + 1 modules
var naming = __webpack_require__(3305);
// EXTERNAL MODULE: ./src/generated/validators.js
var validators = __webpack_require__(6161);
// EXTERNAL MODULE: ./schemas/naming-values.schema.json
var naming_values_schema = __webpack_require__(65);
// EXTERNAL MODULE: ./schemas/naming-patterns.schema.json
var naming_patterns_schema = __webpack_require__(7730);
// EXTERNAL MODULE: ./src/source/index.ts + 4 modules
var source = __webpack_require__(3957);
// EXTERNAL MODULE: ./src/config/variables.ts
var config_variables = __webpack_require__(9183);
;// CONCATENATED MODULE: ./src/config/checks.ts


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
                ...(0,source/* locate */.x5)(doc, ['environments', env, 'environment']),
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
        const fromBlueprint = config_variables/* BLUEPRINT_VARIABLES */.y[type];
        const { variables, problem } = placeholders(pattern);
        // Syntax problems are the naming engine's to report (NAMING_CONFIG_PATTERN).
        if (!fromBlueprint || problem)
            continue;
        const typeValues = (values.resource_types ?? {})[type];
        const missing = variables.filter((v) => !provided.has(v) && !fromBlueprint.includes(v) && !(typeValues && Object.hasOwn(typeValues, v)));
        for (const variable of missing) {
            out.push({
                ...(0,source/* locate */.x5)(doc, ['patterns', type]),
                code: 'CONFIG_UNKNOWN_VARIABLE',
                message: `pattern for ${type} uses {${variable}}, which neither the naming values nor a ${type} in a blueprint provides (an --override can)`,
                severity: 'warning',
            });
        }
    }
    const transformations = (data.transformations ?? {});
    const lower = new Set((transformations.lowercase ?? []));
    (transformations.uppercase ?? []).forEach((variable, i) => {
        if (lower.has(variable)) {
            out.push((0,source/* error */.z3)('CONFIG_CASE_CONFLICT', `${variable} is in both transformations.lowercase and transformations.uppercase`, (0,source/* locate */.x5)(doc, ['transformations', 'uppercase', i])));
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/config/load.ts
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
        return { config: naming/* DEFAULT_NAMING_CONFIG */.g4, diagnostics: [], sources: { values: BUILT_IN, patterns: BUILT_IN } };
    }
    const sources = { values: values.display, patterns: patterns.display };
    const diagnostics = [];
    const [valuesDoc, patternsDoc] = await Promise.all([
        readValidated(values, validators/* validateNamingValues */.lu, naming_values_schema, diagnostics),
        readValidated(patterns, validators/* validateNamingPatterns */._Q, naming_patterns_schema, diagnostics),
    ]);
    if (valuesDoc)
        diagnostics.push(...checkValuesDocument(valuesDoc));
    if (patternsDoc)
        diagnostics.push(...checkPatternsDocument(patternsDoc, valuesDoc));
    if (!valuesDoc || !patternsDoc || diagnostics.some((d) => d.severity === 'error')) {
        return { diagnostics: sortDiagnostics(diagnostics), sources };
    }
    const inspected = (0,naming/* inspectNamingConfig */.nd)(valuesDoc.data, patternsDoc.data, sources);
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
        throw new errors/* UsageError */.eb(`${valuesConfig === undefined ? '--patterns-config' : '--values-config'} was given without ${valuesConfig === undefined ? '--values-config' : '--patterns-config'}`, 'give both naming files, or neither to use ./.dpn/ or the built-in convention');
    }
    if (valuesConfig !== undefined && patternsConfig !== undefined) {
        return { values: configFile(valuesConfig, cwd), patterns: configFile(patternsConfig, cwd) };
    }
    const values = configFile((0,external_node_path_.join)(configDir, VALUES_FILE), cwd);
    const patterns = configFile((0,external_node_path_.join)(configDir, PATTERNS_FILE), cwd);
    const [hasValues, hasPatterns] = await Promise.all([exists(values.absolute), exists(patterns.absolute)]);
    if (hasValues && hasPatterns)
        return { values, patterns };
    if (hasValues || hasPatterns) {
        const [found, missing] = hasValues ? [values, patterns] : [patterns, values];
        return {
            diagnostics: [
                (0,source/* error */.z3)('CONFIG_INCOMPLETE', `found ${found.display} but not ${missing.display}; dpn needs both naming files or neither (run \`dpn config init\` for a full set)`, { file: found.display, line: 1, column: 1 }),
            ],
            sources: { values: values.display, patterns: patterns.display },
        };
    }
    return {};
}
function configFile(path, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, path);
    return { absolute, display: (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.relative)(cwd, absolute) || path };
}
async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function readValidated(file, validate, schema, diagnostics) {
    const read = await (0,source/* readSourceDocument */.RC)(file.absolute, file.display, { format: 'yaml' });
    if ('diagnostic' in read) {
        diagnostics.push(read.diagnostic);
        return undefined;
    }
    if (!validate(read.document.data)) {
        diagnostics.push(...(0,source/* schemaDiagnostics */.mT)(read.document, validate.errors ?? [], schema));
        return undefined;
    }
    return read.document;
}
function issueDiagnostic(issue, doc) {
    const at = (0,source/* locate */.x5)(doc, issue.path);
    const subject = issue.path.length ? (0,source/* describePath */.NH)(issue.path) : 'the document';
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
/* harmony export */   f: () => (/* binding */ parseOverrides)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// `--override key=value`: naming values with the highest precedence.

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


/***/ }),

/***/ 9183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ METADATA_VARIABLES),
/* harmony export */   y: () => (/* binding */ BLUEPRINT_VARIABLES)
/* harmony export */ });
const METADATA_VARIABLES = ['environment', 'project', 'region', 'team', 'cost_center', 'data_classification'];
const own = {
    aws_s3_bucket: ['purpose', 'layer', 'versioning', 'lifecycle_days'],
    aws_glue_database: ['domain', 'layer', 'description'],
    aws_glue_table: ['entity', 'table_type', 'database_ref'],
    dbx_cluster: ['workload', 'cluster_type', 'node_type', 'spark_version'],
    dbx_job: ['job_type', 'purpose', 'cluster_ref', 'schedule'],
    dbx_catalog: ['catalog_type', 'storage_root'],
    dbx_schema: ['domain', 'layer'],
    dbx_table: ['entity', 'table_type'],
};
/** Per blueprint resource type: every variable a blueprint can give it. */
const BLUEPRINT_VARIABLES = Object.fromEntries(Object.entries(own).map(([type, fields]) => [type, [...METADATA_VARIABLES, ...fields]]));


/***/ }),

/***/ 8712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ DEFAULT_VALUES),
/* harmony export */   Lo: () => (/* binding */ DEFAULT_HASH),
/* harmony export */   cB: () => (/* binding */ DEFAULT_LOWERCASE),
/* harmony export */   hx: () => (/* binding */ DEFAULT_RESOURCE_TYPE_VALUES),
/* harmony export */   sQ: () => (/* binding */ DEFAULT_REGION_MAPPING),
/* harmony export */   sz: () => (/* binding */ DEFAULT_PATTERNS),
/* harmony export */   tZ: () => (/* binding */ DEFAULT_REPLACE_HYPHENS),
/* harmony export */   vm: () => (/* binding */ DEFAULT_ENVIRONMENT_VALUES)
/* harmony export */ });
/** The default pattern of every resource type (COMPAT.md). */
const DEFAULT_PATTERNS = Object.freeze({
    aws_s3_bucket: '{project}-{purpose}-{layer}-{environment}-{region_short}',
    aws_glue_database: '{project}_{domain}_{layer}_{environment}',
    aws_glue_table: '{table_type}_{entity}',
    aws_glue_crawler: '{project}-{environment}-crawler-{database}-{source}',
    aws_lambda_function: '{project}-{environment}-{domain}-{trigger}-{action}',
    aws_iam_role: '{project}-{environment}-{service}-{purpose}-role',
    aws_iam_policy: '{project}-{environment}-{service}-{purpose}-policy',
    aws_kinesis_stream: '{project}-{environment}-{domain}-{source}-stream',
    aws_kinesis_firehose: '{project}-{environment}-{domain}-to-{destination}',
    aws_dynamodb_table: '{project}-{environment}-{entity}-{purpose}',
    aws_sns_topic: '{project}-{environment}-{event_type}-{purpose}',
    aws_sqs_queue: '{project}-{environment}-{purpose}-{queue_type}',
    aws_step_function: '{project}-{environment}-{workflow}-{purpose}',
    dbx_workspace: 'dbx-{project}-{purpose}-{environment}-{region_short}',
    dbx_cluster: '{project}-{workload}-{cluster_type}-{environment}',
    dbx_job: '{project}-{job_type}-{purpose}-{schedule}-{environment}',
    dbx_notebook_path: '/{project}/{domain}/{purpose}/{environment}/{notebook_name}',
    dbx_repo: '{project}-{repo_purpose}-{environment}',
    dbx_pipeline: '{project}-{pipeline_type}-{source}-{target}-{environment}',
    dbx_sql_warehouse: '{project}-sql-{purpose}-{size}-{environment}',
    dbx_catalog: '{project}_{catalog_type}_{environment}',
    dbx_schema: '{domain}_{layer}',
    dbx_table: '{table_type}_{entity}',
    dbx_volume: '{data_type}_{purpose}',
    dbx_secret_scope: '{project}-{purpose}-{environment}',
    dbx_instance_pool: '{project}-pool-{node_type}-{purpose}-{environment}',
    dbx_policy: '{project}-{target}-{policy_type}-{environment}',
});
const DEFAULT_VALUES = Object.freeze({
    project: 'dataplatform',
    region: 'us-east-1',
    region_short: 'use1',
    team: 'data-platform',
    cost_center: 'CC-12345',
    data_classification: 'internal',
});
const DEFAULT_ENVIRONMENT_VALUES = Object.freeze({
    dev: Object.freeze({ environment: 'dev', data_classification: 'internal' }),
    stg: Object.freeze({ environment: 'stg', data_classification: 'internal' }),
    prd: Object.freeze({ environment: 'prd', data_classification: 'confidential' }),
});
const DEFAULT_RESOURCE_TYPE_VALUES = Object.freeze({
    aws_s3_bucket: Object.freeze({ purpose: 'raw', layer: 'raw' }),
    aws_glue_database: Object.freeze({ domain: 'finance', layer: 'gold' }),
    dbx_cluster: Object.freeze({ workload: 'etl', cluster_type: 'shared' }),
    dbx_job: Object.freeze({ job_type: 'batch', purpose: 'transformation', schedule: 'daily' }),
});
/** The region codes the v1.0 example file listed; the rest come from regions.ts. */
const DEFAULT_REGION_MAPPING = Object.freeze({
    'us-east-1': 'use1',
    'us-east-2': 'use2',
    'us-west-1': 'usw1',
    'us-west-2': 'usw2',
    'eu-west-1': 'euw1',
    'eu-west-2': 'euw2',
    'eu-central-1': 'euc1',
    'ap-southeast-1': 'aps1',
    'ap-southeast-2': 'aps2',
    'ap-northeast-1': 'apne1',
});
const DEFAULT_LOWERCASE = Object.freeze([
    'project',
    'environment',
    'domain',
    'layer',
    'purpose',
    'workload',
]);
const DEFAULT_REPLACE_HYPHENS = Object.freeze({ project: '_' });
const DEFAULT_HASH = Object.freeze({
    algorithm: 'md5',
    length: 8,
    prefix: '',
    separator: '-',
});


/***/ }),

/***/ 1637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ NamingConfigError)
/* harmony export */ });
// What can be wrong with a naming configuration beyond its JSON Schema: each
// issue names the document, the path inside it and a stable code, so the
// loader can point at file, line and column.
/** A naming configuration that cannot be used; carries every error found, not just the first. */
class NamingConfigError extends Error {
    issues;
    code = 'NAMING_CONFIG_INVALID';
    constructor(issues) {
        super(issues.map((issue) => `${issue.source}: ${issue.path.join('.')}: ${issue.message}`).join('\n'));
        this.issues = issues;
        this.name = 'NamingConfigError';
    }
}


/***/ }),

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ BlueprintNaming)
/* harmony export */ });
/* unused harmony export generateName */
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8712);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1637);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5110);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9645);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5695);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2041);
// Generates the name of one resource: merges the value layers in v1.0's order,
// derives region_short, applies the transformations, fills the pattern, checks
// the type's rules and shortens (or refuses) a name that is too long. Pure: no
// I/O, no clock. Everything that depends only on the configuration is compiled
// once per configuration object and cached, so a call does no parsing and no
// regular-expression compilation.






// Precedence of the layers, lowest first; used to decide whether region_short
// was set on purpose at or above the layer that set region.
const UNSET = -1;
const DEFAULTS = 0;
const ENVIRONMENT = 1;
const RESOURCE_TYPE = 2;
const METADATA = 3;
const RESOURCE = 4;
const OVERRIDES = 5;
const compiledConfigs = new WeakMap();
const hasOwn = Object.hasOwn;
function compiledType(config, type) {
    let compiled = compiledConfigs.get(config);
    if (compiled === undefined) {
        compiled = { types: new Map() };
        compiledConfigs.set(config, compiled);
    }
    let entry = compiled.types.get(type);
    if (entry === undefined) {
        entry = compileType(config, type);
        compiled.types.set(type, entry);
    }
    return entry;
}
function chooseSeparator(rules, configured) {
    if (rules.rules.identifier)
        return /^[a-z0-9_]*$/.test(configured) ? configured : '_';
    if (rules.allows(configured))
        return configured;
    for (const candidate of ['-', '_'])
        if (rules.allows(candidate))
            return candidate;
    return '';
}
function compileType(config, type) {
    // A configuration built by hand may leave a type out; it keeps its built-in pattern.
    const pattern = config.patterns[type] ?? _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PATTERNS */ .sz[type];
    const parsed = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePattern */ .E)(pattern);
    if (typeof parsed === 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NamingConfigError */ .j([
            { severity: 'error', document: 'patterns', source: config.sources.patterns, path: ['patterns', type], code: 'NAMING_CONFIG_PATTERN', message: parsed },
        ]);
    }
    const rules = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRules */ .nb)(type, config);
    const required = (config.validation.requiredVariables[type] ?? []).filter((variable) => !parsed.variables.includes(variable));
    const replacements = Object.entries(config.transformations.replaceHyphens).filter(([, replacement]) => rules.allows(replacement));
    const texts = [''];
    const slots = [];
    for (const segment of parsed.segments) {
        if ('text' in segment)
            texts[texts.length - 1] += segment.text;
        else {
            slots.push(segment.variable);
            texts.push('');
        }
    }
    const { lowercase, uppercase } = config.transformations;
    const transforms = new Map();
    for (const variable of [...parsed.variables, ...required]) {
        transforms.set(variable, {
            lowercase: lowercase.includes(variable),
            uppercase: uppercase.includes(variable),
            replacement: replacements.find(([name]) => name === variable)?.[1],
        });
    }
    return {
        type,
        texts,
        slots,
        variables: parsed.variables,
        required,
        needsRegionShort: parsed.variables.includes('region_short') || required.includes('region_short'),
        typeValues: config.resourceTypes[type] ?? {},
        bases: new Map(),
        replacements,
        transforms,
        rules,
        policy: config.validation.onTooLong[type] ?? 'shorten',
        separator: chooseSeparator(rules, config.transformations.hash.separator),
    };
}
function stringOf(layer, key) {
    if (!hasOwn(layer, key))
        return undefined;
    const value = layer[key];
    return typeof value === 'string' ? value : undefined;
}
/** Copies the string values of `layer` into `into`; returns which of region / region_short it set. */
function merge(into, layer) {
    if (layer === undefined)
        return 0;
    let set = 0;
    for (const key of Object.keys(layer)) {
        const value = layer[key];
        if (typeof value !== 'string' || key === '__proto__')
            continue;
        into[key] = value;
        if (key === 'region')
            set |= 1;
        else if (key === 'region_short')
            set |= 2;
    }
    return set;
}
const NO_ENVIRONMENT = '\u0000';
function baseValues(config, compiled, env) {
    const key = env ?? NO_ENVIRONMENT;
    let base = compiled.bases.get(key);
    if (base === undefined) {
        const values = {};
        let regionLayer = UNSET;
        let regionShortLayer = UNSET;
        const layers = [
            [config.defaults, DEFAULTS],
            [env !== undefined && hasOwn(config.environments, env) ? config.environments[env] : undefined, ENVIRONMENT],
            [compiled.typeValues, RESOURCE_TYPE],
        ];
        for (const [layer, level] of layers) {
            const set = merge(values, layer);
            if (set & 1)
                regionLayer = level;
            if (set & 2)
                regionShortLayer = level;
        }
        base = { values, regionLayer, regionShortLayer };
        compiled.bases.set(key, base);
    }
    return base;
}
function missingVariable(type, variable, required, config) {
    return required
        ? {
            code: 'NAMING_MISSING_VARIABLE',
            rule: `validation.required_variables.${type} in ${config.sources.patterns} lists "${variable}"`,
            message: `${type}: the required variable "${variable}" has no value; set it in the resource, the blueprint metadata, naming-values.yaml or with --override ${variable}=…`,
        }
        : {
            code: 'NAMING_MISSING_VARIABLE',
            rule: `every {variable} of the ${type} pattern "${config.patterns[type] ?? _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PATTERNS */ .sz[type]}" has a value`,
            message: `${type}: the pattern "${config.patterns[type] ?? _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PATTERNS */ .sz[type]}" uses {${variable}}, which has no value; set it in the resource, the blueprint metadata, naming-values.yaml or with --override ${variable}=…`,
        };
}
/** Too long and nothing else: the one problem shortening fixes. */
function onlyTooLong(evaluation) {
    return evaluation.tooLong && evaluation.violations.length === 1;
}
/** What the replace_hyphens / lowercase / uppercase transformations make of one variable's value. */
function transformValue(value, transform, replaceHyphens) {
    if (transform.lowercase)
        value = value.toLowerCase();
    if (transform.uppercase)
        value = value.toUpperCase();
    if (replaceHyphens && transform.replacement !== undefined && value.includes('-'))
        value = value.replaceAll('-', transform.replacement);
    return value;
}
/** The highest layer of `layers` that sets `key`, else `below` (the layer the base values had it from). */
function topLayer(layers, key, below) {
    if (stringOf(layers.overrides, key) !== undefined)
        return OVERRIDES;
    if (stringOf(layers.resource, key) !== undefined)
        return RESOURCE;
    if (stringOf(layers.metadata, key) !== undefined)
        return METADATA;
    return below;
}
/**
 * The merged, transformed value of each variable, looked up in the layers when
 * the pattern asks for it. Merging every layer into a fresh object per name
 * (one copy and three merges per resource) was the largest cost of naming in a
 * 10k-resource preview; a name reads only its pattern's few variables.
 */
class ValueLookup {
    compiled;
    config;
    layers;
    base;
    regionShortDerived;
    regionShort;
    replaceHyphens;
    constructor(compiled, config, layers, base, 
    /** Whether region_short is the one derived from the region rather than a layer's. */
    regionShortDerived, 
    /** The derived region_short; undefined when the region has no code. */
    regionShort, 
    /** False for the variant that keeps hyphens replace_hyphens would replace. */
    replaceHyphens = true) {
        this.compiled = compiled;
        this.config = config;
        this.layers = layers;
        this.base = base;
        this.regionShortDerived = regionShortDerived;
        this.regionShort = regionShort;
        this.replaceHyphens = replaceHyphens;
    }
    /** The merged value before transformations (`__proto__` is never a variable, as merge() skips it). */
    raw(variable) {
        if (variable === 'region_short' && this.regionShortDerived)
            return this.regionShort;
        if (variable === '__proto__')
            return undefined;
        const { overrides, resource, metadata } = this.layers;
        return stringOf(overrides, variable) ?? stringOf(resource, variable) ?? stringOf(metadata, variable) ?? stringOf(this.base.values, variable);
    }
    /** The value the pattern sees. `replaced` is set when replace_hyphens changed it. */
    get(variable, replaced) {
        const value = this.raw(variable);
        const transform = this.compiled.transforms.get(variable);
        if (value === undefined || transform === undefined)
            return value;
        const transformed = transformValue(value, transform, this.replaceHyphens);
        if (replaced && this.replaceHyphens && transform.replacement !== undefined && value.includes('-'))
            replaced.hyphens = true;
        return transformed;
    }
    /** Whether the resource layer cannot change the variable's value (overrides or a derived region_short decide it). */
    ignoresResource(variable) {
        return (variable === 'region_short' && this.regionShortDerived) || variable === '__proto__' || stringOf(this.layers.overrides, variable) !== undefined;
    }
    /** The same resolution for other layers that set neither environment, region nor region_short differently. */
    withLayers(layers) {
        const { compiled, config, base, regionShortDerived, regionShort, replaceHyphens } = this;
        return new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort, replaceHyphens);
    }
    /** The same lookup without replace_hyphens. */
    keepingHyphens() {
        const { compiled, config, layers, base, regionShortDerived, regionShort } = this;
        return new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort, false);
    }
    /** Every variable's value as one object (NameResult.values), built the way v1.0 merged them. */
    all() {
        const values = { ...this.base.values };
        merge(values, this.layers.metadata);
        merge(values, this.layers.resource);
        merge(values, this.layers.overrides);
        if (this.regionShortDerived) {
            if (this.regionShort !== undefined)
                values.region_short = this.regionShort;
            else
                delete values.region_short;
        }
        const { transformations } = this.config;
        for (const variable of transformations.lowercase) {
            const value = stringOf(values, variable);
            if (value !== undefined)
                values[variable] = value.toLowerCase();
        }
        for (const variable of transformations.uppercase) {
            const value = stringOf(values, variable);
            if (value !== undefined)
                values[variable] = value.toUpperCase();
        }
        if (this.replaceHyphens) {
            for (const [variable, replacement] of this.compiled.replacements) {
                const value = stringOf(values, variable);
                if (value !== undefined)
                    values[variable] = value.replaceAll('-', replacement);
            }
        }
        return values;
    }
    /** The pattern filled in, for a name every variable of which has a value. */
    fill() {
        const { texts, slots } = this.compiled;
        let out = texts[0] ?? '';
        for (let i = 0; i < slots.length; i++)
            out += (this.get(slots[i] ?? '') ?? '') + (texts[i + 1] ?? '');
        return out;
    }
}
/** A NameResult whose `values` object is built only if someone reads it (see ValueLookup). */
class GeneratedName {
    generated;
    violations;
    #lookup;
    #values;
    constructor(generated, violations, lookup, name) {
        this.generated = generated;
        this.violations = violations;
        this.#lookup = lookup;
        if (name !== undefined)
            this.name = name;
    }
    get values() {
        return (this.#values ??= this.#lookup.all());
    }
}
function resolveLayers(type, layers, config) {
    const compiled = compiledType(config, type);
    // The environment that picks environments[env] is the merged one.
    const env = stringOf(layers.overrides, 'environment') ??
        stringOf(layers.resource, 'environment') ??
        stringOf(layers.metadata, 'environment') ??
        stringOf(compiled.typeValues, 'environment') ??
        stringOf(config.defaults, 'environment');
    const base = baseValues(config, compiled, env);
    const regionLayer = topLayer(layers, 'region', base.regionLayer);
    const regionShortLayer = topLayer(layers, 'region_short', base.regionShortLayer);
    const { transformations } = config;
    // region_short follows the region, unless it was set at or above the layer
    // that set the region (then it was chosen on purpose). Within
    // naming-values.yaml a region listed in region_mapping wins over a
    // region_short of the same layer, as it always did in v1.0.
    const region = stringOf(layers.overrides, 'region') ?? stringOf(layers.resource, 'region') ?? stringOf(layers.metadata, 'region') ?? stringOf(base.values, 'region') ?? '';
    const mapped = regionLayer !== UNSET && regionLayer <= RESOURCE_TYPE && hasOwn(transformations.regionMapping, region);
    const regionShortDerived = regionLayer !== UNSET && (mapped ? regionShortLayer <= regionLayer : regionShortLayer < regionLayer);
    let regionShort;
    let unknownRegion;
    if (regionShortDerived) {
        regionShort = (0,_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .regionCode */ .Gw)(region, transformations.regionMapping);
        if (regionShort === undefined && compiled.needsRegionShort) {
            unknownRegion = {
                code: 'NAMING_UNKNOWN_REGION',
                rule: 'the region is an AWS region or is listed in transformations.region_mapping',
                message: `${type}: ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteName */ .AB)(region)} is not an AWS region dpn knows and is not in transformations.region_mapping of ${config.sources.patterns}; check the spelling or add its short code there`,
            };
        }
    }
    return { compiled, lookup: new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort), unknownRegion };
}
/**
 * Generates the name of one resource: merges values (defaults → environments[env]
 * → resource_types[type] → metadata → resource → overrides), applies
 * transformations, fills the pattern, checks the type's rules, shortens or fails
 * when too long. Pure: no I/O, no clock. `name` is set only when the name
 * breaks no rule.
 */
function generateName(type, layers, config) {
    const { compiled, lookup, unknownRegion } = resolveLayers(type, layers, config);
    const violations = unknownRegion === undefined ? [] : [unknownRegion];
    const regionUnknown = unknownRegion !== undefined;
    let values = lookup;
    const { texts, slots } = compiled;
    const replaced = { hyphens: false };
    let generated = texts[0] ?? '';
    for (let i = 0; i < slots.length; i++) {
        const variable = slots[i] ?? '';
        const value = values.get(variable, replaced);
        if (value === undefined) {
            // An unknown region already explains the missing region_short.
            if (!(regionUnknown && variable === 'region_short') && slots.indexOf(variable) === i) {
                violations.push(missingVariable(type, variable, false, config));
            }
            generated += `{${variable}}`;
        }
        else {
            generated += value;
        }
        generated += texts[i + 1] ?? '';
    }
    for (const variable of compiled.required) {
        const value = values.get(variable);
        if ((value === undefined || value === '') && !(regionUnknown && variable === 'region_short'))
            violations.push(missingVariable(type, variable, true, config));
    }
    if (violations.length > 0)
        return new GeneratedName(generated, violations, values);
    const { rules } = compiled;
    if (rules.isValid(generated))
        return new GeneratedName(generated, violations, values, generated);
    let evaluation = rules.evaluate(generated);
    if (replaced.hyphens && !onlyTooLong(evaluation)) {
        // replace_hyphens applies only where the result stays valid: a rule the
        // type's character set does not show (a ".fifo" suffix, allowed_chars)
        // can still refuse the replacement.
        const original = values.keepingHyphens();
        const alternative = original.fill();
        const alternativeEvaluation = rules.evaluate(alternative);
        if (alternativeEvaluation.violations.length === 0 || onlyTooLong(alternativeEvaluation)) {
            if (alternativeEvaluation.violations.length === 0)
                return new GeneratedName(alternative, violations, original, alternative);
            generated = alternative;
            values = original;
            evaluation = alternativeEvaluation;
        }
    }
    // Shortening fixes only the length; any other broken rule is reported as it is.
    if (!onlyTooLong(evaluation))
        return new GeneratedName(generated, evaluation.violations, values);
    const limit = rules.maxLength ?? Number.POSITIVE_INFINITY;
    const { object } = rules.rules;
    const size = rules.measure(generated);
    const tooLong = (reason) => new GeneratedName(generated, [
        {
            code: 'NAME_TOO_LONG',
            rule: `${object} names are at most ${limit} ${rules.unit} long (${rules.maxLengthSource})`,
            message: `${object} name ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteName */ .AB)(generated)} is ${size} ${rules.unit} long; the limit is ${limit} (${rules.maxLengthSource}) and ${reason}`,
        },
    ], values);
    if (compiled.policy === 'fail')
        return tooLong(`validation.on_too_long for ${type} is fail`);
    const shortened = (0,_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shortenName */ .ty)(generated, { limit, unit: rules.unit, hash: config.transformations.hash, separator: compiled.separator });
    if (shortened === undefined)
        return tooLong('it leaves no room for a hash; raise the limit or shorten the values');
    const recheck = rules.evaluate(shortened);
    if (recheck.violations.length > 0) {
        return new GeneratedName(generated, recheck.violations.map((violation) => ({ ...violation, message: `${violation.message} (after shortening ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteName */ .AB)(generated)} to fit ${limit} ${rules.unit}; check hash_generation prefix and separator)` })), values);
    }
    const result = new GeneratedName(generated, violations, values, shortened);
    result.shortened = { from: generated, limit };
    return result;
}
const NO_RESOURCE = Object.freeze({});
/**
 * Names the resources of one blueprint, whose metadata and overrides layers
 * are the same for all of them (and must not change while it is used): what
 * depends only on those is resolved once per resource type, and a resource's
 * name reads just its own fields on top.
 * Gives exactly generateName's result; a resource that sets its own
 * environment or region, and any name that is not plainly valid (a missing
 * variable, a broken rule, too long), goes through generateName itself.
 */
class BlueprintNaming {
    config;
    metadata;
    overrides;
    prepared = new Map();
    constructor(config, metadata, overrides) {
        this.config = config;
        this.metadata = metadata;
        this.overrides = overrides;
    }
    name(type, resource) {
        const layers = { metadata: this.metadata, resource, overrides: this.overrides };
        const prepared = this.prepare(type);
        if (prepared.shared.unknownRegion !== undefined ||
            stringOf(resource, 'environment') !== undefined ||
            stringOf(resource, 'region') !== undefined ||
            stringOf(resource, 'region_short') !== undefined) {
            return generateName(type, layers, this.config);
        }
        const { compiled } = prepared.shared;
        const { texts } = compiled;
        let generated = texts[0] ?? '';
        for (let i = 0; i < prepared.slots.length; i++) {
            const value = readValue(prepared.slots[i], resource);
            if (value === undefined)
                return generateName(type, layers, this.config);
            generated += value + (texts[i + 1] ?? '');
        }
        for (let i = 0; i < prepared.required.length; i++) {
            const value = readValue(prepared.required[i], resource);
            if (value === undefined || value === '')
                return generateName(type, layers, this.config);
        }
        if (!compiled.rules.isValid(generated))
            return generateName(type, layers, this.config);
        return new GeneratedName(generated, [], prepared.shared.lookup.withLayers(layers), generated);
    }
    prepare(type) {
        let prepared = this.prepared.get(type);
        if (prepared === undefined) {
            const shared = resolveLayers(type, { metadata: this.metadata, resource: NO_RESOURCE, overrides: this.overrides }, this.config);
            const read = (variable) => ({
                variable,
                fixed: shared.lookup.ignoresResource(variable),
                value: shared.lookup.get(variable),
                transform: shared.compiled.transforms.get(variable),
            });
            prepared = { shared, slots: shared.compiled.slots.map(read), required: shared.compiled.required.map(read) };
            this.prepared.set(type, prepared);
        }
        return prepared;
    }
}
/** A variable's value for one resource: its own field, unless the shared layers decide. */
function readValue(read, resource) {
    if (read.fixed)
        return read.value;
    const own = stringOf(resource, read.variable);
    if (own === undefined)
        return read.value;
    return read.transform === undefined ? own : transformValue(own, read.transform, true);
}


/***/ }),

/***/ 3305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g4: () => (/* reexport */ DEFAULT_NAMING_CONFIG),
  kt: () => (/* reexport */ DEFAULT_PATTERNS_DOCUMENT),
  NP: () => (/* reexport */ DEFAULT_VALUES_DOCUMENT),
  nd: () => (/* reexport */ inspectNamingConfig)
});

// UNUSED EXPORTS: AWS_REGION_CODES, BUILT_IN_SOURCE, BlueprintNaming, DEFAULT_PATTERNS, ENGINE_RULES, NamingConfigError, RESOURCE_TYPES, RULES, checkName, describeRules, generateName, isKnownAwsRegion, isResourceType, nameHash, regionCode, resolveNamingConfig, shortenName

// EXTERNAL MODULE: ./src/naming/generate.ts
var generate = __webpack_require__(4233);
// EXTERNAL MODULE: ./src/naming/defaults.ts
var naming_defaults = __webpack_require__(8712);
// EXTERNAL MODULE: ./src/naming/errors.ts
var errors = __webpack_require__(1637);
// EXTERNAL MODULE: ./src/naming/pattern.ts
var pattern = __webpack_require__(5110);
// EXTERNAL MODULE: ./src/naming/regions.ts
var regions = __webpack_require__(9645);
// EXTERNAL MODULE: ./src/naming/rules.ts
var rules = __webpack_require__(5695);
// EXTERNAL MODULE: ./src/naming/shorten.ts
var shorten = __webpack_require__(2041);
// EXTERNAL MODULE: ./src/naming/types.ts
var types = __webpack_require__(8173);
;// CONCATENATED MODULE: ./src/naming/config.ts
// Turns the two v1.0 naming documents (naming-values.yaml, naming-patterns.yaml,
// already parsed and schema-validated) into a NamingConfig, and holds the
// built-in convention used when they are absent. Checks what a JSON Schema
// cannot: pattern syntax, regular expressions, limits the platform overrides.







const BUILT_IN_SOURCE = 'built-in';
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value))
            deepFreeze(child);
    }
    return value;
}
/** naming-values.yaml as dpn ships it (`dpn config init` writes this). */
const DEFAULT_VALUES_DOCUMENT = deepFreeze({
    version: '1.0',
    defaults: { ...naming_defaults/* DEFAULT_VALUES */.LP },
    environments: {
        dev: { ...naming_defaults/* DEFAULT_ENVIRONMENT_VALUES */.vm.dev },
        stg: { ...naming_defaults/* DEFAULT_ENVIRONMENT_VALUES */.vm.stg },
        prd: { ...naming_defaults/* DEFAULT_ENVIRONMENT_VALUES */.vm.prd },
    },
    resource_types: Object.fromEntries(Object.entries(naming_defaults/* DEFAULT_RESOURCE_TYPE_VALUES */.hx).map(([type, values]) => [type, { ...values }])),
});
/** naming-patterns.yaml as dpn ships it (`dpn config init` writes this). */
const DEFAULT_PATTERNS_DOCUMENT = deepFreeze({
    version: '1.0',
    patterns: { ...naming_defaults/* DEFAULT_PATTERNS */.sz },
    transformations: {
        region_mapping: { ...naming_defaults/* DEFAULT_REGION_MAPPING */.sQ },
        lowercase: [...naming_defaults/* DEFAULT_LOWERCASE */.cB],
        replace_hyphens: { ...naming_defaults/* DEFAULT_REPLACE_HYPHENS */.tZ },
        hash_generation: { ...naming_defaults/* DEFAULT_HASH */.Lo },
    },
});
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
class IssueList {
    sources;
    issues = [];
    constructor(sources) {
        this.sources = sources;
    }
    add(severity, document, path, code, message) {
        this.issues.push({ severity, document, source: this.sources[document], path, code, message });
    }
}
/** Own keys of a document object, skipping `__proto__` so a crafted file cannot reach a prototype. */
function entries(value) {
    return Object.keys(value)
        .filter((key) => key !== '__proto__')
        .map((key) => [key, value[key]]);
}
function readValues(raw, path, issues) {
    const values = {};
    if (raw === undefined || raw === null)
        return values;
    if (!isObject(raw)) {
        issues.add('error', 'values', path, 'NAMING_CONFIG_SHAPE', 'must be a map of variable to value');
        return values;
    }
    for (const [key, value] of entries(raw)) {
        if (typeof value === 'string')
            values[key] = value;
        else if (typeof value === 'number' || typeof value === 'boolean')
            values[key] = String(value);
        else if (value !== null && value !== undefined)
            issues.add('error', 'values', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be a string');
    }
    return values;
}
function readTypeMap(raw, document, path, issues, read) {
    const out = {};
    if (raw === undefined || raw === null)
        return out;
    if (!isObject(raw)) {
        issues.add('error', document, path, 'NAMING_CONFIG_SHAPE', 'must be a map keyed by resource type');
        return out;
    }
    for (const [key, value] of entries(raw)) {
        if (!(0,types/* isResourceType */.V)(key)) {
            issues.add('warning', document, [...path, key], 'NAMING_CONFIG_UNKNOWN_TYPE', `"${key}" is not a resource type; it is ignored`);
            continue;
        }
        const read_ = read(value, [...path, key]);
        if (read_ !== undefined)
            out[key] = read_;
    }
    return out;
}
function readStringList(raw, path, issues) {
    if (raw === undefined || raw === null)
        return [];
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a list of variable names');
        return [];
    }
    return [...raw];
}
function readStringMap(raw, path, issues) {
    const out = {};
    if (raw === undefined || raw === null)
        return out;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map');
        return out;
    }
    for (const [key, value] of entries(raw)) {
        if (typeof value === 'string')
            out[key] = value;
        else
            issues.add('error', 'patterns', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be a string');
    }
    return out;
}
function readHash(raw, issues) {
    const path = ['transformations', 'hash_generation'];
    const hash = { ...naming_defaults/* DEFAULT_HASH */.Lo };
    if (raw === undefined || raw === null)
        return hash;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map');
        return hash;
    }
    if (raw.algorithm !== undefined) {
        if (raw.algorithm === 'md5' || raw.algorithm === 'sha256')
            hash.algorithm = raw.algorithm;
        else
            issues.add('error', 'patterns', [...path, 'algorithm'], 'NAMING_CONFIG_SHAPE', 'must be md5 or sha256');
    }
    if (raw.length !== undefined) {
        if (typeof raw.length === 'number' && Number.isInteger(raw.length) && raw.length >= 4 && raw.length <= 64)
            hash.length = raw.length;
        else
            issues.add('error', 'patterns', [...path, 'length'], 'NAMING_CONFIG_SHAPE', 'must be a whole number from 4 to 64');
    }
    if (raw.prefix !== undefined) {
        if (typeof raw.prefix === 'string' && [...raw.prefix].length <= 2)
            hash.prefix = raw.prefix;
        else
            issues.add('error', 'patterns', [...path, 'prefix'], 'NAMING_CONFIG_SHAPE', 'must be at most 2 characters');
    }
    if (raw.separator !== undefined) {
        if (typeof raw.separator === 'string' && [...raw.separator].length <= 1)
            hash.separator = raw.separator;
        else
            issues.add('error', 'patterns', [...path, 'separator'], 'NAMING_CONFIG_SHAPE', 'must be at most 1 character');
    }
    if ((0,shorten/* effectiveHashLength */.ES)(hash) < hash.length) {
        issues.add('warning', 'patterns', [...path, 'length'], 'NAMING_CONFIG_HASH_LENGTH', `${hash.algorithm} gives ${(0,shorten/* effectiveHashLength */.ES)(hash)} hex characters; the hash is ${(0,shorten/* effectiveHashLength */.ES)(hash)} long, not ${hash.length}`);
    }
    return hash;
}
function readValidation(raw, issues) {
    const validation = { maxLength: {}, allowedChars: {}, requiredVariables: {}, onTooLong: {} };
    if (raw === undefined || raw === null)
        return validation;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', ['validation'], 'NAMING_CONFIG_SHAPE', 'must be a map');
        return validation;
    }
    validation.maxLength = readTypeMap(raw.max_length, 'patterns', ['validation', 'max_length'], issues, (value, path) => {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a whole number of at least 1');
            return undefined;
        }
        const type = path[path.length - 1];
        const platform = rules/* RULES */.y0[type].length;
        if (platform.max !== undefined && value > platform.max) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_MAX_LENGTH_IGNORED', `${value} is above the ${rules/* RULES */.y0[type].object} limit of ${platform.max}; the platform limit applies (validation can only tighten it)`);
            return undefined;
        }
        if (value < platform.min) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_MAX_LENGTH_TOO_SMALL', `${value} is below the ${rules/* RULES */.y0[type].object} minimum of ${platform.min}; no name of this type can be valid`);
        }
        return value;
    });
    validation.allowedChars = readTypeMap(raw.allowed_chars, 'patterns', ['validation', 'allowed_chars'], issues, (value, path) => {
        if (typeof value !== 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a regular expression (a string)');
            return undefined;
        }
        const compiled = (0,rules/* compileAllowedChars */.vS)(value);
        if (typeof compiled === 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_REGEX', compiled);
            return undefined;
        }
        return value;
    });
    validation.requiredVariables = readTypeMap(raw.required_variables, 'patterns', ['validation', 'required_variables'], issues, (value, path) => readStringList(value, path, issues));
    if (raw.on_too_long !== undefined && raw.on_too_long !== null) {
        const path = ['validation', 'on_too_long'];
        if (!isObject(raw.on_too_long)) {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map of resource type (or "*") to shorten or fail');
        }
        else {
            let fallback;
            for (const [key, value] of entries(raw.on_too_long)) {
                if (value !== 'shorten' && value !== 'fail') {
                    issues.add('error', 'patterns', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be shorten or fail');
                }
                else if (key === '*') {
                    fallback = value;
                }
                else if ((0,types/* isResourceType */.V)(key)) {
                    validation.onTooLong[key] = value;
                }
                else {
                    issues.add('warning', 'patterns', [...path, key], 'NAMING_CONFIG_UNKNOWN_TYPE', `"${key}" is not a resource type; it is ignored`);
                }
            }
            if (fallback !== undefined) {
                for (const type of types/* RESOURCE_TYPES */.R)
                    validation.onTooLong[type] ??= fallback;
            }
        }
    }
    return validation;
}
function checkRegionCodes(mapping, issues) {
    const owner = new Map();
    const all = { ...regions/* AWS_REGION_CODES */.ef, ...mapping };
    for (const [region, code] of Object.entries(all)) {
        const other = owner.get(code);
        if (other !== undefined) {
            const configured = Object.hasOwn(mapping, region) ? region : other;
            issues.add('warning', 'patterns', ['transformations', 'region_mapping', configured], 'NAMING_CONFIG_REGION_CODE_CLASH', `${other} and ${region} both get the code "${code}", so their names can collide`);
        }
        else {
            owner.set(code, region);
        }
    }
}
/**
 * Reads both documents and reports every problem without throwing: for
 * `dpn config validate`. A document left out (undefined) is the built-in one.
 */
function inspectNamingConfig(values, patterns, sources) {
    const src = {
        values: values === undefined ? BUILT_IN_SOURCE : (sources?.values ?? BUILT_IN_SOURCE),
        patterns: patterns === undefined ? BUILT_IN_SOURCE : (sources?.patterns ?? BUILT_IN_SOURCE),
    };
    const issues = new IssueList(src);
    const valuesDoc = isObject(values ?? DEFAULT_VALUES_DOCUMENT) ? (values ?? DEFAULT_VALUES_DOCUMENT) : {};
    const patternsDoc = isObject(patterns ?? DEFAULT_PATTERNS_DOCUMENT) ? (patterns ?? DEFAULT_PATTERNS_DOCUMENT) : {};
    if (values !== undefined && !isObject(values))
        issues.add('error', 'values', [], 'NAMING_CONFIG_SHAPE', 'must be a map');
    if (patterns !== undefined && !isObject(patterns))
        issues.add('error', 'patterns', [], 'NAMING_CONFIG_SHAPE', 'must be a map');
    // Values: a given document stands alone, as in v1.0 (a section it leaves out is empty).
    const defaults = readValues(valuesDoc.defaults, ['defaults'], issues);
    const environments = {};
    if (isObject(valuesDoc.environments)) {
        for (const [env, raw] of entries(valuesDoc.environments))
            environments[env] = readValues(raw, ['environments', env], issues);
    }
    else if (valuesDoc.environments !== undefined && valuesDoc.environments !== null) {
        issues.add('error', 'values', ['environments'], 'NAMING_CONFIG_SHAPE', 'must be a map of environment to values');
    }
    const resourceTypes = readTypeMap(valuesDoc.resource_types, 'values', ['resource_types'], issues, (raw, path) => readValues(raw, path, issues));
    // Patterns: a type left out keeps its built-in pattern.
    const patternMap = { ...naming_defaults/* DEFAULT_PATTERNS */.sz };
    const givenPatterns = readTypeMap(patternsDoc.patterns, 'patterns', ['patterns'], issues, (raw, path) => {
        if (typeof raw !== 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a string');
            return undefined;
        }
        const parsed = (0,pattern/* parsePattern */.E)(raw);
        if (typeof parsed === 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_PATTERN', parsed);
            return undefined;
        }
        if (parsed.variables.length === 0) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_CONSTANT_PATTERN', 'has no {variable}: every resource of this type gets the same name');
        }
        return raw;
    });
    Object.assign(patternMap, givenPatterns);
    // Transformations: a given document's section stands alone, as in v1.0; the
    // built-in region table always applies under region_mapping.
    const rawTransformations = patternsDoc.transformations;
    const transformations = isObject(rawTransformations) ? rawTransformations : {};
    if (rawTransformations !== undefined && rawTransformations !== null && !isObject(rawTransformations)) {
        issues.add('error', 'patterns', ['transformations'], 'NAMING_CONFIG_SHAPE', 'must be a map');
    }
    const regionMapping = readStringMap(transformations.region_mapping, ['transformations', 'region_mapping'], issues);
    checkRegionCodes(regionMapping, issues);
    const replaceHyphens = readStringMap(transformations.replace_hyphens, ['transformations', 'replace_hyphens'], issues);
    const config = {
        defaults,
        environments,
        resourceTypes,
        patterns: patternMap,
        transformations: {
            regionMapping,
            lowercase: readStringList(transformations.lowercase, ['transformations', 'lowercase'], issues),
            uppercase: readStringList(transformations.uppercase, ['transformations', 'uppercase'], issues),
            replaceHyphens,
            hash: readHash(transformations.hash_generation, issues),
        },
        validation: readValidation(patternsDoc.validation, issues),
        sources: src,
    };
    const hasError = issues.issues.some((issue) => issue.severity === 'error');
    return hasError ? { issues: issues.issues } : { config, issues: issues.issues };
}
/**
 * The NamingConfig of two parsed v1.0 documents (either may be left out for
 * the built-in one). Throws NamingConfigError listing every error; warnings
 * are available from inspectNamingConfig.
 */
function resolveNamingConfig(values, patterns, sources) {
    const { config, issues } = inspectNamingConfig(values, patterns, sources);
    if (config === undefined)
        throw new errors/* NamingConfigError */.j(issues.filter((issue) => issue.severity === 'error'));
    return config;
}
/** The built-in convention (frozen: derive a new config rather than editing it). */
const DEFAULT_NAMING_CONFIG = deepFreeze(resolveNamingConfig());

;// CONCATENATED MODULE: ./src/naming/index.ts










/***/ }),

/***/ 5110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parsePattern)
/* harmony export */ });
// Name templates: `{variable}` placeholders in literal text, parsed once into
// segments. `{{` and `}}` stand for literal braces, as in Python's str.format,
// which dpn v1.0 used to fill patterns.
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Parses a pattern, or returns a message saying what is wrong with it. */
function parsePattern(pattern) {
    const segments = [];
    const variables = [];
    let text = '';
    let i = 0;
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === '{') {
            if (pattern[i + 1] === '{') {
                text += '{';
                i += 2;
                continue;
            }
            const close = pattern.indexOf('}', i + 1);
            if (close < 0)
                return `unclosed "{" at character ${i + 1}`;
            const name = pattern.slice(i + 1, close);
            if (!VARIABLE.test(name))
                return `"{${name}}" is not a placeholder: use {name} with letters, digits and "_"`;
            if (text !== '')
                segments.push({ text });
            text = '';
            segments.push({ variable: name });
            if (!variables.includes(name))
                variables.push(name);
            i = close + 1;
        }
        else if (ch === '}') {
            if (pattern[i + 1] !== '}')
                return `unmatched "}" at character ${i + 1} (write "}}" for a literal brace)`;
            text += '}';
            i += 2;
        }
        else {
            text += ch;
            i += 1;
        }
    }
    if (text !== '')
        segments.push({ text });
    return { segments, variables };
}


/***/ }),

/***/ 9645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ regionCode),
/* harmony export */   ef: () => (/* binding */ AWS_REGION_CODES),
/* harmony export */   fT: () => (/* binding */ isKnownAwsRegion)
/* harmony export */ });
/* unused harmony exports REGION_CODE_EXCEPTIONS, schemeRegionCode */
// AWS region short codes (the `region_short` variable). Every AWS region has its
// own code out of the box; v1.0 gave any region it did not list the code of
// us-east-1, so an eu-west-3 bucket was named …-use1.
//
// The scheme: <area><direction><number>.
//   area       the region's first part (us, eu, ap, ca, sa, af, me, il, mx, cn);
//              GovCloud us-gov → usg; European Sovereign Cloud eusc-de → euscde
//   direction  east e, west w, north n, south s, central c,
//              northeast ne, northwest nw, southeast se, southwest sw
//   number     the region's number
// Two exceptions keep the codes v1.0 shipped: ap-southeast-1 aps1 and
// ap-southeast-2 aps2 (v1.0 shortened southeast to s). The scheme would give
// ap-south-1/2 those very codes, so Asia Pacific's south regions spell south
// "so": ap-south-1 apso1, ap-south-2 apso2. A test checks that every code is
// distinct and that every other region follows the scheme.
const AWS_REGION_CODES = Object.freeze({
    // United States
    'us-east-1': 'use1',
    'us-east-2': 'use2',
    'us-west-1': 'usw1',
    'us-west-2': 'usw2',
    // AWS GovCloud (US)
    'us-gov-east-1': 'usge1',
    'us-gov-west-1': 'usgw1',
    // Canada, Mexico, South America
    'ca-central-1': 'cac1',
    'ca-west-1': 'caw1',
    'mx-central-1': 'mxc1',
    'sa-east-1': 'sae1',
    // Europe
    'eu-central-1': 'euc1',
    'eu-central-2': 'euc2',
    'eu-west-1': 'euw1',
    'eu-west-2': 'euw2',
    'eu-west-3': 'euw3',
    'eu-north-1': 'eun1',
    'eu-south-1': 'eus1',
    'eu-south-2': 'eus2',
    // AWS European Sovereign Cloud
    'eusc-de-east-1': 'euscdee1',
    // Africa, Middle East
    'af-south-1': 'afs1',
    'il-central-1': 'ilc1',
    'me-central-1': 'mec1',
    'me-south-1': 'mes1',
    // Asia Pacific
    'ap-east-1': 'ape1',
    'ap-east-2': 'ape2',
    'ap-south-1': 'apso1',
    'ap-south-2': 'apso2',
    'ap-southeast-1': 'aps1',
    'ap-southeast-2': 'aps2',
    'ap-southeast-3': 'apse3',
    'ap-southeast-4': 'apse4',
    'ap-southeast-5': 'apse5',
    'ap-southeast-6': 'apse6',
    'ap-southeast-7': 'apse7',
    'ap-northeast-1': 'apne1',
    'ap-northeast-2': 'apne2',
    'ap-northeast-3': 'apne3',
    // China
    'cn-north-1': 'cnn1',
    'cn-northwest-1': 'cnnw1',
});
/** Regions whose code is not the scheme's (see the top of this file). */
const REGION_CODE_EXCEPTIONS = Object.freeze({
    'ap-southeast-1': 'aps1',
    'ap-southeast-2': 'aps2',
    'ap-south-1': 'apso1',
    'ap-south-2': 'apso2',
});
const AREAS = { 'us-gov': 'usg', 'eusc-de': 'euscde' };
const DIRECTIONS = {
    east: 'e',
    west: 'w',
    north: 'n',
    south: 's',
    central: 'c',
    northeast: 'ne',
    northwest: 'nw',
    southeast: 'se',
    southwest: 'sw',
};
/** The code the scheme gives a region name, or undefined when the name does not fit the scheme. */
function schemeRegionCode(region) {
    const match = /^([a-z]+(?:-[a-z]+)?)-([a-z]+)-(\d+)$/.exec(region);
    if (!match)
        return undefined;
    const [, areaPart = '', directionPart = '', number = ''] = match;
    const area = areaPart.includes('-') ? AREAS[areaPart] : areaPart;
    const direction = Object.hasOwn(DIRECTIONS, directionPart) ? DIRECTIONS[directionPart] : undefined;
    if (area === undefined || direction === undefined)
        return undefined;
    return `${area}${direction}${number}`;
}
function isKnownAwsRegion(region) {
    return Object.hasOwn(AWS_REGION_CODES, region);
}
/**
 * The short code of a region: the configured `region_mapping` first, then the
 * built-in table; undefined for a region neither knows (never a default).
 */
function regionCode(region, mapping = {}) {
    if (Object.hasOwn(mapping, region))
        return mapping[region];
    if (Object.hasOwn(AWS_REGION_CODES, region))
        return AWS_REGION_CODES[region];
    return undefined;
}


/***/ }),

/***/ 5695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteName),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   nb: () => (/* binding */ compileRules),
/* harmony export */   vS: () => (/* binding */ compileAllowedChars),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony exports ENGINE_RULES, describeRules, measureCharacters, measureBytes, hasUnsafeRepetition */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1637);
// What each platform accepts as a name, per resource type, with a stable code
// per rule (RULES.md, and the AWS / Databricks documentation for the types
// RULES.md does not list). The YAML `validation` section may only tighten
// these rules: a `max_length` above the platform limit is ignored (the
// platform wins; lintNamingConfig warns), `allowed_chars` is checked in
// addition to the platform's character set.


const NO_CONTROL = '[^\\u0000-\\u001f\\u007f]';
function length(code, object, min, max, unit = 'characters') {
    const rule = max === undefined
        ? `${object} names are at least ${min} ${min === 1 ? 'character' : 'characters'} long (no documented maximum)`
        : `${object} names are ${min}–${max} ${unit} long`;
    return max === undefined ? { code, rule, min, unit } : { code, rule, min, max, unit };
}
function charset(code, rule, chars) {
    return { code, rule, chars };
}
function noControl(code, object) {
    return charset(code, `${object} names contain no control characters`, NO_CONTROL);
}
const S3_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const S3_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
const S3_CHECKS = [
    {
        code: 'S3_START_END',
        rule: 'S3 bucket names start and end with a lowercase letter or a digit',
        find: (name) => (/^[a-z0-9](?:.*[a-z0-9])?$/su.test(name) ? undefined : 'it starts or ends with another character'),
    },
    {
        code: 'S3_DOUBLE_DOT',
        rule: 'S3 bucket names contain no two adjacent periods',
        find: (name) => (name.includes('..') ? 'it contains ".."' : undefined),
    },
    {
        code: 'S3_IP_ADDRESS',
        rule: 'S3 bucket names are not formatted as an IP address',
        find: (name) => (/^\d+\.\d+\.\d+\.\d+$/.test(name) ? 'it looks like an IPv4 address' : undefined),
    },
    {
        code: 'S3_RESERVED_PREFIX',
        rule: `S3 bucket names do not start with ${S3_RESERVED_PREFIXES.map((p) => `"${p}"`).join(', ')}`,
        find: (name) => {
            const prefix = S3_RESERVED_PREFIXES.find((p) => name.startsWith(p));
            return prefix === undefined ? undefined : `it starts with the reserved prefix "${prefix}"`;
        },
    },
    {
        code: 'S3_RESERVED_SUFFIX',
        rule: `S3 bucket names do not end with ${S3_RESERVED_SUFFIXES.map((s) => `"${s}"`).join(', ')}`,
        find: (name) => {
            const suffix = S3_RESERVED_SUFFIXES.find((s) => name.endsWith(s));
            return suffix === undefined ? undefined : `it ends with the reserved suffix "${suffix}"`;
        },
    },
];
const GLUE_SOURCE = 'Glue API DatabaseInput / TableInput; Athena guide, names of tables, databases and columns';
const GLUE_CHECKS = [
    {
        code: 'GLUE_START',
        rule: 'Glue database and table names start with a lowercase letter (Athena needs quoting for a leading digit or underscore)',
        find: (name) => (/^[a-z]/.test(name) ? undefined : 'it does not start with a lowercase letter'),
    },
];
function glue(type, object) {
    return {
        type,
        object,
        source: GLUE_SOURCE,
        length: length('GLUE_LENGTH', object, 1, 255),
        charset: charset('GLUE_CHARSET', `${object} names use only lowercase letters, digits and "_" (Glue stores names lowercase; Athena accepts no other characters)`, '[a-z0-9_]'),
        checks: GLUE_CHECKS,
        identifier: true,
    };
}
const UC_SOURCE = 'Databricks SQL reference, names';
const UC_CHECKS = [
    {
        code: 'UC_LOWERCASE',
        rule: 'Unity Catalog names are lowercase (Unity Catalog stores names lowercase, so an uppercase name would never match what is stored)',
        find: (name) => (name === name.toLowerCase() ? undefined : 'it contains uppercase letters'),
    },
];
function unityCatalog(type, object) {
    return {
        type,
        object,
        source: UC_SOURCE,
        length: length('UC_LENGTH', object, 1, 255),
        charset: charset('UC_CHARSET', `${object} names contain no ".", space, "/", control characters or DEL`, '[^. /\\u0000-\\u001f\\u007f]'),
        checks: UC_CHECKS,
        identifier: true,
    };
}
function fifoDot(code, object) {
    return {
        code,
        rule: `${object} names contain a "." only in the ".fifo" suffix of a FIFO ${object.split(' ').pop() ?? ''}`,
        find: (name) => (name.replace(/\.fifo$/, '').includes('.') ? 'it contains "." outside a ".fifo" suffix' : undefined),
    };
}
function plain(type, object, source, lengthRule, charsetRule, checks = []) {
    return { type, object, source, length: lengthRule, charset: charsetRule, checks, identifier: false };
}
const RULE_LIST = [
    {
        type: 'aws_s3_bucket',
        object: 'S3 bucket',
        source: 'AWS S3 user guide, general purpose bucket naming rules',
        length: length('S3_LENGTH', 'S3 bucket', 3, 63),
        charset: charset('S3_CHARSET', 'S3 bucket names use only lowercase letters, digits, "." and "-"', '[a-z0-9.\\-]'),
        checks: S3_CHECKS,
        identifier: false,
    },
    glue('aws_glue_database', 'Glue database'),
    glue('aws_glue_table', 'Glue table'),
    plain('aws_glue_crawler', 'Glue crawler', 'Glue API CreateCrawler (Name: single-line string, 1–255)', length('GLUE_CRAWLER_LENGTH', 'Glue crawler', 1, 255), charset('GLUE_CRAWLER_CHARSET', 'Glue crawler names are a single line: no control characters other than tab', '[\\t\\u0020-\\ud7ff\\ue000-\\ufffd\\u{10000}-\\u{10ffff}]')),
    plain('aws_lambda_function', 'Lambda function', 'Lambda API CreateFunction (FunctionName)', length('LAMBDA_LENGTH', 'Lambda function', 1, 64), charset('LAMBDA_CHARSET', 'Lambda function names use only letters, digits, "-" and "_"', '[A-Za-z0-9_\\-]')),
    plain('aws_iam_role', 'IAM role', 'IAM API CreateRole (RoleName)', length('IAM_ROLE_LENGTH', 'IAM role', 1, 64), charset('IAM_ROLE_CHARSET', 'IAM role names use only letters, digits and "+ = , . @ _ -"', '[A-Za-z0-9+=,.@_\\-]')),
    plain('aws_iam_policy', 'IAM policy', 'IAM API CreatePolicy (PolicyName)', length('IAM_POLICY_LENGTH', 'IAM policy', 1, 128), charset('IAM_POLICY_CHARSET', 'IAM policy names use only letters, digits and "+ = , . @ _ -"', '[A-Za-z0-9+=,.@_\\-]')),
    plain('aws_kinesis_stream', 'Kinesis stream', 'Kinesis Data Streams API CreateStream (StreamName)', length('KINESIS_LENGTH', 'Kinesis stream', 1, 128), charset('KINESIS_CHARSET', 'Kinesis stream names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_kinesis_firehose', 'Firehose stream', 'Data Firehose API CreateDeliveryStream (DeliveryStreamName)', length('FIREHOSE_LENGTH', 'Firehose stream', 1, 64), charset('FIREHOSE_CHARSET', 'Firehose stream names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_dynamodb_table', 'DynamoDB table', 'DynamoDB developer guide, naming rules', length('DDB_LENGTH', 'DynamoDB table', 3, 255), charset('DDB_CHARSET', 'DynamoDB table names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_sns_topic', 'SNS topic', 'SNS API CreateTopic (Name)', length('SNS_LENGTH', 'SNS topic', 1, 256), charset('SNS_CHARSET', 'SNS topic names use only letters, digits, "_" and "-" (and ".fifo" at the end of a FIFO topic)', '[A-Za-z0-9_.\\-]'), [fifoDot('SNS_FIFO_SUFFIX', 'SNS topic')]),
    plain('aws_sqs_queue', 'SQS queue', 'SQS API CreateQueue (QueueName)', length('SQS_LENGTH', 'SQS queue', 1, 80), charset('SQS_CHARSET', 'SQS queue names use only letters, digits, "_" and "-" (and ".fifo" at the end of a FIFO queue)', '[A-Za-z0-9_.\\-]'), [fifoDot('SQS_FIFO_SUFFIX', 'SQS queue')]),
    plain('aws_step_function', 'Step Functions state machine', 'Step Functions API CreateStateMachine (name)', length('SFN_LENGTH', 'Step Functions state machine', 1, 80), charset('SFN_CHARSET', 'Step Functions state machine names contain no whitespace, brackets < > { } [ ], wildcards ? *, special characters " # % \\ ^ | ~ ` $ & , ; : / or control characters', '[^\\s<>{}\\[\\]?*"#%\\\\^|~`$&,;:/\\u0000-\\u001f\\u007f-\\u009f]')),
    plain('dbx_workspace', 'Databricks workspace', 'Databricks Account API, create workspace (workspace_name)', length('DBX_WORKSPACE_LENGTH', 'Databricks workspace', 1, undefined), noControl('DBX_WORKSPACE_CHARSET', 'Databricks workspace')),
    plain('dbx_cluster', 'Databricks cluster', 'Clusters API create (cluster_name: no documented limit, not unique)', length('DBX_CLUSTER_LENGTH', 'Databricks cluster', 1, undefined), noControl('DBX_CLUSTER_CHARSET', 'Databricks cluster')),
    plain('dbx_job', 'Databricks job', 'Jobs API create (name: at most 4096 bytes UTF-8, not unique)', length('DBX_JOB_LENGTH', 'Databricks job', 1, 4096, 'bytes'), noControl('DBX_JOB_CHARSET', 'Databricks job')),
    plain('dbx_notebook_path', 'Databricks notebook path', 'Workspace API (absolute paths beginning with "/")', length('DBX_PATH_LENGTH', 'Databricks notebook path', 2, undefined), noControl('DBX_PATH_CHARSET', 'Databricks notebook path'), [
        {
            code: 'DBX_PATH_ABSOLUTE',
            rule: 'Databricks notebook paths are absolute: they begin with "/"',
            find: (name) => (name.startsWith('/') ? undefined : 'it does not begin with "/"'),
        },
        {
            code: 'DBX_PATH_SEGMENTS',
            rule: 'Databricks notebook paths have no empty, "." or ".." segment and do not end with "/"',
            find: (name) => {
                const segments = name.split('/').slice(1);
                const bad = segments.find((segment) => segment === '' || segment === '.' || segment === '..');
                return bad === undefined ? undefined : bad === '' ? 'it has an empty segment ("//" or a trailing "/")' : `it has a "${bad}" segment`;
            },
        },
    ]),
    plain('dbx_repo', 'Databricks repo', 'Repos API (a repo is a folder of the workspace)', length('DBX_REPO_LENGTH', 'Databricks repo', 1, undefined), charset('DBX_REPO_CHARSET', 'Databricks repo names contain no "/" or control characters', '[^/\\u0000-\\u001f\\u007f]')),
    plain('dbx_pipeline', 'Databricks pipeline', 'Pipelines API create (name)', length('DBX_PIPELINE_LENGTH', 'Databricks pipeline', 1, undefined), noControl('DBX_PIPELINE_CHARSET', 'Databricks pipeline')),
    plain('dbx_sql_warehouse', 'Databricks SQL warehouse', 'SQL Warehouses API create (name: under 100 characters)', length('DBX_WAREHOUSE_LENGTH', 'Databricks SQL warehouse', 1, 99), noControl('DBX_WAREHOUSE_CHARSET', 'Databricks SQL warehouse')),
    unityCatalog('dbx_catalog', 'Unity Catalog catalog'),
    unityCatalog('dbx_schema', 'Unity Catalog schema'),
    unityCatalog('dbx_table', 'Unity Catalog table'),
    unityCatalog('dbx_volume', 'Unity Catalog volume'),
    plain('dbx_secret_scope', 'Databricks secret scope', 'Secrets API create-scope (scope: alphanumerics, "-", "_", "@", "."; at most 128)', length('DBX_SECRET_SCOPE_LENGTH', 'Databricks secret scope', 1, 128), charset('DBX_SECRET_SCOPE_CHARSET', 'Databricks secret scope names use only letters, digits, "-", "_", "@" and "."', '[A-Za-z0-9_.@\\-]')),
    plain('dbx_instance_pool', 'Databricks instance pool', 'Instance Pools API create (instance_pool_name: 1–100 characters)', length('DBX_POOL_LENGTH', 'Databricks instance pool', 1, 100), noControl('DBX_POOL_CHARSET', 'Databricks instance pool')),
    plain('dbx_policy', 'Databricks cluster policy', 'Cluster Policies API create (name: 1–100 characters)', length('DBX_POLICY_LENGTH', 'Databricks cluster policy', 1, 100), noControl('DBX_POLICY_CHARSET', 'Databricks cluster policy')),
];
/** The platform rules of every resource type. */
const RULES = Object.freeze(Object.fromEntries(RULE_LIST.map((rules) => [rules.type, Object.freeze(rules)])));
/** Rules of the naming engine itself (not of a platform); their codes are stable too. */
const ENGINE_RULES = Object.freeze([
    { type: '*', code: 'NAMING_MISSING_VARIABLE', rule: 'Every {variable} of the pattern, and every variable in validation.required_variables, has a value', source: 'naming-patterns.yaml' },
    { type: '*', code: 'NAMING_UNKNOWN_REGION', rule: 'The region is an AWS region or is listed in transformations.region_mapping, so region_short has a code', source: 'naming-patterns.yaml transformations.region_mapping' },
    { type: '*', code: 'NAME_TOO_LONG', rule: 'A name longer than its limit is shortened with a hash of the full name, or refused when validation.on_too_long says fail for its type', source: 'naming-patterns.yaml validation.on_too_long' },
    { type: '*', code: 'NAMING_MAX_LENGTH', rule: 'The name is no longer than validation.max_length for its type (which can only lower the platform limit)', source: 'naming-patterns.yaml validation.max_length' },
    { type: '*', code: 'NAMING_ALLOWED_CHARS', rule: 'The whole name matches validation.allowed_chars for its type (checked in addition to the platform rules)', source: 'naming-patterns.yaml validation.allowed_chars' },
]);
/** The whole rule table, one row per rule, for documentation generated from code. */
function describeRules() {
    const rows = [];
    for (const type of RESOURCE_TYPES) {
        const rules = RULES[type];
        const lengthRow = { type, code: rules.length.code, rule: rules.length.rule, source: rules.source, minLength: rules.length.min, unit: rules.length.unit };
        if (rules.length.max !== undefined)
            lengthRow.maxLength = rules.length.max;
        rows.push(lengthRow);
        rows.push({ type, code: rules.charset.code, rule: rules.charset.rule, source: rules.source, chars: rules.charset.chars });
        for (const check of rules.checks)
            rows.push({ type, code: check.code, rule: check.rule, source: rules.source });
    }
    for (const row of ENGINE_RULES)
        rows.push({ ...row });
    return rows;
}
const SURROGATE = /[\ud800-\udfff]/;
function measureCharacters(name) {
    if (!SURROGATE.test(name))
        return name.length;
    let count = 0;
    for (const _ of name)
        count++;
    return count;
}
function measureBytes(name) {
    return Buffer.byteLength(name, 'utf8');
}
const QUANTIFIER_AT = /^(?:[+*]|\{\d+,\d*\})/;
const QUANTIFIER_IN = /(?:^|[^\\])(?:[+*]|\{\d+,\d*\})/;
/**
 * Whether a repeated group's body starts with a literal that nothing else in
 * the body can match, as in `(\.[a-z0-9]+)*`: each repetition then begins at
 * a fixed character and matching stays linear.
 */
function anchoredRepetition(body) {
    const inner = body.replace(/^\?(?::|<?[=!]|<[A-Za-z]\w*>)/, '');
    const lead = /^(?:\\([^A-Za-z0-9])|([A-Za-z0-9_\-@,=:;/#%&~'"<> !]))/.exec(inner);
    if (!lead)
        return false;
    const literal = lead[1] ?? lead[2] ?? '';
    const rest = inner.slice(lead[0].length);
    if (/^[+*?{]/.test(rest) || rest.includes('|') || rest.includes('('))
        return false;
    // Every other piece of the body (class, escape, wildcard, character) must be unable to match the literal.
    for (const token of rest.match(/\[(?:\\.|[^\]\\])*\]|\\[pP]\{[^}]*\}|\\.|[\s\S]/gu) ?? []) {
        if (token === '+' || token === '*' || token === '?')
            continue;
        try {
            if (new RegExp(`^(?:${token})$`, 'u').test(literal))
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
/**
 * A repeated group whose body repeats too, such as (a+)+, can take exponential
 * time on a name that almost matches; PR previews run configuration from forks.
 */
function hasUnsafeRepetition(pattern) {
    const opens = [];
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            continue;
        }
        if (ch === '[')
            inClass = true;
        else if (ch === '(')
            opens.push(i);
        else if (ch === ')') {
            const open = opens.pop();
            if (open === undefined)
                continue;
            const body = pattern.slice(open + 1, i);
            if (QUANTIFIER_AT.test(pattern.slice(i + 1)) && QUANTIFIER_IN.test(body) && !anchoredRepetition(body))
                return true;
        }
    }
    return false;
}
/**
 * Compiles a `validation.allowed_chars` expression to match the whole name.
 * Returns, instead of a RegExp, a message saying why the expression cannot be used.
 */
function compileAllowedChars(pattern) {
    if (pattern.length > 1000)
        return 'the expression is longer than 1000 characters';
    if (hasUnsafeRepetition(pattern))
        return 'the expression repeats a group that itself repeats, which can take exponential time; simplify it';
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch {
        try {
            // Python-style classes such as [a-zA-Z0-9-_] are fine without the u flag.
            return new RegExp(`^(?:${pattern})$`);
        }
        catch (error) {
            return `not a valid regular expression (${error.message})`;
        }
    }
}
const compiledByConfig = new WeakMap();
const platformOnly = new Map();
/** The compiled rules of a type under a configuration (cached by configuration identity). */
function compileRules(type, config) {
    let cache;
    if (config === undefined) {
        cache = platformOnly;
    }
    else {
        let found = compiledByConfig.get(config);
        if (found === undefined) {
            found = new Map();
            compiledByConfig.set(config, found);
        }
        cache = found;
    }
    let compiled = cache.get(type);
    if (compiled === undefined) {
        compiled = buildRules(type, config);
        cache.set(type, compiled);
    }
    return compiled;
}
const SHOWN = 120;
/** A name for a message: quoted with escapes, and cut short when very long so a message stays readable. */
function quoteName(name) {
    if (name.length <= SHOWN)
        return JSON.stringify(name);
    return `${JSON.stringify(name.slice(0, SHOWN - 20)).slice(0, -1)}…" (${measureCharacters(name)} characters)`;
}
const quote = quoteName;
function buildRules(type, config) {
    const rules = RULES[type];
    const { unit } = rules.length;
    const measure = unit === 'bytes' ? measureBytes : measureCharacters;
    const platformMax = rules.length.max;
    const configMax = config?.validation.maxLength[type];
    const tightened = configMax !== undefined && (platformMax === undefined || configMax < platformMax);
    const maxLength = tightened ? configMax : platformMax;
    const where = config ? ` in ${config.sources.patterns}` : '';
    const maxLengthSource = tightened ? `validation.max_length.${type}${where}` : `the ${rules.object} limit`;
    const allowedSource = config?.validation.allowedChars[type];
    let allowed;
    if (allowedSource !== undefined && config !== undefined) {
        const compiled = compileAllowedChars(allowedSource);
        if (typeof compiled === 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NamingConfigError */ .j([
                { severity: 'error', document: 'patterns', source: config.sources.patterns, path: ['validation', 'allowed_chars', type], code: 'NAMING_CONFIG_REGEX', message: compiled },
            ]);
        }
        allowed = compiled;
    }
    const whole = new RegExp(`^${rules.charset.chars}*$`, 'u');
    const one = new RegExp(`^${rules.charset.chars}$`, 'u');
    const object = rules.object;
    const badCharacters = (name) => {
        const bad = new Set();
        for (const ch of name) {
            if (!one.test(ch))
                bad.add(ch);
            if (bad.size >= 5)
                break;
        }
        return [...bad].map((ch) => (/[\u0000-\u001f\u007f-\u009f]/.test(ch) ? `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}` : quote(ch))).join(', ');
    };
    const evaluate = (name) => {
        const violations = [];
        let tooLong = false;
        const size = measure(name);
        if (size < rules.length.min) {
            violations.push({ code: rules.length.code, rule: rules.length.rule, message: `${object} name ${quote(name)} is ${size} ${unit} long; the minimum is ${rules.length.min}` });
        }
        else if (maxLength !== undefined && size > maxLength) {
            tooLong = true;
            if (tightened) {
                violations.push({
                    code: 'NAMING_MAX_LENGTH',
                    rule: `${object} names are at most ${maxLength} ${unit} long (validation.max_length.${type}${where})`,
                    message: `${object} name ${quote(name)} is ${size} ${unit} long; validation.max_length.${type} allows ${maxLength}`,
                });
            }
            else {
                violations.push({ code: rules.length.code, rule: rules.length.rule, message: `${object} name ${quote(name)} is ${size} ${unit} long; the limit is ${maxLength}` });
            }
        }
        if (!whole.test(name)) {
            violations.push({ code: rules.charset.code, rule: rules.charset.rule, message: `${object} name ${quote(name)} contains ${badCharacters(name)}` });
        }
        for (const check of rules.checks) {
            const found = check.find(name);
            if (found !== undefined)
                violations.push({ code: check.code, rule: check.rule, message: `${object} name ${quote(name)}: ${found}` });
        }
        if (allowed !== undefined && !allowed.test(name)) {
            violations.push({
                code: 'NAMING_ALLOWED_CHARS',
                rule: `${object} names match ${allowedSource ?? ''} (validation.allowed_chars.${type}${where})`,
                message: `${object} name ${quote(name)} does not match validation.allowed_chars.${type} ${allowedSource ?? ''}`,
            });
        }
        return { violations, tooLong };
    };
    const { checks } = rules;
    const min = rules.length.min;
    const isValid = (name) => {
        const size = measure(name);
        if (size < min || (maxLength !== undefined && size > maxLength) || !whole.test(name))
            return false;
        for (const check of checks)
            if (check.find(name) !== undefined)
                return false;
        return allowed === undefined || allowed.test(name);
    };
    const allows = (text) => {
        for (const ch of text)
            if (!one.test(ch))
                return false;
        return true;
    };
    return { rules, maxLength, maxLengthSource, unit, measure, allows, isValid, evaluate };
}
/**
 * Every rule `name` breaks for its type: the platform rules, plus the
 * configuration's validation section when a configuration is given. Empty
 * when the name is fine.
 */
function checkName(type, name, config) {
    const compiled = compileRules(type, config);
    return compiled.isValid(name) ? [] : compiled.evaluate(name).violations;
}


/***/ }),

/***/ 2041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ effectiveHashLength),
/* harmony export */   ty: () => (/* binding */ shortenName)
/* harmony export */ });
/* unused harmony export nameHash */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
// Deterministic shortening of a name that is too long, in the manner of
// cloudposse/terraform-null-label: keep the head of the name, drop trailing
// separators, then append separator + prefix + a hash of the FULL name. The
// result depends only on the full name and the hash settings, stays readable,
// and two long names that share a head still differ.

const HEX_LENGTH = { md5: 32, sha256: 64 };
// node:crypto takes ~10 ms to load (a tenth of a small preview's whole run) and
// only a name that is too long needs it, so it is loaded on first use; with
// require, because naming is synchronous.
let crypto;
function createHash(algorithm) {
    crypto ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:crypto');
    return crypto.createHash(algorithm);
}
/** The first `length` hex characters of the hash of `text` (capped at the digest's length). */
function nameHash(text, algorithm, length) {
    return createHash(algorithm).update(text, 'utf8').digest('hex').slice(0, Math.min(length, HEX_LENGTH[algorithm]));
}
/** The hash length `nameHash` really yields for these settings. */
function effectiveHashLength(hash) {
    return Math.min(hash.length, HEX_LENGTH[hash.algorithm]);
}
function size(text, unit) {
    if (unit === 'bytes')
        return Buffer.byteLength(text, 'utf8');
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
/** The longest head of `text` within `budget`, never splitting a character. */
function head(text, budget, unit) {
    let used = 0;
    let end = 0;
    for (const ch of text) {
        const cost = unit === 'bytes' ? Buffer.byteLength(ch, 'utf8') : 1;
        if (used + cost > budget)
            break;
        used += cost;
        end += ch.length;
    }
    return text.slice(0, end);
}
const TRAILING = /[-_./\s]+$/u;
/**
 * `name` shortened to fit `settings.limit`, or undefined when the limit leaves
 * no room for at least one character of the name besides separator, prefix and hash.
 */
function shortenName(name, settings) {
    const { hash, separator, unit, limit } = settings;
    const digest = nameHash(name, hash.algorithm, hash.length);
    const suffix = `${separator}${hash.prefix}${digest}`;
    const budget = limit - size(suffix, unit);
    if (budget < 1)
        return undefined;
    let kept = head(name, budget, unit).replace(TRAILING, '');
    if (separator !== '' && kept.endsWith(separator))
        kept = kept.slice(0, -separator.length).replace(TRAILING, '');
    if (kept === '')
        return undefined;
    return `${kept}${suffix}`;
}


/***/ }),

/***/ 8173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ RESOURCE_TYPES),
/* harmony export */   V: () => (/* binding */ isResourceType)
/* harmony export */ });
// The vocabulary of naming: resource types, the convention's configuration and
// what generating a name yields. Imports nothing else of ours.
const RESOURCE_TYPES = [
    'aws_s3_bucket',
    'aws_glue_database',
    'aws_glue_table',
    'aws_glue_crawler',
    'aws_lambda_function',
    'aws_iam_role',
    'aws_iam_policy',
    'aws_kinesis_stream',
    'aws_kinesis_firehose',
    'aws_dynamodb_table',
    'aws_sns_topic',
    'aws_sqs_queue',
    'aws_step_function',
    'dbx_workspace',
    'dbx_cluster',
    'dbx_job',
    'dbx_notebook_path',
    'dbx_repo',
    'dbx_pipeline',
    'dbx_sql_warehouse',
    'dbx_catalog',
    'dbx_schema',
    'dbx_table',
    'dbx_volume',
    'dbx_secret_scope',
    'dbx_instance_pool',
    'dbx_policy',
];
function isResourceType(value) {
    return RESOURCE_TYPES.includes(value);
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
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);

function problem(d) {
    return { file: d.file, line: d.line, column: d.column, code: d.code, message: d.message };
}
function resourceJson(r, actions, changes) {
    const out = {
        key: r.key,
        type: r.type,
        name: r.name,
        fullName: r.fullName,
        blueprint: r.blueprint,
        line: r.location.line,
        dependsOn: r.dependsOn,
    };
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
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const failed = errorPlaces(report.diagnostics);
    const lines = [];
    if (!options.summaryOnly && (report.resources.length > 0 || (report.plan?.removed.length ?? 0) > 0)) {
        const withActions = report.actions !== undefined;
        const rows = report.resources.map((r) => {
            const bad = failed.has(place(r));
            const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(r.fullName) + (r.shortenedFrom !== undefined ? ' *' : '');
            return {
                mark: bad ? '✗' : r.shortenedFrom !== undefined ? '~' : '✓',
                action: report.actions?.get(r.key) ?? '',
                type: r.type,
                name,
                where: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(place(r)),
                bad,
                shortenedFrom: r.shortenedFrom,
            };
        });
        const width = (values, title) => Math.max(title.length, ...values.map((v) => v.length));
        const removed = report.plan?.removed ?? [];
        const wAction = width([...rows.map((r) => r.action), ...removed.map((r) => r.action)], 'CHANGE');
        const wType = width([...rows.map((r) => r.type), ...removed.map((r) => r.type)], 'TYPE');
        const wName = width([...rows.map((r) => r.name), ...removed.map((r) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(r.fullName))], 'NAME');
        const header = `  ${withActions ? `${'CHANGE'.padEnd(wAction)}  ` : ''}${'TYPE'.padEnd(wType)}  ${'NAME'.padEnd(wName)}  BLUEPRINT`;
        lines.push(paint('1', header.trimEnd()));
        for (const row of rows) {
            const text = `${row.mark} ${withActions ? `${row.action.padEnd(wAction)}  ` : ''}${row.type.padEnd(wType)}  ${row.name.padEnd(wName)}  ${row.where}`;
            lines.push(row.bad ? paint('31', text) : text);
            if (row.shortenedFrom !== undefined) {
                lines.push(paint('2', `    * shortened to fit the length limit; the pattern gave ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(row.shortenedFrom)}`));
            }
        }
        for (const r of report.plan?.removed ?? []) {
            lines.push(`- ${r.action.padEnd(wAction)}  ${r.type.padEnd(wType)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(r.fullName).padEnd(wName)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(r.blueprint)} (removed)`);
        }
        lines.push('');
    }
    lines.push(...problemLines(report.diagnostics, paint));
    if (report.plan)
        lines.push(`plan against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(report.plan.stateDir)}: ${report.plan.summaryLine}`);
    lines.push(summary(report));
    return `${lines.join('\n')}\n`;
}
function problemLines(diagnostics, paint) {
    const lines = [];
    for (const d of diagnostics) {
        const label = d.severity === 'error' ? paint('31;1', 'error') : paint('33;1', 'warning');
        lines.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(`${d.file}:${d.line}:${d.column}`)}: ${label} ${d.code}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(d.message)}`);
    }
    if (lines.length)
        lines.push('');
    return lines;
}
function summary(report) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.length - errors;
    const shortened = report.resources.filter((r) => r.shortenedFrom !== undefined).length;
    const parts = [
        plural(report.resources.length, 'resource'),
        plural(errors, 'error'),
        plural(warnings, 'warning'),
    ];
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
    if (report.plan)
        out.push(`Plan against ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.plan.stateDir)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.plan.summaryLine)}`, '');
    if (report.resources.length || report.plan?.removed.length) {
        const withActions = report.actions !== undefined;
        out.push(`|${withActions ? ' Change |' : ''} Type | Name | Full name | Blueprint |`);
        out.push(`|${withActions ? ' --- |' : ''} --- | --- | --- | --- |`);
        for (const r of report.resources) {
            const bad = failed.has(place(r));
            const name = `${bad ? '❌ ' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.name)}${r.shortenedFrom !== undefined ? ` (shortened from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.shortenedFrom)})` : ''}`;
            const action = withActions ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.actions?.get(r.key) ?? '')} |` : '';
            out.push(`|${action} ${r.type} | ${name} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.fullName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(place(r))} |`);
        }
        for (const r of report.plan?.removed ?? []) {
            out.push(`|${withActions ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.action)} |` : ''} ${r.type} | ~~${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.name)}~~ | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.fullName)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(r.blueprint)} (removed) |`);
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
            out.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${d.file}:${d.line}:${d.column}`)} **${d.code}**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.message)}`);
        }
        out.push('');
    }
    return `${out.join('\n')}`;
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PF: () => (/* binding */ SYMBOL),
  T_: () => (/* binding */ describeName),
  eD: () => (/* binding */ formatChange),
  Fl: () => (/* binding */ formatValue),
  D1: () => (/* binding */ listedChanges),
  Q2: () => (/* binding */ notes)
});

;// CONCATENATED MODULE: ./src/blueprint/field-names.ts
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

;// CONCATENATED MODULE: ./src/render/plan-format.ts
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
        LISTED.set(op, (listed = blueprintChanges(op.type, changes)));
    }
    return listed;
}
const LISTED = new WeakMap();


/***/ }),

/***/ 3957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NH: () => (/* reexport */ source_positions/* describePath */.NH),
  z3: () => (/* reexport */ error),
  be: () => (/* reexport */ formatOf),
  x5: () => (/* reexport */ locate),
  RC: () => (/* reexport */ readSourceDocument),
  mT: () => (/* reexport */ schemaDiagnostics)
});

// UNUSED EXPORTS: FORBIDDEN_KEYS, MAX_ALIAS_NODES, MAX_DEPTH, MAX_SOURCE_BYTES, PositionIndex, closest, parsePointer, parseSourceText

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

;// CONCATENATED MODULE: ./src/source/read.ts
// Reading a source file: size limit, empty and binary files, UTF-8, and the
// format chosen by extension. Every failure is a Diagnostic, never a throw.





/** Largest source file dpn reads (blueprints and naming configuration). */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
function formatOf(path) {
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    return undefined;
}
function error(code, message, at) {
    return { file: at.file, line: at.line, column: at.column, code, message, severity: 'error' };
}
/** Location of the value (or key) at `path` in a document. */
function locate(doc, path, key = false) {
    return doc.positions.locate(doc.data, path, key);
}
/**
 * Reads and parses one file. `absolutePath` is what is opened, `file` what
 * messages show. Returns the document or the one diagnostic that stopped it.
 */
async function readSourceDocument(absolutePath, file, options = {}) {
    const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
    const top = { file, line: 1, column: 1 };
    const format = options.format ?? formatOf(file);
    if (!format) {
        return { diagnostic: error('SOURCE_FORMAT', `${file} is neither JSON (.json) nor YAML (.yaml, .yml)`, top) };
    }
    let bytes;
    try {
        // Synchronous calls: a file is at most MAX_SOURCE_BYTES and dpn has nothing
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
            const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
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
    if (text.replace(/^\uFEFF/, '').trim() === '') {
        return { diagnostic: error('SOURCE_EMPTY', `${file} is empty; expected a ${format.toUpperCase()} document`, top) };
    }
    return parseSourceText(text, file, format);
}
/**
 * Parses text already in memory (used by tests and by readSourceDocument). The
 * YAML parser is loaded on first use: a JSON-only run never pays for it.
 */
async function parseSourceText(text, file, format) {
    const parse = format === 'json' ? parseJsonFast : (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 9094))).parseYaml;
    try {
        const { data, positions } = parse(text, file);
        return { document: { file, format, data, positions } };
    }
    catch (cause) {
        if (cause instanceof syntax/* SourceSyntaxError */.Lc) {
            const at = new source_positions/* LineIndex */.rr(file, text).locateOffset(cause.offset);
            return { diagnostic: error(cause.code, `${cause.message} at line ${at.line} column ${at.column}`, at) };
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
    const seen = new Set();
    const out = [];
    for (const e of errors) {
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
            const guess = closest(extra, allowed);
            return error(code, `unknown key '${extra}' in ${where}${guess ? ` (did you mean '${guess}'?)` : ''}; allowed: ${allowed.join(', ')}`, at([...path, extra], true));
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
            const guess = closest(name, allowed);
            return error(code, `unknown key '${name}' in ${where}${guess ? ` (did you mean '${guess}'?)` : ''}${why}`, at([...path, name], true));
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            return error(code, `${subject} must be one of ${allowed.join(', ')} (got ${show(value)})`, at(path));
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
/** The allowed word nearest to a misspelt one, when it is close enough to be a likely typo. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = distance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(current + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
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
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    locateOffset(offset) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
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
    constructor(code, message, offset) {
        super(message);
        this.code = code;
        this.offset = offset;
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
const validateBlueprint = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/blueprint-1.0.json","title":"dpn blueprint","description":"Resources a team wants on AWS and Databricks, in the dpn v1.0 blueprint format. dpn generates every name from the naming convention; a blueprint only says what each resource is for.","type":"object","required":["version","metadata","resources"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Blueprint format version. Must be the string \"1.0\" (quote it in YAML).","type":"string","const":"1.0"},"metadata":{"title":"Metadata","description":"Where and for whom the resources are made. Every value is also a naming variable.","type":"object","required":["environment","project","region"],"additionalProperties":false,"properties":{"environment":{"title":"Environment","description":"Deployment environment.","type":"string","enum":["dev","stg","prd"]},"project":{"title":"Project","description":"Project name: lowercase letters, digits and hyphens.","type":"string","pattern":"^[a-z0-9-]+$"},"region":{"title":"AWS region","description":"AWS region code such as us-east-1; dpn derives the short code (region_short) from it.","type":"string","pattern":"^[a-z]+-[a-z]+-[0-9]$"},"team":{"title":"Team","description":"Owning team; becomes the Team tag on AWS resources.","type":"string","pattern":"\\S"},"cost_center":{"title":"Cost center","description":"Cost center; becomes the CostCenter tag on AWS resources.","type":"string","pattern":"\\S"},"data_classification":{"title":"Data classification","description":"Sensitivity of the data held by these resources.","type":"string","enum":["public","internal","confidential","restricted"]}}},"scope":{"title":"Scope","description":"Limits which resource types of this blueprint dpn manages.","type":"object","required":["mode","patterns"],"additionalProperties":false,"properties":{"mode":{"title":"Mode","description":"include: manage only the types that match a pattern; exclude: manage every type except those.","type":"string","enum":["include","exclude"]},"patterns":{"title":"Type patterns","description":"Resource type keys with wildcards: * matches any run of characters, ? exactly one; matched against the whole key (aws_*, *_cluster, dbx_table).","type":"array","minItems":1,"items":{"type":"string","pattern":"\\S"}}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy","description":"What happens to a resource of this blueprint once it is removed from the file: archive (default) keeps it and marks it retired, delete removes it, retain leaves it untouched. A dpn v2 addition; v1.0 files do not have it."},"resources":{"title":"Resources","description":"The resources, grouped by platform.","type":"object","additionalProperties":false,"properties":{"aws":{"title":"AWS resources","description":"S3 buckets and the Glue Data Catalog.","type":"object","additionalProperties":false,"properties":{"s3_buckets":{"title":"S3 buckets","description":"Buckets (type aws_s3_bucket), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/s3Bucket"}},"glue_databases":{"title":"Glue databases","description":"Glue Data Catalog databases (type aws_glue_database), one per domain and layer.","type":"array","items":{"$ref":"#/definitions/glueDatabase"}},"glue_tables":{"title":"Glue tables","description":"Glue Data Catalog tables (type aws_glue_table), each in a Glue database of the same blueprint.","type":"array","items":{"$ref":"#/definitions/glueTable"}}}},"databricks":{"title":"Databricks resources","description":"Clusters, jobs and Unity Catalog objects.","type":"object","additionalProperties":false,"properties":{"clusters":{"title":"Clusters","description":"Databricks clusters (type dbx_cluster), one per workload.","type":"array","items":{"$ref":"#/definitions/cluster"}},"jobs":{"title":"Jobs","description":"Databricks jobs (type dbx_job), each running on a cluster of the same blueprint.","type":"array","items":{"$ref":"#/definitions/job"}},"unity_catalog":{"title":"Unity Catalog","description":"Unity Catalog catalogs with their schemas and tables.","type":"object","additionalProperties":false,"properties":{"catalogs":{"title":"Catalogs","description":"Catalogs (type dbx_catalog).","type":"array","items":{"$ref":"#/definitions/catalog"}}}}}}}}},"definitions":{"deletionPolicy":{"title":"Deletion policy","description":"What happens to the resource once it is removed from the blueprint: archive (default), delete or retain. A dpn v2 addition; v1.0 files do not have it.","type":"string","enum":["archive","delete","retain"]},"column":{"title":"Column","description":"A column: name and data type.","type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Column name.","type":"string","pattern":"\\S"},"type":{"title":"Type","description":"Column data type, e.g. string, bigint, decimal(18,2).","type":"string","pattern":"\\S"},"comment":{"title":"Comment","description":"Free-text comment.","type":"string"}}},"tableType":{"title":"Table type","description":"Kind of table; the first word of the table name.","type":"string","enum":["fact","dim","bridge","staging","reference"]},"medallionLayer":{"title":"Layer","description":"Medallion layer.","type":"string","enum":["bronze","silver","gold"]},"s3Bucket":{"title":"S3 bucket","description":"An S3 bucket (aws_s3_bucket).","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\S"},"layer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"versioning":{"title":"Versioning","description":"Turn on object versioning.","type":"boolean","default":true},"lifecycle_days":{"title":"Lifecycle days","description":"Days after which objects transition to the INTELLIGENT_TIERING storage class.","type":"integer","minimum":0,"default":90},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueDatabase":{"title":"Glue database","description":"A Glue Data Catalog database (aws_glue_database). Other resources refer to it as \"{domain}-{layer}\".","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"description":{"title":"Description","description":"Free-text description of the database.","type":"string"},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueTable":{"title":"Glue table","description":"A Glue Data Catalog table (aws_glue_table).","type":"object","required":["database_ref","entity","columns"],"additionalProperties":false,"properties":{"database_ref":{"title":"Database reference","description":"The Glue database of this blueprint that holds the table, written \"{domain}-{layer}\" (e.g. sales-bronze).","type":"string","pattern":"\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"partition_keys":{"title":"Partition keys","description":"Partition columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"cluster":{"title":"Cluster","description":"A Databricks cluster (dbx_cluster). Jobs refer to it by its workload.","type":"object","required":["workload","cluster_type","node_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]},"node_type":{"title":"Node type","description":"Instance type of the workers, e.g. i3.xlarge.","type":"string","pattern":"\\S"},"spark_version":{"title":"Spark version","description":"Databricks runtime version.","type":"string","default":"13.3.x-scala2.12","pattern":"\\S"},"autoscale":{"title":"Autoscale","description":"Worker count range; defaults to 2..8.","type":"object","additionalProperties":false,"properties":{"min":{"title":"Minimum workers","description":"Fewest workers.","type":"integer","minimum":0,"default":2},"max":{"title":"Maximum workers","description":"Most workers; at least the minimum.","type":"integer","minimum":1,"default":8}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"job":{"title":"Job","description":"A Databricks job (dbx_job).","type":"object","required":["job_type","purpose","cluster_ref"],"additionalProperties":false,"properties":{"job_type":{"title":"Job type","description":"Kind of job, e.g. batch or streaming.","type":"string","pattern":"\\S"},"purpose":{"title":"Purpose","description":"What the job does, e.g. daily-sales-load.","type":"string","pattern":"\\S"},"cluster_ref":{"title":"Cluster reference","description":"The workload of a cluster of this blueprint that runs the job.","type":"string","pattern":"\\S"},"schedule":{"title":"Schedule","description":"daily, hourly, weekly, monthly or a Quartz cron expression; without it the job takes the schedule naming value (daily by default).","type":"string","pattern":"\\S"},"tasks":{"title":"Tasks","description":"Job tasks as the Databricks Jobs API takes them; dpn fills in the cluster.","type":"array","items":{"type":"object"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"catalog":{"title":"Catalog","description":"A Unity Catalog catalog (dbx_catalog) with its schemas.","type":"object","required":["catalog_type","schemas"],"additionalProperties":false,"properties":{"catalog_type":{"title":"Catalog type","description":"What the catalog is for, e.g. dev or analytics.","type":"string","pattern":"\\S"},"storage_root":{"title":"Storage root","description":"Managed storage location, e.g. s3://bucket/path.","type":"string","pattern":"\\S"},"schemas":{"title":"Schemas","description":"Schemas of the catalog (dbx_schema).","type":"array","items":{"$ref":"#/definitions/ucSchema"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucSchema":{"title":"Schema","description":"A Unity Catalog schema (dbx_schema).","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. customer.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"tables":{"title":"Tables","description":"Managed tables of the schema (dbx_table).","type":"array","items":{"$ref":"#/definitions/ucTable"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucTable":{"title":"Table","description":"A Unity Catalog managed table (dbx_table).","type":"object","required":["entity"],"additionalProperties":false,"properties":{"entity":{"title":"Entity","description":"What one row describes, e.g. customers.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}}}};const schema12 = {"title":"Deletion policy","description":"What happens to the resource once it is removed from the blueprint: archive (default), delete or retain. A dpn v2 addition; v1.0 files do not have it.","type":"string","enum":["archive","delete","retain"]};const pattern0 = new RegExp("^[a-z0-9-]+$", "u");const pattern1 = new RegExp("^[a-z]+-[a-z]+-[0-9]$", "u");const pattern2 = new RegExp("\\S", "u");const schema13 = {"title":"S3 bucket","description":"An S3 bucket (aws_s3_bucket).","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\S"},"layer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"versioning":{"title":"Versioning","description":"Turn on object versioning.","type":"boolean","default":true},"lifecycle_days":{"title":"Lifecycle days","description":"Days after which objects transition to the INTELLIGENT_TIERING storage class.","type":"integer","minimum":0,"default":90},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.purpose === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "purpose") || (key0 === "layer")) || (key0 === "versioning")) || (key0 === "lifecycle_days")) || (key0 === "deletion_policy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.purpose !== undefined){let data0 = data.purpose;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err3 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "raw") || (data1 === "processed")) || (data1 === "curated"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/properties/layer/enum",keyword:"enum",params:{allowedValues: schema13.properties.layer.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.versioning !== undefined){if(typeof data.versioning !== "boolean"){const err7 = {instancePath:instancePath+"/versioning",schemaPath:"#/properties/versioning/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.lifecycle_days !== undefined){let data3 = data.lifecycle_days;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err8 = {instancePath:instancePath+"/lifecycle_days",schemaPath:"#/properties/lifecycle_days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err9 = {instancePath:instancePath+"/lifecycle_days",schemaPath:"#/properties/lifecycle_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.deletion_policy !== undefined){let data4 = data.deletion_policy;if(typeof data4 !== "string"){const err10 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!(((data4 === "archive") || (data4 === "delete")) || (data4 === "retain"))){const err11 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema15 = {"title":"Glue database","description":"A Glue Data Catalog database (aws_glue_database). Other resources refer to it as \"{domain}-{layer}\".","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"description":{"title":"Description","description":"Free-text description of the database.","type":"string"},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};const schema16 = {"title":"Layer","description":"Medallion layer.","type":"string","enum":["bronze","silver","gold"]};function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.domain === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "domain") || (key0 === "layer")) || (key0 === "description")) || (key0 === "deletion_policy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.domain !== undefined){let data0 = data.domain;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err3 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "bronze") || (data1 === "silver")) || (data1 === "gold"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.deletion_policy !== undefined){let data3 = data.deletion_policy;if(typeof data3 !== "string"){const err8 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data3 === "archive") || (data3 === "delete")) || (data3 === "retain"))){const err9 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate13.errors = vErrors;return errors === 0;}const schema18 = {"title":"Glue table","description":"A Glue Data Catalog table (aws_glue_table).","type":"object","required":["database_ref","entity","columns"],"additionalProperties":false,"properties":{"database_ref":{"title":"Database reference","description":"The Glue database of this blueprint that holds the table, written \"{domain}-{layer}\" (e.g. sales-bronze).","type":"string","pattern":"\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"partition_keys":{"title":"Partition keys","description":"Partition columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};const schema19 = {"title":"Table type","description":"Kind of table; the first word of the table name.","type":"string","enum":["fact","dim","bridge","staging","reference"]};const schema20 = {"title":"Column","description":"A column: name and data type.","type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Column name.","type":"string","pattern":"\\S"},"type":{"title":"Type","description":"Column data type, e.g. string, bigint, decimal(18,2).","type":"string","pattern":"\\S"},"comment":{"title":"Comment","description":"Free-text comment.","type":"string"}}};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.database_ref === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "database_ref"},message:"must have required property '"+"database_ref"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.entity === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.columns === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((key0 === "database_ref") || (key0 === "entity")) || (key0 === "table_type")) || (key0 === "columns")) || (key0 === "partition_keys")) || (key0 === "deletion_policy"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.database_ref !== undefined){let data0 = data.database_ref;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err4 = {instancePath:instancePath+"/database_ref",schemaPath:"#/properties/database_ref/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/database_ref",schemaPath:"#/properties/database_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.entity !== undefined){let data1 = data.entity;if(typeof data1 === "string"){if(!pattern2.test(data1)){const err6 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.table_type !== undefined){let data2 = data.table_type;if(typeof data2 !== "string"){const err8 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((((data2 === "fact") || (data2 === "dim")) || (data2 === "bridge")) || (data2 === "staging")) || (data2 === "reference"))){const err9 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.columns !== undefined){let data3 = data.columns;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.name === undefined){const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data4.type === undefined){const err11 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data4){if(!(((key1 === "name") || (key1 === "type")) || (key1 === "comment"))){const err12 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.name !== undefined){let data5 = data4.name;if(typeof data5 === "string"){if(!pattern2.test(data5)){const err13 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.type !== undefined){let data6 = data4.type;if(typeof data6 === "string"){if(!pattern2.test(data6)){const err15 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.comment !== undefined){if(typeof data4.comment !== "string"){const err17 = {instancePath:instancePath+"/columns/" + i0+"/comment",schemaPath:"#/definitions/column/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.partition_keys !== undefined){let data8 = data.partition_keys;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.name === undefined){const err20 = {instancePath:instancePath+"/partition_keys/" + i1,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data9.type === undefined){const err21 = {instancePath:instancePath+"/partition_keys/" + i1,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key2 in data9){if(!(((key2 === "name") || (key2 === "type")) || (key2 === "comment"))){const err22 = {instancePath:instancePath+"/partition_keys/" + i1,schemaPath:"#/definitions/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data9.name !== undefined){let data10 = data9.name;if(typeof data10 === "string"){if(!pattern2.test(data10)){const err23 = {instancePath:instancePath+"/partition_keys/" + i1+"/name",schemaPath:"#/definitions/column/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/partition_keys/" + i1+"/name",schemaPath:"#/definitions/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data9.type !== undefined){let data11 = data9.type;if(typeof data11 === "string"){if(!pattern2.test(data11)){const err25 = {instancePath:instancePath+"/partition_keys/" + i1+"/type",schemaPath:"#/definitions/column/properties/type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/partition_keys/" + i1+"/type",schemaPath:"#/definitions/column/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data9.comment !== undefined){if(typeof data9.comment !== "string"){const err27 = {instancePath:instancePath+"/partition_keys/" + i1+"/comment",schemaPath:"#/definitions/column/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/partition_keys/" + i1,schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/partition_keys",schemaPath:"#/properties/partition_keys/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.deletion_policy !== undefined){let data13 = data.deletion_policy;if(typeof data13 !== "string"){const err30 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(!(((data13 === "archive") || (data13 === "delete")) || (data13 === "retain"))){const err31 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}validate15.errors = vErrors;return errors === 0;}const schema23 = {"title":"Cluster","description":"A Databricks cluster (dbx_cluster). Jobs refer to it by its workload.","type":"object","required":["workload","cluster_type","node_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]},"node_type":{"title":"Node type","description":"Instance type of the workers, e.g. i3.xlarge.","type":"string","pattern":"\\S"},"spark_version":{"title":"Spark version","description":"Databricks runtime version.","type":"string","default":"13.3.x-scala2.12","pattern":"\\S"},"autoscale":{"title":"Autoscale","description":"Worker count range; defaults to 2..8.","type":"object","additionalProperties":false,"properties":{"min":{"title":"Minimum workers","description":"Fewest workers.","type":"integer","minimum":0,"default":2},"max":{"title":"Maximum workers","description":"Most workers; at least the minimum.","type":"integer","minimum":1,"default":8}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.workload === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workload"},message:"must have required property '"+"workload"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.cluster_type === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cluster_type"},message:"must have required property '"+"cluster_type"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.node_type === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "node_type"},message:"must have required property '"+"node_type"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((key0 === "workload") || (key0 === "cluster_type")) || (key0 === "node_type")) || (key0 === "spark_version")) || (key0 === "autoscale")) || (key0 === "deletion_policy"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.workload !== undefined){let data0 = data.workload;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err4 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/workload",schemaPath:"#/properties/workload/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.cluster_type !== undefined){let data1 = data.cluster_type;if(typeof data1 !== "string"){const err6 = {instancePath:instancePath+"/cluster_type",schemaPath:"#/properties/cluster_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(!(((data1 === "shared") || (data1 === "dedicated")) || (data1 === "job"))){const err7 = {instancePath:instancePath+"/cluster_type",schemaPath:"#/properties/cluster_type/enum",keyword:"enum",params:{allowedValues: schema23.properties.cluster_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.node_type !== undefined){let data2 = data.node_type;if(typeof data2 === "string"){if(!pattern2.test(data2)){const err8 = {instancePath:instancePath+"/node_type",schemaPath:"#/properties/node_type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/node_type",schemaPath:"#/properties/node_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.spark_version !== undefined){let data3 = data.spark_version;if(typeof data3 === "string"){if(!pattern2.test(data3)){const err10 = {instancePath:instancePath+"/spark_version",schemaPath:"#/properties/spark_version/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/spark_version",schemaPath:"#/properties/spark_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.autoscale !== undefined){let data4 = data.autoscale;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!((key1 === "min") || (key1 === "max"))){const err12 = {instancePath:instancePath+"/autoscale",schemaPath:"#/properties/autoscale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.min !== undefined){let data5 = data4.min;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err13 = {instancePath:instancePath+"/autoscale/min",schemaPath:"#/properties/autoscale/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err14 = {instancePath:instancePath+"/autoscale/min",schemaPath:"#/properties/autoscale/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}if(data4.max !== undefined){let data6 = data4.max;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err15 = {instancePath:instancePath+"/autoscale/max",schemaPath:"#/properties/autoscale/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err16 = {instancePath:instancePath+"/autoscale/max",schemaPath:"#/properties/autoscale/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}}else {const err17 = {instancePath:instancePath+"/autoscale",schemaPath:"#/properties/autoscale/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.deletion_policy !== undefined){let data7 = data.deletion_policy;if(typeof data7 !== "string"){const err18 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(!(((data7 === "archive") || (data7 === "delete")) || (data7 === "retain"))){const err19 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate17.errors = vErrors;return errors === 0;}const schema25 = {"title":"Job","description":"A Databricks job (dbx_job).","type":"object","required":["job_type","purpose","cluster_ref"],"additionalProperties":false,"properties":{"job_type":{"title":"Job type","description":"Kind of job, e.g. batch or streaming.","type":"string","pattern":"\\S"},"purpose":{"title":"Purpose","description":"What the job does, e.g. daily-sales-load.","type":"string","pattern":"\\S"},"cluster_ref":{"title":"Cluster reference","description":"The workload of a cluster of this blueprint that runs the job.","type":"string","pattern":"\\S"},"schedule":{"title":"Schedule","description":"daily, hourly, weekly, monthly or a Quartz cron expression; without it the job takes the schedule naming value (daily by default).","type":"string","pattern":"\\S"},"tasks":{"title":"Tasks","description":"Job tasks as the Databricks Jobs API takes them; dpn fills in the cluster.","type":"array","items":{"type":"object"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.job_type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "job_type"},message:"must have required property '"+"job_type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.purpose === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purpose"},message:"must have required property '"+"purpose"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.cluster_ref === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cluster_ref"},message:"must have required property '"+"cluster_ref"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((key0 === "job_type") || (key0 === "purpose")) || (key0 === "cluster_ref")) || (key0 === "schedule")) || (key0 === "tasks")) || (key0 === "deletion_policy"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.job_type !== undefined){let data0 = data.job_type;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err4 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/job_type",schemaPath:"#/properties/job_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.purpose !== undefined){let data1 = data.purpose;if(typeof data1 === "string"){if(!pattern2.test(data1)){const err6 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/purpose",schemaPath:"#/properties/purpose/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.cluster_ref !== undefined){let data2 = data.cluster_ref;if(typeof data2 === "string"){if(!pattern2.test(data2)){const err8 = {instancePath:instancePath+"/cluster_ref",schemaPath:"#/properties/cluster_ref/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/cluster_ref",schemaPath:"#/properties/cluster_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.schedule !== undefined){let data3 = data.schedule;if(typeof data3 === "string"){if(!pattern2.test(data3)){const err10 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.tasks !== undefined){let data4 = data.tasks;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){const err12 = {instancePath:instancePath+"/tasks/" + i0,schemaPath:"#/properties/tasks/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.deletion_policy !== undefined){let data6 = data.deletion_policy;if(typeof data6 !== "string"){const err14 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!(((data6 === "archive") || (data6 === "delete")) || (data6 === "retain"))){const err15 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate19.errors = vErrors;return errors === 0;}const schema27 = {"title":"Catalog","description":"A Unity Catalog catalog (dbx_catalog) with its schemas.","type":"object","required":["catalog_type","schemas"],"additionalProperties":false,"properties":{"catalog_type":{"title":"Catalog type","description":"What the catalog is for, e.g. dev or analytics.","type":"string","pattern":"\\S"},"storage_root":{"title":"Storage root","description":"Managed storage location, e.g. s3://bucket/path.","type":"string","pattern":"\\S"},"schemas":{"title":"Schemas","description":"Schemas of the catalog (dbx_schema).","type":"array","items":{"$ref":"#/definitions/ucSchema"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};const schema28 = {"title":"Schema","description":"A Unity Catalog schema (dbx_schema).","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. customer.","type":"string","pattern":"\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"tables":{"title":"Tables","description":"Managed tables of the schema (dbx_table).","type":"array","items":{"$ref":"#/definitions/ucTable"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};const schema30 = {"title":"Table","description":"A Unity Catalog managed table (dbx_table).","type":"object","required":["entity"],"additionalProperties":false,"properties":{"entity":{"title":"Entity","description":"What one row describes, e.g. customers.","type":"string","pattern":"\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.entity === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((key0 === "entity") || (key0 === "table_type")) || (key0 === "columns")) || (key0 === "deletion_policy"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.entity !== undefined){let data0 = data.entity;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err2 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.table_type !== undefined){let data1 = data.table_type;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(((((data1 === "fact") || (data1 === "dim")) || (data1 === "bridge")) || (data1 === "staging")) || (data1 === "reference"))){const err5 = {instancePath:instancePath+"/table_type",schemaPath:"#/definitions/tableType/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.columns !== undefined){let data2 = data.columns;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.name === undefined){const err6 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data3.type === undefined){const err7 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}for(const key1 in data3){if(!(((key1 === "name") || (key1 === "type")) || (key1 === "comment"))){const err8 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.name !== undefined){let data4 = data3.name;if(typeof data4 === "string"){if(!pattern2.test(data4)){const err9 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/definitions/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.type !== undefined){let data5 = data3.type;if(typeof data5 === "string"){if(!pattern2.test(data5)){const err11 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/definitions/column/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data3.comment !== undefined){if(typeof data3.comment !== "string"){const err13 = {instancePath:instancePath+"/columns/" + i0+"/comment",schemaPath:"#/definitions/column/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.deletion_policy !== undefined){let data7 = data.deletion_policy;if(typeof data7 !== "string"){const err16 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!(((data7 === "archive") || (data7 === "delete")) || (data7 === "retain"))){const err17 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate23.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.domain === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.layer === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "layer"},message:"must have required property '"+"layer"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "domain") || (key0 === "layer")) || (key0 === "tables")) || (key0 === "deletion_policy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.domain !== undefined){let data0 = data.domain;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err3 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.layer !== undefined){let data1 = data.layer;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data1 === "bronze") || (data1 === "silver")) || (data1 === "gold"))){const err6 = {instancePath:instancePath+"/layer",schemaPath:"#/definitions/medallionLayer/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.tables !== undefined){let data2 = data.tables;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate23(data2[i0], {instancePath:instancePath+"/tables/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.deletion_policy !== undefined){let data4 = data.deletion_policy;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data4 === "archive") || (data4 === "delete")) || (data4 === "retain"))){const err9 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate22.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.catalog_type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "catalog_type"},message:"must have required property '"+"catalog_type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.schemas === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemas"},message:"must have required property '"+"schemas"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "catalog_type") || (key0 === "storage_root")) || (key0 === "schemas")) || (key0 === "deletion_policy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.catalog_type !== undefined){let data0 = data.catalog_type;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err3 = {instancePath:instancePath+"/catalog_type",schemaPath:"#/properties/catalog_type/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/catalog_type",schemaPath:"#/properties/catalog_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.storage_root !== undefined){let data1 = data.storage_root;if(typeof data1 === "string"){if(!pattern2.test(data1)){const err5 = {instancePath:instancePath+"/storage_root",schemaPath:"#/properties/storage_root/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/storage_root",schemaPath:"#/properties/storage_root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.schemas !== undefined){let data2 = data.schemas;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate22(data2[i0], {instancePath:instancePath+"/schemas/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/schemas",schemaPath:"#/properties/schemas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.deletion_policy !== undefined){let data4 = data.deletion_policy;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((data4 === "archive") || (data4 === "delete")) || (data4 === "retain"))){const err9 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate21.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://dpn.dev/schemas/blueprint-1.0.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.metadata === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.resources === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((((key0 === "version") || (key0 === "metadata")) || (key0 === "scope")) || (key0 === "deletion_policy")) || (key0 === "resources"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(typeof data0 !== "string"){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if("1.0" !== data0){const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.metadata !== undefined){let data1 = data.metadata;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.environment === undefined){const err6 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data1.project === undefined){const err7 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data1.region === undefined){const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key1 in data1){if(!((((((key1 === "environment") || (key1 === "project")) || (key1 === "region")) || (key1 === "team")) || (key1 === "cost_center")) || (key1 === "data_classification"))){const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.environment !== undefined){let data2 = data1.environment;if(typeof data2 !== "string"){const err10 = {instancePath:instancePath+"/metadata/environment",schemaPath:"#/properties/metadata/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!(((data2 === "dev") || (data2 === "stg")) || (data2 === "prd"))){const err11 = {instancePath:instancePath+"/metadata/environment",schemaPath:"#/properties/metadata/properties/environment/enum",keyword:"enum",params:{allowedValues: schema11.properties.metadata.properties.environment.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1.project !== undefined){let data3 = data1.project;if(typeof data3 === "string"){if(!pattern0.test(data3)){const err12 = {instancePath:instancePath+"/metadata/project",schemaPath:"#/properties/metadata/properties/project/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+$"},message:"must match pattern \""+"^[a-z0-9-]+$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/metadata/project",schemaPath:"#/properties/metadata/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.region !== undefined){let data4 = data1.region;if(typeof data4 === "string"){if(!pattern1.test(data4)){const err14 = {instancePath:instancePath+"/metadata/region",schemaPath:"#/properties/metadata/properties/region/pattern",keyword:"pattern",params:{pattern: "^[a-z]+-[a-z]+-[0-9]$"},message:"must match pattern \""+"^[a-z]+-[a-z]+-[0-9]$"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/metadata/region",schemaPath:"#/properties/metadata/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.team !== undefined){let data5 = data1.team;if(typeof data5 === "string"){if(!pattern2.test(data5)){const err16 = {instancePath:instancePath+"/metadata/team",schemaPath:"#/properties/metadata/properties/team/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/metadata/team",schemaPath:"#/properties/metadata/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data1.cost_center !== undefined){let data6 = data1.cost_center;if(typeof data6 === "string"){if(!pattern2.test(data6)){const err18 = {instancePath:instancePath+"/metadata/cost_center",schemaPath:"#/properties/metadata/properties/cost_center/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/metadata/cost_center",schemaPath:"#/properties/metadata/properties/cost_center/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data1.data_classification !== undefined){let data7 = data1.data_classification;if(typeof data7 !== "string"){const err20 = {instancePath:instancePath+"/metadata/data_classification",schemaPath:"#/properties/metadata/properties/data_classification/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(!((((data7 === "public") || (data7 === "internal")) || (data7 === "confidential")) || (data7 === "restricted"))){const err21 = {instancePath:instancePath+"/metadata/data_classification",schemaPath:"#/properties/metadata/properties/data_classification/enum",keyword:"enum",params:{allowedValues: schema11.properties.metadata.properties.data_classification.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.scope !== undefined){let data8 = data.scope;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.mode === undefined){const err23 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data8.patterns === undefined){const err24 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key2 in data8){if(!((key2 === "mode") || (key2 === "patterns"))){const err25 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data8.mode !== undefined){let data9 = data8.mode;if(typeof data9 !== "string"){const err26 = {instancePath:instancePath+"/scope/mode",schemaPath:"#/properties/scope/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(!((data9 === "include") || (data9 === "exclude"))){const err27 = {instancePath:instancePath+"/scope/mode",schemaPath:"#/properties/scope/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.scope.properties.mode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data8.patterns !== undefined){let data10 = data8.patterns;if(Array.isArray(data10)){if(data10.length < 1){const err28 = {instancePath:instancePath+"/scope/patterns",schemaPath:"#/properties/scope/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(typeof data11 === "string"){if(!pattern2.test(data11)){const err29 = {instancePath:instancePath+"/scope/patterns/" + i0,schemaPath:"#/properties/scope/properties/patterns/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/scope/patterns/" + i0,schemaPath:"#/properties/scope/properties/patterns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/scope/patterns",schemaPath:"#/properties/scope/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.deletion_policy !== undefined){let data12 = data.deletion_policy;if(typeof data12 !== "string"){const err33 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(!(((data12 === "archive") || (data12 === "delete")) || (data12 === "retain"))){const err34 = {instancePath:instancePath+"/deletion_policy",schemaPath:"#/definitions/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.resources !== undefined){let data13 = data.resources;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key3 in data13){if(!((key3 === "aws") || (key3 === "databricks"))){const err35 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data13.aws !== undefined){let data14 = data13.aws;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key4 in data14){if(!(((key4 === "s3_buckets") || (key4 === "glue_databases")) || (key4 === "glue_tables"))){const err36 = {instancePath:instancePath+"/resources/aws",schemaPath:"#/properties/resources/properties/aws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data14.s3_buckets !== undefined){let data15 = data14.s3_buckets;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){if(!(validate11(data15[i1], {instancePath:instancePath+"/resources/aws/s3_buckets/" + i1,parentData:data15,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err37 = {instancePath:instancePath+"/resources/aws/s3_buckets",schemaPath:"#/properties/resources/properties/aws/properties/s3_buckets/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data14.glue_databases !== undefined){let data17 = data14.glue_databases;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){if(!(validate13(data17[i2], {instancePath:instancePath+"/resources/aws/glue_databases/" + i2,parentData:data17,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}}else {const err38 = {instancePath:instancePath+"/resources/aws/glue_databases",schemaPath:"#/properties/resources/properties/aws/properties/glue_databases/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data14.glue_tables !== undefined){let data19 = data14.glue_tables;if(Array.isArray(data19)){const len3 = data19.length;for(let i3=0; i3<len3; i3++){if(!(validate15(data19[i3], {instancePath:instancePath+"/resources/aws/glue_tables/" + i3,parentData:data19,parentDataProperty:i3,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}else {const err39 = {instancePath:instancePath+"/resources/aws/glue_tables",schemaPath:"#/properties/resources/properties/aws/properties/glue_tables/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/resources/aws",schemaPath:"#/properties/resources/properties/aws/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data13.databricks !== undefined){let data21 = data13.databricks;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key5 in data21){if(!(((key5 === "clusters") || (key5 === "jobs")) || (key5 === "unity_catalog"))){const err41 = {instancePath:instancePath+"/resources/databricks",schemaPath:"#/properties/resources/properties/databricks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data21.clusters !== undefined){let data22 = data21.clusters;if(Array.isArray(data22)){const len4 = data22.length;for(let i4=0; i4<len4; i4++){if(!(validate17(data22[i4], {instancePath:instancePath+"/resources/databricks/clusters/" + i4,parentData:data22,parentDataProperty:i4,rootData}))){vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);errors = vErrors.length;}}}else {const err42 = {instancePath:instancePath+"/resources/databricks/clusters",schemaPath:"#/properties/resources/properties/databricks/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data21.jobs !== undefined){let data24 = data21.jobs;if(Array.isArray(data24)){const len5 = data24.length;for(let i5=0; i5<len5; i5++){if(!(validate19(data24[i5], {instancePath:instancePath+"/resources/databricks/jobs/" + i5,parentData:data24,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}}else {const err43 = {instancePath:instancePath+"/resources/databricks/jobs",schemaPath:"#/properties/resources/properties/databricks/properties/jobs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data21.unity_catalog !== undefined){let data26 = data21.unity_catalog;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){for(const key6 in data26){if(!(key6 === "catalogs")){const err44 = {instancePath:instancePath+"/resources/databricks/unity_catalog",schemaPath:"#/properties/resources/properties/databricks/properties/unity_catalog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data26.catalogs !== undefined){let data27 = data26.catalogs;if(Array.isArray(data27)){const len6 = data27.length;for(let i6=0; i6<len6; i6++){if(!(validate21(data27[i6], {instancePath:instancePath+"/resources/databricks/unity_catalog/catalogs/" + i6,parentData:data27,parentDataProperty:i6,rootData}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err45 = {instancePath:instancePath+"/resources/databricks/unity_catalog/catalogs",schemaPath:"#/properties/resources/properties/databricks/properties/unity_catalog/properties/catalogs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/resources/databricks/unity_catalog",schemaPath:"#/properties/resources/properties/databricks/properties/unity_catalog/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/resources/databricks",schemaPath:"#/properties/resources/properties/databricks/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}validate10.errors = vErrors;return errors === 0;}const validateNamingPatterns = validate27;const schema36 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-patterns-1.0.json","title":"dpn naming patterns","description":"naming-patterns.yaml: one name template per resource type, the transformations applied to values, and extra validation rules (which may only tighten the platform rules).","type":"object","required":["version","patterns"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Format version, \"1.0\".","type":"string","pattern":"\\S"},"patterns":{"title":"Patterns","description":"Template per resource type with {variable} placeholders; a type left out keeps its built-in pattern.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\S"}},"transformations":{"title":"Transformations","description":"How values are changed before they fill a pattern.","type":"object","additionalProperties":false,"properties":{"region_mapping":{"title":"Region mapping","description":"AWS region to short code (region_short); overrides the built-in code of a region.","type":"object","propertyNames":{"type":"string","pattern":"^[a-z]+-[a-z]+-[0-9]$"},"additionalProperties":{"type":"string","pattern":"^[a-z0-9]+$"}},"lowercase":{"title":"Lowercase","description":"Variables whose values are lowercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"uppercase":{"title":"Uppercase","description":"Variables whose values are uppercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"replace_hyphens":{"title":"Replace hyphens","description":"Variable to the character that replaces its hyphens, applied only where the result stays valid for the type.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","pattern":"^.{0,1}$"}},"hash_generation":{"title":"Hash generation","description":"How a name that is too long is shortened: a hash of the full name is appended.","type":"object","additionalProperties":false,"properties":{"algorithm":{"title":"Algorithm","description":"Hash algorithm.","type":"string","enum":["md5","sha256"],"default":"md5"},"length":{"title":"Length","description":"Hash characters kept.","type":"integer","minimum":4,"maximum":64,"default":8},"prefix":{"title":"Prefix","description":"Text before the hash, at most 2 characters.","type":"string","default":"","pattern":"^.{0,2}$"},"separator":{"title":"Separator","description":"Text between the kept part of the name and the hash.","type":"string","default":"-","pattern":"^.{0,1}$"}}}}},"validation":{"title":"Validation","description":"Extra rules per type; they may only tighten the platform rules.","type":"object","additionalProperties":false,"properties":{"max_length":{"title":"Maximum length","description":"Longest name allowed per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"integer","minimum":1}},"allowed_chars":{"title":"Allowed characters","description":"Regular expression a whole name must match, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\S"}},"required_variables":{"title":"Required variables","description":"Variables that must have a value, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},"on_too_long":{"title":"When too long","description":"Per type (or * for every type): shorten the name with a hash, or fail.","type":"object","propertyNames":{"anyOf":[{"$ref":"#/definitions/resourceType"},{"type":"string","const":"*"}]},"additionalProperties":{"type":"string","enum":["shorten","fail"]}}}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy"]}}};const schema37 = {"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy"]};const pattern29 = new RegExp("^[a-z0-9]+$", "u");const pattern30 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern33 = new RegExp("^.{0,1}$", "u");const pattern34 = new RegExp("^.{0,2}$", "u");function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://dpn.dev/schemas/naming-patterns-1.0.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.patterns === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "version") || (key0 === "patterns")) || (key0 === "transformations")) || (key0 === "validation"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(typeof data0 === "string"){if(!pattern2.test(data0)){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.patterns !== undefined){let data1 = data.patterns;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs6 = errors;if(typeof key1 !== "string"){const err5 = {instancePath:instancePath+"/patterns",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((((((((((((((((((((((((((key1 === "aws_s3_bucket") || (key1 === "aws_glue_database")) || (key1 === "aws_glue_table")) || (key1 === "aws_glue_crawler")) || (key1 === "aws_lambda_function")) || (key1 === "aws_iam_role")) || (key1 === "aws_iam_policy")) || (key1 === "aws_kinesis_stream")) || (key1 === "aws_kinesis_firehose")) || (key1 === "aws_dynamodb_table")) || (key1 === "aws_sns_topic")) || (key1 === "aws_sqs_queue")) || (key1 === "aws_step_function")) || (key1 === "dbx_workspace")) || (key1 === "dbx_cluster")) || (key1 === "dbx_job")) || (key1 === "dbx_notebook_path")) || (key1 === "dbx_repo")) || (key1 === "dbx_pipeline")) || (key1 === "dbx_sql_warehouse")) || (key1 === "dbx_catalog")) || (key1 === "dbx_schema")) || (key1 === "dbx_table")) || (key1 === "dbx_volume")) || (key1 === "dbx_secret_scope")) || (key1 === "dbx_instance_pool")) || (key1 === "dbx_policy"))){const err6 = {instancePath:instancePath+"/patterns",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var valid1 = _errs6 === errors;if(!valid1){const err7 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(typeof data2 === "string"){if(!pattern2.test(data2)){const err8 = {instancePath:instancePath+"/patterns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/patterns/additionalProperties/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/patterns/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/patterns/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/patterns",schemaPath:"#/properties/patterns/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.transformations !== undefined){let data3 = data.transformations;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key3 in data3){if(!(((((key3 === "region_mapping") || (key3 === "lowercase")) || (key3 === "uppercase")) || (key3 === "replace_hyphens")) || (key3 === "hash_generation"))){const err11 = {instancePath:instancePath+"/transformations",schemaPath:"#/properties/transformations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.region_mapping !== undefined){let data4 = data3.region_mapping;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key4 in data4){const _errs17 = errors;if(typeof key4 === "string"){if(!pattern1.test(key4)){const err12 = {instancePath:instancePath+"/transformations/region_mapping",schemaPath:"#/properties/transformations/properties/region_mapping/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]+-[a-z]+-[0-9]$"},message:"must match pattern \""+"^[a-z]+-[a-z]+-[0-9]$"+"\"",propertyName:key4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/transformations/region_mapping",schemaPath:"#/properties/transformations/properties/region_mapping/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var valid5 = _errs17 === errors;if(!valid5){const err14 = {instancePath:instancePath+"/transformations/region_mapping",schemaPath:"#/properties/transformations/properties/region_mapping/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}for(const key5 in data4){let data5 = data4[key5];if(typeof data5 === "string"){if(!pattern29.test(data5)){const err15 = {instancePath:instancePath+"/transformations/region_mapping/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/transformations/properties/region_mapping/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+$"},message:"must match pattern \""+"^[a-z0-9]+$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/transformations/region_mapping/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/transformations/properties/region_mapping/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/transformations/region_mapping",schemaPath:"#/properties/transformations/properties/region_mapping/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data3.lowercase !== undefined){let data6 = data3.lowercase;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(typeof data7 === "string"){if(!pattern30.test(data7)){const err18 = {instancePath:instancePath+"/transformations/lowercase/" + i0,schemaPath:"#/properties/transformations/properties/lowercase/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/transformations/lowercase/" + i0,schemaPath:"#/properties/transformations/properties/lowercase/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/transformations/lowercase",schemaPath:"#/properties/transformations/properties/lowercase/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data3.uppercase !== undefined){let data8 = data3.uppercase;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(typeof data9 === "string"){if(!pattern30.test(data9)){const err21 = {instancePath:instancePath+"/transformations/uppercase/" + i1,schemaPath:"#/properties/transformations/properties/uppercase/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/transformations/uppercase/" + i1,schemaPath:"#/properties/transformations/properties/uppercase/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/transformations/uppercase",schemaPath:"#/properties/transformations/properties/uppercase/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data3.replace_hyphens !== undefined){let data10 = data3.replace_hyphens;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key6 in data10){const _errs32 = errors;if(typeof key6 === "string"){if(!pattern30.test(key6)){const err24 = {instancePath:instancePath+"/transformations/replace_hyphens",schemaPath:"#/properties/transformations/properties/replace_hyphens/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key6};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/transformations/replace_hyphens",schemaPath:"#/properties/transformations/properties/replace_hyphens/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key6};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var valid11 = _errs32 === errors;if(!valid11){const err26 = {instancePath:instancePath+"/transformations/replace_hyphens",schemaPath:"#/properties/transformations/properties/replace_hyphens/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}for(const key7 in data10){let data11 = data10[key7];if(typeof data11 === "string"){if(!pattern33.test(data11)){const err27 = {instancePath:instancePath+"/transformations/replace_hyphens/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/transformations/properties/replace_hyphens/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^.{0,1}$"},message:"must match pattern \""+"^.{0,1}$"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/transformations/replace_hyphens/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/transformations/properties/replace_hyphens/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/transformations/replace_hyphens",schemaPath:"#/properties/transformations/properties/replace_hyphens/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data3.hash_generation !== undefined){let data12 = data3.hash_generation;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key8 in data12){if(!((((key8 === "algorithm") || (key8 === "length")) || (key8 === "prefix")) || (key8 === "separator"))){const err30 = {instancePath:instancePath+"/transformations/hash_generation",schemaPath:"#/properties/transformations/properties/hash_generation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data12.algorithm !== undefined){let data13 = data12.algorithm;if(typeof data13 !== "string"){const err31 = {instancePath:instancePath+"/transformations/hash_generation/algorithm",schemaPath:"#/properties/transformations/properties/hash_generation/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(!((data13 === "md5") || (data13 === "sha256"))){const err32 = {instancePath:instancePath+"/transformations/hash_generation/algorithm",schemaPath:"#/properties/transformations/properties/hash_generation/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema36.properties.transformations.properties.hash_generation.properties.algorithm.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data12.length !== undefined){let data14 = data12.length;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err33 = {instancePath:instancePath+"/transformations/hash_generation/length",schemaPath:"#/properties/transformations/properties/hash_generation/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 > 64 || isNaN(data14)){const err34 = {instancePath:instancePath+"/transformations/hash_generation/length",schemaPath:"#/properties/transformations/properties/hash_generation/properties/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data14 < 4 || isNaN(data14)){const err35 = {instancePath:instancePath+"/transformations/hash_generation/length",schemaPath:"#/properties/transformations/properties/hash_generation/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data12.prefix !== undefined){let data15 = data12.prefix;if(typeof data15 === "string"){if(!pattern34.test(data15)){const err36 = {instancePath:instancePath+"/transformations/hash_generation/prefix",schemaPath:"#/properties/transformations/properties/hash_generation/properties/prefix/pattern",keyword:"pattern",params:{pattern: "^.{0,2}$"},message:"must match pattern \""+"^.{0,2}$"+"\""};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/transformations/hash_generation/prefix",schemaPath:"#/properties/transformations/properties/hash_generation/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data12.separator !== undefined){let data16 = data12.separator;if(typeof data16 === "string"){if(!pattern33.test(data16)){const err38 = {instancePath:instancePath+"/transformations/hash_generation/separator",schemaPath:"#/properties/transformations/properties/hash_generation/properties/separator/pattern",keyword:"pattern",params:{pattern: "^.{0,1}$"},message:"must match pattern \""+"^.{0,1}$"+"\""};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/transformations/hash_generation/separator",schemaPath:"#/properties/transformations/properties/hash_generation/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/transformations/hash_generation",schemaPath:"#/properties/transformations/properties/hash_generation/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/transformations",schemaPath:"#/properties/transformations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.validation !== undefined){let data17 = data.validation;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key9 in data17){if(!((((key9 === "max_length") || (key9 === "allowed_chars")) || (key9 === "required_variables")) || (key9 === "on_too_long"))){const err42 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data17.max_length !== undefined){let data18 = data17.max_length;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){for(const key10 in data18){const _errs53 = errors;if(typeof key10 !== "string"){const err43 = {instancePath:instancePath+"/validation/max_length",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key10};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(!(((((((((((((((((((((((((((key10 === "aws_s3_bucket") || (key10 === "aws_glue_database")) || (key10 === "aws_glue_table")) || (key10 === "aws_glue_crawler")) || (key10 === "aws_lambda_function")) || (key10 === "aws_iam_role")) || (key10 === "aws_iam_policy")) || (key10 === "aws_kinesis_stream")) || (key10 === "aws_kinesis_firehose")) || (key10 === "aws_dynamodb_table")) || (key10 === "aws_sns_topic")) || (key10 === "aws_sqs_queue")) || (key10 === "aws_step_function")) || (key10 === "dbx_workspace")) || (key10 === "dbx_cluster")) || (key10 === "dbx_job")) || (key10 === "dbx_notebook_path")) || (key10 === "dbx_repo")) || (key10 === "dbx_pipeline")) || (key10 === "dbx_sql_warehouse")) || (key10 === "dbx_catalog")) || (key10 === "dbx_schema")) || (key10 === "dbx_table")) || (key10 === "dbx_volume")) || (key10 === "dbx_secret_scope")) || (key10 === "dbx_instance_pool")) || (key10 === "dbx_policy"))){const err44 = {instancePath:instancePath+"/validation/max_length",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",propertyName:key10};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}var valid15 = _errs53 === errors;if(!valid15){const err45 = {instancePath:instancePath+"/validation/max_length",schemaPath:"#/properties/validation/properties/max_length/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}for(const key11 in data18){let data19 = data18[key11];if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err46 = {instancePath:instancePath+"/validation/max_length/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/max_length/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 < 1 || isNaN(data19)){const err47 = {instancePath:instancePath+"/validation/max_length/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/max_length/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}}else {const err48 = {instancePath:instancePath+"/validation/max_length",schemaPath:"#/properties/validation/properties/max_length/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data17.allowed_chars !== undefined){let data20 = data17.allowed_chars;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key12 in data20){const _errs61 = errors;if(typeof key12 !== "string"){const err49 = {instancePath:instancePath+"/validation/allowed_chars",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key12};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(!(((((((((((((((((((((((((((key12 === "aws_s3_bucket") || (key12 === "aws_glue_database")) || (key12 === "aws_glue_table")) || (key12 === "aws_glue_crawler")) || (key12 === "aws_lambda_function")) || (key12 === "aws_iam_role")) || (key12 === "aws_iam_policy")) || (key12 === "aws_kinesis_stream")) || (key12 === "aws_kinesis_firehose")) || (key12 === "aws_dynamodb_table")) || (key12 === "aws_sns_topic")) || (key12 === "aws_sqs_queue")) || (key12 === "aws_step_function")) || (key12 === "dbx_workspace")) || (key12 === "dbx_cluster")) || (key12 === "dbx_job")) || (key12 === "dbx_notebook_path")) || (key12 === "dbx_repo")) || (key12 === "dbx_pipeline")) || (key12 === "dbx_sql_warehouse")) || (key12 === "dbx_catalog")) || (key12 === "dbx_schema")) || (key12 === "dbx_table")) || (key12 === "dbx_volume")) || (key12 === "dbx_secret_scope")) || (key12 === "dbx_instance_pool")) || (key12 === "dbx_policy"))){const err50 = {instancePath:instancePath+"/validation/allowed_chars",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",propertyName:key12};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}var valid18 = _errs61 === errors;if(!valid18){const err51 = {instancePath:instancePath+"/validation/allowed_chars",schemaPath:"#/properties/validation/properties/allowed_chars/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}for(const key13 in data20){let data21 = data20[key13];if(typeof data21 === "string"){if(!pattern2.test(data21)){const err52 = {instancePath:instancePath+"/validation/allowed_chars/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/allowed_chars/additionalProperties/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}else {const err53 = {instancePath:instancePath+"/validation/allowed_chars/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/allowed_chars/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/validation/allowed_chars",schemaPath:"#/properties/validation/properties/allowed_chars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data17.required_variables !== undefined){let data22 = data17.required_variables;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key14 in data22){const _errs69 = errors;if(typeof key14 !== "string"){const err55 = {instancePath:instancePath+"/validation/required_variables",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key14};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(!(((((((((((((((((((((((((((key14 === "aws_s3_bucket") || (key14 === "aws_glue_database")) || (key14 === "aws_glue_table")) || (key14 === "aws_glue_crawler")) || (key14 === "aws_lambda_function")) || (key14 === "aws_iam_role")) || (key14 === "aws_iam_policy")) || (key14 === "aws_kinesis_stream")) || (key14 === "aws_kinesis_firehose")) || (key14 === "aws_dynamodb_table")) || (key14 === "aws_sns_topic")) || (key14 === "aws_sqs_queue")) || (key14 === "aws_step_function")) || (key14 === "dbx_workspace")) || (key14 === "dbx_cluster")) || (key14 === "dbx_job")) || (key14 === "dbx_notebook_path")) || (key14 === "dbx_repo")) || (key14 === "dbx_pipeline")) || (key14 === "dbx_sql_warehouse")) || (key14 === "dbx_catalog")) || (key14 === "dbx_schema")) || (key14 === "dbx_table")) || (key14 === "dbx_volume")) || (key14 === "dbx_secret_scope")) || (key14 === "dbx_instance_pool")) || (key14 === "dbx_policy"))){const err56 = {instancePath:instancePath+"/validation/required_variables",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",propertyName:key14};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}var valid21 = _errs69 === errors;if(!valid21){const err57 = {instancePath:instancePath+"/validation/required_variables",schemaPath:"#/properties/validation/properties/required_variables/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}for(const key15 in data22){let data23 = data22[key15];if(Array.isArray(data23)){const len2 = data23.length;for(let i2=0; i2<len2; i2++){let data24 = data23[i2];if(typeof data24 === "string"){if(!pattern30.test(data24)){const err58 = {instancePath:instancePath+"/validation/required_variables/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/validation/properties/required_variables/additionalProperties/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/validation/required_variables/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/validation/properties/required_variables/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/validation/required_variables/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/required_variables/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}else {const err61 = {instancePath:instancePath+"/validation/required_variables",schemaPath:"#/properties/validation/properties/required_variables/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data17.on_too_long !== undefined){let data25 = data17.on_too_long;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key16 in data25){const _errs79 = errors;const _errs80 = errors;let valid27 = false;const _errs81 = errors;if(typeof key16 !== "string"){const err62 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key16};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}if(!(((((((((((((((((((((((((((key16 === "aws_s3_bucket") || (key16 === "aws_glue_database")) || (key16 === "aws_glue_table")) || (key16 === "aws_glue_crawler")) || (key16 === "aws_lambda_function")) || (key16 === "aws_iam_role")) || (key16 === "aws_iam_policy")) || (key16 === "aws_kinesis_stream")) || (key16 === "aws_kinesis_firehose")) || (key16 === "aws_dynamodb_table")) || (key16 === "aws_sns_topic")) || (key16 === "aws_sqs_queue")) || (key16 === "aws_step_function")) || (key16 === "dbx_workspace")) || (key16 === "dbx_cluster")) || (key16 === "dbx_job")) || (key16 === "dbx_notebook_path")) || (key16 === "dbx_repo")) || (key16 === "dbx_pipeline")) || (key16 === "dbx_sql_warehouse")) || (key16 === "dbx_catalog")) || (key16 === "dbx_schema")) || (key16 === "dbx_table")) || (key16 === "dbx_volume")) || (key16 === "dbx_secret_scope")) || (key16 === "dbx_instance_pool")) || (key16 === "dbx_policy"))){const err63 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",propertyName:key16};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}var _valid0 = _errs81 === errors;valid27 = valid27 || _valid0;if(!valid27){const _errs84 = errors;if(typeof key16 !== "string"){const err64 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/propertyNames/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key16};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if("*" !== key16){const err65 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/propertyNames/anyOf/1/const",keyword:"const",params:{allowedValue: "*"},message:"must be equal to constant",propertyName:key16};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}var _valid0 = _errs84 === errors;valid27 = valid27 || _valid0;}if(!valid27){const err66 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/propertyNames/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",propertyName:key16};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}else {errors = _errs80;if(vErrors !== null){if(_errs80){vErrors.length = _errs80;}else {vErrors = null;}}}var valid26 = _errs79 === errors;if(!valid26){const err67 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/propertyNames",keyword:"propertyNames",params:{propertyName: key16},message:"property name must be valid"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}for(const key17 in data25){let data26 = data25[key17];if(typeof data26 !== "string"){const err68 = {instancePath:instancePath+"/validation/on_too_long/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/on_too_long/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(!((data26 === "shorten") || (data26 === "fail"))){const err69 = {instancePath:instancePath+"/validation/on_too_long/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validation/properties/on_too_long/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema36.properties.validation.properties.on_too_long.additionalProperties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/validation/on_too_long",schemaPath:"#/properties/validation/properties/on_too_long/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/validation",schemaPath:"#/properties/validation/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}validate27.errors = vErrors;return errors === 0;}const validateNamingValues = validate28;const schema42 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-values-1.0.json","title":"dpn naming values","description":"naming-values.yaml: the values the naming patterns fill in. Values for one resource are merged in this order, later wins: defaults, environments[environment], resource_types[type], blueprint metadata, the resource's own fields, --override key=value.","type":"object","required":["version","defaults"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Must be the string \"1.0\" (quote it in YAML).","type":"string","const":"1.0"},"defaults":{"$ref":"#/definitions/values","title":"Defaults","description":"Values every resource starts from."},"environments":{"title":"Per environment","description":"Values for one environment (dev, stg, prd), over the defaults.","type":"object","additionalProperties":false,"properties":{"dev":{"$ref":"#/definitions/values","description":"Values for dev."},"stg":{"$ref":"#/definitions/values","description":"Values for stg."},"prd":{"$ref":"#/definitions/values","description":"Values for prd."}}},"resource_types":{"title":"Per resource type","description":"Values for one resource type, over the environment values.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"$ref":"#/definitions/values"}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy"]},"values":{"title":"Values","description":"A flat map of variable name to text value (quote numbers in YAML).","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}}}};const schema43 = {"title":"Values","description":"A flat map of variable name to text value (quote numbers in YAML).","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}};const schema47 = {"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy"]};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://dpn.dev/schemas/naming-values-1.0.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.defaults === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaults"},message:"must have required property '"+"defaults"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "version") || (key0 === "defaults")) || (key0 === "environments")) || (key0 === "resource_types"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if("1.0" !== data0){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs7 = errors;if(typeof key1 === "string"){if(!pattern30.test(key1)){const err5 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var valid2 = _errs7 === errors;if(!valid2){const err7 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}for(const key2 in data1){if(typeof data1[key2] !== "string"){const err8 = {instancePath:instancePath+"/defaults/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/defaults",schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.environments !== undefined){let data3 = data.environments;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key3 in data3){if(!(((key3 === "dev") || (key3 === "stg")) || (key3 === "prd"))){const err10 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.dev !== undefined){let data4 = data3.dev;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key4 in data4){const _errs18 = errors;if(typeof key4 === "string"){if(!pattern30.test(key4)){const err11 = {instancePath:instancePath+"/environments/dev",schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/environments/dev",schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var valid6 = _errs18 === errors;if(!valid6){const err13 = {instancePath:instancePath+"/environments/dev",schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}for(const key5 in data4){if(typeof data4[key5] !== "string"){const err14 = {instancePath:instancePath+"/environments/dev/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/environments/dev",schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data3.stg !== undefined){let data6 = data3.stg;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key6 in data6){const _errs26 = errors;if(typeof key6 === "string"){if(!pattern30.test(key6)){const err16 = {instancePath:instancePath+"/environments/stg",schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/environments/stg",schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var valid9 = _errs26 === errors;if(!valid9){const err18 = {instancePath:instancePath+"/environments/stg",schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}for(const key7 in data6){if(typeof data6[key7] !== "string"){const err19 = {instancePath:instancePath+"/environments/stg/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/environments/stg",schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data3.prd !== undefined){let data8 = data3.prd;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key8 in data8){const _errs34 = errors;if(typeof key8 === "string"){if(!pattern30.test(key8)){const err21 = {instancePath:instancePath+"/environments/prd",schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/environments/prd",schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var valid12 = _errs34 === errors;if(!valid12){const err23 = {instancePath:instancePath+"/environments/prd",schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}for(const key9 in data8){if(typeof data8[key9] !== "string"){const err24 = {instancePath:instancePath+"/environments/prd/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/environments/prd",schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.resource_types !== undefined){let data10 = data.resource_types;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key10 in data10){const _errs41 = errors;if(typeof key10 !== "string"){const err27 = {instancePath:instancePath+"/resource_types",schemaPath:"#/definitions/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key10};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(!(((((((((((((((((((((((((((key10 === "aws_s3_bucket") || (key10 === "aws_glue_database")) || (key10 === "aws_glue_table")) || (key10 === "aws_glue_crawler")) || (key10 === "aws_lambda_function")) || (key10 === "aws_iam_role")) || (key10 === "aws_iam_policy")) || (key10 === "aws_kinesis_stream")) || (key10 === "aws_kinesis_firehose")) || (key10 === "aws_dynamodb_table")) || (key10 === "aws_sns_topic")) || (key10 === "aws_sqs_queue")) || (key10 === "aws_step_function")) || (key10 === "dbx_workspace")) || (key10 === "dbx_cluster")) || (key10 === "dbx_job")) || (key10 === "dbx_notebook_path")) || (key10 === "dbx_repo")) || (key10 === "dbx_pipeline")) || (key10 === "dbx_sql_warehouse")) || (key10 === "dbx_catalog")) || (key10 === "dbx_schema")) || (key10 === "dbx_table")) || (key10 === "dbx_volume")) || (key10 === "dbx_secret_scope")) || (key10 === "dbx_instance_pool")) || (key10 === "dbx_policy"))){const err28 = {instancePath:instancePath+"/resource_types",schemaPath:"#/definitions/resourceType/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",propertyName:key10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var valid14 = _errs41 === errors;if(!valid14){const err29 = {instancePath:instancePath+"/resource_types",schemaPath:"#/properties/resource_types/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}for(const key11 in data10){let data11 = data10[key11];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key12 in data11){const _errs48 = errors;if(typeof key12 === "string"){if(!pattern30.test(key12)){const err30 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key12};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var valid18 = _errs48 === errors;if(!valid18){const err32 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}for(const key13 in data11){if(typeof data11[key13] !== "string"){const err33 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/resource_types/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}else {const err35 = {instancePath:instancePath+"/resource_types",schemaPath:"#/properties/resource_types/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}validate28.errors = vErrors;return errors === 0;}const validateState = (/* unused pure expression or super */ null && (validate29));const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/state-1.json","title":"dpn state (one blueprint)","description":"What dpn applied for one blueprint file: one document per blueprint under <state-dir>/state/, at the blueprint's path plus .json. Written by dpn with sorted keys; edit by hand only to repair.","type":"object","required":["version","blueprint","resources"],"additionalProperties":false,"properties":{"version":{"const":1,"description":"Format version of the state document."},"blueprint":{"type":"string","minLength":1,"description":"The blueprint file, normalised (forward slashes, no leading ./)."},"resources":{"type":"object","description":"Applied resources of this blueprint, by resource key (type plus logical identity).","additionalProperties":{"$ref":"#/definitions/resource"}}},"definitions":{"resource":{"type":"object","required":["type","name","fullName","params","tags","deletionPolicy","appliedAt","transaction"],"properties":{"key":false,"blueprint":false,"type":{"enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy"]},"name":{"type":"string","description":"Generated name, as applied."},"fullName":{"type":"string","description":"Globally addressable name (db.table, catalog.schema.table), else the name."},"physicalId":{"type":"string","description":"Platform id: cluster id, job id, ARN. Absent where the name is the id."},"params":{"type":"object","description":"Settings applied, in the shape the type's driver takes."},"tags":{"type":"object","additionalProperties":{"type":"string"}},"deletionPolicy":{"enum":["archive","delete","retain"],"description":"What happens when the resource leaves the blueprints."},"archived":{"type":"boolean","description":"Present (true) once the resource was archived."},"appliedAt":{"type":"string","description":"UTC ISO-8601 time of the last change."},"transaction":{"type":"string","description":"Id of the transaction that made the last change (see the WAL)."},"dependsOn":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Keys this resource depended on when applied; orders deletions."}},"description":"One applied resource. Its key and blueprint are held by the document, not repeated here; fields a newer dpn adds are allowed."}}};const schema50 = {"type":"object","required":["type","name","fullName","params","tags","deletionPolicy","appliedAt","transaction"],"properties":{"key":false,"blueprint":false,"type":{"enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy"]},"name":{"type":"string","description":"Generated name, as applied."},"fullName":{"type":"string","description":"Globally addressable name (db.table, catalog.schema.table), else the name."},"physicalId":{"type":"string","description":"Platform id: cluster id, job id, ARN. Absent where the name is the id."},"params":{"type":"object","description":"Settings applied, in the shape the type's driver takes."},"tags":{"type":"object","additionalProperties":{"type":"string"}},"deletionPolicy":{"enum":["archive","delete","retain"],"description":"What happens when the resource leaves the blueprints."},"archived":{"type":"boolean","description":"Present (true) once the resource was archived."},"appliedAt":{"type":"string","description":"UTC ISO-8601 time of the last change."},"transaction":{"type":"string","description":"Id of the transaction that made the last change (see the WAL)."},"dependsOn":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Keys this resource depended on when applied; orders deletions."}},"description":"One applied resource. Its key and blueprint are held by the document, not repeated here; fields a newer dpn adds are allowed."};const func2 = (function ucs2length(str) {
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
});function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://dpn.dev/schemas/state-1.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.blueprint === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blueprint"},message:"must have required property '"+"blueprint"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.resources === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resources"},message:"must have required property '"+"resources"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "version") || (key0 === "blueprint")) || (key0 === "resources"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.blueprint !== undefined){let data1 = data.blueprint;if(typeof data1 === "string"){if(func2(data1) < 1){const err5 = {instancePath:instancePath+"/blueprint",schemaPath:"#/properties/blueprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/blueprint",schemaPath:"#/properties/blueprint/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.resources !== undefined){let data2 = data.resources;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){let data3 = data2[key1];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.type === undefined){const err7 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3.name === undefined){const err8 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data3.fullName === undefined){const err9 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "fullName"},message:"must have required property '"+"fullName"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data3.params === undefined){const err10 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data3.tags === undefined){const err11 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data3.deletionPolicy === undefined){const err12 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "deletionPolicy"},message:"must have required property '"+"deletionPolicy"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data3.appliedAt === undefined){const err13 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "appliedAt"},message:"must have required property '"+"appliedAt"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data3.transaction === undefined){const err14 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/required",keyword:"required",params:{missingProperty: "transaction"},message:"must have required property '"+"transaction"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data3.key !== undefined){const err15 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/definitions/resource/properties/key/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data3.blueprint !== undefined){const err16 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/blueprint",schemaPath:"#/definitions/resource/properties/blueprint/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data3.type !== undefined){let data6 = data3.type;if(!(((((((((((((((((((((((((((data6 === "aws_s3_bucket") || (data6 === "aws_glue_database")) || (data6 === "aws_glue_table")) || (data6 === "aws_glue_crawler")) || (data6 === "aws_lambda_function")) || (data6 === "aws_iam_role")) || (data6 === "aws_iam_policy")) || (data6 === "aws_kinesis_stream")) || (data6 === "aws_kinesis_firehose")) || (data6 === "aws_dynamodb_table")) || (data6 === "aws_sns_topic")) || (data6 === "aws_sqs_queue")) || (data6 === "aws_step_function")) || (data6 === "dbx_workspace")) || (data6 === "dbx_cluster")) || (data6 === "dbx_job")) || (data6 === "dbx_notebook_path")) || (data6 === "dbx_repo")) || (data6 === "dbx_pipeline")) || (data6 === "dbx_sql_warehouse")) || (data6 === "dbx_catalog")) || (data6 === "dbx_schema")) || (data6 === "dbx_table")) || (data6 === "dbx_volume")) || (data6 === "dbx_secret_scope")) || (data6 === "dbx_instance_pool")) || (data6 === "dbx_policy"))){const err17 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/resource/properties/type/enum",keyword:"enum",params:{allowedValues: schema50.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data3.name !== undefined){if(typeof data3.name !== "string"){const err18 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/resource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data3.fullName !== undefined){if(typeof data3.fullName !== "string"){const err19 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/fullName",schemaPath:"#/definitions/resource/properties/fullName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data3.physicalId !== undefined){if(typeof data3.physicalId !== "string"){const err20 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/physicalId",schemaPath:"#/definitions/resource/properties/physicalId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data3.params !== undefined){let data10 = data3.params;if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){const err21 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/params",schemaPath:"#/definitions/resource/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data3.tags !== undefined){let data11 = data3.tags;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){if(typeof data11[key2] !== "string"){const err22 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/definitions/resource/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data3.deletionPolicy !== undefined){let data13 = data3.deletionPolicy;if(!(((data13 === "archive") || (data13 === "delete")) || (data13 === "retain"))){const err24 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/deletionPolicy",schemaPath:"#/definitions/resource/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema50.properties.deletionPolicy.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data3.archived !== undefined){if(typeof data3.archived !== "boolean"){const err25 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/archived",schemaPath:"#/definitions/resource/properties/archived/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data3.appliedAt !== undefined){if(typeof data3.appliedAt !== "string"){const err26 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/appliedAt",schemaPath:"#/definitions/resource/properties/appliedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data3.transaction !== undefined){if(typeof data3.transaction !== "string"){const err27 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/transaction",schemaPath:"#/definitions/resource/properties/transaction/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data3.dependsOn !== undefined){let data17 = data3.dependsOn;if(Array.isArray(data17)){const len0 = data17.length;for(let i0=0; i0<len0; i0++){if(typeof data17[i0] !== "string"){const err28 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn/" + i0,schemaPath:"#/definitions/resource/properties/dependsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}let i1 = data17.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data17[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err29 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/definitions/resource/properties/dependsOn/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;break;}indices0[item0] = i1;}}}else {const err30 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependsOn",schemaPath:"#/definitions/resource/properties/dependsOn/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/resources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}validate29.errors = vErrors;return errors === 0;}

/***/ }),

/***/ 5643:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/blueprint-1.0.json","title":"dpn blueprint","description":"Resources a team wants on AWS and Databricks, in the dpn v1.0 blueprint format. dpn generates every name from the naming convention; a blueprint only says what each resource is for.","type":"object","required":["version","metadata","resources"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Blueprint format version. Must be the string \\"1.0\\" (quote it in YAML).","type":"string","const":"1.0"},"metadata":{"title":"Metadata","description":"Where and for whom the resources are made. Every value is also a naming variable.","type":"object","required":["environment","project","region"],"additionalProperties":false,"properties":{"environment":{"title":"Environment","description":"Deployment environment.","type":"string","enum":["dev","stg","prd"]},"project":{"title":"Project","description":"Project name: lowercase letters, digits and hyphens.","type":"string","pattern":"^[a-z0-9-]+$"},"region":{"title":"AWS region","description":"AWS region code such as us-east-1; dpn derives the short code (region_short) from it.","type":"string","pattern":"^[a-z]+-[a-z]+-[0-9]$"},"team":{"title":"Team","description":"Owning team; becomes the Team tag on AWS resources.","type":"string","pattern":"\\\\S"},"cost_center":{"title":"Cost center","description":"Cost center; becomes the CostCenter tag on AWS resources.","type":"string","pattern":"\\\\S"},"data_classification":{"title":"Data classification","description":"Sensitivity of the data held by these resources.","type":"string","enum":["public","internal","confidential","restricted"]}}},"scope":{"title":"Scope","description":"Limits which resource types of this blueprint dpn manages.","type":"object","required":["mode","patterns"],"additionalProperties":false,"properties":{"mode":{"title":"Mode","description":"include: manage only the types that match a pattern; exclude: manage every type except those.","type":"string","enum":["include","exclude"]},"patterns":{"title":"Type patterns","description":"Resource type keys with wildcards: * matches any run of characters, ? exactly one; matched against the whole key (aws_*, *_cluster, dbx_table).","type":"array","minItems":1,"items":{"type":"string","pattern":"\\\\S"}}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy","description":"What happens to a resource of this blueprint once it is removed from the file: archive (default) keeps it and marks it retired, delete removes it, retain leaves it untouched. A dpn v2 addition; v1.0 files do not have it."},"resources":{"title":"Resources","description":"The resources, grouped by platform.","type":"object","additionalProperties":false,"properties":{"aws":{"title":"AWS resources","description":"S3 buckets and the Glue Data Catalog.","type":"object","additionalProperties":false,"properties":{"s3_buckets":{"title":"S3 buckets","description":"Buckets (type aws_s3_bucket), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/s3Bucket"}},"glue_databases":{"title":"Glue databases","description":"Glue Data Catalog databases (type aws_glue_database), one per domain and layer.","type":"array","items":{"$ref":"#/definitions/glueDatabase"}},"glue_tables":{"title":"Glue tables","description":"Glue Data Catalog tables (type aws_glue_table), each in a Glue database of the same blueprint.","type":"array","items":{"$ref":"#/definitions/glueTable"}}}},"databricks":{"title":"Databricks resources","description":"Clusters, jobs and Unity Catalog objects.","type":"object","additionalProperties":false,"properties":{"clusters":{"title":"Clusters","description":"Databricks clusters (type dbx_cluster), one per workload.","type":"array","items":{"$ref":"#/definitions/cluster"}},"jobs":{"title":"Jobs","description":"Databricks jobs (type dbx_job), each running on a cluster of the same blueprint.","type":"array","items":{"$ref":"#/definitions/job"}},"unity_catalog":{"title":"Unity Catalog","description":"Unity Catalog catalogs with their schemas and tables.","type":"object","additionalProperties":false,"properties":{"catalogs":{"title":"Catalogs","description":"Catalogs (type dbx_catalog).","type":"array","items":{"$ref":"#/definitions/catalog"}}}}}}}}},"definitions":{"deletionPolicy":{"title":"Deletion policy","description":"What happens to the resource once it is removed from the blueprint: archive (default), delete or retain. A dpn v2 addition; v1.0 files do not have it.","type":"string","enum":["archive","delete","retain"]},"column":{"title":"Column","description":"A column: name and data type.","type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Column name.","type":"string","pattern":"\\\\S"},"type":{"title":"Type","description":"Column data type, e.g. string, bigint, decimal(18,2).","type":"string","pattern":"\\\\S"},"comment":{"title":"Comment","description":"Free-text comment.","type":"string"}}},"tableType":{"title":"Table type","description":"Kind of table; the first word of the table name.","type":"string","enum":["fact","dim","bridge","staging","reference"]},"medallionLayer":{"title":"Layer","description":"Medallion layer.","type":"string","enum":["bronze","silver","gold"]},"s3Bucket":{"title":"S3 bucket","description":"An S3 bucket (aws_s3_bucket).","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\\\S"},"layer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"versioning":{"title":"Versioning","description":"Turn on object versioning.","type":"boolean","default":true},"lifecycle_days":{"title":"Lifecycle days","description":"Days after which objects transition to the INTELLIGENT_TIERING storage class.","type":"integer","minimum":0,"default":90},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueDatabase":{"title":"Glue database","description":"A Glue Data Catalog database (aws_glue_database). Other resources refer to it as \\"{domain}-{layer}\\".","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"description":{"title":"Description","description":"Free-text description of the database.","type":"string"},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueTable":{"title":"Glue table","description":"A Glue Data Catalog table (aws_glue_table).","type":"object","required":["database_ref","entity","columns"],"additionalProperties":false,"properties":{"database_ref":{"title":"Database reference","description":"The Glue database of this blueprint that holds the table, written \\"{domain}-{layer}\\" (e.g. sales-bronze).","type":"string","pattern":"\\\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"partition_keys":{"title":"Partition keys","description":"Partition columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"cluster":{"title":"Cluster","description":"A Databricks cluster (dbx_cluster). Jobs refer to it by its workload.","type":"object","required":["workload","cluster_type","node_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]},"node_type":{"title":"Node type","description":"Instance type of the workers, e.g. i3.xlarge.","type":"string","pattern":"\\\\S"},"spark_version":{"title":"Spark version","description":"Databricks runtime version.","type":"string","default":"13.3.x-scala2.12","pattern":"\\\\S"},"autoscale":{"title":"Autoscale","description":"Worker count range; defaults to 2..8.","type":"object","additionalProperties":false,"properties":{"min":{"title":"Minimum workers","description":"Fewest workers.","type":"integer","minimum":0,"default":2},"max":{"title":"Maximum workers","description":"Most workers; at least the minimum.","type":"integer","minimum":1,"default":8}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"job":{"title":"Job","description":"A Databricks job (dbx_job).","type":"object","required":["job_type","purpose","cluster_ref"],"additionalProperties":false,"properties":{"job_type":{"title":"Job type","description":"Kind of job, e.g. batch or streaming.","type":"string","pattern":"\\\\S"},"purpose":{"title":"Purpose","description":"What the job does, e.g. daily-sales-load.","type":"string","pattern":"\\\\S"},"cluster_ref":{"title":"Cluster reference","description":"The workload of a cluster of this blueprint that runs the job.","type":"string","pattern":"\\\\S"},"schedule":{"title":"Schedule","description":"daily, hourly, weekly, monthly or a Quartz cron expression; without it the job takes the schedule naming value (daily by default).","type":"string","pattern":"\\\\S"},"tasks":{"title":"Tasks","description":"Job tasks as the Databricks Jobs API takes them; dpn fills in the cluster.","type":"array","items":{"type":"object"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"catalog":{"title":"Catalog","description":"A Unity Catalog catalog (dbx_catalog) with its schemas.","type":"object","required":["catalog_type","schemas"],"additionalProperties":false,"properties":{"catalog_type":{"title":"Catalog type","description":"What the catalog is for, e.g. dev or analytics.","type":"string","pattern":"\\\\S"},"storage_root":{"title":"Storage root","description":"Managed storage location, e.g. s3://bucket/path.","type":"string","pattern":"\\\\S"},"schemas":{"title":"Schemas","description":"Schemas of the catalog (dbx_schema).","type":"array","items":{"$ref":"#/definitions/ucSchema"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucSchema":{"title":"Schema","description":"A Unity Catalog schema (dbx_schema).","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. customer.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"tables":{"title":"Tables","description":"Managed tables of the schema (dbx_table).","type":"array","items":{"$ref":"#/definitions/ucTable"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucTable":{"title":"Table","description":"A Unity Catalog managed table (dbx_table).","type":"object","required":["entity"],"additionalProperties":false,"properties":{"entity":{"title":"Entity","description":"What one row describes, e.g. customers.","type":"string","pattern":"\\\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}}}}');

/***/ }),

/***/ 7730:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-patterns-1.0.json","title":"dpn naming patterns","description":"naming-patterns.yaml: one name template per resource type, the transformations applied to values, and extra validation rules (which may only tighten the platform rules).","type":"object","required":["version","patterns"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Format version, \\"1.0\\".","type":"string","pattern":"\\\\S"},"patterns":{"title":"Patterns","description":"Template per resource type with {variable} placeholders; a type left out keeps its built-in pattern.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\\\S"}},"transformations":{"title":"Transformations","description":"How values are changed before they fill a pattern.","type":"object","additionalProperties":false,"properties":{"region_mapping":{"title":"Region mapping","description":"AWS region to short code (region_short); overrides the built-in code of a region.","type":"object","propertyNames":{"type":"string","pattern":"^[a-z]+-[a-z]+-[0-9]$"},"additionalProperties":{"type":"string","pattern":"^[a-z0-9]+$"}},"lowercase":{"title":"Lowercase","description":"Variables whose values are lowercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"uppercase":{"title":"Uppercase","description":"Variables whose values are uppercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"replace_hyphens":{"title":"Replace hyphens","description":"Variable to the character that replaces its hyphens, applied only where the result stays valid for the type.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","pattern":"^.{0,1}$"}},"hash_generation":{"title":"Hash generation","description":"How a name that is too long is shortened: a hash of the full name is appended.","type":"object","additionalProperties":false,"properties":{"algorithm":{"title":"Algorithm","description":"Hash algorithm.","type":"string","enum":["md5","sha256"],"default":"md5"},"length":{"title":"Length","description":"Hash characters kept.","type":"integer","minimum":4,"maximum":64,"default":8},"prefix":{"title":"Prefix","description":"Text before the hash, at most 2 characters.","type":"string","default":"","pattern":"^.{0,2}$"},"separator":{"title":"Separator","description":"Text between the kept part of the name and the hash.","type":"string","default":"-","pattern":"^.{0,1}$"}}}}},"validation":{"title":"Validation","description":"Extra rules per type; they may only tighten the platform rules.","type":"object","additionalProperties":false,"properties":{"max_length":{"title":"Maximum length","description":"Longest name allowed per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"integer","minimum":1}},"allowed_chars":{"title":"Allowed characters","description":"Regular expression a whole name must match, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\\\S"}},"required_variables":{"title":"Required variables","description":"Variables that must have a value, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},"on_too_long":{"title":"When too long","description":"Per type (or * for every type): shorten the name with a hash, or fail.","type":"object","propertyNames":{"anyOf":[{"$ref":"#/definitions/resourceType"},{"type":"string","const":"*"}]},"additionalProperties":{"type":"string","enum":["shorten","fail"]}}}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy"]}}}');

/***/ }),

/***/ 65:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-values-1.0.json","title":"dpn naming values","description":"naming-values.yaml: the values the naming patterns fill in. Values for one resource are merged in this order, later wins: defaults, environments[environment], resource_types[type], blueprint metadata, the resource\'s own fields, --override key=value.","type":"object","required":["version","defaults"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Must be the string \\"1.0\\" (quote it in YAML).","type":"string","const":"1.0"},"defaults":{"$ref":"#/definitions/values","title":"Defaults","description":"Values every resource starts from."},"environments":{"title":"Per environment","description":"Values for one environment (dev, stg, prd), over the defaults.","type":"object","additionalProperties":false,"properties":{"dev":{"$ref":"#/definitions/values","description":"Values for dev."},"stg":{"$ref":"#/definitions/values","description":"Values for stg."},"prd":{"$ref":"#/definitions/values","description":"Values for prd."}}},"resource_types":{"title":"Per resource type","description":"Values for one resource type, over the environment values.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"$ref":"#/definitions/values"}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy"]},"values":{"title":"Values","description":"A flat map of variable name to text value (quote numbers in YAML).","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}}}}');

/***/ })

};
