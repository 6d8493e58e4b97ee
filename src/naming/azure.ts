// Azure names: the built-in patterns (Cloud Adoption Framework abbreviations),
// the platform's rules per resource type, and the short code of every public
// Azure location. dpn names these resources; it does not provision them.
//
// Rules are from Microsoft Learn, "Naming rules and restrictions for Azure
// resources" (one table per resource provider: scope, length, valid
// characters), unless a rule names another page. Azure compares names without
// regard to case.
import { charset, endsWith, length, noDoubleHyphen, reservedSuffixes, startsWith } from './rule-kit.js';
import type { ExtraRule, TypeRules } from './rules.js';
import type { ResourceType } from './types.js';

export type AzureType = Extract<ResourceType, `azure_${string}`>;

export const AZURE_PATTERNS: Readonly<Record<AzureType, string>> = Object.freeze({
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
const reservedWords: ExtraRule = {
  code: 'AZURE_RESERVED_WORD',
  rule: 'Azure names of resources with a public endpoint do not contain "microsoft" or "windows" and do not start with "login" or "xbox"',
  source: RESERVED_PAGE,
  find: (name) => {
    const lower = name.toLowerCase();
    const word = ['microsoft', 'windows'].find((w) => lower.includes(w));
    if (word !== undefined) return `it contains the reserved word "${word}"`;
    const prefix = ['login', 'xbox'].find((p) => lower.startsWith(p));
    return prefix === undefined ? undefined : `it starts with the reserved word "${prefix}"`;
  },
};

const ALNUM = '[A-Za-z0-9]';
const LOWER_ALNUM = '[a-z0-9]';

function azure(type: AzureType, object: string, provider: string, scope: string, rules: Omit<TypeRules, 'type' | 'object' | 'source' | 'identifier' | 'scope'>): TypeRules {
  return { type, object, source: `${RULES_PAGE} (${provider})`, scope, identifier: false, separator: '-', ...rules };
}

export const AZURE_RULES: readonly TypeRules[] = [
  azure('azure_resource_group', 'Azure resource group', 'Microsoft.Resources/resourcegroups', 'subscription', {
    length: length('AZURE_RG_LENGTH', 'Azure resource group', 1, 90),
    charset: charset('AZURE_RG_CHARSET', 'Azure resource group names use only letters, digits, "_", "-", ".", "(" and ")"', '[\\p{L}\\p{N}_\\-.()]'),
    checks: [
      {
        code: 'AZURE_RG_END',
        rule: 'Azure resource group names do not end with "."',
        find: (name) => (name.endsWith('.') ? 'it ends with "."' : undefined),
      },
    ],
  }),
  azure('azure_storage_account', 'Azure storage account', 'Microsoft.Storage/storageAccounts', 'global', {
    length: length('AZURE_ST_LENGTH', 'Azure storage account', 3, 24),
    charset: charset('AZURE_ST_CHARSET', 'Azure storage account names use only lowercase letters and digits', '[a-z0-9]'),
    checks: [reservedWords],
    separator: '',
    keepTail: true,
  }),
  azure('azure_storage_container', 'Azure storage container', 'Microsoft.Storage/storageAccounts/blobServices/containers', 'storage account', {
    length: length('AZURE_CONTAINER_LENGTH', 'Azure storage container', 3, 63),
    charset: charset('AZURE_CONTAINER_CHARSET', 'Azure storage container names use only lowercase letters, digits and "-"', '[a-z0-9\\-]'),
    checks: [
      startsWith('AZURE_CONTAINER_START', 'Azure storage container', LOWER_ALNUM, 'a lowercase letter or a digit'),
      {
        ...endsWith('AZURE_CONTAINER_END', 'Azure storage container', LOWER_ALNUM, 'a lowercase letter or a digit'),
        source: 'Microsoft Learn, Naming and Referencing Containers, Blobs, and Metadata (every "-" is preceded and followed by a letter or digit)',
      },
      noDoubleHyphen('AZURE_CONTAINER_DOUBLE_HYPHEN', 'Azure storage container'),
    ],
  }),
  azure('azure_databricks_workspace', 'Azure Databricks workspace', 'Microsoft.Databricks/workspaces', 'resource group', {
    length: length('AZURE_DBW_LENGTH', 'Azure Databricks workspace', 3, 64),
    charset: charset('AZURE_DBW_CHARSET', 'Azure Databricks workspace names use only letters, digits, "_" and "-"', '[A-Za-z0-9_\\-]'),
    checks: [],
  }),
  azure('azure_data_factory', 'Azure data factory', 'Microsoft.DataFactory/factories', 'global', {
    length: length('AZURE_ADF_LENGTH', 'Azure data factory', 3, 63),
    charset: charset('AZURE_ADF_CHARSET', 'Azure data factory names use only letters, digits and "-"', '[A-Za-z0-9\\-]'),
    checks: [
      startsWith('AZURE_ADF_START', 'Azure data factory', ALNUM, 'a letter or a digit'),
      endsWith('AZURE_ADF_END', 'Azure data factory', ALNUM, 'a letter or a digit'),
      { ...noDoubleHyphen('AZURE_ADF_DOUBLE_HYPHEN', 'Azure data factory'), source: 'Microsoft Learn, Naming rules for Azure Data Factory' },
      reservedWords,
    ],
    keepTail: true,
  }),
  azure('azure_synapse_workspace', 'Azure Synapse workspace', 'Microsoft.Synapse/workspaces', 'global', {
    length: length('AZURE_SYNW_LENGTH', 'Azure Synapse workspace', 1, 50),
    charset: charset('AZURE_SYNW_CHARSET', 'Azure Synapse workspace names use only lowercase letters, digits and "-"', '[a-z0-9\\-]'),
    checks: [
      startsWith('AZURE_SYNW_START', 'Azure Synapse workspace', LOWER_ALNUM, 'a lowercase letter or a digit'),
      endsWith('AZURE_SYNW_END', 'Azure Synapse workspace', LOWER_ALNUM, 'a lowercase letter or a digit'),
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
    length: length('AZURE_KV_LENGTH', 'Azure key vault', 3, 24),
    charset: charset('AZURE_KV_CHARSET', 'Azure key vault names use only letters, digits and "-"', '[A-Za-z0-9\\-]'),
    checks: [
      startsWith('AZURE_KV_START', 'Azure key vault', '[A-Za-z]', 'a letter'),
      endsWith('AZURE_KV_END', 'Azure key vault', ALNUM, 'a letter or a digit'),
      noDoubleHyphen('AZURE_KV_DOUBLE_HYPHEN', 'Azure key vault'),
      reservedWords,
    ],
    keepTail: true,
  }),
  azure('azure_eventhub_namespace', 'Azure Event Hubs namespace', 'Microsoft.EventHub/namespaces', 'global', {
    length: length('AZURE_EVHNS_LENGTH', 'Azure Event Hubs namespace', 6, 50),
    charset: charset('AZURE_EVHNS_CHARSET', 'Azure Event Hubs namespace names use only letters, digits and "-"', '[A-Za-z0-9\\-]'),
    checks: [
      startsWith('AZURE_EVHNS_START', 'Azure Event Hubs namespace', '[A-Za-z]', 'a letter'),
      endsWith('AZURE_EVHNS_END', 'Azure Event Hubs namespace', ALNUM, 'a letter or a digit'),
      reservedSuffixes('AZURE_EVHNS_RESERVED_SUFFIX', 'Azure Event Hubs namespace', ['-sb', '-mgmt'], true),
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
export const AZURE_LOCATION_CODES: Readonly<Record<string, string>> = Object.freeze({
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
