// `dpn config show` prints the two naming files in their own format (snake_case
// keys they accept): pasted back, they give every resource the same name.
// `dpn config init` fills the values file from v1.0's flags, or asks on a real
// terminal, and writes the schema modeline first.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT } from '../../src/naming/index.js';
import { schemaUrl } from '../../src/schemas/location.js';
import { dpn, project, writeBlueprint } from '../cli-apply/support.js';
import { runOnTerminal } from './support.js';

const VALUES = stringify({
  version: '1.0',
  defaults: { project: 'Acme-Data', region: 'eu-west-1', team: 'data', cost_center: 'CC-9', owner: 'platform' },
  environments: { prd: { environment: 'prd', data_classification: 'restricted' }, dev: { environment: 'dev' } },
  resource_types: { aws_s3_bucket: { purpose: 'raw', layer: 'raw' }, dbx_job: { schedule: 'hourly' } },
});
const PATTERNS = stringify({
  version: '1.0',
  patterns: { aws_s3_bucket: '{project}-{purpose}-{layer}-{environment}-{region_short}-{owner}', dbx_cluster: '{project}-{workload}-{environment}' },
  transformations: {
    region_mapping: { 'eu-west-1': 'ie1' },
    lowercase: ['project', 'owner'],
    uppercase: ['team'],
    replace_hyphens: { project: '_' },
    hash_generation: { algorithm: 'sha256', length: 6, prefix: 'h', separator: '-' },
  },
  validation: {
    max_length: { aws_s3_bucket: 40, dbx_cluster: 60 },
    allowed_chars: { dbx_cluster: '^[a-z0-9-]+$' },
    required_variables: { aws_s3_bucket: ['owner'] },
    on_too_long: { '*': 'shorten', dbx_cluster: 'fail' },
  },
});

const BLUEPRINT = JSON.stringify({
  version: '1.0',
  metadata: { environment: 'prd', project: 'acme-data', region: 'eu-west-1' },
  resources: {
    aws: {
      s3_buckets: [
        { purpose: 'landing', layer: 'raw' },
        { purpose: 'a-rather-long-purpose-that-needs-shortening', layer: 'curated' },
      ],
      glue_databases: [{ domain: 'sales', layer: 'gold' }],
      glue_tables: [{ database_ref: 'sales-gold', entity: 'orders', columns: [{ name: 'id', type: 'string' }] }],
    },
    databricks: {
      clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }],
      jobs: [{ job_type: 'batch', purpose: 'load', cluster_ref: 'etl' }],
    },
  },
});

async function names(cwd: string, values: string, patterns: string): Promise<unknown> {
  const run = await dpn(['plan', 'preview', 'dev.json', '--format', 'json', '--values-config', values, '--patterns-config', patterns], cwd, {});
  expect(run.code, run.stdout).toBe(0);
  return JSON.parse(run.stdout).resources.map((r: { key: string; name: string; fullName: string }) => [r.key, r.name, r.fullName]);
}

function camelKeys(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [...(/^[a-z]+[A-Z]/.test(k) ? [`${path}${k}`] : []), ...camelKeys(v, `${path}${k}.`)]);
}

