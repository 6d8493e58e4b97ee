// Google Cloud names: the built-in patterns (in the manner of the AWS and
// Databricks ones), the platform's rules per resource type, and the short code
// of every public Google Cloud region. dpn names these resources; it does not
// provision them.
import { REGION_DIRECTIONS } from './regions.js';
import { charset, endsWith, length, reservedPrefixes, startsWith } from './rule-kit.js';
import type { ExtraRule, TypeRules } from './rules.js';
import type { ResourceType } from './types.js';

export type GcpType = Extract<ResourceType, `gcp_${string}`>;

export const GCP_PATTERNS: Readonly<Record<GcpType, string>> = Object.freeze({
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
function looksLikeGoogle(name: string): boolean {
  return name.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace(/3/g, 'e').includes('google');
}

const GCS_CHECKS: readonly ExtraRule[] = [
  startsWith('GCS_START', 'Cloud Storage bucket', '[a-z0-9]', 'a lowercase letter or a digit'),
  endsWith('GCS_END', 'Cloud Storage bucket', '[a-z0-9]', 'a lowercase letter or a digit'),
  reservedPrefixes('GCS_GOOG_PREFIX', 'Cloud Storage bucket', ['goog']),
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

function gcp(type: GcpType, object: string, source: string, scope: string, rules: Omit<TypeRules, 'type' | 'object' | 'source' | 'scope'>): TypeRules {
  return { type, object, source, scope, ...rules };
}

export const GCP_RULES: readonly TypeRules[] = [
  // Names with dots may be up to 222 characters, but only for buckets named
  // after a verified domain, which dpn does not do: 63 is the limit here.
  gcp('gcp_storage_bucket', 'Cloud Storage bucket', BUCKETS, 'global', {
    length: length('GCS_LENGTH', 'Cloud Storage bucket', 3, 63),
    charset: charset('GCS_CHARSET', 'Cloud Storage bucket names use only lowercase letters, digits, "-", "_" and "."', '[a-z0-9_.\\-]'),
    checks: GCS_CHECKS,
    identifier: false,
  }),
  gcp('gcp_bigquery_dataset', 'BigQuery dataset', BIGQUERY_DATASETS, 'Google Cloud project (names are case-sensitive)', {
    length: length('BQ_DATASET_LENGTH', 'BigQuery dataset', 1, 1024),
    charset: charset('BQ_DATASET_CHARSET', 'BigQuery dataset names use only letters, digits and "_"', '[A-Za-z0-9_]'),
    checks: [],
    identifier: true,
    separator: '_',
  }),
  gcp('gcp_bigquery_table', 'BigQuery table', BIGQUERY_TABLES, 'BigQuery dataset (names are case-sensitive)', {
    length: length('BQ_TABLE_LENGTH', 'BigQuery table', 1, 1024, 'bytes'),
    charset: charset(
      'BQ_TABLE_CHARSET',
      'BigQuery table names use only Unicode letters (L), marks (M), numbers (N), connectors such as "_" (Pc), dashes (Pd) and spaces (Zs)',
      '[\\p{L}\\p{M}\\p{N}\\p{Pc}\\p{Pd}\\p{Zs}]',
    ),
    checks: [],
    identifier: true,
  }),
  gcp('gcp_dataproc_cluster', 'Dataproc cluster', DATAPROC, 'Google Cloud project and region', {
    length: length('DATAPROC_LENGTH', 'Dataproc cluster', 1, 52),
    charset: charset('DATAPROC_CHARSET', 'Dataproc cluster names use only lowercase letters, digits and "-"', '[a-z0-9\\-]'),
    checks: [
      startsWith('DATAPROC_START', 'Dataproc cluster', '[a-z]', 'a lowercase letter'),
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
    length: length('PUBSUB_LENGTH', 'Pub/Sub topic', 3, 255),
    charset: charset('PUBSUB_CHARSET', 'Pub/Sub topic names use only letters, digits and "-", "_", ".", "~", "+", "%"', '[A-Za-z0-9\\-_.~+%]'),
    checks: [startsWith('PUBSUB_START', 'Pub/Sub topic', '[A-Za-z]', 'a letter'), reservedPrefixes('PUBSUB_GOOG_PREFIX', 'Pub/Sub topic', ['goog'])],
    identifier: false,
  }),
];

/** Every public Google Cloud region (Compute Engine, Regions and zones). */
export const GCP_REGIONS: readonly string[] = Object.freeze([
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
const GCP_AREAS: Readonly<Record<string, string>> = {
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
export function gcpSchemeCode(region: string): string | undefined {
  const match = /^([a-z]+)-([a-z]+?)(\d+)$/.exec(region);
  if (!match) return undefined;
  const [, areaPart = '', directionPart = '', number = ''] = match;
  const area = Object.hasOwn(GCP_AREAS, areaPart) ? GCP_AREAS[areaPart] : undefined;
  const direction = Object.hasOwn(REGION_DIRECTIONS, directionPart) ? REGION_DIRECTIONS[directionPart] : undefined;
  return area === undefined || direction === undefined ? undefined : `${area}${direction}${number}`;
}

export const GCP_REGION_CODES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(GCP_REGIONS.map((region) => [region, gcpSchemeCode(region) as string])),
);
