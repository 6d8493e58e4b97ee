// Compiles JSON Schemas into boolean checks: plain functions that say whether a
// value is valid, true exactly when the Ajv validator of compile-schemas.mjs
// (strict mode, default options otherwise) returns true, without building an
// error. dpn runs the check on every document and loads Ajv only to explain a
// failure. The code is straight-line and returns false at the first failure,
// one function per definition a $ref reaches, so it is fast before V8
// optimises it: no closure or array per value, indexed loops over arrays, a
// for...in over an object's keys only where additionalProperties or
// propertyNames must see every key.
//
// It knows only the keywords dpn's schemas use and throws on any other, so a
// schema change can never make a check more lenient than Ajv without a build
// failure. Where Ajv's result has a quirk, the check copies it: it must agree
// with Ajv, not improve on it.

/** Keywords that do not change what is valid. */
const ANNOTATIONS = new Set(['title', 'description', 'default', 'examples', '$comment']);
/** Keywords allowed only at a schema's root, where they do not change how $ref resolves. */
const ROOT_ONLY = new Set(['$schema', '$id', 'definitions']);
const KEYWORDS = new Set([
  'type',
  '$ref',
  'anyOf',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
]);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
const STRING_KEYWORDS = ['pattern', 'minLength', 'maxLength'];
const NUMBER_KEYWORDS = ['minimum', 'maximum'];
const OBJECT_KEYWORDS = ['properties', 'required', 'additionalProperties', 'propertyNames'];
const ARRAY_KEYWORDS = ['items', 'minItems', 'maxItems', 'uniqueItems'];

// Ajv's runtime helpers, the same algorithms: string length in code points
// (ajv/dist/runtime/ucs2length) and deep equality (fast-deep-equal, which Ajv's
// enum, const and uniqueItems use for objects and arrays).
const UCS2LENGTH = `function ucs2length(str) {
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
}`;
const EQUAL = `function equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;
    let length, i;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0; ) if (!equal(a[i], b[i])) return false;
      return true;
    }
    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
    const keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;
    for (i = length; i-- !== 0; ) if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
    for (i = length; i-- !== 0; ) {
      const key = keys[i];
      if (!equal(a[key], b[key])) return false;
    }
    return true;
  }
  return a !== a && b !== b;
}`;

/**
 * One ES module exporting a check per entry.
 * @param {{ name: string, schema: object | boolean }[]} entries  export name and schema, e.g. checkBlueprint
 * @param {{ leaveOut?: Iterable<string> }} [options]  leaveOut: keywords to skip as if absent; only the
 *   tests use it, to show that their differential finds the check that a missing keyword makes wrong
 * @returns {string}
 */
export function compileChecks(entries, options = {}) {
  const module = new ModuleCode(new Set(options.leaveOut ?? []));
  for (const { name, schema } of entries) module.addEntry(name, schema);
  return module.render();
}

class ModuleCode {
  constructor(leaveOut) {
    this.leaveOut = leaveOut;
    /** Source of every function, in the order they are first needed. */
    this.functions = [];
    /** Module-level constants: regular expressions and object-valued enum/const members. */
    this.constants = [];
    this.patterns = new Map();
    this.usesUcs2length = false;
    this.usesEqual = false;
    this.names = new Set();
  }

