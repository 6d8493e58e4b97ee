// A thin typed client over `fetch` for the Databricks REST API (no SDK): base URL and credentials from
// the environment, `{"error_code","message"}` errors mapped to ProviderError kinds, per-request timeouts,
// Retry-After, and paging. Writes are single-shot (the engine retries transient errors with backoff and
// honours `retryAfterMs`; a blind retry of a create could make a second cluster); reads, which are safe
// to repeat, are retried here a few times on 429/503/network errors, honouring Retry-After.
import { ProviderError } from '../driver.js';
import {
  Credentials,
  normaliseHost,
  networkError,
  resolveAuth,
  retryAfter,
  scrub,
  timeoutSignal,
  type Env,
  type FetchLike,
} from './auth.js';

export type { Env, FetchLike } from './auth.js';

export interface DatabricksClientOptions {
  /** Environment to read DATABRICKS_* from. Default `process.env`. */
  env?: Env;
  fetch?: FetchLike;
  /** Per-request timeout. Default 60 s (SQL statements get 50 s of server wait on top). */
  timeoutMs?: number;
  /** How many times a read is retried on a transient error. Default 3. */
  readRetries?: number;
  /** A Retry-After longer than this is not waited for here; the error goes to the caller. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Injected so tests can assert waits without waiting. */
  sleep?: Sleep;
  now?: () => number;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

/** Error codes Databricks documents, by what a caller can do about them. */
const KIND_BY_CODE: Record<string, ProviderError['kind']> = {
  RESOURCE_ALREADY_EXISTS: 'conflict',
  ALREADY_EXISTS: 'conflict',
  RESOURCE_CONFLICT: 'conflict',
  RESOURCE_DOES_NOT_EXIST: 'not_found',
  NOT_FOUND: 'not_found',
  CATALOG_DOES_NOT_EXIST: 'not_found',
  SCHEMA_DOES_NOT_EXIST: 'not_found',
  TABLE_DOES_NOT_EXIST: 'not_found',
  ENDPOINT_NOT_FOUND: 'fatal',
  INVALID_PARAMETER_VALUE: 'invalid',
  INVALID_REQUEST: 'invalid',
  BAD_REQUEST: 'invalid',
  MALFORMED_REQUEST: 'invalid',
  MAX_CLUSTERS_EXCEEDED: 'invalid',
  QUOTA_EXCEEDED: 'invalid',
  // A cluster that is still starting or restarting cannot be edited yet: waiting helps.
  INVALID_STATE: 'transient',
  REQUEST_LIMIT_EXCEEDED: 'transient',
  RESOURCE_EXHAUSTED: 'transient',
  TEMPORARILY_UNAVAILABLE: 'transient',
  ABORTED: 'transient',
  DEADLINE_EXCEEDED: 'transient',
  INTERNAL_ERROR: 'transient',
  UNAVAILABLE: 'transient',
  PERMISSION_DENIED: 'permission',
  UNAUTHENTICATED: 'permission',
  UNAUTHORIZED: 'permission',
  FEATURE_DISABLED: 'invalid',
};

export function kindFor(status: number, errorCode: string | undefined): ProviderError['kind'] {
  if (status === 429 || status === 503) return 'transient';
  if (status === 401 || status === 403) return 'permission';
  const byCode = errorCode ? KIND_BY_CODE[errorCode] : undefined;
  if (byCode) return byCode;
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'invalid';
  if (status === 501) return 'fatal';
  if (status >= 500) return 'transient';
  return 'fatal';
}

/** A Databricks API answer other than 2xx. `errorCode` is the documented `error_code` when present. */
export class DatabricksApiError extends ProviderError {
  constructor(
    message: string,
    kind: ProviderError['kind'],
    readonly status: number,
    readonly errorCode: string | undefined,
    readonly apiMessage: string,
    retryAfterMs?: number,
  ) {
    super(message, kind, {
      status,
      ...(errorCode !== undefined ? { code: errorCode } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    this.name = 'DatabricksApiError';
  }
}

/** 401, or the 403 "Invalid access token." that workspaces answer for a bad or expired token. */
function rejectedCredentials(status: number, apiMessage: string): boolean {
  return status === 401 || (status === 403 && /invalid access token|token (is )?expired|invalid token/i.test(apiMessage));
}

/** Waits `ms`, or less when `signal` aborts (then it rejects). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export class DatabricksClient {
  readonly host: string;
  readonly credentials: Credentials;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #readRetries: number;
  readonly #maxRetryAfterMs: number;
  readonly #sleep: Sleep;
  readonly #now: () => number;

  constructor(options: DatabricksClientOptions = {}) {
    const env = options.env ?? process.env;
    this.host = normaliseHost(env.DATABRICKS_HOST);
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#readRetries = options.readRetries ?? 3;
    this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#now = options.now ?? Date.now;
    this.credentials = new Credentials(resolveAuth(env), {
      host: this.host,
      env,
      fetch: this.#fetch,
      now: this.#now,
      timeoutMs: this.#timeoutMs,
    });
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }
  post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }
  patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PATCH', path, { ...options, body });
  }
  delete<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  /** One API call; GETs are retried on transient errors, everything else is single-shot. */
  async request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    const retries = method === 'GET' ? this.#readRetries : 0;
    let refreshedToken = false;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#once<T>(method, path, options);
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        // An OAuth token can be revoked or expire early; fetch a fresh one once before giving up.
        if (
          error instanceof DatabricksApiError &&
          rejectedCredentials(error.status, error.apiMessage) &&
          this.credentials.isOAuth &&
          !refreshedToken
        ) {
          refreshedToken = true;
          this.credentials.invalidate();
          attempt--;
          continue;
        }
        if (!error.retryable || attempt >= retries || options.signal?.aborted) throw error;
        const wait = error.details.retryAfterMs ?? Math.min(8_000, 500 * 2 ** attempt);
        if (wait > this.#maxRetryAfterMs) throw error;
        try {
          await this.#sleep(wait, options.signal);
        } catch {
          // Cancelled while waiting: the last answer is the one to report.
          throw error;
        }
      }
    }
  }

