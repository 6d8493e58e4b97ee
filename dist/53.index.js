export const id = 53;
export const ids = [53];
export const modules = {

/***/ 3633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ platformLimits)
/* harmony export */ });
/* unused harmony export PLATFORM_LIMIT_CODES */
const PLATFORM_LIMIT_CODES = (/* unused pure expression or super */ null && (['DBX_TABLE_NO_COLUMNS']));
function platformLimits(resources) {
    const out = [];
    for (let i = 0; i < resources.length; i++) {
        const r = resources[i];
        if (r.type !== 'dbx_table')
            continue;
        const columns = r.params.columns;
        if (Array.isArray(columns) && columns.length > 0)
            continue;
        out.push({
            ...r.location,
            code: 'DBX_TABLE_NO_COLUMNS',
            message: `Unity Catalog table ${r.fullName} has no columns: Delta cannot create a managed table without columns, so reconcile and create refuse it (add columns: [{ name, type }])`,
            severity: 'warning',
        });
    }
    return out;
}


/***/ }),

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

/***/ 9645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ae: () => (/* binding */ REGION_DIRECTIONS),
/* harmony export */   ef: () => (/* binding */ AWS_REGION_CODES)
/* harmony export */ });
/* unused harmony exports REGION_CODE_EXCEPTIONS, schemeRegionCode, isKnownAwsRegion, regionCode */
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


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ touchedBlueprints),
/* harmony export */   Ui: () => (/* binding */ diff),
/* harmony export */   _s: () => (/* binding */ topological)
/* harmony export */ });
/* unused harmony exports oldDependencies, compareKeys */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _naming_clouds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4);
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4054);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(934);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(967);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9898);






