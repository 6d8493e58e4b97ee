export const id = 363;
export const ids = [363];
export const modules = {

/***/ 4363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AwsClients: () => (/* reexport */ aws_clients/* AwsClients */.cE),
  GlueDatabaseDriver: () => (/* reexport */ GlueDatabaseDriver),
  GlueTableDriver: () => (/* reexport */ glue_table/* GlueTableDriver */.q$),
  S3BucketDriver: () => (/* reexport */ s3_bucket/* S3BucketDriver */.TE),
  createAwsDrivers: () => (/* binding */ createAwsDrivers),
  endpointFor: () => (/* reexport */ aws_clients/* endpointFor */.Lo),
  partitionOf: () => (/* reexport */ aws_clients/* partitionOf */.iQ),
  redact: () => (/* reexport */ errors/* redact */.E$),
  tagProblems: () => (/* reexport */ tags/* tagProblems */.nI),
  toProviderError: () => (/* reexport */ errors/* toProviderError */.lE)
});

// EXTERNAL MODULE: ./src/providers/aws/clients.ts
var aws_clients = __webpack_require__(200);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-glue/dist-cjs/index.js
var dist_cjs = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/providers/driver.ts
var driver = __webpack_require__(4106);
// EXTERNAL MODULE: ./src/providers/aws/errors.ts
var errors = __webpack_require__(493);
// EXTERNAL MODULE: ./src/providers/aws/glue-catalog.ts
var glue_catalog = __webpack_require__(4001);
// EXTERNAL MODULE: ./src/providers/aws/ownership.ts
var ownership = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/providers/aws/params.ts
var params = __webpack_require__(3692);
// EXTERNAL MODULE: ./src/providers/aws/tags.ts
var tags = __webpack_require__(179);
;// CONCATENATED MODULE: ./src/providers/aws/glue-database.ts
// The aws_glue_database driver: a Data Catalog database with a description, the
// parameter `managed_by=dpn`, and AWS tags (databases are taggable; the ARN needs the
// account, which GetDatabase reports as CatalogId, so no STS call is needed).
// Archive sets the parameters `dpn_archived=true` and `dpn_archived_at`; delete refuses
// a database that still holds tables unless forced, since DeleteDatabase drops them all.
// A database this driver creates carries the creation marker `dpn_created_by=<transaction>`
// (./ownership.ts) from the CreateDatabase call itself; updates and archives keep it.








