import { describe, expect, it } from 'vitest';
import { StateError, parseState, serializeState } from '../../src/state/document.js';
import { blueprintOfStateFile, normalizeBlueprintPath, stateFileFor } from '../../src/state/path.js';
import { recordFromSpec, archivedRecord } from '../../src/state/record.js';
import type { StateResource } from '../../src/state/types.js';
import { estate, recorded } from '../plan/fixtures.js';

const records = (): StateResource[] => estate().map((s, i) => recorded(s, { physicalId: i % 2 ? `id-${i}` : undefined }));

function errorOf(fn: () => unknown): StateError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StateError) return error;
    throw error;
  }
  throw new Error('expected a StateError');
}

describe('serializeState', () => {
  it('writes a sorted, two-space document with a trailing newline, resources ordered by key', () => {
    const text = serializeState('blueprints/dev.json', [...records()].reverse());
    expect(text.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(text) as { version: number; blueprint: string; resources: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc)).toEqual(['blueprint', 'resources', 'version']);
    expect(doc.version).toBe(1);
    const keys = Object.keys(doc.resources);
    expect(keys).toEqual([...keys].sort());
    for (const record of Object.values(doc.resources)) expect(Object.keys(record)).toEqual(Object.keys(record).sort());
    expect(text.split('\n')[1]).toBe('  "blueprint": "blueprints/dev.json",');
    // key and blueprint live in the document, not repeated in each record
    expect(Object.values(doc.resources)[0]).not.toHaveProperty('key');
    expect(Object.values(doc.resources)[0]).not.toHaveProperty('blueprint');
  });

  it('round-trips byte for byte', () => {
    const text = serializeState('blueprints/dev.json', records());
    const parsed = parseState(text, 'x.json');
    expect(parsed.blueprint).toBe('blueprints/dev.json');
    expect(serializeState(parsed.blueprint, parsed.resources)).toBe(text);
    expect(parsed.resources.find((r) => r.key === 'dbx_job:dp/dev/daily-load')).toEqual(
      records().find((r) => r.key === 'dbx_job:dp/dev/daily-load'),
    );
  });

  it('changing one resource changes only a few lines', () => {
    const before = records();
    const after = records();
    after[1]!.params['columns'] = [
      { name: 'id', type: 'bigint' },
      { name: 'amount', type: 'decimal(10,2)' },
    ];
    after[1]!.transaction = 'tx-2';
    after[1]!.appliedAt = '2026-02-01T00:00:00.000Z';
    const a = serializeState('b.json', before).split('\n');
    const b = serializeState('b.json', after).split('\n');
    expect(b.length).toBe(a.length);
    const changed = a.filter((line, i) => line !== b[i]);
    expect(changed).toHaveLength(3);
  });

  it('adding a resource adds only its own lines', () => {
    const all = records();
    const a = serializeState('b.json', all.slice(0, 4)).split('\n');
    const b = serializeState('b.json', all).split('\n');
    // every old line is still there, in order
    let j = 0;
    for (const line of b) if (line === a[j]) j++;
    expect(j).toBe(a.length);
  });

  it('writes archived only when true and keeps fields it does not know', () => {
    const [first] = records();
    const text = serializeState('b.json', [{ ...first!, archived: false, futureField: { z: 1, a: 2 } } as StateResource]);
    expect(text).not.toContain('archived');
    expect(text).toContain('"futureField": {\n        "a": 2,\n        "z": 1\n      }');
    const back = parseState(text, 'b.json').resources[0] as StateResource & { futureField: unknown };
    expect(back.futureField).toEqual({ a: 2, z: 1 });
  });

  it('reads a file an editor saved with a byte-order mark and CRLF line ends', () => {
    const text = serializeState('b.json', records());
    const parsed = parseState('\ufeff' + text.replace(/\n/g, '\r\n'), 'b.json');
    expect(serializeState(parsed.blueprint, parsed.resources)).toBe(text);
  });

  it('keeps a "__proto__" key as data', () => {
    const [first] = records();
    const params = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const text = serializeState('b.json', [{ ...first!, params }]);
    const back = parseState(text, 'b.json').resources[0]!;
    expect(Object.keys(back.params)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('parseState errors name the file and line', () => {
  const good = serializeState('blueprints/dev.json', records());

  it('corrupt JSON', () => {
    const broken = good.replace('"name": "dp-etl-shared-dev",', '"name": "dp-etl-shared-dev"');
    const error = errorOf(() => parseState(broken, '.dpn/state/blueprints/dev.json.json'));
    expect(error.message).toMatch(/^\.dpn\/state\/blueprints\/dev\.json\.json:\d+: not valid JSON/);
    const line = Number(/json:(\d+):/.exec(error.message)?.[1]);
    const expected = broken.split('\n').findIndex((l) => l.includes('"name": "dp-etl-shared-dev"')) + 1;
    expect(Math.abs(line - expected)).toBeLessThanOrEqual(1);
    expect(error.code).toBe('STATE_CORRUPT');
    expect(error.hint).toContain('git log');
  });

  it('a truncated file', () => {
    const error = errorOf(() => parseState(good.slice(0, good.length / 2), 's.json'));
    expect(error.message).toMatch(/^s\.json:\d+: not valid JSON/);
  });

  it('an empty file', () => {
    expect(errorOf(() => parseState('', 's.json')).message).toMatch(/^s\.json:1: not valid JSON/);
  });

  it('an unknown version', () => {
    const error = errorOf(() => parseState(good.replace('"version": 1', '"version": 2'), 's.json'));
    expect(error.code).toBe('STATE_VERSION');
    expect(error.message).toMatch(/^s\.json:\d+: unknown state version 2; this dpn reads version 1 \(written by a newer dpn/);
    expect(errorOf(() => parseState('{"blueprint": "x", "resources": {}}', 's.json')).message).toContain('unknown state version null');
  });

  it('a record with a bad field, pointing at its line', () => {
    const bad = good.replace('"deletionPolicy": "archive"', '"deletionPolicy": "burn"');
    const error = errorOf(() => parseState(bad, 's.json'));
    const keyLine = bad.split('\n').findIndex((l) => l.includes('"aws_glue_database:dp/dev/sales-bronze": {')) + 1;
    expect(error.message).toBe(`s.json:${keyLine}: resource "aws_glue_database:dp/dev/sales-bronze": "deletionPolicy" must be archive, delete or retain`);
  });

  it('an unknown type, a non-object, a top-level stranger', () => {
    expect(errorOf(() => parseState(good.replace('"type": "dbx_job"', '"type": "dbx_banana"'), 's')).message).toContain('unknown type "dbx_banana"');
    expect(errorOf(() => parseState('[]', 's')).message).toBe('s:1: a state file must hold a JSON object');
    expect(errorOf(() => parseState(good.replace('"version": 1', '"version": 1, "extra": 0'), 's')).message).toContain('unknown top-level field "extra"');
  });
});

describe('state file paths', () => {
  it('mirror the blueprint path and map back', () => {
    expect(stateFileFor('blueprints/dev.json')).toBe('blueprints/dev.json.json');
    expect(stateFileFor('./blueprints//dev.yaml')).toBe('blueprints/dev.yaml.json');
    expect(stateFileFor('blueprints\\win.yml')).toBe('blueprints/win.yml.json');
    for (const path of ['blueprints/dev.json', 'a b/ü#?.yaml', '../outside.json', '/abs/x.json', '.hidden.json', '%2F.json']) {
      const file = stateFileFor(path);
      expect(file).not.toMatch(/(^|\/)\.\.(\/|$)/);
      expect(file.startsWith('/')).toBe(false);
      expect(blueprintOfStateFile(file)).toBe(normalizeBlueprintPath(path));
    }
    expect(stateFileFor('../outside.json')).toBe('%2E%2E/outside.json.json');
    expect(stateFileFor('a b/x.json')).toBe('a%20b/x.json.json');
    expect(blueprintOfStateFile('notes.txt')).toBeNull();
  });
});

describe('records', () => {
  it('recordFromSpec records what was applied, with sorted dependencies', () => {
    const [, orders] = estate();
    const record = recordFromSpec({ ...orders!, blueprint: './blueprints/dev.json' }, {
      appliedAt: '2026-03-01T00:00:00.000Z',
      transaction: 'tx-9',
      physicalId: 'arn:x',
    });
    expect(record).toMatchObject({
      key: orders!.key,
      blueprint: 'blueprints/dev.json',
      physicalId: 'arn:x',
      transaction: 'tx-9',
      dependsOn: ['aws_glue_database:dp/dev/sales-bronze'],
    });
    expect(record).not.toHaveProperty('location');
    expect(archivedRecord(record, { appliedAt: 't2', transaction: 'tx-10' })).toMatchObject({ archived: true, transaction: 'tx-10', physicalId: 'arn:x' });
  });
});
