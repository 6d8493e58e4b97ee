// Which resource types dpn provisions, and their drivers built from the
// environment. Each provider's module (and its SDK) is imported on the first
// call of one of its drivers, so `dpn plan` and a no-op reconcile never load one.
import type { ResourceType } from '../naming/types.js';
import { ProviderError, type Driver, type DriverCapabilities, type DriverContext, type DriverRegistry, type ResourceRef } from './driver.js';
import type { ResourceSpec } from '../blueprint/types.js';
import type { Plan } from '../plan/types.js';

export const AWS_TYPES = ['aws_s3_bucket', 'aws_glue_database', 'aws_glue_table'] as const;
export const DATABRICKS_TYPES = ['dbx_cluster', 'dbx_job', 'dbx_catalog', 'dbx_schema', 'dbx_table'] as const;
export type ProvisionedType = (typeof AWS_TYPES)[number] | (typeof DATABRICKS_TYPES)[number];

/**
 * What each driver declares (Driver's capability flags), known here without
 * loading its module so the lazy drivers can carry them from the start. A test
 * compares this table with the real drivers.
 */
export const DRIVER_CAPABILITIES: Record<ProvisionedType, Required<DriverCapabilities>> = {
  aws_s3_bucket: { looksBeforeCreate: true },
  aws_glue_database: { looksBeforeCreate: true },
  aws_glue_table: { looksBeforeCreate: true },
  dbx_cluster: { looksBeforeCreate: true },
  dbx_job: { looksBeforeCreate: true },
  dbx_catalog: { looksBeforeCreate: false },
  dbx_schema: { looksBeforeCreate: false },
  dbx_table: { looksBeforeCreate: true },
};

/** Types dpn can create, update, archive and delete; the other types are named only. */
export const PROVISIONED_TYPES: readonly ResourceType[] = [...AWS_TYPES, ...DATABRICKS_TYPES];

export function isProvisioned(type: ResourceType): boolean {
  return PROVISIONED_TYPES.includes(type);
}

export interface DriverOptions {
  /** `dpn delete --force`: empty a bucket / drop a database that still holds tables. */
  forceDelete?: boolean;
}

