// The aws_glue_database driver: a Data Catalog database with a description, the
// parameter `managed_by=dpn`, and AWS tags (databases are taggable; the ARN needs the
// account, which GetDatabase reports as CatalogId, so no STS call is needed).
// Archive sets the parameters `dpn_archived=true` and `dpn_archived_at`; delete refuses
// a database that still holds tables unless forced, since DeleteDatabase drops them all.
// A database this driver creates carries the creation marker `dpn_created_by=<transaction>`
// (./ownership.ts) from the CreateDatabase call itself; updates and archives keep it.
import {
  CreateDatabaseCommand,
  DeleteDatabaseCommand,
  GetDatabaseCommand,
  GetTablesCommand,
  GetTagsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateDatabaseCommand,
  type Database,
  type DatabaseInput,
  type GlueClient,
} from '@aws-sdk/client-glue';
import type { GlueDatabaseParams } from '../../blueprint/params.js';
import type { ResourceSpec } from '../../blueprint/types.js';
import { ProviderError, type Driver, type DriverContext, type LiveResource, type ResourceRef } from '../driver.js';
import { sendOptions, type AwsClients, type DeleteOptions } from './clients.js';
import { attempt, errorCode, isNotFound, newOp, toProviderError, write, type Op } from './errors.js';
import {
  MANAGED_BY_PARAMETER,
  MANAGED_BY_VALUE,
  glueDatabaseArn,
  isArchived,
  withArchiveMarkers,
  withoutArchiveMarkers,
} from './glue-catalog.js';
import { CREATED_BY_PARAMETER, createdByIn } from './ownership.js';
import { checkNewName, differences, parseGlueDatabaseParams } from './params.js';
import { validateTags } from './tags.js';

interface DatabaseSnapshot {
  database: Database;
  region: string;
  arn: string | undefined;
  tags: Record<string, string>;
}

function subjectOf(name: string): string {
  return `Glue database '${name}'`;
}

function liveParams(snap: DatabaseSnapshot): GlueDatabaseParams {
  const out: GlueDatabaseParams = { region: snap.region };
  if (snap.database.Description) out.description = snap.database.Description;
  return out;
}

function toLive(snap: DatabaseSnapshot): LiveResource {
  const live: LiveResource = {
    params: { ...liveParams(snap) },
    tags: snap.tags,
    archived: isArchived(snap.database.Parameters),
  };
  if (snap.arn !== undefined) live.physicalId = snap.arn;
  const createdBy = createdByIn(snap.database.Parameters, CREATED_BY_PARAMETER);
  if (createdBy !== undefined) live.createdBy = createdBy;
  return live;
}

/** DatabaseInput that keeps every field of `database` (UpdateDatabase replaces the whole definition). */
function inputFrom(database: Database, name: string): DatabaseInput {
  const input: DatabaseInput = { Name: name };
  if (database.Description) input.Description = database.Description;
  if (database.LocationUri) input.LocationUri = database.LocationUri;
  if (database.Parameters) input.Parameters = { ...database.Parameters };
  if (database.CreateTableDefaultPermissions) input.CreateTableDefaultPermissions = database.CreateTableDefaultPermissions;
  if (database.TargetDatabase) input.TargetDatabase = database.TargetDatabase;
  if (database.FederatedDatabase) input.FederatedDatabase = database.FederatedDatabase;
  return input;
}

export class GlueDatabaseDriver implements Driver {
  readonly type = 'aws_glue_database' as const;
  readonly looksBeforeCreate = true;

  constructor(private readonly clients: AwsClients) {}

  private glue(region: string): GlueClient {
    return this.clients.glueClient(region);
  }

  private async inspect(name: string, region: string, ctx: DriverContext, operation: string): Promise<DatabaseSnapshot | null> {
    const subject = subjectOf(name);
    const glue = this.glue(region);
    const opts = sendOptions(ctx.signal);
    let database: Database | undefined;
    try {
      database = (await glue.send(new GetDatabaseCommand({ Name: name }), opts)).Database;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw toProviderError(error, subject, `${operation} (GetDatabase)`);
    }
    if (!database) return null;
    const account = database.CatalogId;
    if (account) this.clients.account = account;
    const arn = account ? glueDatabaseArn(region, account, database.Name ?? name) : undefined;
    let tags: Record<string, string> = {};
    if (arn !== undefined) {
      const result = await attempt(subject, `${operation} (GetTags)`, () => glue.send(new GetTagsCommand({ ResourceArn: arn }), opts));
      tags = { ...(result.Tags ?? {}) };
    }
    return { database, region, arn, tags };
  }

  private async mustInspect(name: string, region: string, ctx: DriverContext, operation: string): Promise<DatabaseSnapshot> {
    const snap = await this.inspect(name, region, ctx, operation);
    if (snap === null) {
      throw new ProviderError(`${subjectOf(name)}: ${operation} failed: the database does not exist`, 'not_found', {
        code: 'EntityNotFoundException',
      });
    }
    return snap;
  }