  addEntry(name, schema) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`schema-check-compiler: ${name} is not a function name`);
    this.claim(name);
    const root = new SchemaCode(this, name, schema);
    this.functions.push(root.compileFunction(`export function ${name}`, schema, '#', true));
    while (root.pending.length > 0) {
      const { definition, functionName } = root.pending.shift();
      const subschema = root.definitions[definition];
      this.functions.push(root.compileFunction(`function ${functionName}`, subschema, `#/definitions/${definition}`));
    }
    // Definitions no $ref reaches are compiled too, into code that is thrown
    // away, so that an unknown keyword in one fails the build all the same.
    const unreached = Object.keys(root.definitions).filter((definition) => !root.reached.has(definition));
    if (unreached.length > 0) {
      const scratch = new SchemaCode(new ModuleCode(this.leaveOut), name, schema);
      for (const definition of unreached) {
        scratch.compileFunction('function unused', root.definitions[definition], `#/definitions/${definition}`);
      }
    }
  }

  /** A module-level name no other function or constant has. */
  claim(name) {
    let unique = name;
    for (let n = 2; this.names.has(unique); n++) unique = `${name}${n}`;
    this.names.add(unique);
    return unique;
  }

  pattern(source, at) {
    let name = this.patterns.get(source);
    if (name === undefined) {
      try {
        new RegExp(source, 'u');
      } catch (e) {
        throw new Error(`schema-check-compiler: ${at}/pattern is not a valid unicode regular expression: ${e.message}`);
      }
      // The u flag, as Ajv's default unicodeRegExp option compiles every pattern.
      name = this.claim(`pattern${this.patterns.size}`);
      this.patterns.set(source, name);
      this.constants.push(`const ${name} = new RegExp(${JSON.stringify(source)}, "u");`);
    }
    return name;
  }

  constant(value) {
    const name = this.claim(`value${this.constants.length}`);
    this.constants.push(`const ${name} = ${JSON.stringify(value)};`);
    return name;
  }

  render() {
    const helpers = [];
    if (this.usesUcs2length) helpers.push(UCS2LENGTH);
    if (this.usesEqual) helpers.push(EQUAL);
    return [
      '// Generated by scripts/compile-schemas.mjs (scripts/schema-check-compiler.mjs). Do not edit.',
      '// @ts-nocheck',
      ...this.constants,
      ...helpers,
      ...this.functions,
      '',
    ].join('\n');
  }
}

/** The code for one schema file: its root check and the definitions its $refs reach. */
class SchemaCode {
  constructor(module, entryName, schema) {
    this.module = module;
    this.entryName = entryName;
    /** What the names of its other functions start with: blueprint for checkBlueprint. */
    const base = entryName.replace(/^check(?=[A-Z])/, '');
    this.prefix = base[0].toLowerCase() + base.slice(1);
    this.definitions = (typeof schema === 'object' && schema !== null && schema.definitions) || {};
    if (typeof this.definitions !== 'object' || Array.isArray(this.definitions)) {
      throw new Error(`schema-check-compiler: ${entryName}: definitions must be an object`);
    }
    /** Definition name -> function name, for each definition a $ref reached. */
    this.reached = new Map();
    this.pending = [];
  }

  /** A function `head(v)` that returns whether v is valid against the schema. */
  compileFunction(head, schema, at, isRoot = false) {
    const body = new Body();
    this.compile(schema, 'v', at, body, isRoot);
    body.line('return true;');
    return `${head}(v) {\n${body.text()}}`;
  }

  definitionFunction(ref, at) {
    const match = /^#\/definitions\/([A-Za-z_$][\w$]*)$/.exec(ref);
    if (!match) throw new Error(`schema-check-compiler: ${at}/$ref ${JSON.stringify(ref)}: only #/definitions/<name> is supported`);
    const definition = match[1];
    if (!Object.hasOwn(this.definitions, definition)) {
      throw new Error(`schema-check-compiler: ${at}/$ref ${JSON.stringify(ref)} names no definition`);
    }
    let functionName = this.reached.get(definition);
    if (functionName === undefined) {
      functionName = this.module.claim(`${this.prefix}_${definition}`);
      this.reached.set(definition, functionName);
      this.pending.push({ definition, functionName });
    }
    return functionName;
  }

  /** A separate function for a subschema that must give a boolean (an anyOf branch). */
  branchFunction(schema, at) {
    const onlyRef = isObject(schema) && schema.$ref !== undefined && Object.keys(schema).every((k) => k === '$ref' || ANNOTATIONS.has(k));
    if (onlyRef && !this.module.leaveOut.has('$ref')) {
      return this.definitionFunction(schema.$ref, at);
    }
    const name = this.module.claim(`${this.prefix}_anyOf`);
    this.module.functions.push(this.compileFunction(`function ${name}`, schema, at));
    return name;
  }

