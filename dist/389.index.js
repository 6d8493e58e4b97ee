export const id = 389;
export const ids = [389];
export const modules = {

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fz: () => (/* binding */ annotate)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_SEVERITY, rankDiagnostics */
const ANNOTATIONS_PER_SEVERITY = 10;
function rankDiagnostics(diagnostics, touched) {
    const seen = new Set();
    const unique = diagnostics.filter((d) => {
        const id = `${d.severity}\0${d.file}\0${d.line}\0${d.code}\0${d.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
    return unique.sort((a, b) => Number(touched.has(b.file)) - Number(touched.has(a.file)) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column);
}
function annotate(diagnostics, sink, touched = new Set()) {
    const ranked = rankDiagnostics(diagnostics, touched);
    const result = { annotated: 0, notAnnotated: { error: 0, warning: 0 } };
    const used = { error: 0, warning: 0 };
    for (const d of ranked) {
        if (used[d.severity] >= ANNOTATIONS_PER_SEVERITY) {
            result.notAnnotated[d.severity]++;
            continue;
        }
        used[d.severity]++;
        result.annotated++;
        const props = { title: d.code };
        if (d.file)
            props.file = d.file;
        if (d.line > 0)
            props.startLine = d.line;
        if (d.column > 0)
            props.startColumn = d.column;
        sink[d.severity](d.message, props);
    }
    return result;
}


/***/ }),

/***/ 3677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ loadDesired)
});

// UNUSED EXPORTS: expandBlueprintGlobs

// NAMESPACE OBJECT: ./src/generated/checks.js
var checks_namespaceObject = {};
__webpack_require__.r(checks_namespaceObject);
__webpack_require__.d(checks_namespaceObject, {
  checkBlueprint: () => (checkBlueprint),
  checkNamingPatterns: () => (checkNamingPatterns),
  checkNamingValues: () => (checkNamingValues),
  checkState: () => (checkState)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/source/positions.ts
var source_positions = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/source/syntax.ts
var syntax = __webpack_require__(8146);
;// CONCATENATED MODULE: ./src/source/json.ts
// A JSON parser that records where every value is, for messages that point at
// the offending line and column. Strict RFC 8259 (no comments, no trailing
// commas); duplicate keys and prototype-polluting keys are refused.


function parseJson(text, file) {
    const positions = new source_positions/* PositionIndex */.uH(file, text);
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
    text;
    positions;
    i = 0;
    constructor(text, positions) {
        this.text = text;
        this.positions = positions;
    }
    parseDocument() {
        if (this.text.charCodeAt(0) === 0xfeff)
            this.i = 1;
        this.skipWhitespace();
        if (this.i >= this.text.length)
            this.fail('Unexpected end of JSON input');
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.i < this.text.length)
            this.fail('Unexpected non-whitespace character after JSON');
        return value;
    }
    fail(message, at = this.i, code = 'JSON_SYNTAX') {
        throw new syntax/* SourceSyntaxError */.Lc(code, `${message} in JSON`, at);
    }
    unexpected(expected) {
        if (this.i >= this.text.length)
            this.fail('Unexpected end of JSON input');
        const ch = String.fromCodePoint(this.text.codePointAt(this.i));
        this.fail(expected ? `${expected}, found '${ch}'` : `Unexpected token '${ch}'`);
    }
    skipWhitespace() {
        const text = this.text;
        let i = this.i;
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === WS_SPACE || c === WS_LF || c === WS_CR || c === WS_TAB)
                i++;
            else
                break;
        }
        this.i = i;
    }
    parseValue(depth) {
        const c = this.text.charCodeAt(this.i);
        if (c === QUOTE)
            return this.parseString();
        if (c === 0x7b)
            return this.parseObject(depth + 1);
        if (c === 0x5b)
            return this.parseArray(depth + 1);
        if (c === 0x2d || (c >= 0x30 && c <= 0x39))
            return this.parseNumber();
        if (this.text.startsWith('true', this.i))
            return (this.i += 4), true;
        if (this.text.startsWith('false', this.i))
            return (this.i += 5), false;
        if (this.text.startsWith('null', this.i))
            return (this.i += 4), null;
        return this.unexpected();
    }
    parseObject(depth) {
        if (depth > syntax/* MAX_DEPTH */.lr)
            this.fail(`Nesting deeper than ${syntax/* MAX_DEPTH */.lr} levels`, this.i, 'SOURCE_TOO_DEEP');
        const start = this.i;
        const object = {};
        const keys = [];
        const offsets = [];
        this.i++;
        this.skipWhitespace();
        if (this.text.charCodeAt(this.i) === 0x7d) {
            this.i++;
            this.positions.record(object, { start, keys, offsets });
            return object;
        }
        for (;;) {
            if (this.text.charCodeAt(this.i) !== QUOTE)
                this.unexpected('Expected double-quoted property name');
            const keyOffset = this.i;
            const key = this.parseString();
            if (syntax/* FORBIDDEN_KEYS */.p5.has(key)) {
                this.fail(`Key '${key}' is not allowed (it could change object prototypes)`, keyOffset, 'SOURCE_FORBIDDEN_KEY');
            }
            if (Object.hasOwn(object, key)) {
                this.fail(`Duplicate key '${key}'`, keyOffset, 'JSON_DUPLICATE_KEY');
            }
            this.skipWhitespace();
            if (this.text.charCodeAt(this.i) !== 0x3a)
                this.unexpected("Expected ':' after property name");
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
    parseArray(depth) {
        if (depth > syntax/* MAX_DEPTH */.lr)
            this.fail(`Nesting deeper than ${syntax/* MAX_DEPTH */.lr} levels`, this.i, 'SOURCE_TOO_DEEP');
        const start = this.i;
        const array = [];
        const offsets = [];
        this.i++;
        this.skipWhitespace();
        if (this.text.charCodeAt(this.i) === 0x5d) {
            this.i++;
            this.positions.record(array, { start, offsets });
            return array;
        }
        for (;;) {
            if (this.i >= this.text.length)
                this.unexpected();
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
    parseString() {
        const text = this.text;
        const start = this.i + 1;
        let i = start;
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
                this.i = i + 1;
                return text.slice(start, i);
            }
            if (c === BACKSLASH)
                break;
            if (c < 0x20 || Number.isNaN(c)) {
                if (i >= text.length)
                    this.fail('Unterminated string', this.i);
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
            if (i >= text.length)
                this.fail('Unterminated string', this.i);
            if (c < 0x20)
                this.fail('Bad control character in string literal', i);
            if (c !== BACKSLASH) {
                out += text[i];
                i++;
                continue;
            }
            const e = text[i + 1];
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('Bad Unicode escape', i);
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
    parseNumber() {
        const text = this.text;
        const start = this.i;
        let i = start;
        if (text.charCodeAt(i) === 0x2d)
            i++;
        const digit = (at) => {
            const c = text.charCodeAt(at);
            return c >= 0x30 && c <= 0x39;
        };
        if (!digit(i))
            this.fail('No number after minus sign', i);
        if (text.charCodeAt(i) === 0x30)
            i++;
        else
            while (digit(i))
                i++;
        if (text.charCodeAt(i) === 0x2e) {
            i++;
            if (!digit(i))
                this.fail('Unterminated fractional number', i);
            while (digit(i))
                i++;
        }
        const e = text.charCodeAt(i);
        if (e === 0x65 || e === 0x45) {
            i++;
            const sign = text.charCodeAt(i);
            if (sign === 0x2b || sign === 0x2d)
                i++;
            if (!digit(i))
                this.fail('Exponent part is missing a number', i);
            while (digit(i))
                i++;
        }
        this.i = i;
        return Number(text.slice(start, i));
    }
}

;// CONCATENATED MODULE: ./src/source/json-fast.ts
// JSON for large blueprints: the engine's JSON.parse builds the data, and one
// scan of the text records where each object starts (what resource locations
// need). Anything unusual (a syntax error, a duplicate or
// prototype-shaped key, \u escapes, integer-like keys) goes to the
// position-tracking parser in json.ts, which also answers every position
// query the starts cannot (keys, scalars) when a message needs one.



/** Text that needs the careful parser: escapes could spell a key, and these keys are refused there. */
const CAREFUL = ['\\u', '"__proto__"', '"constructor"', '"prototype"'];
/** The scan met something the fast path does not handle; the careful parser will. */
const FALLBACK = Symbol('fallback');
function parseJsonFast(text, file) {
    // indexOf, not one regular expression: several times faster over megabytes of text.
    if (CAREFUL.some((needle) => text.includes(needle)))
        return parseJson(text, file);
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let data;
    try {
        data = JSON.parse(bom ? text.slice(1) : text);
    }
    catch {
        return parseJson(text, file); // throws a SourceSyntaxError with line and column
    }
    let objects;
    try {
        objects = scan(text, bom, data);
    }
    catch (cause) {
        if (cause === FALLBACK)
            return parseJson(text, file);
        throw cause;
    }
    return { data, positions: new ContainerStarts(file, text, objects) };
}
class ContainerStarts extends source_positions/* LineIndex */.rr {
    objects;
    full;
    constructor(file, text, objects) {
        super(file, text);
        this.objects = objects;
    }
    startOf(container) {
        const k = this.objects.index.get(container);
        return k === undefined ? undefined : { file: this.file, line: this.objects.lines[k], column: this.objects.columns[k] };
    }
    locate(root, path, key = false) {
        if (!key) {
            let node = root;
            for (const segment of path) {
                if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) {
                    node = undefined;
                    break;
                }
                node = node[segment];
            }
            const found = node !== null && typeof node === 'object' ? this.startOf(node) : undefined;
            if (found !== undefined)
                return found;
        }
        // Keys and scalar values: parse again with every position (only when a message needs one).
        this.full ??= parseJson(this.text, this.file);
        return this.full.positions.locate(this.full.data, path, key);
    }
}
function isIndexKey(key) {
    const c = key.charCodeAt(0);
    return c >= 0x30 && c <= 0x39;
}
const json_fast_QUOTE = 0x22;
const json_fast_BACKSLASH = 0x5c;
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
function scan(text, from, root) {
    const lines = [];
    const columns = [];
    let keys = 0;
    let line = 1;
    let lineStart = 0;
    const escapes = text.indexOf('\\', from) !== -1;
    const end = text.length;
    for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === json_fast_QUOTE) {
            let close = text.indexOf('"', i + 1);
            if (escapes) {
                // A quote preceded by an odd number of backslashes is part of the string.
                for (;;) {
                    let backslashes = 0;
                    while (text.charCodeAt(close - 1 - backslashes) === json_fast_BACKSLASH)
                        backslashes++;
                    if ((backslashes & 1) === 0)
                        break;
                    close = text.indexOf('"', close + 1);
                }
            }
            i = close;
        }
        else if (c === OPEN_OBJECT) {
            lines.push(line);
            columns.push(i - lineStart + 1);
        }
        else if (c === COLON)
            keys++;
        else if (c === NEWLINE) {
            line++;
            lineStart = i + 1;
        }
    }
    const walk = new DataWalk(lines.length);
    walk.value(root, 0);
    if (walk.objects !== lines.length || walk.keys !== keys)
        throw FALLBACK;
    return { index: walk.index, lines, columns };
}
/** The depth-first walk of the data that numbers its objects in the order their braces open. */
class DataWalk {
    braces;
    objects = 0;
    keys = 0;
    index = new Map();
    constructor(braces) {
        this.braces = braces;
    }
    value(node, depth) {
        if (node === null || typeof node !== 'object')
            return;
        if (depth > syntax/* MAX_DEPTH */.lr)
            throw FALLBACK;
        if (Array.isArray(node)) {
            for (let k = 0; k < node.length; k++)
                this.value(node[k], depth + 1);
            return;
        }
        if (this.objects === this.braces)
            throw FALLBACK;
        this.index.set(node, this.objects++);
        // for...in visits keys in JSON.parse's order without allocating an array of
        // keys per object; an inherited enumerable key would only add to the count: fallback.
        let first = true;
        for (const key in node) {
            if (first && isIndexKey(key))
                throw FALLBACK;
            first = false;
            this.keys++;
            this.value(node[key], depth + 1);
        }
    }
}

;// CONCATENATED MODULE: ./src/source/yaml-fast.ts
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


/** Not handled here: the careful parser will read (or refuse) the text. */
const yaml_fast_FALLBACK = Symbol('fallback');
/** Characters a plain scalar may hold here: no quote, `:`, `#`, flow or tab, nothing the core schema would read as other than text. */
const PLAIN = /^[A-Za-z_/(][A-Za-z0-9_ ./()+=,@{}[\]-]*$/;
/** Words the YAML 1.2 core schema reads as booleans or null. */
const NOT_TEXT = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL)$/;
/** A key as written: a plain word. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.\/-]*$/;
/** A decimal integer the core schema reads as a number and JSON writes back the same. */
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
function parseYamlFast(text, file) {
    if (text.includes('\r') || text.includes('\t') || text.charCodeAt(0) === 0xfeff)
        return undefined;
    const lines = splitLines(text);
    if (lines === undefined || lines.length === 0)
        return undefined;
    const positions = new source_positions/* PositionIndex */.uH(file, text);
    const reader = new BlockReader(text, lines, positions);
    try {
        const data = reader.block(0, 0);
        if (reader.next < lines.length)
            return undefined;
        return { data, positions };
    }
    catch (cause) {
        if (cause === yaml_fast_FALLBACK)
            return undefined;
        throw cause;
    }
}
/** Content lines (blank and comment-only lines dropped); undefined for directives and document markers. */
function splitLines(text) {
    const lines = [];
    let start = 0;
    while (start < text.length) {
        let stop = text.indexOf('\n', start);
        if (stop === -1)
            stop = text.length;
        let at = start;
        while (at < stop && text.charCodeAt(at) === 0x20)
            at++;
        const first = text.charCodeAt(at);
        if (at < stop && first !== 0x23 /* # */) {
            if (at === start && (first === 0x25 /* % */ || text.startsWith('---', at) || text.startsWith('...', at)))
                return undefined;
            let end = stop;
            while (text.charCodeAt(end - 1) === 0x20)
                end--;
            lines.push({ at, indent: at - start, end });
        }
        start = stop + 1;
    }
    return lines;
}
class BlockReader {
    text;
    lines;
    positions;
    next = 0;
    constructor(text, lines, positions) {
        this.text = text;
        this.lines = lines;
        this.positions = positions;
    }
    /** The block starting at the next line, which must be indented by at least `min`. */
    block(min, depth) {
        if (depth > syntax/* MAX_DEPTH */.lr)
            throw yaml_fast_FALLBACK;
        const line = this.lines[this.next];
        if (!line || line.indent < min)
            throw yaml_fast_FALLBACK;
        return this.isItem(line) ? this.sequence(line.indent, depth) : this.mapping(line.indent, depth);
    }
    isItem(line) {
        const c = this.text.charCodeAt(line.at + 1);
        return this.text.charCodeAt(line.at) === 0x2d /* - */ && (line.at + 1 === line.end || c === 0x20);
    }
    mapping(indent, depth) {
        const object = {};
        const keys = [];
        const offsets = [];
        const start = this.lines[this.next].at;
        for (;;) {
            const line = this.lines[this.next];
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent || this.isItem(line))
                throw yaml_fast_FALLBACK;
            const { key, after } = this.key(line);
            if (syntax/* FORBIDDEN_KEYS */.p5.has(key) || Object.hasOwn(object, key))
                throw yaml_fast_FALLBACK;
            this.next++;
            let valueAt = after;
            while (this.text.charCodeAt(valueAt) === 0x20)
                valueAt++;
            let value;
            let valueOffset;
            if (this.restIsBlank(after, line.end)) {
                // Nothing after the colon: a nested block (a sequence may sit at the key's own indentation), else null.
                const below = this.lines[this.next];
                if (below && (below.indent > indent || (below.indent === indent && this.isItem(below)))) {
                    valueOffset = below.at;
                    value = this.block(indent, depth + 1);
                }
                else {
                    valueOffset = line.at;
                    value = null;
                }
            }
            else {
                valueOffset = valueAt;
                value = this.scalar(valueAt, line.end);
                const below = this.lines[this.next];
                if (below && below.indent > indent)
                    throw yaml_fast_FALLBACK; // a multi-line scalar
            }
            object[key] = value;
            keys.push(key);
            offsets.push(line.at, valueOffset);
        }
        this.positions.record(object, { start, keys, offsets });
        return object;
    }
    sequence(indent, depth) {
        const array = [];
        const offsets = [];
        const start = this.lines[this.next].at;
        for (;;) {
            const line = this.lines[this.next];
            // A line at this indentation that is not an item ends a sequence that is a mapping's value.
            if (!line || line.indent < indent || (line.indent === indent && !this.isItem(line)))
                break;
            if (line.indent > indent)
                throw yaml_fast_FALLBACK;
            let at = line.at + 1;
            while (this.text.charCodeAt(at) === 0x20)
                at++;
            if (at >= line.end)
                throw yaml_fast_FALLBACK; // an item on the lines below, or a null item
            offsets.push(at);
            if (this.startsEntry(at, line.end) || this.isItem({ at, indent: 0, end: line.end })) {
                // `- key: value` or `- - item`: the rest of the line opens a block indented to where it starts.
                this.lines[this.next] = { at, indent: line.indent + (at - line.at), end: line.end };
                array.push(this.block(indent + 1, depth + 1));
            }
            else {
                this.next++;
                array.push(this.scalar(at, line.end));
                const below = this.lines[this.next];
                if (below && below.indent > indent)
                    throw yaml_fast_FALLBACK;
            }
        }
        this.positions.record(array, { start, offsets });
        return array;
    }
    /** Whether the text at `at` is `key:` followed by a space or the end of the content. */
    startsEntry(at, end) {
        try {
            this.key({ at, indent: 0, end });
            return true;
        }
        catch (cause) {
            if (cause === yaml_fast_FALLBACK)
                return false;
            throw cause;
        }
    }
    key(line) {
        const text = this.text;
        const first = text.charCodeAt(line.at);
        let key;
        let close;
        if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
            const quoted = this.quoted(line.at, line.end);
            key = quoted.value;
            close = quoted.close + 1;
        }
        else {
            close = text.indexOf(':', line.at);
            if (close === -1 || close > line.end)
                throw yaml_fast_FALLBACK;
            key = text.slice(line.at, close);
            if (!PLAIN_KEY.test(key) || NOT_TEXT.test(key)) {
                if (!INTEGER.test(key))
                    throw yaml_fast_FALLBACK;
                key = String(Number(key));
            }
        }
        if (text.charCodeAt(close) !== 0x3a /* : */)
            throw yaml_fast_FALLBACK;
        const after = close + 1;
        if (after < line.end && text.charCodeAt(after) !== 0x20)
            throw yaml_fast_FALLBACK;
        return { key, after };
    }
    /** A one-line scalar from `at` to the end of the content (`end`, comments already cut). */
    scalar(at, end) {
        const first = this.text.charCodeAt(at);
        if (first === 0x22 || first === 0x27) {
            const quoted = this.quoted(at, end);
            if (!this.restIsBlank(quoted.close + 1, end))
                throw yaml_fast_FALLBACK;
            return quoted.value;
        }
        let stop = this.text.indexOf(' #', at);
        if (stop === -1 || stop > end)
            stop = end;
        while (this.text.charCodeAt(stop - 1) === 0x20)
            stop--;
        const raw = this.text.slice(at, stop);
        if (INTEGER.test(raw))
            return Number(raw);
        if (!PLAIN.test(raw) || NOT_TEXT.test(raw))
            throw yaml_fast_FALLBACK;
        return raw;
    }
    /** A one-line quoted scalar starting at `at`; `close` is its closing quote. */
    quoted(at, end) {
        const text = this.text;
        const quote = text.charCodeAt(at);
        let value = '';
        let from = at + 1;
        for (;;) {
            const close = text.indexOf(quote === 0x22 ? '"' : "'", from);
            if (close === -1 || close >= end)
                throw yaml_fast_FALLBACK;
            // '' inside single quotes is one quote; double quotes are only taken without escapes.
            if (quote === 0x27 && text.charCodeAt(close + 1) === 0x27 && close + 1 < end) {
                value += text.slice(from, close + 1);
                from = close + 2;
                continue;
            }
            value += text.slice(from, close);
            if (quote === 0x22 && value.includes('\\'))
                throw yaml_fast_FALLBACK;
            return { value, close };
        }
    }
    /** Whether only spaces and a comment follow `at` up to `end`. */
    restIsBlank(at, end) {
        let i = at;
        while (i < end && this.text.charCodeAt(i) === 0x20)
            i++;
        return i === end || (i > at && this.text.charCodeAt(i) === 0x23);
    }
}

;// CONCATENATED MODULE: ./src/source/read.ts
// Reading a source file: size limit, empty and binary files, UTF-8, and the
// format chosen by extension. Every failure is a Diagnostic, never a throw.






/** Largest YAML file dpn reads (blueprints and naming configuration): the yaml parser builds a node per value first. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/**
 * Largest JSON blueprint: JSON.parse has no aliases to bomb with and builds the
 * data directly, so generated blueprints may be bigger (80k resources are
 * ~8.5 MiB and preview in well under 250 MB).
 */
const MAX_JSON_BYTES = 32 * 1024 * 1024;
function formatOf(path) {
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    return undefined;
}
function error(code, message, at, hint) {
    const d = { file: at.file, line: at.line, column: at.column, code, message, severity: 'error' };
    if (hint !== undefined)
        d.hint = hint;
    return d;
}
/** Location of the value (or key) at `path` in a document. */
function locate(doc, path, key = false) {
    return doc.positions.locate(doc.data, path, key);
}
/**
 * Reads and parses one file. `absolutePath` is what is opened, `file` what
 * messages show. Returns the document or the diagnostic that stopped it
 * (with `diagnostics`, every syntax problem found, when there were several).
 */
async function readSourceDocument(absolutePath, file, options = {}) {
    const top = { file, line: 1, column: 1 };
    const format = options.format ?? formatOf(file);
    if (!format) {
        return { diagnostic: error('SOURCE_FORMAT', `${file} is neither JSON (.json) nor YAML (.yaml, .yml)`, top) };
    }
    const maxBytes = options.maxBytes ?? (format === 'json' ? MAX_JSON_BYTES : MAX_SOURCE_BYTES);
    let bytes;
    try {
        // Synchronous calls: a file is at most MAX_JSON_BYTES and dpn has nothing
        // else to do meanwhile, while each asynchronous step (open, stat, read,
        // read, close) waited for a turn of the event loop. Measured on a 10k
        // preview (10 files): the reading and checking phase 197 -> 162 ms (min of 12).
        // O_NONBLOCK: opening a named pipe must not wait for a writer; it is then refused as not a regular file.
        const fd = (0,external_node_fs_.openSync)(absolutePath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        try {
            const stat = (0,external_node_fs_.fstatSync)(fd);
            if (!stat.isFile())
                return { diagnostic: error('SOURCE_READ', `${file} is not a regular file`, top) };
            if (stat.size > maxBytes) {
                return {
                    diagnostic: error('SOURCE_TOO_LARGE', `${file} is ${mebibytes(stat.size)}; the limit is ${mebibytes(maxBytes)} (split it into several files)`, top),
                };
            }
            // Read one byte past the limit, in case the file grew after stat.
            const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
            let length = 0;
            for (;;) {
                const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length === buffer.length)
                    break;
            }
            if (length > maxBytes) {
                return { diagnostic: error('SOURCE_TOO_LARGE', `${file} is larger than ${mebibytes(maxBytes)}`, top) };
            }
            bytes = buffer.subarray(0, length);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (cause) {
        const code = cause.code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'I/O error'})`;
        return { diagnostic: error(code === 'ENOENT' ? 'SOURCE_NOT_FOUND' : 'SOURCE_READ', `${file} ${why}`, top) };
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        return { diagnostic: error('SOURCE_BINARY', `${file} looks binary (it contains a NUL byte); expected ${format.toUpperCase()} text`, top) };
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
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
async function parseSourceText(text, file, format) {
    try {
        const { data, positions } = format === 'json' ? parseJsonFast(text, file) : (parseYamlFast(text, file) ?? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 9094))).parseYaml(text, file));
        return { document: { file, format, data, positions } };
    }
    catch (cause) {
        if (cause instanceof syntax/* SourceSyntaxError */.Lc) {
            const lines = new source_positions/* LineIndex */.rr(file, text);
            const all = [cause, ...cause.others].map((e) => {
                const at = lines.locateOffset(e.offset);
                return error(e.code, `${e.message} at line ${at.line} column ${at.column}`, at, e.hint);
            });
            return { diagnostic: all[0], diagnostics: all };
        }
        if (cause instanceof RangeError) {
            return { diagnostic: error('SOURCE_TOO_DEEP', `${file} is nested too deeply to read`, { file, line: 1, column: 1 }) };
        }
        throw cause;
    }
}
function mebibytes(n) {
    return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}

;// CONCATENATED MODULE: ./src/generated/checks.js
// Generated by scripts/compile-schemas.mjs (scripts/schema-check-compiler.mjs). Do not edit.
// @ts-nocheck
const pattern0 = new RegExp("^[a-z0-9-]+$", "u");
const pattern1 = new RegExp("^[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-[0-9]+$", "u");
const pattern2 = new RegExp("^[a-z][a-z0-9]*$", "u");
const pattern3 = new RegExp("^[a-z]+-[a-z]+[0-9]+$", "u");
const pattern4 = new RegExp("\\S", "u");
const pattern5 = new RegExp("^(?:[a-z]+-[a-z]+-[0-9]|[a-z][a-z0-9]*|[a-z]+-[a-z]+[0-9]+)$", "u");
const pattern6 = new RegExp("^[a-z0-9]+$", "u");
const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern8 = new RegExp("^.{0,1}$", "u");
const pattern9 = new RegExp("^.{0,2}$", "u");
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}
function checkBlueprint(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "$schema": case "version": case "metadata": case "scope": case "deletion_policy": case "resources": break;
      default: return false;
    }
  }
  if (v.version === undefined || v.metadata === undefined || v.resources === undefined) return false;
  const d2 = v.$schema;
  if (d2 !== undefined) {
    if (!(typeof d2 === "string")) return false;
  }
  const d3 = v.version;
  if (!(typeof d3 === "string")) return false;
  if (d3 !== "1.0") return false;
  const d4 = v.metadata;
  if (!(typeof d4 === "object" && d4 !== null && !Array.isArray(d4))) return false;
  for (const k5 in d4) {
    switch (k5) {
      case "environment": case "project": case "region": case "azure_location": case "gcp_region": case "team": case "cost_center": case "data_classification": break;
      default: return false;
    }
  }
  if (d4.environment === undefined || d4.project === undefined || d4.region === undefined) return false;
  const d6 = d4.environment;
  if (!(typeof d6 === "string")) return false;
  switch (d6) {
    case "dev": case "stg": case "prd": break;
    default: return false;
  }
  const d7 = d4.project;
  if (!(typeof d7 === "string")) return false;
  if (!pattern0.test(d7)) return false;
  const d8 = d4.region;
  if (!(typeof d8 === "string")) return false;
  if (!pattern1.test(d8)) return false;
  const d9 = d4.azure_location;
  if (d9 !== undefined) {
    if (!(typeof d9 === "string")) return false;
    if (!pattern2.test(d9)) return false;
  }
  const d10 = d4.gcp_region;
  if (d10 !== undefined) {
    if (!(typeof d10 === "string")) return false;
    if (!pattern3.test(d10)) return false;
  }
  const d11 = d4.team;
  if (d11 !== undefined) {
    if (!(typeof d11 === "string")) return false;
    if (!pattern4.test(d11)) return false;
  }
  const d12 = d4.cost_center;
  if (d12 !== undefined) {
    if (!(typeof d12 === "string")) return false;
    if (!pattern4.test(d12)) return false;
  }
  const d13 = d4.data_classification;
  if (d13 !== undefined) {
    if (!(typeof d13 === "string")) return false;
    switch (d13) {
      case "public": case "internal": case "confidential": case "restricted": break;
      default: return false;
    }
  }
  const d14 = v.scope;
  if (d14 !== undefined) {
    if (!(typeof d14 === "object" && d14 !== null && !Array.isArray(d14))) return false;
    for (const k15 in d14) {
      switch (k15) {
        case "mode": case "patterns": break;
        default: return false;
      }
    }
    if (d14.mode === undefined || d14.patterns === undefined) return false;
    const d16 = d14.mode;
    if (!(typeof d16 === "string")) return false;
    switch (d16) {
      case "include": case "exclude": break;
      default: return false;
    }
    const d17 = d14.patterns;
    if (!Array.isArray(d17)) return false;
    if (d17.length < 1) return false;
    for (let i18 = 0; i18 < d17.length; i18++) {
      const d19 = d17[i18];
      if (!(typeof d19 === "string")) return false;
      if (!pattern4.test(d19)) return false;
    }
  }
  const d20 = v.deletion_policy;
  if (d20 !== undefined) {
    if (!blueprint_deletionPolicy(d20)) return false;
  }
  const d21 = v.resources;
  if (!(typeof d21 === "object" && d21 !== null && !Array.isArray(d21))) return false;
  for (const k22 in d21) {
    switch (k22) {
      case "aws": case "databricks": case "azure": case "gcp": break;
      default: return false;
    }
  }
  const d23 = d21.aws;
  if (d23 !== undefined) {
    if (!(typeof d23 === "object" && d23 !== null && !Array.isArray(d23))) return false;
    for (const k24 in d23) {
      switch (k24) {
        case "s3_buckets": case "glue_databases": case "glue_tables": break;
        default: return false;
      }
    }
    const d25 = d23.s3_buckets;
    if (d25 !== undefined) {
      if (!Array.isArray(d25)) return false;
      for (let i26 = 0; i26 < d25.length; i26++) {
        const d27 = d25[i26];
        if (!blueprint_s3Bucket(d27)) return false;
      }
    }
    const d28 = d23.glue_databases;
    if (d28 !== undefined) {
      if (!Array.isArray(d28)) return false;
      for (let i29 = 0; i29 < d28.length; i29++) {
        const d30 = d28[i29];
        if (!blueprint_glueDatabase(d30)) return false;
      }
    }
    const d31 = d23.glue_tables;
    if (d31 !== undefined) {
      if (!Array.isArray(d31)) return false;
      for (let i32 = 0; i32 < d31.length; i32++) {
        const d33 = d31[i32];
        if (!blueprint_glueTable(d33)) return false;
      }
    }
  }
  const d34 = d21.databricks;
  if (d34 !== undefined) {
    if (!(typeof d34 === "object" && d34 !== null && !Array.isArray(d34))) return false;
    for (const k35 in d34) {
      switch (k35) {
        case "clusters": case "jobs": case "unity_catalog": break;
        default: return false;
      }
    }
    const d36 = d34.clusters;
    if (d36 !== undefined) {
      if (!Array.isArray(d36)) return false;
      for (let i37 = 0; i37 < d36.length; i37++) {
        const d38 = d36[i37];
        if (!blueprint_cluster(d38)) return false;
      }
    }
    const d39 = d34.jobs;
    if (d39 !== undefined) {
      if (!Array.isArray(d39)) return false;
      for (let i40 = 0; i40 < d39.length; i40++) {
        const d41 = d39[i40];
        if (!blueprint_job(d41)) return false;
      }
    }
    const d42 = d34.unity_catalog;
    if (d42 !== undefined) {
      if (!(typeof d42 === "object" && d42 !== null && !Array.isArray(d42))) return false;
      for (const k43 in d42) {
        switch (k43) {
          case "catalogs": break;
          default: return false;
        }
      }
      const d44 = d42.catalogs;
      if (d44 !== undefined) {
        if (!Array.isArray(d44)) return false;
        for (let i45 = 0; i45 < d44.length; i45++) {
          const d46 = d44[i45];
          if (!blueprint_catalog(d46)) return false;
        }
      }
    }
  }
  const d47 = d21.azure;
  if (d47 !== undefined) {
    if (!(typeof d47 === "object" && d47 !== null && !Array.isArray(d47))) return false;
    for (const k48 in d47) {
      switch (k48) {
        case "resource_groups": case "storage_accounts": case "storage_containers": case "databricks_workspaces": case "data_factories": case "synapse_workspaces": case "key_vaults": case "eventhub_namespaces": break;
        default: return false;
      }
    }
    const d49 = d47.resource_groups;
    if (d49 !== undefined) {
      if (!Array.isArray(d49)) return false;
      for (let i50 = 0; i50 < d49.length; i50++) {
        const d51 = d49[i50];
        if (!blueprint_azureResourceGroup(d51)) return false;
      }
    }
    const d52 = d47.storage_accounts;
    if (d52 !== undefined) {
      if (!Array.isArray(d52)) return false;
      for (let i53 = 0; i53 < d52.length; i53++) {
        const d54 = d52[i53];
        if (!blueprint_azureStorageAccount(d54)) return false;
      }
    }
    const d55 = d47.storage_containers;
    if (d55 !== undefined) {
      if (!Array.isArray(d55)) return false;
      for (let i56 = 0; i56 < d55.length; i56++) {
        const d57 = d55[i56];
        if (!blueprint_azureStorageContainer(d57)) return false;
      }
    }
    const d58 = d47.databricks_workspaces;
    if (d58 !== undefined) {
      if (!Array.isArray(d58)) return false;
      for (let i59 = 0; i59 < d58.length; i59++) {
        const d60 = d58[i59];
        if (!blueprint_azureDatabricksWorkspace(d60)) return false;
      }
    }
    const d61 = d47.data_factories;
    if (d61 !== undefined) {
      if (!Array.isArray(d61)) return false;
      for (let i62 = 0; i62 < d61.length; i62++) {
        const d63 = d61[i62];
        if (!blueprint_azureDataFactory(d63)) return false;
      }
    }
    const d64 = d47.synapse_workspaces;
    if (d64 !== undefined) {
      if (!Array.isArray(d64)) return false;
      for (let i65 = 0; i65 < d64.length; i65++) {
        const d66 = d64[i65];
        if (!blueprint_azureSynapseWorkspace(d66)) return false;
      }
    }
    const d67 = d47.key_vaults;
    if (d67 !== undefined) {
      if (!Array.isArray(d67)) return false;
      for (let i68 = 0; i68 < d67.length; i68++) {
        const d69 = d67[i68];
        if (!blueprint_azureKeyVault(d69)) return false;
      }
    }
    const d70 = d47.eventhub_namespaces;
    if (d70 !== undefined) {
      if (!Array.isArray(d70)) return false;
      for (let i71 = 0; i71 < d70.length; i71++) {
        const d72 = d70[i71];
        if (!blueprint_azureEventhubNamespace(d72)) return false;
      }
    }
  }
  const d73 = d21.gcp;
  if (d73 !== undefined) {
    if (!(typeof d73 === "object" && d73 !== null && !Array.isArray(d73))) return false;
    for (const k74 in d73) {
      switch (k74) {
        case "buckets": case "bigquery_datasets": case "bigquery_tables": case "dataproc_clusters": case "pubsub_topics": break;
        default: return false;
      }
    }
    const d75 = d73.buckets;
    if (d75 !== undefined) {
      if (!Array.isArray(d75)) return false;
      for (let i76 = 0; i76 < d75.length; i76++) {
        const d77 = d75[i76];
        if (!blueprint_gcsBucket(d77)) return false;
      }
    }
    const d78 = d73.bigquery_datasets;
    if (d78 !== undefined) {
      if (!Array.isArray(d78)) return false;
      for (let i79 = 0; i79 < d78.length; i79++) {
        const d80 = d78[i79];
        if (!blueprint_bigqueryDataset(d80)) return false;
      }
    }
    const d81 = d73.bigquery_tables;
    if (d81 !== undefined) {
      if (!Array.isArray(d81)) return false;
      for (let i82 = 0; i82 < d81.length; i82++) {
        const d83 = d81[i82];
        if (!blueprint_bigqueryTable(d83)) return false;
      }
    }
    const d84 = d73.dataproc_clusters;
    if (d84 !== undefined) {
      if (!Array.isArray(d84)) return false;
      for (let i85 = 0; i85 < d84.length; i85++) {
        const d86 = d84[i85];
        if (!blueprint_dataprocCluster(d86)) return false;
      }
    }
    const d87 = d73.pubsub_topics;
    if (d87 !== undefined) {
      if (!Array.isArray(d87)) return false;
      for (let i88 = 0; i88 < d87.length; i88++) {
        const d89 = d87[i88];
        if (!blueprint_pubsubTopic(d89)) return false;
      }
    }
  }
  return true;
}
function blueprint_deletionPolicy(v) {
  if (!(typeof v === "string")) return false;
  switch (v) {
    case "archive": case "delete": case "retain": break;
    default: return false;
  }
  return true;
}
function blueprint_s3Bucket(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": case "layer": case "versioning": case "lifecycle_days": case "deletion_policy": break;
      default: return false;
    }
  }
  if (v.purpose === undefined || v.layer === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.layer;
  if (!(typeof d3 === "string")) return false;
  switch (d3) {
    case "raw": case "processed": case "curated": break;
    default: return false;
  }
  const d4 = v.versioning;
  if (d4 !== undefined) {
    if (!(typeof d4 === "boolean")) return false;
  }
  const d5 = v.lifecycle_days;
  if (d5 !== undefined) {
    if (!(typeof d5 === "number" && d5 % 1 === 0 && isFinite(d5))) return false;
    if (d5 < 0) return false;
  }
  const d6 = v.deletion_policy;
  if (d6 !== undefined) {
    if (!blueprint_deletionPolicy(d6)) return false;
  }
  return true;
}
function blueprint_glueDatabase(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "domain": case "layer": case "description": case "deletion_policy": break;
      default: return false;
    }
  }
  if (v.domain === undefined || v.layer === undefined) return false;
  const d2 = v.domain;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.layer;
  if (!blueprint_medallionLayer(d3)) return false;
  const d4 = v.description;
  if (d4 !== undefined) {
    if (!(typeof d4 === "string")) return false;
  }
  const d5 = v.deletion_policy;
  if (d5 !== undefined) {
    if (!blueprint_deletionPolicy(d5)) return false;
  }
  return true;
}
function blueprint_glueTable(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "database_ref": case "entity": case "table_type": case "columns": case "partition_keys": case "deletion_policy": break;
      default: return false;
    }
  }
  if (v.database_ref === undefined || v.entity === undefined || v.columns === undefined) return false;
  const d2 = v.database_ref;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.entity;
  if (!(typeof d3 === "string")) return false;
  if (!pattern4.test(d3)) return false;
  const d4 = v.table_type;
  if (d4 !== undefined) {
    if (!blueprint_tableType(d4)) return false;
  }
  const d5 = v.columns;
  if (!Array.isArray(d5)) return false;
  for (let i6 = 0; i6 < d5.length; i6++) {
    const d7 = d5[i6];
    if (!blueprint_column(d7)) return false;
  }
  const d8 = v.partition_keys;
  if (d8 !== undefined) {
    if (!Array.isArray(d8)) return false;
    for (let i9 = 0; i9 < d8.length; i9++) {
      const d10 = d8[i9];
      if (!blueprint_column(d10)) return false;
    }
  }
  const d11 = v.deletion_policy;
  if (d11 !== undefined) {
    if (!blueprint_deletionPolicy(d11)) return false;
  }
  return true;
}
function blueprint_cluster(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "workload": case "cluster_type": case "node_type": case "spark_version": case "autoscale": case "deletion_policy": break;
      default: return false;
    }
  }
  if (v.workload === undefined || v.cluster_type === undefined || v.node_type === undefined) return false;
  const d2 = v.workload;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.cluster_type;
  if (!(typeof d3 === "string")) return false;
  switch (d3) {
    case "shared": case "dedicated": case "job": break;
    default: return false;
  }
  const d4 = v.node_type;
  if (!(typeof d4 === "string")) return false;
  if (!pattern4.test(d4)) return false;
  const d5 = v.spark_version;
  if (d5 !== undefined) {
    if (!(typeof d5 === "string")) return false;
    if (!pattern4.test(d5)) return false;
  }
  const d6 = v.autoscale;
  if (d6 !== undefined) {
    if (!(typeof d6 === "object" && d6 !== null && !Array.isArray(d6))) return false;
    for (const k7 in d6) {
      switch (k7) {
        case "min": case "max": break;
        default: return false;
      }
    }
    const d8 = d6.min;
    if (d8 !== undefined) {
      if (!(typeof d8 === "number" && d8 % 1 === 0 && isFinite(d8))) return false;
      if (d8 < 0) return false;
    }
    const d9 = d6.max;
    if (d9 !== undefined) {
      if (!(typeof d9 === "number" && d9 % 1 === 0 && isFinite(d9))) return false;
      if (d9 < 1) return false;
    }
  }
  const d10 = v.deletion_policy;
  if (d10 !== undefined) {
    if (!blueprint_deletionPolicy(d10)) return false;
  }
  return true;
}
function blueprint_job(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "job_type": case "purpose": case "cluster_ref": case "schedule": case "tasks": case "deletion_policy": break;
      default: return false;
    }
  }
  if (v.job_type === undefined || v.purpose === undefined || v.cluster_ref === undefined) return false;
  const d2 = v.job_type;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.purpose;
  if (!(typeof d3 === "string")) return false;
  if (!pattern4.test(d3)) return false;
  const d4 = v.cluster_ref;
  if (!(typeof d4 === "string")) return false;
  if (!pattern4.test(d4)) return false;
  const d5 = v.schedule;
  if (d5 !== undefined) {
    if (!(typeof d5 === "string")) return false;
    if (!pattern4.test(d5)) return false;
  }
  const d6 = v.tasks;
  if (d6 !== undefined) {
    if (!Array.isArray(d6)) return false;
    for (let i7 = 0; i7 < d6.length; i7++) {
      const d8 = d6[i7];
      if (!(typeof d8 === "object" && d8 !== null && !Array.isArray(d8))) return false;
    }
  }
  const d9 = v.deletion_policy;
  if (d9 !== undefined) {
    if (!blueprint_deletionPolicy(d9)) return false;
  }
  return true;
}
function blueprint_catalog(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "catalog_type": case "storage_root": case "schemas": case "deletion_policy": break;
      default: return false;
    }
  }
  if (v.catalog_type === undefined || v.schemas === undefined) return false;
  const d2 = v.catalog_type;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.storage_root;
  if (d3 !== undefined) {
    if (!(typeof d3 === "string")) return false;
    if (!pattern4.test(d3)) return false;
  }
  const d4 = v.schemas;
  if (!Array.isArray(d4)) return false;
  for (let i5 = 0; i5 < d4.length; i5++) {
    const d6 = d4[i5];
    if (!blueprint_ucSchema(d6)) return false;
  }
  const d7 = v.deletion_policy;
  if (d7 !== undefined) {
    if (!blueprint_deletionPolicy(d7)) return false;
  }
  return true;
}
function blueprint_azureResourceGroup(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": break;
      default: return false;
    }
  }
  if (v.purpose === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  return true;
}
function blueprint_azureStorageAccount(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": case "layer": break;
      default: return false;
    }
  }
  if (v.purpose === undefined || v.layer === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.layer;
  if (!blueprint_storageLayer(d3)) return false;
  return true;
}
function blueprint_azureStorageContainer(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "account_ref": case "domain": case "layer": break;
      default: return false;
    }
  }
  if (v.account_ref === undefined || v.domain === undefined || v.layer === undefined) return false;
  const d2 = v.account_ref;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.domain;
  if (!(typeof d3 === "string")) return false;
  if (!pattern4.test(d3)) return false;
  const d4 = v.layer;
  if (!blueprint_medallionLayer(d4)) return false;
  return true;
}
function blueprint_azureDatabricksWorkspace(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": break;
      default: return false;
    }
  }
  if (v.purpose === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  return true;
}
function blueprint_azureDataFactory(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": break;
      default: return false;
    }
  }
  if (v.purpose === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  return true;
}
function blueprint_azureSynapseWorkspace(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": break;
      default: return false;
    }
  }
  if (v.purpose === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  return true;
}
function blueprint_azureKeyVault(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": break;
      default: return false;
    }
  }
  if (v.purpose === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  return true;
}
function blueprint_azureEventhubNamespace(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": break;
      default: return false;
    }
  }
  if (v.purpose === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  return true;
}
function blueprint_gcsBucket(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": case "layer": break;
      default: return false;
    }
  }
  if (v.purpose === undefined || v.layer === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.layer;
  if (!blueprint_storageLayer(d3)) return false;
  return true;
}
function blueprint_bigqueryDataset(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "domain": case "layer": break;
      default: return false;
    }
  }
  if (v.domain === undefined || v.layer === undefined) return false;
  const d2 = v.domain;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.layer;
  if (!blueprint_medallionLayer(d3)) return false;
  return true;
}
function blueprint_bigqueryTable(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "dataset_ref": case "entity": case "table_type": case "columns": break;
      default: return false;
    }
  }
  if (v.dataset_ref === undefined || v.entity === undefined) return false;
  const d2 = v.dataset_ref;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.entity;
  if (!(typeof d3 === "string")) return false;
  if (!pattern4.test(d3)) return false;
  const d4 = v.table_type;
  if (d4 !== undefined) {
    if (!blueprint_tableType(d4)) return false;
  }
  const d5 = v.columns;
  if (d5 !== undefined) {
    if (!Array.isArray(d5)) return false;
    for (let i6 = 0; i6 < d5.length; i6++) {
      const d7 = d5[i6];
      if (!blueprint_column(d7)) return false;
    }
  }
  return true;
}
function blueprint_dataprocCluster(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "workload": case "cluster_type": break;
      default: return false;
    }
  }
  if (v.workload === undefined || v.cluster_type === undefined) return false;
  const d2 = v.workload;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.cluster_type;
  if (!(typeof d3 === "string")) return false;
  switch (d3) {
    case "shared": case "dedicated": case "job": break;
    default: return false;
  }
  return true;
}
function blueprint_pubsubTopic(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "purpose": break;
      default: return false;
    }
  }
  if (v.purpose === undefined) return false;
  const d2 = v.purpose;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  return true;
}
function blueprint_medallionLayer(v) {
  if (!(typeof v === "string")) return false;
  switch (v) {
    case "bronze": case "silver": case "gold": break;
    default: return false;
  }
  return true;
}
function blueprint_tableType(v) {
  if (!(typeof v === "string")) return false;
  switch (v) {
    case "fact": case "dim": case "bridge": case "staging": case "reference": break;
    default: return false;
  }
  return true;
}
function blueprint_column(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "name": case "type": case "comment": break;
      default: return false;
    }
  }
  if (v.name === undefined || v.type === undefined) return false;
  const d2 = v.name;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.type;
  if (!(typeof d3 === "string")) return false;
  if (!pattern4.test(d3)) return false;
  const d4 = v.comment;
  if (d4 !== undefined) {
    if (!(typeof d4 === "string")) return false;
  }
  return true;
}
function blueprint_ucSchema(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "domain": case "layer": case "tables": case "deletion_policy": break;
      default: return false;
    }
  }
  if (v.domain === undefined || v.layer === undefined) return false;
  const d2 = v.domain;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.layer;
  if (!blueprint_medallionLayer(d3)) return false;
  const d4 = v.tables;
  if (d4 !== undefined) {
    if (!Array.isArray(d4)) return false;
    for (let i5 = 0; i5 < d4.length; i5++) {
      const d6 = d4[i5];
      if (!blueprint_ucTable(d6)) return false;
    }
  }
  const d7 = v.deletion_policy;
  if (d7 !== undefined) {
    if (!blueprint_deletionPolicy(d7)) return false;
  }
  return true;
}
function blueprint_storageLayer(v) {
  if (!(typeof v === "string")) return false;
  switch (v) {
    case "raw": case "processed": case "curated": break;
    default: return false;
  }
  return true;
}
function blueprint_ucTable(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "entity": case "table_type": case "columns": case "deletion_policy": break;
      default: return false;
    }
  }
  if (v.entity === undefined) return false;
  const d2 = v.entity;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.table_type;
  if (d3 !== undefined) {
    if (!blueprint_tableType(d3)) return false;
  }
  const d4 = v.columns;
  if (d4 !== undefined) {
    if (!Array.isArray(d4)) return false;
    for (let i5 = 0; i5 < d4.length; i5++) {
      const d6 = d4[i5];
      if (!blueprint_column(d6)) return false;
    }
  }
  const d7 = v.deletion_policy;
  if (d7 !== undefined) {
    if (!blueprint_deletionPolicy(d7)) return false;
  }
  return true;
}
function namingPatterns_anyOf(v) {
  if (!(typeof v === "string")) return false;
  if (v !== "*") return false;
  return true;
}
function checkNamingPatterns(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "version": case "patterns": case "transformations": case "validation": break;
      default: return false;
    }
  }
  if (v.version === undefined || v.patterns === undefined) return false;
  const d2 = v.version;
  if (!(typeof d2 === "string")) return false;
  if (!pattern4.test(d2)) return false;
  const d3 = v.patterns;
  if (!(typeof d3 === "object" && d3 !== null && !Array.isArray(d3))) return false;
  for (const k4 in d3) {
    if (!namingPatterns_resourceType(k4)) return false;
    const d5 = d3[k4];
    if (!(typeof d5 === "string")) return false;
    if (!pattern4.test(d5)) return false;
  }
  const d6 = v.transformations;
  if (d6 !== undefined) {
    if (!(typeof d6 === "object" && d6 !== null && !Array.isArray(d6))) return false;
    for (const k7 in d6) {
      switch (k7) {
        case "region_mapping": case "lowercase": case "uppercase": case "replace_hyphens": case "hash_generation": break;
        default: return false;
      }
    }
    const d8 = d6.region_mapping;
    if (d8 !== undefined) {
      if (!(typeof d8 === "object" && d8 !== null && !Array.isArray(d8))) return false;
      for (const k9 in d8) {
        if (!(typeof k9 === "string")) return false;
        if (!pattern5.test(k9)) return false;
        const d10 = d8[k9];
        if (!(typeof d10 === "string")) return false;
        if (!pattern6.test(d10)) return false;
      }
    }
    const d11 = d6.lowercase;
    if (d11 !== undefined) {
      if (!Array.isArray(d11)) return false;
      for (let i12 = 0; i12 < d11.length; i12++) {
        const d13 = d11[i12];
        if (!(typeof d13 === "string")) return false;
        if (!pattern7.test(d13)) return false;
      }
    }
    const d14 = d6.uppercase;
    if (d14 !== undefined) {
      if (!Array.isArray(d14)) return false;
      for (let i15 = 0; i15 < d14.length; i15++) {
        const d16 = d14[i15];
        if (!(typeof d16 === "string")) return false;
        if (!pattern7.test(d16)) return false;
      }
    }
    const d17 = d6.replace_hyphens;
    if (d17 !== undefined) {
      if (!(typeof d17 === "object" && d17 !== null && !Array.isArray(d17))) return false;
      for (const k18 in d17) {
        if (!(typeof k18 === "string")) return false;
        if (!pattern7.test(k18)) return false;
        const d19 = d17[k18];
        if (!(typeof d19 === "string")) return false;
        if (!pattern8.test(d19)) return false;
      }
    }
    const d20 = d6.hash_generation;
    if (d20 !== undefined) {
      if (!(typeof d20 === "object" && d20 !== null && !Array.isArray(d20))) return false;
      for (const k21 in d20) {
        switch (k21) {
          case "algorithm": case "length": case "prefix": case "separator": break;
          default: return false;
        }
      }
      const d22 = d20.algorithm;
      if (d22 !== undefined) {
        if (!(typeof d22 === "string")) return false;
        switch (d22) {
          case "md5": case "sha256": break;
          default: return false;
        }
      }
      const d23 = d20.length;
      if (d23 !== undefined) {
        if (!(typeof d23 === "number" && d23 % 1 === 0 && isFinite(d23))) return false;
        if (d23 < 4) return false;
        if (d23 > 64) return false;
      }
      const d24 = d20.prefix;
      if (d24 !== undefined) {
        if (!(typeof d24 === "string")) return false;
        if (!pattern9.test(d24)) return false;
      }
      const d25 = d20.separator;
      if (d25 !== undefined) {
        if (!(typeof d25 === "string")) return false;
        if (!pattern8.test(d25)) return false;
      }
    }
  }
  const d26 = v.validation;
  if (d26 !== undefined) {
    if (!(typeof d26 === "object" && d26 !== null && !Array.isArray(d26))) return false;
    for (const k27 in d26) {
      switch (k27) {
        case "max_length": case "allowed_chars": case "required_variables": case "on_too_long": break;
        default: return false;
      }
    }
    const d28 = d26.max_length;
    if (d28 !== undefined) {
      if (!(typeof d28 === "object" && d28 !== null && !Array.isArray(d28))) return false;
      for (const k29 in d28) {
        if (!namingPatterns_resourceType(k29)) return false;
        const d30 = d28[k29];
        if (!(typeof d30 === "number" && d30 % 1 === 0 && isFinite(d30))) return false;
        if (d30 < 1) return false;
      }
    }
    const d31 = d26.allowed_chars;
    if (d31 !== undefined) {
      if (!(typeof d31 === "object" && d31 !== null && !Array.isArray(d31))) return false;
      for (const k32 in d31) {
        if (!namingPatterns_resourceType(k32)) return false;
        const d33 = d31[k32];
        if (!(typeof d33 === "string")) return false;
        if (!pattern4.test(d33)) return false;
      }
    }
    const d34 = d26.required_variables;
    if (d34 !== undefined) {
      if (!(typeof d34 === "object" && d34 !== null && !Array.isArray(d34))) return false;
      for (const k35 in d34) {
        if (!namingPatterns_resourceType(k35)) return false;
        const d36 = d34[k35];
        if (!Array.isArray(d36)) return false;
        for (let i37 = 0; i37 < d36.length; i37++) {
          const d38 = d36[i37];
          if (!(typeof d38 === "string")) return false;
          if (!pattern7.test(d38)) return false;
        }
      }
    }
    const d39 = d26.on_too_long;
    if (d39 !== undefined) {
      if (!(typeof d39 === "object" && d39 !== null && !Array.isArray(d39))) return false;
      for (const k40 in d39) {
        if (!(namingPatterns_resourceType(k40) || namingPatterns_anyOf(k40))) return false;
        const d41 = d39[k40];
        if (!(typeof d41 === "string")) return false;
        switch (d41) {
          case "shorten": case "fail": break;
          default: return false;
        }
      }
    }
  }
  return true;
}
function namingPatterns_resourceType(v) {
  if (!(typeof v === "string")) return false;
  switch (v) {
    case "aws_s3_bucket": case "aws_glue_database": case "aws_glue_table": case "aws_glue_crawler": case "aws_lambda_function": case "aws_iam_role": case "aws_iam_policy": case "aws_kinesis_stream": case "aws_kinesis_firehose": case "aws_dynamodb_table": case "aws_sns_topic": case "aws_sqs_queue": case "aws_step_function": case "dbx_workspace": case "dbx_cluster": case "dbx_job": case "dbx_notebook_path": case "dbx_repo": case "dbx_pipeline": case "dbx_sql_warehouse": case "dbx_catalog": case "dbx_schema": case "dbx_table": case "dbx_volume": case "dbx_secret_scope": case "dbx_instance_pool": case "dbx_policy": case "azure_resource_group": case "azure_storage_account": case "azure_storage_container": case "azure_databricks_workspace": case "azure_data_factory": case "azure_synapse_workspace": case "azure_key_vault": case "azure_eventhub_namespace": case "gcp_storage_bucket": case "gcp_bigquery_dataset": case "gcp_bigquery_table": case "gcp_dataproc_cluster": case "gcp_pubsub_topic": break;
    default: return false;
  }
  return true;
}
function checkNamingValues(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "version": case "defaults": case "environments": case "resource_types": break;
      default: return false;
    }
  }
  if (v.version === undefined || v.defaults === undefined) return false;
  const d2 = v.version;
  if (!(typeof d2 === "string")) return false;
  if (d2 !== "1.0") return false;
  const d3 = v.defaults;
  if (!namingValues_values(d3)) return false;
  const d4 = v.environments;
  if (d4 !== undefined) {
    if (!(typeof d4 === "object" && d4 !== null && !Array.isArray(d4))) return false;
    for (const k5 in d4) {
      switch (k5) {
        case "dev": case "stg": case "prd": break;
        default: return false;
      }
    }
    const d6 = d4.dev;
    if (d6 !== undefined) {
      if (!namingValues_values(d6)) return false;
    }
    const d7 = d4.stg;
    if (d7 !== undefined) {
      if (!namingValues_values(d7)) return false;
    }
    const d8 = d4.prd;
    if (d8 !== undefined) {
      if (!namingValues_values(d8)) return false;
    }
  }
  const d9 = v.resource_types;
  if (d9 !== undefined) {
    if (!(typeof d9 === "object" && d9 !== null && !Array.isArray(d9))) return false;
    for (const k10 in d9) {
      if (!namingValues_resourceType(k10)) return false;
      const d11 = d9[k10];
      if (!namingValues_values(d11)) return false;
    }
  }
  return true;
}
function namingValues_values(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    if (!(typeof k1 === "string")) return false;
    if (!pattern7.test(k1)) return false;
    const d2 = v[k1];
    if (!(typeof d2 === "string")) return false;
  }
  return true;
}
function namingValues_resourceType(v) {
  if (!(typeof v === "string")) return false;
  switch (v) {
    case "aws_s3_bucket": case "aws_glue_database": case "aws_glue_table": case "aws_glue_crawler": case "aws_lambda_function": case "aws_iam_role": case "aws_iam_policy": case "aws_kinesis_stream": case "aws_kinesis_firehose": case "aws_dynamodb_table": case "aws_sns_topic": case "aws_sqs_queue": case "aws_step_function": case "dbx_workspace": case "dbx_cluster": case "dbx_job": case "dbx_notebook_path": case "dbx_repo": case "dbx_pipeline": case "dbx_sql_warehouse": case "dbx_catalog": case "dbx_schema": case "dbx_table": case "dbx_volume": case "dbx_secret_scope": case "dbx_instance_pool": case "dbx_policy": case "azure_resource_group": case "azure_storage_account": case "azure_storage_container": case "azure_databricks_workspace": case "azure_data_factory": case "azure_synapse_workspace": case "azure_key_vault": case "azure_eventhub_namespace": case "gcp_storage_bucket": case "gcp_bigquery_dataset": case "gcp_bigquery_table": case "gcp_dataproc_cluster": case "gcp_pubsub_topic": break;
    default: return false;
  }
  return true;
}
function checkState(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  for (const k1 in v) {
    switch (k1) {
      case "version": case "blueprint": case "resources": break;
      default: return false;
    }
  }
  if (v.version === undefined || v.blueprint === undefined || v.resources === undefined) return false;
  const d2 = v.version;
  if (d2 !== 1) return false;
  const d3 = v.blueprint;
  if (!(typeof d3 === "string")) return false;
  if (d3.length < 1 || (d3.length < 2 && ucs2length(d3) < 1)) return false;
  const d4 = v.resources;
  if (!(typeof d4 === "object" && d4 !== null && !Array.isArray(d4))) return false;
  for (const k5 in d4) {
    const d6 = d4[k5];
    if (!state_resource(d6)) return false;
  }
  return true;
}
function state_resource(v) {
  if (!(typeof v === "object" && v !== null && !Array.isArray(v))) return false;
  if (v.type === undefined || v.name === undefined || v.fullName === undefined || v.params === undefined || v.tags === undefined || v.deletionPolicy === undefined || v.appliedAt === undefined || v.transaction === undefined) return false;
  if (v.key !== undefined) return false;
  if (v.blueprint !== undefined) return false;
  const d1 = v.type;
  switch (d1) {
    case "aws_s3_bucket": case "aws_glue_database": case "aws_glue_table": case "aws_glue_crawler": case "aws_lambda_function": case "aws_iam_role": case "aws_iam_policy": case "aws_kinesis_stream": case "aws_kinesis_firehose": case "aws_dynamodb_table": case "aws_sns_topic": case "aws_sqs_queue": case "aws_step_function": case "dbx_workspace": case "dbx_cluster": case "dbx_job": case "dbx_notebook_path": case "dbx_repo": case "dbx_pipeline": case "dbx_sql_warehouse": case "dbx_catalog": case "dbx_schema": case "dbx_table": case "dbx_volume": case "dbx_secret_scope": case "dbx_instance_pool": case "dbx_policy": case "azure_resource_group": case "azure_storage_account": case "azure_storage_container": case "azure_databricks_workspace": case "azure_data_factory": case "azure_synapse_workspace": case "azure_key_vault": case "azure_eventhub_namespace": case "gcp_storage_bucket": case "gcp_bigquery_dataset": case "gcp_bigquery_table": case "gcp_dataproc_cluster": case "gcp_pubsub_topic": break;
    default: return false;
  }
  const d2 = v.name;
  if (!(typeof d2 === "string")) return false;
  const d3 = v.fullName;
  if (!(typeof d3 === "string")) return false;
  const d4 = v.physicalId;
  if (d4 !== undefined) {
    if (!(typeof d4 === "string")) return false;
  }
  const d5 = v.params;
  if (!(typeof d5 === "object" && d5 !== null && !Array.isArray(d5))) return false;
  const d6 = v.tags;
  if (!(typeof d6 === "object" && d6 !== null && !Array.isArray(d6))) return false;
  for (const k7 in d6) {
    const d8 = d6[k7];
    if (!(typeof d8 === "string")) return false;
  }
  const d9 = v.deletionPolicy;
  switch (d9) {
    case "archive": case "delete": case "retain": break;
    default: return false;
  }
  const d10 = v.archived;
  if (d10 !== undefined) {
    if (!(typeof d10 === "boolean")) return false;
  }
  const d11 = v.appliedAt;
  if (!(typeof d11 === "string")) return false;
  const d12 = v.transaction;
  if (!(typeof d12 === "string")) return false;
  const d13 = v.dependsOn;
  if (d13 !== undefined) {
    if (!Array.isArray(d13)) return false;
    for (let i14 = 0; i14 < d13.length; i14++) {
      const d15 = d13[i14];
      if (!(typeof d15 === "string")) return false;
    }
    if (d13.length > 1) {
      const seen18 = {};
      for (let i16 = d13.length; i16--; ) {
        let item19 = d13[i16];
        if (!(typeof item19 === "string")) continue;
        if (typeof seen18[item19] == "number") return false;
        seen18[item19] = i16;
      }
    }
  }
  return true;
}

;// CONCATENATED MODULE: ./src/source/suggest.ts
// "Did you mean…": the nearest known word to a misspelt one, by edit distance.
// Used for keys, enum values, pattern variables, references, commands and flags.
/** The candidate nearest to `word`, when it is close enough to be a likely typo. */
function suggest_closest(word, candidates) {
    const lowered = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = distance(lowered, candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    // One edit per three characters, at least one: 'rwa' → 'raw' (a swap is one edit),
    // 'purpos' → 'purpose', but not 'env' → 'dev'.
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(lowered.length / 3)) ? best : undefined;
}
/** `did you mean 'x'?`, or undefined when nothing is close. */
function didYouMean(word, candidates, quote = (s) => `'${s}'`) {
    const guess = suggest_closest(word, candidates);
    return guess === undefined ? undefined : `did you mean ${quote(guess)}?`;
}
/** Levenshtein distance, with an adjacent swap counted as one edit (Damerau, restricted). */
function distance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                row.push(j);
                continue;
            }
            const above = rows[i - 1];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            row.push(d);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/source/schema.ts




const CODES = {
    required: 'SCHEMA_REQUIRED',
    additionalProperties: 'SCHEMA_ADDITIONAL',
    propertyNames: 'SCHEMA_KEY',
    enum: 'SCHEMA_ENUM',
    const: 'SCHEMA_CONST',
    type: 'SCHEMA_TYPE',
    pattern: 'SCHEMA_PATTERN',
    minItems: 'SCHEMA_MIN_ITEMS',
    minimum: 'SCHEMA_RANGE',
    maximum: 'SCHEMA_RANGE',
};
/**
 * The document's schema problems, none when it is valid. The boolean check
 * generated from the schema answers first; only a document it rejects loads
 * the Ajv validators (~230 KB, a chunk of its own in dist/) to say why, so a
 * valid document never pays for them.
 */
async function schemaProblems(doc, name, schema) {
    if (checks_namespaceObject[`check${name}`](doc.data))
        return [];
    const validate = (await __webpack_require__.e(/* import() */ 161).then(__webpack_require__.bind(__webpack_require__, 6161)))[`validate${name}`];
    // Ajv has the last word: a document it accepts has no problems, whatever the check said.
    if (validate(doc.data))
        return [];
    return schemaDiagnostics(doc, validate.errors ?? [], schema);
}
function schemaDiagnostics(doc, errors, schema) {
    const typeFailures = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    const misspelt = misspeltRequired(errors, schema);
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        // A misspelt required key is one mistake: reported as the unknown key, with the spelling it should have.
        if (e.keyword === 'required' && misspelt.has(`${e.instancePath}\0${String(e.params.missingProperty)}`))
            continue;
        // Inner errors of propertyNames are summarised by the propertyNames error itself.
        if (e.propertyName !== undefined)
            continue;
        if (e.keyword === 'anyOf')
            continue;
        // A value of the wrong type gets one message, not one per keyword it also fails.
        if (e.keyword !== 'type' && typeFailures.has(e.instancePath) && e.keyword !== 'propertyNames')
            continue;
        const path = (0,source_positions/* parsePointer */.vp)(e.instancePath);
        const d = describe(doc, e, path, schema, errors);
        const id = `${d.line}:${d.column}:${d.code}:${d.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(d);
    }
    return out;
}
/**
 * `instancePath NUL key` of every missing required key that an unknown key at
 * the same place is a likely spelling of ('purpos' for 'purpose').
 */
function misspeltRequired(errors, schema) {
    const missing = new Set(errors.filter((e) => e.keyword === 'required').map((e) => `${e.instancePath}\0${String(e.params.missingProperty)}`));
    const out = new Set();
    for (const e of errors) {
        if (e.keyword !== 'additionalProperties')
            continue;
        const allowed = Object.keys(schemaAt(schema, (0,source_positions/* parsePointer */.vp)(e.instancePath))?.properties ?? {});
        const guess = suggest_closest(String(e.params.additionalProperty), allowed);
        if (guess !== undefined && missing.has(`${e.instancePath}\0${guess}`))
            out.add(`${e.instancePath}\0${guess}`);
    }
    return out;
}
function describe(doc, e, path, schema, all) {
    const code = CODES[e.keyword] ?? 'SCHEMA_INVALID';
    const subject = label(path);
    const where = path.length ? (0,source_positions/* describePath */.NH)(path) : 'the top level';
    const value = valueAt(doc.data, path);
    const params = e.params;
    const at = (p, key = false) => locate(doc, p, key);
    switch (e.keyword) {
        case 'required':
            return error(code, `missing required key '${String(params.missingProperty)}' in ${where}`, at(path));
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            const allowed = Object.keys(schemaAt(schema, path)?.properties ?? {});
            const guess = suggest_closest(extra, allowed);
            const required = guess !== undefined && (schemaAt(schema, path)?.required ?? []).includes(guess);
            const missing = required && !Object.hasOwn((value ?? {}), guess);
            return error(code, `unknown key '${extra}' in ${where}${missing ? ` (and the required key '${guess}' is missing)` : ''}; allowed: ${allowed.join(', ')}`, at([...path, extra], true), guess ? `did you mean '${guess}'?` : undefined);
        }
        case 'propertyNames': {
            const name = String(params.propertyName);
            const inner = all.filter((x) => x.instancePath === e.instancePath && x.propertyName === name);
            const allowed = inner.flatMap((x) => x.keyword === 'enum' ? x.params.allowedValues.map(String) : x.keyword === 'const' ? [String(x.params.allowedValue)] : []);
            const pattern = inner.find((x) => x.keyword === 'pattern');
            const why = allowed.length
                ? `; allowed: ${allowed.join(', ')}`
                : pattern
                    ? `; a key must match ${String(pattern.params.pattern)}`
                    : '';
            const guess = suggest_closest(name, allowed);
            return error(code, `unknown key '${name}' in ${where}${why}`, at([...path, name], true), guess ? `did you mean '${guess}'?` : undefined);
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const guess = typeof value === 'string' ? suggest_closest(value, allowed) : undefined;
            return error(code, `${subject} must be one of ${allowed.join(', ')} (got ${show(value)})`, at(path), guess ? `did you mean '${guess}'?` : undefined);
        }
        case 'const': {
            const quoteHint = doc.format === 'yaml' && typeof value === 'number' ? '; quote it in YAML' : '';
            return error(code, `${subject} must be ${JSON.stringify(params.allowedValue)} (got ${show(value)}${quoteHint})`, at(path));
        }
        case 'type': {
            const quoteHint = doc.format === 'yaml' && params.type === 'string' && value !== null && typeof value !== 'object' ? '; quote it in YAML' : '';
            return error(code, `${subject} must be ${article(String(params.type))} (got ${kindOf(value)}${quoteHint})`, at(path));
        }
        case 'pattern': {
            const pattern = String(params.pattern);
            if (pattern === '\\S')
                return error(code, `${subject} must not be empty`, at(path));
            const max = /^\^\.\{0,(\d+)\}\$$/.exec(pattern);
            if (max)
                return error(code, `${subject} must be at most ${max[1]} characters (got ${show(value)})`, at(path));
            const description = schemaAt(schema, path)?.description;
            const hint = typeof description === 'string' ? ` — ${description.replace(/\.$/, '')}` : '';
            return error(code, `${subject} must match ${pattern}${hint} (got ${show(value)})`, at(path));
        }
        case 'minItems':
            return error(code, `${subject} must have at least ${String(params.limit)} item(s)`, at(path));
        case 'minimum':
            return error(code, `${subject} must be at least ${String(params.limit)} (got ${show(value)})`, at(path));
        case 'maximum':
            return error(code, `${subject} must be at most ${String(params.limit)} (got ${show(value)})`, at(path));
        default:
            return error(code, `${subject} ${e.message ?? 'is invalid'}`, at(path));
    }
}
/** The name a person would use for the value at `path`: its key, or the path for list items. */
function label(path) {
    if (path.length === 0)
        return 'the document';
    const last = path[path.length - 1];
    return /^\d+$/.test(last) ? (0,source_positions/* describePath */.NH)(path) : last;
}
function valueAt(data, path) {
    let node = data;
    for (const segment of path) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
/**
 * The subschema that describes the value at an instance path, following $ref
 * within the document. (Ajv's schemaPath is relative to a referenced schema,
 * so it cannot be resolved from the root.)
 */
function schemaAt(root, path) {
    const deref = (node) => {
        let current = node;
        for (let hops = 0; hops < 16 && current && typeof current === 'object'; hops++) {
            const ref = current.$ref;
            if (typeof ref !== 'string' || !ref.startsWith('#/'))
                break;
            const target = (0,source_positions/* parsePointer */.vp)(ref.slice(1)).reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), root);
            // Keywords beside $ref (description, default) describe this use of it.
            current = target && typeof target === 'object' ? { ...target, ...withoutRef(current) } : undefined;
        }
        return current && typeof current === 'object' ? current : undefined;
    };
    let node = deref(root);
    for (const segment of path) {
        if (!node)
            return undefined;
        const properties = node.properties;
        if (properties && Object.hasOwn(properties, segment))
            node = deref(properties[segment]);
        else if (/^\d+$/.test(segment) && node.items)
            node = deref(node.items);
        else if (node.additionalProperties && typeof node.additionalProperties === 'object')
            node = deref(node.additionalProperties);
        else
            return undefined;
    }
    return node;
}
function withoutRef(node) {
    const { $ref: _, ...rest } = node;
    return rest;
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function kindOf(value) {
    if (value === null)
        return 'null (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
    if (typeof value === 'boolean')
        return `the boolean ${value}`;
    return `the text ${show(value)}`;
}
function article(type) {
    switch (type) {
        case 'object':
            return 'a mapping (object)';
        case 'array':
            return 'a list';
        case 'integer':
            return 'a whole number';
        case 'string':
            return 'text';
        default:
            return `a ${type}`;
    }
}

;// CONCATENATED MODULE: ./src/source/index.ts






;// CONCATENATED MODULE: ./src/blueprint/files.ts
// Finding blueprint files: each PATH is a file or a directory searched
// recursively for .json, .yaml and .yml, in a stable (sorted) order. With
// synchronous calls, as the reads themselves (source/read.ts): dpn has nothing
// else to do meanwhile, and an awaited realpath per file cost a turn of the
// event loop each (finding the 100 files of the 100k bench: 17 -> 6 ms, min of 5).



/** Directories never searched: version control, dependencies, dpn's own state. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.dpn']);
async function findBlueprintFiles(paths, cwd, exclude = []) {
    const excluded = exclusion(exclude);
    const files = [];
    const diagnostics = [];
    const seen = new Set();
    const add = (file) => {
        const real = realOrSelf(file.absolute);
        if (seen.has(real))
            return;
        seen.add(real);
        files.push(file);
    };
    for (const given of paths) {
        const absolute = (0,external_node_path_.resolve)(cwd, given);
        const top = { file: given, line: 1, column: 1 };
        let info;
        try {
            info = (0,external_node_fs_.statSync)(absolute);
        }
        catch {
            diagnostics.push(error('SOURCE_NOT_FOUND', `${given} does not exist`, top));
            continue;
        }
        if (info.isFile()) {
            // A file named explicitly is read whatever its extension; the reader says if the format is unknown.
            add({ absolute, display: given });
            continue;
        }
        const found = [];
        walk(absolute, given, found, new Set(), excluded);
        if (found.length === 0) {
            diagnostics.push(error('BLUEPRINT_NONE', `${given} holds no blueprint files (.json, .yaml, .yml)`, top));
        }
        found.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
        for (const file of found)
            add(file);
    }
    return { files, diagnostics };
}
function realOrSelf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/** The target of a symlink; undefined when it is broken or cannot be followed (a loop, no permission). */
function statOrUndefined(path) {
    try {
        return (0,external_node_fs_.statSync)(path);
    }
    catch {
        return undefined;
    }
}
function walk(directory, display, out, visited, excluded) {
    const real = (0,external_node_fs_.realpathSync)(directory);
    if (visited.has(real))
        return; // a symlink loop
    visited.add(real);
    const entries = (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true });
    for (const entry of entries) {
        if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name))
            continue;
        const absolute = (0,external_node_path_.join)(directory, entry.name);
        const shown = (0,external_node_path_.join)(display, entry.name);
        if (excluded(shown))
            continue;
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
            const target = statOrUndefined(absolute);
            isDirectory = target?.isDirectory() ?? false;
            isFile = target?.isFile() ?? false;
        }
        if (isDirectory)
            walk(absolute, shown, out, visited, excluded);
        else if (isFile && formatOf(entry.name))
            out.push({ absolute, display: shown });
    }
}
/**
 * `--exclude GLOB` (action input `exclude`): whether a path found below a
 * directory is skipped. A pattern without `/` is matched against each part of
 * the path (`package.json`, `*.ci.yaml`, `fixtures`), one with `/` against the
 * path as shown or a trailing part of it (`ci/**`, `blueprints/drafts/**`).
 * `*` and `?` stay within a part; `**` spans parts.
 */