  async read(ref: ResourceRef, ctx: DriverContext): Promise<LiveResource | null> {
    const snap = await this.inspect(ref.name, this.clients.regionOf(ref.params), ctx, 'read');
    return snap ? toLive(snap) : null;
  }

  async create(spec: ResourceSpec, ctx: DriverContext): Promise<LiveResource> {
    const subject = subjectOf(spec.name);
    checkNewName(this.type, spec.name, subject);
    const desired = parseGlueDatabaseParams(spec.params, subject);
    validateTags(spec.tags, subject);
    const input: DatabaseInput = {
      Name: spec.name,
      Parameters: {
        [MANAGED_BY_PARAMETER]: MANAGED_BY_VALUE,
        ...(ctx.transaction === undefined ? {} : { [CREATED_BY_PARAMETER]: ctx.transaction }),
      },
      ...(desired.description === undefined ? {} : { Description: desired.description }),
    };
    const op = newOp('create');
    try {
      // Look first: a converged database then costs no write, not even a refused one.
      const existing = await this.inspect(spec.name, desired.region, ctx, 'create');
      await ctx.beforeCreate?.(existing === null ? null : toLive(existing));
      if (existing !== null) return await this.adopt(existing, desired, spec, ctx, op);
      try {
        await this.glue(desired.region).send(
          new CreateDatabaseCommand({
            DatabaseInput: input,
            ...(Object.keys(spec.tags).length === 0 ? {} : { Tags: spec.tags }),
          }),
          sendOptions(ctx.signal),
        );
        op.changes.add('CreateDatabase');
      } catch (error) {
        if (errorCode(error) !== 'AlreadyExistsException') throw toProviderError(error, subject, 'create (CreateDatabase)');
        // Created by someone else between our look and our create.
        return await this.adopt(await this.mustInspect(spec.name, desired.region, ctx, 'create'), desired, spec, ctx, op);
      }
      return toLive(await this.created(input, desired.region, spec.tags, ctx));
    } catch (error) {
      throw op.changes.escalate(error);
    }
  }

  /** The database CreateDatabase just made: read back only to learn the account its ARN names. */
  private async created(input: DatabaseInput, region: string, tags: Record<string, string>, ctx: DriverContext): Promise<DatabaseSnapshot> {
    const name = input.Name ?? '';
    const account = await this.clients.accountFrom(async () => {
      const result = await attempt(subjectOf(name), 'create (GetDatabase)', () =>
        this.glue(region).send(new GetDatabaseCommand({ Name: name }), sendOptions(ctx.signal)),
      );
      return result.Database?.CatalogId;
    });
    const database: Database = { ...input, Name: name };
    return { database, region, arn: account ? glueDatabaseArn(region, account, name) : undefined, tags: { ...tags } };
  }

  private async adopt(
    snap: DatabaseSnapshot,
    desired: GlueDatabaseParams,
    spec: ResourceSpec,
    ctx: DriverContext,
    op: Op,
  ): Promise<LiveResource> {
    const diff = differences(desired, liveParams(snap));
    if (diff.length > 0) {
      throw new ProviderError(
        `${subjectOf(spec.name)}: already exists with other settings (${diff.join('; ')}); dpn adopts an existing database only when its settings match the blueprint`,
        'conflict',
        { code: 'AlreadyExistsException' },
      );
    }
    return this.converge(snap, desired, spec.tags, {}, ctx, op);
  }

  async update(spec: ResourceSpec, current: ResourceRef, ctx: DriverContext): Promise<LiveResource> {
    const subject = subjectOf(spec.name);
    const desired = parseGlueDatabaseParams(spec.params, subject);
    validateTags(spec.tags, subject);
    if (current.name !== spec.name) {
      throw new ProviderError(
        `${subject}: update cannot rename database '${current.name}'; Glue has no rename, the plan must replace it`,
        'invalid',
        { code: 'RenameNotSupported' },
      );
    }
    const was = current.params.region;
    if (typeof was === 'string' && was !== desired.region) {
      throw new ProviderError(
        `${subject}: update cannot move the database from ${was} to ${desired.region}; the plan must replace it`,
        'invalid',
        { code: 'RegionChangeNotSupported' },
      );
    }
    const snap = await this.mustInspect(spec.name, desired.region, ctx, 'update');
    const op = newOp('update');
    try {
      return await this.converge(snap, desired, spec.tags, current.tags, ctx, op);
    } catch (error) {
      throw op.changes.escalate(error);
    }
  }

