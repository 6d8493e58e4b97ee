// `dpn config init|validate|show`: the naming convention's two YAML files.
// init writes them (v1.0's value flags, or its questions on a terminal); show
// prints them back in their own format, so its output pastes into the files.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { CONFIG_DIR, PATTERNS_FILE, VALUES_FILE, loadNamingConfig } from '../../config/load.js';
import {
  INIT_ENVIRONMENTS,
  SELECTABLE_TYPES,
  answerProblem,
  initialValuesDocument,
  normaliseProject,
  parseTypeSelection,
  type InitAnswers,
} from '../../config/init.js';
import { UsageError, UserError } from '../../errors.js';
import { DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT, isKnownAwsRegion, isResourceType, patternsDocumentOf, valuesDocumentOf } from '../../naming/index.js';
import type { NamingConfig, ResourceType } from '../../naming/types.js';
import { escapeTerminal } from '../../render/escape.js';
import { renderNamesJson, renderNamesMarkdown, renderNamesTable } from '../../render/names.js';
import { yamlModeline } from '../../schemas/location.js';
import { EXIT, type Command, type CommandIO, type ParsedArgs } from '../command.js';
import { canAsk, questions } from '../prompt.js';
import { resourceTypeOf } from '../v1.js';
import { NAMING_OPTIONS, outputFormat, useColor } from './plan.js';
import { sourceText } from '../source-text.js';

async function load(args: ParsedArgs, io: CommandIO) {
  return loadNamingConfig({
    valuesConfig: args.values['values-config'] as string | undefined,
    patternsConfig: args.values['patterns-config'] as string | undefined,
    cwd: io.cwd,
  });
}

const HEADER = {
  values:
    `${yamlModeline('naming-values')}\n` +
    '# dpn naming values: the variables the patterns fill in.\n' +
    '# Later wins: defaults, environments[env], resource_types[type], blueprint metadata,\n' +
    "# the resource's own fields, --override key=value.\n",
  patterns:
    `${yamlModeline('naming-patterns')}\n` +
    '# dpn naming patterns: one template per resource type, the transformations applied\n' +
    '# to values, and validation rules that may only tighten the platform rules.\n',
};

const yaml = (doc: unknown): string => stringify(doc, { lineWidth: 0 });

/** The value flags of v1.0's `config init`, in the order it asked for them. */
const INIT_FIELDS = [
  { key: 'cost_center', flag: 'cost-center', question: 'Cost center' },
  { key: 'environment', flag: 'environment', question: `Environment (${INIT_ENVIRONMENTS.join('/')})` },
  { key: 'project', flag: 'project', question: 'Project name' },
  { key: 'region', flag: 'region', question: 'AWS region' },
  { key: 'team', flag: 'team', question: 'Team name' },
] as const;

const BUILT_IN_ANSWER: Record<(typeof INIT_FIELDS)[number]['key'], string> = {
  cost_center: DEFAULT_VALUES_DOCUMENT.defaults.cost_center ?? 'CC-12345',
  environment: 'dev',
  project: DEFAULT_VALUES_DOCUMENT.defaults.project ?? 'dataplatform',
  region: DEFAULT_VALUES_DOCUMENT.defaults.region ?? 'us-east-1',
  team: DEFAULT_VALUES_DOCUMENT.defaults.team ?? 'data-platform',
};

function typeSelection(text: string, io: CommandIO): ResourceType[] {
  const { types, ignored } = parseTypeSelection(text);
  for (const part of ignored) io.stderr.write(`dpn: warning: --resource-types: "${escapeTerminal(part)}" is not a number from 1 to ${SELECTABLE_TYPES.length}, a range or a type key; ignored\n`);
  if (types.length === 0) io.stderr.write('dpn: warning: no resource types selected; resource_types is left empty\n');
  return types;
}

