// What a plan names but leaves alone: Azure and Google Cloud resources, which
// dpn names and checks but does not provision. Faces print one line for them
// instead of one per resource.
import { CLOUD_LABELS, cloudOf, type Cloud } from '../naming/clouds.js';
import type { Operation, Plan } from './types.js';

export interface NamedOnly {
  /** The plan's operations with `provisioned: false`, in plan order. */
  operations: Operation[];
  /** How many per cloud ("Azure", "Google Cloud"), only clouds that have any. */
  byCloud: Partial<Record<Cloud, number>>;
}

export function namedOnlyResources(plan: Pick<Plan, 'operations'>): NamedOnly {
  const operations = plan.operations.filter((op) => op.provisioned === false);
  const byCloud: Partial<Record<Cloud, number>> = {};
  for (const op of operations) {
    const cloud = cloudOf(op.type);
    byCloud[cloud] = (byCloud[cloud] ?? 0) + 1;
  }
  return { operations, byCloud };
}

/**
 * `dpn leaves 13 Azure/Google Cloud resources alone (named, not provisioned)`,
 * naming only the clouds present; undefined when the plan has none.
 */
export function namedOnlyLine(plan: Pick<Plan, 'operations'>): string | undefined {
  const { operations, byCloud } = namedOnlyResources(plan);
  if (operations.length === 0) return undefined;
  const clouds = (Object.keys(byCloud) as Cloud[]).sort().map((cloud) => CLOUD_LABELS[cloud]).join('/');
  return `dpn leaves ${operations.length} ${clouds} resource${operations.length === 1 ? '' : 's'} alone (named, not provisioned)`;
}
