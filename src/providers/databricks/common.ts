// What the Databricks drivers share: reading typed params out of a ResourceSpec, the errors they throw,
// and settings comparison for idempotent adopt.
import { ProviderError, type DriverContext } from '../driver.js';
import type { Column } from '../../blueprint/params.js';
import type { DatabricksClient, RequestOptions } from './client.js';
import { DatabricksApiError } from './client.js';

/** The client, created on first use so that building drivers needs no credentials (plan mode). */
export type ClientSource = () => DatabricksClient;

/** Property / tag dpn sets on a Unity Catalog object, table or job it archived. */
export const ARCHIVED_MARK = 'dpn_archived';

/**
 * The creation marker (DESIGN.md, "Ownership"): the id of the transaction that
 * created the object, under one key everywhere: cluster `custom_tags`, job
 * `tags`, catalog and schema `properties`, table TBLPROPERTIES. Letters and `_`
 * only, so it passes cloud tag rules (cluster tags become VM tags) and is no
 * reserved table property. Never written on an adopted object.
 */
export const CREATED_BY_MARK = 'dpn_created_by';

/** The marker in a tag or property map, or undefined. */
export function createdByOf(map: Record<string, string> | undefined): string | undefined {
  const value = map?.[CREATED_BY_MARK];
  return value === undefined || value === '' ? undefined : value;
}

/** `map` without dpn's own keys (archive mark, creation marker): what a blueprint sets and `read` reports. */
export function withoutMarks(map: Record<string, string>): Record<string, string> {
  const { [ARCHIVED_MARK]: _archived, [CREATED_BY_MARK]: _created, ...rest } = map;
  return rest;
}

/** `map` with this transaction's creation marker, when there is a transaction. */
export function withCreatedBy(map: Record<string, string>, ctx: DriverContext): Record<string, string> {
  return ctx.transaction === undefined ? map : { ...map, [CREATED_BY_MARK]: ctx.transaction };
}

/** `map` with the marker `live` carries, if any: for calls that replace a whole map (edit, reset, PATCH). */
export function keepCreatedBy(map: Record<string, string>, live: Record<string, string> | undefined): Record<string, string> {
  const marker = createdByOf(live);
  return marker === undefined ? map : { ...map, [CREATED_BY_MARK]: marker };
}

/** Refuses a blueprint map that sets one of dpn's own keys. */
export function refuseMarks(map: Record<string, string>, key: string, field: string): void {
  for (const reserved of [ARCHIVED_MARK, CREATED_BY_MARK]) {
    if (reserved in map) throw invalid(`${key}: ${field} may not set ${reserved}: dpn reserves it for its own markers`);
  }
}

export function invalid(message: string, code = 'INVALID_PARAMS'): ProviderError {
  return new ProviderError(message, 'invalid', { code });
}

export function conflict(message: string): ProviderError {
  return new ProviderError(message, 'conflict', { code: 'CONFLICT' });
}

export function notFound(message: string): ProviderError {
  return new ProviderError(message, 'not_found', { code: 'NOT_FOUND' });
}

/** `{signal}` when the context has one (exactOptionalPropertyTypes forbids `signal: undefined`). */
export function withSignal(ctx: DriverContext, options: RequestOptions = {}): RequestOptions {
  return ctx.signal ? { ...options, signal: ctx.signal } : options;
}

/** True for an error that means "this object does not exist". */
export function isMissing(error: unknown): boolean {
  if (!(error instanceof ProviderError)) return false;
  if (error.kind === 'not_found') return true;
  // Clusters (and older Jobs endpoints) answer 400 INVALID_PARAMETER_VALUE for an id that does not exist.
  return (
    error instanceof DatabricksApiError &&
    error.status === 400 &&
    error.errorCode === 'INVALID_PARAMETER_VALUE' &&
    /does not exist|not found|cannot be found/i.test(error.apiMessage)
  );
}

/** True for a duplicate create: Unity Catalog has answered both 400 and 409 RESOURCE_ALREADY_EXISTS. */
export function isAlreadyExists(error: unknown): boolean {
  if (!(error instanceof DatabricksApiError)) return false;
  if (error.errorCode === 'RESOURCE_ALREADY_EXISTS' || error.errorCode === 'ALREADY_EXISTS') return true;
  return (error.status === 400 || error.status === 409) && /already exists/i.test(error.apiMessage);
}

function field(params: Record<string, unknown>, key: string, name: string): unknown {
  const value = params[name];
  if (value === undefined || value === null) throw invalid(`${key}: params.${name} is required`);
  return value;
}

export function stringParam(params: Record<string, unknown>, key: string, name: string): string {
  const value = field(params, key, name);
  if (typeof value !== 'string' || value === '') throw invalid(`${key}: params.${name} must be a non-empty string`);
  return value;
}

export function optionalString(params: Record<string, unknown>, key: string, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(`${key}: params.${name} must be a string`);
  return value;
}

export function stringMapParam(params: Record<string, unknown>, key: string, name: string): Record<string, string> {
  const value = params[name];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`${key}: params.${name} must be a map of strings`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') throw invalid(`${key}: params.${name}.${k} must be a string`);
    out[k] = v;
  }
  return out;
}

export function columnsParam(params: Record<string, unknown>, key: string): Column[] {
  const value = params.columns ?? [];
  if (!Array.isArray(value)) throw invalid(`${key}: params.columns must be a list of {name, type}`);
  return value.map((c: unknown, i) => {
    const col = c as Partial<Column> | null;
    if (!col || typeof col.name !== 'string' || col.name === '' || typeof col.type !== 'string' || col.type === '') {
      throw invalid(`${key}: params.columns[${i}] needs a name and a type`);
    }
    return { name: col.name, type: col.type, ...(typeof col.comment === 'string' ? { comment: col.comment } : {}) };
  });
}

/** Structural equality of plain JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ak = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ak.length === bk.length &&
    ak.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `live` has everything `wanted` sets, at any depth (the platform fills in defaults, such as a notebook
 * task's `source`, that a blueprint never mentions).
 */
export function containsAll(live: unknown, wanted: unknown): boolean {
  if (isPlainObject(wanted)) {
    return isPlainObject(live) && Object.keys(wanted).every((k) => wanted[k] === undefined || containsAll(live[k], wanted[k]));
  }
  if (Array.isArray(wanted)) {
    return Array.isArray(live) && live.length === wanted.length && wanted.every((w, i) => containsAll(live[i], w));
  }
  return deepEqual(live, wanted);
}

/** `live` cut down to the shape of `wanted`: the fields the blueprint sets, as the platform reports them. */
export function projectOnto(live: unknown, wanted: unknown): unknown {
  if (isPlainObject(live) && isPlainObject(wanted)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(wanted)) if (live[k] !== undefined) out[k] = projectOnto(live[k], wanted[k]);
    return out;
  }
  if (Array.isArray(live) && Array.isArray(wanted) && live.length === wanted.length) {
    return live.map((x, i) => projectOnto(x, wanted[i]));
  }
  return live;
}

/** Names of the fields whose values differ, for conflict messages. */
export function differences(live: Record<string, unknown>, wanted: Record<string, unknown>): string[] {
  return Object.keys(wanted).filter((k) => !deepEqual(live[k], wanted[k]));
}

export function withoutKey<T>(map: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = map;
  return rest;
}
