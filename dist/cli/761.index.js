export const id = 761;
export const ids = [761];
export const modules = {

/***/ 4543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ AZURE_PATTERNS),
/* harmony export */   Q9: () => (/* binding */ AZURE_RULES),
/* harmony export */   n2: () => (/* binding */ AZURE_LOCATION_CODES)
/* harmony export */ });
/* harmony import */ var _rule_kit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4761);
// Azure names: the built-in patterns (Cloud Adoption Framework abbreviations),
// the platform's rules per resource type, and the short code of every public
// Azure location. dpn names these resources; it does not provision them.
//
// Rules are from Microsoft Learn, "Naming rules and restrictions for Azure
// resources" (one table per resource provider: scope, length, valid
// characters), unless a rule names another page. Azure compares names without
// regard to case.

const AZURE_PATTERNS = Object.freeze({
    azure_resource_group: 'rg-{project}-{purpose}-{environment}-{region_short}',
    // Storage accounts take no separators: the name is the letters and digits of the parts.
    azure_storage_account: 'st{project}{purpose}{layer}{environment}{region_short}',
    azure_storage_container: '{domain}-{layer}',
    azure_databricks_workspace: 'dbw-{project}-{purpose}-{environment}-{region_short}',
    azure_data_factory: 'adf-{project}-{purpose}-{environment}-{region_short}',
    azure_synapse_workspace: 'synw-{project}-{purpose}-{environment}-{region_short}',
    azure_key_vault: 'kv-{project}-{purpose}-{environment}-{region_short}',
    azure_eventhub_namespace: 'evhns-{project}-{purpose}-{environment}-{region_short}',
});
const RULES_PAGE = 'Microsoft Learn, Naming rules and restrictions for Azure resources';
const RESERVED_PAGE = 'Microsoft Learn, Resolve reserved resource name errors';
/**
 * Names of resources with a public endpoint must not contain a reserved word
 * or trademark. The page's list is long; these are the parts it forbids
 * anywhere in a name, and the beginnings it forbids, which a generated name
 * can plausibly hit.
 */
const reservedWords = {
    code: 'AZURE_RESERVED_WORD',
    rule: 'Azure names of resources with a public endpoint do not contain "microsoft" or "windows" and do not start with "login" or "xbox"',
    source: RESERVED_PAGE,
    find: (name) => {
        const lower = name.toLowerCase();
        const word = ['microsoft', 'windows'].find((w) => lower.includes(w));
        if (word !== undefined)
            return `it contains the reserved word "${word}"`;
        const prefix = ['login', 'xbox'].find((p) => lower.startsWith(p));
        return prefix === undefined ? undefined : `it starts with the reserved word "${prefix}"`;
    },
};
const ALNUM = '[A-Za-z0-9]';
const LOWER_ALNUM = '[a-z0-9]';
function azure(type, object, provider, scope, rules) {
    return { type, object, source: `${RULES_PAGE} (${provider})`, scope, identifier: false, separator: '-', ...rules };
}
const AZURE_RULES = [
    azure('azure_resource_group', 'Azure resource group', 'Microsoft.Resources/resourcegroups', 'subscription', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw)('AZURE_RG_LENGTH', 'Azure resource group', 1, 90),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .charset */ .$I)('AZURE_RG_CHARSET', 'Azure resource group names use only letters, digits, "_", "-", ".", "(" and ")"', '[\\p{L}\\p{N}_\\-.()]'),
        checks: [
            {
                code: 'AZURE_RG_END',
                rule: 'Azure resource group names do not end with "."',
                find: (name) => (name.endsWith('.') ? 'it ends with "."' : undefined),
            },
        ],
    }),
    azure('azure_storage_account', 'Azure storage account', 'Microsoft.Storage/storageAccounts', 'global', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw)('AZURE_ST_LENGTH', 'Azure storage account', 3, 24),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .charset */ .$I)('AZURE_ST_CHARSET', 'Azure storage account names use only lowercase letters and digits', '[a-z0-9]'),
        checks: [reservedWords],
        separator: '',
        keepTail: true,
    }),
    azure('azure_storage_container', 'Azure storage container', 'Microsoft.Storage/storageAccounts/blobServices/containers', 'storage account', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw)('AZURE_CONTAINER_LENGTH', 'Azure storage container', 3, 63),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .charset */ .$I)('AZURE_CONTAINER_CHARSET', 'Azure storage container names use only lowercase letters, digits and "-"', '[a-z0-9\\-]'),
        checks: [
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .startsWith */ .w1)('AZURE_CONTAINER_START', 'Azure storage container', LOWER_ALNUM, 'a lowercase letter or a digit'),
            {
                ...(0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .endsWith */ .d5)('AZURE_CONTAINER_END', 'Azure storage container', LOWER_ALNUM, 'a lowercase letter or a digit'),
                source: 'Microsoft Learn, Naming and Referencing Containers, Blobs, and Metadata (every "-" is preceded and followed by a letter or digit)',
            },
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .noDoubleHyphen */ .r_)('AZURE_CONTAINER_DOUBLE_HYPHEN', 'Azure storage container'),
        ],
    }),
    azure('azure_databricks_workspace', 'Azure Databricks workspace', 'Microsoft.Databricks/workspaces', 'resource group', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw)('AZURE_DBW_LENGTH', 'Azure Databricks workspace', 3, 64),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .charset */ .$I)('AZURE_DBW_CHARSET', 'Azure Databricks workspace names use only letters, digits, "_" and "-"', '[A-Za-z0-9_\\-]'),
        checks: [],
    }),
    azure('azure_data_factory', 'Azure data factory', 'Microsoft.DataFactory/factories', 'global', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw)('AZURE_ADF_LENGTH', 'Azure data factory', 3, 63),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .charset */ .$I)('AZURE_ADF_CHARSET', 'Azure data factory names use only letters, digits and "-"', '[A-Za-z0-9\\-]'),
        checks: [
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .startsWith */ .w1)('AZURE_ADF_START', 'Azure data factory', ALNUM, 'a letter or a digit'),
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .endsWith */ .d5)('AZURE_ADF_END', 'Azure data factory', ALNUM, 'a letter or a digit'),
            { ...(0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .noDoubleHyphen */ .r_)('AZURE_ADF_DOUBLE_HYPHEN', 'Azure data factory'), source: 'Microsoft Learn, Naming rules for Azure Data Factory' },
            reservedWords,
        ],
        keepTail: true,
    }),
    azure('azure_synapse_workspace', 'Azure Synapse workspace', 'Microsoft.Synapse/workspaces', 'global', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw)('AZURE_SYNW_LENGTH', 'Azure Synapse workspace', 1, 50),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .charset */ .$I)('AZURE_SYNW_CHARSET', 'Azure Synapse workspace names use only lowercase letters, digits and "-"', '[a-z0-9\\-]'),
        checks: [
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .startsWith */ .w1)('AZURE_SYNW_START', 'Azure Synapse workspace', LOWER_ALNUM, 'a lowercase letter or a digit'),
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .endsWith */ .d5)('AZURE_SYNW_END', 'Azure Synapse workspace', LOWER_ALNUM, 'a lowercase letter or a digit'),
            {
                code: 'AZURE_SYNW_ONDEMAND',
                rule: 'Azure Synapse workspace names do not contain "-ondemand"',
                find: (name) => (name.includes('-ondemand') ? 'it contains "-ondemand"' : undefined),
            },
            reservedWords,
        ],
        keepTail: true,
    }),
    azure('azure_key_vault', 'Azure key vault', 'Microsoft.KeyVault/vaults', 'global', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw)('AZURE_KV_LENGTH', 'Azure key vault', 3, 24),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .charset */ .$I)('AZURE_KV_CHARSET', 'Azure key vault names use only letters, digits and "-"', '[A-Za-z0-9\\-]'),
        checks: [
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .startsWith */ .w1)('AZURE_KV_START', 'Azure key vault', '[A-Za-z]', 'a letter'),
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .endsWith */ .d5)('AZURE_KV_END', 'Azure key vault', ALNUM, 'a letter or a digit'),
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .noDoubleHyphen */ .r_)('AZURE_KV_DOUBLE_HYPHEN', 'Azure key vault'),
            reservedWords,
        ],
        keepTail: true,
    }),
    azure('azure_eventhub_namespace', 'Azure Event Hubs namespace', 'Microsoft.EventHub/namespaces', 'global', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw)('AZURE_EVHNS_LENGTH', 'Azure Event Hubs namespace', 6, 50),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .charset */ .$I)('AZURE_EVHNS_CHARSET', 'Azure Event Hubs namespace names use only letters, digits and "-"', '[A-Za-z0-9\\-]'),
        checks: [
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .startsWith */ .w1)('AZURE_EVHNS_START', 'Azure Event Hubs namespace', '[A-Za-z]', 'a letter'),
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .endsWith */ .d5)('AZURE_EVHNS_END', 'Azure Event Hubs namespace', ALNUM, 'a letter or a digit'),
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .reservedSuffixes */ .a4)('AZURE_EVHNS_RESERVED_SUFFIX', 'Azure Event Hubs namespace', ['-sb', '-mgmt'], true),
            reservedWords,
        ],
        keepTail: true,
    }),
];
/**
 * The short code (`region_short`) of every public Azure location, by its
 * programmatic name (`az account list-locations`). Azure publishes no short
 * codes; these follow the habit of the Azure Naming Tool and most landing
 * zones: the location's initials, with a country code where initials alone
 * would clash. A test checks that every code is distinct.
 */
const AZURE_LOCATION_CODES = Object.freeze({
    // Americas
    eastus: 'eus',
    eastus2: 'eus2',
    centralus: 'cus',
    northcentralus: 'ncus',
    southcentralus: 'scus',
    westcentralus: 'wcus',
    westus: 'wus',
    westus2: 'wus2',
    westus3: 'wus3',
    canadacentral: 'cac',
    canadaeast: 'cae',
    mexicocentral: 'mxc',
    brazilsouth: 'brs',
    brazilsoutheast: 'brse',
    chilecentral: 'clc',
    // Europe
    northeurope: 'neu',
    westeurope: 'weu',
    uksouth: 'uks',
    ukwest: 'ukw',
    francecentral: 'frc',
    francesouth: 'frs',
    germanywestcentral: 'gwc',
    germanynorth: 'gn',
    switzerlandnorth: 'chn',
    switzerlandwest: 'chw',
    norwayeast: 'noe',
    norwaywest: 'now',
    swedencentral: 'sec',
    polandcentral: 'plc',
    italynorth: 'itn',
    spaincentral: 'esc',
    austriaeast: 'ate',
    belgiumcentral: 'bec',
    // Middle East, Africa
    uaenorth: 'uan',
    uaecentral: 'uac',
    qatarcentral: 'qac',
    israelcentral: 'ilc',
    southafricanorth: 'san',
    southafricawest: 'saw',
    // Asia Pacific
    eastasia: 'ea',
    southeastasia: 'sea',
    japaneast: 'jpe',
    japanwest: 'jpw',
    koreacentral: 'krc',
    koreasouth: 'krs',
    centralindia: 'inc',
    southindia: 'ins',
    westindia: 'inw',
    jioindiacentral: 'jic',
    jioindiawest: 'jiw',
    australiaeast: 'aue',
    australiasoutheast: 'ause',
    australiacentral: 'auc',
    australiacentral2: 'auc2',
    newzealandnorth: 'nzn',
    indonesiacentral: 'idc',
    malaysiawest: 'myw',
});


/***/ }),

/***/ 4:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hH: () => (/* binding */ cloudOf),
/* harmony export */   iu: () => (/* binding */ regionVariableOf),
/* harmony export */   m2: () => (/* binding */ isNamedOnly),
/* harmony export */   mD: () => (/* binding */ regionKindOf),
/* harmony export */   sz: () => (/* binding */ CLOUD_LABELS),
/* harmony export */   v2: () => (/* binding */ regionCodeFor)
/* harmony export */ });
/* harmony import */ var _azure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4543);
/* harmony import */ var _gcp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2906);
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9645);
// Which cloud each resource type belongs to, which blueprint variable holds
// that cloud's region, and the region's short code (region_short). AWS and
// Databricks types read `region` (an AWS region); Azure types read
// `azure_location`, Google Cloud types `gcp_region`, each with its own table.



const CLOUD_LABELS = Object.freeze({
    aws: 'AWS',
    databricks: 'Databricks',
    azure: 'Azure',
    gcp: 'Google Cloud',
});
function cloudOf(type) {
    if (type.startsWith('aws_'))
        return 'aws';
    if (type.startsWith('dbx_'))
        return 'databricks';
    if (type.startsWith('azure_'))
        return 'azure';
    return 'gcp';
}
/** The clouds dpn names but does not provision. */
function isNamedOnly(type) {
    const cloud = cloudOf(type);
    return cloud === 'azure' || cloud === 'gcp';
}
const TABLES = {
    aws: { variable: 'region', what: 'an AWS region', codes: _regions_js__WEBPACK_IMPORTED_MODULE_2__/* .AWS_REGION_CODES */ .ef },
    databricks: { variable: 'region', what: 'an AWS region', codes: _regions_js__WEBPACK_IMPORTED_MODULE_2__/* .AWS_REGION_CODES */ .ef },
    azure: { variable: 'azure_location', what: 'an Azure location', codes: _azure_js__WEBPACK_IMPORTED_MODULE_0__/* .AZURE_LOCATION_CODES */ .n2 },
    gcp: { variable: 'gcp_region', what: 'a Google Cloud region', codes: _gcp_js__WEBPACK_IMPORTED_MODULE_1__/* .GCP_REGION_CODES */ .F1 },
};
/** The naming variable (and blueprint metadata key) that holds the region of a type's cloud. */
function regionVariableOf(type) {
    return TABLES[cloudOf(type)].variable;
}
/** "an Azure location", for messages about a type's region. */
function regionKindOf(type) {
    return TABLES[cloudOf(type)].what;
}
/**
 * The short code of a region of the type's cloud: the configured
 * `region_mapping` first, then the cloud's table; undefined for a region
 * neither knows (never a default).
 */
