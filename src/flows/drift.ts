// The drift flow: read every live resource the state holds and report each
// field that differs from what dpn last applied. Reads only; changes nothing.
import type { DriverRegistry, LiveResource } from '../providers/driver.js';
import { jsonEqual } from '../plan/fields.js';
import { loadState } from '../state/index.js';
import type { State, StateResource } from '../state/types.js';
import type { DriftItem, DriftReport } from '../render/summary.js';
import { productionDrivers } from './reconcile.js';
import type { EngineOptions, StateWorkspace } from './types.js';

export type { DriftItem, DriftReport };

export interface DriftOutcome extends DriftReport {
  exists: boolean;
  /** `in_sync`: every live resource matches the state. */
  status: 'in_sync' | 'drifted';
}

export async function driftFlow(options: EngineOptions & { workspace: StateWorkspace }): Promise<DriftOutcome> {
  const { drivers, close } = await productionDrivers(options);
  try {
    return await options.workspace.read(async (stateDir, exists) => {
      const state = await loadState(stateDir);
      const report = await detectDrift(state, drivers, options.signal ?? new AbortController().signal, options.concurrency);
      return { ...report, exists, status: report.items.length ? 'drifted' : 'in_sync' };
    });
  } finally {
    close();
  }
}

export async function detectDrift(state: State, drivers: DriverRegistry, signal: AbortSignal, concurrency = 8): Promise<DriftReport> {
  const items: DriftItem[] = [];
  const skipped = new Map<string, { type: string; count: number; reason: string }>();
  const skip = (type: string, reason: string) => {
    const id = `${type}\0${reason}`;
    const entry = skipped.get(id);
    if (entry) entry.count++;
    else skipped.set(id, { type, count: 1, reason });
  };
  const queue: StateResource[] = [];
  for (const r of state.resources.values()) {
    if (r.archived) skip(r.type, 'archived: dpn keeps it retired and does not compare it');
    else if (!drivers[r.type]) skip(r.type, 'no driver for this type');
    else queue.push(r);
  }
  let checked = 0;
  const ctx = { resolve: (key: string) => state.resources.get(key), signal };
  const worker = async (): Promise<void> => {
    for (let r = queue.shift(); r && !signal.aborted; r = queue.shift()) {
      const driver = drivers[r.type]!;
      let live: LiveResource | null;
      try {
        live = await driver.read(r, ctx);
      } catch (error) {
        items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'unreadable', fields: [], error: (error as Error).message });
        continue;
      }
      checked++;
      if (!live) {
        items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'missing', fields: [] });
        continue;
      }
      const fields: DriftItem['fields'] = [];
      for (const [k, v] of Object.entries(r.params)) {
        if (!jsonEqual(v, live.params[k])) fields.push({ path: `params.${k}`, state: v, live: live.params[k] });
      }
      for (const [k, v] of Object.entries(r.tags)) {
        if (live.tags[k] !== v) fields.push({ path: `tags.${k}`, state: v, live: live.tags[k] });
      }
      // A tag added by hand is drift too: the next reconcile's tag write replaces the set.
      for (const [k, v] of Object.entries(live.tags)) {
        if (!(k in r.tags)) fields.push({ path: `tags.${k}`, state: undefined, live: v });
      }
      if (fields.length) items.push({ key: r.key, type: r.type, name: r.fullName, kind: 'changed', fields });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    checked,
    skipped: [...skipped.values()],
    items,
  };
}
