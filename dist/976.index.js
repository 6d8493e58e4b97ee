export const id = 976;
export const ids = [976,855];
export const modules = {

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ Credentials),
/* harmony export */   P9: () => (/* binding */ retryAfter),
/* harmony export */   _: () => (/* binding */ timeoutSignal),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   _g: () => (/* binding */ githubAudience),
/* harmony export */   normaliseHost: () => (/* binding */ normaliseHost),
/* harmony export */   resolveAuth: () => (/* binding */ resolveAuth),
/* harmony export */   x6: () => (/* binding */ networkError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _driver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4106);
// Databricks credentials from the environment, with the variable names of Databricks unified
// authentication: a personal access token, OAuth M2M (client id + secret), or OAuth token federation
// with a GitHub Actions ID token (or any OIDC token from a variable or a file). OAuth access tokens are
// cached until shortly before they expire. Secret values never leave this module except in the
// Authorization header; `secrets()` lists them so every message can be scrubbed.


const AUTH_TYPES = ['pat', 'oauth-m2m', 'github-oidc', 'env-oidc', 'file-oidc'];
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
/** Refresh an OAuth token this long before it expires (at most half its lifetime). */
const EXPIRY_MARGIN_MS = 60_000;
function configError(message) {
    return new _driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(message, 'invalid', { code: 'DATABRICKS_CONFIG' });
}
/** `adb-1.azuredatabricks.net`, `https://x.cloud.databricks.com/` or `…/?o=1` → `https://host`. */
function normaliseHost(raw) {
    const value = raw?.trim();
    if (!value) {
        throw configError('DATABRICKS_HOST is not set: set it to the workspace URL, e.g. https://dbc-1234.cloud.databricks.com');
    }
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw configError(`DATABRICKS_HOST is not a URL: ${JSON.stringify(value)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw configError(`DATABRICKS_HOST must be an https URL, got ${url.protocol}`);
    }
    return url.origin;
}
/** Which credentials the environment provides: DATABRICKS_AUTH_TYPE when set, else the first that is complete. */
function resolveAuth(env) {
    const clientId = env.DATABRICKS_CLIENT_ID?.trim() || undefined;
    const withClient = (s) => (clientId ? { ...s, clientId } : s);
    const explicit = env.DATABRICKS_AUTH_TYPE?.trim();
    if (explicit) {
        if (!AUTH_TYPES.includes(explicit)) {
            throw configError(`DATABRICKS_AUTH_TYPE=${explicit} is not supported here; use one of ${AUTH_TYPES.join(', ')}`);
        }
        const type = explicit;
        if (type === 'pat' && !env.DATABRICKS_TOKEN)
            throw configError('DATABRICKS_AUTH_TYPE=pat needs DATABRICKS_TOKEN');
        if (type === 'oauth-m2m' && (!clientId || !env.DATABRICKS_CLIENT_SECRET)) {
            throw configError('DATABRICKS_AUTH_TYPE=oauth-m2m needs DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET');
        }
        return withClient({ type, source: 'DATABRICKS_AUTH_TYPE' });
    }
    if (env.DATABRICKS_TOKEN)
        return { type: 'pat', source: 'DATABRICKS_TOKEN' };
    if (clientId && env.DATABRICKS_CLIENT_SECRET) {
        return { type: 'oauth-m2m', clientId, source: 'DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET' };
    }
    if (oidcFilePath(env))
        return withClient({ type: 'file-oidc', source: 'DATABRICKS_OIDC_TOKEN_FILEPATH' });
    if (env[oidcTokenVariable(env)])
        return withClient({ type: 'env-oidc', source: oidcTokenVariable(env) });
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return withClient({ type: 'github-oidc', source: 'ACTIONS_ID_TOKEN_REQUEST_URL' });
    }
    throw configError('No Databricks credentials found: set DATABRICKS_TOKEN, or DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET, ' +
        'or DATABRICKS_CLIENT_ID with GitHub OIDC (workflow permission `id-token: write`)');
}
function oidcTokenVariable(env) {
    return env.DATABRICKS_OIDC_TOKEN_ENV?.trim() || 'DATABRICKS_OIDC_TOKEN';
}
function oidcFilePath(env) {
    // The Python SDK spells it DATABRICKS_OIDC_TOKEN_FILE; the other tools DATABRICKS_OIDC_TOKEN_FILEPATH.
    return env.DATABRICKS_OIDC_TOKEN_FILEPATH?.trim() || env.DATABRICKS_OIDC_TOKEN_FILE?.trim() || undefined;
}
/** Produces the Authorization header for every request. */
class Credentials {
    settings;
    #options;
    #cached;
    #inflight;
    #secrets = new Set();
    constructor(settings, options) {
        this.settings = settings;
        this.#options = options;
        const { env } = options;
        for (const value of [env.DATABRICKS_TOKEN, env.DATABRICKS_CLIENT_SECRET, env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, env[oidcTokenVariable(env)]]) {
            if (value)
                this.#secrets.add(value);
        }
    }
    /** True when the header carries a token this client obtained (so a 401 may mean it expired early). */
    get isOAuth() {
        return this.settings.type !== 'pat';
    }
    /** Every secret value known so far: to scrub from any text that could reach a user. */
    secrets() {
        return [...this.#secrets];
    }
    /** Drops a cached OAuth token, e.g. after the workspace rejected it. */
    invalidate() {
        this.#cached = undefined;
    }
    async authorization(signal) {
        if (this.settings.type === 'pat')
            return `Bearer ${this.#options.env.DATABRICKS_TOKEN ?? ''}`;
        const now = this.#options.now();
        if (this.#cached && now < this.#cached.refreshAt)
            return `Bearer ${this.#cached.accessToken}`;
        // Concurrent operations share one token request instead of each fetching their own.
        this.#inflight ??= this.#fetchToken(signal).finally(() => {
            this.#inflight = undefined;
        });
        const token = await this.#inflight;
        this.#cached = token;
        return `Bearer ${token.accessToken}`;
    }
    async #fetchToken(signal) {
        const { env } = this.#options;
        const form = new URLSearchParams();
        const headers = {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
        };
        if (this.settings.type === 'oauth-m2m') {
            const id = this.settings.clientId ?? '';
            const secret = env.DATABRICKS_CLIENT_SECRET ?? '';
            headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
            form.set('grant_type', 'client_credentials');
            form.set('scope', 'all-apis');
        }
        else {
            const subject = await this.#subjectToken(signal);
            this.#secrets.add(subject);
            form.set('grant_type', TOKEN_EXCHANGE);
            form.set('subject_token_type', JWT_TOKEN_TYPE);
            form.set('subject_token', subject);
            form.set('scope', 'all-apis');
            if (this.settings.clientId)
                form.set('client_id', this.settings.clientId);
        }
        const url = `${this.#options.host}/oidc/v1/token`;
        const started = this.#options.now();
        const body = await this.#post(url, headers, form.toString(), signal);
        const accessToken = typeof body.access_token === 'string' ? body.access_token : '';
        if (!accessToken) {
            throw new _driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('The Databricks token endpoint answered without an access_token', 'permission', {
                code: 'OAUTH',
            });
        }
        this.#secrets.add(accessToken);
        const lifetimeMs = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600) * 1000;
        return { accessToken, refreshAt: started + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2) };
    }
    async #post(url, headers, body, signal) {
        let res;
        try {
            res = await this.#options.fetch(url, { method: 'POST', headers, body, signal: timeoutSignal(this.#options.timeoutMs, signal) });
        }
        catch (error) {
            throw networkError('POST /oidc/v1/token', error, this.#options.timeoutMs);
        }
        const text = await res.text();
        let parsed = {};
        try {
            parsed = text ? JSON.parse(text) : {};
        }
        catch {
            // keep the status; the body is not JSON
        }
        if (res.ok)
            return parsed;
        const reason = [parsed.error, parsed.error_description ?? parsed.message].filter((x) => typeof x === 'string').join(': ');
        const what = this.settings.type === 'oauth-m2m'
            ? 'OAuth M2M (DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET)'
            : `OAuth token federation (${this.settings.type}${this.settings.clientId ? ', DATABRICKS_CLIENT_ID' : ''}); check the service principal's federation policy (issuer, subject, audience)`;
        const transient = res.status === 429 || res.status >= 500;
        throw new _driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(scrub(`Databricks token request failed with HTTP ${res.status}${reason ? ` (${reason})` : ''}: ${what}`, this.secrets()), transient ? 'transient' : 'permission', { code: 'OAUTH', status: res.status, ...retryAfter(res.headers.get('retry-after'), this.#options.now) });
    }
    async #subjectToken(signal) {
        const { env } = this.#options;
        switch (this.settings.type) {
            case 'env-oidc': {
                const name = oidcTokenVariable(env);
                const value = env[name]?.trim();
                if (!value)
                    throw configError(`DATABRICKS_AUTH_TYPE=env-oidc but ${name} is empty`);
                return value;
            }
            case 'file-oidc': {
                const path = oidcFilePath(env);
                if (!path)
                    throw configError('DATABRICKS_AUTH_TYPE=file-oidc needs DATABRICKS_OIDC_TOKEN_FILEPATH');
                try {
                    // Read on every refresh: the file is typically rotated by whoever mounts it.
                    const value = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')).trim();
                    if (!value)
                        throw new Error('empty file');
                    return value;
                }
                catch (error) {
                    throw configError(`Cannot read the OIDC token from DATABRICKS_OIDC_TOKEN_FILEPATH (${path}): ${error.message}`);
                }
            }
            default:
                return this.#githubIdToken(signal);
        }
    }
    /** What @actions/core getIDToken does: GET the runner's URL with `audience` added, bearer the request token. */
    async #githubIdToken(signal) {
        const { env } = this.#options;
        const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
        const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
        if (!base || !requestToken) {
            throw configError('GitHub OIDC needs ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN: give the workflow job `permissions: id-token: write`');
        }
        let url;
        try {
            url = new URL(base);
        }
        catch {
            throw configError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL');
        }
        url.searchParams.set('audience', githubAudience(this.#options.host, env));
        let res;
        try {
            res = await this.#options.fetch(url, {
                headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json; api-version=2.0' },
                signal: timeoutSignal(this.#options.timeoutMs, signal),
            });
        }
        catch (error) {
            throw networkError('GET ACTIONS_ID_TOKEN_REQUEST_URL', error, this.#options.timeoutMs);
        }
        const text = await res.text();
        if (!res.ok) {
            throw new _driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`Could not get a GitHub OIDC token: HTTP ${res.status} from ACTIONS_ID_TOKEN_REQUEST_URL`, res.status >= 500 ? 'transient' : 'permission', {
                code: 'GITHUB_OIDC',
                status: res.status,
            });
        }
        let value;
        try {
            value = JSON.parse(text).value;
        }
        catch {
            value = undefined;
        }
        if (typeof value !== 'string' || !value) {
            throw new _driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('GitHub OIDC answered without a token value', 'permission', { code: 'GITHUB_OIDC' });
        }
        return value;
    }
}
/**
 * The `aud` asked of GitHub: DATABRICKS_TOKEN_AUDIENCE when set (it must equal the federation policy's
 * audience), else the account id when given, else the workspace token endpoint, as the Databricks SDKs do.
 */
function githubAudience(host, env) {
    return env.DATABRICKS_TOKEN_AUDIENCE?.trim() || env.DATABRICKS_ACCOUNT_ID?.trim() || `${host}/oidc/v1/token`;
}
/** A signal that fires on the per-request timeout or when the caller cancels. */
function timeoutSignal(timeoutMs, signal) {
    const timeout = AbortSignal.timeout(timeoutMs);
    return signal ? AbortSignal.any([timeout, signal]) : timeout;
}
function networkError(what, error, timeoutMs) {
    const name = error?.name;
    if (name === 'TimeoutError') {
        return new _driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`Databricks ${what} timed out after ${Math.round(timeoutMs / 1000)} s`, 'transient', { code: 'TIMEOUT' });
    }
    if (name === 'AbortError') {
        return new _driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`Databricks ${what} was cancelled`, 'fatal', { code: 'CANCELLED' });
    }
    const cause = error?.cause;
    const detail = cause?.code ?? cause?.message ?? error?.message ?? String(error);
    return new _driver_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`Databricks ${what} failed: ${detail}`, 'transient', { code: 'NETWORK' });
}
/** `Retry-After` in seconds or as an HTTP date, as `{retryAfterMs}` (empty when absent or unreadable). */
function retryAfter(header, now) {
    if (header === null || header.trim() === '')
        return {};
    const value = header.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return { retryAfterMs: Math.round(Number(value) * 1000) };
    const at = Date.parse(value);
    if (Number.isNaN(at))
        return {};
    return { retryAfterMs: Math.max(0, at - now()) };
}
/** Replaces every known secret in `text`. */
function scrub(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length >= 4)
            out = out.split(secret).join('***');
    }
    return out;
}


