// Expansion of one validated blueprint into ResourceSpecs: defaults, scope,
// references (database_ref, cluster_ref), names from the naming engine, keys,
// dependencies, tags and driver params. Pure: no I/O, no clock.
import { regionVariableOf } from '../naming/clouds.js';
import { BlueprintNaming } from '../naming/generate.js';
import type { NameResult, NamingConfig, NamingValues, ResourceType } from '../naming/types.js';
import { closest, error, locate, type Diagnostic, type DocumentPath, type SourceDocument } from '../source/index.js';
import { METADATA_VARIABLES } from '../config/variables.js';
import {
  DEFAULTS,
  TABLE_DEFAULTS,
  type BlueprintDoc,
  type CatalogDoc,
  type ClusterDoc,
  type ColumnDoc,
  type JobDoc,
  type UcSchemaDoc,
} from './document.js';
import type {
  CatalogParams,
  ClusterParams,
  Column,
  GlueDatabaseParams,
  GlueTableParams,
  JobParams,
  S3BucketParams,
  SchemaParams,
  UcTableParams,
} from './params.js';
import { expandClouds } from './expand-clouds.js';
import { scopeFilter, unmatchedPatterns } from './scope.js';
import type { DeletionPolicy, RejectedResource, ResourceSpec } from './types.js';

export interface ExpandOptions {
  naming: NamingConfig;
  /** `--override key=value`: the highest-precedence naming values. */
  overrides: NamingValues;
}

export interface Expansion {
  resources: ResourceSpec[];
  diagnostics: Diagnostic[];
  rejected: RejectedResource[];
}

/** Named resource a reference can point at. */
interface Target {
  key: string;
  name: string;
  inScope: boolean;
}

/**
 * One list of blueprint entries of one type (the buckets, the tables of one
 * Unity Catalog schema…): what its entries share, worked out once per list
 * rather than once per resource.
 */
export interface EntryList {
  type: ResourceType;
  /** Where the list is in the document; an entry's path is this plus its index (built only for a message). */
  path: DocumentPath;
  /** Whether the blueprint's scope manages this type. */
  inScope: boolean;
  /** The start of every key of this type in this blueprint: `type:project/environment/`. */
  keyHead: string;
}

/** A valid name: its text, or the naming engine's whole result when there is more to say (it was shortened). */
type Named = string | NameResult;

function textOf(named: Named): string {
  return typeof named === 'string' ? named : (named.name as string);
}

/** Expands one blueprint that already passed the schema. */
export function expandBlueprint(source: SourceDocument, options: ExpandOptions): Expansion {
  return new Expander(source, options).run();
}

