// Diagnostics for a person, in the style of rustc and Terraform: the
// `file:line:col: error CODE: message` line editors and grep understand, then
// the source line with its number and a caret under the offending text, then
// one `help:` line when there is a fix to suggest. Pure: the caller hands in
// the text of each file (or nothing, and then only the first line is shown).
import type { Diagnostic } from '../source/types.js';
import { escapeTerminal } from './escape.js';
import { painter } from './color.js';

/** The text of a file as a diagnostic names it, or undefined when it cannot be shown. */
export type SourceText = (file: string) => string | undefined;

export interface DiagnosticRenderOptions {
  color?: boolean;
  source?: SourceText;
}

/** Problems about a whole file (empty, binary, not found, not a blueprint): no line to show. */
const WHOLE_FILE = /^(SOURCE|BLUEPRINT)_|^CONFIG_INCOMPLETE$/;

export function renderDiagnostic(d: Diagnostic, options: DiagnosticRenderOptions = {}): string[] {
  const paint = painter(options.color === true);
  const label = d.severity === 'error' ? paint('31;1', 'error') : paint('33;1', 'warning');
  const lines = [`${escapeTerminal(`${d.file}:${d.line}:${d.column}`)}: ${label} ${d.code}: ${escapeTerminal(d.message)}`];
  const text = WHOLE_FILE.test(d.code) ? undefined : options.source?.(d.file);
  const line = text === undefined ? undefined : lineAt(text, d.line);
  if (line !== undefined && line.trim() !== '') {
    const number = String(d.line);
    const gutter = ' '.repeat(number.length);
    const shown = escapeTerminal(line.replace(/\s+$/, ''));
    const before = escapeTerminal(line.slice(0, Math.max(0, d.column - 1))).length;
    const width = Math.max(1, escapeTerminal(line.slice(d.column - 1, d.column - 1 + tokenLength(line, d.column - 1))).length);
    lines.push(
      `${gutter} ${paint('34;1', '|')}`,
      `${paint('34;1', `${number} |`)} ${shown}`,
      `${gutter} ${paint('34;1', '|')} ${' '.repeat(before)}${paint(d.severity === 'error' ? '31;1' : '33;1', '^'.repeat(width))}`,
    );
  }
  if (d.hint !== undefined) lines.push(`${line !== undefined ? ' '.repeat(String(d.line).length) + ' ' : '  '}${paint('36;1', 'help:')} ${escapeTerminal(d.hint)}`);
  return lines;
}

/** Every diagnostic, each followed by a blank line. */
export function renderDiagnostics(list: readonly Diagnostic[], options: DiagnosticRenderOptions = {}): string[] {
  const out: string[] = [];
  for (const d of list) {
    const lines = renderDiagnostic(d, options);
    out.push(...lines);
    // A snippet or help line gets room to breathe; bare one-liners stay together.
    if (lines.length > 1) out.push('');
  }
  if (out.length && out[out.length - 1] !== '') out.push('');
  return out;
}

function lineAt(text: string, line: number): string | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

/** How many characters the caret covers: a quoted string, or a run up to the next space or punctuation. */
function tokenLength(line: string, from: number): number {
  const first = line[from];
  if (first === undefined) return 1;
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, from + 1);
    return close < 0 ? line.length - from : close - from + 1;
  }
  let i = from;
  while (i < line.length && !/[\s,:{}[\]]/.test(line[i] as string)) i++;
  // A key followed by ':' is underlined without the colon; a lone punctuation mark gets one caret.
  return Math.max(1, i - from);
}
