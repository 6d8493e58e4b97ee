// A JSON parser that records where every value is, for messages that point at
// the offending line and column. Strict RFC 8259 (no comments, no trailing
// commas); duplicate keys and prototype-polluting keys are refused.
import { PositionIndex } from './positions.js';
import { FORBIDDEN_KEYS, MAX_DEPTH, SourceSyntaxError } from './syntax.js';

export function parseJson(text: string, file: string): { data: unknown; positions: PositionIndex } {
  const positions = new PositionIndex(file, text);
  const parser = new JsonParser(text, positions);
  return { data: parser.parseDocument(), positions };
}

const WS_SPACE = 0x20;
const WS_TAB = 0x09;
const WS_LF = 0x0a;
const WS_CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

class JsonParser {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly positions: PositionIndex,
  ) {}

  parseDocument(): unknown {
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1;
    this.skipWhitespace();
    if (this.i >= this.text.length) this.fail('Unexpected end of JSON input');
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.i < this.text.length) this.fail('Unexpected non-whitespace character after JSON');
    return value;
  }

  private fail(message: string, at = this.i, code = 'JSON_SYNTAX'): never {
    throw new SourceSyntaxError(code, `${message} in JSON`, at);
  }

  private unexpected(expected?: string): never {
    if (this.i >= this.text.length) this.fail('Unexpected end of JSON input');
    const ch = String.fromCodePoint(this.text.codePointAt(this.i) as number);
    this.fail(expected ? `${expected}, found '${ch}'` : `Unexpected token '${ch}'`);
  }

  private skipWhitespace(): void {
    const text = this.text;
    let i = this.i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === WS_SPACE || c === WS_LF || c === WS_CR || c === WS_TAB) i++;
      else break;
    }
    this.i = i;
  }

  private parseValue(depth: number): unknown {
    const c = this.text.charCodeAt(this.i);
    if (c === QUOTE) return this.parseString();
    if (c === 0x7b) return this.parseObject(depth + 1);
    if (c === 0x5b) return this.parseArray(depth + 1);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.parseNumber();
    if (this.text.startsWith('true', this.i)) return (this.i += 4), true;
    if (this.text.startsWith('false', this.i)) return (this.i += 5), false;
    if (this.text.startsWith('null', this.i)) return (this.i += 4), null;
    return this.unexpected();
  }

  private parseObject(depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) this.fail(`Nesting deeper than ${MAX_DEPTH} levels`, this.i, 'SOURCE_TOO_DEEP');
    const start = this.i;
    const object: Record<string, unknown> = {};
    const keys: string[] = [];
    const offsets: number[] = [];
    this.i++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      this.positions.record(object, { start, keys, offsets });
      return object;
    }
    for (;;) {
      if (this.text.charCodeAt(this.i) !== QUOTE) this.unexpected('Expected double-quoted property name');
      const keyOffset = this.i;
      const key = this.parseString();
      if (FORBIDDEN_KEYS.has(key)) {
        this.fail(`Key '${key}' is not allowed (it could change object prototypes)`, keyOffset, 'SOURCE_FORBIDDEN_KEY');
      }
      if (Object.hasOwn(object, key)) {
        this.fail(`Duplicate key '${key}'`, keyOffset, 'JSON_DUPLICATE_KEY');
      }
      this.skipWhitespace();
      if (this.text.charCodeAt(this.i) !== 0x3a) this.unexpected("Expected ':' after property name");
      this.i++;
      this.skipWhitespace();
      const valueOffset = this.i;
      object[key] = this.parseValue(depth);
      keys.push(key);
      offsets.push(keyOffset, valueOffset);
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        this.skipWhitespace();
        continue;
      }
      if (c === 0x7d) {
        this.i++;
        break;
      }
      this.unexpected("Expected ',' or '}' after property value");
    }
    this.positions.record(object, { start, keys, offsets });
    return object;
  }

  private parseArray(depth: number): unknown[] {
    if (depth > MAX_DEPTH) this.fail(`Nesting deeper than ${MAX_DEPTH} levels`, this.i, 'SOURCE_TOO_DEEP');
    const start = this.i;
    const array: unknown[] = [];
    const offsets: number[] = [];
    this.i++;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      this.positions.record(array, { start, offsets });
      return array;
    }
    for (;;) {
      if (this.i >= this.text.length) this.unexpected();
      offsets.push(this.i);
      array.push(this.parseValue(depth));
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        this.skipWhitespace();
        continue;
      }
      if (c === 0x5d) {
        this.i++;
        break;
      }
      this.unexpected("Expected ',' or ']' after array element");
    }
    this.positions.record(array, { start, offsets });
    return array;
  }

  private parseString(): string {
    const text = this.text;
    const start = this.i + 1;
    let i = start;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.i = i + 1;
        return text.slice(start, i);
      }
      if (c === BACKSLASH) break;
      if (c < 0x20 || Number.isNaN(c)) {
        if (i >= text.length) this.fail('Unterminated string', this.i);
        this.fail('Bad control character in string literal', i);
      }
      i++;
    }
    // Slow path: the string has escapes.
    let out = text.slice(start, i);
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.i = i + 1;
        return out;
      }
      if (i >= text.length) this.fail('Unterminated string', this.i);
      if (c < 0x20) this.fail('Bad control character in string literal', i);
      if (c !== BACKSLASH) {
        out += text[i];
        i++;
        continue;
      }
      const e = text[i + 1];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Bad Unicode escape', i);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          this.fail('Bad escaped character', i);
      }
      i += 2;
    }
  }

  private parseNumber(): number {
    const text = this.text;
    const start = this.i;
    let i = start;
    if (text.charCodeAt(i) === 0x2d) i++;
    const digit = (at: number): boolean => {
      const c = text.charCodeAt(at);
      return c >= 0x30 && c <= 0x39;
    };
    if (!digit(i)) this.fail('No number after minus sign', i);
    if (text.charCodeAt(i) === 0x30) i++;
    else while (digit(i)) i++;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!digit(i)) this.fail('Unterminated fractional number', i);
      while (digit(i)) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!digit(i)) this.fail('Exponent part is missing a number', i);
      while (digit(i)) i++;
    }
    this.i = i;
    return Number(text.slice(start, i));
  }
}
