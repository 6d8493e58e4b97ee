// The boolean checks generated from the schemas (src/generated/checks.js) must
// say exactly what the Ajv validators say, for any document: dpn takes a
// passing check's word and asks Ajv only about a document the check rejects.
// A differential property test per schema runs both over documents built from
// the schema and mutations of them; compiling the checks with one keyword left
// out shows that the test notices a check that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as checks from '../../src/generated/checks.js';
import * as validators from '../../src/generated/validators.js';
import { DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT } from '../../src/naming/index.js';
import { serializeState } from '../../src/state/document.js';
import { compileChecks, type CheckEntry } from '../../scripts/schema-check-compiler.mjs';
import { estate, recorded } from '../plan/fixtures.js';
import { fourClouds } from './clouds-fixture.js';
import { workedExample, writeFiles } from './fixtures.js';

type Schema = boolean | SchemaObject;
interface SchemaObject {
  [keyword: string]: unknown;
}
type Check = (data: unknown) => boolean;

const root = new URL('../..', import.meta.url).pathname;
const schemaOf = (file: string) => JSON.parse(readFileSync(join(root, 'schemas', `${file}.schema.json`), 'utf8')) as SchemaObject;
const benchModule: string = '../../bench/generate.mjs';
const { blueprint: benchBlueprint } = (await import(benchModule)) as { blueprint(units: number): unknown };

const blueprintSeeds = [
  JSON.parse(readFileSync(join(root, 'blueprints', 'dev.json'), 'utf8')),
  parseYaml(readFileSync(join(root, 'blueprints', 'prd.yaml'), 'utf8')),
  { ...workedExample(), scope: { mode: 'include', patterns: ['aws_*'] } },
  fourClouds(),
  benchBlueprint(2),
];
const patternsSeed = {
  ...DEFAULT_PATTERNS_DOCUMENT,
  validation: {
    max_length: { aws_s3_bucket: 40 },
    allowed_chars: { dbx_job: '^[a-z-]+$' },
    required_variables: { aws_s3_bucket: ['project', 'purpose'] },
    on_too_long: { '*': 'shorten', dbx_job: 'fail' },
  },
};
const stateSeed = JSON.parse(
  serializeState('blueprints/dev.json', estate().map((s, i) => recorded(s, i === 0 ? { archived: true, physicalId: 'arn:x' } : {}))),
);

/** The four schemas of schemas/ (in the order compile-schemas.mjs reads them), with the repository's own documents. */
const SCHEMAS = [
  { file: 'blueprint', name: 'Blueprint', seeds: blueprintSeeds },
  { file: 'naming-patterns', name: 'NamingPatterns', seeds: [DEFAULT_PATTERNS_DOCUMENT, patternsSeed] },
  { file: 'naming-values', name: 'NamingValues', seeds: [DEFAULT_VALUES_DOCUMENT] },
  { file: 'state', name: 'State', seeds: [stateSeed] },
] as const;

const RUNS = 3000;
// Most left-out keywords are caught within a few hundred documents, the rarest within a few thousand.
const CATCH_RUNS = 20_000;

describe('generated schema checks agree with Ajv', () => {
  for (const { file, name, seeds } of SCHEMAS) {
    it(`check${name} === validate${name} on documents built from schemas/${file}.schema.json and mutations of them`, () => {
      const check = checks[`check${name}`];
      const validate = validators[`validate${name}`];
      let valid = 0;
      fc.assert(
        fc.property(documents(schemaOf(file), seeds), (doc) => {
          const expected = validate(doc);
          if (expected) valid++;
          expect(check(doc)).toBe(expected);
        }),
        { numRuns: RUNS },
      );
      // Neither side of the comparison is starved: plenty of valid and of invalid documents.
      expect(valid).toBeGreaterThan(RUNS * 0.1);
      expect(valid).toBeLessThan(RUNS * 0.9);
    });
  }

  it('the shipped checks are what the compiler makes of schemas/ now', () => {
    const entries = SCHEMAS.map(({ file, name }) => ({ name: `check${name}`, schema: schemaOf(file) }));
    expect(compileChecks(entries) === readFileSync(join(root, 'src', 'generated', 'checks.js'), 'utf8')).toBe(true);
  });
});

