// `dpn read | update | delete --resource-id NAME --type TYPE`: one resource at a
// time. Read shows the state record and the live resource; update and delete
// run as one-operation transactions (WAL, lock, compensation) like a reconcile.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringify as toYaml, parse as parseYaml } from 'yaml';
import { UsageError, UserError } from '../../errors.js';
import { applyPlanFlow } from '../../flows/index.js';
import { blockedError, refusalError, resolveStateDir, workspaceOf } from '../face.js';
import { refOf, specOf } from '../../engine/steps.js';
import { blueprintField } from '../../blueprint/field-names.js';
import { isResourceType, type ResourceType } from '../../naming/types.js';
import { collectChanges } from '../../plan/fields.js';
import { summarize } from '../../plan/summary.js';
import type { Action, FieldChange, Operation, Plan } from '../../plan/types.js';
import type { LiveResource, ResourceRef } from '../../providers/driver.js';
import { closeDrivers, createDrivers, isProvisioned, PROVISIONED_TYPES } from '../../providers/registry.js';
import { escapeTerminal } from '../../render/escape.js';
import { loadState } from '../../state/index.js';
import type { State, StateResource } from '../../state/types.js';
import { didYouMean } from '../../source/suggest.js';
import { outputFormat } from './plan.js';
import { EXIT, type Command, type CommandIO, type ParsedArgs } from '../command.js';
import { COMMON_USAGE, LOCK_OPTIONS, STATE_OPTIONS, backendsOf, cancellation, stateDirOf } from './apply.js';
import { canAsk, confirm } from '../prompt.js';
import { createProgress } from '../progress.js';
import { CREDENTIAL_ALIASES, CREDENTIAL_OPTIONS, TYPE_ALIASES_USAGE, aliasUsage, resourceTypeOf, runEnvironment } from '../v1.js';

const TARGET_OPTIONS = {
  'resource-id': { type: 'string' },
  type: { type: 'string' },
  ...CREDENTIAL_OPTIONS,
} as const;

const TARGET_ALIASES = aliasUsage([TYPE_ALIASES_USAGE, ...CREDENTIAL_ALIASES]);

const TARGET_USAGE = '--resource-id NAME [--type TYPE]';
const ID_HELP =
  '  NAME is the resource key, its full name (db.table, catalog.schema) or its name; TYPE one of\n' +
  `  ${PROVISIONED_TYPES.join(', ')}\n` +
  '  (TYPE may be left out when the state holds exactly one resource NAME names)\n';

/** `--resource-id` and `--type`; without a type, the state decides (v1.0's README left it out). */
function targetOf(args: ParsedArgs, io: CommandIO): { id: string; type: ResourceType | undefined } {
  const id = args.values['resource-id'] as string | undefined;
  const given = args.values.type as string | undefined;
  if (!id) throw new UsageError('give --resource-id NAME (and --type TYPE)');
  if (given === undefined) return { id, type: undefined };
  const type = resourceTypeOf(given, io);
  if (!isResourceType(type)) throw new UsageError(`unknown type "${type}"`, `types dpn provisions: ${PROVISIONED_TYPES.join(', ')}`);
  if (!isProvisioned(type)) throw new UsageError(`dpn names ${type} but does not provision it`, `types dpn provisions: ${PROVISIONED_TYPES.join(', ')}`);
  return { id, type };
}

/** The state record `id` names: by key, full name or name, within `type` (any type when undefined). */
export function findRecord(state: State, type: ResourceType | undefined, id: string): StateResource | undefined {
  const ofType = (r: StateResource) => type === undefined || r.type === type;
  const byKey = state.resources.get(id);
  if (byKey) return ofType(byKey) ? byKey : undefined;
  const matches = [...state.resources.values()].filter((r) => ofType(r) && (r.fullName === id || r.name === id));
  if (matches.length > 1) {
    throw new UsageError(`"${id}" names ${matches.length} ${type ?? 'managed'} resources`, `give the key instead: ${matches.map((m) => m.key).join(', ')}`);
  }
  return matches[0];
}

