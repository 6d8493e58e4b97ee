// Committing state back: a push rejected because the branch moved is fetched,
// rebased and retried, keeping both sides' commits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Git } from '../../src/action/git.js';
import { StateBranch } from '../../src/action/state-branch.js';
import { git, gitFixture, type GitFixture } from '../support/git.js';

let fx: GitFixture;
beforeEach(() => {
  fx = gitFixture();
});
afterEach(() => fx.cleanup());

function writeState(dir: string, text: string): void {
  mkdirSync(join(dir, '.dpn', 'state'), { recursive: true });
  writeFileSync(join(dir, '.dpn', 'state', 'a.json'), text);
}

describe('StateBranch', () => {
  it('rebases onto commits pushed meanwhile and keeps them', async () => {
    const branch = await StateBranch.open(new Git({ dir: fx.clone() }), 'main', { startPoint: 'HEAD' });
    // Someone merges a pull request while the transaction runs.
    writeFileSync(join(fx.work, 'README.md'), 'hello\n');
    git(fx.work, 'add', 'README.md');
    git(fx.work, 'commit', '-q', '-m', 'human change');
    git(fx.work, 'push', '-q', 'origin', 'main');
    writeState(branch.dir, '{"v":1}\n');
    const sha = await branch.commitAndPush('dpn: state [skip ci]', ['.dpn']);
    expect(sha).toBe(git(fx.remote, 'rev-parse', 'main'));
    expect(git(fx.remote, 'log', '--format=%s', 'main').split('\n').slice(0, 2)).toEqual(['dpn: state [skip ci]', 'human change']);
    await branch.close();
  });

  it('creates a dedicated branch from the start point, and pushes nothing when nothing changed', async () => {
    const clone = fx.clone();
    const branch = await StateBranch.open(new Git({ dir: clone }), 'dpn-state', { startPoint: 'HEAD' });
    expect(await branch.commitAndPush('dpn: nothing [skip ci]', ['.dpn'])).toBeNull();
    expect(git(fx.remote, 'branch', '--list', 'dpn-state')).toBe('');
    writeState(branch.dir, '{"v":2}\n');
    await branch.commitAndPush('dpn: state [skip ci]', ['.dpn']);
    expect(git(fx.remote, 'show', 'dpn-state:.dpn/state/a.json')).toBe('{"v":2}');
    expect(git(fx.remote, 'rev-parse', 'dpn-state~1')).toBe(git(fx.remote, 'rev-parse', 'main'));
    await branch.close();
    expect(git(clone, 'worktree', 'list').split('\n')).toHaveLength(1);
  });
});
