// `dpn terraform names` as Terraform's `external` data source runs it: a process
// with the query object on stdin. Success: exit 0 and one flat JSON object of
// strings on stdout. Failure: exit 1, a message on stderr, nothing on stdout.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dpn, project, ROOT, writeBlueprint } from '../cli-apply/support.js';
import { terraformIdentifier } from '../../src/export/identifier.js';
import { dpnWithStdin } from './support.js';

function workspace(): string {
  const cwd = project('dpn-external-');
  cpSync(join(ROOT, 'blueprints'), join(cwd, 'blueprints'), { recursive: true });
  return cwd;
}

async function previewNames(cwd: string, args: string[] = []): Promise<{ key: string; type: string; name: string; fullName: string }[]> {
  const run = await dpn(['plan', 'preview', ...args, '--format', 'json'], cwd, {});
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout).resources;
}

function expectFlatStrings(value: unknown): asserts value is Record<string, string> {
  expect(value && typeof value === 'object' && !Array.isArray(value)).toBe(true);
  for (const v of Object.values(value as object)) expect(typeof v).toBe('string');
}

describe('dpn terraform names (external data source program)', () => {
  it('prints every name keyed by dpn key, as one flat object of strings', async () => {
    const cwd = workspace();
    const run = await dpnWithStdin(['terraform', 'names'], cwd, JSON.stringify({ blueprints: 'blueprints' }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(run.stdout);
    expectFlatStrings(result);
    const want = await previewNames(cwd, ['blueprints']);
    expect(result).toEqual(Object.fromEntries(want.map((r) => [r.key, r.name])));
  });

  it('with key, prints that resource only (looked up by dpn key or by Terraform identifier)', async () => {
    const cwd = workspace();
    const table = (await previewNames(cwd, ['blueprints'])).find((r) => r.type === 'aws_glue_table')!;
    const expected = { key: table.key, id: terraformIdentifier(table.key), type: 'aws_glue_table', name: table.name, full_name: table.fullName };
    for (const key of [table.key, terraformIdentifier(table.key)]) {
      const run = await dpnWithStdin(['terraform', 'names'], cwd, JSON.stringify({ blueprints: 'blueprints/dev.json,blueprints/prd.yaml', key }));
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(expected);
    }
  });

  it('takes naming files and overrides from the query, as the naming options of plan preview', async () => {
    const cwd = workspace();
    const init = await dpn(['config', 'init'], cwd, {});
    expect(init.code, init.stderr).toBe(0);
    mkdirSync(join(cwd, 'naming'), { recursive: true });
    cpSync(join(cwd, '.dpn', 'naming-values.yaml'), join(cwd, 'naming', 'values.yaml'));
    cpSync(join(cwd, '.dpn', 'naming-patterns.yaml'), join(cwd, 'naming', 'patterns.yaml'));
    const options = ['--values-config', 'naming/values.yaml', '--patterns-config', 'naming/patterns.yaml', '--override', 'region=eu-west-1'];
    const want = await previewNames(cwd, ['blueprints/dev.json', ...options]);
    const query = { blueprints: 'blueprints/dev.json', values_config: 'naming/values.yaml', patterns_config: 'naming/patterns.yaml', overrides: 'region=eu-west-1' };
    const run = await dpnWithStdin(['terraform', 'names'], cwd, JSON.stringify(query));
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(Object.fromEntries(want.map((r) => [r.key, r.name])));
    expect(run.stdout).toContain('-euw1');
  });

  it('needs no cloud credentials: runs with no AWS or Databricks variables at all', async () => {
    const cwd = workspace();
    const env: Record<string, string> = {};
    for (const name of Object.keys(process.env)) if (/^(AWS_|DATABRICKS_)/.test(name)) env[name] = '';
    const run = await dpnWithStdin(['terraform', 'names'], cwd, '{"blueprints":"blueprints"}', { ...env, AWS_EC2_METADATA_DISABLED: 'true' });
    expect(run.code, run.stderr).toBe(0);
  });

  it.each([
    ['not JSON', 'blueprints=blueprints', /query: stdin is not JSON/],
    ['not an object', '["blueprints"]', /query: stdin must hold one JSON object/],
    ['no blueprints', '{}', /query: "blueprints" names no blueprint/],
    ['a non-string value', '{"blueprints": ["a"]}', /query: "blueprints" must be a string/],
    ['an unknown field', '{"blueprints": "blueprints", "blueprint_dir": "x"}', /query: unknown field "blueprint_dir"/],
    ['an unknown key', '{"blueprints": "blueprints", "key": "aws_s3_bucket:nope"}', /no resource with the key "aws_s3_bucket:nope"/],
    ['a bad override', '{"blueprints": "blueprints", "overrides": "region"}', /--override "region" is not key=value/],
    ['a missing path', '{"blueprints": "nowhere"}', /nowhere.*SOURCE_NOT_FOUND/s],
  ])('fails on %s: exit 1, the reason on stderr, nothing on stdout', async (_what, stdin, message) => {
    const cwd = workspace();
    const run = await dpnWithStdin(['terraform', 'names'], cwd, stdin);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('fails on blueprints with errors, naming file and line', async () => {
    const cwd = project('dpn-external-bad-');
    writeBlueprint(cwd, 'blueprints/dev.json', '{\n  "version": "1.0",\n  "metadata": {"environment": "dev", "project": "Bad Project", "region": "us-east-1"},\n  "resources": {}\n}\n');
    const run = await dpnWithStdin(['terraform', 'names'], cwd, '{"blueprints":"blueprints"}');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/blueprints\/dev\.json:3:\d+: /);
  });
});

describe('dpn terraform names: a misspelt field or key gets a suggestion on stderr', () => {
  it('names the field and the key it most likely meant', async () => {
    const cwd = workspace();
    const field = await dpnWithStdin(['terraform', 'names'], cwd, '{"blueprint": "blueprints"}');
    expect(field.code).toBe(1);
    expect(field.stderr).toMatch(/unknown field "blueprint" \(did you mean "blueprints"\?\)/);
    const [first] = await previewNames(cwd, ['blueprints']);
    const typo = `${first!.key.slice(0, -1)}`;
    const key = await dpnWithStdin(['terraform', 'names'], cwd, JSON.stringify({ blueprints: 'blueprints', key: typo }));
    expect(key.code).toBe(1);
    expect(key.stderr).toContain(`did you mean "${first!.key}"?`);
    expect(key.stdout).toBe('');
  });
});