/** The answers from flags, then (on a terminal) questions for the ones not given. */
async function initAnswers(args: ParsedArgs, io: CommandIO): Promise<{ answers: InitAnswers; ask?: ReturnType<typeof questions> }> {
  const answers: InitAnswers = {};
  const normalise = (key: string, value: string) => (key === 'project' ? normaliseProject(value) : value.trim());
  for (const field of INIT_FIELDS) {
    const raw = args.values[field.flag] as string | undefined;
    if (raw === undefined) continue;
    const value = normalise(field.key, raw);
    const problem = answerProblem(field.key, value);
    if (problem) throw new UsageError(`--${field.flag}: ${problem}`);
    answers[field.key] = value;
  }
  const selection = args.values['resource-types'] as string | undefined;
  if (selection !== undefined) answers.resourceTypes = typeSelection(selection, io);
  const complete = INIT_FIELDS.every((f) => answers[f.key] !== undefined) && selection !== undefined;
  if (complete || !canAsk(io)) return { answers };

  // v1.0 asked, on a terminal, for every value its flags left out.
  const ask = questions(io);
  for (const field of INIT_FIELDS) {
    if (answers[field.key] !== undefined) continue;
    const answer = await ask.ask(field.question, BUILT_IN_ANSWER[field.key], (a) => answerProblem(field.key, normalise(field.key, a)));
    answers[field.key] = normalise(field.key, answer);
  }
  if (selection === undefined) {
    io.stderr.write('\nResource types:\n');
    SELECTABLE_TYPES.forEach((type, i) => io.stderr.write(`  ${String(i + 1).padStart(2)}. ${type}\n`));
    const answer = await ask.ask("Select resource types (e.g. '1,3,5', '1-5', or 'all')", 'all');
    answers.resourceTypes = typeSelection(answer, io);
  }
  return { answers, ask };
}

