// Reading files: every kind of bad input gives one clear diagnostic with file,
// line, column and code; good input keeps positions for later messages.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate, parseSourceText, readSourceDocument, type SourceFormat } from '../../src/source/index.js';
import { tempDir, writeFiles } from './fixtures.js';

function parse(text: string, format: SourceFormat) {
  return parseSourceText(text, `doc.${format}`, format);
}

async function problem(text: string, format: SourceFormat) {
  const result = await parse(text, format);
  if (!('diagnostic' in result)) throw new Error(`expected a problem, parsed ${JSON.stringify(result.document.data)}`);
  return result.diagnostic;
}

describe('malformed JSON', () => {
  it('a trailing comma points at the line and column, JSON-style', async () => {
    const d = await problem('{\n  "version": "1.0",\n  "metadata": {},\n}\n', 'json');
    expect(d).toMatchObject({ file: 'doc.json', line: 4, column: 1, code: 'JSON_SYNTAX', severity: 'error' });
    expect(d.message).toMatch(/^Expected double-quoted property name, found '}' in JSON at line 4 column 1$/);
  });

  it('a missing comma, an unterminated string and a cut-off document', async () => {
    expect(await problem('{"a": 1\n "b": 2}', 'json')).toMatchObject({ line: 2, column: 2, code: 'JSON_SYNTAX' });
    expect((await problem('{"a": "open\n}', 'json')).message).toMatch(/Bad control character in string literal/);
    expect((await problem('{"a": [1, 2', 'json')).message).toMatch(/Unexpected end of JSON input/);
    expect(await problem('{"a": tru}', 'json')).toMatchObject({ line: 1, column: 7 });
    expect((await problem('{"a": 1} x', 'json')).message).toMatch(/Unexpected non-whitespace character after JSON/);
    expect((await problem("{'a': 1}", 'json')).message).toMatch(/double-quoted/);
  });

  it('a duplicate key is an error at the second occurrence', async () => {
    expect(await problem('{\n  "a": 1,\n  "a": 2\n}', 'json')).toMatchObject({ line: 3, column: 3, code: 'JSON_DUPLICATE_KEY' });
  });

  it('parses exactly what JSON.parse parses (any JSON value)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = JSON.stringify(value, null, 1);
        const result = await parse(text, 'json');
        if ('diagnostic' in result) {
          // Only prototype-shaped keys are refused on purpose.
          expect(result.diagnostic.code).toBe('SOURCE_FORBIDDEN_KEY');
          return;
        }
        expect(result.document.data).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('unicode escapes and a byte order mark are read', async () => {
    const result = await parse('\uFEFF{"name": "caf\\u00e9 \\"x\\" \\n"}', 'json');
    expect('document' in result && result.document.data).toEqual({ name: 'café "x" \n' });
  });
});

describe('malformed YAML', () => {
  it('bad indentation points at the line', async () => {
    const d = await problem('version: "1.0"\nmetadata:\n  environment: dev\n project: x\n', 'yaml');
    expect(d.code).toBe('YAML_SYNTAX');
    expect(d.line).toBe(4);
    expect(d.message).toMatch(/in YAML at line 4 column \d+$/);
  });

  it('an unclosed flow sequence is an error', async () => {
    expect((await problem('a: [1, 2\nb: 3\n', 'yaml')).code).toBe('YAML_SYNTAX');
  });

  it('a duplicate key is an error at the second occurrence', async () => {
    expect(await problem('a: 1\nb:\n  c: 1\n  c: 2\n', 'yaml')).toMatchObject({ line: 4, column: 3, code: 'YAML_DUPLICATE_KEY' });
  });

  it('custom tags are refused', async () => {
    expect((await problem('a: !!python/object:os.system ls\n', 'yaml')).code).toBe('YAML_TAG');
    expect((await problem('a: !include other.yaml\n', 'yaml')).code).toBe('YAML_TAG');
    expect((await problem('a: !!binary aGVsbG8=\n', 'yaml')).code).toBe('YAML_TAG');
  });

  it('several documents in one file are refused', async () => {
    expect((await problem('a: 1\n---\nb: 2\n', 'yaml')).code).toBe('YAML_SYNTAX');
  });

  it('plain aliases work; an alias bomb is refused quickly', async () => {
    const ok = await parse('base: &b {layer: raw}\none: *b\ntwo: [*b, *b]\n', 'yaml');
    expect('document' in ok && ok.document.data).toEqual({
      base: { layer: 'raw' },
      one: { layer: 'raw' },
      two: [{ layer: 'raw' }, { layer: 'raw' }],
    });
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const d = await problem(`${lines.join('\n')}\n`, 'yaml');
    expect(d.code).toBe('YAML_ALIAS_LIMIT');
    expect(d.message).toMatch(/alias bomb/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('an alias inside its own anchor is refused', async () => {
    const result = await parse('a: &x [1, *x]\n', 'yaml');
    expect('diagnostic' in result).toBe(true);
  });
});

describe('keys that could pollute prototypes', () => {
  for (const [format, text] of [
    ['json', '{"metadata": {"__proto__": {"polluted": true}}}'],
    ['yaml', 'metadata:\n  __proto__:\n    polluted: true\n'],
    ['json', '{"constructor": {"prototype": {"polluted": true}}}'],
    ['yaml', 'prototype: 1\n'],
  ] as const) {
    it(`${format}: ${text.split('\n')[0]}`, async () => {
      const d = await problem(text, format);
      expect(d.code).toBe('SOURCE_FORBIDDEN_KEY');
      expect(d.message).toMatch(/not allowed/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }
});

describe('files', () => {
  async function read(name: string, content: string | Buffer, maxBytes?: number) {
    const dir = writeFiles({ [name]: content });
    const result = await readSourceDocument(join(dir, name), name, maxBytes === undefined ? {} : { maxBytes });
    if (!('diagnostic' in result)) throw new Error('expected a problem');
    return result.diagnostic;
  }

  it('an empty or blank file', async () => {
    expect(await read('empty.json', '')).toMatchObject({ code: 'SOURCE_EMPTY', file: 'empty.json', line: 1, column: 1 });
    expect(await read('blank.yaml', '\n  \n\t\n')).toMatchObject({ code: 'SOURCE_EMPTY' });
  });

  it('a binary file (NUL bytes) and a file that is not UTF-8', async () => {
    expect(await read('image.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ code: 'SOURCE_BINARY' });
    expect((await read('latin1.yaml', Buffer.from('name: caf\xe9\n', 'latin1'))).code).toBe('SOURCE_NOT_UTF8');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const dir = tempDir();
    const path = join(dir, 'huge.yaml');
    writeFileSync(path, `a: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
    const result = await readSourceDocument(path, 'huge.yaml');
    expect('diagnostic' in result && result.diagnostic).toMatchObject({ code: 'SOURCE_TOO_LARGE' });
    expect('diagnostic' in result && result.diagnostic.message).toMatch(/limit is 5 MiB/);
    // JSON has no aliases and is parsed by the engine: its limit is higher.
    const json = join(dir, 'huge.json');
    writeFileSync(json, `{"a": "${'x'.repeat(6 * 1024 * 1024)}"}`);
    expect(await readSourceDocument(json, 'huge.json')).toHaveProperty('document');
    writeFileSync(json, `{"a": "${'x'.repeat(32 * 1024 * 1024)}"}`);
    const tooBig = await readSourceDocument(json, 'huge.json');
    expect('diagnostic' in tooBig && tooBig.diagnostic.message).toMatch(/limit is 32 MiB/);
    expect(await read('small.json', '{"a": 1234567}', 8)).toMatchObject({ code: 'SOURCE_TOO_LARGE' });
  });

  it.skipIf(process.platform === 'win32')('a named pipe is refused at once, not waited on for a writer', async () => {
    const path = join(tempDir(), 'pipe.json');
    execFileSync('mkfifo', [path]);
    const result = await readSourceDocument(path, 'pipe.json');
    expect('diagnostic' in result && result.diagnostic).toMatchObject({ code: 'SOURCE_READ', message: 'pipe.json is not a regular file' });
  });

  it('a missing file and an unknown extension', async () => {
    const missing = await readSourceDocument('/nonexistent/x.json', 'x.json');
    expect('diagnostic' in missing && missing.diagnostic.code).toBe('SOURCE_NOT_FOUND');
    expect((await read('notes.txt', 'hello')).code).toBe('SOURCE_FORMAT');
  });

  it('nesting deep enough to exhaust a recursive parser is refused', async () => {
    expect((await problem(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'json')).code).toBe('SOURCE_TOO_DEEP');
    expect((await problem(`a: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`, 'yaml')).code).toMatch(/SOURCE_TOO_DEEP|YAML_SYNTAX/);
  });
});

describe('positions', () => {
  const json = '{\n  "resources": {\n    "aws": {\n      "s3_buckets": [\n        {"purpose": "x", "layer": "raw"}\n      ]\n    }\n  }\n}\n';
  const yaml = 'resources:\n  aws:\n    s3_buckets:\n      - purpose: x\n        layer: raw\n';
  it('JSON: a value, a key, and a path past the end falls back to the deepest ancestor', async () => {
    const result = await parse(json, 'json');
    if (!('document' in result)) throw new Error('parse failed');
    const doc = result.document;
    expect(locate(doc, ['resources', 'aws', 's3_buckets', 0])).toMatchObject({ line: 5, column: 9 });
    expect(locate(doc, ['resources', 'aws', 's3_buckets', 0, 'layer'])).toMatchObject({ line: 5, column: 35 });
    expect(locate(doc, ['resources', 'aws', 's3_buckets', 0, 'layer'], true)).toMatchObject({ line: 5, column: 26 });
    expect(locate(doc, ['resources', 'aws', 'glue_tables', 3])).toMatchObject({ line: 3, column: 12 });
  });

  it('YAML: a sequence item and a key', async () => {
    const result = await parse(yaml, 'yaml');
    if (!('document' in result)) throw new Error('parse failed');
    const doc = result.document;
    expect(locate(doc, ['resources', 'aws', 's3_buckets', 0])).toMatchObject({ line: 4, column: 9 });
    expect(locate(doc, ['resources', 'aws', 's3_buckets', 0, 'layer'], true)).toMatchObject({ line: 5, column: 9 });
    expect(locate(doc, ['resources', 'aws', 's3_buckets', 0, 'layer'])).toMatchObject({ line: 5, column: 16 });
  });
});

describe('line and column of an offset', () => {
  it('are the same whatever offsets were asked before (the index steps on from the last line it found)', async () => {
    const { LineIndex } = await import('../../src/source/positions.js');
    const text = fc.array(fc.constantFrom('a', 'bc', '\n', '\n\n', 'xyz\n'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (source, picks) => {
        const asked = picks.map((p) => p % (source.length + 1));
        const walked = new LineIndex('f.json', source);
        for (const offset of asked) {
          const before = source.slice(0, offset);
          const line = before.split('\n').length;
          expect(walked.locateOffset(offset)).toEqual({ file: 'f.json', line, column: offset - (before.lastIndexOf('\n') + 1) + 1 });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the fast JSON path', () => {
  it('puts every object and array where the careful parser does (arrays through its fallback)', async () => {
    const { parseJson } = await import('../../src/source/json.js');
    const { parseJsonFast } = await import('../../src/source/json-fast.js');
    const containers = (value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) => {
      if (value !== null && typeof value === 'object') {
        out.push(path);
        for (const [k, v] of Object.entries(value)) containers(v, [...path, Array.isArray(value) ? Number(k) : k], out);
      }
      return out;
    };
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.boolean(), async (value, indent, crlf, bom) => {
        const json = JSON.stringify(value, null, indent);
        // Windows line ends and a byte order mark, as editors write them.
        const text = (bom ? '\uFEFF' : '') + (crlf ? json.replace(/\n/g, '\r\n') : json);
        if (/\\u|"(?:__proto__|constructor|prototype)"/.test(text)) return;
        const fast = parseJsonFast(text, 'f.json');
        const full = parseJson(text, 'f.json');
        for (const path of containers(fast.data)) {
          expect(fast.positions.locate(fast.data, path)).toEqual(full.positions.locate(full.data, path));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a duplicate key anywhere, whatever its values, is refused at the second occurrence', async () => {
    const { parseJson } = await import('../../src/source/json.js');
    const key = fc.stringMatching(/^[a-z_]{1,6}$/);
    const plain = fc.jsonValue({ maxDepth: 3 }).filter((v) => !/\\u|"(?:__proto__|constructor|prototype)"/.test(JSON.stringify(v)));
    await fc.assert(
      fc.asyncProperty(plain, plain, key, plain, plain, fc.integer({ min: 0, max: 2 }), async (before, after, k, first, second, indent) => {
        const dup = `{${JSON.stringify(k)}: ${JSON.stringify(first)}, ${JSON.stringify(k)}: ${JSON.stringify(second)}}`;
        const text = `{"before": ${JSON.stringify(before, null, indent)}, "list": [${JSON.stringify(after)}, ${dup}], "after": ${JSON.stringify(after, null, indent)}}`;
        const read = await parseSourceText(text, 'f.json', 'json');
        expect('diagnostic' in read && read.diagnostic.code).toBe('JSON_DUPLICATE_KEY');
        // The careful parser, given the same text, says the same.
        expect(() => parseJson(text, 'f.json')).toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('integer-like keys and duplicates take the careful path', async () => {
    const dup = await parseSourceText('{"a": {"x": 1, "x": 2}}', 'f.json', 'json');
    expect('diagnostic' in dup && dup.diagnostic).toMatchObject({ code: 'JSON_DUPLICATE_KEY', column: 16 });
    const numeric = await parseSourceText('{"b": 1, "2": {"c": [1]}}', 'f.json', 'json');
    if (!('document' in numeric)) throw new Error('parse failed');
    expect(locate(numeric.document, ['2', 'c'])).toMatchObject({ line: 1, column: 21 });
  });
});

describe('the fast YAML path', () => {
  /** Scalars chosen to hit every case the core schema reads as other than plain text. */
  const tricky = [
    'true', 'False', 'NULL', 'null', '~', '0', '7', '007', '0x1F', '0o17', '1.5', '-3', '+3', '.inf', '.NaN', '1e3', 'yes', 'on',
    'a: b', 'a #b', 'a#b', '#x', "it's", 'x\\y', '@x', '`x', '%x', '{a}', '[a]', 'a{b}', ' lead', 'trail ', '', '-', '- a', '? x',
    '&a', '*a', '!t', '|', '>', '123456789012345678', 'i3.xlarge', 'decimal(18,2)', '/{project}/{domain}', 'CC-12345', 's3://b', 'a b',
  ];
  // Mostly words as naming files hold them, so that the fast path takes a good share of the texts.
  const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/);
  const scalar = fc.oneof(
    { arbitrary: word, weight: 12 },
    fc.constantFrom(...tricky),
    fc.string({ maxLength: 8 }),
    fc.integer({ min: -5, max: 1000 }),
    fc.constant(null),
  );
  const key = fc.oneof(
    { arbitrary: word, weight: 30 },
    fc.constantFrom('us-east-1', 'aws_s3_bucket', '*', '1', 'true', 'x y', 'k.v', '__proto__', 'a:b'),
    fc.string({ maxLength: 5 }),
  );
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('list')),
    map: fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }),
    list: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => ({ items })),
  })).map;

  type Tree = unknown;
  /** Writes a tree as block YAML, taking each style choice from `pick`. */
  function emit(root: Tree, pick: () => number): string {
    const out: string[] = [];
    const text = (v: unknown): string => {
      if (v === null) return pick() % 3 === 0 ? '' : 'null';
      if (typeof v === 'number') return String(v);
      const s = String(v);
      switch (pick() % 3) {
        case 0: return s;
        case 1: return `'${s.replace(/'/g, "''")}'`;
        default: return JSON.stringify(s);
      }
    };
    const comment = () => (pick() % 4 === 0 ? '  # note: x' : '');
    const write = (node: Tree, indent: string, first: string | undefined): void => {
      const lead = (i: number) => (i === 0 && first !== undefined ? first : indent);
      if (Array.isArray(node)) {
        node.forEach(([k, v]: [string, Tree], i: number) => {
          if (pick() % 5 === 0) out.push(pick() % 2 ? '' : `${indent}# comment`);
          const head = `${lead(i)}${text(k)}:`;
          if (v !== null && typeof v === 'object') {
            out.push(head + comment());
            const sameIndent = !Array.isArray(v) && pick() % 2 === 0;
            write(v, sameIndent ? indent : `${indent}  `, undefined);
          } else out.push(`${head} ${text(v)}${comment()}`.replace(/ $/, ''));
        });
        return;
      }
      if (node !== null && typeof node === 'object') {
        (node as { items: Tree[] }).items.forEach((v, i) => {
          const dash = `${lead(i)}-${pick() % 3 === 0 ? '   ' : ' '}`;
          if (v !== null && typeof v === 'object') write(v, `${indent}${' '.repeat(dash.length - lead(i).length)}`, dash);
          else out.push(`${dash}${text(v)}${comment()}`);
        });
        return;
      }
      out.push(`${lead(0)}${text(node)}`);
    };
    write(root, pick() % 4 === 0 ? '  ' : '', undefined);
    return `${pick() % 3 === 0 ? '# header\n\n' : ''}${out.join('\n')}\n`;
  }

  it('gives exactly the careful parser’s data and positions, or leaves the text to it', async () => {
    const { parseYaml } = await import('../../src/source/yaml.js');
    const { parseYamlFast } = await import('../../src/source/yaml-fast.js');
    let taken = 0;
    await fc.assert(
      fc.property(tree, fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (root, choices) => {
        let at = 0;
        const text = emit(root, () => choices[at++ % choices.length] as number);
        const fast = parseYamlFast(text, 'f.yaml');
        if (!fast) return;
        taken++;
        const full = parseYaml(text, 'f.yaml');
        expect(fast.data).toStrictEqual(full.data);
        expect([...fast.positions.containers.values()]).toEqual([...full.positions.containers.values()]);
      }),
      { numRuns: 1500 },
    );
    // The property says something only if the fast path takes a good share of the texts.
    expect(taken).toBeGreaterThan(375);
  });

  it('reads the shipped and the v1.0 example naming files itself, exactly as the careful parser does', async () => {
    const { parseYaml } = await import('../../src/source/yaml.js');
    const { parseYamlFast } = await import('../../src/source/yaml-fast.js');
    const { DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT } = await import('../../src/naming/index.js');
    const { stringify } = await import('yaml');
    const root = new URL('../..', import.meta.url).pathname;
    const texts = [
      readFileSync(join(root, 'bench/fixtures/v1-naming/naming-values.yaml'), 'utf8'),
      readFileSync(join(root, 'bench/fixtures/v1-naming/naming-patterns.yaml'), 'utf8'),
      stringify(DEFAULT_VALUES_DOCUMENT),
      stringify(DEFAULT_PATTERNS_DOCUMENT),
    ];
    for (const text of texts) {
      const fast = parseYamlFast(text, 'f.yaml');
      const full = parseYaml(text, 'f.yaml');
      expect(fast?.data).toStrictEqual(full.data);
      expect([...(fast?.positions.containers.values() ?? [])]).toEqual([...full.positions.containers.values()]);
    }
  });

  it('leaves duplicates, aliases and tags to the careful parser, which reports them', async () => {
    const dup = await parseSourceText('a: 1\nb:\n  x: 1\n  x: 2\n', 'f.yaml', 'yaml');
    expect('diagnostic' in dup && dup.diagnostic).toMatchObject({ code: 'YAML_DUPLICATE_KEY', line: 4 });
    const tag = await parseSourceText('a: !custom 1\n', 'f.yaml', 'yaml');
    expect('diagnostic' in tag && tag.diagnostic).toMatchObject({ code: 'YAML_TAG' });
    const proto = await parseSourceText('__proto__:\n  x: 1\n', 'f.yaml', 'yaml');
    expect('diagnostic' in proto && proto.diagnostic).toMatchObject({ code: 'SOURCE_FORBIDDEN_KEY' });
  });
});
