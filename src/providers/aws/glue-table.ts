// The aws_glue_table driver: an EXTERNAL_TABLE in a Glue database with columns,
// partition keys, description and the parameters `managed_by=dpn` and
// `dpn_table_type=<fact|dim|…>`.
//
// Glue tables cannot carry AWS tags (TagResource covers databases, jobs, crawlers…,
// not tables), so the blueprint's tags are kept as table parameters
// `dpn_tag.<Key>=<Value>` and reported back as the LiveResource's tags.
// Updates keep what dpn does not manage (location, SerDe, other parameters), and the
// creation marker `dpn_created_by=<transaction>` (./ownership.ts) that CreateTable wrote.
//
// Glue folds column names to lower case when it stores them (Hive compatibility), so
// columns are compared ignoring case, and `read` reports a column in the spelling the
// caller's params use when only the case differs: otherwise a blueprint column
// `orderId` would show as drift, and be rewritten, on every run.
import {
  CreateTableCommand,
  DeleteTableCommand,
  GetTableCommand,
  UpdateTableCommand,
  type Column as GlueColumn,
  type GlueClient,
  type Table,
  type TableInput,
} from '@aws-sdk/client-glue';
import type { Column, GlueTableParams } from '../../blueprint/params.js';
import type { ResourceSpec } from '../../blueprint/types.js';
import { ProviderError, type Driver, type DriverContext, type LiveResource, type ResourceRef } from '../driver.js';
import { sendOptions, type AwsClients } from './clients.js';
import { attempt, errorCode, isNotFound, newOp, toProviderError } from './errors.js';
import {
  ARCHIVED_AT_PARAMETER,
  ARCHIVED_PARAMETER,
  MANAGED_BY_PARAMETER,
  MANAGED_BY_VALUE,
  glueTableArn,
  isArchived,
  withArchiveMarkers,
  withoutArchiveMarkers,
} from './glue-catalog.js';
import { CREATED_BY_PARAMETER, createdByIn } from './ownership.js';
import { checkNewName, differences, parseGlueTableParams } from './params.js';
import { validateTags } from './tags.js';

export const TABLE_TYPE_PARAMETER = 'dpn_table_type';
export const TAG_PARAMETER_PREFIX = 'dpn_tag.';

interface TableAddress {
  region: string;
  database: string;
  table: string;
}

function subjectOf(address: Pick<TableAddress, 'database' | 'table'>): string {
  return `Glue table '${address.database}.${address.table}'`;
}

function toGlueColumn(c: Column): GlueColumn {
  return c.comment === undefined ? { Name: c.name, Type: c.type } : { Name: c.name, Type: c.type, Comment: c.comment };
}

function fromGlueColumn(c: GlueColumn): Column {
  const column: Column = { name: c.Name ?? '', type: c.Type ?? '' };
  if (c.Comment) column.comment = c.Comment;
  return column;
}

function tagsOf(parameters: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parameters ?? {})) {
    if (k.startsWith(TAG_PARAMETER_PREFIX)) out[k.slice(TAG_PARAMETER_PREFIX.length)] = v;
  }
  return out;
}

function foldColumn(c: { name: string; type: string; comment?: string }): string {
  return JSON.stringify([c.name.toLowerCase(), c.type.replace(/\s+/g, '').toLowerCase(), c.comment ?? '']);
}

/** Equal as Glue sees them: names and types ignoring case (and blanks in types). */
export function sameColumns(a: Column[], b: Column[]): boolean {
  return a.length === b.length && a.every((c, i) => foldColumn(c) === foldColumn(b[i] as Column));
}

function isColumnList(value: unknown): value is Column[] {
  return Array.isArray(value) && value.every((c) => typeof c === 'object' && c !== null && typeof (c as Column).name === 'string' && typeof (c as Column).type === 'string');
}

/** `live`, or the caller's spelling of it when the two differ only in case. */
function spelledLike(live: Column[], like: unknown): Column[] {
  return isColumnList(like) && sameColumns(live, like) ? like.map((c) => ({ ...c })) : live;
}

type LiveTableParams = Partial<GlueTableParams> & Pick<GlueTableParams, 'region' | 'databaseName' | 'columns' | 'partitionKeys'>;

