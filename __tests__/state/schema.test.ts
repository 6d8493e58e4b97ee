// schemas/state.schema.json is for editors and other tools; parseState is what
// dpn runs. These tests keep the two in agreement.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateState } from '../../src/generated/validators.js';
import { RESOURCE_TYPES } from '../../src/naming/types.js';
import { parseState, serializeState } from '../../src/state/document.js';
import { estate, recorded } from '../plan/fixtures.js';

const good = serializeState('blueprints/dev.json', estate().map((s, i) => recorded(s, i === 0 ? { archived: true, physicalId: 'arn:x' } : {})));

function parses(text: string): boolean {
  try {
    parseState(text, 's.json');
    return true;
  } catch {
    return false;
  }
}

describe('state schema', () => {
  it('lists exactly the resource types dpn knows', () => {
    const schema = JSON.parse(readFileSync('schemas/state.schema.json', 'utf8')) as {
      definitions: { resource: { properties: { type: { enum: string[] } } } };
    };
    expect(schema.definitions.resource.properties.type.enum).toEqual([...RESOURCE_TYPES]);
  });

  it('accepts what dpn writes', () => {
    expect(validateState(JSON.parse(good))).toBe(true);
  });

  it.each([
    ['version 2', (t: string) => t.replace('"version": 1', '"version": 2')],
    ['a missing version', (t: string) => t.replace(',\n  "version": 1', '')],
    ['an unknown policy', (t: string) => t.replace('"deletionPolicy": "archive"', '"deletionPolicy": "burn"')],
    ['an unknown type', (t: string) => t.replace('"type": "dbx_job"', '"type": "dbx_banana"')],
    ['a record repeating its key', (t: string) => t.replace('"appliedAt"', '"key": "x", "appliedAt"')],
    ['a number tag', (t: string) => t.replace('"Team": "data"', '"Team": 5')],
    ['archived as a string', (t: string) => t.replace('"archived": true', '"archived": "yes"')],
    ['a missing transaction', (t: string) => t.replace(/"transaction": "tx-1",?\n/, '')],
    ['a top-level stranger', (t: string) => t.replace('"version": 1', '"version": 1, "x": 0')],
  ])('rejects %s, as parseState does', (_name, edit) => {
    const text = edit(good);
    expect(text).not.toBe(good);
    expect(parses(text)).toBe(false);
    expect(validateState(JSON.parse(text))).toBe(false);
  });
});