function regionCodeFor(type, region, mapping) {
    if (Object.hasOwn(mapping, region))
        return mapping[region];
    const { codes } = TABLES[cloudOf(type)];
    return Object.hasOwn(codes, region) ? codes[region] : undefined;
}


/***/ }),

/***/ 8712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ DEFAULT_VALUES),
/* harmony export */   Lo: () => (/* binding */ DEFAULT_HASH),
/* harmony export */   cB: () => (/* binding */ DEFAULT_LOWERCASE),
/* harmony export */   hx: () => (/* binding */ DEFAULT_RESOURCE_TYPE_VALUES),
/* harmony export */   sQ: () => (/* binding */ DEFAULT_REGION_MAPPING),
/* harmony export */   sz: () => (/* binding */ DEFAULT_PATTERNS),
/* harmony export */   tZ: () => (/* binding */ DEFAULT_REPLACE_HYPHENS),
/* harmony export */   vm: () => (/* binding */ DEFAULT_ENVIRONMENT_VALUES)
/* harmony export */ });
/* harmony import */ var _azure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4543);
/* harmony import */ var _gcp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2906);
// The built-in naming convention: the patterns, values and transformations of
// the dpn v1.0 example files, so dpn names everything with no configuration.


/** The default pattern of every resource type (COMPAT.md). */
const DEFAULT_PATTERNS = Object.freeze({
    aws_s3_bucket: '{project}-{purpose}-{layer}-{environment}-{region_short}',
    aws_glue_database: '{project}_{domain}_{layer}_{environment}',
    aws_glue_table: '{table_type}_{entity}',
    aws_glue_crawler: '{project}-{environment}-crawler-{database}-{source}',
    aws_lambda_function: '{project}-{environment}-{domain}-{trigger}-{action}',
    aws_iam_role: '{project}-{environment}-{service}-{purpose}-role',
    aws_iam_policy: '{project}-{environment}-{service}-{purpose}-policy',
    aws_kinesis_stream: '{project}-{environment}-{domain}-{source}-stream',
    aws_kinesis_firehose: '{project}-{environment}-{domain}-to-{destination}',
    aws_dynamodb_table: '{project}-{environment}-{entity}-{purpose}',
    aws_sns_topic: '{project}-{environment}-{event_type}-{purpose}',
    aws_sqs_queue: '{project}-{environment}-{purpose}-{queue_type}',
    aws_step_function: '{project}-{environment}-{workflow}-{purpose}',
    dbx_workspace: 'dbx-{project}-{purpose}-{environment}-{region_short}',
    dbx_cluster: '{project}-{workload}-{cluster_type}-{environment}',
    dbx_job: '{project}-{job_type}-{purpose}-{schedule}-{environment}',
    dbx_notebook_path: '/{project}/{domain}/{purpose}/{environment}/{notebook_name}',
    dbx_repo: '{project}-{repo_purpose}-{environment}',
    dbx_pipeline: '{project}-{pipeline_type}-{source}-{target}-{environment}',
    dbx_sql_warehouse: '{project}-sql-{purpose}-{size}-{environment}',
    dbx_catalog: '{project}_{catalog_type}_{environment}',
    dbx_schema: '{domain}_{layer}',
    dbx_table: '{table_type}_{entity}',
    dbx_volume: '{data_type}_{purpose}',
    dbx_secret_scope: '{project}-{purpose}-{environment}',
    dbx_instance_pool: '{project}-pool-{node_type}-{purpose}-{environment}',
    dbx_policy: '{project}-{target}-{policy_type}-{environment}',
    ..._azure_js__WEBPACK_IMPORTED_MODULE_0__/* .AZURE_PATTERNS */ .Gd,
    ..._gcp_js__WEBPACK_IMPORTED_MODULE_1__/* .GCP_PATTERNS */ .x0,
});
const DEFAULT_VALUES = Object.freeze({
    project: 'dataplatform',
    region: 'us-east-1',
    region_short: 'use1',
    team: 'data-platform',
    cost_center: 'CC-12345',
    data_classification: 'internal',
});
const DEFAULT_ENVIRONMENT_VALUES = Object.freeze({
    dev: Object.freeze({ environment: 'dev', data_classification: 'internal' }),
    stg: Object.freeze({ environment: 'stg', data_classification: 'internal' }),
    prd: Object.freeze({ environment: 'prd', data_classification: 'confidential' }),
});
const DEFAULT_RESOURCE_TYPE_VALUES = Object.freeze({
    aws_s3_bucket: Object.freeze({ purpose: 'raw', layer: 'raw' }),
    aws_glue_database: Object.freeze({ domain: 'finance', layer: 'gold' }),
    dbx_cluster: Object.freeze({ workload: 'etl', cluster_type: 'shared' }),
    dbx_job: Object.freeze({ job_type: 'batch', purpose: 'transformation', schedule: 'daily' }),
});
/** The region codes the v1.0 example file listed; the rest come from regions.ts. */
const DEFAULT_REGION_MAPPING = Object.freeze({
    'us-east-1': 'use1',
    'us-east-2': 'use2',
    'us-west-1': 'usw1',
    'us-west-2': 'usw2',
    'eu-west-1': 'euw1',
    'eu-west-2': 'euw2',
    'eu-central-1': 'euc1',
    'ap-southeast-1': 'aps1',
    'ap-southeast-2': 'aps2',
    'ap-northeast-1': 'apne1',
});
const DEFAULT_LOWERCASE = Object.freeze([
    'project',
    'environment',
    'domain',
    'layer',
    'purpose',
    'workload',
]);
const DEFAULT_REPLACE_HYPHENS = Object.freeze({ project: '_' });
const DEFAULT_HASH = Object.freeze({
    algorithm: 'md5',
    length: 8,
    prefix: '',
    separator: '-',
});


/***/ }),

/***/ 1637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ NamingConfigError)
/* harmony export */ });
// What can be wrong with a naming configuration beyond its JSON Schema: each
// issue names the document, the path inside it and a stable code, so the
// loader can point at file, line and column.
/** A naming configuration that cannot be used; carries every error found, not just the first. */
class NamingConfigError extends Error {
    issues;
    code = 'NAMING_CONFIG_INVALID';
    constructor(issues) {
        super(issues.map((issue) => `${issue.source}: ${issue.path.join('.')}: ${issue.message}`).join('\n'));
        this.issues = issues;
        this.name = 'NamingConfigError';
    }
}


/***/ }),

/***/ 2906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ GCP_REGION_CODES),
/* harmony export */   dK: () => (/* binding */ GCP_RULES),
/* harmony export */   x0: () => (/* binding */ GCP_PATTERNS)
/* harmony export */ });
/* unused harmony exports GCP_REGIONS, gcpSchemeCode */
/* harmony import */ var _regions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9645);
/* harmony import */ var _rule_kit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4761);
// Google Cloud names: the built-in patterns (in the manner of the AWS and
// Databricks ones), the platform's rules per resource type, and the short code
// of every public Google Cloud region. dpn names these resources; it does not
// provision them.


const GCP_PATTERNS = Object.freeze({
    gcp_storage_bucket: '{project}-{purpose}-{layer}-{environment}-{region_short}',
    gcp_bigquery_dataset: '{project}_{domain}_{layer}_{environment}',
    gcp_bigquery_table: '{table_type}_{entity}',
    gcp_dataproc_cluster: '{project}-{workload}-{cluster_type}-{environment}',
    gcp_pubsub_topic: '{project}-{environment}-{purpose}',
});
const BUCKETS = 'Google Cloud Storage documentation, Bucket naming';
const BIGQUERY_DATASETS = 'BigQuery documentation, Create datasets: Name datasets';
const BIGQUERY_TABLES = 'BigQuery documentation, Create and use tables: Table naming';
const DATAPROC = 'Dataproc documentation, Create a cluster (cluster name requirement)';
const PUBSUB = 'Pub/Sub documentation, Resource names (topic and subscription IDs)';
/** "google" and the look-alikes Cloud Storage refuses: digits standing in for letters ("g00gle", "go0g1e"). */
function looksLikeGoogle(name) {
    return name.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace(/3/g, 'e').includes('google');
}
const GCS_CHECKS = [
    (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .startsWith */ .w1)('GCS_START', 'Cloud Storage bucket', '[a-z0-9]', 'a lowercase letter or a digit'),
    (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .endsWith */ .d5)('GCS_END', 'Cloud Storage bucket', '[a-z0-9]', 'a lowercase letter or a digit'),
    (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .reservedPrefixes */ .Tx)('GCS_GOOG_PREFIX', 'Cloud Storage bucket', ['goog']),
    {
        code: 'GCS_GOOGLE',
        rule: 'Cloud Storage bucket names do not contain "google" or a close misspelling of it such as "g00gle"',
        find: (name) => (looksLikeGoogle(name) ? 'it contains "google" or a look-alike' : undefined),
    },
    {
        code: 'GCS_IP_ADDRESS',
        rule: 'Cloud Storage bucket names are not an IP address in dotted-decimal notation',
        find: (name) => (/^\d+\.\d+\.\d+\.\d+$/.test(name) ? 'it looks like an IPv4 address' : undefined),
    },
];
function gcp(type, object, source, scope, rules) {
    return { type, object, source, scope, ...rules };
}
const GCP_RULES = [
    // Names with dots may be up to 222 characters, but only for buckets named
    // after a verified domain, which dpn does not do: 63 is the limit here.
    gcp('gcp_storage_bucket', 'Cloud Storage bucket', BUCKETS, 'global', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .length */ .Bw)('GCS_LENGTH', 'Cloud Storage bucket', 3, 63),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .charset */ .$I)('GCS_CHARSET', 'Cloud Storage bucket names use only lowercase letters, digits, "-", "_" and "."', '[a-z0-9_.\\-]'),
        checks: GCS_CHECKS,
        identifier: false,
    }),
    gcp('gcp_bigquery_dataset', 'BigQuery dataset', BIGQUERY_DATASETS, 'Google Cloud project (names are case-sensitive)', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .length */ .Bw)('BQ_DATASET_LENGTH', 'BigQuery dataset', 1, 1024),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .charset */ .$I)('BQ_DATASET_CHARSET', 'BigQuery dataset names use only letters, digits and "_"', '[A-Za-z0-9_]'),
        checks: [],
        identifier: true,
        separator: '_',
    }),
    gcp('gcp_bigquery_table', 'BigQuery table', BIGQUERY_TABLES, 'BigQuery dataset (names are case-sensitive)', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .length */ .Bw)('BQ_TABLE_LENGTH', 'BigQuery table', 1, 1024, 'bytes'),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .charset */ .$I)('BQ_TABLE_CHARSET', 'BigQuery table names use only Unicode letters (L), marks (M), numbers (N), connectors such as "_" (Pc), dashes (Pd) and spaces (Zs)', '[\\p{L}\\p{M}\\p{N}\\p{Pc}\\p{Pd}\\p{Zs}]'),
        checks: [],
        identifier: true,
    }),
    gcp('gcp_dataproc_cluster', 'Dataproc cluster', DATAPROC, 'Google Cloud project and region', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .length */ .Bw)('DATAPROC_LENGTH', 'Dataproc cluster', 1, 52),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .charset */ .$I)('DATAPROC_CHARSET', 'Dataproc cluster names use only lowercase letters, digits and "-"', '[a-z0-9\\-]'),
        checks: [
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .startsWith */ .w1)('DATAPROC_START', 'Dataproc cluster', '[a-z]', 'a lowercase letter'),
            {
                code: 'DATAPROC_END',
                rule: 'Dataproc cluster names do not end with "-"',
                find: (name) => (name.endsWith('-') ? 'it ends with "-"' : undefined),
            },
        ],
        identifier: false,
        separator: '-',
    }),
    gcp('gcp_pubsub_topic', 'Pub/Sub topic', PUBSUB, 'Google Cloud project', {
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .length */ .Bw)('PUBSUB_LENGTH', 'Pub/Sub topic', 3, 255),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .charset */ .$I)('PUBSUB_CHARSET', 'Pub/Sub topic names use only letters, digits and "-", "_", ".", "~", "+", "%"', '[A-Za-z0-9\\-_.~+%]'),
        checks: [(0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .startsWith */ .w1)('PUBSUB_START', 'Pub/Sub topic', '[A-Za-z]', 'a letter'), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .reservedPrefixes */ .Tx)('PUBSUB_GOOG_PREFIX', 'Pub/Sub topic', ['goog'])],
        identifier: false,
    }),
];
/** Every public Google Cloud region (Compute Engine, Regions and zones). */
const GCP_REGIONS = Object.freeze([
    'africa-south1',
    'asia-east1',
    'asia-east2',
    'asia-northeast1',
    'asia-northeast2',
    'asia-northeast3',
    'asia-south1',
    'asia-south2',
    'asia-southeast1',
    'asia-southeast2',
    'australia-southeast1',
    'australia-southeast2',
    'europe-central2',
    'europe-north1',
    'europe-north2',
    'europe-southwest1',
    'europe-west1',
    'europe-west2',
    'europe-west3',
    'europe-west4',
    'europe-west6',
    'europe-west8',
    'europe-west9',
    'europe-west10',
    'europe-west12',
    'me-central1',
    'me-central2',
    'me-west1',
    'northamerica-northeast1',
    'northamerica-northeast2',
    'northamerica-south1',
    'southamerica-east1',
    'southamerica-west1',
    'us-central1',
    'us-east1',
    'us-east4',
    'us-east5',
    'us-south1',
    'us-west1',
    'us-west2',
    'us-west3',
    'us-west4',
]);
// The scheme: <area><direction><number>, like the AWS codes (europe-west1 euw1).
const GCP_AREAS = {
    africa: 'af',
    asia: 'ap',
    australia: 'au',
    europe: 'eu',
    me: 'me',
    northamerica: 'na',
    southamerica: 'sa',
    us: 'us',
};
/** The code the scheme gives a Google Cloud region name, or undefined when it does not fit the scheme. */
function gcpSchemeCode(region) {
    const match = /^([a-z]+)-([a-z]+?)(\d+)$/.exec(region);
    if (!match)
        return undefined;
    const [, areaPart = '', directionPart = '', number = ''] = match;
    const area = Object.hasOwn(GCP_AREAS, areaPart) ? GCP_AREAS[areaPart] : undefined;
    const direction = Object.hasOwn(_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .REGION_DIRECTIONS */ .ae, directionPart) ? _regions_js__WEBPACK_IMPORTED_MODULE_0__/* .REGION_DIRECTIONS */ .ae[directionPart] : undefined;
    return area === undefined || direction === undefined ? undefined : `${area}${direction}${number}`;
}
const GCP_REGION_CODES = Object.freeze(Object.fromEntries(GCP_REGIONS.map((region) => [region, gcpSchemeCode(region)])));


