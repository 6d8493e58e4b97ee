// An in-memory platform for engine tests: drivers that keep resources in maps,
// log every call, count calls in flight, and fail on demand.
import { ProviderError, type Driver, type DriverContext, type DriverRegistry, type LiveResource, type ResourceRef } from '../../src/providers/driver.js';
import type { ResourceSpec } from '../../src/blueprint/types.js';
import type { Operation, Plan, PlanSummary } from '../../src/plan/types.js';
import type { ResourceType } from '../../src/naming/types.js';
import type { State, StateResource } from '../../src/state/types.js';

export type Method = 'read' | 'create' | 'update' | 'delete' | 'archive' | 'unarchive';

export interface LiveEntry {
  type: ResourceType;
  name: string;
  physicalId: string;
  params: Record<string, unknown>;
  tags: Record<string, string>;
  archived: boolean;
  /** The creation marker: the transaction that made it (absent on what existed before). */
  createdBy?: string;
}

type Fault = (call: { method: Method; name: string; type: ResourceType }) => Error | undefined;

export class MemoryCloud {
  readonly live = new Map<string, LiveEntry>();
  readonly calls: { method: Method; name: string; type: ResourceType; phase: 'start' | 'end' }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private faults: Fault[] = [];
  private nextId = 1;
  /** Awaited inside every call (latency, or a gate the test opens). */
  wait: (method: Method, name: string) => Promise<void> = async () => {};
  /** Runs at the start of every call, before it takes effect (to check what the WAL holds then). */
  onCall: (method: Method, name: string) => void = () => {};
  /** Runs when a create by a driver that looks first is about to write (after its beforeCreate report). */
  onWrite: (method: Method, name: string) => void = () => {};

  fail(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Fails the first `times` calls of `method` on `name` with `error`. */
  failTimes(method: Method, name: string, error: () => Error, times = Infinity): void {
    let n = 0;
    this.faults.push((c) => (c.method === method && c.name === name && n++ < times ? error() : undefined));
  }

  started(method: Method): string[] {
    return this.calls.filter((c) => c.method === method && c.phase === 'start').map((c) => c.name);
  }

  private id(type: ResourceType, name: string): string {
    return `${type}/${name}`;
  }

  private async call<T>(method: Method, type: ResourceType, name: string, effect: () => T | Promise<T>): Promise<T> {
    this.onCall(method, name);
    this.calls.push({ method, name, type, phase: 'start' });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.wait(method, name);
      for (const fault of this.faults) {
        const error = fault({ method, name, type });
        if (error) throw error;
      }
      return await effect();
    } finally {
      this.inFlight--;
      this.calls.push({ method, name, type, phase: 'end' });
    }
  }

