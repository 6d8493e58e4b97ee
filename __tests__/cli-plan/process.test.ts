// `dpn` as a real process: exit statuses, stdout holding exactly one JSON
// document and nothing else. Runs the shipped bundle (dist/cli.js, which CI
// builds before the tests) when it exists, else the sources through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workedExample, writeFiles } from '../blueprint/fixtures.js';

const root = new URL('../..', import.meta.url).pathname;
const bundle = join(root, 'dist', 'cli.js');
// tsx by file URL: a bare `--import tsx` would be resolved from the (temporary) working directory.
const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const entry = existsSync(bundle) ? [bundle] : ['--import', tsx, join(root, 'src', 'cli.ts')];

function dpn(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [...entry, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe(`dpn as a process (${existsSync(bundle) ? 'dist/cli.js' : 'sources via tsx'})`, () => {
  it('plan preview --format json: status 0, one JSON document on stdout, the status line on stderr', () => {
    const run = dpn(['plan', 'preview', 'blueprints', '--format', 'json'], root);
    expect(run.stderr).toMatch(/^dpn: 2 blueprint files, naming convention: built-in$/m);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.resources).toHaveLength(22);
    expect(doc.errors).toEqual([]);
    // A pipe gets compact JSON: one line.
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('an invalid blueprint: status 1, still exactly one JSON document, no stack trace', () => {
    const cwd = writeFiles({ 'dev.json': workedExample(), 'bad.yaml': 'version: "1.0"\nmetadata: {environment: qa}\n' });
    const run = dpn(['plan', 'validate', '.', '--format', 'json'], cwd);
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.errors.map((e: { code: string }) => e.code)).toEqual(['SCHEMA_REQUIRED', 'SCHEMA_REQUIRED', 'SCHEMA_REQUIRED', 'SCHEMA_ENUM']);
    expect(doc.errors.every((e: { file: string; line: number }) => e.file === 'bad.yaml' && e.line >= 1)).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a usage error: status 2 and nothing on stdout', () => {
    const run = dpn(['plan', 'preview', 'blueprints', '--format', 'xml'], root);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: --format must be one of table, json, markdown/m);
  });
});
