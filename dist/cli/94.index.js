export const id = 94;
export const ids = [94];
export const modules = {

/***/ 9094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ALIAS_NODES: () => (/* reexport safe */ _syntax_js__WEBPACK_IMPORTED_MODULE_1__.U7),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2369);
/* harmony import */ var _syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8146);
// YAML into plain data with positions. YAML 1.2 core schema only: no custom
// tags, no duplicate keys, and aliases may expand to a bounded number of nodes
// so that an alias bomb is refused instead of exhausting memory.




const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
function parseYaml(text, file) {
    const positions = new _positions_js__WEBPACK_IMPORTED_MODULE_2__/* .PositionIndex */ .uH(file, text);
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        schema: 'core',
        uniqueKeys: false, // checked below, with the exact position of the repeated key
        prettyErrors: false,
        merge: false,
        strict: true,
    });
    if (doc.errors.length)
        throw syntaxErrors(text, doc.errors);
    const unresolvedTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (unresolvedTag) {
        throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_TAG', `${firstLine(unresolvedTag.message)}: custom tags are not allowed`, unresolvedTag.pos[0]);
    }
    const builder = new PlainBuilder(resolveAliases(doc.contents), positions);
    return { data: builder.build(doc.contents, 0), positions };
}
/**
 * Every error the parser found, one per line, each at the line that is wrong.
 * The parser reports a line indented deeper than its siblings at the end of
 * the line before (it reads the deeper line as a continuation of that value):
 * those are moved to the first character of the misindented line.
 */
function syntaxErrors(text, errors) {
    const byLine = new Map();
    for (const e of errors) {
        const continuation = CONTINUATION_CODES.has(e.code);
        const offset = continuation ? nextLineStart(text, e.pos[0]) : e.pos[0];
        const line = lineOf(text, offset);
        if (byLine.has(line))
            continue;
        byLine.set(line, continuation
            ? new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_SYNTAX', 'Unexpected indentation in YAML: this line is deeper than the keys above it, so it reads as part of the value on the line before', offset, 'indent it exactly like the other keys of its mapping (spaces, not tabs)')
            : new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc(yamlCode(e.code), `${firstLine(e.message)} in YAML`, offset, HINTS[e.code]));
    }
    const [first, ...others] = [...byLine.entries()].sort(([a], [b]) => a - b).map(([, e]) => e);
    const head = first;
    return new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc(head.code, head.message, head.offset, head.hint, others);
}
/** Codes the parser gives a misindented line, pinned to the line before it. */
const CONTINUATION_CODES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);
const HINTS = {
    BAD_INDENT: 'indent it exactly like the other items of its mapping or list',
    TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs',
    MISSING_CHAR: 'close the quote or bracket opened here',
    DUPLICATE_KEY: 'remove one of the two, or rename it',
};
/** The first non-blank character of the line after `offset`, or `offset` when that line holds nothing. */
function nextLineStart(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0)
        return offset;
    let i = newline + 1;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    return i < text.length && text[i] !== '\n' ? i : offset;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function yamlCode(code) {
    return code === 'DUPLICATE_KEY' ? 'YAML_DUPLICATE_KEY' : 'YAML_SYNTAX';
}
function firstLine(message) {
    return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
/**
 * The node each alias stands for: the nearest anchor of that name before it, in
 * document order. One pass, so many aliases cost no more than one walk.
 */
function resolveAliases(root) {
    const anchors = new Map();
    const targets = new Map();
    const visit = (node) => {
        if (!node)
            return;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            targets.set(node, anchors.get(node.source));
            return;
        }
        if (((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && node.anchor)
            anchors.set(node.anchor, node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                visit(pair.key);
                visit(pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                visit(item);
        }
    };
    visit(root);
    return targets;
}
class PlainBuilder {
    aliases;
    positions;
    aliasNodes = 0;
    expanding = 0;
    sizes = new Map();
    constructor(aliases, positions) {
        this.aliases = aliases;
        this.positions = positions;
    }
    build(node, depth) {
        if (node === null || node === undefined)
            return null;
        if (depth > _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEPTH */ .lr)
            throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('SOURCE_TOO_DEEP', `Nesting deeper than ${_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEPTH */ .lr} levels in YAML`, start(node));
        if (node.tag && !CORE_TAGS.has(node.tag)) {
            throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_TAG', `Tag ${node.tag} is not allowed in YAML (only plain data)`, start(node));
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = this.aliases.get(node);
            if (!target)
                throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_SYNTAX', `Unknown alias *${node.source} in YAML`, start(node));
            // Count the whole expansion once, at the outermost alias; aliases inside it are part of that size.
            if (this.expanding === 0) {
                this.aliasNodes += this.sizeOf(target, new Set());
                if (this.aliasNodes > _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ALIAS_NODES */ .U7) {
                    throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_ALIAS_LIMIT', `Aliases expand to more than ${_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ALIAS_NODES */ .U7} nodes in YAML (an alias bomb?)`, start(node));
                }
            }
            this.expanding++;
            try {
                return this.build(target, depth + 1);
            }
            finally {
                this.expanding--;
            }
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return node.value;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const object = {};
            const keys = [];
            const offsets = [];
            for (const pair of node.items) {
                const keyNode = pair.key;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) || (keyNode.tag && !CORE_TAGS.has(keyNode.tag))) {
                    throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_KEY', 'Keys must be plain scalars in YAML', keyNode ? start(keyNode) : start(node));
                }
                const key = keyNode.value === null ? '' : String(keyNode.value);
                const keyOffset = start(keyNode);
                if (_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .FORBIDDEN_KEYS */ .p5.has(key)) {
                    throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('SOURCE_FORBIDDEN_KEY', `Key '${key}' is not allowed (it could change object prototypes) in YAML`, keyOffset);
                }
                if (Object.hasOwn(object, key)) {
                    throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_DUPLICATE_KEY', `Duplicate key '${key}' in YAML`, keyOffset);
                }
                const valueNode = pair.value;
                const valueOffset = valueNode && !isEmptyScalar(valueNode) ? start(valueNode) : keyOffset;
                object[key] = this.build(valueNode, depth + 1);
                keys.push(key);
                offsets.push(keyOffset, valueOffset);
            }
            this.positions.record(object, { start: start(node), keys, offsets });
            return object;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const array = [];
            const offsets = [];
            for (const item of node.items) {
                offsets.push(item ? start(item) : start(node));
                array.push(this.build(item, depth + 1));
            }
            this.positions.record(array, { start: start(node), offsets });
            return array;
        }
        throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_SYNTAX', 'Unsupported YAML node', start(node));
    }
    /** Node count of a subtree with aliases expanded; memoised so a bomb is measured, not expanded. */
    sizeOf(node, visiting) {
        const known = this.sizes.get(node);
        if (known !== undefined)
            return known;
        if (visiting.has(node)) {
            throw new _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .SourceSyntaxError */ .Lc('YAML_ALIAS_LIMIT', 'An alias refers to a node that contains it in YAML', start(node));
        }
        visiting.add(node);
        let size = 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = this.aliases.get(node);
            size = target ? this.sizeOf(target, visiting) : 1;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items) {
                if (pair.value)
                    size += this.sizeOf(pair.value, visiting);
                size++;
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                if (item)
                    size += this.sizeOf(item, visiting);
        }
        visiting.delete(node);
        // Saturate: only "more than the limit" matters.
        size = Math.min(size, _syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ALIAS_NODES */ .U7 + 1);
        this.sizes.set(node, size);
        return size;
    }
}
function start(node) {
    return node.range?.[0] ?? 0;
}
function isEmptyScalar(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}


/***/ })

};