  /** Statements that `return false` when the value in variable `v` is not valid against the schema. */
  compile(schema, v, at, body, isRoot = false) {
    if (schema === true) return;
    if (schema === false) {
      body.line('return false;');
      return;
    }
    if (!isObject(schema)) throw new Error(`schema-check-compiler: ${at} is neither a schema object nor a boolean`);
    for (const keyword of Object.keys(schema)) {
      if (KEYWORDS.has(keyword) || ANNOTATIONS.has(keyword)) continue;
      if (ROOT_ONLY.has(keyword) && isRoot) continue;
      throw new Error(
        `schema-check-compiler: ${at}: the keyword ${JSON.stringify(keyword)} is not supported` +
          (ROOT_ONLY.has(keyword) ? ' below the root' : '') +
          '; teach scripts/schema-check-compiler.mjs what Ajv does with it',
      );
    }
    const s = {};
    for (const keyword of KEYWORDS) if (schema[keyword] !== undefined && !this.module.leaveOut.has(keyword)) s[keyword] = schema[keyword];

    const types = this.types(s.type, at);
    if (types) body.line(`if (${not(types.map((t) => typeTest(t, v)).join(' || '))}) return false;`);
    // The only type a value can have once the type test passed, if there is one.
    const known = types && types.length === 1 ? (types[0] === 'integer' ? 'number' : types[0]) : undefined;

    if (s.$ref !== undefined) {
      // Ajv 8 applies a $ref's sibling keywords too, in every draft.
      body.line(`if (!${this.definitionFunction(s.$ref, at)}(${v})) return false;`);
    }
    if (s.anyOf !== undefined) {
      if (!Array.isArray(s.anyOf) || s.anyOf.length === 0) throw new Error(`schema-check-compiler: ${at}/anyOf must be a non-empty array`);
      const branches = s.anyOf.map((branch, i) => `${this.branchFunction(branch, `${at}/anyOf/${i}`)}(${v})`);
      body.line(`if (!(${branches.join(' || ')})) return false;`);
    }
    if (s.enum !== undefined) this.compileEnum(s.enum, v, at, body);
    if (s.const !== undefined) {
      const value = s.const;
      if (value === null || typeof value !== 'object') body.line(`if (${v} !== ${JSON.stringify(value)}) return false;`);
      else body.line(`if (!${this.equals(v, value)}) return false;`);
    }

    this.group(types, known, 'string', STRING_KEYWORDS, s, v, body, () => this.compileString(s, v, at, body));
    this.group(types, known, 'number', NUMBER_KEYWORDS, s, v, body, () => this.compileNumber(s, v, at, body));
    this.group(types, known, 'object', OBJECT_KEYWORDS, s, v, body, () => this.compileObject(s, v, at, body));
    this.group(types, known, 'array', ARRAY_KEYWORDS, s, v, body, () => this.compileArray(s, v, at, body));
  }

  types(type, at) {
    if (type === undefined) return undefined;
    const types = Array.isArray(type) ? type : [type];
    if (types.length === 0 || types.some((t) => !JSON_TYPES.has(t)) || new Set(types).size !== types.length) {
      throw new Error(`schema-check-compiler: ${at}/type ${JSON.stringify(type)} is not a type or a list of distinct types`);
    }
    return types;
  }

  /**
   * The keywords of one data type apply only to values of that type (Ajv
   * guards them so); they are left out where the type test rules the type out,
   * and need no guard where it is the only type left.
   */
  group(types, known, type, keywords, s, v, body, emit) {
    if (!keywords.some((k) => s[k] !== undefined)) return;
    if (types && !types.some((t) => t === type || (type === 'number' && t === 'integer'))) return;
    if (known === type) {
      emit();
      return;
    }
    body.open(`if (${typeTest(type, v)}) {`);
    emit();
    body.close('}');
  }

  compileEnum(values, v, at, body) {
    if (!Array.isArray(values) || values.length === 0) throw new Error(`schema-check-compiler: ${at}/enum must be a non-empty array`);
    // Ajv compares a primitive member with ===, an object or array member with equal().
    if (values.every((value) => value === null || typeof value !== 'object')) {
      body.open(`switch (${v}) {`);
      body.line(`${values.map((value) => `case ${JSON.stringify(value)}:`).join(' ')} break;`);
      body.line('default: return false;');
      body.close('}');
      return;
    }
    body.line(`if (!(${values.map((value) => this.equals(v, value)).join(' || ')})) return false;`);
  }

