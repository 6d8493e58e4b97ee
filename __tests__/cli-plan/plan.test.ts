// `dpn plan …` and `dpn config …` as a user runs them: exit statuses, exactly
// one JSON document on stdout, status lines on stderr, no stack traces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { DEFAULT_NAMING_CONFIG, resolveNamingConfig } from '../../src/naming/index.js';
import { workedExample, writeFiles } from '../blueprint/fixtures.js';
import { dpn } from './run.js';

const root = new URL('../..', import.meta.url).pathname;

/** 1-based line and column of the first occurrence of `needle` in a file. */
function position(file: string, needle: string) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, column: (lines[line] as string).indexOf(needle) + 1 };
}

function noStack(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/internal error/);
}

describe('dpn plan preview', () => {
  it('--format json: exactly one document on stdout, the status on stderr', async () => {
    const run = await dpn(['plan', 'preview', 'blueprints/dev.json', '--format', 'json'], root);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['resources', 'errors', 'warnings']);
    expect(doc.errors).toEqual([]);
    expect(doc.resources).toHaveLength(8);
    expect(doc.resources[2]).toEqual({
      key: 'aws_glue_table:dataplatform/dev/sales-bronze/fact_orders',
      type: 'aws_glue_table',
      cloud: 'AWS',
      name: 'fact_orders',
      fullName: 'dataplatform_sales_bronze_dev.fact_orders',
      blueprint: 'blueprints/dev.json',
      line: 20,
      dependsOn: ['aws_glue_database:dataplatform/dev/sales-bronze'],
    });
    expect(run.stderr).toMatch(/1 blueprint file, naming convention: built-in/);
  });

  it('table (the default): one aligned row per resource', async () => {
    const run = await dpn(['plan', 'preview', 'blueprints/dev.json'], root);
    expect(run.status).toBe(0);
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('✓'));
    expect(rows).toHaveLength(8);
    const column = rows.map((r) => r.indexOf('dataplatform'));
    expect(new Set(column).size).toBe(1);
    expect(run.stdout).toMatch(/valid: 8 resources, 0 errors, 0 warnings/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('an invalid blueprint: exit 1, errors with file/line/column/code, still one JSON document', async () => {
    const bp = workedExample();
    (bp.resources as { aws: { s3_buckets: unknown[] } }).aws.s3_buckets = [{ purpose: 'landing', layer: 'gold' }];
    const cwd = writeFiles({ 'bp/dev.json': bp, 'bp/broken.yaml': 'version: "1.0"\nmetadata: [\n' });
    const run = await dpn(['plan', 'preview', 'bp', '--format', 'json'], cwd);
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.errors).toEqual([
      { file: 'bp/broken.yaml', line: expect.any(Number), column: expect.any(Number), code: 'YAML_SYNTAX', message: expect.stringMatching(/in YAML at line/), hint: expect.any(String) },
      { file: 'bp/dev.json', ...position(join(cwd, 'bp/dev.json'), '"gold"'), code: 'SCHEMA_ENUM', message: 'layer must be one of raw, processed, curated (got "gold")' },
    ]);
    noStack(run.stderr);
  });

  it('a name the platform refuses is never printed as fine', async () => {
    const bp = workedExample();
    (bp.resources as { databricks: Record<string, unknown> }).databricks.unity_catalog = { catalogs: [{ catalog_type: 'a.b', schemas: [] }] };
    const cwd = writeFiles({ 'dev.json': bp });
    const table = await dpn(['plan', 'preview', 'dev.json'], cwd);
    expect(table.status).toBe(1);
    expect(table.stdout).not.toMatch(/✓ dbx_catalog/);
    expect(table.stdout).toMatch(/error [A-Z_]+: .*"dataplatform_a\.b_dev".*\(rule: /);
    const json = JSON.parse((await dpn(['plan', 'preview', 'dev.json', '--format', 'json'], cwd)).stdout);
    expect(json.resources.map((r: { type: string }) => r.type)).not.toContain('dbx_catalog');
  });

  it('a shortened name is shown as shortened in every format', async () => {
    const bp = workedExample();
    const purpose = 'customer-interactions-clickstream-landing-zone';
    (bp.resources as { aws: { s3_buckets: unknown[] } }).aws.s3_buckets = [{ purpose, layer: 'raw' }];
    const cwd = writeFiles({ 'dev.json': bp });
    const table = await dpn(['plan', 'preview', 'dev.json'], cwd);
    expect(table.stdout).toMatch(/^~ aws_s3_bucket\s+\S+ \*/m);
    expect(table.stdout).toContain(`the pattern gave dataplatform-${purpose}-raw-dev-use1`);
    const json = JSON.parse((await dpn(['plan', 'preview', 'dev.json', '--format', 'json'], cwd)).stdout);
    expect(json.resources[0].shortenedFrom).toBe(`dataplatform-${purpose}-raw-dev-use1`);
    const md = (await dpn(['plan', 'preview', 'dev.json', '--format', 'markdown'], cwd)).stdout;
    expect(md).toMatch(/name shortened from <code>dataplatform-customer-interactions/);
  });

  it('markdown escapes whatever came from a blueprint', async () => {
    const bp = workedExample();
    (bp.resources as { aws: { glue_tables: unknown[] } }).aws.glue_tables = [
      { database_ref: '<img src=x onerror=alert(1)>|x', entity: 'orders', columns: [] },
    ];
    const cwd = writeFiles({ 'dev.json': bp });
    const run = await dpn(['plan', 'preview', 'dev.json', '--format', 'markdown'], cwd);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('REF&#95;DATABASE&#95;NOT&#95;FOUND');
    expect(run.stdout).not.toContain('<img');
    expect(run.stdout).toContain('&lt;img');
    // The preview markdown is the PR comment: the broken blueprint is not planned.
    expect(run.stdout).toMatch(/^### <code>dev\.json<\/code> — not planned: fix the errors below, 1 error$/m);
  });

  it('--override reaches the names', async () => {
    const run = await dpn(['plan', 'preview', 'blueprints/dev.json', '--format', 'json', '--override', 'region_short=xx1', '--override', 'project=acme'], root);
    expect(JSON.parse(run.stdout).resources[0].name).toBe('acme-landing-raw-dev-xx1');
  });

  it('./.dpn naming files are picked up', async () => {
    const cwd = writeFiles({ 'dev.json': workedExample() });
    expect((await dpn(['config', 'init'], cwd)).status).toBe(0);
    const patterns = join(cwd, '.dpn/naming-patterns.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(patterns, readFileSync(patterns, 'utf8').replace(/dbx_cluster: .*/, 'dbx_cluster: "{project}-{workload}-cluster-{environment}"'));
    const run = await dpn(['plan', 'preview', 'dev.json', '--format', 'json'], cwd);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).resources[3].name).toBe('dataplatform-etl-cluster-dev');
    expect(run.stderr).toMatch(/naming convention: \.dpn\/naming-values\.yaml \+ \.dpn\/naming-patterns\.yaml/);
  });
});

describe('usage errors exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['no PATH', ['plan', 'preview'], /at least one blueprint/],
    ['an unknown format', ['plan', 'preview', 'x', '--format', 'xml'], /--format must be one of table, json, markdown/],
    ['an unknown option', ['plan', 'validate', 'x', '--colour'], /^error: unknown option --colour for dpn plan validate\n\s+usage: dpn plan validate PATH/],
    ['one naming file flag', ['plan', 'validate', 'x', '--values-config', 'v.yaml'], /--values-config was given without --patterns-config/],
    ['an override that is not key=value', ['plan', 'preview', 'x', '--override', 'project'], /--override "project" is not key=value/],
    ['plan init without --env', ['plan', 'init', '--project', 'p'], /--env is required \(one of dev, stg, prd\)/],
    ['plan init without --project', ['plan', 'init', '--env', 'dev'], /--project is required/],
    ['plan init with a bad project', ['plan', 'init', '--env', 'dev', '--project', 'My Project'], /--project must be lowercase/],
    ['an unknown schema', ['plan', 'schema', 'nope'], /unknown schema "nope"/],
  ];
  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const run = await dpn(argv, writeFiles({}));
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      noStack(run.stderr);
    });
  }
});