/***/ }),

/***/ 976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DatabricksApiError: () => (/* reexport */ DatabricksApiError),
  DatabricksClient: () => (/* reexport */ DatabricksClient),
  createDatabricksDrivers: () => (/* binding */ createDatabricksDrivers),
  githubAudience: () => (/* reexport */ auth/* githubAudience */._g),
  kindFor: () => (/* reexport */ kindFor),
  normaliseHost: () => (/* reexport */ auth.normaliseHost),
  resolveAuth: () => (/* reexport */ auth.resolveAuth),
  retryAfter: () => (/* reexport */ auth/* retryAfter */.P9)
});

// EXTERNAL MODULE: ./src/providers/driver.ts
var driver = __webpack_require__(4106);
// EXTERNAL MODULE: ./src/providers/databricks/auth.ts
var auth = __webpack_require__(7855);
;// CONCATENATED MODULE: ./src/providers/databricks/client.ts
// A thin typed client over `fetch` for the Databricks REST API (no SDK): base URL and credentials from
// the environment, `{"error_code","message"}` errors mapped to ProviderError kinds, per-request timeouts,
// Retry-After, and paging. Writes are single-shot (the engine retries transient errors with backoff and
// honours `retryAfterMs`; a blind retry of a create could make a second cluster); reads, which are safe
// to repeat, are retried here a few times on 429/503/network errors, honouring Retry-After.


