// Turns a plan into the steps the engine runs, and says how each step is done
// and undone through a driver. Shared by the executor and recovery, so a
// transaction is undone the same way whether it failed live or after a crash.
import type { Operation, Plan } from '../plan/types.js';
import { executionSteps, RETIRE_SUFFIX } from '../plan/steps.js';
import { archivedRecord, recordFromSpec } from '../state/record.js';
import type { ResourceSpec } from '../blueprint/types.js';
import type { State, StateResource } from '../state/types.js';
import type { Driver, DriverContext, DriverRegistry, LiveResource, ResourceRef } from '../providers/driver.js';
import { ProviderError } from '../providers/driver.js';
import { UserError } from '../errors.js';
import type { LeftOver, Step, WalError } from './wal.js';

export interface StepNode {
  /** Unique within the transaction: the key, or `<key>#retire` for the second half of a replace. */
  id: string;
  key: string;
  step: Step;
  op: Operation;
  /** Ids of steps that must be done first. */
  deps: string[];
}

function forwardStep(action: Operation['action']): Step | undefined {
  switch (action) {
    case 'create':
    case 'update':
    case 'archive':
    case 'delete':
      return action;
    case 'replace':
      return 'replace_create';
    case 'retain':
      return 'forget';
    case 'noop':
      return undefined;
  }
}

/**
 * The steps of a plan, following its DAG (src/plan executionSteps): apply-phase
 * steps wait for what they list; every retire-phase step (archive, delete,
 * forget, and the old half of a replace) also waits for every apply-phase step,
 * as the plan contract says, so nothing still pointing at an old resource loses
 * it mid-transaction.
 */
export function buildSteps(plan: Plan): StepNode[] {
  const byKey = new Map(plan.operations.map((op) => [op.key, op]));
  const steps = executionSteps(plan);
  const applyIds = steps.filter((s) => s.phase === 'apply').map((s) => s.id);
  const nodes: StepNode[] = [];
  for (const s of steps) {
    const op = byKey.get(s.key);
    if (!op) throw new Error(`plan step ${s.id} has no operation`);
    const step = s.id.endsWith(RETIRE_SUFFIX) ? 'replace_retire' : forwardStep(op.action);
    if (!step) continue;
    nodes.push({ id: s.id, key: s.key, step, op, deps: s.phase === 'retire' ? [...applyIds, ...s.dependsOn] : [...s.dependsOn] });
  }
  assertAcyclic(nodes);
  return nodes;
}

function assertAcyclic(nodes: StepNode[]): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const mark = new Map<string, 1 | 2>();
  const visit = (id: string, path: string[]): void => {
    const m = mark.get(id);
    if (m === 2) return;
    if (m === 1) throw new Error(`plan has a dependency cycle: ${[...path, id].join(' → ')}`);
    mark.set(id, 1);
    for (const d of byId.get(id)?.deps ?? []) visit(d, [...path, id]);
    mark.set(id, 2);
  };
  for (const n of nodes) visit(n.id, []);
}

/** Fails before anything starts when an operation's type has no driver (the name-only types). */
export function assertDrivers(plan: Plan, drivers: DriverRegistry): void {
  const missing = new Set<string>();
  for (const op of plan.operations) {
    if (op.action === 'noop' || op.action === 'retain') continue;
    if (!drivers[op.type]) missing.add(op.type);
  }
  if (missing.size > 0) {
    const list = [...missing].sort().join(', ');
    throw new UserError(
      `dpn can name but not provision ${list}: no driver for ${missing.size === 1 ? 'this type' : 'these types'}`,
      'NO_DRIVER',
      'remove these resources from the blueprints you apply, or narrow them with a blueprint `scope`',
    );
  }
}

export function refOf(resource: StateResource | ResourceSpec, physicalId?: string): ResourceRef {
  const id = physicalId ?? ('physicalId' in resource ? resource.physicalId : undefined);
  return {
    key: resource.key,
    type: resource.type,
    name: resource.name,
    fullName: resource.fullName,
    params: resource.params,
    tags: resource.tags,
    ...(id !== undefined ? { physicalId: id } : {}),
  };
}

