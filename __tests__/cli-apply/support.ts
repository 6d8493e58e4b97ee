// Runs `dpn` in-process (main(), as the bin does) or as a real process, and
// writes blueprints into a temporary project directory.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface DpnRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function dpn(args: string[], cwd: string, env: Record<string, string>): Promise<DpnRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (c: string) => (stdout += c), isTTY: false },
    stderr: { write: (c: string) => (stderr += c), isTTY: false },
    env: { ...process.env, ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

/** `dpn` as its own Node process (TypeScript through tsx), for kill tests. */
export function dpnProcess(args: string[], cwd: string, env: Record<string, string>) {
  // tsx by absolute URL: `--import tsx` would resolve from the child's cwd, a temp dir.
  const loader = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd,
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((r) =>
    child.on('exit', (code, signal) => r({ code, signal, stdout, stderr })),
  );
  return { child, done, output: () => ({ stdout, stderr }) };
}

export function project(prefix = 'dpn-apply-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeBlueprint(cwd: string, rel: string, text: string): string {
  const file = join(cwd, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

export interface BlueprintShape {
  project?: string;
  buckets?: { purpose: string; layer: string; versioning?: boolean; lifecycle_days?: number }[];
  databases?: { domain: string; layer: string; description?: string }[];
  tables?: { database_ref: string; entity: string; columns: { name: string; type: string }[] }[];
  deletionPolicy?: 'archive' | 'delete' | 'retain';
}

/** A v1.0 blueprint (JSON is YAML) for us-east-1 dev. */
export function blueprintText(shape: BlueprintShape): string {
  const doc: Record<string, unknown> = {
    version: '1.0',
    metadata: { environment: 'dev', project: shape.project ?? 'dataplatform', region: 'us-east-1', team: 'data-platform' },
    resources: {
      aws: {
        ...(shape.buckets ? { s3_buckets: shape.buckets } : {}),
        ...(shape.databases ? { glue_databases: shape.databases } : {}),
        ...(shape.tables ? { glue_tables: shape.tables } : {}),
      },
    },
  };
  if (shape.deletionPolicy) doc.deletion_policy = shape.deletionPolicy;
  return JSON.stringify(doc, null, 2);
}
