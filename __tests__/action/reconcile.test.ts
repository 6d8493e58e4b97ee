// Reconcile and recover end to end: the bundled action against a real bare git
// remote and moto_server, as a push to main and a workflow_dispatch start it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DeleteBucketCommand, GetBucketLifecycleConfigurationCommand, ListBucketsCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { startMoto, type Moto } from '../support/moto.js';
import { git, gitFixture, type GitFixture } from '../support/git.js';
import { Git } from '../../src/action/git.js';
import { GitRefLock } from '../../src/action/git-lock.js';
import { actionBundle, checkout, pushPayload, pushToMain, runAction, startAction, visible, type ActionEnvOptions } from './harness.js';
import { blueprint, buckets, writeJson, type BucketSpec } from './fixtures.js';

let moto: Moto;
let s3: S3Client;

beforeAll(async () => {
  await actionBundle();
  moto = await startMoto();
  s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
}, 180_000);
afterAll(async () => {
  s3?.destroy();
  await moto?.stop();
});

async function bucketNames(prefix: string): Promise<string[]> {
  const out = await s3.send(new ListBucketsCommand({}));
  return (out.Buckets ?? []).map((b) => b.Name!).filter((n) => n.startsWith(prefix)).sort();
}

/** Commits blueprint files on main and pushes them, as a merged pull request would. */
function merge(fx: GitFixture, files: Record<string, BucketSpec[]>, project: string, message = 'Merge pull request'): string {
  return pushToMain(fx, Object.fromEntries(Object.entries(files).map(([path, specs]) => [path, blueprint(specs, { project })])), message);
}

