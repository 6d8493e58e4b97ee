// Every command line printed in dpn v1.0's README and docs (and its cli.py
// help) that v1.0 itself accepts, run as data against this dpn: none is a usage
// error, and each one v1.0 ran successfully succeeds here with the same effect —
// the file written, the profile used, the resource read, deleted or archived
// (moto_server for AWS, the local Databricks server for Databricks).
//
// Collected from robandrewford/data-platform-naming at 9fa3604 (readme.md,
// docs/troubleshooting.md, blueprints/README.md, schemas/README.md, cli.py).
// Left out because v1.0 refuses them as well:
//   dpn config init --output ~/.dpn/                                  (no such option in v1.0)
//   dpn config validate --values naming-values.yaml --patterns …      (no such options)
//   dpn plan preview dev.json --values-config custom.yaml             (v1.0: both files or neither; shown as the wrong form)
//   dpn plan preview dev.json --override environment:dev              (v1.0: invalid format; shown as the wrong form)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT, RESOURCE_TYPES } from '../../src/naming/index.js';
import { loadState } from '../../src/state/index.js';
import { workedExample } from '../blueprint/fixtures.js';
import { dpn, dpnProcess, type DpnRun } from '../cli-apply/support.js';
import { startDatabricksServer, type DatabricksServer } from '../support/databricks-server.js';
import { awsClients, startMoto, type Moto } from '../support/moto.js';
import { runLine, runOnTerminal, shellWords } from './support.js';

type Files = Record<string, string>;

/** A v1.0 blueprint (JSON) with one bucket and one Glue database, and optionally a cluster. */
function blueprint(environment: 'dev' | 'stg' | 'prd', project = 'dataplatform', databricks = false): string {
  return JSON.stringify(
    {
      version: '1.0',
      metadata: { environment, project, region: 'us-east-1', team: 'data-platform', cost_center: 'CC-1' },
      resources: {
        aws: { s3_buckets: [{ purpose: 'landing', layer: 'raw', versioning: true, lifecycle_days: 90 }], glue_databases: [{ domain: 'sales', layer: 'gold' }] },
        ...(databricks ? { databricks: { clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }] } } : {}),
      },
    },
    null,
    2,
  );
}

const bucket = (env: string, project = 'dataplatform', short = 'use1') => `${project}-landing-raw-${env}-${short}`;

const VALUES = stringify(DEFAULT_VALUES_DOCUMENT);
/** A patterns file that differs from the built-in one where a test can see it. */
const PATTERNS = stringify({ ...DEFAULT_PATTERNS_DOCUMENT, patterns: { ...DEFAULT_PATTERNS_DOCUMENT.patterns, aws_s3_bucket: '{project}-{purpose}-{layer}-{environment}-custom' } });
const customNaming = (dir = ''): Files => ({ [join(dir, 'naming-values.yaml')]: VALUES, [join(dir, 'naming-patterns.yaml')]: PATTERNS });

function project(files: Files = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'dpn-v1-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, rel)), { recursive: true });
    writeFileSync(join(cwd, rel), text);
  }
  return cwd;
}

const read = (cwd: string, rel: string) => readFileSync(join(cwd, rel), 'utf8');
const json = (run: DpnRun) => JSON.parse(run.stdout);

interface Case {
  line: string;
  from: string;
  files?: Files;
  /** What the line did in v1.0, checked here; absent when v1.0 failed at run time (then: only no usage error). */
  effect?: (run: DpnRun, cwd: string) => void | Promise<void>;
}

