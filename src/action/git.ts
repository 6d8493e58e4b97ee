// Git, wrapped once. Every command runs through one private method with
// GIT_TERMINAL_PROMPT=0 (never hang on a prompt) and, when a token is given,
// an `http.<server>/.extraheader` passed through GIT_CONFIG_* environment
// variables for that command only: the token is never written to .git/config.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { UserError } from '../errors.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export const ACTIONS_BOT_IDENTITY: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface GitOptions {
  dir: string;
  token?: string;
  /** Where the token is valid, e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl?: string;
  author?: GitIdentity;
  remote?: string;
}

/** A git command failed: the command (never its environment, which may hold the token) and git's own words. */
export class GitCommandError extends UserError {
  constructor(
    args: string[],
    readonly detail: string,
  ) {
    const words = detail.trim().split('\n').filter(Boolean).slice(-6).join('\n');
    super(`git ${args[0] ?? ''} failed: ${words}`, 'GIT_FAILED', /not a git repository/.test(detail) ? 'run actions/checkout before dpn' : undefined);
    this.name = 'GitCommandError';
  }
}

/** A push the remote refused because the ref moved (not a network or auth failure). */
export class PushRejectedError extends Error {
  constructor(readonly refspecs: string[], detail: string) {
    super(`push of ${refspecs.join(' ')} was rejected: ${detail.trim().split('\n').slice(-3).join(' ')}`);
    this.name = 'PushRejectedError';
  }
}

const ALLOWED_ENV = [
  'GIT_TERMINAL_PROMPT',
  'GIT_CONFIG_COUNT',
  'GIT_CONFIG_KEY_0',
  'GIT_CONFIG_VALUE_0',
  'GIT_CONFIG_KEY_1',
  'GIT_CONFIG_VALUE_1',
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
];

const REJECTED = /\[rejected\]|\[remote rejected\]|stale info|fetch first|non-fast-forward|already exists|cannot lock ref|failed to update ref|reference already exists/i;

export class Git {
  readonly dir: string;
  readonly remote: string;
  readonly #git: SimpleGit;
  readonly #env: Record<string, string>;
  readonly #options: GitOptions;

