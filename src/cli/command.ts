// The shape of a `dpn` sub-command and the streams it writes to.
import type { ParseArgsConfig } from 'node:util';

export interface CommandIO {
  /** Where answers come from (`dpn reconcile` asks before applying); absent: no one can answer. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export interface Command {
  /** Words after `dpn`, e.g. ['plan', 'validate']. */
  path: string[];
  summary: string;
  /** Usage line(s) after `dpn <path>`, e.g. `PATH... [--format table|json|markdown]`. */
  usage: string;
  options: Options;
  allowPositionals?: boolean;
  /** Returns the exit status: 0 ok, 1 invalid input or failed run, 2 usage. */
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

/** Exit statuses, shared by every command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