function reconcileEnv(workspace: string, sha: string, inputs: Record<string, string> = {}): ActionEnvOptions {
  return {
    event: 'push',
    payload: pushPayload({ after: sha }),
    workspace,
    sha,
    ref: 'refs/heads/main',
    inputs: { 'github-token': 'ghs_installation', 'lock-wait-seconds': '0', ...inputs },
    env: { ...moto.env, DPN_REQUEST_TIMEOUT_MS: '10000' },
  };
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

function remoteLog(fx: GitFixture): string[] {
  return git(fx.remote, 'log', '--format=%s', 'main').split('\n');
}

function remoteFile(fx: GitFixture, path: string): string {
  return git(fx.remote, 'show', `main:${path}`);
}

function walFiles(fx: GitFixture): string[] {
  return git(fx.remote, 'ls-tree', '-r', '--name-only', 'main', '.dpn/wal').split('\n').filter(Boolean);
}

describe('reconcile on push to main', () => {
  it('applies the blueprints and pushes state and WAL; a second merge changes only the changed resource', async () => {
    const fx = gitFixture();
    const sha1 = merge(fx, { 'blueprints/dev.json': [{ purpose: 'landing' }, { purpose: 'events' }, { purpose: 'exports' }] }, 'alpha');
    const ws1 = checkout(fx, sha1);
    const first = await runAction(reconcileEnv(ws1, sha1));
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.status).toBe('committed');
    expect(first.outputs.creates).toBe('3');
    expect(await bucketNames('alpha-')).toEqual(['alpha-events-raw-dev-use1', 'alpha-exports-raw-dev-use1', 'alpha-landing-raw-dev-use1']);
    const log = remoteLog(fx);
    expect(log[0]).toMatch(/^dpn: committed \S+ .*\[skip ci\]$/);
    expect(log[1]).toMatch(/^dpn: begin \S+ at [0-9a-f]{12} \[skip ci\]$/);
    const tx = first.outputs['transaction-id']!;
    const wal = remoteFile(fx, `.dpn/wal/${tx}.jsonl`).split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(wal[0]!.type).toBe('begin');
    expect(wal.at(-1)!.type).toBe('committed');
    expect(remoteFile(fx, '.dpn/state/blueprints/dev.json.json')).toContain('alpha-events-raw-dev-use1');
    const author = git(fx.remote, 'log', '-1', '--format=%an <%ae>', 'main');
    expect(author).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(first.summary).toMatch(/dpn reconcile — ✅ committed/);
    // No lock is left behind, and the token never reached a config file or the log.
    expect(git(fx.remote, 'for-each-ref', 'refs/dpn/locks/')).toBe('');
    const config = readFileSync(join(ws1, '.git', 'config'), 'utf8');
    expect(config).not.toMatch(/extraheader|ghs_installation/i);
    // The runner consumes `::add-mask::` and hides the value everywhere else.
    expect(visible(first)).not.toContain('ghs_installation');

    const stateCommit1 = git(fx.remote, 'rev-parse', 'main');
    const sha2 = merge(fx, { 'blueprints/dev.json': [{ purpose: 'landing' }, { purpose: 'events', lifecycle_days: 30 }, { purpose: 'exports' }] }, 'alpha');
    const second = await runAction(reconcileEnv(checkout(fx, sha2), sha2));
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.outputs.status).toBe('committed');
    expect([second.outputs.creates, second.outputs.updates, second.outputs.deletes]).toEqual(['0', '1', '0']);
    const tx2 = second.outputs['transaction-id']!;
    const intents = remoteFile(fx, `.dpn/wal/${tx2}.jsonl`).split('\n').map((l) => JSON.parse(l) as { type: string; key?: string }).filter((r) => r.type === 'intent');
    expect(intents.map((r) => r.key)).toEqual([expect.stringContaining('events')]);
    const rule = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: 'alpha-events-raw-dev-use1' }));
    expect(JSON.stringify(rule.Rules)).toMatch(/"Days":30/);
    // A few lines of the state file changed, not the whole file.
    const numstat = git(fx.remote, 'diff', '--numstat', stateCommit1, 'main', '--', '.dpn/state');
    const [added, removed] = numstat.split(/\s+/).map(Number);
    expect(added! + removed!).toBeGreaterThan(0);
    expect(added! + removed!).toBeLessThanOrEqual(10);
    fx.cleanup();
  });

  it('two reconciles at once: one holds the lock, the other waits, then finds nothing left to do', async () => {
    const fx = gitFixture();
    const sha = merge(fx, { 'blueprints/dev.json': buckets(6, 'c') }, 'beta');
    const a = startAction(reconcileEnv(checkout(fx, sha), sha, { 'lock-wait-seconds': '120' }));
    await a.waitFor(/holding lock "default"/);
    const b = startAction(reconcileEnv(checkout(fx, sha), sha, { 'lock-wait-seconds': '120' }));
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code, ra.stdout + ra.stderr).toBe(0);
    expect(rb.code, rb.stdout + rb.stderr).toBe(0);
    expect(rb.stdout).toMatch(/lock "default" is held by acme\/data-platform run \d+/);
    expect(ra.outputs.status).toBe('committed');
    expect(rb.outputs.status).toBe('noop');
    expect(await bucketNames('beta-')).toHaveLength(6);
    // One transaction, applied once; its state commit is still on main.
    expect(walFiles(fx)).toHaveLength(1);
    expect(remoteLog(fx).filter((s) => s.startsWith('dpn: committed'))).toHaveLength(1);
    const state = JSON.parse(remoteFile(fx, '.dpn/state/blueprints/dev.json.json')) as { resources: Record<string, unknown> };
    expect(Object.keys(state.resources)).toHaveLength(6);
    fx.cleanup();
  });

  it('a reconcile that finds the lock busy and may not wait fails cleanly without applying anything', async () => {
    const fx = gitFixture();
    const sha = merge(fx, { 'blueprints/dev.json': buckets(3, 'd') }, 'gamma');
    // Someone else's lock, created the way dpn creates it.
    const holder = startAction(reconcileEnv(checkout(fx, sha), sha, { 'dry-run': 'false' }));
    await holder.waitFor(/holding lock "default"/);
    const seen = await new GitRefLock(new Git({ dir: fx.clone() })).inspect('default');
    const busy = await runAction(reconcileEnv(checkout(fx, sha), sha));
    const held = await holder.done;
    expect(busy.code).toBe(1);
    expect(busy.stdout).toMatch(/::error::lock "default" is held by .*gave up after waiting 0 s/);
    expect(busy.stdout).toMatch(/nothing was changed/);
    expect(busy.stdout).not.toMatch(/\n\s+at /);
    // Both name the lock's holder, never its token (only the holder's own renew and release present it).
    expect(seen?.token).toBeTruthy();
    expect(visible(busy)).not.toContain(seen!.token);
    expect(visible(held)).not.toContain(seen!.token);
    expect(walFiles(fx)).toHaveLength(1);
    fx.cleanup();
  });

  it('a reconcile killed mid-apply leaves a pushed begin record; recover rolls it back and commits the result', async () => {
    const fx = gitFixture();
    const sha = merge(fx, { 'blueprints/dev.json': buckets(40, 'k') }, 'kappa');
    const run = startAction(reconcileEnv(checkout(fx, sha), sha, { concurrency: '1' }));
    await run.waitFor(/pushed WAL begin record/);
    await run.waitFor(/✓ create kappa-k\d+-raw-dev-use1[\s\S]*✓ create kappa-k\d+-raw-dev-use1/);
    run.child.kill('SIGKILL');
    const killed = { ...(await run.done), workspace: run.workspace };
    expect(killed.signal).toBe('SIGKILL');
    const wal = walFiles(fx);
    expect(wal).toHaveLength(1);
    const begin = JSON.parse(remoteFile(fx, wal[0]!).split('\n')[0]!) as { type: string; commit: string };
    expect(begin).toMatchObject({ type: 'begin', commit: sha });
    const created = await bucketNames('kappa-');
    expect(created.length).toBeGreaterThanOrEqual(2);
    expect(created.length).toBeLessThan(40);

    // The post step (post-if: always) pushes the WAL the dead main step still had, and frees its lock.
    const post = await startAction(reconcileEnv(killed.workspace, sha), { post: true, savedState: killed.saved }).done;
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toMatch(/pushed the WAL of \S+ left by the interrupted main step/);
    const pushed = remoteFile(fx, wal[0]!).trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(pushed.filter((r) => r.type === 'done').length).toBeGreaterThanOrEqual(2);
    expect(git(fx.remote, 'for-each-ref', 'refs/dpn/locks/')).toBe('');

    const status = await dispatch(fx, 'status');
    expect(status.code, status.stdout).toBe(0);
    expect(status.outputs.status).toBe('unfinished');
    expect(status.summary).toContain(wal[0]!.replace(/^.*\//, '').replace('.jsonl', ''));

    const recovered = await dispatch(fx, 'recover');
    expect(recovered.code, recovered.stdout + recovered.stderr).toBe(0);
    expect(recovered.outputs.status).toBe('rolled_back');
    expect(await bucketNames('kappa-'), recovered.stdout + recovered.summary).toEqual([]);
    expect(remoteLog(fx)[0]).toMatch(/^dpn: recover \S+ \(rollback\) → rolled_back \[skip ci\]$/);
    const records = remoteFile(fx, wal[0]!).trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(records.at(-1)!.type).toBe('rolled_back');
    expect(records.some((r) => r.type === 'recovery')).toBe(true);
    // The next reconcile starts from a clean slate and converges.
    const again = await runAction(reconcileEnv(checkout(fx, git(fx.remote, 'rev-parse', 'main')), sha));
    expect(again.code, again.stdout).toBe(0);
    expect(await bucketNames('kappa-')).toHaveLength(40);
    fx.cleanup();
  });

  it('unlock refuses a live lease, breaks it with force, and only the lock it saw', async () => {
    const fx = gitFixture();
    merge(fx, { 'blueprints/dev.json': buckets(1, 'u') }, 'upsilon');
    const held = await new GitRefLock(new Git({ dir: fx.clone() })).acquire('default', { holder: 'a run that died' }, { leaseMs: 3_600_000, waitMs: 0 });
    const status = await dispatch(fx, 'status');
    expect(status.code, status.stdout + status.stderr).toBe(0);
    expect(status.outputs.status).toBe('locked');
    expect(status.summary).toContain('a run that died');
    const refused = await dispatch(fx, 'unlock');
    expect(refused.code).toBe(1);
    expect(refused.outputs.status).toBe('refused');
    expect(refused.summary).toMatch(/its lease runs until .*set "force: true" only if that run is certainly dead/);
    const broke = await dispatch(fx, 'unlock', { force: 'true' });
    expect(broke.code, broke.stdout).toBe(0);
    expect(broke.outputs.status).toBe('unlocked');
    expect(broke.summary).toContain('a run that died');
    expect(git(fx.remote, 'for-each-ref', 'refs/dpn/locks/')).toBe('');
    await expect(held.renew()).rejects.toThrow(/taken over/);
    const none = await dispatch(fx, 'unlock');
    expect(none.outputs.status).toBe('not-locked');
    // Status and unlock say who held the lock and until when; neither prints its token or the GitHub token.
    for (const run of [status, refused, broke, none]) {
      expect(visible(run)).not.toContain(held.info.token);
      expect(visible(run)).not.toContain('ghs_installation');
    }
    fx.cleanup();
  });

  it('with lock-backend dynamodb, locks in the table (no Git lock ref) and records the run in history', async () => {
    const fx = gitFixture();
    const { initDynamoBackend, createDynamoRunReader } = await import('../../src/backend/dynamodb/index.js');
    const prefix = `dpn${Date.now()}`;
    await initDynamoBackend({ tablePrefix: prefix, env: moto.env });
    const sha = merge(fx, { 'blueprints/dev.json': buckets(2, 'y') }, 'ypsilon');
    const run = startAction(reconcileEnv(checkout(fx, sha), sha, { 'lock-backend': 'dynamodb', 'lock-table-prefix': prefix }));
    await run.waitFor(/holding lock "default"/);
    expect(git(fx.remote, 'for-each-ref', 'refs/dpn/locks/')).toBe('');
    const result = await run.done;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const runs = await createDynamoRunReader({ tablePrefix: prefix, env: moto.env }).list({});
    const mine = runs.filter((r) => r.commit === sha);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'committed', creates: 2, repository: 'acme/data-platform', transactionId: result.outputs['transaction-id'] });
    fx.cleanup();
  });

  it('keeps state on a dedicated state branch, and previews compare against it', async () => {
    const fx = gitFixture();
    const sha = merge(fx, { 'blueprints/dev.json': buckets(2, 'z') }, 'zeta');
    const applied = await runAction(reconcileEnv(checkout(fx, sha), sha, { 'state-branch': 'dpn-state' }));
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(git(fx.remote, 'rev-parse', 'main')).toBe(sha); // the protected branch is untouched
    expect(git(fx.remote, 'log', '-1', '--format=%s', 'dpn-state')).toMatch(/^dpn: committed /);
    expect(git(fx.remote, 'ls-tree', '-r', '--name-only', 'dpn-state', '.dpn/state')).toContain('.dpn/state/blueprints/dev.json.json');

    // A pull request adding a third bucket: two unchanged, one to create.
    const ws = checkout(fx, sha);
    writeJson(ws, 'blueprints/dev.json', blueprint(buckets(3, 'z'), { project: 'zeta' }));
    const preview = await runAction({
      event: 'pull_request',
      payload: { number: 9, pull_request: { number: 9, head: { sha, ref: 'f', repo: { full_name: 'acme/data-platform' } }, base: { ref: 'main', repo: { full_name: 'acme/data-platform' } } } },
      workspace: ws,
      sha,
      ref: 'refs/pull/9/merge',
      inputs: { 'state-branch': 'dpn-state', comment: 'false' },
    });
    expect(preview.code, preview.stdout + preview.stderr).toBe(0);
    expect([preview.outputs.creates, preview.outputs.updates, preview.outputs.deletes]).toEqual(['1', '0', '0']);
    expect(preview.summary).toMatch(/2 unchanged/);
    fx.cleanup();
  });

  it('drift and status read the live resources and report what differs from the state, changing nothing', async () => {
    const fx = gitFixture();
    const sha = merge(fx, { 'blueprints/dev.json': [{ purpose: 'kept' }, { purpose: 'lost' }, { purpose: 'edited' }] }, 'delta');
    expect((await runAction(reconcileEnv(checkout(fx, sha), sha))).code).toBe(0);
    const clean = await dispatch(fx, 'drift');
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(clean.outputs.status).toBe('in-sync');
    // Someone deletes one bucket and edits another by hand.
    await s3.send(new DeleteBucketCommand({ Bucket: 'delta-lost-raw-dev-use1' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'delta-edited-raw-dev-use1', VersioningConfiguration: { Status: 'Suspended' } }));
    const before = git(fx.remote, 'rev-parse', 'main');
    const drift = await dispatch(fx, 'drift');
    expect(drift.code, drift.stdout + drift.stderr).toBe(0);
    expect(drift.outputs.status).toBe('drifted');
    expect(drift.summary).toMatch(/<code>delta-lost-raw-dev-use1<\/code> \| missing on the platform/);
    expect(drift.summary).toMatch(/<code>delta-edited-raw-dev-use1<\/code> \| <code>params\.versioning<\/code>: state <code>true<\/code>, live <code>false<\/code>/);
    expect(drift.summary).not.toContain('delta-kept-raw-dev-use1');
    const status = await dispatch(fx, 'status', { 'check-drift': 'true' });
    expect(status.outputs.status).toBe('drifted');
    expect(status.summary).toMatch(/No lock is held/);
    expect(git(fx.remote, 'rev-parse', 'main')).toBe(before);
    fx.cleanup();
  });

  it('a cancelled run (SIGTERM) starts nothing new, compensates, and pushes the WAL with the rollback', async () => {
    const fx = gitFixture();
    const sha = merge(fx, { 'blueprints/dev.json': buckets(40, 's') }, 'sigma');
    const run = startAction(reconcileEnv(checkout(fx, sha), sha, { concurrency: '1' }));
    await run.waitFor(/✓ create sigma-s\d+-raw-dev-use1/);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/received SIGTERM/);
    expect(result.outputs.status).toBe('rolled_back');
    expect(result.stdout).toMatch(/::error::transaction \S+ rolled back \(cancelled\)/);
    expect(await bucketNames('sigma-')).toEqual([]);
    const tx = result.outputs['transaction-id']!;
    const records = remoteFile(fx, `.dpn/wal/${tx}.jsonl`).trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(records.at(-1)!.type).toBe('rolled_back');
    expect(remoteLog(fx)[0]).toMatch(/^dpn: rolled_back /);
    expect(git(fx.remote, 'for-each-ref', 'refs/dpn/locks/')).toBe('');
    fx.cleanup();
  });
});
