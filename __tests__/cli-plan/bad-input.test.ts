// Every kind of bad input, through `dpn plan validate --format json` as a user
// runs it: exit 1, one error naming the file, line and code, no stack trace.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workedExample, writeFiles } from '../blueprint/fixtures.js';
import { dpn } from './run.js';

const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 10 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)].join('\n');

const cases: [string, string, string | Buffer, string, number][] = [
  ['malformed JSON', 'bp.json', '{\n  "version": "1.0",\n  "metadata": {\n}', 'JSON_SYNTAX', 4],
  ['malformed YAML', 'bp.yaml', 'version: "1.0"\nmetadata:\n  - a\n  b: c\n', 'YAML_SYNTAX', 4],
  ['a wrong type', 'bp.json', JSON.stringify({ ...workedExample(), resources: [] }), 'SCHEMA_TYPE', 1],
  ['an unknown enum value', 'bp.yaml', 'version: "1.0"\nmetadata:\n  environment: prod\n  project: p\n  region: us-east-1\nresources: {}\n', 'SCHEMA_ENUM', 3],
  ['an unknown top-level key', 'bp.json', JSON.stringify({ ...workedExample(), owner: 'me' }, null, 2), 'SCHEMA_ADDITIONAL', 73],
  ['an empty file', 'bp.yaml', '', 'SOURCE_EMPTY', 1],
  ['a binary file', 'bp.json', Buffer.from([0x7b, 0x00, 0x7d]), 'SOURCE_BINARY', 1],
  ['an alias bomb', 'bp.yaml', `${bomb}\n`, 'YAML_ALIAS_LIMIT', 4],
  ['a __proto__ key', 'bp.json', '{"version": "1.0", "__proto__": {"isAdmin": true}}', 'SOURCE_FORBIDDEN_KEY', 1],
  ['a duplicate key', 'bp.yaml', 'version: "1.0"\nversion: "1.0"\n', 'YAML_DUPLICATE_KEY', 2],
  ['a custom tag', 'bp.yaml', 'version: !!python/object/apply:os.system ["id"]\n', 'YAML_TAG', 1],
];

describe('bad input', () => {
  for (const [what, name, content, code, line] of cases) {
    it(what, async () => {
      const cwd = writeFiles({ [name]: content });
      const run = await dpn(['plan', 'validate', name, '--format', 'json'], cwd);
      expect(run.status).toBe(1);
      const doc = JSON.parse(run.stdout);
      expect(doc.resources).toEqual([]);
      expect(doc.errors[0]).toMatchObject({ file: name, code, line });
      expect(doc.errors[0].message.length).toBeGreaterThan(10);
      expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  }

  it('a huge file', async () => {
    const cwd = writeFiles({});
    writeFileSync(join(cwd, 'big.yaml'), `version: "1.0"\npad: "${'x'.repeat(6 * 1024 * 1024)}"\n`);
    const run = await dpn(['plan', 'validate', 'big.yaml', '--format', 'json'], cwd);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).errors).toMatchObject([{ file: 'big.yaml', line: 1, column: 1, code: 'SOURCE_TOO_LARGE' }]);
  });
});