/** Lines that need neither AWS nor Databricks. */
const LOCAL: Case[] = [
  { line: 'dpn --help', from: 'readme.md:209', effect: (r) => expect(r.stdout).toMatch(/^Usage: dpn <command>/m) },
  {
    line: 'dpn config init',
    from: 'readme.md:24',
    effect: (_, cwd) => expect(parse(read(cwd, '.dpn/naming-values.yaml'))).toEqual(JSON.parse(JSON.stringify(DEFAULT_VALUES_DOCUMENT))),
  },
  {
    line: 'dpn config init --project myproject --environment dev --region us-east-1',
    from: 'readme.md:27',
    effect: (_, cwd) => expect(parse(read(cwd, '.dpn/naming-values.yaml')).defaults).toMatchObject({ project: 'myproject', environment: 'dev', region: 'us-east-1', region_short: 'use1' }),
  },
  {
    line: 'dpn config init --project dataplatform --environment dev',
    from: 'readme.md:150',
    effect: (_, cwd) => expect(parse(read(cwd, '.dpn/naming-values.yaml')).defaults).toMatchObject({ project: 'dataplatform', environment: 'dev' }),
  },
  {
    line: 'dpn config init --project oncology --environment prd',
    from: 'cli.py config init help',
    effect: (_, cwd) => expect(parse(read(cwd, '.dpn/naming-values.yaml')).defaults).toMatchObject({ project: 'oncology', environment: 'prd' }),
  },
  {
    line: 'dpn config init --project myapp --environment dev --region us-east-1 --team engineering --cost-center eng --resource-types "all" --force',
    from: 'cli.py config init help',
    files: customNaming('.dpn'),
    effect: (_, cwd) => {
      const values = parse(read(cwd, '.dpn/naming-values.yaml'));
      expect(values.defaults).toMatchObject({ project: 'myapp', team: 'engineering', cost_center: 'eng' });
      expect(Object.keys(values.resource_types)).toEqual([...RESOURCE_TYPES]);
      expect(read(cwd, '.dpn/naming-patterns.yaml')).not.toContain('-custom');
    },
  },
  {
    line: 'dpn config init --project analytics --environment dev --region us-west-2 --team data-platform --cost-center engineering --resource-types "1,3-5" --force',
    from: 'cli.py config init help',
    effect: (_, cwd) => {
      const values = parse(read(cwd, '.dpn/naming-values.yaml'));
      expect(values.defaults).toMatchObject({ project: 'analytics', region: 'us-west-2', region_short: 'usw2', cost_center: 'engineering' });
      expect(Object.keys(values.resource_types)).toEqual(['aws_s3_bucket', 'aws_glue_table', 'aws_glue_crawler', 'aws_lambda_function']);
    },
  },
  { line: 'dpn config validate', from: 'readme.md:45', files: customNaming('.dpn'), effect: (r) => expect(r.stdout).toMatch(/valid/) },
  {
    line: 'dpn config validate --values-config custom-values.yaml --patterns-config custom-patterns.yaml',
    from: 'docs/troubleshooting.md:354',
    files: { 'custom-values.yaml': VALUES, 'custom-patterns.yaml': PATTERNS },
    effect: (r) => expect(r.stderr).toMatch(/patterns from custom-patterns\.yaml/),
  },
  {
    line: 'dpn config show',
    from: 'readme.md:48',
    files: customNaming('.dpn'),
    effect: (r) => expect(parseAllDocuments(r.stdout)[1]!.toJS().patterns.aws_s3_bucket).toMatch(/-custom$/),
  },
  {
    line: 'dpn config show --resource-type aws_s3_bucket',
    from: 'readme.md:284',
    files: customNaming('.dpn'),
    effect: (r) => expect(r.stdout).toMatch(/aws_s3_bucket[\s\S]*\{project\}-\{purpose\}-\{layer\}-\{environment\}-custom/),
  },
  {
    line: 'dpn config show --format json > config.json',
    from: 'docs/troubleshooting.md:342',
    files: customNaming('.dpn'),
    effect: (_, cwd) => expect(JSON.parse(read(cwd, 'config.json')).values.defaults.project).toBe('dataplatform'),
  },
  { line: 'dpn config show --format table', from: 'cli.py config show --format choice', effect: (r) => expect(r.stdout).toMatch(/Default values[\s\S]*project\s+dataplatform/) },
  {
    line: 'dpn plan init --env dev --project myproject',
    from: 'readme.md:57',
    // As v1.0: blueprints/dev.json, which the README's next line (`dpn plan validate blueprints/dev.json`) reads.
    effect: (_, cwd) => expect(JSON.parse(read(cwd, 'blueprints/dev.json')).metadata).toMatchObject({ environment: 'dev', project: 'myproject' }),
  },
  { line: 'dpn plan init --env prd --project myproject', from: 'readme.md:60', effect: (_, cwd) => expect(JSON.parse(read(cwd, 'blueprints/prd.json')).metadata.environment).toBe('prd') },
  {
    line: 'dpn plan init --env stg --project myproject --output custom/path/stg.json',
    from: 'blueprints/README.md:27',
    effect: (_, cwd) => expect(JSON.parse(read(cwd, 'custom/path/stg.json')).metadata).toMatchObject({ environment: 'stg', project: 'myproject' }),
  },
  { line: 'dpn plan init --env dev --project dataplatform', from: 'readme.md:153', effect: (_, cwd) => expect(existsSync(join(cwd, 'blueprints/dev.json'))).toBe(true) },
  { line: 'dpn plan init --env prd --project platform', from: 'readme.md:215', effect: (_, cwd) => expect(JSON.parse(read(cwd, 'blueprints/prd.json')).metadata.project).toBe('platform') },
  {
    line: 'dpn plan init --env prd --project dataplatform --output prod.json',
    from: 'readme.md:427',
    effect: (_, cwd) => expect(JSON.parse(read(cwd, 'prod.json')).metadata.environment).toBe('prd'),
  },
  { line: 'dpn plan validate blueprints/dev.json', from: 'readme.md:80', files: { 'blueprints/dev.json': blueprint('dev') } },
  { line: 'dpn plan validate blueprints/prd.json', from: 'blueprints/README.md:33', files: { 'blueprints/prd.json': blueprint('prd') } },
  { line: 'dpn plan validate prod.json', from: 'readme.md:433', files: { 'prod.json': blueprint('prd') } },
  ...(
    [
      ['dpn plan preview blueprints/dev.json', 'readme.md:97', 'blueprints/dev.json', 'dev'],
      ['dpn plan preview blueprints/prd.json', 'blueprints/README.md:39', 'blueprints/prd.json', 'prd'],
      ['dpn plan preview dev.json', 'readme.md:287', 'dev.json', 'dev'],
      ['dpn plan preview my-blueprint.json', 'readme.md:395', 'my-blueprint.json', 'dev'],
      ['dpn plan preview prod.json', 'readme.md:440', 'prod.json', 'prd'],
    ] as const
  ).map(([line, from, file, env]): Case => ({ line, from, files: { [file]: blueprint(env) }, effect: (r) => expect(r.stdout).toContain(bucket(env)) })),
  ...(
    [
      ['dpn plan preview blueprints/dev.json --format json --output preview.json', 'readme.md:100', 'blueprints/dev.json', 'dev'],
      ['dpn plan preview prod.json --format json --output preview.json', 'readme.md:443', 'prod.json', 'prd'],
    ] as const
  ).map(
    ([line, from, file, env]): Case => ({
      line,
      from,
      files: { [file]: blueprint(env) },
      effect: (r, cwd) => {
        expect(r.stdout).toBe('');
        expect(JSON.parse(read(cwd, 'preview.json')).resources.map((x: { name: string }) => x.name)).toContain(bucket(env));
      },
    }),
  ),
  {
    line: 'dpn plan preview blueprints/dev.json --override environment=prd',
    from: 'readme.md:103',
    files: { 'blueprints/dev.json': blueprint('dev') },
    effect: (r) => expect(r.stdout).toContain(bucket('prd')),
  },
  { line: 'dpn plan preview dev.json --override environment=prd', from: 'readme.md:354', files: { 'dev.json': blueprint('dev') }, effect: (r) => expect(r.stdout).toContain(bucket('prd')) },
  { line: 'dpn plan preview dev.json --override environment=dev', from: 'docs/troubleshooting.md:240', files: { 'dev.json': blueprint('dev') }, effect: (r) => expect(r.stdout).toContain(bucket('dev')) },
  {
    line: 'dpn plan preview dev.json --override environment=dev --override project=oncology',
    from: 'docs/troubleshooting.md:245',
    files: { 'dev.json': blueprint('dev') },
    effect: (r) => expect(r.stdout).toContain(bucket('dev', 'oncology')),
  },
  {
    line: 'dpn plan preview dev.json --override environment=prd --override project=oncology --override region=us-west-2',
    from: 'readme.md:357',
    files: { 'dev.json': blueprint('dev') },
    effect: (r) => expect(r.stdout).toContain(bucket('prd', 'oncology', 'usw2')),
  },
  // v1.0 refused the key (its override whitelist) although its docs print this as a fix; dpn takes it.
  { line: 'dpn plan preview dev.json --override purpose=analytics', from: 'docs/troubleshooting.md:141', files: { 'dev.json': blueprint('dev') } },
  ...(
    [
      ['dpn plan preview dev.json --values-config custom-values.yaml --patterns-config custom-patterns.yaml', 'docs/troubleshooting.md:172', ''],
      ['dpn plan preview dev.json --values-config ./naming-values.yaml --patterns-config ./naming-patterns.yaml', 'docs/troubleshooting.md:271', ''],
      ['dpn plan preview dev.json --values-config config/naming-values.yaml --patterns-config config/naming-patterns.yaml', 'docs/troubleshooting.md:417', 'config'],
    ] as const
  ).map(
    ([line, from, dir]): Case => ({
      line,
      from,
      files: {
        'dev.json': blueprint('dev'),
        ...(dir === '' && line.includes('custom-') ? { 'custom-values.yaml': VALUES, 'custom-patterns.yaml': PATTERNS } : customNaming(dir)),
      },
      effect: (r) => expect(r.stdout).toContain('dataplatform-landing-raw-dev-custom'),
    }),
  ),
  {
    line: 'dpn plan schema --output blueprint-schema.json',
    from: 'readme.md:449',
    effect: (r, cwd) => {
      expect(r.stdout).toBe('');
      expect(JSON.parse(read(cwd, 'blueprint-schema.json')).title).toBe('dpn blueprint');
    },
  },
  { line: 'dpn status', from: 'readme.md:516' },
  { line: 'dpn recover', from: 'readme.md:510' },
];

