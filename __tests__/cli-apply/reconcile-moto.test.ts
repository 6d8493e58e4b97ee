// `dpn reconcile` / `create` / `read` / `update` / `delete` / `status` against a
// real moto_server, checked by reading the resources back through the AWS SDK.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetBucketTaggingCommand, GetBucketVersioningCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { GetDatabaseCommand, GetTableCommand, GlueClient } from '@aws-sdk/client-glue';
import { awsClients, startMoto, type Moto } from '../support/moto.js';
import { blueprintText, dpn, project, writeBlueprint } from './support.js';

let moto: Moto;
let s3: S3Client;
let glue: GlueClient;

beforeAll(async () => {
  moto = await startMoto();
  ({ s3, glue } = await awsClients(moto));
});
afterAll(async () => {
  s3?.destroy();
  glue?.destroy();
  await moto?.stop();
});
beforeEach(async () => {
  await moto.reset();
});

const BUCKET = 'dataplatform-landing-raw-dev-use1';
const DB = 'dataplatform_sales_bronze_dev';

async function bucketExists(name: string): Promise<boolean> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: name }));
    return true;
  } catch {
    return false;
  }
}

async function table(name: string) {
  return (await glue.send(new GetTableCommand({ DatabaseName: DB, Name: name }))).Table;
}

const columns = [
  { name: 'order_id', type: 'string' },
  { name: 'amount', type: 'double' },
];