/***/ }),

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c3: () => (/* binding */ BlueprintNaming)
/* harmony export */ });
/* unused harmony exports generateName, resourceValues */
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8712);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1637);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5110);
/* harmony import */ var _clouds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5695);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2041);
// Generates the name of one resource: merges the value layers in v1.0's order,
// derives region_short, applies the transformations, fills the pattern, checks
// the type's rules and shortens (or refuses) a name that is too long. Pure: no
// I/O, no clock. Everything that depends only on the configuration is compiled
// once per configuration object and cached, so a call does no parsing and no
// regular-expression compilation.






// Precedence of the layers, lowest first; used to decide whether region_short
// was set on purpose at or above the layer that set region.
const UNSET = -1;
const DEFAULTS = 0;
const ENVIRONMENT = 1;
const RESOURCE_TYPE = 2;
const METADATA = 3;
const RESOURCE = 4;
const OVERRIDES = 5;
const compiledConfigs = new WeakMap();
const hasOwn = Object.hasOwn;
function compiledType(config, type) {
    let compiled = compiledConfigs.get(config);
    if (compiled === undefined) {
        compiled = { types: new Map() };
        compiledConfigs.set(config, compiled);
    }
    let entry = compiled.types.get(type);
    if (entry === undefined) {
        entry = compileType(config, type);
        compiled.types.set(type, entry);
    }
    return entry;
}
function chooseSeparator(rules, configured) {
    if (rules.rules.identifier)
        return /^[a-z0-9_]*$/.test(configured) ? configured : '_';
    if (rules.allows(configured))
        return configured;
    for (const candidate of ['-', '_'])
        if (rules.allows(candidate))
            return candidate;
    return '';
}
function compileType(config, type) {
    // A configuration built by hand may leave a type out; it keeps its built-in pattern.
    const pattern = config.patterns[type] ?? _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PATTERNS */ .sz[type];
    const parsed = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePattern */ .E)(pattern);
    if (typeof parsed === 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NamingConfigError */ .j([
            { severity: 'error', document: 'patterns', source: config.sources.patterns, path: ['patterns', type], code: 'NAMING_CONFIG_PATTERN', message: parsed },
        ]);
    }
    const rules = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRules */ .nb)(type, config);
    const required = (config.validation.requiredVariables[type] ?? []).filter((variable) => !parsed.variables.includes(variable));
    const replacements = Object.entries(config.transformations.replaceHyphens).filter(([, replacement]) => rules.allows(replacement));
    const texts = [''];
    const slots = [];
    const fold = separatorFold(rules);
    for (const segment of parsed.segments) {
        if ('text' in segment)
            texts[texts.length - 1] += fold ? foldSeparators(segment.text, fold) : segment.text;
        else {
            slots.push(segment.variable);
            texts.push('');
        }
    }
    const { lowercase, uppercase } = config.transformations;
    const transforms = new Map();
    for (const variable of [...parsed.variables, ...required]) {
        transforms.set(variable, {
            lowercase: lowercase.includes(variable),
            uppercase: uppercase.includes(variable),
            replacement: replacements.find(([name]) => name === variable)?.[1],
            fold,
        });
    }
    return {
        type,
        texts,
        slots,
        variables: parsed.variables,
        required,
        needsRegionShort: parsed.variables.includes('region_short') || required.includes('region_short'),
        typeValues: config.resourceTypes[type] ?? {},
        bases: new Map(),
        replacements,
        transforms,
        rules,
        policy: config.validation.onTooLong[type] ?? 'shorten',
        separator: chooseSeparator(rules, config.transformations.hash.separator),
        regionKey: (0,_clouds_js__WEBPACK_IMPORTED_MODULE_2__/* .regionVariableOf */ .iu)(type),
        tailFrom: rules.rules.keepTail ? slots.findIndex((slot) => slot === 'environment' || slot === 'region_short') : -1,
    };
}
function separatorFold(rules) {
    const { separator } = rules.rules;
    if (separator === undefined)
        return undefined;
    const excluded = ['-', '_', '.'].filter((ch) => !rules.allows(ch));
    if (excluded.length === 0)
        return undefined;
    return { excluded: new RegExp(`[${excluded.map((ch) => `\\${ch}`).join('')}]`, 'g'), replacement: separator };
}
function foldSeparators(text, fold) {
    return text.replace(fold.excluded, fold.replacement);
}
function stringOf(layer, key) {
    if (!hasOwn(layer, key))
        return undefined;
    const value = layer[key];
    return typeof value === 'string' ? value : undefined;
}
/** Copies the string values of `layer` into `into`; returns which of region / region_short it set. */
function merge(into, layer, regionKey = 'region') {
    if (layer === undefined)
        return 0;
    let set = 0;
    for (const key of Object.keys(layer)) {
        const value = layer[key];
        if (typeof value !== 'string' || key === '__proto__')
            continue;
        into[key] = value;
        if (key === regionKey)
            set |= 1;
        else if (key === 'region_short')
            set |= 2;
    }
    return set;
}
const NO_ENVIRONMENT = '\u0000';
function baseValues(config, compiled, env) {
    const key = env ?? NO_ENVIRONMENT;
    let base = compiled.bases.get(key);
    if (base === undefined) {
        const values = {};
        let regionLayer = UNSET;
        let regionShortLayer = UNSET;
        const layers = [
            [config.defaults, DEFAULTS],
            [env !== undefined && hasOwn(config.environments, env) ? config.environments[env] : undefined, ENVIRONMENT],
            [compiled.typeValues, RESOURCE_TYPE],
        ];
        for (const [layer, level] of layers) {
            const set = merge(values, layer, compiled.regionKey);
            if (set & 1)
                regionLayer = level;
            // The region_short of defaults and environments is the AWS region's; only resource_types[type] can set another cloud's.
            if (set & 2 && (compiled.regionKey === 'region' || level === RESOURCE_TYPE))
                regionShortLayer = level;
        }
        base = { values, regionLayer, regionShortLayer };
        compiled.bases.set(key, base);
    }
    return base;
}
function missingVariable(type, variable, required, config) {
    return required
        ? {
            code: 'NAMING_MISSING_VARIABLE',
            rule: `validation.required_variables.${type} in ${config.sources.patterns} lists "${variable}"`,
            message: `${type}: the required variable "${variable}" has no value; set it in the resource, the blueprint metadata, naming-values.yaml or with --override ${variable}=…`,
        }
        : {
            code: 'NAMING_MISSING_VARIABLE',
            rule: `every {variable} of the ${type} pattern "${config.patterns[type] ?? _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PATTERNS */ .sz[type]}" has a value`,
            message: `${type}: the pattern "${config.patterns[type] ?? _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PATTERNS */ .sz[type]}" uses {${variable}}, which has no value; set it in the resource, the blueprint metadata, naming-values.yaml or with --override ${variable}=…`,
        };
}
/** Too long and nothing else: the one problem shortening fixes. */
function onlyTooLong(evaluation) {
    return evaluation.tooLong && evaluation.violations.length === 1;
}
/** What the replace_hyphens / lowercase / uppercase transformations make of one variable's value. */
function transformValue(value, transform, replaceHyphens) {
    if (transform.lowercase)
        value = value.toLowerCase();
    if (transform.uppercase)
        value = value.toUpperCase();
    if (replaceHyphens && transform.replacement !== undefined && value.includes('-'))
        value = value.replaceAll('-', transform.replacement);
    if (transform.fold !== undefined)
        value = foldSeparators(value, transform.fold);
    return value;
}
/** The highest layer of `layers` that sets `key`, else `below` (the layer the base values had it from). */
function topLayer(layers, key, below) {
    if (stringOf(layers.overrides, key) !== undefined)
        return OVERRIDES;
    if (stringOf(layers.resource, key) !== undefined)
        return RESOURCE;
    if (stringOf(layers.metadata, key) !== undefined)
        return METADATA;
    return below;
}
/**
 * The merged, transformed value of each variable, looked up in the layers when
 * the pattern asks for it. Merging every layer into a fresh object per name
 * (one copy and three merges per resource) was the largest cost of naming in a
 * 10k-resource preview; a name reads only its pattern's few variables.
 */
