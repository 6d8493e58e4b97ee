// `dpn plan init|validate|preview|schema`: write a starter blueprint, check
// blueprints, show every name (and, with a state, every planned change), print
// the blueprint JSON Schema. Loads no cloud SDK: previews need no credentials.
// Synchronous file calls: node:fs is loaded at start-up, node:fs/promises would load Node's stream stack on every preview.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { loadBlueprints } from '../../blueprint/load.js';
import type { BlueprintSet } from '../../blueprint/types.js';
import { loadNamingConfig, sortDiagnostics } from '../../config/load.js';
import { checkOverrides, describeOverrides, parseOverrides } from '../../config/overrides.js';
import type { StarterCloud } from './plan-init-clouds.js';
import { isKnownAwsRegion } from '../../naming/regions.js';
import { colorEnabled } from '../../render/color.js';
import { BLUEPRINT_SCHEMA_URL, yamlModeline } from '../../schema-location.js';
import { sourceText } from '../source-text.js';
import { readOnlyStateDir, type ReadOnlyStateDir } from '../state-dir.js';
import { didYouMean } from '../../source/suggest.js';
import { UsageError, UserError } from '../../errors.js';
import {
  renderNamesJson,
  renderNamesJsonChunks,
  renderNamesMarkdown,
  renderNamesTable,
  type NamesReport,
  type RemovedResource,
} from '../../render/names.js';
import blueprintSchema from '../../../schemas/blueprint.schema.json' with { type: 'json' };
import namingValuesSchema from '../../../schemas/naming-values.schema.json' with { type: 'json' };
import namingPatternsSchema from '../../../schemas/naming-patterns.schema.json' with { type: 'json' };
import type { BlueprintFieldChange } from '../../blueprint/field-names.js';
import type { Plan } from '../../plan/types.js';
import { listedChanges } from '../../render/plan-format.js';
import type { State } from '../../state/types.js';
import { EXIT, type Command, type CommandIO, type Options, type ParsedArgs } from '../command.js';

export type OutputFormat = 'table' | 'json' | 'markdown';

export const NAMING_OPTIONS = {
  'values-config': { type: 'string' },
  'patterns-config': { type: 'string' },
} as const satisfies Options;

const CHECK_OPTIONS = {
  ...NAMING_OPTIONS,
  override: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  format: { type: 'string' },
} as const satisfies Options;

const CHECK_USAGE =
  'PATH... [--format table|json|markdown] [--values-config FILE --patterns-config FILE] [--override key=value]... [--exclude GLOB]...\n\n' +
  'PATH is a blueprint file or a directory searched recursively for .json, .yaml and .yml files;\n' +
  '--exclude skips files found in a directory whose path matches GLOB (* within a folder, ** across folders).\n' +
  'The output format is table unless --format says otherwise; json prints exactly one document on stdout.\n' +
  'Exit status: 0 valid, 1 invalid blueprint or naming configuration, 2 usage error.';

