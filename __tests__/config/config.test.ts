// Finding and checking the naming configuration: explicit files, ./.dpn/, or
// the built-in convention; every problem at its file and line.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadBlueprints } from '../../src/blueprint/index.js';
import { BUILT_IN, loadNamingConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';
import { DEFAULT_NAMING_CONFIG, DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT } from '../../src/naming/index.js';
import { workedExample, writeFiles } from '../blueprint/fixtures.js';

const VALUES = stringify(DEFAULT_VALUES_DOCUMENT);
const PATTERNS = stringify(DEFAULT_PATTERNS_DOCUMENT);

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('where the configuration comes from', () => {
  it('neither flag nor ./.dpn: the built-in convention', async () => {
    const loaded = await loadNamingConfig({ cwd: writeFiles({}) });
    expect(loaded.sources).toEqual({ values: BUILT_IN, patterns: BUILT_IN });
    expect(loaded.config).toBe(DEFAULT_NAMING_CONFIG);
    expect(loaded.diagnostics).toEqual([]);
  });

  it('one flag without the other is a usage error', async () => {
    await expect(loadNamingConfig({ cwd: '/', valuesConfig: 'v.yaml' })).rejects.toBeInstanceOf(UsageError);
    await expect(loadNamingConfig({ cwd: '/', patternsConfig: 'p.yaml' })).rejects.toThrow(/--patterns-config was given without --values-config/);
  });

  it('./.dpn/ files are used, and change the names', async () => {
    const patterns = PATTERNS.replace(/aws_s3_bucket: .*/, 'aws_s3_bucket: "{project}-{environment}-{purpose}-{layer}"');
    expect(patterns).not.toBe(PATTERNS);
    const cwd = writeFiles({ '.dpn/naming-values.yaml': VALUES, '.dpn/naming-patterns.yaml': patterns, 'bp/dev.json': workedExample() });
    const loaded = await loadNamingConfig({ cwd });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.sources).toEqual({ values: '.dpn/naming-values.yaml', patterns: '.dpn/naming-patterns.yaml' });
    const set = await loadBlueprints(['bp'], { naming: loaded.config!, cwd });
    expect(set.resources[0]?.name).toBe('dataplatform-dev-landing-raw');
  });

  it('explicit files win over ./.dpn/', async () => {
    const cwd = writeFiles({
      '.dpn/naming-values.yaml': 'not: [valid',
      '.dpn/naming-patterns.yaml': 'not: [valid',
      'conf/values.yaml': VALUES.replace('project: dataplatform', 'project: acme'),
      'conf/patterns.yaml': PATTERNS,
    });
    const loaded = await loadNamingConfig({ cwd, valuesConfig: 'conf/values.yaml', patternsConfig: 'conf/patterns.yaml' });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config?.defaults.project).toBe('acme');
  });

  it('another config directory (the action\'s config-dir) is searched instead of ./.dpn/', async () => {
    const cwd = writeFiles({
      '.dpn/naming-values.yaml': VALUES.replace('project: dataplatform', 'project: fromdpn'),
      '.dpn/naming-patterns.yaml': PATTERNS,
      'naming/naming-values.yaml': VALUES.replace('project: dataplatform', 'project: acme'),
      'naming/naming-patterns.yaml': PATTERNS,
    });
    const loaded = await loadNamingConfig({ cwd, configDir: 'naming' });
    expect(loaded.sources).toEqual({ values: 'naming/naming-values.yaml', patterns: 'naming/naming-patterns.yaml' });
    expect(loaded.config?.defaults.project).toBe('acme');
    // A config directory holding neither file means the built-in convention, not ./.dpn/.
    const builtIn = await loadNamingConfig({ cwd, configDir: 'elsewhere' });
    expect(builtIn.config).toBe(DEFAULT_NAMING_CONFIG);
  });

  it('only one of the two ./.dpn/ files is an error', async () => {
    const loaded = await loadNamingConfig({ cwd: writeFiles({ '.dpn/naming-values.yaml': VALUES }) });
    expect(loaded.config).toBeUndefined();
    expect(loaded.diagnostics).toMatchObject([{ code: 'CONFIG_INCOMPLETE', file: '.dpn/naming-values.yaml', line: 1 }]);
  });

  it('a missing explicit file', async () => {
    const loaded = await loadNamingConfig({ cwd: writeFiles({ 'p.yaml': PATTERNS }), valuesConfig: 'nope.yaml', patternsConfig: 'p.yaml' });
    expect(loaded.config).toBeUndefined();
    expect(loaded.diagnostics).toMatchObject([{ code: 'SOURCE_NOT_FOUND', file: 'nope.yaml' }]);
  });
});