describe('dpn config show round-trips through the files', () => {
  it('yaml: the two documents, pasted into files, validate and give identical names', async () => {
    const cwd = project('dpn-show-');
    writeBlueprint(cwd, 'dev.json', BLUEPRINT);
    writeBlueprint(cwd, 'values.yaml', VALUES);
    writeBlueprint(cwd, 'patterns.yaml', PATTERNS);
    const show = await dpn(['config', 'show', '--values-config', 'values.yaml', '--patterns-config', 'patterns.yaml'], cwd, {});
    expect(show.code, show.stderr).toBe(0);
    const docs = parseAllDocuments(show.stdout);
    expect(docs).toHaveLength(2);
    for (const doc of docs) expect(doc.errors).toEqual([]);
    // Split where a person would cut: at the document marker.
    const [valuesText, patternsText] = show.stdout.split(/^---$/m);
    writeFileSync(join(cwd, 'shown-values.yaml'), valuesText!);
    writeFileSync(join(cwd, 'shown-patterns.yaml'), patternsText!);
    expect(camelKeys(docs[0]!.toJS())).toEqual([]);
    expect(camelKeys(docs[1]!.toJS())).toEqual([]);
    expect(valuesText!.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaUrl('naming-values')}`);
    expect(patternsText!.trimStart().split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaUrl('naming-patterns')}`);

    const validate = await dpn(['config', 'validate', '--values-config', 'shown-values.yaml', '--patterns-config', 'shown-patterns.yaml', '--format', 'json'], cwd, {});
    expect(validate.code, validate.stdout).toBe(0);
    expect(JSON.parse(validate.stdout).errors).toEqual([]);
    const original = await names(cwd, 'values.yaml', 'patterns.yaml');
    expect(await names(cwd, 'shown-values.yaml', 'shown-patterns.yaml')).toEqual(original);
    // The custom convention is really in play (not the built-in one on both sides).
    expect(JSON.stringify(original)).toMatch(/acme-data-landing-raw-prd-ie1-platform.*acme_data-batch-load-hourly-prd/);
  });

  it('json: {values, patterns} hold the same documents', async () => {
    const cwd = project('dpn-show-');
    writeBlueprint(cwd, 'dev.json', BLUEPRINT);
    writeBlueprint(cwd, 'values.yaml', VALUES);
    writeBlueprint(cwd, 'patterns.yaml', PATTERNS);
    const show = await dpn(['config', 'show', '--format', 'json', '--values-config', 'values.yaml', '--patterns-config', 'patterns.yaml'], cwd, {});
    expect(show.code, show.stderr).toBe(0);
    const shown = JSON.parse(show.stdout);
    expect(Object.keys(shown)).toEqual(['values', 'patterns']);
    expect(shown.values).toEqual(parse(VALUES));
    writeBlueprint(cwd, 'v.json', JSON.stringify(shown.values));
    writeBlueprint(cwd, 'p.json', JSON.stringify(shown.patterns));
    expect(await names(cwd, 'v.json', 'p.json')).toEqual(await names(cwd, 'values.yaml', 'patterns.yaml'));
  });

  it('the built-in convention shows as the files config init writes', async () => {
    const cwd = project('dpn-show-');
    const show = await dpn(['config', 'show', '--format', 'json'], cwd, {});
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toEqual(JSON.parse(JSON.stringify({ values: DEFAULT_VALUES_DOCUMENT, patterns: DEFAULT_PATTERNS_DOCUMENT })));
    expect(show.stderr).toMatch(/naming values from built-in, patterns from built-in/);
  });

  it('--format table and --resource-type show v1.0\'s views; an unknown type is a usage error listing the types', async () => {
    const cwd = project('dpn-show-');
    writeBlueprint(cwd, 'values.yaml', VALUES);
    writeBlueprint(cwd, 'patterns.yaml', PATTERNS);
    const files = ['--values-config', 'values.yaml', '--patterns-config', 'patterns.yaml'];
    const table = await dpn(['config', 'show', '--format', 'table', ...files], cwd, {});
    expect(table.stdout).toMatch(/^ {2}owner +platform$/m);
    expect(table.stdout).toMatch(/^Resource types: aws_dynamodb_table, /m);
    const one = await dpn(['config', 'show', '--resource-type', 'aws_s3_bucket', '--format', 'json', ...files], cwd, {});
    expect(JSON.parse(one.stdout)).toEqual({
      resource_type: 'aws_s3_bucket',
      pattern: '{project}-{purpose}-{layer}-{environment}-{region_short}-{owner}',
      values: { project: 'Acme-Data', region: 'eu-west-1', team: 'data', cost_center: 'CC-9', owner: 'platform', purpose: 'raw', layer: 'raw' },
    });
    const alias = await dpn(['config', 'show', '--resource-type', 'job', '--format', 'table', ...files], cwd, {});
    expect(alias.code).toBe(0);
    expect(alias.stdout).toMatch(/^dbx_job\n {2}pattern {2}\{project\}-\{job_type\}/);
    expect(alias.stdout).toMatch(/^ {2}schedule +hourly$/m);
    expect(alias.stderr).toMatch(/dpn: note: --resource-type job is dpn v1\.0's spelling; dpn's is --resource-type dbx_job/);
    const bad = await dpn(['config', 'show', '--resource-type', 'aws_s4_bucket'], cwd, {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: unknown resource type "aws_s4_bucket"\n {2}types: aws_s3_bucket, /);
  });
});

