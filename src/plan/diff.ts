// diff(desired, state) → Plan: one operation per resource key, field-level
// changes, and the dependency DAG the engine executes. Pure: no clock, no I/O;
// the same inputs give the same plan, byte for byte once serialised.
//
// Actions:
// - create: the key is not in the state.
// - update: params, tags, deletion policy or blueprint file differ; also a key
//   whose state record is archived and that the blueprints ask for again (the
//   update unarchives it: change `archived: true → false`), so the live,
//   archived resource is reused rather than created twice. And a resource that
//   depends on a replaced one (change `dependsOn["<key>"]`), so it is pointed
//   at the new one.
// - replace: the name or full name changed (a naming-config change, a renamed
//   parent). Platforms cannot rename these in place: the engine creates the
//   resource under the new name in the apply phase, then retires the old one
//   per the old record's deletion policy in the retire phase. The state then
//   holds only the new resource under the key.
// - archive / delete / retain: the key is in the state but no blueprint asks for
//   it; the record's deletion policy decides (default `archive`). Retain only
//   forgets the resource. An already archived record is a noop.
// - noop: nothing differs.
import type { DeletionPolicy, ResourceSpec } from '../blueprint/types.js';
import { UserError } from '../errors.js';
import { isNamedOnly } from '../naming/clouds.js';
import { normalizeBlueprintPath } from '../state/path.js';
import type { State, StateResource } from '../state/types.js';
import { childPath, collectChanges } from './fields.js';
import { summarize } from './summary.js';
import { phaseOf, type Action, type FieldChange, type Operation, type Plan, type PlanWarning } from './types.js';

export interface DiffOptions {
  /** Policy for a state record that has none (records written by dpn always have one). Default `archive`. */
  defaultDeletionPolicy?: DeletionPolicy;
  /**
   * When given, only state records of these blueprint files can be removed
   * (archive / delete / retain); records of other files are left out of the plan.
   * Resources the blueprints ask for are matched against the whole state.
   */
  blueprints?: string[];
  /** False: never remove anything (`dpn create`: create and update only). Default true. */
  prune?: boolean;
  /**
   * Overrides the recorded policy of every removal (`--deletion-policy`).
   * Already archived records stay noops; a replace retires its old half per the
   * recorded policy, which the user saw when the resource was applied.
   */
  deletionPolicy?: DeletionPolicy;
}

/** Changes that only rewrite the state: the driver need not be called. */
const STATE_ONLY_PATHS = new Set(['blueprint', 'deletionPolicy']);

export function diff(desired: ResourceSpec[], state: State, options: DiffOptions = {}): Plan {
  const defaultPolicy = options.defaultDeletionPolicy ?? 'archive';
  const ops = new Map<string, Operation>();
  const specs = new Map<string, ResourceSpec>();

  for (const spec of desired) {
    const twin = specs.get(spec.key);
    if (twin) {
      throw new UserError(
        `resource ${spec.key} is declared twice: ${where(twin)} and ${where(spec)}`,
        'PLAN_DUPLICATE_KEY',
        'a resource key must be unique across all blueprints',
      );
    }
    specs.set(spec.key, spec);
    if (isNamedOnly(spec.type)) {
      ops.set(spec.key, namedOnly(spec));
      continue;
    }
    const current = state.resources.get(spec.key);
    ops.set(spec.key, current ? compare(spec, current) : created(spec));
  }

  if (options.prune !== false) {
    const scope = options.blueprints ? new Set(options.blueprints.map(normalizeBlueprintPath)) : undefined;
    for (const current of state.resources.values()) {
      if (specs.has(current.key)) continue;
      if (scope && !scope.has(normalizeBlueprintPath(current.blueprint))) continue;
      const policy = options.deletionPolicy ?? current.deletionPolicy ?? defaultPolicy;
      ops.set(current.key, removed(current, current.archived ? 'noop' : policy));
    }
  }

  followReplacedDependencies(ops);
  linkApplyPhase(ops);
  linkRetirePhase(ops, state);
  const operations = order(ops);
  const plan: Plan = { operations, summary: summarize(operations) };
  const warnings = warn(operations, state);
  if (warnings.length > 0) plan.warnings = warnings;
  return plan;
}

