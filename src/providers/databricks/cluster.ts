// Driver for all-purpose Databricks clusters (Clusters API 2.1). Cluster names are not unique, so
// create looks the name up first and adopts a cluster with the same settings; archive terminates,
// delete permanently deletes.
//
// cluster_type (v1.0) → data_security_mode:
//   shared    → USER_ISOLATION (standard access mode: many users, isolated from each other)
//   dedicated → SINGLE_USER    (dedicated access mode: one principal)
//   job       → SINGLE_USER    (a job runs as one principal; dedicated mode keeps every language and
//                               Unity Catalog feature available to it)
// SINGLE_USER needs `single_user_name`: params.single_user_name when given, else the service principal
// dpn authenticates as (DATABRICKS_CLIENT_ID), else left for Databricks to decide.
//
// A cluster this driver creates carries the custom tag `dpn_created_by=<transaction>` from
// clusters/create itself; clusters/edit replaces every tag, so an edit sends the live marker back.
import type { ResourceSpec } from '../../blueprint/types.js';
import { ProviderError, type Driver, type DriverContext, type LiveResource, type ResourceRef } from '../driver.js';
import {
  conflict,
  createdByOf,
  deepEqual,
  differences,
  invalid,
  isMissing,
  keepCreatedBy,
  notFound,
  refuseMarks,
  stringMapParam,
  stringParam,
  withCreatedBy,
  withoutMarks,
  withSignal,
  type ClientSource,
} from './common.js';
import { DatabricksApiError, type DatabricksClient } from './client.js';

const API = '/api/2.1/clusters';
export const MAX_CLUSTER_TAGS = 45;

const MODE_BY_TYPE: Record<string, string> = {
  shared: 'USER_ISOLATION',
  dedicated: 'SINGLE_USER',
  job: 'SINGLE_USER',
};
/** Current names and their legacy aliases mean the same mode. */
const MODE_ALIASES: Record<string, string> = {
  DATA_SECURITY_MODE_STANDARD: 'USER_ISOLATION',
  DATA_SECURITY_MODE_DEDICATED: 'SINGLE_USER',
};

/** Live settings dpn does not manage but must carry through `clusters/edit`, which replaces the whole spec. */
const PRESERVED_ON_EDIT = [
  'autotermination_minutes', 'spark_conf', 'spark_env_vars', 'aws_attributes', 'azure_attributes',
  'gcp_attributes', 'driver_node_type_id', 'instance_pool_id', 'driver_instance_pool_id', 'policy_id',
  'init_scripts', 'enable_elastic_disk', 'enable_local_disk_encryption', 'runtime_engine', 'ssh_public_keys',
  'cluster_log_conf', 'docker_image', 'kind', 'use_ml_runtime', 'is_single_node', 'workload_type',
  'apply_policy_default_values', 'single_user_name',
] as const;

export interface ClusterInfo {
  cluster_id: string;
  cluster_name?: string;
  spark_version?: string;
  node_type_id?: string;
  autoscale?: { min_workers: number; max_workers: number };
  num_workers?: number;
  data_security_mode?: string;
  single_user_name?: string;
  custom_tags?: Record<string, string>;
  state?: string;
  [field: string]: unknown;
}

interface ClusterSpecBody {
  cluster_name: string;
  spark_version: string;
  node_type_id: string;
  autoscale: { min_workers: number; max_workers: number };
  data_security_mode: string;
  custom_tags: Record<string, string>;
  single_user_name?: string;
}

function canonicalMode(mode: string | undefined): string | undefined {
  return mode === undefined ? undefined : (MODE_ALIASES[mode] ?? mode);
}

export function dataSecurityMode(clusterType: string, key = 'cluster'): string {
  const mode = MODE_BY_TYPE[clusterType];
  if (!mode) throw invalid(`${key}: cluster_type ${JSON.stringify(clusterType)} must be shared, dedicated or job`);
  return mode;
}

