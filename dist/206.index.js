export const id = 206;
export const ids = [206];
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

/***/ 8206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveAwsCredentials: () => (/* binding */ resolveAwsCredentials)
/* harmony export */ });
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(200);
// Preflight for AWS: can the SDK's default chain (environment, profile, SSO,
// web identity, container or instance role) produce credentials? Resolving
// them makes no call to an AWS service, so a plan fails before `begin`
// instead of on its first request.

async function resolveAwsCredentials(env) {
    const clients = new _clients_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsClients */ .cE({ env, maxAttempts: 1, connectionTimeoutMs: 2_000 });
    try {
        await clients.s3Client(clients.defaultRegion).config.credentials();
        return undefined;
    }
    catch (error) {
        return error.message.split('\n')[0] ?? 'no credentials';
    }
    finally {
        clients.destroy();
    }
}


/***/ })

};
