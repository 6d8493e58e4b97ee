export const id = 886;
export const ids = [886];
export const modules = {

/***/ 200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ sendOptions),
/* harmony export */   Lo: () => (/* binding */ endpointFor),
/* harmony export */   cE: () => (/* binding */ AwsClients),
/* harmony export */   iQ: () => (/* binding */ partitionOf)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_glue__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6542);
/* harmony import */ var _aws_sdk_credential_provider_ini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5869);
// The AWS SDK clients the drivers share: one per service and region, built on first
// use. Endpoint overrides follow the SDK's own variables (AWS_ENDPOINT_URL_<SERVICE>
// before AWS_ENDPOINT_URL), read from the environment given rather than only from
// process.env, so the CLI and tests can point dpn at an emulator explicitly.



function isSet(value) {
    return value !== undefined && value.trim() !== '';
}
/** The endpoint override for `service`, or undefined for the real AWS endpoint. */
function endpointFor(service, env) {
    if (/^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? ''))
        return undefined;
    const specific = env[`AWS_ENDPOINT_URL_${service}`];
    if (isSet(specific))
        return specific.trim();
    const global = env.AWS_ENDPOINT_URL;
    return isSet(global) ? global.trim() : undefined;
}
/** `aws`, `aws-cn`, `aws-us-gov`…: the ARN partition a region belongs to. */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    if (region.startsWith('eu-isoe-'))
        return 'aws-iso-e';
    if (region.startsWith('us-isof-'))
        return 'aws-iso-f';
    return 'aws';
}
/** Per-call options for `client.send`: the engine's cancellation signal, when it gave one. */
function sendOptions(signal) {
    return signal ? { abortSignal: signal } : {};
}
class AwsClients {
    options;
    env;
    defaultRegion;
    forceDelete;
    now;
    s3 = new Map();
    glue = new Map();
    /**
     * The account the credentials act in, once a Glue answer named it
     * (CatalogId). A create then builds its ARN without reading the new
     * resource back.
     */
    account;
    accountLookup;
    /** The account: known, or from `lookup`, which concurrent callers share (one read for many creates). */
    async accountFrom(lookup) {
        if (this.account !== undefined)
            return this.account;
        this.accountLookup ??= lookup().then((account) => {
            if (account)
                this.account = account;
            return account;
        }, (error) => {
            this.accountLookup = undefined;
            throw error;
        });
        return this.accountLookup;
    }
    constructor(options = {}) {
        this.options = options;
        this.env = options.env ?? process.env;
        this.defaultRegion = options.region ?? this.env.AWS_REGION ?? this.env.AWS_DEFAULT_REGION ?? 'us-east-1';
        this.forceDelete = options.forceDelete ?? false;
        this.now = options.now ?? (() => new Date());
    }
    /** The region a resource lives in: its params' `region`, else the default. */
    regionOf(params) {
        const region = params.region;
        return typeof region === 'string' && region !== '' ? region : this.defaultRegion;
    }
    common(region) {
        const config = {
            region,
            maxAttempts: this.options.maxAttempts ?? 2,
            requestHandler: {
                requestTimeout: this.options.requestTimeoutMs ?? 30_000,
                connectionTimeout: this.options.connectionTimeoutMs ?? 5_000,
                // Without this the handler only logs a warning and the call hangs on.
                throwOnRequestTimeout: true,
            },
        };
        // process.env is what the SDK's default chain reads anyway (and it also covers
        // web identity / OIDC, profiles, SSO); an explicit env must win over it.
        if (this.env !== process.env && isSet(this.env.AWS_PROFILE)) {
            // A named profile (`dpn … --aws-profile NAME`): that profile of the shared files and nothing
            // else, as boto3's Session(profile_name) did; static keys elsewhere in the environment do not count.
            config.credentials = (0,_aws_sdk_credential_provider_ini__WEBPACK_IMPORTED_MODULE_0__.fromIni)({ profile: this.env.AWS_PROFILE.trim() });
        }
        else if (this.env !== process.env) {
            const accessKeyId = this.env.AWS_ACCESS_KEY_ID;
            const secretAccessKey = this.env.AWS_SECRET_ACCESS_KEY;
            if (isSet(accessKeyId) && isSet(secretAccessKey)) {
                const sessionToken = this.env.AWS_SESSION_TOKEN;
                config.credentials = isSet(sessionToken)
                    ? { accessKeyId, secretAccessKey, sessionToken }
                    : { accessKeyId, secretAccessKey };
            }
        }
        return config;
    }
    s3Client(region) {
        let client = this.s3.get(region);
        if (!client) {
            const endpoint = endpointFor('S3', this.env);
            client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .S3Client */ .YxF({
                ...this.common(region),
                // A bucket in another region than asked answers 301; follow it rather than fail.
                followRegionRedirects: true,
                // Emulators and private endpoints do not resolve virtual-host bucket names.
                ...(endpoint === undefined ? {} : { endpoint, forcePathStyle: true }),
            });
            this.s3.set(region, client);
        }
        return client;
    }
    glueClient(region) {
        let client = this.glue.get(region);
        if (!client) {
            const endpoint = endpointFor('GLUE', this.env);
            client = new _aws_sdk_client_glue__WEBPACK_IMPORTED_MODULE_2__/* .GlueClient */ .lPz({
                ...this.common(region),
                ...(endpoint === undefined ? {} : { endpoint }),
            });
            this.glue.set(region, client);
        }
        return client;
    }
    /** Closes every socket the clients hold (tests, and the CLI before exit). */
    destroy() {
        for (const client of this.s3.values())
            client.destroy();
        for (const client of this.glue.values())
            client.destroy();
        this.s3.clear();
        this.glue.clear();
    }
}


/***/ }),

/***/ 9886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AwsClients: () => (/* reexport */ aws_clients/* AwsClients */.cE),
  GlueDatabaseDriver: () => (/* reexport */ GlueDatabaseDriver),
  GlueTableDriver: () => (/* reexport */ GlueTableDriver),
  S3BucketDriver: () => (/* reexport */ S3BucketDriver),
  createAwsDrivers: () => (/* binding */ createAwsDrivers),
  endpointFor: () => (/* reexport */ aws_clients/* endpointFor */.Lo),
  partitionOf: () => (/* reexport */ aws_clients/* partitionOf */.iQ),
  redact: () => (/* reexport */ redact),
  tagProblems: () => (/* reexport */ tagProblems),
  toProviderError: () => (/* reexport */ toProviderError)
});

// EXTERNAL MODULE: ./src/providers/aws/clients.ts
var aws_clients = __webpack_require__(200);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-glue/dist-cjs/index.js
var dist_cjs = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/providers/driver.ts
var driver = __webpack_require__(4106);
;// CONCATENATED MODULE: ./src/providers/aws/errors.ts
// Turns whatever the AWS SDK (or the network under it) throws into a ProviderError
// whose kind tells the engine what to do: retry, stop, or explain to the user.
// Messages name the resource and the operation and never carry credentials.

const TRANSIENT_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'SlowDown',
    'TooManyRequests',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'ProvisionedThroughputExceededException',
    'TransactionInProgressException',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'InternalError',
    'InternalFailure',
    'InternalServiceException',
    'InternalServerError',
    'OperationTimeoutException',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
    // Glue: another writer touched the same entity; a later attempt sees the new version.
    'ConcurrentModificationException',
    // S3: "a conflicting conditional operation is currently in progress" (bucket being created/deleted).
    'OperationAborted',
]);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENOTFOUND',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'ERR_HTTP2_STREAM_ERROR',
]);
const PERMISSION_CODES = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'Forbidden',
    'AllAccessDisabled',
    'AccountProblem',
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidToken',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'MissingAuthenticationToken',
    'CredentialsProviderError',
]);
const CONFLICT_CODES = new Set([
    'BucketAlreadyExists',
    'BucketAlreadyOwnedByYou',
    'AlreadyExistsException',
    'BucketNotEmpty',
    'ResourceInUseException',
]);
const NOT_FOUND_CODES = new Set([
    'NoSuchBucket',
    'NotFound',
    'EntityNotFoundException',
    'ResourceNotFoundException',
    'NoSuchKey',
]);
const INVALID_CODES = new Set([
    'InvalidBucketName',
    'InvalidArgument',
    'InvalidRequest',
    'InvalidInputException',
    'ValidationException',
    'MalformedXML',
    'InvalidLocationConstraint',
    'IllegalLocationConstraintException',
    'InvalidTag',
    'InvalidBucketState',
    'IllegalVersioningConfigurationException',
    'InvalidStorageClass',
    'SerializationException',
]);
const QUOTA_CODES = new Set(['TooManyBuckets', 'ResourceNumberLimitExceededException']);
function shape(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
/** The error code AWS (or Node) gave: `NoSuchBucket`, `ThrottlingException`, `ECONNRESET`… */
function errorCode(error) {
    const e = shape(error);
    for (const candidate of [e.Code, e.code, e.name]) {
        if (typeof candidate === 'string' && candidate !== '' && candidate !== 'Error')
            return candidate;
    }
    return undefined;
}
/** The HTTP status of the failed response, when there was one. */
function httpStatus(error) {
    const e = shape(error);
    const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    return typeof status === 'number' ? status : undefined;
}
/** True when the error says the thing looked up does not exist. */
function isNotFound(error, ...codes) {
    const code = errorCode(error);
    if (code !== undefined && (codes.includes(code) || NOT_FOUND_CODES.has(code)))
        return true;
    return httpStatus(error) === 404;
}
/** Node system errors hide their code in `cause` when undici or the SDK wraps them. */
function networkCode(error, depth = 0) {
    if (depth > 3)
        return undefined;
    const e = shape(error);
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code))
        return e.code;
    if (typeof e.message === 'string' && /socket hang up|other side closed/i.test(e.message)) {
        return 'ECONNRESET';
    }
    return e.cause === undefined ? undefined : networkCode(e.cause, depth + 1);
}
/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterMs(error, now = Date.now) {
    const headers = shape(error).$response?.headers;
    if (!headers)
        return undefined;
    const raw = Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
    if (typeof raw !== 'string' || raw.trim() === '')
        return undefined;
    if (/^\d+$/.test(raw.trim()))
        return Number(raw.trim()) * 1000;
    const at = Date.parse(raw);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}
