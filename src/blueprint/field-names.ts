// Field names as the blueprint spells them, for a plan's field diffs: expansion
// (expand.ts) turns `lifecycle_days` into `params.lifecycleDays` and
// `metadata.team` into the `Team` tag; a reviewer should read the first. Pure.
import type { FieldChange } from '../plan/types.js';

/** Per resource type: the first segment under `params` → the blueprint field it came from. */
const PARAMS: Record<string, Record<string, string>> = {
  aws_s3_bucket: { lifecycleDays: 'lifecycle_days' },
  aws_glue_table: { databaseName: 'database_ref', tableType: 'table_type', partitionKeys: 'partition_keys' },
  dbx_cluster: { cluster_name: 'name', node_type_id: 'node_type', custom_tags: 'tags' },
  dbx_job: { clusterKey: 'cluster_ref' },
  dbx_schema: { catalog_name: 'catalog' },
  dbx_table: { catalog_name: 'catalog', schema_name: 'schema' },
};

/** Nested fields whose driver name differs from the blueprint's. */
const NESTED: Record<string, string> = { min_workers: 'min', max_workers: 'max' };

/** Tags that dpn derives from `metadata`; any other tag keeps its own key. */
const TAG_SOURCES: Record<string, string> = {
  Team: 'metadata.team',
  CostCenter: 'metadata.cost_center',
  Environment: 'metadata.environment',
  Project: 'metadata.project',
};

const TOP: Record<string, string> = { deletionPolicy: 'deletion_policy', fullName: 'full_name', dependsOn: 'depends_on' };

// A path is segments `.word` or `["any key"]` and indexes `[3]` (see src/plan/fields.ts childPath).
const SEGMENT = /^(?:\.?([A-Za-z_$][\w$-]*)|\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\])/;

function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  let rest = path;
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    if (!m) return [path];
    out.push(m[1] ?? (m[2] !== undefined ? (JSON.parse(m[2]) as string) : Number(m[3])));
    rest = rest.slice(m[0].length);
  }
  return out;
}

function join(parts: (string | number)[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

const snake = (word: string): string => word.replace(/[a-z0-9][A-Z]/g, (m) => `${m[0]}_${m[1]!.toLowerCase()}`);

/** `params.lifecycleDays` of an aws_s3_bucket → `lifecycle_days`; `tags.Team` → `metadata.team`. */
export function blueprintField(type: string, path: string): string {
  const parts = segments(path);
  const [head, ...rest] = parts;
  if (head === 'tags') return tagField(rest);
  if (head !== 'params') return typeof head === 'string' && TOP[head] ? join([TOP[head], ...rest]) : path;
  const [first, ...tail] = rest;
  if (typeof first !== 'string') return path;
  if (first === 'region') return 'metadata.region';
  const mapped = PARAMS[type]?.[first] ?? snake(first);
  if (mapped === 'tags') return tagField(tail);
  return join([mapped, ...tail.map((p) => (typeof p === 'string' ? (NESTED[p] ?? p) : p))]);
}

function tagField(rest: (string | number)[]): string {
  const [key, ...more] = rest;
  if (typeof key === 'string' && TAG_SOURCES[key] && more.length === 0) return TAG_SOURCES[key];
  return join(['tags', ...rest]);
}

export interface BlueprintFieldChange {
  /** The blueprint's name of the field, e.g. `lifecycle_days`, `metadata.team`. */
  field: string;
  before?: unknown;
  after?: unknown;
}

/**
 * A plan operation's field changes in blueprint terms. One blueprint field can
 * reach several driver fields (`metadata.team` is the resource's tag and a
 * cluster's custom tag); it is listed once.
 */
export function blueprintChanges(type: string, changes: readonly FieldChange[]): BlueprintFieldChange[] {
  const seen = new Set<string>();
  const out: BlueprintFieldChange[] = [];
  for (const c of changes) {
    const field = blueprintField(type, c.path);
    const id = `${field}\u0000${JSON.stringify(c.before)}\u0000${JSON.stringify(c.after)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const shown: BlueprintFieldChange = { field };
    if (c.before !== undefined) shown.before = c.before;
    if (c.after !== undefined) shown.after = c.after;
    out.push(shown);
  }
  return out;
}