/** Changes that only rewrite the state: the driver need not be called. */
const STATE_ONLY_PATHS = new Set(['blueprint', 'deletionPolicy']);
function diff(desired, state, options = {}) {
    const defaultPolicy = options.defaultDeletionPolicy ?? 'archive';
    const ops = new Map();
    const specs = new Map();
    for (const spec of desired) {
        const twin = specs.get(spec.key);
        if (twin) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`resource ${spec.key} is declared twice: ${where(twin)} and ${where(spec)}`, 'PLAN_DUPLICATE_KEY', 'a resource key must be unique across all blueprints');
        }
        specs.set(spec.key, spec);
        if ((0,_naming_clouds_js__WEBPACK_IMPORTED_MODULE_1__/* .isNamedOnly */ .m2)(spec.type)) {
            ops.set(spec.key, namedOnly(spec));
            continue;
        }
        const current = state.resources.get(spec.key);
        ops.set(spec.key, current ? compare(spec, current) : created(spec));
    }
    if (options.prune !== false) {
        const scope = options.blueprints ? new Set(options.blueprints.map(_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)) : undefined;
        for (const current of state.resources.values()) {
            if (specs.has(current.key))
                continue;
            if (scope && !scope.has((0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(current.blueprint)))
                continue;
            const policy = options.deletionPolicy ?? current.deletionPolicy ?? defaultPolicy;
            ops.set(current.key, removed(current, current.archived ? 'noop' : policy));
        }
    }
    followReplacedDependencies(ops);
    linkApplyPhase(ops);
    linkRetirePhase(ops, state);
    const operations = order(ops);
    const plan = { operations, summary: (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .summarize */ .eh)(operations) };
    const warnings = warn(operations, state);
    if (warnings.length > 0)
        plan.warnings = warnings;
    return plan;
}
/** Blueprint files whose state a plan changes: each changed operation's file, and the old file of a moved resource. */
function touchedBlueprints(plan) {
    const out = new Set();
    for (const op of plan.operations) {
        if (op.action === 'noop')
            continue;
        out.add((0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(op.blueprint));
        if (op.current)
            out.add((0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(op.current.blueprint));
    }
    return [...out].sort();
}
function created(spec) {
    return {
        key: spec.key,
        action: 'create',
        type: spec.type,
        name: spec.name,
        fullName: spec.fullName,
        blueprint: (0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(spec.blueprint),
        desired: spec,
        changes: [],
        dependsOn: [],
    };
}
/** A resource dpn names but does not provision: shown with its name, run by nobody. */
function namedOnly(spec) {
    return { ...created(spec), action: 'noop', provisioned: false };
}
function compare(spec, current) {
    const changes = [];
    const rename = spec.name !== current.name || spec.fullName !== current.fullName || spec.type !== current.type;
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('type', current.type, spec.type, changes);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('name', current.name, spec.name, changes);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('fullName', current.fullName, spec.fullName, changes);
    if (current.archived)
        changes.push({ path: 'archived', before: true, after: false });
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('params', current.params, spec.params, changes);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('tags', current.tags, spec.tags, changes);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .collectChanges */ .K9)('deletionPolicy', current.deletionPolicy, spec.deletionPolicy, changes);
    const from = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(current.blueprint);
    const to = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(spec.blueprint);
    if (from !== to)
        changes.push({ path: 'blueprint', before: from, after: to });
    const action = rename ? 'replace' : changes.length > 0 ? 'update' : 'noop';
    const op = {
        key: spec.key,
        action,
        type: spec.type,
        name: spec.name,
        fullName: spec.fullName,
        blueprint: to,
        desired: spec,
        current,
        changes,
        dependsOn: [],
    };
    if (action === 'update' && changes.every((c) => STATE_ONLY_PATHS.has(c.path)))
        op.stateOnly = true;
    if (from !== to)
        op.movedFrom = from;
    return op;
}
function removed(current, action) {
    return {
        key: current.key,
        action,
        type: current.type,
        name: current.name,
        fullName: current.fullName,
        blueprint: (0,_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeBlueprintPath */ .ek)(current.blueprint),
        current,
        changes: [],
        dependsOn: [],
    };
}
function where(spec) {
    return `${spec.location.file}:${spec.location.line}`;
}
// A resource that points at a replaced one by id (a job at its cluster) would
// keep pointing at the old one, which is about to be retired: it is updated
// after the replacement exists, even when nothing else about it changed.
function followReplacedDependencies(ops) {
    for (const op of ops.values()) {
        if ((op.action !== 'noop' && op.action !== 'update') || !op.desired)
            continue;
        const added = [];
        for (const dep of uniqueSorted(op.desired.dependsOn)) {
            const target = ops.get(dep);
            if (target?.action !== 'replace')
                continue;
            added.push({ path: (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .childPath */ .cm)('dependsOn', dep), before: target.current?.fullName, after: target.fullName });
        }
        if (added.length === 0)
            continue;
        op.action = 'update';
        op.changes = [...op.changes, ...added];
        delete op.stateOnly;
    }
}
// Apply phase: an operation waits for the changed operations of what it depends on.
function linkApplyPhase(ops) {
    for (const op of ops.values()) {
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(op.action) !== 'apply' || op.action === 'noop' || !op.desired)
            continue;
        op.dependsOn = uniqueSorted(op.desired.dependsOn.filter((dep) => {
            const target = ops.get(dep);
            return dep !== op.key && target !== undefined && target.action !== 'noop' && (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(target.action) === 'apply';
        }));
    }
}
// Retire phase: reverse dependency order among everything that leaves — removed
// resources and the old halves of replaces. Dependencies come from the state
// (what the resources depended on when applied), inferred from names for
// records written without them.
function linkRetirePhase(ops, state) {
    const leaving = new Set();
    for (const op of ops.values())
        if (isRetiring(op))
            leaving.add(op.key);
    if (leaving.size === 0)
        return;
    const parents = oldDependencies(state);
    const waitsFor = new Map();
    for (const child of leaving) {
        for (const parent of parents(child)) {
            if (parent === child || !leaving.has(parent))
                continue;
            let set = waitsFor.get(parent);
            if (!set)
                waitsFor.set(parent, (set = new Set()));
            set.add(child);
        }
    }
    for (const key of leaving) {
        const op = ops.get(key);
        const deps = uniqueSorted([...(waitsFor.get(key) ?? [])]);
        if (op.action === 'replace') {
            if (deps.length > 0)
                op.retireDependsOn = deps;
        }
        else {
            op.dependsOn = deps;
        }
    }
}
function isRetiring(op) {
    return op.action === 'replace' || (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(op.action) === 'retire';
}
/** What each state record depended on: its recorded `dependsOn`, else inferred from its type and names. */
function oldDependencies(state) {
    let index;
    const byName = (type, fullName) => {
        if (!index) {
            index = new Map();
            for (const r of state.resources.values())
                index.set(`${r.type}\u0000${r.fullName}`, r.key);
        }
        return index.get(`${type}\u0000${fullName}`);
    };
    return (key) => {
        const record = state.resources.get(key);
        if (!record)
            return [];
        if (record.dependsOn)
            return record.dependsOn;
        const p = record.params;
        const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
        const parentName = record.fullName.includes('.') ? record.fullName.slice(0, record.fullName.lastIndexOf('.')) : undefined;
        let found;
        switch (record.type) {
            case 'aws_glue_table':
                found = byName('aws_glue_database', str(p['databaseName']) ?? parentName ?? '');
                break;
            case 'dbx_schema':
                found = byName('dbx_catalog', str(p['catalog_name']) ?? parentName ?? '');
                break;
            case 'dbx_table': {
                const catalog = str(p['catalog_name']);
                const schema = str(p['schema_name']);
                found = byName('dbx_schema', catalog && schema ? `${catalog}.${schema}` : (parentName ?? ''));
                break;
            }
            case 'dbx_job':
                found = str(p['clusterKey']);
                break;
            default:
                break;
        }
        return found ? [found] : [];
    };
}
// Apply-phase changes in topological order, then the retire phase's removals in
// theirs, then noops; ties always by key.
function order(ops) {
    const all = [...ops.values()];
    const apply = all.filter((op) => op.action !== 'noop' && (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(op.action) === 'apply');
    const retiring = all.filter(isRetiring);
    const noops = all.filter((op) => op.action === 'noop').sort((a, b) => compareKeys(a.key, b.key));
    const retireOrder = topological(retiring, (op) => (op.action === 'replace' ? (op.retireDependsOn ?? []) : op.dependsOn), 'retire');
    return [
        ...topological(apply, (op) => op.dependsOn, 'apply'),
        ...retireOrder.filter((op) => op.action !== 'replace'),
        ...noops,
    ];
}
/** Kahn's algorithm, always taking the smallest ready key: deterministic, and a cycle is an error naming its members. */
function topological(items, depsOf, phase) {
    const byKey = new Map(items.map((item) => [item.key, item]));
    const pending = new Map();
    const dependents = new Map();
    for (const item of items) {
        const deps = depsOf(item).filter((d) => byKey.has(d));
        pending.set(item.key, deps.length);
        for (const dep of deps) {
            const list = dependents.get(dep);
            if (list)
                list.push(item.key);
            else
                dependents.set(dep, [item.key]);
        }
    }
    const ready = new MinHeap();
    for (const [key, count] of pending)
        if (count === 0)
            ready.push(key);
    const out = [];
    for (let key = ready.pop(); key !== undefined; key = ready.pop()) {
        out.push(byKey.get(key));
        for (const next of dependents.get(key) ?? []) {
            const left = (pending.get(next) ?? 0) - 1;
            pending.set(next, left);
            if (left === 0)
                ready.push(next);
        }
    }
    if (out.length !== items.length) {
        const stuck = [...pending].filter(([, n]) => n > 0).map(([k]) => k).sort();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`resources depend on each other in a cycle (${phase} phase): ${stuck.join(', ')}`, 'PLAN_CYCLE', 'remove one of the references between them');
    }
    return out;
}
function warn(operations, state) {
    const warnings = [];
    if (!operations.some(isRetiring))
        return warnings;
    const byKey = new Map(operations.map((op) => [op.key, op]));
    const parents = oldDependencies(state);
    for (const op of operations) {
        if (op.action === 'replace') {
            const policy = op.current?.deletionPolicy ?? 'archive';
            warnings.push({
                code: 'PLAN_REPLACE',
                key: op.key,
                message: `${op.type} ${op.current?.fullName ?? '?'} is renamed to ${op.fullName}: it cannot be renamed in place, ` +
                    `so a new one is created and the old one is ${policy === 'delete' ? 'DELETED' : policy === 'retain' ? 'kept but no longer managed' : 'archived'}` +
                    ' (its data is not moved)',
            });
        }
    }
    // Deleting a Glue database, catalog or schema takes what is inside it along,
    // whatever the children's own policy says.
    const oldPolicy = (op) => op.action === 'replace' ? op.current?.deletionPolicy : (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .phaseOf */ .h)(op.action) === 'retire' ? op.action : undefined;
    for (const child of operations) {
        const childPolicy = oldPolicy(child);
        if (childPolicy === undefined || childPolicy === 'delete')
            continue;
        for (const parentKey of parents(child.key)) {
            const parent = byKey.get(parentKey);
            if (!parent || oldPolicy(parent) !== 'delete')
                continue;
            warnings.push({
                code: 'PLAN_DELETE_TAKES_CHILD',
                key: child.key,
                message: `${child.type} ${child.current?.fullName ?? child.fullName} is to be ${childPolicy === 'retain' ? 'retained' : 'archived'}, ` +
                    `but deleting ${parent.type} ${parent.current?.fullName ?? parent.fullName} removes it too`,
            });
        }
    }
    return warnings.sort((a, b) => compareKeys(a.key, b.key) || compareKeys(a.code, b.code));
}
function uniqueSorted(keys) {
    return [...new Set(keys)].sort(compareKeys);
}
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
class MinHeap {
    items = [];
    push(value) {
        const a = this.items;
        a.push(value);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (a[parent] <= value)
                break;
            a[i] = a[parent];
            i = parent;
        }
        a[i] = value;
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length === 0 || last === undefined)
            return top;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= a.length)
                break;
            const r = l + 1;
            const c = r < a.length && a[r] < a[l] ? r : l;
            if (a[c] >= last)
                break;
            a[i] = a[c];
            i = c;
        }
        a[i] = last;
        return top;
    }
}