/** A state entry as a spec, to recreate or restore it during undo. */
export function specOf(resource: StateResource): ResourceSpec {
  return {
    key: resource.key,
    type: resource.type,
    name: resource.name,
    fullName: resource.fullName,
    blueprint: resource.blueprint,
    location: { file: resource.blueprint, line: 1, column: 1 },
    dependsOn: resource.dependsOn ?? [],
    params: resource.params,
    tags: resource.tags,
    deletionPolicy: resource.deletionPolicy,
  };
}

export function appliedOf(spec: ResourceSpec, live: LiveResource, tx: string, at: string): StateResource {
  return recordFromSpec(spec, { appliedAt: at, transaction: tx, ...(live.physicalId !== undefined ? { physicalId: live.physicalId } : {}) });
}

export function driverFor(drivers: DriverRegistry, node: StepNode): Driver {
  const driver = drivers[node.op.type];
  if (!driver) throw new UserError(`no driver for ${node.op.type}`, 'NO_DRIVER');
  return driver;
}

function desiredOf(node: StepNode): ResourceSpec {
  if (!node.op.desired) throw new Error(`plan operation ${node.key} (${node.op.action}) has no desired spec`);
  return node.op.desired;
}

function currentOf(node: StepNode, before: StateResource | null): StateResource {
  const current = before ?? node.op.current;
  if (!current) throw new Error(`plan operation ${node.key} (${node.op.action}) has no current state`);
  return current;
}

/** The image the state holds for a key before a step, taken from the state the transaction started from. */
export function beforeOf(node: StepNode, state: State): StateResource | null {
  if (node.step === 'replace_retire') return node.op.current ?? state.resources.get(node.key) ?? null;
  return state.resources.get(node.key) ?? node.op.current ?? null;
}

export interface StepResult {
  after: StateResource | null;
  physicalId?: string;
}

