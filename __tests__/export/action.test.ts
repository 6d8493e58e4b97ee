// The Action's `export` input in pull request mode, run as a runner runs it (the
// bundled action as a process): the names export lands in the workspace for the
// next steps, the `export` output names it, and the job summary shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GITHUB_ACTIONS_BOT, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { tempDir } from '../support/git.js';
import { actionBundle, pullRequestPayload, runAction } from '../action/harness.js';
import { blueprint, writeJson } from '../action/fixtures.js';
import { renderNamesExport } from '../../src/export/names.js';
import { parseInputs } from '../../src/action/inputs.js';
import { parseHcl } from './support.js';

let gh: GitHubServer;

beforeAll(async () => {
  await actionBundle();
  gh = await startGitHubServer();
  gh.addToken('ghs_installation', { user: GITHUB_ACTIONS_BOT, installation: true });
}, 180_000);
afterAll(() => gh.stop());

function preview(workspace: string, inputs: Record<string, string>) {
  return runAction({
    event: 'pull_request',
    payload: pullRequestPayload({ number: 13, headSha: 'c'.repeat(40) }),
    workspace,
    apiUrl: gh.url,
    sha: 'd'.repeat(40),
    ref: 'refs/pull/13/merge',
    inputs: { 'github-token': 'ghs_installation', ...inputs },
  });
}

describe('action input export (pull request mode)', () => {
  it('writes the tfvars export into the workspace, sets the export output and shows it in the summary', async () => {
    const ws = tempDir();
    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }, { purpose: 'curated' }], { glue: true }));
    const run = await preview(ws, { export: 'tfvars:infra/dpn.auto.tfvars' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.export).toBe('infra/dpn.auto.tfvars');
    const text = readFileSync(join(ws, 'infra/dpn.auto.tfvars'), 'utf8');
    const names = (await parseHcl(text, 'dpn.auto.tfvars')).dpn_names as Record<string, { name: string }>;
    expect(Object.values(names).map((n) => n.name).sort()).toEqual(
      ['acme-curated-raw-dev-use1', 'acme-landing-raw-dev-use1', 'acme_sales_bronze_dev', 'fact_orders'].sort(),
    );
    expect(run.summary).toContain('### Names export');
    expect(run.summary).toContain('`infra/dpn.auto.tfvars` (tfvars, 4 resources)');
    // The summary carries the file as it was written.
    expect(run.summary).toContain(text);
  });

  it('with a format only, writes to that format’s default file', async () => {
    const ws = tempDir();
    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }]));
    const run = await preview(ws, { export: 'dotenv', comment: 'false' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.export).toBe('dpn-names.env');
    expect(readFileSync(join(ws, 'dpn-names.env'), 'utf8')).toMatch(/^DPN_AWS_S3_BUCKET_ACME_DEV_LANDING_RAW_[0-9A-F]{8}=acme-landing-raw-dev-use1$/m);
  });

  it('writes nothing when a blueprint has an error, and says so in the summary', async () => {
    const ws = tempDir();
    const bad = blueprint([{ purpose: 'landing' }]) as { resources: { aws: Record<string, unknown> } };
    bad.resources.aws.glue_tables = [{ database_ref: 'nope-bronze', entity: 'orders', columns: [{ name: 'id', type: 'string' }] }];
    writeJson(ws, 'blueprints/dev.json', bad);
    const run = await preview(ws, { export: 'hcl:names.tf', comment: 'false' });
    expect(run.code).not.toBe(0);
    expect(existsSync(join(ws, 'names.tf'))).toBe(false);
    expect(run.outputs.export).toBeUndefined();
    expect(run.summary).toContain('`names.tf` was not written: the blueprints have errors');
  });

  it('refuses a path outside the workspace or an unknown format, naming the input', async () => {
    const ws = tempDir();
    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }]));
    for (const value of ['json:../outside.json', 'json:/etc/dpn.json', 'yaml:names.yaml', 'json:.git/hooks/x']) {
      const run = await preview(ws, { export: value, comment: 'false' });
      expect(run.code, value).not.toBe(0);
      expect(run.stdout + run.stderr, value).toContain('input "export"');
    }
    expect(existsSync(join(ws, '..', 'outside.json'))).toBe(false);
  });

  it('the file is exactly what dpn export names writes', async () => {
    const ws = tempDir();
    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }]));
    const run = await preview(ws, { export: 'json:out/names.json', comment: 'false' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const written = readFileSync(join(ws, 'out/names.json'), 'utf8');
    const keys = Object.keys(JSON.parse(written));
    expect(keys).toHaveLength(1);
    const entry = JSON.parse(written)[keys[0]!];
    expect(written).toBe(renderNamesExport([{ key: keys[0]!, type: entry.type, name: entry.name, fullName: entry.full_name }], 'json'));
  });
});

describe('parsing the export input', () => {
  const parse = (value: string) => parseInputs((name) => (name === 'export' ? value : ''));

  it('is off by default; FORMAT alone takes the default file; FORMAT:PATH the path given', () => {
    expect(parse('').export).toBeUndefined();
    expect(parse('tf-json').export).toEqual({ format: 'tf-json', path: 'dpn-names.tf.json' });
    expect(parse('HCL: infra/names.tf').export).toEqual({ format: 'hcl', path: 'infra/names.tf' });
    expect(parse('json:a\\b.json').export).toEqual({ format: 'json', path: 'a/b.json' });
  });

  it.each(['yaml', 'json:', 'json:../x.json', 'json:a/../../x.json', 'json:/abs.json', 'json:C:/x.json', 'json:.git/config'])('refuses %s', (value) => {
    expect(() => parse(value)).toThrow(/input "export"/);
  });
});