// Access key ids and anything shaped like a signature or secret must never reach a log.
const SECRET_PATTERNS = [
    /\b(?:AKIA|ASIA|AIDA|AROA)[A-Z0-9]{16}\b/g,
    /(aws_secret_access_key|aws_session_token|x-amz-security-token|signature|credential)\s*[=:]\s*\S+/gi,
    /<(StringToSign|CanonicalRequest|SignatureProvided|AWSAccessKeyId)[^>]*>[\s\S]*?<\/\1>/gi,
];
function redact(text) {
    let out = text;
    for (const pattern of SECRET_PATTERNS) {
        out = out.replace(pattern, (match, key) => {
            if (typeof key !== 'string')
                return '[redacted]';
            return match.startsWith('<') ? `<${key}>[redacted]</${key}>` : `${key}=[redacted]`;
        });
    }
    return out;
}
function classify(code, status, network) {
    if (code === 'AbortError')
        return 'fatal';
    if (network !== undefined)
        return 'transient';
    if (code !== undefined) {
        if (TRANSIENT_CODES.has(code))
            return 'transient';
        if (PERMISSION_CODES.has(code))
            return 'permission';
        if (CONFLICT_CODES.has(code))
            return 'conflict';
        if (NOT_FOUND_CODES.has(code))
            return 'not_found';
        if (INVALID_CODES.has(code))
            return 'invalid';
        if (QUOTA_CODES.has(code))
            return 'fatal';
    }
    if (status !== undefined) {
        if (status === 429 || status >= 500)
            return 'transient';
        if (status === 401 || status === 403)
            return 'permission';
        if (status === 404)
            return 'not_found';
        if (status === 409)
            return 'conflict';
        if (status >= 400)
            return 'invalid';
    }
    return 'fatal';
}
function reason(error, code, status, kind) {
    const raw = shape(error).message;
    const text = typeof raw === 'string' && raw !== '' && raw !== 'UnknownError' ? redact(raw) : undefined;
    const label = [code, status === undefined ? undefined : `HTTP ${status}`].filter(Boolean).join(', ');
    const base = text ? (label ? `${text} (${label})` : text) : label || 'unknown error';
    switch (code) {
        case 'BucketAlreadyExists':
            return `${base}. S3 bucket names are global across all AWS accounts in the partition and this one belongs to another account; change the naming values (project, purpose) so the generated name is unique`;
        case 'AbortError':
            return 'cancelled';
        case 'CredentialsProviderError':
            return `no AWS credentials found (${text ?? 'default provider chain'}); configure them, e.g. with aws-actions/configure-aws-credentials`;
        default:
            break;
    }
    if (kind === 'permission')
        return `${base}; the credentials in use lack the permission for this call`;
    return base;
}
function connectionFailure(error, network) {
    const raw = shape(error).message;
    const text = typeof raw === 'string' && raw !== '' ? `: ${redact(raw)}` : '';
    return `connection failed (${network})${text}`;
}
/**
 * Wraps any failure of `operation` on `subject` (e.g. "S3 bucket 'x'", "create") as a
 * ProviderError. A ProviderError passes through unchanged.
 */
function toProviderError(error, subject, operation) {
    if (error instanceof driver/* ProviderError */.mZ)
        return error;
    const code = errorCode(error);
    const status = httpStatus(error);
    const network = networkCode(error);
    const kind = classify(code, status, network);
    const details = {};
    const detailCode = network ?? code;
    if (detailCode !== undefined)
        details.code = detailCode;
    if (status !== undefined)
        details.status = status;
    const wait = retryAfterMs(error);
    if (wait !== undefined)
        details.retryAfterMs = wait;
    const why = network !== undefined ? connectionFailure(error, network) : reason(error, code, status, kind);
    return new driver/* ProviderError */.mZ(`${subject}: ${operation} failed: ${why}`, kind, details);
}
/** Runs one SDK call, converting its failure into a ProviderError for the engine. */
async function attempt(subject, operation, run) {
    try {
        return await run();
    }
    catch (error) {
        throw toProviderError(error, subject, operation);
    }
}
/**
 * The writes one driver call has made so far. The engine takes a 'conflict',
 * 'invalid', 'permission' or 'not_found' failure to mean the call changed nothing
 * and skips compensating it; once a write went through that is no longer true, so
 * such a failure is escalated to 'fatal' and says what was already changed.
 */
class Changes {
    done = [];
    add(api) {
        this.done.push(api);
    }
    get any() {
        return this.done.length > 0;
    }
    escalate(error) {
        if (!(error instanceof driver/* ProviderError */.mZ) || this.done.length === 0)
            return error;
        if (error.kind === 'transient' || error.kind === 'fatal')
            return error;
        return new driver/* ProviderError */.mZ(`${error.message} (${error.kind}, after this call had already made: ${this.done.join(', ')})`, 'fatal', error.details);
    }
}
function newOp(name) {
    return { name, changes: new Changes() };
}
/** Runs one write of `op`, converting its failure and remembering its success. */
async function write(subject, op, api, run) {
    const result = await attempt(subject, `${op.name} (${api})`, run);
    op.changes.add(api);
    return result;
}

;// CONCATENATED MODULE: ./src/providers/aws/glue-catalog.ts
// What the Glue database and table drivers share: the parameters dpn writes into the
// Data Catalog (ownership, archive markers) and Glue ARNs.

/** Every database and table dpn creates carries `managed_by=dpn`. */
const MANAGED_BY_PARAMETER = 'managed_by';
const MANAGED_BY_VALUE = 'dpn';
const ARCHIVED_PARAMETER = 'dpn_archived';
const ARCHIVED_AT_PARAMETER = 'dpn_archived_at';
function glueDatabaseArn(region, account, database) {
    return `arn:${(0,aws_clients/* partitionOf */.iQ)(region)}:glue:${region}:${account}:database/${database}`;
}
function glueTableArn(region, account, database, table) {
    return `arn:${(0,aws_clients/* partitionOf */.iQ)(region)}:glue:${region}:${account}:table/${database}/${table}`;
}
/** Parameters with the archive markers set; a repeated archive keeps the first time. */
function withArchiveMarkers(parameters, now) {
    return {
        ...parameters,
        [ARCHIVED_PARAMETER]: 'true',
        [ARCHIVED_AT_PARAMETER]: parameters[ARCHIVED_AT_PARAMETER] ?? now().toISOString(),
    };
}
function withoutArchiveMarkers(parameters) {
    const out = { ...parameters };
    delete out[ARCHIVED_PARAMETER];
    delete out[ARCHIVED_AT_PARAMETER];
    return out;
}
function isArchived(parameters) {
    return parameters?.[ARCHIVED_PARAMETER] === 'true';
}

;// CONCATENATED MODULE: ./src/providers/aws/ownership.ts
// The creation marker on AWS resources (DESIGN.md, "Ownership"): the id of the
// transaction that created the resource, written by the create itself and never
// on an adopted resource. Recovery deletes a resource its WAL does not mention
// only when this marker names the transaction being recovered.
//
// One spelling per kind of place, each within the platform's rules:
//   S3 bucket tag            dpn:created-by   (AWS tag characters; the `dpn:` prefix is refused in blueprints)
//   Glue database parameter  dpn_created_by   (beside managed_by and dpn_archived)
//   Glue table parameter     dpn_created_by
const CREATED_BY_TAG = 'dpn:created-by';
const CREATED_BY_PARAMETER = 'dpn_created_by';
/** The marker's value in a tag or parameter map, or undefined. */
function createdByIn(map, key) {
    const value = map?.[key];
    return value === undefined || value === '' ? undefined : value;
}

// EXTERNAL MODULE: ./src/naming/rules.ts
var rules = __webpack_require__(5695);
;// CONCATENATED MODULE: ./src/providers/aws/params.ts


