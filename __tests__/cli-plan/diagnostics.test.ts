// Diagnostics as a user meets them, with `dpn` run as a process (dist/cli.js,
// else the sources through tsx): the source line with a caret and a help line,
// one error per misspelt key, suggestions for values, variables, references,
// commands, subcommands and flags; overrides checked like blueprint input;
// $schema, partition regions, exclusion, YAML lines, colour, help, explain and
// completion.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { AWS_REGION_CODES } from '../../src/naming/regions.js';
import { colorEnabled } from '../../src/render/color.js';
import { BLUEPRINT_SCHEMA_URL, SCHEMA_TAG } from '../../src/schema-location.js';
import blueprintSchema from '../../schemas/blueprint.schema.json' with { type: 'json' };
import { workedExample, writeFiles, type Json } from '../blueprint/fixtures.js';

const root = new URL('../..', import.meta.url).pathname;
const bundle = join(root, 'dist', 'cli.js');
const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const entry = existsSync(bundle) ? [bundle] : ['--import', tsx, join(root, 'src', 'cli.ts')];

function dpn(args: string[], cwd: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }) {
  const base = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'TERM']) delete base[key];
  const result = spawnSync(process.execPath, [...entry, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env }, timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const YAML = `version: "1.0"
metadata:
  environment: dev
  project: dataplatform
  region: us-east-1
resources:
  aws:
    s3_buckets:
      - purpose: landing
        layer: raw
    glue_databases:
      - domain: sales
        layer: bronze
    glue_tables:
      - database_ref: sales-bronze
        entity: orders
        columns: [{ name: id, type: string }]
`;

function lineNumber(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('the source line, a caret and a help line', () => {
  it('an enum value: the line, a caret under exactly the value, and the nearest allowed value', () => {
    const text = YAML.replace('layer: raw', 'layer: rwa');
    const cwd = writeFiles({ 'dev.yaml': text });
    const run = dpn(['plan', 'validate', 'dev.yaml'], cwd);
    expect(run.status).toBe(1);
    const n = lineNumber(text, 'layer: rwa');
    const lines = run.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith(`dev.yaml:${n}:16: error SCHEMA_ENUM: layer must be one of raw, processed, curated (got "rwa")`));
    expect(head).toBeGreaterThanOrEqual(0);
    const source = lines[head + 2] as string;
    const caret = lines[head + 3] as string;
    expect(source).toBe(`${n} |         layer: rwa`);
    // The caret sits under "rwa" and is as long as it.
    expect(caret.indexOf('^')).toBe(source.indexOf('rwa'));
    expect(caret.trim().replace(/^\|\s*/, '')).toBe('^^^');
    expect(lines[head + 4]?.trim()).toBe("help: did you mean 'raw'?");
  });

  it('JSON output keeps its shape and adds hint', () => {
    const cwd = writeFiles({ 'dev.yaml': YAML.replace('layer: raw', 'layer: rwa') });
    const doc = JSON.parse(dpn(['plan', 'validate', 'dev.yaml', '--format', 'json'], cwd).stdout);
    expect(Object.keys(doc)).toEqual(['resources', 'errors', 'warnings']);
    expect(doc.errors).toEqual([expect.objectContaining({ code: 'SCHEMA_ENUM', hint: "did you mean 'raw'?", line: 10, column: 16 })]);
  });

  it('a misspelt required key is one error, at the key, with the spelling it should have', () => {
    const cwd = writeFiles({ 'dev.yaml': YAML.replace('- purpose: landing', '- purpos: landing') });
    const doc = JSON.parse(dpn(['plan', 'validate', 'dev.yaml', '--format', 'json'], cwd).stdout);
    expect(doc.errors).toHaveLength(1);
    expect(doc.errors[0]).toMatchObject({ code: 'SCHEMA_ADDITIONAL', line: 9, column: 9, hint: "did you mean 'purpose'?" });
  });

  it('a reference: the nearest database of the blueprint', () => {
    const cwd = writeFiles({ 'dev.yaml': YAML.replace('database_ref: sales-bronze', 'database_ref: sales-bronz') });
    const run = dpn(['plan', 'validate', 'dev.yaml'], cwd);
    expect(run.stdout).toMatch(/error REF_DATABASE_NOT_FOUND: database_ref 'sales-bronz'/);
    expect(run.stdout).toMatch(/^15 \|       - database_ref: sales-bronz$/m);
    expect(run.stdout).toMatch(/help: did you mean 'sales-bronze'\?/);
  });

  it('a pattern variable: the nearest variable the type has', () => {
    const cwd = writeFiles({
      'dev.yaml': YAML,
      '.dpn/naming-values.yaml': 'version: "1.0"\ndefaults:\n  project: dataplatform\n',
      '.dpn/naming-patterns.yaml': 'version: "1.0"\npatterns:\n  aws_s3_bucket: "{project}-{purpos}-{layer}-{environment}"\n',
    });
    const run = dpn(['config', 'validate', '--format', 'json'], cwd);
    const doc = JSON.parse(run.stdout);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'CONFIG_UNKNOWN_VARIABLE', hint: 'did you mean {purpose}?' })]);
  });
});

