// The GitHub client's requests over node:http (src/action/http.ts) mean what
// fetch means: each case runs through both, against the same local servers, and
// what the servers saw and what came back must agree.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch, type HttpFetch } from '../../src/action/http.js';

interface Seen {
  server: 'a' | 'b';
  method: string;
  path: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

let seen: Seen[] = [];
let a: string;
let b: string;
const servers: Server[] = [];

function listen(name: 'a' | 'b', handle: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      seen.push({
        server: name,
        method: req.method ?? '',
        path: req.url ?? '',
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
        body,
      });
      handle(req, res, body);
    });
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

function route(req: IncomingMessage, res: ServerResponse, body: string): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const to = url.searchParams.get('to');
  const status = Number(url.searchParams.get('status') ?? 200);
  if (url.pathname === '/redirect') {
    res.writeHead(status, to ? { location: to } : {});
    res.end('moved');
  } else if (url.pathname === '/loop') {
    res.writeHead(302, { location: '/loop' });
    res.end();
  } else if (url.pathname === '/stall') {
    // Headers, part of the body, then nothing.
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
    res.write('[');
  } else if (url.pathname === '/hang') {
    // Never answers.
  } else {
    res.writeHead(status, 'Custom Reason', { 'content-type': 'application/json; charset=utf-8', link: '<https://x/?page=2>; rel="next"', 'retry-after': '3' });
    res.end(JSON.stringify({ method: req.method, body, text: 'naïve € ✓' }));
  }
}

beforeAll(async () => {
  a = await listen('a', route);
  b = await listen('b', route);
});
afterAll(() => {
  for (const s of servers) s.closeAllConnections?.(), s.close();
});

const clients: [string, HttpFetch][] = [
  ['node:http', httpFetch],
  ['fetch', fetch as unknown as HttpFetch],
];
const headers = { accept: 'application/json', authorization: 'Bearer secret', 'user-agent': 'dpn-test' };
const json = { 'content-type': 'application/json' };

async function both(url: () => string, init: { method: string; headers: Record<string, string>; body?: string }) {
  const results = [];
  for (const [name, client] of clients) {
    seen = [];
    const res = await client(url(), init);
    results.push({
      name,
      answer: { ok: res.ok, status: res.status, statusText: res.statusText, link: res.headers.get('Link'), retry: res.headers.get('retry-after'), missing: res.headers.get('x-none'), text: await res.text() },
      seen,
    });
  }
  expect(results[0]!.answer).toEqual(results[1]!.answer);
  expect(results[0]!.seen).toEqual(results[1]!.seen);
  return results[0]!;
}

describe('requests over node:http, as fetch makes them', () => {
  it('a GET: status, reason, headers by any case, the body as UTF-8 text', async () => {
    const r = await both(() => `${a}/repos/x?per_page=100`, { method: 'GET', headers });
    expect(r.answer).toMatchObject({ ok: true, status: 200, statusText: 'Custom Reason', link: '<https://x/?page=2>; rel="next"', retry: '3', missing: null });
    expect(JSON.parse(r.answer.text)).toEqual({ method: 'GET', body: '', text: 'naïve € ✓' });
    expect(r.seen).toEqual([{ server: 'a', method: 'GET', path: '/repos/x?per_page=100', authorization: 'Bearer secret', body: '' }]);
  });

  it('a POST and a PATCH carry their body; an error status is an answer, not a failure', async () => {
    const body = JSON.stringify({ body: 'ünïcode ✓' });
    const post = await both(() => `${a}/comments?status=403`, { method: 'POST', headers: { ...headers, ...json }, body });
    expect(post.answer).toMatchObject({ ok: false, status: 403 });
    expect(post.seen[0]).toMatchObject({ method: 'POST', body, contentType: 'application/json' });
    const patch = await both(() => `${a}/comments/1`, { method: 'PATCH', headers: { ...headers, ...json }, body });
    expect(JSON.parse(patch.answer.text)).toMatchObject({ method: 'PATCH', body });
  });

  it('follows redirects: 307/308 keep the method and body, 303 (and 301/302 after a POST) become a GET without it', async () => {
    const body = JSON.stringify({ body: 'x' });
    for (const status of [301, 302, 303, 307, 308]) {
      const r = await both(() => `${a}/redirect?status=${status}&to=${encodeURIComponent('/moved?x=1')}`, { method: 'POST', headers: { ...headers, ...json }, body });
      const keeps = status === 307 || status === 308;
      expect(r.seen[1]).toEqual({ server: 'a', method: keeps ? 'POST' : 'GET', path: '/moved?x=1', authorization: 'Bearer secret', ...(keeps ? { contentType: 'application/json' } : {}), body: keeps ? body : '' });
      expect(r.answer.status).toBe(200);
    }
    const patch = await both(() => `${a}/redirect?status=301&to=/moved`, { method: 'PATCH', headers: { ...headers, ...json }, body });
    expect(patch.seen[1]).toMatchObject({ method: 'PATCH', body });
  });

  it('does not send the token to another origin after a redirect', async () => {
    const r = await both(() => `${a}/redirect?status=302&to=${encodeURIComponent(`${b}/elsewhere`)}`, { method: 'GET', headers });
    expect(r.seen).toEqual([
      { server: 'a', method: 'GET', path: `/redirect?status=302&to=${encodeURIComponent(`${b}/elsewhere`)}`, authorization: 'Bearer secret', body: '' },
      { server: 'b', method: 'GET', path: '/elsewhere', body: '' },
    ]);
  });

  it('a redirect without a location is the answer; more than 20 redirects fail', async () => {
    const r = await both(() => `${a}/redirect?status=302`, { method: 'GET', headers });
    expect(r.answer).toMatchObject({ status: 302, text: 'moved' });
    for (const [, client] of clients) await expect(client(`${a}/loop`, { method: 'GET', headers })).rejects.toThrow(TypeError);
  });

  it('a timeout rejects with the signal’s reason, before the headers and in the middle of the body', async () => {
    for (const path of ['/hang', '/stall']) {
      for (const [, client] of clients) {
        const started = Date.now();
        const error = await client(`${a}${path}`, { method: 'GET', headers, signal: AbortSignal.timeout(100) }).then((r) => r.text()).catch((e: unknown) => e);
        expect((error as Error).name).toBe('TimeoutError');
        expect(Date.now() - started).toBeLessThan(5000);
      }
    }
  });

  it('a refused connection rejects', async () => {
    const closed = createServer();
    const url = await new Promise<string>((resolve) => closed.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(closed.address() as { port: number }).port}`)));
    await new Promise((resolve) => closed.close(resolve));
    for (const [, client] of clients) await expect(client(`${url}/x`, { method: 'GET', headers })).rejects.toThrow();
  });
});