class ValueLookup {
    compiled;
    config;
    layers;
    base;
    regionShortDerived;
    regionShort;
    replaceHyphens;
    constructor(compiled, config, layers, base, 
    /** Whether region_short is the one derived from the region rather than a layer's. */
    regionShortDerived, 
    /** The derived region_short; undefined when the region has no code. */
    regionShort, 
    /** False for the variant that keeps hyphens replace_hyphens would replace. */
    replaceHyphens = true) {
        this.compiled = compiled;
        this.config = config;
        this.layers = layers;
        this.base = base;
        this.regionShortDerived = regionShortDerived;
        this.regionShort = regionShort;
        this.replaceHyphens = replaceHyphens;
    }
    /** The merged value before transformations (`__proto__` is never a variable, as merge() skips it). */
    raw(variable) {
        if (variable === 'region_short' && this.regionShortDerived)
            return this.regionShort;
        if (variable === '__proto__')
            return undefined;
        const { overrides, resource, metadata } = this.layers;
        return stringOf(overrides, variable) ?? stringOf(resource, variable) ?? stringOf(metadata, variable) ?? stringOf(this.base.values, variable);
    }
    /** The value the pattern sees. `replaced` is set when replace_hyphens changed it. */
    get(variable, replaced) {
        const value = this.raw(variable);
        const transform = this.compiled.transforms.get(variable);
        if (value === undefined || transform === undefined)
            return value;
        const transformed = transformValue(value, transform, this.replaceHyphens);
        if (replaced && this.replaceHyphens && transform.replacement !== undefined && value.includes('-'))
            replaced.hyphens = true;
        return transformed;
    }
    /** Whether the resource layer cannot change the variable's value (overrides or a derived region_short decide it). */
    ignoresResource(variable) {
        return (variable === 'region_short' && this.regionShortDerived) || variable === '__proto__' || stringOf(this.layers.overrides, variable) !== undefined;
    }
    /** The same resolution for other layers that set neither environment, region nor region_short differently. */
    withLayers(layers) {
        const { compiled, config, base, regionShortDerived, regionShort, replaceHyphens } = this;
        return new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort, replaceHyphens);
    }
    /** The same lookup without replace_hyphens. */
    keepingHyphens() {
        const { compiled, config, layers, base, regionShortDerived, regionShort } = this;
        return new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort, false);
    }
    /** Every variable's value as one object (NameResult.values), built the way v1.0 merged them. */
    all() {
        const values = { ...this.base.values };
        merge(values, this.layers.metadata);
        merge(values, this.layers.resource);
        merge(values, this.layers.overrides);
        if (this.regionShortDerived) {
            if (this.regionShort !== undefined)
                values.region_short = this.regionShort;
            else
                delete values.region_short;
        }
        const { transformations } = this.config;
        for (const variable of transformations.lowercase) {
            const value = stringOf(values, variable);
            if (value !== undefined)
                values[variable] = value.toLowerCase();
        }
        for (const variable of transformations.uppercase) {
            const value = stringOf(values, variable);
            if (value !== undefined)
                values[variable] = value.toUpperCase();
        }
        if (this.replaceHyphens) {
            for (const [variable, replacement] of this.compiled.replacements) {
                const value = stringOf(values, variable);
                if (value !== undefined)
                    values[variable] = value.replaceAll('-', replacement);
            }
        }
        return values;
    }
    /** The pattern filled in, for a name every variable of which has a value. */
    fill() {
        const { texts, slots } = this.compiled;
        let out = texts[0] ?? '';
        for (let i = 0; i < slots.length; i++)
            out += (this.get(slots[i] ?? '') ?? '') + (texts[i + 1] ?? '');
        return out;
    }
}
/** A NameResult whose `values` object is built only if someone reads it (see ValueLookup). */
class GeneratedName {
    generated;
    violations;
    #lookup;
    #values;
    constructor(generated, violations, lookup, name) {
        this.generated = generated;
        this.violations = violations;
        this.#lookup = lookup;
        if (name !== undefined)
            this.name = name;
    }
    get values() {
        return (this.#values ??= this.#lookup.all());
    }
}
/**
 * A valid name from BlueprintNaming's prepared path. What GeneratedName holds,
 * with the resource's naming values (and the per-resource lookup) made only
 * when someone reads `values`, which few resource types do.
 */
class PreparedName {
    // Own fields in GeneratedName's order; the rest private, so both show the same fields.
    generated;
    violations;
    name;
    #naming;
    #shared;
    #entry;
    #defaults;
    #values;
    constructor(generated, naming, shared, entry, defaults) {
        this.generated = generated;
        this.violations = NO_VIOLATIONS;
        this.name = generated;
        this.#naming = naming;
        this.#shared = shared;
        this.#entry = entry;
        this.#defaults = defaults;
    }
    get values() {
        return (this.#values ??= this.#shared.withLayers(this.#naming.layersOf(resourceValues(this.#entry, this.#defaults))).all());
    }
}
function resolveLayers(type, layers, config) {
    const compiled = compiledType(config, type);
    // The environment that picks environments[env] is the merged one.
    const env = stringOf(layers.overrides, 'environment') ??
        stringOf(layers.resource, 'environment') ??
        stringOf(layers.metadata, 'environment') ??
        stringOf(compiled.typeValues, 'environment') ??
        stringOf(config.defaults, 'environment');
    const base = baseValues(config, compiled, env);
    const { regionKey } = compiled;
    const regionLayer = topLayer(layers, regionKey, base.regionLayer);
    const regionShortLayer = topLayer(layers, 'region_short', base.regionShortLayer);
    const { transformations } = config;
    // region_short follows the region, unless it was set at or above the layer
    // that set the region (then it was chosen on purpose). Within
    // naming-values.yaml a region listed in region_mapping wins over a
    // region_short of the same layer, as it always did in v1.0.
    const region = stringOf(layers.overrides, regionKey) ?? stringOf(layers.resource, regionKey) ?? stringOf(layers.metadata, regionKey) ?? stringOf(base.values, regionKey) ?? '';
    const mapped = regionLayer !== UNSET && regionLayer <= RESOURCE_TYPE && hasOwn(transformations.regionMapping, region);
    // Azure and Google Cloud names never fall back to the AWS region_short of the defaults: without a location of their own they have none.
    const regionShortDerived = (regionLayer !== UNSET || (regionKey !== 'region' && regionShortLayer === UNSET)) &&
        (mapped ? regionShortLayer <= regionLayer : regionShortLayer < regionLayer || regionShortLayer === UNSET);
    let regionShort;
    let unknownRegion;
    if (regionShortDerived) {
        regionShort = (0,_clouds_js__WEBPACK_IMPORTED_MODULE_2__/* .regionCodeFor */ .v2)(type, region, transformations.regionMapping);
        if (regionShort === undefined && compiled.needsRegionShort) {
            const kind = (0,_clouds_js__WEBPACK_IMPORTED_MODULE_2__/* .regionKindOf */ .mD)(type);
            unknownRegion = {
                code: 'NAMING_UNKNOWN_REGION',
                rule: `the ${regionKey} is ${kind} or is listed in transformations.region_mapping`,
                message: region === ''
                    ? `${type}: the pattern uses {region_short}, and ${regionKey} has no value; set metadata.${regionKey} in the blueprint (${kind})`
                    : `${type}: ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteName */ .AB)(region)} is not ${kind} dpn knows and is not in transformations.region_mapping of ${config.sources.patterns}; check the spelling or add its short code there`,
            };
        }
    }
    return { compiled, lookup: new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort), unknownRegion };
}
/**
 * Generates the name of one resource: merges values (defaults → environments[env]
 * → resource_types[type] → metadata → resource → overrides), applies
 * transformations, fills the pattern, checks the type's rules, shortens or fails
 * when too long. Pure: no I/O, no clock. `name` is set only when the name
 * breaks no rule.
 */
function generateName(type, layers, config) {
    const { compiled, lookup, unknownRegion } = resolveLayers(type, layers, config);
    const violations = unknownRegion === undefined ? [] : [unknownRegion];
    const regionUnknown = unknownRegion !== undefined;
    let values = lookup;
    const { texts, slots } = compiled;
    const replaced = { hyphens: false };
    let generated = texts[0] ?? '';
    for (let i = 0; i < slots.length; i++) {
        const variable = slots[i] ?? '';
        const value = values.get(variable, replaced);
        if (value === undefined) {
            // An unknown region already explains the missing region_short.
            if (!(regionUnknown && variable === 'region_short') && slots.indexOf(variable) === i) {
                violations.push(missingVariable(type, variable, false, config));
            }
            generated += `{${variable}}`;
        }
        else {
            generated += value;
        }
        generated += texts[i + 1] ?? '';
    }
    for (const variable of compiled.required) {
        const value = values.get(variable);
        if ((value === undefined || value === '') && !(regionUnknown && variable === 'region_short'))
            violations.push(missingVariable(type, variable, true, config));
    }
    if (violations.length > 0)
        return new GeneratedName(generated, violations, values);
    const { rules } = compiled;
    if (rules.isValid(generated))
        return new GeneratedName(generated, violations, values, generated);
    let evaluation = rules.evaluate(generated);
    if (replaced.hyphens && !onlyTooLong(evaluation)) {
        // replace_hyphens applies only where the result stays valid: a rule the
        // type's character set does not show (a ".fifo" suffix, allowed_chars)
        // can still refuse the replacement.
        const original = values.keepingHyphens();
        const alternative = original.fill();
        const alternativeEvaluation = rules.evaluate(alternative);
        if (alternativeEvaluation.violations.length === 0 || onlyTooLong(alternativeEvaluation)) {
            if (alternativeEvaluation.violations.length === 0)
                return new GeneratedName(alternative, violations, original, alternative);
            generated = alternative;
            values = original;
            evaluation = alternativeEvaluation;
        }
    }
    // Shortening fixes only the length; any other broken rule is reported as it is.
    if (!onlyTooLong(evaluation))
        return new GeneratedName(generated, evaluation.violations, values);
    const limit = rules.maxLength ?? Number.POSITIVE_INFINITY;
    const { object } = rules.rules;
    const size = rules.measure(generated);
    const tooLong = (reason) => new GeneratedName(generated, [
        {
            code: 'NAME_TOO_LONG',
            rule: `${object} names are at most ${limit} ${rules.unit} long (${rules.maxLengthSource})`,
            message: `${object} name ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteName */ .AB)(generated)} is ${size} ${rules.unit} long; the limit is ${limit} (${rules.maxLengthSource}) and ${reason}`,
        },
    ], values);
    if (compiled.policy === 'fail')
        return tooLong(`validation.on_too_long for ${type} is fail`);
    const settings = { limit, unit: rules.unit, hash: config.transformations.hash, separator: compiled.separator };
    const tail = compiled.tailFrom < 0 ? undefined : tailOf(compiled, values);
    const shortened = (tail === undefined ? undefined : (0,_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shortenKeepingTail */ .dB)(generated, tail, settings)) ?? (0,_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shortenName */ .ty)(generated, settings);
    if (shortened === undefined)
        return tooLong('it leaves no room for a hash; raise the limit or shorten the values');
    const recheck = rules.evaluate(shortened);
    if (recheck.violations.length > 0) {
        return new GeneratedName(generated, recheck.violations.map((violation) => ({ ...violation, message: `${violation.message} (after shortening ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteName */ .AB)(generated)} to fit ${limit} ${rules.unit}; check hash_generation prefix and separator)` })), values);
    }
    const result = new GeneratedName(generated, violations, values, shortened);
    result.shortened = { from: generated, limit };
    return result;
}
/** The filled pattern from the tail's first slot on (with the literal text before it). */
function tailOf(compiled, values) {
    const { texts, slots, tailFrom } = compiled;
    let out = texts[tailFrom] ?? '';
    for (let i = tailFrom; i < slots.length; i++)
        out += (values.get(slots[i] ?? '') ?? '') + (texts[i + 1] ?? '');
    return out;
}
const NO_RESOURCE = Object.freeze({});
/**
 * A blueprint entry's own value of a variable: its text, or its number or
 * boolean as text; else `defaults`' value (e.g. the table_type a table gets
 * when it does not say). Nested objects and lists are not naming values.
 */
function ownValue(entry, defaults, key) {
    if (hasOwn(entry, key)) {
        const value = entry[key];
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
    }
    return defaults === undefined ? undefined : stringOf(defaults, key);
}
/** A blueprint entry's naming values as one layer: its scalar fields, then `defaults` for those it lacks. */
function resourceValues(entry, defaults) {
    const out = {};
    for (const key in entry) {
        if (!hasOwn(entry, key))
            continue;
        const value = ownValue(entry, undefined, key);
        if (value !== undefined)
            out[key] = value;
    }
    if (defaults !== undefined)
        for (const key of Object.keys(defaults))
            if (!hasOwn(out, key) && typeof defaults[key] === 'string')
                out[key] = defaults[key];
    return out;
}
const NO_VIOLATIONS = [];
/**
 * Names the resources of one blueprint, whose metadata and overrides layers
 * are the same for all of them (and must not change while it is used): what
 * depends only on those is resolved once per resource type, and a resource's
 * name reads just its own fields on top, straight from the blueprint entry
 * (no per-resource copy of its values).
 * Gives exactly generateName's result for the layer resourceValues(entry,
 * defaults); a resource that sets its own environment or region, and any name
 * that is not plainly valid (a missing variable, a broken rule, too long),
 * goes through generateName itself.
 */
class BlueprintNaming {
    config;
    metadata;
    overrides;
    prepared = new Map();
    lastType;
    lastPrepared;
    constructor(config, metadata, overrides) {
        this.config = config;
        this.metadata = metadata;
        this.overrides = overrides;
    }
    /** The name of the blueprint entry `entry` of type `type`; `defaults` fills variables the entry does not set. */
    name(type, entry, defaults) {
        const plain = this.plainName(type, entry, defaults);
        if (plain === undefined)
            return this.careful(type, entry, defaults);
        return new PreparedName(plain, this, this.prepare(type).shared.lookup, entry, defaults);
    }
    /**
     * The name, when the prepared path decides it: valid as the pattern gives
     * it, nothing shortened. Undefined otherwise, and name() then says what it
     * is (shortened, or why there is none). No object per resource: most
     * callers need only the text.
     */
    plainName(type, entry, defaults) {
        const prepared = this.prepare(type);
        if (prepared.shared.unknownRegion !== undefined ||
            ownValue(entry, defaults, 'environment') !== undefined ||
            ownValue(entry, defaults, prepared.shared.compiled.regionKey) !== undefined ||
            ownValue(entry, defaults, 'region_short') !== undefined) {
            return undefined;
        }
        const { compiled } = prepared.shared;
        const { texts, rules } = compiled;
        const { slots, required } = prepared;
        let generated = texts[0];
        for (let i = 0; i < slots.length; i++) {
            const value = readValue(slots[i], entry, defaults);
            if (value === undefined)
                return undefined;
            generated += value + texts[i + 1];
        }
        for (let i = 0; i < required.length; i++) {
            const value = readValue(required[i], entry, defaults);
            if (value === undefined || value === '')
                return undefined;
        }
        return rules.isValid(generated) ? generated : undefined;
    }
    /** The layers of a name of this blueprint whose resource layer is `resource`. */
    layersOf(resource) {
        return { metadata: this.metadata, resource, overrides: this.overrides };
    }
    /** generateName itself, for everything the prepared path does not decide. */
    careful(type, entry, defaults) {
        return generateName(type, this.layersOf(resourceValues(entry, defaults)), this.config);
    }
    prepare(type) {
        // Resources come grouped by type: the last type answers without a Map lookup.
        if (type === this.lastType && this.lastPrepared !== undefined)
            return this.lastPrepared;
        const prepared = this.prepareType(type);
        this.lastType = type;
        this.lastPrepared = prepared;
        return prepared;
    }
    prepareType(type) {
        let prepared = this.prepared.get(type);
        if (prepared === undefined) {
            const shared = resolveLayers(type, { metadata: this.metadata, resource: NO_RESOURCE, overrides: this.overrides }, this.config);
            const read = (variable) => ({
                variable,
                fixed: shared.lookup.ignoresResource(variable),
                value: shared.lookup.get(variable),
                transform: shared.compiled.transforms.get(variable),
            });
            prepared = { shared, slots: shared.compiled.slots.map(read), required: shared.compiled.required.map(read) };
            this.prepared.set(type, prepared);
        }
        return prepared;
    }
}
/** A variable's value for one resource: its own field, unless the shared layers decide. */
function readValue(read, entry, defaults) {
    if (read.fixed)
        return read.value;
    const own = ownValue(entry, defaults, read.variable);
    if (own === undefined)
        return read.value;
    return read.transform === undefined ? own : transformValue(own, read.transform, true);
}


/***/ }),

/***/ 3761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g4: () => (/* reexport */ DEFAULT_NAMING_CONFIG),
  kt: () => (/* reexport */ DEFAULT_PATTERNS_DOCUMENT),
  NP: () => (/* reexport */ DEFAULT_VALUES_DOCUMENT),
  NH: () => (/* reexport */ rules/* describeRules */.NH),
  nd: () => (/* reexport */ inspectNamingConfig),
  fT: () => (/* reexport */ regions/* isKnownAwsRegion */.fT),
  Ve: () => (/* reexport */ types/* isResourceType */.V),
  qd: () => (/* reexport */ patternsDocumentOf),
  Gw: () => (/* reexport */ regions/* regionCode */.Gw),
  Vv: () => (/* reexport */ valuesDocumentOf)
});

// UNUSED EXPORTS: AWS_REGION_CODES, AZURE_LOCATION_CODES, BUILT_IN_SOURCE, BlueprintNaming, CLOUD_LABELS, DEFAULT_PATTERNS, ENGINE_RULES, GCP_REGION_CODES, NamingConfigError, RESOURCE_TYPES, RULES, checkName, cloudOf, generateName, isNamedOnly, nameHash, regionCodeFor, regionVariableOf, resolveNamingConfig, shortenName

// EXTERNAL MODULE: ./src/naming/types.ts
var types = __webpack_require__(8173);
// EXTERNAL MODULE: ./src/naming/generate.ts
var generate = __webpack_require__(4233);
// EXTERNAL MODULE: ./src/naming/defaults.ts
var naming_defaults = __webpack_require__(8712);
// EXTERNAL MODULE: ./src/naming/errors.ts
var errors = __webpack_require__(1637);
// EXTERNAL MODULE: ./src/naming/pattern.ts
var pattern = __webpack_require__(5110);
// EXTERNAL MODULE: ./src/naming/regions.ts
var regions = __webpack_require__(9645);
// EXTERNAL MODULE: ./src/naming/rules.ts
var rules = __webpack_require__(5695);
// EXTERNAL MODULE: ./src/naming/shorten.ts
var shorten = __webpack_require__(2041);
;// CONCATENATED MODULE: ./src/naming/config.ts
// Turns the two v1.0 naming documents (naming-values.yaml, naming-patterns.yaml,
// already parsed and schema-validated) into a NamingConfig, and holds the
// built-in convention used when they are absent. Checks what a JSON Schema
// cannot: pattern syntax, regular expressions, limits the platform overrides.







