export const id = 855;
export const ids = [855];
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


/***/ })

};
