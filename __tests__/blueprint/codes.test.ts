// The list of diagnostic codes (which the reference is generated from) names
// every code the sources report, and nothing they do not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/blueprint/codes.js';

const root = new URL('../..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(root, dir, entry.name)] : [],
  );
}

describe('diagnostic codes', () => {
  it('every code in src/source, src/config and src/blueprint is documented, and every documented code is used', () => {
    const used = new Set<string>();
    for (const file of ['src/source', 'src/config', 'src/blueprint'].flatMap(sources)) {
      if (file.endsWith('codes.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/'((?:SOURCE|JSON|YAML|SCHEMA|CONFIG|REF|SCOPE|TAG|CLUSTER|BLUEPRINT|DUPLICATE|NAME)_[A-Z0-9_]+)'/g)) {
        used.add(match[1] as string);
      }
    }
    used.delete('TAG_RESOLVE_FAILED'); // the yaml library's warning code, mapped to YAML_TAG
    const documented = DIAGNOSTIC_CODES.map((c) => c.code);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...used].sort()).toEqual([...documented].sort());
  });
});