describe('dpn plan validate', () => {
  it('valid: a summary only; invalid: the problems and exit 1', async () => {
    const ok = await dpn(['plan', 'validate', 'blueprints'], root);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('valid: 22 resources, 0 errors, 0 warnings\n');
    const cwd = writeFiles({ 'dev.json': '{"version": "1.0",}' });
    const bad = await dpn(['plan', 'validate', 'dev.json'], cwd);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^dev\.json:1:19: error JSON_SYNTAX: Expected double-quoted property name, found '}' in JSON at line 1 column 19$/m);
  });
});

describe('dpn plan init', () => {
  it('writes a starter blueprint that previews cleanly, and never overwrites it', async () => {
    const cwd = writeFiles({});
    const first = await dpn(['plan', 'init', '--env', 'stg', '--project', 'acme', '--region', 'eu-central-1'], cwd);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/wrote blueprints\/stg\.json/);
    expect(first.stderr).not.toMatch(/warning/);
    const unknown = await dpn(['plan', 'init', '--env', 'dev', '--project', 'acme', '--region', 'xx-nowhere-1', '--output', 'elsewhere/dev.yaml'], cwd);
    expect(unknown.status).toBe(0);
    expect(unknown.stderr).toMatch(/warning: xx-nowhere-1 is not an AWS region dpn knows/);
    const preview = await dpn(['plan', 'preview', 'blueprints', '--format', 'json'], cwd);
    expect(preview.status).toBe(0);
    const names = JSON.parse(preview.stdout).resources.map((r: { name: string }) => r.name);
    expect(names).toContain('acme-landing-raw-stg-euc1');
    const before = readFileSync(join(cwd, 'blueprints/stg.json'), 'utf8');
    const again = await dpn(['plan', 'init', '--env', 'stg', '--project', 'other'], cwd);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/blueprints\/stg\.json already exists/);
    expect(readFileSync(join(cwd, 'blueprints/stg.json'), 'utf8')).toBe(before);
  });

  it('--output with .json writes JSON', async () => {
    const cwd = writeFiles({});
    expect((await dpn(['plan', 'init', '--env', 'dev', '--project', 'p1', '--output', 'x/dev.json'], cwd)).status).toBe(0);
    const doc = JSON.parse(readFileSync(join(cwd, 'x/dev.json'), 'utf8'));
    expect(doc.metadata).toEqual({ environment: 'dev', project: 'p1', region: 'us-east-1' });
    expect((await dpn(['plan', 'validate', 'x'], cwd)).status).toBe(0);
  });
});

