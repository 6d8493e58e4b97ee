// What the blueprints at the checked-out commit ask for: the `blueprints`
// globs expanded against the workspace, the naming configuration from
// `config-dir`, then loading, validation and naming. Reads files only.
import { glob } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { exclusion } from '../blueprint/files.js';
import { loadBlueprints } from '../blueprint/load.js';
import type { ResourceSpec } from '../blueprint/types.js';
import { loadNamingConfig } from '../config/load.js';
import type { Diagnostic } from '../source/types.js';
import type { ActionInputs } from './inputs.js';

export interface Desired {
  resources: ResourceSpec[];
  diagnostics: Diagnostic[];
  /** Blueprint files, relative to the workspace with `/` separators. */
  files: string[];
}

/** Blueprint files matching the globs, relative to `workspace`, sorted; dpn's own directory never matches. */
export async function expandBlueprintGlobs(workspace: string, patterns: string[], stateDir: string, exclude: readonly string[] = []): Promise<string[]> {
  const state = resolve(workspace, stateDir) + sep;
  const excluded = exclusion(exclude);
  const found = new Set<string>();
  for await (const file of glob(patterns, { cwd: workspace, exclude: (p) => /(^|[\\/])(node_modules|\.git)$/.test(String(p)) })) {
    const abs = resolve(workspace, file);
    if (abs.startsWith(state)) continue;
    const shown = relative(workspace, abs).split(sep).join('/');
    if (!excluded(shown)) found.add(shown);
  }
  return [...found].sort();
}

export async function loadDesired(workspace: string, inputs: ActionInputs): Promise<Desired> {
  const naming = await loadNamingConfig({ cwd: workspace, configDir: inputs.configDir });
  const diagnostics: Diagnostic[] = [...naming.diagnostics];
  const files = await expandBlueprintGlobs(workspace, inputs.blueprints, inputs.stateDir, inputs.exclude);
  if (files.length === 0) {
    // An empty set would plan the removal of everything the state holds.
    diagnostics.push({
      file: inputs.blueprints[0] ?? 'blueprints',
      line: 1,
      column: 1,
      code: 'BLUEPRINT_NONE',
      message: `no blueprint file matches ${inputs.blueprints.join(', ')}`,
      severity: 'error',
    });
    return { resources: [], diagnostics, files };
  }
  if (!naming.config) return { resources: [], diagnostics, files };
  const set = await loadBlueprints(files, { naming: naming.config, cwd: workspace });
  diagnostics.push(...set.diagnostics);
  return { resources: set.resources, diagnostics, files: set.files };
}