function exclusion(patterns) {
    if (patterns.length === 0)
        return () => false;
    const whole = [];
    const part = [];
    for (const pattern of patterns) {
        const clean = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
        (clean.includes('/') ? whole : part).push(globRegExp(clean));
    }
    return (path) => {
        const normal = path.split(external_node_path_.sep).join('/').replace(/^\.\//, '');
        const parts = normal.split('/');
        // A pattern with `/` matches the path as shown or any trailing part of it, so
        // `ci/**` skips repo/ci/… and blueprints/drafts/** works from the repository root.
        for (let i = 0; i < parts.length; i++)
            if (whole.some((re) => re.test(parts.slice(i).join('/'))))
                return true;
        return part.some((re) => parts.some((p) => re.test(p)));
    };
}
function globRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '/' && glob.slice(i + 1) === '**') {
            out += '(?:/.*)?'; // the folder itself too, so that it is not even searched
            break;
        }
        if (c === '*' && glob[i + 1] === '*') {
            // `**/` matches zero or more folders; a trailing `**` everything below.
            const slash = glob[i + 2] === '/';
            out += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}

;// CONCATENATED MODULE: ./schemas/blueprint.schema.json
const blueprint_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/blueprint-1.0.json","title":"dpn blueprint","description":"Resources a team wants on AWS and Databricks, in the dpn v1.0 blueprint format. dpn generates every name from the naming convention; a blueprint only says what each resource is for.","type":"object","required":["version","metadata","resources"],"additionalProperties":false,"properties":{"$schema":{"title":"Schema","description":"Where editors find this schema (a URL or a path); dpn ignores it. dpn plan init writes it into JSON blueprints.","type":"string"},"version":{"title":"Format version","description":"Blueprint format version. Must be the string \\"1.0\\" (quote it in YAML).","type":"string","const":"1.0"},"metadata":{"title":"Metadata","description":"Where and for whom the resources are made. Every value is also a naming variable.","type":"object","required":["environment","project","region"],"additionalProperties":false,"properties":{"environment":{"title":"Environment","description":"Deployment environment.","type":"string","enum":["dev","stg","prd"]},"project":{"title":"Project","description":"Project name: lowercase letters, digits and hyphens.","type":"string","pattern":"^[a-z0-9-]+$"},"region":{"title":"AWS region","description":"AWS region code in any partition, such as us-east-1, us-gov-west-1, cn-north-1 or eusc-de-east-1; dpn derives the short code (region_short) from it.","type":"string","pattern":"^[a-z]{2,4}(-[a-z]{2,4})?-[a-z]+-[0-9]+$"},"azure_location":{"title":"Azure location","description":"Azure location (programmatic name) such as westeurope, for the Azure resources; dpn derives their region_short from it.","type":"string","pattern":"^[a-z][a-z0-9]*$"},"gcp_region":{"title":"Google Cloud region","description":"Google Cloud region such as europe-west1, for the Google Cloud resources; dpn derives their region_short from it.","type":"string","pattern":"^[a-z]+-[a-z]+[0-9]+$"},"team":{"title":"Team","description":"Owning team; becomes the Team tag on AWS resources.","type":"string","pattern":"\\\\S"},"cost_center":{"title":"Cost center","description":"Cost center; becomes the CostCenter tag on AWS resources.","type":"string","pattern":"\\\\S"},"data_classification":{"title":"Data classification","description":"Sensitivity of the data held by these resources.","type":"string","enum":["public","internal","confidential","restricted"]}}},"scope":{"title":"Scope","description":"Limits which resource types of this blueprint dpn manages.","type":"object","required":["mode","patterns"],"additionalProperties":false,"properties":{"mode":{"title":"Mode","description":"include: manage only the types that match a pattern; exclude: manage every type except those.","type":"string","enum":["include","exclude"]},"patterns":{"title":"Type patterns","description":"Resource type keys with wildcards: * matches any run of characters, ? exactly one; matched against the whole key (aws_*, *_cluster, dbx_table).","type":"array","minItems":1,"items":{"type":"string","pattern":"\\\\S"}}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy","description":"What happens to a resource of this blueprint once it is removed from the file: archive (default) keeps it and marks it retired, delete removes it, retain leaves it untouched. A dpn v2 addition; v1.0 files do not have it."},"resources":{"title":"Resources","description":"The resources, grouped by platform.","type":"object","additionalProperties":false,"properties":{"aws":{"title":"AWS resources","description":"S3 buckets and the Glue Data Catalog.","type":"object","additionalProperties":false,"properties":{"s3_buckets":{"title":"S3 buckets","description":"Buckets (type aws_s3_bucket), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/s3Bucket"}},"glue_databases":{"title":"Glue databases","description":"Glue Data Catalog databases (type aws_glue_database), one per domain and layer.","type":"array","items":{"$ref":"#/definitions/glueDatabase"}},"glue_tables":{"title":"Glue tables","description":"Glue Data Catalog tables (type aws_glue_table), each in a Glue database of the same blueprint.","type":"array","items":{"$ref":"#/definitions/glueTable"}}}},"databricks":{"title":"Databricks resources","description":"Clusters, jobs and Unity Catalog objects.","type":"object","additionalProperties":false,"properties":{"clusters":{"title":"Clusters","description":"Databricks clusters (type dbx_cluster), one per workload.","type":"array","items":{"$ref":"#/definitions/cluster"}},"jobs":{"title":"Jobs","description":"Databricks jobs (type dbx_job), each running on a cluster of the same blueprint.","type":"array","items":{"$ref":"#/definitions/job"}},"unity_catalog":{"title":"Unity Catalog","description":"Unity Catalog catalogs with their schemas and tables.","type":"object","additionalProperties":false,"properties":{"catalogs":{"title":"Catalogs","description":"Catalogs (type dbx_catalog).","type":"array","items":{"$ref":"#/definitions/catalog"}}}}}},"azure":{"title":"Azure resources","description":"Azure resources to name (named, not provisioned); their region_short comes from metadata.azure_location.","type":"object","additionalProperties":false,"properties":{"resource_groups":{"title":"Resource groups","description":"Resource groups (type azure_resource_group), one per purpose.","type":"array","items":{"$ref":"#/definitions/azureResourceGroup"}},"storage_accounts":{"title":"Storage accounts","description":"Storage accounts (type azure_storage_account), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/azureStorageAccount"}},"storage_containers":{"title":"Storage containers","description":"Blob containers (type azure_storage_container), each in a storage account of the same blueprint.","type":"array","items":{"$ref":"#/definitions/azureStorageContainer"}},"databricks_workspaces":{"title":"Databricks workspaces","description":"Azure Databricks workspaces (type azure_databricks_workspace).","type":"array","items":{"$ref":"#/definitions/azureDatabricksWorkspace"}},"data_factories":{"title":"Data factories","description":"Data factories (type azure_data_factory).","type":"array","items":{"$ref":"#/definitions/azureDataFactory"}},"synapse_workspaces":{"title":"Synapse workspaces","description":"Synapse workspaces (type azure_synapse_workspace).","type":"array","items":{"$ref":"#/definitions/azureSynapseWorkspace"}},"key_vaults":{"title":"Key vaults","description":"Key vaults (type azure_key_vault).","type":"array","items":{"$ref":"#/definitions/azureKeyVault"}},"eventhub_namespaces":{"title":"Event Hubs namespaces","description":"Event Hubs namespaces (type azure_eventhub_namespace).","type":"array","items":{"$ref":"#/definitions/azureEventhubNamespace"}}}},"gcp":{"title":"Google Cloud resources","description":"Google Cloud resources to name (named, not provisioned); their region_short comes from metadata.gcp_region.","type":"object","additionalProperties":false,"properties":{"buckets":{"title":"Buckets","description":"Cloud Storage buckets (type gcp_storage_bucket), one per purpose and layer.","type":"array","items":{"$ref":"#/definitions/gcsBucket"}},"bigquery_datasets":{"title":"BigQuery datasets","description":"BigQuery datasets (type gcp_bigquery_dataset), one per domain and layer.","type":"array","items":{"$ref":"#/definitions/bigqueryDataset"}},"bigquery_tables":{"title":"BigQuery tables","description":"BigQuery tables (type gcp_bigquery_table), each in a dataset of the same blueprint.","type":"array","items":{"$ref":"#/definitions/bigqueryTable"}},"dataproc_clusters":{"title":"Dataproc clusters","description":"Dataproc clusters (type gcp_dataproc_cluster), one per workload.","type":"array","items":{"$ref":"#/definitions/dataprocCluster"}},"pubsub_topics":{"title":"Pub/Sub topics","description":"Pub/Sub topics (type gcp_pubsub_topic).","type":"array","items":{"$ref":"#/definitions/pubsubTopic"}}}}}}},"definitions":{"deletionPolicy":{"title":"Deletion policy","description":"What happens to the resource once it is removed from the blueprint: archive (default), delete or retain. A dpn v2 addition; v1.0 files do not have it.","type":"string","enum":["archive","delete","retain"]},"column":{"title":"Column","description":"A column: name and data type.","type":"object","required":["name","type"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Column name.","type":"string","pattern":"\\\\S"},"type":{"title":"Type","description":"Column data type, e.g. string, bigint, decimal(18,2).","type":"string","pattern":"\\\\S"},"comment":{"title":"Comment","description":"Free-text comment.","type":"string"}}},"tableType":{"title":"Table type","description":"Kind of table; the first word of the table name.","type":"string","enum":["fact","dim","bridge","staging","reference"]},"medallionLayer":{"title":"Layer","description":"Medallion layer.","type":"string","enum":["bronze","silver","gold"]},"s3Bucket":{"title":"S3 bucket","description":"An S3 bucket (aws_s3_bucket).","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\\\S"},"layer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"versioning":{"title":"Versioning","description":"Turn on object versioning.","type":"boolean","default":true},"lifecycle_days":{"title":"Lifecycle days","description":"Days after which objects transition to the INTELLIGENT_TIERING storage class.","type":"integer","minimum":0,"default":90},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueDatabase":{"title":"Glue database","description":"A Glue Data Catalog database (aws_glue_database). Other resources refer to it as \\"{domain}-{layer}\\".","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"description":{"title":"Description","description":"Free-text description of the database.","type":"string"},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"glueTable":{"title":"Glue table","description":"A Glue Data Catalog table (aws_glue_table).","type":"object","required":["database_ref","entity","columns"],"additionalProperties":false,"properties":{"database_ref":{"title":"Database reference","description":"The Glue database of this blueprint that holds the table, written \\"{domain}-{layer}\\" (e.g. sales-bronze).","type":"string","pattern":"\\\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"partition_keys":{"title":"Partition keys","description":"Partition columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"cluster":{"title":"Cluster","description":"A Databricks cluster (dbx_cluster). Jobs refer to it by its workload.","type":"object","required":["workload","cluster_type","node_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]},"node_type":{"title":"Node type","description":"Instance type of the workers, e.g. i3.xlarge.","type":"string","pattern":"\\\\S"},"spark_version":{"title":"Spark version","description":"Databricks runtime version.","type":"string","default":"13.3.x-scala2.12","pattern":"\\\\S"},"autoscale":{"title":"Autoscale","description":"Worker count range; defaults to 2..8.","type":"object","additionalProperties":false,"properties":{"min":{"title":"Minimum workers","description":"Fewest workers.","type":"integer","minimum":0,"default":2},"max":{"title":"Maximum workers","description":"Most workers; at least the minimum.","type":"integer","minimum":1,"default":8}}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"job":{"title":"Job","description":"A Databricks job (dbx_job).","type":"object","required":["job_type","purpose","cluster_ref"],"additionalProperties":false,"properties":{"job_type":{"title":"Job type","description":"Kind of job, e.g. batch or streaming.","type":"string","pattern":"\\\\S"},"purpose":{"title":"Purpose","description":"What the job does, e.g. daily-sales-load.","type":"string","pattern":"\\\\S"},"cluster_ref":{"title":"Cluster reference","description":"The workload of a cluster of this blueprint that runs the job.","type":"string","pattern":"\\\\S"},"schedule":{"title":"Schedule","description":"daily, hourly, weekly, monthly or a Quartz cron expression; without it the job takes the schedule naming value (daily by default).","type":"string","pattern":"\\\\S"},"tasks":{"title":"Tasks","description":"Job tasks as the Databricks Jobs API takes them; dpn fills in the cluster.","type":"array","items":{"type":"object"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"catalog":{"title":"Catalog","description":"A Unity Catalog catalog (dbx_catalog) with its schemas.","type":"object","required":["catalog_type","schemas"],"additionalProperties":false,"properties":{"catalog_type":{"title":"Catalog type","description":"What the catalog is for, e.g. dev or analytics.","type":"string","pattern":"\\\\S"},"storage_root":{"title":"Storage root","description":"Managed storage location, e.g. s3://bucket/path.","type":"string","pattern":"\\\\S"},"schemas":{"title":"Schemas","description":"Schemas of the catalog (dbx_schema).","type":"array","items":{"$ref":"#/definitions/ucSchema"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucSchema":{"title":"Schema","description":"A Unity Catalog schema (dbx_schema).","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. customer.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"},"tables":{"title":"Tables","description":"Managed tables of the schema (dbx_table).","type":"array","items":{"$ref":"#/definitions/ucTable"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"ucTable":{"title":"Table","description":"A Unity Catalog managed table (dbx_table).","type":"object","required":["entity"],"additionalProperties":false,"properties":{"entity":{"title":"Entity","description":"What one row describes, e.g. customers.","type":"string","pattern":"\\\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}},"deletion_policy":{"$ref":"#/definitions/deletionPolicy"}}},"storageLayer":{"title":"Layer","description":"Storage layer.","type":"string","enum":["raw","processed","curated"]},"azureResourceGroup":{"title":"Azure resource group","description":"An Azure resource group (azure_resource_group). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the resource group is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureStorageAccount":{"title":"Azure storage account","description":"An Azure storage account (azure_storage_account). Containers refer to it as \\"{purpose}-{layer}\\". Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the storage account is for, e.g. analytics.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/storageLayer"}}},"azureStorageContainer":{"title":"Azure storage container","description":"A blob container (azure_storage_container) in a storage account of the same blueprint. Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["account_ref","domain","layer"],"additionalProperties":false,"properties":{"account_ref":{"title":"Storage account reference","description":"The storage account of this blueprint that holds the container, written \\"{purpose}-{layer}\\" (e.g. lake-raw).","type":"string","pattern":"\\\\S"},"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"}}},"azureDatabricksWorkspace":{"title":"Azure Databricks workspace","description":"An Azure Databricks workspace (azure_databricks_workspace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the databricks workspace is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureDataFactory":{"title":"Azure data factory","description":"An Azure data factory (azure_data_factory). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the data factory is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureSynapseWorkspace":{"title":"Azure Synapse workspace","description":"An Azure Synapse workspace (azure_synapse_workspace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the synapse workspace is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureKeyVault":{"title":"Azure key vault","description":"An Azure key vault (azure_key_vault). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the key vault is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"azureEventhubNamespace":{"title":"Azure Event Hubs namespace","description":"An Azure Event Hubs namespace (azure_eventhub_namespace). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the event hubs namespace is for, e.g. analytics.","type":"string","pattern":"\\\\S"}}},"gcsBucket":{"title":"Cloud Storage bucket","description":"A Google Cloud Storage bucket (gcp_storage_bucket). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose","layer"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the bucket holds, e.g. landing.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/storageLayer"}}},"bigqueryDataset":{"title":"BigQuery dataset","description":"A BigQuery dataset (gcp_bigquery_dataset). Tables refer to it as \\"{domain}-{layer}\\". Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["domain","layer"],"additionalProperties":false,"properties":{"domain":{"title":"Domain","description":"Business domain, e.g. sales.","type":"string","pattern":"\\\\S"},"layer":{"$ref":"#/definitions/medallionLayer"}}},"bigqueryTable":{"title":"BigQuery table","description":"A BigQuery table (gcp_bigquery_table) in a dataset of the same blueprint. Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["dataset_ref","entity"],"additionalProperties":false,"properties":{"dataset_ref":{"title":"Dataset reference","description":"The BigQuery dataset of this blueprint that holds the table, written \\"{domain}-{layer}\\" (e.g. sales-gold).","type":"string","pattern":"\\\\S"},"entity":{"title":"Entity","description":"What one row describes, e.g. orders.","type":"string","pattern":"\\\\S"},"table_type":{"$ref":"#/definitions/tableType","default":"fact"},"columns":{"title":"Columns","description":"Table columns.","type":"array","items":{"$ref":"#/definitions/column"}}}},"dataprocCluster":{"title":"Dataproc cluster","description":"A Dataproc cluster (gcp_dataproc_cluster). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["workload","cluster_type"],"additionalProperties":false,"properties":{"workload":{"title":"Workload","description":"What the cluster runs, e.g. etl.","type":"string","pattern":"\\\\S"},"cluster_type":{"title":"Cluster type","description":"How the cluster is shared.","type":"string","enum":["shared","dedicated","job"]}}},"pubsubTopic":{"title":"Pub/Sub topic","description":"A Pub/Sub topic (gcp_pubsub_topic). Named, not provisioned: dpn checks and shows the name but creates nothing.","type":"object","required":["purpose"],"additionalProperties":false,"properties":{"purpose":{"title":"Purpose","description":"What the topic carries, e.g. orders.","type":"string","pattern":"\\\\S"}}}}}');
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/naming/azure.ts
var azure = __webpack_require__(4543);
// EXTERNAL MODULE: ./src/naming/gcp.ts
var gcp = __webpack_require__(2906);
;// CONCATENATED MODULE: ./src/naming/defaults.ts
// The built-in naming convention: the patterns, values and transformations of
// the dpn v1.0 example files, so dpn names everything with no configuration.


/** The default pattern of every resource type (COMPAT.md). */
const DEFAULT_PATTERNS = Object.freeze({
    aws_s3_bucket: '{project}-{purpose}-{layer}-{environment}-{region_short}',
    aws_glue_database: '{project}_{domain}_{layer}_{environment}',
    aws_glue_table: '{table_type}_{entity}',
    aws_glue_crawler: '{project}-{environment}-crawler-{database}-{source}',
    aws_lambda_function: '{project}-{environment}-{domain}-{trigger}-{action}',
    aws_iam_role: '{project}-{environment}-{service}-{purpose}-role',
    aws_iam_policy: '{project}-{environment}-{service}-{purpose}-policy',
    aws_kinesis_stream: '{project}-{environment}-{domain}-{source}-stream',
    aws_kinesis_firehose: '{project}-{environment}-{domain}-to-{destination}',
    aws_dynamodb_table: '{project}-{environment}-{entity}-{purpose}',
    aws_sns_topic: '{project}-{environment}-{event_type}-{purpose}',
    aws_sqs_queue: '{project}-{environment}-{purpose}-{queue_type}',
    aws_step_function: '{project}-{environment}-{workflow}-{purpose}',
    dbx_workspace: 'dbx-{project}-{purpose}-{environment}-{region_short}',
    dbx_cluster: '{project}-{workload}-{cluster_type}-{environment}',
    dbx_job: '{project}-{job_type}-{purpose}-{schedule}-{environment}',
    dbx_notebook_path: '/{project}/{domain}/{purpose}/{environment}/{notebook_name}',
    dbx_repo: '{project}-{repo_purpose}-{environment}',
    dbx_pipeline: '{project}-{pipeline_type}-{source}-{target}-{environment}',
    dbx_sql_warehouse: '{project}-sql-{purpose}-{size}-{environment}',
    dbx_catalog: '{project}_{catalog_type}_{environment}',
    dbx_schema: '{domain}_{layer}',
    dbx_table: '{table_type}_{entity}',
    dbx_volume: '{data_type}_{purpose}',
    dbx_secret_scope: '{project}-{purpose}-{environment}',
    dbx_instance_pool: '{project}-pool-{node_type}-{purpose}-{environment}',
    dbx_policy: '{project}-{target}-{policy_type}-{environment}',
    ...azure/* AZURE_PATTERNS */.Gd,
    ...gcp/* GCP_PATTERNS */.x0,
});
const DEFAULT_VALUES = Object.freeze({
    project: 'dataplatform',
    region: 'us-east-1',
    region_short: 'use1',
    team: 'data-platform',
    cost_center: 'CC-12345',
    data_classification: 'internal',
});
const DEFAULT_ENVIRONMENT_VALUES = Object.freeze({
    dev: Object.freeze({ environment: 'dev', data_classification: 'internal' }),
    stg: Object.freeze({ environment: 'stg', data_classification: 'internal' }),
    prd: Object.freeze({ environment: 'prd', data_classification: 'confidential' }),
});
const DEFAULT_RESOURCE_TYPE_VALUES = Object.freeze({
    aws_s3_bucket: Object.freeze({ purpose: 'raw', layer: 'raw' }),
    aws_glue_database: Object.freeze({ domain: 'finance', layer: 'gold' }),
    dbx_cluster: Object.freeze({ workload: 'etl', cluster_type: 'shared' }),
    dbx_job: Object.freeze({ job_type: 'batch', purpose: 'transformation', schedule: 'daily' }),
});
/** The region codes the v1.0 example file listed; the rest come from regions.ts. */
const DEFAULT_REGION_MAPPING = Object.freeze({
    'us-east-1': 'use1',
    'us-east-2': 'use2',
    'us-west-1': 'usw1',
    'us-west-2': 'usw2',
    'eu-west-1': 'euw1',
    'eu-west-2': 'euw2',
    'eu-central-1': 'euc1',
    'ap-southeast-1': 'aps1',
    'ap-southeast-2': 'aps2',
    'ap-northeast-1': 'apne1',
});
const DEFAULT_LOWERCASE = Object.freeze([
    'project',
    'environment',
    'domain',
    'layer',
    'purpose',
    'workload',
]);
const DEFAULT_REPLACE_HYPHENS = Object.freeze({ project: '_' });
const DEFAULT_HASH = Object.freeze({
    algorithm: 'md5',
    length: 8,
    prefix: '',
    separator: '-',
});

// EXTERNAL MODULE: ./src/naming/errors.ts
var naming_errors = __webpack_require__(1637);
;// CONCATENATED MODULE: ./src/naming/pattern.ts
// Name templates: `{variable}` placeholders in literal text, parsed once into
// segments. `{{` and `}}` stand for literal braces, as in Python's str.format,
// which dpn v1.0 used to fill patterns.
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Parses a pattern, or returns a message saying what is wrong with it. */
function parsePattern(pattern) {
    const segments = [];
    const variables = [];
    let text = '';
    let i = 0;
    while (i < pattern.length) {
        const ch = pattern[i];
        if (ch === '{') {
            if (pattern[i + 1] === '{') {
                text += '{';
                i += 2;
                continue;
            }
            const close = pattern.indexOf('}', i + 1);
            if (close < 0)
                return `unclosed "{" at character ${i + 1}`;
            const name = pattern.slice(i + 1, close);
            if (!VARIABLE.test(name))
                return `"{${name}}" is not a placeholder: use {name} with letters, digits and "_"`;
            if (text !== '')
                segments.push({ text });
            text = '';
            segments.push({ variable: name });
            if (!variables.includes(name))
                variables.push(name);
            i = close + 1;
        }
        else if (ch === '}') {
            if (pattern[i + 1] !== '}')
                return `unmatched "}" at character ${i + 1} (write "}}" for a literal brace)`;
            text += '}';
            i += 2;
        }
        else {
            text += ch;
            i += 1;
        }
    }
    if (text !== '')
        segments.push({ text });
    return { segments, variables };
}

// EXTERNAL MODULE: ./src/naming/clouds.ts
var clouds = __webpack_require__(4);
// EXTERNAL MODULE: ./src/naming/rules.ts
var naming_rules = __webpack_require__(5695);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/naming/shorten.ts
// Deterministic shortening of a name that is too long, in the manner of
// cloudposse/terraform-null-label: keep the head of the name, drop trailing
// separators, then append separator + prefix + a hash of the FULL name. The
// result depends only on the full name and the hash settings, stays readable,
// and two long names that share a head still differ.

const HEX_LENGTH = { md5: 32, sha256: 64 };
// node:crypto takes ~10 ms to load (a tenth of a small preview's whole run) and
// only a name that is too long needs it, so it is loaded on first use; with
// require, because naming is synchronous.
let shorten_crypto;
function createHash(algorithm) {
    shorten_crypto ??= (0,external_node_module_.createRequire)(import.meta.url)('node:crypto');
    return shorten_crypto.createHash(algorithm);
}
/** The first `length` hex characters of the hash of `text` (capped at the digest's length). */
function nameHash(text, algorithm, length) {
    return createHash(algorithm).update(text, 'utf8').digest('hex').slice(0, Math.min(length, HEX_LENGTH[algorithm]));
}
/** The hash length `nameHash` really yields for these settings. */
function effectiveHashLength(hash) {
    return Math.min(hash.length, HEX_LENGTH[hash.algorithm]);
}
function size(text, unit) {
    if (unit === 'bytes')
        return Buffer.byteLength(text, 'utf8');
    let count = 0;
    for (const _ of text)
        count++;
    return count;
}
/** The longest head of `text` within `budget`, never splitting a character. */
function head(text, budget, unit) {
    let used = 0;
    let end = 0;
    for (const ch of text) {
        const cost = unit === 'bytes' ? Buffer.byteLength(ch, 'utf8') : 1;
        if (used + cost > budget)
            break;
        used += cost;
        end += ch.length;
    }
    return text.slice(0, end);
}
const TRAILING = /[-_./\s]+$/u;
/**
 * `name` shortened to fit `settings.limit`, or undefined when the limit leaves
 * no room for at least one character of the name besides separator, prefix and hash.
 */
function shortenName(name, settings) {
    const { hash, separator, unit, limit } = settings;
    const digest = nameHash(name, hash.algorithm, hash.length);
    const suffix = `${separator}${hash.prefix}${digest}`;
    const budget = limit - size(suffix, unit);
    if (budget < 1)
        return undefined;
    let kept = head(name, budget, unit).replace(TRAILING, '');
    if (separator !== '' && kept.endsWith(separator))
        kept = kept.slice(0, -separator.length).replace(TRAILING, '');
    if (kept === '')
        return undefined;
    return `${kept}${suffix}`;
}
/**
 * `name` shortened to fit `settings.limit` with its `tail` kept whole: the
 * head is cut, then separator + prefix + hash of the FULL name, then the tail
 * (`kv-dataplatform-secrets-dev-weu` → `kv-data-1a2b3c4d-dev-weu`). Undefined
 * when `name` does not end with `tail` or the tail leaves no room for at
 * least one character of the head; the caller then shortens the usual way.
 */
function shortenKeepingTail(name, tail, settings) {
    if (tail === '' || !name.endsWith(tail))
        return undefined;
    const { hash, separator, unit, limit } = settings;
    const digest = nameHash(name, hash.algorithm, hash.length);
    // The tail brings its own leading separator (`-dev-weu`); a compact tail (`devweu`) has none.
    const middle = `${separator}${hash.prefix}${digest}`;
    const budget = limit - size(middle, unit) - size(tail, unit);
    if (budget < 1)
        return undefined;
    let kept = head(name.slice(0, name.length - tail.length), budget, unit).replace(TRAILING, '');
    if (separator !== '' && kept.endsWith(separator))
        kept = kept.slice(0, -separator.length).replace(TRAILING, '');
    if (kept === '')
        return undefined;
    return `${kept}${middle}${tail}`;
}

;// CONCATENATED MODULE: ./src/naming/generate.ts
// Generates the name of one resource: merges the value layers in v1.0's order,
// derives region_short, applies the transformations, fills the pattern, checks
// the type's rules and shortens (or refuses) a name that is too long. Pure: no
// I/O, no clock. Everything that depends only on the configuration is compiled
// once per configuration object and cached, so a call does no parsing and no
// regular-expression compilation.






// Precedence of the layers, lowest first; used to decide whether region_short
// was set on purpose at or above the layer that set region.
const UNSET = -1;
const DEFAULTS = 0;
const ENVIRONMENT = 1;
const RESOURCE_TYPE = 2;
const METADATA = 3;
const RESOURCE = 4;
const OVERRIDES = 5;
const compiledConfigs = new WeakMap();
const hasOwn = Object.hasOwn;
function compiledType(config, type) {
    let compiled = compiledConfigs.get(config);
    if (compiled === undefined) {
        compiled = { types: new Map() };
        compiledConfigs.set(config, compiled);
    }
    let entry = compiled.types.get(type);
    if (entry === undefined) {
        entry = compileType(config, type);
        compiled.types.set(type, entry);
    }
    return entry;
}
function chooseSeparator(rules, configured) {
    if (rules.rules.identifier)
        return /^[a-z0-9_]*$/.test(configured) ? configured : '_';
    if (rules.allows(configured))
        return configured;
    for (const candidate of ['-', '_'])
        if (rules.allows(candidate))
            return candidate;
    return '';
}
function compileType(config, type) {
    // A configuration built by hand may leave a type out; it keeps its built-in pattern.
    const pattern = config.patterns[type] ?? DEFAULT_PATTERNS[type];
    const parsed = parsePattern(pattern);
    if (typeof parsed === 'string') {
        throw new naming_errors/* NamingConfigError */.j([
            { severity: 'error', document: 'patterns', source: config.sources.patterns, path: ['patterns', type], code: 'NAMING_CONFIG_PATTERN', message: parsed },
        ]);
    }
    const rules = (0,naming_rules/* compileRules */.nb)(type, config);
    const required = (config.validation.requiredVariables[type] ?? []).filter((variable) => !parsed.variables.includes(variable));
    const replacements = Object.entries(config.transformations.replaceHyphens).filter(([, replacement]) => rules.allows(replacement));
    const texts = [''];
    const slots = [];
    const fold = separatorFold(rules);
    for (const segment of parsed.segments) {
        if ('text' in segment)
            texts[texts.length - 1] += fold ? foldSeparators(segment.text, fold) : segment.text;
        else {
            slots.push(segment.variable);
            texts.push('');
        }
    }
    const { lowercase, uppercase } = config.transformations;
    const transforms = new Map();
    for (const variable of [...parsed.variables, ...required]) {
        transforms.set(variable, {
            lowercase: lowercase.includes(variable),
            uppercase: uppercase.includes(variable),
            replacement: replacements.find(([name]) => name === variable)?.[1],
            fold,
        });
    }
    return {
        type,
        texts,
        slots,
        variables: parsed.variables,
        required,
        needsRegionShort: parsed.variables.includes('region_short') || required.includes('region_short'),
        typeValues: config.resourceTypes[type] ?? {},
        bases: new Map(),
        replacements,
        transforms,
        rules,
        policy: config.validation.onTooLong[type] ?? 'shorten',
        separator: chooseSeparator(rules, config.transformations.hash.separator),
        regionKey: (0,clouds/* regionVariableOf */.iu)(type),
        tailFrom: rules.rules.keepTail ? slots.findIndex((slot) => slot === 'environment' || slot === 'region_short') : -1,
    };
}
function separatorFold(rules) {
    const { separator } = rules.rules;
    if (separator === undefined)
        return undefined;
    const excluded = ['-', '_', '.'].filter((ch) => !rules.allows(ch));
    if (excluded.length === 0)
        return undefined;
    return { excluded: new RegExp(`[${excluded.map((ch) => `\\${ch}`).join('')}]`, 'g'), replacement: separator };
}
function foldSeparators(text, fold) {
    return text.replace(fold.excluded, fold.replacement);
}
function stringOf(layer, key) {
    if (!hasOwn(layer, key))
        return undefined;
    const value = layer[key];
    return typeof value === 'string' ? value : undefined;
}
/** Copies the string values of `layer` into `into`; returns which of region / region_short it set. */
function merge(into, layer, regionKey = 'region') {
    if (layer === undefined)
        return 0;
    let set = 0;
    for (const key of Object.keys(layer)) {
        const value = layer[key];
        if (typeof value !== 'string' || key === '__proto__')
            continue;
        into[key] = value;
        if (key === regionKey)
            set |= 1;
        else if (key === 'region_short')
            set |= 2;
    }
    return set;
}
const NO_ENVIRONMENT = '\u0000';
function baseValues(config, compiled, env) {
    const key = env ?? NO_ENVIRONMENT;
    let base = compiled.bases.get(key);
    if (base === undefined) {
        const values = {};
        let regionLayer = UNSET;
        let regionShortLayer = UNSET;
        const layers = [
            [config.defaults, DEFAULTS],
            [env !== undefined && hasOwn(config.environments, env) ? config.environments[env] : undefined, ENVIRONMENT],
            [compiled.typeValues, RESOURCE_TYPE],
        ];
        for (const [layer, level] of layers) {
            const set = merge(values, layer, compiled.regionKey);
            if (set & 1)
                regionLayer = level;
            // The region_short of defaults and environments is the AWS region's; only resource_types[type] can set another cloud's.
            if (set & 2 && (compiled.regionKey === 'region' || level === RESOURCE_TYPE))
                regionShortLayer = level;
        }
        base = { values, regionLayer, regionShortLayer };
        compiled.bases.set(key, base);
    }
    return base;
}
function missingVariable(type, variable, required, config) {
    return required
        ? {
            code: 'NAMING_MISSING_VARIABLE',
            rule: `validation.required_variables.${type} in ${config.sources.patterns} lists "${variable}"`,
            message: `${type}: the required variable "${variable}" has no value; set it in the resource, the blueprint metadata, naming-values.yaml or with --override ${variable}=…`,
        }
        : {
            code: 'NAMING_MISSING_VARIABLE',
            rule: `every {variable} of the ${type} pattern "${config.patterns[type] ?? DEFAULT_PATTERNS[type]}" has a value`,
            message: `${type}: the pattern "${config.patterns[type] ?? DEFAULT_PATTERNS[type]}" uses {${variable}}, which has no value; set it in the resource, the blueprint metadata, naming-values.yaml or with --override ${variable}=…`,
        };
}
/** Too long and nothing else: the one problem shortening fixes. */
function onlyTooLong(evaluation) {
    return evaluation.tooLong && evaluation.violations.length === 1;
}
/** What the replace_hyphens / lowercase / uppercase transformations make of one variable's value. */
function transformValue(value, transform, replaceHyphens) {
    if (transform.lowercase)
        value = value.toLowerCase();
    if (transform.uppercase)
        value = value.toUpperCase();
    if (replaceHyphens && transform.replacement !== undefined && value.includes('-'))
        value = value.replaceAll('-', transform.replacement);
    if (transform.fold !== undefined)
        value = foldSeparators(value, transform.fold);
    return value;
}
/** The highest layer of `layers` that sets `key`, else `below` (the layer the base values had it from). */
function topLayer(layers, key, below) {
    if (stringOf(layers.overrides, key) !== undefined)
        return OVERRIDES;
    if (stringOf(layers.resource, key) !== undefined)
        return RESOURCE;
    if (stringOf(layers.metadata, key) !== undefined)
        return METADATA;
    return below;
}
/**
 * The merged, transformed value of each variable, looked up in the layers when
 * the pattern asks for it. Merging every layer into a fresh object per name
 * (one copy and three merges per resource) was the largest cost of naming in a
 * 10k-resource preview; a name reads only its pattern's few variables.
 */
class ValueLookup {
    compiled;
    config;
    layers;
    base;
    regionShortDerived;
    regionShort;
    replaceHyphens;
    constructor(compiled, config, layers, base, 
    /** Whether region_short is the one derived from the region rather than a layer's. */
    regionShortDerived, 
    /** The derived region_short; undefined when the region has no code. */
    regionShort, 
    /** False for the variant that keeps hyphens replace_hyphens would replace. */
    replaceHyphens = true) {
        this.compiled = compiled;
        this.config = config;
        this.layers = layers;
        this.base = base;
        this.regionShortDerived = regionShortDerived;
        this.regionShort = regionShort;
        this.replaceHyphens = replaceHyphens;
    }
    /** The merged value before transformations (`__proto__` is never a variable, as merge() skips it). */
    raw(variable) {
        if (variable === 'region_short' && this.regionShortDerived)
            return this.regionShort;
        if (variable === '__proto__')
            return undefined;
        const { overrides, resource, metadata } = this.layers;
        return stringOf(overrides, variable) ?? stringOf(resource, variable) ?? stringOf(metadata, variable) ?? stringOf(this.base.values, variable);
    }
    /** The value the pattern sees. `replaced` is set when replace_hyphens changed it. */
    get(variable, replaced) {
        const value = this.raw(variable);
        const transform = this.compiled.transforms.get(variable);
        if (value === undefined || transform === undefined)
            return value;
        const transformed = transformValue(value, transform, this.replaceHyphens);
        if (replaced && this.replaceHyphens && transform.replacement !== undefined && value.includes('-'))
            replaced.hyphens = true;
        return transformed;
    }
    /** Whether the resource layer cannot change the variable's value (overrides or a derived region_short decide it). */
    ignoresResource(variable) {
        return (variable === 'region_short' && this.regionShortDerived) || variable === '__proto__' || stringOf(this.layers.overrides, variable) !== undefined;
    }
    /** The same resolution for other layers that set neither environment, region nor region_short differently. */
    withLayers(layers) {
        const { compiled, config, base, regionShortDerived, regionShort, replaceHyphens } = this;
        return new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort, replaceHyphens);
    }
    /** The same lookup without replace_hyphens. */
    keepingHyphens() {
        const { compiled, config, layers, base, regionShortDerived, regionShort } = this;
        return new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort, false);
    }
    /** Every variable's value as one object (NameResult.values), built the way v1.0 merged them. */
    all() {
        const values = { ...this.base.values };
        merge(values, this.layers.metadata);
        merge(values, this.layers.resource);
        merge(values, this.layers.overrides);
        if (this.regionShortDerived) {
            if (this.regionShort !== undefined)
                values.region_short = this.regionShort;
            else
                delete values.region_short;
        }
        const { transformations } = this.config;
        for (const variable of transformations.lowercase) {
            const value = stringOf(values, variable);
            if (value !== undefined)
                values[variable] = value.toLowerCase();
        }
        for (const variable of transformations.uppercase) {
            const value = stringOf(values, variable);
            if (value !== undefined)
                values[variable] = value.toUpperCase();
        }
        if (this.replaceHyphens) {
            for (const [variable, replacement] of this.compiled.replacements) {
                const value = stringOf(values, variable);
                if (value !== undefined)
                    values[variable] = value.replaceAll('-', replacement);
            }
        }
        return values;
    }
    /** The pattern filled in, for a name every variable of which has a value. */
    fill() {
        const { texts, slots } = this.compiled;
        let out = texts[0] ?? '';
        for (let i = 0; i < slots.length; i++)
            out += (this.get(slots[i] ?? '') ?? '') + (texts[i + 1] ?? '');
        return out;
    }
}
/** A NameResult whose `values` object is built only if someone reads it (see ValueLookup). */
class GeneratedName {
    generated;
    violations;
    #lookup;
    #values;
    constructor(generated, violations, lookup, name) {
        this.generated = generated;
        this.violations = violations;
        this.#lookup = lookup;
        if (name !== undefined)
            this.name = name;
    }
    get values() {
        return (this.#values ??= this.#lookup.all());
    }
}
/**
 * A valid name from BlueprintNaming's prepared path. What GeneratedName holds,
 * with the resource's naming values (and the per-resource lookup) made only
 * when someone reads `values`, which few resource types do.
 */
class PreparedName {
    // Own fields in GeneratedName's order; the rest private, so both show the same fields.
    generated;
    violations;
    name;
    #naming;
    #shared;
    #entry;
    #defaults;
    #values;
    constructor(generated, naming, shared, entry, defaults) {
        this.generated = generated;
        this.violations = NO_VIOLATIONS;
        this.name = generated;
        this.#naming = naming;
        this.#shared = shared;
        this.#entry = entry;
        this.#defaults = defaults;
    }
    get values() {
        return (this.#values ??= this.#shared.withLayers(this.#naming.layersOf(resourceValues(this.#entry, this.#defaults))).all());
    }
}
function resolveLayers(type, layers, config) {
    const compiled = compiledType(config, type);
    // The environment that picks environments[env] is the merged one.
    const env = stringOf(layers.overrides, 'environment') ??
        stringOf(layers.resource, 'environment') ??
        stringOf(layers.metadata, 'environment') ??
        stringOf(compiled.typeValues, 'environment') ??
        stringOf(config.defaults, 'environment');
    const base = baseValues(config, compiled, env);
    const { regionKey } = compiled;
    const regionLayer = topLayer(layers, regionKey, base.regionLayer);
    const regionShortLayer = topLayer(layers, 'region_short', base.regionShortLayer);
    const { transformations } = config;
    // region_short follows the region, unless it was set at or above the layer
    // that set the region (then it was chosen on purpose). Within
    // naming-values.yaml a region listed in region_mapping wins over a
    // region_short of the same layer, as it always did in v1.0.
    const region = stringOf(layers.overrides, regionKey) ?? stringOf(layers.resource, regionKey) ?? stringOf(layers.metadata, regionKey) ?? stringOf(base.values, regionKey) ?? '';
    const mapped = regionLayer !== UNSET && regionLayer <= RESOURCE_TYPE && hasOwn(transformations.regionMapping, region);
    // Azure and Google Cloud names never fall back to the AWS region_short of the defaults: without a location of their own they have none.
    const regionShortDerived = (regionLayer !== UNSET || (regionKey !== 'region' && regionShortLayer === UNSET)) &&
        (mapped ? regionShortLayer <= regionLayer : regionShortLayer < regionLayer || regionShortLayer === UNSET);
    let regionShort;
    let unknownRegion;
    if (regionShortDerived) {
        regionShort = (0,clouds/* regionCodeFor */.v2)(type, region, transformations.regionMapping);
        if (regionShort === undefined && compiled.needsRegionShort) {
            const kind = (0,clouds/* regionKindOf */.mD)(type);
            unknownRegion = {
                code: 'NAMING_UNKNOWN_REGION',
                rule: `the ${regionKey} is ${kind} or is listed in transformations.region_mapping`,
                message: region === ''
                    ? `${type}: the pattern uses {region_short}, and ${regionKey} has no value; set metadata.${regionKey} in the blueprint (${kind})`
                    : `${type}: ${(0,naming_rules/* quoteName */.AB)(region)} is not ${kind} dpn knows and is not in transformations.region_mapping of ${config.sources.patterns}; check the spelling or add its short code there`,
            };
        }
    }
    return { compiled, lookup: new ValueLookup(compiled, config, layers, base, regionShortDerived, regionShort), unknownRegion };
}
/**
 * Generates the name of one resource: merges values (defaults → environments[env]
 * → resource_types[type] → metadata → resource → overrides), applies
 * transformations, fills the pattern, checks the type's rules, shortens or fails
 * when too long. Pure: no I/O, no clock. `name` is set only when the name
 * breaks no rule.
 */
function generateName(type, layers, config) {
    const { compiled, lookup, unknownRegion } = resolveLayers(type, layers, config);
    const violations = unknownRegion === undefined ? [] : [unknownRegion];
    const regionUnknown = unknownRegion !== undefined;
    let values = lookup;
    const { texts, slots } = compiled;
    const replaced = { hyphens: false };
    let generated = texts[0] ?? '';
    for (let i = 0; i < slots.length; i++) {
        const variable = slots[i] ?? '';
        const value = values.get(variable, replaced);
        if (value === undefined) {
            // An unknown region already explains the missing region_short.
            if (!(regionUnknown && variable === 'region_short') && slots.indexOf(variable) === i) {
                violations.push(missingVariable(type, variable, false, config));
            }
            generated += `{${variable}}`;
        }
        else {
            generated += value;
        }
        generated += texts[i + 1] ?? '';
    }
    for (const variable of compiled.required) {
        const value = values.get(variable);
        if ((value === undefined || value === '') && !(regionUnknown && variable === 'region_short'))
            violations.push(missingVariable(type, variable, true, config));
    }
    if (violations.length > 0)
        return new GeneratedName(generated, violations, values);
    const { rules } = compiled;
    if (rules.isValid(generated))
        return new GeneratedName(generated, violations, values, generated);
    let evaluation = rules.evaluate(generated);
    if (replaced.hyphens && !onlyTooLong(evaluation)) {
        // replace_hyphens applies only where the result stays valid: a rule the
        // type's character set does not show (a ".fifo" suffix, allowed_chars)
        // can still refuse the replacement.
        const original = values.keepingHyphens();
        const alternative = original.fill();
        const alternativeEvaluation = rules.evaluate(alternative);
        if (alternativeEvaluation.violations.length === 0 || onlyTooLong(alternativeEvaluation)) {
            if (alternativeEvaluation.violations.length === 0)
                return new GeneratedName(alternative, violations, original, alternative);
            generated = alternative;
            values = original;
            evaluation = alternativeEvaluation;
        }
    }
    // Shortening fixes only the length; any other broken rule is reported as it is.
    if (!onlyTooLong(evaluation))
        return new GeneratedName(generated, evaluation.violations, values);
    const limit = rules.maxLength ?? Number.POSITIVE_INFINITY;
    const { object } = rules.rules;
    const size = rules.measure(generated);
    const tooLong = (reason) => new GeneratedName(generated, [
        {
            code: 'NAME_TOO_LONG',
            rule: `${object} names are at most ${limit} ${rules.unit} long (${rules.maxLengthSource})`,
            message: `${object} name ${(0,naming_rules/* quoteName */.AB)(generated)} is ${size} ${rules.unit} long; the limit is ${limit} (${rules.maxLengthSource}) and ${reason}`,
        },
    ], values);
    if (compiled.policy === 'fail')
        return tooLong(`validation.on_too_long for ${type} is fail`);
    const settings = { limit, unit: rules.unit, hash: config.transformations.hash, separator: compiled.separator };
    const tail = compiled.tailFrom < 0 ? undefined : tailOf(compiled, values);
    const shortened = (tail === undefined ? undefined : shortenKeepingTail(generated, tail, settings)) ?? shortenName(generated, settings);
    if (shortened === undefined)
        return tooLong('it leaves no room for a hash; raise the limit or shorten the values');
    const recheck = rules.evaluate(shortened);
    if (recheck.violations.length > 0) {
        return new GeneratedName(generated, recheck.violations.map((violation) => ({ ...violation, message: `${violation.message} (after shortening ${(0,naming_rules/* quoteName */.AB)(generated)} to fit ${limit} ${rules.unit}; check hash_generation prefix and separator)` })), values);
    }
    const result = new GeneratedName(generated, violations, values, shortened);
    result.shortened = { from: generated, limit };
    return result;
}
/** The filled pattern from the tail's first slot on (with the literal text before it). */
function tailOf(compiled, values) {
    const { texts, slots, tailFrom } = compiled;
    let out = texts[tailFrom] ?? '';
    for (let i = tailFrom; i < slots.length; i++)
        out += (values.get(slots[i] ?? '') ?? '') + (texts[i + 1] ?? '');
    return out;
}
const NO_RESOURCE = Object.freeze({});
/**
 * A blueprint entry's own value of a variable: its text, or its number or
 * boolean as text; else `defaults`' value (e.g. the table_type a table gets
 * when it does not say). Nested objects and lists are not naming values.
 */
function ownValue(entry, defaults, key) {
    if (hasOwn(entry, key)) {
        const value = entry[key];
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
    }
    return defaults === undefined ? undefined : stringOf(defaults, key);
}
/** A blueprint entry's naming values as one layer: its scalar fields, then `defaults` for those it lacks. */
function resourceValues(entry, defaults) {
    const out = {};
    for (const key in entry) {
        if (!hasOwn(entry, key))
            continue;
        const value = ownValue(entry, undefined, key);
        if (value !== undefined)
            out[key] = value;
    }
    if (defaults !== undefined)
        for (const key of Object.keys(defaults))
            if (!hasOwn(out, key) && typeof defaults[key] === 'string')
                out[key] = defaults[key];
    return out;
}
const NO_VIOLATIONS = [];
/**
 * Names the resources of one blueprint, whose metadata and overrides layers
 * are the same for all of them (and must not change while it is used): what
 * depends only on those is resolved once per resource type, and a resource's
 * name reads just its own fields on top, straight from the blueprint entry
 * (no per-resource copy of its values).
 * Gives exactly generateName's result for the layer resourceValues(entry,
 * defaults); a resource that sets its own environment or region, and any name
 * that is not plainly valid (a missing variable, a broken rule, too long),
 * goes through generateName itself.
 */
class BlueprintNaming {
    config;
    metadata;
    overrides;
    prepared = new Map();
    lastType;
    lastPrepared;
    constructor(config, metadata, overrides) {
        this.config = config;
        this.metadata = metadata;
        this.overrides = overrides;
    }
    /** The name of the blueprint entry `entry` of type `type`; `defaults` fills variables the entry does not set. */
    name(type, entry, defaults) {
        const plain = this.plainName(type, entry, defaults);
        if (plain === undefined)
            return this.careful(type, entry, defaults);
        return new PreparedName(plain, this, this.prepare(type).shared.lookup, entry, defaults);
    }
    /**
     * The name, when the prepared path decides it: valid as the pattern gives
     * it, nothing shortened. Undefined otherwise, and name() then says what it
     * is (shortened, or why there is none). No object per resource: most
     * callers need only the text.
     */
    plainName(type, entry, defaults) {
        const prepared = this.prepare(type);
        if (prepared.shared.unknownRegion !== undefined ||
            ownValue(entry, defaults, 'environment') !== undefined ||
            ownValue(entry, defaults, prepared.shared.compiled.regionKey) !== undefined ||
            ownValue(entry, defaults, 'region_short') !== undefined) {
            return undefined;
        }
        const { compiled } = prepared.shared;
        const { texts, rules } = compiled;
        const { slots, required } = prepared;
        let generated = texts[0];
        for (let i = 0; i < slots.length; i++) {
            const value = readValue(slots[i], entry, defaults);
            if (value === undefined)
                return undefined;
            generated += value + texts[i + 1];
        }
        for (let i = 0; i < required.length; i++) {
            const value = readValue(required[i], entry, defaults);
            if (value === undefined || value === '')
                return undefined;
        }
        return rules.isValid(generated) ? generated : undefined;
    }
    /** The layers of a name of this blueprint whose resource layer is `resource`. */
    layersOf(resource) {
        return { metadata: this.metadata, resource, overrides: this.overrides };
    }
    /** generateName itself, for everything the prepared path does not decide. */
    careful(type, entry, defaults) {
        return generateName(type, this.layersOf(resourceValues(entry, defaults)), this.config);
    }
    prepare(type) {
        // Resources come grouped by type: the last type answers without a Map lookup.
        if (type === this.lastType && this.lastPrepared !== undefined)
            return this.lastPrepared;
        const prepared = this.prepareType(type);
        this.lastType = type;
        this.lastPrepared = prepared;
        return prepared;
    }
    prepareType(type) {
        let prepared = this.prepared.get(type);
        if (prepared === undefined) {
            const shared = resolveLayers(type, { metadata: this.metadata, resource: NO_RESOURCE, overrides: this.overrides }, this.config);
            const read = (variable) => ({
                variable,
                fixed: shared.lookup.ignoresResource(variable),
                value: shared.lookup.get(variable),
                transform: shared.compiled.transforms.get(variable),
            });
            prepared = { shared, slots: shared.compiled.slots.map(read), required: shared.compiled.required.map(read) };
            this.prepared.set(type, prepared);
        }
        return prepared;
    }
}
/** A variable's value for one resource: its own field, unless the shared layers decide. */
function readValue(read, entry, defaults) {
    if (read.fixed)
        return read.value;
    const own = ownValue(entry, defaults, read.variable);
    if (own === undefined)
        return read.value;
    return read.transform === undefined ? own : transformValue(own, read.transform, true);
}

// EXTERNAL MODULE: ./src/naming/regions.ts
var regions = __webpack_require__(9645);
// EXTERNAL MODULE: ./src/naming/types.ts
var types = __webpack_require__(8173);
;// CONCATENATED MODULE: ./src/naming/config.ts
// Turns the two v1.0 naming documents (naming-values.yaml, naming-patterns.yaml,
// already parsed and schema-validated) into a NamingConfig, and holds the
// built-in convention used when they are absent. Checks what a JSON Schema
// cannot: pattern syntax, regular expressions, limits the platform overrides.







const BUILT_IN_SOURCE = 'built-in';
function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value))
            deepFreeze(child);
    }
    return value;
}
/** naming-values.yaml as dpn ships it (`dpn config init` writes this). */
const DEFAULT_VALUES_DOCUMENT = deepFreeze({
    version: '1.0',
    defaults: { ...DEFAULT_VALUES },
    environments: {
        dev: { ...DEFAULT_ENVIRONMENT_VALUES.dev },
        stg: { ...DEFAULT_ENVIRONMENT_VALUES.stg },
        prd: { ...DEFAULT_ENVIRONMENT_VALUES.prd },
    },
    resource_types: Object.fromEntries(Object.entries(DEFAULT_RESOURCE_TYPE_VALUES).map(([type, values]) => [type, { ...values }])),
});
/** naming-patterns.yaml as dpn ships it (`dpn config init` writes this). */
const DEFAULT_PATTERNS_DOCUMENT = deepFreeze({
    version: '1.0',
    patterns: { ...DEFAULT_PATTERNS },
    transformations: {
        region_mapping: { ...DEFAULT_REGION_MAPPING },
        lowercase: [...DEFAULT_LOWERCASE],
        replace_hyphens: { ...DEFAULT_REPLACE_HYPHENS },
        hash_generation: { ...DEFAULT_HASH },
    },
});
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
class IssueList {
    sources;
    issues = [];
    constructor(sources) {
        this.sources = sources;
    }
    add(severity, document, path, code, message) {
        this.issues.push({ severity, document, source: this.sources[document], path, code, message });
    }
}
/** Own keys of a document object, skipping `__proto__` so a crafted file cannot reach a prototype. */
function entries(value) {
    return Object.keys(value)
        .filter((key) => key !== '__proto__')
        .map((key) => [key, value[key]]);
}
function readValues(raw, path, issues) {
    const values = {};
    if (raw === undefined || raw === null)
        return values;
    if (!isObject(raw)) {
        issues.add('error', 'values', path, 'NAMING_CONFIG_SHAPE', 'must be a map of variable to value');
        return values;
    }
    for (const [key, value] of entries(raw)) {
        if (typeof value === 'string')
            values[key] = value;
        else if (typeof value === 'number' || typeof value === 'boolean')
            values[key] = String(value);
        else if (value !== null && value !== undefined)
            issues.add('error', 'values', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be a string');
    }
    return values;
}
function readTypeMap(raw, document, path, issues, read) {
    const out = {};
    if (raw === undefined || raw === null)
        return out;
    if (!isObject(raw)) {
        issues.add('error', document, path, 'NAMING_CONFIG_SHAPE', 'must be a map keyed by resource type');
        return out;
    }
    for (const [key, value] of entries(raw)) {
        if (!(0,types/* isResourceType */.V)(key)) {
            issues.add('warning', document, [...path, key], 'NAMING_CONFIG_UNKNOWN_TYPE', `"${key}" is not a resource type; it is ignored`);
            continue;
        }
        const read_ = read(value, [...path, key]);
        if (read_ !== undefined)
            out[key] = read_;
    }
    return out;
}
function readStringList(raw, path, issues) {
    if (raw === undefined || raw === null)
        return [];
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a list of variable names');
        return [];
    }
    return [...raw];
}
function readStringMap(raw, path, issues) {
    const out = {};
    if (raw === undefined || raw === null)
        return out;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map');
        return out;
    }
    for (const [key, value] of entries(raw)) {
        if (typeof value === 'string')
            out[key] = value;
        else
            issues.add('error', 'patterns', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be a string');
    }
    return out;
}
function readHash(raw, issues) {
    const path = ['transformations', 'hash_generation'];
    const hash = { ...DEFAULT_HASH };
    if (raw === undefined || raw === null)
        return hash;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map');
        return hash;
    }
    if (raw.algorithm !== undefined) {
        if (raw.algorithm === 'md5' || raw.algorithm === 'sha256')
            hash.algorithm = raw.algorithm;
        else
            issues.add('error', 'patterns', [...path, 'algorithm'], 'NAMING_CONFIG_SHAPE', 'must be md5 or sha256');
    }
    if (raw.length !== undefined) {
        if (typeof raw.length === 'number' && Number.isInteger(raw.length) && raw.length >= 4 && raw.length <= 64)
            hash.length = raw.length;
        else
            issues.add('error', 'patterns', [...path, 'length'], 'NAMING_CONFIG_SHAPE', 'must be a whole number from 4 to 64');
    }
    if (raw.prefix !== undefined) {
        if (typeof raw.prefix === 'string' && [...raw.prefix].length <= 2)
            hash.prefix = raw.prefix;
        else
            issues.add('error', 'patterns', [...path, 'prefix'], 'NAMING_CONFIG_SHAPE', 'must be at most 2 characters');
    }
    if (raw.separator !== undefined) {
        if (typeof raw.separator === 'string' && [...raw.separator].length <= 1)
            hash.separator = raw.separator;
        else
            issues.add('error', 'patterns', [...path, 'separator'], 'NAMING_CONFIG_SHAPE', 'must be at most 1 character');
    }
    if (effectiveHashLength(hash) < hash.length) {
        issues.add('warning', 'patterns', [...path, 'length'], 'NAMING_CONFIG_HASH_LENGTH', `${hash.algorithm} gives ${effectiveHashLength(hash)} hex characters; the hash is ${effectiveHashLength(hash)} long, not ${hash.length}`);
    }
    return hash;
}
function readValidation(raw, issues) {
    const validation = { maxLength: {}, allowedChars: {}, requiredVariables: {}, onTooLong: {} };
    if (raw === undefined || raw === null)
        return validation;
    if (!isObject(raw)) {
        issues.add('error', 'patterns', ['validation'], 'NAMING_CONFIG_SHAPE', 'must be a map');
        return validation;
    }
    validation.maxLength = readTypeMap(raw.max_length, 'patterns', ['validation', 'max_length'], issues, (value, path) => {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a whole number of at least 1');
            return undefined;
        }
        const type = path[path.length - 1];
        const platform = naming_rules/* RULES */.y0[type].length;
        if (platform.max !== undefined && value > platform.max) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_MAX_LENGTH_IGNORED', `${value} is above the ${naming_rules/* RULES */.y0[type].object} limit of ${platform.max}; the platform limit applies (validation can only tighten it)`);
            return undefined;
        }
        if (value < platform.min) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_MAX_LENGTH_TOO_SMALL', `${value} is below the ${naming_rules/* RULES */.y0[type].object} minimum of ${platform.min}; no name of this type can be valid`);
        }
        return value;
    });
    validation.allowedChars = readTypeMap(raw.allowed_chars, 'patterns', ['validation', 'allowed_chars'], issues, (value, path) => {
        if (typeof value !== 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a regular expression (a string)');
            return undefined;
        }
        const compiled = (0,naming_rules/* compileAllowedChars */.vS)(value);
        if (typeof compiled === 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_REGEX', compiled);
            return undefined;
        }
        return value;
    });
    validation.requiredVariables = readTypeMap(raw.required_variables, 'patterns', ['validation', 'required_variables'], issues, (value, path) => readStringList(value, path, issues));
    if (raw.on_too_long !== undefined && raw.on_too_long !== null) {
        const path = ['validation', 'on_too_long'];
        if (!isObject(raw.on_too_long)) {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a map of resource type (or "*") to shorten or fail');
        }
        else {
            let fallback;
            for (const [key, value] of entries(raw.on_too_long)) {
                if (value !== 'shorten' && value !== 'fail') {
                    issues.add('error', 'patterns', [...path, key], 'NAMING_CONFIG_SHAPE', 'must be shorten or fail');
                }
                else if (key === '*') {
                    fallback = value;
                }
                else if ((0,types/* isResourceType */.V)(key)) {
                    validation.onTooLong[key] = value;
                }
                else {
                    issues.add('warning', 'patterns', [...path, key], 'NAMING_CONFIG_UNKNOWN_TYPE', `"${key}" is not a resource type; it is ignored`);
                }
            }
            if (fallback !== undefined) {
                for (const type of types/* RESOURCE_TYPES */.R)
                    validation.onTooLong[type] ??= fallback;
            }
        }
    }
    return validation;
}
function checkRegionCodes(mapping, issues) {
    const owner = new Map();
    const all = { ...regions/* AWS_REGION_CODES */.ef, ...mapping };
    for (const [region, code] of Object.entries(all)) {
        const other = owner.get(code);
        if (other !== undefined) {
            const configured = Object.hasOwn(mapping, region) ? region : other;
            issues.add('warning', 'patterns', ['transformations', 'region_mapping', configured], 'NAMING_CONFIG_REGION_CODE_CLASH', `${other} and ${region} both get the code "${code}", so their names can collide`);
        }
        else {
            owner.set(code, region);
        }
    }
}
/**
 * Reads both documents and reports every problem without throwing: for
 * `dpn config validate`. A document left out (undefined) is the built-in one.
 */
