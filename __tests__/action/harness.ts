// Runs the action the way a runner does: the bundled action as a child
// process, with the GITHUB_* / RUNNER_* / INPUT_* environment, GITHUB_OUTPUT,
// GITHUB_STATE and GITHUB_STEP_SUMMARY files, and an event payload file.
//
// Which bundle: DPN_ACTION_BUNDLE if set; else dist/index.js when it is newer
// than every source (CI runs `npm run build` before the tests, so this is the
// shipped bundle); else a bundle of src/index.ts made here with rolldown into
// node_modules/.cache (never touching dist/, which the lead builds), because
// ncc type-checks the whole project and takes minutes on a loaded machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, tempDir, type GitFixture } from '../support/git.js';
import { writeJson } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sources(): { hash: string; newest: number } {
  const hash = createHash('sha256');
  let newest = 0;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else if (!name.endsWith('.test.ts')) {
        hash.update(path).update(readFileSync(path));
        newest = Math.max(newest, info.mtimeMs);
      }
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'schemas'));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return { hash: hash.digest('hex').slice(0, 16), newest };
}

let cached: string | undefined;

/** Path of the bundled action for the current sources, bundling once (shared across test files). */
export async function actionBundle(): Promise<string> {
  if (cached) return cached;
  if (process.env.DPN_ACTION_BUNDLE) return (cached = process.env.DPN_ACTION_BUNDLE);
  const { hash, newest } = sources();
  const dist = join(root, 'dist', 'index.js');
  if (existsSync(dist) && statSync(dist).mtimeMs >= newest) return (cached = dist);
  const dir = join(root, 'node_modules', '.cache', 'dpn-action-test', hash);
  const entry = join(dir, 'index.js');
  if (existsSync(entry)) return (cached = entry);
  const staging = `${dir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const { build } = await import('rolldown');
  await build({
    input: join(root, 'src', 'index.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: join(staging, 'index.js'), format: 'esm', codeSplitting: false },
  } as never);
  writeFileSync(join(staging, 'package.json'), '{"type":"module"}\n');
  try {
    renameSync(staging, dir);
  } catch {
    // another test file finished the same bundle first
    rmSync(staging, { recursive: true, force: true });
  }
  return (cached = entry);
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the main step saved for the post step (GITHUB_STATE). */
  saved: Record<string, string>;
}

export interface ActionEnvOptions {
  event: string;
  payload: Record<string, unknown>;
  workspace: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  repository?: string;
  apiUrl?: string;
  sha?: string;
  ref?: string;
  runId?: string;
}

/** Parses the `name<<delimiter` file format @actions/core writes for outputs and state. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export interface PreparedRun {
  env: Record<string, string>;
  files: { output: string; summary: string; state: string };
}

export function prepareRun(options: ActionEnvOptions): PreparedRun {
  const dir = tempDir('dpn-runner-');
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), state: join(dir, 'state'), event: join(dir, 'event.json') };
  for (const f of [files.output, files.summary, files.state]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(options.payload));
  const runnerTemp = join(dir, 'temp');
  mkdirSync(runnerTemp);
  const repository = options.repository ?? 'acme/data-platform';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_RUN_ID: options.runId ?? String(1000 + Math.floor(Math.random() * 1e6)),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return { env, files };
}

export interface Started {
  child: ChildProcess;
  workspace: string;
  done: Promise<ActionRun>;
  /** Resolves when stdout has shown a line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

export function startAction(options: ActionEnvOptions, extra: { post?: boolean; savedState?: Record<string, string> } = {}): Started {
  if (!cached) throw new Error('call `await actionBundle()` in beforeAll first');
  const prepared = prepareRun(options);
  const env = { ...prepared.env };
  if (extra.post) {
    env.STATE_isPost = 'true';
    for (const [k, v] of Object.entries(extra.savedState ?? {})) env[`STATE_${k}`] = v;
  }
  const child = spawn(process.execPath, [cached], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout!.on('data', (d) => {
    stdout += String(d);
    for (const w of [...waiters]) if (w.pattern.test(stdout)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const done = new Promise<ActionRun>((resolve) => {
    child.on('close', (code, signal) => {
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(readFileSync(prepared.files.output, 'utf8')),
        summary: readFileSync(prepared.files.summary, 'utf8'),
        saved: parseCommandFile(readFileSync(prepared.files.state, 'utf8')),
      });
    });
  });
  return {
    child,
    workspace: options.workspace,
    done,
    waitFor(pattern, timeoutMs = 30_000) {
      if (pattern.test(stdout)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} in stdout within ${timeoutMs} ms:\n${stdout}\n${stderr}`)), timeoutMs);
        waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