/** Runs one step through its driver. `call` wraps each provider call (retries). */
export async function runStep(
  node: StepNode,
  before: StateResource | null,
  drivers: DriverRegistry,
  ctx: DriverContext,
  tx: string,
  at: string,
  call: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<StepResult> {
  if (node.step === 'forget') return { after: null };
  const driver = driverFor(drivers, node);
  switch (node.step) {
    case 'create':
    case 'replace_create': {
      const spec = desiredOf(node);
      const live = await call(() => driver.create(spec, ctx));
      return withId(appliedOf(spec, live, tx, at));
    }
    case 'update': {
      const spec = desiredOf(node);
      const current = currentOf(node, before);
      if (node.op.stateOnly) {
        return withId(appliedOf(spec, current.physicalId !== undefined ? { physicalId: current.physicalId, params: {}, tags: {} } : { params: {}, tags: {} }, tx, at));
      }
      // An archived resource asked for again is brought back, then updated.
      if (current.archived && driver.unarchive) {
        await call(() => driver.unarchive!(refOf(current), ctx)).catch((error: unknown) => {
          // A driver without unarchive: its update brings the resource back (tags, schedule…).
          if (!isUnsupported(error)) throw error;
        });
      }
      const live = await call(() => driver.update(spec, refOf(current), ctx));
      const physicalId = live.physicalId ?? current.physicalId;
      return withId(appliedOf(spec, physicalId !== undefined ? { ...live, physicalId } : live, tx, at));
    }
    case 'archive': {
      const current = currentOf(node, before);
      await call(() => driver.archive(refOf(current), ctx));
      return withId(archivedRecord(current, { appliedAt: at, transaction: tx }));
    }
    case 'delete': {
      const current = currentOf(node, before);
      await call(() => driver.delete(refOf(current), ctx));
      return { after: null };
    }
    case 'replace_retire': {
      const current = currentOf(node, before);
      if (current.deletionPolicy === 'delete') await call(() => driver.delete(refOf(current), ctx));
      else if (current.deletionPolicy === 'archive') await call(() => driver.archive(refOf(current), ctx));
      // The key now names the new resource, which the create half recorded (see applyStep).
      return { after: null };
    }
  }
}

/** Puts a done step's effect into a state map. Retiring a replaced resource changes no entry. */
export function applyStep(resources: Map<string, StateResource>, key: string, step: Step, after: StateResource | null): void {
  if (step === 'replace_retire') return;
  if (after) resources.set(key, after);
  else resources.delete(key);
}

function withId(after: StateResource): StepResult {
  return after.physicalId !== undefined ? { after, physicalId: after.physicalId } : { after };
}

/** A failure that certainly changed nothing on the platform (so there is nothing to clean up). */
export function changedNothing(error: WalError | undefined): boolean {
  return error?.kind === 'conflict' || error?.kind === 'invalid' || error?.kind === 'permission' || error?.kind === 'not_found';
}

/** What happened to a step, as far as the caller knows. */
export type Outcome = 'done' | 'failed' | 'unknown';

export interface UndoTask {
  node: StepNode;
  outcome: Outcome;
  before: StateResource | null;
  after: StateResource | null;
  error?: WalError;
  /** Create steps: what existed under the name before the create (see IntentRecord.existing). */
  existing?: LiveResource | null;
}

export function isCreate(node: StepNode): boolean {
  return node.step === 'create' || node.step === 'replace_create';
}

/**
 * Whether a create step adopted a resource that existed before this
 * transaction. A resource found under the name that bears this transaction's
 * own creation marker was made by it (a create retried or resumed after a crash).
 */
export function adopted(task: Pick<UndoTask, 'node' | 'existing'>, tx?: string): boolean {
  return isCreate(task.node) && task.existing != null && (tx === undefined || task.existing.createdBy !== tx);
}

/** A create whose driver reports what it found under the name itself (Driver.looksBeforeCreate). */
export function driverLooks(node: StepNode, drivers: DriverRegistry): boolean {
  return isCreate(node) && drivers[node.op.type]?.looksBeforeCreate === true;
}

/** Create steps: the live resource under the desired name before the call, read through `call`. */
export async function readExisting(
  node: StepNode,
  drivers: DriverRegistry,
  ctx: DriverContext,
  call: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<LiveResource | null | undefined> {
  if (!isCreate(node)) return undefined;
  const spec = desiredOf(node);
  const driver = driverFor(drivers, node);
  return call(() => driver.read(refOf(spec), ctx));
}

/**
 * `kept`: a live resource under a planned name that neither the WAL nor a
 * creation marker of this transaction says it made; it is left in place.
 */
export type UndoResult =
  | { kind: 'undone'; physicalId?: string }
  | { kind: 'nothing' }
  | { kind: 'kept'; what: string }
  | { kind: 'left'; left: LeftOver };

/** What undoing a step will do, in words, for the WAL and the progress display. */
export function undoDescription(task: UndoTask): string {
  const n = task.node;
  switch (n.step) {
    case 'create':
    case 'replace_create':
      return adopted(task)
        ? `leave ${n.op.type} ${n.op.desired?.fullName ?? n.op.fullName} in place: it existed before this transaction`
        : `delete ${n.op.type} ${n.op.fullName}`;
    case 'update':
      return `restore ${n.op.fullName} to its previous settings`;
    case 'archive':
      return `unarchive ${n.op.fullName}`;
    case 'delete':
      return `recreate ${n.op.fullName} from its previous settings`;
    case 'replace_retire':
      return `bring back ${task.before?.fullName ?? n.op.fullName}`;
    case 'forget':
      return 'nothing';
  }
}

/** Whether a step needs undoing at all (a failure that changed nothing does not). */
export function needsUndo(task: UndoTask): boolean {
  if (task.node.step === 'forget') return false;
  if (task.node.step === 'update' && task.node.op.stateOnly) return false;
  if (task.node.step === 'replace_retire' && task.before?.deletionPolicy === 'retain') return false;
  return !(task.outcome === 'failed' && changedNothing(task.error));
}

/**
 * Undoes one step. Idempotent: when the outcome is not known for sure, the
 * live resource is read first, so undoing twice (a recovery after a crashed
 * recovery) is safe.
 */
export async function undoStep(
  task: UndoTask,
  drivers: DriverRegistry,
  ctx: DriverContext,
  call: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<UndoResult> {
  const { node } = task;
  if (!needsUndo(task)) return { kind: 'nothing' };
  const driver = driverFor(drivers, node);
  const sure = task.outcome === 'done';
  const undoDelete = async (old: StateResource): Promise<UndoResult> => {
    const live = await call(() => driver.read(refOf(old), ctx));
    if (live) return { kind: 'nothing' };
    const made = await call(() => driver.create(specOf(old), ctx));
    return made.physicalId !== undefined && made.physicalId !== old.physicalId
      ? { kind: 'undone', physicalId: made.physicalId }
      : { kind: 'undone' };
  };
  const undoArchive = async (old: StateResource): Promise<UndoResult> => {
    if (driver.unarchive) {
      try {
        await call(() => driver.unarchive!(refOf(old), ctx));
        return { kind: 'undone' };
      } catch (error) {
        if (!isUnsupported(error)) throw error;
      }
    }
    if (!sure) {
      const live = await call(() => driver.read(refOf(old), ctx));
      if (!live?.archived) return { kind: 'nothing' };
    }
    return {
      kind: 'left',
      left: { key: node.key, step: node.step, what: `${old.type} ${old.fullName} stays archived: its driver cannot unarchive` },
    };
  };
  switch (node.step) {
    case 'create':
    case 'replace_create': {
      // Adopted, not made: deleting it would destroy what someone else created
      // (a table definition, a job…). The adopting create changed nothing that matters.
      if (adopted(task, ctx.transaction)) return { kind: 'nothing' };
      const spec = desiredOf(node);
      let ref = task.after ? refOf(task.after) : refOf(spec);
      // No record of whether the name was free (the intent was rebuilt from a
      // WAL that ends at `begin`): only this transaction's marker proves it made it.
      const unknownOrigin = task.existing === undefined;
      if (!sure || !task.after || unknownOrigin) {
        const live = await call(() => driver.read(ref, ctx));
        if (!live) return { kind: 'nothing' };
        if (unknownOrigin && (ctx.transaction === undefined || live.createdBy !== ctx.transaction)) {
          return { kind: 'kept', what: `${node.op.type} ${spec.fullName} existed before this transaction: left in place` };
        }
        ref = refOf(spec, live.physicalId);
      }
      await call(() => driver.delete(ref, ctx));
      return { kind: 'undone' };
    }
    case 'update': {
      const old = currentOf(node, task.before);
      if (node.op.stateOnly) return { kind: 'nothing' };
      await call(() => driver.update(specOf(old), refOf(task.after ?? old), ctx));
      if (old.archived) await call(() => driver.archive(refOf(old), ctx));
      return { kind: 'undone' };
    }
    case 'archive':
      return undoArchive(currentOf(node, task.before));
    case 'delete':
      return undoDelete(currentOf(node, task.before));
    case 'replace_retire': {
      const old = currentOf(node, task.before);
      return old.deletionPolicy === 'delete' ? undoDelete(old) : undoArchive(old);
    }
    case 'forget':
      return { kind: 'nothing' };
  }
}

/** What a step left when it could not be undone, in words. */
export function leftOf(task: UndoTask, error: WalError): LeftOver {
  const n = task.node;
  // A step that failed (a connection refused, a timeout) may never have reached the platform: say so.
  const sure = task.outcome === 'done';
  const what = (() => {
    switch (n.step) {
      case 'create':
      case 'replace_create':
        return sure
          ? `${n.op.type} ${n.op.desired?.fullName ?? n.op.fullName} was created and still exists`
          : `${n.op.type} ${n.op.desired?.fullName ?? n.op.fullName} may have been created (the create failed with an unknown outcome) and could not be checked`;
      case 'update':
        return sure
          ? `${n.op.type} ${n.op.fullName} keeps the new settings; the state still holds the old ones`
          : `${n.op.type} ${n.op.fullName} may have the new settings (the update failed with an unknown outcome) and could not be restored; the state still holds the old ones`;
      case 'archive':
        return `${n.op.type} ${n.op.fullName} stays archived`;
      case 'delete':
        return `${n.op.type} ${n.op.fullName} was deleted; the state still lists it`;
      case 'replace_retire':
        return `${n.op.type} ${task.before?.fullName ?? n.op.fullName} was retired`;
      case 'forget':
        return 'nothing';
    }
  })();
  return { key: n.key, step: n.step, what, error };
}

function isUnsupported(error: unknown): boolean {
  return error instanceof ProviderError && error.details.code === 'UNSUPPORTED';
}