class Expander {
  private readonly doc: BlueprintDoc;
  private readonly resources: ResourceSpec[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly rejected: RejectedResource[] = [];
  private readonly metadataValues: NamingValues = {};
  private readonly tags: Readonly<Record<string, string>>;
  private readonly keyPrefix: string;
  private readonly scope: (type: ResourceType) => boolean;
  private readonly defaultPolicy: DeletionPolicy;
  private readonly region: string;
  private readonly naming: BlueprintNaming;
  /** The region fields (region, azure_location, gcp_region) whose unknown value was reported. */
  private readonly regionsReported = new Set<string>();

  constructor(
    private readonly source: SourceDocument,
    options: ExpandOptions,
  ) {
    this.doc = source.data as BlueprintDoc;
    // An override of a metadata value (project, environment, region…) is the value the
    // resources get: in their names, their keys, their tags and where they are made.
    const metadata = withOverrides(this.doc.metadata, options.overrides);
    for (const variable of METADATA_VARIABLES) {
      const value = metadata[variable];
      if (value !== undefined) this.metadataValues[variable] = value;
    }
    const tags: Record<string, string> = { Environment: metadata.environment, Project: metadata.project, ManagedBy: 'dpn' };
    if (metadata.team !== undefined) tags.Team = metadata.team;
    if (metadata.cost_center !== undefined) tags.CostCenter = metadata.cost_center;
    // One frozen object per blueprint, shared by its resources: specs are values, never edited in place.
    this.tags = Object.freeze(tags);
    this.keyPrefix = `${metadata.project}/${metadata.environment}/`;
    this.scope = scopeFilter(this.doc.scope);
    this.defaultPolicy = this.doc.deletion_policy ?? DEFAULTS.deletionPolicy;
    this.region = metadata.region;
    this.naming = new BlueprintNaming(options.naming, this.metadataValues, options.overrides);
  }

  run(): Expansion {
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
        // The few cloud entries take the naming engine's whole result.
        name: (list, entry, index, defaults) => {
          const named = this.name(list, entry, index, defaults);
          return typeof named === 'string' ? this.naming.name(list.type, entry, defaults) : named;
        },
        add: (list, logical, named, entry, index, fullName, dependsOn, params) => this.add(list, logical, named, entry, index, fullName, dependsOn, params, undefined),
        at: (path) => this.at(path),
        report: (diagnostic) => this.diagnostics.push(diagnostic),
      });
    }
    return { resources: this.resources, diagnostics: this.diagnostics, rejected: this.rejected };
  }

  private checkMetadata(): void {
    const { scope, metadata } = this.doc;
    for (const [field, tag] of [
      ['team', 'Team'],
      ['cost_center', 'CostCenter'],
    ] as const) {
      const value = metadata[field];
      if (value !== undefined && !isTagValue(value)) {
        this.diagnostics.push(
          error(
            'TAG_INVALID',
            `${field} becomes the AWS tag ${tag}, whose value may hold at most 256 letters, digits, spaces and + - = . _ : / @ (got ${JSON.stringify(value)})`,
            this.at(['metadata', field]),
          ),
        );
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

  private list(type: ResourceType, path: DocumentPath): EntryList {
    return { type, path, inScope: this.scope(type), keyHead: `${type}:${this.keyPrefix}` };
  }

  private at(path: DocumentPath) {
    return locate(this.source, path);
  }

  /** Where an entry starts: found directly for an entry the reader recorded, else by its path. */
  private where(list: EntryList, entry: object, index: number) {
    return this.source.positions.startOf(entry) ?? this.at([...list.path, index]);
  }

  /**
   * Names an entry: the name's text when that is all there is to say (nearly
   * always: no object per resource), else the naming engine's result for a
   * shortened name. Reports every broken rule at the entry and returns
   * undefined when there is no valid name.
   */
  private name(list: EntryList, entry: object, index: number, defaults?: NamingValues): Named | undefined {
    const { type } = list;
    const plain = this.naming.plainName(type, entry, defaults);
    if (plain !== undefined) return plain;
    const result = this.naming.name(type, entry, defaults);
    if (result.violations.length === 0 && result.name !== undefined) return result;
    const at = this.at([...list.path, index]);
    if (list.inScope) this.rejected.push({ type, generated: result.generated, blueprint: this.source.file, location: at });
    for (const violation of result.violations) {
      // The region is the blueprint's, not the resource's: say so once, where it is written.
      if (violation.code === 'NAMING_UNKNOWN_REGION') {
        const field = regionVariableOf(type);
        if (!this.regionsReported.has(field)) {
          this.regionsReported.add(field);
          this.diagnostics.push(error(violation.code, `${violation.message} (rule: ${violation.rule})`, this.at(['metadata', field])));
        }
        continue;
      }
      // Say which name broke the rule, unless the engine's message already does.
      const says = violation.message.includes(result.generated) || violation.message.startsWith(`${type}:`);
      const subject = says ? '' : `${type} name ${JSON.stringify(result.generated)}: `;
      this.diagnostics.push(error(violation.code, `${subject}${violation.message} (rule: ${violation.rule})`, at));
    }
    if (result.violations.length === 0) {
      this.diagnostics.push(error('NAME_INVALID', `${type} name ${JSON.stringify(result.generated)} is not valid`, at));
    }
    return undefined;
  }

  /**
   * The ResourceSpec of one named entry, kept when its type is in scope.
   * Positional arguments, one shape for every type: this runs once per
   * resource, and an options object per call was one more allocation and a
   * call site that saw a different shape for each type.
   */
  private add(
    list: EntryList,
    logical: string,
    named: Named,
    entry: object,
    index: number,
    fullName: string | undefined,
    dependsOn: string[] | undefined,
    params: object,
    policy: DeletionPolicy | undefined,
  ): ResourceSpec {
    const name = textOf(named);
    const resource: ResourceSpec = {
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
      params: params as Record<string, unknown>,
      tags: this.tags as Record<string, string>,
      deletionPolicy: policy ?? this.defaultPolicy,
    };
    if (typeof named !== 'string' && named.shortened) resource.shortenedFrom = named.shortened.from;
    if (list.inScope) this.resources.push(resource);
    return resource;
  }

  private buckets(buckets: NonNullable<NonNullable<BlueprintDoc['resources']['aws']>['s3_buckets']>): void {
    const list = this.list('aws_s3_bucket', BUCKETS);
    if (!list.inScope) return;
    // Indexed loops: a forEach callback per resource costs a call each until the code is optimised.
    for (let i = 0; i < buckets.length; i++) {
      const bucket = buckets[i] as (typeof buckets)[number];
      const named = this.name(list, bucket, i);
      if (!named) continue;
      const params: S3BucketParams = {
        region: this.region,
        versioning: bucket.versioning ?? DEFAULTS.versioning,
        lifecycleDays: bucket.lifecycle_days ?? DEFAULTS.lifecycleDays,
      };
      this.add(list, `${bucket.purpose}-${bucket.layer}`, named, bucket, i, undefined, undefined, params, bucket.deletion_policy);
    }
  }

  private glueDatabases(databases: NonNullable<NonNullable<BlueprintDoc['resources']['aws']>['glue_databases']>): Map<string, Target | null> {
    const list = this.list('aws_glue_database', GLUE_DATABASES);
    const byRef = new Map<string, Target | null>();
    for (let i = 0; i < databases.length; i++) {
      const database = databases[i] as (typeof databases)[number];
      const ref = `${database.domain}-${database.layer}`;
      const named = this.name(list, database, i);
      // null: the database exists but has no valid name; its tables are skipped, not reported twice.
      if (!named) {
        byRef.set(ref, null);
        continue;
      }
      const params: GlueDatabaseParams = { region: this.region };
      if (database.description !== undefined) params.description = database.description;
      const spec = this.add(list, ref, named, database, i, undefined, undefined, params, database.deletion_policy);
      if (!byRef.has(ref)) byRef.set(ref, { key: spec.key, name: spec.name, inScope: list.inScope });
    }
    return byRef;
  }

  private glueTables(
    tables: NonNullable<NonNullable<BlueprintDoc['resources']['aws']>['glue_tables']>,
    databases: Map<string, Target | null>,
  ): void {
    const list = this.list('aws_glue_table', GLUE_TABLES);
    if (!list.inScope) return;
    for (let i = 0; i < tables.length; i++) {
      const table = tables[i] as (typeof tables)[number];
      const database = databases.get(table.database_ref);
      if (database === undefined) {
        this.diagnostics.push(
          error(
            'REF_DATABASE_NOT_FOUND',
            `database_ref '${table.database_ref}' matches no Glue database of this blueprint (a database is referred to as "{domain}-{layer}"${listOf(databases)})`,
            this.at([...GLUE_TABLES, i, 'database_ref']),
            suggestion(table.database_ref, databases),
          ),
        );
        continue;
      }
      const tableType = table.table_type ?? DEFAULTS.tableType;
      const named = this.name(list, table, i, TABLE_DEFAULTS);
      if (!named || database === null) continue;
      const params: GlueTableParams = {
        region: this.region,
        databaseName: database.name,
        tableType,
        columns: columns(table.columns),
        partitionKeys: columns(table.partition_keys ?? []),
      };
      this.add(
        list,
        `${table.database_ref}/${tableType}_${table.entity}`,
        named,
        table,
        i,
        `${database.name}.${textOf(named)}`,
        database.inScope ? [database.key] : [],
        params,
        table.deletion_policy,
      );
    }
  }

  private clusters(clusters: ClusterDoc[]): Map<string, Target | null> {
    const list = this.list('dbx_cluster', CLUSTERS);
    const byWorkload = new Map<string, Target | null>();
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i] as ClusterDoc;
      const min = cluster.autoscale?.min ?? DEFAULTS.autoscaleMin;
      const max = cluster.autoscale?.max ?? DEFAULTS.autoscaleMax;
      if (min > max) {
        this.diagnostics.push(error('CLUSTER_AUTOSCALE', `autoscale min (${min}) is greater than max (${max})`, this.at([...CLUSTERS, i, 'autoscale'])));
      }
      const named = this.name(list, cluster, i);
      if (!named) {
        byWorkload.set(cluster.workload, null);
        continue;
      }
      const params: ClusterParams = {
        cluster_name: textOf(named),
        spark_version: cluster.spark_version ?? DEFAULTS.sparkVersion,
        node_type_id: cluster.node_type,
        autoscale: { min_workers: min, max_workers: max },
        cluster_type: cluster.cluster_type,
        custom_tags: this.tags as Record<string, string>,
      };
      const spec = this.add(list, cluster.workload, named, cluster, i, undefined, undefined, params, cluster.deletion_policy);
      if (!byWorkload.has(cluster.workload)) byWorkload.set(cluster.workload, { key: spec.key, name: spec.name, inScope: list.inScope });
    }
    return byWorkload;
  }

  private jobs(jobs: JobDoc[], clusters: Map<string, Target | null>): void {
    const list = this.list('dbx_job', JOBS);
    if (!list.inScope) return;
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i] as JobDoc;
      const cluster = clusters.get(job.cluster_ref);
      if (cluster === undefined) {
        this.diagnostics.push(
          error(
            'REF_CLUSTER_NOT_FOUND',
            `cluster_ref '${job.cluster_ref}' matches no cluster workload of this blueprint${listOf(clusters)}`,
            this.at([...JOBS, i, 'cluster_ref']),
            suggestion(job.cluster_ref, clusters),
          ),
        );
        continue;
      }
      const named = this.name(list, job, i);
      if (!named || cluster === null) continue;
      const params: JobParams = {
        name: textOf(named),
        job_type: job.job_type,
        tasks: job.tasks ?? [],
        clusterKey: cluster.key,
        tags: this.tags as Record<string, string>,
      };
      // The naming values (and the object that holds them) only when the job sets no schedule of its own.
      const schedule = job.schedule ?? (typeof named === 'string' ? this.naming.name('dbx_job', job) : named).values.schedule;
      if (schedule !== undefined) params.schedule = schedule;
      this.add(list, `${job.job_type}-${job.purpose}`, named, job, i, undefined, cluster.inScope ? [cluster.key] : [], params, job.deletion_policy);
    }
  }

  private catalogs(catalogs: CatalogDoc[]): void {
    const list = this.list('dbx_catalog', CATALOGS);
    const schemaInScope = this.scope('dbx_schema');
    const tableInScope = this.scope('dbx_table');
    for (let i = 0; i < catalogs.length; i++) {
      const catalog = catalogs[i] as CatalogDoc;
      const named = this.name(list, catalog, i);
      if (!named) continue;
      const params: CatalogParams = { name: textOf(named), properties: {} };
      if (catalog.storage_root !== undefined) params.storage_root = catalog.storage_root;
      const spec = this.add(list, catalog.catalog_type, named, catalog, i, undefined, undefined, params, catalog.deletion_policy);
      const parent = { key: spec.key, name: spec.name, inScope: list.inScope };
      const schemas: EntryList = { type: 'dbx_schema', path: [...CATALOGS, i, 'schemas'], inScope: schemaInScope, keyHead: `dbx_schema:${this.keyPrefix}` };
      const tableHead = `dbx_table:${this.keyPrefix}`;
      for (let j = 0; j < catalog.schemas.length; j++) this.schema(catalog, catalog.schemas[j] as UcSchemaDoc, schemas, j, parent, tableInScope, tableHead);
    }
  }

  private schema(catalog: CatalogDoc, schema: UcSchemaDoc, list: EntryList, s: number, parent: Target, tableInScope: boolean, tableHead: string): void {
    const named = this.name(list, schema, s);
    if (!named) return;
    const logical = `${catalog.catalog_type}/${schema.domain}-${schema.layer}`;
    const params: SchemaParams = { name: textOf(named), catalog_name: parent.name, properties: {} };
    const spec = this.add(list, logical, named, schema, s, `${parent.name}.${textOf(named)}`, parent.inScope ? [parent.key] : [], params, schema.deletion_policy);
    if (!tableInScope) return;
    const tables = schema.tables ?? [];
    if (tables.length === 0) return;
    const tableList: EntryList = { type: 'dbx_table', path: [...list.path, s, 'tables'], inScope: true, keyHead: tableHead };
    for (let k = 0; k < tables.length; k++) {
      const table = tables[k] as (typeof tables)[number];
      const tableType = table.table_type ?? DEFAULTS.tableType;
      const tableNamed = this.name(tableList, table, k, TABLE_DEFAULTS);
      if (!tableNamed) continue;
      const tableParams: UcTableParams = {
        name: textOf(tableNamed),
        catalog_name: parent.name,
        schema_name: spec.name,
        table_type: tableType,
        columns: columns(table.columns ?? []),
      };
      this.add(
        tableList,
        `${logical}/${tableType}_${table.entity}`,
        tableNamed,
        table,
        k,
        `${spec.fullName}.${textOf(tableNamed)}`,
        list.inScope ? [spec.key] : [],
        tableParams,
        table.deletion_policy,
      );
    }
  }
}

