// Starter blueprints for `dpn plan init --cloud azure|gcp`: the Azure or Google
// Cloud resources dpn names (and does not provision), with the location their
// region_short comes from.
import { AZURE_LOCATION_CODES } from '../../naming/azure.js';
import { GCP_REGION_CODES } from '../../naming/gcp.js';

export type StarterCloud = 'azure' | 'gcp';

export const STARTER_CLOUDS: readonly StarterCloud[] = ['azure', 'gcp'];

const DEFAULT_LOCATION: Record<StarterCloud, string> = { azure: 'westeurope', gcp: 'europe-west1' };

/** The location to write, or a message saying why the given one is refused. */
export function starterLocation(cloud: StarterCloud, given: string | undefined): { location: string } | { error: string } {
  const location = given ?? DEFAULT_LOCATION[cloud];
  const codes = cloud === 'azure' ? AZURE_LOCATION_CODES : GCP_REGION_CODES;
  if (Object.hasOwn(codes, location)) return { location };
  const what = cloud === 'azure' ? 'an Azure location such as westeurope' : 'a Google Cloud region such as europe-west1';
  return { error: `--location must be ${what}, got "${location}"` };
}

interface Starter {
  env: string;
  project: string;
  region: string;
  cloud: StarterCloud;
  location: string;
}

function resources(cloud: StarterCloud): Record<string, unknown> {
  return cloud === 'azure'
    ? {
        azure: {
          resource_groups: [{ purpose: 'lake' }],
          storage_accounts: [{ purpose: 'lake', layer: 'raw' }],
          storage_containers: [{ account_ref: 'lake-raw', domain: 'sales', layer: 'bronze' }],
          databricks_workspaces: [{ purpose: 'analytics' }],
          data_factories: [{ purpose: 'ingest' }],
          key_vaults: [{ purpose: 'etl' }],
        },
      }
    : {
        gcp: {
          buckets: [{ purpose: 'landing', layer: 'raw' }],
          bigquery_datasets: [{ domain: 'sales', layer: 'gold' }],
          bigquery_tables: [{ dataset_ref: 'sales-gold', entity: 'orders', table_type: 'fact', columns: [{ name: 'order_id', type: 'STRING' }] }],
          dataproc_clusters: [{ workload: 'etl', cluster_type: 'job' }],
          pubsub_topics: [{ purpose: 'orders' }],
        },
      };
}

export function cloudStarterJson(s: Starter): string {
  const locationKey = s.cloud === 'azure' ? 'azure_location' : 'gcp_region';
  const doc = { version: '1.0', metadata: { environment: s.env, project: s.project, region: s.region, [locationKey]: s.location }, resources: resources(s.cloud) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function cloudStarterYaml(s: Starter): string {
  const head = `# yaml-language-server: $schema=https://dpn.dev/schemas/blueprint-1.0.json
# A dpn blueprint: say what each resource is for; dpn generates every name.
# ${s.cloud === 'azure' ? 'Azure' : 'Google Cloud'} resources are named and checked, not provisioned.
# Preview the names with: dpn plan preview <this file>
version: "1.0"
metadata:
  environment: ${s.env}
  project: ${s.project}
  region: ${s.region}              # the AWS region (required; AWS and Databricks names use it)
`;
  if (s.cloud === 'azure') {
    return `${head}  azure_location: ${s.location}     # region_short of the Azure names
resources:
  azure:
    resource_groups:
      - purpose: lake
    storage_accounts:
      - purpose: lake
        layer: raw               # raw | processed | curated
    storage_containers:
      - account_ref: lake-raw    # "{purpose}-{layer}" of a storage account above
        domain: sales
        layer: bronze            # bronze | silver | gold
    databricks_workspaces:
      - purpose: analytics
    data_factories:
      - purpose: ingest
    key_vaults:
      - purpose: etl
`;
  }
  return `${head}  gcp_region: ${s.location}       # region_short of the Google Cloud names
resources:
  gcp:
    buckets:
      - purpose: landing
        layer: raw               # raw | processed | curated
    bigquery_datasets:
      - domain: sales
        layer: gold              # bronze | silver | gold
    bigquery_tables:
      - dataset_ref: sales-gold  # "{domain}-{layer}" of a BigQuery dataset above
        entity: orders
        table_type: fact
        columns:
          - { name: order_id, type: STRING }
    dataproc_clusters:
      - workload: etl
        cluster_type: job        # shared | dedicated | job
    pubsub_topics:
      - purpose: orders
`;
}
