// The creation marker on AWS resources (DESIGN.md, "Ownership"): the id of the
// transaction that created the resource, written by the create itself and never
// on an adopted resource. Recovery deletes a resource its WAL does not mention
// only when this marker names the transaction being recovered.
//
// One spelling per kind of place, each within the platform's rules:
//   S3 bucket tag            dpn:created-by   (AWS tag characters; the `dpn:` prefix is refused in blueprints)
//   Glue database parameter  dpn_created_by   (beside managed_by and dpn_archived)
//   Glue table parameter     dpn_created_by
export const CREATED_BY_TAG = 'dpn:created-by';
export const CREATED_BY_PARAMETER = 'dpn_created_by';

/** The marker's value in a tag or parameter map, or undefined. */
export function createdByIn(map: Record<string, string> | undefined, key: string): string | undefined {
  const value = map?.[key];
  return value === undefined || value === '' ? undefined : value;
}