/** `DPN_REQUEST_TIMEOUT_MS`: how long one provider call may hang before it counts as a (retryable) timeout. */
function requestTimeoutOf(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.DPN_REQUEST_TIMEOUT_MS;
  if (raw === undefined || raw.trim() === '') return undefined;
  const ms = Number(raw);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

type Loaded = Partial<Record<ResourceType, Driver>> & { close?: () => void };

const closers = new WeakMap<DriverRegistry, () => void>();
/** The environment each registry of createDrivers() was built from, for configurationProblems(). */
const environments = new WeakMap<DriverRegistry, NodeJS.ProcessEnv>();

/** Marks a driver that does not support `unarchive`: the engine treats it as "cannot undo". */
export const UNSUPPORTED = 'UNSUPPORTED';

function lazyDriver(type: ProvisionedType, load: () => Promise<Loaded>): Driver {
  const real = async (): Promise<Driver> => {
    const driver = (await load())[type];
    if (!driver) throw new ProviderError(`no driver for ${type}`, 'invalid', { code: UNSUPPORTED });
    return driver;
  };
  return {
    type,
    ...DRIVER_CAPABILITIES[type],
    read: async (ref: ResourceRef, ctx: DriverContext) => (await real()).read(ref, ctx),
    create: async (spec: ResourceSpec, ctx: DriverContext) => (await real()).create(spec, ctx),
    update: async (spec: ResourceSpec, current: ResourceRef, ctx: DriverContext) => (await real()).update(spec, current, ctx),
    delete: async (ref: ResourceRef, ctx: DriverContext) => (await real()).delete(ref, ctx),
    archive: async (ref: ResourceRef, ctx: DriverContext) => (await real()).archive(ref, ctx),
    unarchive: async (ref: ResourceRef, ctx: DriverContext) => {
      const driver = await real();
      if (!driver.unarchive) throw new ProviderError(`${type} cannot be unarchived by dpn`, 'invalid', { code: UNSUPPORTED });
      return driver.unarchive(ref, ctx);
    },
  };
}

/**
 * Drivers for every provisioned type, configured from `env` (AWS default
 * credential chain and AWS_ENDPOINT_URL*, DATABRICKS_*). Building them reads no
 * credential and loads no SDK.
 */
export function createDrivers(env: NodeJS.ProcessEnv = process.env, options: DriverOptions = {}): DriverRegistry {
  let aws: Promise<Loaded> | undefined;
  let databricks: Promise<Loaded> | undefined;
  const timeout = requestTimeoutOf(env);
  const loadAws = () =>
    (aws ??= import('./aws/index.js').then((m) =>
      m.createAwsDrivers({
        env,
        ...(options.forceDelete !== undefined ? { forceDelete: options.forceDelete } : {}),
        ...(timeout !== undefined ? { requestTimeoutMs: timeout } : {}),
      }),
    ));
  const loadDatabricks = () =>
    (databricks ??= import('./databricks/index.js').then(
      (m) => m.createDatabricksDrivers({ env, ...(timeout !== undefined ? { client: { timeoutMs: timeout } } : {}) }) as Loaded,
    ));
  const registry: DriverRegistry = {};
  for (const type of AWS_TYPES) registry[type] = lazyDriver(type, loadAws);
  for (const type of DATABRICKS_TYPES) registry[type] = lazyDriver(type, loadDatabricks);
  environments.set(registry, env);
  closers.set(registry, () => {
    void aws?.then((d) => d.close?.(), () => {});
    void databricks?.then((d) => d.close?.(), () => {});
  });
  return registry;
}

/** Releases sockets the drivers opened (so a CLI process can exit promptly). */
export function closeDrivers(registry: DriverRegistry): void {
  closers.get(registry)?.();
}

/** Whether `registry` came from createDrivers() (so its configuration is the environment's). */
export function isBuiltFromEnvironment(registry: DriverRegistry): boolean {
  return environments.has(registry);
}

/**
 * What is missing from the environment of drivers built by createDrivers() to
 * apply the plan's writes, as
 * sentences a user can act on (empty when nothing is). Checked before a
 * transaction starts, so a missing DATABRICKS_HOST stops the run before the
 * first side effect instead of rolling back what AWS already did. AWS
 * credentials are not checked: the SDK's chain has sources (instance roles,
 * SSO) that only a call can tell.
 */
export async function configurationProblems(plan: Plan, drivers: DriverRegistry): Promise<string[]> {
  // Drivers built some other way (tests, embedders) carry their own configuration.
  const env = environments.get(drivers);
  if (!env) return [];
  const databricks = plan.operations.filter(
    (op) =>
      op.action !== 'noop' && op.action !== 'retain' && !op.stateOnly && (DATABRICKS_TYPES as readonly string[]).includes(op.type),
  );
  if (databricks.length === 0) return [];
  const { normaliseHost, resolveAuth } = await import('./databricks/auth.js');
  const problems: string[] = [];
  const first = databricks[0]!;
  const needed = `needed for ${first.type} ${first.name}${databricks.length > 1 ? ` and ${databricks.length - 1} more Databricks resource(s)` : ''}`;
  for (const check of [() => normaliseHost(env.DATABRICKS_HOST), () => resolveAuth(env)]) {
    try {
      check();
    } catch (error) {
      problems.push(`${(error as Error).message} (${needed})`);
    }
  }
  const tables = databricks.filter((w) => w.type === 'dbx_table');
  if (tables.length > 0 && !env.DATABRICKS_WAREHOUSE_ID?.trim()) {
    const more = tables.length > 1 ? ` and ${tables.length - 1} more` : '';
    problems.push(
      `DATABRICKS_WAREHOUSE_ID is not set: Unity Catalog tables are created through a SQL warehouse (needed for dbx_table ${tables[0]!.name}${more})`,
    );
  }
  return problems;
}