/***/ }),

/***/ 934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ collectChanges),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   cm: () => (/* binding */ childPath)
/* harmony export */ });
/* unused harmony export isPlainObject */
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** JSON equality: key order is irrelevant, a field set to undefined equals a missing one. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!jsonEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        for (const key of Object.keys(a))
            if (!jsonEqual(a[key], own(b, key)))
                return false;
        for (const key of Object.keys(b))
            if (!Object.hasOwn(a, key) && b[key] !== undefined)
                return false;
        return true;
    }
    return false;
}
function childPath(parent, key) {
    return /^[A-Za-z_$][\w$-]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
/**
 * Appends the changes between `before` and `after` under `path`. Objects are
 * compared field by field; arrays of the same length element by element; an
 * array that grew or shrank is one change of the whole array (reads better than
 * every element shifting by one).
 */
function collectChanges(path, before, after, out) {
    if (jsonEqual(before, after))
        return;
    if (isPlainObject(before) && isPlainObject(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        for (const key of keys)
            collectChanges(childPath(path, key), own(before, key), own(after, key), out);
        return;
    }
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
        for (let i = 0; i < before.length; i++)
            collectChanges(`${path}[${i}]`, before[i], after[i], out);
        return;
    }
    const change = { path };
    if (before !== undefined)
        change.before = before;
    if (after !== undefined)
        change.after = after;
    out.push(change);
}
/** A field's own value: `constructor` or `__proto__` as data, never the prototype's. */
function own(object, key) {
    return Object.hasOwn(object, key) ? object[key] : undefined;
}


/***/ }),

/***/ 946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ checkMassDelete)
/* harmony export */ });
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4054);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9898);
// The mass-delete guard: a plan that would remove more than a share of what a
// blueprint file manages is refused unless the user confirms
// (`--allow-mass-delete`). This module only measures; the CLI decides.
// Removing means archive, delete or retain (dpn stops managing it), and also a
// replace whose old resource is deleted: a naming change that renames every
// bucket of a blueprint with policy `delete` loses their data just the same.


function checkMassDelete(plan, state, options = {}) {
    const threshold = options.threshold ?? 0.5;
    const managed = new Map();
    for (const record of state.resources.values()) {
        if (record.archived)
            continue;
        const blueprint = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeBlueprintPath */ .ek)(record.blueprint);
        managed.set(blueprint, (managed.get(blueprint) ?? 0) + 1);
    }
    const removing = new Map();
    for (const op of plan.operations) {
        if (!op.current || op.current.archived)
            continue;
        const deletesOld = op.action === 'replace' && op.current.deletionPolicy === 'delete';
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseOf */ .h)(op.action) !== 'retire' && !deletesOld)
            continue;
        const blueprint = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeBlueprintPath */ .ek)(op.current.blueprint);
        const keys = removing.get(blueprint);
        if (keys)
            keys.push(op.key);
        else
            removing.set(blueprint, [op.key]);
    }
    const blueprints = [...removing]
        .map(([blueprint, keys]) => {
        const total = Math.max(managed.get(blueprint) ?? 0, keys.length);
        return { blueprint, managed: total, removing: keys.length, share: keys.length / total, keys: keys.sort() };
    })
        .sort((a, b) => (a.blueprint < b.blueprint ? -1 : a.blueprint > b.blueprint ? 1 : 0));
    const over = blueprints.filter((f) => f.share > threshold);
    return { threshold, refused: over.length > 0, over, blueprints };
}


/***/ }),

/***/ 177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ou: () => (/* binding */ retireScope),
/* harmony export */   r: () => (/* binding */ coveredByGlobs)
/* harmony export */ });
/* unused harmony export coveredByPaths */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4054);
// Which blueprint files' state records a run may retire: the files it loaded,
// and every file the state knows that the run's inputs cover (a deleted
// blueprint file retires its resources), and what "covers" means for each face:
// paths given on the command line, or the Action's globs. Pure.


