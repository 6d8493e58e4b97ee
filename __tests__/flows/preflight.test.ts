// Preflight, through both faces: what can be known before the first side
// effect stops a run before `begin` — Unity Catalog tables without columns
// (warned at their line in every preview), AWS credentials the default chain
// cannot resolve — and nothing reaches a platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startDatabricksServer, type DatabricksServer } from '../support/databricks-server.js';
import { gitFixture } from '../support/git.js';
import { actionBundle, checkout, pushPayload, pushToMain, runAction } from '../action/harness.js';
import { ROOT, project, writeBlueprint } from '../cli-apply/support.js';

let dbx: DatabricksServer;
beforeAll(async () => {
  await actionBundle();
  dbx = await startDatabricksServer();
}, 180_000);
afterAll(async () => {
  await dbx?.stop();
});

/** A v1.0 blueprint whose Unity Catalog tables have no columns (v1.0 allows it; Delta does not). */
const columnless = {
  version: '1.0',
  metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1' },
  resources: {
    databricks: {
      clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }],
      unity_catalog: {
        catalogs: [
          {
            catalog_type: 'dev',
            schemas: [
              {
                domain: 'customer',
                layer: 'gold',
                tables: [
                  { entity: 'customers', table_type: 'dim' },
                  { entity: 'orders', table_type: 'fact', columns: [{ name: 'id', type: 'bigint' }] },
                ],
              },
            ],
          },
        ],
      },
    },
  },
};
const text = JSON.stringify(columnless, null, 2);
const tableLine = text.split('\n').findIndex((l) => l.includes('"entity": "customers"')) + 1;

async function cli(args: string[], cwd: string, env: Record<string, string | undefined>) {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) clean[k] = v;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, env: clean });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('Unity Catalog tables without columns', () => {
  it('preview warns at the table\'s line; reconcile refuses with zero requests to Databricks (CLI)', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', text);
    const preview = await cli(['plan', 'preview', 'blueprints', '--format', 'json'], cwd, { ...process.env, ...dbx.env });
    expect(preview.code, preview.stderr).toBe(0);
    const warnings = (JSON.parse(preview.stdout) as { warnings: Array<{ code: string; file: string; line: number }> }).warnings.filter((w) => w.code === 'DBX_TABLE_NO_COLUMNS');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('blueprints/dev.json');
    expect([tableLine - 1, tableLine]).toContain(warnings[0]!.line);

    dbx.reset();
    const run = await cli(['reconcile', 'blueprints'], cwd, { ...process.env, ...dbx.env });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`blueprints/dev\\.json:${warnings[0]!.line}: Unity Catalog table dataplatform_dev_dev\\.customer_gold\\.dim_customers has no columns`));
    expect(dbx.requests).toEqual([]);
    expect(existsSync(join(cwd, '.dpn', 'wal'))).toBe(false);
  });

  it('the Action\'s reconcile refuses the same blueprint before its begin record, with zero requests', async () => {
    const fx = gitFixture();
    const sha = pushToMain(fx, { 'blueprints/dev.json': columnless });
    dbx.reset();
    const run = await runAction({
      event: 'push',
      payload: pushPayload({ after: sha }),
      workspace: checkout(fx, sha),
      sha,
      ref: 'refs/heads/main',
      inputs: { 'github-token': 'ghs_installation', 'lock-wait-seconds': '0' },
      env: dbx.env,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('refused');
    expect(run.stdout).toMatch(/dim_customers has no columns/);
    expect(dbx.requests).toEqual([]);
    const log = execFileLog(fx.remote);
    expect(log.some((l) => l.startsWith('dpn: begin'))).toBe(false);
    fx.cleanup();
  });
});

function execFileLog(remote: string): string[] {
  return execFileSync('git', ['log', '--format=%s', 'main'], { cwd: remote, encoding: 'utf8' }).split('\n');
}

describe('AWS credentials', () => {
  const bucketBlueprint = JSON.stringify({
    version: '1.0',
    metadata: { environment: 'dev', project: 'nocreds', region: 'us-east-1' },
    resources: { aws: { s3_buckets: [{ purpose: 'landing', layer: 'raw' }] } },
  });
  const noCredentials = () => {
    const home = mkdtempSync(join(tmpdir(), 'dpn-home-'));
    return {
      PATH: process.env.PATH,
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_REGION: 'us-east-1',
    };
  };

  it('a laptop without any: reconcile stops before begin and says how to sign in', async () => {
    const cwd = project();
    writeBlueprint(cwd, 'blueprints/dev.json', bucketBlueprint);
    const run = await cli(['reconcile', 'blueprints'], cwd, noCredentials());
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toMatch(/no AWS credentials could be resolved/);
    expect(run.stderr).toMatch(/AWS_PROFILE/);
    expect(run.stderr).toMatch(/aws sso login/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(join(cwd, '.dpn', 'wal'))).toBe(false);
  });

  it('a workflow without any: the Action names the configure-aws-credentials step', async () => {
    const fx = gitFixture();
    const sha = pushToMain(fx, { 'blueprints/dev.json': JSON.parse(bucketBlueprint) });
    const run = await runAction({
      event: 'push',
      payload: pushPayload({ after: sha }),
      workspace: checkout(fx, sha),
      sha,
      ref: 'refs/heads/main',
      inputs: { 'github-token': 'ghs_installation', 'lock-wait-seconds': '0' },
      env: noCredentials() as Record<string, string>,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('refused');
    expect(run.stdout).toMatch(/configure-aws-credentials/);
    fx.cleanup();
  });
});