describe('dpn plan schema', () => {
  it('prints the published blueprint schema', async () => {
    const run = await dpn(['plan', 'schema'], root);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$id).toBe('https://dpn.dev/schemas/blueprint-1.0.json');
    expect(schema).toEqual(JSON.parse(readFileSync(join(root, 'schemas/blueprint.schema.json'), 'utf8')));
    expect(JSON.parse((await dpn(['plan', 'schema', 'naming-patterns'], root)).stdout).$id).toMatch(/naming-patterns/);
  });
});

describe('dpn config', () => {
  it('init writes the built-in convention; validate and show read it back the same', async () => {
    const cwd = writeFiles({});
    const init = await dpn(['config', 'init'], cwd);
    expect(init.status).toBe(0);
    expect(existsSync(join(cwd, '.dpn/naming-values.yaml'))).toBe(true);
    const validate = await dpn(['config', 'validate', '--format', 'json'], cwd);
    expect(validate.status).toBe(0);
    expect(JSON.parse(validate.stdout)).toEqual({ resources: [], errors: [], warnings: [] });
    const show = await dpn(['config', 'show', '--format', 'json'], cwd);
    const shown = JSON.parse(show.stdout);
    // The files' own format: what init wrote, key for key.
    const written = (name: string) => parse(readFileSync(join(cwd, '.dpn', name), 'utf8'));
    expect(shown.values).toEqual(written('naming-values.yaml'));
    expect(resolveNamingConfig(shown.values, shown.patterns)).toEqual({ ...DEFAULT_NAMING_CONFIG, sources: { values: 'built-in', patterns: 'built-in' } });
    expect(show.stderr).toMatch(/naming values from \.dpn\/naming-values\.yaml, patterns from \.dpn\/naming-patterns\.yaml/);
    expect(parseAllDocuments((await dpn(['config', 'show'], cwd)).stdout)[1]!.toJS().patterns.dbx_table).toBe('{table_type}_{entity}');
    const again = await dpn(['config', 'init'], cwd);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/does not replace them without --force/);
  });

  it('validate reports a broken file with its line and exits 1', async () => {
    const cwd = writeFiles({ 'v.yaml': 'version: "1.0"\ndefaults:\n  project: [x]\n', 'p.yaml': 'version: "1.0"\npatterns: {}\n' });
    const run = await dpn(['config', 'validate', '--values-config', 'v.yaml', '--patterns-config', 'p.yaml'], cwd);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^v\.yaml:3:12: error SCHEMA_TYPE: project must be text \(got a list\)$/m);
    noStack(run.stderr);
  });
});