const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
class ParamReader {
    params;
    problems = [];
    constructor(params) {
        this.params = params;
    }
    region() {
        const value = this.params.region;
        if (typeof value !== 'string' || !REGION.test(value)) {
            this.problems.push(`region must be an AWS region like eu-west-1 (got ${JSON.stringify(value)})`);
            return '';
        }
        return value;
    }
    string(field) {
        const value = this.params[field];
        if (typeof value !== 'string' || value === '') {
            this.problems.push(`${field} must be a non-empty string (got ${JSON.stringify(value)})`);
            return '';
        }
        return value;
    }
    optionalString(field) {
        const value = this.params[field];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string') {
            this.problems.push(`${field} must be a string (got ${JSON.stringify(value)})`);
            return undefined;
        }
        return value === '' ? undefined : value;
    }
    boolean(field) {
        const value = this.params[field];
        if (typeof value !== 'boolean')
            this.problems.push(`${field} must be true or false (got ${JSON.stringify(value)})`);
        return value === true;
    }
    days(field) {
        const value = this.params[field];
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 36_500) {
            this.problems.push(`${field} must be a whole number of days from 0 to 36500 (got ${JSON.stringify(value)})`);
            return 0;
        }
        return value;
    }
    columns(field, required) {
        const value = this.params[field] ?? (required ? undefined : []);
        if (!Array.isArray(value)) {
            this.problems.push(`${field} must be a list of {name, type} (got ${JSON.stringify(value)})`);
            return [];
        }
        const out = [];
        value.forEach((item, i) => {
            const c = (typeof item === 'object' && item !== null ? item : {});
            if (typeof c.name !== 'string' || c.name === '' || typeof c.type !== 'string' || c.type === '') {
                this.problems.push(`${field}[${i}] must have a non-empty name and type`);
                return;
            }
            const column = { name: c.name, type: c.type };
            if (typeof c.comment === 'string' && c.comment !== '')
                column.comment = c.comment;
            out.push(column);
        });
        const seen = new Set();
        for (const c of out) {
            if (seen.has(c.name.toLowerCase()))
                this.problems.push(`${field} names column '${c.name}' twice`);
            seen.add(c.name.toLowerCase());
        }
        return out;
    }
    done(subject, value) {
        if (this.problems.length > 0) {
            throw new driver/* ProviderError */.mZ(`${subject}: invalid parameters: ${this.problems.join('; ')}`, 'invalid', {
                code: 'InvalidParameters',
            });
        }
        return value;
    }
}
function parseS3BucketParams(params, subject) {
    const r = new ParamReader(params);
    return r.done(subject, { region: r.region(), versioning: r.boolean('versioning'), lifecycleDays: r.days('lifecycleDays') });
}
function parseGlueDatabaseParams(params, subject) {
    const r = new ParamReader(params);
    const out = { region: r.region() };
    const description = r.optionalString('description');
    if (description !== undefined)
        out.description = description;
    return r.done(subject, out);
}
function parseGlueTableParams(params, subject) {
    const r = new ParamReader(params);
    const out = {
        region: r.region(),
        databaseName: r.string('databaseName'),
        tableType: r.string('tableType'),
        columns: r.columns('columns', true),
        partitionKeys: r.columns('partitionKeys', false),
    };
    const description = r.optionalString('description');
    if (description !== undefined)
        out.description = description;
    const clash = out.partitionKeys.find((p) => out.columns.some((c) => c.name.toLowerCase() === p.name.toLowerCase()));
    if (clash)
        r.problems.push(`partition key '${clash.name}' is also a column; Glue wants each name once`);
    return r.done(subject, out);
}
/**
 * The platform's naming rules, checked again right before a create: the emulator
 * accepts anything, and a name can reach a driver without passing through naming
 * (a CLI call, a hand-edited state).
 */
function checkNewName(type, name, subject) {
    const violations = (0,rules/* checkName */.I3)(type, name);
    if (violations.length > 0) {
        throw new driver/* ProviderError */.mZ(`${subject}: invalid name: ${violations.map((v) => v.message).join('; ')}`, 'invalid', {
            code: violations[0]?.code ?? 'InvalidName',
        });
    }
}
function canonical(value) {
    return JSON.stringify(value, (_k, v) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v);
}
/** Deep equality of plain JSON values, ignoring key order and undefined fields. */
function sameValue(a, b) {
    return canonical(a) === canonical(b);
}
/** Fields whose desired and live values differ, as `field: live → desired` lines. */
function differences(desired, live) {
    const d = desired;
    const l = live;
    const fields = [...new Set([...Object.keys(d), ...Object.keys(l)])].sort();
    return fields
        .filter((f) => canonical(d[f]) !== canonical(l[f]))
        .map((f) => `${f}: ${canonical(l[f]) ?? 'unset'} → ${canonical(d[f]) ?? 'unset'}`);
}

;// CONCATENATED MODULE: ./src/providers/aws/tags.ts
// AWS tag rules (checked before any call, since emulators accept anything) and how a
// desired tag set is merged into what a resource already carries.

/** Tags dpn itself writes (archive markers); users may not set them. */
const DPN_TAG_PREFIX = 'dpn:';
const MAX_TAGS = 50;
const MAX_KEY = 128;
const MAX_VALUE = 256;
// Letters, digits and whitespace in any script, plus + - = . _ : / @ (AWS tagging guide).
const ALLOWED = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
/** Every broken rule, one line each; empty when the tags are fine. */
function tagProblems(tags, limit = MAX_TAGS) {
    const problems = [];
    const keys = Object.keys(tags);
    if (keys.length > limit)
        problems.push(`${keys.length} tags, at most ${limit} allowed`);
    for (const key of keys) {
        const value = tags[key] ?? '';
        const keyLength = [...key].length;
        if (keyLength === 0)
            problems.push('a tag key is empty');
        if (keyLength > MAX_KEY)
            problems.push(`tag key '${key.slice(0, 40)}…' is ${keyLength} characters, at most ${MAX_KEY}`);
        if (!ALLOWED.test(key))
            problems.push(`tag key '${key}' has characters outside letters, digits, spaces and + - = . _ : / @`);
        if (key.toLowerCase().startsWith('aws:'))
            problems.push(`tag key '${key}' uses the reserved prefix 'aws:'`);
        if (key.startsWith(DPN_TAG_PREFIX))
            problems.push(`tag key '${key}' uses the prefix '${DPN_TAG_PREFIX}' that dpn reserves for its own markers`);
        const valueLength = [...value].length;
        if (valueLength > MAX_VALUE)
            problems.push(`tag '${key}' has a value of ${valueLength} characters, at most ${MAX_VALUE}`);
        if (!ALLOWED.test(value))
            problems.push(`tag '${key}' has a value with characters outside letters, digits, spaces and + - = . _ : / @`);
    }
    return problems;
}
/** Throws an 'invalid' ProviderError naming the resource and every broken rule. */
function validateTags(tags, subject, limit = MAX_TAGS) {
    const problems = tagProblems(tags, limit);
    if (problems.length > 0) {
        throw new driver/* ProviderError */.mZ(`${subject}: invalid tags (AWS tag rules): ${problems.join('; ')}`, 'invalid', {
            code: 'InvalidTag',
        });
    }
}
/**
 * The tag set to write: what the resource carries, minus the keys dpn applied before
 * and the blueprint no longer asks for, plus the desired tags. Tags somebody else put
 * on the resource survive.
 */
function mergeTags(live, desired, previouslyApplied = {}) {
    const out = {};
    for (const [key, value] of Object.entries(live)) {
        if (key in previouslyApplied && !(key in desired))
            continue;
        out[key] = value;
    }
    return { ...out, ...desired };
}
/** Tags without dpn's own markers: what a LiveResource reports. */
function userTags(tags) {
    return Object.fromEntries(Object.entries(tags).filter(([k]) => !k.startsWith(DPN_TAG_PREFIX)));
}
function sameTags(a, b) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && a[k] === b[k]);
}

;// CONCATENATED MODULE: ./src/providers/aws/glue-database.ts
// The aws_glue_database driver: a Data Catalog database with a description, the
// parameter `managed_by=dpn`, and AWS tags (databases are taggable; the ARN needs the
// account, which GetDatabase reports as CatalogId, so no STS call is needed).
// Archive sets the parameters `dpn_archived=true` and `dpn_archived_at`; delete refuses
// a database that still holds tables unless forced, since DeleteDatabase drops them all.
// A database this driver creates carries the creation marker `dpn_created_by=<transaction>`
// (./ownership.ts) from the CreateDatabase call itself; updates and archives keep it.








