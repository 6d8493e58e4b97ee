// Checks a document against its JSON Schema and turns the Ajv errors of one
// that fails into Diagnostics a person can act on: at the line and column of
// the offending value (the parent object for a missing key, the key itself for
// an unknown one), with a stable code per kind of problem.
import type { ErrorObject } from 'ajv';
import * as checks from '../generated/checks.js';
import { describePath, parsePointer, type DocumentPath } from './positions.js';
import { error, locate, type SourceDocument } from './read.js';
import { closest } from './suggest.js';
import type { Diagnostic } from './types.js';

const CODES: Record<string, string> = {
  required: 'SCHEMA_REQUIRED',
  additionalProperties: 'SCHEMA_ADDITIONAL',
  propertyNames: 'SCHEMA_KEY',
  enum: 'SCHEMA_ENUM',
  const: 'SCHEMA_CONST',
  type: 'SCHEMA_TYPE',
  pattern: 'SCHEMA_PATTERN',
  minItems: 'SCHEMA_MIN_ITEMS',
  minimum: 'SCHEMA_RANGE',
  maximum: 'SCHEMA_RANGE',
};

type JsonObject = Record<string, unknown>;

type Named<Export> = Export extends `check${infer Name}` ? Name : never;
/** A schema of schemas/ by the name its check and its validator share: Blueprint (checkBlueprint, validateBlueprint). */
export type SchemaName = Named<keyof typeof checks>;

/**
 * The document's schema problems, none when it is valid. The boolean check
 * generated from the schema answers first; only a document it rejects loads
 * the Ajv validators (~230 KB, a chunk of its own in dist/) to say why, so a
 * valid document never pays for them.
 */
export async function schemaProblems(doc: SourceDocument, name: SchemaName, schema: object): Promise<Diagnostic[]> {
  if (checks[`check${name}`](doc.data)) return [];
  const validate = (await import('../generated/validators.js'))[`validate${name}`];
  // Ajv has the last word: a document it accepts has no problems, whatever the check said.
  if (validate(doc.data)) return [];
  return schemaDiagnostics(doc, validate.errors ?? [], schema);
}

