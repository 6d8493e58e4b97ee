// Every action input, read once and checked into one typed value that the
// modes receive. Nothing reads an input anywhere else.
import { UserError } from '../errors.js';
import { defaultExportFile, NAMES_FORMATS, type NamesFormat } from '../export/names.js';

export const MODES = ['auto', 'preview', 'reconcile', 'recover', 'status', 'unlock', 'drift'] as const;
export type Mode = (typeof MODES)[number];
export type ResolvedMode = Exclude<Mode, 'auto'>;

export type DeletionPolicyInput = 'archive' | 'delete' | 'retain';
export type LockBackendName = 'git' | 'dynamodb';

export interface ActionInputs {
  mode: Mode;
  blueprints: string[];
  /** Globs of files the blueprint globs match that are not blueprints (blueprint/files.ts exclusion()). */
  exclude: string[];
  /** Directory holding naming-values.yaml / naming-patterns.yaml; undefined = `.dpn` if present, else built-ins. */
  configDir: string;
  stateDir: string;
  githubToken: string;
  dryRun: boolean;
  /** Overrides the blueprints' deletion policy when set. */
  deletionPolicy: DeletionPolicyInput | undefined;
  allowMassDelete: boolean;
  concurrency: number;
  /** Branch the state and WAL are committed to; undefined = the branch being reconciled. */
  stateBranch: string | undefined;
  transaction: string | undefined;
  strategy: 'rollback' | 'resume';
  comment: boolean;
  lockBackend: LockBackendName;
  lockScope: string;
  lockTablePrefix: string;
  /** How long to wait for a busy lock. */
  lockWaitMs: number;
  lockLeaseMs: number;
  /** unlock: break the lock even though its lease has not expired. */
  force: boolean;
  /** status: also read the live resources and report drift. */
  checkDrift: boolean;
  commitAuthor: { name: string; email: string } | undefined;
  /** preview: write the names export in this format to this workspace-relative path. */
  export: { format: NamesFormat; path: string } | undefined;
}

export type InputReader = (name: string) => string;

/** What @actions/core does, without importing it here: INPUT_<NAME> with spaces as `_`. */
export function readEnvInput(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export class InputError extends UserError {
  constructor(input: string, message: string) {
    super(`input "${input}": ${message}`, 'ACTION_INPUT');
    this.name = 'InputError';
  }
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(name);
  if (raw === '') return fallback;
  const value = raw.toLowerCase();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function bool(read: InputReader, name: string, fallback: boolean): boolean {
  const raw = read(name);
  if (raw === '') return fallback;
  // The YAML 1.2 core schema booleans, as @actions/core getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(name, `"${raw}" is not a boolean (true or false)`);
}

function int(read: InputReader, name: string, fallback: number, min: number, max: number): number {
  const raw = read(name);
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new InputError(name, `"${raw}" is not a whole number`);
  const value = Number(raw);
  if (value < min || value > max) throw new InputError(name, `${value} is outside ${min}..${max}`);
  return value;
}

function optional(read: InputReader, name: string): string | undefined {
  const raw = read(name);
  return raw === '' ? undefined : raw;
}

/** Globs one per line or comma-separated; `#` starts a comment line. */
function list(raw: string): string[] {
  return raw
    .split(/\r?\n|,(?![^{]*})/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*\.lock$|.*[\s~^:?*[\\]|.*@\{)[^\x00-\x1f\x7f]+(?<!\/|\.)$/;

/** `FORMAT` or `FORMAT:PATH`; the path stays inside the workspace. */
function exportInput(read: InputReader): ActionInputs['export'] {
  const raw = optional(read, 'export');
  if (raw === undefined) return undefined;
  const at = raw.indexOf(':');
  const format = (at < 0 ? raw : raw.slice(0, at)).trim().toLowerCase();
  if (!(NAMES_FORMATS as readonly string[]).includes(format)) {
    throw new InputError('export', `"${raw}" does not start with a format: one of ${NAMES_FORMATS.join(', ')} (then optionally :PATH)`);
  }
  const path = at < 0 ? defaultExportFile(format as NamesFormat) : raw.slice(at + 1).trim();
  const segments = path.split(/[\\/]+/);
  if (path === '' || /^([\\/]|[A-Za-z]:)/.test(path) || segments.includes('..') || segments[0] === '.git' || /[\x00-\x1f]/.test(path)) {
    throw new InputError('export', `"${path}" must be a file path relative to the workspace, without ".." and outside .git`);
  }
  return { format: format as NamesFormat, path: segments.join('/') };
}

export const DEFAULT_BLUEPRINTS = 'blueprints/**/*.{json,yaml,yml}';

export function parseInputs(read: InputReader): ActionInputs {
  const stateBranch = optional(read, 'state-branch');
  if (stateBranch !== undefined && !BRANCH.test(stateBranch)) {
    throw new InputError('state-branch', `"${stateBranch}" is not a valid branch name`);
  }
  const author = optional(read, 'commit-author');
  let commitAuthor: ActionInputs['commitAuthor'];
  if (author !== undefined) {
    const m = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(author);
    if (!m) throw new InputError('commit-author', `"${author}" is not of the form "Name <email>"`);
    commitAuthor = { name: m[1]!, email: m[2]! };
  }
  const transaction = optional(read, 'transaction');
  if (transaction !== undefined && !/^[A-Za-z0-9._:-]{1,128}$/.test(transaction)) {
    throw new InputError('transaction', `"${transaction}" is not a transaction id`);
  }
  const blueprints = list(read('blueprints') || DEFAULT_BLUEPRINTS);
  if (blueprints.length === 0) throw new InputError('blueprints', 'no glob given');
  const lockScope = read('lock-scope') || 'default';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(lockScope) || lockScope.endsWith('.lock')) {
    throw new InputError('lock-scope', `"${lockScope}" may hold only letters, digits, ".", "_" and "-"`);
  }
  return {
    mode: oneOf(read, 'mode', MODES, 'auto'),
    blueprints,
    exclude: list(read('exclude')),
    configDir: read('config-dir') || '.dpn',
    stateDir: read('state-dir') || '.dpn',
    githubToken: read('github-token'),
    dryRun: bool(read, 'dry-run', false),
    deletionPolicy: read('deletion-policy') ? oneOf(read, 'deletion-policy', ['archive', 'delete', 'retain'] as const, 'archive') : undefined,
    allowMassDelete: bool(read, 'allow-mass-delete', false),
    concurrency: int(read, 'concurrency', 8, 1, 256),
    stateBranch,
    transaction,
    strategy: oneOf(read, 'strategy', ['rollback', 'resume'] as const, 'rollback'),
    comment: bool(read, 'comment', true),
    lockBackend: oneOf(read, 'lock-backend', ['git', 'dynamodb'] as const, 'git'),
    lockScope,
    lockTablePrefix: read('lock-table-prefix') || 'dpn',
    lockWaitMs: int(read, 'lock-wait-seconds', 600, 0, 6 * 3600) * 1000,
    lockLeaseMs: int(read, 'lock-lease-seconds', 900, 10, 24 * 3600) * 1000,
    force: bool(read, 'force', false),
    checkDrift: bool(read, 'check-drift', true),
    commitAuthor,
    export: exportInput(read),
  };
}