/** Blueprint files whose state a plan changes: each changed operation's file, and the old file of a moved resource. */
export function touchedBlueprints(plan: Plan): string[] {
  const out = new Set<string>();
  for (const op of plan.operations) {
    if (op.action === 'noop') continue;
    out.add(normalizeBlueprintPath(op.blueprint));
    if (op.current) out.add(normalizeBlueprintPath(op.current.blueprint));
  }
  return [...out].sort();
}

function created(spec: ResourceSpec): Operation {
  return {
    key: spec.key,
    action: 'create',
    type: spec.type,
    name: spec.name,
    fullName: spec.fullName,
    blueprint: normalizeBlueprintPath(spec.blueprint),
    desired: spec,
    changes: [],
    dependsOn: [],
  };
}

/** A resource dpn names but does not provision: shown with its name, run by nobody. */
function namedOnly(spec: ResourceSpec): Operation {
  return { ...created(spec), action: 'noop', provisioned: false };
}

function compare(spec: ResourceSpec, current: StateResource): Operation {
  const changes: FieldChange[] = [];
  const rename = spec.name !== current.name || spec.fullName !== current.fullName || spec.type !== current.type;
  collectChanges('type', current.type, spec.type, changes);
  collectChanges('name', current.name, spec.name, changes);
  collectChanges('fullName', current.fullName, spec.fullName, changes);
  if (current.archived) changes.push({ path: 'archived', before: true, after: false });
  collectChanges('params', current.params, spec.params, changes);
  collectChanges('tags', current.tags, spec.tags, changes);
  collectChanges('deletionPolicy', current.deletionPolicy, spec.deletionPolicy, changes);
  const from = normalizeBlueprintPath(current.blueprint);
  const to = normalizeBlueprintPath(spec.blueprint);
  if (from !== to) changes.push({ path: 'blueprint', before: from, after: to });

  const action: Action = rename ? 'replace' : changes.length > 0 ? 'update' : 'noop';
  const op: Operation = {
    key: spec.key,
    action,
    type: spec.type,
    name: spec.name,
    fullName: spec.fullName,
    blueprint: to,
    desired: spec,
    current,
    changes,
    dependsOn: [],
  };
  if (action === 'update' && changes.every((c) => STATE_ONLY_PATHS.has(c.path))) op.stateOnly = true;
  if (from !== to) op.movedFrom = from;
  return op;
}

function removed(current: StateResource, action: Action): Operation {
  return {
    key: current.key,
    action,
    type: current.type,
    name: current.name,
    fullName: current.fullName,
    blueprint: normalizeBlueprintPath(current.blueprint),
    current,
    changes: [],
    dependsOn: [],
  };
}

function where(spec: ResourceSpec): string {
  return `${spec.location.file}:${spec.location.line}`;
}

// A resource that points at a replaced one by id (a job at its cluster) would
// keep pointing at the old one, which is about to be retired: it is updated
// after the replacement exists, even when nothing else about it changed.
function followReplacedDependencies(ops: Map<string, Operation>): void {
  for (const op of ops.values()) {
    if ((op.action !== 'noop' && op.action !== 'update') || !op.desired) continue;
    const added: FieldChange[] = [];
    for (const dep of uniqueSorted(op.desired.dependsOn)) {
      const target = ops.get(dep);
      if (target?.action !== 'replace') continue;
      added.push({ path: childPath('dependsOn', dep), before: target.current?.fullName, after: target.fullName });
    }
    if (added.length === 0) continue;
    op.action = 'update';
    op.changes = [...op.changes, ...added];
    delete op.stateOnly;
  }
}

