// JSON for large blueprints: the engine's JSON.parse builds the data, and one
// scan of the text records where each object starts (what resource locations
// need). Anything unusual (a syntax error, a duplicate or
// prototype-shaped key, \u escapes, integer-like keys) goes to the
// position-tracking parser in json.ts, which also answers every position
// query the starts cannot (keys, scalars) when a message needs one.
import { parseJson } from './json.js';
import { LineIndex, type DocumentPath, type PositionIndex, type SourcePositions } from './positions.js';
import { MAX_DEPTH } from './syntax.js';

/** Text that needs the careful parser: escapes could spell a key, and these keys are refused there. */
const CAREFUL = ['\\u', '"__proto__"', '"constructor"', '"prototype"'];

/** The scan met something the fast path does not handle; the careful parser will. */
const FALLBACK = Symbol('fallback');

export function parseJsonFast(text: string, file: string): { data: unknown; positions: SourcePositions } {
  // indexOf, not one regular expression: several times faster over megabytes of text.
  if (CAREFUL.some((needle) => text.includes(needle))) return parseJson(text, file);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let data: unknown;
  try {
    data = JSON.parse(bom ? text.slice(1) : text);
  } catch {
    return parseJson(text, file); // throws a SourceSyntaxError with line and column
  }
  const starts = new Map<object, number>();
  try {
    scan(text, bom, data, starts);
  } catch (cause) {
    if (cause === FALLBACK) return parseJson(text, file);
    throw cause;
  }
  return { data, positions: new ContainerStarts(file, text, starts) };
}

class ContainerStarts extends LineIndex implements SourcePositions {
  private full: { data: unknown; positions: PositionIndex } | undefined;

  constructor(
    file: string,
    text: string,
    private readonly starts: Map<object, number>,
  ) {
    super(file, text);
  }

  startOf(container: object): ReturnType<SourcePositions['startOf']> {
    const start = this.starts.get(container);
    return start === undefined ? undefined : this.locateOffset(start);
  }

  locate(root: unknown, path: DocumentPath, key = false): ReturnType<SourcePositions['locate']> {
    if (!key) {
      let node: unknown = root;
      for (const segment of path) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) {
          node = undefined;
          break;
        }
        node = (node as Record<string, unknown>)[segment as string];
      }
      const start = node !== null && typeof node === 'object' ? this.starts.get(node) : undefined;
      if (start !== undefined) return this.locateOffset(start);
    }
    // Keys and scalar values: parse again with every position (only when a message needs one).
    this.full ??= parseJson(this.text, this.file) as { data: unknown; positions: PositionIndex };
    return this.full.positions.locate(this.full.data, path, key);
  }
}

function isIndexKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Walks the text and the parsed data in step, recording where each container starts. */
function scan(text: string, from: number, root: unknown, starts: Map<object, number>): void {
  let i = from;
  const whitespace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };
  const string = () => {
    let j = i + 1;
    for (;;) {
      j = text.indexOf('"', j);
      let backslashes = 0;
      while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) break;
      j++;
    }
    i = j + 1;
  };
  const value = (node: unknown, depth: number): void => {
    whitespace();
    const c = text.charCodeAt(i);
    if (c === 0x7b) {
      if (depth > MAX_DEPTH) throw FALLBACK;
      starts.set(node as object, i);
      i++;
      // JSON.parse keeps keys in text order except integer-like ones, which come first.
      const keys = Object.keys(node as object);
      if (keys.length > 0 && isIndexKey(keys[0] as string)) throw FALLBACK;
      whitespace();
      if (text.charCodeAt(i) === 0x7d) {
        i++;
        return;
      }
      let k = 0;
      for (;;) {
        whitespace();
        string();
        whitespace();
        i++; // ':'
        const key = keys[k++];
        if (key === undefined) throw FALLBACK; // more keys in the text than in the object: a duplicate
        value((node as Record<string, unknown>)[key], depth + 1);
        whitespace();
        if (text.charCodeAt(i++) === 0x7d) break;
      }
      if (k !== keys.length) throw FALLBACK;
      return;
    }
    if (c === 0x5b) {
      // Arrays are not recorded: resources are objects, and a message about a
      // list itself is rare enough to take the careful parser's positions.
      if (depth > MAX_DEPTH) throw FALLBACK;
      i++;
      whitespace();
      if (text.charCodeAt(i) === 0x5d) {
        i++;
        return;
      }
      const items = node as unknown[];
      let k = 0;
      for (;;) {
        value(items[k++], depth + 1);
        whitespace();
        if (text.charCodeAt(i++) === 0x5d) break;
      }
      return;
    }
    if (c === 0x22) {
      string();
      return;
    }
    for (;;) {
      const d = text.charCodeAt(i);
      if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09 || Number.isNaN(d)) return;
      i++;
    }
  };
  value(root, 0);
}
