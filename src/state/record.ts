// How an applied resource becomes a state record, and the state after a plan's
// operations: the rules the engine follows when it writes state, kept pure here.
import type { ResourceSpec } from '../blueprint/types.js';
import { normalizeBlueprintPath } from './path.js';
import type { StateResource } from './types.js';

export interface Applied {
  /** UTC ISO-8601 time the operation finished (the caller owns the clock). */
  appliedAt: string;
  transaction: string;
  /** From the driver's LiveResource; absent where the name is the id. */
  physicalId?: string;
}

/** The record of a resource just created or updated from `spec`. */
export function recordFromSpec(spec: ResourceSpec, applied: Applied): StateResource {
  const record: StateResource = {
    key: spec.key,
    type: spec.type,
    name: spec.name,
    fullName: spec.fullName,
    blueprint: normalizeBlueprintPath(spec.blueprint),
    params: structuredClone(spec.params),
    tags: { ...spec.tags },
    deletionPolicy: spec.deletionPolicy,
    appliedAt: applied.appliedAt,
    transaction: applied.transaction,
  };
  if (applied.physicalId !== undefined) record.physicalId = applied.physicalId;
  const deps = [...new Set(spec.dependsOn)].sort();
  if (deps.length > 0) record.dependsOn = deps;
  return record;
}

/** The record of a resource just archived: the same record, marked archived, stamped by the transaction. */
export function archivedRecord(current: StateResource, applied: Omit<Applied, 'physicalId'>): StateResource {
  return { ...current, archived: true, appliedAt: applied.appliedAt, transaction: applied.transaction };
}