describe('the differential test notices a wrong check', () => {
  for (const { file, name, seeds } of SCHEMAS) {
    const schema = schemaOf(file);
    it(`schemas/${file}.schema.json: leaving any one of its keywords out of the check is caught`, async () => {
      const validate = validators[`validate${name}`];
      const missed: string[] = [];
      for (const keyword of keywordsOf(schema)) {
        const check = (await loadChecks([{ name: 'check', schema }], [keyword])).check as Check;
        const result = fc.check(
          fc.property(documents(schema, seeds), (doc) => check(doc) === validate(doc)),
          { numRuns: CATCH_RUNS, endOnFailure: true },
        );
        if (!result.failed) missed.push(keyword);
      }
      expect(missed).toEqual([]);
    });
  }
});

/**
 * Keywords and forms that dpn's four schemas do not use (yet), checked the
 * same way against an Ajv configured as compile-schemas.mjs configures it
 * (union types allowed, to reach the compiler's code for them).
 */
const SYNTHETIC: SchemaObject = {
  type: 'object',
  required: ['name'],
  propertyNames: { type: 'string', maxLength: 4 },
  additionalProperties: { type: ['integer', 'null'], minimum: -2, maximum: 5 },
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 3 },
    list: { type: 'array', maxItems: 4, uniqueItems: true, items: { type: ['string', 'null'] } },
    strs: { type: 'array', uniqueItems: true, items: { type: 'string' } },
    mix: { type: 'array', uniqueItems: true, items: { type: ['string', 'number', 'boolean'] } },
    objs: { type: 'array', uniqueItems: true, items: { type: 'object', additionalProperties: { type: 'number' } } },
    any: { type: 'array', uniqueItems: true },
    none: { type: 'array', items: false },
    yes: true,
    no: false,
    pick: { enum: [{ a: 1 }, [1, 2], 'x', null, 3] },
    same: { const: { k: [1, { z: null }] } },
    'a-b': { anyOf: [{ type: 'string', pattern: '^a' }, { type: 'number', maximum: 0 }, { $ref: '#/definitions/flag' }] },
    num: { type: 'number', minimum: -1.5, maximum: 1e3 },
    nul: { type: 'null' },
  },
  definitions: { flag: { type: 'boolean' }, unused: { type: 'string' } },
};

