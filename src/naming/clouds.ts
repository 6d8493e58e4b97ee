// Which cloud each resource type belongs to, which blueprint variable holds
// that cloud's region, and the region's short code (region_short). AWS and
// Databricks types read `region` (an AWS region); Azure types read
// `azure_location`, Google Cloud types `gcp_region`, each with its own table.
import { AZURE_LOCATION_CODES } from './azure.js';
import { GCP_REGION_CODES } from './gcp.js';
import { AWS_REGION_CODES } from './regions.js';
import type { ResourceType } from './types.js';

export type Cloud = 'aws' | 'databricks' | 'azure' | 'gcp';

export const CLOUD_LABELS: Readonly<Record<Cloud, string>> = Object.freeze({
  aws: 'AWS',
  databricks: 'Databricks',
  azure: 'Azure',
  gcp: 'Google Cloud',
});

export function cloudOf(type: ResourceType): Cloud {
  if (type.startsWith('aws_')) return 'aws';
  if (type.startsWith('dbx_')) return 'databricks';
  if (type.startsWith('azure_')) return 'azure';
  return 'gcp';
}

/** The clouds dpn names but does not provision. */
export function isNamedOnly(type: ResourceType): boolean {
  const cloud = cloudOf(type);
  return cloud === 'azure' || cloud === 'gcp';
}

export type RegionVariable = 'region' | 'azure_location' | 'gcp_region';

interface RegionTable {
  variable: RegionVariable;
  /** What the table's keys are, for messages ("an AWS region"). */
  what: string;
  codes: Readonly<Record<string, string>>;
}

const TABLES: Readonly<Record<Cloud, RegionTable>> = {
  aws: { variable: 'region', what: 'an AWS region', codes: AWS_REGION_CODES },
  databricks: { variable: 'region', what: 'an AWS region', codes: AWS_REGION_CODES },
  azure: { variable: 'azure_location', what: 'an Azure location', codes: AZURE_LOCATION_CODES },
  gcp: { variable: 'gcp_region', what: 'a Google Cloud region', codes: GCP_REGION_CODES },
};

/** The naming variable (and blueprint metadata key) that holds the region of a type's cloud. */
export function regionVariableOf(type: ResourceType): RegionVariable {
  return TABLES[cloudOf(type)].variable;
}

/** "an Azure location", for messages about a type's region. */
export function regionKindOf(type: ResourceType): string {
  return TABLES[cloudOf(type)].what;
}

/**
 * The short code of a region of the type's cloud: the configured
 * `region_mapping` first, then the cloud's table; undefined for a region
 * neither knows (never a default).
 */
export function regionCodeFor(type: ResourceType, region: string, mapping: Readonly<Record<string, string>>): string | undefined {
  if (Object.hasOwn(mapping, region)) return mapping[region];
  const { codes } = TABLES[cloudOf(type)];
  return Object.hasOwn(codes, region) ? codes[region] : undefined;
}