function retireScope(source, loaded, state) {
    const out = new Set(loaded.map(_state_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek));
    const seen = new Set();
    // Thousands of records share a handful of blueprint paths: decide once per path.
    for (const r of state.resources.values()) {
        if (seen.has(r.blueprint))
            continue;
        seen.add(r.blueprint);
        if (source.covers(r.blueprint))
            out.add((0,_state_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek)(r.blueprint));
    }
    return [...out].sort();
}
/** The CLI's "covers": the file lies under one of the paths given (relative to `cwd`). */
function coveredByPaths(paths, cwd) {
    const roots = paths.map((p) => normalizeBlueprintPath(relative(cwd, resolve(cwd, p)) || '.'));
    return (file) => {
        const f = normalizeBlueprintPath(isAbsolute(file) ? relative(cwd, file) : file);
        return roots.some((root) => root === '.' || f === root || f.startsWith(`${root}/`));
    };
}
/** The Action's "covers": the file matches one of the `blueprints` globs. */
function coveredByGlobs(globs) {
    return (file) => {
        const path = (0,_state_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek)(file);
        return globs.some((g) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.matchesGlob)(path, g));
    };
}


/***/ }),

/***/ 6913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ planToJSON)
/* harmony export */ });
/* unused harmony exports PLAN_FORMAT_VERSION, planFromJSON, parsePlan */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8256);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2960);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(967);
// A plan as a JSON value: saved by `dpn plan preview --out`, embedded in the
// WAL `begin` record, loaded again by apply and recover. Loading validates the
// whole shape and the DAG, so a hand-edited or truncated plan is a clear error
// instead of a half-applied transaction.





const PLAN_FORMAT_VERSION = 1;
const ACTIONS = (/* unused pure expression or super */ null && (['create', 'update', 'replace', 'archive', 'delete', 'retain', 'noop']));
const POLICIES = (/* unused pure expression or super */ null && (['archive', 'delete', 'retain']));
function planToJSON(plan, options = {}) {
    const operations = plan.operations.map((op) => {
        if (!options.compact || op.action !== 'noop')
            return op;
        const { desired: _desired, current: _current, ...rest } = op;
        return rest;
    });
    const out = { version: PLAN_FORMAT_VERSION, summary: (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .summarize */ .eh)(plan), operations };
    if (plan.warnings && plan.warnings.length > 0)
        out.warnings = plan.warnings;
    // A JSON round trip drops undefined fields and shares nothing with the live plan.
    return JSON.parse(JSON.stringify(out));
}
/** `source` names where the plan came from (a file path) in error messages. */
function planFromJSON(value, source = 'plan') {
    const fail = (path, detail) => {
        throw new UserError(`${source}: ${path}: ${detail}`, 'PLAN_INVALID', 'produce the plan again with `dpn plan preview`');
    };
    const obj = expectObject(value, 'plan', fail);
    if (obj['version'] !== PLAN_FORMAT_VERSION) {
        fail('version', `unknown plan format ${JSON.stringify(obj['version'] ?? null)}; this dpn reads ${PLAN_FORMAT_VERSION}`);
    }
    if (!Array.isArray(obj['operations']))
        fail('operations', 'must be a list');
    const operations = [];
    const seen = new Set();
    obj['operations'].forEach((raw, i) => {
        const path = `operations[${i}]`;
        const op = readOperation(raw, path, fail);
        if (seen.has(op.key))
            fail(`${path}.key`, `duplicate operation for ${op.key}`);
        seen.add(op.key);
        operations.push(op);
    });
    operations.forEach((op, i) => {
        for (const dep of [...op.dependsOn, ...(op.retireDependsOn ?? [])]) {
            if (!seen.has(dep))
                fail(`operations[${i}].dependsOn`, `names ${dep}, which has no operation in the plan`);
        }
    });
    const plan = { operations, summary: summarize(operations) };
    const given = obj['summary'];
    if (given !== undefined) {
        const summary = expectObject(given, 'summary', fail);
        for (const action of ACTIONS) {
            if (summary[action] !== plan.summary[action]) {
                fail(`summary.${action}`, `says ${JSON.stringify(summary[action] ?? null)} but the plan has ${plan.summary[action]}`);
            }
        }
    }
    if (obj['warnings'] !== undefined) {
        if (!Array.isArray(obj['warnings']))
            fail('warnings', 'must be a list');
        plan.warnings = obj['warnings'].map((raw, i) => {
            const w = expectObject(raw, `warnings[${i}]`, fail);
            for (const field of ['code', 'key', 'message']) {
                if (typeof w[field] !== 'string')
                    fail(`warnings[${i}].${field}`, 'must be a string');
            }
            return { code: w['code'], key: w['key'], message: w['message'] };
        });
    }
    // Both phases must be acyclic; executionSteps sorts them and throws on a cycle.
    topological(operations, (op) => op.dependsOn, 'apply');
    executionSteps(plan);
    return plan;
}
/** Parses the text of a saved plan (`dpn plan preview --format json --out FILE`). */
function parsePlan(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new UserError(`${source}: not valid JSON (${error.message})`, 'PLAN_INVALID');
    }
    return planFromJSON(value, source);
}
function readOperation(raw, path, fail) {
    const o = expectObject(raw, path, fail);
    for (const field of ['key', 'name', 'fullName', 'blueprint']) {
        if (typeof o[field] !== 'string' || o[field] === '')
            fail(`${path}.${field}`, 'must be a non-empty string');
    }
    const action = o['action'];
    if (typeof action !== 'string' || !ACTIONS.includes(action)) {
        fail(`${path}.action`, `must be one of ${ACTIONS.join(', ')}`);
    }
    if (typeof o['type'] !== 'string' || !isResourceType(o['type']))
        fail(`${path}.type`, 'unknown resource type');
    const changes = o['changes'];
    if (!Array.isArray(changes))
        fail(`${path}.changes`, 'must be a list');
    changes.forEach((c, j) => {
        const change = expectObject(c, `${path}.changes[${j}]`, fail);
        if (typeof change['path'] !== 'string')
            fail(`${path}.changes[${j}].path`, 'must be a string');
    });
    expectKeys(o['dependsOn'], `${path}.dependsOn`, fail);
    if (o['retireDependsOn'] !== undefined)
        expectKeys(o['retireDependsOn'], `${path}.retireDependsOn`, fail);
    for (const flag of ['stateOnly']) {
        if (o[flag] !== undefined && typeof o[flag] !== 'boolean')
            fail(`${path}.${flag}`, 'must be true or false');
    }
    if (o['movedFrom'] !== undefined && typeof o['movedFrom'] !== 'string')
        fail(`${path}.movedFrom`, 'must be a string');
    if (o['provisioned'] !== undefined) {
        if (o['provisioned'] !== false)
            fail(`${path}.provisioned`, 'must be false when present (a resource dpn names but does not provision)');
        if (action !== 'noop')
            fail(`${path}.action`, 'a resource dpn does not provision is always a noop');
    }
    const needsDesired = action === 'create' || action === 'update' || action === 'replace';
    const needsCurrent = action !== 'create' && action !== 'noop';
    if (o['desired'] !== undefined)
        readSpec(o['desired'], `${path}.desired`, o['key'], fail);
    else if (needsDesired)
        fail(`${path}.desired`, `a ${String(action)} needs the desired resource`);
    if (o['current'] !== undefined)
        readRecord(o['current'], `${path}.current`, o['key'], fail);
    else if (needsCurrent)
        fail(`${path}.current`, `a ${String(action)} needs the recorded resource`);
    if (action === 'create' && o['current'] !== undefined)
        fail(`${path}.current`, 'a create has no recorded resource');
    return o;
}
function readSpec(raw, path, key, fail) {
    const s = expectObject(raw, path, fail);
    if (s['key'] !== key)
        fail(`${path}.key`, `must equal the operation key ${key}`);
    for (const field of ['name', 'fullName', 'blueprint']) {
        if (typeof s[field] !== 'string')
            fail(`${path}.${field}`, 'must be a string');
    }
    if (typeof s['type'] !== 'string' || !isResourceType(s['type']))
        fail(`${path}.type`, 'unknown resource type');
    const location = expectObject(s['location'], `${path}.location`, fail);
    if (typeof location['file'] !== 'string' || typeof location['line'] !== 'number' || typeof location['column'] !== 'number') {
        fail(`${path}.location`, 'must be {file, line, column}');
    }
    expectKeys(s['dependsOn'], `${path}.dependsOn`, fail);
    readCommon(s, path, fail);
}
function readRecord(raw, path, key, fail) {
    const r = expectObject(raw, path, fail);
    if (r['key'] !== key)
        fail(`${path}.key`, `must equal the operation key ${key}`);
    for (const field of ['name', 'fullName', 'blueprint', 'appliedAt', 'transaction']) {
        if (typeof r[field] !== 'string')
            fail(`${path}.${field}`, 'must be a string');
    }
    if (typeof r['type'] !== 'string' || !isResourceType(r['type']))
        fail(`${path}.type`, 'unknown resource type');
    if (r['dependsOn'] !== undefined)
        expectKeys(r['dependsOn'], `${path}.dependsOn`, fail);
    readCommon(r, path, fail);
}
function readCommon(o, path, fail) {
    expectObject(o['params'], `${path}.params`, fail);
    const tags = expectObject(o['tags'], `${path}.tags`, fail);
    for (const [k, v] of Object.entries(tags))
        if (typeof v !== 'string')
            fail(`${path}.tags.${k}`, 'must be a string');
    if (typeof o['deletionPolicy'] !== 'string' || !POLICIES.includes(o['deletionPolicy'])) {
        fail(`${path}.deletionPolicy`, 'must be archive, delete or retain');
    }
}
function expectObject(value, path, fail) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail(path, 'must be an object');
    return value;
}
function expectKeys(value, path, fail) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        fail(path, 'must be a list of resource keys');
}


