// A plan as a JSON value: saved by `dpn plan preview --out`, embedded in the
// WAL `begin` record, loaded again by apply and recover. Loading validates the
// whole shape and the DAG, so a hand-edited or truncated plan is a clear error
// instead of a half-applied transaction.
import { UserError } from '../errors.js';
import { isResourceType } from '../naming/types.js';
import { topological } from './diff.js';
import { executionSteps } from './steps.js';
import { summarize } from './summary.js';
import type { Action, Operation, Plan, PlanSummary } from './types.js';

export const PLAN_FORMAT_VERSION = 1;

export interface PlanJSON {
  version: typeof PLAN_FORMAT_VERSION;
  summary: PlanSummary;
  operations: Operation[];
  warnings?: Plan['warnings'];
}

export interface PlanToJSONOptions {
  /** Leave `desired` / `current` out of noop operations: a plan of 10,000 unchanged resources stays small. */
  compact?: boolean;
}

const ACTIONS: readonly Action[] = ['create', 'update', 'replace', 'archive', 'delete', 'retain', 'noop'];
const POLICIES = ['archive', 'delete', 'retain'];

export function planToJSON(plan: Plan, options: PlanToJSONOptions = {}): PlanJSON {
  const operations = plan.operations.map((op) => {
    if (!options.compact || op.action !== 'noop') return op;
    const { desired: _desired, current: _current, ...rest } = op;
    return rest;
  });
  const out: PlanJSON = { version: PLAN_FORMAT_VERSION, summary: summarize(plan), operations };
  if (plan.warnings && plan.warnings.length > 0) out.warnings = plan.warnings;
  // A JSON round trip drops undefined fields and shares nothing with the live plan.
  return JSON.parse(JSON.stringify(out)) as PlanJSON;
}

/** `source` names where the plan came from (a file path) in error messages. */
export function planFromJSON(value: unknown, source = 'plan'): Plan {
  const fail = (path: string, detail: string): never => {
    throw new UserError(`${source}: ${path}: ${detail}`, 'PLAN_INVALID', 'produce the plan again with `dpn plan preview`');
  };
  const obj = expectObject(value, 'plan', fail);
  if (obj['version'] !== PLAN_FORMAT_VERSION) {
    fail('version', `unknown plan format ${JSON.stringify(obj['version'] ?? null)}; this dpn reads ${PLAN_FORMAT_VERSION}`);
  }
  if (!Array.isArray(obj['operations'])) fail('operations', 'must be a list');
  const operations: Operation[] = [];
  const seen = new Set<string>();
  (obj['operations'] as unknown[]).forEach((raw, i) => {
    const path = `operations[${i}]`;
    const op = readOperation(raw, path, fail);
    if (seen.has(op.key)) fail(`${path}.key`, `duplicate operation for ${op.key}`);
    seen.add(op.key);
    operations.push(op);
  });
  operations.forEach((op, i) => {
    for (const dep of [...op.dependsOn, ...(op.retireDependsOn ?? [])]) {
      if (!seen.has(dep)) fail(`operations[${i}].dependsOn`, `names ${dep}, which has no operation in the plan`);
    }
  });
  const plan: Plan = { operations, summary: summarize(operations) };
  const given = obj['summary'];
  if (given !== undefined) {
    const summary = expectObject(given, 'summary', fail);
    for (const action of ACTIONS) {
      if (summary[action] !== plan.summary[action]) {
        fail(`summary.${action}`, `says ${JSON.stringify(summary[action] ?? null)} but the plan has ${plan.summary[action]}`);
      }
    }
  }
  if (obj['warnings'] !== undefined) {
    if (!Array.isArray(obj['warnings'])) fail('warnings', 'must be a list');
    plan.warnings = (obj['warnings'] as unknown[]).map((raw, i) => {
      const w = expectObject(raw, `warnings[${i}]`, fail);
      for (const field of ['code', 'key', 'message']) {
        if (typeof w[field] !== 'string') fail(`warnings[${i}].${field}`, 'must be a string');
      }
      return { code: w['code'] as string, key: w['key'] as string, message: w['message'] as string };
    });
  }
  // Both phases must be acyclic; executionSteps sorts them and throws on a cycle.
  topological(operations, (op) => op.dependsOn, 'apply');
  executionSteps(plan);
  return plan;
}