function inspectNamingConfig(values, patterns, sources) {
    const src = {
        values: values === undefined ? BUILT_IN_SOURCE : (sources?.values ?? BUILT_IN_SOURCE),
        patterns: patterns === undefined ? BUILT_IN_SOURCE : (sources?.patterns ?? BUILT_IN_SOURCE),
    };
    const issues = new IssueList(src);
    const valuesDoc = isObject(values ?? DEFAULT_VALUES_DOCUMENT) ? (values ?? DEFAULT_VALUES_DOCUMENT) : {};
    const patternsDoc = isObject(patterns ?? DEFAULT_PATTERNS_DOCUMENT) ? (patterns ?? DEFAULT_PATTERNS_DOCUMENT) : {};
    if (values !== undefined && !isObject(values))
        issues.add('error', 'values', [], 'NAMING_CONFIG_SHAPE', 'must be a map');
    if (patterns !== undefined && !isObject(patterns))
        issues.add('error', 'patterns', [], 'NAMING_CONFIG_SHAPE', 'must be a map');
    // Values: a given document stands alone, as in v1.0 (a section it leaves out is empty).
    const defaults = readValues(valuesDoc.defaults, ['defaults'], issues);
    const environments = {};
    if (isObject(valuesDoc.environments)) {
        for (const [env, raw] of entries(valuesDoc.environments))
            environments[env] = readValues(raw, ['environments', env], issues);
    }
    else if (valuesDoc.environments !== undefined && valuesDoc.environments !== null) {
        issues.add('error', 'values', ['environments'], 'NAMING_CONFIG_SHAPE', 'must be a map of environment to values');
    }
    const resourceTypes = readTypeMap(valuesDoc.resource_types, 'values', ['resource_types'], issues, (raw, path) => readValues(raw, path, issues));
    // Patterns: a type left out keeps its built-in pattern.
    const patternMap = { ...DEFAULT_PATTERNS };
    const givenPatterns = readTypeMap(patternsDoc.patterns, 'patterns', ['patterns'], issues, (raw, path) => {
        if (typeof raw !== 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_SHAPE', 'must be a string');
            return undefined;
        }
        const parsed = parsePattern(raw);
        if (typeof parsed === 'string') {
            issues.add('error', 'patterns', path, 'NAMING_CONFIG_PATTERN', parsed);
            return undefined;
        }
        if (parsed.variables.length === 0) {
            issues.add('warning', 'patterns', path, 'NAMING_CONFIG_CONSTANT_PATTERN', 'has no {variable}: every resource of this type gets the same name');
        }
        return raw;
    });
    Object.assign(patternMap, givenPatterns);
    // Transformations: a given document's section stands alone, as in v1.0; the
    // built-in region table always applies under region_mapping.
    const rawTransformations = patternsDoc.transformations;
    const transformations = isObject(rawTransformations) ? rawTransformations : {};
    if (rawTransformations !== undefined && rawTransformations !== null && !isObject(rawTransformations)) {
        issues.add('error', 'patterns', ['transformations'], 'NAMING_CONFIG_SHAPE', 'must be a map');
    }
    const regionMapping = readStringMap(transformations.region_mapping, ['transformations', 'region_mapping'], issues);
    checkRegionCodes(regionMapping, issues);
    const replaceHyphens = readStringMap(transformations.replace_hyphens, ['transformations', 'replace_hyphens'], issues);
    const config = {
        defaults,
        environments,
        resourceTypes,
        patterns: patternMap,
        transformations: {
            regionMapping,
            lowercase: readStringList(transformations.lowercase, ['transformations', 'lowercase'], issues),
            uppercase: readStringList(transformations.uppercase, ['transformations', 'uppercase'], issues),
            replaceHyphens,
            hash: readHash(transformations.hash_generation, issues),
        },
        validation: readValidation(patternsDoc.validation, issues),
        sources: src,
    };
    const hasError = issues.issues.some((issue) => issue.severity === 'error');
    return hasError ? { issues: issues.issues } : { config, issues: issues.issues };
}
/**
 * The NamingConfig of two parsed v1.0 documents (either may be left out for
 * the built-in one). Throws NamingConfigError listing every error; warnings
 * are available from inspectNamingConfig.
 */
