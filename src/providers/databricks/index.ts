// The Databricks drivers (clusters, jobs, Unity Catalog catalogs, schemas and managed tables) over one
// lazily created REST client: building them needs no credentials; the first call reads DATABRICKS_*.
//
// Environment (names as in Databricks unified authentication):
//   DATABRICKS_HOST              workspace URL (scheme optional; path, query and trailing slash dropped)
//   DATABRICKS_TOKEN             personal access token                                   → pat
//   DATABRICKS_CLIENT_ID/_SECRET service principal OAuth secret                           → oauth-m2m
//   DATABRICKS_CLIENT_ID + GitHub OIDC (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, i.e. `permissions: id-token: write`)
//                                token federation; audience DATABRICKS_TOKEN_AUDIENCE, else DATABRICKS_ACCOUNT_ID,
//                                else {host}/oidc/v1/token                               → github-oidc
//   DATABRICKS_OIDC_TOKEN (or the variable DATABRICKS_OIDC_TOKEN_ENV names)             → env-oidc
//   DATABRICKS_OIDC_TOKEN_FILEPATH                                                       → file-oidc
//   DATABRICKS_AUTH_TYPE         forces one of the above; otherwise the first complete one of
//                                pat, oauth-m2m, file-oidc, env-oidc, github-oidc
//   DATABRICKS_WAREHOUSE_ID      SQL warehouse for Unity Catalog table DDL (needed only when tables change)
import type { Driver } from '../driver.js';
import { DatabricksClient, type DatabricksClientOptions, type Env, type FetchLike } from './client.js';
import { createClusterDriver } from './cluster.js';
import { createJobDriver } from './job.js';
import { createTableDriver } from './table.js';
import { createCatalogDriver, createSchemaDriver } from './unity-catalog.js';

export { DatabricksClient, DatabricksApiError, kindFor } from './client.js';
export type { DatabricksClientOptions, RequestOptions } from './client.js';
export { normaliseHost, resolveAuth, githubAudience, retryAfter } from './auth.js';
export type { DatabricksAuthType } from './auth.js';

export interface DatabricksDriverOptions {
  /** Where DATABRICKS_* come from. Default `process.env`. */
  env?: Env;
  fetch?: FetchLike;
  /** Timeouts, read retries, injected sleep and clock. */
  client?: Omit<DatabricksClientOptions, 'env' | 'fetch'>;
}

export interface DatabricksDrivers {
  dbx_cluster: Driver;
  dbx_job: Driver;
  dbx_catalog: Driver;
  dbx_schema: Driver;
  dbx_table: Driver;
}

export function createDatabricksDrivers(options: DatabricksDriverOptions = {}): DatabricksDrivers {
  const env = options.env ?? process.env;
  let client: DatabricksClient | undefined;
  const getClient = () =>
    (client ??= new DatabricksClient({
      ...options.client,
      env,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }));
  return {
    dbx_cluster: createClusterDriver(getClient),
    dbx_job: createJobDriver(getClient),
    dbx_catalog: createCatalogDriver(getClient),
    dbx_schema: createSchemaDriver(getClient),
    dbx_table: createTableDriver(getClient, env),
  };
}