/** The settings dpn manages, in the shape of GlueTableParams; columns spelled like `like`'s when only case differs. */
function liveParams(table: Table, address: TableAddress, like: Record<string, unknown> = {}): LiveTableParams {
  const out: LiveTableParams = {
    region: address.region,
    databaseName: table.DatabaseName ?? address.database,
    columns: spelledLike((table.StorageDescriptor?.Columns ?? []).map(fromGlueColumn), like.columns),
    partitionKeys: spelledLike((table.PartitionKeys ?? []).map(fromGlueColumn), like.partitionKeys),
  };
  const tableType = table.Parameters?.[TABLE_TYPE_PARAMETER];
  if (tableType !== undefined) out.tableType = tableType;
  if (table.Description) out.description = table.Description;
  return out;
}

/** TableInput that keeps every writable field of `table` (UpdateTable replaces the whole definition). */
function inputFrom(table: Table, name: string): TableInput {
  const input: TableInput = { Name: name };
  if (table.Description) input.Description = table.Description;
  if (table.Owner) input.Owner = table.Owner;
  if (table.Retention !== undefined) input.Retention = table.Retention;
  if (table.StorageDescriptor) input.StorageDescriptor = { ...table.StorageDescriptor };
  if (table.PartitionKeys) input.PartitionKeys = table.PartitionKeys;
  if (table.ViewOriginalText) input.ViewOriginalText = table.ViewOriginalText;
  if (table.ViewExpandedText) input.ViewExpandedText = table.ViewExpandedText;
  if (table.TableType) input.TableType = table.TableType;
  if (table.Parameters) input.Parameters = { ...table.Parameters };
  if (table.TargetTable) input.TargetTable = table.TargetTable;
  return input;
}

/** `input` with column names and types folded the way Glue stores them, for comparing. */
function comparable(input: TableInput): TableInput {
  const fold = (columns: GlueColumn[] | undefined) => columns?.map((c) => ({ ...c, Name: c.Name?.toLowerCase(), Type: c.Type?.replace(/\s+/g, '').toLowerCase() }));
  const out: TableInput = { ...input, PartitionKeys: fold(input.PartitionKeys) };
  if (input.StorageDescriptor) out.StorageDescriptor = { ...input.StorageDescriptor, Columns: fold(input.StorageDescriptor.Columns) };
  return out;
}

/** `base` brought to the desired columns, keys, description and dpn parameters. */
function desiredInput(base: TableInput, desired: GlueTableParams, tags: Record<string, string>): TableInput {
  const kept = Object.fromEntries(
    Object.entries(base.Parameters ?? {}).filter(
      ([k]) => !k.startsWith(TAG_PARAMETER_PREFIX) && k !== ARCHIVED_PARAMETER && k !== ARCHIVED_AT_PARAMETER,
    ),
  );
  const input: TableInput = {
    ...base,
    TableType: base.TableType ?? 'EXTERNAL_TABLE',
    StorageDescriptor: { ...base.StorageDescriptor, Columns: desired.columns.map(toGlueColumn) },
    PartitionKeys: desired.partitionKeys.map(toGlueColumn),
    Parameters: {
      ...kept,
      [MANAGED_BY_PARAMETER]: MANAGED_BY_VALUE,
      [TABLE_TYPE_PARAMETER]: desired.tableType,
      ...Object.fromEntries(Object.entries(tags).map(([k, v]) => [`${TAG_PARAMETER_PREFIX}${k}`, v])),
    },
  };
  if (desired.description === undefined) delete input.Description;
  else input.Description = desired.description;
  return input;
}

export class GlueTableDriver implements Driver {
  readonly type = 'aws_glue_table' as const;
  readonly looksBeforeCreate = true;

  constructor(private readonly clients: AwsClients) {}

  private glue(region: string): GlueClient {
    return this.clients.glueClient(region);
  }