describe('commands, subcommands and flags', () => {
  const cwd = root;
  it('a misspelt command, subcommand or flag: a suggestion and a short usage, not Node text', () => {
    const pln = dpn(['pln', 'preview'], cwd);
    expect(pln.status).toBe(2);
    expect(pln.stderr).toMatch(/^error: unknown command "pln"\n\s+help: did you mean `dpn plan preview`\?/);
    const sub = dpn(['plan', 'vaildate', 'blueprints'], cwd);
    expect(sub.status).toBe(2);
    expect(sub.stderr).toMatch(/help: did you mean `dpn plan validate`\?/);
    const flag = dpn(['plan', 'preview', 'blueprints', '--fromat', 'json'], cwd);
    expect(flag.status).toBe(2);
    expect(flag.stdout).toBe('');
    expect(flag.stderr).toMatch(/^error: unknown option --fromat for dpn plan preview\n\s+help: did you mean --format\?\n\s+usage: dpn plan preview PATH\.\.\. /);
    expect(flag.stderr).not.toMatch(/Unknown option '|To specify a positional|TypeError/);
    expect(dpn(['plan', 'preview', 'blueprints', '--format', 'jsn'], cwd).stderr).toMatch(/help: did you mean 'json'\?/);
  });

  it('dpn plan --help, dpn config -h and dpn help plan list the group; dpn plan alone is a usage error', () => {
    for (const argv of [['plan', '--help'], ['help', 'plan'], ['plan', '-h']]) {
      const run = dpn(argv, cwd);
      expect(run.status, argv.join(' ')).toBe(0);
      expect(run.stdout).toMatch(/^Usage: dpn plan <command>/);
      expect(run.stdout).toMatch(/dpn plan preview\s+Show every resource/);
    }
    const config = dpn(['config', '-h'], cwd);
    expect(config.status).toBe(0);
    expect(config.stdout).toMatch(/dpn config validate\s+Check the naming configuration files/);
    expect(dpn(['plan', 'preview', '-h'], cwd).stdout).toMatch(/^Usage: dpn plan preview PATH\.\.\./);
    const bare = dpn(['plan'], cwd);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/dpn plan init/);
  });

  it('dpn explain CODE prints the meaning and the fix; an unknown code gets a suggestion', () => {
    const run = dpn(['explain', 'schema_enum'], cwd);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^SCHEMA_ENUM\n\nA value outside its list of allowed values\.\n\nFix: /);
    const rule = dpn(['explain', 'S3_LENGTH', '--format', 'json'], cwd);
    expect(JSON.parse(rule.stdout)).toMatchObject({ code: 'S3_LENGTH', kind: 'rule', rules: [expect.objectContaining({ type: 'aws_s3_bucket' })] });
    expect(JSON.parse(dpn(['explain', 'NAMING_CONFIG_SHAPE', '--format', 'json'], cwd).stdout).fix).toMatch(/shape/);
    const typo = dpn(['explain', 'SCHEMA_ENUN'], cwd);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/did you mean SCHEMA_ENUM\?/);
  });
});

