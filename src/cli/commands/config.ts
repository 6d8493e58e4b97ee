// `dpn config init|validate|show`: the naming convention's two YAML files.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { CONFIG_DIR, PATTERNS_FILE, VALUES_FILE, loadNamingConfig } from '../../config/load.js';
import { UsageError, UserError } from '../../errors.js';
import { DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT } from '../../naming/index.js';
import { renderNamesJson, renderNamesMarkdown, renderNamesTable } from '../../render/names.js';
import { EXIT, type Command, type CommandIO, type ParsedArgs } from '../command.js';
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
    '# dpn naming values: the variables the patterns fill in.\n' +
    '# Later wins: defaults, environments[env], resource_types[type], blueprint metadata,\n' +
    '# the resource\'s own fields, --override key=value.\n',
  patterns:
    '# dpn naming patterns: one template per resource type, the transformations applied\n' +
    '# to values, and validation rules that may only tighten the platform rules.\n',
};

export const configInitCommand: Command = {
  path: ['config', 'init'],
  summary: 'Write .dpn/naming-values.yaml and naming-patterns.yaml with the built-in convention',
  usage: '[--dir DIR]\n\nDIR defaults to .dpn. Existing files are never overwritten.',
  options: { dir: { type: 'string' } },
  async run(args, io) {
    const dir = (args.values.dir as string | undefined) ?? CONFIG_DIR;
    const target = resolve(io.cwd, dir);
    await mkdir(target, { recursive: true });
    const files = [
      [VALUES_FILE, HEADER.values + stringify(DEFAULT_VALUES_DOCUMENT, { lineWidth: 0 })],
      [PATTERNS_FILE, HEADER.patterns + stringify(DEFAULT_PATTERNS_DOCUMENT, { lineWidth: 0 })],
    ] as const;
    const written: string[] = [];
    try {
      for (const [name, text] of files) {
        await writeFile(join(target, name), text, { flag: 'wx' });
        written.push(join(dir, name));
      }
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
      // Leave the directory as it was: both files or neither.
      for (const file of written) await rm(resolve(io.cwd, file), { force: true });
      throw new UserError(
        `${dir} already holds ${VALUES_FILE} or ${PATTERNS_FILE}; dpn config init never overwrites them`,
        'EXISTS',
        'edit the existing files, or pass --dir for a fresh copy elsewhere',
      );
    }
    io.stderr.write(`wrote ${written.join(' and ')} (the built-in convention)\n`);
    return EXIT.ok;
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

export const configShowCommand: Command = {
  path: ['config', 'show'],
  summary: 'Print the naming convention in effect, after defaults',
  usage: '[--values-config FILE --patterns-config FILE] [--format yaml|json]',
  options: { ...NAMING_OPTIONS, format: { type: 'string' } },
  async run(args, io) {
    const format = (args.values.format as string | undefined) ?? 'yaml';
    if (format !== 'yaml' && format !== 'json') {
      throw new UsageError(`--format must be yaml or json, got "${format}"`);
    }
    const loaded = await load(args, io);
    if (!loaded.config) {
      io.stderr.write(renderNamesTable({ resources: [], diagnostics: loaded.diagnostics }, { summaryOnly: true }));
      return EXIT.invalid;
    }
    for (const d of loaded.diagnostics) io.stderr.write(`${d.file}:${d.line}:${d.column}: warning ${d.code}: ${d.message}\n`);
    io.stdout.write(format === 'json' ? `${JSON.stringify(loaded.config, null, 2)}\n` : stringify(loaded.config, { lineWidth: 0 }));
    return EXIT.ok;
  },
};