describe('v1.0 command lines that need no cloud', () => {
  it.each(LOCAL.map((c) => [c.line, c] as const))('%s', async (_, c) => {
    const cwd = project(c.files);
    const run = await runLine(c.line, cwd, {});
    expect(run.code, `${c.from}: ${run.stderr}`).not.toBe(2);
    if (c.effect) {
      expect(run.code, `${c.from}: ${run.stderr}`).toBe(0);
      await c.effect(run, cwd);
    }
  });

  it('the placeholder paths of docs/troubleshooting.md:26 work once the files are there', async () => {
    const cwd = project({ 'dev.json': blueprint('dev'), ...customNaming('path/to') });
    const line = 'dpn plan preview dev.json --values-config /path/to/naming-values.yaml --patterns-config /path/to/naming-patterns.yaml'.replaceAll('/path/to', join(cwd, 'path/to'));
    const run = await runLine(line, cwd, {});
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('dataplatform-landing-raw-dev-custom');
  });
});

// ---------------------------------------------------------------------------
// Lines that create, read, delete: moto_server and the local Databricks server.

let moto: Moto;
let dbx: DatabricksServer;
let s3: S3Client;
let destroyClients: () => void;
const saved: Record<string, string | undefined> = {};
/** moto without static keys: what a run finds when only a named profile holds credentials. */
let motoNoKeys: Record<string, string>;

