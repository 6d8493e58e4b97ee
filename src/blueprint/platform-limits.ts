// What a platform would refuse outright although the blueprint is valid (the
// v1.0 format allows it): known before any call, so preview warns at the
// resource's line and apply refuses before its first side effect (DESIGN.md,
// "Preflight"). Pure: looks only at the expanded resources.
import type { Diagnostic } from '../source/types.js';
import type { ResourceSpec } from './types.js';

export const PLATFORM_LIMIT_CODES = ['DBX_TABLE_NO_COLUMNS'] as const;

export function platformLimits(resources: readonly ResourceSpec[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as ResourceSpec;
    if (r.type !== 'dbx_table') continue;
    const columns = r.params.columns;
    if (Array.isArray(columns) && columns.length > 0) continue;
    out.push({
      ...r.location,
      code: 'DBX_TABLE_NO_COLUMNS',
      message: `Unity Catalog table ${r.fullName} has no columns: Delta cannot create a managed table without columns, so reconcile and create refuse it (add columns: [{ name, type }])`,
      severity: 'warning',
    });
  }
  return out;
}