  /** Where a recorded table lives: its params, else `db.table` in fullName. */
  private addressOf(ref: ResourceRef): TableAddress {
    const region = this.clients.regionOf(ref.params);
    const dot = ref.fullName.indexOf('.');
    const database =
      typeof ref.params.databaseName === 'string' && ref.params.databaseName !== ''
        ? ref.params.databaseName
        : dot > 0
          ? ref.fullName.slice(0, dot)
          : '';
    const table = ref.name.includes('.') ? ref.name.slice(ref.name.indexOf('.') + 1) : ref.name;
    if (database === '') {
      throw new ProviderError(`Glue table '${ref.name}': the database is unknown (no params.databaseName and no 'db.table' full name)`, 'invalid', {
        code: 'InvalidParameters',
      });
    }
    return { region, database, table };
  }

  private async getTable(address: TableAddress, ctx: DriverContext, operation: string): Promise<Table | null> {
    try {
      const result = await this.glue(address.region).send(
        new GetTableCommand({ DatabaseName: address.database, Name: address.table }),
        sendOptions(ctx.signal),
      );
      return result.Table ?? null;
    } catch (error) {
      // Glue answers EntityNotFoundException for a missing table and for a missing database alike.
      if (isNotFound(error)) return null;
      throw toProviderError(error, subjectOf(address), `${operation} (GetTable)`);
    }
  }

  private async mustGetTable(address: TableAddress, ctx: DriverContext, operation: string): Promise<Table> {
    const table = await this.getTable(address, ctx, operation);
    if (table === null) {
      throw new ProviderError(`${subjectOf(address)}: ${operation} failed: the table does not exist`, 'not_found', {
        code: 'EntityNotFoundException',
      });
    }
    return table;
  }

  private toLive(table: Table, address: TableAddress, like: Record<string, unknown> = {}): LiveResource {
    const live: LiveResource = {
      params: { ...liveParams(table, address, like) },
      tags: tagsOf(table.Parameters),
      archived: isArchived(table.Parameters),
    };
    const createdBy = createdByIn(table.Parameters, CREATED_BY_PARAMETER);
    if (createdBy !== undefined) live.createdBy = createdBy;
    if (table.CatalogId) {
      this.clients.account = table.CatalogId;
      live.physicalId = glueTableArn(address.region, table.CatalogId, table.DatabaseName ?? address.database, table.Name ?? address.table);
    }
    return live;
  }

  async read(ref: ResourceRef, ctx: DriverContext): Promise<LiveResource | null> {
    const address = this.addressOf(ref);
    const table = await this.getTable(address, ctx, 'read');
    return table ? this.toLive(table, address, ref.params) : null;
  }

