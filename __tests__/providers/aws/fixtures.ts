// Specs and refs for the AWS driver tests, shaped as blueprint expansion and the state give them.
import type { ResourceSpec } from '../../../src/blueprint/types.js';
import type { DriverContext, LiveResource, ResourceRef } from '../../../src/providers/driver.js';
import type { ResourceType } from '../../../src/naming/types.js';

export const ctx: DriverContext = { resolve: () => undefined };

export const TAGS = {
  Environment: 'dev',
  Project: 'dataplatform',
  ManagedBy: 'dpn',
  Team: 'data-platform',
  CostCenter: 'CC-12345',
};

export function spec(
  type: ResourceType,
  name: string,
  params: Record<string, unknown>,
  overrides: Partial<ResourceSpec> = {},
): ResourceSpec {
  return {
    key: `${type}:dataplatform/dev/${name}`,
    type,
    name,
    fullName: name,
    blueprint: 'blueprints/test.yaml',
    location: { file: 'blueprints/test.yaml', line: 1, column: 1 },
    dependsOn: [],
    params,
    tags: { ...TAGS },
    deletionPolicy: 'archive',
    ...overrides,
  };
}

/** What the state would record after `spec` was applied and answered `live`. */
export function refOf(s: ResourceSpec, live?: LiveResource): ResourceRef {
  const ref: ResourceRef = { key: s.key, type: s.type, name: s.name, fullName: s.fullName, params: s.params, tags: s.tags };
  if (live?.physicalId !== undefined) ref.physicalId = live.physicalId;
  return ref;
}
