// The aws_s3_bucket driver: a general purpose bucket with dpn's standard settings
// (public access blocked, SSE-S3 default encryption), versioning, one lifecycle rule
// to INTELLIGENT_TIERING, and tags.
//
// Ownership. A bucket this driver creates gets the creation marker
// `dpn:created-by=<transaction>` (./ownership.ts) in the one tag write that
// follows CreateBucket, together with the blueprint's tags: S3 takes no tags in
// CreateBucket for general purpose buckets. Update, archive and unarchive keep it.
//
// Adoption. `create` of a bucket that already exists in our account adopts it when
// its settings (region, versioning, lifecycleDays) match the blueprint and fails with
// a 'conflict' naming the differences otherwise; an adopted bucket never gets a
// marker. Two states count as an unfinished create and are completed instead: a
// bucket carrying this transaction's marker, and a bare bucket (no tags, versioning
// never set, no lifecycle), which is what a crash right after CreateBucket leaves.
// A bare bucket gets the marker only when this driver sent its CreateBucket in this
// transaction. An adopted bucket gets dpn's standard settings; an existing KMS
// default encryption is kept, never downgraded.
//
// Requests. A new bucket costs HeadBucket, CreateBucket, PutBucketTagging,
// PutBucketLifecycleConfiguration, and PutBucketVersioning only when the blueprint
// wants versioning. Block Public Access and SSE-S3 are not written to a bucket
// CreateBucket just made: S3 gives every new general purpose bucket exactly those
// (all four Block Public Access settings since April 2023, SSE-S3 default
// encryption since January 2023; S3 user guide, "Blocking public access to your
// Amazon S3 storage" and "Setting default server-side encryption behavior").
// Versioning is off on a new bucket, so `versioning: false` writes nothing either.
//
// Archive policy. `archive` keeps the bucket and its data, tags it
// `dpn:archived=true` and `dpn:archived-at=<ISO time>`, and adds the lifecycle rule
// `dpn-archive`: current and noncurrent object versions move to S3 Glacier Flexible
// Retrieval 30 days after creation / becoming noncurrent. Nothing expires, so archive
// is reversible: `unarchive` (and any later create or update) removes the tags and the
// rule; objects already moved stay in Glacier until restored.
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteBucketLifecycleCommand,
  DeleteBucketTaggingCommand,
  DeleteObjectsCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  ListObjectVersionsCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  type BucketLocationConstraint,
  type LifecycleRule,
  type S3Client,
  type TransitionDefaultMinimumObjectSize,
} from '@aws-sdk/client-s3';
import type { S3BucketParams } from '../../blueprint/params.js';
import type { ResourceSpec } from '../../blueprint/types.js';
import { ProviderError, type Driver, type DriverContext, type LiveResource, type ResourceRef } from '../driver.js';
import { partitionOf, sendOptions, type AwsClients, type DeleteOptions } from './clients.js';
import { attempt, errorCode, httpStatus, isNotFound, newOp, toProviderError, write, type Op } from './errors.js';
import { checkNewName, differences, parseS3BucketParams, sameValue } from './params.js';
import { CREATED_BY_TAG, createdByIn } from './ownership.js';
import { DPN_TAG_PREFIX, MAX_TAGS, mergeTags, sameTags, userTags, validateTags } from './tags.js';

export const INTELLIGENT_TIERING_RULE_ID = 'dpn-intelligent-tiering';
export const ARCHIVE_RULE_ID = 'dpn-archive';
export const ARCHIVE_TRANSITION_DAYS = 30;
export const ARCHIVED_TAG = 'dpn:archived';
export const ARCHIVED_AT_TAG = 'dpn:archived-at';

/** Markers dpn may add on top of the blueprint's tags (created-by, archived, archived-at); the blueprint must leave room for them. */
const MARKER_TAGS = 3;

