// The HTTP requests of the GitHub client (github.ts), over node:http and
// node:https. Global fetch would do, but its first call loads undici and with it
// HTTP/2, zlib, worker threads, web streams, fs/promises and readline: ~50 ms of
// a cold start, more than a pull-request preview's whole exchange with GitHub.
// What the client uses of fetch is here, with fetch's meaning: a status, its
// text, headers by name, the body as text, the abort signal, and redirects
// followed as fetch follows them (up to 20; 303, and 301/302 after a POST,
// become a GET without the body; credentials are not sent to another origin).
// Node's global agent keeps connections alive between the requests of a run,
// as fetch does; an idle one does not hold the process open.
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

export interface HttpRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** What the client reads of an answer; a fetch Response has all of it. */
export interface HttpResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type HttpFetch = (url: string, init: HttpRequest) => Promise<HttpResponse>;

const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Not sent to another origin after a redirect (fetch drops them too). */
const CREDENTIALS = ['authorization', 'proxy-authorization', 'cookie'];
/** Describe a body: dropped with it when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

export const httpFetch: HttpFetch = async (url, init) => {
  let target = new URL(url);
  let { method, body } = init;
  let headers = { ...init.headers };
  for (let redirects = 0; ; redirects++) {
    const answer = await exchange(target, method, headers, body, init.signal);
    const location = answer.headers.location;
    if (!REDIRECTS.has(answer.status) || location === undefined) return response(answer);
    if (redirects >= MAX_REDIRECTS) throw new TypeError(`${init.method} ${url}: more than ${MAX_REDIRECTS} redirects`);
    const next = new URL(location, target);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new TypeError(`${init.method} ${url}: redirected to ${next.protocol} URL`);
    if ((answer.status === 303 && method !== 'HEAD') || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      headers = without(headers, BODY_HEADERS);
    }
    if (next.origin !== target.origin) headers = without(headers, CREDENTIALS);
    target = next;
  }
};

interface Answer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: string;
}

function exchange(url: URL, method: string, headers: Record<string, string>, body: string | undefined, signal: AbortSignal | undefined): Promise<Answer> {
  // Loaded on the first request (a run without a token makes none); process.getBuiltinModule
  // rather than an ESM import, whose facade of node:http would load undici for its WebSocket export.
  const { request } = process.getBuiltinModule(url.protocol === 'https:' ? 'node:https' : 'node:http') as typeof import('node:https');
  const sent = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body, 'utf8')) };
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: sent, ...(signal ? { signal } : {}) }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      // A connection cut (or an abort) in the middle of the body: 'close' without 'end'.
      res.on('close', () => {
        if (!res.complete) reject(signal?.aborted ? signal.reason : new Error(`${method} ${url.href}: the connection closed before the whole answer arrived`));
      });
    });
    req.on('error', (error) => reject(signal?.aborted ? signal.reason : error));
    req.end(body);
  });
}

function response(answer: Answer): HttpResponse {
  return {
    ok: answer.status >= 200 && answer.status < 300,
    status: answer.status,
    statusText: answer.statusText,
    headers: {
      get(name) {
        const value = answer.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: () => Promise.resolve(answer.body),
  };
}

function without(headers: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}