/** Error codes Databricks documents, by what a caller can do about them. */
const KIND_BY_CODE = {
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
function kindFor(status, errorCode) {
    if (status === 429 || status === 503)
        return 'transient';
    if (status === 401 || status === 403)
        return 'permission';
    const byCode = errorCode ? KIND_BY_CODE[errorCode] : undefined;
    if (byCode)
        return byCode;
    if (status === 404)
        return 'not_found';
    if (status === 409)
        return 'conflict';
    if (status === 400 || status === 422)
        return 'invalid';
    if (status === 501)
        return 'fatal';
    if (status >= 500)
        return 'transient';
    return 'fatal';
}
/** A Databricks API answer other than 2xx. `errorCode` is the documented `error_code` when present. */
class DatabricksApiError extends driver/* ProviderError */.mZ {
    status;
    errorCode;
    apiMessage;
    constructor(message, kind, status, errorCode, apiMessage, retryAfterMs) {
        super(message, kind, {
            status,
            ...(errorCode !== undefined ? { code: errorCode } : {}),
            ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        });
        this.status = status;
        this.errorCode = errorCode;
        this.apiMessage = apiMessage;
        this.name = 'DatabricksApiError';
    }
}
/** 401, or the 403 "Invalid access token." that workspaces answer for a bad or expired token. */
function rejectedCredentials(status, apiMessage) {
    return status === 401 || (status === 403 && /invalid access token|token (is )?expired|invalid token/i.test(apiMessage));
}
const defaultSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
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
class DatabricksClient {
    host;
    credentials;
    #fetch;
    #timeoutMs;
    #readRetries;
    #maxRetryAfterMs;
    #sleep;
    #now;
    constructor(options = {}) {
        const env = options.env ?? process.env;
        this.host = (0,auth.normaliseHost)(env.DATABRICKS_HOST);
        this.#fetch = options.fetch ?? globalThis.fetch;
        this.#timeoutMs = options.timeoutMs ?? 60_000;
        this.#readRetries = options.readRetries ?? 3;
        this.#maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
        this.#sleep = options.sleep ?? defaultSleep;
        this.#now = options.now ?? Date.now;
        this.credentials = new auth/* Credentials */.Ji((0,auth.resolveAuth)(env), {
            host: this.host,
            env,
            fetch: this.#fetch,
            now: this.#now,
            timeoutMs: this.#timeoutMs,
        });
    }
    get(path, options = {}) {
        return this.request('GET', path, options);
    }
    post(path, body, options = {}) {
        return this.request('POST', path, { ...options, body });
    }
    patch(path, body, options = {}) {
        return this.request('PATCH', path, { ...options, body });
    }
    delete(path, options = {}) {
        return this.request('DELETE', path, options);
    }
    /** One API call; GETs are retried on transient errors, everything else is single-shot. */
    async request(method, path, options = {}) {
        const retries = method === 'GET' ? this.#readRetries : 0;
        let refreshedToken = false;
        for (let attempt = 0;; attempt++) {
            try {
                return await this.#once(method, path, options);
            }
            catch (error) {
                if (!(error instanceof driver/* ProviderError */.mZ))
                    throw error;
                // An OAuth token can be revoked or expire early; fetch a fresh one once before giving up.
                if (error instanceof DatabricksApiError &&
                    rejectedCredentials(error.status, error.apiMessage) &&
                    this.credentials.isOAuth &&
                    !refreshedToken) {
                    refreshedToken = true;
                    this.credentials.invalidate();
                    attempt--;
                    continue;
                }
                if (!error.retryable || attempt >= retries || options.signal?.aborted)
                    throw error;
                const wait = error.details.retryAfterMs ?? Math.min(8_000, 500 * 2 ** attempt);
                if (wait > this.#maxRetryAfterMs)
                    throw error;
                try {
                    await this.#sleep(wait, options.signal);
                }
                catch {
                    // Cancelled while waiting: the last answer is the one to report.
                    throw error;
                }
            }
        }
    }
    async #once(method, path, options) {
        const url = new URL(path, this.host);
        for (const [key, value] of Object.entries(options.query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        const what = `${method} ${url.pathname}`;
        const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
        const headers = {
            authorization: await this.credentials.authorization(options.signal),
            accept: 'application/json',
            'user-agent': 'dpn/2',
        };
        let body;
        if (options.body !== undefined) {
            headers['content-type'] = 'application/json';
            body = JSON.stringify(options.body);
        }
        let res;
        let text;
        try {
            res = await this.#fetch(url, {
                method,
                headers,
                ...(body !== undefined ? { body } : {}),
                signal: (0,auth/* timeoutSignal */._)(timeoutMs, options.signal),
            });
            text = await res.text();
        }
        catch (error) {
            throw (0,auth/* networkError */.x6)(what, error, timeoutMs);
        }
        if (res.ok) {
            if (text.trim() === '')
                return {};
            try {
                return JSON.parse(text);
            }
            catch {
                throw new driver/* ProviderError */.mZ(`Databricks ${what} answered ${res.status} with a body that is not JSON`, 'transient', {
                    status: res.status,
                });
            }
        }
        throw this.#apiError(what, res, text);
    }
    #apiError(what, res, text) {
        let errorCode;
        let apiMessage = '';
        try {
            const parsed = JSON.parse(text);
            if (typeof parsed.error_code === 'string')
                errorCode = parsed.error_code;
            if (typeof parsed.message === 'string')
                apiMessage = parsed.message;
            else if (typeof parsed.error === 'string')
                apiMessage = parsed.error;
        }
        catch {
            apiMessage = text.slice(0, 300).trim();
        }
        const secrets = this.credentials.secrets();
        apiMessage = (0,auth/* scrub */._I)(apiMessage, secrets);
        const kind = kindFor(res.status, errorCode);
        const { retryAfterMs } = kind === 'transient' ? (0,auth/* retryAfter */.P9)(res.headers.get('retry-after'), this.#now) : {};
        let message = `Databricks ${what} failed: HTTP ${res.status}${errorCode ? ` ${errorCode}` : ''}${apiMessage ? `: ${apiMessage}` : ''}`;
        if (rejectedCredentials(res.status, apiMessage)) {
            message += ` — the workspace rejected the credentials from ${this.credentials.settings.source} (${this.credentials.settings.type}); check that they are valid for ${this.host}`;
        }
        else if (res.status === 403) {
            message += ` — the identity behind ${this.credentials.settings.source} lacks permission for this call`;
        }
        return new DatabricksApiError((0,auth/* scrub */._I)(message, secrets), kind, res.status, errorCode, apiMessage, retryAfterMs);
    }
    /**
     * Every item of a paged list: follows `next_page_token` (and stops on `has_more: false`), so callers
     * never see pages. `itemsKey` names the array in each page (`clusters`, `jobs`, …).
     */
    async *paginate(path, itemsKey, options = {}) {
        let pageToken;
        const seen = new Set();
        for (;;) {
            const page = await this.get(path, {
                ...options,
                query: { ...options.query, ...(pageToken ? { page_token: pageToken } : {}) },
            });
            const items = page[itemsKey];
            if (Array.isArray(items))
                for (const item of items)
                    yield item;
            const next = page.next_page_token;
            if (typeof next !== 'string' || next === '' || page.has_more === false)
                return;
            if (seen.has(next)) {
                throw new driver/* ProviderError */.mZ(`Databricks ${path} returned the same page token twice`, 'fatal', {});
            }
            seen.add(next);
            pageToken = next;
        }
    }
    /** Every item of a paged list, as an array. */
    async list(path, itemsKey, options = {}) {
        const out = [];
        for await (const item of this.paginate(path, itemsKey, options))
            out.push(item);
        return out;
    }
    /** Replaces every credential this client knows of in `text`. */
    redact(text) {
        return (0,auth/* scrub */._I)(text, this.credentials.secrets());
    }
}

;// CONCATENATED MODULE: ./src/providers/databricks/common.ts
// What the Databricks drivers share: reading typed params out of a ResourceSpec, the errors they throw,
// and settings comparison for idempotent adopt.


/** Property / tag dpn sets on a Unity Catalog object, table or job it archived. */
const ARCHIVED_MARK = 'dpn_archived';
/**
 * The creation marker (DESIGN.md, "Ownership"): the id of the transaction that
 * created the object, under one key everywhere: cluster `custom_tags`, job
 * `tags`, catalog and schema `properties`, table TBLPROPERTIES. Letters and `_`
 * only, so it passes cloud tag rules (cluster tags become VM tags) and is no
 * reserved table property. Never written on an adopted object.
 */
const CREATED_BY_MARK = 'dpn_created_by';
/** The marker in a tag or property map, or undefined. */
function createdByOf(map) {
    const value = map?.[CREATED_BY_MARK];
    return value === undefined || value === '' ? undefined : value;
}
/** `map` without dpn's own keys (archive mark, creation marker): what a blueprint sets and `read` reports. */
function withoutMarks(map) {
    const { [ARCHIVED_MARK]: _archived, [CREATED_BY_MARK]: _created, ...rest } = map;
    return rest;
}
/** `map` with this transaction's creation marker, when there is a transaction. */
function withCreatedBy(map, ctx) {
    return ctx.transaction === undefined ? map : { ...map, [CREATED_BY_MARK]: ctx.transaction };
}
/** `map` with the marker `live` carries, if any: for calls that replace a whole map (edit, reset, PATCH). */
function keepCreatedBy(map, live) {
    const marker = createdByOf(live);
    return marker === undefined ? map : { ...map, [CREATED_BY_MARK]: marker };
}
/** Refuses a blueprint map that sets one of dpn's own keys. */
function refuseMarks(map, key, field) {
    for (const reserved of [ARCHIVED_MARK, CREATED_BY_MARK]) {
        if (reserved in map)
            throw invalid(`${key}: ${field} may not set ${reserved}: dpn reserves it for its own markers`);
    }
}
function invalid(message, code = 'INVALID_PARAMS') {
    return new driver/* ProviderError */.mZ(message, 'invalid', { code });
}
function conflict(message) {
    return new driver/* ProviderError */.mZ(message, 'conflict', { code: 'CONFLICT' });
}
function notFound(message) {
    return new driver/* ProviderError */.mZ(message, 'not_found', { code: 'NOT_FOUND' });
}
/** `{signal}` when the context has one (exactOptionalPropertyTypes forbids `signal: undefined`). */
function withSignal(ctx, options = {}) {
    return ctx.signal ? { ...options, signal: ctx.signal } : options;
}
/** True for an error that means "this object does not exist". */
function isMissing(error) {
    if (!(error instanceof driver/* ProviderError */.mZ))
        return false;
    if (error.kind === 'not_found')
        return true;
    // Clusters (and older Jobs endpoints) answer 400 INVALID_PARAMETER_VALUE for an id that does not exist.
    return (error instanceof DatabricksApiError &&
        error.status === 400 &&
        error.errorCode === 'INVALID_PARAMETER_VALUE' &&
        /does not exist|not found|cannot be found/i.test(error.apiMessage));
}
/** True for a duplicate create: Unity Catalog has answered both 400 and 409 RESOURCE_ALREADY_EXISTS. */
function isAlreadyExists(error) {
    if (!(error instanceof DatabricksApiError))
        return false;
    if (error.errorCode === 'RESOURCE_ALREADY_EXISTS' || error.errorCode === 'ALREADY_EXISTS')
        return true;
    return (error.status === 400 || error.status === 409) && /already exists/i.test(error.apiMessage);
}
function field(params, key, name) {
    const value = params[name];
    if (value === undefined || value === null)
        throw invalid(`${key}: params.${name} is required`);
    return value;
}
function stringParam(params, key, name) {
    const value = field(params, key, name);
    if (typeof value !== 'string' || value === '')
        throw invalid(`${key}: params.${name} must be a non-empty string`);
    return value;
}
function optionalString(params, key, name) {
    const value = params[name];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw invalid(`${key}: params.${name} must be a string`);
    return value;
}
function stringMapParam(params, key, name) {
    const value = params[name];
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw invalid(`${key}: params.${name} must be a map of strings`);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string')
            throw invalid(`${key}: params.${name}.${k} must be a string`);
        out[k] = v;
    }
    return out;
}
function columnsParam(params, key) {
    const value = params.columns ?? [];
    if (!Array.isArray(value))
        throw invalid(`${key}: params.columns must be a list of {name, type}`);
    return value.map((c, i) => {
        const col = c;
        if (!col || typeof col.name !== 'string' || col.name === '' || typeof col.type !== 'string' || col.type === '') {
            throw invalid(`${key}: params.columns[${i}] needs a name and a type`);
        }
        return { name: col.name, type: col.type, ...(typeof col.comment === 'string' ? { comment: col.comment } : {}) };
    });
}
/** Structural equality of plain JSON values (key order ignored). */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    }
    const ak = Object.keys(a).filter((k) => a[k] !== undefined);
    const bk = Object.keys(b).filter((k) => b[k] !== undefined);
    return (ak.length === bk.length &&
        ak.every((k) => deepEqual(a[k], b[k])));
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * `live` has everything `wanted` sets, at any depth (the platform fills in defaults, such as a notebook
 * task's `source`, that a blueprint never mentions).
 */
function containsAll(live, wanted) {
    if (isPlainObject(wanted)) {
        return isPlainObject(live) && Object.keys(wanted).every((k) => wanted[k] === undefined || containsAll(live[k], wanted[k]));
    }
    if (Array.isArray(wanted)) {
        return Array.isArray(live) && live.length === wanted.length && wanted.every((w, i) => containsAll(live[i], w));
    }
    return deepEqual(live, wanted);
}
/** `live` cut down to the shape of `wanted`: the fields the blueprint sets, as the platform reports them. */
function projectOnto(live, wanted) {
    if (isPlainObject(live) && isPlainObject(wanted)) {
        const out = {};
        for (const k of Object.keys(wanted))
            if (live[k] !== undefined)
                out[k] = projectOnto(live[k], wanted[k]);
        return out;
    }
    if (Array.isArray(live) && Array.isArray(wanted) && live.length === wanted.length) {
        return live.map((x, i) => projectOnto(x, wanted[i]));
    }
    return live;
}
/** Names of the fields whose values differ, for conflict messages. */
function differences(live, wanted) {
    return Object.keys(wanted).filter((k) => !deepEqual(live[k], wanted[k]));
}
function withoutKey(map, key) {
    const { [key]: _dropped, ...rest } = map;
    return rest;
}

;// CONCATENATED MODULE: ./src/providers/databricks/cluster.ts



const API = '/api/2.1/clusters';
const MAX_CLUSTER_TAGS = 45;
const MODE_BY_TYPE = {
    shared: 'USER_ISOLATION',
    dedicated: 'SINGLE_USER',
    job: 'SINGLE_USER',
};
/** Current names and their legacy aliases mean the same mode. */
const MODE_ALIASES = {
    DATA_SECURITY_MODE_STANDARD: 'USER_ISOLATION',
    DATA_SECURITY_MODE_DEDICATED: 'SINGLE_USER',
};
/** Live settings dpn does not manage but must carry through `clusters/edit`, which replaces the whole spec. */
const PRESERVED_ON_EDIT = [
    'autotermination_minutes', 'spark_conf', 'spark_env_vars', 'aws_attributes', 'azure_attributes',
    'gcp_attributes', 'driver_node_type_id', 'instance_pool_id', 'driver_instance_pool_id', 'policy_id',
    'init_scripts', 'enable_elastic_disk', 'enable_local_disk_encryption', 'runtime_engine', 'ssh_public_keys',
    'cluster_log_conf', 'docker_image', 'kind', 'use_ml_runtime', 'is_single_node', 'workload_type',
    'apply_policy_default_values', 'single_user_name',
];
function canonicalMode(mode) {
    return mode === undefined ? undefined : (MODE_ALIASES[mode] ?? mode);
}
function dataSecurityMode(clusterType, key = 'cluster') {
    const mode = MODE_BY_TYPE[clusterType];
    if (!mode)
        throw invalid(`${key}: cluster_type ${JSON.stringify(clusterType)} must be shared, dedicated or job`);
    return mode;
}
function desiredSpec(spec, client) {
    const { key, params } = spec;
    const autoscale = params.autoscale;
    const min = autoscale?.min_workers;
    const max = autoscale?.max_workers;
    if (typeof min !== 'number' || typeof max !== 'number' || !Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
        throw invalid(`${key}: params.autoscale needs whole numbers 0 <= min_workers <= max_workers`);
    }
    const customTags = stringMapParam(params, key, 'custom_tags');
    refuseMarks(customTags, key, 'custom_tags');
    const tagCount = Object.keys(customTags).length;
    // One tag stays free for the creation marker.
    const room = MAX_CLUSTER_TAGS - 1;
    if (tagCount > room) {
        throw invalid(`${key}: a Databricks cluster takes at most ${MAX_CLUSTER_TAGS} custom tags and dpn keeps one for its creation marker, so ${room}; this one has ${tagCount}, remove ${tagCount - room}`, 'TOO_MANY_TAGS');
    }
    const mode = dataSecurityMode(stringParam(params, key, 'cluster_type'), key);
    const body = {
        cluster_name: stringParam(params, key, 'cluster_name'),
        spark_version: stringParam(params, key, 'spark_version'),
        node_type_id: stringParam(params, key, 'node_type_id'),
        autoscale: { min_workers: min, max_workers: max },
        data_security_mode: mode,
        custom_tags: customTags,
    };
    if (mode === 'SINGLE_USER') {
        const user = typeof params.single_user_name === 'string' ? params.single_user_name : client.credentials.settings.clientId;
        if (user)
            body.single_user_name = user;
    }
    return body;
}
/** The fields dpn manages, as the platform reports them, for comparison with a desired spec. */
function managedView(info) {
    return {
        cluster_name: info.cluster_name,
        spark_version: info.spark_version,
        node_type_id: info.node_type_id,
        autoscale: info.autoscale
            ? { min_workers: info.autoscale.min_workers, max_workers: info.autoscale.max_workers }
            : { min_workers: info.num_workers ?? 0, max_workers: info.num_workers ?? 0 },
        data_security_mode: canonicalMode(info.data_security_mode),
        custom_tags: withoutMarks(info.custom_tags ?? {}),
    };
}
/**
 * The Clusters API names a missing cluster 400 INVALID_PARAMETER_VALUE ("does not exist", or "terminated or
 * unpinned more than 30 days ago"); with only a cluster id in the request, that parameter is the id.
 */
function clusterGone(error) {
    return isMissing(error) || (error instanceof DatabricksApiError && error.status === 400 && error.errorCode === 'INVALID_PARAMETER_VALUE');
}
function desiredView(body) {
    const { single_user_name: _user, ...rest } = body;
    return rest;
}
function clusterTypeOf(mode, recorded) {
    const canonical = canonicalMode(mode);
    if (typeof recorded === 'string' && MODE_BY_TYPE[recorded] === canonical)
        return recorded;
    if (canonical === 'USER_ISOLATION')
        return 'shared';
    if (canonical === 'SINGLE_USER')
        return 'dedicated';
    return canonical ?? 'unknown';
}
function toLive(info, ref) {
    const view = managedView(info);
    return {
        physicalId: info.cluster_id,
        params: {
            cluster_name: view.cluster_name,
            spark_version: view.spark_version,
            node_type_id: view.node_type_id,
            autoscale: view.autoscale,
            cluster_type: clusterTypeOf(info.data_security_mode, ref?.params.cluster_type),
            custom_tags: view.custom_tags,
        },
        tags: withoutMarks(info.custom_tags ?? {}),
        ...(createdByOf(info.custom_tags) !== undefined ? { createdBy: createdByOf(info.custom_tags) } : {}),
    };
}
function createClusterDriver(client) {
    async function get(id, ctx) {
        try {
            return await client().get(`${API}/get`, withSignal(ctx, { query: { cluster_id: id } }));
        }
        catch (error) {
            if (clusterGone(error))
                return null;
            throw error;
        }
    }
    async function findByName(name, ctx) {
        const found = [];
        for await (const c of client().paginate(`${API}/list`, 'clusters', withSignal(ctx, { query: { page_size: 100 } }))) {
            if (c.cluster_name === name)
                found.push(c);
        }
        return found;
    }
    /** The live cluster a ref points at: by id, else the one cluster with its name. */
    async function locate(ref, ctx) {
        if (ref.physicalId)
            return get(ref.physicalId, ctx);
        const name = typeof ref.params.cluster_name === 'string' ? ref.params.cluster_name : ref.name;
        const candidates = await findByName(name, ctx);
        // Prefer the cluster this transaction made, then one with dpn's settings.
        const mine = ctx.transaction === undefined ? undefined : candidates.find((c) => createdByOf(c.custom_tags) === ctx.transaction);
        if (mine)
            return mine;
        let wanted;
        try {
            wanted = desiredView(desiredSpec(ref, client()));
        }
        catch {
            wanted = undefined;
        }
        return candidates.find((c) => wanted !== undefined && deepEqual(managedView(c), wanted)) ?? candidates[0] ?? null;
    }
    return {
        type: 'dbx_cluster',
        looksBeforeCreate: true,
        async read(ref, ctx) {
            const info = await locate(ref, ctx);
            return info ? toLive(info, ref) : null;
        },
        async create(spec, ctx) {
            const body = desiredSpec(spec, client());
            const existing = await findByName(body.cluster_name, ctx);
            const same = existing.find((c) => deepEqual(managedView(c), desiredView(body)));
            const found = same ?? existing[0];
            await ctx.beforeCreate?.(found ? toLive(found, spec) : null);
            if (same)
                return toLive(same, spec);
            if (existing.length > 0) {
                const first = existing[0];
                throw conflict(`${spec.key}: a cluster named ${JSON.stringify(body.cluster_name)} already exists (${first.cluster_id}) with other settings ` +
                    `(${differences(managedView(first), desiredView(body)).join(', ')}); adopt it by updating the blueprint, or rename`);
            }
            const marked = { ...body, custom_tags: withCreatedBy(body.custom_tags, ctx) };
            const created = await client().post(`${API}/create`, marked, withSignal(ctx));
            if (!created.cluster_id)
                throw invalid(`${spec.key}: clusters/create answered without a cluster_id`, 'BAD_RESPONSE');
            return toLive({ ...marked, cluster_id: created.cluster_id, state: 'PENDING' }, spec);
        },
        async update(spec, current, ctx) {
            const body = desiredSpec(spec, client());
            const live = await locate(current, ctx);
            if (!live)
                throw notFound(`${spec.key}: cluster ${current.physicalId ?? current.name} no longer exists`);
            // Editing a running cluster restarts it: never edit when nothing dpn manages changed.
            if (deepEqual(managedView(live), desiredView(body)))
                return toLive(live, spec);
            const edit = {};
            for (const key of PRESERVED_ON_EDIT)
                if (live[key] !== undefined)
                    edit[key] = live[key];
            Object.assign(edit, body, { cluster_id: live.cluster_id, custom_tags: keepCreatedBy(body.custom_tags, live.custom_tags) });
            await client().post(`${API}/edit`, edit, withSignal(ctx));
            return toLive({ ...live, ...edit, cluster_id: live.cluster_id }, spec);
        },
        async archive(ref, ctx) {
            const live = await locate(ref, ctx);
            if (!live)
                return;
            try {
                await client().post(`${API}/delete`, { cluster_id: live.cluster_id }, withSignal(ctx));
            }
            catch (error) {
                if (!clusterGone(error))
                    throw error;
            }
        },
        async unarchive(ref, ctx) {
            const live = await locate(ref, ctx);
            if (!live)
                throw notFound(`${ref.key}: cluster ${ref.physicalId ?? ref.name} no longer exists`);
            if (live.state === 'TERMINATING') {
                throw new driver/* ProviderError */.mZ(`${ref.key}: cluster ${live.cluster_id} is still terminating; start it once it has stopped`, 'transient', {
                    code: 'INVALID_STATE',
                });
            }
            if (live.state !== 'TERMINATED')
                return;
            try {
                await client().post(`${API}/start`, { cluster_id: live.cluster_id }, withSignal(ctx));
            }
            catch (error) {
                // Already starting or running: what unarchive wanted.
                if (!(error instanceof DatabricksApiError && error.errorCode === 'INVALID_STATE'))
                    throw error;
            }
        },
        async delete(ref, ctx) {
            const live = await locate(ref, ctx);
            if (!live)
                return;
            try {
                await client().post(`${API}/permanent-delete`, { cluster_id: live.cluster_id }, withSignal(ctx));
            }
            catch (error) {
                if (!clusterGone(error))
                    throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/providers/databricks/job.ts

const job_API = '/api/2.2/jobs';
const MAX_JOB_TAGS = 25;
/** v1.0 schedule words and the Quartz expressions they stand for (all UTC). */
const SCHEDULE_WORDS = {
    hourly: '0 0 * * * ?',
    daily: '0 0 0 * * ?',
    weekly: '0 0 0 ? * MON',
    monthly: '0 0 0 1 * ?',
};
/** Fields by which a task names its own compute; a task with none runs on the job's cluster. */
const COMPUTE_FIELDS = ['existing_cluster_id', 'new_cluster', 'job_cluster_key', 'environment_key', 'compute_key'];
/** A schedule word or a Quartz expression → Quartz; anything else is refused before any call. */
function quartzFor(schedule, key = 'job') {
    const word = SCHEDULE_WORDS[schedule.trim().toLowerCase()];
    if (word)
        return word;
    const fields = schedule.trim().split(/\s+/);
    const quartzField = /^[0-9A-Za-z*?\/,\-#LW]+$/;
    if ((fields.length === 6 || fields.length === 7) && fields.every((f) => quartzField.test(f)))
        return fields.join(' ');
    throw invalid(`${key}: schedule ${JSON.stringify(schedule)} is neither hourly, daily, weekly, monthly nor a Quartz cron expression (e.g. "0 30 2 * * ?")`, 'INVALID_SCHEDULE');
}
/** Quartz → the spelling the blueprint used when it means the same, else a word when one fits, else Quartz. */
function scheduleParam(cron, recorded) {
    if (typeof recorded === 'string') {
        try {
            if (quartzFor(recorded) === cron.trim().split(/\s+/).join(' '))
                return recorded;
        }
        catch {
            // the recorded spelling was not valid; report the platform's
        }
    }
    return Object.entries(SCHEDULE_WORDS).find(([, q]) => q === cron)?.[0] ?? cron;
}
function jobId(physicalId, key) {
    const id = Number(physicalId);
    if (!Number.isSafeInteger(id) || id <= 0)
        throw invalid(`${key}: job id ${JSON.stringify(physicalId)} is not a job id`);
    return id;
}
function desiredSettings(spec, ctx) {
    const { key, params } = spec;
    const tags = stringMapParam(params, key, 'tags');
    const tagCount = Object.keys(tags).length;
    // One tag stays free for the creation marker.
    const room = MAX_JOB_TAGS - 1;
    if (tagCount > room) {
        throw invalid(`${key}: a Databricks job takes at most ${MAX_JOB_TAGS} tags and dpn keeps one for its creation marker, so ${room}; this one has ${tagCount}, remove ${tagCount - room}`, 'TOO_MANY_TAGS');
    }
    refuseMarks(tags, key, 'tags');
    const rawTasks = params.tasks ?? [];
    if (!Array.isArray(rawTasks) || rawTasks.some((t) => typeof t !== 'object' || t === null || Array.isArray(t))) {
        throw invalid(`${key}: params.tasks must be a list of task objects`);
    }
    const tasks = structuredClone(rawTasks);
    const needsCluster = tasks.filter((t) => !COMPUTE_FIELDS.some((f) => t[f] !== undefined));
    if (needsCluster.length > 0) {
        const clusterKey = stringParam(params, key, 'clusterKey');
        const clusterId = ctx.resolve(clusterKey)?.physicalId;
        if (!clusterId) {
            throw invalid(`${key}: its cluster ${clusterKey} has not been applied yet (no cluster id in the state)`, 'UNRESOLVED_CLUSTER');
        }
        for (const task of needsCluster)
            task.existing_cluster_id = clusterId;
    }
    const settings = {
        name: stringParam(params, key, 'name'),
        tags,
        tasks,
    };
    if (Buffer.byteLength(settings.name) > 4096)
        throw invalid(`${key}: a job name is at most 4096 bytes`);
    const schedule = optionalString(params, key, 'schedule');
    if (schedule !== undefined) {
        settings.schedule = { quartz_cron_expression: quartzFor(schedule, key), timezone_id: 'UTC', pause_status: 'UNPAUSED' };
    }
    return settings;
}
/** Every task the blueprint sets matches the live task field by field (the platform adds defaults). */
function tasksMatch(live, wanted) {
    if (live.length !== wanted.length)
        return false;
    return wanted.every((w) => {
        const l = live.find((t) => t.task_key === w.task_key);
        return l !== undefined && containsAll(l, w);
    });
}
/** The job's settings match `wanted`, ignoring dpn's archive mark and pause status. */
function sameSettings(live, wanted) {
    const liveSchedule = live.schedule;
    const wantedSchedule = wanted.schedule;
    const schedulesMatch = (liveSchedule === undefined && wantedSchedule === undefined) ||
        (liveSchedule !== undefined &&
            wantedSchedule !== undefined &&
            liveSchedule.quartz_cron_expression === wantedSchedule.quartz_cron_expression &&
            liveSchedule.timezone_id === wantedSchedule.timezone_id);
    return (live.name === wanted.name &&
        deepEqual(withoutMarks(live.tags ?? {}), withoutMarks(wanted.tags ?? {})) &&
        schedulesMatch &&
        tasksMatch(live.tasks ?? [], wanted.tasks ?? []));
}
function isArchived(settings) {
    return settings.tags?.[ARCHIVED_MARK] === 'true' || settings.schedule?.pause_status === 'PAUSED';
}
/** Live tasks shown with the fields the blueprint sets, minus the cluster dpn filled in. */
function taskParams(live, recorded, clusterId) {
    const wanted = Array.isArray(recorded) ? recorded : [];
    return live.map((task) => {
        const spec = wanted.find((w) => w.task_key === task.task_key);
        if (!spec)
            return task;
        const shown = projectOnto(task, spec);
        if (spec.existing_cluster_id === undefined && task.existing_cluster_id !== undefined && task.existing_cluster_id !== clusterId) {
            shown.existing_cluster_id = task.existing_cluster_id;
        }
        return shown;
    });
}
function job_toLive(info, ref, ctx) {
    const settings = info.settings ?? { name: '' };
    const clusterKey = ref.params.clusterKey;
    const clusterId = typeof clusterKey === 'string' ? ctx.resolve(clusterKey)?.physicalId : undefined;
    const tags = withoutMarks(settings.tags ?? {});
    const params = {
        name: settings.name,
        job_type: ref.params.job_type,
        tasks: taskParams(settings.tasks ?? [], ref.params.tasks, clusterId),
        clusterKey,
        tags,
    };
    if (settings.schedule)
        params.schedule = scheduleParam(settings.schedule.quartz_cron_expression, ref.params.schedule);
    const live = { physicalId: String(info.job_id), params, tags, archived: isArchived(settings) };
    const createdBy = createdByOf(settings.tags);
    if (createdBy !== undefined)
        live.createdBy = createdBy;
    return live;
}
function createJobDriver(client) {
    async function get(id, ctx) {
        try {
            return await client().get(`${job_API}/get`, withSignal(ctx, { query: { job_id: id } }));
        }
        catch (error) {
            if (isMissing(error))
                return null;
            throw error;
        }
    }
    /** Jobs with exactly this name, with full settings (list pages leave tasks out). */
    async function findByName(name, ctx) {
        const found = [];
        for await (const job of client().paginate(`${job_API}/list`, 'jobs', withSignal(ctx, { query: { name, limit: 100 } }))) {
            if (job.settings?.name !== name)
                continue;
            const full = await get(job.job_id, ctx);
            if (full)
                found.push(full);
        }
        return found;
    }
    async function locate(ref, ctx) {
        if (ref.physicalId)
            return get(jobId(ref.physicalId, ref.key), ctx);
        const name = typeof ref.params.name === 'string' ? ref.params.name : ref.name;
        const candidates = await findByName(name, ctx);
        // Prefer the job this transaction made, then one with dpn's settings.
        const mine = ctx.transaction === undefined ? undefined : candidates.find((j) => createdByOf(j.settings?.tags) === ctx.transaction);
        if (mine)
            return mine;
        let wanted;
        try {
            wanted = desiredSettings(ref, ctx);
        }
        catch {
            wanted = undefined;
        }
        return candidates.find((j) => wanted !== undefined && j.settings !== undefined && sameSettings(j.settings, wanted)) ?? candidates[0] ?? null;
    }
    return {
        type: 'dbx_job',
        looksBeforeCreate: true,
        async read(ref, ctx) {
            const info = await locate(ref, ctx);
            return info ? job_toLive(info, ref, ctx) : null;
        },
        async create(spec, ctx) {
            const settings = desiredSettings(spec, ctx);
            const existing = await findByName(settings.name, ctx);
            const same = existing.find((j) => j.settings && sameSettings(j.settings, settings));
            const found = same ?? existing[0];
            await ctx.beforeCreate?.(found ? job_toLive(found, spec, ctx) : null);
            if (same) {
                // Creating what was archived brings it back.
                if (same.settings && isArchived(same.settings)) {
                    const revived = { ...settings, tags: keepCreatedBy(settings.tags ?? {}, same.settings.tags) };
                    await client().post(`${job_API}/reset`, { job_id: same.job_id, new_settings: revived }, withSignal(ctx));
                    return job_toLive({ job_id: same.job_id, settings: revived }, spec, ctx);
                }
                return job_toLive(same, spec, ctx);
            }
            if (existing.length > 0) {
                throw conflict(`${spec.key}: a job named ${JSON.stringify(settings.name)} already exists (job ${existing[0].job_id}) with other settings; ` +
                    'adopt it by making the blueprint match, or rename');
            }
            const marked = { ...settings, tags: withCreatedBy(settings.tags ?? {}, ctx) };
            const created = await client().post(`${job_API}/create`, marked, withSignal(ctx));
            if (typeof created.job_id !== 'number')
                throw invalid(`${spec.key}: jobs/create answered without a job_id`, 'BAD_RESPONSE');
            return job_toLive({ job_id: created.job_id, settings: marked }, spec, ctx);
        },
        async update(spec, current, ctx) {
            const settings = desiredSettings(spec, ctx);
            const live = await locate(current, ctx);
            if (!live)
                throw notFound(`${spec.key}: job ${current.physicalId ?? current.name} no longer exists`);
            const kept = { ...settings, tags: keepCreatedBy(settings.tags ?? {}, live.settings?.tags) };
            await client().post(`${job_API}/reset`, { job_id: live.job_id, new_settings: kept }, withSignal(ctx));
            return job_toLive({ job_id: live.job_id, settings: kept }, spec, ctx);
        },
        async archive(ref, ctx) {
            const live = await locate(ref, ctx);
            if (!live?.settings)
                return;
            const tags = live.settings.tags ?? {};
            const update = {};
            if (live.settings.schedule && live.settings.schedule.pause_status !== 'PAUSED') {
                update.schedule = { ...live.settings.schedule, pause_status: 'PAUSED' };
            }
            // The mark lets `read` report the archive even for an unscheduled job; skip it when tags are full.
            if (tags[ARCHIVED_MARK] !== 'true' && Object.keys(tags).length < MAX_JOB_TAGS) {
                update.tags = { ...tags, [ARCHIVED_MARK]: 'true' };
            }
            if (Object.keys(update).length === 0)
                return;
            await client().post(`${job_API}/update`, { job_id: live.job_id, new_settings: update }, withSignal(ctx));
        },
        async unarchive(ref, ctx) {
            const live = await locate(ref, ctx);
            if (!live?.settings)
                throw notFound(`${ref.key}: job ${ref.physicalId ?? ref.name} no longer exists`);
            const update = {};
            if (live.settings.schedule?.pause_status === 'PAUSED') {
                update.schedule = { ...live.settings.schedule, pause_status: 'UNPAUSED' };
            }
            if (live.settings.tags?.[ARCHIVED_MARK] !== undefined)
                update.tags = withoutKey(live.settings.tags, ARCHIVED_MARK);
            if (Object.keys(update).length === 0)
                return;
            await client().post(`${job_API}/update`, { job_id: live.job_id, new_settings: update }, withSignal(ctx));
        },
        async delete(ref, ctx) {
            const live = await locate(ref, ctx);
            if (!live)
                return;
            try {
                await client().post(`${job_API}/delete`, { job_id: live.job_id }, withSignal(ctx));
            }
            catch (error) {
                if (!isMissing(error))
                    throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/providers/databricks/unity-catalog.ts

const unity_catalog_API = '/api/2.1/unity-catalog';
/** Blueprint properties, refused when they set one of dpn's own keys. */
function markless(properties, key) {
    refuseMarks(properties, key, 'properties');
    return properties;
}
function normaliseRoot(root) {
    return typeof root === 'string' ? root.replace(/\/+$/, '') : root;
}
const catalog = {
    type: 'dbx_catalog',
    noun: 'catalog',
    collection: 'catalogs',
    body(key, params) {
        const body = {
            name: stringParam(params, key, 'name'),
            properties: markless(stringMapParam(params, key, 'properties'), key),
        };
        const comment = optionalString(params, key, 'comment');
        const storageRoot = optionalString(params, key, 'storage_root');
        if (comment !== undefined)
            body.comment = comment;
        if (storageRoot !== undefined)
            body.storage_root = storageRoot;
        return body;
    },
    fullName: (body) => body.name,
    view(info) {
        const view = { name: info.name, properties: withoutMarks(info.properties ?? {}) };
        if (info.comment)
            view.comment = info.comment;
        if (info.storage_root)
            view.storage_root = info.storage_root;
        return view;
    },
    immutable: ['storage_root'],
};
const schema = {
    type: 'dbx_schema',
    noun: 'schema',
    collection: 'schemas',
    body(key, params) {
        const body = {
            name: stringParam(params, key, 'name'),
            catalog_name: stringParam(params, key, 'catalog_name'),
            properties: markless(stringMapParam(params, key, 'properties'), key),
        };
        const comment = optionalString(params, key, 'comment');
        if (comment !== undefined)
            body.comment = comment;
        return body;
    },
    fullName: (body) => `${String(body.catalog_name)}.${body.name}`,
    view(info) {
        const view = {
            name: info.name,
            catalog_name: info.catalog_name,
            properties: withoutMarks(info.properties ?? {}),
        };
        if (info.comment)
            view.comment = info.comment;
        return view;
    },
    immutable: ['catalog_name'],
};
/** Unity Catalog stores names lowercase: report them as the blueprint spells them when they mean the same. */
function asSpelled(view, recorded) {
    if (!recorded)
        return view;
    const out = { ...view };
    for (const k of ['name', 'catalog_name', 'schema_name']) {
        const live = out[k];
        const spelled = recorded[k];
        if (typeof live === 'string' && typeof spelled === 'string' && live.toLowerCase() === spelled.toLowerCase())
            out[k] = spelled;
    }
    return out;
}
/** Names are stored lowercase; compare as Unity Catalog does. */
function comparable(view) {
    const out = { ...view };
    for (const k of ['name', 'catalog_name'])
        if (typeof out[k] === 'string')
            out[k] = out[k].toLowerCase();
    if (out.storage_root !== undefined)
        out.storage_root = normaliseRoot(out.storage_root);
    if (out.comment === '')
        delete out.comment;
    return out;
}
function createSecurableDriver(kind, client) {
    const path = (fullName) => `${unity_catalog_API}/${kind.collection}/${encodeURIComponent(fullName)}`;
    function refFullName(ref) {
        if (typeof ref.params.name === 'string' && (kind.type === 'dbx_catalog' || typeof ref.params.catalog_name === 'string')) {
            return kind.fullName(ref.params);
        }
        return ref.fullName;
    }
    async function get(fullName, ctx) {
        try {
            return await client().get(path(fullName), withSignal(ctx));
        }
        catch (error) {
            if (isMissing(error))
                return null;
            throw error;
        }
    }
    function toLive(info, ref) {
        const live = { params: asSpelled(kind.view(info), ref?.params), tags: {}, archived: info.properties?.[ARCHIVED_MARK] === 'true' };
        const createdBy = createdByOf(info.properties);
        if (createdBy !== undefined)
            live.createdBy = createdBy;
        return live;
    }
    async function setArchived(fullName, info, archived, ctx) {
        const current = info.properties ?? {};
        const properties = archived ? { ...current, [ARCHIVED_MARK]: 'true' } : withoutKey(current, ARCHIVED_MARK);
        await client().patch(path(fullName), { properties }, withSignal(ctx));
    }
    return {
        type: kind.type,
        async read(ref, ctx) {
            const info = await get(refFullName(ref), ctx);
            return info ? toLive(info, ref) : null;
        },
        async create(spec, ctx) {
            const body = kind.body(spec.key, spec.params);
            const fullName = kind.fullName(body);
            try {
                const marked = { ...body, properties: withCreatedBy(body.properties, ctx) };
                return toLive(await client().post(`${unity_catalog_API}/${kind.collection}`, marked, withSignal(ctx)), spec);
            }
            catch (error) {
                if (!isAlreadyExists(error))
                    throw error;
            }
            const live = await get(fullName, ctx);
            if (!live) {
                throw conflict(`${spec.key}: ${kind.noun} ${fullName} is reported as existing but cannot be read; check its permissions`);
            }
            const wanted = comparable(kind.view(body));
            const have = comparable(kind.view(live));
            if (!deepEqual(have, wanted)) {
                throw conflict(`${spec.key}: ${kind.noun} ${fullName} already exists with other settings (${differences(have, wanted).join(', ')}); ` +
                    'make the blueprint match to adopt it, or choose another name');
            }
            if (live.properties?.[ARCHIVED_MARK] === 'true') {
                await setArchived(fullName, live, false, ctx);
                return toLive({ ...live, properties: withoutKey(live.properties, ARCHIVED_MARK) }, spec);
            }
            return toLive(live, spec);
        },
        async update(spec, current, ctx) {
            const body = kind.body(spec.key, spec.params);
            const currentName = refFullName(current);
            const live = await get(currentName, ctx);
            if (!live)
                throw notFound(`${spec.key}: ${kind.noun} ${currentName} no longer exists`);
            const have = comparable(kind.view(live));
            const wanted = comparable(kind.view(body));
            for (const field of kind.immutable) {
                if (wanted[field] !== undefined && !deepEqual(have[field], wanted[field])) {
                    throw invalid(`${spec.key}: ${kind.noun} ${currentName} cannot change ${field} in place (${String(have[field])} → ${String(wanted[field])}); it needs a replace`, 'IMMUTABLE_FIELD');
                }
            }
            const patch = {
                comment: body.comment ?? '',
                properties: keepCreatedBy(body.properties, live.properties),
            };
            // Unity Catalog renames in place.
            if (body.name.toLowerCase() !== live.name.toLowerCase())
                patch.new_name = body.name;
            const updated = await client().patch(path(currentName), patch, withSignal(ctx));
            return toLive(updated.name ? updated : { ...live, ...body, properties: patch.properties }, spec);
        },
        async archive(ref, ctx) {
            const fullName = refFullName(ref);
            const live = await get(fullName, ctx);
            if (!live || live.properties?.[ARCHIVED_MARK] === 'true')
                return;
            await setArchived(fullName, live, true, ctx);
        },
        async unarchive(ref, ctx) {
            const fullName = refFullName(ref);
            const live = await get(fullName, ctx);
            if (!live)
                throw notFound(`${ref.key}: ${kind.noun} ${fullName} no longer exists`);
            if (live.properties?.[ARCHIVED_MARK] === undefined)
                return;
            await setArchived(fullName, live, false, ctx);
        },
        async delete(ref, ctx) {
            try {
                await client().delete(path(refFullName(ref)), withSignal(ctx, { query: { force: true } }));
            }
            catch (error) {
                if (!isMissing(error))
                    throw error;
            }
        },
    };
}
function createCatalogDriver(client) {
    return createSecurableDriver(catalog, client);
}
function createSchemaDriver(client) {
    return createSecurableDriver(schema, client);
}

;// CONCATENATED MODULE: ./src/providers/databricks/sql.ts
// The only SQL dpn writes: Unity Catalog managed-table DDL. Identifiers are always backtick-quoted,
// string literals always escaped, and column types must parse as a Databricks data type from a fixed
// grammar, so nothing from a blueprint is ever interpolated into SQL unchecked.

/** `name` as a quoted identifier: backticks around, inner backticks doubled. */
function quoteIdentifier(name) {
    if (name === '' || /[\x00-\x1f\x7f]/.test(name)) {
        throw new driver/* ProviderError */.mZ(`Invalid SQL identifier ${JSON.stringify(name)}: empty or with control characters`, 'invalid', {
            code: 'INVALID_IDENTIFIER',
        });
    }
    return `\`${name.replaceAll('`', '``')}\``;
}
/** `catalog`.`schema`.`table` */
function qualifiedName(...parts) {
    return parts.map(quoteIdentifier).join('.');
}
/** A single-quoted string literal; Databricks SQL treats backslash as the escape character. */
function stringLiteral(value) {
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\r', '\\r')}'`;
}
const SIMPLE_TYPES = new Set([
    'STRING', 'BIGINT', 'INT', 'SMALLINT', 'TINYINT', 'DOUBLE', 'FLOAT', 'BOOLEAN', 'DATE', 'TIMESTAMP',
    'TIMESTAMP_NTZ', 'BINARY', 'VARIANT',
]);
const ALIASES = {
    INTEGER: 'INT', LONG: 'BIGINT', SHORT: 'SMALLINT', BYTE: 'TINYINT', REAL: 'FLOAT', DEC: 'DECIMAL',
    NUMERIC: 'DECIMAL',
};
const INTERVAL_UNITS = new Set(['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND']);
class TypeParser {
    source;
    pos = 0;
    tokens;
    constructor(source) {
        this.source = source;
        this.tokens = [];
        const re = /\s*([A-Za-z_][A-Za-z0-9_]*|\d+|[<>(),:])\s*/y;
        let index = 0;
        while (index < source.length) {
            re.lastIndex = index;
            const m = re.exec(source);
            if (!m)
                throw this.fail();
            this.tokens.push(m[1]);
            index = re.lastIndex;
        }
    }
    fail() {
        return new Error('not a data type');
    }
    peek() {
        return this.tokens[this.pos];
    }
    take(expected) {
        const t = this.tokens[this.pos];
        if (t === undefined || (expected !== undefined && t.toUpperCase() !== expected))
            throw this.fail();
        this.pos++;
        return t;
    }
    number() {
        const t = this.take();
        if (!/^\d+$/.test(t))
            throw this.fail();
        return String(Number(t));
    }
    /** Canonical, lowercase, no spaces except inside INTERVAL: how Databricks prints `type_text`. */
    type() {
        const word = this.take().toUpperCase();
        const name = ALIASES[word] ?? word;
        if (SIMPLE_TYPES.has(name))
            return name.toLowerCase();
        if (name === 'DECIMAL') {
            if (this.peek() !== '(')
                return 'decimal(10,0)';
            this.take('(');
            const precision = this.number();
            let scale = '0';
            if (this.peek() === ',') {
                this.take(',');
                scale = this.number();
            }
            this.take(')');
            if (Number(precision) < 1 || Number(precision) > 38 || Number(scale) > Number(precision))
                throw this.fail();
            return `decimal(${precision},${scale})`;
        }
        if (name === 'VARCHAR' || name === 'CHAR') {
            this.take('(');
            const length = this.number();
            this.take(')');
            return `${name.toLowerCase()}(${length})`;
        }
        if (name === 'ARRAY') {
            this.take('<');
            const element = this.type();
            this.take('>');
            return `array<${element}>`;
        }
        if (name === 'MAP') {
            this.take('<');
            const key = this.type();
            this.take(',');
            const value = this.type();
            this.take('>');
            return `map<${key},${value}>`;
        }
        if (name === 'STRUCT') {
            this.take('<');
            const fields = [];
            for (;;) {
                const field = this.take();
                if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field))
                    throw this.fail();
                if (this.peek() === ':')
                    this.take(':');
                fields.push(`${field}:${this.type()}`);
                if (this.peek() === ',') {
                    this.take(',');
                    continue;
                }
                this.take('>');
                return `struct<${fields.join(',')}>`;
            }
        }
        if (name === 'INTERVAL') {
            const from = this.take().toUpperCase();
            if (!INTERVAL_UNITS.has(from))
                throw this.fail();
            if (this.peek()?.toUpperCase() === 'TO') {
                this.take();
                const to = this.take().toUpperCase();
                if (!INTERVAL_UNITS.has(to))
                    throw this.fail();
                return `interval ${from.toLowerCase()} to ${to.toLowerCase()}`;
            }
            return `interval ${from.toLowerCase()}`;
        }
        throw this.fail();
    }
    done() {
        return this.pos === this.tokens.length;
    }
}
/**
 * The canonical spelling of a Databricks column type (`DECIMAL(10, 2)` → `decimal(10,2)`), or a clear
 * `invalid` error naming the column. Only this canonical text is ever written into SQL.
 */
function canonicalType(type, column = '?') {
    try {
        const parser = new TypeParser(type);
        const text = parser.type();
        if (!parser.done())
            throw parser.fail();
        return text;
    }
    catch {
        throw new driver/* ProviderError */.mZ(`Column ${JSON.stringify(column)} has type ${JSON.stringify(type)}, which is not a Databricks data type dpn accepts ` +
            '(STRING, INT, BIGINT, SMALLINT, TINYINT, DOUBLE, FLOAT, BOOLEAN, DATE, TIMESTAMP, TIMESTAMP_NTZ, BINARY, VARIANT, ' +
            'DECIMAL(p,s), VARCHAR(n), CHAR(n), ARRAY<t>, MAP<k,v>, STRUCT<name:t,…>, INTERVAL …)', 'invalid', { code: 'INVALID_COLUMN_TYPE' });
    }
}
/** Two type spellings that mean the same type. */
function sameType(a, b) {
    const canonical = (t) => {
        try {
            return canonicalType(t);
        }
        catch {
            return t.replace(/\s+/g, '').toLowerCase();
        }
    };
    return canonical(a) === canonical(b);
}
function columnDefinition(column) {
    const type = canonicalType(column.type, column.name).toUpperCase();
    const comment = column.comment !== undefined ? ` COMMENT ${stringLiteral(column.comment)}` : '';
    return `${quoteIdentifier(column.name)} ${type}${comment}`;
}
function createTableStatement(name, columns, properties) {
    if (columns.length === 0) {
        throw new driver/* ProviderError */.mZ(`Table ${name.join('.')} has no columns: a managed Delta table needs at least one`, 'invalid', {
            code: 'NO_COLUMNS',
        });
    }
    const props = Object.entries(properties);
    return (`CREATE TABLE IF NOT EXISTS ${qualifiedName(...name)} (${columns.map(columnDefinition).join(', ')}) USING DELTA` +
        (props.length > 0 ? ` TBLPROPERTIES (${props.map(([k, v]) => `${stringLiteral(k)} = ${stringLiteral(v)}`).join(', ')})` : ''));
}
function addColumnsStatement(name, columns) {
    return `ALTER TABLE ${qualifiedName(...name)} ADD COLUMNS (${columns.map(columnDefinition).join(', ')})`;
}
function columnCommentStatement(name, column, comment) {
    return `ALTER TABLE ${qualifiedName(...name)} ALTER COLUMN ${quoteIdentifier(column)} COMMENT ${stringLiteral(comment)}`;
}
function setPropertiesStatement(name, properties) {
    const props = Object.entries(properties).map(([k, v]) => `${stringLiteral(k)} = ${stringLiteral(v)}`);
    return `ALTER TABLE ${qualifiedName(...name)} SET TBLPROPERTIES (${props.join(', ')})`;
}
function unsetPropertiesStatement(name, keys) {
    return `ALTER TABLE ${qualifiedName(...name)} UNSET TBLPROPERTIES IF EXISTS (${keys.map(stringLiteral).join(', ')})`;
}
function dropTableStatement(name) {
    return `DROP TABLE IF EXISTS ${qualifiedName(...name)}`;
}

;// CONCATENATED MODULE: ./src/providers/databricks/table.ts





const TABLE_TYPE_PROPERTY = 'dpn_table_type';
/** Longest server-side wait the API allows; the HTTP timeout must outlast it. */
const WAIT_TIMEOUT = '50s';
const STATEMENT_HTTP_TIMEOUT_MS = 90_000;
function desired(spec) {
    const { key, params } = spec;
    const columns = columnsParam(params, key);
    // Validate every type up front so a bad type never reaches the warehouse.
    for (const column of columns)
        canonicalType(column.type, column.name);
    const seen = new Set();
    for (const column of columns) {
        const lower = column.name.toLowerCase();
        if (seen.has(lower))
            throw invalid(`${key}: column ${JSON.stringify(column.name)} appears twice`);
        seen.add(lower);
    }
    return {
        name: [
            stringParam(params, key, 'catalog_name'),
            stringParam(params, key, 'schema_name'),
            stringParam(params, key, 'name'),
        ],
        tableType: stringParam(params, key, 'table_type'),
        columns,
    };
}
function refName(ref) {
    const p = ref.params;
    if (typeof p.catalog_name === 'string' && typeof p.schema_name === 'string' && typeof p.name === 'string') {
        return [p.catalog_name, p.schema_name, p.name];
    }
    const parts = ref.fullName.split('.');
    if (parts.length !== 3)
        throw invalid(`${ref.key}: ${ref.fullName} is not a catalog.schema.table name`);
    return parts;
}
function liveColumns(info) {
    const cols = [...(info.columns ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    return cols.map((c) => ({
        name: c.name,
        type: c.type_text ?? c.type_name?.toLowerCase() ?? '',
        ...(c.comment ? { comment: c.comment } : {}),
    }));
}
/** Columns as the blueprint spells them wherever the live column means the same thing. */
function columnParams(live, recorded) {
    const wanted = Array.isArray(recorded) ? recorded : [];
    return live.map((col) => {
        const spec = wanted.find((w) => w && typeof w.name === 'string' && w.name.toLowerCase() === col.name.toLowerCase());
        const type = spec && typeof spec.type === 'string' && sameType(spec.type, col.type) ? spec.type : col.type;
        return { name: spec?.name ?? col.name, type, ...(col.comment !== undefined ? { comment: col.comment } : {}) };
    });
}
function table_toLive(info, ref) {
    const properties = info.properties ?? {};
    return {
        params: asSpelled({
            name: info.name,
            catalog_name: info.catalog_name,
            schema_name: info.schema_name,
            table_type: properties[TABLE_TYPE_PROPERTY] ?? ref.params.table_type,
            columns: columnParams(liveColumns(info), ref.params.columns),
        }, ref.params),
        tags: {},
        archived: properties[ARCHIVED_MARK] === 'true',
        ...(createdByOf(properties) !== undefined ? { createdBy: createdByOf(properties) } : {}),
    };
}
/** Why `live` cannot become `wanted` in place, or the columns to add. */
function columnChange(live, wanted, key) {
    for (const [i, have] of live.entries()) {
        const want = wanted[i];
        if (!want) {
            throw invalid(`${key}: column ${JSON.stringify(have.name)} would be dropped; dpn only adds columns in place (dropping needs a replace)`, 'INCOMPATIBLE_COLUMNS');
        }
        if (want.name.toLowerCase() !== have.name.toLowerCase()) {
            throw invalid(`${key}: column ${i + 1} is ${JSON.stringify(have.name)} but the blueprint has ${JSON.stringify(want.name)} there; ` +
                'renaming or reordering columns needs a replace (new columns go at the end)', 'INCOMPATIBLE_COLUMNS');
        }
        if (!sameType(have.type, want.type)) {
            throw invalid(`${key}: column ${JSON.stringify(have.name)} is ${have.type} and the blueprint wants ${want.type}; changing a column type needs a replace`, 'INCOMPATIBLE_COLUMNS');
        }
    }
    const comments = wanted
        .slice(0, live.length)
        .filter((w, i) => w.comment !== undefined && w.comment !== (live[i].comment ?? ''));
    return { add: wanted.slice(live.length), comments };
}
function sameColumns(live, wanted) {
    return (live.length === wanted.length &&
        live.every((c, i) => c.name.toLowerCase() === wanted[i].name.toLowerCase() &&
            sameType(c.type, wanted[i].type) &&
            (wanted[i].comment === undefined || wanted[i].comment === (c.comment ?? ''))));
}
function createTableDriver(client, env) {
    async function get(name, ctx) {
        try {
            return await client().get(`/api/2.1/unity-catalog/tables/${encodeURIComponent(name.join('.'))}`, withSignal(ctx));
        }
        catch (error) {
            if (isMissing(error))
                return null;
            throw error;
        }
    }
    async function execute(statement, key, ctx) {
        const warehouseId = env.DATABRICKS_WAREHOUSE_ID?.trim();
        if (!warehouseId) {
            throw invalid(`${key}: Unity Catalog tables are created through a SQL warehouse; set DATABRICKS_WAREHOUSE_ID to its id`, 'NO_WAREHOUSE');
        }
        const response = await client().post('/api/2.0/sql/statements', { statement, warehouse_id: warehouseId, wait_timeout: WAIT_TIMEOUT, on_wait_timeout: 'CANCEL' }, withSignal(ctx, { timeoutMs: STATEMENT_HTTP_TIMEOUT_MS }));
        const state = response.status?.state;
        if (state === 'SUCCEEDED')
            return;
        const shown = statement.length > 300 ? `${statement.slice(0, 300)}…` : statement;
        if (state === 'FAILED') {
            const code = response.status?.error?.error_code;
            const reason = response.status?.error?.message ?? 'no reason given';
            const kind = code && kindFor(200, code) === 'transient' ? 'transient' : 'invalid';
            throw new driver/* ProviderError */.mZ(`${key}: SQL statement failed on warehouse ${warehouseId}: ${reason} [${shown}]`, kind, {
                code: code ?? 'STATEMENT_FAILED',
            });
        }
        if (state === 'CANCELED' || state === 'PENDING' || state === 'RUNNING') {
            // The warehouse did not finish within the wait (often: still starting); running it again is safe.
            throw new driver/* ProviderError */.mZ(`${key}: SQL statement did not finish within ${WAIT_TIMEOUT} on warehouse ${warehouseId} (${state}) [${shown}]`, 'transient', {
                code: 'STATEMENT_TIMEOUT',
            });
        }
        throw new driver/* ProviderError */.mZ(`${key}: SQL statement ended ${state ?? 'without a state'} on warehouse ${warehouseId} [${shown}]`, 'fatal', {
            code: 'STATEMENT_' + (state ?? 'UNKNOWN'),
        });
    }
    return {
        type: 'dbx_table',
        looksBeforeCreate: true,
        async read(ref, ctx) {
            const info = await get(refName(ref), ctx);
            return info ? table_toLive(info, ref) : null;
        },
        async create(spec, ctx) {
            const want = desired(spec);
            let live = await get(want.name, ctx);
            await ctx.beforeCreate?.(live ? table_toLive(live, spec) : null);
            if (!live) {
                const properties = withCreatedBy({ [TABLE_TYPE_PROPERTY]: want.tableType }, ctx);
                await execute(createTableStatement(want.name, want.columns, properties), spec.key, ctx);
                live = await get(want.name, ctx);
                if (!live)
                    throw notFound(`${spec.key}: table ${want.name.join('.')} was created but cannot be read back`);
            }
            // IF NOT EXISTS succeeds on any existing table: only adopt one that has the wanted columns.
            if (!sameColumns(liveColumns(live), want.columns)) {
                throw conflict(`${spec.key}: table ${want.name.join('.')} already exists with other columns ` +
                    `(${liveColumns(live).map((c) => `${c.name} ${c.type}`).join(', ')}); make the blueprint match to adopt it`);
            }
            const properties = live.properties ?? {};
            if (properties[TABLE_TYPE_PROPERTY] !== want.tableType) {
                await execute(setPropertiesStatement(want.name, { [TABLE_TYPE_PROPERTY]: want.tableType }), spec.key, ctx);
            }
            if (properties[ARCHIVED_MARK] !== undefined) {
                await execute(unsetPropertiesStatement(want.name, [ARCHIVED_MARK]), spec.key, ctx);
            }
            return table_toLive({ ...live, properties: { ...withoutKey(properties, ARCHIVED_MARK), [TABLE_TYPE_PROPERTY]: want.tableType } }, spec);
        },
        async update(spec, current, ctx) {
            const want = desired(spec);
            const currentName = refName(current);
            if (currentName.join('.').toLowerCase() !== want.name.join('.').toLowerCase()) {
                throw invalid(`${spec.key}: renaming table ${currentName.join('.')} to ${want.name.join('.')} needs a replace`, 'RENAME');
            }
            const live = await get(want.name, ctx);
            if (!live)
                throw notFound(`${spec.key}: table ${want.name.join('.')} no longer exists`);
            const change = columnChange(liveColumns(live), want.columns, spec.key);
            const statements = [];
            if (change.add.length > 0)
                statements.push(addColumnsStatement(want.name, change.add));
            for (const column of change.comments)
                statements.push(columnCommentStatement(want.name, column.name, column.comment ?? ''));
            if (live.properties?.[TABLE_TYPE_PROPERTY] !== want.tableType) {
                statements.push(setPropertiesStatement(want.name, { [TABLE_TYPE_PROPERTY]: want.tableType }));
            }
            for (const [i, statement] of statements.entries()) {
                try {
                    await execute(statement, spec.key, ctx);
                }
                catch (error) {
                    // After a statement took effect, "invalid" would tell the engine nothing changed: it did.
                    if (i === 0 || !(error instanceof driver/* ProviderError */.mZ) || error.kind === 'transient')
                        throw error;
                    throw new driver/* ProviderError */.mZ(`${error.message} (after ${i} of ${statements.length} changes were applied)`, 'fatal', error.details);
                }
            }
            const after = await get(want.name, ctx);
            if (!after)
                throw notFound(`${spec.key}: table ${want.name.join('.')} disappeared during the update`);
            return table_toLive(after, spec);
        },
        async archive(ref, ctx) {
            const name = refName(ref);
            const live = await get(name, ctx);
            if (!live || live.properties?.[ARCHIVED_MARK] === 'true')
                return;
            await execute(setPropertiesStatement(name, { [ARCHIVED_MARK]: 'true' }), ref.key, ctx);
        },
        async unarchive(ref, ctx) {
            const name = refName(ref);
            const live = await get(name, ctx);
            if (!live)
                throw notFound(`${ref.key}: table ${name.join('.')} no longer exists`);
            if (live.properties?.[ARCHIVED_MARK] === undefined)
                return;
            await execute(unsetPropertiesStatement(name, [ARCHIVED_MARK]), ref.key, ctx);
        },
        async delete(ref, ctx) {
            const name = refName(ref);
            // Gone already (perhaps with its schema): nothing to drop, and DROP would fail on a missing schema.
            if (!(await get(name, ctx)))
                return;
            await execute(dropTableStatement(name), ref.key, ctx);
        },
    };
}

;// CONCATENATED MODULE: ./src/providers/databricks/index.ts







function createDatabricksDrivers(options = {}) {
    const env = options.env ?? process.env;
    let client;
    const getClient = () => (client ??= new DatabricksClient({
        ...options.client,
        env,
        ...(options.fetch ? { fetch: options.fetch } : {}),
    }));
    return {
        dbx_cluster: createClusterDriver(getClient),
        dbx_job: createJobDriver(getClient),
        dbx_catalog: createCatalogDriver(getClient),
        dbx_schema: createSchemaDriver(getClient),
        dbx_table: createTableDriver(getClient, env),
    };
}


/***/ })

};