function resolveNamingConfig(values, patterns, sources) {
    const { config, issues } = inspectNamingConfig(values, patterns, sources);
    if (config === undefined)
        throw new naming_errors/* NamingConfigError */.j(issues.filter((issue) => issue.severity === 'error'));
    return config;
}
/** The built-in convention (frozen: derive a new config rather than editing it). */
const DEFAULT_NAMING_CONFIG = deepFreeze(resolveNamingConfig());

;// CONCATENATED MODULE: ./src/naming/index.ts













;// CONCATENATED MODULE: ./schemas/naming-values.schema.json
const naming_values_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-values-1.0.json","title":"dpn naming values","description":"naming-values.yaml: the values the naming patterns fill in. Values for one resource are merged in this order, later wins: defaults, environments[environment], resource_types[type], blueprint metadata, the resource\'s own fields, --override key=value.","type":"object","required":["version","defaults"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Must be the string \\"1.0\\" (quote it in YAML).","type":"string","const":"1.0"},"defaults":{"$ref":"#/definitions/values","title":"Defaults","description":"Values every resource starts from."},"environments":{"title":"Per environment","description":"Values for one environment (dev, stg, prd), over the defaults.","type":"object","additionalProperties":false,"properties":{"dev":{"$ref":"#/definitions/values","description":"Values for dev."},"stg":{"$ref":"#/definitions/values","description":"Values for stg."},"prd":{"$ref":"#/definitions/values","description":"Values for prd."}}},"resource_types":{"title":"Per resource type","description":"Values for one resource type, over the environment values.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"$ref":"#/definitions/values"}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]},"values":{"title":"Values","description":"A flat map of variable name to text value (quote numbers in YAML).","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./schemas/naming-patterns.schema.json
const naming_patterns_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://dpn.dev/schemas/naming-patterns-1.0.json","title":"dpn naming patterns","description":"naming-patterns.yaml: one name template per resource type, the transformations applied to values, and extra validation rules (which may only tighten the platform rules).","type":"object","required":["version","patterns"],"additionalProperties":false,"properties":{"version":{"title":"Format version","description":"Format version, \\"1.0\\".","type":"string","pattern":"\\\\S"},"patterns":{"title":"Patterns","description":"Template per resource type with {variable} placeholders; a type left out keeps its built-in pattern.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\\\S"}},"transformations":{"title":"Transformations","description":"How values are changed before they fill a pattern.","type":"object","additionalProperties":false,"properties":{"region_mapping":{"title":"Region mapping","description":"Region to short code (region_short): an AWS region (us-east-1), an Azure location (westeurope) or a Google Cloud region (europe-west1); overrides the built-in code.","type":"object","propertyNames":{"type":"string","pattern":"^(?:[a-z]+-[a-z]+-[0-9]|[a-z][a-z0-9]*|[a-z]+-[a-z]+[0-9]+)$"},"additionalProperties":{"type":"string","pattern":"^[a-z0-9]+$"}},"lowercase":{"title":"Lowercase","description":"Variables whose values are lowercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"uppercase":{"title":"Uppercase","description":"Variables whose values are uppercased.","type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"replace_hyphens":{"title":"Replace hyphens","description":"Variable to the character that replaces its hyphens, applied only where the result stays valid for the type.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","pattern":"^.{0,1}$"}},"hash_generation":{"title":"Hash generation","description":"How a name that is too long is shortened: a hash of the full name is appended.","type":"object","additionalProperties":false,"properties":{"algorithm":{"title":"Algorithm","description":"Hash algorithm.","type":"string","enum":["md5","sha256"],"default":"md5"},"length":{"title":"Length","description":"Hash characters kept.","type":"integer","minimum":4,"maximum":64,"default":8},"prefix":{"title":"Prefix","description":"Text before the hash, at most 2 characters.","type":"string","default":"","pattern":"^.{0,2}$"},"separator":{"title":"Separator","description":"Text between the kept part of the name and the hash.","type":"string","default":"-","pattern":"^.{0,1}$"}}}}},"validation":{"title":"Validation","description":"Extra rules per type; they may only tighten the platform rules.","type":"object","additionalProperties":false,"properties":{"max_length":{"title":"Maximum length","description":"Longest name allowed per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"integer","minimum":1}},"allowed_chars":{"title":"Allowed characters","description":"Regular expression a whole name must match, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"string","pattern":"\\\\S"}},"required_variables":{"title":"Required variables","description":"Variables that must have a value, per type.","type":"object","propertyNames":{"$ref":"#/definitions/resourceType"},"additionalProperties":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},"on_too_long":{"title":"When too long","description":"Per type (or * for every type): shorten the name with a hash, or fail.","type":"object","propertyNames":{"anyOf":[{"$ref":"#/definitions/resourceType"},{"type":"string","const":"*"}]},"additionalProperties":{"type":"string","enum":["shorten","fail"]}}}}},"definitions":{"resourceType":{"title":"Resource type","description":"One of the 27 resource type keys.","type":"string","enum":["aws_s3_bucket","aws_glue_database","aws_glue_table","aws_glue_crawler","aws_lambda_function","aws_iam_role","aws_iam_policy","aws_kinesis_stream","aws_kinesis_firehose","aws_dynamodb_table","aws_sns_topic","aws_sqs_queue","aws_step_function","dbx_workspace","dbx_cluster","dbx_job","dbx_notebook_path","dbx_repo","dbx_pipeline","dbx_sql_warehouse","dbx_catalog","dbx_schema","dbx_table","dbx_volume","dbx_secret_scope","dbx_instance_pool","dbx_policy","azure_resource_group","azure_storage_account","azure_storage_container","azure_databricks_workspace","azure_data_factory","azure_synapse_workspace","azure_key_vault","azure_eventhub_namespace","gcp_storage_bucket","gcp_bigquery_dataset","gcp_bigquery_table","gcp_dataproc_cluster","gcp_pubsub_topic"]}}}');
;// CONCATENATED MODULE: ./src/config/variables.ts
const variables_METADATA_VARIABLES = ['environment', 'project', 'region', 'azure_location', 'gcp_region', 'team', 'cost_center', 'data_classification'];
const own = {
    aws_s3_bucket: ['purpose', 'layer', 'versioning', 'lifecycle_days'],
    aws_glue_database: ['domain', 'layer', 'description'],
    aws_glue_table: ['entity', 'table_type', 'database_ref'],
    dbx_cluster: ['workload', 'cluster_type', 'node_type', 'spark_version'],
    dbx_job: ['job_type', 'purpose', 'cluster_ref', 'schedule'],
    dbx_catalog: ['catalog_type', 'storage_root'],
    dbx_schema: ['domain', 'layer'],
    dbx_table: ['entity', 'table_type'],
    azure_resource_group: ['purpose'],
    azure_storage_account: ['purpose', 'layer'],
    azure_storage_container: ['account_ref', 'domain', 'layer'],
    azure_databricks_workspace: ['purpose'],
    azure_data_factory: ['purpose'],
    azure_synapse_workspace: ['purpose'],
    azure_key_vault: ['purpose'],
    azure_eventhub_namespace: ['purpose'],
    gcp_storage_bucket: ['purpose', 'layer'],
    gcp_bigquery_dataset: ['domain', 'layer'],
    gcp_bigquery_table: ['dataset_ref', 'entity', 'table_type'],
    gcp_dataproc_cluster: ['workload', 'cluster_type'],
    gcp_pubsub_topic: ['purpose'],
};
/** Per blueprint resource type: every variable a blueprint can give it. */
const variables_BLUEPRINT_VARIABLES = Object.fromEntries(Object.entries(own).map(([type, fields]) => [type, [...variables_METADATA_VARIABLES, ...fields]]));

