// `dpn drift`: reads every live resource the state holds and reports each
// field that differs, changing nothing; exit 0 in sync, 3 drifted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetBucketTaggingCommand, PutBucketTaggingCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { startMoto, type Moto } from '../support/moto.js';
import { dpn, project, writeBlueprint } from '../cli-apply/support.js';

let moto: Moto;
let s3: S3Client;
beforeAll(async () => {
  moto = await startMoto();
  s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
}, 120_000);
afterAll(async () => {
  s3?.destroy();
  await moto?.stop();
});

const BUCKET = 'drift-landing-raw-dev-use1';

describe('dpn drift', () => {
  it('reports a hand-edited tag and a versioning change, and changes nothing', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', JSON.stringify({ version: '1.0', metadata: { environment: 'dev', project: 'drift', region: 'us-east-1', team: 'data' }, resources: { aws: { s3_buckets: [{ purpose: 'landing', layer: 'raw' }] } } }));
    expect((await dpn(['reconcile', 'blueprints'], cwd, moto.env)).code).toBe(0);
    const clean = await dpn(['drift'], cwd, moto.env);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/Checked 1 resource: no drift/);

    const tags = (await s3.send(new GetBucketTaggingCommand({ Bucket: BUCKET }))).TagSet ?? [];
    await s3.send(new PutBucketTaggingCommand({ Bucket: BUCKET, Tagging: { TagSet: tags.map((t) => (t.Key === 'Team' ? { Key: 'Team', Value: 'someone-else' } : t)) } }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Suspended' } }));
    const edited = (await s3.send(new GetBucketTaggingCommand({ Bucket: BUCKET }))).TagSet;

    const drift = await dpn(['drift'], cwd, moto.env);
    expect(drift.code, drift.stdout + drift.stderr).toBe(3);
    expect(drift.stdout).toMatch(/~ aws_s3_bucket drift-landing-raw-dev-use1/);
    expect(drift.stdout).toMatch(/tags\.Team: "data" in the state → "someone-else" live/);
    expect(drift.stdout).toMatch(/params\.versioning: true in the state → false live/);
    const json = JSON.parse((await dpn(['drift', '--format', 'json'], cwd, moto.env)).stdout) as { status: string; items: Array<{ name: string; fields: Array<{ path: string }> }> };
    expect(json.status).toBe('drifted');
    expect(json.items[0]!.fields.map((f) => f.path).sort()).toEqual(['params.versioning', 'tags.Team']);
    // Drift changed nothing.
    expect((await s3.send(new GetBucketTaggingCommand({ Bucket: BUCKET }))).TagSet).toEqual(edited);

    expect(drift.stdout).toMatch(/a reconcile leaves these differences as they are/);
  });

  it('a --state-dir that does not exist is an error, and drift and status create nothing', async () => {
    const cwd = project();
    const run = await dpn(['drift', '--state-dir', 'nowhere'], cwd, moto.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--state-dir nowhere does not exist/);
    const status = await dpn(['status'], cwd, moto.env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/does not exist yet/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${cwd}/.dpn`)).toBe(false);
  });
});