function requireRecord(state: State, type: ResourceType | undefined, id: string, stateDir: string): StateResource {
  const record = findRecord(state, type, id);
  if (!record) {
    throw new UserError(`no ${type ?? 'resource'} "${id}" in the state at ${stateDir}`, 'NOT_MANAGED', 'dpn changes only what it manages; `dpn status` and the state files list them');
  }
  return record;
}

function singleOperation(action: Action, record: StateResource, desired?: ReturnType<typeof specOf>, changes: FieldChange[] = []): Plan {
  const op: Operation = {
    key: record.key,
    action,
    type: record.type,
    name: record.name,
    fullName: record.fullName,
    blueprint: record.blueprint,
    current: record,
    ...(desired ? { desired } : {}),
    changes,
    dependsOn: [],
  };
  return { operations: [op], summary: summarize([op]) };
}

async function runOne(args: ParsedArgs, io: CommandIO, build: (state: State) => Plan, label: string, forceDelete = false): Promise<number> {
  const format = outputFormat(args, ['table', 'json']);
  const stateDir = stateDirOf(args, io);
  const backends = await backendsOf(args, io, stateDir);
  const runEnv = runEnvironment(args, io).env;
  const drivers = createDrivers(runEnv, { forceDelete });
  const shown = createProgress(io, { quiet: args.values.quiet === true });
  const cancel = cancellation(io, (t) => shown.note(t));
  const planned = (state: State): Plan => {
    const plan = build(state);
    shown.expect(plan);
    return plan;
  };
  try {
    const result = await applyPlanFlow({
      face: 'cli',
      workspace: workspaceOf(stateDir),
      lock: backends.lock,
      sink: { event: shown.onEvent, warn: (m) => io.stderr.write(`dpn: warning: ${escapeTerminal(m)}\n`) },
      build: planned,
      drivers,
      env: runEnv,
      signal: cancel.signal,
    });
    shown.finish();
    if (result.status === 'blocked') throw blockedError(result.unfinished ?? []);
    if (result.status === 'refused') throw refusalError(result.refusal!);
    const transaction = result.transaction!;
    if (format === 'json') {
      const { state: _state, ...shownResult } = transaction;
      io.stdout.write(`${JSON.stringify({ status: transaction.status, summary: result.plan?.summary ?? null, transaction: shownResult, stateFiles: result.stateFiles }, null, 2)}\n`);
    } else io.stdout.write(shown.summary(transaction, label));
    if (transaction.status === 'committed') {
      io.stderr.write('dpn: note: the next `dpn reconcile` brings this resource back to what its blueprint says; change the blueprint too to keep this\n');
    }
    return transaction.status === 'committed' ? EXIT.ok : EXIT.invalid;
  } finally {
    shown.finish();
    cancel.dispose();
    closeDrivers(drivers);
  }
}