/***/ }),

/***/ 2960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ executionSteps),
/* harmony export */   a$: () => (/* binding */ RETIRE_SUFFIX)
/* harmony export */ });
/* unused harmony export retireStepId */
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8256);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9898);
// The plan as the engine schedules it: one step per platform call, edges
// between step ids. A replace is two steps — create under the new name (apply
// phase), retire the old resource (retire phase) — so every step does one thing.


const RETIRE_SUFFIX = '#retire';
/** Id of the step that retires `key` (the old half of a replace, or a removal). */
function retireStepId(plan, key) {
    const op = plan.operations.find((o) => o.key === key);
    return op?.action === 'replace' ? `${key}${RETIRE_SUFFIX}` : key;
}
/** Steps in topological order, ties by id: apply steps, then retire steps; noops left out. */
function executionSteps(plan) {
    const replaced = new Set(plan.operations.filter((o) => o.action === 'replace').map((o) => o.key));
    const retireId = (key) => (replaced.has(key) ? `${key}${RETIRE_SUFFIX}` : key);
    const apply = [];
    const retire = [];
    for (const op of plan.operations) {
        if (op.action === 'noop')
            continue;
        if (op.action === 'replace') {
            apply.push({ id: op.key, key: op.key, phase: 'apply', action: 'create', dependsOn: [...op.dependsOn] });
            retire.push({
                id: `${op.key}${RETIRE_SUFFIX}`,
                key: op.key,
                phase: 'retire',
                action: op.current?.deletionPolicy ?? 'archive',
                dependsOn: (op.retireDependsOn ?? []).map(retireId),
            });
        }
        else if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .phaseOf */ .h)(op.action) === 'apply') {
            apply.push({ id: op.key, key: op.key, phase: 'apply', action: op.action, dependsOn: [...op.dependsOn] });
        }
        else {
            retire.push({ id: op.key, key: op.key, phase: 'retire', action: op.action, dependsOn: op.dependsOn.map(retireId) });
        }
    }
    // Replace retire steps interleave with removals, so the retire phase is re-sorted.
    const sorted = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .topological */ ._s)(retire.map((step) => ({ key: step.id, step })), (node) => node.step.dependsOn, 'retire').map((node) => node.step);
    return [...apply, ...sorted];
}