/** What dpn needs to know of a live bucket. */
interface BucketSnapshot {
  name: string;
  region: string;
  versioning: 'Enabled' | 'Suspended' | undefined;
  rules: LifecycleRule[];
  /** Kept on every lifecycle write: S3 resets it to its default when a Put omits it. */
  minimumObjectSize?: TransitionDefaultMinimumObjectSize;
  tags: Record<string, string>;
  encrypted: boolean;
  publicAccessBlocked: boolean;
}

function subjectOf(name: string): string {
  return `S3 bucket '${name}'`;
}

export function bucketArn(name: string, region: string): string {
  return `arn:${partitionOf(region)}:s3:::${name}`;
}

/** The rule `lifecycleDays` stands for. */
export function intelligentTieringRule(days: number): LifecycleRule {
  return {
    ID: INTELLIGENT_TIERING_RULE_ID,
    Status: 'Enabled',
    Filter: { Prefix: '' },
    Transitions: [{ Days: days, StorageClass: 'INTELLIGENT_TIERING' }],
  };
}

export function archiveRule(): LifecycleRule {
  return {
    ID: ARCHIVE_RULE_ID,
    Status: 'Enabled',
    Filter: { Prefix: '' },
    Transitions: [{ Days: ARCHIVE_TRANSITION_DAYS, StorageClass: 'GLACIER' }],
    NoncurrentVersionTransitions: [{ NoncurrentDays: ARCHIVE_TRANSITION_DAYS, StorageClass: 'GLACIER' }],
  };
}

function lifecycleDaysOf(rules: LifecycleRule[]): number | undefined {
  const rule = rules.find((r) => r.ID === INTELLIGENT_TIERING_RULE_ID);
  return rule?.Transitions?.find((t) => t.StorageClass === 'INTELLIGENT_TIERING')?.Days;
}

function liveParams(snap: BucketSnapshot): S3BucketParams | Omit<S3BucketParams, 'lifecycleDays'> {
  const days = lifecycleDaysOf(snap.rules);
  const base = { region: snap.region, versioning: snap.versioning === 'Enabled' };
  return days === undefined ? base : { ...base, lifecycleDays: days };
}

function toLive(snap: BucketSnapshot): LiveResource {
  const live: LiveResource = {
    physicalId: bucketArn(snap.name, snap.region),
    params: { ...liveParams(snap) },
    tags: userTags(snap.tags),
    archived: snap.tags[ARCHIVED_TAG] === 'true',
  };
  const createdBy = createdByIn(snap.tags, CREATED_BY_TAG);
  if (createdBy !== undefined) live.createdBy = createdBy;
  return live;
}

/** No tags, versioning never set, no lifecycle: what a crash right after CreateBucket leaves. */
function isBare(snap: BucketSnapshot): boolean {
  return Object.keys(snap.tags).length === 0 && snap.versioning === undefined && snap.rules.length === 0;
}