beforeAll(async () => {
  moto = await startMoto();
  dbx = await startDatabricksServer();
  ({ s3, destroy: destroyClients } = await awsClients(moto));
  // The SDK reads the profile files from the process environment, as it would for the bin.
  const home = mkdtempSync(join(tmpdir(), 'dpn-v1-aws-'));
  const profiles = ['dev', 'staging', 'production'];
  writeFileSync(join(home, 'credentials'), profiles.map((p) => `[${p}]\naws_access_key_id = ${p}-key\naws_secret_access_key = ${p}-secret\n`).join('\n'));
  writeFileSync(join(home, 'config'), profiles.map((p) => `[profile ${p}]\nregion = us-east-1\n`).join('\n'));
  for (const key of ['AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE', 'AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) saved[key] = process.env[key];
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(home, 'credentials');
  process.env.AWS_CONFIG_FILE = join(home, 'config');
  for (const key of ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) delete process.env[key];
  const { AWS_ACCESS_KEY_ID: _k, AWS_SECRET_ACCESS_KEY: _s, ...rest } = moto.env;
  motoNoKeys = rest;
}, 60_000);

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  destroyClients?.();
  await dbx?.stop();
  await moto?.stop();
});

async function bucketExists(name: string): Promise<boolean> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: name }));
    return true;
  } catch {
    return false;
  }
}