const BUCKETS: DocumentPath = ['resources', 'aws', 's3_buckets'];
const GLUE_DATABASES: DocumentPath = ['resources', 'aws', 'glue_databases'];
const GLUE_TABLES: DocumentPath = ['resources', 'aws', 'glue_tables'];
const CLUSTERS: DocumentPath = ['resources', 'databricks', 'clusters'];
const JOBS: DocumentPath = ['resources', 'databricks', 'jobs'];
const CATALOGS: DocumentPath = ['resources', 'databricks', 'unity_catalog', 'catalogs'];

/** Characters AWS accepts in tag values (AWS tagging guide). */
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;

/** Whether AWS accepts the text as a tag value; plain ASCII is told without the Unicode expression, whose compilation is costly. */
function isTagValue(value: string): boolean {
  return /^[A-Za-z0-9 _.:/=+\-@]{0,256}$/.test(value) || TAG_VALUE.test(value);
}

function columns(list: ColumnDoc[]): Column[] {
  return list.map((c) => (c.comment !== undefined ? { name: c.name, type: c.type, comment: c.comment } : { name: c.name, type: c.type }));
}

function listOf(targets: Map<string, unknown>): string {
  if (targets.size === 0) return '; the blueprint defines none';
  const names = [...targets.keys()];
  const shown = names.slice(0, 10).map((n) => `'${n}'`).join(', ');
  return `; it has ${shown}${names.length > 10 ? ', …' : ''}`;
}

/** The reference most likely meant, as a help line (only on the error path). */
function suggestion(ref: string, targets: Map<string, unknown>): string | undefined {
  const guess = closest(ref, targets.keys());
  return guess === undefined ? undefined : `did you mean '${guess}'?`;
}

function withOverrides(metadata: BlueprintDoc['metadata'], overrides: NamingValues): BlueprintDoc['metadata'] {
  let out: BlueprintDoc['metadata'] | undefined;
  for (const variable of METADATA_VARIABLES) {
    const value = overrides[variable];
    if (value === undefined) continue;
    out ??= { ...metadata };
    (out as Record<string, string>)[variable] = value;
  }
  return out ?? metadata;
}
