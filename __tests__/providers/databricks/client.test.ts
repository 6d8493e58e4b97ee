// The REST client against the local Databricks server: host, the three kinds of credentials, error
// mapping, Retry-After, paging, timeouts, and that no secret ever reaches a message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabricksApiError, DatabricksClient, kindFor } from '../../../src/providers/databricks/client.js';
import { githubAudience, normaliseHost, resolveAuth, retryAfter } from '../../../src/providers/databricks/auth.js';
import { ProviderError } from '../../../src/providers/driver.js';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';

let dbx: DatabricksServer;
beforeAll(async () => {
  dbx = await startDatabricksServer({ pageSize: 2 });
});
afterAll(async () => {
  await dbx.stop();
});
beforeEach(() => dbx.reset());

function client(env: Record<string, string> = dbx.env, extra: { now?: () => number; timeoutMs?: number } = {}) {
  const sleeps: number[] = [];
  const c = new DatabricksClient({
    env,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { c, sleeps };
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }
  throw new Error('expected the call to fail');
}

const tokenRequests = () => dbx.requests.filter((r) => r.path === '/oidc/v1/token');

describe('host', () => {
  it('adds https and drops trailing slashes, paths and queries', () => {
    expect(normaliseHost('adb-123.4.azuredatabricks.net')).toBe('https://adb-123.4.azuredatabricks.net');
    expect(normaliseHost(' https://dbc-1.cloud.databricks.com/ ')).toBe('https://dbc-1.cloud.databricks.com');
    expect(normaliseHost('https://adb-1.azuredatabricks.net/?o=123#')).toBe('https://adb-1.azuredatabricks.net');
    expect(normaliseHost('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
  });

  it('says clearly when DATABRICKS_HOST is missing or not a URL', () => {
    expect(() => normaliseHost(undefined)).toThrow(/DATABRICKS_HOST is not set/);
    expect(() => normaliseHost('ftp://x')).toThrow(/https URL/);
    expect(() => normaliseHost('https://exa mple')).toThrow(/not a URL/);
  });
});

describe('credentials', () => {
  it('picks PAT, then M2M, then OIDC, and honours DATABRICKS_AUTH_TYPE', () => {
    expect(resolveAuth({ DATABRICKS_TOKEN: 't', DATABRICKS_CLIENT_ID: 'i', DATABRICKS_CLIENT_SECRET: 's' }).type).toBe('pat');
    expect(resolveAuth({ DATABRICKS_CLIENT_ID: 'i', DATABRICKS_CLIENT_SECRET: 's' }).type).toBe('oauth-m2m');
    expect(resolveAuth({ DATABRICKS_CLIENT_ID: 'i', ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }).type).toBe(
      'github-oidc',
    );
    expect(resolveAuth({ DATABRICKS_OIDC_TOKEN: 'jwt' }).type).toBe('env-oidc');
    expect(resolveAuth({ DATABRICKS_OIDC_TOKEN_FILEPATH: '/x' }).type).toBe('file-oidc');
    expect(resolveAuth({ DATABRICKS_AUTH_TYPE: 'oauth-m2m', DATABRICKS_TOKEN: 't', DATABRICKS_CLIENT_ID: 'i', DATABRICKS_CLIENT_SECRET: 's' }).type).toBe(
      'oauth-m2m',
    );
  });

  it('lists the ways to authenticate when none is configured, and names a bad auth type', () => {
    expect(() => resolveAuth({})).toThrow(/DATABRICKS_TOKEN, or DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET/);
    expect(() => resolveAuth({ DATABRICKS_AUTH_TYPE: 'azure-cli' })).toThrow(/azure-cli is not supported/);
    expect(() => resolveAuth({ DATABRICKS_AUTH_TYPE: 'oauth-m2m', DATABRICKS_CLIENT_ID: 'i' })).toThrow(/DATABRICKS_CLIENT_SECRET/);
  });

  it('sends a personal access token as a bearer token', async () => {
    const { c } = client();
    await c.get('/api/2.1/clusters/list');
    expect(dbx.requests.at(-1)?.headers.authorization).toBe(`Bearer ${dbx.token}`);
    expect(tokenRequests()).toHaveLength(0);
  });

  it('fetches an M2M token once with HTTP Basic and reuses it, even under concurrency', async () => {
    const { c } = client(dbx.m2mEnv);
    await Promise.all([c.get('/api/2.1/clusters/list'), c.get('/api/2.2/jobs/list'), c.get('/api/2.1/clusters/list')]);
    await c.get('/api/2.2/jobs/list');
    const [tokenRequest, ...others] = tokenRequests();
    expect(others).toHaveLength(0);
    expect(tokenRequest?.body).toEqual({ grant_type: 'client_credentials', scope: 'all-apis' });
    const basic = Buffer.from(`${dbx.clientId}:${dbx.clientSecret}`).toString('base64');
    expect(tokenRequest?.headers.authorization).toBe(`Basic ${basic}`);
    const apiCalls = dbx.requests.filter((r) => r.path.startsWith('/api/'));
    expect(apiCalls).toHaveLength(4);
    const issued = [...dbx.state.issuedTokens.keys()];
    expect(apiCalls.every((r) => r.headers.authorization === `Bearer ${issued[0]}`)).toBe(true);
  });

  it('fetches a new M2M token shortly before the old one expires', async () => {
    let now = 1_000_000;
    const { c } = client(dbx.m2mEnv, { now: () => now });
    await c.get('/api/2.1/clusters/list');
    now += 3_600_000 - 120_000; // two minutes before expiry: still good
    await c.get('/api/2.1/clusters/list');
    expect(tokenRequests()).toHaveLength(1);
    now += 90_000; // 30 s before expiry: refresh
    await c.get('/api/2.1/clusters/list');
    expect(tokenRequests()).toHaveLength(2);
  });

  it('exchanges the GitHub ID token for a Databricks token (RFC 8693) with the service principal', async () => {
    const { c } = client(dbx.oidcEnv);
    await c.get('/api/2.1/clusters/list');
    const idTokenRequest = dbx.requests.find((r) => r.path === '/_actions/idtoken');
    expect(idTokenRequest?.headers.authorization).toBe(`Bearer ${dbx.actionsRequestToken}`);
    expect(idTokenRequest?.query).toEqual({ 'api-version': '2.0', audience: `${dbx.url}/oidc/v1/token` });
    const [exchange] = tokenRequests();
    const body = exchange?.body as Record<string, string>;
    expect(body).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      scope: 'all-apis',
      client_id: dbx.clientId,
    });
    expect(body.subject_token?.split('.')).toHaveLength(3);
    expect(exchange?.headers.authorization).toBeUndefined();
    expect([...dbx.state.issuedTokens.values()][0]?.grant).toBe('token-exchange');
  });

  it('asks GitHub for DATABRICKS_TOKEN_AUDIENCE when set', () => {
    expect(githubAudience('https://h', { DATABRICKS_TOKEN_AUDIENCE: 'acct-123' })).toBe('acct-123');
    expect(githubAudience('https://h', {})).toBe('https://h/oidc/v1/token');
  });

  it('exchanges an OIDC token read from a file or a variable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpn-oidc-'));
    const file = join(dir, 'token');
    writeFileSync(file, 'file-jwt.a.b\n');
    const server = await startDatabricksServer({ acceptedSubjectTokens: ['file-jwt.a.b', 'env-jwt.a.b'] });
    try {
      const base = { DATABRICKS_HOST: server.url, DATABRICKS_CLIENT_ID: server.clientId };
      await new DatabricksClient({ env: { ...base, DATABRICKS_OIDC_TOKEN_FILEPATH: file } }).get('/api/2.1/clusters/list');
      await new DatabricksClient({ env: { ...base, DATABRICKS_OIDC_TOKEN_ENV: 'MY_JWT', MY_JWT: 'env-jwt.a.b' } }).get(
        '/api/2.1/clusters/list',
      );
      const subjects = server.requests
        .filter((r) => r.path === '/oidc/v1/token')
        .map((r) => (r.body as Record<string, string>).subject_token);
      expect(subjects).toEqual(['file-jwt.a.b', 'env-jwt.a.b']);
    } finally {
      await server.stop();
    }
  });

  it('waits out a throttled token endpoint before the read it serves', async () => {
    dbx.faults.inject('/oidc/v1/token', [{ status: 503, headers: { 'retry-after': '2' } }]);
    const { c, sleeps } = client(dbx.m2mEnv);
    await c.get('/api/2.1/clusters/list');
    expect(sleeps).toEqual([2000]);
    expect(tokenRequests().map((r) => r.status)).toEqual([503, 200]);
  });

  it('explains what GitHub OIDC needs when the workflow lacks id-token permission', async () => {
    const { c } = client({ DATABRICKS_HOST: dbx.url, DATABRICKS_AUTH_TYPE: 'github-oidc', DATABRICKS_CLIENT_ID: dbx.clientId });
    const error = await failure(c.get('/api/2.1/clusters/list'));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN: give the workflow job `permissions: id-token: write`/);
  });

  it('names the federation policy when the exchange is refused, without the ID token', async () => {
    const server = await startDatabricksServer();
    try {
      const env = { ...server.oidcEnv, DATABRICKS_CLIENT_ID: 'someone-else' };
      const c = new DatabricksClient({ env });
      const error = await failure(c.get('/api/2.1/clusters/list'));
      expect(error.kind).toBe('permission');
      expect(error.message).toMatch(/OAuth token federation \(github-oidc, DATABRICKS_CLIENT_ID\); check the service principal's federation policy/);
      const subject = (server.requests.find((r) => r.path === '/oidc/v1/token')?.body as Record<string, string>).subject_token!;
      expect(error.message).not.toContain(subject);
    } finally {
      await server.stop();
    }
  });

  it('rejects a wrong token with a clear permission error that does not contain the token', async () => {
    const secret = 'dapi-wrong-0123456789abcdef';
    const { c } = client({ DATABRICKS_HOST: dbx.url, DATABRICKS_TOKEN: secret });
    const error = await failure(c.get('/api/2.1/clusters/list'));
    expect(error.kind).toBe('permission');
    expect(error.details.status).toBe(401);
    expect(error.message).toMatch(/rejected the credentials from DATABRICKS_TOKEN/);
    expect(JSON.stringify({ message: error.message, stack: error.stack, details: error.details })).not.toContain(secret);
  });

  it('keeps secrets out of an inspected or serialised client', async () => {
    const { c } = client(dbx.m2mEnv);
    await c.get('/api/2.1/clusters/list');
    const accessToken = [...dbx.state.issuedTokens.keys()][0]!;
    for (const text of [inspect(c, { depth: 10, showHidden: true }), JSON.stringify(c), String(c)]) {
      expect(text).not.toContain(dbx.clientSecret);
      expect(text).not.toContain(accessToken);
    }
  });

  it('reads 403 "Invalid access token." as rejected credentials and refreshes an OAuth token once', async () => {
    dbx.faults.inject('/api/2.1/clusters/list', [{ status: 403, body: { error_code: '403', message: 'Invalid access token.' } }]);
    const pat = await failure(client().c.get('/api/2.1/clusters/list'));
    expect(pat.kind).toBe('permission');
    expect(pat.message).toMatch(/rejected the credentials from DATABRICKS_TOKEN \(pat\)/);

    const { c } = client(dbx.m2mEnv);
    await c.get('/api/2.1/clusters/list');
    dbx.faults.inject('/api/2.1/clusters/list', [{ status: 403, body: { error_code: '403', message: 'Invalid access token.' } }]);
    await c.get('/api/2.1/clusters/list');
    expect(tokenRequests()).toHaveLength(2);
  });

  it('scrubs a secret the server echoes back', async () => {
    dbx.faults.inject('/api/2.1/clusters/list', [
      { status: 403, body: { error_code: 'PERMISSION_DENIED', message: `token ${dbx.token} may not list clusters` } },
    ]);
    const error = await failure(client().c.get('/api/2.1/clusters/list'));
    expect(error.kind).toBe('permission');
    expect(error.message).toContain('may not list clusters');
    expect(error.message).not.toContain(dbx.token);
  });

  it('reports a bad client secret without the secret', async () => {
    const secret = 'not-the-secret-4242';
    const error = await failure(client({ ...dbx.m2mEnv, DATABRICKS_CLIENT_SECRET: secret }).c.get('/api/2.1/clusters/list'));
    expect(error.kind).toBe('permission');
    expect(error.message).toMatch(/token request failed with HTTP 401 \(invalid_client/);
    expect(error.message).not.toContain(secret);
  });

  it('fetches a fresh OAuth token once when the workspace rejects a cached one', async () => {
    const { c } = client(dbx.m2mEnv);
    await c.get('/api/2.1/clusters/list');
    dbx.state.issuedTokens.clear(); // revoked
    await c.get('/api/2.1/clusters/list');
    expect(tokenRequests()).toHaveLength(2);
  });
});