function tagMap(tagSet: { Key?: string | undefined; Value?: string | undefined }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tagSet ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** GetBucketLocation answers null/'' for us-east-1 and the legacy 'EU' for eu-west-1. */
function regionFromLocation(location: string | undefined): string {
  if (!location) return 'us-east-1';
  return location === 'EU' ? 'eu-west-1' : location;
}

export class S3BucketDriver implements Driver {
  readonly type = 'aws_s3_bucket' as const;
  readonly looksBeforeCreate = true;

  /**
   * `<transaction> <bucket>` for every CreateBucket this driver sent: a bare
   * bucket found by a retried create of the same transaction is then known to
   * be its own, and gets the marker. Retries happen in the process that sent it.
   */
  private readonly sent = new Set<string>();

  constructor(private readonly clients: AwsClients) {}

  private s3(region: string): S3Client {
    return this.clients.s3Client(region);
  }

  /** The bucket as it is, or null when it does not exist. */
  private async inspect(name: string, askedRegion: string, ctx: DriverContext, operation: string): Promise<BucketSnapshot | null> {
    const subject = subjectOf(name);
    const opts = sendOptions(ctx.signal);
    let region: string | undefined;
    try {
      const head = await this.s3(askedRegion).send(new HeadBucketCommand({ Bucket: name }), opts);
      region = head.BucketRegion;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw toProviderError(error, subject, `${operation} (HeadBucket)`);
    }
    if (!region) {
      const location = await attempt(subject, `${operation} (GetBucketLocation)`, () =>
        this.s3(askedRegion).send(new GetBucketLocationCommand({ Bucket: name }), opts),
      );
      region = regionFromLocation(location.LocationConstraint);
    }
    const s3 = this.s3(region);
    const [versioning, lifecycle, tags, encrypted, publicAccessBlocked] = await Promise.all([
      attempt(subject, `${operation} (GetBucketVersioning)`, () =>
        s3.send(new GetBucketVersioningCommand({ Bucket: name }), opts),
      ).then((r) => r.Status),
      s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: name }), opts).then(
        (r) => ({ rules: r.Rules ?? [], minimumObjectSize: r.TransitionDefaultMinimumObjectSize }),
        (error: unknown) => {
          if (errorCode(error) === 'NoSuchLifecycleConfiguration') return { rules: [], minimumObjectSize: undefined };
          throw toProviderError(error, subject, `${operation} (GetBucketLifecycleConfiguration)`);
        },
      ),
      s3.send(new GetBucketTaggingCommand({ Bucket: name }), opts).then(
        (r) => tagMap(r.TagSet),
        (error: unknown) => {
          if (errorCode(error) === 'NoSuchTagSet') return {};
          throw toProviderError(error, subject, `${operation} (GetBucketTagging)`);
        },
      ),
      s3.send(new GetBucketEncryptionCommand({ Bucket: name }), opts).then(
        (r) => (r.ServerSideEncryptionConfiguration?.Rules ?? []).length > 0,
        (error: unknown) => {
          if (errorCode(error) === 'ServerSideEncryptionConfigurationNotFoundError') return false;
          throw toProviderError(error, subject, `${operation} (GetBucketEncryption)`);
        },
      ),
      s3.send(new GetPublicAccessBlockCommand({ Bucket: name }), opts).then(
        (r) => {
          const c = r.PublicAccessBlockConfiguration;
          return !!(c?.BlockPublicAcls && c.IgnorePublicAcls && c.BlockPublicPolicy && c.RestrictPublicBuckets);
        },
        (error: unknown) => {
          if (errorCode(error) === 'NoSuchPublicAccessBlockConfiguration') return false;
          throw toProviderError(error, subject, `${operation} (GetPublicAccessBlock)`);
        },
      ),
    ]);
    const snap: BucketSnapshot = {
      name,
      region,
      versioning: versioning === 'Enabled' || versioning === 'Suspended' ? versioning : undefined,
      rules: lifecycle.rules,
      tags,
      encrypted,
      publicAccessBlocked,
    };
    if (lifecycle.minimumObjectSize !== undefined) snap.minimumObjectSize = lifecycle.minimumObjectSize;
    return snap;
  }

  async read(ref: ResourceRef, ctx: DriverContext): Promise<LiveResource | null> {
    const snap = await this.inspect(ref.name, this.clients.regionOf(ref.params), ctx, 'read');
    return snap ? toLive(snap) : null;
  }

  async create(spec: ResourceSpec, ctx: DriverContext): Promise<LiveResource> {
    const name = spec.name;
    const subject = subjectOf(name);
    checkNewName(this.type, name, subject);
    const desired = parseS3BucketParams(spec.params, subject);
    validateTags(spec.tags, subject, MAX_TAGS - MARKER_TAGS);
    const op = newOp('create');
    try {
      return await this.createTracked(spec, desired, ctx, op);
    } catch (error) {
      throw op.changes.escalate(error);
    }
  }

  private async createTracked(spec: ResourceSpec, desired: S3BucketParams, ctx: DriverContext, op: Op): Promise<LiveResource> {
    const name = spec.name;
    const subject = subjectOf(name);
    const opts = sendOptions(ctx.signal);
    const tx = ctx.transaction;
    const attempt = `${tx ?? ''} ${name}`;

    let snap = await this.inspectBeforeCreate(name, desired.region, ctx);
    await ctx.beforeCreate?.(snap === null ? null : toLive(snap));
    if (snap === null) {
      this.sent.add(attempt);
      try {
        await this.s3(desired.region).send(
          new CreateBucketCommand({
            Bucket: name,
            // us-east-1 is the one region that rejects an explicit LocationConstraint.
            ...(desired.region === 'us-east-1'
              ? {}
              : { CreateBucketConfiguration: { LocationConstraint: desired.region as BucketLocationConstraint } }),
          }),
          opts,
        );
        op.changes.add('CreateBucket');
      } catch (error) {
        if (errorCode(error) !== 'BucketAlreadyOwnedByYou') throw toProviderError(error, subject, 'create (CreateBucket)');
        snap = await this.inspect(name, desired.region, ctx, 'create');
        if (snap === null) {
          throw new ProviderError(`${subject}: create failed: AWS reports the bucket as ours but it cannot be found; retry`, 'transient', {
            code: 'BucketAlreadyOwnedByYou',
          });
        }
      }
    }
    // Ours: made just now, or left by an earlier attempt of this transaction.
    const ours =
      tx !== undefined &&
      (snap === null || createdByIn(snap.tags, CREATED_BY_TAG) === tx || (this.sent.has(attempt) && isBare(snap)));
    // An unfinished create is completed whatever its settings; anything else must match to be adopted.
    if (snap !== null) this.checkAdoptable(spec, desired, snap, !ours && !isBare(snap));

    // A bucket CreateBucket just made has S3's defaults: public access blocked, SSE-S3, versioning never set.
    const start: BucketSnapshot = snap ?? {
      name,
      region: desired.region,
      versioning: undefined,
      rules: [],
      tags: {},
      encrypted: true,
      publicAccessBlocked: true,
    };
    return this.converge(start, desired, spec.tags, {}, ours ? tx : undefined, ctx, op);
  }

  /** HeadBucket answers 403 for another account's bucket; CreateBucket then says which it is. */
  private async inspectBeforeCreate(name: string, region: string, ctx: DriverContext): Promise<BucketSnapshot | null> {
    try {
      return await this.inspect(name, region, ctx, 'create');
    } catch (error) {
      if (error instanceof ProviderError && error.kind === 'permission' && /HeadBucket/.test(error.message)) return null;
      throw error;
    }
  }

  private checkAdoptable(spec: ResourceSpec, desired: S3BucketParams, snap: BucketSnapshot, compareSettings: boolean): void {
    const subject = subjectOf(spec.name);
    if (snap.region !== desired.region) {
      throw new ProviderError(
        `${subject}: already exists in ${snap.region}, the blueprint wants ${desired.region}; S3 cannot move a bucket between regions`,
        'conflict',
        { code: 'BucketRegionMismatch' },
      );
    }
    const diff = compareSettings ? differences(desired, liveParams(snap)) : [];
    if (diff.length > 0) {
      throw new ProviderError(
        `${subject}: already exists with other settings (${diff.join('; ')}); dpn adopts an existing bucket only when its settings match the blueprint. Change the blueprint to match, or bring the bucket in line by hand, then apply again`,
        'conflict',
        { code: 'BucketSettingsMismatch' },
      );
    }
  }

  /**
   * Brings the bucket from `snap` to the desired settings; writes only what
   * differs. `createdBy`: the transaction whose marker the bucket must carry
   * (a create of ours); an existing marker is kept either way. Tags go first, so
   * a new bucket is marked before anything else is written to it.
   */
  private async converge(
    snap: BucketSnapshot,
    desired: S3BucketParams,
    desiredTags: Record<string, string>,
    previousTags: Record<string, string>,
    createdBy: string | undefined,
    ctx: DriverContext,
    op: Op,
  ): Promise<LiveResource> {
    const { name, region } = snap;
    const subject = subjectOf(name);
    const s3 = this.s3(region);
    const opts = sendOptions(ctx.signal);

    // Archive markers go (a create or update brings the bucket back); the creation marker stays.
    const kept = Object.fromEntries(Object.entries(snap.tags).filter(([k]) => k === CREATED_BY_TAG || !k.startsWith(DPN_TAG_PREFIX)));
    const tags = { ...mergeTags(kept, desiredTags, previousTags), ...(createdBy === undefined ? {} : { [CREATED_BY_TAG]: createdBy }) };
    // Tags others put on the bucket were accepted by S3 once; only their number can break now.
    if (Object.keys(tags).length > MAX_TAGS) {
      throw new ProviderError(
        `${subject}: ${op.name} failed: the bucket would carry ${Object.keys(tags).length} tags (its own plus the blueprint's), at most ${MAX_TAGS} allowed`,
        'invalid',
        { code: 'InvalidTag' },
      );
    }
    if (!sameTags(tags, snap.tags)) await this.putTags(name, region, tags, ctx, op);

    if (!snap.publicAccessBlocked) {
      await write(subject, op, 'PutPublicAccessBlock', () =>
        s3.send(
          new PutPublicAccessBlockCommand({
            Bucket: name,
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true,
            },
          }),
          opts,
        ),
      );
    }
    if (!snap.encrypted) {
      await write(subject, op, 'PutBucketEncryption', () =>
        s3.send(
          new PutBucketEncryptionCommand({
            Bucket: name,
            ServerSideEncryptionConfiguration: {
              Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
            },
          }),
          opts,
        ),
      );
    }

    // S3 cannot turn versioning off once on, only suspend it.
    const status = desired.versioning ? 'Enabled' : snap.versioning === undefined ? undefined : 'Suspended';
    if (status !== undefined && status !== snap.versioning) {
      await write(subject, op, 'PutBucketVersioning', () =>
        s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: status } }), opts),
      );
    }

    const rules = [
      ...snap.rules.filter((r) => r.ID !== INTELLIGENT_TIERING_RULE_ID && r.ID !== ARCHIVE_RULE_ID),
      intelligentTieringRule(desired.lifecycleDays),
    ];
    await this.putRules(snap, rules, ctx, op);

    return toLive({ name, region, versioning: status, rules, tags, encrypted: true, publicAccessBlocked: true });
  }

  private async putRules(snap: BucketSnapshot, rules: LifecycleRule[], ctx: DriverContext, op: Op): Promise<void> {
    if (sameValue(rules, snap.rules)) return;
    const subject = subjectOf(snap.name);
    const s3 = this.s3(snap.region);
    const opts = sendOptions(ctx.signal);
    if (rules.length === 0) {
      await write(subject, op, 'DeleteBucketLifecycle', () =>
        s3.send(new DeleteBucketLifecycleCommand({ Bucket: snap.name }), opts),
      );
      return;
    }
    await write(subject, op, 'PutBucketLifecycleConfiguration', () =>
      s3.send(
        new PutBucketLifecycleConfigurationCommand({
          Bucket: snap.name,
          LifecycleConfiguration: { Rules: rules },
          ...(snap.minimumObjectSize === undefined ? {} : { TransitionDefaultMinimumObjectSize: snap.minimumObjectSize }),
        }),
        opts,
      ),
    );
  }

  private async putTags(name: string, region: string, tags: Record<string, string>, ctx: DriverContext, op: Op): Promise<void> {
    const subject = subjectOf(name);
    const s3 = this.s3(region);
    const opts = sendOptions(ctx.signal);
    const entries = Object.entries(tags);
    if (entries.length === 0) {
      await write(subject, op, 'DeleteBucketTagging', () =>
        s3.send(new DeleteBucketTaggingCommand({ Bucket: name }), opts),
      );
      return;
    }
    await write(subject, op, 'PutBucketTagging', () =>
      s3.send(
        new PutBucketTaggingCommand({
          Bucket: name,
          Tagging: { TagSet: entries.map(([Key, Value]) => ({ Key, Value })) },
        }),
        opts,
      ),
    );
  }

  async update(spec: ResourceSpec, current: ResourceRef, ctx: DriverContext): Promise<LiveResource> {
    const subject = subjectOf(spec.name);
    const desired = parseS3BucketParams(spec.params, subject);
    validateTags(spec.tags, subject, MAX_TAGS - MARKER_TAGS);
    if (current.name !== spec.name) {
      throw new ProviderError(
        `${subject}: update cannot rename bucket '${current.name}'; S3 has no rename, the plan must replace it`,
        'invalid',
        { code: 'RenameNotSupported' },
      );
    }
    const snap = await this.inspect(spec.name, desired.region, ctx, 'update');
    if (snap === null) {
      throw new ProviderError(`${subject}: update failed: the bucket does not exist`, 'not_found', { code: 'NoSuchBucket' });
    }
    if (snap.region !== desired.region) {
      throw new ProviderError(
        `${subject}: update cannot move the bucket from ${snap.region} to ${desired.region}; the plan must replace it`,
        'invalid',
        { code: 'BucketRegionMismatch' },
      );
    }
    const op = newOp('update');
    try {
      return await this.converge(snap, desired, spec.tags, current.tags, undefined, ctx, op);
    } catch (error) {
      throw op.changes.escalate(error);
    }
  }

  async archive(ref: ResourceRef, ctx: DriverContext): Promise<void> {
    const snap = await this.mustInspect(ref, ctx, 'archive');
    const tags = {
      ...snap.tags,
      [ARCHIVED_TAG]: 'true',
      // Repeating an archive keeps the first time.
      [ARCHIVED_AT_TAG]: snap.tags[ARCHIVED_AT_TAG] ?? this.clients.now().toISOString(),
    };
    if (Object.keys(tags).length > MAX_TAGS) {
      throw new ProviderError(
        `${subjectOf(ref.name)}: archive failed: the bucket carries ${Object.keys(snap.tags).length} tags, no room for the archive markers (at most ${MAX_TAGS})`,
        'invalid',
        { code: 'InvalidTag' },
      );
    }
    const op = newOp('archive');
    try {
      await this.putRules(snap, [...snap.rules.filter((r) => r.ID !== ARCHIVE_RULE_ID), archiveRule()], ctx, op);
      if (!sameTags(tags, snap.tags)) await this.putTags(snap.name, snap.region, tags, ctx, op);
    } catch (error) {
      throw op.changes.escalate(error);
    }
  }

  async unarchive(ref: ResourceRef, ctx: DriverContext): Promise<void> {
    const snap = await this.mustInspect(ref, ctx, 'unarchive');
    const tags = Object.fromEntries(
      Object.entries(snap.tags).filter(([k]) => k !== ARCHIVED_TAG && k !== ARCHIVED_AT_TAG),
    );
    const op = newOp('unarchive');
    try {
      await this.putRules(snap, snap.rules.filter((r) => r.ID !== ARCHIVE_RULE_ID), ctx, op);
      if (!sameTags(tags, snap.tags)) await this.putTags(snap.name, snap.region, tags, ctx, op);
    } catch (error) {
      throw op.changes.escalate(error);
    }
  }

  private async mustInspect(ref: ResourceRef, ctx: DriverContext, operation: string): Promise<BucketSnapshot> {
    const snap = await this.inspect(ref.name, this.clients.regionOf(ref.params), ctx, operation);
    if (snap === null) {
      throw new ProviderError(`${subjectOf(ref.name)}: ${operation} failed: the bucket does not exist`, 'not_found', {
        code: 'NoSuchBucket',
      });
    }
    return snap;
  }

  async delete(ref: ResourceRef, ctx: DriverContext, options: DeleteOptions = {}): Promise<void> {
    const name = ref.name;
    const subject = subjectOf(name);
    const opts = sendOptions(ctx.signal);
    const snap = await this.inspect(name, this.clients.regionOf(ref.params), ctx, 'delete');
    if (snap === null) return;
    const s3 = this.s3(snap.region);
    const force = options.force ?? this.clients.forceDelete;

    const first = await attempt(subject, 'delete (ListObjectVersions)', () =>
      s3.send(new ListObjectVersionsCommand({ Bucket: name, MaxKeys: 1 }), opts),
    );
    const holdsData = (first.Versions?.length ?? 0) + (first.DeleteMarkers?.length ?? 0) > 0;
    if (holdsData && !force) {
      throw new ProviderError(
        `${subject}: refusing to delete a bucket that is not empty (it holds objects or object versions); empty it first, keep it with deletion policy 'archive' or 'retain', or delete with force`,
        'conflict',
        { code: 'BucketNotEmpty' },
      );
    }
    const op = newOp('delete');
    try {
      if (holdsData) await this.empty(name, s3, ctx, op);
      try {
        await s3.send(new DeleteBucketCommand({ Bucket: name }), opts);
      } catch (error) {
        if (isNotFound(error)) return;
        if (errorCode(error) === 'BucketNotEmpty' || httpStatus(error) === 409) {
          throw new ProviderError(
            `${subject}: delete failed: objects were written to the bucket while it was being deleted; it is not empty`,
            'conflict',
            { code: 'BucketNotEmpty' },
          );
        }
        throw toProviderError(error, subject, 'delete (DeleteBucket)');
      }
    } catch (error) {
      throw op.changes.escalate(error);
    }
  }

  /** Deletes every object version and delete marker, a page (≤ 1000 keys) at a time. */
  private async empty(name: string, s3: S3Client, ctx: DriverContext, op: Op): Promise<void> {
    const subject = subjectOf(name);
    const opts = sendOptions(ctx.signal);
    let keyMarker: string | undefined;
    let versionMarker: string | undefined;
    for (;;) {
      const page = await attempt(subject, 'delete (ListObjectVersions)', () =>
        s3.send(
          new ListObjectVersionsCommand({
            Bucket: name,
            ...(keyMarker === undefined ? {} : { KeyMarker: keyMarker }),
            ...(versionMarker === undefined ? {} : { VersionIdMarker: versionMarker }),
          }),
          opts,
        ),
      );
      const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
        .filter((v) => v.Key !== undefined)
        .map((v) => (v.VersionId === undefined ? { Key: v.Key } : { Key: v.Key, VersionId: v.VersionId }));
      if (objects.length > 0) {
        const result = await write(subject, op, 'DeleteObjects', () =>
          s3.send(new DeleteObjectsCommand({ Bucket: name, Delete: { Objects: objects, Quiet: true } }), opts),
        );
        const failed = result.Errors ?? [];
        if (failed.length > 0) {
          const sample = failed.slice(0, 3).map((e) => `${e.Key ?? '?'}: ${e.Code ?? e.Message ?? 'error'}`);
          throw new ProviderError(`${subject}: delete failed emptying the bucket: ${sample.join(', ')}`, 'fatal', {
            code: failed[0]?.Code ?? 'DeleteObjectsFailed',
          });
        }
      }
      if (!page.IsTruncated) return;
      keyMarker = page.NextKeyMarker;
      versionMarker = page.NextVersionIdMarker;
    }
  }
}
