// "A rollback never deletes what dpn did not make", through both faces: a
// reconcile whose runner vanishes right after pushing its WAL `begin` (no
// post step, so Git holds only that record) is recovered from a fresh clone —
// by the Action's recover dispatch and by `dpn recover` — against moto. Every
// resource the run made goes; a bucket tagged by another team and a Glue
// database dpn would have adopted, both under names the blueprint plans, stay
// exactly as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateBucketCommand, GetBucketTaggingCommand, ListBucketsCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateDatabaseCommand, GetDatabaseCommand, GetDatabasesCommand, GetTablesCommand, GlueClient } from '@aws-sdk/client-glue';
import { startMoto, type Moto } from '../support/moto.js';
import { startHoldProxy } from '../support/hold-proxy.js';
import { git, gitFixture, type GitFixture } from '../support/git.js';
import { actionBundle, checkout, pushPayload, pushToMain, runAction, startAction } from '../action/harness.js';
import { ROOT } from '../cli-apply/support.js';

let moto: Moto;
let s3: S3Client;
let glue: GlueClient;
const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };

beforeAll(async () => {
  await actionBundle();
  moto = await startMoto();
  s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
  glue = new GlueClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials });
}, 180_000);
afterAll(async () => {
  s3?.destroy();
  glue?.destroy();
  await moto?.stop();
});

function blueprint(project: string) {
  return {
    version: '1.0',
    metadata: { environment: 'dev', project, region: 'us-east-1', team: 'data' },
    resources: {
      aws: {
        glue_databases: [
          { domain: 'alpha', layer: 'bronze', description: 'ours' },
          { domain: 'zz', layer: 'gold', description: 'theirs' },
        ],
        glue_tables: [{ database_ref: 'alpha-bronze', entity: 'orders', table_type: 'fact', columns: [{ name: 'id', type: 'string' }] }],
        s3_buckets: [...Array.from({ length: 5 }, (_, i) => ({ purpose: `b${i}`, layer: 'raw' })), { purpose: 'zz', layer: 'raw' }],
      },
    },
  };
}

async function liveBuckets(project: string): Promise<string[]> {
  return ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name!).filter((n) => n.startsWith(`${project}-`)).sort();
}
async function liveDatabases(project: string): Promise<string[]> {
  return ((await glue.send(new GetDatabasesCommand({}))).DatabaseList ?? []).map((d) => d.Name!).filter((n) => n.startsWith(`${project}_`)).sort();
}

/** What existed before dpn under names the blueprint plans: another team's tagged bucket, a database dpn would adopt. */
async function theirs(project: string) {
  const bucket = `${project}-zz-raw-dev-use1`;
  const database = `${project}_zz_gold_dev`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await s3.send(new PutBucketTaggingCommand({ Bucket: bucket, Tagging: { TagSet: [{ Key: 'team', Value: 'other' }] } }));
  await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: database, Description: 'theirs', Parameters: { owner: 'other-team' } } }));
  return {
    bucket,
    database,
    async untouched() {
      expect((await s3.send(new GetBucketTaggingCommand({ Bucket: bucket }))).TagSet).toEqual([{ Key: 'team', Value: 'other' }]);
      const db = (await glue.send(new GetDatabaseCommand({ Name: database }))).Database!;
      expect({ description: db.Description, parameters: db.Parameters }).toEqual({ description: 'theirs', parameters: { owner: 'other-team' } });
    },
  };
}

/**
 * Merges the blueprint and runs the Action's reconcile through a proxy that
 * never answers a call naming the pre-existing resources: the run creates
 * everything else, then waits on those two lookups, and is killed there —
 * after its begin record was pushed, before anything else was.
 */
