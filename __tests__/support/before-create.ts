// Records what a driver reports through ctx.beforeCreate (Driver.looksBeforeCreate),
// together with what the platform held at that moment, so a test can check that the
// report comes once, before the driver's first write, and says what was there.
import type { DriverContext, LiveResource } from '../../src/providers/driver.js';

export interface BeforeCreateReport<T> {
  found: LiveResource | null;
  /** What `observe` saw on the platform when the report came in. */
  platform: T;
}

export function reportingContext<T>(base: DriverContext, observe: () => T | Promise<T>): { ctx: DriverContext; reports: BeforeCreateReport<T>[] } {
  const reports: BeforeCreateReport<T>[] = [];
  const ctx: DriverContext = {
    ...base,
    async beforeCreate(found) {
      reports.push({ found, platform: await observe() });
    },
  };
  return { ctx, reports };
}
