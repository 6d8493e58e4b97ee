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

/**
 * One match per token the walk needs: a whole string (key or value) or a
 * bracket. Numbers, literals, `:`, `,` and whitespace are stepped over inside
 * the regular expression engine, so the JavaScript loop runs once per token,
 * not once per character: on a cold start (code not yet optimised) this made
 * the scan of 10k resources ~4x faster than a character loop. The string
 * alternative is the "unrolled" form, which needs no backtracking stack on
 * long strings.
 */
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\]]/g;

const QUOTE = 0x22;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Walks the parsed data and the text's tokens in step, recording where each
 * object starts. Without duplicate keys the text holds exactly the tokens the
 * data implies, in this order; a duplicate adds at least its key's token, so
 * any token left over (or of an unexpected kind) sends the text to the careful parser.
 */
function scan(text: string, from: number, root: unknown, starts: Map<object, number>): void {
  // No for...of: until a function is optimised, each step of for...of
  // allocates an iterator result, and this walk takes one per key (~75k on the
  // 10k bench; with the other hot loops ~3.8 MB of garbage).
  const token = new RegExp(TOKEN);
  token.lastIndex = from;
  /** The last character of the next token: a quote for a string, else the bracket. */
  const next = (): number => (token.test(text) ? text.charCodeAt(token.lastIndex - 1) : Number.NaN);
  const value = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object') {
      if (typeof node === 'string' && next() !== QUOTE) throw FALLBACK;
      return;
    }
    if (depth > MAX_DEPTH) throw FALLBACK;
    if (Array.isArray(node)) {
      // Arrays are not recorded: resources are objects, and a message about a
      // list itself is rare enough to take the careful parser's positions.
      if (next() !== OPEN_ARRAY) throw FALLBACK;
      for (let k = 0; k < node.length; k++) value(node[k], depth + 1);
      if (next() !== CLOSE_ARRAY) throw FALLBACK;
      return;
    }
    if (next() !== OPEN_OBJECT) throw FALLBACK;
    starts.set(node, token.lastIndex - 1);
    // JSON.parse keeps keys in text order except integer-like ones, which come
    // first. for...in visits them in that same order without allocating an array
    // of keys per object (scan of the 10k bench files, min of 15: ~16 -> ~14 ms);
    // an inherited enumerable key would only add a token the text lacks: fallback.
    let first = true;
    for (const key in node) {
      if (first && isIndexKey(key)) throw FALLBACK;
      first = false;
      if (next() !== QUOTE) throw FALLBACK;
      value((node as Record<string, unknown>)[key], depth + 1);
    }
    // More keys in the text than in the object: a duplicate.
    if (next() !== CLOSE_OBJECT) throw FALLBACK;
  };
  value(root, 0);
  if (token.test(text)) throw FALLBACK;
}
