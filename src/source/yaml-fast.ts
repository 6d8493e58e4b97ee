// YAML as dpn's naming files and most blueprints are written (block mappings and
// sequences, plain and quoted one-line scalars, comments), read without loading
// the `yaml` package: parsing the two example naming files with it cost ~20 ms
// on every run, most of it loading and warming the parser. Anything else
// (anchors, tags, flow collections, multi-line scalars, escapes, tabs, a
// scalar that might not be a plain string or a decimal integer, a duplicate or
// prototype-shaped key, CR line ends) returns undefined and goes to the careful
// parser in yaml.ts, which also reports every error. What this returns, data
// and positions, equals what yaml.ts gives for the same text (property test
// in __tests__/blueprint/source.test.ts).
import { PositionIndex } from './positions.js';
import { FORBIDDEN_KEYS, MAX_DEPTH } from './syntax.js';

interface Line {
  /** Offset of the first character after the indentation. */
  at: number;
  /** Column of `at` within its line (the indentation). */
  indent: number;
  /** Offset past the line's last character that is not a space (a comment included). */
  end: number;
}

/** Not handled here: the careful parser will read (or refuse) the text. */
const FALLBACK = Symbol('fallback');

/** Characters a plain scalar may hold here: no quote, `:`, `#`, flow or tab, nothing the core schema would read as other than text. */
const PLAIN = /^[A-Za-z_/(][A-Za-z0-9_ ./()+=,@{}[\]-]*$/;
/** Words the YAML 1.2 core schema reads as booleans or null. */
const NOT_TEXT = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/;
/** A key as written: a plain word. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/;
/** A decimal integer the core schema reads as a number and JSON writes back the same. */
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;

export function parseYamlFast(text: string, file: string): { data: unknown; positions: PositionIndex } | undefined {
  if (text.includes('\r') || text.includes('\t') || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines = splitLines(text);
  if (lines === undefined || lines.length === 0) return undefined;
  const positions = new PositionIndex(file, text);
  const reader = new BlockReader(text, lines, positions);
  try {
    const data = reader.block(0, 0);
    if (reader.next < lines.length) return undefined;
    return { data, positions };
  } catch (cause) {
    if (cause === FALLBACK) return undefined;
    throw cause;
  }
}

/** Content lines (blank and comment-only lines dropped); undefined for directives and document markers. */
function splitLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    let stop = text.indexOf('\n', start);
    if (stop === -1) stop = text.length;
    let at = start;
    while (at < stop && text.charCodeAt(at) === 0x20) at++;
    const first = text.charCodeAt(at);
    if (at < stop && first !== 0x23 /* # */) {
      if (at === start && (first === 0x25 /* % */ || text.startsWith('---', at) || text.startsWith('...', at))) return undefined;
      let end = stop;
      while (text.charCodeAt(end - 1) === 0x20) end--;
      lines.push({ at, indent: at - start, end });
    }
    start = stop + 1;
  }
  return lines;
}

class BlockReader {
  next = 0;

  constructor(
    private readonly text: string,
    private readonly lines: Line[],
    private readonly positions: PositionIndex,
  ) {}

  /** The block starting at the next line, which must be indented by at least `min`. */
  block(min: number, depth: number): unknown {
    if (depth > MAX_DEPTH) throw FALLBACK;
    const line = this.lines[this.next];
    if (!line || line.indent < min) throw FALLBACK;
    return this.isItem(line) ? this.sequence(line.indent, depth) : this.mapping(line.indent, depth);
  }

