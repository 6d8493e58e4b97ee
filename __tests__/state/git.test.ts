// What a reviewer sees in `git diff` when dpn commits state: one resource's
// change is a few lines, a move is a delete in one file and an add in another.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadState, writeState } from '../../src/state/store.js';
import type { StateResource } from '../../src/state/types.js';
import { git, gitFixture, type GitFixture } from '../support/git.js';
import { estate, recorded, stateOf } from '../plan/fixtures.js';

let fixture: GitFixture | undefined;
afterEach(() => fixture?.cleanup());

function numstat(work: string): string[][] {
  return git(work, 'diff', '--numstat')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
}

describe('state in git', () => {
  it('an update of one resource among many is a three-line diff of one file', async () => {
    fixture = gitFixture();
    const work = fixture.work;
    const stateDir = join(work, '.dpn');
    const records = [...estate('blueprints/dev.json'), ...estate('blueprints/prd.json').map((s) => ({ ...s, key: s.key.replace('dp/dev', 'dp/prd') }))].map(
      (s) => recorded(s),
    );
    const written = await writeState(stateDir, stateOf(...records));
    git(work, 'add', '--', ...written);
    git(work, 'commit', '-q', '-m', 'state');

    const state = await loadState(stateDir);
    const orders = state.resources.get('aws_glue_table:dp/dev/sales-bronze/orders') as StateResource;
    state.resources.set(orders.key, {
      ...orders,
      params: { ...orders.params, description: 'orders, one row per order' },
      appliedAt: '2026-02-02T00:00:00.000Z',
      transaction: 'tx-2',
    });
    expect(await writeState(stateDir, state)).toEqual([join(stateDir, 'state/blueprints/dev.json.json')]);
    const stat = numstat(work);
    expect(stat).toEqual([['3', '2', '.dpn/state/blueprints/dev.json.json']]);
  });

  it('a move between blueprints shows as lines leaving one file and arriving in the other', async () => {
    fixture = gitFixture();
    const work = fixture.work;
    const stateDir = join(work, '.dpn');
    const records = estate('blueprints/dev.json').map((s) => recorded(s));
    git(work, 'add', '--', ...(await writeState(stateDir, stateOf(...records))));
    git(work, 'commit', '-q', '-m', 'state');

    const state = await loadState(stateDir);
    const job = state.resources.get('dbx_job:dp/dev/daily-load') as StateResource;
    state.resources.set(job.key, { ...job, blueprint: 'blueprints/jobs.json' });
    const changed = await writeState(stateDir, state, { blueprints: ['blueprints/dev.json', 'blueprints/jobs.json'] });
    git(work, 'add', '--', ...changed);
    const stat = git(work, 'diff', '--cached', '--numstat').split('\n').map((l) => l.split('\t'));
    const dev = stat.find((s) => s[2] === '.dpn/state/blueprints/dev.json.json');
    const jobs = stat.find((s) => s[2] === '.dpn/state/blueprints/jobs.json.json');
    expect(Number(dev?.[0])).toBe(0);
    expect(Number(dev?.[1])).toBeGreaterThan(5);
    expect(Number(jobs?.[0])).toBeGreaterThan(5);
    const reloaded = await loadState(stateDir);
    expect(reloaded.resources.get(job.key)?.blueprint).toBe('blueprints/jobs.json');
    expect(reloaded.resources.size).toBe(records.length);
  });
});
