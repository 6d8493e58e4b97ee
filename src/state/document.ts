// The state document of one blueprint and its stable serialisation. Pure: text
// in, records out; the store (store.ts) does the file system.
//
//   {
//     "blueprint": "blueprints/dev.json",
//     "resources": {
//       "<key>": { "appliedAt": …, "deletionPolicy": …, "fullName": …, "name": …,
//                  "params": {…}, "tags": {…}, "transaction": …, "type": … }
//     },
//     "version": 1
//   }
//
// Every object's keys are sorted (so resources are ordered by key), indentation
// is two spaces and the file ends with a newline: changing one resource changes
// only its own lines. A record does not repeat its key or blueprint (the
// document holds them); `archived` is written only when true and `physicalId` /
// `dependsOn` only when present, so they add lines only where they mean something.
// Fields this version does not know are kept as they are, so an additive change
// to StateResource survives a round trip through an older reader.
import { UserError } from '../errors.js';
import { isResourceType } from '../naming/types.js';
import type { StateResource } from './types.js';
import { normalizeBlueprintPath } from './path.js';

export const STATE_VERSION = 1;

export interface StateDocument {
  blueprint: string;
  resources: StateResource[];
}

/** Thrown for a state file that cannot be trusted; names the file and, where known, the line. */
export class StateError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
    code = 'STATE_CORRUPT',
  ) {
    super(
      `${file}${line === undefined ? '' : `:${line}`}: ${detail}`,
      code,
      `the state is committed to git: inspect it with \`git log -p -- ${file}\` and restore the last good version; dpn never treats unreadable state as empty`,
    );
    this.name = 'StateError';
  }
}

const KNOWN_POLICIES = new Set(['archive', 'delete', 'retain']);
/** Fields every record has in the file; `key` and `blueprint` come from the document. */
const OMITTED = new Set(['key', 'blueprint']);

export function serializeState(blueprint: string, resources: Iterable<StateResource>): string {
  const records = new Map<string, unknown>();
  for (const resource of resources) {
    if (records.has(resource.key)) {
      throw new Error(`state of ${blueprint}: resource ${resource.key} given twice`);
    }
    records.set(resource.key, toRecord(resource));
  }
  const document = {
    version: STATE_VERSION,
    blueprint: normalizeBlueprintPath(blueprint),
    resources: Object.fromEntries(records),
  };
  return JSON.stringify(sortDeep(document), null, 2) + '\n';
}

export function parseState(text: string, file: string): StateDocument {
  let raw: unknown;
  // An editor on Windows may add a byte-order mark; it is not a reason to refuse the state.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new StateError(file, lineOfParseError(text, message), `not valid JSON (${message})`);
  }
  if (!isPlainObject(raw)) throw new StateError(file, 1, 'a state file must hold a JSON object');
  if (raw['version'] !== STATE_VERSION) {
    throw new StateError(
      file,
      lineOf(text, '"version"'),
      `unknown state version ${JSON.stringify(raw['version'] ?? null)}; this dpn reads version ${STATE_VERSION}` +
        (typeof raw['version'] === 'number' && raw['version'] > STATE_VERSION ? ' (written by a newer dpn: upgrade dpn)' : ''),
      'STATE_VERSION',
    );
  }
  for (const field of Object.keys(raw)) {
    if (field !== 'version' && field !== 'blueprint' && field !== 'resources') {
      throw new StateError(file, lineOf(text, JSON.stringify(field)), `unknown top-level field "${field}"`);
    }
  }
  const blueprint = raw['blueprint'];
  if (typeof blueprint !== 'string' || blueprint === '') {
    throw new StateError(file, lineOf(text, '"blueprint"'), '"blueprint" must be a non-empty string');
  }
  const resources = raw['resources'];
  if (!isPlainObject(resources)) {
    throw new StateError(file, lineOf(text, '"resources"'), '"resources" must be an object keyed by resource key');
  }
  const out: StateResource[] = [];
  for (const [key, record] of Object.entries(resources)) {
    // The line is looked up only on failure: scanning for every record would make loading quadratic.
    const fail = (detail: string): never => {
      throw new StateError(file, lineOf(text, `${JSON.stringify(key)}:`), `resource ${JSON.stringify(key)}: ${detail}`);
    };
    if (!isPlainObject(record)) fail('must be an object');
    const r = record as Record<string, unknown>;
    const type = r['type'];
    if (typeof type !== 'string' || !isResourceType(type)) fail(`unknown type ${JSON.stringify(type ?? null)}`);
    for (const field of ['name', 'fullName', 'appliedAt', 'transaction'] as const) {
      if (typeof r[field] !== 'string') fail(`"${field}" must be a string`);
    }
    if (!isPlainObject(r['params'])) fail('"params" must be an object');
    const tags = r['tags'];
    if (!isPlainObject(tags) || Object.values(tags).some((v) => typeof v !== 'string')) {
      fail('"tags" must be an object of strings');
    }
    if (typeof r['deletionPolicy'] !== 'string' || !KNOWN_POLICIES.has(r['deletionPolicy'])) {
      fail('"deletionPolicy" must be archive, delete or retain');
    }
    if (r['physicalId'] !== undefined && typeof r['physicalId'] !== 'string') fail('"physicalId" must be a string');
    if (r['archived'] !== undefined && typeof r['archived'] !== 'boolean') fail('"archived" must be true or false');
    const deps = r['dependsOn'];
    if (deps !== undefined && (!Array.isArray(deps) || deps.some((d) => typeof d !== 'string'))) {
      fail('"dependsOn" must be a list of resource keys');
    }
    for (const field of OMITTED) {
      if (Object.hasOwn(r, field)) fail(`"${field}" does not belong in a record (the document holds it)`);
    }
    out.push({ ...(r as Omit<StateResource, 'key' | 'blueprint'>), key, blueprint } as StateResource);
  }
  return { blueprint, resources: out };
}

function toRecord(resource: StateResource): Record<string, unknown> {
  const record: [string, unknown][] = [];
  for (const [field, value] of Object.entries(resource)) {
    if (OMITTED.has(field) || value === undefined) continue;
    if (field === 'archived' && value !== true) continue;
    if (field === 'dependsOn') {
      const deps = [...new Set(value as string[])].sort();
      if (deps.length > 0) record.push([field, deps]);
      continue;
    }
    record.push([field, value]);
  }
  return Object.fromEntries(record);
}

/** Objects get sorted keys (code-unit order, locale-independent); arrays keep their order. */
export function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (isPlainObject(value)) {
    // fromEntries defines own properties, so a key like "__proto__" stays data.
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => value[key] !== undefined)
        .map((key) => [key, sortDeep(value[key])]),
    );
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOf(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  return index < 0 ? undefined : lineAt(text, index);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfParseError(text: string, message: string): number | undefined {
  const explicit = /line (\d+)/.exec(message);
  if (explicit?.[1]) return Number(explicit[1]);
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return lineAt(text, Number(position[1]));
  if (/end of JSON input/i.test(message)) return lineAt(text, text.length);
  return undefined;
}
