// The S3 bucket driver against a real moto_server, through a proxy that counts
// requests and gives new buckets real S3's defaults (moto does not); every effect is
// read back through the SDK directly, not only through the driver.
import {
  CreateBucketCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
  type LifecycleRule,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportingContext } from '../../support/before-create.js';
import { startAwsProxy, type AwsProxy } from '../../support/aws-proxy.js';
import { startMoto, type Moto } from '../../support/moto.js';
import { createAwsDrivers, type AwsDrivers } from '../../../src/providers/aws/index.js';
import { ProviderError } from '../../../src/providers/driver.js';
import { TAGS, ctx, refOf, spec } from './fixtures.js';

let moto: Moto;
let proxy: AwsProxy;
let drivers: AwsDrivers;
const TX = '20261204T190000Z-a1b2c3';
const txCtx = { ...ctx, transaction: TX };
const sdk = new Map<string, S3Client>();

function s3(region = 'us-east-1'): S3Client {
  let client = sdk.get(region);
  if (!client) {
    client = new S3Client({
      region,
      endpoint: moto.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    sdk.set(region, client);
  }
  return client;
}

async function tagsOf(bucket: string, region = 'us-east-1'): Promise<Record<string, string>> {
  const out = await s3(region).send(new GetBucketTaggingCommand({ Bucket: bucket }));
  return Object.fromEntries((out.TagSet ?? []).map((t) => [t.Key, t.Value]));
}

async function rulesOf(bucket: string, region = 'us-east-1') {
  try {
    return (await s3(region).send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }))).Rules ?? [];
  } catch (error) {
    if ((error as Error).name === 'NoSuchLifecycleConfiguration') return [];
    throw error;
  }
}

async function exists(bucket: string): Promise<boolean> {
  try {
    await s3().send(new HeadBucketCommand({ Bucket: bucket }));
    return true;
  } catch {
    return false;
  }
}

/** A bucket made outside dpn with the settings `bucket(name)` asks for, tagged Owner=alice, plus `rules`. */
async function handMadeBucket(name: string, rules: LifecycleRule[] = []): Promise<void> {
  await s3().send(new CreateBucketCommand({ Bucket: name }));
  await s3().send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));
  await s3().send(
    new PutBucketLifecycleConfigurationCommand({
      Bucket: name,
      LifecycleConfiguration: {
        Rules: [{ ID: 'dpn-intelligent-tiering', Status: 'Enabled', Filter: { Prefix: '' }, Transitions: [{ Days: 90, StorageClass: 'INTELLIGENT_TIERING' }] }, ...rules],
      },
    }),
  );
  await s3().send(new PutBucketTaggingCommand({ Bucket: name, Tagging: { TagSet: [{ Key: 'Owner', Value: 'alice' }] } }));
}