const created = (name: string) => async () => expect(await bucketExists(name)).toBe(true);
const notCreated = (name: string) => async () => expect(await bucketExists(name)).toBe(false);

interface CloudCase extends Case {
  env?: () => Record<string, string>;
  /** Replaces placeholders of the printed line with what this run needs (the local Databricks server). */
  sub?: () => Record<string, string>;
}

const CREATE: CloudCase[] = [
  { line: 'dpn create --blueprint blueprints/dev.json --dry-run', from: 'readme.md:112', files: { 'blueprints/dev.json': blueprint('dev') }, effect: notCreated(bucket('dev')) },
  { line: 'dpn create --blueprint blueprints/dev.json', from: 'readme.md:115', files: { 'blueprints/dev.json': blueprint('dev') }, effect: created(bucket('dev')) },
  { line: 'dpn create --blueprint blueprints/prd.json --dry-run', from: 'blueprints/README.md:46', files: { 'blueprints/prd.json': blueprint('prd') }, effect: notCreated(bucket('prd')) },
  { line: 'dpn create --blueprint blueprints/prd.json', from: 'blueprints/README.md:49', files: { 'blueprints/prd.json': blueprint('prd') }, effect: created(bucket('prd')) },
  { line: 'dpn create --blueprint dev.json', from: 'readme.md:288', files: { 'dev.json': blueprint('dev') }, effect: created(bucket('dev')) },
  { line: 'dpn create --blueprint dev.json --dry-run', from: 'docs/troubleshooting.md:385', files: { 'dev.json': blueprint('dev') }, effect: notCreated(bucket('dev')) },
  { line: 'dpn create --blueprint my-blueprint.json', from: 'readme.md:398', files: { 'my-blueprint.json': blueprint('dev') }, effect: created(bucket('dev')) },
  { line: 'dpn create --blueprint prod.json --dry-run', from: 'readme.md:458', files: { 'prod.json': blueprint('prd') }, effect: notCreated(bucket('prd')) },
  { line: 'dpn create --blueprint prod.json', from: 'readme.md:461', files: { 'prod.json': blueprint('prd') }, effect: created(bucket('prd')) },
  {
    line: 'dpn create --blueprint dev.json --override environment=prd --dry-run',
    from: 'readme.md:365',
    files: { 'dev.json': blueprint('dev') },
    effect: async (r) => {
      expect(r.stdout).toContain(bucket('prd'));
      await notCreated(bucket('prd'))();
    },
  },
  {
    line: 'dpn create --blueprint my-blueprint.json --values-config naming-values.yaml --patterns-config naming-patterns.yaml',
    from: 'schemas/README.md:226',
    files: { 'my-blueprint.json': blueprint('dev'), ...customNaming() },
    effect: created('dataplatform-landing-raw-dev-custom'),
  },
  {
    line: 'dpn create --blueprint my-blueprint.json --values-config naming-values.yaml --patterns-config naming-patterns.yaml --override project=oncology --override environment=prd',
    from: 'schemas/README.md:235',
    files: { 'my-blueprint.json': blueprint('dev'), ...customNaming() },
    effect: created('oncology-landing-raw-prd-custom'),
  },
  // Only the named profile holds credentials: the run succeeds through it.
  ...(
    [
      ['dpn create --blueprint prod.json --aws-profile production', 'readme.md:464', 'prod.json', 'prd'],
      ['dpn create --blueprint dev.json --aws-profile dev', 'readme.md:774', 'dev.json', 'dev'],
      ['dpn create --blueprint stg.json --aws-profile staging', 'readme.md:777', 'stg.json', 'stg'],
      ['dpn create --blueprint prd.json --aws-profile production', 'readme.md:780', 'prd.json', 'prd'],
    ] as const
  ).map(([line, from, file, env]): CloudCase => ({ line, from, files: { [file]: blueprint(env) }, env: () => motoNoKeys, effect: created(bucket(env)) })),
  {
    line: 'dpn create --blueprint prod.json --dbx-host https://workspace.cloud.databricks.com --dbx-token dapi123...',
    from: 'readme.md:467',
    files: { 'prod.json': blueprint('prd', 'dataplatform', true) },
    env: () => ({ ...moto.env, DATABRICKS_WAREHOUSE_ID: dbx.warehouseId }),
    sub: () => ({ 'https://workspace.cloud.databricks.com': dbx.url, 'dapi123...': dbx.token }),
    effect: async () => {
      await created(bucket('prd'))();
      expect(dbx.inventory().filter((i) => i.type === 'dbx_cluster').map((i) => i.fullName)).toEqual(['dataplatform-etl-shared-prd']);
    },
  },
];

