// Every run-time error code the sources can stop with is in docs/reference.md
// (its "Run-time error codes" table, from src/error-codes.ts) with a meaning
// and a fix, `dpn explain` prints it, and the list holds nothing the sources
// cannot raise. Diagnostic codes (files, naming, blueprints) are checked in
// __tests__/blueprint/codes.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_CODES } from '../../src/error-codes.js';
import { DIAGNOSTIC_CODES } from '../../src/blueprint/codes.js';
import { dpn } from '../cli-apply/support.js';

const root = new URL('../..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(root, dir, e.name)] : [],
  );
}

/** The top-level arguments of a call whose `(` ends at `from`, as source text. */
function argumentsAt(text: string, from: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      current += c;
      if (c === '\\') current += text[++i] ?? '';
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      current += c;
    } else if ('([{'.includes(c)) {
      depth++;
      current += c;
    } else if (')]}'.includes(c)) {
      if (depth === 0) return [...out, current];
      depth--;
      current += c;
    } else if (c === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += c;
  }
  return out;
}

const literal = (arg: string | undefined): string | undefined => /^\s*'([A-Z][A-Z0-9_]+)'\s*$/.exec(arg ?? '')?.[1];

/** Codes given to UserError and its subclasses, and the codes preflight and the flows' refusals carry. */
function raisedCodes(): Set<string> {
  const found = new Set<string>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    const calls: Array<[RegExp, number]> = [
      [/new UserError\(/g, 1],
      [/new StateError\(/g, 3],
      [/new (?:BackendError|GitCommandError)\(/g, 1],
    ];
    if (/extends (?:UserError|BackendError)\b/.test(text)) calls.push([/super\(/g, 1]);
    for (const [pattern, index] of calls) {
      for (const m of text.matchAll(pattern)) {
        const code = literal(argumentsAt(text, (m.index ?? 0) + m[0].length)[index]);
        if (code) found.add(code);
      }
    }
    // A UserError subclass's default code (StateError), and the codes preflight problems and refusals carry.
    if (/extends UserError/.test(text)) for (const m of text.matchAll(/code = '([A-Z][A-Z0-9_]+)'/g)) found.add(m[1] as string);
    if (file.includes('/src/flows/')) for (const m of text.matchAll(/code: '([A-Z][A-Z0-9_]+)'/g)) found.add(m[1] as string);
  }
  // Refusal kinds that name their problems' codes instead of their own.
  found.delete('PREFLIGHT');
  return found;
}

describe('run-time error codes', () => {
  it('every code the sources raise is documented, and every documented one is raised', () => {
    const documented = new Set([...RUN_CODES.map((c) => c.code), ...DIAGNOSTIC_CODES.map((c) => c.code)]);
    const raised = raisedCodes();
    expect([...raised].filter((c) => !documented.has(c)).sort(), 'raised but not in src/error-codes.ts').toEqual([]);
    expect(RUN_CODES.map((c) => c.code).filter((c) => !raised.has(c)).sort(), 'listed but never raised').toEqual([]);
  });

  it('docs/reference.md lists each with its meaning and fix, and dpn explain prints it', async () => {
    const text = readFileSync(join(root, 'docs', 'reference.md'), 'utf8');
    const table = text.slice(text.indexOf('## Run-time error codes')).split(/\n## /)[0] as string;
    const rows = new Set([...table.matchAll(/^\| `([A-Z0-9_]+)` \| .+ \| .+ \|$/gm)].map((m) => m[1]));
    expect([...rows].sort()).toEqual(RUN_CODES.map((c) => c.code).sort());
    const explained = await dpn(['explain', 'tx_unfinished'], root, {});
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('dpn recover');
    const json = JSON.parse((await dpn(['explain', 'LOCK_BUSY', '--format', 'json'], root, {})).stdout) as { kind: string; fix: string };
    expect(json).toMatchObject({ kind: 'error', fix: expect.stringContaining('dpn unlock') });
  });
});