function liveTable(record: StateResource | undefined, ref: ResourceRef, live: LiveResource | null): string {
  const lines = [`${ref.type} ${escapeTerminal(ref.fullName)}`, `  key:        ${escapeTerminal(ref.key)}`, `  managed:    ${record ? `yes (transaction ${record.transaction}, ${record.appliedAt})` : 'no'}`];
  if (!live) {
    lines.push('  live:       not found');
    return `${lines.join('\n')}\n`;
  }
  if (live.physicalId) lines.push(`  id:         ${escapeTerminal(live.physicalId)}`);
  if (live.archived) lines.push('  archived:   yes');
  const drift: FieldChange[] = [];
  if (record) collectChanges('params', record.params, live.params, drift);
  for (const [k, v] of Object.entries(live.params).sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`  ${escapeTerminal(k).padEnd(11)} ${escapeTerminal(JSON.stringify(v))}`);
  const tags = Object.entries(live.tags).sort(([a], [b]) => (a < b ? -1 : 1));
  if (tags.length) lines.push(`  tags:       ${tags.map(([k, v]) => `${escapeTerminal(k)}=${escapeTerminal(v)}`).join(', ')}`);
  if (record && drift.length) lines.push(`  differs from the state in: ${drift.map((c) => c.path).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export const readCommand: Command = {
  path: ['read'],
  summary: 'Show one resource as the platform reports it, beside its state record',
  usage: `${TARGET_USAGE} [--format json|yaml|table]\n${ID_HELP}${COMMON_USAGE}Exit status: 0 found, 1 not found.\n${TARGET_ALIASES}`,
  options: { ...TARGET_OPTIONS, ...STATE_OPTIONS, format: { type: 'string' } },
  async run(args, io) {
    const target = targetOf(args, io);
    const id = target.id;
    const format = (args.values.format as string | undefined) ?? 'table';
    if (!['json', 'yaml', 'table'].includes(format)) throw new UsageError(`--format must be json, yaml or table, got "${format}"`);
    const stateDir = stateDirOf(args, io);
    const state = await loadState(stateDir);
    const record = findRecord(state, target.type, id);
    if (!target.type && !record) throw new UsageError(`give --type TYPE: "${id}" is not in the state at ${stateDir}, so dpn cannot tell what it is`);
    const type = target.type ?? record!.type;
    const ref: ResourceRef = record ? refOf(record) : { key: `${type}:${id}`, type, name: id.split('.').at(-1) ?? id, fullName: id, params: {}, tags: {} };
    const drivers = createDrivers(runEnvironment(args, io).env);
    let live: LiveResource | null;
    try {
      live = await drivers[type]!.read(ref, { resolve: (key) => state.resources.get(key) });
    } finally {
      closeDrivers(drivers);
    }
    const doc = { key: ref.key, type, name: ref.name, fullName: ref.fullName, managed: record !== undefined, state: record ?? null, live };
    if (format === 'json') io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    else if (format === 'yaml') io.stdout.write(toYaml(doc));
    else io.stdout.write(liveTable(record, ref, live));
    return live ? EXIT.ok : EXIT.invalid;
  },
};

async function readParams(file: string, cwd: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`cannot read --params ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'PARAMS_UNREADABLE');
  }
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new UserError(`${file}: not valid JSON or YAML: ${(error as Error).message.split('\n')[0]}`, 'PARAMS_INVALID');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`${file}: must hold an object of parameters, e.g. {"versioning": false}`, 'PARAMS_INVALID');
  }
  if (Object.keys(value).some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) {
    throw new UserError(`${file}: parameter names __proto__, constructor and prototype are not allowed`, 'PARAMS_INVALID');
  }
  return value as Record<string, unknown>;
}

/**
 * The patch in the record's own parameter names. A parameter may be named as
 * the blueprint names it (`lifecycle_days`) or as dpn records it
 * (`lifecycleDays`); anything else is refused, so nothing unknown reaches the
 * state while the platform stays as it was.
 */
function knownParams(record: StateResource, patch: Record<string, unknown>, file: string): Record<string, unknown> {
  const byName = new Map<string, string>();
  for (const key of Object.keys(record.params)) {
    if (key === 'region') continue;
    byName.set(key, key);
    byName.set(blueprintField(record.type, `params.${key}`), key);
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(patch)) {
    const key = byName.get(name);
    if (key === undefined) {
      const names = [...new Set([...byName.keys()].filter((n) => !/[A-Z]/.test(n)))].sort();
      throw new UserError(
        `${file}: ${record.type} has no parameter "${name}" that dpn can change; nothing was changed`,
        'PARAMS_INVALID',
        [didYouMean(name, byName.keys()), `parameters of ${record.type}: ${names.join(', ')}`].filter(Boolean).join('; '),
      );
    }
    out[key] = value;
  }
  return out;
}