// Apply phase: an operation waits for the changed operations of what it depends on.
function linkApplyPhase(ops: Map<string, Operation>): void {
  for (const op of ops.values()) {
    if (phaseOf(op.action) !== 'apply' || op.action === 'noop' || !op.desired) continue;
    op.dependsOn = uniqueSorted(
      op.desired.dependsOn.filter((dep) => {
        const target = ops.get(dep);
        return dep !== op.key && target !== undefined && target.action !== 'noop' && phaseOf(target.action) === 'apply';
      }),
    );
  }
}

// Retire phase: reverse dependency order among everything that leaves — removed
// resources and the old halves of replaces. Dependencies come from the state
// (what the resources depended on when applied), inferred from names for
// records written without them.
function linkRetirePhase(ops: Map<string, Operation>, state: State): void {
  const leaving = new Set<string>();
  for (const op of ops.values()) if (isRetiring(op)) leaving.add(op.key);
  if (leaving.size === 0) return;
  const parents = oldDependencies(state);
  const waitsFor = new Map<string, Set<string>>();
  for (const child of leaving) {
    for (const parent of parents(child)) {
      if (parent === child || !leaving.has(parent)) continue;
      let set = waitsFor.get(parent);
      if (!set) waitsFor.set(parent, (set = new Set()));
      set.add(child);
    }
  }
  for (const key of leaving) {
    const op = ops.get(key) as Operation;
    const deps = uniqueSorted([...(waitsFor.get(key) ?? [])]);
    if (op.action === 'replace') {
      if (deps.length > 0) op.retireDependsOn = deps;
    } else {
      op.dependsOn = deps;
    }
  }
}

function isRetiring(op: Operation): boolean {
  return op.action === 'replace' || phaseOf(op.action) === 'retire';
}

/** What each state record depended on: its recorded `dependsOn`, else inferred from its type and names. */
export function oldDependencies(state: State): (key: string) => string[] {
  let index: Map<string, string> | undefined;
  const byName = (type: string, fullName: string): string | undefined => {
    if (!index) {
      index = new Map();
      for (const r of state.resources.values()) index.set(`${r.type}\u0000${r.fullName}`, r.key);
    }
    return index.get(`${type}\u0000${fullName}`);
  };
  return (key) => {
    const record = state.resources.get(key);
    if (!record) return [];
    if (record.dependsOn) return record.dependsOn;
    const p = record.params;
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
    const parentName = record.fullName.includes('.') ? record.fullName.slice(0, record.fullName.lastIndexOf('.')) : undefined;
    let found: string | undefined;
    switch (record.type) {
      case 'aws_glue_table':
        found = byName('aws_glue_database', str(p['databaseName']) ?? parentName ?? '');
        break;
      case 'dbx_schema':
        found = byName('dbx_catalog', str(p['catalog_name']) ?? parentName ?? '');
        break;
      case 'dbx_table': {
        const catalog = str(p['catalog_name']);
        const schema = str(p['schema_name']);
        found = byName('dbx_schema', catalog && schema ? `${catalog}.${schema}` : (parentName ?? ''));
        break;
      }
      case 'dbx_job':
        found = str(p['clusterKey']);
        break;
      default:
        break;
    }
    return found ? [found] : [];
  };
}

// Apply-phase changes in topological order, then the retire phase's removals in
// theirs, then noops; ties always by key.
function order(ops: Map<string, Operation>): Operation[] {
  const all = [...ops.values()];
  const apply = all.filter((op) => op.action !== 'noop' && phaseOf(op.action) === 'apply');
  const retiring = all.filter(isRetiring);
  const noops = all.filter((op) => op.action === 'noop').sort((a, b) => compareKeys(a.key, b.key));
  const retireOrder = topological(retiring, (op) => (op.action === 'replace' ? (op.retireDependsOn ?? []) : op.dependsOn), 'retire');
  return [
    ...topological(apply, (op) => op.dependsOn, 'apply'),
    ...retireOrder.filter((op) => op.action !== 'replace'),
    ...noops,
  ];
}