  equals(v, value) {
    if (value === null || typeof value !== 'object') return `${v} === ${JSON.stringify(value)}`;
    this.module.usesEqual = true;
    return `equal(${v}, ${this.module.constant(value)})`;
  }

  compileString(s, v, at, body) {
    if (s.minLength !== undefined) {
      const n = count(s.minLength, `${at}/minLength`);
      this.module.usesUcs2length = true;
      // A string has at least half as many code points as UTF-16 units: count them only when that is not enough.
      body.line(`if (${v}.length < ${n} || (${v}.length < ${2 * n} && ucs2length(${v}) < ${n})) return false;`);
    }
    if (s.maxLength !== undefined) {
      const n = count(s.maxLength, `${at}/maxLength`);
      this.module.usesUcs2length = true;
      // A string has at most as many code points as UTF-16 units.
      body.line(`if (${v}.length > ${n} && ucs2length(${v}) > ${n}) return false;`);
    }
    if (s.pattern !== undefined) {
      if (typeof s.pattern !== 'string') throw new Error(`schema-check-compiler: ${at}/pattern must be a string`);
      body.line(`if (!${this.module.pattern(s.pattern, at)}.test(${v})) return false;`);
    }
  }

  compileNumber(s, v, at, body) {
    // Only finite numbers get here (strict mode's strictNumbers), so no NaN test.
    if (s.minimum !== undefined) body.line(`if (${v} < ${finite(s.minimum, `${at}/minimum`)}) return false;`);
    if (s.maximum !== undefined) body.line(`if (${v} > ${finite(s.maximum, `${at}/maximum`)}) return false;`);
  }

  compileObject(s, v, at, body) {
    const properties = s.properties ?? {};
    if (!isObject(properties)) throw new Error(`schema-check-compiler: ${at}/properties must be an object`);
    const names = Object.keys(properties);
    const required = s.required ?? [];
    if (!Array.isArray(required) || required.some((name) => typeof name !== 'string')) {
      throw new Error(`schema-check-compiler: ${at}/required must be a list of names`);
    }
    const additional = s.additionalProperties;
    const propertyNames = s.propertyNames;
    const checksKeys = (additional !== undefined && additional !== true) || (propertyNames !== undefined && propertyNames !== true);
    if (checksKeys) {
      const k = body.name('k');
      body.open(`for (const ${k} in ${v}) {`);
      if (propertyNames !== undefined) this.compile(propertyNames, k, `${at}/propertyNames`, body);
      if (additional === false) {
        if (names.length === 0) body.line('return false;');
        else {
          body.open(`switch (${k}) {`);
          body.line(`${names.map((name) => `case ${JSON.stringify(name)}:`).join(' ')} break;`);
          body.line('default: return false;');
          body.close('}');
        }
      } else if (additional !== undefined && additional !== true) {
        if (names.length > 0) body.open(`if (${names.map((name) => `${k} !== ${JSON.stringify(name)}`).join(' && ')}) {`);
        const d = body.name('d');
        body.line(`const ${d} = ${v}[${k}];`);
        this.compile(additional, d, `${at}/additionalProperties`, body);
        if (names.length > 0) body.close('}');
      }
      body.close('}');
    }
    // As Ajv tests required keys and reads properties: through the prototype chain, undefined as absent.
    if (required.length > 0) body.line(`if (${required.map((name) => `${member(v, name)} === undefined`).join(' || ')}) return false;`);
    for (const name of names) {
      const subschema = properties[name];
      if (subschema === true) continue;
      const where = `${at}/properties/${name}`;
      if (subschema === false) {
        body.line(`if (${member(v, name)} !== undefined) return false;`);
        continue;
      }
      const d = body.name('d');
      if (required.includes(name)) {
        body.line(`const ${d} = ${member(v, name)};`);
        this.compile(subschema, d, where, body);
        continue;
      }
      body.line(`const ${d} = ${member(v, name)};`);
      body.open(`if (${d} !== undefined) {`);
      this.compile(subschema, d, where, body);
      body.close('}');
    }
  }

