// The names dpn would give: as one JSON document (the machine contract of
// `dpn plan validate|preview --format json`), an aligned terminal table, and
// markdown. A resource with an error at its place is never shown as fine, and
// a shortened name always says so.
import type { BlueprintFieldChange } from '../blueprint/field-names.js';
import type { RejectedResource, ResourceSpec } from '../blueprint/types.js';
import { CLOUD_LABELS, cloudOf, isNamedOnly } from '../naming/clouds.js';
import { isResourceType } from '../naming/types.js';
import type { Diagnostic } from '../source/types.js';
import { painter } from './color.js';
import { renderDiagnostics, type SourceText } from './diagnostics.js';
import { escapeMarkdown, escapeTerminal } from './escape.js';

/** A resource the state holds and no blueprint asks for any more. */
export interface RemovedResource {
  key: string;
  type: string;
  name: string;
  fullName: string;
  blueprint: string;
  /** archive, delete or retain (the deletion policy recorded in the state). */
  action: string;
}

export interface NamesReport {
  resources: readonly ResourceSpec[];
  diagnostics: readonly Diagnostic[];
  /** Resources whose names broke a rule: listed, marked ✗, never planned. */
  rejected?: readonly RejectedResource[];
  /** What the report is about when it is not resources (`config validate`: the naming configuration). */
  subject?: string;
  /** `--override key=value` pairs in effect, as given. */
  overrides?: readonly string[];
  /** Per resource key, the planned change against the state (when a state was read). */
  actions?: ReadonlyMap<string, string>;
  /** Per resource key, the fields an update or replace changes, in blueprint terms (when a state was read). */
  changes?: ReadonlyMap<string, readonly BlueprintFieldChange[]>;
  /** With a state: what would be removed, and the plan's counts per action. */
  plan?: { removed: readonly RemovedResource[]; summary: Readonly<Record<string, number>>; summaryLine: string; stateDir: string };
}

export interface NamesJsonResource {
  key: string;
  type: string;
  /** AWS, Databricks, Azure or Google Cloud. */
  cloud: string;
  /** false for what dpn names but does not provision (Azure, Google Cloud); absent otherwise. */
  provisioned?: false;
  name: string;
  fullName: string;
  blueprint: string;
  line: number;
  dependsOn: string[];
  shortenedFrom?: string;
  action?: string;
  /** With a state: the fields that change, `{field, before, after}`, named as in the blueprint. */
  changes?: BlueprintFieldChange[];
}

export interface NamesJsonProblem {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  hint?: string;
}

export interface NamesJson {
  resources: NamesJsonResource[];
  errors: NamesJsonProblem[];
  warnings: NamesJsonProblem[];
  plan?: { stateDir: string; summary: Record<string, number>; removed: RemovedResource[] };
}

/** The planned change as a person reads it: a named-only resource is a noop of the plan, shown as "named" (it never changes). */
function shownAction(report: NamesReport, r: ResourceSpec): string {
  const action = report.actions?.get(r.key);
  if (action === undefined) return '';
  return isNamedOnly(r.type) ? 'named' : action;
}

/** Whether any resource is of a cloud dpn names only (Azure, Google Cloud). */
function spansClouds(resources: readonly ResourceSpec[]): boolean {
  for (let i = 0; i < resources.length; i++) if (isNamedOnly((resources[i] as ResourceSpec).type)) return true;
  return false;
}

function problem(d: Diagnostic): NamesJsonProblem {
  const out: NamesJsonProblem = { file: d.file, line: d.line, column: d.column, code: d.code, message: d.message };
  if (d.hint !== undefined) out.hint = d.hint;
  return out;
}

function resourceJson(r: ResourceSpec, actions: ReadonlyMap<string, string> | undefined, changes?: NamesReport['changes']): NamesJsonResource {
  const out: NamesJsonResource = {
    key: r.key,
    type: r.type,
    cloud: CLOUD_LABELS[cloudOf(r.type)],
    name: r.name,
    fullName: r.fullName,
    blueprint: r.blueprint,
    line: r.location.line,
    dependsOn: r.dependsOn,
  };
  if (isNamedOnly(r.type)) out.provisioned = false;
  if (r.shortenedFrom !== undefined) out.shortenedFrom = r.shortenedFrom;
  const action = actions?.get(r.key);
  if (action !== undefined) out.action = action;
  const changed = changes?.get(r.key);
  if (changed && changed.length > 0) out.changes = [...changed];
  return out;
}

