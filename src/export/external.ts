// The protocol of Terraform's `external` data source, for `dpn terraform names`:
// the query Terraform sends on stdin (a JSON object of strings) and the result
// it expects on stdout (one flat JSON object whose values are all strings).
import { closest } from '../source/suggest.js';
import { UserError } from '../errors.js';
import { exportedNames } from './names.js';
import type { ResourceSpec } from '../blueprint/types.js';

export interface NamesQuery {
  blueprints: string[];
  key?: string;
  valuesConfig?: string;
  patternsConfig?: string;
  overrides: string[];
}

const FIELDS = ['blueprints', 'key', 'values_config', 'patterns_config', 'overrides'];

function queryError(message: string): UserError {
  return new UserError(`query: ${message}`, 'TERRAFORM_QUERY', `the query takes ${FIELDS.join(', ')} (strings); blueprints is required`);
}

/** Several paths or overrides in one string (the protocol has strings only): comma- or newline-separated. */
function list(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parseNamesQuery(input: string): NamesQuery {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch (error) {
    throw queryError(`stdin is not JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw queryError('stdin must hold one JSON object');
  const q = parsed as Record<string, unknown>;
  for (const [field, value] of Object.entries(q)) {
    if (!FIELDS.includes(field)) throw queryError(`unknown field "${field}"${closest(field, FIELDS) ? ` (did you mean "${closest(field, FIELDS)}"?)` : ''}`);
    if (typeof value !== 'string') throw queryError(`"${field}" must be a string, as Terraform sends it`);
  }
  const blueprints = list((q.blueprints as string | undefined) ?? '');
  if (blueprints.length === 0) throw queryError('"blueprints" names no blueprint file or directory');
  const out: NamesQuery = { blueprints, overrides: list((q.overrides as string | undefined) ?? '') };
  if (typeof q.key === 'string' && q.key !== '') out.key = q.key;
  if (typeof q.values_config === 'string' && q.values_config !== '') out.valuesConfig = q.values_config;
  if (typeof q.patterns_config === 'string' && q.patterns_config !== '') out.patternsConfig = q.patterns_config;
  return out;
}

/** Every name by key; or, with `key` (a dpn key or a Terraform identifier), that resource's fields. */
export function namesResult(resources: readonly ResourceSpec[], key?: string): Record<string, string> {
  const names = exportedNames(resources);
  if (key === undefined) return Object.fromEntries([...names].map(([k, n]) => [k, n.name]));
  const hit = names.get(key) ? ([key, names.get(key)] as const) : [...names].find(([, n]) => n.id === key);
  if (!hit || !hit[1]) {
    const near = closest(key, names.keys());
    const close = near ? [near] : [...names.keys()].filter((k) => k.includes(key.split(':').pop() ?? key)).slice(0, 3);
    throw new UserError(
      `no resource with the key "${key}"`,
      'TERRAFORM_QUERY',
      close.length > 0 ? `did you mean ${close.map((k) => `"${k}"`).join(', ')}?` : 'dpn export names BLUEPRINTS --format json lists every key',
    );
  }
  const [k, n] = hit;
  return { key: k, id: n.id, type: n.type, name: n.name, full_name: n.full_name };
}