/***/ }),

/***/ 967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zg: () => (/* binding */ changeCounts),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   ik: () => (/* binding */ hasChanges)
/* harmony export */ });
function summarize(planOrOperations) {
    const operations = 'operations' in planOrOperations ? planOrOperations.operations : planOrOperations;
    const summary = { create: 0, update: 0, replace: 0, archive: 0, delete: 0, retain: 0, noop: 0 };
    let named = 0;
    for (const op of operations) {
        summary[op.action]++;
        if (op.provisioned === false)
            named++;
    }
    if (named > 0)
        summary.named = named;
    return summary;
}
/** The three counts the action outputs and the run history record. */
function changeCounts(summary) {
    if (!summary)
        return { creates: 0, updates: 0, deletes: 0 };
    return { creates: summary.create + summary.replace, updates: summary.update, deletes: summary.archive + summary.delete };
}
/** True when applying the plan would change anything (the platform or the state). */
function hasChanges(plan) {
    return plan.operations.some((op) => op.action !== 'noop');
}
const WORDS = [
    ['create', 'to create'],
    ['update', 'to update'],
    ['replace', 'to replace'],
    ['archive', 'to archive'],
    ['delete', 'to delete'],
    ['retain', 'to stop managing (retain)'],
];
/** `2 to create, 1 to replace, 5 unchanged` / `No changes, 5 unchanged` (`, 3 named only` for Azure / Google Cloud). */
function summaryLine(summary) {
    const parts = WORDS.filter(([action]) => summary[action] > 0).map(([action, words]) => `${summary[action]} ${words}`);
    const named = summary.named ?? 0;
    const unchanged = `${summary.noop - named} unchanged${named ? `, ${named} named only` : ''}`;
    return parts.length === 0 ? `No changes, ${unchanged}` : `${parts.join(', ')}, ${unchanged}`;
}


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ phaseOf)
/* harmony export */ });
function phaseOf(action) {
    return action === 'archive' || action === 'delete' || action === 'retain' ? 'retire' : 'apply';
}


/***/ }),

/***/ 2120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   qq: () => (/* binding */ StateError),
/* harmony export */   sU: () => (/* binding */ serializeState)
/* harmony export */ });
/* unused harmony exports STATE_VERSION, sortDeep */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _naming_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8173);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4054);
// The state document of one blueprint and its stable serialisation. Pure: text
// in, records out; the store (store.ts) does the file system.
//
//   {
//     "blueprint": "blueprints/dev.json",
//     "resources": {
//       "<key>": { "appliedAt": …, "deletionPolicy": …, "fullName": …, "name": …,
//                  "params": {…}, "tags": {…}, "transaction": …, "type": … }
//     },
//     "version": 1
//   }
//
// Every object's keys are sorted (so resources are ordered by key), indentation
// is two spaces and the file ends with a newline: changing one resource changes
// only its own lines. A record does not repeat its key or blueprint (the
// document holds them); `archived` is written only when true and `physicalId` /
// `dependsOn` only when present, so they add lines only where they mean something.
// Fields this version does not know are kept as they are, so an additive change
// to StateResource survives a round trip through an older reader.