  /**
   * `looksFirst`: create looks the name up inside its one call and reports it
   * through ctx.beforeCreate before writing (Driver.looksBeforeCreate), as the
   * real drivers do; otherwise the engine reads before creating.
   */
  driver(type: ResourceType, options: { unarchive?: boolean; looksFirst?: boolean } = {}): Driver {
    const cloud = this;
    const toLive = (e: LiveEntry): LiveResource => ({
      physicalId: e.physicalId,
      params: e.params,
      tags: e.tags,
      archived: e.archived,
      ...(e.createdBy !== undefined ? { createdBy: e.createdBy } : {}),
    });
    const driver: Driver = {
      type,
      ...(options.looksFirst ? { looksBeforeCreate: true } : {}),
      read(ref: ResourceRef, _ctx: DriverContext) {
        return cloud.call('read', type, ref.fullName, () => {
          const e = cloud.live.get(cloud.id(type, ref.fullName));
          return e ? toLive(e) : null;
        });
      },
      create(spec: ResourceSpec, ctx: DriverContext) {
        return cloud.call('create', type, spec.fullName, async () => {
          const id = cloud.id(type, spec.fullName);
          const existing = cloud.live.get(id);
          if (options.looksFirst) {
            await ctx.beforeCreate?.(existing ? toLive(existing) : null);
            cloud.onWrite('create', spec.fullName);
          }
          if (existing) return toLive(existing);
          const e: LiveEntry = {
            type,
            name: spec.fullName,
            physicalId: `pid-${cloud.nextId++}`,
            params: structuredClone(spec.params),
            tags: { ...spec.tags },
            archived: false,
            ...(ctx.transaction !== undefined ? { createdBy: ctx.transaction } : {}),
          };
          cloud.live.set(id, e);
          return toLive(e);
        });
      },
      update(spec: ResourceSpec, current: ResourceRef, _ctx: DriverContext) {
        return cloud.call('update', type, spec.fullName, () => {
          const e = cloud.live.get(cloud.id(type, current.fullName));
          if (!e) throw new ProviderError(`${current.fullName} does not exist`, 'not_found');
          e.params = structuredClone(spec.params);
          e.tags = { ...spec.tags };
          return toLive(e);
        });
      },
      delete(ref: ResourceRef, _ctx: DriverContext) {
        return cloud.call('delete', type, ref.fullName, () => {
          cloud.live.delete(cloud.id(type, ref.fullName));
        });
      },
      archive(ref: ResourceRef, _ctx: DriverContext) {
        return cloud.call('archive', type, ref.fullName, () => {
          const e = cloud.live.get(cloud.id(type, ref.fullName));
          if (e) e.archived = true;
        });
      },
    };
    if (options.unarchive !== false) {
      driver.unarchive = (ref: ResourceRef, _ctx: DriverContext) =>
        cloud.call('unarchive', type, ref.fullName, () => {
          const e = cloud.live.get(cloud.id(type, ref.fullName));
          if (e) e.archived = false;
        });
    }
    return driver;
  }

  drivers(types: ResourceType[] = ['aws_glue_database', 'aws_glue_table', 'aws_s3_bucket'], options: { looksFirst?: boolean } = {}): DriverRegistry {
    return Object.fromEntries(types.map((t) => [t, this.driver(t, options)]));
  }
}

export function spec(type: ResourceType, name: string, params: Record<string, unknown> = {}, dependsOn: string[] = []): ResourceSpec {
  return {
    key: `${type}:${name}`,
    type,
    name,
    fullName: name,
    blueprint: 'blueprints/test.yaml',
    location: { file: 'blueprints/test.yaml', line: 1, column: 1 },
    dependsOn,
    params,
    tags: { ManagedBy: 'dpn' },
    deletionPolicy: 'archive',
  };
}

export function applied(s: ResourceSpec, physicalId?: string): StateResource {
  return {
    key: s.key,
    type: s.type,
    name: s.name,
    fullName: s.fullName,
    blueprint: s.blueprint,
    ...(physicalId ? { physicalId } : {}),
    params: s.params,
    tags: s.tags,
    deletionPolicy: s.deletionPolicy,
    appliedAt: '2026-01-01T00:00:00.000Z',
    transaction: 'initial',
  };
}

export function op(
  action: Operation['action'],
  r: { desired?: ResourceSpec; current?: StateResource },
  dependsOn: string[] = [],
): Operation {
  const base = r.desired ?? r.current!;
  return {
    key: base.key,
    action,
    type: base.type,
    name: base.name,
    fullName: base.fullName,
    blueprint: base.blueprint,
    ...(r.desired ? { desired: r.desired } : {}),
    ...(r.current ? { current: r.current } : {}),
    changes: [],
    dependsOn,
  };
}

export function planOf(operations: Operation[]): Plan {
  const summary: PlanSummary = { create: 0, update: 0, replace: 0, archive: 0, delete: 0, retain: 0, noop: 0 };
  for (const o of operations) summary[o.action]++;
  return { operations, summary };
}

export function stateOf(resources: StateResource[] = []): State {
  return { resources: new Map(resources.map((r) => [r.key, r])) };
}

/** Puts a state's resources on the in-memory platform, as if applied earlier. */
export function seed(cloud: MemoryCloud, state: State): void {
  for (const r of state.resources.values()) {
    cloud.live.set(`${r.type}/${r.fullName}`, {
      type: r.type,
      name: r.fullName,
      physicalId: r.physicalId ?? `seed-${r.name}`,
      params: structuredClone(r.params),
      tags: { ...r.tags },
      archived: r.archived ?? false,
    });
  }
}
