// `dpn export names`: every format parsed back (HCL and tfvars by HashiCorp's HCL
// parser, tf-json and json by JSON.parse, dotenv line by line) gives exactly the
// names `dpn plan preview` shows; output is sorted and byte-stable; blueprints
// with errors export nothing, not even a partial --out file.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dpn, project, ROOT, writeBlueprint } from '../cli-apply/support.js';
import { terraformIdentifier } from '../../src/export/identifier.js';
import { quote } from '../../src/export/hcl.js';
import { parseHcl } from './support.js';

interface Previewed {
  key: string;
  type: string;
  name: string;
  fullName: string;
}

function repoBlueprints(): string {
  const cwd = project('dpn-export-');
  cpSync(join(ROOT, 'blueprints'), join(cwd, 'blueprints'), { recursive: true });
  return cwd;
}

async function previewed(cwd: string, extra: string[] = []): Promise<Previewed[]> {
  const run = await dpn(['plan', 'preview', 'blueprints', '--format', 'json', ...extra], cwd, {});
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { resources: Previewed[] }).resources;
}

/** What every format must say: key → { id, type, name, full_name }. */
function expected(resources: Previewed[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    resources.map((r) => [r.key, { id: terraformIdentifier(r.key), type: r.type, name: r.name, full_name: r.fullName }]),
  );
}

async function exported(cwd: string, format: string, extra: string[] = []): Promise<string> {
  const run = await dpn(['export', 'names', 'blueprints', '--format', format, ...extra], cwd, {});
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

describe('dpn export names', () => {
  it('hcl is a locals block that HashiCorp HCL parses to exactly the previewed names, sorted by key', async () => {
    const cwd = repoBlueprints();
    const want = expected(await previewed(cwd));
    expect(Object.keys(want).length).toBeGreaterThan(10);
    const text = await exported(cwd, 'hcl');
    const parsed = await parseHcl(text);
    expect(Object.keys(parsed)).toEqual(['locals']);
    expect(parsed.locals).toHaveLength(1);
    expect(parsed.locals[0].dpn_names).toEqual(want);
    const keysInFile = [...text.matchAll(/^ {4}"([^"]+)" = \{$/gm)].map((m) => m[1]);
    expect(keysInFile).toEqual(Object.keys(want).sort());
  });

  it('tfvars is one dpn_names assignment that HCL parses to the previewed names', async () => {
    const cwd = repoBlueprints();
    const want = expected(await previewed(cwd));
    const parsed = await parseHcl(await exported(cwd, 'tfvars'), 'dpn.auto.tfvars');
    expect(parsed).toEqual({ dpn_names: want });
  });

  it('tf-json is the same locals block in Terraform JSON syntax; json the bare map', async () => {
    const cwd = repoBlueprints();
    const want = expected(await previewed(cwd));
    const tfJson = JSON.parse(await exported(cwd, 'tf-json'));
    expect(tfJson.locals).toEqual({ dpn_names: want });
    expect(Object.keys(tfJson).sort()).toEqual(['//', 'locals']);
    expect(JSON.parse(await exported(cwd, 'json'))).toEqual(want);
    // HCL and tf-json describe the same configuration.
    expect((await parseHcl(await exported(cwd, 'hcl'))).locals[0]).toEqual(tfJson.locals);
  });

  it('dotenv has one upper-case DPN_ variable per resource (and _FULL_NAME where the full name differs)', async () => {
    const cwd = repoBlueprints();
    const resources = await previewed(cwd);
    const text = await exported(cwd, 'dotenv');
    const vars = new Map<string, string>();
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      expect(m, line).not.toBeNull();
      vars.set(m![1]!, m![2]!);
    }
    for (const r of resources) {
      const variable = `DPN_${terraformIdentifier(r.key).toUpperCase()}`;
      expect(vars.get(variable)).toBe(r.name);
      if (r.fullName !== r.name) expect(vars.get(`${variable}_FULL_NAME`)).toBe(r.fullName);
    }
    expect(vars.size).toBe(resources.length + resources.filter((r) => r.fullName !== r.name).length);
  });

  it('takes the naming options of plan preview: an override changes the exported names the same way', async () => {
    const cwd = repoBlueprints();
    const want = expected(await previewed(cwd, ['--override', 'region=eu-west-1']));
    const parsed = await parseHcl(await exported(cwd, 'hcl', ['--override', 'region=eu-west-1']));
    expect(parsed.locals[0].dpn_names).toEqual(want);
    expect(JSON.stringify(want)).toContain('euw1');
  });

  it('is byte-for-byte the same on every run and whatever the order of the blueprint files on the command line', async () => {
    const cwd = repoBlueprints();
    const a = await dpn(['export', 'names', 'blueprints/dev.json', 'blueprints/prd.yaml', '--format', 'hcl'], cwd, {});
    const b = await dpn(['export', 'names', 'blueprints/prd.yaml', 'blueprints/dev.json', '--format', 'hcl'], cwd, {});
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('--out writes the file; stdout stays empty', async () => {
    const cwd = repoBlueprints();
    const run = await dpn(['export', 'names', 'blueprints', '--format', 'tfvars', '--out', 'infra/dpn.auto.tfvars'], cwd, {});
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(cwd, 'infra/dpn.auto.tfvars'), 'utf8')).toBe(await exported(cwd, 'tfvars'));
  });

  it('refuses blueprints with errors: exit 1, file:line of the error, nothing on stdout, no --out file, an old file left as it was', async () => {
    const cwd = project('dpn-export-bad-');
    writeBlueprint(
      cwd,
      'blueprints/dev.json',
      JSON.stringify(
        {
          version: '1.0',
          metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1' },
          resources: { aws: { s3_buckets: [{ purpose: 'landing', layer: 'raw' }], glue_tables: [{ database_ref: 'nope-bronze', entity: 'orders', columns: [{ name: 'id', type: 'string' }] }] } },
        },
        null,
        2,
      ),
    );
    for (const format of ['hcl', 'tfvars', 'tf-json', 'json', 'dotenv']) {
      const run = await dpn(['export', 'names', 'blueprints', '--format', format, '--out', 'names.out'], cwd, {});
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/blueprints\/dev\.json:\d+:\d+: .*nope-bronze.*\(REF_DATABASE_NOT_FOUND\)/);
      expect(existsSync(join(cwd, 'names.out'))).toBe(false);
    }
    writeFileSync(join(cwd, 'names.out'), 'previous export\n');
    expect((await dpn(['export', 'names', 'blueprints', '--format', 'hcl', '--out', 'names.out'], cwd, {})).code).toBe(1);
    expect(readFileSync(join(cwd, 'names.out'), 'utf8')).toBe('previous export\n');
  });

  it('asks for a format: none or an unknown one is a usage error (exit 2)', async () => {
    const cwd = repoBlueprints();
    const none = await dpn(['export', 'names', 'blueprints'], cwd, {});
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--format must be one of json, tfvars, hcl, tf-json, dotenv');
    expect((await dpn(['export', 'names', 'blueprints', '--format', 'yaml'], cwd, {})).code).toBe(2);
  });
});