describe('--override is input like any other', () => {
  const blueprint = (): Json => workedExample();

  it('an unknown key is a usage error naming the argument, with a suggestion', () => {
    const cwd = writeFiles({ 'bp/dev.json': blueprint() });
    const run = dpn(['plan', 'preview', 'bp', '--override', 'projct=sandbox'], cwd);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: --override projct=sandbox: no blueprint field, pattern or naming value is called 'projct'\n\s+help: did you mean --override project=sandbox\?/);
  });

  it('a value must pass the check of the field it replaces: environment=qa is refused', () => {
    const cwd = writeFiles({ 'bp/dev.json': blueprint() });
    const run = dpn(['plan', 'preview', 'bp', '--override', 'environment=qa'], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: --override environment=qa: environment must be one of dev, stg, prd \(got "qa"\) \(as in blueprint metadata\)/);
    expect(run.stderr).not.toMatch(/bp\/dev\.json:\d+/);
    expect(dpn(['plan', 'preview', 'bp', '--override', 'project=Not Valid'], cwd).stderr).toMatch(/--override project=Not Valid: project must match/);
  });

  it('a value some resources refuse is reported at the blueprint it reaches, naming the argument', () => {
    const cwd = writeFiles({ 'bp/dev.json': blueprint() });
    const doc = JSON.parse(dpn(['plan', 'validate', 'bp', '--format', 'json', '--override', 'layer=gold'], cwd).stdout);
    expect(doc.errors).toEqual([expect.objectContaining({ code: 'OVERRIDE_INVALID', file: 'bp/dev.json', message: expect.stringMatching(/^--override layer=gold reaches the aws_s3_bucket resources here, whose layer must be one of raw, processed, curated/) })]);
  });

  it('an override of a key part changes keys and names alike, and the preview says overrides are in effect', () => {
    const cwd = writeFiles({ 'bp/dev.json': blueprint() });
    const doc = JSON.parse(dpn(['plan', 'preview', 'bp', '--format', 'json', '--override', 'environment=prd', '--override', 'project=sandbox'], cwd).stdout);
    expect(doc.errors).toEqual([]);
    for (const r of doc.resources as { key: string; name: string; type: string }[]) {
      expect(r.key, r.key).toMatch(/:sandbox\/prd\//);
      if (r.type !== 'dbx_schema' && r.type !== 'dbx_table' && r.type !== 'aws_glue_table') expect(r.name, r.name).toMatch(/sandbox.*prd|prd.*sandbox/);
    }
    const table = dpn(['plan', 'preview', 'bp', '--override', 'environment=prd'], cwd);
    expect(table.stdout).toMatch(/^overrides in effect: --override environment=prd$/m);
  });
});

