// The one interface every resource type's driver implements. Every method is
// idempotent: repeating a call that already took effect succeeds.
import type { ResourceType } from '../naming/types.js';
import type { ResourceSpec } from '../blueprint/types.js';
import type { StateResource } from '../state/types.js';

/** What a driver reports about a live resource. */
export interface LiveResource {
  physicalId?: string;
  /** Settings as the platform reports them, in the same shape as `ResourceSpec.params`. */
  params: Record<string, unknown>;
  tags: Record<string, string>;
  archived?: boolean;
  /**
   * The transaction id in the resource's creation marker (DESIGN.md,
   * "Ownership"): set only on a resource dpn created, never on one it adopted.
   * The marker itself never appears in `params` or `tags`.
   */
  createdBy?: string;
}

/** Lets a driver find the applied form of a resource it depends on (a job's cluster). */
export interface DriverContext {
  resolve(key: string): StateResource | undefined;
  signal?: AbortSignal;
  /**
   * The transaction making the call. `create` writes it into the resource's
   * creation marker (in the create call itself, or before create returns);
   * an adopted resource gets none. `update` keeps an existing marker.
   */
  transaction?: string;
  /**
   * Given to `create` of a driver that `looksBeforeCreate`. The driver calls it
   * once it has looked the name up and before its first write, with what it
   * found (null: nothing), and waits for it: the engine writes the answer ahead
   * into the WAL, so undoing the create, live or after a crash, leaves a
   * resource that existed before dpn. A create that throws before calling it
   * has changed nothing. Calls after the first (a retried create) are ignored.
   */
  beforeCreate?(existing: LiveResource | null): Promise<void>;
}

/** Minimum a driver needs to find a resource: what the state or the spec says of it. */
export type ResourceRef = Pick<StateResource, 'key' | 'type' | 'name' | 'fullName' | 'params' | 'tags'> & {
  physicalId?: string;
};

/**
 * What a driver declares about itself beyond its methods: flags the engine
 * reads to decide how to call it. Anything that wraps a driver (the lazily
 * loading registry, a counting or tracing wrapper) must forward every one:
 * spread `capabilitiesOf(inner)` rather than naming them.
 */
export interface DriverCapabilities {
  /**
   * `create` looks the name up itself and reports what it found through
   * `ctx.beforeCreate` before any write. The engine then skips its own read
   * before the create: one round trip less per created resource.
   */
  readonly looksBeforeCreate?: boolean;
}

/** Every capability's name; the check below fails to compile when one is missing. */
export const CAPABILITY_NAMES = ['looksBeforeCreate'] as const satisfies readonly (keyof DriverCapabilities)[];
type Unlisted = Exclude<keyof DriverCapabilities, (typeof CAPABILITY_NAMES)[number]>;
const everyCapabilityListed: [Unlisted] extends [never] ? true : never = true;
void everyCapabilityListed;

/** The capabilities `driver` declares, each as true or false. */
export function capabilitiesOf(driver: DriverCapabilities): Required<DriverCapabilities> {
  return Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, driver[name] === true])) as Required<DriverCapabilities>;
}

export interface Driver extends DriverCapabilities {
  readonly type: ResourceType;
  /** The live resource, or null when it does not exist. */
  read(ref: ResourceRef, ctx: DriverContext): Promise<LiveResource | null>;
  /** Creates, or adopts an existing resource with the same settings; a different one is a ConflictError. */
  create(spec: ResourceSpec, ctx: DriverContext): Promise<LiveResource>;
  /** Brings the live resource to `spec`; `current` is what the state recorded. */
  update(spec: ResourceSpec, current: ResourceRef, ctx: DriverContext): Promise<LiveResource>;
  /** Deletes; deleting what is gone succeeds. */
  delete(ref: ResourceRef, ctx: DriverContext): Promise<void>;
  /** Keeps the resource but marks it retired (tags, paused schedule, terminated cluster…). */
  archive(ref: ResourceRef, ctx: DriverContext): Promise<void>;
  /** Undoes archive, for compensation. */
  unarchive?(ref: ResourceRef, ctx: DriverContext): Promise<void>;
}

/** Errors a driver throws, so the engine can decide to retry, stop or explain. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: 'transient' | 'conflict' | 'not_found' | 'invalid' | 'permission' | 'fatal',
    readonly details: { code?: string; status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'ProviderError';
  }
  get retryable(): boolean {
    return this.kind === 'transient';
  }
}

export type DriverRegistry = Partial<Record<ResourceType, Driver>>;
