// `--override key=value`: naming values with the highest precedence, checked
// like the input they are. A key must be a variable something uses (blueprint
// metadata, a resource field, a pattern variable, a naming value); a value must
// pass the check of the blueprint field it replaces (environment=qa is refused
// when blueprints allow dev, stg and prd). Problems name the argument, not a line.
import { UsageError } from '../errors.js';
import type { NamingConfig, NamingValues, ResourceType } from '../naming/types.js';
import blueprintSchema from '../../schemas/blueprint.schema.json' with { type: 'json' };
import { error, locate, type Diagnostic, type SourceDocument } from '../source/index.js';
import { closest } from '../source/suggest.js';
import { placeholders } from './checks.js';
import { BLUEPRINT_VARIABLES, METADATA_VARIABLES } from './variables.js';

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseOverrides(pairs: readonly string[]): NamingValues {
  const values: NamingValues = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    if (at < 0 || !VARIABLE.test(key)) {
      throw new UsageError(
        `--override ${JSON.stringify(pair)} is not key=value with a variable name as key`,
        'example: --override region=eu-west-1 (repeat --override for several values)',
      );
    }
    values[key] = pair.slice(at + 1);
  }
  return values;
}

/** `key=value` per override, as a person wrote them (for "overrides in effect"). */
export function describeOverrides(values: NamingValues): string[] {
  return Object.entries(values).map(([key, value]) => `${key}=${value}`);
}

/** Every variable an override may set under this naming convention. */
export function overridableVariables(naming: NamingConfig): Set<string> {
  const known = new Set<string>(['region_short', ...METADATA_VARIABLES]);
  for (const fields of Object.values(BLUEPRINT_VARIABLES)) for (const field of fields ?? []) known.add(field);
  for (const pattern of Object.values(naming.patterns)) for (const variable of placeholders(pattern).variables) known.add(variable);
  const addKeys = (values: NamingValues | undefined) => {
    for (const key of Object.keys(values ?? {})) known.add(key);
  };
  addKeys(naming.defaults);
  for (const values of Object.values(naming.environments)) addKeys(values);
  for (const values of Object.values(naming.resourceTypes)) addKeys(values);
  return known;
}

/**
 * Throws a UsageError for an override no convention variable answers to, or
 * whose value no blueprint field of that name accepts. (A value that some
 * fields accept and others do not, such as layer=gold, is checked per
 * blueprint by overrideDiagnostics, where it is known which resources it reaches.)
 */
export function checkOverrides(values: NamingValues, naming: NamingConfig): void {
  const known = overridableVariables(naming);
  for (const [key, value] of Object.entries(values)) {
    const argument = `--override ${key}=${value}`;
    if (!known.has(key)) {
      const guess = closest(key, known);
      throw new UsageError(
        `${argument}: no blueprint field, pattern or naming value is called '${key}'`,
        guess ? `did you mean --override ${guess}=${value}?` : 'an override sets a naming variable: a metadata key, a resource field or a {variable} of a pattern',
      );
    }
    const fields = FIELDS.get(key) ?? [];
    if (fields.length === 0) continue;
    const problems = fields.map((f) => problemWith(f.schema, value)).filter((p): p is Problem => p !== undefined);
    if (problems.length === fields.length) {
      const first = problems[0] as Problem;
      const where = fields[0]?.list.length === 0 ? 'blueprint metadata' : `the blueprint field ${key}`;
      throw new UsageError(`${argument}: ${key} must ${first.must} (as in ${where})`, first.hint);
    }
  }
}

/** Overrides whose value a field of this blueprint refuses, at the list the field is in. */
export function overrideDiagnostics(doc: SourceDocument, values: NamingValues): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, value] of Object.entries(values)) {
    for (const field of FIELDS.get(key) ?? []) {
      if (field.list.length === 0) continue;
      const problem = problemWith(field.schema, value);
      if (!problem) continue;
      for (const path of listsIn(doc.data, field.list)) {
        out.push(
          error(
            'OVERRIDE_INVALID',
            `--override ${key}=${value} reaches the ${field.type} resources here, whose ${key} must ${problem.must}`,
            locate(doc, path),
            problem.hint ?? `remove the override, or choose a value every resource it reaches accepts`,
          ),
        );
      }
    }
  }
  return out;
}

type JsonObject = Record<string, unknown>;