const BUILT_IN_SOURCE = 'built-in';
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value))
            deepFreeze(child);
    }
    return value;
}
/** naming-values.yaml as dpn ships it (`dpn config init` writes this). */
const DEFAULT_VALUES_DOCUMENT = deepFreeze({
    version: '1.0',
    defaults: { ...naming_defaults/* DEFAULT_VALUES */.LP },
    environments: {
        dev: { ...naming_defaults/* DEFAULT_ENVIRONMENT_VALUES */.vm.dev },
        stg: { ...naming_defaults/* DEFAULT_ENVIRONMENT_VALUES */.vm.stg },
        prd: { ...naming_defaults/* DEFAULT_ENVIRONMENT_VALUES */.vm.prd },
    },
    resource_types: Object.fromEntries(Object.entries(naming_defaults/* DEFAULT_RESOURCE_TYPE_VALUES */.hx).map(([type, values]) => [type, { ...values }])),
});
/** naming-patterns.yaml as dpn ships it (`dpn config init` writes this). */
const DEFAULT_PATTERNS_DOCUMENT = deepFreeze({
    version: '1.0',
    patterns: { ...naming_defaults/* DEFAULT_PATTERNS */.sz },
    transformations: {
        region_mapping: { ...naming_defaults/* DEFAULT_REGION_MAPPING */.sQ },
        lowercase: [...naming_defaults/* DEFAULT_LOWERCASE */.cB],
        replace_hyphens: { ...naming_defaults/* DEFAULT_REPLACE_HYPHENS */.tZ },
        hash_generation: { ...naming_defaults/* DEFAULT_HASH */.Lo },
    },
});
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
class IssueList {
    sources;
    issues = [];
    constructor(sources) {
        this.sources = sources;
    }
    add(severity, document, path, code, message) {
        this.issues.push({ severity, document, source: this.sources[document], path, code, message });
    }
}
/** Own keys of a document object, skipping `__proto__` so a crafted file cannot reach a prototype. */
function entries(value) {
    return Object.keys(value)
        .filter((key) => key !== '__proto__')
        .map((key) => [key, value[key]]);
}
function readValues(raw, path, issues) {
    const values = {};
    if (raw === undefined || raw === null)
        return values;
    if (!isObject(raw)) {
        issues.add('error', 'values', path, 'NAMING_CONFIG_SHAPE', 'must be a map of variable to value');
        return values;
    }
    for (const [key, value] of entries(raw)) {
        if (typeof value === 'string')
            values[key] = value;
        else if (typeof value === 'number' || typeof value === 'boolean')
            values[key] = String(value);
        else if (value !== null && value !== undefined)
            issues.add('error', 'values', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be a string');
    }
    return values;
}
function readTypeMap(raw, document, path, issues, read) {
    const out = {};
    if (raw === undefined || raw === null)
        return out;
    if (!isObject(raw)) {
        issues.add('error', document, path, 'NAMING_CONFIG_SHAPE', 'must be a map keyed by resource type');
        return out;
    }
    for (const [key, value] of entries(raw)) {
        if (!(0,types/* isResourceType */.V)(key)) {
            issues.add('warning', document, [...path, key], 'NAMING_CONFIG_UNKNOWN_TYPE', `"${key}" is not a resource type; it is ignored`);
            continue;
        }
        const read_ = read(value, [...path, key]);
        if (read_ !== undefined)
            out[key] = read_;
    }
    return out;
}
function readStringList(raw, path, issues) {
    if (raw === undefined || raw === null)
        return [];
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a list of variable names');
        return [];
    }
    return [...raw];
}
function readStringMap(raw, path, issues) {
    const out = {};
    if (raw === undefined || raw === null)
        return out;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map');
        return out;
    }
    for (const [key, value] of entries(raw)) {
        if (typeof value === 'string')
            out[key] = value;
        else
            issues.add('error', 'patterns', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be a string');
    }
    return out;
}
function readHash(raw, issues) {
    const path = ['transformations', 'hash_generation'];
    const hash = { ...naming_defaults/* DEFAULT_HASH */.Lo };
    if (raw === undefined || raw === null)
        return hash;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map');
        return hash;
    }
    if (raw.algorithm !== undefined) {
        if (raw.algorithm === 'md5' || raw.algorithm === 'sha256')
            hash.algorithm = raw.algorithm;
        else
            issues.add('error', 'patterns', [...path, 'algorithm'], 'NAMING_CONFIG_SHAPE', 'must be md5 or sha256');
    }
    if (raw.length !== undefined) {
        if (typeof raw.length === 'number' && Number.isInteger(raw.length) && raw.length >= 4 && raw.length <= 64)
            hash.length = raw.length;
        else
            issues.add('error', 'patterns', [...path, 'length'], 'NAMING_CONFIG_SHAPE', 'must be a whole number from 4 to 64');
    }
    if (raw.prefix !== undefined) {
        if (typeof raw.prefix === 'string' && [...raw.prefix].length <= 2)
            hash.prefix = raw.prefix;
        else
            issues.add('error', 'patterns', [...path, 'prefix'], 'NAMING_CONFIG_SHAPE', 'must be at most 2 characters');
    }
    if (raw.separator !== undefined) {
        if (typeof raw.separator === 'string' && [...raw.separator].length <= 1)
            hash.separator = raw.separator;
        else
            issues.add('error', 'patterns', [...path, 'separator'], 'NAMING_CONFIG_SHAPE', 'must be at most 1 character');
    }
    if ((0,shorten/* effectiveHashLength */.ES)(hash) < hash.length) {
        issues.add('warning', 'patterns', [...path, 'length'], 'NAMING_CONFIG_HASH_LENGTH', `${hash.algorithm} gives ${(0,shorten/* effectiveHashLength */.ES)(hash)} hex characters; the hash is ${(0,shorten/* effectiveHashLength */.ES)(hash)} long, not ${hash.length}`);
    }
    return hash;
}
function readValidation(raw, issues) {
    const validation = { maxLength: {}, allowedChars: {}, requiredVariables: {}, onTooLong: {} };
    if (raw === undefined || raw === null)
        return validation;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', ['validation'], 'NAMING_CONFIG_SHAPE', 'must be a map');
        return validation;
    }
    validation.maxLength = readTypeMap(raw.max_length, 'patterns', ['validation', 'max_length'], issues, (value, path) => {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a whole number of at least 1');
            return undefined;
        }
        const type = path[path.length - 1];
        const platform = rules/* RULES */.y0[type].length;
        if (platform.max !== undefined && value > platform.max) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_MAX_LENGTH_IGNORED', `${value} is above the ${rules/* RULES */.y0[type].object} limit of ${platform.max}; the platform limit applies (validation can only tighten it)`);
            return undefined;
        }
        if (value < platform.min) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_MAX_LENGTH_TOO_SMALL', `${value} is below the ${rules/* RULES */.y0[type].object} minimum of ${platform.min}; no name of this type can be valid`);
        }
        return value;
    });
    validation.allowedChars = readTypeMap(raw.allowed_chars, 'patterns', ['validation', 'allowed_chars'], issues, (value, path) => {
        if (typeof value !== 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a regular expression (a string)');
            return undefined;
        }
        const compiled = (0,rules/* compileAllowedChars */.vS)(value);
        if (typeof compiled === 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_REGEX', compiled);
            return undefined;
        }
        return value;
    });
    validation.requiredVariables = readTypeMap(raw.required_variables, 'patterns', ['validation', 'required_variables'], issues, (value, path) => readStringList(value, path, issues));
    if (raw.on_too_long !== undefined && raw.on_too_long !== null) {
        const path = ['validation', 'on_too_long'];
        if (!isObject(raw.on_too_long)) {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map of resource type (or "*") to shorten or fail');
        }
        else {
            let fallback;
            for (const [key, value] of entries(raw.on_too_long)) {
                if (value !== 'shorten' && value !== 'fail') {
                    issues.add('error', 'patterns', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be shorten or fail');
                }
                else if (key === '*') {
                    fallback = value;
                }
                else if ((0,types/* isResourceType */.V)(key)) {
                    validation.onTooLong[key] = value;
                }
                else {
                    issues.add('warning', 'patterns', [...path, key], 'NAMING_CONFIG_UNKNOWN_TYPE', `"${key}" is not a resource type; it is ignored`);
                }
            }
            if (fallback !== undefined) {
                for (const type of types/* RESOURCE_TYPES */.R)
                    validation.onTooLong[type] ??= fallback;
            }
        }
    }
    return validation;
}
function checkRegionCodes(mapping, issues) {
    const owner = new Map();
    const all = { ...regions/* AWS_REGION_CODES */.ef, ...mapping };
    for (const [region, code] of Object.entries(all)) {
        const other = owner.get(code);
        if (other !== undefined) {
            const configured = Object.hasOwn(mapping, region) ? region : other;
            issues.add('warning', 'patterns', ['transformations', 'region_mapping', configured], 'NAMING_CONFIG_REGION_CODE_CLASH', `${other} and ${region} both get the code "${code}", so their names can collide`);
        }
        else {
            owner.set(code, region);
        }
    }
}
/**
 * Reads both documents and reports every problem without throwing: for
 * `dpn config validate`. A document left out (undefined) is the built-in one.
 */
function inspectNamingConfig(values, patterns, sources) {
    const src = {
        values: values === undefined ? BUILT_IN_SOURCE : (sources?.values ?? BUILT_IN_SOURCE),
        patterns: patterns === undefined ? BUILT_IN_SOURCE : (sources?.patterns ?? BUILT_IN_SOURCE),
    };
    const issues = new IssueList(src);
    const valuesDoc = isObject(values ?? DEFAULT_VALUES_DOCUMENT) ? (values ?? DEFAULT_VALUES_DOCUMENT) : {};
    const patternsDoc = isObject(patterns ?? DEFAULT_PATTERNS_DOCUMENT) ? (patterns ?? DEFAULT_PATTERNS_DOCUMENT) : {};
    if (values !== undefined && !isObject(values))
        issues.add('error', 'values', [], 'NAMING_CONFIG_SHAPE', 'must be a map');
    if (patterns !== undefined && !isObject(patterns))
        issues.add('error', 'patterns', [], 'NAMING_CONFIG_SHAPE', 'must be a map');
    // Values: a given document stands alone, as in v1.0 (a section it leaves out is empty).
    const defaults = readValues(valuesDoc.defaults, ['defaults'], issues);
    const environments = {};
    if (isObject(valuesDoc.environments)) {
        for (const [env, raw] of entries(valuesDoc.environments))
            environments[env] = readValues(raw, ['environments', env], issues);
    }
    else if (valuesDoc.environments !== undefined && valuesDoc.environments !== null) {
        issues.add('error', 'values', ['environments'], 'NAMING_CONFIG_SHAPE', 'must be a map of environment to values');
    }
    const resourceTypes = readTypeMap(valuesDoc.resource_types, 'values', ['resource_types'], issues, (raw, path) => readValues(raw, path, issues));
    // Patterns: a type left out keeps its built-in pattern.
    const patternMap = { ...naming_defaults/* DEFAULT_PATTERNS */.sz };
    const givenPatterns = readTypeMap(patternsDoc.patterns, 'patterns', ['patterns'], issues, (raw, path) => {
        if (typeof raw !== 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a string');
            return undefined;
        }
        const parsed = (0,pattern/* parsePattern */.E)(raw);
        if (typeof parsed === 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_PATTERN', parsed);
            return undefined;
        }
        if (parsed.variables.length === 0) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_CONSTANT_PATTERN', 'has no {variable}: every resource of this type gets the same name');
        }
        return raw;
    });
    Object.assign(patternMap, givenPatterns);
    // Transformations: a given document's section stands alone, as in v1.0; the
    // built-in region table always applies under region_mapping.
    const rawTransformations = patternsDoc.transformations;
    const transformations = isObject(rawTransformations) ? rawTransformations : {};
    if (rawTransformations !== undefined && rawTransformations !== null && !isObject(rawTransformations)) {
        issues.add('error', 'patterns', ['transformations'], 'NAMING_CONFIG_SHAPE', 'must be a map');
    }
    const regionMapping = readStringMap(transformations.region_mapping, ['transformations', 'region_mapping'], issues);
    checkRegionCodes(regionMapping, issues);
    const replaceHyphens = readStringMap(transformations.replace_hyphens, ['transformations', 'replace_hyphens'], issues);
    const config = {
        defaults,
        environments,
        resourceTypes,
        patterns: patternMap,
        transformations: {
            regionMapping,
            lowercase: readStringList(transformations.lowercase, ['transformations', 'lowercase'], issues),
            uppercase: readStringList(transformations.uppercase, ['transformations', 'uppercase'], issues),
            replaceHyphens,
            hash: readHash(transformations.hash_generation, issues),
        },
        validation: readValidation(patternsDoc.validation, issues),
        sources: src,
    };
    const hasError = issues.issues.some((issue) => issue.severity === 'error');
    return hasError ? { issues: issues.issues } : { config, issues: issues.issues };
}
/**
 * The NamingConfig of two parsed v1.0 documents (either may be left out for
 * the built-in one). Throws NamingConfigError listing every error; warnings
 * are available from inspectNamingConfig.
 */
function resolveNamingConfig(values, patterns, sources) {
    const { config, issues } = inspectNamingConfig(values, patterns, sources);
    if (config === undefined)
        throw new errors/* NamingConfigError */.j(issues.filter((issue) => issue.severity === 'error'));
    return config;
}
/** The built-in convention (frozen: derive a new config rather than editing it). */
const DEFAULT_NAMING_CONFIG = deepFreeze(resolveNamingConfig());