describe('keywords and forms beyond the four schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(SYNTHETIC);

  it('agree with Ajv', async () => {
    const { check } = (await loadChecks([{ name: 'check', schema: SYNTHETIC }])) as { check: Check };
    let valid = 0;
    fc.assert(
      fc.property(documents(SYNTHETIC, []), (doc) => {
        const expected = validate(doc);
        if (expected) valid++;
        expect(check(doc)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
    expect(valid).toBeGreaterThan(RUNS * 0.1);
  });

  it('and leaving any one of them out is caught', async () => {
    const missed: string[] = [];
    for (const keyword of keywordsOf(SYNTHETIC)) {
      const { check } = (await loadChecks([{ name: 'check', schema: SYNTHETIC }], [keyword])) as { check: Check };
      const result = fc.check(
        fc.property(documents(SYNTHETIC, []), (doc) => check(doc) === validate(doc)),
        { numRuns: CATCH_RUNS, endOnFailure: true },
      );
      if (!result.failed) missed.push(keyword);
    }
    expect(missed).toEqual([]);
  });

  it('boolean schemas at the root', async () => {
    const { yes, no } = (await loadChecks([
      { name: 'yes', schema: true },
      { name: 'no', schema: false },
    ])) as { yes: Check; no: Check };
    fc.assert(fc.property(fc.jsonValue(), (value) => yes(value) && !no(value)));
  });

  it('Ajv\'s quirks are copied: two "__proto__" items are unique to Ajv, and so to the check', async () => {
    const strings = { type: 'array', uniqueItems: true, items: { type: 'string' } };
    // With several item types Ajv appends "_" to strings, so it is "__proto_" that slips through.
    const mixed = { type: 'array', uniqueItems: true, items: { type: ['string', 'null'] } };
    const { one, two } = (await loadChecks([
      { name: 'one', schema: strings },
      { name: 'two', schema: mixed },
    ])) as { one: Check; two: Check };
    const [validateOne, validateTwo] = [ajv.compile(strings), ajv.compile(mixed)];
    for (const [check, validate, quirk] of [
      [one, validateOne, '__proto__'],
      [two, validateTwo, '__proto_'],
    ] as const) {
      expect(validate([quirk, quirk])).toBe(true);
      expect(check([quirk, quirk])).toBe(true);
      expect(validate(['a', 'a'])).toBe(false);
      expect(check(['a', 'a'])).toBe(false);
    }
  });
});

describe('the compiler refuses what it does not know', () => {
  const compile = (schema: Schema) => () => compileChecks([{ name: 'check', schema }]);

  it.each([
    ['format', { type: 'string', format: 'email' }],
    ['a misspelt keyword', { type: 'object', requried: ['a'] }],
    ['patternProperties', { type: 'object', patternProperties: { '^a': { type: 'string' } } }],
    ['a keyword deep inside', { type: 'object', properties: { a: { type: 'array', items: { type: 'number', exclusiveMinimum: 0 } } } }],
    ['a keyword in a definition no $ref reaches', { type: 'string', definitions: { x: { type: 'string', contentEncoding: 'base64' } } }],
    ['oneOf', { oneOf: [{ type: 'string' }, { type: 'number' }] }],
    ['allOf', { allOf: [{ type: 'string' }] }],
    ['not', { not: { type: 'string' } }],
    ['if/then', { if: { type: 'string' }, then: { minLength: 1 } }],
    ['$id below the root', { type: 'object', properties: { a: { $id: 'x', type: 'string' } } }],
    ['definitions below the root', { type: 'object', properties: { a: { definitions: {}, type: 'string' } } }],
  ])('%s', (_what, schema) => {
    expect(compile(schema)).toThrow(/is not supported/);
  });

  it.each([
    ['a $ref to another file', { $ref: 'other.json#/definitions/x' }],
    ['a $ref to no definition', { $ref: '#/definitions/nothing' }],
    ['items as a list', { type: 'array', items: [{ type: 'string' }] }],
    ['an unknown type', { type: 'text' }],
    ['a pattern that is not a unicode regular expression', { type: 'string', pattern: '\\c' }],
  ])('%s', (_what, schema) => {
    expect(compile(schema)).toThrow(/schema-check-compiler/);
  });
});

describe('the Ajv validators load only to explain a failure', () => {
  const bundle = join(root, 'dist', 'cli.js');
  const chunks = existsSync(bundle) ? readdirSync(join(root, 'dist', 'cli')).filter((f) => f.endsWith('.js')) : [];
  const validatorChunks = chunks.filter((f) => readFileSync(join(root, 'dist', 'cli', f), 'utf8').includes('must NOT have additional properties'));
  // Every module the process loads, written to stderr as it exits.
  const hook = `data:text/javascript,${encodeURIComponent(`
    const loaded = [];
    process.getBuiltinModule('node:module').registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
    process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(loaded) + '\\n'));
  `)}`;
  function loadedChunks(args: string[], cwd: string): string[] {
    const run = spawnSync(process.execPath, ['--import', hook, bundle, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_DISABLE_COMPILE_CACHE: '1' }, timeout: 30_000 });
    const line = run.stderr.split('\n').find((l) => l.startsWith('LOADED '));
    expect(line, run.stderr).toBeDefined();
    return (JSON.parse(line!.slice('LOADED '.length)) as string[]).filter((url) => url.includes('/dist/cli/')).map((url) => url.slice(url.lastIndexOf('/') + 1));
  }

  it.skipIf(!existsSync(bundle))('dist/cli has them in a chunk of their own, which a valid preview never loads and an invalid one does', () => {
    expect(validatorChunks).toHaveLength(1);
    const valid = loadedChunks(['plan', 'preview', 'blueprints', '--format', 'json'], root);
    expect(valid).toContain('index.js');
    expect(valid).not.toContain(validatorChunks[0]);
    const cwd = writeFiles({ 'bad.yaml': 'version: "1.0"\nmetadata: {environment: qa}\n' });
    expect(loadedChunks(['plan', 'validate', '.', '--format', 'json'], cwd)).toContain(validatorChunks[0]);
  });
});

