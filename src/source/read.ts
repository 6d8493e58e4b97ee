// Reading a source file: size limit, empty and binary files, UTF-8, and the
// format chosen by extension. Every failure is a Diagnostic, never a throw.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { parseJsonFast } from './json-fast.js';
import { parseYamlFast } from './yaml-fast.js';
import { LineIndex, type DocumentPath, type SourcePositions } from './positions.js';
import { SourceSyntaxError } from './syntax.js';
import type { Diagnostic, SourceLocation } from './types.js';

/** Largest YAML file dpn reads (blueprints and naming configuration): the yaml parser builds a node per value first. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * Largest JSON blueprint: JSON.parse has no aliases to bomb with and builds the
 * data directly, so generated blueprints may be bigger (80k resources are
 * ~8.5 MiB and preview in well under 250 MB).
 */
export const MAX_JSON_BYTES = 32 * 1024 * 1024;

export type SourceFormat = 'json' | 'yaml';

/** A parsed file: plain data plus where each value came from. */
export interface SourceDocument {
  /** The file as the user named it (for messages). */
  file: string;
  format: SourceFormat;
  data: unknown;
  positions: SourcePositions;
}

export function formatOf(path: string): SourceFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}

export function error(code: string, message: string, at: SourceLocation, hint?: string): Diagnostic {
  const d: Diagnostic = { file: at.file, line: at.line, column: at.column, code, message, severity: 'error' };
  if (hint !== undefined) d.hint = hint;
  return d;
}

/** Location of the value (or key) at `path` in a document. */
export function locate(doc: SourceDocument, path: DocumentPath, key = false): SourceLocation {
  return doc.positions.locate(doc.data, path, key);
}

/**
 * Reads and parses one file. `absolutePath` is what is opened, `file` what
 * messages show. Returns the document or the diagnostic that stopped it
 * (with `diagnostics`, every syntax problem found, when there were several).
 */
export async function readSourceDocument(
  absolutePath: string,
  file: string,
  options: { maxBytes?: number; format?: SourceFormat } = {},
): Promise<{ document: SourceDocument } | { diagnostic: Diagnostic; diagnostics?: Diagnostic[] }> {
  const top = { file, line: 1, column: 1 };
  const format = options.format ?? formatOf(file);
  if (!format) {
    return { diagnostic: error('SOURCE_FORMAT', `${file} is neither JSON (.json) nor YAML (.yaml, .yml)`, top) };
  }
  const maxBytes = options.maxBytes ?? (format === 'json' ? MAX_JSON_BYTES : MAX_SOURCE_BYTES);
  let bytes: Buffer | undefined;
  try {
    // Synchronous calls: a file is at most MAX_JSON_BYTES and dpn has nothing
    // else to do meanwhile, while each asynchronous step (open, stat, read,
    // read, close) waited for a turn of the event loop. Measured on a 10k
    // preview (10 files): the reading and checking phase 197 -> 162 ms (min of 12).
    // O_NONBLOCK: opening a named pipe must not wait for a writer; it is then refused as not a regular file.
    const fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { diagnostic: error('SOURCE_READ', `${file} is not a regular file`, top) };
      if (stat.size > maxBytes) {
        return {
          diagnostic: error(
            'SOURCE_TOO_LARGE',
            `${file} is ${mebibytes(stat.size)}; the limit is ${mebibytes(maxBytes)} (split it into several files)`,
            top,
          ),
        };
      }
      // Read one byte past the limit, in case the file grew after stat.
      const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > maxBytes) {
        return { diagnostic: error('SOURCE_TOO_LARGE', `${file} is larger than ${mebibytes(maxBytes)}`, top) };
      }
      bytes = buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'I/O error'})`;
    return { diagnostic: error(code === 'ENOENT' ? 'SOURCE_NOT_FOUND' : 'SOURCE_READ', `${file} ${why}`, top) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { diagnostic: error('SOURCE_BINARY', `${file} looks binary (it contains a NUL byte); expected ${format.toUpperCase()} text`, top) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { diagnostic: error('SOURCE_NOT_UTF8', `${file} is not valid UTF-8 text (a binary file?)`, top) };
  }
  // Released before parsing: for a large blueprint the bytes are megabytes that the peak need not hold.
  bytes = undefined;
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { diagnostic: error('SOURCE_EMPTY', `${file} is empty; expected a ${format.toUpperCase()} document`, top) };
  }
  return parseSourceText(text, file, format);
}

/**
 * Parses text already in memory (used by tests and by readSourceDocument). The
 * `yaml` package is loaded only for YAML the fast reader leaves to it.
 */
export async function parseSourceText(
  text: string,
  file: string,
  format: SourceFormat,
): Promise<{ document: SourceDocument } | { diagnostic: Diagnostic; diagnostics?: Diagnostic[] }> {
  try {
    const { data, positions } =
      format === 'json' ? parseJsonFast(text, file) : (parseYamlFast(text, file) ?? (await import('./yaml.js')).parseYaml(text, file));
    return { document: { file, format, data, positions } };
  } catch (cause) {
    if (cause instanceof SourceSyntaxError) {
      const lines = new LineIndex(file, text);
      const all = [cause, ...cause.others].map((e) => {
        const at = lines.locateOffset(e.offset);
        return error(e.code, `${e.message} at line ${at.line} column ${at.column}`, at, e.hint);
      });
      return { diagnostic: all[0] as Diagnostic, diagnostics: all };
    }
    if (cause instanceof RangeError) {
      return { diagnostic: error('SOURCE_TOO_DEEP', `${file} is nested too deeply to read`, { file, line: 1, column: 1 }) };
    }
    throw cause;
  }
}

function mebibytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}