;// CONCATENATED MODULE: ./src/config/checks.ts



const PLACEHOLDER = /\{([^{}]*)\}/g;
const checks_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Variables named by `{...}` in a pattern, or the syntax problem that stops reading it. */
function checks_placeholders(pattern) {
    const variables = [];
    for (const match of pattern.matchAll(PLACEHOLDER)) {
        const name = match[1];
        if (!checks_VARIABLE.test(name))
            return { variables, problem: `placeholder {${name}} is not a variable name` };
        variables.push(name);
    }
    const rest = pattern.replace(PLACEHOLDER, '');
    if (rest.includes('{') || rest.includes('}'))
        return { variables, problem: 'has an unmatched { or }' };
    return { variables };
}
function checkValuesDocument(doc) {
    const out = [];
    const environments = (doc.data.environments ?? {});
    for (const [env, values] of Object.entries(environments)) {
        const named = values.environment;
        if (named !== undefined && named !== env) {
            out.push({
                ...locate(doc, ['environments', env, 'environment']),
                code: 'CONFIG_ENVIRONMENT_MISMATCH',
                message: `environments.${env} sets environment to '${named}'; blueprint metadata overrides it, so names still say '${env}'`,
                severity: 'warning',
            });
        }
    }
    return out;
}
function checkPatternsDocument(doc, valuesDoc) {
    const out = [];
    const data = doc.data;
    const patterns = (data.patterns ?? {});
    const values = (valuesDoc?.data ?? {});
    const provided = new Set(['region_short']);
    const addKeys = (map) => {
        if (map && typeof map === 'object')
            for (const key of Object.keys(map))
                provided.add(key);
    };
    addKeys(values.defaults);
    for (const env of Object.values((values.environments ?? {})))
        addKeys(env);
    for (const [type, pattern] of Object.entries(patterns)) {
        const fromBlueprint = variables_BLUEPRINT_VARIABLES[type];
        const { variables, problem } = checks_placeholders(pattern);
        // Syntax problems are the naming engine's to report (NAMING_CONFIG_PATTERN).
        if (!fromBlueprint || problem)
            continue;
        const typeValues = (values.resource_types ?? {})[type];
        const missing = variables.filter((v) => !provided.has(v) && !fromBlueprint.includes(v) && !(typeValues && Object.hasOwn(typeValues, v)));
        for (const variable of missing) {
            const known = [...provided, ...fromBlueprint, ...Object.keys((typeValues ?? {}))];
            const guess = suggest_closest(variable, known);
            out.push({
                ...locate(doc, ['patterns', type]),
                code: 'CONFIG_UNKNOWN_VARIABLE',
                message: `pattern for ${type} uses {${variable}}, which neither the naming values nor a ${type} in a blueprint provides (an --override can)`,
                severity: 'warning',
                ...(guess ? { hint: `did you mean {${guess}}?` } : {}),
            });
        }
    }
    const transformations = (data.transformations ?? {});
    const lower = new Set((transformations.lowercase ?? []));
    (transformations.uppercase ?? []).forEach((variable, i) => {
        if (lower.has(variable)) {
            out.push(error('CONFIG_CASE_CONFLICT', `${variable} is in both transformations.lowercase and transformations.uppercase`, locate(doc, ['transformations', 'uppercase', i])));
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Loads the naming convention: the two YAML files given on the command line,
// else ./.dpn/naming-values.yaml + ./.dpn/naming-patterns.yaml, else the
// built-in defaults. Validates both against their schemas and the checks a
// schema cannot express, and reports every problem at its file and line.
// Synchronous: node:fs is loaded at start-up, while node:fs/promises would load Node's stream stack for two existence checks.








const CONFIG_DIR = '.dpn';
const VALUES_FILE = 'naming-values.yaml';
const PATTERNS_FILE = 'naming-patterns.yaml';
const BUILT_IN = 'built-in';
/**
 * Finds, reads and validates the naming configuration. Throws only UsageError
 * (one of --values-config / --patterns-config without the other); every
 * problem with the files themselves is a Diagnostic.
 */
async function loadNamingConfig(request) {
    const located = await locateConfig(request);
    if ('diagnostics' in located)
        return located;
    const { values, patterns } = located;
    if (!values || !patterns) {
        return { config: DEFAULT_NAMING_CONFIG, diagnostics: [], sources: { values: BUILT_IN, patterns: BUILT_IN } };
    }
    const sources = { values: values.display, patterns: patterns.display };
    const diagnostics = [];
    const [valuesDoc, patternsDoc] = await Promise.all([
        readValidated(values, 'NamingValues', naming_values_schema_namespaceObject, diagnostics),
        readValidated(patterns, 'NamingPatterns', naming_patterns_schema_namespaceObject, diagnostics),
    ]);
    if (valuesDoc)
        diagnostics.push(...checkValuesDocument(valuesDoc));
    if (patternsDoc)
        diagnostics.push(...checkPatternsDocument(patternsDoc, valuesDoc));
    if (!valuesDoc || !patternsDoc || diagnostics.some((d) => d.severity === 'error')) {
        return { diagnostics: sortDiagnostics(diagnostics), sources };
    }
    const inspected = inspectNamingConfig(valuesDoc.data, patternsDoc.data, sources);
    for (const issue of inspected.issues) {
        diagnostics.push(issueDiagnostic(issue, issue.document === 'values' ? valuesDoc : patternsDoc));
    }
    const result = { diagnostics: sortDiagnostics(diagnostics), sources };
    if (inspected.config && !diagnostics.some((d) => d.severity === 'error'))
        result.config = inspected.config;
    return result;
}
async function locateConfig(request) {
    const { valuesConfig, patternsConfig, cwd } = request;
    const configDir = request.configDir ?? CONFIG_DIR;
    if ((valuesConfig === undefined) !== (patternsConfig === undefined)) {
        throw new errors/* UsageError */.eb(`${valuesConfig === undefined ? '--patterns-config' : '--values-config'} was given without ${valuesConfig === undefined ? '--values-config' : '--patterns-config'}`, 'give both naming files, or neither to use ./.dpn/ or the built-in convention');
    }
    if (valuesConfig !== undefined && patternsConfig !== undefined) {
        return { values: configFile(valuesConfig, cwd), patterns: configFile(patternsConfig, cwd) };
    }
    const values = configFile((0,external_node_path_.join)(configDir, VALUES_FILE), cwd);
    const patterns = configFile((0,external_node_path_.join)(configDir, PATTERNS_FILE), cwd);
    const hasValues = (0,external_node_fs_.existsSync)(values.absolute);
    const hasPatterns = (0,external_node_fs_.existsSync)(patterns.absolute);
    if (hasValues && hasPatterns)
        return { values, patterns };
    if (hasValues || hasPatterns) {
        const [found, missing] = hasValues ? [values, patterns] : [patterns, values];
        return {
            diagnostics: [
                error('CONFIG_INCOMPLETE', `found ${found.display} but not ${missing.display}; dpn needs both naming files or neither (run \`dpn config init\` for a full set)`, { file: found.display, line: 1, column: 1 }),
            ],
            sources: { values: values.display, patterns: patterns.display },
        };
    }
    return {};
}
function configFile(path, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, path);
    return { absolute, display: (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.relative)(cwd, absolute) || path };
}
async function readValidated(file, schemaName, schema, diagnostics) {
    const read = await readSourceDocument(file.absolute, file.display, { format: 'yaml' });
    if ('diagnostic' in read) {
        diagnostics.push(...(read.diagnostics ?? [read.diagnostic]));
        return undefined;
    }
    const problems = await schemaProblems(read.document, schemaName, schema);
    if (problems.length > 0) {
        diagnostics.push(...problems);
        return undefined;
    }
    return read.document;
}
function issueDiagnostic(issue, doc) {
    const at = locate(doc, issue.path);
    const subject = issue.path.length ? (0,source_positions/* describePath */.NH)(issue.path) : 'the document';
    const message = /^(must|has|is) /.test(issue.message) ? `${subject} ${issue.message}` : `${subject}: ${issue.message}`;
    return { ...at, code: issue.code, message, severity: issue.severity };
}
function sortDiagnostics(diagnostics) {
    return diagnostics.sort((a, b) => a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1);
}

;// CONCATENATED MODULE: ./src/config/overrides.ts
// `--override key=value`: naming values with the highest precedence, checked
// like the input they are. A key must be a variable something uses (blueprint
// metadata, a resource field, a pattern variable, a naming value); a value must
// pass the check of the blueprint field it replaces (environment=qa is refused
// when blueprints allow dev, stg and prd). Problems name the argument, not a line.






const overrides_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseOverrides(pairs) {
    const values = {};
    for (const pair of pairs) {
        const at = pair.indexOf('=');
        const key = at < 0 ? pair : pair.slice(0, at);
        if (at < 0 || !overrides_VARIABLE.test(key)) {
            throw new UsageError(`--override ${JSON.stringify(pair)} is not key=value with a variable name as key`, 'example: --override region=eu-west-1 (repeat --override for several values)');
        }
        values[key] = pair.slice(at + 1);
    }
    return values;
}
/** `key=value` per override, as a person wrote them (for "overrides in effect"). */
function describeOverrides(values) {
    return Object.entries(values).map(([key, value]) => `${key}=${value}`);
}
/** Every variable an override may set under this naming convention. */
function overridableVariables(naming) {
    const known = new Set(['region_short', ...METADATA_VARIABLES]);
    for (const fields of Object.values(BLUEPRINT_VARIABLES))
        for (const field of fields ?? [])
            known.add(field);
    for (const pattern of Object.values(naming.patterns))
        for (const variable of placeholders(pattern).variables)
            known.add(variable);
    const addKeys = (values) => {
        for (const key of Object.keys(values ?? {}))
            known.add(key);
    };
    addKeys(naming.defaults);
    for (const values of Object.values(naming.environments))
        addKeys(values);
    for (const values of Object.values(naming.resourceTypes))
        addKeys(values);
    return known;
}
/**
 * Throws a UsageError for an override no convention variable answers to, or
 * whose value no blueprint field of that name accepts. (A value that some
 * fields accept and others do not, such as layer=gold, is checked per
 * blueprint by overrideDiagnostics, where it is known which resources it reaches.)
 */
function checkOverrides(values, naming) {
    const known = overridableVariables(naming);
    for (const [key, value] of Object.entries(values)) {
        const argument = `--override ${key}=${value}`;
        if (!known.has(key)) {
            const guess = closest(key, known);
            throw new UsageError(`${argument}: no blueprint field, pattern or naming value is called '${key}'`, guess ? `did you mean --override ${guess}=${value}?` : 'an override sets a naming variable: a metadata key, a resource field or a {variable} of a pattern');
        }
        const fields = FIELDS.get(key) ?? [];
        if (fields.length === 0)
            continue;
        const problems = fields.map((f) => problemWith(f.schema, value)).filter((p) => p !== undefined);
        if (problems.length === fields.length) {
            const first = problems[0];
            const where = fields[0]?.list.length === 0 ? 'blueprint metadata' : `the blueprint field ${key}`;
            throw new UsageError(`${argument}: ${key} must ${first.must} (as in ${where})`, first.hint);
        }
    }
}
/** Overrides whose value a field of this blueprint refuses, at the list the field is in. */
function overrideDiagnostics(doc, values) {
    const out = [];
    for (const [key, value] of Object.entries(values)) {
        for (const field of FIELDS.get(key) ?? []) {
            if (field.list.length === 0)
                continue;
            const problem = problemWith(field.schema, value);
            if (!problem)
                continue;
            for (const path of listsIn(doc.data, field.list)) {
                out.push(error('OVERRIDE_INVALID', `--override ${key}=${value} reaches the ${field.type} resources here, whose ${key} must ${problem.must}`, locate(doc, path), problem.hint ?? `remove the override, or choose a value every resource it reaches accepts`));
            }
        }
    }
    return out;
}
const LISTS = [
    ['aws_s3_bucket', 's3Bucket', ['resources', 'aws', 's3_buckets']],
    ['aws_glue_database', 'glueDatabase', ['resources', 'aws', 'glue_databases']],
    ['aws_glue_table', 'glueTable', ['resources', 'aws', 'glue_tables']],
    ['dbx_cluster', 'cluster', ['resources', 'databricks', 'clusters']],
    ['dbx_job', 'job', ['resources', 'databricks', 'jobs']],
    ['dbx_catalog', 'catalog', ['resources', 'databricks', 'unity_catalog', 'catalogs']],
    ['dbx_schema', 'ucSchema', ['resources', 'databricks', 'unity_catalog', 'catalogs', '*', 'schemas']],
    ['dbx_table', 'ucTable', ['resources', 'databricks', 'unity_catalog', 'catalogs', '*', 'schemas', '*', 'tables']],
];
/** Per variable, the blueprint fields it replaces and their schemas: metadata first. */
const FIELDS = (() => {
    const schema = blueprint_schema_namespaceObject;
    const definitions = schema.definitions;
    const deref = (node) => {
        const ref = node.$ref;
        return typeof ref === 'string' ? { ...deref(definitions[ref.split('/').pop()]), ...node } : node;
    };
    const out = new Map();
    const add = (key, field) => out.set(key, [...(out.get(key) ?? []), field]);
    const metadata = schema.properties.metadata;
    for (const [key, node] of Object.entries(metadata.properties))
        add(key, { type: 'metadata', list: [], schema: deref(node) });
    for (const [type, definition, list] of LISTS) {
        for (const [key, node] of Object.entries(definitions[definition].properties)) {
            const resolved = deref(node);
            if (resolved.type === 'string' || resolved.type === 'integer' || resolved.type === 'boolean')
                add(key, { type, list, schema: resolved });
        }
    }
    return out;
})();
/** What is wrong with `value` for a field of this schema (overrides are text: numbers and booleans are read from it). */
function problemWith(schema, value) {
    if (schema.type === 'integer')
        return /^-?\d+$/.test(value) ? undefined : { must: 'be a whole number' };
    if (schema.type === 'boolean')
        return value === 'true' || value === 'false' ? undefined : { must: 'be true or false' };
    if (Array.isArray(schema.enum)) {
        const allowed = schema.enum.map(String);
        if (allowed.includes(value))
            return undefined;
        const guess = suggest_closest(value, allowed);
        return { must: `be one of ${allowed.join(', ')} (got "${value}")`, ...(guess ? { hint: `did you mean '${guess}'?` } : {}) };
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
        if (schema.pattern === '\\S')
            return { must: 'not be empty' };
        const description = typeof schema.description === 'string' ? ` (${schema.description.replace(/\.$/, '')})` : '';
        return { must: `match ${schema.pattern}${description}, got "${value}"` };
    }
    return undefined;
}
/** Paths of the non-empty lists at `pattern` in a blueprint ('*' stands for each item of a list). */
function listsIn(data, pattern) {
    let nodes = [{ node: data, path: [] }];
    for (const segment of pattern) {
        const next = [];
        for (const { node, path } of nodes) {
            if (segment === '*') {
                if (Array.isArray(node))
                    node.forEach((item, i) => next.push({ node: item, path: [...path, i] }));
            }
            else if (node !== null && typeof node === 'object' && Object.hasOwn(node, segment)) {
                next.push({ node: node[segment], path: [...path, segment] });
            }
        }
        nodes = next;
    }
    return nodes.filter(({ node }) => Array.isArray(node) && node.length > 0).map(({ path }) => path);
}

;// CONCATENATED MODULE: ./src/blueprint/document.ts
const document_DEFAULTS = {
    versioning: true,
    lifecycleDays: 90,
    sparkVersion: '13.3.x-scala2.12',
    autoscaleMin: 2,
    autoscaleMax: 8,
    tableType: 'fact',
    deletionPolicy: 'archive',
};
/** The naming values a table has when it does not say: its type (a table's name usually reads {table_type}). */
const TABLE_DEFAULTS = Object.freeze({ table_type: document_DEFAULTS.tableType });

;// CONCATENATED MODULE: ./src/blueprint/expand-clouds.ts


function expandClouds(resources, expander) {
    if (resources.azure !== undefined)
        expand_clouds_azure(resources.azure, expander);
    if (resources.gcp !== undefined)
        expand_clouds_gcp(resources.gcp, expander);
}
/** Names and adds each entry of a list whose identity is `logical(entry)`; returns the parents by that identity. */
function each(expander, type, entries, path, logical, params, 
/** Parents are named even out of scope, so their children's references resolve (as Glue databases are). */
parent = false) {
    const byIdentity = new Map();
    const list = expander.list(type, path);
    if (!parent && !list.inScope)
        return byIdentity;
    (entries ?? []).forEach((entry, i) => {
        const identity = logical(entry);
        const named = expander.name(list, entry, i);
        if (!named) {
            if (!byIdentity.has(identity))
                byIdentity.set(identity, null);
            return;
        }
        const spec = expander.add(list, identity, named, entry, i, undefined, undefined, params(entry, named));
        if (!byIdentity.has(identity))
            byIdentity.set(identity, { key: spec.key, name: spec.name, inScope: list.inScope });
    });
    return byIdentity;
}
function choices(parents) {
    if (parents.size === 0)
        return '; the blueprint defines none';
    const names = [...parents.keys()];
    return `; it has ${names.slice(0, 10).map((n) => `'${n}'`).join(', ')}${names.length > 10 ? ', …' : ''}`;
}
/** Names and adds children of parents found by reference; a reference that matches nothing is an error at the reference. */
function children(expander, type, entries, path, reference, build) {
    const list = expander.list(type, path);
    if (!list.inScope)
        return;
    (entries ?? []).forEach((entry, i) => {
        const ref = String(entry[reference.field]);
        const parent = reference.parents.get(ref);
        if (parent === undefined) {
            expander.report(error(reference.code, `${reference.field} '${ref}' matches no ${reference.what} of this blueprint (${reference.hint}${choices(reference.parents)})`, expander.at([...path, i, reference.field])));
            return;
        }
        const named = expander.name(list, entry, i, type === 'gcp_bigquery_table' ? TABLE_DEFAULTS : undefined);
        if (!named || parent === null)
            return;
        const spec = build(entry, parent, named);
        expander.add(list, spec.logical, named, entry, i, spec.fullName, parent.inScope ? [parent.key] : [], spec.params);
    });
}
function expand_clouds_azure(doc, expander) {
    const path = ['resources', 'azure'];
    const location = expander.metadata.azure_location ?? '';
    const placed = () => ({ location });
    const byPurpose = (entry) => entry.purpose;
    each(expander, 'azure_resource_group', doc.resource_groups, [...path, 'resource_groups'], byPurpose, placed);
    const accounts = each(expander, 'azure_storage_account', doc.storage_accounts, [...path, 'storage_accounts'], (a) => `${a.purpose}-${a.layer}`, placed, true);
    children(expander, 'azure_storage_container', doc.storage_containers, [...path, 'storage_containers'], { field: 'account_ref', code: 'REF_ACCOUNT_NOT_FOUND', what: 'Azure storage account', hint: 'an account is referred to as "{purpose}-{layer}"', parents: accounts }, (entry, account, named) => ({
        logical: `${entry.account_ref}/${entry.domain}-${entry.layer}`,
        // A container name is unique within its account: the account is part of the full name.
        fullName: `${account.name}/${named.name}`,
        params: { location, storageAccount: account.name },
    }));
    each(expander, 'azure_databricks_workspace', doc.databricks_workspaces, [...path, 'databricks_workspaces'], byPurpose, placed);
    each(expander, 'azure_data_factory', doc.data_factories, [...path, 'data_factories'], byPurpose, placed);
    each(expander, 'azure_synapse_workspace', doc.synapse_workspaces, [...path, 'synapse_workspaces'], byPurpose, placed);
    each(expander, 'azure_key_vault', doc.key_vaults, [...path, 'key_vaults'], byPurpose, placed);
    each(expander, 'azure_eventhub_namespace', doc.eventhub_namespaces, [...path, 'eventhub_namespaces'], byPurpose, placed);
}
function columns(list) {
    return (list ?? []).map((c) => (c.comment !== undefined ? { name: c.name, type: c.type, comment: c.comment } : { name: c.name, type: c.type }));
}
function expand_clouds_gcp(doc, expander) {
    const path = ['resources', 'gcp'];
    const region = expander.metadata.gcp_region ?? '';
    const placed = () => ({ region });
    each(expander, 'gcp_storage_bucket', doc.buckets, [...path, 'buckets'], (b) => `${b.purpose}-${b.layer}`, placed);
    const datasets = each(expander, 'gcp_bigquery_dataset', doc.bigquery_datasets, [...path, 'bigquery_datasets'], (d) => `${d.domain}-${d.layer}`, placed, true);
    children(expander, 'gcp_bigquery_table', doc.bigquery_tables, [...path, 'bigquery_tables'], { field: 'dataset_ref', code: 'REF_DATASET_NOT_FOUND', what: 'BigQuery dataset', hint: 'a dataset is referred to as "{domain}-{layer}"', parents: datasets }, (entry, dataset, named) => {
        const tableType = entry.table_type ?? document_DEFAULTS.tableType;
        return {
            logical: `${entry.dataset_ref}/${tableType}_${entry.entity}`,
            // A table name is unique within its dataset.
            fullName: `${dataset.name}.${named.name}`,
            params: { region, dataset: dataset.name, tableType, columns: columns(entry.columns) },
        };
    });
    each(expander, 'gcp_dataproc_cluster', doc.dataproc_clusters, [...path, 'dataproc_clusters'], (c) => c.workload, (c) => ({ region, clusterType: c.cluster_type }));
    each(expander, 'gcp_pubsub_topic', doc.pubsub_topics, [...path, 'pubsub_topics'], (t) => t.purpose, placed);
}

;// CONCATENATED MODULE: ./src/blueprint/scope.ts
// The `scope` section of a blueprint: which resource types it manages.
// Patterns use `*` (any run) and `?` (one character) and match the whole type key.

function wildcardToRegExp(pattern) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${source}$`);
}
/** A predicate for the types a blueprint manages; everything when there is no scope. */
function scopeFilter(scope) {
    if (!scope)
        return () => true;
    const matchers = scope.patterns.map(wildcardToRegExp);
    const matches = (type) => matchers.some((m) => m.test(type));
    return scope.mode === 'include' ? (type) => matches(type) : (type) => !matches(type);
}
/** Indexes of patterns that match no resource type at all (likely typos). */
function unmatchedPatterns(scope) {
    return scope.patterns
        .map((pattern, index) => ({ re: wildcardToRegExp(pattern), index }))
        .filter(({ re }) => !types/* RESOURCE_TYPES */.R.some((type) => re.test(type)))
        .map(({ index }) => index);
}

;// CONCATENATED MODULE: ./src/blueprint/expand.ts
// Expansion of one validated blueprint into ResourceSpecs: defaults, scope,
// references (database_ref, cluster_ref), names from the naming engine, keys,
// dependencies, tags and driver params. Pure: no I/O, no clock.







function textOf(named) {
    return typeof named === 'string' ? named : named.name;
}
/** Expands one blueprint that already passed the schema. */
function expandBlueprint(source, options) {
    return new Expander(source, options).run();
}
class Expander {
    source;
    doc;
    resources = [];
    diagnostics = [];
    rejected = [];
    metadataValues = {};
    tags;
    keyPrefix;
    scope;
    defaultPolicy;
    region;
    naming;
    /** The region fields (region, azure_location, gcp_region) whose unknown value was reported. */
    regionsReported = new Set();
    constructor(source, options) {
        this.source = source;
        this.doc = source.data;
        // An override of a metadata value (project, environment, region…) is the value the
        // resources get: in their names, their keys, their tags and where they are made.
        const metadata = withOverrides(this.doc.metadata, options.overrides);
        for (const variable of variables_METADATA_VARIABLES) {
            const value = metadata[variable];
            if (value !== undefined)
                this.metadataValues[variable] = value;
        }
        const tags = { Environment: metadata.environment, Project: metadata.project, ManagedBy: 'dpn' };
        if (metadata.team !== undefined)
            tags.Team = metadata.team;
        if (metadata.cost_center !== undefined)
            tags.CostCenter = metadata.cost_center;
        // One frozen object per blueprint, shared by its resources: specs are values, never edited in place.
        this.tags = Object.freeze(tags);
        this.keyPrefix = `${metadata.project}/${metadata.environment}/`;
        this.scope = scopeFilter(this.doc.scope);
        this.defaultPolicy = this.doc.deletion_policy ?? document_DEFAULTS.deletionPolicy;
        this.region = metadata.region;
        this.naming = new BlueprintNaming(options.naming, this.metadataValues, options.overrides);
    }
    run() {
        this.checkMetadata();
        const aws = this.doc.resources.aws ?? {};
        const dbx = this.doc.resources.databricks ?? {};
        this.buckets(aws.s3_buckets ?? []);
        const databases = this.glueDatabases(aws.glue_databases ?? []);
        this.glueTables(aws.glue_tables ?? [], databases);
        const clusters = this.clusters(dbx.clusters ?? []);
        this.jobs(dbx.jobs ?? [], clusters);
        this.catalogs(dbx.unity_catalog?.catalogs ?? []);
        const { azure, gcp } = this.doc.resources;
        if (azure !== undefined || gcp !== undefined) {
            expandClouds(this.doc.resources, {
                metadata: this.doc.metadata,
                list: (type, path) => this.list(type, path),
                // The few cloud entries take the naming engine's whole result.
                name: (list, entry, index, defaults) => {
                    const named = this.name(list, entry, index, defaults);
                    return typeof named === 'string' ? this.naming.name(list.type, entry, defaults) : named;
                },
                add: (list, logical, named, entry, index, fullName, dependsOn, params) => this.add(list, logical, named, entry, index, fullName, dependsOn, params, undefined),
                at: (path) => this.at(path),
                report: (diagnostic) => this.diagnostics.push(diagnostic),
            });
        }
        return { resources: this.resources, diagnostics: this.diagnostics, rejected: this.rejected };
    }
    checkMetadata() {
        const { scope, metadata } = this.doc;
        for (const [field, tag] of [
            ['team', 'Team'],
            ['cost_center', 'CostCenter'],
        ]) {
            const value = metadata[field];
            if (value !== undefined && !isTagValue(value)) {
                this.diagnostics.push(error('TAG_INVALID', `${field} becomes the AWS tag ${tag}, whose value may hold at most 256 letters, digits, spaces and + - = . _ : / @ (got ${JSON.stringify(value)})`, this.at(['metadata', field])));
            }
        }
        if (scope) {
            for (const index of unmatchedPatterns(scope)) {
                this.diagnostics.push({
                    ...this.at(['scope', 'patterns', index]),
                    code: 'SCOPE_UNMATCHED',
                    message: `scope pattern '${scope.patterns[index]}' matches no resource type`,
                    severity: 'warning',
                });
            }
        }
    }
    list(type, path) {
        return { type, path, inScope: this.scope(type), keyHead: `${type}:${this.keyPrefix}` };
    }
    at(path) {
        return locate(this.source, path);
    }
    /** Where an entry starts: found directly for an entry the reader recorded, else by its path. */
    where(list, entry, index) {
        return this.source.positions.startOf(entry) ?? this.at([...list.path, index]);
    }
    /**
     * Names an entry: the name's text when that is all there is to say (nearly
     * always: no object per resource), else the naming engine's result for a
     * shortened name. Reports every broken rule at the entry and returns
     * undefined when there is no valid name.
     */
    name(list, entry, index, defaults) {
        const { type } = list;
        const plain = this.naming.plainName(type, entry, defaults);
        if (plain !== undefined)
            return plain;
        const result = this.naming.name(type, entry, defaults);
        if (result.violations.length === 0 && result.name !== undefined)
            return result;
        const at = this.at([...list.path, index]);
        if (list.inScope)
            this.rejected.push({ type, generated: result.generated, blueprint: this.source.file, location: at });
        for (const violation of result.violations) {
            // The region is the blueprint's, not the resource's: say so once, where it is written.
            if (violation.code === 'NAMING_UNKNOWN_REGION') {
                const field = (0,clouds/* regionVariableOf */.iu)(type);
                if (!this.regionsReported.has(field)) {
                    this.regionsReported.add(field);
                    this.diagnostics.push(error(violation.code, `${violation.message} (rule: ${violation.rule})`, this.at(['metadata', field])));
                }
                continue;
            }
            // Say which name broke the rule, unless the engine's message already does.
            const says = violation.message.includes(result.generated) || violation.message.startsWith(`${type}:`);
            const subject = says ? '' : `${type} name ${JSON.stringify(result.generated)}: `;
            this.diagnostics.push(error(violation.code, `${subject}${violation.message} (rule: ${violation.rule})`, at));
        }
        if (result.violations.length === 0) {
            this.diagnostics.push(error('NAME_INVALID', `${type} name ${JSON.stringify(result.generated)} is not valid`, at));
        }
        return undefined;
    }
    /**
     * The ResourceSpec of one named entry, kept when its type is in scope.
     * Positional arguments, one shape for every type: this runs once per
     * resource, and an options object per call was one more allocation and a
     * call site that saw a different shape for each type.
     */
    add(list, logical, named, entry, index, fullName, dependsOn, params, policy) {
        const name = textOf(named);
        const resource = {
            // Lowercase: the names these fields make are lowercased by the platforms (Glue,
            // Unity Catalog) or the built-in convention, so `Sales` and `sales` are one resource,
            // and fixing a field's case must not turn into archive + create of the same name.
            key: list.keyHead + logical.toLowerCase(),
            type: list.type,
            name,
            fullName: fullName ?? name,
            blueprint: this.source.file,
            location: this.where(list, entry, index),
            dependsOn: dependsOn ?? [],
            params: params,
            tags: this.tags,
            deletionPolicy: policy ?? this.defaultPolicy,
        };
        if (typeof named !== 'string' && named.shortened)
            resource.shortenedFrom = named.shortened.from;
        if (list.inScope)
            this.resources.push(resource);
        return resource;
    }
    buckets(buckets) {
        const list = this.list('aws_s3_bucket', BUCKETS);
        if (!list.inScope)
            return;
        // Indexed loops: a forEach callback per resource costs a call each until the code is optimised.
        for (let i = 0; i < buckets.length; i++) {
            const bucket = buckets[i];
            const named = this.name(list, bucket, i);
            if (!named)
                continue;
            const params = {
                region: this.region,
                versioning: bucket.versioning ?? document_DEFAULTS.versioning,
                lifecycleDays: bucket.lifecycle_days ?? document_DEFAULTS.lifecycleDays,
            };
            this.add(list, `${bucket.purpose}-${bucket.layer}`, named, bucket, i, undefined, undefined, params, bucket.deletion_policy);
        }
    }
    glueDatabases(databases) {
        const list = this.list('aws_glue_database', GLUE_DATABASES);
        const byRef = new Map();
        for (let i = 0; i < databases.length; i++) {
            const database = databases[i];
            const ref = `${database.domain}-${database.layer}`;
            const named = this.name(list, database, i);
            // null: the database exists but has no valid name; its tables are skipped, not reported twice.
            if (!named) {
                byRef.set(ref, null);
                continue;
            }
            const params = { region: this.region };
            if (database.description !== undefined)
                params.description = database.description;
            const spec = this.add(list, ref, named, database, i, undefined, undefined, params, database.deletion_policy);
            if (!byRef.has(ref))
                byRef.set(ref, { key: spec.key, name: spec.name, inScope: list.inScope });
        }
        return byRef;
    }
    glueTables(tables, databases) {
        const list = this.list('aws_glue_table', GLUE_TABLES);
        if (!list.inScope)
            return;
        for (let i = 0; i < tables.length; i++) {
            const table = tables[i];
            const database = databases.get(table.database_ref);
            if (database === undefined) {
                this.diagnostics.push(error('REF_DATABASE_NOT_FOUND', `database_ref '${table.database_ref}' matches no Glue database of this blueprint (a database is referred to as "{domain}-{layer}"${listOf(databases)})`, this.at([...GLUE_TABLES, i, 'database_ref']), suggestion(table.database_ref, databases)));
                continue;
            }
            const tableType = table.table_type ?? document_DEFAULTS.tableType;
            const named = this.name(list, table, i, TABLE_DEFAULTS);
            if (!named || database === null)
                continue;
            const params = {
                region: this.region,
                databaseName: database.name,
                tableType,
                columns: expand_columns(table.columns),
                partitionKeys: expand_columns(table.partition_keys ?? []),
            };
            this.add(list, `${table.database_ref}/${tableType}_${table.entity}`, named, table, i, `${database.name}.${textOf(named)}`, database.inScope ? [database.key] : [], params, table.deletion_policy);
        }
    }
    clusters(clusters) {
        const list = this.list('dbx_cluster', CLUSTERS);
        const byWorkload = new Map();
        for (let i = 0; i < clusters.length; i++) {
            const cluster = clusters[i];
            const min = cluster.autoscale?.min ?? document_DEFAULTS.autoscaleMin;
            const max = cluster.autoscale?.max ?? document_DEFAULTS.autoscaleMax;
            if (min > max) {
                this.diagnostics.push(error('CLUSTER_AUTOSCALE', `autoscale min (${min}) is greater than max (${max})`, this.at([...CLUSTERS, i, 'autoscale'])));
            }
            const named = this.name(list, cluster, i);
            if (!named) {
                byWorkload.set(cluster.workload, null);
                continue;
            }
            const params = {
                cluster_name: textOf(named),
                spark_version: cluster.spark_version ?? document_DEFAULTS.sparkVersion,
                node_type_id: cluster.node_type,
                autoscale: { min_workers: min, max_workers: max },
                cluster_type: cluster.cluster_type,
                custom_tags: this.tags,
            };
            const spec = this.add(list, cluster.workload, named, cluster, i, undefined, undefined, params, cluster.deletion_policy);
            if (!byWorkload.has(cluster.workload))
                byWorkload.set(cluster.workload, { key: spec.key, name: spec.name, inScope: list.inScope });
        }
        return byWorkload;
    }
    jobs(jobs, clusters) {
        const list = this.list('dbx_job', JOBS);
        if (!list.inScope)
            return;
        for (let i = 0; i < jobs.length; i++) {
            const job = jobs[i];
            const cluster = clusters.get(job.cluster_ref);
            if (cluster === undefined) {
                this.diagnostics.push(error('REF_CLUSTER_NOT_FOUND', `cluster_ref '${job.cluster_ref}' matches no cluster workload of this blueprint${listOf(clusters)}`, this.at([...JOBS, i, 'cluster_ref']), suggestion(job.cluster_ref, clusters)));
                continue;
            }
            const named = this.name(list, job, i);
            if (!named || cluster === null)
                continue;
            const params = {
                name: textOf(named),
                job_type: job.job_type,
                tasks: job.tasks ?? [],
                clusterKey: cluster.key,
                tags: this.tags,
            };
            // The naming values (and the object that holds them) only when the job sets no schedule of its own.
            const schedule = job.schedule ?? (typeof named === 'string' ? this.naming.name('dbx_job', job) : named).values.schedule;
            if (schedule !== undefined)
                params.schedule = schedule;
            this.add(list, `${job.job_type}-${job.purpose}`, named, job, i, undefined, cluster.inScope ? [cluster.key] : [], params, job.deletion_policy);
        }
    }
    catalogs(catalogs) {
        const list = this.list('dbx_catalog', CATALOGS);
        const schemaInScope = this.scope('dbx_schema');
        const tableInScope = this.scope('dbx_table');
        for (let i = 0; i < catalogs.length; i++) {
            const catalog = catalogs[i];
            const named = this.name(list, catalog, i);
            if (!named)
                continue;
            const params = { name: textOf(named), properties: {} };
            if (catalog.storage_root !== undefined)
                params.storage_root = catalog.storage_root;
            const spec = this.add(list, catalog.catalog_type, named, catalog, i, undefined, undefined, params, catalog.deletion_policy);
            const parent = { key: spec.key, name: spec.name, inScope: list.inScope };
            const schemas = { type: 'dbx_schema', path: [...CATALOGS, i, 'schemas'], inScope: schemaInScope, keyHead: `dbx_schema:${this.keyPrefix}` };
            const tableHead = `dbx_table:${this.keyPrefix}`;
            for (let j = 0; j < catalog.schemas.length; j++)
                this.schema(catalog, catalog.schemas[j], schemas, j, parent, tableInScope, tableHead);
        }
    }
    schema(catalog, schema, list, s, parent, tableInScope, tableHead) {
        const named = this.name(list, schema, s);
        if (!named)
            return;
        const logical = `${catalog.catalog_type}/${schema.domain}-${schema.layer}`;
        const params = { name: textOf(named), catalog_name: parent.name, properties: {} };
        const spec = this.add(list, logical, named, schema, s, `${parent.name}.${textOf(named)}`, parent.inScope ? [parent.key] : [], params, schema.deletion_policy);
        if (!tableInScope)
            return;
        const tables = schema.tables ?? [];
        if (tables.length === 0)
            return;
        const tableList = { type: 'dbx_table', path: [...list.path, s, 'tables'], inScope: true, keyHead: tableHead };
        for (let k = 0; k < tables.length; k++) {
            const table = tables[k];
            const tableType = table.table_type ?? document_DEFAULTS.tableType;
            const tableNamed = this.name(tableList, table, k, TABLE_DEFAULTS);
            if (!tableNamed)
                continue;
            const tableParams = {
                name: textOf(tableNamed),
                catalog_name: parent.name,
                schema_name: spec.name,
                table_type: tableType,
                columns: expand_columns(table.columns ?? []),
            };
            this.add(tableList, `${logical}/${tableType}_${table.entity}`, tableNamed, table, k, `${spec.fullName}.${textOf(tableNamed)}`, list.inScope ? [spec.key] : [], tableParams, table.deletion_policy);
        }
    }
}
const BUCKETS = ['resources', 'aws', 's3_buckets'];
const GLUE_DATABASES = ['resources', 'aws', 'glue_databases'];
const GLUE_TABLES = ['resources', 'aws', 'glue_tables'];
const CLUSTERS = ['resources', 'databricks', 'clusters'];
const JOBS = ['resources', 'databricks', 'jobs'];
const CATALOGS = ['resources', 'databricks', 'unity_catalog', 'catalogs'];
/** Characters AWS accepts in tag values (AWS tagging guide). */
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
/** Whether AWS accepts the text as a tag value; plain ASCII is told without the Unicode expression, whose compilation is costly. */
function isTagValue(value) {
    return /^[A-Za-z0-9 _.:/=+\-@]{0,256}$/.test(value) || TAG_VALUE.test(value);
}
function expand_columns(list) {
    return list.map((c) => (c.comment !== undefined ? { name: c.name, type: c.type, comment: c.comment } : { name: c.name, type: c.type }));
}
function listOf(targets) {
    if (targets.size === 0)
        return '; the blueprint defines none';
    const names = [...targets.keys()];
    const shown = names.slice(0, 10).map((n) => `'${n}'`).join(', ');
    return `; it has ${shown}${names.length > 10 ? ', …' : ''}`;
}
/** The reference most likely meant, as a help line (only on the error path). */
function suggestion(ref, targets) {
    const guess = suggest_closest(ref, targets.keys());
    return guess === undefined ? undefined : `did you mean '${guess}'?`;
}
function withOverrides(metadata, overrides) {
    let out;
    for (const variable of variables_METADATA_VARIABLES) {
        const value = overrides[variable];
        if (value === undefined)
            continue;
        out ??= { ...metadata };
        out[variable] = value;
    }
    return out ?? metadata;
}

// EXTERNAL MODULE: ./src/blueprint/platform-limits.ts
var platform_limits = __webpack_require__(3633);
;// CONCATENATED MODULE: ./src/blueprint/load.ts
// Loading blueprints end to end: find the files, read and validate each, expand
// them into ResourceSpecs, and check what only the whole set can show (the same
// key or the same platform name twice). Never throws for a user's mistake.








async function loadBlueprints(paths, options) {
    const cwd = options.cwd ?? process.cwd();
    const found = await findBlueprintFiles(paths, (0,external_node_path_.resolve)(cwd), options.exclude ?? []);
    const diagnostics = [...found.diagnostics];
    const resources = [];
    const rejected = [];
    const expandOptions = { naming: options.naming, overrides: options.overrides ?? {} };
    const hasOverrides = Object.keys(expandOptions.overrides).length > 0;
    // One file read and expanded at a time, so only one file's data is alive at once.
    for (const file of found.files) {
        const result = await readSourceDocument(file.absolute, file.display);
        if ('diagnostic' in result) {
            diagnostics.push(...(result.diagnostics ?? [result.diagnostic]));
            continue;
        }
        const document = result.document;
        if (!looksLikeBlueprint(document.data)) {
            diagnostics.push(notABlueprint(file.display));
            continue;
        }
        const problems = await schemaProblems(document, 'Blueprint', blueprint_schema_namespaceObject);
        if (problems.length > 0) {
            diagnostics.push(...problems);
            continue;
        }
        if (hasOverrides)
            for (const d of overrideDiagnostics(document, expandOptions.overrides))
                diagnostics.push(d);
        const expansion = expandBlueprint(document, expandOptions);
        for (const d of expansion.diagnostics)
            diagnostics.push(d);
        for (const r of expansion.rejected)
            rejected.push(r);
        // Indexed: for...of allocates an iterator result per step until optimised (see source/json-fast.ts).
        for (let i = 0; i < expansion.resources.length; i++)
            resources.push(expansion.resources[i]);
    }
    diagnostics.push(...findClashes(resources), ...(0,platform_limits/* platformLimits */.i)(resources));
    return { resources, rejected, diagnostics: sortDiagnostics(diagnostics), files: found.files.map((f) => f.display) };
}
/**
 * A file with neither the blueprint `version` ("1.0") nor `resources` (nor
 * `metadata`) is something else, such as package.json (whose version is
 * "1.0.0") or a CI file: one error, not one per key it lacks.
 */
function looksLikeBlueprint(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return false;
    const version = data.version;
    return Object.hasOwn(data, 'resources') || Object.hasOwn(data, 'metadata') || version === '1.0' || version === 1;
}
function notABlueprint(file) {
    return error('BLUEPRINT_UNRECOGNIZED', `${file} does not look like a blueprint: it has no version "1.0" and no resources at the top`, { file, line: 1, column: 1 }, `if it is not meant to be one, skip it: --exclude ${JSON.stringify((0,external_node_path_.basename)(file))} (action input \`exclude\`)`);
}
/**
 * Which platform namespace a full name lives in: two resources clash when
 * both this and their comparedName() match. (Two functions rather than one
 * returning a [namespace, name] pair: destructuring a pair goes through the
 * iterator protocol in not yet optimised code, ~2 ms per 10k resources in an
 * isolated measurement.)
 */
function namespaceOf(resource) {
    const type = resource.type;
    switch (type) {
        case 'aws_s3_bucket':
            return 's3';
        case 'aws_glue_database':
        case 'aws_glue_table':
            return glueNamespace(String(resource.params.region));
        case 'dbx_catalog':
        case 'dbx_schema':
        case 'dbx_table':
            return 'uc';
        case 'gcp_dataproc_cluster':
            // Unique per project and region.
            return `dataproc:${String(resource.params.region)}`;
        default:
            return type;
    }
}
/** The full name as the platform compares it: Glue and Unity Catalog store names lowercase; Azure compares them without case. */
function comparedName(resource) {
    switch (resource.type) {
        case 'aws_glue_database':
        case 'aws_glue_table':
        case 'dbx_catalog':
        case 'dbx_schema':
        case 'dbx_table':
        case 'azure_resource_group':
        case 'azure_storage_account':
        case 'azure_storage_container':
        case 'azure_databricks_workspace':
        case 'azure_data_factory':
        case 'azure_synapse_workspace':
        case 'azure_key_vault':
        case 'azure_eventhub_namespace':
            return lower(resource.fullName);
        default:
            return resource.fullName;
    }
}
const glueNamespaces = new Map();
/** One string per region, so the namespace lookup hashes a string it has seen before. */
function glueNamespace(region) {
    let namespace = glueNamespaces.get(region);
    if (namespace === undefined)
        glueNamespaces.set(region, (namespace = `glue:${region}`));
    return namespace;
}
function lower(name) {
    return /[A-Z]/.test(name) ? name.toLowerCase() : name;
}
function where(resource) {
    return `${resource.location.file}:${resource.location.line}:${resource.location.column}`;
}
function findClashes(resources) {
    const out = [];
    const byKey = new Map();
    const namespaces = new Map();
    let lastNamespace;
    let names = new Map();
    for (let i = 0; i < resources.length; i++) {
        const resource = resources[i];
        const first = byKey.get(resource.key);
        if (first) {
            out.push({
                ...resource.location,
                code: 'DUPLICATE_KEY',
                message: `${resource.type} ${resource.key} is declared twice: at ${where(first)} and at ${where(resource)}`,
                severity: 'error',
            });
            continue;
        }
        byKey.set(resource.key, resource);
        const namespace = namespaceOf(resource);
        const name = comparedName(resource);
        // Resources come grouped by type, so the namespace is mostly the last one: no lookup for it.
        if (namespace !== lastNamespace) {
            lastNamespace = namespace;
            const found = namespaces.get(namespace);
            if (found)
                names = found;
            else
                namespaces.set(namespace, (names = new Map()));
        }
        const holder = names.get(name);
        if (holder) {
            out.push({
                ...resource.location,
                code: 'NAME_COLLISION',
                message: `${resource.type} name '${resource.fullName}' (${resource.key}) at ${where(resource)} is also the name of ${holder.key} at ${where(holder)}`,
                severity: 'error',
            });
            continue;
        }
        names.set(name, resource);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/action/desired.ts
// What the blueprints at the checked-out commit ask for: the `blueprints`
// globs expanded against the workspace, the naming configuration from
// `config-dir`, then loading, validation and naming. Reads files only.





/** Blueprint files matching the globs, relative to `workspace`, sorted; dpn's own directory never matches. */
async function expandBlueprintGlobs(workspace, patterns, stateDir, exclude = []) {
    const state = (0,external_node_path_.resolve)(workspace, stateDir) + external_node_path_.sep;
    const excluded = exclusion(exclude);
    const found = new Set();
    for await (const file of (0,promises_.glob)(patterns, { cwd: workspace, exclude: (p) => /(^|[\\/])(node_modules|\.git)$/.test(String(p)) })) {
        const abs = (0,external_node_path_.resolve)(workspace, file);
        if (abs.startsWith(state))
            continue;
        const shown = (0,external_node_path_.relative)(workspace, abs).split(external_node_path_.sep).join('/');
        if (!excluded(shown))
            found.add(shown);
    }
    return [...found].sort();
}
async function loadDesired(workspace, inputs) {
    const naming = await loadNamingConfig({ cwd: workspace, configDir: inputs.configDir });
    const diagnostics = [...naming.diagnostics];
    const files = await expandBlueprintGlobs(workspace, inputs.blueprints, inputs.stateDir, inputs.exclude);
    if (files.length === 0) {
        // An empty set would plan the removal of everything the state holds.
        diagnostics.push({
            file: inputs.blueprints[0] ?? 'blueprints',
            line: 1,
            column: 1,
            code: 'BLUEPRINT_NONE',
            message: `no blueprint file matches ${inputs.blueprints.join(', ')}`,
            severity: 'error',
        });
        return { resources: [], diagnostics, files };
    }
    if (!naming.config)
        return { resources: [], diagnostics, files };
    const set = await loadBlueprints(files, { naming: naming.config, cwd: workspace });
    diagnostics.push(...set.diagnostics);
    return { resources: set.resources, diagnostics, files: set.files };
}


/***/ }),

/***/ 9389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  su: () => (/* binding */ blueprintsInScope),
  runPreview: () => (/* binding */ runPreview),
  J: () => (/* binding */ writePlanFile)
});