// ---------------------------------------------------------------------------
// Documents: valid ones built from a schema, the given seeds, and mutations.

/** Documents for a schema: about half valid ones (built from it, or seeds), half broken by one to three mutations. */
function documents(schema: SchemaObject, seeds: readonly unknown[]): fc.Arbitrary<unknown> {
  const harvest = harvestOf(schema);
  const built = validOf(schema, schema);
  const base = seeds.length > 0 ? fc.oneof(built, fc.constantFrom(...seeds)) : built;
  const mutation = fc.record({ at: fc.nat(), op: fc.nat({ max: APPLIES.length - 1 }), pick: fc.nat(), value: interesting(harvest), key: keyOf(harvest) });
  return fc
    .tuple(base, fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 3 })))
    .map(([doc, mutations]) => mutations.reduce((d: unknown, m) => mutate(d, m, harvest.limits), structuredClone(doc) as unknown));
}

/** Values valid against the schema, mostly: the generator honours the keywords the schemas combine, not every combination. */
function validOf(schema: Schema, rootSchema: SchemaObject): fc.Arbitrary<unknown> {
  if (schema === true) return fc.jsonValue({ maxDepth: 1 });
  if (schema === false) return fc.constant(undefined);
  if (typeof schema.$ref === 'string') return validOf(definition(rootSchema, schema.$ref), rootSchema);
  if (Array.isArray(schema.anyOf)) return fc.oneof(...(schema.anyOf as Schema[]).map((branch) => validOf(branch, rootSchema)));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const types = schema.type === undefined ? ['any'] : ([] as string[]).concat(schema.type as string | string[]);
  return fc.oneof(...types.map((type) => validOfType(type, schema, rootSchema)));
}

