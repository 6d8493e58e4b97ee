// Loads the naming convention: the two YAML files given on the command line,
// else ./.dpn/naming-values.yaml + ./.dpn/naming-patterns.yaml, else the
// built-in defaults. Validates both against their schemas and the checks a
// schema cannot express, and reports every problem at its file and line.
// Synchronous: node:fs is loaded at start-up, while node:fs/promises would load Node's stream stack for two existence checks.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_NAMING_CONFIG, inspectNamingConfig, type NamingConfigIssue } from '../naming/index.js';
import type { NamingConfig } from '../naming/types.js';
import valuesSchema from '../../schemas/naming-values.schema.json' with { type: 'json' };
import patternsSchema from '../../schemas/naming-patterns.schema.json' with { type: 'json' };
import {
  describePath,
  error,
  locate,
  readSourceDocument,
  schemaProblems,
  type Diagnostic,
  type SchemaName,
  type SourceDocument,
} from '../source/index.js';
import { checkPatternsDocument, checkValuesDocument } from './checks.js';

export const CONFIG_DIR = '.dpn';
export const VALUES_FILE = 'naming-values.yaml';
export const PATTERNS_FILE = 'naming-patterns.yaml';
export const BUILT_IN = 'built-in';

export interface NamingConfigRequest {
  /** `--values-config`: path to naming-values.yaml. */
  valuesConfig?: string | undefined;
  /** `--patterns-config`: path to naming-patterns.yaml. */
  patternsConfig?: string | undefined;
  /** Directory relative paths are taken from. */
  cwd: string;
  /** Where the two files are looked for when no path is given (default `.dpn`, relative to cwd). */
  configDir?: string | undefined;
}

export interface LoadedNamingConfig {
  /** The convention, when every check passed. */
  config?: NamingConfig;
  diagnostics: Diagnostic[];
  /** Where each document came from: a path as the user would write it, or "built-in". */
  sources: { values: string; patterns: string };
}

/**
 * Finds, reads and validates the naming configuration. Throws only UsageError
 * (one of --values-config / --patterns-config without the other); every
 * problem with the files themselves is a Diagnostic.
 */
export async function loadNamingConfig(request: NamingConfigRequest): Promise<LoadedNamingConfig> {
  const located = await locateConfig(request);
  if ('diagnostics' in located) return located;
  const { values, patterns } = located;
  if (!values || !patterns) {
    return { config: DEFAULT_NAMING_CONFIG, diagnostics: [], sources: { values: BUILT_IN, patterns: BUILT_IN } };
  }
  const sources = { values: values.display, patterns: patterns.display };
  const diagnostics: Diagnostic[] = [];
  const [valuesDoc, patternsDoc] = await Promise.all([
    readValidated(values, 'NamingValues', valuesSchema, diagnostics),
    readValidated(patterns, 'NamingPatterns', patternsSchema, diagnostics),
  ]);
  if (valuesDoc) diagnostics.push(...checkValuesDocument(valuesDoc));
  if (patternsDoc) diagnostics.push(...checkPatternsDocument(patternsDoc, valuesDoc));
  if (!valuesDoc || !patternsDoc || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics: sortDiagnostics(diagnostics), sources };
  }
  const inspected = inspectNamingConfig(valuesDoc.data as object, patternsDoc.data as object, sources);
  for (const issue of inspected.issues) {
    diagnostics.push(issueDiagnostic(issue, issue.document === 'values' ? valuesDoc : patternsDoc));
  }
  const result: LoadedNamingConfig = { diagnostics: sortDiagnostics(diagnostics), sources };
  if (inspected.config && !diagnostics.some((d) => d.severity === 'error')) result.config = inspected.config;
  return result;
}

interface ConfigFile {
  absolute: string;
  display: string;
}

async function locateConfig(
  request: NamingConfigRequest,
): Promise<{ values?: ConfigFile; patterns?: ConfigFile } | LoadedNamingConfig> {
  const { valuesConfig, patternsConfig, cwd } = request;
  const configDir = request.configDir ?? CONFIG_DIR;
  if ((valuesConfig === undefined) !== (patternsConfig === undefined)) {
    throw new UsageError(
      `${valuesConfig === undefined ? '--patterns-config' : '--values-config'} was given without ${valuesConfig === undefined ? '--values-config' : '--patterns-config'}`,
      'give both naming files, or neither to use ./.dpn/ or the built-in convention',
    );
  }
  if (valuesConfig !== undefined && patternsConfig !== undefined) {
    return { values: configFile(valuesConfig, cwd), patterns: configFile(patternsConfig, cwd) };
  }
  const values = configFile(join(configDir, VALUES_FILE), cwd);
  const patterns = configFile(join(configDir, PATTERNS_FILE), cwd);
  const hasValues = existsSync(values.absolute);
  const hasPatterns = existsSync(patterns.absolute);
  if (hasValues && hasPatterns) return { values, patterns };
  if (hasValues || hasPatterns) {
    const [found, missing] = hasValues ? [values, patterns] : [patterns, values];
    return {
      diagnostics: [
        error(
          'CONFIG_INCOMPLETE',
          `found ${found.display} but not ${missing.display}; dpn needs both naming files or neither (run \`dpn config init\` for a full set)`,
          { file: found.display, line: 1, column: 1 },
        ),
      ],
      sources: { values: values.display, patterns: patterns.display },
    };
  }
  return {};
}

function configFile(path: string, cwd: string): ConfigFile {
  const absolute = resolve(cwd, path);
  return { absolute, display: isAbsolute(path) ? path : relative(cwd, absolute) || path };
}

async function readValidated(
  file: ConfigFile,
  schemaName: SchemaName,
  schema: object,
  diagnostics: Diagnostic[],
): Promise<SourceDocument | undefined> {
  const read = await readSourceDocument(file.absolute, file.display, { format: 'yaml' });
  if ('diagnostic' in read) {
    diagnostics.push(...(read.diagnostics ?? [read.diagnostic]));
    return undefined;
  }
  const problems = await schemaProblems(read.document, schemaName, schema);
  if (problems.length > 0) {
    diagnostics.push(...problems);
    return undefined;
  }
  return read.document;
}

function issueDiagnostic(issue: NamingConfigIssue, doc: SourceDocument): Diagnostic {
  const at = locate(doc, issue.path);
  const subject = issue.path.length ? describePath(issue.path) : 'the document';
  const message = /^(must|has|is) /.test(issue.message) ? `${subject} ${issue.message}` : `${subject}: ${issue.message}`;
  return { ...at, code: issue.code, message, severity: issue.severity };
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
  );
}