export const updateCommand: Command = {
  path: ['update'],
  summary: 'Change the parameters of one managed resource (a one-operation transaction)',
  usage:
    `${TARGET_USAGE} --params FILE [--format table|json]\n${ID_HELP}  FILE (JSON or YAML) holds the parameters to change; the others keep their recorded values.\n${COMMON_USAGE}` +
    `${TARGET_ALIASES}  --rename NAME            refused: a name is what the naming convention makes of the blueprint\n`,
  options: { ...TARGET_OPTIONS, ...STATE_OPTIONS, ...LOCK_OPTIONS, params: { type: 'string' }, rename: { type: 'string' }, format: { type: 'string' } },
  async run(args, io) {
    if (args.values.rename !== undefined) {
      // v1.0 offered a rename it never did; in dpn a name follows from the blueprint and the convention.
      throw new UserError(
        'dpn does not rename a resource: its name is what the naming convention makes of its blueprint',
        'RENAME',
        'change the blueprint (or the naming convention) and run `dpn reconcile`; the plan shows the new name as a replace',
      );
    }
    const { id, type } = targetOf(args, io);
    const file = args.values.params as string | undefined;
    if (!file) throw new UsageError('give the new parameters with --params FILE');
    const patch = await readParams(file, io.cwd);
    const stateDir = resolveStateDir(io.cwd, (args.values['state-dir'] as string | undefined) ?? '.dpn');
    return runOne(args, io, (state) => {
      const record = requireRecord(state, type, id, stateDir);
      const desired = { ...specOf(record), params: { ...record.params, ...knownParams(record, patch, file) } };
      const changes: FieldChange[] = [];
      collectChanges('params', record.params, desired.params, changes);
      if (record.archived) changes.push({ path: 'archived', before: true, after: false });
      if (changes.length === 0) throw new UserError(`${record.type} ${record.fullName} already has these parameters; nothing to change`, 'NOTHING_TO_CHANGE');
      return singleOperation('update', record, desired, changes);
    }, 'Update');
  },
};

export const deleteCommand: Command = {
  path: ['delete'],
  summary: 'Delete (or with --archive, archive) one managed resource',
  usage:
    `${TARGET_USAGE} [--archive] [--yes] [--quiet] [--force] [--format table|json]\n${ID_HELP}` +
    '  --archive                keep the resource, marked retired (tags, paused schedule, terminated cluster)\n' +
    '  --yes                    do not ask (required when not on a terminal)\n' +
    '  --quiet                  print only the closing summary and errors\n' +
    '  --force                  also delete a bucket that holds objects / a database that holds tables\n' +
    COMMON_USAGE +
    `${TARGET_ALIASES}  -a                       --archive\n`,
  options: {
    ...TARGET_OPTIONS,
    ...STATE_OPTIONS,
    ...LOCK_OPTIONS,
    archive: { type: 'boolean', short: 'a' },
    yes: { type: 'boolean' },
    quiet: { type: 'boolean' },
    force: { type: 'boolean' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const { id, type } = targetOf(args, io);
    const archive = args.values.archive === true;
    const stateDir = stateDirOf(args, io);
    const record = requireRecord(await loadState(stateDir), type, id, stateDir);
    const { type: kind } = record;
    if (args.values.yes !== true) {
      if (!canAsk(io)) {
        // A refusal, not a usage error: the same line works on a terminal (v1.0 exited 1 here too).
        throw new UserError(`refusing to ${archive ? 'archive' : 'delete'} ${kind} ${record.fullName} without --yes when not on a terminal`, 'NOT_CONFIRMED', 'add --yes to confirm without a question');
      }
      const ok = await confirm(io, `${archive ? 'Archive' : 'Delete'} ${kind} ${escapeTerminal(record.fullName)}${archive ? '' : ' (this cannot be undone)'}? [y/N] `);
      if (!ok) {
        io.stderr.write('dpn: nothing changed\n');
        return EXIT.invalid;
      }
    }
    return runOne(
      args,
      io,
      (state) => {
        const current = requireRecord(state, kind, id, stateDir);
        if (archive && current.archived) throw new UserError(`${kind} ${current.fullName} is already archived`, 'NOTHING_TO_CHANGE');
        return singleOperation(archive ? 'archive' : 'delete', current);
      },
      archive ? 'Archive' : 'Delete',
      args.values.force === true,
    );
  },
};
