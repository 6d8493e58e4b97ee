// The descriptor writer behind dpn's standard output, at the edges a pipe has:
// a non-blocking descriptor whose reader is behind (EAGAIN, partial writes).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const writer = pathToFileURL(join(root, 'src', 'output', 'standard-streams.ts')).href;

describe('standard output written to its descriptor', () => {
  it('a non-blocking pipe with a slow reader gets every byte in order (waits on EAGAIN, finishes partial writes)', async () => {
    // Node's own process.stdout puts a pipe into non-blocking mode; then big writes meet a full pipe.
    const script = `
      process.stdout;
      const { standardStream } = await import(${JSON.stringify(writer)});
      const out = standardStream(1, () => { throw new Error('not a pipe'); });
      for (let i = 0; i < 40; i++) out.write(String(i % 10).repeat(100_000) + '\\n');
    `;
    const child = spawn(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], { cwd: root });
    const pieces: Buffer[] = [];
    child.stdout.on('data', (piece: Buffer) => {
      pieces.push(piece);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = Buffer.concat(pieces).toString('utf8').split('\n');
    expect(lines).toHaveLength(41);
    lines.slice(0, 40).forEach((line, i) => expect(line).toBe(String(i % 10).repeat(100_000)));
  });
});