describe('editors and files', () => {
  it('plan init writes $schema into JSON and the modeline into YAML, both at the served schema; both validate', () => {
    const cwd = writeFiles({});
    expect(dpn(['plan', 'init', '--env', 'dev', '--project', 'p1', '--output', 'x/dev.json'], cwd).status).toBe(0);
    const json = JSON.parse(readFileSync(join(cwd, 'x/dev.json'), 'utf8'));
    expect(json.$schema).toBe(BLUEPRINT_SCHEMA_URL);
    expect(dpn(['plan', 'init', '--env', 'dev', '--project', 'p1', '--output', 'y/dev.yaml'], cwd).status).toBe(0);
    expect(readFileSync(join(cwd, 'y/dev.yaml'), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${BLUEPRINT_SCHEMA_URL}`);
    expect(dpn(['plan', 'validate', 'x'], cwd).status).toBe(0);
    expect(dpn(['plan', 'validate', 'y'], cwd).status).toBe(0);
    // The URL serves this repository's file at the release tag: that file exists here.
    const path = new URL(BLUEPRINT_SCHEMA_URL).pathname.split(`/${SCHEMA_TAG}/`)[1] as string;
    expect(JSON.parse(readFileSync(join(root, path), 'utf8')).title).toBe('dpn blueprint');
  });

  it('plan init without --project says it is required', () => {
    const run = dpn(['plan', 'init', '--env', 'dev'], writeFiles({}));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: --project is required/);
  });

  it('regions of every AWS partition pass the schema, as the region table has them', () => {
    const pattern = new RegExp(blueprintSchema.properties.metadata.properties.region.pattern, 'u');
    for (const region of Object.keys(AWS_REGION_CODES)) expect(pattern.test(region), region).toBe(true);
    for (const bad of ['useast1', 'us-east', 'US-EAST-1', 'us-east-1a']) expect(pattern.test(bad), bad).toBe(false);
    const files: Record<string, Json> = {};
    for (const region of ['us-gov-west-1', 'us-gov-east-1', 'cn-north-1', 'cn-northwest-1', 'eusc-de-east-1']) {
      const bp = workedExample();
      (bp.metadata as Json).region = region;
      (bp.metadata as Json).project = `p-${region}`;
      files[`bp/${region}.json`] = bp;
    }
    const doc = JSON.parse(dpn(['plan', 'validate', 'bp', '--format', 'json'], writeFiles(files)).stdout);
    expect(doc.errors).toEqual([]);
    const buckets = (doc.resources as { type: string; name: string }[]).filter((r) => r.type === 'aws_s3_bucket').map((r) => r.name);
    expect(buckets).toEqual(expect.arrayContaining(['p-us-gov-west-1-landing-raw-dev-usgw1', 'p-cn-north-1-landing-raw-dev-cnn1', 'p-eusc-de-east-1-landing-raw-dev-euscdee1']));
  });

  it('files that are not blueprints: one error each, saying how to exclude them; --exclude skips them', () => {
    const cwd = writeFiles({
      'repo/dev.json': workedExample(),
      'repo/package.json': { name: 'x', version: '1.0.0', dependencies: {} },
      'repo/ci/pipeline.yaml': stringify({ jobs: { build: { steps: ['a'] } } }),
      'repo/drafts/old.yaml': 'version: "1.0"\n',
    });
    const doc = JSON.parse(dpn(['plan', 'validate', 'repo', '--format', 'json'], cwd).stdout);
    const unrecognized = (doc.errors as { code: string; file: string; hint: string }[]).filter((e) => e.code === 'BLUEPRINT_UNRECOGNIZED');
    expect(unrecognized.map((e) => e.file)).toEqual(['repo/ci/pipeline.yaml', 'repo/package.json']);
    expect(doc.errors.filter((e: { file: string }) => e.file === 'repo/package.json')).toHaveLength(1);
    expect(unrecognized[1]?.hint).toMatch(/--exclude "package\.json"/);
    const excluded = dpn(['plan', 'validate', 'repo', '--format', 'json', '--exclude', 'package.json', '--exclude', 'ci/**', '--exclude', 'repo/drafts/**'], cwd);
    expect(excluded.status).toBe(0);
    expect(JSON.parse(excluded.stdout).errors).toEqual([]);
    expect(excluded.stderr).toMatch(/^dpn: 1 blueprint file,/m);
  });

  it('the action input exclude drops matched files before they are read', async () => {
    const { expandBlueprintGlobs } = await import('../../src/action/desired.js');
    const { parseInputs } = await import('../../src/action/inputs.js');
    const inputs = parseInputs((name) => ({ blueprints: 'blueprints/**/*.{json,yaml,yml}', exclude: 'package.json\nci/**' })[name] ?? '');
    expect(inputs.exclude).toEqual(['package.json', 'ci/**']);
    const cwd = writeFiles({ 'blueprints/dev.json': workedExample(), 'blueprints/package.json': { version: '1.0.0' }, 'blueprints/ci/x.yaml': 'a: 1\n' });
    expect(await expandBlueprintGlobs(cwd, inputs.blueprints, '.dpn', inputs.exclude)).toEqual(['blueprints/dev.json']);
    expect(await expandBlueprintGlobs(cwd, inputs.blueprints, '.dpn')).toHaveLength(3);
  });

  it('a misindented YAML line is reported at that line, and every YAML error in a file is reported', () => {
    const misindented = YAML.replace('  project: dataplatform', '   project: dataplatform');
    const cwd = writeFiles({ 'a.yaml': misindented, 'b.yaml': 'version: "1.0"\nmetadata: [1, 2\nresources: "open\nx: y\n' });
    const doc = JSON.parse(dpn(['plan', 'validate', '.', '--format', 'json'], cwd).stdout);
    const a = doc.errors.filter((e: { file: string }) => e.file === 'a.yaml');
    expect(a).toEqual([expect.objectContaining({ code: 'YAML_SYNTAX', line: lineNumber(misindented, '   project'), column: 4, hint: expect.stringMatching(/indent/) })]);
    const b = doc.errors.filter((e: { file: string }) => e.file === 'b.yaml');
    expect(b.length).toBe(2);
    expect(new Set(b.map((e: { line: number }) => e.line)).size).toBe(2);
    const table = dpn(['plan', 'validate', 'a.yaml'], cwd).stdout;
    expect(table).toMatch(/^4 \|    project: dataplatform$/m);
  });
});

describe('smaller things a user notices', () => {
  it('config validate names what it checked, not "0 resources"', () => {
    const run = dpn(['config', 'validate'], writeFiles({}));
    expect(run.stdout).toMatch(/^valid: naming configuration \(built-in\), 0 errors, 0 warnings$/m);
    expect(run.stdout).not.toMatch(/resources/);
  });

  it('validate names each shortened resource, and the preview table lists a resource whose name breaks a rule', () => {
    const bp = workedExample();
    (bp.resources as { aws: Json }).aws.s3_buckets = [{ purpose: 'a'.repeat(60), layer: 'raw' }];
    (bp.resources as { databricks: Json }).databricks.unity_catalog = { catalogs: [{ catalog_type: 'a.b', schemas: [] }] };
    const cwd = writeFiles({ 'bp/dev.json': bp });
    const validate = dpn(['plan', 'validate', 'bp'], cwd);
    expect(validate.stdout).toMatch(/^bp\/dev\.json:\d+: shortened aws_s3_bucket dataplatform-a+-\w+ \(the pattern gave dataplatform-a+-raw-dev-use1\)$/m);
    const preview = dpn(['plan', 'preview', 'bp'], cwd);
    expect(preview.stdout).toMatch(/^✗ dbx_catalog\s+dataplatform_a\.b_dev \(invalid\)\s+bp\/dev\.json:\d+$/m);
    expect(preview.stdout).toMatch(/1 without a valid name/);
  });

  it('a --state-dir that does not exist is an error, with the directory it likely meant', () => {
    const cwd = writeFiles({ 'bp/dev.json': workedExample() });
    mkdirSync(join(cwd, 'state-main'));
    const run = dpn(['plan', 'preview', 'bp', '--state-dir', 'state-mian'], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: --state-dir state-mian does not exist\n\s+help: did you mean --state-dir state-main\?/);
    expect(existsSync(join(cwd, 'state-mian'))).toBe(false);
    // The default .dpn missing is no error: there is no state yet.
    expect(dpn(['plan', 'preview', 'bp'], cwd).status).toBe(0);
    expect(existsSync(join(cwd, '.dpn'))).toBe(false);
  });
});

describe('colour', () => {
  const ansi = /\u001b\[/;
  it('FORCE_COLOR colours a pipe; NO_COLOR, FORCE_COLOR=0 and TERM=dumb do not', () => {
    const cwd = writeFiles({ 'dev.yaml': YAML.replace('layer: raw', 'layer: rwa') });
    expect(dpn(['plan', 'validate', 'dev.yaml'], cwd, { FORCE_COLOR: '1' }).stdout).toMatch(ansi);
    expect(dpn(['plan', 'validate', 'dev.yaml'], cwd, { FORCE_COLOR: '1' }).stderr).not.toMatch(ansi);
    expect(dpn(['pln'], cwd, { FORCE_COLOR: '1' }).stderr).toMatch(ansi);
    for (const env of [{}, { NO_COLOR: '1' }, { FORCE_COLOR: '0' }, { TERM: 'dumb' }]) {
      expect(dpn(['plan', 'validate', 'dev.yaml'], cwd, env).stdout, JSON.stringify(env)).not.toMatch(ansi);
    }
  });

  it('on a terminal: colour unless NO_COLOR, TERM=dumb or FORCE_COLOR=0; FORCE_COLOR wins over NO_COLOR (as in Node)', () => {
    const tty = { isTTY: true };
    expect(colorEnabled(tty, {})).toBe(true);
    expect(colorEnabled(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(tty, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(tty, { FORCE_COLOR: 'false' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '' })).toBe(true);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
  });
});

describe('dpn completion', () => {
  it('bash: a script that completes commands, subcommands, flags and --format values', () => {
    const script = dpn(['completion', 'bash'], root);
    expect(script.status).toBe(0);
    const probe = (words: string[]) => {
      const run = spawnSync(
        'bash',
        ['-c', `${script.stdout}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _dpn; echo "\${COMPREPLY[*]}"`],
        { encoding: 'utf8' },
      );
      return run.stdout.trim();
    };
    expect(probe(['dpn', 'pl'])).toBe('plan');
    expect(probe(['dpn', 'plan', 'p'])).toBe('preview');
    expect(probe(['dpn', 'plan', 'preview', '--ex'])).toBe('--exclude');
    expect(probe(['dpn', 'plan', 'preview', '--format', ''])).toBe('table json markdown');
    expect(probe(['dpn', 'config', 'show', '--format', ''])).toBe('yaml json table');
    expect(probe(['dpn', 'ex'])).toBe('export explain');
  });

  it('zsh and fish: every command and its flags; an unknown shell gets a suggestion', () => {
    const zsh = dpn(['completion', 'zsh'], root).stdout;
    expect(zsh).toMatch(/^#compdef dpn/);
    expect(zsh).toMatch(/'plan preview'\) opts=\([^)]*'--exclude'/);
    expect(zsh).toMatch(/compdef _dpn dpn/);
    const fish = dpn(['completion', 'fish'], root).stdout;
    expect(fish).toMatch(/^complete -c dpn -f -n '__fish_use_subcommand' -a 'plan'/m);
    expect(fish).toMatch(/^complete -c dpn -n '__fish_seen_subcommand_from plan; and __fish_seen_subcommand_from preview' -l format -x -a 'table json markdown'$/m);
    const bad = dpn(['completion', 'bsh'], root);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/did you mean `dpn completion bash`\?/);
  });
});

describe('runtime', () => {
  it('engines, README and CI agree: Node 22 and 24', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('>=22');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/Node\.js 22 or 24/);
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).toMatch(/node: \[22, 24\]/);
    expect(readFileSync(join(root, 'action.yml'), 'utf8')).toMatch(/using: node24/);
  });

  it('the CLI prints no warning on this Node', () => {
    const run = dpn(['plan', 'preview', 'blueprints', '--format', 'json'], root);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/warning/i);
  });
});