;// CONCATENATED MODULE: ./src/naming/documents.ts
function nonEmpty(value) {
    return Object.keys(value).length > 0;
}
/** Copies `map` without its empty entries, in key order as given. */
function typeMap(map, keep = () => true) {
    const out = {};
    for (const [type, value] of Object.entries(map)) {
        if (value !== undefined && keep(value))
            out[type] = value;
    }
    return out;
}
/** naming-values.yaml of `config`. */
function valuesDocumentOf(config) {
    const doc = { version: '1.0', defaults: { ...config.defaults } };
    const environments = Object.fromEntries(Object.entries(config.environments).filter(([, v]) => v !== undefined));
    if (nonEmpty(environments))
        doc.environments = environments;
    const resourceTypes = typeMap(config.resourceTypes);
    if (nonEmpty(resourceTypes))
        doc.resource_types = resourceTypes;
    return doc;
}
/** naming-patterns.yaml of `config`: every pattern, the transformations, the validation it tightens. */
function patternsDocumentOf(config) {
    const t = config.transformations;
    const transformations = {};
    if (nonEmpty(t.regionMapping))
        transformations.region_mapping = { ...t.regionMapping };
    if (t.lowercase.length)
        transformations.lowercase = [...t.lowercase];
    if (t.uppercase.length)
        transformations.uppercase = [...t.uppercase];
    if (nonEmpty(t.replaceHyphens))
        transformations.replace_hyphens = { ...t.replaceHyphens };
    transformations.hash_generation = { ...t.hash };
    const v = config.validation;
    const validation = {};
    if (nonEmpty(v.maxLength))
        validation.max_length = typeMap(v.maxLength);
    if (nonEmpty(v.allowedChars))
        validation.allowed_chars = typeMap(v.allowedChars);
    const required = typeMap(v.requiredVariables, (list) => list.length > 0);
    if (nonEmpty(required))
        validation.required_variables = required;
    if (nonEmpty(v.onTooLong))
        validation.on_too_long = typeMap(v.onTooLong);
    return {
        version: '1.0',
        patterns: { ...config.patterns },
        transformations,
        ...(nonEmpty(validation) ? { validation } : {}),
    };
}

// EXTERNAL MODULE: ./src/naming/azure.ts
var azure = __webpack_require__(4543);
// EXTERNAL MODULE: ./src/naming/gcp.ts
var gcp = __webpack_require__(2906);
// EXTERNAL MODULE: ./src/naming/clouds.ts
var clouds = __webpack_require__(4);
;// CONCATENATED MODULE: ./src/naming/index.ts














/***/ }),

/***/ 5110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parsePattern)
/* harmony export */ });
// Name templates: `{variable}` placeholders in literal text, parsed once into
// segments. `{{` and `}}` stand for literal braces, as in Python's str.format,
// which dpn v1.0 used to fill patterns.
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Parses a pattern, or returns a message saying what is wrong with it. */
function parsePattern(pattern) {
    const segments = [];
    const variables = [];
    let text = '';
    let i = 0;
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === '{') {
            if (pattern[i + 1] === '{') {
                text += '{';
                i += 2;
                continue;
            }
            const close = pattern.indexOf('}', i + 1);
            if (close < 0)
                return `unclosed "{" at character ${i + 1}`;
            const name = pattern.slice(i + 1, close);
            if (!VARIABLE.test(name))
                return `"{${name}}" is not a placeholder: use {name} with letters, digits and "_"`;
            if (text !== '')
                segments.push({ text });
            text = '';
            segments.push({ variable: name });
            if (!variables.includes(name))
                variables.push(name);
            i = close + 1;
        }
        else if (ch === '}') {
            if (pattern[i + 1] !== '}')
                return `unmatched "}" at character ${i + 1} (write "}}" for a literal brace)`;
            text += '}';
            i += 2;
        }
        else {
            text += ch;
            i += 1;
        }
    }
    if (text !== '')
        segments.push({ text });
    return { segments, variables };
}


/***/ }),

/***/ 9645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ regionCode),
/* harmony export */   ae: () => (/* binding */ REGION_DIRECTIONS),
/* harmony export */   ef: () => (/* binding */ AWS_REGION_CODES),
/* harmony export */   fT: () => (/* binding */ isKnownAwsRegion)
/* harmony export */ });
/* unused harmony exports REGION_CODE_EXCEPTIONS, schemeRegionCode */
// AWS region short codes (the `region_short` variable). Every AWS region has its
// own code out of the box; v1.0 gave any region it did not list the code of
// us-east-1, so an eu-west-3 bucket was named …-use1.
//
// The scheme: <area><direction><number>.
//   area       the region's first part (us, eu, ap, ca, sa, af, me, il, mx, cn);
//              GovCloud us-gov → usg; European Sovereign Cloud eusc-de → euscde
//   direction  east e, west w, north n, south s, central c,
//              northeast ne, northwest nw, southeast se, southwest sw
//   number     the region's number
// Two exceptions keep the codes v1.0 shipped: ap-southeast-1 aps1 and
// ap-southeast-2 aps2 (v1.0 shortened southeast to s). The scheme would give
// ap-south-1/2 those very codes, so Asia Pacific's south regions spell south
// "so": ap-south-1 apso1, ap-south-2 apso2. A test checks that every code is
// distinct and that every other region follows the scheme.
const AWS_REGION_CODES = Object.freeze({
    // United States
    'us-east-1': 'use1',
    'us-east-2': 'use2',
    'us-west-1': 'usw1',
    'us-west-2': 'usw2',
    // AWS GovCloud (US)
    'us-gov-east-1': 'usge1',
    'us-gov-west-1': 'usgw1',
    // Canada, Mexico, South America
    'ca-central-1': 'cac1',
    'ca-west-1': 'caw1',
    'mx-central-1': 'mxc1',
    'sa-east-1': 'sae1',
    // Europe
    'eu-central-1': 'euc1',
    'eu-central-2': 'euc2',
    'eu-west-1': 'euw1',
    'eu-west-2': 'euw2',
    'eu-west-3': 'euw3',
    'eu-north-1': 'eun1',
    'eu-south-1': 'eus1',
    'eu-south-2': 'eus2',
    // AWS European Sovereign Cloud
    'eusc-de-east-1': 'euscdee1',
    // Africa, Middle East
    'af-south-1': 'afs1',
    'il-central-1': 'ilc1',
    'me-central-1': 'mec1',
    'me-south-1': 'mes1',
    // Asia Pacific
    'ap-east-1': 'ape1',
    'ap-east-2': 'ape2',
    'ap-south-1': 'apso1',
    'ap-south-2': 'apso2',
    'ap-southeast-1': 'aps1',
    'ap-southeast-2': 'aps2',
    'ap-southeast-3': 'apse3',
    'ap-southeast-4': 'apse4',
    'ap-southeast-5': 'apse5',
    'ap-southeast-6': 'apse6',
    'ap-southeast-7': 'apse7',
    'ap-northeast-1': 'apne1',
    'ap-northeast-2': 'apne2',
    'ap-northeast-3': 'apne3',
    // China
    'cn-north-1': 'cnn1',
    'cn-northwest-1': 'cnnw1',
});
/** Regions whose code is not the scheme's (see the top of this file). */
const REGION_CODE_EXCEPTIONS = Object.freeze({
    'ap-southeast-1': 'aps1',
    'ap-southeast-2': 'aps2',
    'ap-south-1': 'apso1',
    'ap-south-2': 'apso2',
});
const AREAS = { 'us-gov': 'usg', 'eusc-de': 'euscde' };
/** The direction words of region names and their letters (shared with the Google Cloud scheme). */
const REGION_DIRECTIONS = {
    east: 'e',
    west: 'w',
    north: 'n',
    south: 's',
    central: 'c',
    northeast: 'ne',
    northwest: 'nw',
    southeast: 'se',
    southwest: 'sw',
};
/** The code the scheme gives a region name, or undefined when the name does not fit the scheme. */
function schemeRegionCode(region) {
    const match = /^([a-z]+(?:-[a-z]+)?)-([a-z]+)-(\d+)$/.exec(region);
    if (!match)
        return undefined;
    const [, areaPart = '', directionPart = '', number = ''] = match;
    const area = areaPart.includes('-') ? AREAS[areaPart] : areaPart;
    const direction = Object.hasOwn(REGION_DIRECTIONS, directionPart) ? REGION_DIRECTIONS[directionPart] : undefined;
    if (area === undefined || direction === undefined)
        return undefined;
    return `${area}${direction}${number}`;
}
function isKnownAwsRegion(region) {
    return Object.hasOwn(AWS_REGION_CODES, region);
}
/**
 * The short code of a region: the configured `region_mapping` first, then the
 * built-in table; undefined for a region neither knows (never a default).
 */
function regionCode(region, mapping = {}) {
    if (Object.hasOwn(mapping, region))
        return mapping[region];
    if (Object.hasOwn(AWS_REGION_CODES, region))
        return AWS_REGION_CODES[region];
    return undefined;
}


/***/ }),

/***/ 4761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ charset),
/* harmony export */   Bw: () => (/* binding */ length),
/* harmony export */   Tx: () => (/* binding */ reservedPrefixes),
/* harmony export */   a4: () => (/* binding */ reservedSuffixes),
/* harmony export */   d5: () => (/* binding */ endsWith),
/* harmony export */   r_: () => (/* binding */ noDoubleHyphen),
/* harmony export */   w1: () => (/* binding */ startsWith)
/* harmony export */ });
function length(code, object, min, max, unit = 'characters') {
    const rule = max === undefined
        ? `${object} names are at least ${min} ${min === 1 ? 'character' : 'characters'} long (no documented maximum)`
        : `${object} names are ${min}–${max} ${unit} long`;
    return max === undefined ? { code, rule, min, unit } : { code, rule, min, max, unit };
}
function charset(code, rule, chars) {
    return { code, rule, chars };
}
/** The first character must match `first` (a character class), described as `what`. */
function startsWith(code, object, first, what) {
    const test = new RegExp(`^${first}`, 'u');
    return {
        code,
        rule: `${object} names start with ${what}`,
        find: (name) => (test.test(name) ? undefined : `it does not start with ${what}`),
    };
}
/** The last character must match `last` (a character class), described as `what`. */
function endsWith(code, object, last, what) {
    const test = new RegExp(`${last}$`, 'u');
    return {
        code,
        rule: `${object} names end with ${what}`,
        find: (name) => (test.test(name) ? undefined : `it does not end with ${what}`),
    };
}
function noDoubleHyphen(code, object) {
    return {
        code,
        rule: `${object} names contain no two consecutive hyphens`,
        find: (name) => (name.includes('--') ? 'it contains "--"' : undefined),
    };
}
/** Reserved beginnings, compared without regard to case when `caseless`. */
function reservedPrefixes(code, object, prefixes, caseless = false) {
    return {
        code,
        rule: `${object} names do not start with ${prefixes.map((p) => `"${p}"`).join(', ')}`,
        find: (name) => {
            const subject = caseless ? name.toLowerCase() : name;
            const prefix = prefixes.find((p) => subject.startsWith(p));
            return prefix === undefined ? undefined : `it starts with the reserved prefix "${prefix}"`;
        },
    };
}
function reservedSuffixes(code, object, suffixes, caseless = false) {
    return {
        code,
        rule: `${object} names do not end with ${suffixes.map((s) => `"${s}"`).join(', ')}`,
        find: (name) => {
            const subject = caseless ? name.toLowerCase() : name;
            const suffix = suffixes.find((s) => subject.endsWith(s));
            return suffix === undefined ? undefined : `it ends with the reserved suffix "${suffix}"`;
        },
    };
}


/***/ }),

/***/ 5695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteName),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   NH: () => (/* binding */ describeRules),
/* harmony export */   nb: () => (/* binding */ compileRules),
/* harmony export */   vS: () => (/* binding */ compileAllowedChars),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony exports ENGINE_RULES, measureCharacters, measureBytes, hasUnsafeRepetition */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1637);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8173);
/* harmony import */ var _rule_kit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4761);
/* harmony import */ var _azure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4543);
/* harmony import */ var _gcp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2906);
// What each platform accepts as a name, per resource type, with a stable code
// per rule (RULES.md, and the AWS / Databricks documentation for the types
// RULES.md does not list). The YAML `validation` section may only tighten
// these rules: a `max_length` above the platform limit is ignored (the
// platform wins; lintNamingConfig warns), `allowed_chars` is checked in
// addition to the platform's character set.