function validOfType(type: string, s: SchemaObject, rootSchema: SchemaObject): fc.Arbitrary<unknown> {
  const n = (keyword: string) => s[keyword] as number | undefined;
  switch (type) {
    case 'string':
      if (typeof s.pattern === 'string') return fc.stringMatching(new RegExp(s.pattern, 'u'));
      return fc.oneof(
        ...(['grapheme-ascii', 'grapheme', 'binary'] as const).map((unit) => fc.string({ minLength: n('minLength') ?? 0, maxLength: n('maxLength') ?? 8, unit })),
      );
    case 'integer':
      return fc.integer({ min: Math.ceil(n('minimum') ?? -100), max: Math.floor(n('maximum') ?? 100) });
    case 'number':
      return fc.double({ min: n('minimum') ?? -100, max: n('maximum') ?? 100, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (s.items === false) return fc.constant([]);
      const items = s.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : validOf(s.items as Schema, rootSchema);
      // Up to maxItems, so that one more item crosses it.
      const size = { minLength: n('minItems') ?? 0, maxLength: n('maxItems') ?? 3 };
      return s.uniqueItems === true ? fc.uniqueArray(items, { ...size, selector: (v) => JSON.stringify(v) }) : fc.array(items, size);
    }
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, Schema>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, subschema] of Object.entries(properties)) if (subschema !== false) model[key] = validOf(subschema, rootSchema);
      // Every key half of the time, so that what lies deep under optional keys is there often enough.
      const record = fc.oneof(fc.record(model), fc.record(model, { requiredKeys: (s.required ?? []) as string[] }));
      if (s.additionalProperties === false) return record;
      const keys = s.propertyNames === undefined ? fc.string({ maxLength: 6 }) : (validOf(s.propertyNames as Schema, rootSchema) as fc.Arbitrary<string>);
      const values = s.additionalProperties === undefined ? fc.jsonValue({ maxDepth: 1 }) : validOf(s.additionalProperties as Schema, rootSchema);
      const extra = fc.dictionary(
        keys.filter((k) => !Object.hasOwn(properties, k)),
        values,
        { maxKeys: 3 },
      );
      return fc.tuple(record, extra).map(([known, more]) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(more)) put(out, k, v);
        for (const [k, v] of Object.entries(known)) put(out, k, v);
        return out;
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

interface Harvest {
  values: unknown[];
  keys: string[];
  patterns: RegExp[];
  /** Strings, numbers and list lengths at and either side of the schema's limits. */
  limits: { strings: string[]; numbers: number[]; lengths: number[] };
}

/** What a schema mentions, and values just either side of its limits: the material of mutations. */
function harvestOf(schema: SchemaObject): Harvest {
  const values: unknown[] = [];
  const keys = new Set<string>();
  const patterns: RegExp[] = [];
  const limits = { strings: [] as string[], numbers: [] as number[], lengths: [] as number[] };
  walk(schema, (s) => {
    if (Array.isArray(s.enum)) values.push(...(s.enum as unknown[]));
    if ('const' in s) values.push(s.const);
    if (s.properties) for (const key of Object.keys(s.properties)) keys.add(key);
    if (Array.isArray(s.enum)) for (const v of s.enum as unknown[]) if (typeof v === 'string') keys.add(v);
    if (typeof s.pattern === 'string') patterns.push(new RegExp(s.pattern, 'u'));
    for (const limit of ['minimum', 'maximum']) {
      const m = s[limit];
      if (typeof m === 'number') limits.numbers.push(m - 1, m - 0.5, m, m + 0.5, m + 1);
    }
    for (const limit of ['minLength', 'maxLength']) {
      const m = s[limit];
      if (typeof m === 'number') {
        for (const length of [m - 1, m, m + 1]) {
          if (length >= 0) limits.strings.push('a'.repeat(length), '\u{1F600}'.repeat(length), `${'\u{1F600}'.repeat(length)}\uD800`);
        }
      }
    }
    for (const limit of ['minItems', 'maxItems']) {
      const m = s[limit];
      if (typeof m === 'number') limits.lengths.push(...[m - 1, m, m + 1].filter((n) => n >= 0));
    }
  });
  values.push(...limits.strings, ...limits.numbers);
  return { values, keys: [...keys], patterns, limits };
}

function interesting(harvest: Harvest): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...harvest.values, ...['', ' ', 'x', 'A', '__proto__', '__proto_', 'constructor', '\u{1F600}', '\uD800', 'a\nb', '1.0']),
    fc.constantFrom(null, true, false, 0, -0, 1, -1, 1.5, 2 ** 53, NaN, Infinity, -Infinity),
    fc.constantFrom([], {}, ['a', 'a'], [1, 1.0], [{ a: 1 }, { a: 1 }], [null, null]),
    ...(harvest.patterns.length > 0 ? [fc.oneof(...harvest.patterns.map((p) => fc.stringMatching(p)))] : []),
    fc.jsonValue({ maxDepth: 2 }),
  );
}

function keyOf(harvest: Harvest): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...harvest.keys, '__proto__', 'constructor', 'x', '', '*', 'A_b', '1a', 'Aws_s3_bucket', 'a-b'),
    ...(harvest.patterns.length > 0 ? [fc.oneof(...harvest.patterns.map((p) => fc.stringMatching(p)))] : []),
    fc.string({ maxLength: 6 }),
  );
}

interface Mutation {
  at: number;
  op: number;
  pick: number;
  value: unknown;
  key: string;
}

interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
}

/** Which values an operation applies to (the whole document included), so that rare kinds of value get their share. */
const APPLIES: ((value: unknown) => boolean)[] = [
  () => true, // 0: replace with another value
  () => true, // 1: remove
  (v) => typeof v === 'object' && v !== null, // 2: add a key or an item
  (v) => typeof v === 'object' && v !== null, // 3: duplicate an item or a value
  (v) => typeof v === 'string', // 4: change a string
  (v) => typeof v === 'number', // 5: change a number
  () => true, // 6: an array where an object was and the other way round
  (v) => typeof v === 'object' && v !== null, // 7: empty it
  (v) => typeof v === 'string' || typeof v === 'number' || Array.isArray(v), // 8: a length or a number at a limit of the schema
  (v) => isObject(v) && Object.keys(v).length > 0, // 9: rename a key
];