function tail(report: NamesReport): Omit<NamesJson, 'resources'> {
  return {
    errors: report.diagnostics.filter((d) => d.severity === 'error').map(problem),
    warnings: report.diagnostics.filter((d) => d.severity === 'warning').map(problem),
    ...(report.plan
      ? { plan: { stateDir: report.plan.stateDir, summary: { ...report.plan.summary }, removed: report.plan.removed.map((r) => ({ ...r })) } }
      : {}),
  };
}

export function namesDocument(report: NamesReport): NamesJson {
  return { resources: report.resources.map((r) => resourceJson(r, report.actions, report.changes)), ...tail(report) };
}

/** Exactly one JSON document, newline-terminated; indented for a person, compact for a pipe. */
export function renderNamesJson(report: NamesReport, options: { pretty?: boolean } = {}): string {
  return `${JSON.stringify(namesDocument(report), null, options.pretty ? 2 : undefined)}\n`;
}

/**
 * The compact document of renderNamesJson, in pieces of a hundred resources:
 * written one after another, 100k resources never exist as one string or as a
 * second array of objects. A piece is one JSON.stringify of its batch, less the
 * brackets (a slice, which shares the text); the separator between pieces is a
 * piece of its own, since joining them would copy every piece once more. Pieces
 * stay below V8's large-object size, so a young-generation GC frees them.
 */
export function* renderNamesJsonChunks(report: NamesReport, resourcesPerChunk = 100): Generator<string> {
  const { resources, actions, changes } = report;
  // One JSON.stringify per piece rather than one per resource plus a join:
  // 10k resources in a fresh process, min of 12: 18 -> 14 ms.
  const items = (from: number, to: number): string => {
    const batch: NamesJsonResource[] = [];
    for (let i = from; i < to; i++) batch.push(resourceJson(resources[i] as ResourceSpec, actions, changes));
    return JSON.stringify(batch).slice(1, -1);
  };
  yield '{"resources":[';
  for (let from = 0; from < resources.length; from += resourcesPerChunk) {
    if (from > 0) yield ',';
    yield items(from, Math.min(from + resourcesPerChunk, resources.length));
  }
  yield `],${JSON.stringify(tail(report)).slice(1)}\n`;
}

