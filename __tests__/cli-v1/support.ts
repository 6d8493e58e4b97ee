// Runs a command line as a user types it: split like a shell (quotes, `> file`),
// in-process through main(), or as its own `dpn` process on a real pseudo-terminal
// (util-linux `script`), answering the questions it asks.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, dpn, type DpnRun } from '../cli-apply/support.js';

/** Words of a command line, as sh splits it (no expansion); `> FILE` is returned apart. */
export function shellWords(line: string): { argv: string[]; redirect?: string } {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push(m[1] ?? m[2] ?? m[3]!);
  if (words[0] !== 'dpn') throw new Error(`not a dpn command line: ${line}`);
  const at = words.indexOf('>');
  if (at === -1) return { argv: words.slice(1) };
  return { argv: words.slice(1, at), redirect: words[at + 1]! };
}

/** Runs `line` in `cwd` as main() would from the bin; `> FILE` writes stdout there. */
export async function runLine(line: string, cwd: string, env: Record<string, string>): Promise<DpnRun> {
  const { argv, redirect } = shellWords(line);
  const run = await dpn(argv, cwd, env);
  if (redirect) writeFileSync(join(cwd, redirect), run.stdout);
  return run;
}

function quote(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

export interface PtyRun {
  code: number | null;
  /** Everything the terminal showed (stdout and stderr, echoed answers, \r\n line ends). */
  screen: string;
}

/**
 * Runs `dpn ARGV` (the sources, through tsx) on a pseudo-terminal. Each answer
 * is typed once the screen shows its prompt (a regular expression), as a
 * person would; the run ends when dpn exits.
 */
export function runOnTerminal(argv: string[], cwd: string, env: Record<string, string>, answers: [RegExp, string][] = [], timeoutMs = 60_000): Promise<PtyRun> {
  const loader = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const command = [process.execPath, '--import', loader, join(ROOT, 'src', 'cli.ts'), ...argv].map(quote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    cwd,
    env: { ...process.env, ...env, NODE_OPTIONS: '', TERM: 'xterm' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  const pending = [...answers];
  let searchFrom = 0;
  const onData = (d: Buffer) => {
    screen += String(d);
    const next = pending[0];
    if (next && next[0].test(screen.slice(searchFrom))) {
      pending.shift();
      searchFrom = screen.length;
      child.stdin.write(`${next[1]}\r`);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dpn ${argv.join(' ')} on a terminal did not finish in ${timeoutMs} ms; screen:\n${screen}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      child.stdin.end();
      resolve({ code, screen });
    });
  });
}
