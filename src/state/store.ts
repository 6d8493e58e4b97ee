// The state store in the repository's working tree: reads every state file
// under `<state-dir>/state/`, writes the files of the blueprints a transaction
// touched, atomically (temp file, fsync, rename), and removes the files of
// blueprints that no longer hold resources. Committing them is the caller's job.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { StateError, parseState, serializeState } from './document.js';
import { blueprintOfStateFile, normalizeBlueprintPath, stateFileFor, STATE_SUBDIR } from './path.js';
import type { State, StateResource } from './types.js';

export const DEFAULT_STATE_DIR = '.dpn';

export function emptyState(): State {
  return { resources: new Map() };
}

export interface StateFile {
  /** Path of the file: `<state-dir>/state/…`. */
  file: string;
  blueprint: string;
  resources: StateResource[];
}

/** Every state file under `<state-dir>/state/`, sorted by path. A missing directory holds none. */
export async function readStateFiles(stateDir: string): Promise<StateFile[]> {
  const root = join(stateDir, STATE_SUBDIR);
  let rootStat;
  try {
    rootStat = await stat(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  if (!rootStat.isDirectory()) throw new StateError(root, undefined, 'the state location is not a directory');
  const files: StateFile[] = [];
  for (const path of (await listJsonFiles(root)).sort()) {
    const rel = relative(root, path).split(sep).join('/');
    const document = parseState(await readFile(path, 'utf8'), path);
    const expected = blueprintOfStateFile(rel);
    if (expected === null || normalizeBlueprintPath(document.blueprint) !== expected) {
      throw new StateError(
        path,
        undefined,
        `holds the state of blueprint "${document.blueprint}", but its path belongs to ` +
          (expected === null ? 'no blueprint' : `"${expected}"`) +
          `; the state of "${document.blueprint}" lives in ${join(root, stateFileFor(document.blueprint))}`,
        'STATE_MISPLACED',
      );
    }
    files.push({ file: path, blueprint: expected, resources: document.resources });
  }
  return files;
}

/**
 * The whole state: every resource of every blueprint file. Corrupt JSON, an
 * unknown version, a misplaced file or a key held by two files is a StateError
 * naming the file; a missing state directory is an empty state.
 */
export async function loadState(stateDir: string = DEFAULT_STATE_DIR): Promise<State> {
  const state = emptyState();
  const owner = new Map<string, string>();
  for (const { file, resources } of await readStateFiles(stateDir)) {
    for (const resource of resources) {
      const previous = owner.get(resource.key);
      if (previous !== undefined) {
        throw new StateError(
          file,
          undefined,
          `resource ${resource.key} is also recorded in ${previous}; a resource belongs to one blueprint — remove the stale record`,
          'STATE_DUPLICATE',
        );
      }
      owner.set(resource.key, file);
      state.resources.set(resource.key, resource);
    }
  }
  return state;
}

export interface WriteStateOptions {
  /**
   * Blueprints whose files to bring up to date (e.g. the `touchedBlueprints` of
   * a plan, which include the old file of a moved resource). Default: every
   * blueprint in `state` and every file already on disk.
   */
  blueprints?: Iterable<string>;
}

/**
 * Writes the state files of the given blueprints: a file per blueprint that
 * holds resources, no file for one that holds none. Unchanged files are not
 * rewritten. Returns the paths written or removed (`<state-dir>/state/…`), for
 * `git add`.
 */
export async function writeState(stateDir: string, state: State, options: WriteStateOptions = {}): Promise<string[]> {
  const root = join(stateDir, STATE_SUBDIR);
  const byBlueprint = new Map<string, StateResource[]>();
  for (const resource of state.resources.values()) {
    const blueprint = normalizeBlueprintPath(resource.blueprint);
    const group = byBlueprint.get(blueprint);
    if (group) group.push(resource);
    else byBlueprint.set(blueprint, [resource]);
  }
  const targets = new Set<string>();
  if (options.blueprints) {
    for (const blueprint of options.blueprints) targets.add(normalizeBlueprintPath(blueprint));
  } else {
    for (const blueprint of byBlueprint.keys()) targets.add(blueprint);
    for (const path of (await listJsonFiles(root).catch(ignoreMissing)) ?? []) {
      const blueprint = blueprintOfStateFile(relative(root, path).split(sep).join('/'));
      if (blueprint !== null) targets.add(blueprint);
    }
  }
  const changed: string[] = [];
  for (const blueprint of [...targets].sort()) {
    const path = join(root, ...stateFileFor(blueprint).split('/'));
    const resources = byBlueprint.get(blueprint) ?? [];
    const existing = await readFile(path, 'utf8').catch(ignoreMissing);
    if (resources.length === 0) {
      if (existing === undefined) continue;
      await rm(path);
      await removeEmptyParents(dirname(path), root);
      changed.push(path);
      continue;
    }
    const text = serializeState(blueprint, resources.sort((a, b) => compareKeys(a.key, b.key)));
    if (existing === text) continue;
    await writeAtomically(path, text);
    changed.push(path);
  }
  return changed;
}

/** Writes `text` to `path` through a temp file and a rename: readers see the old file or the new one, never a part. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // A temp file beside the target keeps the rename on one file system; `.tmp`
  // names are never read as state, so a crash leaves harmless litter at worst.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
    // Skipping a link would silently drop the state behind it.
    else if (entry.isSymbolicLink()) {
      throw new StateError(path, undefined, 'is a symbolic link; state files and folders must be real ones', 'STATE_LINK');
    }
  }
  return out;
}

async function removeEmptyParents(dir: string, root: string): Promise<void> {
  let current = dir;
  while (current !== root && current.startsWith(root + sep)) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
    current = dirname(current);
  }
}

function ignoreMissing(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  throw error;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