/** Parses the text of a saved plan (`dpn plan preview --format json --out FILE`). */
export function parsePlan(text: string, source: string): Plan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${source}: not valid JSON (${(error as Error).message})`, 'PLAN_INVALID');
  }
  return planFromJSON(value, source);
}

type Fail = (path: string, detail: string) => never;

function readOperation(raw: unknown, path: string, fail: Fail): Operation {
  const o = expectObject(raw, path, fail);
  for (const field of ['key', 'name', 'fullName', 'blueprint']) {
    if (typeof o[field] !== 'string' || o[field] === '') fail(`${path}.${field}`, 'must be a non-empty string');
  }
  const action = o['action'];
  if (typeof action !== 'string' || !(ACTIONS as readonly string[]).includes(action)) {
    fail(`${path}.action`, `must be one of ${ACTIONS.join(', ')}`);
  }
  if (typeof o['type'] !== 'string' || !isResourceType(o['type'])) fail(`${path}.type`, 'unknown resource type');
  const changes = o['changes'];
  if (!Array.isArray(changes)) fail(`${path}.changes`, 'must be a list');
  (changes as unknown[]).forEach((c, j) => {
    const change = expectObject(c, `${path}.changes[${j}]`, fail);
    if (typeof change['path'] !== 'string') fail(`${path}.changes[${j}].path`, 'must be a string');
  });
  expectKeys(o['dependsOn'], `${path}.dependsOn`, fail);
  if (o['retireDependsOn'] !== undefined) expectKeys(o['retireDependsOn'], `${path}.retireDependsOn`, fail);
  for (const flag of ['stateOnly']) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean') fail(`${path}.${flag}`, 'must be true or false');
  }
  if (o['movedFrom'] !== undefined && typeof o['movedFrom'] !== 'string') fail(`${path}.movedFrom`, 'must be a string');
  if (o['provisioned'] !== undefined) {
    if (o['provisioned'] !== false) fail(`${path}.provisioned`, 'must be false when present (a resource dpn names but does not provision)');
    if (action !== 'noop') fail(`${path}.action`, 'a resource dpn does not provision is always a noop');
  }

  const needsDesired = action === 'create' || action === 'update' || action === 'replace';
  const needsCurrent = action !== 'create' && action !== 'noop';
  if (o['desired'] !== undefined) readSpec(o['desired'], `${path}.desired`, o['key'] as string, fail);
  else if (needsDesired) fail(`${path}.desired`, `a ${String(action)} needs the desired resource`);
  if (o['current'] !== undefined) readRecord(o['current'], `${path}.current`, o['key'] as string, fail);
  else if (needsCurrent) fail(`${path}.current`, `a ${String(action)} needs the recorded resource`);
  if (action === 'create' && o['current'] !== undefined) fail(`${path}.current`, 'a create has no recorded resource');
  return o as unknown as Operation;
}

function readSpec(raw: unknown, path: string, key: string, fail: Fail): void {
  const s = expectObject(raw, path, fail);
  if (s['key'] !== key) fail(`${path}.key`, `must equal the operation key ${key}`);
  for (const field of ['name', 'fullName', 'blueprint']) {
    if (typeof s[field] !== 'string') fail(`${path}.${field}`, 'must be a string');
  }
  if (typeof s['type'] !== 'string' || !isResourceType(s['type'])) fail(`${path}.type`, 'unknown resource type');
  const location = expectObject(s['location'], `${path}.location`, fail);
  if (typeof location['file'] !== 'string' || typeof location['line'] !== 'number' || typeof location['column'] !== 'number') {
    fail(`${path}.location`, 'must be {file, line, column}');
  }
  expectKeys(s['dependsOn'], `${path}.dependsOn`, fail);
  readCommon(s, path, fail);
}

function readRecord(raw: unknown, path: string, key: string, fail: Fail): void {
  const r = expectObject(raw, path, fail);
  if (r['key'] !== key) fail(`${path}.key`, `must equal the operation key ${key}`);
  for (const field of ['name', 'fullName', 'blueprint', 'appliedAt', 'transaction']) {
    if (typeof r[field] !== 'string') fail(`${path}.${field}`, 'must be a string');
  }
  if (typeof r['type'] !== 'string' || !isResourceType(r['type'])) fail(`${path}.type`, 'unknown resource type');
  if (r['dependsOn'] !== undefined) expectKeys(r['dependsOn'], `${path}.dependsOn`, fail);
  readCommon(r, path, fail);
}

function readCommon(o: Record<string, unknown>, path: string, fail: Fail): void {
  expectObject(o['params'], `${path}.params`, fail);
  const tags = expectObject(o['tags'], `${path}.tags`, fail);
  for (const [k, v] of Object.entries(tags)) if (typeof v !== 'string') fail(`${path}.tags.${k}`, 'must be a string');
  if (typeof o['deletionPolicy'] !== 'string' || !POLICIES.includes(o['deletionPolicy'])) {
    fail(`${path}.deletionPolicy`, 'must be archive, delete or retain');
  }
}

function expectObject(value: unknown, path: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Record<string, unknown>;
}

function expectKeys(value: unknown, path: string, fail: Fail): void {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(path, 'must be a list of resource keys');
}