function subjectOf(name) {
    return `Glue database '${name}'`;
}
function liveParams(snap) {
    const out = { region: snap.region };
    if (snap.database.Description)
        out.description = snap.database.Description;
    return out;
}
function toLive(snap) {
    const live = {
        params: { ...liveParams(snap) },
        tags: snap.tags,
        archived: (0,glue_catalog/* isArchived */.F$)(snap.database.Parameters),
    };
    if (snap.arn !== undefined)
        live.physicalId = snap.arn;
    const createdBy = (0,ownership/* createdByIn */.Xp)(snap.database.Parameters, ownership/* CREATED_BY_PARAMETER */.d6);
    if (createdBy !== undefined)
        live.createdBy = createdBy;
    return live;
}
/** DatabaseInput that keeps every field of `database` (UpdateDatabase replaces the whole definition). */
function inputFrom(database, name) {
    const input = { Name: name };
    if (database.Description)
        input.Description = database.Description;
    if (database.LocationUri)
        input.LocationUri = database.LocationUri;
    if (database.Parameters)
        input.Parameters = { ...database.Parameters };
    if (database.CreateTableDefaultPermissions)
        input.CreateTableDefaultPermissions = database.CreateTableDefaultPermissions;
    if (database.TargetDatabase)
        input.TargetDatabase = database.TargetDatabase;
    if (database.FederatedDatabase)
        input.FederatedDatabase = database.FederatedDatabase;
    return input;
}
class GlueDatabaseDriver {
    clients;
    type = 'aws_glue_database';
    looksBeforeCreate = true;
    constructor(clients) {
        this.clients = clients;
    }
    glue(region) {
        return this.clients.glueClient(region);
    }
    async inspect(name, region, ctx, operation) {
        const subject = subjectOf(name);
        const glue = this.glue(region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        let database;
        try {
            database = (await glue.send(new dist_cjs/* GetDatabaseCommand */.vU({ Name: name }), opts)).Database;
        }
        catch (error) {
            if ((0,errors/* isNotFound */.c4)(error))
                return null;
            throw (0,errors/* toProviderError */.lE)(error, subject, `${operation} (GetDatabase)`);
        }
        if (!database)
            return null;
        const account = database.CatalogId;
        if (account)
            this.clients.account = account;
        const arn = account ? (0,glue_catalog/* glueDatabaseArn */.Q1)(region, account, database.Name ?? name) : undefined;
        let tags = {};
        if (arn !== undefined) {
            const result = await (0,errors/* attempt */.CD)(subject, `${operation} (GetTags)`, () => glue.send(new dist_cjs/* GetTagsCommand */.$kx({ ResourceArn: arn }), opts));
            tags = { ...(result.Tags ?? {}) };
        }
        return { database, region, arn, tags };
    }
    async mustInspect(name, region, ctx, operation) {
        const snap = await this.inspect(name, region, ctx, operation);
        if (snap === null) {
            throw new driver/* ProviderError */.mZ(`${subjectOf(name)}: ${operation} failed: the database does not exist`, 'not_found', {
                code: 'EntityNotFoundException',
            });
        }
        return snap;
    }
    async read(ref, ctx) {
        const snap = await this.inspect(ref.name, this.clients.regionOf(ref.params), ctx, 'read');
        return snap ? toLive(snap) : null;
    }
    async create(spec, ctx) {
        const subject = subjectOf(spec.name);
        (0,params/* checkNewName */.UL)(this.type, spec.name, subject);
        const desired = (0,params/* parseGlueDatabaseParams */.O1)(spec.params, subject);
        (0,tags/* validateTags */.Wh)(spec.tags, subject);
        const input = {
            Name: spec.name,
            Parameters: {
                [glue_catalog/* MANAGED_BY_PARAMETER */.qb]: glue_catalog/* MANAGED_BY_VALUE */.Q9,
                ...(ctx.transaction === undefined ? {} : { [ownership/* CREATED_BY_PARAMETER */.d6]: ctx.transaction }),
            },
            ...(desired.description === undefined ? {} : { Description: desired.description }),
        };
        const op = (0,errors/* newOp */.IC)('create');
        try {
            // Look first: a converged database then costs no write, not even a refused one.
            const existing = await this.inspect(spec.name, desired.region, ctx, 'create');
            await ctx.beforeCreate?.(existing === null ? null : toLive(existing));
            if (existing !== null)
                return await this.adopt(existing, desired, spec, ctx, op);
            try {
                await this.glue(desired.region).send(new dist_cjs/* CreateDatabaseCommand */.x_P({
                    DatabaseInput: input,
                    ...(Object.keys(spec.tags).length === 0 ? {} : { Tags: spec.tags }),
                }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal));
                op.changes.add('CreateDatabase');
            }
            catch (error) {
                if ((0,errors/* errorCode */.CA)(error) !== 'AlreadyExistsException')
                    throw (0,errors/* toProviderError */.lE)(error, subject, 'create (CreateDatabase)');
                // Created by someone else between our look and our create.
                return await this.adopt(await this.mustInspect(spec.name, desired.region, ctx, 'create'), desired, spec, ctx, op);
            }
            return toLive(await this.created(input, desired.region, spec.tags, ctx));
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    /** The database CreateDatabase just made: read back only to learn the account its ARN names. */
    async created(input, region, tags, ctx) {
        const name = input.Name ?? '';
        const account = await this.clients.accountFrom(async () => {
            const result = await (0,errors/* attempt */.CD)(subjectOf(name), 'create (GetDatabase)', () => this.glue(region).send(new dist_cjs/* GetDatabaseCommand */.vU({ Name: name }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal)));
            return result.Database?.CatalogId;
        });
        const database = { ...input, Name: name };
        return { database, region, arn: account ? (0,glue_catalog/* glueDatabaseArn */.Q1)(region, account, name) : undefined, tags: { ...tags } };
    }
    async adopt(snap, desired, spec, ctx, op) {
        const diff = (0,params/* differences */.tX)(desired, liveParams(snap));
        if (diff.length > 0) {
            throw new driver/* ProviderError */.mZ(`${subjectOf(spec.name)}: already exists with other settings (${diff.join('; ')}); dpn adopts an existing database only when its settings match the blueprint`, 'conflict', { code: 'AlreadyExistsException' });
        }
        return this.converge(snap, desired, spec.tags, {}, ctx, op);
    }
    async update(spec, current, ctx) {
        const subject = subjectOf(spec.name);
        const desired = (0,params/* parseGlueDatabaseParams */.O1)(spec.params, subject);
        (0,tags/* validateTags */.Wh)(spec.tags, subject);
        if (current.name !== spec.name) {
            throw new driver/* ProviderError */.mZ(`${subject}: update cannot rename database '${current.name}'; Glue has no rename, the plan must replace it`, 'invalid', { code: 'RenameNotSupported' });
        }
        const was = current.params.region;
        if (typeof was === 'string' && was !== desired.region) {
            throw new driver/* ProviderError */.mZ(`${subject}: update cannot move the database from ${was} to ${desired.region}; the plan must replace it`, 'invalid', { code: 'RegionChangeNotSupported' });
        }
        const snap = await this.mustInspect(spec.name, desired.region, ctx, 'update');
        const op = (0,errors/* newOp */.IC)('update');
        try {
            return await this.converge(snap, desired, spec.tags, current.tags, ctx, op);
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    /** Writes the description, ownership parameter and tags where they differ; clears archive markers. */
    async converge(snap, desired, desiredTags, previousTags, ctx, op) {
        const name = snap.database.Name ?? '';
        const subject = subjectOf(name);
        const glue = this.glue(snap.region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        const before = inputFrom(snap.database, name);
        const after = inputFrom(snap.database, name);
        after.Parameters = { ...(0,glue_catalog/* withoutArchiveMarkers */.m9)(before.Parameters ?? {}), [glue_catalog/* MANAGED_BY_PARAMETER */.qb]: glue_catalog/* MANAGED_BY_VALUE */.Q9 };
        if (desired.description === undefined)
            delete after.Description;
        else
            after.Description = desired.description;
        if ((0,params/* differences */.tX)(after, before).length > 0) {
            await (0,errors/* write */.M9)(subject, op, 'UpdateDatabase', () => glue.send(new dist_cjs/* UpdateDatabaseCommand */.YOF({ Name: name, DatabaseInput: after }), opts));
        }
        const tags = await this.applyTags(snap, desiredTags, previousTags, ctx, op);
        const database = { ...snap.database, Parameters: after.Parameters };
        if (after.Description === undefined)
            delete database.Description;
        else
            database.Description = after.Description;
        return toLive({ ...snap, database, tags });
    }
    /** Adds or changes the desired tags and removes those dpn applied before and no longer wants. */
    async applyTags(snap, desired, previous, ctx, op) {
        const arn = snap.arn;
        const subject = subjectOf(snap.database.Name ?? '');
        const toAdd = Object.fromEntries(Object.entries(desired).filter(([k, v]) => snap.tags[k] !== v));
        const toRemove = Object.keys(previous).filter((k) => !(k in desired) && k in snap.tags);
        if (Object.keys(toAdd).length === 0 && toRemove.length === 0)
            return snap.tags;
        if (arn === undefined) {
            throw new driver/* ProviderError */.mZ(`${subject}: ${op.name} failed: Glue did not report the account (CatalogId), so the ARN to tag is unknown`, 'fatal');
        }
        const glue = this.glue(snap.region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        if (Object.keys(toAdd).length > 0) {
            await (0,errors/* write */.M9)(subject, op, 'TagResource', () => glue.send(new dist_cjs/* TagResourceCommand */.eqU({ ResourceArn: arn, TagsToAdd: toAdd }), opts));
        }
        if (toRemove.length > 0) {
            await (0,errors/* write */.M9)(subject, op, 'UntagResource', () => glue.send(new dist_cjs/* UntagResourceCommand */.RP$({ ResourceArn: arn, TagsToRemove: toRemove }), opts));
        }
        const out = { ...snap.tags, ...toAdd };
        for (const k of toRemove)
            delete out[k];
        return out;
    }
    async setParameters(ref, ctx, operation, change) {
        const snap = await this.mustInspect(ref.name, this.clients.regionOf(ref.params), ctx, operation);
        const name = snap.database.Name ?? ref.name;
        const input = inputFrom(snap.database, name);
        const parameters = change(input.Parameters ?? {});
        if ((0,params/* differences */.tX)(parameters, input.Parameters ?? {}).length === 0)
            return;
        input.Parameters = parameters;
        await (0,errors/* attempt */.CD)(subjectOf(name), `${operation} (UpdateDatabase)`, () => this.glue(snap.region).send(new dist_cjs/* UpdateDatabaseCommand */.YOF({ Name: name, DatabaseInput: input }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal)));
    }
    async archive(ref, ctx) {
        await this.setParameters(ref, ctx, 'archive', (p) => (0,glue_catalog/* withArchiveMarkers */.oR)(p, this.clients.now));
    }
    async unarchive(ref, ctx) {
        await this.setParameters(ref, ctx, 'unarchive', glue_catalog/* withoutArchiveMarkers */.m9);
    }
    async delete(ref, ctx, options = {}) {
        const subject = subjectOf(ref.name);
        const glue = this.glue(this.clients.regionOf(ref.params));
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        const force = options.force ?? this.clients.forceDelete;
        if (!force) {
            let tables;
            try {
                const page = await glue.send(new dist_cjs/* GetTablesCommand */.dhF({ DatabaseName: ref.name, MaxResults: 5 }), opts);
                tables = (page.TableList ?? []).map((t) => t.Name ?? '?');
            }
            catch (error) {
                if ((0,errors/* isNotFound */.c4)(error))
                    return;
                throw (0,errors/* toProviderError */.lE)(error, subject, 'delete (GetTables)');
            }
            if (tables.length > 0) {
                throw new driver/* ProviderError */.mZ(`${subject}: refusing to delete a database that still holds tables (${tables.join(', ')}${tables.length === 5 ? ', …' : ''}); Glue would drop them with it. Delete the tables first or delete with force`, 'conflict', { code: 'DatabaseNotEmpty' });
            }
        }
        try {
            await glue.send(new dist_cjs/* DeleteDatabaseCommand */.AZm({ Name: ref.name }), opts);
        }
        catch (error) {
            if ((0,errors/* isNotFound */.c4)(error))
                return;
            throw (0,errors/* toProviderError */.lE)(error, subject, 'delete (DeleteDatabase)');
        }
    }
}

// EXTERNAL MODULE: ./src/providers/aws/glue-table.ts
var glue_table = __webpack_require__(9614);
// EXTERNAL MODULE: ./src/providers/aws/s3-bucket.ts
var s3_bucket = __webpack_require__(3271);
;// CONCATENATED MODULE: ./src/providers/aws/index.ts
// The AWS drivers the engine's registry uses: S3 buckets, Glue databases and Glue
// tables, sharing one set of lazily built SDK clients.










/**
 * Drivers for every AWS type dpn applies. No client is built and no credential is
 * looked up until a driver makes its first call.
 */
function createAwsDrivers(options = {}) {
    const clients = new aws_clients/* AwsClients */.cE(options);
    return {
        aws_s3_bucket: new s3_bucket/* S3BucketDriver */.TE(clients),
        aws_glue_database: new GlueDatabaseDriver(clients),
        aws_glue_table: new glue_table/* GlueTableDriver */.q$(clients),
        close: () => clients.destroy(),
    };
}


/***/ })

};
