// The recorded state: what dpn applied, per resource key.
import type { ResourceType } from '../naming/types.js';
import type { DeletionPolicy } from '../blueprint/types.js';

export interface StateResource {
  key: string;
  type: ResourceType;
  name: string;
  fullName: string;
  blueprint: string;
  /** Platform id: cluster id, job id, ARN… (absent where the name is the id). */
  physicalId?: string;
  params: Record<string, unknown>;
  tags: Record<string, string>;
  deletionPolicy: DeletionPolicy;
  /** Set once the resource was archived (removed from blueprints, kept on the platform). */
  archived?: boolean;
  appliedAt: string;
  transaction: string;
  /** Keys this resource depended on when applied: orders deletions (children first) once it leaves the blueprints. */
  dependsOn?: string[];
}

export interface State {
  resources: Map<string, StateResource>;
}