/**
 * The document with one change at one of its values, or of the whole of it.
 * The value is picked either among all values the change applies to, or by a
 * walk down from the top, which favours the few values near it over the many
 * in long lists (a state's blueprint field, a blueprint's scope).
 */
function mutate(doc: unknown, m: Mutation, limits: Harvest['limits']): unknown {
  const holder: Record<string, unknown> = { doc };
  const applies = APPLIES[m.op]!;
  const slot = m.at % 2 === 0 ? walkDown(holder, applies, m.pick) : undefined;
  const { parent, key } = slot ?? anySlot(holder, applies, m.at >>> 1);
  const current = (parent as Record<string | number, unknown>)[key];
  if (m.op === 1 && parent !== holder) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (Array.isArray(parent)) {
    parent[key as number] = change(current, m, limits);
  } else {
    put(parent, key as string, change(current, m, limits));
  }
  return holder.doc;
}

function change(value: unknown, m: Mutation, limits: Harvest['limits']): unknown {
  // A copy: the same constant may be inserted more than once, and changed later.
  const other = structuredClone(m.value);
  switch (m.op) {
    case 0:
    case 1:
      return other;
    case 2:
      if (Array.isArray(value)) return [...value, other];
      if (isObject(value)) return put(value, m.key, other);
      return other;
    case 3:
      if (Array.isArray(value)) return value.length > 0 ? [...value, structuredClone(value[m.pick % value.length])] : [other, structuredClone(other)];
      if (isObject(value)) {
        const values = Object.values(value);
        return put(value, m.key, values.length > 0 ? structuredClone(values[m.pick % values.length]) : other);
      }
      return [value, value];
    case 4:
      return typeof value === 'string' ? tweakString(value, m.pick) : String(value);
    case 5:
      return typeof value === 'number' ? tweakNumber(value, m.pick) : other;
    case 6:
      if (Array.isArray(value)) return m.pick % 2 === 0 ? value[0] : { ...value };
      if (isObject(value)) return m.pick % 2 === 0 ? [value] : Object.values(value);
      return m.pick % 2 === 0 ? [value] : put({}, m.key, value);
    case 7:
      return Array.isArray(value) ? [] : {};
    case 9: {
      const keys = isObject(value) ? Object.keys(value) : [];
      if (keys.length === 0) return other;
      const renamed = keys[m.pick % keys.length]!;
      const name = m.pick % 2 === 0 ? m.key : tweakString(renamed, m.pick >>> 1);
      const out: Record<string, unknown> = {};
      for (const key of keys) put(out, key === renamed ? name : key, (value as Record<string, unknown>)[key]);
      return out;
    }
    default: {
      const pick = <T>(list: T[], otherwise: T): T => (list.length > 0 ? list[m.pick % list.length]! : otherwise);
      if (typeof value === 'string') return pick(limits.strings, tweakString(value, m.pick));
      if (typeof value === 'number') return pick(limits.numbers, tweakNumber(value, m.pick));
      if (!Array.isArray(value)) return other;
      // Distinct items, so that only the length is wrong.
      const length = pick(limits.lengths, 0);
      return length <= value.length ? value.slice(0, length) : [...value, ...Array.from({ length: length - value.length }, (_, i) => `item${i}`)];
    }
  }
}

function tweakString(s: string, pick: number): string {
  const tweaks = [
    `${s} `,
    ` ${s}`,
    s.toUpperCase(),
    `${s}A`,
    `${s}\u{1F600}`,
    `\u{1F600}`,
    `${s}\uD800`,
    s.slice(1),
    s.slice(0, -1),
    `${s}\n`,
    s.replace(/-/g, '_'),
    `${s}-`,
    `${s}1`,
    '',
    ' ',
  ];
  return tweaks[pick % tweaks.length]!;
}

