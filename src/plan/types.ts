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
  /**
   * Keys of operations that must finish first (the DAG), within the operation's
   * phase (see `phaseOf`): a create / update / replace lists the apply-phase
   * operations of its `desired.dependsOn`; an archive / delete / retain lists the
   * retire-phase operations of the resources that depend on it (reverse order:
   * a database's delete waits for its tables'). Every retire-phase operation
   * starts only after every apply-phase operation has finished, so edges across
   * the phases are not listed. Dependencies that are noops are not listed either.
   */
  dependsOn: string[];
  /**
   * Replace only: the old resource (`current`) is retired per
   * `current.deletionPolicy` in the retire phase, after these retire-phase
   * operations (keys) have finished. Absent means none.
   */
  retireDependsOn?: string[];
  /** Update only: set when nothing changes on the platform (only the blueprint file or the deletion policy), so the driver need not be called; the state must still be rewritten. */
  stateOnly?: boolean;
  /** Set when the resource moved from another blueprint file (its state record moves files). */
  movedFrom?: string;
  /**
   * false for a resource dpn names but does not provision (Azure, Google
   * Cloud): always a noop with its desired spec, never in the state, never a
   * step of the engine. Absent for everything dpn provisions.
   */
  provisioned?: false;
}

/** Apply: create / update / replace / noop. Retire: archive / delete / retain, after every apply. */
export type Phase = 'apply' | 'retire';

export function phaseOf(action: Action): Phase {
  return action === 'archive' || action === 'delete' || action === 'retain' ? 'retire' : 'apply';
}

export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  archive: number;
  delete: number;
  retain: number;
  noop: number;
  /** Of the noops, the resources dpn names but does not provision (Azure, Google Cloud); absent when none. */
  named?: number;
}

export interface Plan {
  /** Topological order, ties by key: apply-phase changes, then retire-phase changes, then noops. */
  operations: Operation[];
  summary: PlanSummary;
  /** Things a reviewer must see that are not errors (e.g. a delete that takes retained children with it). */
  warnings?: PlanWarning[];
}

export interface PlanWarning {
  code: string;
  key: string;
  message: string;
}
