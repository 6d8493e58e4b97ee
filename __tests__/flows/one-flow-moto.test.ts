// Behaviours that used to differ between the CLI and the Action and now come
// from one flow: a dry run refuses an unfinished transaction as a reconcile
// does; a failed run-history write warns instead of stopping the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startMoto, type Moto } from '../support/moto.js';
import { dpn, project, writeBlueprint } from '../cli-apply/support.js';

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto();
}, 120_000);
afterAll(async () => {
  await moto?.stop();
});

const blueprint = JSON.stringify({ version: '1.0', metadata: { environment: 'dev', project: 'flow', region: 'us-east-1' }, resources: { aws: { s3_buckets: [{ purpose: 'landing', layer: 'raw' }] } } });

describe('one flow for every face', () => {
  it('reconcile --dry-run refuses an unfinished transaction exactly as reconcile does', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprint);
    const tx = '20261201T000000Z-abcdef';
    mkdirSync(join(cwd, '.dpn', 'wal'), { recursive: true });
    const begin = { type: 'begin', tx, at: '2026-12-01T00:00:00.000Z', version: 1, actor: 'a run that died', plan: { operations: [], summary: { create: 0, update: 0, replace: 0, archive: 0, delete: 0, retain: 0, noop: 0 } } };
    writeFileSync(join(cwd, '.dpn', 'wal', `${tx}.jsonl`), `${JSON.stringify(begin)}\n`);
    const dry = await dpn(['reconcile', 'blueprints', '--dry-run'], cwd, moto.env);
    const real = await dpn(['reconcile', 'blueprints'], cwd, moto.env);
    expect(dry.code).toBe(1);
    expect(real.code).toBe(1);
    expect(dry.stderr).toContain(`error: transaction ${tx} did not finish; nothing was changed`);
    expect(dry.stderr).toBe(real.stderr);
  });

  it('a run-history write that fails is a warning: the reconcile still commits', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprint);
    expect((await dpn(['backend', 'init', '--table-prefix', 'dpn-hist'], cwd, moto.env)).code).toBe(0);
    const dynamo = new DynamoDBClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    await dynamo.send(new DeleteTableCommand({ TableName: 'dpn-hist-runs' }));
    dynamo.destroy();
    const run = await dpn(['reconcile', 'blueprints', '--lock-backend', 'dynamodb', '--lock-table-prefix', 'dpn-hist'], cwd, moto.env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: could not record the run in history/);
    expect(run.stdout).toMatch(/Apply complete: 1 created/);
  });

  it('reconcile applies AWS and says in one line that it leaves Azure and Google Cloud resources alone', async () => {
    const cwd = project();
    writeBlueprint(
      cwd,
      'blueprints/multi.json',
      JSON.stringify({
        version: '1.0',
        metadata: { environment: 'dev', project: 'multi', region: 'us-east-1', azure_location: 'westeurope', gcp_region: 'europe-west1' },
        resources: {
          aws: { s3_buckets: [{ purpose: 'landing', layer: 'raw' }] },
          azure: { resource_groups: [{ purpose: 'data' }], storage_accounts: [{ purpose: 'lake', layer: 'raw' }] },
          gcp: { buckets: [{ purpose: 'landing', layer: 'raw' }] },
        },
      }),
    );
    const run = await dpn(['reconcile', 'blueprints'], cwd, moto.env);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => /Azure|Google Cloud/.test(l));
    expect(lines).toEqual(['dpn leaves 3 Azure/Google Cloud resources alone (named, not provisioned)']);
    expect(run.stdout).toMatch(/Apply complete: 1 created/);
    const again = await dpn(['reconcile', 'blueprints'], cwd, moto.env);
    expect(again.stdout).toMatch(/Nothing to do/);
  });

  it('dpn delete --format json prints one JSON document of what the transaction did', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprint);
    expect((await dpn(['reconcile', 'blueprints'], cwd, moto.env)).code).toBe(0);
    const bad = await dpn(['delete', '--type', 's3', '--resource-id', 'flow-landing-raw-dev-use1', '--archive', '--yes', '--format', 'jsn'], cwd, moto.env);
    expect(bad.code).toBe(2);
    const run = await dpn(['delete', '--type', 's3', '--resource-id', 'flow-landing-raw-dev-use1', '--archive', '--yes', '--format', 'json'], cwd, moto.env);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { status: string; transaction: { steps: Array<{ step: string; outcome: string }> } };
    expect(doc.status).toBe('committed');
    expect(doc.transaction.steps).toEqual([expect.objectContaining({ step: 'archive', outcome: 'done' })]);
  });

  it('dpn update takes parameters by their blueprint names, and refuses one it does not know without touching the state', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprint);
    expect((await dpn(['reconcile', 'blueprints'], cwd, moto.env)).code).toBe(0);
    const { readFileSync, writeFileSync: write } = await import('node:fs');
    const stateFile = join(cwd, '.dpn', 'state', 'blueprints', 'dev.json.json');
    write(join(cwd, 'bogus.json'), JSON.stringify({ lifecycle_dayz: 45 }));
    const before = readFileSync(stateFile, 'utf8');
    const bad = await dpn(['update', '--type', 's3', '--resource-id', 'flow-landing-raw-dev-use1', '--params', 'bogus.json'], cwd, moto.env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/has no parameter "lifecycle_dayz"/);
    expect(bad.stderr).toMatch(/did you mean 'lifecycle_days'\?/);
    expect(readFileSync(stateFile, 'utf8')).toBe(before);
    write(join(cwd, 'p.json'), JSON.stringify({ lifecycle_days: 45 }));
    const ok = await dpn(['update', '--type', 's3', '--resource-id', 'flow-landing-raw-dev-use1', '--params', 'p.json'], cwd, moto.env);
    expect(ok.code, ok.stderr).toBe(0);
    const live = JSON.parse((await dpn(['read', '--type', 's3', '--resource-id', 'flow-landing-raw-dev-use1', '--format', 'json'], cwd, moto.env)).stdout);
    expect(JSON.stringify(live)).toMatch(/"lifecycleDays":45/);
    expect(readFileSync(stateFile, 'utf8')).not.toMatch(/lifecycle_days/);
  });
});
