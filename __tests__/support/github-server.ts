// A local GitHub REST server for tests: the endpoints the action calls, with
// GitHub's status codes, error bodies, `Link` pagination and per_page rules.
// It records every request so tests can assert what the action really sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHubUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface IssueComment {
  id: number;
  node_id: string;
  body: string;
  user: GitHubUser;
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
}

export interface TokenIdentity {
  user: GitHubUser;
  /** An installation token (GITHUB_TOKEN): GET /user answers 403. */
  installation?: boolean;
  /** A fork's read-only token: writes answer 403. */
  readOnly?: boolean;
}

export const GITHUB_ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface GitHubServer {
  url: string;
  requests: RecordedRequest[];
  /** Comments per issue number, in creation order. */
  comments: Map<number, IssueComment[]>;
  /** Files per pull request number (only `filename` and `status` are served as given). */
  pullFiles: Map<number, { filename: string; status: string }[]>;
  addToken(token: string, identity: TokenIdentity): void;
  /** Answers the next `count` requests with `status` (a GitHub outage), recording them too. */
  failNext(count: number, status?: number): void;
  /** Adds a comment as `user` (for seeding other people's comments). */
  seedComment(issue: number, user: GitHubUser, body: string): IssueComment;
  stop(): Promise<void>;
}

const MAX_BODY = 65_536;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

function error(res: ServerResponse, status: number, message: string, extra: Record<string, unknown> = {}): void {
  send(res, status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status), ...extra });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return { unparsable: text };
  }
}

/** GitHub's page rules: per_page defaults to 30, at most 100; `Link` has next/prev/first/last. */
function paginate<T>(req: URL, items: T[]): { page: T[]; link: string | undefined } {
  const perPage = Math.min(100, Math.max(1, Number(req.searchParams.get('per_page') ?? 30) || 30));
  const pageNo = Math.max(1, Number(req.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const page = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const at = (n: number): string => {
    const u = new URL(req.toString());
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  const links: string[] = [];
  if (pageNo < last) links.push(`<${at(pageNo + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  if (pageNo > 1) links.push(`<${at(pageNo - 1)}>; rel="prev"`, `<${at(1)}>; rel="first"`);
  return { page, link: links.length ? links.join(', ') : undefined };
}

export async function startGitHubServer(options: { repository?: string } = {}): Promise<GitHubServer> {
  const repository = options.repository ?? 'acme/data-platform';
  const tokens = new Map<string, TokenIdentity>();
  const comments = new Map<number, IssueComment[]>();
  const pullFiles = new Map<number, { filename: string; status: string }[]>();
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  let failures: { count: number; status: number } = { count: 0, status: 502 };
  let baseUrl = '';

  function newComment(issue: number, user: GitHubUser, body: string): IssueComment {
    const now = new Date().toISOString();
    const id = nextId++;
    const comment: IssueComment = {
      id,
      node_id: `IC_${id}`,
      body,
      user,
      html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`,
      created_at: now,
      updated_at: now,
    };
    const list = comments.get(issue) ?? [];
    list.push(comment);
    comments.set(issue, list);
    return comment;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const body = await readBody(req);
    const authorization = req.headers.authorization;
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization,
      body,
    });
    if (failures.count > 0) {
      failures.count--;
      return error(res, failures.status, failures.status === 502 ? 'Server Error' : 'Service Unavailable');
    }
    const token = authorization?.replace(/^(token|bearer)\s+/i, '');
    const identity = token ? tokens.get(token) : undefined;
    if (!identity) return error(res, 401, 'Bad credentials');

    const path = url.pathname;
    if (req.method === 'GET' && path === '/user') {
      if (identity.installation) return error(res, 403, 'Resource not accessible by integration');
      return send(res, 200, identity.user);
    }
    const repoPrefix = `/repos/${repository}`;
    if (!path.startsWith(repoPrefix + '/')) return error(res, 404, 'Not Found');
    const rest = path.slice(repoPrefix.length);

    let m = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (m) {
      const issue = Number(m[1]);
      if (req.method === 'GET') {
        const { page, link } = paginate(url, comments.get(issue) ?? []);
        return send(res, 200, page, link ? { link } : {});
      }
      if (req.method === 'POST') {
        if (identity.readOnly) return error(res, 403, 'Resource not accessible by integration');
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string' || text.length === 0) {
          return error(res, 422, 'Validation Failed', { errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] });
        }
        if (text.length > MAX_BODY) {
          return error(res, 422, 'Validation Failed', {
            errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` }],
          });
        }
        return send(res, 201, newComment(issue, identity.user, text));
      }
    }
    m = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (m && req.method === 'PATCH') {
      if (identity.readOnly) return error(res, 403, 'Resource not accessible by integration');
      const id = Number(m[1]);
      const comment = [...comments.values()].flat().find((c) => c.id === id);
      if (!comment) return error(res, 404, 'Not Found');
      if (comment.user.login !== identity.user.login) return error(res, 403, 'Resource not accessible by integration');
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string' || text.length === 0 || text.length > MAX_BODY) {
        return error(res, 422, 'Validation Failed', { errors: [{ resource: 'IssueComment', code: 'custom', field: 'body' }] });
      }
      comment.body = text;
      comment.updated_at = new Date().toISOString();
      return send(res, 200, comment);
    }
    m = /^\/pulls\/(\d+)\/files$/.exec(rest);
    if (m && req.method === 'GET') {
      // GitHub serves at most 3,000 files of a pull request.
      const files = (pullFiles.get(Number(m[1])) ?? []).slice(0, 3000);
      const { page, link } = paginate(url, files);
      return send(res, 200, page, link ? { link } : {});
    }
    return error(res, 404, 'Not Found');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => error(res, 500, String(e)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    comments,
    pullFiles,
    addToken(token, identity) {
      tokens.set(token, identity);
    },
    failNext(count, status = 502) {
      failures = { count, status };
    },
    seedComment(issue, user, body) {
      return newComment(issue, user, body);
    },
    stop() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
