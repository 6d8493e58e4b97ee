// The few GitHub REST calls the action makes, over plain HTTP requests
// against GITHUB_API_URL (GitHub Enterprise and the test server alike): fetch's
// meaning over node:https (http.ts) rather than Octokit or global fetch keeps
// the preview's start-up small; pagination follows the `Link` header as GitHub
// documents it.
import { httpFetch, type HttpFetch } from './http.js';

export interface GitHubUserRef {
  login: string;
  type: string;
}

export interface IssueComment {
  id: number;
  body?: string;
  user: GitHubUserRef | null;
  html_url?: string;
}

/** An HTTP error from the GitHub API, with the status and GitHub's message. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly apiMessage: string,
    readonly retryAfterMs?: number,
  ) {
    super(`GitHub API ${method} ${path} answered ${status}: ${apiMessage}`);
    this.name = 'GitHubApiError';
  }
}

export interface GitHubClientOptions {
  apiUrl: string;
  token: string;
  /** How requests are made; default node:http(s) with fetch's meaning. */
  fetch?: HttpFetch;
}

const USER_AGENT = 'dpn-action';

export class GitHubClient {
  readonly #apiUrl: string;
  readonly #token: string;
  readonly #fetch: HttpFetch;

  constructor(options: GitHubClientOptions) {
    this.#apiUrl = options.apiUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#fetch = options.fetch ?? httpFetch;
  }

  /** Retries what GitHub documents as transient: 5xx, 429 and secondary rate limits, network errors. */
  async #request(method: string, pathOrUrl: string, body?: unknown): Promise<{ data: unknown; link: string | null }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#once(method, pathOrUrl, body);
      } catch (error) {
        const status = error instanceof GitHubApiError ? error.status : 0;
        const secondary = status === 403 && error instanceof GitHubApiError && /secondary rate limit/i.test(error.apiMessage);
        const transient = !(error instanceof GitHubApiError) || status >= 500 || status === 429 || secondary;
        if (!transient || attempt >= 3) throw error;
        const hinted = error instanceof GitHubApiError ? error.retryAfterMs : undefined;
        await new Promise((r) => setTimeout(r, Math.min(hinted ?? 1000 * 2 ** (attempt - 1), 30_000)));
      }
    }
  }

  async #once(method: string, pathOrUrl: string, body?: unknown): Promise<{ data: unknown; link: string | null }> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.#apiUrl}${pathOrUrl}`;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': USER_AGENT,
    };
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.#fetch(url, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let data: unknown = undefined;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    if (!res.ok) {
      const message =
        data && typeof data === 'object' && 'message' in data ? String((data as { message: unknown }).message) : res.statusText;
      const retryAfter = Number(res.headers.get('retry-after'));
      throw new GitHubApiError(res.status, method, new URL(url).pathname, message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined);
    }
    return { data, link: res.headers.get('link') };
  }

  /** Every item of a paginated list, following `rel="next"` links. */
  async #all<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    for (let pages = 0; next && pages < 1000; pages++) {
      const { data, link } = await this.#request('GET', next);
      if (!Array.isArray(data)) throw new GitHubApiError(200, 'GET', path, 'expected a list');
      items.push(...(data as T[]));
      next = nextLink(link);
    }
    return items;
  }

  /** The token's own user; null for an installation token (GITHUB_TOKEN), which cannot read /user. */
  async viewer(): Promise<GitHubUserRef | null> {
    try {
      const { data } = await this.#request('GET', '/user');
      const user = data as { login?: unknown; type?: unknown };
      return { login: String(user.login), type: String(user.type ?? 'User') };
    } catch (error) {
      if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401)) return null;
      throw error;
    }
  }

  listIssueComments(repo: string, issue: number): Promise<IssueComment[]> {
    return this.#all<IssueComment>(`/repos/${repo}/issues/${issue}/comments`);
  }

  async createIssueComment(repo: string, issue: number, body: string): Promise<IssueComment> {
    const { data } = await this.#request('POST', `/repos/${repo}/issues/${issue}/comments`, { body });
    return data as IssueComment;
  }

  async updateIssueComment(repo: string, id: number, body: string): Promise<IssueComment> {
    const { data } = await this.#request('PATCH', `/repos/${repo}/issues/comments/${id}`, { body });
    return data as IssueComment;
  }

  async listPullFiles(repo: string, pull: number): Promise<string[]> {
    const files = await this.#all<{ filename: string }>(`/repos/${repo}/pulls/${pull}/files`);
    return files.map((f) => f.filename);
  }
}

/** The `rel="next"` target of a `Link` header (RFC 8288 as GitHub writes it). */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m && m[2]?.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}