  async create(spec: ResourceSpec, ctx: DriverContext): Promise<LiveResource> {
    const provisional = { database: String(spec.params.databaseName ?? '?'), table: spec.name };
    const desired = parseGlueTableParams(spec.params, subjectOf(provisional));
    const address: TableAddress = { region: desired.region, database: desired.databaseName, table: spec.name };
    const subject = subjectOf(address);
    checkNewName(this.type, spec.name, subject);
    validateTags(spec.tags, subject);
    const input = desiredInput({ Name: spec.name }, desired, spec.tags);
    if (ctx.transaction !== undefined) input.Parameters = { ...input.Parameters, [CREATED_BY_PARAMETER]: ctx.transaction };
    // Look first: a converged table then costs no write, not even a refused one.
    const existing = await this.getTable(address, ctx, 'create');
    await ctx.beforeCreate?.(existing === null ? null : this.toLive(existing, address, spec.params));
    if (existing !== null) return this.adopt(existing, address, desired, spec.tags, ctx);
    try {
      await this.glue(address.region).send(
        new CreateTableCommand({ DatabaseName: address.database, TableInput: input }),
        sendOptions(ctx.signal),
      );
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EntityNotFoundException') {
        throw new ProviderError(
          `${subject}: create failed: Glue database '${address.database}' does not exist in ${address.region}; it must be created first`,
          'not_found',
          { code },
        );
      }
      if (code !== 'AlreadyExistsException') throw toProviderError(error, subject, 'create (CreateTable)');
      // Created by someone else between our look and our create.
      return this.adopt(await this.mustGetTable(address, ctx, 'create'), address, desired, spec.tags, ctx);
    }
    const op = newOp('create');
    op.changes.add('CreateTable');
    try {
      // Read back only to learn the account the ARN names.
      const account = this.clients.account;
      const table: Table =
        account === undefined
          ? await this.mustGetTable(address, ctx, 'create')
          : { ...input, Name: spec.name, DatabaseName: address.database, CatalogId: account };
      return this.toLive(table, address, { ...desired });
    } catch (error) {
      throw op.changes.escalate(error);
    }
  }

  private async adopt(
    live: Table,
    address: TableAddress,
    desired: GlueTableParams,
    tags: Record<string, string>,
    ctx: DriverContext,
  ): Promise<LiveResource> {
    const diff = differences(desired, liveParams(live, address, { ...desired }));
    if (diff.length > 0) {
      throw new ProviderError(
        `${subjectOf(address)}: already exists with other settings (${diff.join('; ')}); dpn adopts an existing table only when its settings match the blueprint`,
        'conflict',
        { code: 'AlreadyExistsException' },
      );
    }
    return this.converge(live, address, desired, tags, ctx, 'create');
  }

  async update(spec: ResourceSpec, current: ResourceRef, ctx: DriverContext): Promise<LiveResource> {
    const provisional = { database: String(spec.params.databaseName ?? '?'), table: spec.name };
    const desired = parseGlueTableParams(spec.params, subjectOf(provisional));
    const address: TableAddress = { region: desired.region, database: desired.databaseName, table: spec.name };
    const subject = subjectOf(address);
    validateTags(spec.tags, subject);
    const was = this.addressOf(current);
    if (was.table !== address.table || was.database !== address.database || was.region !== address.region) {
      throw new ProviderError(
        `${subject}: update cannot rename or move ${subjectOf(was)} (${was.region}); Glue has no table rename, the plan must replace it`,
        'invalid',
        { code: 'RenameNotSupported' },
      );
    }
    const live = await this.mustGetTable(address, ctx, 'update');
    return this.converge(live, address, desired, spec.tags, ctx, 'update');
  }

  private async converge(
    live: Table,
    address: TableAddress,
    desired: GlueTableParams,
    tags: Record<string, string>,
    ctx: DriverContext,
    operation: string,
  ): Promise<LiveResource> {
    const before = inputFrom(live, address.table);
    const after = desiredInput(before, desired, tags);
    if (differences(comparable(after), comparable(before)).length > 0) await this.updateTable(address, after, ctx, operation);
    return this.toLive({ ...live, ...after }, address, { ...desired });
  }

  private async updateTable(address: TableAddress, input: TableInput, ctx: DriverContext, operation: string): Promise<void> {
    await attempt(subjectOf(address), `${operation} (UpdateTable)`, () =>
      this.glue(address.region).send(
        new UpdateTableCommand({ DatabaseName: address.database, TableInput: input }),
        sendOptions(ctx.signal),
      ),
    );
  }

  private async setParameters(
    ref: ResourceRef,
    ctx: DriverContext,
    operation: string,
    change: (parameters: Record<string, string>) => Record<string, string>,
  ): Promise<void> {
    const address = this.addressOf(ref);
    const live = await this.mustGetTable(address, ctx, operation);
    const input = inputFrom(live, address.table);
    const parameters = change(input.Parameters ?? {});
    if (differences(parameters, input.Parameters ?? {}).length === 0) return;
    await this.updateTable(address, { ...input, Parameters: parameters }, ctx, operation);
  }

  async archive(ref: ResourceRef, ctx: DriverContext): Promise<void> {
    await this.setParameters(ref, ctx, 'archive', (p) => withArchiveMarkers(p, this.clients.now));
  }

  async unarchive(ref: ResourceRef, ctx: DriverContext): Promise<void> {
    await this.setParameters(ref, ctx, 'unarchive', withoutArchiveMarkers);
  }

  async delete(ref: ResourceRef, ctx: DriverContext): Promise<void> {
    const address = this.addressOf(ref);
    try {
      await this.glue(address.region).send(
        new DeleteTableCommand({ DatabaseName: address.database, Name: address.table }),
        sendOptions(ctx.signal),
      );
    } catch (error) {
      if (isNotFound(error)) return;
      throw toProviderError(error, subjectOf(address), 'delete (DeleteTable)');
    }
  }
}