  compileArray(s, v, at, body) {
    if (s.minItems !== undefined) body.line(`if (${v}.length < ${count(s.minItems, `${at}/minItems`)}) return false;`);
    if (s.maxItems !== undefined) body.line(`if (${v}.length > ${count(s.maxItems, `${at}/maxItems`)}) return false;`);
    if (s.items !== undefined && s.items !== true) {
      if (Array.isArray(s.items)) throw new Error(`schema-check-compiler: ${at}/items as a list (tuple) is not supported`);
      const i = body.name('i');
      const d = body.name('d');
      body.open(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`);
      body.line(`const ${d} = ${v}[${i}];`);
      this.compile(s.items, d, `${at}/items`, body);
      body.close('}');
    }
    if (s.uniqueItems !== undefined) {
      if (typeof s.uniqueItems !== 'boolean') throw new Error(`schema-check-compiler: ${at}/uniqueItems must be a boolean`);
      if (s.uniqueItems) this.compileUniqueItems(s.items, v, at, body);
    }
  }

  /**
   * Ajv's own two algorithms, chosen as Ajv chooses them (by the items
   * schema's own type). Where items have scalar types it indexes them in a
   * plain object, so two "__proto__" items (or, with several types, two
   * "__proto_" strings) are not caught as duplicates: the check keeps that.
   */
  compileUniqueItems(items, v, at, body) {
    const itemTypes = isObject(items) && items.type !== undefined && !this.module.leaveOut.has('type') ? this.types(items.type, `${at}/items`) : [];
    const i = body.name('i');
    const j = body.name('j');
    if (itemTypes.length > 0 && !itemTypes.some((t) => t === 'object' || t === 'array')) {
      const seen = body.name('seen');
      const item = body.name('item');
      body.open(`if (${v}.length > 1) {`);
      body.line(`const ${seen} = {};`);
      body.open(`for (let ${i} = ${v}.length; ${i}--; ) {`);
      body.line(`let ${item} = ${v}[${i}];`);
      body.line(`if (!(${itemTypes.map((t) => typeTest(t, item)).join(' || ')})) continue;`);
      if (itemTypes.length > 1) body.line(`if (typeof ${item} == "string") ${item} += "_";`);
      body.line(`if (typeof ${seen}[${item}] == "number") return false;`);
      body.line(`${seen}[${item}] = ${i};`);
      body.close('}');
      body.close('}');
      return;
    }
    this.module.usesEqual = true;
    body.open(`for (let ${i} = ${v}.length; ${i}--; ) {`);
    body.line(`for (let ${j} = ${i}; ${j}--; ) if (equal(${v}[${i}], ${v}[${j}])) return false;`);
    body.close('}');
  }
}

/** A function body being written: its lines, indented, and the variable names it used. */
class Body {
  constructor() {
    this.lines = [];
    this.depth = 1;
    this.counter = 0;
  }
  name(prefix) {
    return `${prefix}${++this.counter}`;
  }
  line(text) {
    this.lines.push(`${'  '.repeat(this.depth)}${text}`);
  }
  open(text) {
    this.line(text);
    this.depth++;
  }
  close(text) {
    this.depth--;
    this.line(text);
  }
  text() {
    return this.lines.map((l) => `${l}\n`).join('');
  }
}

/**
 * A test that is true when v has the JSON type, as Ajv tests it with
 * strictNumbers (no NaN or Infinity); an && chain at most, so that it can
 * stand in an || chain unparenthesised.
 */
function typeTest(type, v) {
  switch (type) {
    case 'string':
    case 'boolean':
      return `typeof ${v} === "${type}"`;
    case 'null':
      return `${v} === null`;
    case 'number':
      return `typeof ${v} === "number" && isFinite(${v})`;
    case 'integer':
      return `typeof ${v} === "number" && ${v} % 1 === 0 && isFinite(${v})`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'object':
      return `typeof ${v} === "object" && ${v} !== null && !Array.isArray(${v})`;
    default:
      throw new Error(`schema-check-compiler: unknown type ${type}`);
  }
}

/** The negation of a test, without parentheses around a lone call. */
function not(test) {
  return /^[\w$.]+\([\w$]*\)$/.test(test) ? `!${test}` : `!(${test})`;
}

function member(v, name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${v}.${name}` : `${v}[${JSON.stringify(name)}]`;
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value, at) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`schema-check-compiler: ${at} must be a non-negative integer`);
  return value;
}

function finite(value, at) {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`schema-check-compiler: ${at} must be a number`);
  return String(value);
}
