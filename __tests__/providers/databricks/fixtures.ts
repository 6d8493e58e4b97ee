// Shared setup for the Databricks driver tests: specs, refs and a driver context over a fake state.
import type { ResourceSpec } from '../../../src/blueprint/types.js';
import type { ResourceType } from '../../../src/naming/types.js';
import type { DriverContext, LiveResource, ResourceRef } from '../../../src/providers/driver.js';
import type { StateResource } from '../../../src/state/types.js';
import { createDatabricksDrivers } from '../../../src/providers/databricks/index.js';
import type { DatabricksServer } from '../../support/databricks-server.js';

export function spec(type: ResourceType, name: string, params: Record<string, unknown>, key = `${type}:test/${name}`): ResourceSpec {
  return {
    key,
    type,
    name,
    fullName: name,
    blueprint: 'blueprints/test.yaml',
    location: { file: 'blueprints/test.yaml', line: 1, column: 1 },
    dependsOn: [],
    params,
    tags: {},
    deletionPolicy: 'archive',
  };
}

/** What the state would record after `live` was applied for `s`. */
export function ref(s: ResourceSpec, live?: LiveResource): ResourceRef {
  return {
    key: s.key,
    type: s.type,
    name: s.name,
    fullName: s.fullName,
    params: s.params,
    tags: s.tags,
    ...(live?.physicalId ? { physicalId: live.physicalId } : {}),
  };
}

/** A context whose state holds the given resources (key → physical id). */
export function context(applied: Record<string, string> = {}): DriverContext {
  return {
    resolve(key) {
      const physicalId = applied[key];
      if (physicalId === undefined) return undefined;
      const resource: StateResource = {
        key,
        type: 'dbx_cluster',
        name: key,
        fullName: key,
        blueprint: 'blueprints/test.yaml',
        physicalId,
        params: {},
        tags: {},
        deletionPolicy: 'archive',
        appliedAt: '2026-01-01T00:00:00Z',
        transaction: 'tx-test',
      };
      return resource;
    },
  };
}

/** Drivers against the local server with PAT auth and instant, recorded sleeps. */
export function drivers(dbx: DatabricksServer, env: Record<string, string> = dbx.env) {
  const sleeps: number[] = [];
  const all = createDatabricksDrivers({
    env,
    client: {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
  });
  return { ...all, sleeps };
}