function tweakNumber(n: number, pick: number): number {
  const tweaks = [n + 1, n - 1, n + 0.5, n - 0.5, -n, -n - 1, n * 1000, NaN, Infinity, -Infinity, -0, 2 ** 53, 1e21];
  return tweaks[pick % tweaks.length]!;
}

function anySlot(holder: Record<string, unknown>, applies: (value: unknown) => boolean, at: number): Slot {
  const slots: Slot[] = [{ parent: holder, key: 'doc' }];
  collectSlots(holder.doc, slots);
  const applicable = slots.filter(({ parent, key }) => applies((parent as Record<string | number, unknown>)[key]));
  const candidates = applicable.length > 0 ? applicable : slots;
  return candidates[at % candidates.length]!;
}

/**
 * From the top, at each value: stop there (one time in three, if the change
 * applies), else go into one of its children; at the bottom, back to the
 * nearest value the change applies to.
 */
function walkDown(holder: Record<string, unknown>, applies: (value: unknown) => boolean, seed: number): Slot | undefined {
  let random = seed;
  const next = () => (random = (Math.imul(random, 1103515245) + 12345) >>> 0) >>> 8;
  let slot: Slot = { parent: holder, key: 'doc' };
  let lastApplicable: Slot | undefined;
  for (;;) {
    const value = (slot.parent as Record<string | number, unknown>)[slot.key];
    const children: Slot[] = Array.isArray(value)
      ? value.map((_, i) => ({ parent: value, key: i }))
      : isObject(value)
        ? Object.keys(value).map((key) => ({ parent: value, key }))
        : [];
    if (applies(value)) {
      if (children.length === 0 || next() % 3 === 0) return slot;
      lastApplicable = slot;
    }
    if (children.length === 0) return lastApplicable;
    slot = children[next() % children.length]!;
  }
}

function collectSlots(value: unknown, slots: Slot[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      slots.push({ parent: value, key: i });
      collectSlots(value[i], slots);
    }
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      slots.push({ parent: value, key });
      collectSlots(value[key], slots);
    }
  }
}

/** Sets an own property as JSON.parse would, also for "__proto__". */
function put(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// Schemas and compiled checks.

function definition(rootSchema: SchemaObject, ref: string): Schema {
  const name = ref.replace('#/definitions/', '');
  return (rootSchema.definitions as Record<string, Schema>)[name]!;
}

const NOT_KEYWORDS = new Set(['title', 'description', 'default', 'examples', '$comment', '$schema', '$id', 'definitions']);

/** The validation keywords a schema uses anywhere. */
function keywordsOf(schema: SchemaObject): string[] {
  const keywords = new Set<string>();
  walk(schema, (s) => {
    for (const keyword of Object.keys(s)) if (!NOT_KEYWORDS.has(keyword)) keywords.add(keyword);
  });
  return [...keywords].sort();
}

/** Calls visit on every schema object in the schema, definitions included. */
function walk(schema: Schema, visit: (s: SchemaObject) => void): void {
  if (typeof schema !== 'object') return;
  visit(schema);
  for (const keyword of ['properties', 'definitions']) {
    for (const subschema of Object.values((schema[keyword] ?? {}) as Record<string, Schema>)) walk(subschema, visit);
  }
  for (const keyword of ['items', 'additionalProperties', 'propertyNames']) {
    if (schema[keyword] !== undefined) walk(schema[keyword] as Schema, visit);
  }
  if (Array.isArray(schema.anyOf)) for (const branch of schema.anyOf as Schema[]) walk(branch, visit);
}

const scratch = mkdtempSync(join(tmpdir(), 'dpn-checks-'));
let modules = 0;

/** Compiles checks and imports the module. */
async function loadChecks(entries: CheckEntry[], leaveOut: string[] = []): Promise<Record<string, unknown>> {
  const file = join(scratch, `checks-${++modules}.mjs`);
  writeFileSync(file, compileChecks(entries, { leaveOut }));
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}
