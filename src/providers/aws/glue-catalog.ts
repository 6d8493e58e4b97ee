// What the Glue database and table drivers share: the parameters dpn writes into the
// Data Catalog (ownership, archive markers) and Glue ARNs.
import { partitionOf } from './clients.js';

/** Every database and table dpn creates carries `managed_by=dpn`. */
export const MANAGED_BY_PARAMETER = 'managed_by';
export const MANAGED_BY_VALUE = 'dpn';
export const ARCHIVED_PARAMETER = 'dpn_archived';
export const ARCHIVED_AT_PARAMETER = 'dpn_archived_at';

export function glueDatabaseArn(region: string, account: string, database: string): string {
  return `arn:${partitionOf(region)}:glue:${region}:${account}:database/${database}`;
}

export function glueTableArn(region: string, account: string, database: string, table: string): string {
  return `arn:${partitionOf(region)}:glue:${region}:${account}:table/${database}/${table}`;
}

/** Parameters with the archive markers set; a repeated archive keeps the first time. */
export function withArchiveMarkers(parameters: Record<string, string>, now: () => Date): Record<string, string> {
  return {
    ...parameters,
    [ARCHIVED_PARAMETER]: 'true',
    [ARCHIVED_AT_PARAMETER]: parameters[ARCHIVED_AT_PARAMETER] ?? now().toISOString(),
  };
}

export function withoutArchiveMarkers(parameters: Record<string, string>): Record<string, string> {
  const out = { ...parameters };
  delete out[ARCHIVED_PARAMETER];
  delete out[ARCHIVED_AT_PARAMETER];
  return out;
}

export function isArchived(parameters: Record<string, string> | undefined): boolean {
  return parameters?.[ARCHIVED_PARAMETER] === 'true';
}
