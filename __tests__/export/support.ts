// What the export tests share: HashiCorp's HCL parser (wasm, offline) and `dpn`
// as its own process with a stdin, as Terraform's external data source runs it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '@cdktf/hcl2json';
import { ROOT } from '../cli-apply/support.js';

/** The file as Terraform's JSON representation (blocks become lists, references `${…}` strings). */
export async function parseHcl(text: string, file = 'export.tf'): Promise<Record<string, any>> {
  return (await parse(file, text)) as Record<string, any>;
}

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `dpn ARGS` as a Node process (TypeScript through tsx) with `stdin` written and closed. */
export function dpnWithStdin(args: string[], cwd: string, stdin: string, env: Record<string, string> = {}): Promise<ProcessRun> {
  const loader = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd,
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