function substitute(line: string, sub: Record<string, string>): string {
  return Object.entries(sub).reduce((text, [from, to]) => text.replaceAll(from, to), line);
}

describe('v1.0 create command lines against moto_server', () => {
  it.each(CREATE.map((c) => [c.line, c] as const))('%s', async (_, c) => {
    await moto.reset();
    dbx.reset();
    const cwd = project(c.files);
    const run = await runLine(substitute(c.line, c.sub?.() ?? {}), cwd, c.env?.() ?? moto.env);
    expect(run.code, `${c.from}: ${run.stderr}`).toBe(0);
    await c.effect?.(run, cwd);
  });

  it('the profile is what made it work: without it, or with one that does not exist, nothing is created', async () => {
    await moto.reset();
    const cwd = project({ 'prod.json': blueprint('prd') });
    const none = await dpn(['create', '--blueprint', 'prod.json'], cwd, motoNoKeys);
    expect(none.code).toBe(1);
    const missing = await dpn(['create', '--blueprint', 'prod.json', '--aws-profile', 'nosuch'], cwd, motoNoKeys);
    expect(missing.code).toBe(1);
    // Preflight: refused before the transaction begins, naming the profile that is missing.
    expect(missing.stderr).toMatch(/no AWS credentials could be resolved \(.*nosuch/);
    expect(await bucketExists(bucket('prd'))).toBe(false);
  });

  it('static keys in the environment beside --aws-profile: the profile is used, with no SDK warning in the output', async () => {
    await moto.reset();
    const cwd = project({ 'prod.json': blueprint('prd') });
    const run = await dpnProcess(['create', '--blueprint', 'prod.json', '--aws-profile', 'production'], cwd, {
      ...moto.env,
      AWS_SHARED_CREDENTIALS_FILE: process.env.AWS_SHARED_CREDENTIALS_FILE!,
      AWS_CONFIG_FILE: process.env.AWS_CONFIG_FILE!,
    }).done;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/WARNING|Multiple credential sources/);
    expect(await bucketExists(bucket('prd'))).toBe(true);
  }, 60_000);
});

// ---------------------------------------------------------------------------
// read, update, delete: of resources a v1.0-style `dpn create` made.

