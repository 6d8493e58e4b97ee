// `--state-dir` for commands that only read: a directory the user named must
// exist (a typo must not read as "no state"), and nothing is ever created.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { closest } from '../source/suggest.js';

export const DEFAULT_STATE_DIR = '.dpn';

export interface ReadOnlyStateDir {
  /** Absolute path of the state directory. */
  absolute: string;
  /** As the user would write it, for messages. */
  shown: string;
  /** False when the default `.dpn` does not exist: there is no state yet (not an error). */
  exists: boolean;
}

/**
 * The state directory a read-only command (status, preview, recover --dry-run…)
 * reads. `given` is the `--state-dir` value, undefined when the option was not
 * passed. Throws a UserError (code STATE_DIR_NOT_FOUND) when a directory the
 * user named does not exist or is not a directory; never creates anything.
 */
export function readOnlyStateDir(given: string | boolean | undefined, cwd: string): ReadOnlyStateDir {
  if (given !== undefined && (typeof given !== 'string' || given.trim() === '')) throw new UsageError('--state-dir needs a directory');
  const dir = (given as string | undefined) ?? DEFAULT_STATE_DIR;
  const absolute = isAbsolute(dir) ? dir : resolve(cwd, dir);
  const shown = isAbsolute(dir) ? dir : relative(cwd, absolute) || '.';
  let kind: 'directory' | 'other' | 'missing';
  try {
    kind = statSync(absolute).isDirectory() ? 'directory' : 'other';
  } catch {
    kind = 'missing';
  }
  if (kind === 'directory') return { absolute, shown, exists: true };
  if (given === undefined && kind === 'missing') return { absolute, shown, exists: false };
  const near = kind === 'missing' ? nearbyDirectory(absolute) : undefined;
  throw new UserError(
    kind === 'missing' ? `--state-dir ${shown} does not exist` : `--state-dir ${shown} is not a directory`,
    'STATE_DIR_NOT_FOUND',
    near ? `did you mean --state-dir ${isAbsolute(dir) ? near : relative(cwd, near) || '.'}?` : 'give the directory that holds state/ (by default .dpn)',
  );
}

/** A sibling directory whose name is a likely spelling of the missing one. */
function nearbyDirectory(absolute: string): string | undefined {
  try {
    const parent = dirname(absolute);
    const names = readdirSync(parent, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const guess = closest(basename(absolute), names);
    return guess === undefined ? undefined : resolve(parent, guess);
  } catch {
    return undefined;
  }
}