  constructor(options: GitOptions) {
    this.#options = options;
    this.dir = options.dir;
    this.remote = options.remote ?? 'origin';
    const author = options.author ?? ACTIONS_BOT_IDENTITY;
    const env: Record<string, string> = {};
    // Ambient GIT_* and editor/pager variables would change what git does (or open an editor).
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !/^(GIT_|EDITOR$|VISUAL$|PAGER$|SSH_ASKPASS$|PREFIX$)/i.test(k)) env[k] = v;
    }
    Object.assign(env, {
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
    });
    if (options.token) {
      const key = `http.${(options.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/.extraheader`;
      const basic = Buffer.from(`x-access-token:${options.token}`, 'utf8').toString('base64');
      // The empty value first resets headers a checkout may have persisted, so only one is sent.
      Object.assign(env, {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
      });
    }
    this.#env = env;
    this.#git = simpleGit({
      baseDir: options.dir,
      maxConcurrentProcesses: 2,
      trimmed: false,
      allowEnvironment: ALLOWED_ENV,
      // GIT_CONFIG_COUNT carries the per-command auth header; nothing else is unlocked.
      unsafe: { allowUnsafeConfigEnvCount: true },
    } as never);
  }

  /** Runs one git command; the only place a git process starts. */
  async #run(args: string[]): Promise<string> {
    try {
      return await this.#git.env(this.#env).raw(args);
    } catch (error) {
      throw new GitCommandError(args, error instanceof Error ? error.message : String(error));
    }
  }

  /** The same repository at another directory (a worktree), with the same credentials. */
  at(dir: string): Git {
    return new Git({ ...this.#options, dir });
  }

  async revParse(ref: string): Promise<string> {
    return (await this.#run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  }

  async tryRevParse(ref: string): Promise<string | null> {
    try {
      const sha = await this.revParse(ref);
      return sha || null;
    } catch {
      return null;
    }
  }

  /** The sha a remote ref points at, or null when it does not exist. */
  async lsRemote(ref: string): Promise<string | null> {
    const out = await this.#run(['ls-remote', '--refs', this.remote, ref]);
    for (const line of out.split('\n')) {
      const [sha, name] = line.trim().split(/\s+/);
      if (sha && name === ref) return sha;
    }
    return null;
  }

  async fetch(refspecs: string[], options: { depth?: number } = {}): Promise<void> {
    const args = ['fetch', '--no-tags', '--quiet'];
    if (options.depth) args.push(`--depth=${options.depth}`);
    await this.#run([...args, this.remote, ...refspecs]);
  }

  /**
   * Pushes without force. `lease` makes it a compare-and-swap on one ref
   * (`''` = the ref must not exist). Throws PushRejectedError when the remote refused.
   */
  async push(refspecs: string[], lease?: { ref: string; expect: string }): Promise<void> {
    const args = ['push', '--quiet', '--porcelain'];
    if (lease) args.push(`--force-with-lease=${lease.ref}:${lease.expect}`);
    args.push(this.remote, ...refspecs);
    try {
      await this.#run(args);
    } catch (error) {
      const message = error instanceof GitCommandError ? error.detail : String(error);
      if (REJECTED.test(message)) throw new PushRejectedError(refspecs, message);
      throw error;
    }
  }

  /** A commit object with an empty tree and the given parents; touches no branch or work tree. */
  async commitTree(message: string, parents: string[] = []): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'dpn-git-'));
    try {
      const empty = join(dir, 'empty');
      writeFileSync(empty, '');
      const tree = (await this.#run(['hash-object', '-w', '-t', 'tree', empty])).trim();
      const args = ['commit-tree', tree, '-m', message];
      for (const p of parents) args.push('-p', p);
      return (await this.#run(args)).trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async commitMessage(sha: string): Promise<string> {
    return this.#run(['log', '-1', '--format=%B', sha]);
  }

  async worktreeAdd(path: string, commitish: string): Promise<void> {
    await this.#run(['worktree', 'add', '--detach', '--force', path, commitish]);
  }

  async worktreeRemove(path: string): Promise<void> {
    await this.#run(['worktree', 'remove', '--force', path]).catch(() => undefined);
    await this.#run(['worktree', 'prune']).catch(() => undefined);
  }

  /** Stages paths, deletions included; a path neither on disk nor tracked has nothing to stage. */
  async add(paths: string[]): Promise<void> {
    try {
      await this.#run(['add', '--all', '--', ...paths]);
    } catch (error) {
      if (!(error instanceof GitCommandError && /did not match any files/.test(error.detail))) throw error;
    }
  }

  /** Whether `paths` have staged or unstaged changes or untracked files. */
  async hasChanges(paths: string[]): Promise<boolean> {
    const out = await this.#run(['status', '--porcelain', '--untracked-files=all', '--', ...paths]);
    return out.trim().length > 0;
  }

  /** Commits what is staged; null when nothing was staged. */
  async commit(message: string): Promise<string | null> {
    const staged = await this.#run(['diff', '--cached', '--name-only']);
    if (!staged.trim()) return null;
    await this.#run(['commit', '--quiet', '--no-verify', '-m', message]);
    return this.revParse('HEAD');
  }

  async rebase(onto: string): Promise<void> {
    try {
      await this.#run(['rebase', '--quiet', onto]);
    } catch (error) {
      await this.#run(['rebase', '--abort']).catch(() => undefined);
      throw error;
    }
  }

  async checkoutDetached(commitish: string): Promise<void> {
    await this.#run(['checkout', '--quiet', '--detach', commitish]);
  }

  async raw(args: string[]): Promise<string> {
    return this.#run(args);
  }
}
