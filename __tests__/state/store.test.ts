import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diff, touchedBlueprints } from '../../src/plan/diff.js';
import { StateError } from '../../src/state/document.js';
import { loadState, readStateFiles, writeState } from '../../src/state/store.js';
import type { State, StateResource } from '../../src/state/types.js';
import { tempDir } from '../support/git.js';
import { estate, recorded, spec, stateOf } from '../plan/fixtures.js';

const dirs: string[] = [];
function stateDir(): string {
  const dir = tempDir('dpn-state-');
  dirs.push(dir);
  return join(dir, '.dpn');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

async function rejection(promise: Promise<unknown>): Promise<StateError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StateError) return error;
    throw error;
  }
  throw new Error('expected a StateError');
}

describe('loadState', () => {
  it('a missing state directory is an empty state', async () => {
    const state = await loadState(stateDir());
    expect(state.resources.size).toBe(0);
  });

  it('reads back what writeState wrote, one file per blueprint', async () => {
    const dir = stateDir();
    const state = stateOf(...estate('blueprints/dev.json').map((s) => recorded(s)), recorded(spec({ key: 'aws_s3_bucket:p', blueprint: 'blueprints/prd/main.yaml' })));
    const written = await writeState(dir, state);
    expect(written).toEqual([join(dir, 'state/blueprints/dev.json.json'), join(dir, 'state/blueprints/prd/main.yaml.json')]);
    expect(listFiles(join(dir, 'state'))).toEqual(['blueprints/dev.json.json', 'blueprints/prd/main.yaml.json']);
    const loaded = await loadState(dir);
    expect([...loaded.resources.keys()].sort()).toEqual([...state.resources.keys()].sort());
    for (const [key, record] of state.resources) expect(loaded.resources.get(key)).toEqual(record);
  });

  it('refuses a corrupt file, naming it, instead of treating the state as empty', async () => {
    const dir = stateDir();
    await writeState(dir, stateOf(recorded(spec({ key: 'aws_s3_bucket:a' }))));
    const file = join(dir, 'state/blueprints/dev.json.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/}\s*$/, ''));
    const error = await rejection(loadState(dir));
    expect(error.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: not valid JSON`));
  });

  it('refuses an unknown version', async () => {
    const dir = stateDir();
    mkdirSync(join(dir, 'state'), { recursive: true });
    writeFileSync(join(dir, 'state/x.json.json'), '{"version": 7, "blueprint": "x.json", "resources": {}}\n');
    const error = await rejection(loadState(dir));
    expect(error.code).toBe('STATE_VERSION');
    expect(error.message).toContain('x.json.json:1: unknown state version 7');
  });

  it('refuses a file whose header names another blueprint', async () => {
    const dir = stateDir();
    await writeState(dir, stateOf(recorded(spec({ key: 'aws_s3_bucket:a', blueprint: 'a.json' }))));
    writeFileSync(join(dir, 'state/b.json.json'), readFileSync(join(dir, 'state/a.json.json')));
    const error = await rejection(loadState(dir));
    expect(error.code).toBe('STATE_MISPLACED');
    expect(error.message).toContain('b.json.json');
    expect(error.message).toContain('holds the state of blueprint "a.json"');
  });

  it('refuses a key recorded by two blueprints, naming both files', async () => {
    const dir = stateDir();
    await writeState(dir, stateOf(recorded(spec({ key: 'aws_s3_bucket:a', blueprint: 'a.json' }))));
    const text = readFileSync(join(dir, 'state/a.json.json'), 'utf8').replace('"a.json"', '"b.json"');
    writeFileSync(join(dir, 'state/b.json.json'), text);
    const error = await rejection(loadState(dir));
    expect(error.code).toBe('STATE_DUPLICATE');
    expect(error.message).toContain('a.json.json');
    expect(error.message).toContain('b.json.json');
  });

  it('a state location that is a file is an error, not an empty state', async () => {
    const dir = stateDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'state'), 'oops');
    expect((await rejection(loadState(dir))).message).toContain('not a directory');
  });

  it('refuses a symbolic link rather than skipping the state behind it', async () => {
    const dir = stateDir();
    await writeState(dir, stateOf(recorded(spec({ key: 'aws_s3_bucket:a', blueprint: 'a.json' }))));
    symlinkSync(join(dir, 'state/a.json.json'), join(dir, 'state/b.json.json'));
    const error = await rejection(loadState(dir));
    expect(error.code).toBe('STATE_LINK');
    expect(error.message).toContain('b.json.json');
  });

  it('ignores temp files a crashed write left behind, and other non-JSON files', async () => {
    const dir = stateDir();
    await writeState(dir, stateOf(recorded(spec({ key: 'aws_s3_bucket:a' }))));
    writeFileSync(join(dir, 'state/blueprints/.dev.json.json.123.abcd.tmp'), '{"half": ');
    writeFileSync(join(dir, 'state/README.md'), 'state lives here');
    expect((await loadState(dir)).resources.size).toBe(1);
  });
});

describe('writeState', () => {
  it('does not rewrite unchanged files', async () => {
    const dir = stateDir();
    const state = stateOf(...estate().map((s) => recorded(s)));
    await writeState(dir, state);
    const file = join(dir, 'state/blueprints/dev.json.json');
    const before = statSync(file).mtimeMs;
    expect(await writeState(dir, state)).toEqual([]);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('moves a record between blueprint files and removes a file (and empty folders) left with nothing', async () => {
    const dir = stateDir();
    const s = spec({ key: 'aws_s3_bucket:a', blueprint: 'blueprints/team/old.json' });
    const stay = spec({ key: 'aws_s3_bucket:b', blueprint: 'blueprints/other.json' });
    const state: State = stateOf(recorded(s), recorded(stay));
    await writeState(dir, state);
    const moved = { ...s, blueprint: 'blueprints/new.json' };
    const plan = diff([moved, stay], state);
    expect(plan.operations.find((o) => o.key === s.key)).toMatchObject({ action: 'update', movedFrom: 'blueprints/team/old.json' });
    state.resources.set(s.key, { ...(state.resources.get(s.key) as StateResource), blueprint: 'blueprints/new.json' });
    const written = await writeState(dir, state, { blueprints: touchedBlueprints(plan) });
    expect(written.sort()).toEqual([join(dir, 'state/blueprints/new.json.json'), join(dir, 'state/blueprints/team/old.json.json')]);
    expect(listFiles(join(dir, 'state'))).toEqual(['blueprints/new.json.json', 'blueprints/other.json.json']);
    expect(existsSync(join(dir, 'state/blueprints/team'))).toBe(false);
    const loaded = await loadState(dir);
    expect(loaded.resources.get(s.key)?.blueprint).toBe('blueprints/new.json');
    expect(loaded.resources.get(s.key)?.key).toBe(s.key);
  });

  it('with a blueprint list, touches only those files', async () => {
    const dir = stateDir();
    const a = recorded(spec({ key: 'aws_s3_bucket:a', blueprint: 'a.json' }));
    const b = recorded(spec({ key: 'aws_s3_bucket:b', blueprint: 'b.json' }));
    await writeState(dir, stateOf(a, b));
    // b is gone from this state object, but b.json is not in the list: its file stays
    expect(await writeState(dir, stateOf({ ...a, transaction: 'tx-2' }), { blueprints: ['a.json'] })).toEqual([join(dir, 'state/a.json.json')]);
    expect(listFiles(join(dir, 'state'))).toEqual(['a.json.json', 'b.json.json']);
    // without a list, every file is brought in line with the state
    expect(await writeState(dir, stateOf({ ...a, transaction: 'tx-2' }))).toEqual([join(dir, 'state/b.json.json')]);
    expect(listFiles(join(dir, 'state'))).toEqual(['a.json.json']);
  });

  it('writes atomically: a reader never sees a partial file, and no temp file is left', async () => {
    const dir = stateDir();
    const big = (n: number): State =>
      stateOf(
        ...Array.from({ length: 100 }, (_, i) =>
          recorded(spec({ key: `aws_s3_bucket:b${String(i).padStart(4, '0')}`, params: { round: n, pad: 'x'.repeat(200) } })),
        ),
      );
    await writeState(dir, big(0));
    let reads = 0;
    let writing = true;
    const seen: number[] = [];
    const reader = (async () => {
      while (writing) {
        const files = await readStateFiles(dir);
        seen.push(files[0]?.resources.length ?? -1);
        reads++;
      }
    })().catch((error: unknown) => error);
    for (let round = 1; round <= 6; round++) await writeState(dir, big(round));
    writing = false;
    expect(await reader).toBeUndefined();
    expect(new Set(seen)).toEqual(new Set([100]));
    expect(reads).toBeGreaterThan(0);
    expect(listFiles(join(dir, 'state'))).toEqual(['blueprints/dev.json.json']);
    const loaded = await loadState(dir);
    expect(loaded.resources.get('aws_s3_bucket:b0000')?.params['round']).toBe(6);
  });
});