interface Field {
  type: ResourceType | 'metadata';
  /** Path of the list of resources that have this field (segments; '*' for each item); empty for metadata. */
  list: string[];
  schema: JsonObject;
}

interface Problem {
  must: string;
  hint?: string;
}

const LISTS: readonly [ResourceType, string, string[]][] = [
  ['aws_s3_bucket', 's3Bucket', ['resources', 'aws', 's3_buckets']],
  ['aws_glue_database', 'glueDatabase', ['resources', 'aws', 'glue_databases']],
  ['aws_glue_table', 'glueTable', ['resources', 'aws', 'glue_tables']],
  ['dbx_cluster', 'cluster', ['resources', 'databricks', 'clusters']],
  ['dbx_job', 'job', ['resources', 'databricks', 'jobs']],
  ['dbx_catalog', 'catalog', ['resources', 'databricks', 'unity_catalog', 'catalogs']],
  ['dbx_schema', 'ucSchema', ['resources', 'databricks', 'unity_catalog', 'catalogs', '*', 'schemas']],
  ['dbx_table', 'ucTable', ['resources', 'databricks', 'unity_catalog', 'catalogs', '*', 'schemas', '*', 'tables']],
];

/** Per variable, the blueprint fields it replaces and their schemas: metadata first. */
const FIELDS: ReadonlyMap<string, Field[]> = (() => {
  const schema = blueprintSchema as unknown as JsonObject;
  const definitions = schema.definitions as Record<string, JsonObject>;
  const deref = (node: JsonObject): JsonObject => {
    const ref = node.$ref;
    return typeof ref === 'string' ? { ...deref(definitions[ref.split('/').pop() as string] as JsonObject), ...node } : node;
  };
  const out = new Map<string, Field[]>();
  const add = (key: string, field: Field) => out.set(key, [...(out.get(key) ?? []), field]);
  const metadata = (schema.properties as Record<string, JsonObject>).metadata as JsonObject;
  for (const [key, node] of Object.entries(metadata.properties as Record<string, JsonObject>)) add(key, { type: 'metadata', list: [], schema: deref(node) });
  for (const [type, definition, list] of LISTS) {
    for (const [key, node] of Object.entries((definitions[definition] as JsonObject).properties as Record<string, JsonObject>)) {
      const resolved = deref(node);
      if (resolved.type === 'string' || resolved.type === 'integer' || resolved.type === 'boolean') add(key, { type, list, schema: resolved });
    }
  }
  return out;
})();

/** What is wrong with `value` for a field of this schema (overrides are text: numbers and booleans are read from it). */
function problemWith(schema: JsonObject, value: string): Problem | undefined {
  if (schema.type === 'integer') return /^-?\d+$/.test(value) ? undefined : { must: 'be a whole number' };
  if (schema.type === 'boolean') return value === 'true' || value === 'false' ? undefined : { must: 'be true or false' };
  if (Array.isArray(schema.enum)) {
    const allowed = schema.enum.map(String);
    if (allowed.includes(value)) return undefined;
    const guess = closest(value, allowed);
    return { must: `be one of ${allowed.join(', ')} (got "${value}")`, ...(guess ? { hint: `did you mean '${guess}'?` } : {}) };
  }
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
    if (schema.pattern === '\\S') return { must: 'not be empty' };
    const description = typeof schema.description === 'string' ? ` (${schema.description.replace(/\.$/, '')})` : '';
    return { must: `match ${schema.pattern}${description}, got "${value}"` };
  }
  return undefined;
}

/** Paths of the non-empty lists at `pattern` in a blueprint ('*' stands for each item of a list). */
function listsIn(data: unknown, pattern: readonly string[]): (string | number)[][] {
  let nodes: { node: unknown; path: (string | number)[] }[] = [{ node: data, path: [] }];
  for (const segment of pattern) {
    const next: typeof nodes = [];
    for (const { node, path } of nodes) {
      if (segment === '*') {
        if (Array.isArray(node)) node.forEach((item, i) => next.push({ node: item, path: [...path, i] }));
      } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
        next.push({ node: (node as JsonObject)[segment], path: [...path, segment] });
      }
    }
    nodes = next;
  }
  return nodes.filter(({ node }) => Array.isArray(node) && node.length > 0).map(({ path }) => path);
}