/** The COMPAT worked example without Unity Catalog (its tables need a SQL warehouse). */
function workspaceBlueprint(): string {
  const doc = workedExample() as { resources: { databricks: Record<string, unknown> } };
  delete doc.resources.databricks.unity_catalog;
  return JSON.stringify(doc);
}
const CLUSTER = 'dataplatform-etl-shared-dev';
const JOB = 'dataplatform-batch-daily-sales-load-daily-dev';
/** The printed placeholders, and the resource of the workspace blueprint each one stands for. */
const IDS: Record<string, string> = {
  'cluster-name': CLUSTER,
  'etl-cluster': CLUSTER,
  'old-cluster': CLUSTER,
  'old-job': JOB,
  'bucket-name': 'dataplatform-landing-raw-dev-use1',
  'db-name': 'dataplatform_sales_bronze_dev',
  'table-name': 'dataplatform_sales_bronze_dev.fact_orders',
};
const withIds = (line: string) => line.replace(/--resource-id (\S+)/, (m, id: string) => (IDS[id] ? `--resource-id ${IDS[id]}` : m));
const cloudEnv = () => ({ ...moto.env, ...dbx.env });

async function workspace(): Promise<string> {
  await moto.reset();
  dbx.reset();
  const cwd = project({ 'dev.json': workspaceBlueprint() });
  const made = await dpn(['create', '--blueprint', 'dev.json'], cwd, cloudEnv());
  expect(made.code, made.stderr).toBe(0);
  return cwd;
}

describe('v1.0 read and update command lines', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await workspace();
  }, 60_000);

  const READS: Case[] = [
    { line: 'dpn read --resource-id cluster-name --type cluster --format json', from: 'readme.md:476', effect: (r) => expect(json(r)).toMatchObject({ type: 'dbx_cluster', fullName: CLUSTER, managed: true, live: { physicalId: expect.any(String) } }) },
    { line: 'dpn read --resource-id bucket-name --type s3 --format yaml', from: 'readme.md:479', effect: (r) => expect(parse(r.stdout)).toMatchObject({ type: 'aws_s3_bucket', managed: true, live: { archived: false } }) },
    { line: 'dpn read --resource-id db-name --type glue-db --format table', from: 'readme.md:482', effect: (r) => expect(r.stdout).toMatch(/^aws_glue_database dataplatform_sales_bronze_dev$/m) },
    { line: 'dpn read --type cluster --resource-id etl-cluster --format json', from: 'readme.md:790', effect: (r) => expect(json(r)).toMatchObject({ type: 'dbx_cluster', managed: true }) },
    { line: 'dpn read --resource-id table-name --type glue-table', from: 'cli.py read --type choice', effect: (r) => expect(r.stdout).toMatch(/^aws_glue_table dataplatform_sales_bronze_dev\.fact_orders$/m) },
    // v1.0 looked the pattern up as one literal bucket name and failed; so does dpn (exit 1, not found).
    { line: 'dpn read --type s3 --resource-id "dataplatform-*"', from: 'readme.md:787' },
  ];

  it.each(READS.map((c) => [c.line, c] as const))('%s', async (_, c) => {
    const run = await runLine(withIds(c.line), cwd, cloudEnv());
    expect(run.code, `${c.from}: ${run.stderr}`).not.toBe(2);
    if (c.effect) {
      expect(run.code, `${c.from}: ${run.stderr}`).toBe(0);
      c.effect(run, cwd);
      expect(run.stderr).toMatch(/dpn: note: --type \S+ is dpn v1\.0's spelling; dpn's is --type (aws|dbx)_/);
    }
  });

  it('dpn update --resource-id cluster-name --params updates.json (readme.md:492; v1.0 wanted --type, dpn finds it in the state)', async () => {
    writeFileSync(join(cwd, 'updates.json'), JSON.stringify({ spark_version: '14.3.x-scala2.12' }));
    const run = await runLine(withIds('dpn update --resource-id cluster-name --params updates.json'), cwd, cloudEnv());
    expect(run.code, run.stderr).toBe(0);
    const [cluster] = [...dbx.state.clusters.values()];
    expect(cluster).toMatchObject({ cluster_name: CLUSTER, spark_version: '14.3.x-scala2.12' });
  });

  it('without --type, a name the state does not hold is a usage error asking for it', async () => {
    const run = await runLine('dpn read --resource-id not-managed-anywhere', cwd, cloudEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: give --type TYPE: "not-managed-anywhere" is not in the state at .*, so dpn cannot tell what it is$/m);
  });

  it('dpn update --resource-id old-name --rename new-name (readme.md:489): exit 1, the convention decides names', async () => {
    const run = await runLine('dpn update --resource-id old-name --rename new-name', cwd, cloudEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: dpn does not rename a resource: its name is what the naming convention makes of its blueprint$/m);
    expect(run.stderr).toMatch(/change the blueprint \(or the naming convention\) and run `dpn reconcile`; the plan shows the new name as a replace/);
    // The message, what to do, and the code to look up: nothing else.
    expect(run.stderr.trim().split('\n')).toHaveLength(3);
    expect(run.stderr).toMatch(/\(RENAME: dpn explain RENAME\)/);
  });
});

