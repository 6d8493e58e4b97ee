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
  let objects: ObjectStarts;
  try {
    objects = scan(text, bom, data);
  } catch (cause) {
    if (cause === FALLBACK) return parseJson(text, file);
    throw cause;
  }
  return { data, positions: new ContainerStarts(file, text, objects) };
}

/** Where each object of the data starts: its index in text order, and per index its line and column. */
interface ObjectStarts {
  index: Map<object, number>;
  lines: number[];
  columns: number[];
}

class ContainerStarts extends LineIndex implements SourcePositions {
  private full: { data: unknown; positions: PositionIndex } | undefined;

  constructor(
    file: string,
    text: string,
    private readonly objects: ObjectStarts,
  ) {
    super(file, text);
  }

  startOf(container: object): ReturnType<SourcePositions['startOf']> {
    const k = this.objects.index.get(container);
    return k === undefined ? undefined : { file: this.file, line: this.objects.lines[k] as number, column: this.objects.columns[k] as number };
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
      const found = node !== null && typeof node === 'object' ? this.startOf(node) : undefined;
      if (found !== undefined) return found;
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

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const NEWLINE = 0x0a;

/**
 * Records where each object of the parsed data starts in the text, in two
 * passes that need no token for token agreement:
 *
 * 1. The text, once: the line and column of every `{` outside a
 *    string, in text order, and the number of keys (every `:` outside a
 *    string; the text is valid JSON, since JSON.parse read it). Strings are
 *    stepped over with indexOf; JSON strings hold no raw line break, so every
 *    line break met is one of the text's lines.
 * 2. The data, depth first, keys in their order: the n-th object met is the
 *    one the n-th `{` opens. JSON.parse keeps keys in text order except
 *    integer-like ones, which it puts first: an object whose first key is one
 *    goes to the careful parser. A duplicate key leaves the text with more
 *    keys than the data holds (the value it overwrote, and whatever that held,
 *    is gone from the data too), so the counts tell it.
 *
 * Any disagreement sends the text to the careful parser.
 */
function scan(text: string, from: number, root: unknown): ObjectStarts {
  const lines: number[] = [];
  const columns: number[] = [];
  let keys = 0;
  let line = 1;
  let lineStart = 0;
  const escapes = text.indexOf('\\', from) !== -1;
  const end = text.length;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let close = text.indexOf('"', i + 1);
      if (escapes) {
        // A quote preceded by an odd number of backslashes is part of the string.
        for (;;) {
          let backslashes = 0;
          while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
          if ((backslashes & 1) === 0) break;
          close = text.indexOf('"', close + 1);
        }
      }
      i = close;
    } else if (c === OPEN_OBJECT) {
      lines.push(line);
      columns.push(i - lineStart + 1);
    } else if (c === COLON) keys++;
    else if (c === NEWLINE) {
      line++;
      lineStart = i + 1;
    }
  }
  const walk = new DataWalk(lines.length);
  walk.value(root, 0);
  if (walk.objects !== lines.length || walk.keys !== keys) throw FALLBACK;
  return { index: walk.index, lines, columns };
}

/** The depth-first walk of the data that numbers its objects in the order their braces open. */
class DataWalk {
  objects = 0;
  keys = 0;
  readonly index = new Map<object, number>();

  constructor(private readonly braces: number) {}

  value(node: unknown, depth: number): void {
    if (node === null || typeof node !== 'object') return;
    if (depth > MAX_DEPTH) throw FALLBACK;
    if (Array.isArray(node)) {
      for (let k = 0; k < node.length; k++) this.value(node[k], depth + 1);
      return;
    }
    if (this.objects === this.braces) throw FALLBACK;
    this.index.set(node, this.objects++);
    // for...in visits keys in JSON.parse's order without allocating an array of
    // keys per object; an inherited enumerable key would only add to the count: fallback.
    let first = true;
    for (const key in node) {
      if (first && isIndexKey(key)) throw FALLBACK;
      first = false;
      this.keys++;
      this.value((node as Record<string, unknown>)[key], depth + 1);
    }
  }
}