/** `--format`; table unless asked otherwise, on a terminal or not, so scripts always say what they parse. */
export function outputFormat(args: ParsedArgs, allowed: readonly string[] = ['table', 'json', 'markdown'], fallback = 'table'): OutputFormat {
  const value = (args.values.format as string | undefined) ?? fallback;
  if (!allowed.includes(value)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${value}"`, didYouMean(value, allowed));
  return value as OutputFormat;
}

/** Colour on stdout: decided once, by render/color.ts (FORCE_COLOR, NO_COLOR, TERM=dumb, a terminal). */
export function useColor(io: CommandIO): boolean {
  return colorEnabled(io.stdout, io.env);
}

/** Naming configuration + blueprints, as one report; config errors stop before blueprints are read. */
export async function checkBlueprints(args: ParsedArgs, io: CommandIO): Promise<{ report: NamesReport; set?: BlueprintSet; source: string }> {
  if (args.positionals.length === 0) {
    throw new UsageError('give at least one blueprint file or directory', 'example: dpn plan preview blueprints/');
  }
  const overrides = parseOverrides((args.values.override as string[] | undefined) ?? []);
  const naming = await loadNamingConfig({
    valuesConfig: args.values['values-config'] as string | undefined,
    patternsConfig: args.values['patterns-config'] as string | undefined,
    cwd: io.cwd,
  });
  const source =
    naming.sources.values === naming.sources.patterns ? naming.sources.values : `${naming.sources.values} + ${naming.sources.patterns}`;
  if (!naming.config) return { report: { resources: [], diagnostics: naming.diagnostics }, source };
  checkOverrides(overrides, naming.config);
  const exclude = (args.values.exclude as string[] | undefined) ?? [];
  const set = await loadBlueprints(args.positionals, { naming: naming.config, overrides, cwd: io.cwd, exclude });
  const diagnostics = sortDiagnostics([...naming.diagnostics, ...set.diagnostics]);
  const report: NamesReport = { resources: set.resources, diagnostics, rejected: set.rejected ?? [] };
  const given = describeOverrides(overrides);
  if (given.length) report.overrides = given;
  return { report, set, source };
}

export function render(report: NamesReport, format: OutputFormat, io: CommandIO, summaryOnly = false): string {
  if (format === 'json') return renderNamesJson(report, { pretty: io.stdout.isTTY === true });
  if (format === 'markdown') return renderNamesMarkdown(report);
  return renderNamesTable(report, { color: useColor(io), summaryOnly, source: sourceText(io.cwd) });
}

/** Writes the report; JSON to a pipe goes out in pieces, so a large preview is never one huge string. */
function write(report: NamesReport, format: OutputFormat, io: CommandIO, summaryOnly = false): void {
  if (format === 'json' && io.stdout.isTTY !== true) {
    for (const chunk of renderNamesJsonChunks(report)) io.stdout.write(chunk);
    return;
  }
  io.stdout.write(render(report, format, io, summaryOnly));
}

/** `--output FILE`: the document goes to FILE (replaced, as in v1.0) and stderr says so. */
async function writeOutputFile(io: CommandIO, file: string, text: string): Promise<void> {
  const target = resolve(io.cwd, file);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (cause) {
    throw new UserError(`cannot write --output ${file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, 'OUTPUT_UNWRITABLE');
  }
  io.stderr.write(`wrote ${file}\n`);
}

function exitStatus(report: NamesReport): number {
  return report.diagnostics.some((d) => d.severity === 'error') ? EXIT.invalid : EXIT.ok;
}

function status(io: CommandIO, set: BlueprintSet | undefined, source: string): void {
  const files = set?.files.length ?? 0;
  io.stderr.write(`dpn: ${files} blueprint file${files === 1 ? '' : 's'}, naming convention: ${source}\n`);
}

export const planValidateCommand: Command = {
  path: ['plan', 'validate'],
  summary: 'Check blueprints and the names they produce',
  usage: CHECK_USAGE,
  options: CHECK_OPTIONS,
  allowPositionals: true,
  async run(args, io) {
    const format = outputFormat(args);
    const { report, set, source } = await checkBlueprints(args, io);
    status(io, set, source);
    write(report, format, io, true);
    return exitStatus(report);
  },
};

/** Blueprint files whose state records a plan may retire: as `dpn reconcile` decides (a deleted file's records too). */
async function retireScope(args: ParsedArgs, io: CommandIO, state: State, set: BlueprintSet): Promise<string[]> {
  const { retireScope: scope, coveredByPaths } = await import('../../plan/retire-scope.js');
  return scope({ covers: coveredByPaths(args.positionals, io.cwd) }, set.files, state);
}

/** Whether the state directory holds a state (read only: nothing is created). */
async function stateIn(stateDir: ReadOnlyStateDir): Promise<{ absolute: string; present: boolean }> {
  const absolute = stateDir.absolute;
  if (!stateDir.exists) return { absolute, present: false };
  const { STATE_SUBDIR } = await import('../../state/path.js');
  let present = false;
  try {
    present = statSync(join(absolute, STATE_SUBDIR)).isDirectory();
  } catch {
    // Unreadable or absent: no state to plan against.
  }
  return { absolute, present };
}

/**
 * The planned change of every resource against the state in `stateDir`, when
 * it holds one. Without a state directory nothing is loaded: a preview of a
 * fresh repository stays as fast as naming alone.
 */
async function planAgainstState(report: NamesReport, set: BlueprintSet, stateDir: ReadOnlyStateDir, args: ParsedArgs, io: CommandIO): Promise<{ report: NamesReport; plan?: Plan }> {
  const { absolute, present } = await stateIn(stateDir);
  if (!present) return { report };
  const [{ loadState }, { diff }, { summaryLine }] = await Promise.all([
    import('../../state/store.js'),
    import('../../plan/diff.js'),
    import('../../plan/summary.js'),
  ]);
  const state = await loadState(absolute);
  const plan = diff(set.resources, state, { blueprints: await retireScope(args, io, state, set) });
  const actions = new Map<string, string>();
  const changes = new Map<string, BlueprintFieldChange[]>();
  const removed: RemovedResource[] = [];
  for (const op of plan.operations) {
    if (op.desired) {
      actions.set(op.key, op.action);
      const listed = listedChanges(op);
      if (listed.length > 0) changes.set(op.key, listed);
    } else if (op.action !== 'noop') {
      removed.push({ key: op.key, type: op.type, name: op.name, fullName: op.fullName, blueprint: op.blueprint, action: op.action });
    }
  }
  const shownDir = relative(io.cwd, absolute) || '.';
  return {
    report: { ...report, actions, changes, plan: { removed, summary: { ...plan.summary }, summaryLine: summaryLine(plan.summary), stateDir: shownDir } },
    plan,
  };
}

/**
 * The pull request comment body, exactly as the Action renders it: blueprints
 * with errors not planned, the others planned against the state (an empty one
 * when there is none, as in a repository's first pull request).
 */
async function previewMarkdown(checked: { report: NamesReport; set?: BlueprintSet }, stateDir: ReadOnlyStateDir, args: ParsedArgs, io: CommandIO): Promise<string> {
  const [{ loadState, emptyState }, { previewReport }, { renderComment }, { blobUrl, headCommit }] = await Promise.all([
    import('../../state/store.js'),
    import('../../render/preview-report.js'),
    import('../../render/comment.js'),
    import('../repository.js'),
  ]);
  const { absolute, present } = await stateIn(stateDir);
  let state: State = emptyState();
  let stateError: string | undefined;
  try {
    if (present) state = await loadState(absolute);
  } catch (error) {
    stateError = error instanceof Error ? error.message : String(error);
  }
  const commit = headCommit(io.cwd, io.env) ?? '';
  const blob = blobUrl(io.cwd, io.env, commit);
  const set = checked.set;
  const { report } = previewReport({
    files: set?.files ?? [],
    resources: set?.resources ?? [],
    diagnostics: [...checked.report.diagnostics],
    ...(stateError === undefined ? { state } : { stateError }),
    diff: { blueprints: set ? await retireScope(args, io, state, set) : [] },
    commit,
    ...(blob ? { blobUrl: blob } : {}),
  });
  return renderComment(report).text;
}

export const planPreviewCommand: Command = {
  path: ['plan', 'preview'],
  summary: 'Show every resource, the name it gets and (with a state) its planned change',
  usage:
    CHECK_USAGE.replace('[--override key=value]...', '[--override key=value]... [--state-dir DIR] [--output FILE]') +
    '\nWith a state in DIR (default .dpn), the table is the plan as `dpn reconcile` shows it (every changed field, old → new, in the\n' +
    "blueprint's field names), JSON adds `action` and `changes` per resource, and removed resources are listed.\n" +
    '--format markdown prints the pull request comment the Action posts (planned against an empty state when DIR has none).\n' +
    '--output FILE writes the preview to FILE instead of stdout, as JSON unless --format says otherwise.',
  options: { ...CHECK_OPTIONS, 'state-dir': { type: 'string' }, output: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const output = args.values.output as string | undefined;
    // v1.0's `--output` meant a JSON export; an explicit --format still wins.
    const format = outputFormat(args, undefined, output === undefined ? 'table' : 'json');
    const stateDir = readOnlyStateDir(args.values['state-dir'] as string | undefined, io.cwd);
    const checked = await checkBlueprints(args, io);
    const { set, source } = checked;
    let report = checked.report;
    status(io, set, source);
    const emit = async (text: string): Promise<void> => {
      if (output !== undefined) await writeOutputFile(io, output, text);
      else io.stdout.write(text);
    };
    if (format === 'markdown') {
      await emit(await previewMarkdown(checked, stateDir, args, io));
      return exitStatus(report);
    }
    let plan: Plan | undefined;
    if (set && !report.diagnostics.some((d) => d.severity === 'error')) ({ report, plan } = await planAgainstState(report, set, stateDir, args, io));
    if (plan && format === 'table') {
      // The plan as `dpn reconcile` shows it before asking, with the unchanged resources listed too.
      const { renderPlanTable } = await import('../../render/plan-table.js');
      const { plan: _counts, ...footer } = report;
      await emit(`${renderPlanTable(plan, { color: output === undefined && useColor(io), showUnchanged: true })}\n${render(footer, 'table', io, true)}`);
      return exitStatus(report);
    }
    if (output !== undefined) {
      await writeOutputFile(io, output, format === 'json' ? renderNamesJson(report, { pretty: true }) : renderNamesTable(report, { color: false }));
    } else {
      write(report, format, io);
    }
    return exitStatus(report);
  },
};

const SCHEMAS: Record<string, object> = {
  blueprint: blueprintSchema,
  'naming-values': namingValuesSchema,
  'naming-patterns': namingPatternsSchema,
};

export const planSchemaCommand: Command = {
  path: ['plan', 'schema'],
  summary: 'Print the blueprint JSON Schema (or a naming file schema)',
  usage: '[blueprint|naming-values|naming-patterns] [--output FILE]\n\nPrints the schema on stdout, or writes it to FILE.',
  options: { output: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const which = args.positionals[0] ?? 'blueprint';
    const schema = SCHEMAS[which];
    if (!schema || args.positionals.length > 1) {
      throw new UsageError(`unknown schema "${args.positionals.join(' ')}"`, `choose one of ${Object.keys(SCHEMAS).join(', ')}`);
    }
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    const output = args.values.output as string | undefined;
    if (output !== undefined) await writeOutputFile(io, output, text);
    else io.stdout.write(text);
    return EXIT.ok;
  },
};

const ENVIRONMENTS = ['dev', 'stg', 'prd'];

export const planInitCommand: Command = {
  path: ['plan', 'init'],
  summary: 'Write a starter blueprint',
  usage:
    '--env dev|stg|prd --project NAME [--region REGION] [--cloud azure|gcp [--location LOCATION]] [--output FILE]\n\nFILE defaults to blueprints/ENV.json, as in dpn v1.0; a .yaml or .yml name writes YAML. An existing file is never overwritten.\n--cloud writes Azure or Google Cloud resources (named, not provisioned) in the LOCATION given (default westeurope / europe-west1).',
  options: {
    cloud: { type: 'string' },
    location: { type: 'string' },
    env: { type: 'string' },
    project: { type: 'string' },
    region: { type: 'string' },
    output: { type: 'string' },
  },
  async run(args, io) {
    const env = args.values.env as string | undefined;
    const project = args.values.project as string | undefined;
    const region = (args.values.region as string | undefined) ?? 'us-east-1';
    const usage = `usage: dpn plan init ${this.usage.split('\n')[0]}`;
    if (!env) throw new UsageError(`--env is required (one of ${ENVIRONMENTS.join(', ')})`, usage);
    if (!ENVIRONMENTS.includes(env)) {
      throw new UsageError(`--env must be one of ${ENVIRONMENTS.join(', ')}, got "${env}"`, didYouMean(env, ENVIRONMENTS) ?? usage);
    }
    if (project === undefined) throw new UsageError('--project is required: the project name every resource name starts with', 'example: dpn plan init --env dev --project sales');
    if (!metadataPattern('project').test(project)) {
      throw new UsageError(`--project must be lowercase letters, digits and hyphens, got "${project}"`);
    }
    if (!metadataPattern('region').test(region)) {
      throw new UsageError(`--region must be an AWS region such as us-east-1, us-gov-west-1 or cn-north-1, got "${region}"`);
    }
    const output = (args.values.output as string | undefined) ?? `blueprints/${env}.json`;
    const ext = extname(output).toLowerCase();
    if (!['.json', '.yaml', '.yml'].includes(ext)) throw new UsageError(`--output must end in .json, .yaml or .yml, got "${output}"`);
    const cloud = args.values.cloud as string | undefined;
    let text: string;
    if (cloud === undefined) {
      if (args.values.location !== undefined) throw new UsageError('--location goes with --cloud azure|gcp');
      text = ext === '.json' ? starterJson(env, project, region) : starterYaml(env, project, region);
    } else {
      const clouds = await import('./plan-init-clouds.js');
      if (!(clouds.STARTER_CLOUDS as readonly string[]).includes(cloud)) throw new UsageError(`--cloud must be one of ${clouds.STARTER_CLOUDS.join(', ')}, got "${cloud}"`);
      const chosen = clouds.starterLocation(cloud as StarterCloud, args.values.location as string | undefined);
      if ('error' in chosen) throw new UsageError(chosen.error);
      const starter = { env, project, region, cloud: cloud as StarterCloud, location: chosen.location };
      text = ext === '.json' ? clouds.cloudStarterJson(starter) : clouds.cloudStarterYaml(starter);
    }
    const target = resolve(io.cwd, output);
    mkdirSync(dirname(target), { recursive: true });
    try {
      writeFileSync(target, text, { flag: 'wx' });
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UserError(`${output} already exists; dpn plan init never overwrites a file`, 'EXISTS', 'choose another name with --output');
      }
      throw cause;
    }
    io.stderr.write(`wrote ${output}; check it with: dpn plan preview ${output}\n`);
    if (!isKnownAwsRegion(region)) {
      io.stderr.write(`warning: ${region} is not an AWS region dpn knows; names need its short code in transformations.region_mapping\n`);
    }
    return EXIT.ok;
  },
};

function starter(env: string, project: string, region: string) {
  return {
    version: '1.0',
    metadata: { environment: env, project, region },
    resources: {
      aws: {
        s3_buckets: [{ purpose: 'landing', layer: 'raw' }],
        glue_databases: [{ domain: 'sales', layer: 'bronze' }],
        glue_tables: [
          {
            database_ref: 'sales-bronze',
            entity: 'orders',
            table_type: 'fact',
            columns: [
              { name: 'order_id', type: 'string' },
              { name: 'amount', type: 'decimal(18,2)' },
            ],
          },
        ],
      },
      databricks: {
        clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }],
        jobs: [{ job_type: 'batch', purpose: 'daily-sales-load', cluster_ref: 'etl', schedule: 'daily' }],
      },
    },
  };
}

/** The blueprint schema's pattern for a metadata field, so plan init accepts exactly what the schema does. */
function metadataPattern(field: 'project' | 'region'): RegExp {
  return new RegExp(blueprintSchema.properties.metadata.properties[field].pattern, 'u');
}

function starterJson(env: string, project: string, region: string): string {
  return `${JSON.stringify({ $schema: BLUEPRINT_SCHEMA_URL, ...starter(env, project, region) }, null, 2)}\n`;
}

function starterYaml(env: string, project: string, region: string): string {
  return `${yamlModeline('blueprint')}
# A dpn blueprint: say what each resource is for; dpn generates every name.
# Preview the names with: dpn plan preview <this file>
version: "1.0"
metadata:
  environment: ${env}
  project: ${project}
  region: ${region}
  # team: data-platform          # becomes the Team tag
  # cost_center: CC-12345        # becomes the CostCenter tag
resources:
  aws:
    s3_buckets:
      - purpose: landing
        layer: raw               # raw | processed | curated
    glue_databases:
      - domain: sales
        layer: bronze            # bronze | silver | gold
    glue_tables:
      - database_ref: sales-bronze   # "{domain}-{layer}" of a Glue database above
        entity: orders
        table_type: fact
        columns:
          - { name: order_id, type: string }
          - { name: amount, type: "decimal(18,2)" }
  databricks:
    clusters:
      - workload: etl
        cluster_type: shared     # shared | dedicated | job
        node_type: i3.xlarge
    jobs:
      - job_type: batch
        purpose: daily-sales-load
        cluster_ref: etl         # the workload of a cluster above
        schedule: daily
`;
}