function bucket(name: string, params: Partial<{ region: string; versioning: boolean; lifecycleDays: number }> = {}) {
  return spec('aws_s3_bucket', name, { region: 'us-east-1', versioning: true, lifecycleDays: 90, ...params });
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

beforeAll(async () => {
  moto = await startMoto();
  proxy = await startAwsProxy(moto.endpoint);
  drivers = createAwsDrivers({ env: { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint }, now: () => new Date('2026-11-22T03:00:00Z') });
});

afterAll(async () => {
  drivers?.close();
  await proxy?.stop();
  for (const client of sdk.values()) client.destroy();
  await moto?.stop();
});

beforeEach(async () => {
  await moto.reset();
  proxy.reset();
});

describe('create', () => {
  it('reports what it found under the name before it creates anything (the engine logs it ahead)', async () => {
    expect(drivers.aws_s3_bucket.looksBeforeCreate).toBe(true);
    const s = bucket('dataplatform-reported-raw-dev-use1');
    const first = reportingContext(ctx, () => exists(s.name));
    const made = await drivers.aws_s3_bucket.create(s, first.ctx);
    expect(first.reports).toEqual([{ found: null, platform: false }]);
    const again = reportingContext(ctx, () => exists(s.name));
    await drivers.aws_s3_bucket.create(s, again.ctx);
    expect(again.reports).toEqual([{ found: expect.objectContaining({ physicalId: made.physicalId, params: made.params }), platform: true }]);
  });

  it('creates the bucket with versioning, SSE-S3, public access block, lifecycle rule and tags', async () => {
    const s = bucket('dataplatform-landing-raw-dev-use1');
    const live = await drivers.aws_s3_bucket.create(s, ctx);

    expect(live).toEqual({
      physicalId: 'arn:aws:s3:::dataplatform-landing-raw-dev-use1',
      params: { region: 'us-east-1', versioning: true, lifecycleDays: 90 },
      tags: TAGS,
      archived: false,
    });
    const name = s.name;
    expect((await s3().send(new GetBucketVersioningCommand({ Bucket: name }))).Status).toBe('Enabled');
    const encryption = await s3().send(new GetBucketEncryptionCommand({ Bucket: name }));
    expect(encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).toBe('AES256');
    const pab = await s3().send(new GetPublicAccessBlockCommand({ Bucket: name }));
    expect(pab.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    const rules = await rulesOf(name);
    expect(rules).toHaveLength(1);
    expect(rules[0]?.ID).toBe('dpn-intelligent-tiering');
    expect(rules[0]?.Status).toBe('Enabled');
    expect(rules[0]?.Transitions).toEqual([{ Days: 90, StorageClass: 'INTELLIGENT_TIERING' }]);
    expect(await tagsOf(name)).toEqual(TAGS);
    // S3 already gives a new bucket Block Public Access and SSE-S3: dpn does not repeat them.
    expect(proxy.requests.map((r) => r.operation)).toEqual([
      'HeadBucket',
      'CreateBucket',
      'PutBucketTagging',
      'PutBucketVersioning',
      'PutBucketLifecycleConfiguration',
    ]);
  });

  it('leaves versioning off when the blueprint says versioning: false', async () => {
    const s = bucket('dataplatform-scratch-raw-dev-use1', { versioning: false, lifecycleDays: 30 });
    const live = await drivers.aws_s3_bucket.create(s, ctx);
    expect(live.params).toEqual({ region: 'us-east-1', versioning: false, lifecycleDays: 30 });
    expect((await s3().send(new GetBucketVersioningCommand({ Bucket: s.name }))).Status).toBeUndefined();
    expect(proxy.requests.map((r) => r.operation)).toEqual(['HeadBucket', 'CreateBucket', 'PutBucketTagging', 'PutBucketLifecycleConfiguration']);
    expect(await drivers.aws_s3_bucket.read(refOf(s), ctx)).toMatchObject({ params: { versioning: false, lifecycleDays: 30 } });
  });

  it('creates outside us-east-1 with a LocationConstraint and reports that region', async () => {
    const s = bucket('dataplatform-landing-raw-dev-euw1', { region: 'eu-west-1' });
    const live = await drivers.aws_s3_bucket.create(s, ctx);
    const location = await s3('eu-west-1').send(new GetBucketLocationCommand({ Bucket: s.name }));
    expect(location.LocationConstraint).toBe('eu-west-1');
    expect(live.params.region).toBe('eu-west-1');
    expect(await drivers.aws_s3_bucket.read(refOf(s), ctx)).toMatchObject({ params: { region: 'eu-west-1' } });
  });

  it('is idempotent: creating twice adopts the same bucket', async () => {
    const s = bucket('dataplatform-twice-raw-dev-use1');
    const first = await drivers.aws_s3_bucket.create(s, ctx);
    const second = await drivers.aws_s3_bucket.create(s, ctx);
    expect(second).toEqual(first);
    const euro = bucket('dataplatform-twice-raw-dev-euc1', { region: 'eu-central-1' });
    await drivers.aws_s3_bucket.create(euro, ctx);
    await expect(drivers.aws_s3_bucket.create(euro, ctx)).resolves.toMatchObject({ params: { region: 'eu-central-1' } });
  });

  it('adopts an existing bucket with the same settings and gives it the standard settings', async () => {
    const name = 'dataplatform-legacy-raw-dev-use1';
    await handMadeBucket(name, [{ ID: 'team-expire-tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } }]);

    await drivers.aws_s3_bucket.create(bucket(name), ctx);

    expect(await tagsOf(name)).toEqual({ ...TAGS, Owner: 'alice' });
    expect((await rulesOf(name)).map((r) => r.ID).sort()).toEqual(['dpn-intelligent-tiering', 'team-expire-tmp']);
    const pab = await s3().send(new GetPublicAccessBlockCommand({ Bucket: name }));
    expect(pab.PublicAccessBlockConfiguration?.BlockPublicPolicy).toBe(true);
  });

  it('keeps foreign tags S3 once accepted, but refuses to go past 50 tags in all', async () => {
    const s = bucket('dataplatform-crowded-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, ctx);
    await s3().send(
      new PutBucketTaggingCommand({
        Bucket: s.name,
        Tagging: { TagSet: [...Object.entries(TAGS).map(([Key, Value]) => ({ Key, Value })), { Key: 'Ticket', Value: 'OPS#42, urgent' }] },
      }),
    );
    const next = bucket(s.name, { lifecycleDays: 60 });
    await drivers.aws_s3_bucket.update(next, refOf(s), ctx);
    expect(await tagsOf(s.name)).toEqual({ ...TAGS, Ticket: 'OPS#42, urgent' });

    const many = Array.from({ length: 47 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await s3().send(new PutBucketTaggingCommand({ Bucket: s.name, Tagging: { TagSet: many } }));
    const error = await rejection(drivers.aws_s3_bucket.update(next, refOf(s), ctx));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('would carry 52 tags');
  });

  it('refuses to adopt a bucket whose settings differ, naming the difference', async () => {
    const s = bucket('dataplatform-clash-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, ctx);
    const error = await rejection(drivers.aws_s3_bucket.create(bucket(s.name, { versioning: false, lifecycleDays: 30 }), ctx));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain("S3 bucket 'dataplatform-clash-raw-dev-use1'");
    expect(error.message).toContain('lifecycleDays: 90 → 30');
    expect(error.message).toContain('versioning: true → false');
    // Nothing was changed by the refused create.
    expect((await s3().send(new GetBucketVersioningCommand({ Bucket: s.name }))).Status).toBe('Enabled');
  });

  it('refuses a bucket that exists in another region', async () => {
    const s = bucket('dataplatform-moved-raw-dev-use1', { region: 'eu-west-1' });
    await drivers.aws_s3_bucket.create(s, ctx);
    const error = await rejection(drivers.aws_s3_bucket.create(bucket(s.name, { region: 'us-west-2' }), ctx));
    expect(error.kind).toBe('conflict');
    expect(error.message).toMatch(/exists in eu-west-1, the blueprint wants us-west-2/);
  });

  it("finishes an unfinished create of its own transaction, and a bare bucket, marking only its own", async () => {
    const s = bucket('dataplatform-crashed-raw-dev-use1');
    await s3().send(new CreateBucketCommand({ Bucket: s.name }));
    await s3().send(new PutBucketTaggingCommand({ Bucket: s.name, Tagging: { TagSet: [{ Key: 'dpn:created-by', Value: TX }] } }));
    await s3().send(new PutBucketVersioningCommand({ Bucket: s.name, VersioningConfiguration: { Status: 'Suspended' } }));
    await expect(drivers.aws_s3_bucket.create(s, txCtx)).resolves.toMatchObject({ params: { versioning: true, lifecycleDays: 90 }, createdBy: TX });
    expect(await tagsOf(s.name)).toEqual({ ...TAGS, 'dpn:created-by': TX });

    // A bare bucket that was there before this driver's CreateBucket is completed, but it is not dpn's.
    const bare = bucket('dataplatform-bare-raw-dev-use1');
    await s3().send(new CreateBucketCommand({ Bucket: bare.name }));
    const live = await drivers.aws_s3_bucket.create(bare, txCtx);
    expect(live.params).toMatchObject({ versioning: true });
    expect(live.createdBy).toBeUndefined();
    expect(await tagsOf(bare.name)).toEqual(TAGS);
  });

  it('validates tags before any call', async () => {
    const s = bucket('dataplatform-badtags-raw-dev-use1');
    s.tags = { 'aws:owner': 'x', Team: 'a*b', ['k'.repeat(129)]: 'v' };
    const error = await rejection(drivers.aws_s3_bucket.create(s, ctx));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain("reserved prefix 'aws:'");
    expect(error.message).toContain("tag 'Team' has a value with characters outside");
    expect(error.message).toContain('129 characters, at most 128');
    expect(await exists(s.name)).toBe(false);
  });

  it('checks the S3 naming rules itself before any call, since moto accepts almost anything', async () => {
    for (const name of ['Dataplatform_Landing', '192.168.10.20', 'xn--dataplatform']) {
      const error = await rejection(drivers.aws_s3_bucket.create(bucket(name), ctx));
      expect(error.kind).toBe('invalid');
      expect(error.message).toContain(`S3 bucket '${name}': invalid name: S3 bucket name "${name}"`);
      expect(await exists(name)).toBe(false);
    }
  });

  it('rejects malformed params naming the field', async () => {
    const s = spec('aws_s3_bucket', 'dataplatform-badparams-raw-dev-use1', { region: 'nowhere', versioning: 'yes', lifecycleDays: -1 });
    const error = await rejection(drivers.aws_s3_bucket.create(s, ctx));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/region must be an AWS region.*versioning must be true or false.*lifecycleDays must be a whole number/);
  });
});

describe('read', () => {
  it('returns null for a bucket that does not exist', async () => {
    await expect(drivers.aws_s3_bucket.read(refOf(bucket('dataplatform-none-raw-dev-use1')), ctx)).resolves.toBeNull();
  });

  it('reports drift made outside dpn in the spec params shape', async () => {
    const s = bucket('dataplatform-drift-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, ctx);
    await s3().send(new PutBucketVersioningCommand({ Bucket: s.name, VersioningConfiguration: { Status: 'Suspended' } }));
    await s3().send(new PutBucketTaggingCommand({ Bucket: s.name, Tagging: { TagSet: [{ Key: 'Team', Value: 'other' }] } }));
    const live = await drivers.aws_s3_bucket.read(refOf(s), ctx);
    expect(live).toEqual({
      physicalId: `arn:aws:s3:::${s.name}`,
      params: { region: 'us-east-1', versioning: false, lifecycleDays: 90 },
      tags: { Team: 'other' },
      archived: false,
    });
  });

  it('finds a bucket by name when the ref carries no region', async () => {
    const s = bucket('dataplatform-noregion-raw-dev-euw1', { region: 'eu-west-1' });
    await drivers.aws_s3_bucket.create(s, ctx);
    const live = await drivers.aws_s3_bucket.read({ ...refOf(s), params: {} }, ctx);
    expect(live?.params.region).toBe('eu-west-1');
  });
});

describe('update', () => {
  it('changes versioning, lifecycle days and tags, keeping tags and rules it does not own', async () => {
    const s = bucket('dataplatform-upd-raw-dev-use1');
    const live = await drivers.aws_s3_bucket.create(s, ctx);
    await s3().send(
      new PutBucketTaggingCommand({
        Bucket: s.name,
        Tagging: { TagSet: [...Object.entries(TAGS).map(([Key, Value]) => ({ Key, Value })), { Key: 'Owner', Value: 'alice' }] },
      }),
    );

    const next = bucket(s.name, { versioning: false, lifecycleDays: 180 });
    next.tags = { Environment: 'dev', Project: 'dataplatform', ManagedBy: 'dpn', Team: 'finance' };
    const updated = await drivers.aws_s3_bucket.update(next, refOf(s, live), ctx);

    expect(updated.params).toEqual({ region: 'us-east-1', versioning: false, lifecycleDays: 180 });
    expect((await s3().send(new GetBucketVersioningCommand({ Bucket: s.name }))).Status).toBe('Suspended');
    expect((await rulesOf(s.name))[0]?.Transitions).toEqual([{ Days: 180, StorageClass: 'INTELLIGENT_TIERING' }]);
    // CostCenter was applied by dpn and dropped from the blueprint: removed. Owner was never ours: kept.
    expect(await tagsOf(s.name)).toEqual({ ...next.tags, Owner: 'alice' });
    expect(await drivers.aws_s3_bucket.read(refOf(next), ctx)).toMatchObject({ params: updated.params });
  });

  it('refuses to move a bucket to another region and fails clearly for a missing bucket', async () => {
    const s = bucket('dataplatform-stay-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, ctx);
    const moved = await rejection(drivers.aws_s3_bucket.update(bucket(s.name, { region: 'eu-west-1' }), refOf(s), ctx));
    expect(moved.kind).toBe('invalid');
    expect(moved.message).toMatch(/cannot move the bucket from us-east-1 to eu-west-1/);
    const gone = bucket('dataplatform-gone-raw-dev-use1');
    expect((await rejection(drivers.aws_s3_bucket.update(gone, refOf(gone), ctx))).kind).toBe('not_found');
  });
});

describe('archive and unarchive', () => {
  it('tags the bucket and adds the archive rule, then undoes both', async () => {
    const s = bucket('dataplatform-old-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, ctx);
    await drivers.aws_s3_bucket.archive(refOf(s), ctx);
    await drivers.aws_s3_bucket.archive(refOf(s), ctx); // idempotent

    expect(await tagsOf(s.name)).toEqual({ ...TAGS, 'dpn:archived': 'true', 'dpn:archived-at': '2026-11-22T03:00:00.000Z' });
    const rules = await rulesOf(s.name);
    expect(rules.map((r) => r.ID).sort()).toEqual(['dpn-archive', 'dpn-intelligent-tiering']);
    const archiveRule = rules.find((r) => r.ID === 'dpn-archive');
    expect(archiveRule?.Transitions).toEqual([{ Days: 30, StorageClass: 'GLACIER' }]);
    expect(archiveRule?.NoncurrentVersionTransitions).toEqual([{ NoncurrentDays: 30, StorageClass: 'GLACIER' }]);
    expect(archiveRule?.Expiration).toBeUndefined();
    const live = await drivers.aws_s3_bucket.read(refOf(s), ctx);
    expect(live?.archived).toBe(true);
    expect(live?.tags).toEqual(TAGS);

    await drivers.aws_s3_bucket.unarchive(refOf(s), ctx);
    expect(await tagsOf(s.name)).toEqual(TAGS);
    expect((await rulesOf(s.name)).map((r) => r.ID)).toEqual(['dpn-intelligent-tiering']);
    expect((await drivers.aws_s3_bucket.read(refOf(s), ctx))?.archived).toBe(false);
  });

  it('a create of an archived bucket brings it back to life', async () => {
    const s = bucket('dataplatform-back-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, ctx);
    await drivers.aws_s3_bucket.archive(refOf(s), ctx);
    const live = await drivers.aws_s3_bucket.create(s, ctx);
    expect(live.archived).toBe(false);
    expect(await tagsOf(s.name)).toEqual(TAGS);
  });

  it('archiving a missing bucket is a not_found error', async () => {
    const s = bucket('dataplatform-missing-raw-dev-use1');
    expect((await rejection(drivers.aws_s3_bucket.archive(refOf(s), ctx))).kind).toBe('not_found');
  });
});

describe('delete', () => {
  it('deletes an empty bucket, and deleting it again succeeds', async () => {
    const s = bucket('dataplatform-del-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, ctx);
    await drivers.aws_s3_bucket.delete(refOf(s), ctx);
    expect(await exists(s.name)).toBe(false);
    await expect(drivers.aws_s3_bucket.delete(refOf(s), ctx)).resolves.toBeUndefined();
  });

  it('refuses a non-empty bucket unless forced, then removes every version', async () => {
    const s = bucket('dataplatform-full-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, ctx);
    for (const body of ['v1', 'v2', 'v3']) {
      await s3().send(new PutObjectCommand({ Bucket: s.name, Key: 'data/part-0.parquet', Body: body }));
    }
    await s3().send(new PutObjectCommand({ Bucket: s.name, Key: 'other.csv', Body: 'x' }));

    const error = await rejection(drivers.aws_s3_bucket.delete(refOf(s), ctx));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain("S3 bucket 'dataplatform-full-raw-dev-use1': refusing to delete a bucket that is not empty");
    expect(await exists(s.name)).toBe(true);

    await drivers.aws_s3_bucket.delete(refOf(s), ctx, { force: true });
    expect(await exists(s.name)).toBe(false);
  });

  it('forceDelete on the factory applies to every delete', async () => {
    const forced = createAwsDrivers({ env: moto.env, forceDelete: true });
    try {
      const s = bucket('dataplatform-forced-raw-dev-use1', { versioning: false });
      await forced.aws_s3_bucket.create(s, ctx);
      await s3().send(new PutObjectCommand({ Bucket: s.name, Key: 'a', Body: 'x' }));
      await forced.aws_s3_bucket.delete(refOf(s), ctx);
      expect(await exists(s.name)).toBe(false);
    } finally {
      forced.close();
    }
  });
});

describe('creation marker', () => {
  it('create writes dpn:created-by=<transaction> in its one tag write; read reports it outside tags and params', async () => {
    const s = bucket('dataplatform-marked-raw-dev-use1');
    const made = await drivers.aws_s3_bucket.create(s, txCtx);
    expect(await tagsOf(s.name)).toEqual({ ...TAGS, 'dpn:created-by': TX });
    expect(proxy.requests.filter((r) => r.operation === 'PutBucketTagging')).toHaveLength(1);
    expect(made.createdBy).toBe(TX);
    const live = await drivers.aws_s3_bucket.read(refOf(s), ctx);
    expect(live).toEqual({
      physicalId: `arn:aws:s3:::${s.name}`,
      params: { region: 'us-east-1', versioning: true, lifecycleDays: 90 },
      tags: TAGS,
      archived: false,
      createdBy: TX,
    });
  });

  it('an adopted bucket gets no marker, and a later transaction never replaces one', async () => {
    const name = 'dataplatform-adopted-raw-dev-use1';
    await handMadeBucket(name);
    const adopted = await drivers.aws_s3_bucket.create(bucket(name), txCtx);
    expect(adopted.createdBy).toBeUndefined();
    expect(await tagsOf(name)).toEqual({ ...TAGS, Owner: 'alice' });
    expect((await drivers.aws_s3_bucket.read(refOf(bucket(name)), ctx))?.createdBy).toBeUndefined();

    const s = bucket('dataplatform-earlier-raw-dev-use1');
    await drivers.aws_s3_bucket.create(s, txCtx);
    const again = await drivers.aws_s3_bucket.create(s, { ...ctx, transaction: '20261205T000000Z-ffffff' });
    expect(again.createdBy).toBe(TX);
    expect((await tagsOf(s.name))['dpn:created-by']).toBe(TX);
  });

  it('update, archive and unarchive keep the marker', async () => {
    const s = bucket('dataplatform-kept-raw-dev-use1');
    const made = await drivers.aws_s3_bucket.create(s, txCtx);
    const next = bucket(s.name, { versioning: false, lifecycleDays: 180 });
    next.tags = { Environment: 'dev', Team: 'finance' };
    const later = { ...ctx, transaction: '20261205T000000Z-ffffff' };
    const updated = await drivers.aws_s3_bucket.update(next, refOf(s, made), later);
    expect(updated.createdBy).toBe(TX);
    expect(updated.tags).toEqual(next.tags);
    expect(await tagsOf(s.name)).toEqual({ ...next.tags, 'dpn:created-by': TX });
    await drivers.aws_s3_bucket.archive(refOf(next), later);
    expect((await tagsOf(s.name))['dpn:created-by']).toBe(TX);
    await drivers.aws_s3_bucket.unarchive(refOf(next), later);
    expect(await tagsOf(s.name)).toEqual({ ...next.tags, 'dpn:created-by': TX });
    expect(await drivers.aws_s3_bucket.read(refOf(next), ctx)).toMatchObject({ tags: next.tags, createdBy: TX, archived: false });
  });

  it('the blueprint may not set the marker itself, and must leave room for it', async () => {
    const s = bucket('dataplatform-forged-raw-dev-use1');
    s.tags = { 'dpn:created-by': TX };
    expect((await rejection(drivers.aws_s3_bucket.create(s, txCtx))).message).toContain("prefix 'dpn:' that dpn reserves");
    const crowded = bucket('dataplatform-fortyeight-raw-dev-use1');
    crowded.tags = Object.fromEntries(Array.from({ length: 48 }, (_, i) => [`k${i}`, 'v']));
    expect((await rejection(drivers.aws_s3_bucket.create(crowded, txCtx))).message).toContain('48 tags, at most 47 allowed');
    expect(await exists(crowded.name)).toBe(false);
  });
});

describe('writes', () => {
  it('a converged bucket costs no writes: repeated create, unchanged update, repeated archive and unarchive', async () => {
    const writes = () => proxy.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').map((r) => r.operation);
    const s = bucket('dataplatform-quiet-raw-dev-use1', { region: 'eu-west-1' });
    const live = await drivers.aws_s3_bucket.create(s, txCtx);
    expect(writes()).toEqual(['CreateBucket', 'PutBucketTagging', 'PutBucketVersioning', 'PutBucketLifecycleConfiguration']);

    proxy.reset();
    await drivers.aws_s3_bucket.create(s, txCtx);
    await drivers.aws_s3_bucket.update(s, refOf(s, live), txCtx);
    expect(writes()).toEqual([]);

    await drivers.aws_s3_bucket.archive(refOf(s), ctx);
    expect(writes()).toHaveLength(2);
    await drivers.aws_s3_bucket.archive(refOf(s), ctx);
    expect(writes()).toHaveLength(2);
    await drivers.aws_s3_bucket.unarchive(refOf(s), ctx);
    expect(writes()).toHaveLength(4);
    await drivers.aws_s3_bucket.unarchive(refOf(s), ctx);
    expect(writes()).toHaveLength(4);
  });

  it('an adopted bucket without the standard settings gets them', async () => {
    const raw = createAwsDrivers({ env: moto.env });
    try {
      const name = 'dataplatform-plain-raw-dev-use1';
      // Straight to moto: a bucket without S3's defaults, as an old bucket may be.
      await raw.aws_s3_bucket.create(bucket(name), ctx);
      expect(await s3().send(new GetPublicAccessBlockCommand({ Bucket: name })).catch((e: Error) => e.name)).toBe('NoSuchPublicAccessBlockConfiguration');
      await drivers.aws_s3_bucket.update(bucket(name), refOf(bucket(name)), ctx);
      expect(proxy.requests.map((r) => r.operation)).toEqual(expect.arrayContaining(['PutPublicAccessBlock', 'PutBucketEncryption']));
      expect((await s3().send(new GetPublicAccessBlockCommand({ Bucket: name }))).PublicAccessBlockConfiguration?.BlockPublicAcls).toBe(true);
    } finally {
      raw.close();
    }
  });
});