function subjectOf(name) {
    return `Glue database '${name}'`;
}
function liveParams(snap) {
    const out = { region: snap.region };
    if (snap.database.Description)
        out.description = snap.database.Description;
    return out;
}
function toLive(snap) {
    const live = {
        params: { ...liveParams(snap) },
        tags: snap.tags,
        archived: isArchived(snap.database.Parameters),
    };
    if (snap.arn !== undefined)
        live.physicalId = snap.arn;
    const createdBy = createdByIn(snap.database.Parameters, CREATED_BY_PARAMETER);
    if (createdBy !== undefined)
        live.createdBy = createdBy;
    return live;
}
/** DatabaseInput that keeps every field of `database` (UpdateDatabase replaces the whole definition). */
function inputFrom(database, name) {
    const input = { Name: name };
    if (database.Description)
        input.Description = database.Description;
    if (database.LocationUri)
        input.LocationUri = database.LocationUri;
    if (database.Parameters)
        input.Parameters = { ...database.Parameters };
    if (database.CreateTableDefaultPermissions)
        input.CreateTableDefaultPermissions = database.CreateTableDefaultPermissions;
    if (database.TargetDatabase)
        input.TargetDatabase = database.TargetDatabase;
    if (database.FederatedDatabase)
        input.FederatedDatabase = database.FederatedDatabase;
    return input;
}
class GlueDatabaseDriver {
    clients;
    type = 'aws_glue_database';
    looksBeforeCreate = true;
    constructor(clients) {
        this.clients = clients;
    }
    glue(region) {
        return this.clients.glueClient(region);
    }
    async inspect(name, region, ctx, operation) {
        const subject = subjectOf(name);
        const glue = this.glue(region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        let database;
        try {
            database = (await glue.send(new dist_cjs/* GetDatabaseCommand */.vU({ Name: name }), opts)).Database;
        }
        catch (error) {
            if (isNotFound(error))
                return null;
            throw toProviderError(error, subject, `${operation} (GetDatabase)`);
        }
        if (!database)
            return null;
        const account = database.CatalogId;
        if (account)
            this.clients.account = account;
        const arn = account ? glueDatabaseArn(region, account, database.Name ?? name) : undefined;
        let tags = {};
        if (arn !== undefined) {
            const result = await attempt(subject, `${operation} (GetTags)`, () => glue.send(new dist_cjs/* GetTagsCommand */.$kx({ ResourceArn: arn }), opts));
            tags = { ...(result.Tags ?? {}) };
        }
        return { database, region, arn, tags };
    }
    async mustInspect(name, region, ctx, operation) {
        const snap = await this.inspect(name, region, ctx, operation);
        if (snap === null) {
            throw new driver/* ProviderError */.mZ(`${subjectOf(name)}: ${operation} failed: the database does not exist`, 'not_found', {
                code: 'EntityNotFoundException',
            });
        }
        return snap;
    }
    async read(ref, ctx) {
        const snap = await this.inspect(ref.name, this.clients.regionOf(ref.params), ctx, 'read');
        return snap ? toLive(snap) : null;
    }
    async create(spec, ctx) {
        const subject = subjectOf(spec.name);
        checkNewName(this.type, spec.name, subject);
        const desired = parseGlueDatabaseParams(spec.params, subject);
        validateTags(spec.tags, subject);
        const input = {
            Name: spec.name,
            Parameters: {
                [MANAGED_BY_PARAMETER]: MANAGED_BY_VALUE,
                ...(ctx.transaction === undefined ? {} : { [CREATED_BY_PARAMETER]: ctx.transaction }),
            },
            ...(desired.description === undefined ? {} : { Description: desired.description }),
        };
        const op = newOp('create');
        try {
            // Look first: a converged database then costs no write, not even a refused one.
            const existing = await this.inspect(spec.name, desired.region, ctx, 'create');
            await ctx.beforeCreate?.(existing === null ? null : toLive(existing));
            if (existing !== null)
                return await this.adopt(existing, desired, spec, ctx, op);
            try {
                await this.glue(desired.region).send(new dist_cjs/* CreateDatabaseCommand */.x_P({
                    DatabaseInput: input,
                    ...(Object.keys(spec.tags).length === 0 ? {} : { Tags: spec.tags }),
                }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal));
                op.changes.add('CreateDatabase');
            }
            catch (error) {
                if (errorCode(error) !== 'AlreadyExistsException')
                    throw toProviderError(error, subject, 'create (CreateDatabase)');
                // Created by someone else between our look and our create.
                return await this.adopt(await this.mustInspect(spec.name, desired.region, ctx, 'create'), desired, spec, ctx, op);
            }
            return toLive(await this.created(input, desired.region, spec.tags, ctx));
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    /** The database CreateDatabase just made: read back only to learn the account its ARN names. */
    async created(input, region, tags, ctx) {
        const name = input.Name ?? '';
        const account = await this.clients.accountFrom(async () => {
            const result = await attempt(subjectOf(name), 'create (GetDatabase)', () => this.glue(region).send(new dist_cjs/* GetDatabaseCommand */.vU({ Name: name }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal)));
            return result.Database?.CatalogId;
        });
        const database = { ...input, Name: name };
        return { database, region, arn: account ? glueDatabaseArn(region, account, name) : undefined, tags: { ...tags } };
    }
    async adopt(snap, desired, spec, ctx, op) {
        const diff = differences(desired, liveParams(snap));
        if (diff.length > 0) {
            throw new driver/* ProviderError */.mZ(`${subjectOf(spec.name)}: already exists with other settings (${diff.join('; ')}); dpn adopts an existing database only when its settings match the blueprint`, 'conflict', { code: 'AlreadyExistsException' });
        }
        return this.converge(snap, desired, spec.tags, {}, ctx, op);
    }
    async update(spec, current, ctx) {
        const subject = subjectOf(spec.name);
        const desired = parseGlueDatabaseParams(spec.params, subject);
        validateTags(spec.tags, subject);
        if (current.name !== spec.name) {
            throw new driver/* ProviderError */.mZ(`${subject}: update cannot rename database '${current.name}'; Glue has no rename, the plan must replace it`, 'invalid', { code: 'RenameNotSupported' });
        }
        const was = current.params.region;
        if (typeof was === 'string' && was !== desired.region) {
            throw new driver/* ProviderError */.mZ(`${subject}: update cannot move the database from ${was} to ${desired.region}; the plan must replace it`, 'invalid', { code: 'RegionChangeNotSupported' });
        }
        const snap = await this.mustInspect(spec.name, desired.region, ctx, 'update');
        const op = newOp('update');
        try {
            return await this.converge(snap, desired, spec.tags, current.tags, ctx, op);
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    /** Writes the description, ownership parameter and tags where they differ; clears archive markers. */
    async converge(snap, desired, desiredTags, previousTags, ctx, op) {
        const name = snap.database.Name ?? '';
        const subject = subjectOf(name);
        const glue = this.glue(snap.region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        const before = inputFrom(snap.database, name);
        const after = inputFrom(snap.database, name);
        after.Parameters = { ...withoutArchiveMarkers(before.Parameters ?? {}), [MANAGED_BY_PARAMETER]: MANAGED_BY_VALUE };
        if (desired.description === undefined)
            delete after.Description;
        else
            after.Description = desired.description;
        if (differences(after, before).length > 0) {
            await write(subject, op, 'UpdateDatabase', () => glue.send(new dist_cjs/* UpdateDatabaseCommand */.YOF({ Name: name, DatabaseInput: after }), opts));
        }
        const tags = await this.applyTags(snap, desiredTags, previousTags, ctx, op);
        const database = { ...snap.database, Parameters: after.Parameters };
        if (after.Description === undefined)
            delete database.Description;
        else
            database.Description = after.Description;
        return toLive({ ...snap, database, tags });
    }
    /** Adds or changes the desired tags and removes those dpn applied before and no longer wants. */
    async applyTags(snap, desired, previous, ctx, op) {
        const arn = snap.arn;
        const subject = subjectOf(snap.database.Name ?? '');
        const toAdd = Object.fromEntries(Object.entries(desired).filter(([k, v]) => snap.tags[k] !== v));
        const toRemove = Object.keys(previous).filter((k) => !(k in desired) && k in snap.tags);
        if (Object.keys(toAdd).length === 0 && toRemove.length === 0)
            return snap.tags;
        if (arn === undefined) {
            throw new driver/* ProviderError */.mZ(`${subject}: ${op.name} failed: Glue did not report the account (CatalogId), so the ARN to tag is unknown`, 'fatal');
        }
        const glue = this.glue(snap.region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        if (Object.keys(toAdd).length > 0) {
            await write(subject, op, 'TagResource', () => glue.send(new dist_cjs/* TagResourceCommand */.eqU({ ResourceArn: arn, TagsToAdd: toAdd }), opts));
        }
        if (toRemove.length > 0) {
            await write(subject, op, 'UntagResource', () => glue.send(new dist_cjs/* UntagResourceCommand */.RP$({ ResourceArn: arn, TagsToRemove: toRemove }), opts));
        }
        const out = { ...snap.tags, ...toAdd };
        for (const k of toRemove)
            delete out[k];
        return out;
    }
    async setParameters(ref, ctx, operation, change) {
        const snap = await this.mustInspect(ref.name, this.clients.regionOf(ref.params), ctx, operation);
        const name = snap.database.Name ?? ref.name;
        const input = inputFrom(snap.database, name);
        const parameters = change(input.Parameters ?? {});
        if (differences(parameters, input.Parameters ?? {}).length === 0)
            return;
        input.Parameters = parameters;
        await attempt(subjectOf(name), `${operation} (UpdateDatabase)`, () => this.glue(snap.region).send(new dist_cjs/* UpdateDatabaseCommand */.YOF({ Name: name, DatabaseInput: input }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal)));
    }
    async archive(ref, ctx) {
        await this.setParameters(ref, ctx, 'archive', (p) => withArchiveMarkers(p, this.clients.now));
    }
    async unarchive(ref, ctx) {
        await this.setParameters(ref, ctx, 'unarchive', withoutArchiveMarkers);
    }
    async delete(ref, ctx, options = {}) {
        const subject = subjectOf(ref.name);
        const glue = this.glue(this.clients.regionOf(ref.params));
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        const force = options.force ?? this.clients.forceDelete;
        if (!force) {
            let tables;
            try {
                const page = await glue.send(new dist_cjs/* GetTablesCommand */.dhF({ DatabaseName: ref.name, MaxResults: 5 }), opts);
                tables = (page.TableList ?? []).map((t) => t.Name ?? '?');
            }
            catch (error) {
                if (isNotFound(error))
                    return;
                throw toProviderError(error, subject, 'delete (GetTables)');
            }
            if (tables.length > 0) {
                throw new driver/* ProviderError */.mZ(`${subject}: refusing to delete a database that still holds tables (${tables.join(', ')}${tables.length === 5 ? ', …' : ''}); Glue would drop them with it. Delete the tables first or delete with force`, 'conflict', { code: 'DatabaseNotEmpty' });
            }
        }
        try {
            await glue.send(new dist_cjs/* DeleteDatabaseCommand */.AZm({ Name: ref.name }), opts);
        }
        catch (error) {
            if (isNotFound(error))
                return;
            throw toProviderError(error, subject, 'delete (DeleteDatabase)');
        }
    }
}

;// CONCATENATED MODULE: ./src/providers/aws/glue-table.ts
// The aws_glue_table driver: an EXTERNAL_TABLE in a Glue database with columns,
// partition keys, description and the parameters `managed_by=dpn` and
// `dpn_table_type=<fact|dim|…>`.
//
// Glue tables cannot carry AWS tags (TagResource covers databases, jobs, crawlers…,
// not tables), so the blueprint's tags are kept as table parameters
// `dpn_tag.<Key>=<Value>` and reported back as the LiveResource's tags.
// Updates keep what dpn does not manage (location, SerDe, other parameters), and the
// creation marker `dpn_created_by=<transaction>` (./ownership.ts) that CreateTable wrote.
//
// Glue folds column names to lower case when it stores them (Hive compatibility), so
// columns are compared ignoring case, and `read` reports a column in the spelling the
// caller's params use when only the case differs: otherwise a blueprint column
// `orderId` would show as drift, and be rewritten, on every run.








const TABLE_TYPE_PARAMETER = 'dpn_table_type';
const TAG_PARAMETER_PREFIX = 'dpn_tag.';
function glue_table_subjectOf(address) {
    return `Glue table '${address.database}.${address.table}'`;
}
function toGlueColumn(c) {
    return c.comment === undefined ? { Name: c.name, Type: c.type } : { Name: c.name, Type: c.type, Comment: c.comment };
}
function fromGlueColumn(c) {
    const column = { name: c.Name ?? '', type: c.Type ?? '' };
    if (c.Comment)
        column.comment = c.Comment;
    return column;
}
function tagsOf(parameters) {
    const out = {};
    for (const [k, v] of Object.entries(parameters ?? {})) {
        if (k.startsWith(TAG_PARAMETER_PREFIX))
            out[k.slice(TAG_PARAMETER_PREFIX.length)] = v;
    }
    return out;
}
function foldColumn(c) {
    return JSON.stringify([c.name.toLowerCase(), c.type.replace(/\s+/g, '').toLowerCase(), c.comment ?? '']);
}
/** Equal as Glue sees them: names and types ignoring case (and blanks in types). */
function sameColumns(a, b) {
    return a.length === b.length && a.every((c, i) => foldColumn(c) === foldColumn(b[i]));
}
function isColumnList(value) {
    return Array.isArray(value) && value.every((c) => typeof c === 'object' && c !== null && typeof c.name === 'string' && typeof c.type === 'string');
}
/** `live`, or the caller's spelling of it when the two differ only in case. */
function spelledLike(live, like) {
    return isColumnList(like) && sameColumns(live, like) ? like.map((c) => ({ ...c })) : live;
}
/** The settings dpn manages, in the shape of GlueTableParams; columns spelled like `like`'s when only case differs. */
function glue_table_liveParams(table, address, like = {}) {
    const out = {
        region: address.region,
        databaseName: table.DatabaseName ?? address.database,
        columns: spelledLike((table.StorageDescriptor?.Columns ?? []).map(fromGlueColumn), like.columns),
        partitionKeys: spelledLike((table.PartitionKeys ?? []).map(fromGlueColumn), like.partitionKeys),
    };
    const tableType = table.Parameters?.[TABLE_TYPE_PARAMETER];
    if (tableType !== undefined)
        out.tableType = tableType;
    if (table.Description)
        out.description = table.Description;
    return out;
}
/** TableInput that keeps every writable field of `table` (UpdateTable replaces the whole definition). */
function glue_table_inputFrom(table, name) {
    const input = { Name: name };
    if (table.Description)
        input.Description = table.Description;
    if (table.Owner)
        input.Owner = table.Owner;
    if (table.Retention !== undefined)
        input.Retention = table.Retention;
    if (table.StorageDescriptor)
        input.StorageDescriptor = { ...table.StorageDescriptor };
    if (table.PartitionKeys)
        input.PartitionKeys = table.PartitionKeys;
    if (table.ViewOriginalText)
        input.ViewOriginalText = table.ViewOriginalText;
    if (table.ViewExpandedText)
        input.ViewExpandedText = table.ViewExpandedText;
    if (table.TableType)
        input.TableType = table.TableType;
    if (table.Parameters)
        input.Parameters = { ...table.Parameters };
    if (table.TargetTable)
        input.TargetTable = table.TargetTable;
    return input;
}
/** `input` with column names and types folded the way Glue stores them, for comparing. */
function comparable(input) {
    const fold = (columns) => columns?.map((c) => ({ ...c, Name: c.Name?.toLowerCase(), Type: c.Type?.replace(/\s+/g, '').toLowerCase() }));
    const out = { ...input, PartitionKeys: fold(input.PartitionKeys) };
    if (input.StorageDescriptor)
        out.StorageDescriptor = { ...input.StorageDescriptor, Columns: fold(input.StorageDescriptor.Columns) };
    return out;
}
/** `base` brought to the desired columns, keys, description and dpn parameters. */
function desiredInput(base, desired, tags) {
    const kept = Object.fromEntries(Object.entries(base.Parameters ?? {}).filter(([k]) => !k.startsWith(TAG_PARAMETER_PREFIX) && k !== ARCHIVED_PARAMETER && k !== ARCHIVED_AT_PARAMETER));
    const input = {
        ...base,
        TableType: base.TableType ?? 'EXTERNAL_TABLE',
        StorageDescriptor: { ...base.StorageDescriptor, Columns: desired.columns.map(toGlueColumn) },
        PartitionKeys: desired.partitionKeys.map(toGlueColumn),
        Parameters: {
            ...kept,
            [MANAGED_BY_PARAMETER]: MANAGED_BY_VALUE,
            [TABLE_TYPE_PARAMETER]: desired.tableType,
            ...Object.fromEntries(Object.entries(tags).map(([k, v]) => [`${TAG_PARAMETER_PREFIX}${k}`, v])),
        },
    };
    if (desired.description === undefined)
        delete input.Description;
    else
        input.Description = desired.description;
    return input;
}
class GlueTableDriver {
    clients;
    type = 'aws_glue_table';
    looksBeforeCreate = true;
    constructor(clients) {
        this.clients = clients;
    }
    glue(region) {
        return this.clients.glueClient(region);
    }
    /** Where a recorded table lives: its params, else `db.table` in fullName. */
    addressOf(ref) {
        const region = this.clients.regionOf(ref.params);
        const dot = ref.fullName.indexOf('.');
        const database = typeof ref.params.databaseName === 'string' && ref.params.databaseName !== ''
            ? ref.params.databaseName
            : dot > 0
                ? ref.fullName.slice(0, dot)
                : '';
        const table = ref.name.includes('.') ? ref.name.slice(ref.name.indexOf('.') + 1) : ref.name;
        if (database === '') {
            throw new driver/* ProviderError */.mZ(`Glue table '${ref.name}': the database is unknown (no params.databaseName and no 'db.table' full name)`, 'invalid', {
                code: 'InvalidParameters',
            });
        }
        return { region, database, table };
    }
    async getTable(address, ctx, operation) {
        try {
            const result = await this.glue(address.region).send(new dist_cjs/* GetTableCommand */.QuZ({ DatabaseName: address.database, Name: address.table }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal));
            return result.Table ?? null;
        }
        catch (error) {
            // Glue answers EntityNotFoundException for a missing table and for a missing database alike.
            if (isNotFound(error))
                return null;
            throw toProviderError(error, glue_table_subjectOf(address), `${operation} (GetTable)`);
        }
    }
    async mustGetTable(address, ctx, operation) {
        const table = await this.getTable(address, ctx, operation);
        if (table === null) {
            throw new driver/* ProviderError */.mZ(`${glue_table_subjectOf(address)}: ${operation} failed: the table does not exist`, 'not_found', {
                code: 'EntityNotFoundException',
            });
        }
        return table;
    }
    toLive(table, address, like = {}) {
        const live = {
            params: { ...glue_table_liveParams(table, address, like) },
            tags: tagsOf(table.Parameters),
            archived: isArchived(table.Parameters),
        };
        const createdBy = createdByIn(table.Parameters, CREATED_BY_PARAMETER);
        if (createdBy !== undefined)
            live.createdBy = createdBy;
        if (table.CatalogId) {
            this.clients.account = table.CatalogId;
            live.physicalId = glueTableArn(address.region, table.CatalogId, table.DatabaseName ?? address.database, table.Name ?? address.table);
        }
        return live;
    }
    async read(ref, ctx) {
        const address = this.addressOf(ref);
        const table = await this.getTable(address, ctx, 'read');
        return table ? this.toLive(table, address, ref.params) : null;
    }
    async create(spec, ctx) {
        const provisional = { database: String(spec.params.databaseName ?? '?'), table: spec.name };
        const desired = parseGlueTableParams(spec.params, glue_table_subjectOf(provisional));
        const address = { region: desired.region, database: desired.databaseName, table: spec.name };
        const subject = glue_table_subjectOf(address);
        checkNewName(this.type, spec.name, subject);
        validateTags(spec.tags, subject);
        const input = desiredInput({ Name: spec.name }, desired, spec.tags);
        if (ctx.transaction !== undefined)
            input.Parameters = { ...input.Parameters, [CREATED_BY_PARAMETER]: ctx.transaction };
        // Look first: a converged table then costs no write, not even a refused one.
        const existing = await this.getTable(address, ctx, 'create');
        await ctx.beforeCreate?.(existing === null ? null : this.toLive(existing, address, spec.params));
        if (existing !== null)
            return this.adopt(existing, address, desired, spec.tags, ctx);
        try {
            await this.glue(address.region).send(new dist_cjs/* CreateTableCommand */.IxS({ DatabaseName: address.database, TableInput: input }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal));
        }
        catch (error) {
            const code = errorCode(error);
            if (code === 'EntityNotFoundException') {
                throw new driver/* ProviderError */.mZ(`${subject}: create failed: Glue database '${address.database}' does not exist in ${address.region}; it must be created first`, 'not_found', { code });
            }
            if (code !== 'AlreadyExistsException')
                throw toProviderError(error, subject, 'create (CreateTable)');
            // Created by someone else between our look and our create.
            return this.adopt(await this.mustGetTable(address, ctx, 'create'), address, desired, spec.tags, ctx);
        }
        const op = newOp('create');
        op.changes.add('CreateTable');
        try {
            // Read back only to learn the account the ARN names.
            const account = this.clients.account;
            const table = account === undefined
                ? await this.mustGetTable(address, ctx, 'create')
                : { ...input, Name: spec.name, DatabaseName: address.database, CatalogId: account };
            return this.toLive(table, address, { ...desired });
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    async adopt(live, address, desired, tags, ctx) {
        const diff = differences(desired, glue_table_liveParams(live, address, { ...desired }));
        if (diff.length > 0) {
            throw new driver/* ProviderError */.mZ(`${glue_table_subjectOf(address)}: already exists with other settings (${diff.join('; ')}); dpn adopts an existing table only when its settings match the blueprint`, 'conflict', { code: 'AlreadyExistsException' });
        }
        return this.converge(live, address, desired, tags, ctx, 'create');
    }
    async update(spec, current, ctx) {
        const provisional = { database: String(spec.params.databaseName ?? '?'), table: spec.name };
        const desired = parseGlueTableParams(spec.params, glue_table_subjectOf(provisional));
        const address = { region: desired.region, database: desired.databaseName, table: spec.name };
        const subject = glue_table_subjectOf(address);
        validateTags(spec.tags, subject);
        const was = this.addressOf(current);
        if (was.table !== address.table || was.database !== address.database || was.region !== address.region) {
            throw new driver/* ProviderError */.mZ(`${subject}: update cannot rename or move ${glue_table_subjectOf(was)} (${was.region}); Glue has no table rename, the plan must replace it`, 'invalid', { code: 'RenameNotSupported' });
        }
        const live = await this.mustGetTable(address, ctx, 'update');
        return this.converge(live, address, desired, spec.tags, ctx, 'update');
    }
    async converge(live, address, desired, tags, ctx, operation) {
        const before = glue_table_inputFrom(live, address.table);
        const after = desiredInput(before, desired, tags);
        if (differences(comparable(after), comparable(before)).length > 0)
            await this.updateTable(address, after, ctx, operation);
        return this.toLive({ ...live, ...after }, address, { ...desired });
    }
    async updateTable(address, input, ctx, operation) {
        await attempt(glue_table_subjectOf(address), `${operation} (UpdateTable)`, () => this.glue(address.region).send(new dist_cjs/* UpdateTableCommand */.NQf({ DatabaseName: address.database, TableInput: input }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal)));
    }
    async setParameters(ref, ctx, operation, change) {
        const address = this.addressOf(ref);
        const live = await this.mustGetTable(address, ctx, operation);
        const input = glue_table_inputFrom(live, address.table);
        const parameters = change(input.Parameters ?? {});
        if (differences(parameters, input.Parameters ?? {}).length === 0)
            return;
        await this.updateTable(address, { ...input, Parameters: parameters }, ctx, operation);
    }
    async archive(ref, ctx) {
        await this.setParameters(ref, ctx, 'archive', (p) => withArchiveMarkers(p, this.clients.now));
    }
    async unarchive(ref, ctx) {
        await this.setParameters(ref, ctx, 'unarchive', withoutArchiveMarkers);
    }
    async delete(ref, ctx) {
        const address = this.addressOf(ref);
        try {
            await this.glue(address.region).send(new dist_cjs/* DeleteTableCommand */.$uC({ DatabaseName: address.database, Name: address.table }), (0,aws_clients/* sendOptions */.$Y)(ctx.signal));
        }
        catch (error) {
            if (isNotFound(error))
                return;
            throw toProviderError(error, glue_table_subjectOf(address), 'delete (DeleteTable)');
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/providers/aws/s3-bucket.ts
// The aws_s3_bucket driver: a general purpose bucket with dpn's standard settings
// (public access blocked, SSE-S3 default encryption), versioning, one lifecycle rule
// to INTELLIGENT_TIERING, and tags.
//
// Ownership. A bucket this driver creates gets the creation marker
// `dpn:created-by=<transaction>` (./ownership.ts) in the one tag write that
// follows CreateBucket, together with the blueprint's tags: S3 takes no tags in
// CreateBucket for general purpose buckets. Update, archive and unarchive keep it.
//
// Adoption. `create` of a bucket that already exists in our account adopts it when
// its settings (region, versioning, lifecycleDays) match the blueprint and fails with
// a 'conflict' naming the differences otherwise; an adopted bucket never gets a
// marker. Two states count as an unfinished create and are completed instead: a
// bucket carrying this transaction's marker, and a bare bucket (no tags, versioning
// never set, no lifecycle), which is what a crash right after CreateBucket leaves.
// A bare bucket gets the marker only when this driver sent its CreateBucket in this
// transaction. An adopted bucket gets dpn's standard settings; an existing KMS
// default encryption is kept, never downgraded.
//
// Requests. A new bucket costs HeadBucket, CreateBucket, PutBucketTagging,
// PutBucketLifecycleConfiguration, and PutBucketVersioning only when the blueprint
// wants versioning. Block Public Access and SSE-S3 are not written to a bucket
// CreateBucket just made: S3 gives every new general purpose bucket exactly those
// (all four Block Public Access settings since April 2023, SSE-S3 default
// encryption since January 2023; S3 user guide, "Blocking public access to your
// Amazon S3 storage" and "Setting default server-side encryption behavior").
// Versioning is off on a new bucket, so `versioning: false` writes nothing either.
//
// Archive policy. `archive` keeps the bucket and its data, tags it
// `dpn:archived=true` and `dpn:archived-at=<ISO time>`, and adds the lifecycle rule
// `dpn-archive`: current and noncurrent object versions move to S3 Glacier Flexible
// Retrieval 30 days after creation / becoming noncurrent. Nothing expires, so archive
// is reversible: `unarchive` (and any later create or update) removes the tags and the
// rule; objects already moved stay in Glacier until restored.







const INTELLIGENT_TIERING_RULE_ID = 'dpn-intelligent-tiering';
const ARCHIVE_RULE_ID = 'dpn-archive';
const ARCHIVE_TRANSITION_DAYS = 30;
const ARCHIVED_TAG = 'dpn:archived';
const ARCHIVED_AT_TAG = 'dpn:archived-at';
/** Markers dpn may add on top of the blueprint's tags (created-by, archived, archived-at); the blueprint must leave room for them. */
const MARKER_TAGS = 3;
function s3_bucket_subjectOf(name) {
    return `S3 bucket '${name}'`;
}
function bucketArn(name, region) {
    return `arn:${(0,aws_clients/* partitionOf */.iQ)(region)}:s3:::${name}`;
}
/** The rule `lifecycleDays` stands for. */
function intelligentTieringRule(days) {
    return {
        ID: INTELLIGENT_TIERING_RULE_ID,
        Status: 'Enabled',
        Filter: { Prefix: '' },
        Transitions: [{ Days: days, StorageClass: 'INTELLIGENT_TIERING' }],
    };
}
function archiveRule() {
    return {
        ID: ARCHIVE_RULE_ID,
        Status: 'Enabled',
        Filter: { Prefix: '' },
        Transitions: [{ Days: ARCHIVE_TRANSITION_DAYS, StorageClass: 'GLACIER' }],
        NoncurrentVersionTransitions: [{ NoncurrentDays: ARCHIVE_TRANSITION_DAYS, StorageClass: 'GLACIER' }],
    };
}
function lifecycleDaysOf(rules) {
    const rule = rules.find((r) => r.ID === INTELLIGENT_TIERING_RULE_ID);
    return rule?.Transitions?.find((t) => t.StorageClass === 'INTELLIGENT_TIERING')?.Days;
}
function s3_bucket_liveParams(snap) {
    const days = lifecycleDaysOf(snap.rules);
    const base = { region: snap.region, versioning: snap.versioning === 'Enabled' };
    return days === undefined ? base : { ...base, lifecycleDays: days };
}
function s3_bucket_toLive(snap) {
    const live = {
        physicalId: bucketArn(snap.name, snap.region),
        params: { ...s3_bucket_liveParams(snap) },
        tags: userTags(snap.tags),
        archived: snap.tags[ARCHIVED_TAG] === 'true',
    };
    const createdBy = createdByIn(snap.tags, CREATED_BY_TAG);
    if (createdBy !== undefined)
        live.createdBy = createdBy;
    return live;
}
/** No tags, versioning never set, no lifecycle: what a crash right after CreateBucket leaves. */
function isBare(snap) {
    return Object.keys(snap.tags).length === 0 && snap.versioning === undefined && snap.rules.length === 0;
}
function tagMap(tagSet) {
    const out = {};
    for (const t of tagSet ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? '';
    return out;
}
/** GetBucketLocation answers null/'' for us-east-1 and the legacy 'EU' for eu-west-1. */
function regionFromLocation(location) {
    if (!location)
        return 'us-east-1';
    return location === 'EU' ? 'eu-west-1' : location;
}
class S3BucketDriver {
    clients;
    type = 'aws_s3_bucket';
    looksBeforeCreate = true;
    /**
     * `<transaction> <bucket>` for every CreateBucket this driver sent: a bare
     * bucket found by a retried create of the same transaction is then known to
     * be its own, and gets the marker. Retries happen in the process that sent it.
     */
    sent = new Set();
    constructor(clients) {
        this.clients = clients;
    }
    s3(region) {
        return this.clients.s3Client(region);
    }
    /** The bucket as it is, or null when it does not exist. */
    async inspect(name, askedRegion, ctx, operation) {
        const subject = s3_bucket_subjectOf(name);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        let region;
        try {
            const head = await this.s3(askedRegion).send(new client_s3_dist_cjs/* HeadBucketCommand */.kuI({ Bucket: name }), opts);
            region = head.BucketRegion;
        }
        catch (error) {
            if (isNotFound(error))
                return null;
            throw toProviderError(error, subject, `${operation} (HeadBucket)`);
        }
        if (!region) {
            const location = await attempt(subject, `${operation} (GetBucketLocation)`, () => this.s3(askedRegion).send(new client_s3_dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket: name }), opts));
            region = regionFromLocation(location.LocationConstraint);
        }
        const s3 = this.s3(region);
        const [versioning, lifecycle, tags, encrypted, publicAccessBlocked] = await Promise.all([
            attempt(subject, `${operation} (GetBucketVersioning)`, () => s3.send(new client_s3_dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket: name }), opts)).then((r) => r.Status),
            s3.send(new client_s3_dist_cjs/* GetBucketLifecycleConfigurationCommand */.iQ1({ Bucket: name }), opts).then((r) => ({ rules: r.Rules ?? [], minimumObjectSize: r.TransitionDefaultMinimumObjectSize }), (error) => {
                if (errorCode(error) === 'NoSuchLifecycleConfiguration')
                    return { rules: [], minimumObjectSize: undefined };
                throw toProviderError(error, subject, `${operation} (GetBucketLifecycleConfiguration)`);
            }),
            s3.send(new client_s3_dist_cjs/* GetBucketTaggingCommand */.fp5({ Bucket: name }), opts).then((r) => tagMap(r.TagSet), (error) => {
                if (errorCode(error) === 'NoSuchTagSet')
                    return {};
                throw toProviderError(error, subject, `${operation} (GetBucketTagging)`);
            }),
            s3.send(new client_s3_dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket: name }), opts).then((r) => (r.ServerSideEncryptionConfiguration?.Rules ?? []).length > 0, (error) => {
                if (errorCode(error) === 'ServerSideEncryptionConfigurationNotFoundError')
                    return false;
                throw toProviderError(error, subject, `${operation} (GetBucketEncryption)`);
            }),
            s3.send(new client_s3_dist_cjs/* GetPublicAccessBlockCommand */.GLk({ Bucket: name }), opts).then((r) => {
                const c = r.PublicAccessBlockConfiguration;
                return !!(c?.BlockPublicAcls && c.IgnorePublicAcls && c.BlockPublicPolicy && c.RestrictPublicBuckets);
            }, (error) => {
                if (errorCode(error) === 'NoSuchPublicAccessBlockConfiguration')
                    return false;
                throw toProviderError(error, subject, `${operation} (GetPublicAccessBlock)`);
            }),
        ]);
        const snap = {
            name,
            region,
            versioning: versioning === 'Enabled' || versioning === 'Suspended' ? versioning : undefined,
            rules: lifecycle.rules,
            tags,
            encrypted,
            publicAccessBlocked,
        };
        if (lifecycle.minimumObjectSize !== undefined)
            snap.minimumObjectSize = lifecycle.minimumObjectSize;
        return snap;
    }
    async read(ref, ctx) {
        const snap = await this.inspect(ref.name, this.clients.regionOf(ref.params), ctx, 'read');
        return snap ? s3_bucket_toLive(snap) : null;
    }
    async create(spec, ctx) {
        const name = spec.name;
        const subject = s3_bucket_subjectOf(name);
        checkNewName(this.type, name, subject);
        const desired = parseS3BucketParams(spec.params, subject);
        validateTags(spec.tags, subject, MAX_TAGS - MARKER_TAGS);
        const op = newOp('create');
        try {
            return await this.createTracked(spec, desired, ctx, op);
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    async createTracked(spec, desired, ctx, op) {
        const name = spec.name;
        const subject = s3_bucket_subjectOf(name);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        const tx = ctx.transaction;
        const attempt = `${tx ?? ''} ${name}`;
        let snap = await this.inspectBeforeCreate(name, desired.region, ctx);
        await ctx.beforeCreate?.(snap === null ? null : s3_bucket_toLive(snap));
        if (snap === null) {
            this.sent.add(attempt);
            try {
                await this.s3(desired.region).send(new client_s3_dist_cjs/* CreateBucketCommand */.cZX({
                    Bucket: name,
                    // us-east-1 is the one region that rejects an explicit LocationConstraint.
                    ...(desired.region === 'us-east-1'
                        ? {}
                        : { CreateBucketConfiguration: { LocationConstraint: desired.region } }),
                }), opts);
                op.changes.add('CreateBucket');
            }
            catch (error) {
                if (errorCode(error) !== 'BucketAlreadyOwnedByYou')
                    throw toProviderError(error, subject, 'create (CreateBucket)');
                snap = await this.inspect(name, desired.region, ctx, 'create');
                if (snap === null) {
                    throw new driver/* ProviderError */.mZ(`${subject}: create failed: AWS reports the bucket as ours but it cannot be found; retry`, 'transient', {
                        code: 'BucketAlreadyOwnedByYou',
                    });
                }
            }
        }
        // Ours: made just now, or left by an earlier attempt of this transaction.
        const ours = tx !== undefined &&
            (snap === null || createdByIn(snap.tags, CREATED_BY_TAG) === tx || (this.sent.has(attempt) && isBare(snap)));
        // An unfinished create is completed whatever its settings; anything else must match to be adopted.
        if (snap !== null)
            this.checkAdoptable(spec, desired, snap, !ours && !isBare(snap));
        // A bucket CreateBucket just made has S3's defaults: public access blocked, SSE-S3, versioning never set.
        const start = snap ?? {
            name,
            region: desired.region,
            versioning: undefined,
            rules: [],
            tags: {},
            encrypted: true,
            publicAccessBlocked: true,
        };
        return this.converge(start, desired, spec.tags, {}, ours ? tx : undefined, ctx, op);
    }
    /** HeadBucket answers 403 for another account's bucket; CreateBucket then says which it is. */
    async inspectBeforeCreate(name, region, ctx) {
        try {
            return await this.inspect(name, region, ctx, 'create');
        }
        catch (error) {
            if (error instanceof driver/* ProviderError */.mZ && error.kind === 'permission' && /HeadBucket/.test(error.message))
                return null;
            throw error;
        }
    }
    checkAdoptable(spec, desired, snap, compareSettings) {
        const subject = s3_bucket_subjectOf(spec.name);
        if (snap.region !== desired.region) {
            throw new driver/* ProviderError */.mZ(`${subject}: already exists in ${snap.region}, the blueprint wants ${desired.region}; S3 cannot move a bucket between regions`, 'conflict', { code: 'BucketRegionMismatch' });
        }
        const diff = compareSettings ? differences(desired, s3_bucket_liveParams(snap)) : [];
        if (diff.length > 0) {
            throw new driver/* ProviderError */.mZ(`${subject}: already exists with other settings (${diff.join('; ')}); dpn adopts an existing bucket only when its settings match the blueprint. Change the blueprint to match, or bring the bucket in line by hand, then apply again`, 'conflict', { code: 'BucketSettingsMismatch' });
        }
    }
    /**
     * Brings the bucket from `snap` to the desired settings; writes only what
     * differs. `createdBy`: the transaction whose marker the bucket must carry
     * (a create of ours); an existing marker is kept either way. Tags go first, so
     * a new bucket is marked before anything else is written to it.
     */
    async converge(snap, desired, desiredTags, previousTags, createdBy, ctx, op) {
        const { name, region } = snap;
        const subject = s3_bucket_subjectOf(name);
        const s3 = this.s3(region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        // Archive markers go (a create or update brings the bucket back); the creation marker stays.
        const kept = Object.fromEntries(Object.entries(snap.tags).filter(([k]) => k === CREATED_BY_TAG || !k.startsWith(DPN_TAG_PREFIX)));
        const tags = { ...mergeTags(kept, desiredTags, previousTags), ...(createdBy === undefined ? {} : { [CREATED_BY_TAG]: createdBy }) };
        // Tags others put on the bucket were accepted by S3 once; only their number can break now.
        if (Object.keys(tags).length > MAX_TAGS) {
            throw new driver/* ProviderError */.mZ(`${subject}: ${op.name} failed: the bucket would carry ${Object.keys(tags).length} tags (its own plus the blueprint's), at most ${MAX_TAGS} allowed`, 'invalid', { code: 'InvalidTag' });
        }
        if (!sameTags(tags, snap.tags))
            await this.putTags(name, region, tags, ctx, op);
        if (!snap.publicAccessBlocked) {
            await write(subject, op, 'PutPublicAccessBlock', () => s3.send(new client_s3_dist_cjs/* PutPublicAccessBlockCommand */.ZXv({
                Bucket: name,
                PublicAccessBlockConfiguration: {
                    BlockPublicAcls: true,
                    IgnorePublicAcls: true,
                    BlockPublicPolicy: true,
                    RestrictPublicBuckets: true,
                },
            }), opts));
        }
        if (!snap.encrypted) {
            await write(subject, op, 'PutBucketEncryption', () => s3.send(new client_s3_dist_cjs/* PutBucketEncryptionCommand */.iRK({
                Bucket: name,
                ServerSideEncryptionConfiguration: {
                    Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
                },
            }), opts));
        }
        // S3 cannot turn versioning off once on, only suspend it.
        const status = desired.versioning ? 'Enabled' : snap.versioning === undefined ? undefined : 'Suspended';
        if (status !== undefined && status !== snap.versioning) {
            await write(subject, op, 'PutBucketVersioning', () => s3.send(new client_s3_dist_cjs/* PutBucketVersioningCommand */.XjQ({ Bucket: name, VersioningConfiguration: { Status: status } }), opts));
        }
        const rules = [
            ...snap.rules.filter((r) => r.ID !== INTELLIGENT_TIERING_RULE_ID && r.ID !== ARCHIVE_RULE_ID),
            intelligentTieringRule(desired.lifecycleDays),
        ];
        await this.putRules(snap, rules, ctx, op);
        return s3_bucket_toLive({ name, region, versioning: status, rules, tags, encrypted: true, publicAccessBlocked: true });
    }
    async putRules(snap, rules, ctx, op) {
        if (sameValue(rules, snap.rules))
            return;
        const subject = s3_bucket_subjectOf(snap.name);
        const s3 = this.s3(snap.region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        if (rules.length === 0) {
            await write(subject, op, 'DeleteBucketLifecycle', () => s3.send(new client_s3_dist_cjs/* DeleteBucketLifecycleCommand */.nzf({ Bucket: snap.name }), opts));
            return;
        }
        await write(subject, op, 'PutBucketLifecycleConfiguration', () => s3.send(new client_s3_dist_cjs/* PutBucketLifecycleConfigurationCommand */.RJe({
            Bucket: snap.name,
            LifecycleConfiguration: { Rules: rules },
            ...(snap.minimumObjectSize === undefined ? {} : { TransitionDefaultMinimumObjectSize: snap.minimumObjectSize }),
        }), opts));
    }
    async putTags(name, region, tags, ctx, op) {
        const subject = s3_bucket_subjectOf(name);
        const s3 = this.s3(region);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        const entries = Object.entries(tags);
        if (entries.length === 0) {
            await write(subject, op, 'DeleteBucketTagging', () => s3.send(new client_s3_dist_cjs/* DeleteBucketTaggingCommand */.Y3t({ Bucket: name }), opts));
            return;
        }
        await write(subject, op, 'PutBucketTagging', () => s3.send(new client_s3_dist_cjs/* PutBucketTaggingCommand */.yCr({
            Bucket: name,
            Tagging: { TagSet: entries.map(([Key, Value]) => ({ Key, Value })) },
        }), opts));
    }
    async update(spec, current, ctx) {
        const subject = s3_bucket_subjectOf(spec.name);
        const desired = parseS3BucketParams(spec.params, subject);
        validateTags(spec.tags, subject, MAX_TAGS - MARKER_TAGS);
        if (current.name !== spec.name) {
            throw new driver/* ProviderError */.mZ(`${subject}: update cannot rename bucket '${current.name}'; S3 has no rename, the plan must replace it`, 'invalid', { code: 'RenameNotSupported' });
        }
        const snap = await this.inspect(spec.name, desired.region, ctx, 'update');
        if (snap === null) {
            throw new driver/* ProviderError */.mZ(`${subject}: update failed: the bucket does not exist`, 'not_found', { code: 'NoSuchBucket' });
        }
        if (snap.region !== desired.region) {
            throw new driver/* ProviderError */.mZ(`${subject}: update cannot move the bucket from ${snap.region} to ${desired.region}; the plan must replace it`, 'invalid', { code: 'BucketRegionMismatch' });
        }
        const op = newOp('update');
        try {
            return await this.converge(snap, desired, spec.tags, current.tags, undefined, ctx, op);
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    async archive(ref, ctx) {
        const snap = await this.mustInspect(ref, ctx, 'archive');
        const tags = {
            ...snap.tags,
            [ARCHIVED_TAG]: 'true',
            // Repeating an archive keeps the first time.
            [ARCHIVED_AT_TAG]: snap.tags[ARCHIVED_AT_TAG] ?? this.clients.now().toISOString(),
        };
        if (Object.keys(tags).length > MAX_TAGS) {
            throw new driver/* ProviderError */.mZ(`${s3_bucket_subjectOf(ref.name)}: archive failed: the bucket carries ${Object.keys(snap.tags).length} tags, no room for the archive markers (at most ${MAX_TAGS})`, 'invalid', { code: 'InvalidTag' });
        }
        const op = newOp('archive');
        try {
            await this.putRules(snap, [...snap.rules.filter((r) => r.ID !== ARCHIVE_RULE_ID), archiveRule()], ctx, op);
            if (!sameTags(tags, snap.tags))
                await this.putTags(snap.name, snap.region, tags, ctx, op);
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    async unarchive(ref, ctx) {
        const snap = await this.mustInspect(ref, ctx, 'unarchive');
        const tags = Object.fromEntries(Object.entries(snap.tags).filter(([k]) => k !== ARCHIVED_TAG && k !== ARCHIVED_AT_TAG));
        const op = newOp('unarchive');
        try {
            await this.putRules(snap, snap.rules.filter((r) => r.ID !== ARCHIVE_RULE_ID), ctx, op);
            if (!sameTags(tags, snap.tags))
                await this.putTags(snap.name, snap.region, tags, ctx, op);
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    async mustInspect(ref, ctx, operation) {
        const snap = await this.inspect(ref.name, this.clients.regionOf(ref.params), ctx, operation);
        if (snap === null) {
            throw new driver/* ProviderError */.mZ(`${s3_bucket_subjectOf(ref.name)}: ${operation} failed: the bucket does not exist`, 'not_found', {
                code: 'NoSuchBucket',
            });
        }
        return snap;
    }
    async delete(ref, ctx, options = {}) {
        const name = ref.name;
        const subject = s3_bucket_subjectOf(name);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        const snap = await this.inspect(name, this.clients.regionOf(ref.params), ctx, 'delete');
        if (snap === null)
            return;
        const s3 = this.s3(snap.region);
        const force = options.force ?? this.clients.forceDelete;
        const first = await attempt(subject, 'delete (ListObjectVersions)', () => s3.send(new client_s3_dist_cjs/* ListObjectVersionsCommand */.uc$({ Bucket: name, MaxKeys: 1 }), opts));
        const holdsData = (first.Versions?.length ?? 0) + (first.DeleteMarkers?.length ?? 0) > 0;
        if (holdsData && !force) {
            throw new driver/* ProviderError */.mZ(`${subject}: refusing to delete a bucket that is not empty (it holds objects or object versions); empty it first, keep it with deletion policy 'archive' or 'retain', or delete with force`, 'conflict', { code: 'BucketNotEmpty' });
        }
        const op = newOp('delete');
        try {
            if (holdsData)
                await this.empty(name, s3, ctx, op);
            try {
                await s3.send(new client_s3_dist_cjs/* DeleteBucketCommand */.H19({ Bucket: name }), opts);
            }
            catch (error) {
                if (isNotFound(error))
                    return;
                if (errorCode(error) === 'BucketNotEmpty' || httpStatus(error) === 409) {
                    throw new driver/* ProviderError */.mZ(`${subject}: delete failed: objects were written to the bucket while it was being deleted; it is not empty`, 'conflict', { code: 'BucketNotEmpty' });
                }
                throw toProviderError(error, subject, 'delete (DeleteBucket)');
            }
        }
        catch (error) {
            throw op.changes.escalate(error);
        }
    }
    /** Deletes every object version and delete marker, a page (≤ 1000 keys) at a time. */
    async empty(name, s3, ctx, op) {
        const subject = s3_bucket_subjectOf(name);
        const opts = (0,aws_clients/* sendOptions */.$Y)(ctx.signal);
        let keyMarker;
        let versionMarker;
        for (;;) {
            const page = await attempt(subject, 'delete (ListObjectVersions)', () => s3.send(new client_s3_dist_cjs/* ListObjectVersionsCommand */.uc$({
                Bucket: name,
                ...(keyMarker === undefined ? {} : { KeyMarker: keyMarker }),
                ...(versionMarker === undefined ? {} : { VersionIdMarker: versionMarker }),
            }), opts));
            const objects = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
                .filter((v) => v.Key !== undefined)
                .map((v) => (v.VersionId === undefined ? { Key: v.Key } : { Key: v.Key, VersionId: v.VersionId }));
            if (objects.length > 0) {
                const result = await write(subject, op, 'DeleteObjects', () => s3.send(new client_s3_dist_cjs/* DeleteObjectsCommand */.xvx({ Bucket: name, Delete: { Objects: objects, Quiet: true } }), opts));
                const failed = result.Errors ?? [];
                if (failed.length > 0) {
                    const sample = failed.slice(0, 3).map((e) => `${e.Key ?? '?'}: ${e.Code ?? e.Message ?? 'error'}`);
                    throw new driver/* ProviderError */.mZ(`${subject}: delete failed emptying the bucket: ${sample.join(', ')}`, 'fatal', {
                        code: failed[0]?.Code ?? 'DeleteObjectsFailed',
                    });
                }
            }
            if (!page.IsTruncated)
                return;
            keyMarker = page.NextKeyMarker;
            versionMarker = page.NextVersionIdMarker;
        }
    }
}

;// CONCATENATED MODULE: ./src/providers/aws/index.ts
// The AWS drivers the engine's registry uses: S3 buckets, Glue databases and Glue
// tables, sharing one set of lazily built SDK clients.










/**
 * Drivers for every AWS type dpn applies. No client is built and no credential is
 * looked up until a driver makes its first call.
 */
function createAwsDrivers(options = {}) {
    const clients = new aws_clients/* AwsClients */.cE(options);
    return {
        aws_s3_bucket: new S3BucketDriver(clients),
        aws_glue_database: new GlueDatabaseDriver(clients),
        aws_glue_table: new GlueTableDriver(clients),
        close: () => clients.destroy(),
    };
}


/***/ })

};