const STATE_VERSION = 1;
/** Thrown for a state file that cannot be trusted; names the file and, where known, the line. */
class StateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    file;
    line;
    constructor(file, line, detail, code = 'STATE_CORRUPT') {
        super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`, code, `the state is committed to git: inspect it with \`git log -p -- ${file}\` and restore the last good version; dpn never treats unreadable state as empty`);
        this.file = file;
        this.line = line;
        this.name = 'StateError';
    }
}
const KNOWN_POLICIES = new Set(['archive', 'delete', 'retain']);
/** Fields every record has in the file; `key` and `blueprint` come from the document. */
const OMITTED = new Set(['key', 'blueprint']);
function serializeState(blueprint, resources) {
    const records = new Map();
    for (const resource of resources) {
        if (records.has(resource.key)) {
            throw new Error(`state of ${blueprint}: resource ${resource.key} given twice`);
        }
        records.set(resource.key, toRecord(resource));
    }
    const document = {
        version: STATE_VERSION,
        blueprint: (0,_path_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeBlueprintPath */ .ek)(blueprint),
        resources: Object.fromEntries(records),
    };
    return JSON.stringify(sortDeep(document), null, 2) + '\n';
}
function parseState(text, file) {
    let raw;
    // An editor on Windows may add a byte-order mark; it is not a reason to refuse the state.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        throw new StateError(file, lineOfParseError(text, message), `not valid JSON (${message})`);
    }
    if (!isPlainObject(raw))
        throw new StateError(file, 1, 'a state file must hold a JSON object');
    if (raw['version'] !== STATE_VERSION) {
        throw new StateError(file, lineOf(text, '"version"'), `unknown state version ${JSON.stringify(raw['version'] ?? null)}; this dpn reads version ${STATE_VERSION}` +
            (typeof raw['version'] === 'number' && raw['version'] > STATE_VERSION ? ' (written by a newer dpn: upgrade dpn)' : ''), 'STATE_VERSION');
    }
    for (const field of Object.keys(raw)) {
        if (field !== 'version' && field !== 'blueprint' && field !== 'resources') {
            throw new StateError(file, lineOf(text, JSON.stringify(field)), `unknown top-level field "${field}"`);
        }
    }
    const blueprint = raw['blueprint'];
    if (typeof blueprint !== 'string' || blueprint === '') {
        throw new StateError(file, lineOf(text, '"blueprint"'), '"blueprint" must be a non-empty string');
    }
    const resources = raw['resources'];
    if (!isPlainObject(resources)) {
        throw new StateError(file, lineOf(text, '"resources"'), '"resources" must be an object keyed by resource key');
    }
    const out = [];
    for (const [key, record] of Object.entries(resources)) {
        // The line is looked up only on failure: scanning for every record would make loading quadratic.
        const fail = (detail) => {
            throw new StateError(file, lineOf(text, `${JSON.stringify(key)}:`), `resource ${JSON.stringify(key)}: ${detail}`);
        };
        if (!isPlainObject(record))
            fail('must be an object');
        const r = record;
        const type = r['type'];
        if (typeof type !== 'string' || !(0,_naming_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isResourceType */ .V)(type))
            fail(`unknown type ${JSON.stringify(type ?? null)}`);
        for (const field of ['name', 'fullName', 'appliedAt', 'transaction']) {
            if (typeof r[field] !== 'string')
                fail(`"${field}" must be a string`);
        }
        if (!isPlainObject(r['params']))
            fail('"params" must be an object');
        const tags = r['tags'];
        if (!isPlainObject(tags) || Object.values(tags).some((v) => typeof v !== 'string')) {
            fail('"tags" must be an object of strings');
        }
        if (typeof r['deletionPolicy'] !== 'string' || !KNOWN_POLICIES.has(r['deletionPolicy'])) {
            fail('"deletionPolicy" must be archive, delete or retain');
        }
        if (r['physicalId'] !== undefined && typeof r['physicalId'] !== 'string')
            fail('"physicalId" must be a string');
        if (r['archived'] !== undefined && typeof r['archived'] !== 'boolean')
            fail('"archived" must be true or false');
        const deps = r['dependsOn'];
        if (deps !== undefined && (!Array.isArray(deps) || deps.some((d) => typeof d !== 'string'))) {
            fail('"dependsOn" must be a list of resource keys');
        }
        for (const field of OMITTED) {
            if (Object.hasOwn(r, field))
                fail(`"${field}" does not belong in a record (the document holds it)`);
        }
        out.push({ ...r, key, blueprint });
    }
    return { blueprint, resources: out };
}
function toRecord(resource) {
    const record = [];
    for (const [field, value] of Object.entries(resource)) {
        if (OMITTED.has(field) || value === undefined)
            continue;
        if (field === 'archived' && value !== true)
            continue;
        if (field === 'dependsOn') {
            const deps = [...new Set(value)].sort();
            if (deps.length > 0)
                record.push([field, deps]);
            continue;
        }
        record.push([field, value]);
    }
    return Object.fromEntries(record);
}
/** Objects get sorted keys (code-unit order, locale-independent); arrays keep their order. */
function sortDeep(value) {
    if (Array.isArray(value))
        return value.map(sortDeep);
    if (isPlainObject(value)) {
        // fromEntries defines own properties, so a key like "__proto__" stays data.
        return Object.fromEntries(Object.keys(value)
            .sort()
            .filter((key) => value[key] !== undefined)
            .map((key) => [key, sortDeep(value[key])]));
    }
    return value;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function lineOf(text, needle) {
    const index = text.indexOf(needle);
    return index < 0 ? undefined : lineAt(text, index);
}
function lineAt(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
function lineOfParseError(text, message) {
    const explicit = /line (\d+)/.exec(message);
    if (explicit?.[1])
        return Number(explicit[1]);
    const position = /position (\d+)/.exec(message);
    if (position?.[1])
        return lineAt(text, Number(position[1]));
    if (/end of JSON input/i.test(message))
        return lineAt(text, text.length);
    return undefined;
}


/***/ }),

/***/ 4054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ blueprintOfStateFile),
/* harmony export */   Qq: () => (/* binding */ STATE_SUBDIR),
/* harmony export */   XI: () => (/* binding */ stateFileFor),
/* harmony export */   ek: () => (/* binding */ normalizeBlueprintPath)
/* harmony export */ });
/* unused harmony exports STATE_FILE_SUFFIX, stateRoot */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Where the state of one blueprint lives: `<state-dir>/state/<blueprint path>.json`.
//
// The state file mirrors the blueprint's path, so `blueprints/dev.json` is kept
// in `.dpn/state/blueprints/dev.json.json` and a reviewer finds it without a
// lookup table. The mapping is reversible: each path segment keeps
// `A-Z a-z 0-9 . _ -` and percent-encodes every other byte (UTF-8); `..`
// segments are encoded so they cannot climb out of the state directory, and an
// absolute blueprint path starts with the segment `%2F`. Paths are normalised
// first (`./a//b.json` and `a/b.json` are one blueprint; `\` is a separator).

