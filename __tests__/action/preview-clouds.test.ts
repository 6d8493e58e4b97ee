// A blueprint spanning AWS, Databricks, Azure and Google Cloud: previewed in
// one run by the bundled CLI and by the bundled action on a pull request,
// whose comment groups the names by cloud.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_BOT, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { tempDir } from '../support/git.js';
import { fourClouds } from '../blueprint/clouds-fixture.js';
import { actionBundle, pullRequestPayload, runAction } from './harness.js';
import { writeJson } from './fixtures.js';

const root = new URL('../..', import.meta.url).pathname;
const bundle = join(root, 'dist', 'cli.js');
const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const entry = existsSync(bundle) ? [bundle] : ['--import', tsx, join(root, 'src', 'cli.ts')];

function dpn(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [...entry, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a blueprint spanning four clouds, previewed by dpn as a process', () => {
  it('names every resource in one run; JSON says the cloud and what is not provisioned', () => {
    const ws = tempDir();
    writeJson(ws, 'blueprints/platform.json', fourClouds());
    const json = dpn(['plan', 'preview', 'blueprints', '--format', 'json'], ws);
    expect(json.status, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { resources: { type: string; cloud: string; name: string; provisioned?: boolean }[]; errors: unknown[] };
    expect(doc.errors).toEqual([]);
    const clouds = new Map<string, number>();
    for (const r of doc.resources) clouds.set(r.cloud, (clouds.get(r.cloud) ?? 0) + 1);
    expect(Object.fromEntries(clouds)).toEqual({ AWS: 1, Databricks: 1, Azure: 6, 'Google Cloud': 6 });
    expect(doc.resources.filter((r) => r.provisioned === false).map((r) => r.cloud)).toEqual([...Array(6).fill('Azure'), ...Array(6).fill('Google Cloud')]);
    expect(doc.resources.find((r) => r.type === 'aws_s3_bucket')).not.toHaveProperty('provisioned');

    const table = dpn(['plan', 'preview', 'blueprints'], ws);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^ {2}CLOUD\s+TYPE\s+NAME\s+BLUEPRINT$/m);
    expect(table.stdout).toMatch(/^✓ Azure\s+azure_resource_group\s+rg-dataplatform-lake-dev-weu\s/m);
    expect(table.stdout).toMatch(/^✓ Google Cloud\s+gcp_bigquery_table\s+dataplatform_sales_gold_dev\.fact_orders\s/m);
    expect(table.stdout).toMatch(/^~ Azure\s+azure_key_vault\s+kv-data-[0-9a-f]{8}-dev-weu \*/m);
    expect(table.stdout).toMatch(/valid: 14 resources, 0 errors, 0 warnings, 3 shortened/);
  });

  it('plan init --cloud azure|gcp writes a starter that previews clean', () => {
    const ws = tempDir();
    for (const [cloud, file] of [
      ['azure', 'blueprints/azure.yaml'],
      ['gcp', 'blueprints/gcp.json'],
    ] as const) {
      const init = dpn(['plan', 'init', '--env', 'dev', '--project', 'acme', '--cloud', cloud, '--output', file], ws);
      expect(init.status, init.stderr).toBe(0);
      const preview = dpn(['plan', 'preview', file, '--format', 'json'], ws);
      expect(preview.status, preview.stdout).toBe(0);
      const doc = JSON.parse(preview.stdout) as { resources: { cloud: string }[] };
      expect(new Set(doc.resources.map((r) => r.cloud))).toEqual(new Set([cloud === 'azure' ? 'Azure' : 'Google Cloud']));
    }
    const bad = dpn(['plan', 'init', '--env', 'dev', '--project', 'acme', '--cloud', 'azure', '--location', 'mars', '--output', 'x.yaml'], ws);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--location must be an Azure location such as westeurope, got "mars"/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a blueprint spanning four clouds, previewed on a pull request', () => {
  let gh: GitHubServer;
  beforeAll(async () => {
    await actionBundle();
    gh = await startGitHubServer();
    gh.addToken('ghs_installation', { user: GITHUB_ACTIONS_BOT, installation: true });
  }, 180_000);
  afterAll(() => gh.stop());

  it('groups the comment by cloud and says what dpn names without provisioning', async () => {
    const ws = tempDir();
    writeJson(ws, 'blueprints/platform.json', fourClouds());
    const pr = 41;
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: pr, headSha: 'c'.repeat(40) }),
      workspace: ws,
      apiUrl: gh.url,
      sha: 'd'.repeat(40),
      ref: `refs/pull/${pr}/merge`,
      inputs: { 'github-token': 'ghs_installation' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // The comment escapes "_" as &#95; (GitHub shows it as "_").
    const body = (gh.comments.get(pr)?.[0]?.body ?? '').replaceAll('&#95;', '_');
    expect(body).toMatch(/2 changes, 12 named only/);
    const headings = [...body.matchAll(/^#### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['AWS', 'Databricks', 'Azure — 6 named, not provisioned', 'Google Cloud — 6 named, not provisioned']);
    const azure = body.slice(body.indexOf('#### Azure'), body.indexOf('#### Google Cloud'));
    expect(azure).toContain('<code>azure_storage_container</code>');
    expect(azure).not.toContain('gcp_');
    // The graph draws the references of what is only named: account → container, dataset → table.
    expect(body).toMatch(/subgraph named_only\["named, not provisioned"\]/);
    expect(body).toMatch(/n_azure_storage_account_dataplatform_dev_lake_raw -\.-> n_azure_storage_container_dataplatform_dev_lake_raw_sales_bronze/);
  }, 60_000);
});