const NO_CONTROL = '[^\\u0000-\\u001f\\u007f]';
function noControl(code, object) {
    return (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)(code, `${object} names contain no control characters`, NO_CONTROL);
}
const S3_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const S3_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
// Loops rather than find() with an arrow: these run once per bucket name, and an
// arrow closing over the name is one more object per name until the code is optimised.
function reservedPrefix(name) {
    for (let i = 0; i < S3_RESERVED_PREFIXES.length; i++)
        if (name.startsWith(S3_RESERVED_PREFIXES[i]))
            return S3_RESERVED_PREFIXES[i];
    return undefined;
}
function reservedSuffix(name) {
    for (let i = 0; i < S3_RESERVED_SUFFIXES.length; i++)
        if (name.endsWith(S3_RESERVED_SUFFIXES[i]))
            return S3_RESERVED_SUFFIXES[i];
    return undefined;
}
/** Nothing toLowerCase() would change: plain lowercase ASCII needs no copy of the name to tell. */
function isLowercase(name) {
    return !/[A-Z\u0080-\uffff]/.test(name) || name === name.toLowerCase();
}
const S3_CHECKS = [
    {
        code: 'S3_START_END',
        rule: 'S3 bucket names start and end with a lowercase letter or a digit',
        find: (name) => (/^[a-z0-9](?:.*[a-z0-9])?$/su.test(name) ? undefined : 'it starts or ends with another character'),
    },
    {
        code: 'S3_DOUBLE_DOT',
        rule: 'S3 bucket names contain no two adjacent periods',
        find: (name) => (name.includes('..') ? 'it contains ".."' : undefined),
    },
    {
        code: 'S3_IP_ADDRESS',
        rule: 'S3 bucket names are not formatted as an IP address',
        find: (name) => (/^\d+\.\d+\.\d+\.\d+$/.test(name) ? 'it looks like an IPv4 address' : undefined),
    },
    {
        code: 'S3_RESERVED_PREFIX',
        rule: `S3 bucket names do not start with ${S3_RESERVED_PREFIXES.map((p) => `"${p}"`).join(', ')}`,
        find: (name) => {
            const prefix = reservedPrefix(name);
            return prefix === undefined ? undefined : `it starts with the reserved prefix "${prefix}"`;
        },
    },
    {
        code: 'S3_RESERVED_SUFFIX',
        rule: `S3 bucket names do not end with ${S3_RESERVED_SUFFIXES.map((s) => `"${s}"`).join(', ')}`,
        find: (name) => {
            const suffix = reservedSuffix(name);
            return suffix === undefined ? undefined : `it ends with the reserved suffix "${suffix}"`;
        },
    },
];
const GLUE_SOURCE = 'Glue API DatabaseInput / TableInput; Athena guide, names of tables, databases and columns';
const GLUE_CHECKS = [
    {
        code: 'GLUE_START',
        rule: 'Glue database and table names start with a lowercase letter (Athena needs quoting for a leading digit or underscore)',
        find: (name) => (/^[a-z]/.test(name) ? undefined : 'it does not start with a lowercase letter'),
    },
];
function glue(type, object) {
    return {
        type,
        object,
        source: GLUE_SOURCE,
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('GLUE_LENGTH', object, 1, 255),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('GLUE_CHARSET', `${object} names use only lowercase letters, digits and "_" (Glue stores names lowercase; Athena accepts no other characters)`, '[a-z0-9_]'),
        checks: GLUE_CHECKS,
        identifier: true,
    };
}
const UC_SOURCE = 'Databricks SQL reference, names';
const UC_CHECKS = [
    {
        code: 'UC_LOWERCASE',
        rule: 'Unity Catalog names are lowercase (Unity Catalog stores names lowercase, so an uppercase name would never match what is stored)',
        find: (name) => (isLowercase(name) ? undefined : 'it contains uppercase letters'),
    },
];
function unityCatalog(type, object) {
    return {
        type,
        object,
        source: UC_SOURCE,
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('UC_LENGTH', object, 1, 255),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('UC_CHARSET', `${object} names contain no ".", space, "/", control characters or DEL`, '[^. /\\u0000-\\u001f\\u007f]'),
        checks: UC_CHECKS,
        identifier: true,
    };
}
function fifoDot(code, object) {
    return {
        code,
        rule: `${object} names contain a "." only in the ".fifo" suffix of a FIFO ${object.split(' ').pop() ?? ''}`,
        find: (name) => (name.replace(/\.fifo$/, '').includes('.') ? 'it contains "." outside a ".fifo" suffix' : undefined),
    };
}
function plain(type, object, source, lengthRule, charsetRule, checks = []) {
    return { type, object, source, length: lengthRule, charset: charsetRule, checks, identifier: false };
}
const RULE_LIST = [
    {
        type: 'aws_s3_bucket',
        object: 'S3 bucket',
        source: 'AWS S3 user guide, general purpose bucket naming rules',
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('S3_LENGTH', 'S3 bucket', 3, 63),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('S3_CHARSET', 'S3 bucket names use only lowercase letters, digits, "." and "-"', '[a-z0-9.\\-]'),
        checks: S3_CHECKS,
        identifier: false,
    },
    glue('aws_glue_database', 'Glue database'),
    glue('aws_glue_table', 'Glue table'),
    plain('aws_glue_crawler', 'Glue crawler', 'Glue API CreateCrawler (Name: single-line string, 1–255)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('GLUE_CRAWLER_LENGTH', 'Glue crawler', 1, 255), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('GLUE_CRAWLER_CHARSET', 'Glue crawler names are a single line: no control characters other than tab', '[\\t\\u0020-\\ud7ff\\ue000-\\ufffd\\u{10000}-\\u{10ffff}]')),
    plain('aws_lambda_function', 'Lambda function', 'Lambda API CreateFunction (FunctionName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('LAMBDA_LENGTH', 'Lambda function', 1, 64), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('LAMBDA_CHARSET', 'Lambda function names use only letters, digits, "-" and "_"', '[A-Za-z0-9_\\-]')),
    plain('aws_iam_role', 'IAM role', 'IAM API CreateRole (RoleName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('IAM_ROLE_LENGTH', 'IAM role', 1, 64), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('IAM_ROLE_CHARSET', 'IAM role names use only letters, digits and "+ = , . @ _ -"', '[A-Za-z0-9+=,.@_\\-]')),
    plain('aws_iam_policy', 'IAM policy', 'IAM API CreatePolicy (PolicyName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('IAM_POLICY_LENGTH', 'IAM policy', 1, 128), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('IAM_POLICY_CHARSET', 'IAM policy names use only letters, digits and "+ = , . @ _ -"', '[A-Za-z0-9+=,.@_\\-]')),
    plain('aws_kinesis_stream', 'Kinesis stream', 'Kinesis Data Streams API CreateStream (StreamName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('KINESIS_LENGTH', 'Kinesis stream', 1, 128), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('KINESIS_CHARSET', 'Kinesis stream names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_kinesis_firehose', 'Firehose stream', 'Data Firehose API CreateDeliveryStream (DeliveryStreamName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('FIREHOSE_LENGTH', 'Firehose stream', 1, 64), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('FIREHOSE_CHARSET', 'Firehose stream names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_dynamodb_table', 'DynamoDB table', 'DynamoDB developer guide, naming rules', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DDB_LENGTH', 'DynamoDB table', 3, 255), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('DDB_CHARSET', 'DynamoDB table names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_sns_topic', 'SNS topic', 'SNS API CreateTopic (Name)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('SNS_LENGTH', 'SNS topic', 1, 256), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('SNS_CHARSET', 'SNS topic names use only letters, digits, "_" and "-" (and ".fifo" at the end of a FIFO topic)', '[A-Za-z0-9_.\\-]'), [fifoDot('SNS_FIFO_SUFFIX', 'SNS topic')]),
    plain('aws_sqs_queue', 'SQS queue', 'SQS API CreateQueue (QueueName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('SQS_LENGTH', 'SQS queue', 1, 80), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('SQS_CHARSET', 'SQS queue names use only letters, digits, "_" and "-" (and ".fifo" at the end of a FIFO queue)', '[A-Za-z0-9_.\\-]'), [fifoDot('SQS_FIFO_SUFFIX', 'SQS queue')]),
    plain('aws_step_function', 'Step Functions state machine', 'Step Functions API CreateStateMachine (name)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('SFN_LENGTH', 'Step Functions state machine', 1, 80), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('SFN_CHARSET', 'Step Functions state machine names contain no whitespace, brackets < > { } [ ], wildcards ? *, special characters " # % \\ ^ | ~ ` $ & , ; : / or control characters', '[^\\s<>{}\\[\\]?*"#%\\\\^|~`$&,;:/\\u0000-\\u001f\\u007f-\\u009f]')),
    plain('dbx_workspace', 'Databricks workspace', 'Databricks Account API, create workspace (workspace_name)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_WORKSPACE_LENGTH', 'Databricks workspace', 1, undefined), noControl('DBX_WORKSPACE_CHARSET', 'Databricks workspace')),
    plain('dbx_cluster', 'Databricks cluster', 'Clusters API create (cluster_name: no documented limit, not unique)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_CLUSTER_LENGTH', 'Databricks cluster', 1, undefined), noControl('DBX_CLUSTER_CHARSET', 'Databricks cluster')),
    plain('dbx_job', 'Databricks job', 'Jobs API create (name: at most 4096 bytes UTF-8, not unique)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_JOB_LENGTH', 'Databricks job', 1, 4096, 'bytes'), noControl('DBX_JOB_CHARSET', 'Databricks job')),
    plain('dbx_notebook_path', 'Databricks notebook path', 'Workspace API (absolute paths beginning with "/")', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_PATH_LENGTH', 'Databricks notebook path', 2, undefined), noControl('DBX_PATH_CHARSET', 'Databricks notebook path'), [
        {
            code: 'DBX_PATH_ABSOLUTE',
            rule: 'Databricks notebook paths are absolute: they begin with "/"',
            find: (name) => (name.startsWith('/') ? undefined : 'it does not begin with "/"'),
        },
        {
            code: 'DBX_PATH_SEGMENTS',
            rule: 'Databricks notebook paths have no empty, "." or ".." segment and do not end with "/"',
            find: (name) => {
                const segments = name.split('/').slice(1);
                const bad = segments.find((segment) => segment === '' || segment === '.' || segment === '..');
                return bad === undefined ? undefined : bad === '' ? 'it has an empty segment ("//" or a trailing "/")' : `it has a "${bad}" segment`;
            },
        },
    ]),
    plain('dbx_repo', 'Databricks repo', 'Repos API (a repo is a folder of the workspace)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_REPO_LENGTH', 'Databricks repo', 1, undefined), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('DBX_REPO_CHARSET', 'Databricks repo names contain no "/" or control characters', '[^/\\u0000-\\u001f\\u007f]')),
    plain('dbx_pipeline', 'Databricks pipeline', 'Pipelines API create (name)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_PIPELINE_LENGTH', 'Databricks pipeline', 1, undefined), noControl('DBX_PIPELINE_CHARSET', 'Databricks pipeline')),
    plain('dbx_sql_warehouse', 'Databricks SQL warehouse', 'SQL Warehouses API create (name: under 100 characters)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_WAREHOUSE_LENGTH', 'Databricks SQL warehouse', 1, 99), noControl('DBX_WAREHOUSE_CHARSET', 'Databricks SQL warehouse')),
    unityCatalog('dbx_catalog', 'Unity Catalog catalog'),
    unityCatalog('dbx_schema', 'Unity Catalog schema'),
    unityCatalog('dbx_table', 'Unity Catalog table'),
    unityCatalog('dbx_volume', 'Unity Catalog volume'),
    plain('dbx_secret_scope', 'Databricks secret scope', 'Secrets API create-scope (scope: alphanumerics, "-", "_", "@", "."; at most 128)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_SECRET_SCOPE_LENGTH', 'Databricks secret scope', 1, 128), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('DBX_SECRET_SCOPE_CHARSET', 'Databricks secret scope names use only letters, digits, "-", "_", "@" and "."', '[A-Za-z0-9_.@\\-]')),
    plain('dbx_instance_pool', 'Databricks instance pool', 'Instance Pools API create (instance_pool_name: 1–100 characters)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_POOL_LENGTH', 'Databricks instance pool', 1, 100), noControl('DBX_POOL_CHARSET', 'Databricks instance pool')),
    plain('dbx_policy', 'Databricks cluster policy', 'Cluster Policies API create (name: 1–100 characters)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_POLICY_LENGTH', 'Databricks cluster policy', 1, 100), noControl('DBX_POLICY_CHARSET', 'Databricks cluster policy')),
    ..._azure_js__WEBPACK_IMPORTED_MODULE_1__/* .AZURE_RULES */ .Q9,
    ..._gcp_js__WEBPACK_IMPORTED_MODULE_2__/* .GCP_RULES */ .dK,
];
/** The platform rules of every resource type. */
const RULES = Object.freeze(Object.fromEntries(RULE_LIST.map((rules) => [rules.type, Object.freeze(rules)])));
/** Rules of the naming engine itself (not of a platform); their codes are stable too. */
const ENGINE_RULES = Object.freeze([
    { type: '*', code: 'NAMING_MISSING_VARIABLE', rule: 'Every {variable} of the pattern, and every variable in validation.required_variables, has a value', source: 'naming-patterns.yaml' },
    {
        type: '*',
        code: 'NAMING_UNKNOWN_REGION',
        rule: "The region of the type's cloud (AWS and Databricks: region; Azure: azure_location; Google Cloud: gcp_region) is given and is one dpn knows or transformations.region_mapping lists, so region_short has a code",
        source: 'naming-patterns.yaml transformations.region_mapping; the region tables under Built-in convention',
    },
    { type: '*', code: 'NAME_TOO_LONG', rule: 'A name longer than its limit is shortened with a hash of the full name, or refused when validation.on_too_long says fail for its type', source: 'naming-patterns.yaml validation.on_too_long' },
    { type: '*', code: 'NAMING_MAX_LENGTH', rule: 'The name is no longer than validation.max_length for its type (which can only lower the platform limit)', source: 'naming-patterns.yaml validation.max_length' },
    { type: '*', code: 'NAMING_ALLOWED_CHARS', rule: 'The whole name matches validation.allowed_chars for its type (checked in addition to the platform rules)', source: 'naming-patterns.yaml validation.allowed_chars' },
]);
/** The whole rule table, one row per rule, for documentation generated from code. */
function describeRules() {
    const rows = [];
    for (const type of _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RESOURCE_TYPES */ .R) {
        const rules = RULES[type];
        const lengthRow = { type, code: rules.length.code, rule: rules.length.rule, source: rules.source, minLength: rules.length.min, unit: rules.length.unit };
        if (rules.length.max !== undefined)
            lengthRow.maxLength = rules.length.max;
        if (rules.scope !== undefined)
            lengthRow.scope = rules.scope;
        rows.push(lengthRow);
        rows.push({ type, code: rules.charset.code, rule: rules.charset.rule, source: rules.source, chars: rules.charset.chars });
        for (const check of rules.checks)
            rows.push({ type, code: check.code, rule: check.rule, source: check.source ?? rules.source });
    }
    for (const row of ENGINE_RULES)
        rows.push({ ...row });
    return rows;
}
const SURROGATE = /[\ud800-\udfff]/;
function measureCharacters(name) {
    if (!SURROGATE.test(name))
        return name.length;
    let count = 0;
    for (const _ of name)
        count++;
    return count;
}
function measureBytes(name) {
    return Buffer.byteLength(name, 'utf8');
}
const QUANTIFIER_AT = /^(?:[+*]|\{\d+,\d*\})/;
const QUANTIFIER_IN = /(?:^|[^\\])(?:[+*]|\{\d+,\d*\})/;
/**
 * Whether a repeated group's body starts with a literal that nothing else in
 * the body can match, as in `(\.[a-z0-9]+)*`: each repetition then begins at
 * a fixed character and matching stays linear.
 */
