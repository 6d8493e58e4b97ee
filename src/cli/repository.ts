// The Git facts the CLI reports under: the commit checked out, and where that
// commit's files are on the web (for links in `dpn plan preview --format
// markdown`, the PR comment body). Reads `git`; never fails: outside Git, or
// with a remote that is not GitHub-like, the answer is undefined.
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The commit checked out in `cwd`, recorded in the WAL `begin` record and run history; undefined outside Git. */
export function headCommit(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  return git(cwd, ['rev-parse', '--verify', '-q', 'HEAD']);
}

/** `owner/name` and the server of a GitHub-style remote URL (https, ssh or scp-like). */
export function parseRemote(url: string): { server: string; repository: string } | undefined {
  const m =
    /^https?:\/\/(?:[^@/]+@)?([^/]+)\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url) ??
    /^(?:ssh:\/\/)?git@([^:/]+)[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!m) return undefined;
  return { server: `https://${m[1]}`, repository: m[2]! };
}

/**
 * `https://github.com/o/r/blob/<commit>/<dir>/`: a blueprint path relative to
 * `cwd` appended to it shows that file at `commit`. GITHUB_SERVER_URL and
 * GITHUB_REPOSITORY win over the `origin` remote, as in the Action.
 */
export function blobUrl(cwd: string, env: NodeJS.ProcessEnv, commit: string | undefined): string | undefined {
  if (!commit) return undefined;
  const remote = env.GITHUB_REPOSITORY
    ? { server: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''), repository: env.GITHUB_REPOSITORY }
    : parseRemote(git(cwd, ['remote', 'get-url', 'origin']) ?? '');
  if (!remote) return undefined;
  const prefix = git(cwd, ['rev-parse', '--show-prefix']) ?? '';
  const dir = prefix.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  return `${remote.server}/${remote.repository}/blob/${commit}/${dir ? `${dir}/` : ''}`;
}