/** Places (file:line) that carry an error: resources there are marked, not shown as fine. */
function errorPlaces(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`));
}

function place(r: ResourceSpec): string {
  return `${r.location.file}:${r.location.line}`;
}

export interface NamesTableOptions {
  /** ANSI colours (only on a terminal, and never with NO_COLOR). */
  color?: boolean;
  /** Only problems and the summary, not one row per resource (`dpn plan validate`). */
  summaryOnly?: boolean;
  /** The text of each file, to show the offending line under each problem. */
  source?: SourceText;
}

export function renderNamesTable(report: NamesReport, options: NamesTableOptions = {}): string {
  const paint = painter(options.color === true);
  const failed = errorPlaces(report.diagnostics);
  const lines: string[] = [];
  const rejected = report.rejected ?? [];
  if (report.overrides?.length) {
    lines.push(paint('33', `overrides in effect: ${report.overrides.map((o) => escapeTerminal(`--override ${o}`)).join(' ')}`), '');
  }
  if (!options.summaryOnly && (report.resources.length > 0 || rejected.length > 0 || (report.plan?.removed.length ?? 0) > 0)) {
    const withActions = report.actions !== undefined;
    const rows: { mark: string; action: string; cloud: string; type: string; name: string; where: string; bad: boolean; shortenedFrom: string | undefined }[] =
      report.resources.map((r) => {
        const bad = failed.has(place(r));
        const name = escapeTerminal(r.fullName) + (r.shortenedFrom !== undefined ? ' *' : '');
        return {
          mark: bad ? '✗' : r.shortenedFrom !== undefined ? '~' : '✓',
          action: shownAction(report, r),
          cloud: CLOUD_LABELS[cloudOf(r.type)],
          type: r.type,
          name,
          where: escapeTerminal(place(r)),
          bad,
          shortenedFrom: r.shortenedFrom,
        };
      });
    for (const r of rejected) {
      const where = `${r.location.file}:${r.location.line}`;
      rows.push({ mark: '✗', action: '', cloud: CLOUD_LABELS[cloudOf(r.type)], type: r.type, name: `${escapeTerminal(r.generated)} (invalid)`, where: escapeTerminal(where), bad: true, shortenedFrom: undefined });
    }
    // Rejected rows sit at their place in the blueprint, not at the end.
    if (rejected.length) rows.sort((a, b) => compareWhere(a.where, b.where));
    const width = (values: string[], title: string) => Math.max(title.length, ...values.map((v) => v.length));
    const removed = report.plan?.removed ?? [];
    const wAction = width([...rows.map((r) => r.action), ...removed.map((r) => r.action)], 'CHANGE');
    // A cloud column once the names span more than AWS and Databricks, whose types say their cloud.
    const clouds = spansClouds(report.resources);
    const wCloud = width(rows.map((r) => r.cloud), 'CLOUD');
    const cloudCell = (cloud: string) => (clouds ? `${cloud.padEnd(wCloud)}  ` : '');
    const wType = width([...rows.map((r) => r.type), ...removed.map((r) => r.type)], 'TYPE');
    const wName = width([...rows.map((r) => r.name), ...removed.map((r) => escapeTerminal(r.fullName))], 'NAME');
    const header = `  ${withActions ? `${'CHANGE'.padEnd(wAction)}  ` : ''}${cloudCell('CLOUD')}${'TYPE'.padEnd(wType)}  ${'NAME'.padEnd(wName)}  BLUEPRINT`;
    lines.push(paint('1', header.trimEnd()));
    for (const row of rows) {
      const text = `${row.mark} ${withActions ? `${row.action.padEnd(wAction)}  ` : ''}${cloudCell(row.cloud)}${row.type.padEnd(wType)}  ${row.name.padEnd(wName)}  ${row.where}`;
      lines.push(row.bad ? paint('31', text) : text);
      if (row.shortenedFrom !== undefined) {
        lines.push(paint('2', `    * shortened to fit the length limit; the pattern gave ${escapeTerminal(row.shortenedFrom)}`));
      }
    }
    for (const r of report.plan?.removed ?? []) {
      const cloud = isResourceType(r.type) ? CLOUD_LABELS[cloudOf(r.type)] : '';
      lines.push(`- ${r.action.padEnd(wAction)}  ${cloudCell(cloud)}${r.type.padEnd(wType)}  ${escapeTerminal(r.fullName).padEnd(wName)}  ${escapeTerminal(r.blueprint)} (removed)`);
    }
    lines.push('');
  }
  if (options.summaryOnly) lines.push(...shortenedLines(report.resources, paint));
  lines.push(...renderDiagnostics(report.diagnostics, { color: options.color === true, ...(options.source ? { source: options.source } : {}) }));
  if (report.plan) lines.push(`plan against ${escapeTerminal(report.plan.stateDir)}: ${report.plan.summaryLine}`);
  lines.push(summary(report));
  return `${lines.join('\n')}\n`;
}

/** `dpn plan validate` shows no table, so it names each shortened resource here. */
function shortenedLines(resources: readonly ResourceSpec[], paint: (code: string, text: string) => string): string[] {
  const lines: string[] = [];
  for (const r of resources) {
    if (r.shortenedFrom === undefined) continue;
    lines.push(
      `${escapeTerminal(place(r))}: ${paint('2', 'shortened')} ${r.type} ${escapeTerminal(r.fullName)} (the pattern gave ${escapeTerminal(r.shortenedFrom)})`,
    );
  }
  if (lines.length) lines.push('');
  return lines;
}

function compareWhere(a: string, b: string): number {
  const [fileA, lineA] = splitWhere(a);
  const [fileB, lineB] = splitWhere(b);
  return fileA === fileB ? lineA - lineB : fileA < fileB ? -1 : 1;
}

function splitWhere(where: string): [string, number] {
  const at = where.lastIndexOf(':');
  return [where.slice(0, at), Number(where.slice(at + 1))];
}

function summary(report: NamesReport): string {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (report.subject !== undefined) return `${errors ? 'invalid' : 'valid'}: ${report.subject}, ${counts.join(', ')}`;
  const shortened = report.resources.filter((r) => r.shortenedFrom !== undefined).length;
  const rejected = report.rejected?.length ?? 0;
  const parts = [plural(report.resources.length, 'resource'), ...counts];
  if (rejected) parts.push(`${rejected} without a valid name`);
  if (shortened) parts.push(`${shortened} shortened`);
  return `${errors ? 'invalid' : 'valid'}: ${parts.join(', ')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function renderNamesMarkdown(report: NamesReport): string {
  const failed = errorPlaces(report.diagnostics);
  const out: string[] = [];
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
  out.push(`### dpn names — ${errors.length ? '❌ invalid' : '✅ valid'}`, '', summary(report), '');
  if (report.overrides?.length) out.push(`Overrides in effect: ${report.overrides.map((o) => escapeMarkdown(`--override ${o}`)).join(' ')}`, '');
  if (report.plan) out.push(`Plan against ${escapeMarkdown(report.plan.stateDir)}: ${escapeMarkdown(report.plan.summaryLine)}`, '');
  if (report.resources.length || report.rejected?.length || report.plan?.removed.length) {
    const withActions = report.actions !== undefined;
    const clouds = spansClouds(report.resources);
    const cloudCell = (type: string) => (clouds ? ` ${isResourceType(type) ? CLOUD_LABELS[cloudOf(type)] + (isNamedOnly(type) ? ' (named only)' : '') : ''} |` : '');
    out.push(`|${withActions ? ' Change |' : ''}${clouds ? ' Cloud |' : ''} Type | Name | Full name | Blueprint |`);
    out.push(`|${withActions ? ' --- |' : ''}${clouds ? ' --- |' : ''} --- | --- | --- | --- |`);
    for (const r of report.resources) {
      const bad = failed.has(place(r));
      const name = `${bad ? '❌ ' : ''}${escapeMarkdown(r.name)}${r.shortenedFrom !== undefined ? ` (shortened from ${escapeMarkdown(r.shortenedFrom)})` : ''}`;
      const action = withActions ? ` ${escapeMarkdown(shownAction(report, r))} |` : '';
      out.push(`|${action}${cloudCell(r.type)} ${r.type} | ${name} | ${escapeMarkdown(r.fullName)} | ${escapeMarkdown(place(r))} |`);
    }
    for (const r of report.rejected ?? []) {
      out.push(`|${withActions ? ' |' : ''} ${r.type} | ❌ ${escapeMarkdown(r.generated)} (invalid) | | ${escapeMarkdown(`${r.location.file}:${r.location.line}`)} |`);
    }
    for (const r of report.plan?.removed ?? []) {
      out.push(`|${withActions ? ` ${escapeMarkdown(r.action)} |` : ''}${cloudCell(r.type)} ${r.type} | ~~${escapeMarkdown(r.name)}~~ | ${escapeMarkdown(r.fullName)} | ${escapeMarkdown(r.blueprint)} (removed) |`);
    }
    out.push('');
  }
  for (const [title, list] of [
    ['Errors', errors],
    ['Warnings', warnings],
  ] as const) {
    if (!list.length) continue;
    out.push(`#### ${title}`, '');
    for (const d of list) {
      out.push(`- ${escapeMarkdown(`${d.file}:${d.line}:${d.column}`)} **${d.code}**: ${escapeMarkdown(d.message)}${d.hint ? ` (help: ${escapeMarkdown(d.hint)})` : ''}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}