/** Sub-directory of the state dir (default `.dpn`) that holds the state files. */
const STATE_SUBDIR = 'state';
const STATE_FILE_SUFFIX = '.json';
function stateRoot(stateDir) {
    return posix.join(stateDir.replace(/\\/g, '/'), STATE_SUBDIR);
}
// A plan of 10,000 resources normalises the same few blueprint paths 20,000
// times; a bounded memo keeps that off the profile.
const normalized = new Map();
/** The one spelling of a blueprint path that state and plans use. */
function normalizeBlueprintPath(path) {
    let out = normalized.get(path);
    if (out === undefined) {
        if (normalized.size >= 4096)
            normalized.clear();
        out = normalizeUncached(path);
        normalized.set(path, out);
    }
    return out;
}
function normalizeUncached(path) {
    const slashed = path.replace(/\\/g, '/');
    if (slashed === '')
        return '';
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(slashed);
    const trimmed = normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
    return trimmed.startsWith('./') ? trimmed.slice(2) : trimmed;
}
/** The state file of a blueprint, relative to `stateRoot(stateDir)`, with `/` separators. */
function stateFileFor(blueprint) {
    const normal = normalizeBlueprintPath(blueprint);
    if (normal === '' || normal === '.')
        throw new Error(`no state file for an empty blueprint path`);
    const absolute = normal.startsWith('/');
    const segments = (absolute ? normal.slice(1) : normal).split('/').map(encodeSegment);
    if (absolute)
        segments.unshift('%2F');
    return segments.join('/') + STATE_FILE_SUFFIX;
}
/** The blueprint a state file (relative to the state root) belongs to, or null if the name is not one of ours. */
function blueprintOfStateFile(relative) {
    const slashed = relative.replace(/\\/g, '/');
    if (!slashed.endsWith(STATE_FILE_SUFFIX))
        return null;
    const segments = slashed.slice(0, -STATE_FILE_SUFFIX.length).split('/');
    let absolute = false;
    if (segments[0] === '%2F') {
        absolute = true;
        segments.shift();
    }
    try {
        const decoded = segments.map((s) => decodeURIComponent(s));
        if (decoded.some((s) => s === '' || s.includes('/')))
            return null;
        return (absolute ? '/' : '') + decoded.join('/');
    }
    catch {
        return null;
    }
}
function encodeSegment(segment) {
    if (segment === '..' || segment === '.')
        return segment.replace(/\./g, '%2E');
    let out = '';
    for (const byte of new TextEncoder().encode(segment)) {
        const c = String.fromCharCode(byte);
        out += /[A-Za-z0-9._-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   Jq: () => (/* binding */ writeState),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   vK: () => (/* binding */ writeAtomically)
/* harmony export */ });
/* unused harmony exports DEFAULT_STATE_DIR, readStateFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2120);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4054);
// The state store in the repository's working tree: reads every state file
// under `<state-dir>/state/`, writes the files of the blueprints a transaction
// touched, atomically (temp file, fsync, rename), and removes the files of
// blueprints that no longer hold resources. Committing them is the caller's job.





const DEFAULT_STATE_DIR = '.dpn';
function emptyState() {
    return { resources: new Map() };
}
/** Every state file under `<state-dir>/state/`, sorted by path. A missing directory holds none. */
async function readStateFiles(stateDir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, _path_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_SUBDIR */ .Qq);
    let rootStat;
    try {
        rootStat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(root);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    if (!rootStat.isDirectory())
        throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(root, undefined, 'the state location is not a directory');
    const files = [];
    for (const path of (await listJsonFiles(root)).sort()) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        const document = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseState */ .Bu)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'), path);
        const expected = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .blueprintOfStateFile */ .Gc)(rel);
        if (expected === null || (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeBlueprintPath */ .ek)(document.blueprint) !== expected) {
            throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(path, undefined, `holds the state of blueprint "${document.blueprint}", but its path belongs to ` +
                (expected === null ? 'no blueprint' : `"${expected}"`) +
                `; the state of "${document.blueprint}" lives in ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .stateFileFor */ .XI)(document.blueprint))}`, 'STATE_MISPLACED');
        }
        files.push({ file: path, blueprint: expected, resources: document.resources });
    }
    return files;
}
/**
 * The whole state: every resource of every blueprint file. Corrupt JSON, an
 * unknown version, a misplaced file or a key held by two files is a StateError
 * naming the file; a missing state directory is an empty state.
 */
async function loadState(stateDir = DEFAULT_STATE_DIR) {
    const state = emptyState();
    const owner = new Map();
    for (const { file, resources } of await readStateFiles(stateDir)) {
        for (const resource of resources) {
            const previous = owner.get(resource.key);
            if (previous !== undefined) {
                throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(file, undefined, `resource ${resource.key} is also recorded in ${previous}; a resource belongs to one blueprint — remove the stale record`, 'STATE_DUPLICATE');
            }
            owner.set(resource.key, file);
            state.resources.set(resource.key, resource);
        }
    }
    return state;
}
/**
 * Writes the state files of the given blueprints: a file per blueprint that
 * holds resources, no file for one that holds none. Unchanged files are not
 * rewritten. Returns the paths written or removed (`<state-dir>/state/…`), for
 * `git add`.
 */
async function writeState(stateDir, state, options = {}) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, _path_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_SUBDIR */ .Qq);
    const byBlueprint = new Map();
    for (const resource of state.resources.values()) {
        const blueprint = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeBlueprintPath */ .ek)(resource.blueprint);
        const group = byBlueprint.get(blueprint);
        if (group)
            group.push(resource);
        else
            byBlueprint.set(blueprint, [resource]);
    }
    const targets = new Set();
    if (options.blueprints) {
        for (const blueprint of options.blueprints)
            targets.add((0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeBlueprintPath */ .ek)(blueprint));
    }
    else {
        for (const blueprint of byBlueprint.keys())
            targets.add(blueprint);
        for (const path of (await listJsonFiles(root).catch(ignoreMissing)) ?? []) {
            const blueprint = (0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .blueprintOfStateFile */ .Gc)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
            if (blueprint !== null)
                targets.add(blueprint);
        }
    }
    const changed = [];
    for (const blueprint of [...targets].sort()) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...(0,_path_js__WEBPACK_IMPORTED_MODULE_4__/* .stateFileFor */ .XI)(blueprint).split('/'));
        const resources = byBlueprint.get(blueprint) ?? [];
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch(ignoreMissing);
        if (resources.length === 0) {
            if (existing === undefined)
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path);
            await removeEmptyParents((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), root);
            changed.push(path);
            continue;
        }
        const text = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeState */ .sU)(blueprint, resources.sort((a, b) => compareKeys(a.key, b.key)));
        if (existing === text)
            continue;
        await writeAtomically(path, text);
        changed.push(path);
    }
    return changed;
}
/** Writes `text` to `path` through a temp file and a rename: readers see the old file or the new one, never a part. */
async function writeAtomically(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    // A temp file beside the target keeps the rename on one file system; `.tmp`
    // names are never read as state, so a crash leaves harmless litter at worst.
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
    try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
async function listJsonFiles(dir) {
    const out = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await listJsonFiles(path)));
        else if (entry.isFile() && entry.name.endsWith('.json'))
            out.push(path);
        // Skipping a link would silently drop the state behind it.
        else if (entry.isSymbolicLink()) {
            throw new _document_js__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(path, undefined, 'is a symbolic link; state files and folders must be real ones', 'STATE_LINK');
        }
    }
    return out;
}
async function removeEmptyParents(dir, root) {
    let current = dir;
    while (current !== root && current.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(current);
        }
        catch {
            return;
        }
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current);
    }
}
function ignoreMissing(error) {
    if (error.code === 'ENOENT')
        return undefined;
    throw error;
}
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
