// One way to name who is running dpn, for the lock holder, the WAL's `actor`
// and run history: the workflow run on GitHub Actions, user@host (pid) elsewhere.
// Here, not in the flows, so the engine's own default is the same name.
import { hostname, userInfo } from 'node:os';
import type { LockHolder } from './lock.js';

export function runner(env: NodeJS.ProcessEnv = process.env): LockHolder {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? ` attempt ${env.GITHUB_RUN_ATTEMPT}` : '';
    const by = env.GITHUB_ACTOR ? ` by ${env.GITHUB_ACTOR}` : '';
    return {
      holder: `${env.GITHUB_REPOSITORY || 'github-actions'} run ${env.GITHUB_RUN_ID}${attempt}${by}`,
      ...(env.GITHUB_REPOSITORY ? { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    };
  }
  let user = env.USER ?? env.USERNAME;
  try {
    user ??= userInfo().username;
  } catch {
    user ??= 'unknown';
  }
  return { holder: `${user}@${hostname()} (pid ${process.pid})` };
}

/** The WAL's `actor` of a transaction that was given none. */
export function actorOf(env: NodeJS.ProcessEnv = process.env): string {
  return runner(env).holder;
}
