// What the runner tells the action about this run: the event and its payload,
// the repository, the commit, and where GitHub's API and web live. Read once
// from the environment the runner sets, so tests can give any event.
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { Mode, ResolvedMode } from './inputs.js';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** The head lives in another repository: the token is read-only and secrets are absent. */
  fromFork: boolean;
}

export interface RunContext {
  eventName: string;
  payload: Record<string, unknown>;
  /** owner/name */
  repository: string;
  sha: string;
  /** Full ref, e.g. refs/heads/main. */
  ref: string;
  defaultBranch: string | undefined;
  pullRequest: PullRequestInfo | undefined;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runAttempt: string;
  runUrl: string;
  actor: string;
  workspace: string;
  runnerTemp: string;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`cannot read the event payload at ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`, 'ACTION_EVENT');
    }
  }
  const repository = env.GITHUB_REPOSITORY ?? '';
  const repo = (payload.repository ?? {}) as Record<string, unknown>;
  const pr = payload.pull_request as Record<string, unknown> | undefined;
  let pullRequest: PullRequestInfo | undefined;
  if (pr) {
    const head = (pr.head ?? {}) as Record<string, unknown>;
    const base = (pr.base ?? {}) as Record<string, unknown>;
    const headRepo = (head.repo ?? {}) as Record<string, unknown>;
    const baseRepo = (base.repo ?? {}) as Record<string, unknown>;
    pullRequest = {
      number: Number(pr.number ?? payload.number),
      headSha: str(head.sha),
      headRef: str(head.ref),
      baseRef: str(base.ref),
      fromFork: Boolean(headRepo.fork) || (str(headRepo.full_name) !== '' && str(headRepo.full_name) !== str(baseRepo.full_name)),
    };
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    eventName,
    payload,
    repository,
    sha: env.GITHUB_SHA ?? str(payload.after),
    ref: env.GITHUB_REF ?? str(payload.ref),
    defaultBranch: str(repo.default_branch) || undefined,
    pullRequest,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
    actor: env.GITHUB_ACTOR ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? '',
  };
}

/** The branch name of a `refs/heads/…` ref, else undefined. */
export function branchOf(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/**
 * `auto` by event. `pull_request_target` is previewed too, but the action
 * never checks out or runs the PR's content in it: the workflow decides what
 * is checked out, and a preview only reads files (see docs/action.md).
 */
export function resolveMode(mode: Mode, context: RunContext, dispatchMode: string | undefined): ResolvedMode {
  if (mode !== 'auto') return mode;
  switch (context.eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'merge_group':
      return 'preview';
    case 'push': {
      const branch = branchOf(context.ref);
      if (branch && (!context.defaultBranch || branch === context.defaultBranch)) return 'reconcile';
      // A push to another branch is previewed, never applied.
      return 'preview';
    }
    case 'workflow_dispatch': {
      const wanted = (dispatchMode ?? '').trim();
      if (wanted === '' || wanted === 'auto') return 'status';
      if (['preview', 'reconcile', 'recover', 'status', 'unlock', 'drift'].includes(wanted)) return wanted as ResolvedMode;
      throw new UserError(`workflow_dispatch input "mode" is "${wanted}"; expected preview, reconcile, recover, status, unlock or drift`, 'ACTION_INPUT');
    }
    case 'schedule':
      return 'drift';
    default:
      throw new UserError(
        `mode "auto" does not know what to do on the "${context.eventName || '(none)'}" event; set the "mode" input`,
        'ACTION_INPUT',
      );
  }
}