/**
 * Everything of a run a person can read: the log (less the `::add-mask::`
 * commands the runner consumes), the summary and the outputs. Not the saved
 * state, which only the post step reads.
 */
export function visible(run: ActionRun): string {
  return [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
}

export function runAction(options: ActionEnvOptions): Promise<ActionRun> {
  return startAction(options).done;
}

/** A pull_request payload shaped like GitHub's (the fields dpn and common actions read). */
export function pullRequestPayload(opts: { number: number; headSha: string; fork?: boolean; repository?: string }): Record<string, unknown> {
  const full = opts.repository ?? 'acme/data-platform';
  const [owner, name] = full.split('/') as [string, string];
  const repo = { id: 1, name, full_name: full, owner: { login: owner, type: 'Organization' }, fork: false, default_branch: 'main', private: false };
  const headRepo = opts.fork ? { id: 2, name, full_name: `outsider/${name}`, owner: { login: 'outsider', type: 'User' }, fork: true, default_branch: 'main' } : repo;
  return {
    action: 'synchronize',
    number: opts.number,
    pull_request: {
      number: opts.number,
      state: 'open',
      title: 'Add buckets',
      user: { login: opts.fork ? 'outsider' : 'octocat', type: 'User' },
      head: { ref: 'feature', sha: opts.headSha, repo: headRepo, label: `${opts.fork ? 'outsider' : owner}:feature` },
      base: { ref: 'main', sha: 'b'.repeat(40), repo, label: `${owner}:main` },
    },
    repository: repo,
    sender: { login: opts.fork ? 'outsider' : 'octocat', type: 'User' },
  };
}

export function pushPayload(opts: { after: string; before?: string; repository?: string; ref?: string }): Record<string, unknown> {
  const full = opts.repository ?? 'acme/data-platform';
  const [owner, name] = full.split('/') as [string, string];
  return {
    ref: opts.ref ?? 'refs/heads/main',
    before: opts.before ?? '0'.repeat(40),
    after: opts.after,
    repository: { id: 1, name, full_name: full, owner: { login: owner, name: owner }, default_branch: 'main', master_branch: 'main' },
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    head_commit: { id: opts.after, message: 'Merge pull request #7' },
  };
}

/** Commits files (path → JSON value) on main and pushes them, as a merged pull request would; the new head. */
export function pushToMain(fx: GitFixture, files: Record<string, unknown>, message = 'Merge pull request'): string {
  for (const [path, value] of Object.entries(files)) writeJson(fx.work, path, value);
  git(fx.work, 'add', '-A');
  git(fx.work, 'commit', '-q', '-m', message);
  git(fx.work, 'pull', '-q', '--rebase', 'origin', 'main');
  git(fx.work, 'push', '-q', 'origin', 'main');
  return git(fx.work, 'rev-parse', 'HEAD');
}

/** A fresh checkout of `sha` as actions/checkout makes it: shallow (depth 1), on branch main. */
export function checkout(fx: GitFixture, sha: string): string {
  const dir = tempDir('dpn-checkout-');
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${fx.remote}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${sha}:refs/remotes/origin/main`);
  git(dir, 'checkout', '-q', '--force', '-B', 'main', 'refs/remotes/origin/main');
  return dir;
}