async function vanishedRun(fx: GitFixture, project: string) {
  const pre = await theirs(project);
  const sha = pushToMain(fx, { 'blueprints/dev.json': blueprint(project) });
  const proxy = await startHoldProxy(moto.endpoint, (c) => c.url.startsWith(`/${pre.bucket}`) || c.body.includes(`"${pre.database}"`));
  let killed: Awaited<ReturnType<typeof startAction>['done']> | undefined;
  const env = {
    event: 'push' as const,
    payload: pushPayload({ after: sha }),
    workspace: checkout(fx, sha),
    sha,
    ref: 'refs/heads/main',
    inputs: { 'github-token': 'ghs_installation', 'lock-wait-seconds': '0', concurrency: '3' },
    env: { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint },
  };
  const run = startAction(env);
  try {
    await run.waitFor(/pushed WAL begin record/);
    await proxy.waitHeld(2);
    await run.waitFor(/✓ create \S+\.fact_orders/);
    run.child.kill('SIGKILL');
    killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
  } finally {
    await proxy.stop();
  }
  const wal = git(fx.remote, 'ls-tree', '-r', '--name-only', 'main', '.dpn/wal').split('\n').filter(Boolean);
  expect(wal).toHaveLength(1);
  const pushed = git(fx.remote, 'show', `main:${wal[0]}`).trim().split('\n').map((l) => (JSON.parse(l) as { type: string }).type);
  expect(pushed).toEqual(['begin']);
  expect(await liveBuckets(project)).toEqual([0, 1, 2, 3, 4].map((i) => `${project}-b${i}-raw-dev-use1`).concat(pre.bucket).sort());
  expect(await liveDatabases(project)).toEqual([`${project}_alpha_bronze_dev`, pre.database]);
  // The post step, as the runner starts it after a main step that died (post-if: always).
  const post = () => startAction({ ...env, workspace: run.workspace, env: moto.env }, { post: true, savedState: killed!.saved }).done;
  return Object.assign(pre, { post });
}

async function madeNothingLeft(project: string, pre: { bucket: string; database: string; untouched(): Promise<void> }) {
  expect(await liveBuckets(project)).toEqual([pre.bucket]);
  expect(await liveDatabases(project)).toEqual([pre.database]);
  expect((await glue.send(new GetTablesCommand({ DatabaseName: pre.database }))).TableList ?? []).toEqual([]);
  await pre.untouched();
}

function dispatch(fx: GitFixture, mode: string, inputs: Record<string, string> = {}) {
  const head = git(fx.remote, 'rev-parse', 'main');
  return runAction({
    event: 'workflow_dispatch',
    payload: { inputs: { mode }, ref: 'refs/heads/main', repository: { full_name: 'acme/data-platform', default_branch: 'main' } },
    workspace: checkout(fx, head),
    sha: head,
    ref: 'refs/heads/main',
    inputs: { 'github-token': 'ghs_installation', 'lock-wait-seconds': '0', 'check-drift': 'false', ...inputs },
    env: moto.env,
  });
}

describe('recovery of a run that vanished after pushing its begin record', () => {
  it('the Action: unlock, then recover from a fresh checkout deletes what the run made and keeps what was there', async () => {
    const fx = gitFixture();
    const pre = await vanishedRun(fx, 'own');
    // The dead runner still holds the Git-ref lock with a live lease.
    const unlock = await dispatch(fx, 'unlock', { force: 'true' });
    expect(unlock.outputs.status, unlock.stdout).toBe('unlocked');
    const recovered = await dispatch(fx, 'recover');
    expect(recovered.code, recovered.stdout + recovered.stderr).toBe(0);
    expect(recovered.outputs.status).toBe('rolled_back');
    await madeNothingLeft('own', pre);
    const summary = recovered.summary.replace(/\\/g, '');
    expect(summary).toMatch(/^## dpn recover \(rollback\) — ✅ rolled_back/);
    expect(summary).toMatch(/had no record in the pushed WAL/);
    expect(summary).toContain(`${pre.bucket} existed before this transaction: left in place`);
    expect(summary).toContain(`${pre.database} existed before this transaction: left in place`);
    fx.cleanup();
  });

  it('the CLI: `dpn recover` in a clone of the repository does the same', async () => {
    const fx = gitFixture();
    const pre = await vanishedRun(fx, 'cli');
    const clone = fx.clone();
    const cli = await promisify(execFile)(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'recover'], { cwd: clone, env: { ...process.env, ...moto.env } }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(cli.stdout).toMatch(/Recovery complete: transaction \S+ rolled back/);
    expect(cli.stdout).toMatch(/had no record in the WAL/);
    expect(cli.stdout).toContain(`${pre.bucket} existed before this transaction: left in place`);
    await madeNothingLeft('cli', pre);
    fx.cleanup();
  });

  it('with the post step: it pushes the WAL the dead runner had, and recover still keeps what was there', async () => {
    const fx = gitFixture();
    const pre = await vanishedRun(fx, 'pst');
    const post = await pre.post();
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toMatch(/pushed the WAL of \S+ left by the interrupted main step/);
    // The post step released the dead runner's lock too: no unlock needed.
    const recovered = await dispatch(fx, 'recover');
    expect(recovered.code, recovered.stdout + recovered.stderr).toBe(0);
    expect(recovered.outputs.status).toBe('rolled_back');
    await madeNothingLeft('pst', pre);
    fx.cleanup();
  });
});