export function schemaDiagnostics(doc: SourceDocument, errors: readonly ErrorObject[], schema: object): Diagnostic[] {
  const typeFailures = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const misspelt = misspeltRequired(errors, schema);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errors) {
    // A misspelt required key is one mistake: reported as the unknown key, with the spelling it should have.
    if (e.keyword === 'required' && misspelt.has(`${e.instancePath}\0${String((e.params as JsonObject).missingProperty)}`)) continue;
    // Inner errors of propertyNames are summarised by the propertyNames error itself.
    if ((e as { propertyName?: string }).propertyName !== undefined) continue;
    if (e.keyword === 'anyOf') continue;
    // A value of the wrong type gets one message, not one per keyword it also fails.
    if (e.keyword !== 'type' && typeFailures.has(e.instancePath) && e.keyword !== 'propertyNames') continue;
    const path = parsePointer(e.instancePath);
    const d = describe(doc, e, path, schema, errors);
    const id = `${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(d);
  }
  return out;
}

/**
 * `instancePath NUL key` of every missing required key that an unknown key at
 * the same place is a likely spelling of ('purpos' for 'purpose').
 */
function misspeltRequired(errors: readonly ErrorObject[], schema: object): Set<string> {
  const missing = new Set(
    errors.filter((e) => e.keyword === 'required').map((e) => `${e.instancePath}\0${String((e.params as JsonObject).missingProperty)}`),
  );
  const out = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const allowed = Object.keys((schemaAt(schema, parsePointer(e.instancePath))?.properties as JsonObject) ?? {});
    const guess = closest(String((e.params as JsonObject).additionalProperty), allowed);
    if (guess !== undefined && missing.has(`${e.instancePath}\0${guess}`)) out.add(`${e.instancePath}\0${guess}`);
  }
  return out;
}

function describe(
  doc: SourceDocument,
  e: ErrorObject,
  path: string[],
  schema: object,
  all: readonly ErrorObject[],
): Diagnostic {
  const code = CODES[e.keyword] ?? 'SCHEMA_INVALID';
  const subject = label(path);
  const where = path.length ? describePath(path) : 'the top level';
  const value = valueAt(doc.data, path);
  const params = e.params as JsonObject;
  const at = (p: DocumentPath, key = false) => locate(doc, p, key);
  switch (e.keyword) {
    case 'required':
      return error(code, `missing required key '${String(params.missingProperty)}' in ${where}`, at(path));
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((schemaAt(schema, path)?.properties as JsonObject) ?? {});
      const guess = closest(extra, allowed);
      const required = guess !== undefined && ((schemaAt(schema, path)?.required as string[] | undefined) ?? []).includes(guess);
      const missing = required && !Object.hasOwn((value ?? {}) as object, guess);
      return error(
        code,
        `unknown key '${extra}' in ${where}${missing ? ` (and the required key '${guess}' is missing)` : ''}; allowed: ${allowed.join(', ')}`,
        at([...path, extra], true),
        guess ? `did you mean '${guess}'?` : undefined,
      );
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const inner = all.filter(
        (x) => x.instancePath === e.instancePath && (x as { propertyName?: string }).propertyName === name,
      );
      const allowed = inner.flatMap((x) =>
        x.keyword === 'enum' ? ((x.params as JsonObject).allowedValues as unknown[]).map(String) : x.keyword === 'const' ? [String((x.params as JsonObject).allowedValue)] : [],
      );
      const pattern = inner.find((x) => x.keyword === 'pattern');
      const why = allowed.length
        ? `; allowed: ${allowed.join(', ')}`
        : pattern
          ? `; a key must match ${String((pattern.params as JsonObject).pattern)}`
          : '';
      const guess = closest(name, allowed);
      return error(code, `unknown key '${name}' in ${where}${why}`, at([...path, name], true), guess ? `did you mean '${guess}'?` : undefined);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return error(code, `${subject} must be one of ${allowed.join(', ')} (got ${show(value)})`, at(path), guess ? `did you mean '${guess}'?` : undefined);
    }
    case 'const': {
      const quoteHint = doc.format === 'yaml' && typeof value === 'number' ? '; quote it in YAML' : '';
      return error(code, `${subject} must be ${JSON.stringify(params.allowedValue)} (got ${show(value)}${quoteHint})`, at(path));
    }
    case 'type': {
      const quoteHint = doc.format === 'yaml' && params.type === 'string' && value !== null && typeof value !== 'object' ? '; quote it in YAML' : '';
      return error(code, `${subject} must be ${article(String(params.type))} (got ${kindOf(value)}${quoteHint})`, at(path));
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      if (pattern === '\\S') return error(code, `${subject} must not be empty`, at(path));
      const max = /^\^\.\{0,(\d+)\}\$$/.exec(pattern);
      if (max) return error(code, `${subject} must be at most ${max[1]} characters (got ${show(value)})`, at(path));
      const description = schemaAt(schema, path)?.description;
      const hint = typeof description === 'string' ? ` — ${description.replace(/\.$/, '')}` : '';
      return error(code, `${subject} must match ${pattern}${hint} (got ${show(value)})`, at(path));
    }
    case 'minItems':
      return error(code, `${subject} must have at least ${String(params.limit)} item(s)`, at(path));
    case 'minimum':
      return error(code, `${subject} must be at least ${String(params.limit)} (got ${show(value)})`, at(path));
    case 'maximum':
      return error(code, `${subject} must be at most ${String(params.limit)} (got ${show(value)})`, at(path));
    default:
      return error(code, `${subject} ${e.message ?? 'is invalid'}`, at(path));
  }
}

/** The name a person would use for the value at `path`: its key, or the path for list items. */
function label(path: string[]): string {
  if (path.length === 0) return 'the document';
  const last = path[path.length - 1] as string;
  return /^\d+$/.test(last) ? describePath(path) : last;
}

function valueAt(data: unknown, path: string[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as JsonObject)[segment];
  }
  return node;
}

/**
 * The subschema that describes the value at an instance path, following $ref
 * within the document. (Ajv's schemaPath is relative to a referenced schema,
 * so it cannot be resolved from the root.)
 */
function schemaAt(root: object, path: string[]): JsonObject | undefined {
  const deref = (node: unknown): JsonObject | undefined => {
    let current = node;
    for (let hops = 0; hops < 16 && current && typeof current === 'object'; hops++) {
      const ref = (current as JsonObject).$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/')) break;
      const target = parsePointer(ref.slice(1)).reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as JsonObject)[key] : undefined),
        root,
      );
      // Keywords beside $ref (description, default) describe this use of it.
      current = target && typeof target === 'object' ? { ...(target as JsonObject), ...withoutRef(current as JsonObject) } : undefined;
    }
    return current && typeof current === 'object' ? (current as JsonObject) : undefined;
  };
  let node = deref(root);
  for (const segment of path) {
    if (!node) return undefined;
    const properties = node.properties as JsonObject | undefined;
    if (properties && Object.hasOwn(properties, segment)) node = deref(properties[segment]);
    else if (/^\d+$/.test(segment) && node.items) node = deref(node.items);
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') node = deref(node.additionalProperties);
    else return undefined;
  }
  return node;
}

function withoutRef(node: JsonObject): JsonObject {
  const { $ref: _, ...rest } = node;
  return rest;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return `the text ${show(value)}`;
}

function article(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping (object)';
    case 'array':
      return 'a list';
    case 'integer':
      return 'a whole number';
    case 'string':
      return 'text';
    default:
      return `a ${type}`;
  }
}
