// Schema errors come out at the line and column of the offending node, with a
// stable code and a message that says what to do.
import { describe, expect, it } from 'vitest';
import { loadBlueprints } from '../../src/blueprint/index.js';
import { validateBlueprint, validateNamingPatterns, validateNamingValues } from '../../src/generated/validators.js';
import { DEFAULT_NAMING_CONFIG, DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT } from '../../src/naming/index.js';
import { readFileSync } from 'node:fs';
import { writeFiles } from './fixtures.js';

async function problems(name: string, text: string) {
  const dir = writeFiles({ [name]: text });
  const set = await loadBlueprints([name], { naming: DEFAULT_NAMING_CONFIG, cwd: dir });
  return set.diagnostics.map(({ line, column, code, message, hint }) => ({ line, column, code, message, ...(hint !== undefined ? { hint } : {}) }));
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
`;

describe('blueprint schema errors', () => {
  it('an unknown top-level key, at the key, with the allowed keys', async () => {
    expect(await problems('dev.yaml', `${YAML}owner: me\n`)).toEqual([
      {
        line: 11,
        column: 1,
        code: 'SCHEMA_ADDITIONAL',
        message: "unknown key 'owner' in the top level; allowed: $schema, version, metadata, scope, deletion_policy, resources",
      },
    ]);
  });

  it('an unknown key with a likely typo gets a suggestion', async () => {
    const [d] = await problems('dev.yaml', YAML.replace('layer: raw', 'layer: raw\n        versionning: true'));
    expect(d).toMatchObject({ line: 11, column: 9, code: 'SCHEMA_ADDITIONAL' });
    expect(d?.message).toMatch(/^unknown key 'versionning' in resources\.aws\.s3_buckets\[0\]; allowed: purpose, layer, versioning, lifecycle_days, deletion_policy$/);
    expect(d?.hint).toBe("did you mean 'versioning'?");
  });

  it('an unknown enum value names the allowed ones', async () => {
    expect(await problems('dev.yaml', YAML.replace('layer: raw', 'layer: gold'))).toEqual([
      { line: 10, column: 16, code: 'SCHEMA_ENUM', message: 'layer must be one of raw, processed, curated (got "gold")' },
    ]);
  });

  it('a missing key is reported at the object that lacks it', async () => {
    expect(await problems('dev.yaml', YAML.replace('      - purpose: landing\n        layer: raw\n', '      - layer: raw\n'))).toEqual([
      { line: 9, column: 9, code: 'SCHEMA_REQUIRED', message: "missing required key 'purpose' in resources.aws.s3_buckets[0]" },
    ]);
  });

  it('wrong types, one message per value', async () => {
    const text = YAML.replace('layer: raw', 'layer: raw\n        versioning: "yes"\n        lifecycle_days: 1.5');
    expect(await problems('dev.yaml', text)).toEqual([
      { line: 11, column: 21, code: 'SCHEMA_TYPE', message: 'versioning must be a boolean (got the text "yes")' },
      { line: 12, column: 25, code: 'SCHEMA_TYPE', message: 'lifecycle_days must be a whole number (got the number 1.5)' },
    ]);
  });

  it('version written as a YAML number says to quote it', async () => {
    const [d] = await problems('dev.yaml', YAML.replace('version: "1.0"', 'version: 1.0'));
    expect(d).toMatchObject({ line: 1, column: 10, code: 'SCHEMA_TYPE' });
    expect(d?.message).toMatch(/quote it in YAML/);
  });

  it('a pattern failure quotes the rule in words', async () => {
    const [d] = await problems('dev.yaml', YAML.replace('project: dataplatform', 'project: Data_Platform'));
    expect(d).toMatchObject({ line: 4, column: 12, code: 'SCHEMA_PATTERN' });
    expect(d?.message).toMatch(/project must match \^\[a-z0-9-\]\+\$ — Project name: lowercase letters, digits and hyphens \(got "Data_Platform"\)/);
  });

  it('JSON positions too, and an empty scope pattern list', async () => {
    const json = '{\n  "version": "1.0",\n  "metadata": {"environment": "dev", "project": "p", "region": "us-east-1"},\n  "scope": {"mode": "include", "patterns": []},\n  "resources": {}\n}\n';
    expect(await problems('dev.json', json)).toEqual([
      { line: 4, column: 44, code: 'SCHEMA_MIN_ITEMS', message: 'patterns must have at least 1 item(s)' },
    ]);
  });

  it('a document that is not a mapping', async () => {
    // Not a blueprint at all: one error that says so, not one per missing key.
    expect(await problems('dev.json', '[1, 2]')).toMatchObject([{ line: 1, column: 1, code: 'BLUEPRINT_UNRECOGNIZED' }]);
    expect(await problems('dev.yaml', 'just text\n')).toMatchObject([{ line: 1, column: 1, code: 'BLUEPRINT_UNRECOGNIZED' }]);
  });
});

describe('compiled validators', () => {
  it('ship as plain ES modules (no require(): Ajv standalone emits it for some keywords)', () => {
    const code = readFileSync(new URL('../../src/generated/validators.js', import.meta.url), 'utf8');
    // Node refuses require() in an ES module; bundlers happen to paper over it, Node and tsx do not.
    expect(code.match(/\brequire\([^)]*\)/g) ?? []).toEqual([]);
  });

  it('accept the built-in naming documents and the example blueprints', () => {
    expect(validateNamingValues(structuredClone(DEFAULT_VALUES_DOCUMENT))).toBe(true);
    expect(validateNamingPatterns(structuredClone(DEFAULT_PATTERNS_DOCUMENT))).toBe(true);
    const dev = JSON.parse(readFileSync(new URL('../../blueprints/dev.json', import.meta.url), 'utf8'));
    expect(validateBlueprint(dev)).toBe(true);
  });
});