describe('problems in the files, at their lines', () => {
  async function check(values: string, patterns: string) {
    const cwd = writeFiles({ 'v.yaml': values, 'p.yaml': patterns });
    return loadNamingConfig({ cwd, valuesConfig: 'v.yaml', patternsConfig: 'p.yaml' });
  }

  it('an unknown resource type key, with a suggestion', async () => {
    const values = VALUES.replace('dbx_cluster:', 'dbx_clusters:');
    const loaded = await check(values, PATTERNS);
    expect(loaded.config).toBeUndefined();
    const [d] = loaded.diagnostics;
    expect(d).toMatchObject({ file: 'v.yaml', line: lineOf(values, 'dbx_clusters:'), column: 3, code: 'SCHEMA_KEY' });
    expect(d?.message).toMatch(/unknown key 'dbx_clusters' in resource_types; allowed: aws_s3_bucket, /);
    expect(d?.hint).toBe("did you mean 'dbx_cluster'?");
  });

  it('a number where text is expected says to quote it', async () => {
    const values = VALUES.replace('cost_center: CC-12345', 'cost_center: 12345');
    const [d] = (await check(values, PATTERNS)).diagnostics;
    expect(d).toMatchObject({ line: lineOf(values, 'cost_center: 12345'), code: 'SCHEMA_TYPE' });
    expect(d?.message).toBe('cost_center must be text (got the number 12345; quote it in YAML)');
  });

  it('a regular expression that does not compile, from the naming engine, at its line', async () => {
    const patterns = `${PATTERNS}validation:\n  allowed_chars:\n    aws_s3_bucket: "[a-z"\n`;
    const loaded = await check(VALUES, patterns);
    expect(loaded.config).toBeUndefined();
    expect(loaded.diagnostics).toMatchObject([{ file: 'p.yaml', line: lineOf(patterns, '"[a-z"'), code: 'NAMING_CONFIG_REGEX', severity: 'error' }]);
  });

  it('a pattern with a broken placeholder', async () => {
    const patterns = PATTERNS.replace(/dbx_table: .*/, 'dbx_table: "{table_type}_{entity"');
    const loaded = await check(VALUES, patterns);
    expect(loaded.config).toBeUndefined();
    expect(loaded.diagnostics[0]).toMatchObject({ line: lineOf(patterns, 'dbx_table:'), code: 'NAMING_CONFIG_PATTERN' });
  });

  it('a variable both lowercased and uppercased', async () => {
    const patterns = PATTERNS.replace('  lowercase:', '  uppercase:\n    - domain\n  lowercase:');
    const loaded = await check(VALUES, patterns);
    expect(loaded.config).toBeUndefined();
    expect(loaded.diagnostics).toMatchObject([{ code: 'CONFIG_CASE_CONFLICT', line: lineOf(patterns, '- domain') }]);
  });

  it('a pattern variable nothing provides is a warning; the config still loads', async () => {
    const patterns = PATTERNS.replace(/dbx_cluster: .*/, 'dbx_cluster: "{project}-{workload}-{owner}"');
    const loaded = await check(VALUES, patterns);
    expect(loaded.config).toBeDefined();
    expect(loaded.diagnostics).toMatchObject([{ severity: 'warning', code: 'CONFIG_UNKNOWN_VARIABLE', line: lineOf(patterns, 'dbx_cluster:') }]);
    expect(loaded.diagnostics[0]?.message).toMatch(/\{owner\}/);
  });

  it('on_too_long accepts a type or "*", and nothing else', async () => {
    const good = await check(VALUES, `${PATTERNS}validation:\n  on_too_long:\n    "*": fail\n    aws_s3_bucket: shorten\n`);
    expect(good.diagnostics).toEqual([]);
    expect(good.config?.validation.onTooLong).toMatchObject({ aws_s3_bucket: 'shorten' });
    const patterns = `${PATTERNS}validation:\n  on_too_long:\n    s3: fail\n`;
    const bad = await check(VALUES, patterns);
    expect(bad.diagnostics).toMatchObject([{ code: 'SCHEMA_KEY', line: lineOf(patterns, 's3: fail') }]);
  });
});