describe('v1.0 delete command lines, answered on a terminal', () => {
  const DELETES: { line: string; from: string; check: (cwd: string) => Promise<void> }[] = [
    {
      line: 'dpn delete --resource-id cluster-name --type cluster',
      from: 'readme.md:499',
      check: async (cwd) => {
        expect(dbx.inventory().some((i) => i.type === 'dbx_cluster')).toBe(false);
        expect([...(await loadState(join(cwd, '.dpn'))).resources.values()].some((r) => r.type === 'dbx_cluster')).toBe(false);
      },
    },
    ...(
      [
        ['dpn delete --resource-id cluster-name --type cluster --archive', 'readme.md:502'],
        ['dpn delete --resource-id old-cluster --type cluster --archive', 'readme.md:800'],
      ] as const
    ).map(([line, from]) => ({
      line,
      from,
      check: async (cwd: string) => {
        expect(dbx.inventory().find((i) => i.type === 'dbx_cluster')).toMatchObject({ fullName: CLUSTER, archived: true });
        expect([...(await loadState(join(cwd, '.dpn'))).resources.values()].find((r) => r.type === 'dbx_cluster')?.archived).toBe(true);
      },
    })),
    {
      line: 'dpn delete --resource-id old-job --type job --archive',
      from: 'issue 14 (cli.py delete)',
      check: async () => expect(dbx.inventory().find((i) => i.type === 'dbx_job')).toMatchObject({ fullName: JOB, archived: true }),
    },
  ];

  it.each(DELETES.map((c) => [c.line, c] as const))(
    '%s',
    async (_, c) => {
      const cwd = await workspace();
      const run = await runOnTerminal(shellWords(withIds(c.line)).argv, cwd, cloudEnv(), [[/\[y\/N\]/, 'y']]);
      expect(run.code, `${c.from}:\n${run.screen}`).toBe(0);
      await c.check(cwd);
    },
    90_000,
  );

  it('dpn delete … -a --yes: v1.0\'s short flag for --archive, without a question', async () => {
    const cwd = await workspace();
    const run = await runLine(withIds('dpn delete --resource-id old-job --type job -a --yes'), cwd, cloudEnv());
    expect(run.code, run.stderr).toBe(0);
    expect(dbx.inventory().find((i) => i.type === 'dbx_job')).toMatchObject({ fullName: JOB, archived: true });
  });
});

describe('v1.0 spellings never reach stdout', () => {
  it('--format json stays one document when a v1.0 type name is used', async () => {
    const cwd = await workspace();
    const run = await runLine(withIds('dpn read --resource-id bucket-name --type s3 --format json'), cwd, cloudEnv());
    expect(run.code, run.stderr).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stdout).not.toMatch(/v1\.0/);
    expect(run.stderr.match(/dpn: note:/g)).toHaveLength(1);
  });
});
