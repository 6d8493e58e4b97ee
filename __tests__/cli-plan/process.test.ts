// `dpn` as a real process: exit statuses, stdout holding exactly one JSON
// document and nothing else. Runs the shipped bundle (dist/cli.js, which CI
// builds before the tests) when it exists, else the sources through tsx.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
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

describe('standard output and error as pipes and files', () => {
  /** A blueprint whose table is far larger than a pipe's buffer: 3,000 buckets. */
  async function manyResources(): Promise<string> {
    const s3_buckets = Array.from({ length: 3000 }, (_, i) => ({ purpose: `landing${i}`, layer: 'raw' }));
    const blueprint = { version: '1.0', metadata: { environment: 'dev', project: 'bench', region: 'us-east-1' }, resources: { aws: { s3_buckets } } };
    return writeFiles({ 'blueprints/big.json': JSON.stringify(blueprint, null, 1) });
  }

  it('a reader that goes away (dpn … | head) ends the output quietly: no EPIPE, no stack trace, the usual status', async () => {
    const cwd = await manyResources();
    const child = spawn(process.execPath, [...entry, 'plan', 'preview', 'blueprints'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Read the first piece, then close the pipe, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(stderr).toMatch(/^dpn: 1 blueprint file/m);
    expect(status).toBe(0);
  });

  it('a slow reader still gets every byte, in order', async () => {
    const cwd = await manyResources();
    const child = spawn(process.execPath, [...entry, 'plan', 'preview', 'blueprints', '--format', 'json'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    const pieces: Buffer[] = [];
    // Take a piece, then stop reading for a while, so the pipe fills and the writer has to wait.
    child.stdout.on('data', (piece: Buffer) => {
      pieces.push(piece);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(pieces.length).toBeGreaterThan(1);
    expect(JSON.parse(Buffer.concat(pieces).toString('utf8')).resources).toHaveLength(3000);
  });

  it('output redirected to a file is the whole document', async () => {
    const cwd = await manyResources();
    const out = join(cwd, 'names.json');
    const fd = openSync(out, 'w');
    try {
      const run = spawnSync(process.execPath, [...entry, 'plan', 'preview', 'blueprints', '--format', 'json'], { cwd, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 30_000 });
      expect(run.status).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(JSON.parse(readFileSync(out, 'utf8')).resources).toHaveLength(3000);
  });

  it.skipIf(!existsSync(bundle))('a preview written to pipes loads none of Node’s stream modules (they cost several ms of every start)', () => {
    // Which built-in modules the process loaded, written to stderr as it exits.
    const hook = `data:text/javascript,${encodeURIComponent(
      "process.on('exit', () => process.getBuiltinModule('node:fs').writeSync(2, '\\nMODULES ' + JSON.stringify(process.moduleLoadList) + '\\n'));",
    )}`;
    const loaded = (args: string[], stdout: 'pipe' | number = 'pipe') => {
      const run = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', stdout, 'pipe'] });
      expect(run.status).toBe(0);
      const line = run.stderr.split('\n').find((l) => l.startsWith('MODULES '));
      return { run, modules: JSON.parse(line?.slice('MODULES '.length) ?? '[]') as string[] };
    };
    const bare = new Set(loaded(['-e', '0']).modules);
    const { run, modules } = loaded([bundle, 'plan', 'preview', 'blueprints', '--format', 'json']);
    expect(bare.size).toBeGreaterThan(0);
    // What dpn loads beyond a bare Node start.
    const added = modules.filter((m) => !bare.has(m));
    expect(added.filter((m) => /^NativeModule (stream|fs\/promises|internal\/(streams|fs\/sync_write_stream))/.test(m))).toEqual([]);
    expect(JSON.parse(run.stdout).resources).toHaveLength(22);
    if (process.platform === 'linux') {
      // /dev/null, where timing tools send output, is not a terminal either.
      const devNull = openSync('/dev/null', 'w');
      try {
        expect(loaded([bundle, 'plan', 'preview', 'blueprints', '--format', 'json'], devNull).modules.filter((m) => !bare.has(m) && /stream/.test(m))).toEqual([]);
      } finally {
        closeSync(devNull);
      }
    }
  });
});