describe('dpn config init', () => {
  const valuesOf = (cwd: string) => parse(readFileSync(join(cwd, '.dpn/naming-values.yaml'), 'utf8'));

  it('on a terminal, asks for each value (again when one is wrong), then validates', async () => {
    const cwd = project('dpn-init-');
    const run = await runOnTerminal(['config', 'init'], cwd, {}, [
      [/Cost center \[CC-12345\]: /, 'eng'],
      [/Environment \(dev\/stg\/prd\) \[dev\]: /, 'qa'],
      [/environment must be one of dev, stg, prd, got "qa"[\s\S]*Environment/, 'stg'],
      [/Project name \[dataplatform\]: /, 'My Project'],
      [/AWS region \[us-east-1\]: /, 'eu-west-2'],
      [/Team name \[data-platform\]: /, ''],
      [/27\. dbx_policy[\s\S]*Select resource types/, '1,15-16'],
    ]);
    expect(run.code, run.screen).toBe(0);
    const values = valuesOf(cwd);
    expect(values.defaults).toEqual({ project: 'my-project', region: 'eu-west-2', region_short: 'euw2', team: 'data-platform', cost_center: 'eng', data_classification: 'internal', environment: 'stg' });
    expect(values.resource_types).toEqual({ aws_s3_bucket: { purpose: 'raw', layer: 'raw' }, dbx_cluster: { workload: 'etl', cluster_type: 'shared' }, dbx_job: { job_type: 'batch', purpose: 'transformation', schedule: 'daily' } });
    const validate = await dpn(['config', 'validate', '--format', 'json'], cwd, {});
    expect(validate.code, validate.stdout).toBe(0);
  }, 90_000);

  it('on a terminal, asks only for what the flags left out', async () => {
    const cwd = project('dpn-init-');
    const run = await runOnTerminal(['config', 'init', '--project', 'oncology', '--environment', 'prd', '--region', 'us-east-2', '--resource-types', 'all'], cwd, {}, [
      [/Cost center/, 'onc'],
      [/Team name/, 'research'],
    ]);
    expect(run.code, run.screen).toBe(0);
    expect(run.screen).not.toMatch(/Project name|Environment|AWS region|Select resource types/);
    expect(valuesOf(cwd).defaults).toMatchObject({ project: 'oncology', environment: 'prd', region: 'us-east-2', region_short: 'use2', cost_center: 'onc', team: 'research' });
  }, 90_000);

  it('on a terminal, asks before replacing existing files; no keeps them, --force does not ask', async () => {
    const cwd = project('dpn-init-');
    expect((await dpn(['config', 'init', '--project', 'first'], cwd, {})).code).toBe(0);
    const all = ['--project', 'second', '--environment', 'dev', '--region', 'us-east-1', '--team', 't', '--cost-center', 'c', '--resource-types', 'all'];
    const no = await runOnTerminal(['config', 'init', ...all], cwd, {}, [[/Replace them\? \[y\/N\]/, 'n']]);
    expect(no.code, no.screen).toBe(1);
    expect(no.screen).toMatch(/Replace them\? \[y\/N\] [\s\S]*does not replace them without --force/);
    expect(valuesOf(cwd).defaults.project).toBe('first');
    const yes = await runOnTerminal(['config', 'init', ...all], cwd, {}, [[/Replace them\? \[y\/N\]/, 'y']]);
    expect(yes.code, yes.screen).toBe(0);
    expect(valuesOf(cwd).defaults.project).toBe('second');
    const forced = await dpn(['config', 'init', '--project', 'third', '--force'], cwd, {});
    expect(forced.code, forced.stderr).toBe(0);
    expect(valuesOf(cwd).defaults.project).toBe('third');
  }, 90_000);

  it('without a terminal and without flags writes the built-in files, each with its schema modeline first', async () => {
    const cwd = project('dpn-init-');
    const run = await dpn(['config', 'init'], cwd, {});
    expect(run.code).toBe(0);
    const values = readFileSync(join(cwd, '.dpn/naming-values.yaml'), 'utf8');
    const patterns = readFileSync(join(cwd, '.dpn/naming-patterns.yaml'), 'utf8');
    expect(values.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaUrl('naming-values')}`);
    expect(patterns.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaUrl('naming-patterns')}`);
    expect(schemaUrl('naming-values')).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/v\d+\.\d+\.\d+\/schemas\/naming-values\.schema\.json$/);
    expect(parse(values)).toEqual(JSON.parse(JSON.stringify(DEFAULT_VALUES_DOCUMENT)));
    expect(parse(patterns)).toEqual(JSON.parse(JSON.stringify(DEFAULT_PATTERNS_DOCUMENT)));
  });

  it.each([
    [['--environment', 'qa'], /^error: --environment: environment must be one of dev, stg, prd, got "qa"$/m],
    [['--project', 'data_platform'], /^error: --project: project must be lowercase letters, digits and hyphens, got "data_platform"$/m],
    [['--region', 'mars'], /^error: --region: region must look like us-east-1, got "mars"$/m],
    [['--team', ' '], /^error: --team: team must not be empty$/m],
  ])('a bad value %j is a usage error naming the flag, and writes nothing', async (args, message) => {
    const cwd = project('dpn-init-');
    const run = await dpn(['config', 'init', ...args], cwd, {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(() => readFileSync(join(cwd, '.dpn/naming-values.yaml'))).toThrow();
  });

  it('--resource-types parts it cannot read are named on stderr and skipped, as v1.0 did', async () => {
    const cwd = project('dpn-init-');
    // v1.0's 27 types keep their numbers; the Azure and Google Cloud types follow them (28 to 40).
    const run = await dpn(['config', 'init', '--resource-types', '2,zz,41,dbx_table'], cwd, {});
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/"zz" is not a number from 1 to 40/);
    expect(run.stderr).toMatch(/"41" is not a number from 1 to 40/);
    expect(Object.keys(valuesOf(cwd).resource_types)).toEqual(['aws_glue_database', 'dbx_table']);
  });
});
