// What the bundled action loads of Node in pull-request mode, as a runner starts
// it: which built-in modules beyond a bare `node -e 0`. On a hosted runner
// nothing is compiled in advance, and a needless module is milliseconds of every
// preview: global fetch loaded undici (HTTP/2, zlib, worker threads, web
// streams…), and process.stdout a socket or file stream for the log lines.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_BOT, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { tempDir } from '../support/git.js';
import { blueprint, writeJson } from './fixtures.js';
import { actionBundle, parseCommandFile, prepareRun, pullRequestPayload } from './harness.js';

let bundle: string;
let gh: GitHubServer;
/** Writes the loaded modules to stderr as the process exits. */
let hook: string;

beforeAll(async () => {
  bundle = await actionBundle();
  gh = await startGitHubServer();
  gh.addToken('ghs_installation', { user: GITHUB_ACTIONS_BOT, installation: true });
  hook = join(tempDir('dpn-modules-'), 'modules.mjs');
  writeFileSync(hook, "process.on('exit', () => process.getBuiltinModule('node:fs').writeSync(2, '\\nMODULES ' + JSON.stringify(process.moduleLoadList) + '\\n'));\n");
}, 180_000);
afterAll(() => gh.stop());

function modulesIn(stderr: string): string[] {
  const line = stderr.split('\n').find((l) => l.startsWith('MODULES '));
  if (!line) throw new Error(`no module list in:\n${stderr}`);
  return JSON.parse(line.slice('MODULES '.length)) as string[];
}

/** The modules of a plain Node process running `code`. */
function nodeLoads(code: string): Set<string> {
  const run = spawnSync(process.execPath, ['--import', hook, '-e', code], { encoding: 'utf8', timeout: 30_000 });
  return new Set(modulesIn(run.stderr));
}

function previewRun(token: string | undefined) {
  const workspace = tempDir();
  writeJson(workspace, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }, { purpose: 'archive' }]));
  const prepared = prepareRun({
    event: 'pull_request',
    payload: pullRequestPayload({ number: 7, headSha: 'c'.repeat(40) }),
    workspace,
    apiUrl: gh.url,
    sha: 'd'.repeat(40),
    ref: 'refs/pull/7/merge',
    inputs: { 'github-token': token ?? '' },
  });
  return { workspace, prepared, args: ['--import', hook, bundle] };
}

/** The action's stdout, and the modules it loaded beyond `bare`. */
function outcome(prepared: ReturnType<typeof previewRun>['prepared'], stdout: string, stderr: string, bare: Set<string>) {
  const outputs = parseCommandFile(readFileSync(prepared.files.output, 'utf8'));
  return { stdout, outputs, added: modulesIn(stderr).filter((m) => !bare.has(m)) };
}

/** Node's stream machinery and what process.stdout builds on a pipe or file. */
const STREAMS = /^(NativeModule (stream|internal\/streams\/|internal\/fs\/sync_write_stream|internal\/stream_base_commons|net$|tty$)|Internal Binding (pipe_wrap|tty_wrap|stream_wrap))/;
/** What global fetch's first call loads. */
const FETCH = /^NativeModule (internal\/deps\/undici\/|http2$|zlib$|worker_threads$|internal\/webstreams\/|perf_hooks$)/;

describe('the bundled action in pull-request mode, as a runner starts it', () => {
  it('talks to GitHub without loading fetch’s HTTP client (undici and all it brings)', async () => {
    const bare = nodeLoads('0');
    const { prepared, workspace, args } = previewRun('ghs_installation');
    const child = spawn(process.execPath, args, { cwd: workspace, env: prepared.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code, stdout + stderr).toBe(0);
    const run = outcome(prepared, stdout, stderr, bare);
    expect(run.added.filter((m) => FETCH.test(m))).toEqual([]);
    // It did talk to GitHub: the comment is there, and its id is an output.
    expect(gh.comments.get(7)?.map((c) => String(c.id))).toEqual([run.outputs['comment-id']]);
    expect(run.outputs).toMatchObject({ valid: 'true', status: 'valid', creates: '2', updates: '0', deletes: '0' });
  });

  it('writes its log lines and workflow commands to a pipe or a file without Node’s stdout stream', () => {
    // The delimiters of GITHUB_OUTPUT are random UUIDs from node:crypto, which itself loads Node's
    // stream modules; beyond those, nothing of the stream stack: no socket, pipe or file stream for fd 1.
    const allowed = new Set([...nodeLoads('0'), ...nodeLoads("require('node:crypto')")]);
    for (const to of ['pipe', 'file'] as const) {
      const { prepared, workspace, args } = previewRun(undefined);
      const file = join(workspace, 'stdout.log');
      const fd = to === 'file' ? openSync(file, 'w') : undefined;
      let result;
      try {
        result = spawnSync(process.execPath, args, { cwd: workspace, env: prepared.env, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', fd ?? 'pipe', 'pipe'] });
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
      const stdout = to === 'file' ? readFileSync(file, 'utf8') : result.stdout;
      expect(result.status, stdout + result.stderr).toBe(0);
      const run = outcome(prepared, stdout, result.stderr, allowed);
      expect(run.added.filter((m) => STREAMS.test(m)), `stdout to a ${to}`).toEqual([]);
      // The same lines as ever, the warning annotation included.
      expect(run.stdout.split('\n')).toEqual([
        'dpn preview (pull_request on acme/data-platform)',
        '::warning::no github-token: the preview is in the job summary only',
        '',
      ]);
      expect(run.outputs).toMatchObject({ valid: 'true', status: 'valid', creates: '2' });
    }
  });
});