export const configInitCommand: Command = {
  path: ['config', 'init'],
  summary: 'Write .dpn/naming-values.yaml and naming-patterns.yaml with the built-in convention',
  usage:
    '[--project NAME] [--environment dev|stg|prd] [--region REGION] [--team TEAM] [--cost-center CC]\n' +
    '        [--resource-types all|1,3-5|TYPE,...] [--force] [--dir DIR]\n\n' +
    'The values fill `defaults` (and --resource-types the `resource_types` section) of naming-values.yaml.\n' +
    'On a terminal, dpn asks for the values not given; otherwise they keep the built-in ones.\n' +
    'DIR defaults to .dpn. Existing files are replaced only with --force (or when you say so on a terminal).',
  options: {
    dir: { type: 'string' },
    project: { type: 'string' },
    environment: { type: 'string' },
    region: { type: 'string' },
    team: { type: 'string' },
    'cost-center': { type: 'string' },
    'resource-types': { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(args, io) {
    const dir = (args.values.dir as string | undefined) ?? CONFIG_DIR;
    const target = resolve(io.cwd, dir);
    const initial = await initAnswers(args, io);
    const { answers } = initial;
    let ask = initial.ask;
    let overwrite = args.values.force === true;
    try {
      const files = [
        [VALUES_FILE, HEADER.values + yaml(initialValuesDocument(answers))],
        [PATTERNS_FILE, HEADER.patterns + yaml(DEFAULT_PATTERNS_DOCUMENT)],
      ] as const;
      await mkdir(target, { recursive: true });
      const written: string[] = [];
      try {
        for (const [name, text] of files) {
          await writeFile(join(target, name), text, { flag: overwrite ? 'w' : 'wx' });
          written.push(join(dir, name));
        }
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
        // Leave the directory as it was: both files or neither.
        for (const file of written) await rm(resolve(io.cwd, file), { force: true });
        written.length = 0;
        if (canAsk(io)) ask ??= questions(io);
        overwrite = ask !== undefined && (await ask.confirm(`${dir} already holds ${VALUES_FILE} or ${PATTERNS_FILE}. Replace them? [y/N] `));
        if (!overwrite) {
          throw new UserError(
            `${dir} already holds ${VALUES_FILE} or ${PATTERNS_FILE}; dpn config init does not replace them without --force`,
            'EXISTS',
            'edit the existing files, pass --force to replace them, or --dir for a fresh copy elsewhere',
          );
        }
        for (const [name, text] of files) {
          await writeFile(join(target, name), text);
          written.push(join(dir, name));
        }
      }
      const custom = Object.keys(answers).length > 0;
      io.stderr.write(`wrote ${written.join(' and ')} (${custom ? 'the built-in convention with your values' : 'the built-in convention'})\n`);
      if (answers.region !== undefined && !isKnownAwsRegion(answers.region)) {
        io.stderr.write(`warning: ${answers.region} is not an AWS region dpn knows; names need its short code in transformations.region_mapping\n`);
      }
      io.stderr.write('next: dpn config validate, then dpn plan preview <blueprint>\n');
      return EXIT.ok;
    } finally {
      ask?.close();
    }
  },
};

export const configValidateCommand: Command = {
  path: ['config', 'validate'],
  summary: 'Check the naming configuration files',
  usage: '[--values-config FILE --patterns-config FILE] [--format table|json|markdown]\n\nWithout options: ./.dpn/ if it holds the files, else the built-in convention.',
  options: { ...NAMING_OPTIONS, format: { type: 'string' } },
  async run(args, io) {
    const format = outputFormat(args);
    const loaded = await load(args, io);
    io.stderr.write(`dpn: naming values from ${loaded.sources.values}, patterns from ${loaded.sources.patterns}\n`);
    const subject =
      loaded.sources.values === loaded.sources.patterns
        ? `naming configuration (${loaded.sources.values})`
        : `naming configuration (${loaded.sources.values}, ${loaded.sources.patterns})`;
    const report = { resources: [], diagnostics: loaded.diagnostics, subject };
    io.stdout.write(
      format === 'json'
        ? renderNamesJson(report, { pretty: io.stdout.isTTY === true })
        : format === 'markdown'
          ? renderNamesMarkdown(report)
          : renderNamesTable(report, { color: useColor(io), summaryOnly: true, source: sourceText(io.cwd) }),
    );
    return loaded.config ? EXIT.ok : EXIT.invalid;
  },
};

/** What v1.0's `config show --resource-type` listed: the defaults under the type's own values, and its pattern. */
function typeView(config: NamingConfig, type: ResourceType) {
  return { resource_type: type, pattern: config.patterns[type], values: { ...config.defaults, ...(config.resourceTypes[type] ?? {}) } };
}

function rows(entries: [string, string][]): string {
  const width = Math.max(3, ...entries.map(([k]) => escapeTerminal(k).length));
  return entries.map(([k, v]) => `  ${escapeTerminal(k).padEnd(width)}  ${escapeTerminal(v)}\n`).join('');
}

function showTable(config: NamingConfig, type: ResourceType | undefined): string {
  if (type) {
    const view = typeView(config, type);
    return (
      `${type}\n  pattern  ${escapeTerminal(view.pattern)}\n\n` +
      `Values (defaults, then resource_types.${type}):\n${rows(Object.entries(view.values).sort(([a], [b]) => (a < b ? -1 : 1)))}`
    );
  }
  const sorted = Object.entries(config.defaults).sort(([a], [b]) => (a < b ? -1 : 1));
  return (
    `Default values (naming-values.yaml defaults):\n${rows(sorted)}\n` +
    `Resource types: ${Object.keys(config.patterns).sort().join(', ')}\n\n` +
    'Use --resource-type TYPE for one type\'s values and pattern, --format yaml for the files themselves.\n'
  );
}

export const configShowCommand: Command = {
  path: ['config', 'show'],
  summary: 'Print the naming convention in effect, as the two files it is written in',
  usage:
    '[--values-config FILE --patterns-config FILE] [--format yaml|json|table] [--resource-type TYPE]\n\n' +
    'yaml (the default) prints naming-values.yaml and naming-patterns.yaml as two YAML documents, each ready to\n' +
    'paste back into its file; json prints {"values": …, "patterns": …}; table lists the default values and the types.\n' +
    '--resource-type TYPE shows one type: its pattern and the values it starts from.',
  options: { ...NAMING_OPTIONS, format: { type: 'string' }, 'resource-type': { type: 'string' } },
  async run(args, io) {
    const format = (args.values.format as string | undefined) ?? 'yaml';
    if (format !== 'yaml' && format !== 'json' && format !== 'table') {
      throw new UsageError(`--format must be yaml, json or table, got "${format}"`);
    }
    const given = args.values['resource-type'] as string | undefined;
    let type: ResourceType | undefined;
    if (given !== undefined) {
      const key = resourceTypeOf(given, io, '--resource-type');
      if (!isResourceType(key)) throw new UsageError(`unknown resource type "${given}"`, `types: ${SELECTABLE_TYPES.join(', ')}`);
      type = key;
    }
    const loaded = await load(args, io);
    if (!loaded.config) {
      io.stderr.write(renderNamesTable({ resources: [], diagnostics: loaded.diagnostics }, { summaryOnly: true }));
      return EXIT.invalid;
    }
    for (const d of loaded.diagnostics) io.stderr.write(`${d.file}:${d.line}:${d.column}: warning ${d.code}: ${d.message}\n`);
    io.stderr.write(`dpn: naming values from ${loaded.sources.values}, patterns from ${loaded.sources.patterns}\n`);
    const config = loaded.config;
    if (format === 'table') {
      io.stdout.write(showTable(config, type));
    } else if (type) {
      const view = typeView(config, type);
      io.stdout.write(format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : yaml(view));
    } else if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ values: valuesDocumentOf(config), patterns: patternsDocumentOf(config) }, null, 2)}\n`);
    } else {
      io.stdout.write(
        `${HEADER.values}# ${VALUES_FILE}, from ${escapeTerminal(loaded.sources.values)}\n${yaml(valuesDocumentOf(config))}` +
          `---\n${HEADER.patterns}# ${PATTERNS_FILE}, from ${escapeTerminal(loaded.sources.patterns)}\n${yaml(patternsDocumentOf(config))}`,
      );
    }
    return EXIT.ok;
  },
};