describe('errors', () => {
  it.each([
    [400, 'RESOURCE_ALREADY_EXISTS', 'conflict'],
    [409, 'RESOURCE_ALREADY_EXISTS', 'conflict'],
    [404, 'RESOURCE_DOES_NOT_EXIST', 'not_found'],
    [400, 'INVALID_PARAMETER_VALUE', 'invalid'],
    [429, 'REQUEST_LIMIT_EXCEEDED', 'transient'],
    [503, 'TEMPORARILY_UNAVAILABLE', 'transient'],
    [403, 'PERMISSION_DENIED', 'permission'],
    [400, 'INVALID_STATE', 'transient'],
    [500, undefined, 'transient'],
    [404, undefined, 'not_found'],
    [409, undefined, 'conflict'],
    [418, undefined, 'fatal'],
  ] as const)('HTTP %i %s is %s', (status, code, kind) => {
    expect(kindFor(status, code)).toBe(kind);
  });

  it('carries error_code, status and the API message', async () => {
    const error = await failure(client().c.get('/api/2.1/clusters/get', { query: { cluster_id: 'nope' } }));
    expect(error).toBeInstanceOf(DatabricksApiError);
    const api = error as DatabricksApiError;
    expect([api.status, api.errorCode, api.kind]).toEqual([400, 'INVALID_PARAMETER_VALUE', 'invalid']);
    expect(api.message).toBe(
      'Databricks GET /api/2.1/clusters/get failed: HTTP 400 INVALID_PARAMETER_VALUE: Cluster nope does not exist',
    );
  });

  it('falls back to the HTTP status for a body that is not JSON', async () => {
    dbx.faults.inject('/api/2.2/jobs/create', [{ status: 502, body: '<html>Bad Gateway</html>' }]);
    const error = await failure(client().c.post('/api/2.2/jobs/create', { name: 'x' }));
    expect(error.kind).toBe('transient');
    expect(error.message).toContain('HTTP 502');
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    const now = () => Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfter('7', now)).toEqual({ retryAfterMs: 7000 });
    expect(retryAfter('Thu, 01 Jan 2026 00:00:03 GMT', now)).toEqual({ retryAfterMs: 3000 });
    expect(retryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toEqual({ retryAfterMs: 0 });
    expect(retryAfter('soon', now)).toEqual({});
    expect(retryAfter(null, now)).toEqual({});
  });

  it('waits as long as the server asks before repeating a read', async () => {
    dbx.faults.inject('/api/2.1/clusters/list', [
      { status: 429, headers: { 'retry-after': '3' } },
      { status: 503, headers: { 'retry-after': '1' } },
    ]);
    const { c, sleeps } = client();
    await c.get('/api/2.1/clusters/list');
    expect(sleeps).toEqual([3000, 1000]);
    expect(dbx.requests.filter((r) => r.path === '/api/2.1/clusters/list').map((r) => r.status)).toEqual([429, 503, 200]);
  });

  it('does not repeat a write: the transient error carries retryAfterMs for the engine', async () => {
    dbx.faults.inject('/api/2.1/clusters/create', [{ status: 429, headers: { 'retry-after': '5' } }]);
    const { c, sleeps } = client();
    const error = await failure(c.post('/api/2.1/clusters/create', {}));
    expect(error.kind).toBe('transient');
    expect(error.retryable).toBe(true);
    expect(error.details).toMatchObject({ status: 429, code: 'REQUEST_LIMIT_EXCEEDED', retryAfterMs: 5000 });
    expect(sleeps).toEqual([]);
    expect(dbx.state.clusters.size).toBe(0);
  });

  it('hands a long Retry-After back instead of blocking', async () => {
    dbx.faults.inject('/api/2.1/clusters/list', [{ status: 503, headers: { 'retry-after': '600' } }]);
    const { c, sleeps } = client();
    const error = await failure(c.get('/api/2.1/clusters/list'));
    expect(error.details.retryAfterMs).toBe(600_000);
    expect(sleeps).toEqual([]);
  });

  it('stops waiting to retry a read when the caller cancels', async () => {
    dbx.faults.inject('/api/2.1/clusters/list', [{ status: 503, headers: { 'retry-after': '20' } }]);
    const c = new DatabricksClient({ env: dbx.env });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(c.get('/api/2.1/clusters/list', { signal: controller.signal }));
    expect(error.details.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('gives up on a read after its retries, with the last error', async () => {
    dbx.faults.inject('/api/2.1/clusters/list', Array.from({ length: 4 }, () => ({ status: 503 })));
    const { c, sleeps } = client();
    const error = await failure(c.get('/api/2.1/clusters/list'));
    expect(error.kind).toBe('transient');
    expect(sleeps).toEqual([500, 1000, 2000]);
  });
});

describe('timeouts and paging', () => {
  it('times out a hung request as a transient error', async () => {
    dbx.faults.inject('/api/2.2/jobs/create', [{ status: 200, body: {}, delayMs: 1000 }]);
    const error = await failure(client(dbx.env, { timeoutMs: 100 }).c.post('/api/2.2/jobs/create', { name: 'slow' }));
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(/timed out/);
  });

  it('follows next_page_token through every page of jobs and clusters', async () => {
    const { c } = client();
    for (let i = 0; i < 5; i++) {
      await c.post('/api/2.2/jobs/create', { name: `job-${i}` });
      await c.post('/api/2.1/clusters/create', { cluster_name: `c-${i}`, spark_version: 'v', node_type_id: 'n' });
    }
    const jobs = await c.list<{ settings: { name: string } }>('/api/2.2/jobs/list', 'jobs');
    expect(jobs.map((j) => j.settings.name)).toEqual(['job-0', 'job-1', 'job-2', 'job-3', 'job-4']);
    const clusters = await c.list<{ cluster_name: string }>('/api/2.1/clusters/list', 'clusters');
    expect(clusters).toHaveLength(5);
    expect(dbx.requests.filter((r) => r.path === '/api/2.2/jobs/list')).toHaveLength(3);
    expect(dbx.requests.filter((r) => r.path === '/api/2.1/clusters/list').map((r) => r.query.page_token !== undefined)).toEqual([
      false,
      true,
      true,
    ]);
  });
});