  async #once<T>(method: HttpMethod, path: string, options: RequestOptions): Promise<T> {
    const url = new URL(path, this.host);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const what = `${method} ${url.pathname}`;
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const headers: Record<string, string> = {
      authorization: await this.credentials.authorization(options.signal),
      accept: 'application/json',
      'user-agent': 'dpn/2',
    };
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    let res: Response;
    let text: string;
    try {
      res = await this.#fetch(url, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: timeoutSignal(timeoutMs, options.signal),
      });
      text = await res.text();
    } catch (error) {
      throw networkError(what, error, timeoutMs);
    }
    if (res.ok) {
      if (text.trim() === '') return {} as T;
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new ProviderError(`Databricks ${what} answered ${res.status} with a body that is not JSON`, 'transient', {
          status: res.status,
        });
      }
    }
    throw this.#apiError(what, res, text);
  }

  #apiError(what: string, res: Response, text: string): DatabricksApiError {
    let errorCode: string | undefined;
    let apiMessage = '';
    try {
      const parsed = JSON.parse(text) as { error_code?: unknown; message?: unknown; error?: unknown };
      if (typeof parsed.error_code === 'string') errorCode = parsed.error_code;
      if (typeof parsed.message === 'string') apiMessage = parsed.message;
      else if (typeof parsed.error === 'string') apiMessage = parsed.error;
    } catch {
      apiMessage = text.slice(0, 300).trim();
    }
    const secrets = this.credentials.secrets();
    apiMessage = scrub(apiMessage, secrets);
    const kind = kindFor(res.status, errorCode);
    const { retryAfterMs } = kind === 'transient' ? retryAfter(res.headers.get('retry-after'), this.#now) : {};
    let message = `Databricks ${what} failed: HTTP ${res.status}${errorCode ? ` ${errorCode}` : ''}${apiMessage ? `: ${apiMessage}` : ''}`;
    if (rejectedCredentials(res.status, apiMessage)) {
      message += ` — the workspace rejected the credentials from ${this.credentials.settings.source} (${this.credentials.settings.type}); check that they are valid for ${this.host}`;
    } else if (res.status === 403) {
      message += ` — the identity behind ${this.credentials.settings.source} lacks permission for this call`;
    }
    return new DatabricksApiError(scrub(message, secrets), kind, res.status, errorCode, apiMessage, retryAfterMs);
  }

  /**
   * Every item of a paged list: follows `next_page_token` (and stops on `has_more: false`), so callers
   * never see pages. `itemsKey` names the array in each page (`clusters`, `jobs`, …).
   */
  async *paginate<T>(path: string, itemsKey: string, options: RequestOptions = {}): AsyncGenerator<T> {
    let pageToken: string | undefined;
    const seen = new Set<string>();
    for (;;) {
      const page = await this.get<Record<string, unknown>>(path, {
        ...options,
        query: { ...options.query, ...(pageToken ? { page_token: pageToken } : {}) },
      });
      const items = page[itemsKey];
      if (Array.isArray(items)) for (const item of items) yield item as T;
      const next = page.next_page_token;
      if (typeof next !== 'string' || next === '' || page.has_more === false) return;
      if (seen.has(next)) {
        throw new ProviderError(`Databricks ${path} returned the same page token twice`, 'fatal', {});
      }
      seen.add(next);
      pageToken = next;
    }
  }

  /** Every item of a paged list, as an array. */
  async list<T>(path: string, itemsKey: string, options: RequestOptions = {}): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this.paginate<T>(path, itemsKey, options)) out.push(item);
    return out;
  }

  /** Replaces every credential this client knows of in `text`. */
  redact(text: string): string {
    return scrub(text, this.credentials.secrets());
  }
}