  /** Writes the description, ownership parameter and tags where they differ; clears archive markers. */
  private async converge(
    snap: DatabaseSnapshot,
    desired: GlueDatabaseParams,
    desiredTags: Record<string, string>,
    previousTags: Record<string, string>,
    ctx: DriverContext,
    op: Op,
  ): Promise<LiveResource> {
    const name = snap.database.Name ?? '';
    const subject = subjectOf(name);
    const glue = this.glue(snap.region);
    const opts = sendOptions(ctx.signal);

    const before = inputFrom(snap.database, name);
    const after = inputFrom(snap.database, name);
    after.Parameters = { ...withoutArchiveMarkers(before.Parameters ?? {}), [MANAGED_BY_PARAMETER]: MANAGED_BY_VALUE };
    if (desired.description === undefined) delete after.Description;
    else after.Description = desired.description;
    if (differences(after, before).length > 0) {
      await write(subject, op, 'UpdateDatabase', () =>
        glue.send(new UpdateDatabaseCommand({ Name: name, DatabaseInput: after }), opts),
      );
    }

    const tags = await this.applyTags(snap, desiredTags, previousTags, ctx, op);
    const database: Database = { ...snap.database, Parameters: after.Parameters };
    if (after.Description === undefined) delete database.Description;
    else database.Description = after.Description;
    return toLive({ ...snap, database, tags });
  }

  /** Adds or changes the desired tags and removes those dpn applied before and no longer wants. */
  private async applyTags(
    snap: DatabaseSnapshot,
    desired: Record<string, string>,
    previous: Record<string, string>,
    ctx: DriverContext,
    op: Op,
  ): Promise<Record<string, string>> {
    const arn = snap.arn;
    const subject = subjectOf(snap.database.Name ?? '');
    const toAdd = Object.fromEntries(Object.entries(desired).filter(([k, v]) => snap.tags[k] !== v));
    const toRemove = Object.keys(previous).filter((k) => !(k in desired) && k in snap.tags);
    if (Object.keys(toAdd).length === 0 && toRemove.length === 0) return snap.tags;
    if (arn === undefined) {
      throw new ProviderError(`${subject}: ${op.name} failed: Glue did not report the account (CatalogId), so the ARN to tag is unknown`, 'fatal');
    }
    const glue = this.glue(snap.region);
    const opts = sendOptions(ctx.signal);
    if (Object.keys(toAdd).length > 0) {
      await write(subject, op, 'TagResource', () => glue.send(new TagResourceCommand({ ResourceArn: arn, TagsToAdd: toAdd }), opts));
    }
    if (toRemove.length > 0) {
      await write(subject, op, 'UntagResource', () =>
        glue.send(new UntagResourceCommand({ ResourceArn: arn, TagsToRemove: toRemove }), opts),
      );
    }
    const out = { ...snap.tags, ...toAdd };
    for (const k of toRemove) delete out[k];
    return out;
  }

  private async setParameters(
    ref: ResourceRef,
    ctx: DriverContext,
    operation: string,
    change: (parameters: Record<string, string>) => Record<string, string>,
  ): Promise<void> {
    const snap = await this.mustInspect(ref.name, this.clients.regionOf(ref.params), ctx, operation);
    const name = snap.database.Name ?? ref.name;
    const input = inputFrom(snap.database, name);
    const parameters = change(input.Parameters ?? {});
    if (differences(parameters, input.Parameters ?? {}).length === 0) return;
    input.Parameters = parameters;
    await attempt(subjectOf(name), `${operation} (UpdateDatabase)`, () =>
      this.glue(snap.region).send(new UpdateDatabaseCommand({ Name: name, DatabaseInput: input }), sendOptions(ctx.signal)),
    );
  }

  async archive(ref: ResourceRef, ctx: DriverContext): Promise<void> {
    await this.setParameters(ref, ctx, 'archive', (p) => withArchiveMarkers(p, this.clients.now));
  }

  async unarchive(ref: ResourceRef, ctx: DriverContext): Promise<void> {
    await this.setParameters(ref, ctx, 'unarchive', withoutArchiveMarkers);
  }

  async delete(ref: ResourceRef, ctx: DriverContext, options: DeleteOptions = {}): Promise<void> {
    const subject = subjectOf(ref.name);
    const glue = this.glue(this.clients.regionOf(ref.params));
    const opts = sendOptions(ctx.signal);
    const force = options.force ?? this.clients.forceDelete;
    if (!force) {
      let tables: string[];
      try {
        const page = await glue.send(new GetTablesCommand({ DatabaseName: ref.name, MaxResults: 5 }), opts);
        tables = (page.TableList ?? []).map((t) => t.Name ?? '?');
      } catch (error) {
        if (isNotFound(error)) return;
        throw toProviderError(error, subject, 'delete (GetTables)');
      }
      if (tables.length > 0) {
        throw new ProviderError(
          `${subject}: refusing to delete a database that still holds tables (${tables.join(', ')}${tables.length === 5 ? ', …' : ''}); Glue would drop them with it. Delete the tables first or delete with force`,
          'conflict',
          { code: 'DatabaseNotEmpty' },
        );
      }
    }
    try {
      await glue.send(new DeleteDatabaseCommand({ Name: ref.name }), opts);
    } catch (error) {
      if (isNotFound(error)) return;
      throw toProviderError(error, subject, 'delete (DeleteDatabase)');
    }
  }
}