describe('dpn reconcile against moto', () => {
  it('creates, then does nothing, then updates, archives and deletes — as the blueprint changes', async () => {
    const cwd = project();
    const file = 'blueprints/dev.json';
    writeBlueprint(
      cwd,
      file,
      blueprintText({
        buckets: [{ purpose: 'landing', layer: 'raw' }],
        databases: [{ domain: 'sales', layer: 'bronze', description: 'raw sales' }],
        tables: [
          { database_ref: 'sales-bronze', entity: 'orders', columns },
          { database_ref: 'sales-bronze', entity: 'refunds', columns },
        ],
      }),
    );

    const first = await dpn(['reconcile', 'blueprints'], cwd, moto.env);
    expect(first.stderr).not.toMatch(/internal error/);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Apply complete: 4 created, 0 updated, 0 archived, 0 deleted in \d+\.\d s \(transaction \S+\)\.$/m);
    expect(first.stdout).toContain(BUCKET);
    expect(await bucketExists(BUCKET)).toBe(true);
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: BUCKET }))).Status).toBe('Enabled');
    const tags = (await s3.send(new GetBucketTaggingCommand({ Bucket: BUCKET }))).TagSet ?? [];
    expect(tags).toEqual(expect.arrayContaining([{ Key: 'Environment', Value: 'dev' }]));
    expect((await glue.send(new GetDatabaseCommand({ Name: DB }))).Database?.Description).toBe('raw sales');
    expect((await table('fact_orders'))?.StorageDescriptor?.Columns?.map((c) => c.Name)).toEqual(['order_id', 'amount']);
    // Per-operation lines on stderr when not a terminal.
    expect(first.stderr).toMatch(/create .*fact_orders: done/);
    const stateFile = join(cwd, '.dpn', 'state', 'blueprints', 'dev.json.json');
    expect(existsSync(stateFile)).toBe(true);
    expect(readdirSync(join(cwd, '.dpn', 'wal'))).toHaveLength(1);

    const again = await dpn(['reconcile', 'blueprints'], cwd, moto.env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to do');
    expect(readdirSync(join(cwd, '.dpn', 'wal'))).toHaveLength(1);

    writeBlueprint(
      cwd,
      file,
      blueprintText({
        buckets: [{ purpose: 'landing', layer: 'raw' }],
        databases: [{ domain: 'sales', layer: 'bronze', description: 'raw sales' }],
        tables: [{ database_ref: 'sales-bronze', entity: 'orders', columns: [...columns, { name: 'currency', type: 'string' }] }],
      }),
    );
    const dry = await dpn(['reconcile', 'blueprints', '--dry-run'], cwd, moto.env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/update/);
    expect(dry.stdout).toMatch(/archive/);
    expect((await table('fact_orders'))?.StorageDescriptor?.Columns).toHaveLength(2);

    const changed = await dpn(['reconcile', 'blueprints'], cwd, moto.env);
    expect(changed.code, changed.stderr).toBe(0);
    expect((await table('fact_orders'))?.StorageDescriptor?.Columns?.map((c) => c.Name)).toEqual(['order_id', 'amount', 'currency']);
    // Removed from the blueprint: archived (the default), still there.
    const refunds = await table('fact_refunds');
    expect(refunds).toBeDefined();
    expect(JSON.stringify(refunds?.Parameters)).toMatch(/archived/);
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    expect(JSON.stringify(state)).toMatch(/"archived": ?true/);

    // Removing the bucket with --deletion-policy delete deletes it.
    writeBlueprint(
      cwd,
      file,
      blueprintText({
        databases: [{ domain: 'sales', layer: 'bronze', description: 'raw sales' }],
        tables: [{ database_ref: 'sales-bronze', entity: 'orders', columns: [...columns, { name: 'currency', type: 'string' }] }],
      }),
    );
    const deleted = await dpn(['reconcile', 'blueprints', '--deletion-policy', 'delete'], cwd, moto.env);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(await bucketExists(BUCKET)).toBe(false);

    const status = await dpn(['status', '--format', 'json'], cwd, moto.env);
    expect(status.code).toBe(0);
    const doc = JSON.parse(status.stdout);
    expect(doc.unfinished).toEqual([]);
    expect(doc.lock).toBeNull();
    expect(doc.resources.byType).toEqual({ aws_glue_database: 1, aws_glue_table: 2 });
  });

  it('a Databricks resource without DATABRICKS_HOST stops the run before anything is applied', async () => {
    const cwd = project();
    const doc = JSON.parse(blueprintText({ buckets: [{ purpose: 'landing', layer: 'raw' }] }));
    doc.resources.databricks = { clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }] };
    writeBlueprint(cwd, 'blueprints/dev.json', JSON.stringify(doc, null, 2));
    const run = await dpn(['reconcile', 'blueprints'], cwd, {
      ...moto.env,
      DATABRICKS_HOST: '',
      DATABRICKS_TOKEN: '',
      DATABRICKS_CLIENT_ID: '',
      DATABRICKS_CLIENT_SECRET: '',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot apply: DATABRICKS_HOST is not set.*needed for dbx_cluster dataplatform-etl-shared-dev/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // Nothing was started: no bucket, no transaction in the WAL, no state.
    expect(await bucketExists(BUCKET)).toBe(false);
    expect(existsSync(join(cwd, '.dpn', 'wal')) ? readdirSync(join(cwd, '.dpn', 'wal')) : []).toEqual([]);
    expect(existsSync(join(cwd, '.dpn', 'state'))).toBe(false);
  });

  it('refuses a mass removal without --allow-mass-delete, and applies it with', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText({ buckets: [{ purpose: 'landing', layer: 'raw' }, { purpose: 'archive', layer: 'curated' }] }));
    expect((await dpn(['reconcile', 'blueprints'], cwd, moto.env)).code).toBe(0);
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText({ buckets: [] }));
    const refused = await dpn(['reconcile', 'blueprints', '--deletion-policy', 'delete'], cwd, moto.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/removes more than half/);
    expect(refused.stderr).toMatch(/--allow-mass-delete/);
    expect(await bucketExists(BUCKET)).toBe(true);
    const allowed = await dpn(['reconcile', 'blueprints', '--deletion-policy', 'delete', '--allow-mass-delete'], cwd, moto.env);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(await bucketExists(BUCKET)).toBe(false);
  });

  it('read, update and delete one resource', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText({ buckets: [{ purpose: 'landing', layer: 'raw' }] }));
    expect((await dpn(['create', '--blueprint', 'blueprints/dev.json'], cwd, moto.env)).code).toBe(0);

    const read = await dpn(['read', '--resource-id', BUCKET, '--type', 'aws_s3_bucket', '--format', 'json'], cwd, moto.env);
    expect(read.code, read.stderr).toBe(0);
    const doc = JSON.parse(read.stdout);
    expect(doc).toMatchObject({ managed: true, fullName: BUCKET, live: { params: { versioning: true } } });
    const yaml = await dpn(['read', '--resource-id', BUCKET, '--type', 'aws_s3_bucket', '--format', 'yaml'], cwd, moto.env);
    expect(yaml.stdout).toMatch(/managed: true/);
    const missing = await dpn(['read', '--resource-id', 'no-such-bucket-here', '--type', 'aws_s3_bucket'], cwd, moto.env);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/not found/);

    writeBlueprint(cwd, 'params.yaml', 'versioning: false\n');
    const updated = await dpn(['update', '--resource-id', BUCKET, '--type', 'aws_s3_bucket', '--params', 'params.yaml'], cwd, moto.env);
    expect(updated.code, updated.stderr).toBe(0);
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: BUCKET }))).Status).toBe('Suspended');

    const noYes = await dpn(['delete', '--resource-id', BUCKET, '--type', 'aws_s3_bucket'], cwd, moto.env);
    expect(noYes.code).toBe(1);
    expect(noYes.stderr).toMatch(/without --yes/);
    expect(await bucketExists(BUCKET)).toBe(true);

    const unmanaged = await dpn(['delete', '--resource-id', 'someone-elses', '--type', 'aws_s3_bucket', '--yes'], cwd, moto.env);
    expect(unmanaged.code).toBe(1);
    expect(unmanaged.stderr).toMatch(/no aws_s3_bucket "someone-elses" in the state/);

    const nameOnly = await dpn(['delete', '--resource-id', 'x', '--type', 'aws_lambda_function', '--yes'], cwd, moto.env);
    expect(nameOnly.code).toBe(2);
    expect(nameOnly.stderr).toMatch(/does not provision/);

    const gone = await dpn(['delete', '--resource-id', BUCKET, '--type', 'aws_s3_bucket', '--yes'], cwd, moto.env);
    expect(gone.code, gone.stderr).toBe(0);
    expect(await bucketExists(BUCKET)).toBe(false);
    const status = JSON.parse((await dpn(['status', '--format', 'json'], cwd, moto.env)).stdout);
    expect(status.resources.total).toBe(0);
  });

  it('two runs at once on one state: the second is refused, naming the holder', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText({ buckets: [{ purpose: 'landing', layer: 'raw' }] }));
    const { LocalLockBackend } = await import('../../src/engine/local-lock.js');
    const held = await new LocalLockBackend(join(cwd, '.dpn')).acquire('x', { holder: 'colleague@build-box' }, { leaseMs: 60_000, waitMs: 0 });
    const run = await dpn(['reconcile', 'blueprints'], cwd, moto.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/held by colleague@build-box/);
    expect(await bucketExists(BUCKET)).toBe(false);
    const json = (await dpn(['status', '--format', 'json'], cwd, moto.env)).stdout;
    const status = JSON.parse(json);
    expect(status.lock).toMatchObject({ holder: 'colleague@build-box', expired: false });
    // The token lets whoever has it release the holder's lock: status never shows it.
    expect(status.lock).not.toHaveProperty('token');
    expect(json).not.toContain(held.info.token);
    expect((await dpn(['status'], cwd, moto.env)).stdout).not.toContain(held.info.token);
    await held.release();
  });

  it('status with --lock-backend dynamodb: names the holder without its token, and says when the lease expired', async () => {
    const cwd = project();
    expect((await dpn(['backend', 'init', '--table-prefix', 'dpn-st'], cwd, moto.env)).code).toBe(0);
    const { createDynamoLockBackend } = await import('../../src/backend/dynamodb/index.js');
    const { defaultLockScope } = await import('../../src/cli/face.js');
    const env = { ...process.env, ...moto.env };
    const backend = createDynamoLockBackend({ tablePrefix: 'dpn-st', env, autoRenew: false });
    const scope = defaultLockScope(env, cwd, join(cwd, '.dpn'));
    const args = ['status', '--lock-backend', 'dynamodb', '--lock-table-prefix', 'dpn-st'];

    const live = await backend.acquire(scope, { holder: 'ci-runner-7' }, { leaseMs: 60_000, waitMs: 0 });
    const json = (await dpn([...args, '--format', 'json'], cwd, moto.env)).stdout;
    expect(JSON.parse(json).lock).toMatchObject({ holder: 'ci-runner-7', expired: false });
    expect(json).not.toContain(live.info.token);
    const text = (await dpn(args, cwd, moto.env)).stdout;
    expect(text).toMatch(/Lock: held by ci-runner-7/);
    expect(text).not.toContain(live.info.token);
    await live.release();

    // A holder that died: DynamoDB still returns its item until TTL purges it.
    const dead = await backend.acquire(scope, { holder: 'crashed-runner' }, { leaseMs: 400, waitMs: 0 });
    await new Promise((r) => setTimeout(r, 900));
    const expired = JSON.parse((await dpn([...args, '--format', 'json'], cwd, moto.env)).stdout);
    expect(expired.lock).toMatchObject({ holder: 'crashed-runner', expired: true });
    const expiredText = (await dpn(args, cwd, moto.env)).stdout;
    expect(expiredText).toMatch(/Lock: expired — last held by crashed-runner/);
    expect(expiredText).not.toMatch(/Lock: held by/);
    expect(expiredText).not.toContain(dead.info.token);
  });

  it('--lock-backend dynamodb: the lease is renewed by one renewer only (the engine), not twice', async () => {
    const cwd = project();
    expect((await dpn(['backend', 'init', '--table-prefix', 'dpn-rn'], cwd, moto.env)).code).toBe(0);
    const { backendsOf } = await import('../../src/cli/commands/apply.js');
    const { withLock } = await import('../../src/flows/index.js');
    const env = { ...process.env, ...moto.env };
    const stateDir = join(cwd, '.dpn');
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env, cwd };
    const { lock } = await backendsOf({ values: { 'lock-backend': 'dynamodb', 'lock-table-prefix': 'dpn-rn' }, positionals: [] }, io, stateDir);
    const inner = lock.backend!;
    let renewals = 0;
    const counting: typeof inner = {
      inspect: (scope) => inner.inspect(scope),
      breakLock: (scope, expected, o) => inner.breakLock(scope, expected, o),
      acquire: async (scope, who, o) => {
        const held = await inner.acquire(scope, who, o);
        const renew = held.renew.bind(held);
        // Own property: the backend's own timer (if any) calls this.renew() and is counted too.
        held.renew = () => {
          renewals++;
          return renew();
        };
        return held;
      },
    };
    // Lease 3 s: the engine renews every second; within 1.6 s that is once.
    await withLock({ ...lock, backend: counting, leaseMs: 3_000 }, {}, () => new Promise((r) => setTimeout(r, 1_600)));
    expect(renewals).toBe(1);
  });

  it('--lock-backend dynamodb: locks in the shared table and records the run in its history', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText({ buckets: [{ purpose: 'landing', layer: 'raw' }] }));
    const init = await dpn(['backend', 'init', '--table-prefix', 'dpn-e2e'], cwd, moto.env);
    expect(init.code, init.stderr).toBe(0);
    const run = await dpn(['reconcile', 'blueprints', '--lock-backend', 'dynamodb', '--lock-table-prefix', 'dpn-e2e'], cwd, moto.env);
    expect(run.code, run.stderr).toBe(0);
    expect(await bucketExists(BUCKET)).toBe(true);
    const runs = await dpn(['runs', 'list', '--table-prefix', 'dpn-e2e', '--format', 'json'], cwd, moto.env);
    expect(runs.code, runs.stderr).toBe(0);
    expect(runs.stdout).toMatch(/committed/);
    const noPrefix = await dpn(['reconcile', 'blueprints', '--lock-backend', 'dynamodb'], cwd, moto.env);
    expect(noPrefix.code).toBe(2);
    expect(noPrefix.stderr).toMatch(/--lock-table-prefix/);
  });
});

