// dpn v1.0's command-line vocabulary, so the command lines its users' scripts
// hold keep working: its resource type names, its credential flags, its short
// flags, and the one-line stderr note that names dpn's spelling. Commands take
// these option tables and call these functions; nothing else knows v1.0 words.
import { UsageError } from '../errors.js';
import { isResourceType, type ResourceType } from '../naming/types.js';
import type { CommandIO, Options, ParsedArgs } from './command.js';

/** v1.0's `--type` choices (its read/update/delete) and the dpn type key each one is. */
export const V1_TYPE_ALIASES: Readonly<Record<string, ResourceType>> = Object.freeze({
  s3: 'aws_s3_bucket',
  'glue-db': 'aws_glue_database',
  'glue-table': 'aws_glue_table',
  cluster: 'dbx_cluster',
  job: 'dbx_job',
  catalog: 'dbx_catalog',
  schema: 'dbx_schema',
  table: 'dbx_table',
});

/** The v1.0 flags that say which cloud account a run talks to. */
export const CREDENTIAL_OPTIONS = {
  'aws-profile': { type: 'string' },
  'dbx-host': { type: 'string' },
  'dbx-token': { type: 'string' },
} as const satisfies Options;

/** Each credential flag and the environment variable it stands for. */
const CREDENTIAL_ENV: Readonly<Record<keyof typeof CREDENTIAL_OPTIONS, string>> = {
  'aws-profile': 'AWS_PROFILE',
  'dbx-host': 'DATABRICKS_HOST',
  'dbx-token': 'DATABRICKS_TOKEN',
};

/** The last lines of a command's --help: v1.0 spellings, listed once, as aliases. */
export function aliasUsage(lines: readonly string[]): string {
  return `\nAliases kept from dpn v1.0:\n${lines.map((l) => `  ${l}\n`).join('')}`;
}

export const CREDENTIAL_ALIASES = [
  '--aws-profile NAME       AWS_PROFILE=NAME for this run',
  '--dbx-host URL           DATABRICKS_HOST=URL for this run',
  '--dbx-token TOKEN        DATABRICKS_TOKEN=TOKEN for this run (never printed; prefer the variable, a flag shows in ps)',
] as const;

/** `--type s3=aws_s3_bucket, …`: AWS on one line, Databricks under it. */
export const TYPE_ALIASES_USAGE = ['aws_', 'dbx_']
  .map((platform) =>
    Object.entries(V1_TYPE_ALIASES)
      .filter(([, type]) => type.startsWith(platform))
      .map(([alias, type]) => `${alias}=${type}`)
      .join(', '),
  )
  .join(',\n         ')
  .replace(/^/, '--type ');

/** One line on stderr naming the spelling dpn prefers; stdout stays the command's document. */
export function noteV1Spelling(io: CommandIO, used: string, instead: string): void {
  io.stderr.write(`dpn: note: ${used} is dpn v1.0's spelling; dpn's is ${instead}\n`);
}

/** `--type`: a dpn type key, or v1.0's name for one (with a note naming the key). */
export function resourceTypeOf(value: string, io: CommandIO, flag = '--type'): string {
  const alias = V1_TYPE_ALIASES[value];
  if (alias === undefined) return value;
  noteV1Spelling(io, `${flag} ${value}`, `${flag} ${alias}`);
  return alias;
}

/** Whether `value` is a dpn type key or v1.0's name for one. */
export function isTypeName(value: string): boolean {
  return isResourceType(value) || V1_TYPE_ALIASES[value] !== undefined;
}

/**
 * The IO a command runs its drivers with: `--aws-profile`, `--dbx-host` and
 * `--dbx-token` become AWS_PROFILE, DATABRICKS_HOST and DATABRICKS_TOKEN in a
 * copy of the environment, for this run only. A named profile wins over static
 * keys in the environment, as it did in v1.0 (boto3's Session(profile_name)).
 */
export function runEnvironment(args: ParsedArgs, io: CommandIO): CommandIO {
  const env: NodeJS.ProcessEnv = { ...io.env };
  let changed = false;
  for (const [flag, variable] of Object.entries(CREDENTIAL_ENV)) {
    const value = args.values[flag];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${flag} needs a value`);
    env[variable] = value;
    changed = true;
    noteV1Spelling(io, `--${flag}`, `${variable} in the environment`);
  }
  if (!changed) return io;
  if (args.values['aws-profile'] !== undefined) {
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
    delete env.AWS_SESSION_TOKEN;
  }
  return { ...io, env };
}

/** Values of `--dbx-token` in argv (both `--dbx-token X` and `--dbx-token=X`). */
function secretsOf(argv: readonly string[]): string[] {
  const secrets: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--dbx-token' && argv[i + 1] !== undefined) secrets.push(argv[i + 1]!);
    else if (arg.startsWith('--dbx-token=')) secrets.push(arg.slice('--dbx-token='.length));
  });
  return secrets.filter((s) => s.length > 0);
}

/**
 * Streams that never let a `--dbx-token` value through, whatever path the
 * output takes (usage errors that echo arguments, provider messages, bugs).
 */
export function withoutSecrets(argv: readonly string[], io: CommandIO): CommandIO {
  const secrets = secretsOf(argv);
  if (secrets.length === 0) return io;
  const mask = (chunk: string): string => secrets.reduce((text, s) => text.split(s).join('***'), String(chunk));
  const wrap = (stream: CommandIO['stdout']): CommandIO['stdout'] => ({
    write: (chunk: string) => stream.write(mask(chunk)),
    ...(stream.isTTY !== undefined ? { isTTY: stream.isTTY } : {}),
  });
  return { ...io, stdout: wrap(io.stdout), stderr: wrap(io.stderr) };
}