function anchoredRepetition(body) {
    const inner = body.replace(/^\?(?::|<?[=!]|<[A-Za-z]\w*>)/, '');
    const lead = /^(?:\\([^A-Za-z0-9])|([A-Za-z0-9_\-@,=:;/#%&~'"<> !]))/.exec(inner);
    if (!lead)
        return false;
    const literal = lead[1] ?? lead[2] ?? '';
    const rest = inner.slice(lead[0].length);
    if (/^[+*?{]/.test(rest) || rest.includes('|') || rest.includes('('))
        return false;
    // Every other piece of the body (class, escape, wildcard, character) must be unable to match the literal.
    for (const token of rest.match(/\[(?:\\.|[^\]\\])*\]|\\[pP]\{[^}]*\}|\\.|[\s\S]/gu) ?? []) {
        if (token === '+' || token === '*' || token === '?')
            continue;
        try {
            if (new RegExp(`^(?:${token})$`, 'u').test(literal))
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
/**
 * A repeated group whose body repeats too, such as (a+)+, can take exponential
 * time on a name that almost matches; PR previews run configuration from forks.
 */
function hasUnsafeRepetition(pattern) {
    const opens = [];
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            continue;
        }
        if (ch === '[')
            inClass = true;
        else if (ch === '(')
            opens.push(i);
        else if (ch === ')') {
            const open = opens.pop();
            if (open === undefined)
                continue;
            const body = pattern.slice(open + 1, i);
            if (QUANTIFIER_AT.test(pattern.slice(i + 1)) && QUANTIFIER_IN.test(body) && !anchoredRepetition(body))
                return true;
        }
    }
    return false;
}
/**
 * Compiles a `validation.allowed_chars` expression to match the whole name.
 * Returns, instead of a RegExp, a message saying why the expression cannot be used.
 */
function compileAllowedChars(pattern) {
    if (pattern.length > 1000)
        return 'the expression is longer than 1000 characters';
    if (hasUnsafeRepetition(pattern))
        return 'the expression repeats a group that itself repeats, which can take exponential time; simplify it';
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch {
        try {
            // Python-style classes such as [a-zA-Z0-9-_] are fine without the u flag.
            return new RegExp(`^(?:${pattern})$`);
        }
        catch (error) {
            return `not a valid regular expression (${error.message})`;
        }
    }
}
const compiledByConfig = new WeakMap();
const platformOnly = new Map();
/** The compiled rules of a type under a configuration (cached by configuration identity). */
function compileRules(type, config) {
    let cache;
    if (config === undefined) {
        cache = platformOnly;
    }
    else {
        let found = compiledByConfig.get(config);
        if (found === undefined) {
            found = new Map();
            compiledByConfig.set(config, found);
        }
        cache = found;
    }
    let compiled = cache.get(type);
    if (compiled === undefined) {
        compiled = buildRules(type, config);
        cache.set(type, compiled);
    }
    return compiled;
}
const SHOWN = 120;
/** A name for a message: quoted with escapes, and cut short when very long so a message stays readable. */
function quoteName(name) {
    if (name.length <= SHOWN)
        return JSON.stringify(name);
    return `${JSON.stringify(name.slice(0, SHOWN - 20)).slice(0, -1)}…" (${measureCharacters(name)} characters)`;
}
const quote = quoteName;
function buildRules(type, config) {
    const rules = RULES[type];
    const { unit } = rules.length;
    const measure = unit === 'bytes' ? measureBytes : measureCharacters;
    const platformMax = rules.length.max;
    const configMax = config?.validation.maxLength[type];
    const tightened = configMax !== undefined && (platformMax === undefined || configMax < platformMax);
    const maxLength = tightened ? configMax : platformMax;
    const where = config ? ` in ${config.sources.patterns}` : '';
    const maxLengthSource = tightened ? `validation.max_length.${type}${where}` : `the ${rules.object} limit`;
    const allowedSource = config?.validation.allowedChars[type];
    let allowed;
    if (allowedSource !== undefined && config !== undefined) {
        const compiled = compileAllowedChars(allowedSource);
        if (typeof compiled === 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NamingConfigError */ .j([
                { severity: 'error', document: 'patterns', source: config.sources.patterns, path: ['validation', 'allowed_chars', type], code: 'NAMING_CONFIG_REGEX', message: compiled },
            ]);
        }
        allowed = compiled;
    }
    const whole = new RegExp(`^${rules.charset.chars}*$`, 'u');
    const one = new RegExp(`^${rules.charset.chars}$`, 'u');
    const object = rules.object;
    const badCharacters = (name) => {
        const bad = new Set();
        for (const ch of name) {
            if (!one.test(ch))
                bad.add(ch);
            if (bad.size >= 5)
                break;
        }
        return [...bad].map((ch) => (/[\u0000-\u001f\u007f-\u009f]/.test(ch) ? `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}` : quote(ch))).join(', ');
    };
    const evaluate = (name) => {
        const violations = [];
        let tooLong = false;
        const size = measure(name);
        if (size < rules.length.min) {
            violations.push({ code: rules.length.code, rule: rules.length.rule, message: `${object} name ${quote(name)} is ${size} ${unit} long; the minimum is ${rules.length.min}` });
        }
        else if (maxLength !== undefined && size > maxLength) {
            tooLong = true;
            if (tightened) {
                violations.push({
                    code: 'NAMING_MAX_LENGTH',
                    rule: `${object} names are at most ${maxLength} ${unit} long (validation.max_length.${type}${where})`,
                    message: `${object} name ${quote(name)} is ${size} ${unit} long; validation.max_length.${type} allows ${maxLength}`,
                });
            }
            else {
                violations.push({ code: rules.length.code, rule: rules.length.rule, message: `${object} name ${quote(name)} is ${size} ${unit} long; the limit is ${maxLength}` });
            }
        }
        if (!whole.test(name)) {
            violations.push({ code: rules.charset.code, rule: rules.charset.rule, message: `${object} name ${quote(name)} contains ${badCharacters(name)}` });
        }
        for (const check of rules.checks) {
            const found = check.find(name);
            if (found !== undefined)
                violations.push({ code: check.code, rule: check.rule, message: `${object} name ${quote(name)}: ${found}` });
        }
        if (allowed !== undefined && !allowed.test(name)) {
            violations.push({
                code: 'NAMING_ALLOWED_CHARS',
                rule: `${object} names match ${allowedSource ?? ''} (validation.allowed_chars.${type}${where})`,
                message: `${object} name ${quote(name)} does not match validation.allowed_chars.${type} ${allowedSource ?? ''}`,
            });
        }
        return { violations, tooLong };
    };
    const { checks } = rules;
    const min = rules.length.min;
    // A name's length in code points is at most its UTF-16 length and at least half of it; in UTF-8
    // bytes at least its UTF-16 length and at most three times it. Only a name near a limit is measured.
    const surelyInRange = unit === 'characters'
        ? (n) => n >= 2 * min && (maxLength === undefined || n <= maxLength)
        : (n) => n >= min && (maxLength === undefined || 3 * n <= maxLength);
    const isValid = (name) => {
        if (!surelyInRange(name.length)) {
            const size = measure(name);
            if (size < min || (maxLength !== undefined && size > maxLength))
                return false;
        }
        if (!whole.test(name))
            return false;
        // Indexed: for...of allocates an iterator result per step until the code is optimised.
        for (let i = 0; i < checks.length; i++)
            if (checks[i].find(name) !== undefined)
                return false;
        return allowed === undefined || allowed.test(name);
    };
    const allows = (text) => {
        for (const ch of text)
            if (!one.test(ch))
                return false;
        return true;
    };
    return { rules, maxLength, maxLengthSource, unit, measure, allows, isValid, evaluate };
}
/**
 * Every rule `name` breaks for its type: the platform rules, plus the
 * configuration's validation section when a configuration is given. Empty
 * when the name is fine.
 */
function checkName(type, name, config) {
    const compiled = compileRules(type, config);
    return compiled.isValid(name) ? [] : compiled.evaluate(name).violations;
}


/***/ }),

/***/ 2041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ effectiveHashLength),
/* harmony export */   dB: () => (/* binding */ shortenKeepingTail),
/* harmony export */   ty: () => (/* binding */ shortenName)
/* harmony export */ });
/* unused harmony export nameHash */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
// Deterministic shortening of a name that is too long, in the manner of
// cloudposse/terraform-null-label: keep the head of the name, drop trailing
// separators, then append separator + prefix + a hash of the FULL name. The
// result depends only on the full name and the hash settings, stays readable,
// and two long names that share a head still differ.

const HEX_LENGTH = { md5: 32, sha256: 64 };
// node:crypto takes ~10 ms to load (a tenth of a small preview's whole run) and
// only a name that is too long needs it, so it is loaded on first use; with
// require, because naming is synchronous.
let crypto;
function createHash(algorithm) {
    crypto ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:crypto');
    return crypto.createHash(algorithm);
}
/** The first `length` hex characters of the hash of `text` (capped at the digest's length). */
function nameHash(text, algorithm, length) {
    return createHash(algorithm).update(text, 'utf8').digest('hex').slice(0, Math.min(length, HEX_LENGTH[algorithm]));
}
/** The hash length `nameHash` really yields for these settings. */
function effectiveHashLength(hash) {
    return Math.min(hash.length, HEX_LENGTH[hash.algorithm]);
}
function size(text, unit) {
    if (unit === 'bytes')
        return Buffer.byteLength(text, 'utf8');
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
/** The longest head of `text` within `budget`, never splitting a character. */
function head(text, budget, unit) {
    let used = 0;
    let end = 0;
    for (const ch of text) {
        const cost = unit === 'bytes' ? Buffer.byteLength(ch, 'utf8') : 1;
        if (used + cost > budget)
            break;
        used += cost;
        end += ch.length;
    }
    return text.slice(0, end);
}
const TRAILING = /[-_./\s]+$/u;
/**
 * `name` shortened to fit `settings.limit`, or undefined when the limit leaves
 * no room for at least one character of the name besides separator, prefix and hash.
 */
function shortenName(name, settings) {
    const { hash, separator, unit, limit } = settings;
    const digest = nameHash(name, hash.algorithm, hash.length);
    const suffix = `${separator}${hash.prefix}${digest}`;
    const budget = limit - size(suffix, unit);
    if (budget < 1)
        return undefined;
    let kept = head(name, budget, unit).replace(TRAILING, '');
    if (separator !== '' && kept.endsWith(separator))
        kept = kept.slice(0, -separator.length).replace(TRAILING, '');
    if (kept === '')
        return undefined;
    return `${kept}${suffix}`;
}
/**
 * `name` shortened to fit `settings.limit` with its `tail` kept whole: the
 * head is cut, then separator + prefix + hash of the FULL name, then the tail
 * (`kv-dataplatform-secrets-dev-weu` → `kv-data-1a2b3c4d-dev-weu`). Undefined
 * when `name` does not end with `tail` or the tail leaves no room for at
 * least one character of the head; the caller then shortens the usual way.
 */
function shortenKeepingTail(name, tail, settings) {
    if (tail === '' || !name.endsWith(tail))
        return undefined;
    const { hash, separator, unit, limit } = settings;
    const digest = nameHash(name, hash.algorithm, hash.length);
    // The tail brings its own leading separator (`-dev-weu`); a compact tail (`devweu`) has none.
    const middle = `${separator}${hash.prefix}${digest}`;
    const budget = limit - size(middle, unit) - size(tail, unit);
    if (budget < 1)
        return undefined;
    let kept = head(name.slice(0, name.length - tail.length), budget, unit).replace(TRAILING, '');
    if (separator !== '' && kept.endsWith(separator))
        kept = kept.slice(0, -separator.length).replace(TRAILING, '');
    if (kept === '')
        return undefined;
    return `${kept}${middle}${tail}`;
}


/***/ }),

/***/ 8173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ RESOURCE_TYPES),
/* harmony export */   V: () => (/* binding */ isResourceType)
/* harmony export */ });
// The vocabulary of naming: resource types, the convention's configuration and
// what generating a name yields. Imports nothing else of ours.
const RESOURCE_TYPES = [
    'aws_s3_bucket',
    'aws_glue_database',
    'aws_glue_table',
    'aws_glue_crawler',
    'aws_lambda_function',
    'aws_iam_role',
    'aws_iam_policy',
    'aws_kinesis_stream',
    'aws_kinesis_firehose',
    'aws_dynamodb_table',
    'aws_sns_topic',
    'aws_sqs_queue',
    'aws_step_function',
    'dbx_workspace',
    'dbx_cluster',
    'dbx_job',
    'dbx_notebook_path',
    'dbx_repo',
    'dbx_pipeline',
    'dbx_sql_warehouse',
    'dbx_catalog',
    'dbx_schema',
    'dbx_table',
    'dbx_volume',
    'dbx_secret_scope',
    'dbx_instance_pool',
    'dbx_policy',
    // Named, not provisioned (see src/naming/clouds.ts).
    'azure_resource_group',
    'azure_storage_account',
    'azure_storage_container',
    'azure_databricks_workspace',
    'azure_data_factory',
    'azure_synapse_workspace',
    'azure_key_vault',
    'azure_eventhub_namespace',
    'gcp_storage_bucket',
    'gcp_bigquery_dataset',
    'gcp_bigquery_table',
    'gcp_dataproc_cluster',
    'gcp_pubsub_topic',
];
function isResourceType(value) {
    return RESOURCE_TYPES.includes(value);
}


/***/ })

};
