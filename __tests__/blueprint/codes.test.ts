// Every code the sources can report is in docs/reference.md with its meaning
// and fix, and the reference lists nothing the sources cannot report: the set
// found in src/source, src/config, src/blueprint and src/naming is compared
// with the set in the reference's two code tables.
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

/** Upper-case string literals that are not dpn's codes: the yaml library's own, mapped to YAML_*. */
const NOT_OURS = new Set(['TAG_RESOLVE_FAILED', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

function codesInSources(): Set<string> {
  const used = new Set<string>();
  for (const file of ['src/source', 'src/config', 'src/blueprint', 'src/naming'].flatMap(sources)) {
    if (file.endsWith('codes.ts')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)) used.add(match[1] as string);
  }
  for (const code of NOT_OURS) used.delete(code);
  return used;
}

/** Codes in the first column of the reference's "Name rules" and "Diagnostic codes" tables. */
function codesInReference(): { rules: Set<string>; diagnostics: Map<string, string[]> } {
  const text = readFileSync(join(root, 'docs', 'reference.md'), 'utf8');
  const section = (title: string) => text.slice(text.indexOf(`## ${title}`)).split(/\n## /)[0] as string;
  const rules = new Set([...section('Name rules').matchAll(/^\| [^|]+ \| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1] as string));
  const diagnostics = new Map(
    [...section('Diagnostic codes').matchAll(/^\| `([A-Z0-9_]+)` \| (.+) \| (.+) \|$/gm)].map((m) => [m[1] as string, [m[2] as string, m[3] as string]]),
  );
  return { rules, diagnostics };
}

describe('diagnostic codes', () => {
  it('the codes the sources can emit are exactly the codes docs/reference.md lists', () => {
    const { rules, diagnostics } = codesInReference();
    const documented = new Set([...rules, ...diagnostics.keys()]);
    expect([...codesInSources()].sort()).toEqual([...documented].sort());
  });

  it('each entry has a meaning and a fix, and no code is listed twice', () => {
    const codes = DIAGNOSTIC_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of DIAGNOSTIC_CODES) {
      expect(entry.meaning.length, entry.code).toBeGreaterThan(10);
      expect(entry.fix.length, entry.code).toBeGreaterThan(5);
    }
    expect(codes).toEqual(expect.arrayContaining(['NAMING_CONFIG_SHAPE', 'NAMING_CONFIG_PATTERN', 'BLUEPRINT_UNRECOGNIZED', 'OVERRIDE_INVALID']));
  });
});