function desiredSpec(spec: { key: string; params: Record<string, unknown> }, client: DatabricksClient): ClusterSpecBody {
  const { key, params } = spec;
  const autoscale = params.autoscale as { min_workers?: unknown; max_workers?: unknown } | undefined;
  const min = autoscale?.min_workers;
  const max = autoscale?.max_workers;
  if (typeof min !== 'number' || typeof max !== 'number' || !Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
    throw invalid(`${key}: params.autoscale needs whole numbers 0 <= min_workers <= max_workers`);
  }
  const customTags = stringMapParam(params, key, 'custom_tags');
  refuseMarks(customTags, key, 'custom_tags');
  const tagCount = Object.keys(customTags).length;
  // One tag stays free for the creation marker.
  const room = MAX_CLUSTER_TAGS - 1;
  if (tagCount > room) {
    throw invalid(
      `${key}: a Databricks cluster takes at most ${MAX_CLUSTER_TAGS} custom tags and dpn keeps one for its creation marker, so ${room}; this one has ${tagCount}, remove ${tagCount - room}`,
      'TOO_MANY_TAGS',
    );
  }
  const mode = dataSecurityMode(stringParam(params, key, 'cluster_type'), key);
  const body: ClusterSpecBody = {
    cluster_name: stringParam(params, key, 'cluster_name'),
    spark_version: stringParam(params, key, 'spark_version'),
    node_type_id: stringParam(params, key, 'node_type_id'),
    autoscale: { min_workers: min, max_workers: max },
    data_security_mode: mode,
    custom_tags: customTags,
  };
  if (mode === 'SINGLE_USER') {
    const user = typeof params.single_user_name === 'string' ? params.single_user_name : client.credentials.settings.clientId;
    if (user) body.single_user_name = user;
  }
  return body;
}

/** The fields dpn manages, as the platform reports them, for comparison with a desired spec. */
function managedView(info: ClusterInfo): Record<string, unknown> {
  return {
    cluster_name: info.cluster_name,
    spark_version: info.spark_version,
    node_type_id: info.node_type_id,
    autoscale: info.autoscale
      ? { min_workers: info.autoscale.min_workers, max_workers: info.autoscale.max_workers }
      : { min_workers: info.num_workers ?? 0, max_workers: info.num_workers ?? 0 },
    data_security_mode: canonicalMode(info.data_security_mode),
    custom_tags: withoutMarks(info.custom_tags ?? {}),
  };
}

/**
 * The Clusters API names a missing cluster 400 INVALID_PARAMETER_VALUE ("does not exist", or "terminated or
 * unpinned more than 30 days ago"); with only a cluster id in the request, that parameter is the id.
 */
function clusterGone(error: unknown): boolean {
  return isMissing(error) || (error instanceof DatabricksApiError && error.status === 400 && error.errorCode === 'INVALID_PARAMETER_VALUE');
}

function desiredView(body: ClusterSpecBody): Record<string, unknown> {
  const { single_user_name: _user, ...rest } = body;
  return rest;
}

function clusterTypeOf(mode: string | undefined, recorded: unknown): string {
  const canonical = canonicalMode(mode);
  if (typeof recorded === 'string' && MODE_BY_TYPE[recorded] === canonical) return recorded;
  if (canonical === 'USER_ISOLATION') return 'shared';
  if (canonical === 'SINGLE_USER') return 'dedicated';
  return canonical ?? 'unknown';
}

function toLive(info: ClusterInfo, ref?: { params: Record<string, unknown> }): LiveResource {
  const view = managedView(info);
  return {
    physicalId: info.cluster_id,
    params: {
      cluster_name: view.cluster_name,
      spark_version: view.spark_version,
      node_type_id: view.node_type_id,
      autoscale: view.autoscale,
      cluster_type: clusterTypeOf(info.data_security_mode, ref?.params.cluster_type),
      custom_tags: view.custom_tags,
    },
    tags: withoutMarks(info.custom_tags ?? {}),
    ...(createdByOf(info.custom_tags) !== undefined ? { createdBy: createdByOf(info.custom_tags)! } : {}),
  };
}