/** Kahn's algorithm, always taking the smallest ready key: deterministic, and a cycle is an error naming its members. */
export function topological<T extends { key: string }>(items: T[], depsOf: (item: T) => string[], phase: string): T[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const pending = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const item of items) {
    const deps = depsOf(item).filter((d) => byKey.has(d));
    pending.set(item.key, deps.length);
    for (const dep of deps) {
      const list = dependents.get(dep);
      if (list) list.push(item.key);
      else dependents.set(dep, [item.key]);
    }
  }
  const ready = new MinHeap();
  for (const [key, count] of pending) if (count === 0) ready.push(key);
  const out: T[] = [];
  for (let key = ready.pop(); key !== undefined; key = ready.pop()) {
    out.push(byKey.get(key) as T);
    for (const next of dependents.get(key) ?? []) {
      const left = (pending.get(next) ?? 0) - 1;
      pending.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (out.length !== items.length) {
    const stuck = [...pending].filter(([, n]) => n > 0).map(([k]) => k).sort();
    throw new UserError(
      `resources depend on each other in a cycle (${phase} phase): ${stuck.join(', ')}`,
      'PLAN_CYCLE',
      'remove one of the references between them',
    );
  }
  return out;
}

function warn(operations: Operation[], state: State): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (!operations.some(isRetiring)) return warnings;
  const byKey = new Map(operations.map((op) => [op.key, op]));
  const parents = oldDependencies(state);
  for (const op of operations) {
    if (op.action === 'replace') {
      const policy = op.current?.deletionPolicy ?? 'archive';
      warnings.push({
        code: 'PLAN_REPLACE',
        key: op.key,
        message:
          `${op.type} ${op.current?.fullName ?? '?'} is renamed to ${op.fullName}: it cannot be renamed in place, ` +
          `so a new one is created and the old one is ${policy === 'delete' ? 'DELETED' : policy === 'retain' ? 'kept but no longer managed' : 'archived'}` +
          ' (its data is not moved)',
      });
    }
  }
  // Deleting a Glue database, catalog or schema takes what is inside it along,
  // whatever the children's own policy says.
  const oldPolicy = (op: Operation): DeletionPolicy | undefined =>
    op.action === 'replace' ? op.current?.deletionPolicy : phaseOf(op.action) === 'retire' ? (op.action as DeletionPolicy) : undefined;
  for (const child of operations) {
    const childPolicy = oldPolicy(child);
    if (childPolicy === undefined || childPolicy === 'delete') continue;
    for (const parentKey of parents(child.key)) {
      const parent = byKey.get(parentKey);
      if (!parent || oldPolicy(parent) !== 'delete') continue;
      warnings.push({
        code: 'PLAN_DELETE_TAKES_CHILD',
        key: child.key,
        message:
          `${child.type} ${child.current?.fullName ?? child.fullName} is to be ${childPolicy === 'retain' ? 'retained' : 'archived'}, ` +
          `but deleting ${parent.type} ${parent.current?.fullName ?? parent.fullName} removes it too`,
      });
    }
  }
  return warnings.sort((a, b) => compareKeys(a.key, b.key) || compareKeys(a.code, b.code));
}

function uniqueSorted(keys: string[]): string[] {
  return [...new Set(keys)].sort(compareKeys);
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class MinHeap {
  private readonly items: string[] = [];
  push(value: string): void {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((a[parent] as string) <= value) break;
      a[i] = a[parent] as string;
      i = parent;
    }
    a[i] = value;
  }
  pop(): string | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const c = r < a.length && (a[r] as string) < (a[l] as string) ? r : l;
      if ((a[c] as string) >= last) break;
      a[i] = a[c] as string;
      i = c;
    }
    a[i] = last;
    return top;
  }
}