// UNUSED EXPORTS: planPreview

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/plan/serialize.ts
var serialize = __webpack_require__(6913);
// EXTERNAL MODULE: ./src/plan/summary.ts
var plan_summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/state/store.ts
var store = __webpack_require__(6992);
// EXTERNAL MODULE: ./src/state/path.ts
var path = __webpack_require__(4054);
// EXTERNAL MODULE: ./src/plan/retire-scope.ts
var retire_scope = __webpack_require__(177);
// EXTERNAL MODULE: ./src/render/comment.ts + 1 modules
var render_comment = __webpack_require__(1659);
// EXTERNAL MODULE: ./src/render/preview-report.ts + 1 modules
var preview_report = __webpack_require__(604);
// EXTERNAL MODULE: ./src/render/summary.ts
var render_summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/action/annotations.ts
var action_annotations = __webpack_require__(7376);
// EXTERNAL MODULE: ./src/action/desired.ts + 27 modules
var action_desired = __webpack_require__(3677);
;// CONCATENATED MODULE: ./src/action/http.ts
const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Not sent to another origin after a redirect (fetch drops them too). */
const CREDENTIALS = ['authorization', 'proxy-authorization', 'cookie'];
/** Describe a body: dropped with it when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
const httpFetch = async (url, init) => {
    let target = new URL(url);
    let { method, body } = init;
    let headers = { ...init.headers };
    for (let redirects = 0;; redirects++) {
        const answer = await exchange(target, method, headers, body, init.signal);
        const location = answer.headers.location;
        if (!REDIRECTS.has(answer.status) || location === undefined)
            return response(answer);
        if (redirects >= MAX_REDIRECTS)
            throw new TypeError(`${init.method} ${url}: more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, target);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw new TypeError(`${init.method} ${url}: redirected to ${next.protocol} URL`);
        if ((answer.status === 303 && method !== 'HEAD') || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
            headers = without(headers, BODY_HEADERS);
        }
        if (next.origin !== target.origin)
            headers = without(headers, CREDENTIALS);
        target = next;
    }
};
function exchange(url, method, headers, body, signal) {
    // Loaded on the first request (a run without a token makes none); process.getBuiltinModule
    // rather than an ESM import, whose facade of node:http would load undici for its WebSocket export.
    const { request } = process.getBuiltinModule(url.protocol === 'https:' ? 'node:https' : 'node:http');
    const sent = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body, 'utf8')) };
    return new Promise((resolve, reject) => {
        const req = request(url, { method, headers: sent, ...(signal ? { signal } : {}) }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            // A connection cut (or an abort) in the middle of the body: 'close' without 'end'.
            res.on('close', () => {
                if (!res.complete)
                    reject(signal?.aborted ? signal.reason : new Error(`${method} ${url.href}: the connection closed before the whole answer arrived`));
            });
        });
        req.on('error', (error) => reject(signal?.aborted ? signal.reason : error));
        req.end(body);
    });
}
function response(answer) {
    return {
        ok: answer.status >= 200 && answer.status < 300,
        status: answer.status,
        statusText: answer.statusText,
        headers: {
            get(name) {
                const value = answer.headers[name.toLowerCase()];
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
        },
        text: () => Promise.resolve(answer.body),
    };
}
function without(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}

;// CONCATENATED MODULE: ./src/action/github.ts
// The few GitHub REST calls the action makes, over plain HTTP requests
// against GITHUB_API_URL (GitHub Enterprise and the test server alike): fetch's
// meaning over node:https (http.ts) rather than Octokit or global fetch keeps
// the preview's start-up small; pagination follows the `Link` header as GitHub
// documents it.

/** An HTTP error from the GitHub API, with the status and GitHub's message. */
class GitHubApiError extends Error {
    status;
    method;
    path;
    apiMessage;
    retryAfterMs;
    constructor(status, method, path, apiMessage, retryAfterMs) {
        super(`GitHub API ${method} ${path} answered ${status}: ${apiMessage}`);
        this.status = status;
        this.method = method;
        this.path = path;
        this.apiMessage = apiMessage;
        this.retryAfterMs = retryAfterMs;
        this.name = 'GitHubApiError';
    }
}
const USER_AGENT = 'dpn-action';
class GitHubClient {
    #apiUrl;
    #token;
    #fetch;
    constructor(options) {
        this.#apiUrl = options.apiUrl.replace(/\/+$/, '');
        this.#token = options.token;
        this.#fetch = options.fetch ?? httpFetch;
    }
    /** Retries what GitHub documents as transient: 5xx, 429 and secondary rate limits, network errors. */
    async #request(method, pathOrUrl, body) {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.#once(method, pathOrUrl, body);
            }
            catch (error) {
                const status = error instanceof GitHubApiError ? error.status : 0;
                const secondary = status === 403 && error instanceof GitHubApiError && /secondary rate limit/i.test(error.apiMessage);
                const transient = !(error instanceof GitHubApiError) || status >= 500 || status === 429 || secondary;
                if (!transient || attempt >= 3)
                    throw error;
                const hinted = error instanceof GitHubApiError ? error.retryAfterMs : undefined;
                await new Promise((r) => setTimeout(r, Math.min(hinted ?? 1000 * 2 ** (attempt - 1), 30_000)));
            }
        }
    }
    async #once(method, pathOrUrl, body) {
        const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.#apiUrl}${pathOrUrl}`;
        const headers = {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': USER_AGENT,
        };
        if (this.#token)
            headers.authorization = `Bearer ${this.#token}`;
        if (body !== undefined)
            headers['content-type'] = 'application/json';
        const res = await this.#fetch(url, {
            method,
            headers,
            ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
            signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        let data = undefined;
        if (text) {
            try {
                data = JSON.parse(text);
            }
            catch {
                data = text;
            }
        }
        if (!res.ok) {
            const message = data && typeof data === 'object' && 'message' in data ? String(data.message) : res.statusText;
            const retryAfter = Number(res.headers.get('retry-after'));
            throw new GitHubApiError(res.status, method, new URL(url).pathname, message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined);
        }
        return { data, link: res.headers.get('link') };
    }
    /** Every item of a paginated list, following `rel="next"` links. */
    async #all(path) {
        const items = [];
        let next = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
        for (let pages = 0; next && pages < 1000; pages++) {
            const { data, link } = await this.#request('GET', next);
            if (!Array.isArray(data))
                throw new GitHubApiError(200, 'GET', path, 'expected a list');
            items.push(...data);
            next = nextLink(link);
        }
        return items;
    }
    /** The token's own user; null for an installation token (GITHUB_TOKEN), which cannot read /user. */
    async viewer() {
        try {
            const { data } = await this.#request('GET', '/user');
            const user = data;
            return { login: String(user.login), type: String(user.type ?? 'User') };
        }
        catch (error) {
            if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401))
                return null;
            throw error;
        }
    }
    listIssueComments(repo, issue) {
        return this.#all(`/repos/${repo}/issues/${issue}/comments`);
    }
    async createIssueComment(repo, issue, body) {
        const { data } = await this.#request('POST', `/repos/${repo}/issues/${issue}/comments`, { body });
        return data;
    }
    async updateIssueComment(repo, id, body) {
        const { data } = await this.#request('PATCH', `/repos/${repo}/issues/comments/${id}`, { body });
        return data;
    }
    async listPullFiles(repo, pull) {
        const files = await this.#all(`/repos/${repo}/pulls/${pull}/files`);
        return files.map((f) => f.filename);
    }
}
/** The `rel="next"` target of a `Link` header (RFC 8288 as GitHub writes it). */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (m && m[2]?.split(/\s+/).includes('next'))
            return m[1];
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/export/names.ts + 2 modules
var names = __webpack_require__(4192);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/action/names-export.ts
// The `export` input in pull request mode: the `dpn export names` output written
// into the job's workspace for later steps, and shown in the job summary. Never
// written when the blueprints have errors: no step may read a name that broke a rule.




