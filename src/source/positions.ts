// Where each value of a parsed document sits in its source text. Parsers record
// offsets only; line and column are computed when someone asks, so a large
// document that has no errors pays for one offset per value and nothing more.
import type { SourceLocation } from './types.js';

/** Offsets recorded for one object or array: its own start, and per key / item. */
export interface ContainerOffsets {
  start: number;
  /** Object keys in source order (absent for arrays). */
  keys?: string[];
  /** Objects: [keyOffset, valueOffset] per key, flattened. Arrays: one offset per item. */
  offsets: number[];
}

/** A path into a document: property names and array indexes. */
export type DocumentPath = readonly (string | number)[];

/** Answers "where is the value at this path" for one parsed document. */
export interface SourcePositions {
  /** Position of the value (or, with `key`, of its key) at `path` under `root`, the document's data. */
  locate(root: unknown, path: DocumentPath, key?: boolean): SourceLocation;
  /** Start of an object or array of the document, found directly (no path walk); undefined if unknown. */
  startOf(container: object): SourceLocation | undefined;
  /** 1-based line and column of a character offset. */
  locateOffset(offset: number): SourceLocation;
}

/** Line and column of character offsets, from line starts computed on first use. */
export class LineIndex {
  private lineStarts: number[] | undefined;
  /** The line of the last offset located: resources are located in text order, so the next is usually on it or just after. */
  private lastLine = 0;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  locateOffset(offset: number): SourceLocation {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    // A few steps forward from the last line before the binary search (same answer, fewer probes in text order).
    const last = this.lastLine;
    if ((starts[last] as number) <= offset) {
      let line = last;
      const stop = Math.min(hi, last + 4);
      while (line < stop && (starts[line + 1] as number) <= offset) line++;
      if (line < stop || line === hi) lo = hi = line;
      else lo = line;
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return { file: this.file, line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }
}

/** Offsets of every container, key and value, recorded while parsing. */
export class PositionIndex extends LineIndex implements SourcePositions {
  readonly containers = new Map<object, ContainerOffsets>();

  record(container: object, offsets: ContainerOffsets): void {
    this.containers.set(container, offsets);
  }

  /**
   * Offset of the value at `path` (or of its key, with `key: true`). A path that
   * goes further than the document falls back to the deepest ancestor found, so
   * every problem still gets a position.
   */
  offsetOf(root: unknown, path: DocumentPath, key = false): number {
    let node: unknown = root;
    let offset = this.containers.get(root as object)?.start ?? 0;
    for (let i = 0; i < path.length; i++) {
      const info = node !== null && typeof node === 'object' ? this.containers.get(node) : undefined;
      if (!info) break;
      const segment = path[i] as string | number;
      let valueOffset: number | undefined;
      let keyOffset: number | undefined;
      if (info.keys) {
        const index = info.keys.lastIndexOf(String(segment));
        if (index < 0) break;
        keyOffset = info.offsets[index * 2];
        valueOffset = info.offsets[index * 2 + 1];
      } else {
        const index = typeof segment === 'number' ? segment : Number(segment);
        valueOffset = info.offsets[index];
        keyOffset = valueOffset;
      }
      if (valueOffset === undefined) break;
      const last = i === path.length - 1;
      offset = last && key && keyOffset !== undefined ? keyOffset : valueOffset;
      node = (node as Record<string, unknown>)[segment as string];
    }
    return offset;
  }

  locate(root: unknown, path: DocumentPath, key = false): SourceLocation {
    return this.locateOffset(this.offsetOf(root, path, key));
  }

  startOf(container: object): SourceLocation | undefined {
    const info = this.containers.get(container);
    return info ? this.locateOffset(info.start) : undefined;
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** Splits an Ajv instancePath ("/resources/aws/s3_buckets/0") into a path. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** "resources.aws.s3_buckets[0].layer" for messages. */
export function describePath(path: DocumentPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}
