export const id = 28;
export const ids = [28];
export const modules = {

/***/ 6028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STARTER_CLOUDS: () => (/* binding */ STARTER_CLOUDS),
/* harmony export */   cloudStarterJson: () => (/* binding */ cloudStarterJson),
/* harmony export */   cloudStarterYaml: () => (/* binding */ cloudStarterYaml),
/* harmony export */   starterLocation: () => (/* binding */ starterLocation)
/* harmony export */ });
/* harmony import */ var _naming_azure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4543);
/* harmony import */ var _naming_gcp_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2906);
// Starter blueprints for `dpn plan init --cloud azure|gcp`: the Azure or Google
// Cloud resources dpn names (and does not provision), with the location their
// region_short comes from.


const STARTER_CLOUDS = ['azure', 'gcp'];
const DEFAULT_LOCATION = { azure: 'westeurope', gcp: 'europe-west1' };
/** The location to write, or a message saying why the given one is refused. */
function starterLocation(cloud, given) {
    const location = given ?? DEFAULT_LOCATION[cloud];
    const codes = cloud === 'azure' ? _naming_azure_js__WEBPACK_IMPORTED_MODULE_0__/* .AZURE_LOCATION_CODES */ .n2 : _naming_gcp_js__WEBPACK_IMPORTED_MODULE_1__/* .GCP_REGION_CODES */ .F1;
    if (Object.hasOwn(codes, location))
        return { location };
    const what = cloud === 'azure' ? 'an Azure location such as westeurope' : 'a Google Cloud region such as europe-west1';
    return { error: `--location must be ${what}, got "${location}"` };
}
function resources(cloud) {
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
function cloudStarterJson(s) {
    const locationKey = s.cloud === 'azure' ? 'azure_location' : 'gcp_region';
    const doc = { version: '1.0', metadata: { environment: s.env, project: s.project, region: s.region, [locationKey]: s.location }, resources: resources(s.cloud) };
    return `${JSON.stringify(doc, null, 2)}\n`;
}
function cloudStarterYaml(s) {
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


/***/ })

};
