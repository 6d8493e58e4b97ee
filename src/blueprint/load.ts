// Loading blueprints end to end: find the files, read and validate each, expand
// them into ResourceSpecs, and check what only the whole set can show (the same
// key or the same platform name twice). Never throws for a user's mistake.
import { basename, resolve } from 'node:path';
import type { NamingConfig, NamingValues, ResourceType } from '../naming/types.js';
import blueprintSchema from '../../schemas/blueprint.schema.json' with { type: 'json' };
import { error, readSourceDocument, schemaProblems, type Diagnostic } from '../source/index.js';
import { sortDiagnostics } from '../config/load.js';
import { overrideDiagnostics } from '../config/overrides.js';
import { expandBlueprint } from './expand.js';
import { findBlueprintFiles } from './files.js';
import { platformLimits } from './platform-limits.js';
import type { BlueprintSet, RejectedResource, ResourceSpec } from './types.js';

export interface LoadOptions {
  naming: NamingConfig;
  /** `--override key=value` pairs, applied to every resource. */
  overrides?: NamingValues;
  /** Directory relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
  /** `--exclude GLOB`: files found in a directory that are not blueprints (see files.ts exclusion()). */
  exclude?: readonly string[];
}

export async function loadBlueprints(paths: readonly string[], options: LoadOptions): Promise<BlueprintSet> {
  const cwd = options.cwd ?? process.cwd();
  const found = await findBlueprintFiles(paths, resolve(cwd), options.exclude ?? []);
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  const resources: ResourceSpec[] = [];
  const rejected: RejectedResource[] = [];
  const expandOptions = { naming: options.naming, overrides: options.overrides ?? {} };
  const hasOverrides = Object.keys(expandOptions.overrides).length > 0;
  // One file read and expanded at a time, so only one file's data is alive at once.
  for (const file of found.files) {
    const result = await readSourceDocument(file.absolute, file.display);
    if ('diagnostic' in result) {
      diagnostics.push(...(result.diagnostics ?? [result.diagnostic]));
      continue;
    }
    const document = result.document;
    if (!looksLikeBlueprint(document.data)) {
      diagnostics.push(notABlueprint(file.display));
      continue;
    }
    const problems = await schemaProblems(document, 'Blueprint', blueprintSchema);
    if (problems.length > 0) {
      diagnostics.push(...problems);
      continue;
    }
    if (hasOverrides) for (const d of overrideDiagnostics(document, expandOptions.overrides)) diagnostics.push(d);
    const expansion = expandBlueprint(document, expandOptions);
    for (const d of expansion.diagnostics) diagnostics.push(d);
    for (const r of expansion.rejected) rejected.push(r);
    // Indexed: for...of allocates an iterator result per step until optimised (see source/json-fast.ts).
    for (let i = 0; i < expansion.resources.length; i++) resources.push(expansion.resources[i] as ResourceSpec);
  }
  diagnostics.push(...findClashes(resources), ...platformLimits(resources));
  return { resources, rejected, diagnostics: sortDiagnostics(diagnostics), files: found.files.map((f) => f.display) };
}

/**
 * A file with neither the blueprint `version` ("1.0") nor `resources` (nor
 * `metadata`) is something else, such as package.json (whose version is
 * "1.0.0") or a CI file: one error, not one per key it lacks.
 */
function looksLikeBlueprint(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const version = (data as { version?: unknown }).version;
  return Object.hasOwn(data, 'resources') || Object.hasOwn(data, 'metadata') || version === '1.0' || version === 1;
}

function notABlueprint(file: string): Diagnostic {
  return error(
    'BLUEPRINT_UNRECOGNIZED',
    `${file} does not look like a blueprint: it has no version "1.0" and no resources at the top`,
    { file, line: 1, column: 1 },
    `if it is not meant to be one, skip it: --exclude ${JSON.stringify(basename(file))} (action input \`exclude\`)`,
  );
}

/**
 * Which platform namespace a full name lives in: two resources clash when
 * both this and their comparedName() match. (Two functions rather than one
 * returning a [namespace, name] pair: destructuring a pair goes through the
 * iterator protocol in not yet optimised code, ~2 ms per 10k resources in an
 * isolated measurement.)
 */
function namespaceOf(resource: ResourceSpec): string {
  const type: ResourceType = resource.type;
  switch (type) {
    case 'aws_s3_bucket':
      return 's3';
    case 'aws_glue_database':
    case 'aws_glue_table':
      return glueNamespace(String(resource.params.region));
    case 'dbx_catalog':
    case 'dbx_schema':
    case 'dbx_table':
      return 'uc';
    case 'gcp_dataproc_cluster':
      // Unique per project and region.
      return `dataproc:${String(resource.params.region)}`;
    default:
      return type;
  }
}

/** The full name as the platform compares it: Glue and Unity Catalog store names lowercase; Azure compares them without case. */
function comparedName(resource: ResourceSpec): string {
  switch (resource.type) {
    case 'aws_glue_database':
    case 'aws_glue_table':
    case 'dbx_catalog':
    case 'dbx_schema':
    case 'dbx_table':
    case 'azure_resource_group':
    case 'azure_storage_account':
    case 'azure_storage_container':
    case 'azure_databricks_workspace':
    case 'azure_data_factory':
    case 'azure_synapse_workspace':
    case 'azure_key_vault':
    case 'azure_eventhub_namespace':
      return lower(resource.fullName);
    default:
      return resource.fullName;
  }
}

const glueNamespaces = new Map<string, string>();

/** One string per region, so the namespace lookup hashes a string it has seen before. */
function glueNamespace(region: string): string {
  let namespace = glueNamespaces.get(region);
  if (namespace === undefined) glueNamespaces.set(region, (namespace = `glue:${region}`));
  return namespace;
}

function lower(name: string): string {
  return /[A-Z]/.test(name) ? name.toLowerCase() : name;
}

function where(resource: ResourceSpec): string {
  return `${resource.location.file}:${resource.location.line}:${resource.location.column}`;
}

function findClashes(resources: readonly ResourceSpec[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byKey = new Map<string, ResourceSpec>();
  const namespaces = new Map<string, Map<string, ResourceSpec>>();
  let lastNamespace: string | undefined;
  let names = new Map<string, ResourceSpec>();
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i] as ResourceSpec;
    const first = byKey.get(resource.key);
    if (first) {
      out.push({
        ...resource.location,
        code: 'DUPLICATE_KEY',
        message: `${resource.type} ${resource.key} is declared twice: at ${where(first)} and at ${where(resource)}`,
        severity: 'error',
      });
      continue;
    }
    byKey.set(resource.key, resource);
    const namespace = namespaceOf(resource);
    const name = comparedName(resource);
    // Resources come grouped by type, so the namespace is mostly the last one: no lookup for it.
    if (namespace !== lastNamespace) {
      lastNamespace = namespace;
      const found = namespaces.get(namespace);
      if (found) names = found;
      else namespaces.set(namespace, (names = new Map()));
    }
    const holder = names.get(name);
    if (holder) {
      out.push({
        ...resource.location,
        code: 'NAME_COLLISION',
        message: `${resource.type} name '${resource.fullName}' (${resource.key}) at ${where(resource)} is also the name of ${holder.key} at ${where(holder)}`,
        severity: 'error',
      });
      continue;
    }
    names.set(name, resource);
  }
  return out;
}