  private isItem(line: Line): boolean {
    const c = this.text.charCodeAt(line.at + 1);
    return this.text.charCodeAt(line.at) === 0x2d /* - */ && (line.at + 1 === line.end || c === 0x20);
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    const keys: string[] = [];
    const offsets: number[] = [];
    const start = (this.lines[this.next] as Line).at;
    for (;;) {
      const line = this.lines[this.next];
      if (!line || line.indent < indent) break;
      if (line.indent > indent || this.isItem(line)) throw FALLBACK;
      const { key, after } = this.key(line);
      if (FORBIDDEN_KEYS.has(key) || Object.hasOwn(object, key)) throw FALLBACK;
      this.next++;
      let valueAt = after;
      while (this.text.charCodeAt(valueAt) === 0x20) valueAt++;
      let value: unknown;
      let valueOffset: number;
      if (this.restIsBlank(after, line.end)) {
        // Nothing after the colon: a nested block (a sequence may sit at the key's own indentation), else null.
        const below = this.lines[this.next];
        if (below && (below.indent > indent || (below.indent === indent && this.isItem(below)))) {
          valueOffset = below.at;
          value = this.block(indent, depth + 1);
        } else {
          valueOffset = line.at;
          value = null;
        }
      } else {
        valueOffset = valueAt;
        value = this.scalar(valueAt, line.end);
        const below = this.lines[this.next];
        if (below && below.indent > indent) throw FALLBACK; // a multi-line scalar
      }
      object[key] = value;
      keys.push(key);
      offsets.push(line.at, valueOffset);
    }
    this.positions.record(object, { start, keys, offsets });
    return object;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const array: unknown[] = [];
    const offsets: number[] = [];
    const start = (this.lines[this.next] as Line).at;
    for (;;) {
      const line = this.lines[this.next];
      // A line at this indentation that is not an item ends a sequence that is a mapping's value.
      if (!line || line.indent < indent || (line.indent === indent && !this.isItem(line))) break;
      if (line.indent > indent) throw FALLBACK;
      let at = line.at + 1;
      while (this.text.charCodeAt(at) === 0x20) at++;
      if (at >= line.end) throw FALLBACK; // an item on the lines below, or a null item
      offsets.push(at);
      if (this.startsEntry(at, line.end) || this.isItem({ at, indent: 0, end: line.end })) {
        // `- key: value` or `- - item`: the rest of the line opens a block indented to where it starts.
        this.lines[this.next] = { at, indent: line.indent + (at - line.at), end: line.end };
        array.push(this.block(indent + 1, depth + 1));
      } else {
        this.next++;
        array.push(this.scalar(at, line.end));
        const below = this.lines[this.next];
        if (below && below.indent > indent) throw FALLBACK;
      }
    }
    this.positions.record(array, { start, offsets });
    return array;
  }

  /** Whether the text at `at` is `key:` followed by a space or the end of the content. */
  private startsEntry(at: number, end: number): boolean {
    try {
      this.key({ at, indent: 0, end });
      return true;
    } catch (cause) {
      if (cause === FALLBACK) return false;
      throw cause;
    }
  }

  private key(line: Line): { key: string; after: number } {
    const text = this.text;
    const first = text.charCodeAt(line.at);
    let key: string;
    let close: number;
    if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
      const quoted = this.quoted(line.at, line.end);
      key = quoted.value;
      close = quoted.close + 1;
    } else {
      close = text.indexOf(':', line.at);
      if (close === -1 || close > line.end) throw FALLBACK;
      key = text.slice(line.at, close);
      if (!PLAIN_KEY.test(key) || NOT_TEXT.test(key)) {
        if (!INTEGER.test(key)) throw FALLBACK;
        key = String(Number(key));
      }
    }
    if (text.charCodeAt(close) !== 0x3a /* : */) throw FALLBACK;
    const after = close + 1;
    if (after < line.end && text.charCodeAt(after) !== 0x20) throw FALLBACK;
    return { key, after };
  }

  /** A one-line scalar from `at` to the end of the content (`end`, comments already cut). */
  private scalar(at: number, end: number): unknown {
    const first = this.text.charCodeAt(at);
    if (first === 0x22 || first === 0x27) {
      const quoted = this.quoted(at, end);
      if (!this.restIsBlank(quoted.close + 1, end)) throw FALLBACK;
      return quoted.value;
    }
    let stop = this.text.indexOf(' #', at);
    if (stop === -1 || stop > end) stop = end;
    while (this.text.charCodeAt(stop - 1) === 0x20) stop--;
    const raw = this.text.slice(at, stop);
    if (INTEGER.test(raw)) return Number(raw);
    if (!PLAIN.test(raw) || NOT_TEXT.test(raw)) throw FALLBACK;
    return raw;
  }

  /** A one-line quoted scalar starting at `at`; `close` is its closing quote. */
  private quoted(at: number, end: number): { value: string; close: number } {
    const text = this.text;
    const quote = text.charCodeAt(at);
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf(quote === 0x22 ? '"' : "'", from);
      if (close === -1 || close >= end) throw FALLBACK;
      // '' inside single quotes is one quote; double quotes are only taken without escapes.
      if (quote === 0x27 && text.charCodeAt(close + 1) === 0x27 && close + 1 < end) {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      value += text.slice(from, close);
      if (quote === 0x22 && value.includes('\\')) throw FALLBACK;
      return { value, close };
    }
  }

  /** Whether only spaces and a comment follow `at` up to `end`. */
  private restIsBlank(at: number, end: number): boolean {
    let i = at;
    while (i < end && this.text.charCodeAt(i) === 0x20) i++;
    return i === end || (i > at && this.text.charCodeAt(i) === 0x23);
  }
}
