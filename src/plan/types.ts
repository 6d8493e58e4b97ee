// A plan is a value: what would change, and in which order. Printable, savable,
// and the only input the engine needs besides drivers and state.
import type { ResourceType } from '../naming/types.js';
import type { ResourceSpec } from '../blueprint/types.js';
import type { StateResource } from '../state/types.js';

export type Action = 'create' | 'update' | 'replace' | 'archive' | 'delete' | 'retain' | 'noop';

export interface FieldChange {
  /** Dotted path of the field, e.g. `name`, `params.versioning`, `tags.Team`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface Operation {
  /** Same as the resource key: one operation per resource. */
  key: string;
  action: Action;
  type: ResourceType;
  name: string;
  fullName: string;
  blueprint: string;
  /** What the blueprints ask for (absent for archive / delete / retain). */
  desired?: ResourceSpec;
  /** What the state holds (absent for create). */
  current?: StateResource;
  changes: FieldChange[];
  /** Keys of operations that must finish first (the DAG). */
  dependsOn: string[];
}

export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  archive: number;
  delete: number;
  retain: number;
  noop: number;
}

export interface Plan {
  operations: Operation[];
  summary: PlanSummary;
}
