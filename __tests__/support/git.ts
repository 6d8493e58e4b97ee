// Real git for tests: a temporary bare remote and working clones of it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  }).trim();
}

export function tempDir(prefix = 'dpn-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface GitFixture {
  remote: string;
  /** A clone with `main` checked out and an initial commit pushed. */
  work: string;
  clone(): string;
  cleanup(): void;
}

export function gitFixture(): GitFixture {
  const base = tempDir('dpn-git-');
  const remote = join(base, 'remote.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  const work = join(base, 'work');
  git(base, 'clone', '-q', remote, work);
  git(work, 'checkout', '-q', '-B', 'main');
  git(work, 'commit', '-q', '--allow-empty', '-m', 'initial');
  git(work, 'push', '-q', 'origin', 'main');
  let n = 0;
  return {
    remote,
    work,
    clone() {
      const dir = join(base, `clone-${++n}`);
      git(base, 'clone', '-q', remote, dir);
      return dir;
    },
    cleanup() {
      rmSync(base, { recursive: true, force: true });
    },
  };
}
