// Diagnostics as workflow annotations on the exact file and line. GitHub shows
// at most 10 errors and 10 warnings per step, so the most useful ones go
// first (files the pull request touched, then by file and line) and the
// caller reports how many were left out.
import type { Diagnostic } from '../source/types.js';

export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationResult {
  annotated: number;
  /** Per severity, how many were not annotated because of GitHub's limit. */
  notAnnotated: { error: number; warning: number };
}

export function rankDiagnostics(diagnostics: Diagnostic[], touched: ReadonlySet<string>): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const id = `${d.severity}\0${d.file}\0${d.line}\0${d.code}\0${d.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.sort(
    (a, b) =>
      Number(touched.has(b.file)) - Number(touched.has(a.file)) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

export function annotate(diagnostics: Diagnostic[], sink: AnnotationSink, touched: ReadonlySet<string> = new Set()): AnnotationResult {
  const ranked = rankDiagnostics(diagnostics, touched);
  const result: AnnotationResult = { annotated: 0, notAnnotated: { error: 0, warning: 0 } };
  const used = { error: 0, warning: 0 };
  for (const d of ranked) {
    if (used[d.severity] >= ANNOTATIONS_PER_SEVERITY) {
      result.notAnnotated[d.severity]++;
      continue;
    }
    used[d.severity]++;
    result.annotated++;
    const props: AnnotationProperties = { title: d.code };
    if (d.file) props.file = d.file;
    if (d.line > 0) props.startLine = d.line;
    if (d.column > 0) props.startColumn = d.column;
    sink[d.severity](d.message, props);
  }
  return result;
}