describe('the Terraform identifier of a key', () => {
  it('tells apart keys that differ only in punctuation or case (a-b, a_b, a/b, A-b)', () => {
    const keys = ['aws_s3_bucket:p/dev/a-b', 'aws_s3_bucket:p/dev/a_b', 'aws_s3_bucket:p/dev/a/b', 'aws_s3_bucket:p/dev/A-b', 'aws_s3_bucket:p/dev/a--b'];
    const ids = keys.map(terraformIdentifier);
    expect(new Set(ids).size).toBe(keys.length);
    for (const id of ids) expect(id).toMatch(/^aws_s3_bucket_p_dev_a_b_[0-9a-f]{8}$/);
  });

  it('is a valid Terraform identifier and environment variable name, the same on every call', () => {
    for (const key of ['dbx_table:x/dev/dev/customer-gold/dim_customers', '9:odd key', 'aws_s3_bucket:Ünïcode/dev/x']) {
      const id = terraformIdentifier(key);
      expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(id.toUpperCase()).toMatch(/^[A-Z_][A-Z0-9_]*$/);
      expect(terraformIdentifier(key)).toBe(id);
    }
    // Pinned: a committed export must not change because dpn was upgraded.
    expect(terraformIdentifier('aws_s3_bucket:dataplatform/dev/landing-raw')).toBe('aws_s3_bucket_dataplatform_dev_landing_raw_4628a733');
  });

  it('HCL strings keep any text exactly: quotes, backslashes, newlines and template sequences', async () => {
    const value = 'a "b" \\ c\nd ${var.x} %{ if y } é';
    const parsed = await parseHcl(`x = ${quote(value)}\n`);
    // hcl2json answers in Terraform JSON syntax, where a literal `${` is written `$${`.
    expect(parsed.x).toBe('a "b" \\ c\nd $${var.x} %%{ if y } é');
  });
});
