// `dpn plan init|validate|preview|schema`: write a starter blueprint, check
// blueprints, show every name (and, with a state, every planned change), print
// the blueprint JSON Schema. Loads no cloud SDK: previews need no credentials.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { loadBlueprints } from '../../blueprint/load.js';
import type { BlueprintSet } from '../../blueprint/types.js';
import { loadNamingConfig, sortDiagnostics } from '../../config/load.js';
import { parseOverrides } from '../../config/overrides.js';
import { isKnownAwsRegion } from '../../naming/regions.js';
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
  format: { type: 'string' },
} as const satisfies Options;

const CHECK_USAGE =
  'PATH... [--format table|json|markdown] [--values-config FILE --patterns-config FILE] [--override key=value]...\n\n' +
  'PATH is a blueprint file or a directory searched recursively for .json, .yaml and .yml files.\n' +
  'The output format is table unless --format says otherwise; json prints exactly one document on stdout.\n' +
  'Exit status: 0 valid, 1 invalid blueprint or naming configuration, 2 usage error.';

/** `--format`; table unless asked otherwise, on a terminal or not, so scripts always say what they parse. */
export function outputFormat(args: ParsedArgs, allowed: readonly string[] = ['table', 'json', 'markdown']): OutputFormat {
  const value = (args.values.format as string | undefined) ?? 'table';
  if (!allowed.includes(value)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as OutputFormat;
}

export function useColor(io: CommandIO): boolean {
  return io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
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
  const set = await loadBlueprints(args.positionals, { naming: naming.config, overrides, cwd: io.cwd });
  const diagnostics = sortDiagnostics([...naming.diagnostics, ...set.diagnostics]);
  return { report: { resources: set.resources, diagnostics }, set, source };
}

export function render(report: NamesReport, format: OutputFormat, io: CommandIO, summaryOnly = false): string {
  if (format === 'json') return renderNamesJson(report, { pretty: io.stdout.isTTY === true });
  if (format === 'markdown') return renderNamesMarkdown(report);
  return renderNamesTable(report, { color: useColor(io), summaryOnly });
}

/** Writes the report; JSON to a pipe goes out in pieces, so a large preview is never one huge string. */
function write(report: NamesReport, format: OutputFormat, io: CommandIO, summaryOnly = false): void {
  if (format === 'json' && io.stdout.isTTY !== true) {
    for (const chunk of renderNamesJsonChunks(report)) io.stdout.write(chunk);
    return;
  }
  io.stdout.write(render(report, format, io, summaryOnly));
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
  const { blueprintsUnder } = await import('../../engine/reconcile.js');
  return blueprintsUnder(args.positionals, io.cwd, state, set.files);
}

async function stateIn(stateDir: string, io: CommandIO): Promise<{ absolute: string; present: boolean }> {
  const absolute = resolve(io.cwd, stateDir);
  const { STATE_SUBDIR } = await import('../../state/path.js');
  const present = await stat(join(absolute, STATE_SUBDIR)).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return { absolute, present };
}

/**
 * The planned change of every resource against the state in `stateDir`, when
 * it holds one. Without a state directory nothing is loaded: a preview of a
 * fresh repository stays as fast as naming alone.
 */
async function planAgainstState(report: NamesReport, set: BlueprintSet, stateDir: string, args: ParsedArgs, io: CommandIO): Promise<{ report: NamesReport; plan?: Plan }> {
  const { absolute, present } = await stateIn(stateDir, io);
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
async function previewMarkdown(checked: { report: NamesReport; set?: BlueprintSet }, stateDir: string, args: ParsedArgs, io: CommandIO): Promise<string> {
  const [{ loadState, emptyState }, { previewReport }, { renderComment }, { blobUrl, headCommit }] = await Promise.all([
    import('../../state/store.js'),
    import('../../render/preview-report.js'),
    import('../../render/comment.js'),
    import('../repository.js'),
  ]);
  const { absolute, present } = await stateIn(stateDir, io);
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
    CHECK_USAGE.replace('[--override key=value]...', '[--override key=value]... [--state-dir DIR]') +
    '\nWith a state in DIR (default .dpn), the table is the plan as `dpn reconcile` shows it (every changed field, old → new, in the\n' +
    "blueprint's field names), JSON adds `action` and `changes` per resource, and removed resources are listed.\n" +
    '--format markdown prints the pull request comment the Action posts (planned against an empty state when DIR has none).',
  options: { ...CHECK_OPTIONS, 'state-dir': { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const format = outputFormat(args);
    const checked = await checkBlueprints(args, io);
    const { set, source } = checked;
    let report = checked.report;
    status(io, set, source);
    const stateDir = (args.values['state-dir'] as string | undefined) ?? '.dpn';
    if (format === 'markdown') {
      io.stdout.write(await previewMarkdown(checked, stateDir, args, io));
      return exitStatus(report);
    }
    let plan: Plan | undefined;
    if (set && !report.diagnostics.some((d) => d.severity === 'error')) ({ report, plan } = await planAgainstState(report, set, stateDir, args, io));
    if (plan && format === 'table') {
      // The plan as `dpn reconcile` shows it before asking, with the unchanged resources listed too.
      const { renderPlanTable } = await import('../../render/plan-table.js');
      const { plan: _counts, ...footer } = report;
      io.stdout.write(`${renderPlanTable(plan, { color: useColor(io), showUnchanged: true })}\n${render(footer, 'table', io, true)}`);
      return exitStatus(report);
    }
    write(report, format, io);
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
  usage: '[blueprint|naming-values|naming-patterns]',
  options: {},
  allowPositionals: true,
  async run(args, io) {
    const which = args.positionals[0] ?? 'blueprint';
    const schema = SCHEMAS[which];
    if (!schema || args.positionals.length > 1) {
      throw new UsageError(`unknown schema "${args.positionals.join(' ')}"`, `choose one of ${Object.keys(SCHEMAS).join(', ')}`);
    }
    io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    return EXIT.ok;
  },
};

const ENVIRONMENTS = ['dev', 'stg', 'prd'];

export const planInitCommand: Command = {
  path: ['plan', 'init'],
  summary: 'Write a starter blueprint',
  usage: '--env dev|stg|prd --project NAME [--region REGION] [--output FILE]\n\nFILE defaults to blueprints/ENV.yaml; a .json name writes JSON. An existing file is never overwritten.',
  options: {
    env: { type: 'string' },
    project: { type: 'string' },
    region: { type: 'string' },
    output: { type: 'string' },
  },
  async run(args, io) {
    const env = args.values.env as string | undefined;
    const project = args.values.project as string | undefined;
    const region = (args.values.region as string | undefined) ?? 'us-east-1';
    if (!env || !ENVIRONMENTS.includes(env)) throw new UsageError(`--env must be one of ${ENVIRONMENTS.join(', ')}${env ? `, got "${env}"` : ''}`);
    if (!project || !/^[a-z0-9-]+$/.test(project)) {
      throw new UsageError(`--project must be lowercase letters, digits and hyphens${project ? `, got "${project}"` : ''}`);
    }
    if (!/^[a-z]+-[a-z]+-[0-9]$/.test(region)) throw new UsageError(`--region must look like us-east-1, got "${region}"`);
    const output = (args.values.output as string | undefined) ?? `blueprints/${env}.yaml`;
    const ext = extname(output).toLowerCase();
    if (!['.json', '.yaml', '.yml'].includes(ext)) throw new UsageError(`--output must end in .json, .yaml or .yml, got "${output}"`);
    const text = ext === '.json' ? starterJson(env, project, region) : starterYaml(env, project, region);
    const target = resolve(io.cwd, output);
    await mkdir(dirname(target), { recursive: true });
    try {
      await writeFile(target, text, { flag: 'wx' });
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

function starterJson(env: string, project: string, region: string): string {
  return `${JSON.stringify(starter(env, project, region), null, 2)}\n`;
}

function starterYaml(env: string, project: string, region: string): string {
  return `# yaml-language-server: $schema=https://dpn.dev/schemas/blueprint-1.0.json
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
