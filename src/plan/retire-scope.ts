// Which blueprint files' state records a run may retire: the files it loaded,
// and every file the state knows that the run's inputs cover (a deleted
// blueprint file retires its resources), and what "covers" means for each face:
// paths given on the command line, or the Action's globs. Pure.
import { isAbsolute, matchesGlob, relative, resolve } from 'node:path';
import { normalizeBlueprintPath } from '../state/path.js';
import type { State } from '../state/types.js';

export function retireScope(source: { covers(file: string): boolean }, loaded: readonly string[], state: State): string[] {
  const out = new Set(loaded.map(normalizeBlueprintPath));
  const seen = new Set<string>();
  // Thousands of records share a handful of blueprint paths: decide once per path.
  for (const r of state.resources.values()) {
    if (seen.has(r.blueprint)) continue;
    seen.add(r.blueprint);
    if (source.covers(r.blueprint)) out.add(normalizeBlueprintPath(r.blueprint));
  }
  return [...out].sort();
}

/** The CLI's "covers": the file lies under one of the paths given (relative to `cwd`). */
export function coveredByPaths(paths: readonly string[], cwd: string): (file: string) => boolean {
  const roots = paths.map((p) => normalizeBlueprintPath(relative(cwd, resolve(cwd, p)) || '.'));
  return (file) => {
    const f = normalizeBlueprintPath(isAbsolute(file) ? relative(cwd, file) : file);
    return roots.some((root) => root === '.' || f === root || f.startsWith(`${root}/`));
  };
}

/** The Action's "covers": the file matches one of the `blueprints` globs. */
export function coveredByGlobs(globs: readonly string[]): (file: string) => boolean {
  return (file) => {
    const path = normalizeBlueprintPath(file);
    return globs.some((g) => matchesGlob(path, g));
  };
}