export function createClusterDriver(client: ClientSource): Driver {
  async function get(id: string, ctx: DriverContext): Promise<ClusterInfo | null> {
    try {
      return await client().get<ClusterInfo>(`${API}/get`, withSignal(ctx, { query: { cluster_id: id } }));
    } catch (error) {
      if (clusterGone(error)) return null;
      throw error;
    }
  }

  async function findByName(name: string, ctx: DriverContext): Promise<ClusterInfo[]> {
    const found: ClusterInfo[] = [];
    for await (const c of client().paginate<ClusterInfo>(`${API}/list`, 'clusters', withSignal(ctx, { query: { page_size: 100 } }))) {
      if (c.cluster_name === name) found.push(c);
    }
    return found;
  }

  /** The live cluster a ref points at: by id, else the one cluster with its name. */
  async function locate(ref: ResourceRef, ctx: DriverContext): Promise<ClusterInfo | null> {
    if (ref.physicalId) return get(ref.physicalId, ctx);
    const name = typeof ref.params.cluster_name === 'string' ? ref.params.cluster_name : ref.name;
    const candidates = await findByName(name, ctx);
    // Prefer the cluster this transaction made, then one with dpn's settings.
    const mine = ctx.transaction === undefined ? undefined : candidates.find((c) => createdByOf(c.custom_tags) === ctx.transaction);
    if (mine) return mine;
    let wanted: Record<string, unknown> | undefined;
    try {
      wanted = desiredView(desiredSpec(ref, client()));
    } catch {
      wanted = undefined;
    }
    return candidates.find((c) => wanted !== undefined && deepEqual(managedView(c), wanted)) ?? candidates[0] ?? null;
  }

  return {
    type: 'dbx_cluster',
    looksBeforeCreate: true,

    async read(ref, ctx) {
      const info = await locate(ref, ctx);
      return info ? toLive(info, ref) : null;
    },

    async create(spec: ResourceSpec, ctx) {
      const body = desiredSpec(spec, client());
      const existing = await findByName(body.cluster_name, ctx);
      const same = existing.find((c) => deepEqual(managedView(c), desiredView(body)));
      const found = same ?? existing[0];
      await ctx.beforeCreate?.(found ? toLive(found, spec) : null);
      if (same) return toLive(same, spec);
      if (existing.length > 0) {
        const first = existing[0]!;
        throw conflict(
          `${spec.key}: a cluster named ${JSON.stringify(body.cluster_name)} already exists (${first.cluster_id}) with other settings ` +
            `(${differences(managedView(first), desiredView(body)).join(', ')}); adopt it by updating the blueprint, or rename`,
        );
      }
      const marked = { ...body, custom_tags: withCreatedBy(body.custom_tags, ctx) };
      const created = await client().post<{ cluster_id?: string }>(`${API}/create`, marked, withSignal(ctx));
      if (!created.cluster_id) throw invalid(`${spec.key}: clusters/create answered without a cluster_id`, 'BAD_RESPONSE');
      return toLive({ ...marked, cluster_id: created.cluster_id, state: 'PENDING' }, spec);
    },

    async update(spec, current, ctx) {
      const body = desiredSpec(spec, client());
      const live = await locate(current, ctx);
      if (!live) throw notFound(`${spec.key}: cluster ${current.physicalId ?? current.name} no longer exists`);
      // Editing a running cluster restarts it: never edit when nothing dpn manages changed.
      if (deepEqual(managedView(live), desiredView(body))) return toLive(live, spec);
      const edit: Record<string, unknown> = {};
      for (const key of PRESERVED_ON_EDIT) if (live[key] !== undefined) edit[key] = live[key];
      Object.assign(edit, body, { cluster_id: live.cluster_id, custom_tags: keepCreatedBy(body.custom_tags, live.custom_tags) });
      await client().post(`${API}/edit`, edit, withSignal(ctx));
      return toLive({ ...live, ...edit, cluster_id: live.cluster_id }, spec);
    },

    async archive(ref, ctx) {
      const live = await locate(ref, ctx);
      if (!live) return;
      try {
        await client().post(`${API}/delete`, { cluster_id: live.cluster_id }, withSignal(ctx));
      } catch (error) {
        if (!clusterGone(error)) throw error;
      }
    },

    async unarchive(ref, ctx) {
      const live = await locate(ref, ctx);
      if (!live) throw notFound(`${ref.key}: cluster ${ref.physicalId ?? ref.name} no longer exists`);
      if (live.state === 'TERMINATING') {
        throw new ProviderError(`${ref.key}: cluster ${live.cluster_id} is still terminating; start it once it has stopped`, 'transient', {
          code: 'INVALID_STATE',
        });
      }
      if (live.state !== 'TERMINATED') return;
      try {
        await client().post(`${API}/start`, { cluster_id: live.cluster_id }, withSignal(ctx));
      } catch (error) {
        // Already starting or running: what unarchive wanted.
        if (!(error instanceof DatabricksApiError && error.errorCode === 'INVALID_STATE')) throw error;
      }
    },

    async delete(ref, ctx) {
      const live = await locate(ref, ctx);
      if (!live) return;
      try {
        await client().post(`${API}/permanent-delete`, { cluster_id: live.cluster_id }, withSignal(ctx));
      } catch (error) {
        if (!clusterGone(error)) throw error;
      }
    },
  };
}