/** Larger exports are named in the summary, not shown: a step's summary holds at most 1 MiB. */
const SUMMARY_LIMIT = 256 * 1024;
/** A code fence longer than any run of backticks in `text`, so nothing in it can close the block. */
function fence(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    return '`'.repeat(Math.max(3, longest + 1));
}
async function writeNamesExport(workspace, spec, desired) {
    const shown = `\`${(0,render_escape/* escapeMarkdown */.FV)(spec.path)}\``;
    if (desired.diagnostics.some((d) => d.severity === 'error')) {
        return { summary: `\n### Names export\n\n${shown} was not written: the blueprints have errors (listed above).\n` };
    }
    const text = (0,names/* renderNamesExport */.zP)(desired.resources, spec.format);
    await (0,store/* writeAtomically */.vK)((0,external_node_path_.resolve)(workspace, spec.path), text);
    const head = `\n### Names export\n\n${shown} (${spec.format}, ${desired.resources.length} resource${desired.resources.length === 1 ? '' : 's'}) is in the workspace for the next steps.\n`;
    if (text.length > SUMMARY_LIMIT)
        return { file: spec.path, summary: `${head}\nIt is ${text.length} characters, too large to show here.\n` };
    const f = fence(text);
    return { file: spec.path, summary: `${head}\n<details><summary>${shown}</summary>\n\n${f}\n${text}${f}\n\n</details>\n` };
}

;// CONCATENATED MODULE: ./src/action/sticky-comment.ts
// The one preview comment per pull request: found by a hidden marker AND by the
// token's own author among all pages of comments, created once, then edited in
// place, so a PR never collects a trail of stale previews.



/** The identity GITHUB_TOKEN writes as; /user is not readable with it. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
function isOwnComment(comment, marker, self) {
    if (!comment.body?.includes(marker) || !comment.user)
        return false;
    if (comment.user.login !== self.login)
        return false;
    // A user named like the bot cannot exist (the `[bot]` suffix is reserved), but check the type too.
    return self.type !== 'Bot' || comment.user.type === 'Bot';
}
async function upsertStickyComment(client, repo, issue, body, marker = render_comment/* PREVIEW_MARKER */.yf) {
    const text = body.includes(marker) ? body : `${marker}\n${body}`;
    try {
        const self = (await client.viewer()) ?? ACTIONS_BOT;
        const comments = await client.listIssueComments(repo, issue);
        // The newest of ours wins if an earlier run raced and left two.
        const mine = comments.filter((c) => isOwnComment(c, marker, self)).at(-1);
        if (mine) {
            try {
                const updated = await client.updateIssueComment(repo, mine.id, text);
                return { status: 'updated', id: updated.id, ...(updated.html_url ? { url: updated.html_url } : {}) };
            }
            catch (error) {
                // Deleted by someone between the listing and the edit: write a new one.
                if (!(error instanceof GitHubApiError && error.status === 404))
                    throw error;
            }
        }
        const created = await client.createIssueComment(repo, issue, text);
        return { status: 'created', id: created.id, ...(created.html_url ? { url: created.html_url } : {}) };
    }
    catch (error) {
        // A fork's token is read-only: the preview still lands in the summary and annotations.
        if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
            return { status: 'forbidden', reason: error.apiMessage };
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/action/preview.ts
// Pull request mode: validate every blueprint and the naming configuration at
// the PR head, diff against the checked-in state, and report three ways — the
// sticky comment, the job summary, annotations — plus a plan JSON file. Needs
// no cloud credentials and never writes to the repository.
















/**
 * Blueprint files whose removed resources this run may retire: those loaded now
 * and every file the state knows that the globs still cover (a deleted
 * blueprint file retires its resources). State of files outside the globs is left alone.
 */
function blueprintsInScope(loaded, state, globs) {
    return (0,retire_scope/* retireScope */.ou)({ covers: (0,retire_scope/* coveredByGlobs */.r)(globs) }, loaded, state);
}
/** Loads, validates and plans; pure apart from reading files. */
async function planPreview(inputs, context, stateRoot, touched) {
    const desired = await (0,action_desired/* loadDesired */.f)(context.workspace, inputs);
    let state = (0,store/* emptyState */.p$)();
    let stateError;
    try {
        state = await (0,store/* loadState */.C7)((0,external_node_path_.join)(stateRoot, inputs.stateDir));
    }
    catch (error) {
        stateError = error instanceof Error ? error.message : String(error);
    }
    const commit = context.pullRequest?.headSha || context.sha;
    const { report, plan } = (0,preview_report/* previewReport */.$)({
        files: desired.files,
        resources: desired.resources,
        diagnostics: desired.diagnostics,
        ...(stateError === undefined ? { state } : { stateError }),
        diff: { blueprints: blueprintsInScope(desired.files, state, inputs.blueprints), ...(inputs.deletionPolicy ? { deletionPolicy: inputs.deletionPolicy } : {}) },
        commit,
        touched,
        allowMassDelete: inputs.allowMassDelete,
        ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        ...(context.repository && commit ? { blobUrl: `${context.serverUrl}/${context.repository}/blob/${commit}/` } : {}),
    });
    const planError = report.planError;
    return { desired, state, plan, ...(planError !== undefined ? { planError } : {}), report };
}
async function writePlanFile(context, body, name = 'plan') {
    const dir = context.runnerTemp || (0,external_node_os_.tmpdir)();
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `dpn-${name}-${context.runId || process.pid}-${context.runAttempt}.json`);
    await (0,promises_.writeFile)(file, JSON.stringify(body, null, 2) + '\n', 'utf8');
    return file;
}
async function runPreview(inputs, context, deps) {
    const { logger } = deps;
    const pr = context.pullRequest;
    const github = inputs.githubToken ? new GitHubClient({ apiUrl: context.apiUrl, token: inputs.githubToken }) : undefined;
    // Files the PR touched rank first in the comment and annotations; missing them only costs ordering.
    const touched = new Set();
    if (pr && github) {
        try {
            for (const f of await github.listPullFiles(context.repository, pr.number))
                touched.add((0,path/* normalizeBlueprintPath */.ek)(f));
        }
        catch (error) {
            logger.debug(`could not list the pull request's files: ${error.message}`);
        }
    }
    const { desired, plan, planError, report } = await planPreview(inputs, context, deps.stateRoot, touched);
    const all = [...desired.diagnostics];
    const annotations = (0,action_annotations/* annotate */.fz)(all, deps.sink, touched);
    const planFile = await writePlanFile(context, {
        commit: report.commit,
        valid: report.valid,
        ...(planError !== undefined ? { error: planError } : {}),
        diagnostics: all,
        plan: plan ? (0,serialize/* planToJSON */.Zs)(plan) : null,
    });
    const outputs = {
        valid: String(report.valid),
        plan: planFile,
        status: report.valid ? 'valid' : 'invalid',
    };
    const c = (0,plan_summary/* changeCounts */.Zg)(report.summary);
    outputs.creates = String(c.creates);
    outputs.updates = String(c.updates);
    outputs.deletes = String(c.deletes);
    let note = '';
    if (pr && inputs.comment) {
        if (!github) {
            logger.warning('no github-token: the preview is in the job summary only');
        }
        else {
            const comment = (0,render_comment/* renderComment */.wQ)(report, render_comment/* PREVIEW_MARKER */.yf);
            if (comment.omitted.length)
                logger.info(`comment shortened to ${comment.text.length} characters: ${comment.omitted.join('; ')}`);
            const result = await upsertStickyComment(github, context.repository, pr.number, comment.text);
            if (result.status === 'forbidden') {
                // A fork's read-only token: not a failure of the change under review.
                logger.warning(`could not comment on pull request #${pr.number} (${result.reason})${pr.fromFork ? ' — it comes from a fork, whose token is read-only' : ''}; the preview is in the job summary`);
            }
            else {
                outputs['comment-id'] = String(result.id);
                logger.info(`${result.status} preview comment ${result.url ?? result.id}`);
            }
        }
    }
    const left = annotations.notAnnotated.error + annotations.notAnnotated.warning;
    if (left > 0) {
        note =
            `\n> [!NOTE]\n> ${annotations.annotated} problems are annotated on the files; ${left} more ` +
                `(${annotations.notAnnotated.error} errors, ${annotations.notAnnotated.warning} warnings) are not, because GitHub shows at most 10 errors and 10 warnings per step. All are listed above.\n`;
    }
    const exported = inputs.export ? await writeNamesExport(context.workspace, inputs.export, desired) : undefined;
    if (exported?.file !== undefined)
        outputs.export = exported.file;
    const summary = (0,render_summary/* renderPreviewSummary */.xo)(report).text + note + (exported?.summary ?? '');
    const errors = all.filter((d) => d.severity === 'error').length;
    return {
        outputs,
        summary,
        ...(report.valid ? {} : { failure: planError && errors === 0 ? `no plan: ${planError}` : `${errors} blueprint or configuration error${errors === 1 ? '' : 's'}` }),
    };
}


/***/ }),

/***/ 1659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yf: () => (/* binding */ PREVIEW_MARKER),
  wQ: () => (/* binding */ renderComment),
  Bt: () => (/* binding */ renderPreview),
  dC: () => (/* binding */ summaryLine)
});

// UNUSED EXPORTS: COMMENT_BUDGET, COMMENT_LIMIT, mergeLine

// EXTERNAL MODULE: ./src/plan/summary.ts
var plan_summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/naming/clouds.ts
var clouds = __webpack_require__(4);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/plan/steps.ts
var plan_steps = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/render/plan-format.ts + 1 modules
var plan_format = __webpack_require__(3386);
;// CONCATENATED MODULE: ./src/render/mermaid.ts
// The plan's execution graph as a mermaid flowchart (for a PR comment or a job
// summary inside a ```mermaid fence): one node per step, an edge from what must
// finish first to what waits for it, the apply phase before the retire phase.
// Node ids are derived from keys but reduced to [A-Za-z0-9_] and made unique;
// labels are escaped so no blueprint string can end the label, the graph or the
// code fence.



const STYLE = {
    create: 'fill:#e6ffed,stroke:#2da44e',
    update: 'fill:#fff8c5,stroke:#bf8700',
    archive: 'fill:#ddf4ff,stroke:#0969da',
    delete: 'fill:#ffebe9,stroke:#cf222e',
    retain: 'fill:#f6f8fa,stroke:#57606a',
};
function renderMermaid(plan, options = {}) {
    const steps = (0,plan_steps/* executionSteps */.Ku)(plan);
    const maxNodes = options.maxNodes ?? 200;
    const shown = steps.slice(0, maxNodes);
    // What dpn names but does not provision is no step; its references (container → account) are drawn apart.
    const named = plan.operations.filter((op) => op.provisioned === false).slice(0, Math.max(0, maxNodes - shown.length));
    const ids = nodeIds([...shown.map((s) => s.id), ...named.map((op) => op.key)]);
    const byKey = new Map(plan.operations.map((op) => [op.key, op]));
    const lines = ['flowchart LR'];
    for (const phase of ['apply', 'retire']) {
        const inPhase = shown.filter((s) => s.phase === phase);
        if (inPhase.length === 0)
            continue;
        lines.push(`  subgraph ${phase}_phase["${phase === 'apply' ? 'create / update' : 'archive / delete (after every create and update)'}"]`);
        for (const step of inPhase) {
            const op = byKey.get(step.key);
            const replaced = op?.action === 'replace';
            const symbol = replaced ? plan_format/* SYMBOL */.PF.replace : plan_format/* SYMBOL */.PF[step.action];
            const verb = replaced ? (step.phase === 'apply' ? 'replace: create' : `replace: ${step.action} old`) : step.action;
            const name = replaced && step.phase === 'retire' ? (op?.current?.fullName ?? '') : (op?.fullName ?? '');
            const label = `${symbol} ${verb}<br/>${(0,render_escape/* escapeMermaidLabel */.x2)(op?.type ?? '')}<br/>${(0,render_escape/* escapeMermaidLabel */.x2)(name)}`;
            lines.push(`    ${ids.get(step.id)}["${escapeLabelText(label)}"]:::${step.action}`);
        }
        lines.push('  end');
    }
    if (named.length > 0) {
        lines.push('  subgraph named_only["named, not provisioned"]');
        for (const op of named) {
            lines.push(`    ${ids.get(op.key)}["${escapeLabelText(`${(0,render_escape/* escapeMermaidLabel */.x2)(op.type)}<br/>${(0,render_escape/* escapeMermaidLabel */.x2)(op.fullName)}`)}"]:::named`);
        }
        lines.push('  end');
        for (const op of named) {
            for (const dep of op.desired?.dependsOn ?? []) {
                const from = ids.get(dep);
                if (from)
                    lines.push(`  ${from} -.-> ${ids.get(op.key)}`);
            }
        }
    }
    for (const step of shown) {
        for (const dep of step.dependsOn) {
            const from = ids.get(dep);
            if (from)
                lines.push(`  ${from} --> ${ids.get(step.id)}`);
        }
    }
    if (shown.some((s) => s.phase === 'apply') && shown.some((s) => s.phase === 'retire')) {
        lines.push('  apply_phase ==> retire_phase');
    }
    if (steps.length > shown.length)
        lines.push(`  more["…and ${steps.length - shown.length} more steps"]`);
    for (const action of Object.keys(STYLE))
        lines.push(`  classDef ${action} ${STYLE[action]}`);
    if (named.length > 0)
        lines.push('  classDef named fill:#ffffff,stroke:#8c959f,stroke-dasharray:3 3');
    return lines.join('\n') + '\n';
}
// The symbols are ours, but `-/+` and `⌫` still go through the same escaping
// as everything else in a label; `<br/>` is the only markup we add.
function escapeLabelText(label) {
    return label
        .split('<br/>')
        .map((part) => part.replace(/["`]/g, (c) => `#${c.charCodeAt(0)};`))
        .join('<br/>');
}
/** `n_<key reduced to [A-Za-z0-9_]>`, with a numeric suffix when two keys reduce alike. */
function nodeIds(keys) {
    const out = new Map();
    const used = new Set();
    for (const key of keys) {
        const base = `n_${key.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 80);
        let id = base;
        for (let i = 2; used.has(id); i++)
            id = `${base}_${i}`;
        used.add(id);
        out.set(key, id);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/comment.ts





const COMMENT_LIMIT = 65_536;
/** The hidden first line by which the Action finds its sticky comment again. */
const PREVIEW_MARKER = '<!-- dpn:preview -->';
/** Headroom under the limit for what GitHub may count differently (line endings, code points). */
const COMMENT_BUDGET = COMMENT_LIMIT - 1_024;
const ICON = {
    create: '🟢',
    update: '🟡',
    replace: '🔴',
    archive: '📦',
    delete: '❌',
    retain: '⚪',
    noop: '·',
};
const RANK = { replace: 0, delete: 1, archive: 2, update: 3, create: 4, retain: 5, noop: 6 };
const code = (s) => `<code>${(0,render_escape/* escapeHtml */.ZD)(s)}</code>`;
function changeDetail(op, detail, shortened) {
    const parts = [];
    switch (op.action) {
        case 'update': {
            const fields = op.stateOnly ? ['(state only: nothing changes on the platform)'] : [];
            parts.push(`update: ${[...fields, ...fieldList(op, detail)].join('; ')}`);
            break;
        }
        case 'replace': {
            const from = op.current?.fullName;
            parts.push(`**replace** (the old resource is retired)${from && from !== op.fullName ? `: was ${code(from)}` : ''}`);
            const fields = fieldList(op, detail);
            if (fields.length > 0)
                parts.push(fields.join('; '));
            break;
        }
        case 'archive':
            parts.push('archive (removed from the blueprints; kept on the platform)');
            break;
        case 'delete':
            parts.push('**delete** (removed from the blueprints)');
            break;
        case 'retain':
            parts.push('retain (removed from the blueprints; dpn stops managing it)');
            break;
        default:
            parts.push(op.action);
    }
    if (op.movedFrom)
        parts.push(`moved from ${code(op.movedFrom)}`);
    const from = shortened?.get(op.key);
    if (from)
        parts.push(`name shortened from ${code(from)}`);
    return parts.join('; ');
}
/** `lifecycle_days: 30 → 60`, in the blueprint's field names; names only when values do not fit. */
function fieldList(op, detail) {
    const changes = (0,plan_format/* listedChanges */.D1)(op);
    const shown = changes.slice(0, detail.values ? 6 : 12);
    const out = shown.map((c) => (detail.values ? `${code(c.field)}: ${code((0,plan_format/* formatValue */.Fl)(c.before, 80))} → ${code((0,plan_format/* formatValue */.Fl)(c.after, 80))}` : code(c.field)));
    if (changes.length > shown.length)
        out.push(`+${changes.length - shown.length} more`);
    return out;
}
/** A link target for a repository file (and line): path segments percent-encoded, so no `)` or space ends the link. */
function fileLink(blobUrl, file, line) {
    if (!blobUrl || file === '' || file.startsWith('/') || file.split('/').includes('..'))
        return undefined;
    const path = file.split('/').map((s) => encodeURIComponent(s)).join('/');
    return `${blobUrl}${path}${line ? `#L${line}` : ''}`;
}
const linked = (text, href) => (href ? `[${text}](${href})` : text);
function diagnosticRow(d, blobUrl) {
    const where = linked(`${(0,render_escape/* escapeMarkdown */.FV)(d.file)}:${d.line}${d.column ? `:${d.column}` : ''}`, fileLink(blobUrl, d.file, d.line));
    return `| ${d.severity === 'error' ? '❌' : '⚠️'} | ${where} | ${code(d.code)} | ${(0,render_escape/* escapeMarkdown */.FV)(d.message)} |`;
}
/** The last line of the preview: what merging this pull request will do, as the reconcile on the default branch behaves. */
function mergeLine(report) {
    const errors = allDiagnostics(report).some((d) => d.severity === 'error');
    if (errors) {
        const planned = report.blueprints.filter((b) => b.planned !== false && b.operations.some((op) => op.action !== 'noop')).length;
        return `**Merging now applies nothing**: the reconcile refuses blueprints with errors.${planned > 0 ? ' Once they are fixed, it applies the changes planned above and those of the fixed blueprints.' : ''}`;
    }
    if (report.planError !== undefined || !report.summary)
        return '**Merging now applies nothing**: no plan could be made (see above).';
    if (report.massDeleteRefused) {
        return '**Merging applies nothing**: the plan removes more than half of what a blueprint manages, and the reconcile refuses that unless `allow-mass-delete` is set.';
    }
    const s = report.summary;
    if (s.create + s.update + s.replace + s.archive + s.delete + s.retain === 0)
        return '**Merging changes nothing**: every resource matches its blueprint.';
    return `**Merging applies this plan**: ${summaryLine(s)}.`;
}
/** The plan's one-line count, in the same words as `dpn plan`. */
function summaryLine(summary) {
    return summary ? (0,render_escape/* escapeMarkdown */.FV)((0,plan_summary/* summaryLine */.dC)(summary)) : 'no plan';
}
function allDiagnostics(report) {
    const list = [...report.diagnostics, ...report.blueprints.flatMap((b) => b.diagnostics)];
    return list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
/** Change rows in the order they are kept when space runs out. */
function rowPriority(report) {
    const rows = [];
    let index = 0;
    for (const b of report.blueprints) {
        for (const op of b.operations)
            if (op.action !== 'noop')
                rows.push({ op, touched: b.changedInPr, index: index++ });
    }
    rows.sort((a, b) => Number(b.touched) - Number(a.touched) || RANK[a.op.action] - RANK[b.op.action] || a.index - b.index);
    return new Map(rows.map((r, i) => [r.op, i]));
}
/** Rows rendered once and reused by every attempt to fit the budget. */
class RowCache {
    shortened;
    blobUrl;
    #change = [new Map(), new Map()];
    #plain = new Map();
    constructor(shortened, blobUrl) {
        this.shortened = shortened;
        this.blobUrl = blobUrl;
    }
    change(op, detail) {
        const cache = this.#change[detail.values ? 1 : 0];
        let row = cache.get(op);
        if (row === undefined) {
            // A removed resource has no line at the head commit: it is not linked.
            const name = linked(code(op.fullName || op.name), op.desired ? fileLink(this.blobUrl, op.blueprint, op.desired.location.line) : undefined);
            row = `| ${ICON[op.action]} | ${code(op.type)} | ${name} | ${changeDetail(op, detail, this.shortened)} |`;
            cache.set(op, row);
        }
        return row;
    }
    unchanged(op) {
        let row = this.#plain.get(op);
        if (row === undefined) {
            row = `| ${code(op.type)} | ${code(op.fullName || op.name)} |`;
            this.#plain.set(op, row);
        }
        return row;
    }
}
function render(report, detail, options, priority, omitted, rows = new RowCache(report.shortened, report.blobUrl)) {
    const out = [];
    if (options.marker)
        out.push(options.marker);
    const diagnostics = allDiagnostics(report);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const status = report.valid ? '✅ valid' : `❌ ${errors} error${errors === 1 ? '' : 's'}`;
    const notPlanned = report.blueprints.filter((b) => b.planned === false).length;
    out.push(`## ${options.title ?? 'dpn preview'} — ${status}`, '');
    out.push(`Commit ${code(report.commit.slice(0, 12) || 'unknown')} · ${report.blueprints.length} blueprint${report.blueprints.length === 1 ? '' : 's'} · ${summaryLine(report.summary)}${notPlanned ? ` · ${notPlanned} not planned` : ''}`, '');
    if (omitted.length > 0) {
        const where = report.runUrl ? `[the job summary](${report.runUrl})` : 'the job summary';
        out.push(`> [!NOTE]`, `> This comment was shortened to fit GitHub's limit: ${omitted.join('; ')}. The full preview is in ${where}.`, '');
    }
    if (report.planError)
        out.push(`> [!CAUTION]`, `> No plan: ${(0,render_escape/* escapeMarkdown */.FV)(report.planError)}`, '');
    for (const w of report.warnings)
        out.push(`> [!WARNING]`, `> ${(0,render_escape/* escapeMarkdown */.FV)(w.message)} (${code(w.key)})`, '');
    // Problems come first (they block the merge); a blueprint that was not planned points down to them.
    const blueprintsFirst = report.blueprints.some((b) => b.planned === false);
    const problems = () => {
        if (diagnostics.length === 0)
            return;
        const shown = diagnostics.slice(0, detail.diagnostics);
        out.push(`### Problems`, '', '| | Where | Rule | Message |', '| --- | --- | --- | --- |', ...shown.map((d) => diagnosticRow(d, report.blobUrl)));
        if (shown.length < diagnostics.length)
            out.push('', `…and ${diagnostics.length - shown.length} more.`);
        out.push('');
    };
    if (!blueprintsFirst)
        problems();
    for (const b of report.blueprints) {
        const changes = b.operations.filter((op) => op.action !== 'noop');
        const unchanged = b.operations.filter((op) => op.action === 'noop' && op.provisioned !== false);
        const named = b.operations.filter((op) => op.provisioned === false);
        const errs = b.diagnostics.filter((d) => d.severity === 'error').length;
        const head = b.planned === false
            ? ['not planned: fix the errors below', errs ? `${errs} error${errs === 1 ? '' : 's'}` : '']
            : [
                changes.length ? `${changes.length} change${changes.length === 1 ? '' : 's'}` : 'no changes',
                unchanged.length ? `${unchanged.length} unchanged` : '',
                named.length ? `${named.length} named only` : '',
                errs ? `${errs} error${errs === 1 ? '' : 's'}` : '',
            ];
        out.push(`### ${linked(code(b.file), b.planned === false ? undefined : fileLink(report.blobUrl, b.file))}${b.changedInPr ? ' ✏️' : ''} — ${head.filter(Boolean).join(', ')}`, '');
        const shown = changes.filter((op) => (priority.get(op) ?? Infinity) < detail.rows);
        // A blueprint that spans Azure or Google Cloud is shown cloud by cloud.
        for (const [cloud, ops] of named.length > 0 ? byCloud(shown) : [[undefined, shown]]) {
            if (ops.length === 0)
                continue;
            if (cloud !== undefined)
                out.push(`#### ${clouds/* CLOUD_LABELS */.sz[cloud]}`, '');
            out.push('| | Type | Name | Change |', '| --- | --- | --- | --- |');
            for (const op of ops)
                out.push(rows.change(op, detail));
            if (cloud !== undefined)
                out.push('');
        }
        if (shown.length < changes.length)
            out.push('', `…${changes.length - shown.length} more change${changes.length - shown.length === 1 ? '' : 's'} not shown here.`);
        if (unchanged.length > 0 && detail.unchanged) {
            out.push('', `<details><summary>${unchanged.length} unchanged</summary>`, '', '| Type | Name |', '| --- | --- |');
            for (const op of unchanged)
                out.push(rows.unchanged(op));
            out.push('', '</details>');
        }
        for (const [cloud, ops] of byCloud(named)) {
            out.push('', `#### ${clouds/* CLOUD_LABELS */.sz[cloud]} — ${ops.length} named, not provisioned`, '');
            if (detail.unchanged) {
                out.push('| Type | Name |', '| --- | --- |');
                for (const op of ops)
                    out.push(rows.unchanged(op));
            }
            else {
                out.push('(list left out to fit)');
            }
        }
        if (detail.graphs && (changes.length > 0 || named.some((op) => (op.desired?.dependsOn.length ?? 0) > 0))) {
            // The blueprint's own steps and the edges between them, as `dpn plan` draws the whole plan.
            const graph = renderMermaid({ operations: b.operations, summary: (0,plan_summary/* summarize */.eh)(b.operations) });
            out.push('', '<details><summary>Dependency graph</summary>', '', '```mermaid', graph.trimEnd(), '```', '', '</details>');
        }
        // A section with nothing under its heading already ends in a blank line.
        if (out[out.length - 1] !== '')
            out.push('');
    }
    if (blueprintsFirst)
        problems();
    out.push(mergeLine(report), '');
    out.push(`<sub>dpn · ${ICON.create} create ${ICON.update} update ${ICON.replace} replace ${ICON.archive} archive ${ICON.delete} delete ${ICON.retain} retain</sub>`, '');
    return out.join('\n');
}
const CLOUD_ORDER = ['aws', 'databricks', 'azure', 'gcp'];
/** Operations grouped by cloud, in a fixed order of clouds, keeping their order within each. */
function byCloud(ops) {
    const groups = new Map();
    for (const op of ops) {
        const cloud = (0,clouds/* cloudOf */.hH)(op.type);
        const group = groups.get(cloud);
        if (group)
            group.push(op);
        else
            groups.set(cloud, [op]);
    }
    return CLOUD_ORDER.filter((cloud) => groups.has(cloud)).map((cloud) => [cloud, groups.get(cloud)]);
}
/**
 * Renders the preview within `options.budget`, dropping the least important
 * parts first and saying so at the top of the text.
 */
function renderPreview(report, options) {
    const measure = options.measure ?? ((s) => s.length);
    const priority = rowPriority(report);
    const totalRows = priority.size;
    const totalDiagnostics = allDiagnostics(report).length;
    const full = { graphs: true, unchanged: true, values: true, rows: Infinity, diagnostics: Infinity };
    const rows = new RowCache(report.shortened, report.blobUrl);
    const fits = (d, omitted) => {
        const text = render(report, d, options, priority, omitted, rows);
        return measure(text) <= options.budget ? text : null;
    };
    let text = fits(full, []);
    if (text !== null)
        return { text, omitted: [] };
    const steps = [
        { detail: { ...full, graphs: false }, omitted: ['dependency graphs'] },
        { detail: { ...full, graphs: false, unchanged: false }, omitted: ['dependency graphs', 'lists of unchanged resources'] },
        {
            detail: { ...full, graphs: false, unchanged: false, values: false },
            omitted: ['dependency graphs', 'lists of unchanged resources', 'before/after values'],
        },
    ];
    for (const step of steps) {
        text = fits(step.detail, step.omitted);
        if (text !== null)
            return { text, omitted: step.omitted };
    }
    const base = steps[steps.length - 1];
    // Largest number of change rows that fits (binary search: the text grows with rows).
    const tryRows = (rows, diagnostics) => {
        const omitted = [...base.omitted];
        if (rows < totalRows)
            omitted.push(`${totalRows - rows} of ${totalRows} changes`);
        if (diagnostics < totalDiagnostics)
            omitted.push(`${totalDiagnostics - diagnostics} of ${totalDiagnostics} problems`);
        const t = fits({ ...base.detail, rows, diagnostics }, omitted);
        return t === null ? null : { text: t, omitted };
    };
    let diagnostics = totalDiagnostics;
    if (tryRows(0, diagnostics) === null) {
        let lo = 0;
        let hi = totalDiagnostics;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (tryRows(0, mid) !== null)
                lo = mid;
            else
                hi = mid - 1;
        }
        diagnostics = lo;
    }
    let lo = 0;
    let hi = totalRows;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (tryRows(mid, diagnostics) !== null)
            lo = mid;
        else
            hi = mid - 1;
    }
    const result = tryRows(lo, diagnostics);
    if (result)
        return result;
    // Even the skeleton (one heading per blueprint) is too long: cut at a line, keep the note.
    const omitted = [...base.omitted, 'every change row', 'the per-blueprint sections past this point'];
    const skeleton = render(report, { ...base.detail, rows: 0, diagnostics: 0 }, options, priority, omitted);
    const lines = skeleton.split('\n');
    const kept = [];
    let size = 0;
    for (const line of lines) {
        const n = measure(line + '\n');
        if (size + n > options.budget - 64)
            break;
        kept.push(line);
        size += n;
    }
    kept.push('', '…(cut)');
    return { text: kept.join('\n'), omitted };
}
/** The sticky PR comment (and `dpn plan preview --format markdown`): marker first, under COMMENT_BUDGET characters. */
function renderComment(report, marker = PREVIEW_MARKER) {
    return renderPreview(report, { budget: COMMENT_BUDGET, marker });
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   x2: () => (/* binding */ escapeMermaidLabel)
/* harmony export */ });
/* unused harmony export escapeTerminal */
// Escaping of user-controlled strings (anything that came from a blueprint,
// a naming config or the state) before it reaches markdown, HTML, a terminal or
// a mermaid graph. Every renderer uses these; none builds its own.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|~]/g;
/**
 * Makes a string inert in GitHub-flavoured markdown, inline and inside table
 * cells: HTML is entity-encoded, markdown punctuation backslash-escaped, `|`
 * cannot split a table cell, newlines cannot end a table row, and `@name`
 * cannot notify anyone (a zero-width space after `@`, as Renovate does).
 */
function escapeMarkdown(value) {
    return stripControl(value)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
        .replace(/@/g, '@&#8203;');
}
/**
 * For text inside HTML (`<details>`, `<summary>`, `<code>`), in a raw HTML
 * block or inline in markdown: everything is a character reference, never a
 * backslash (shown literally inside HTML blocks). Markdown punctuation is
 * encoded too, because inline HTML content is still parsed as markdown: a
 * backtick could open a code span, `|` split a table cell, `_` start emphasis.
 */
function escapeHtml(value) {
    return stripControl(value)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[&<>"'|`*_[\]~\\]/g, (c) => HTML_ENTITY[c] ?? `&#${c.charCodeAt(0)};`)
        .replace(/@/g, '@&#8203;');
}
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * For a terminal: control characters (ANSI escape sequences, carriage returns
 * that overwrite a line) are shown as `\u001b`-style escapes instead of acting.
 */
function escapeTerminal(value) {
    return value.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A mermaid label inside `"…"`: quotes, angle brackets, backticks and `#` become mermaid entity codes. */
function escapeMermaidLabel(value) {
    return stripControl(value)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[#"<>`&|{}[\]()\\]/g, (c) => `#${c.charCodeAt(0)};`);
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
function stripControl(value) {
    return value.replace(CONTROL, '');
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PF: () => (/* binding */ SYMBOL),
  Fl: () => (/* binding */ formatValue),
  D1: () => (/* binding */ listedChanges)
});

// UNUSED EXPORTS: describeName, formatChange, notes

;// CONCATENATED MODULE: ./src/blueprint/field-names.ts
/** Per resource type: the first segment under `params` → the blueprint field it came from. */
const PARAMS = {
    aws_s3_bucket: { lifecycleDays: 'lifecycle_days' },
    aws_glue_table: { databaseName: 'database_ref', tableType: 'table_type', partitionKeys: 'partition_keys' },
    dbx_cluster: { cluster_name: 'name', node_type_id: 'node_type', custom_tags: 'tags' },
    dbx_job: { clusterKey: 'cluster_ref' },
    dbx_schema: { catalog_name: 'catalog' },
    dbx_table: { catalog_name: 'catalog', schema_name: 'schema' },
};
/** Nested fields whose driver name differs from the blueprint's. */
const NESTED = { min_workers: 'min', max_workers: 'max' };
/** Tags that dpn derives from `metadata`; any other tag keeps its own key. */
const TAG_SOURCES = {
    Team: 'metadata.team',
    CostCenter: 'metadata.cost_center',
    Environment: 'metadata.environment',
    Project: 'metadata.project',
};
const TOP = { deletionPolicy: 'deletion_policy', fullName: 'full_name', dependsOn: 'depends_on' };
// A path is segments `.word` or `["any key"]` and indexes `[3]` (see src/plan/fields.ts childPath).
const SEGMENT = /^(?:\.?([A-Za-z_$][\w$-]*)|\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\])/;
function segments(path) {
    const out = [];
    let rest = path;
    while (rest.length > 0) {
        const m = SEGMENT.exec(rest);
        if (!m)
            return [path];
        out.push(m[1] ?? (m[2] !== undefined ? JSON.parse(m[2]) : Number(m[3])));
        rest = rest.slice(m[0].length);
    }
    return out;
}
function join(parts) {
    let out = '';
    for (const p of parts) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(p))
            out += out ? `.${p}` : p;
        else
            out += `[${JSON.stringify(p)}]`;
    }
    return out;
}
const snake = (word) => word.replace(/[a-z0-9][A-Z]/g, (m) => `${m[0]}_${m[1].toLowerCase()}`);
/** `params.lifecycleDays` of an aws_s3_bucket → `lifecycle_days`; `tags.Team` → `metadata.team`. */
function blueprintField(type, path) {
    const parts = segments(path);
    const [head, ...rest] = parts;
    if (head === 'tags')
        return tagField(rest);
    if (head !== 'params')
        return typeof head === 'string' && TOP[head] ? join([TOP[head], ...rest]) : path;
    const [first, ...tail] = rest;
    if (typeof first !== 'string')
        return path;
    if (first === 'region')
        return 'metadata.region';
    const mapped = PARAMS[type]?.[first] ?? snake(first);
    if (mapped === 'tags')
        return tagField(tail);
    return join([mapped, ...tail.map((p) => (typeof p === 'string' ? (NESTED[p] ?? p) : p))]);
}
function tagField(rest) {
    const [key, ...more] = rest;
    if (typeof key === 'string' && TAG_SOURCES[key] && more.length === 0)
        return TAG_SOURCES[key];
    return join(['tags', ...rest]);
}
/**
 * A plan operation's field changes in blueprint terms. One blueprint field can
 * reach several driver fields (`metadata.team` is the resource's tag and a
 * cluster's custom tag); it is listed once.
 */
function blueprintChanges(type, changes) {
    const seen = new Set();
    const out = [];
    for (const c of changes) {
        const field = blueprintField(type, c.path);
        const id = `${field}\u0000${JSON.stringify(c.before)}\u0000${JSON.stringify(c.after)}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const shown = { field };
        if (c.before !== undefined)
            shown.before = c.before;
        if (c.after !== undefined)
            shown.after = c.after;
        out.push(shown);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/plan-format.ts
// Shared wording of plan renderers: the symbol and verb of each action, and
// how a changed value is shown. Escaping is the caller's (it knows the medium).

const SYMBOL = {
    create: '+',
    update: '~',
    replace: '-/+',
    archive: '⌫',
    delete: '-',
    retain: '=',
    noop: ' ',
};
/** A value for one line: JSON, cut to `max` characters. */
function formatValue(value, max = 60) {
    if (value === undefined)
        return '(none)';
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** `versioning: true → false`, `metadata.team: (none) → "data"`: in the blueprint's own field names. */
function formatChange(change, max = 60) {
    return `${change.field}: ${formatValue(change.before, max)} → ${formatValue(change.after, max)}`;
}
/** The name line of an operation: a replace shows both names. */
function describeName(op) {
    if (op.action === 'replace' && op.current)
        return `${op.current.fullName} → ${op.fullName}`;
    return op.fullName;
}
/** Short notes shown beside an operation. */
function notes(op) {
    const out = [];
    if (op.action === 'replace') {
        const policy = op.current?.deletionPolicy ?? 'archive';
        out.push(`renamed: new one created, old one ${policy === 'delete' ? 'deleted' : policy === 'retain' ? 'retained' : 'archived'}`);
    }
    if (op.movedFrom)
        out.push(`moved from ${op.movedFrom}`);
    if (op.desired?.shortenedFrom !== undefined)
        out.push(`name shortened to fit; the pattern gave ${op.desired.shortenedFrom}`);
    if (op.stateOnly)
        out.push('state only');
    if (op.action === 'update' && op.changes.some((c) => c.path === 'archived'))
        out.push('unarchives');
    if (op.action === 'retain')
        out.push('kept on the platform, no longer managed');
    if (op.provisioned === false)
        out.push('named, not provisioned');
    // Left in the state, archived, after it left the blueprint: unchanged, but not declared any more.
    if (op.action === 'noop' && !op.desired && op.current?.archived)
        out.push('archived, no longer in the blueprint');
    return out;
}
/**
 * Changes worth listing, in blueprint field names: for a replace the rename is
 * already in the name column. Computed once per operation (renderers that fit a
 * size budget ask many times).
 */
function listedChanges(op) {
    let listed = LISTED.get(op);
    if (listed === undefined) {
        const changes = op.action === 'replace' ? op.changes.filter((c) => c.path !== 'name' && c.path !== 'fullName' && c.path !== 'type') : op.changes;
        LISTED.set(op, (listed = blueprintChanges(op.type, changes)));
    }
    return listed;
}
const LISTED = new WeakMap();


/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ previewReport)
});

// EXTERNAL MODULE: ./src/plan/guard.ts
var guard = __webpack_require__(946);
// EXTERNAL MODULE: ./src/state/path.ts
var path = __webpack_require__(4054);
// EXTERNAL MODULE: ./src/plan/diff.ts
var diff = __webpack_require__(8256);
;// CONCATENATED MODULE: ./src/plan/partial.ts


function planValidBlueprints(resources, diagnostics, state, options = {}) {
    const invalid = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => (0,path/* normalizeBlueprintPath */.ek)(d.file)));
    if (invalid.size === 0)
        return { plan: (0,diff/* diff */.Ui)([...resources], state, options), notPlanned: [] };
    const planned = resources.filter((r) => !invalid.has((0,path/* normalizeBlueprintPath */.ek)(r.blueprint)));
    const scope = (options.blueprints ?? [...new Set([...state.resources.values()].map((r) => r.blueprint))])
        .map(path/* normalizeBlueprintPath */.ek)
        .filter((file) => !invalid.has(file));
    const plan = (0,diff/* diff */.Ui)(planned, state, { ...options, blueprints: scope });
    return { plan, notPlanned: [...invalid].sort() };
}

;// CONCATENATED MODULE: ./src/render/preview-report.ts



function previewReport(input) {
    const byFile = new Map();
    const entry = (file) => {
        const key = (0,path/* normalizeBlueprintPath */.ek)(file);
        let b = byFile.get(key);
        if (!b)
            byFile.set(key, (b = { file: key, changedInPr: input.touched?.has(key) ?? false, operations: [], diagnostics: [] }));
        return b;
    };
    for (const file of input.files)
        entry(file);
    const loose = [];
    for (const d of input.diagnostics) {
        const b = byFile.get((0,path/* normalizeBlueprintPath */.ek)(d.file));
        if (b)
            b.diagnostics.push(d);
        else
            loose.push(d);
    }
    // An error outside every blueprint (naming configuration) leaves nothing that can be planned.
    const looseErrors = loose.some((d) => d.severity === 'error');
    let plan = null;
    let planError = input.stateError;
    let massDeleteRefused = false;
    if (planError === undefined && looseErrors)
        planError = 'fix the errors below first';
    if (planError === undefined && input.state) {
        try {
            const partial = planValidBlueprints(input.resources, input.diagnostics, input.state, input.diff);
            plan = partial.plan;
            for (const file of partial.notPlanned)
                entry(file).planned = false;
            massDeleteRefused = !input.allowMassDelete && partial.notPlanned.length === 0 && (0,guard/* checkMassDelete */.I)(plan, input.state).refused;
        }
        catch (error) {
            planError = error instanceof Error ? error.message : String(error);
        }
    }
    for (const op of plan?.operations ?? [])
        entry(op.blueprint).operations.push(op);
    const shortened = new Map();
    for (const r of input.resources)
        if (r.shortenedFrom)
            shortened.set(r.key, r.shortenedFrom);
    const valid = !input.diagnostics.some((d) => d.severity === 'error') && planError === undefined;
    const report = {
        commit: input.commit,
        valid,
        blueprints: [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
        diagnostics: loose,
        summary: plan?.summary ?? null,
        warnings: plan?.warnings ?? [],
        ...(planError !== undefined ? { planError } : {}),
        ...(input.runUrl ? { runUrl: input.runUrl } : {}),
        ...(input.blobUrl ? { blobUrl: input.blobUrl } : {}),
        ...(massDeleteRefused ? { massDeleteRefused } : {}),
        shortened,
    };
    return { report, plan };
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NY: () => (/* binding */ renderStatusSummary),
/* harmony export */   iI: () => (/* binding */ renderDrift),
/* harmony export */   xm: () => (/* binding */ renderTransactionSummary),
/* harmony export */   xo: () => (/* binding */ renderPreviewSummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, fitSummary, operationsOf */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3386);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1659);



const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SUMMARY_BUDGET = SUMMARY_LIMIT_BYTES - 8 * 1024;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const code = (s) => `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(s)}</code>`;
function renderPreviewSummary(report) {
    return (0,_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPreview */ .Bt)(report, { budget: SUMMARY_BUDGET, measure: bytes });
}
/** Cuts at a line boundary under the summary limit, saying so. */
function fitSummary(text) {
    if (bytes(text) <= SUMMARY_BUDGET)
        return text;
    const out = [];
    let size = 0;
    for (const line of text.split('\n')) {
        const n = bytes(line) + 1;
        if (size + n > SUMMARY_BUDGET - 200)
            break;
        out.push(line);
        size += n;
    }
    out.push('', '> [!NOTE]', '> The rest was cut to stay under the 1 MiB job summary limit; the plan output file is complete.');
    return out.join('\n');
}
function renderTransactionSummary(t) {
    const ok = t.ok ?? (t.status === 'committed' || t.status === 'noop' || t.status === 'dry-run');
    const out = [`## ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(t.title)} — ${ok ? '✅' : '❌'} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(t.status)}`, ''];
    const facts = [];
    if (t.transaction)
        facts.push(`transaction ${code(t.transaction)}`);
    if (t.commit)
        facts.push(`blueprints at ${code(t.commit.slice(0, 12))}`);
    if (t.stateCommit)
        facts.push(`state committed as ${code(t.stateCommit.slice(0, 12))}`);
    if (t.summary)
        facts.push((0,_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryLine */ .dC)(t.summary));
    if (facts.length)
        out.push(facts.join(' · '), '');
    for (const note of t.notes)
        out.push(`> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(note)}`, '');
    const changed = t.operations.filter((o) => o.action !== 'noop');
    if (changed.length) {
        out.push('| Type | Name | Change | Outcome |', '| --- | --- | --- | --- |');
        for (const o of changed) {
            out.push(`| ${code(o.type)} | ${code(o.name)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.action)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.outcome)}${o.error ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.error)}` : ''} |`);
        }
        out.push('');
    }
    return fitSummary(out.join('\n'));
}
function operationsOf(ops, outcome) {
    return ops.map((op) => ({ key: op.key, type: op.type, name: op.fullName || op.name, action: op.action, outcome: outcome(op) }));
}
function renderDrift(d) {
    const out = [`### Drift — ${d.items.length === 0 ? '✅ none' : `⚠️ ${d.items.length} resource${d.items.length === 1 ? '' : 's'} differ`}`, ''];
    out.push(`${d.checked} resource${d.checked === 1 ? '' : 's'} read from the platforms.`, '');
    for (const s of d.skipped)
        out.push(`- ${s.count} ${code(s.type)} not checked: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(s.reason)}`);
    if (d.skipped.length)
        out.push('');
    if (d.items.length) {
        out.push('| Type | Name | Drift |', '| --- | --- | --- |');
        for (const i of d.items) {
            const what = i.kind === 'missing'
                ? 'missing on the platform'
                : i.kind === 'unreadable'
                    ? `could not read: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(i.error ?? '')}`
                    : i.fields.map((f) => `${code(f.path)}: state ${code((0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(f.state, 80))}, live ${code((0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(f.live, 80))}`).join('; ');
            out.push(`| ${code(i.type)} | ${code(i.name)} | ${what} |`);
        }
        out.push('');
    }
    return out.join('\n');
}
function renderStatusSummary(s) {
    const out = ['## dpn status', '', `${s.stateResources} resource${s.stateResources === 1 ? '' : 's'} in the state.`, ''];
    out.push('### Locks', '');
    if (s.locks.length === 0)
        out.push('No lock is held.', '');
    for (const l of s.locks) {
        out.push(`- ${code(l.scope)}: held by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(l.holder)}${l.runUrl ? ` ([run](${encodeURI(l.runUrl)}))` : ''} until ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(l.expiresAt)}${l.expired ? ' — **expired** (run the `unlock` mode to break it)' : ''}`);
    }
    if (s.locks.length)
        out.push('');
    out.push('### Transactions without an end record', '');
    if (s.openTransactions.length === 0)
        out.push('None.', '');
    else {
        out.push('| Transaction | Started | Commit | Operations | Last record |', '| --- | --- | --- | --- | --- |');
        for (const t of s.openTransactions) {
            out.push(`| ${code(t.id)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(t.started)} | ${t.commit ? code(t.commit.slice(0, 12)) : ''} | ${t.operations} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(t.lastRecord)} |`);
        }
        out.push('', 'Run the `recover` mode to roll these back (or resume them).', '');
    }
    if (s.drift)
        out.push(renderDrift(s.drift));
    return fitSummary(out.join('\n'));
}


/***/ }),

/***/ 2369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ describePath),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   uH: () => (/* binding */ PositionIndex),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/** Line and column of character offsets, from line starts computed on first use. */
class LineIndex {
    file;
    text;
    lineStarts;
    /** The line of the last offset located: resources are located in text order, so the next is usually on it or just after. */
    lastLine = 0;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    locateOffset(offset) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        // A few steps forward from the last line before the binary search (same answer, fewer probes in text order).
        const last = this.lastLine;
        if (starts[last] <= offset) {
            let line = last;
            const stop = Math.min(hi, last + 4);
            while (line < stop && starts[line + 1] <= offset)
                line++;
            if (line < stop || line === hi)
                lo = hi = line;
            else
                lo = line;
        }
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        this.lastLine = lo;
        return { file: this.file, line: lo + 1, column: offset - starts[lo] + 1 };
    }
}
/** Offsets of every container, key and value, recorded while parsing. */
class PositionIndex extends LineIndex {
    containers = new Map();
    record(container, offsets) {
        this.containers.set(container, offsets);
    }
    /**
     * Offset of the value at `path` (or of its key, with `key: true`). A path that
     * goes further than the document falls back to the deepest ancestor found, so
     * every problem still gets a position.
     */
    offsetOf(root, path, key = false) {
        let node = root;
        let offset = this.containers.get(root)?.start ?? 0;
        for (let i = 0; i < path.length; i++) {
            const info = node !== null && typeof node === 'object' ? this.containers.get(node) : undefined;
            if (!info)
                break;
            const segment = path[i];
            let valueOffset;
            let keyOffset;
            if (info.keys) {
                const index = info.keys.lastIndexOf(String(segment));
                if (index < 0)
                    break;
                keyOffset = info.offsets[index * 2];
                valueOffset = info.offsets[index * 2 + 1];
            }
            else {
                const index = typeof segment === 'number' ? segment : Number(segment);
                valueOffset = info.offsets[index];
                keyOffset = valueOffset;
            }
            if (valueOffset === undefined)
                break;
            const last = i === path.length - 1;
            offset = last && key && keyOffset !== undefined ? keyOffset : valueOffset;
            node = node[segment];
        }
        return offset;
    }
    locate(root, path, key = false) {
        return this.locateOffset(this.offsetOf(root, path, key));
    }
    startOf(container) {
        const info = this.containers.get(container);
        return info ? this.locateOffset(info.start) : undefined;
    }
}
function computeLineStarts(text) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
        starts.push(at + 1);
        at = text.indexOf('\n', at + 1);
    }
    return starts;
}
/** Splits an Ajv instancePath ("/resources/aws/s3_buckets/0") into a path. */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** "resources.aws.s3_buckets[0].layer" for messages. */
function describePath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number' || /^\d+$/.test(segment))
            out += `[${segment}]`;
        else
            out += out ? `.${segment}` : segment;
    }
    return out;
}


/***/ }),

/***/ 8146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ SourceSyntaxError),
/* harmony export */   U7: () => (/* binding */ MAX_ALIAS_NODES),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   p5: () => (/* binding */ FORBIDDEN_KEYS)
/* harmony export */ });
// What the parsers refuse, shared by JSON and YAML.
/** Keys that could reach Object.prototype when data is copied around. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Nesting deeper than this is refused before it can exhaust the stack. */
const MAX_DEPTH = 200;
/** Nodes that YAML aliases may add to a document, in total. Here, not in yaml.ts, so that exporting it does not load the yaml package. */
const MAX_ALIAS_NODES = 10_000;
/** A document that cannot be read, at a character offset of its text. */
class SourceSyntaxError extends Error {
    code;
    offset;
    hint;
    others;
    constructor(code, message, offset, 
    /** How to fix it, when the parser knows. */
    hint, 
    /** Further problems found in the same pass (YAML reports every one it finds). */
    others = []) {
        super(message);
        this.code = code;
        this.offset = offset;
        this.hint = hint;
        this.others = others;
        this.name = 'SourceSyntaxError';
    }
}


/***/ })

};
