// `dpn reconcile` in a real terminal: the shipped bundle (dist/cli.js) runs
// under `script` (util-linux), which gives it a pseudo-terminal, against
// moto_server, with 300 resources. What a person at the terminal sees: the
// plan, the question, what each answer does, --yes, the progress block redrawn
// in place, and the closing summary.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ListBucketsCommand, type S3Client } from '@aws-sdk/client-s3';
import { GetTablesCommand, type GlueClient } from '@aws-sdk/client-glue';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsClients, startMoto, type Moto } from '../support/moto.js';
import { ROOT, blueprintText, project, writeBlueprint, type BlueprintShape } from './support.js';

const bundle = join(ROOT, 'dist', 'cli.js');
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

let moto: Moto;
let s3: S3Client;
let glue: GlueClient;

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error('dist/cli.js is missing: run `npm run build` first (the pty test runs the shipped bundle)');
  // Never skipped quietly: a missing `script` would leave the terminal behaviour untested.
  if (!hasScript) throw new Error('`script` (util-linux) is needed to give dpn a pseudo-terminal: install util-linux');
  moto = await startMoto();
  ({ s3, glue } = await awsClients(moto));
}, 60_000);
/** Terminals still open when a test ends (a failed wait) are closed, so the next test finds the lock free. */
const open = new Set<() => void>();
afterEach(() => {
  for (const close of open) close();
  open.clear();
});
afterAll(async () => {
  s3?.destroy();
  glue?.destroy();
  await moto?.stop();
});

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

interface Terminal {
  /** Everything the terminal received so far (stdout and stderr share it, as on a screen). */
  screen(): string;
  /** Resolves once the screen matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  type(text: string): void;
  exit: Promise<number>;
}

/** `dpn ARGS` with a pseudo-terminal of 120 columns as its stdin, stdout and stderr. */
function terminal(args: string[], cwd: string): Terminal {
  const command = `stty cols 120 rows 40; exec ${quote(process.execPath)} ${quote(bundle)} ${args.map(quote).join(' ')}`;
  const env: NodeJS.ProcessEnv = { ...process.env, ...moto.env, TERM: 'xterm-256color' };
  delete env.NO_COLOR;
  delete env.CI;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const close = (): void => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  open.add(close);
  let screen = '';
  const waiters = new Set<() => void>();
  const onData = (d: Buffer): void => {
    screen += d.toString('utf8');
    for (const w of [...waiters]) w();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  const exit = new Promise<number>((resolve) =>
    child.on('exit', (code) => {
      exited = true;
      open.delete(close);
      child.stdin.end();
      for (const w of [...waiters]) w();
      resolve(code ?? -1);
    }),
  );
  return {
    screen: () => screen,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const found = pattern.test(plain(screen));
          if (!found && !exited) return;
          waiters.delete(check);
          clearTimeout(timer);
          if (found) resolve();
          else reject(new Error(`dpn exited without showing ${pattern}:\n${plain(screen).slice(-3000)}`));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${pattern} on the terminal within ${timeoutMs} ms:\n${plain(screen).slice(-3000)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    type: (text) => child.stdin.write(text),
    exit,
  };
}

/** The screen without colour (SGR) sequences; cursor movement stays, so redraws can be seen. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** 300 resources: 100 buckets, 4 Glue databases with 49 tables each. */
function estate(changes: { lifecycleOf?: (i: number) => number | undefined; buckets?: number } = {}): BlueprintShape {
  const domains = ['sales', 'finance', 'ops', 'people'];
  return {
    buckets: Array.from({ length: changes.buckets ?? 100 }, (_, i) => {
      const days = changes.lifecycleOf?.(i);
      return { purpose: `zone${i}`, layer: 'raw', ...(days !== undefined ? { lifecycle_days: days } : {}) };
    }),
    databases: domains.map((domain) => ({ domain, layer: 'bronze' })),
    tables: domains.flatMap((domain) =>
      Array.from({ length: 49 }, (_, i) => ({ database_ref: `${domain}-bronze`, entity: `entity${i}`, columns: [{ name: 'id', type: 'string' }] })),
    ),
  };
}

async function bucketCount(): Promise<number> {
  return ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).length;
}

describe('dpn reconcile on a terminal (script pty, moto_server, 300 resources)', () => {
  const cwd = project('dpn-pty-');

  it('shows the plan and asks; "no" changes nothing and exits 1', async () => {
    await moto.reset();
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText(estate()));
    const t = terminal(['reconcile', 'blueprints'], cwd);
    await t.waitFor(/Apply these changes \(300 to create, 0 unchanged\)\? Only "yes" or "y" applies\. \[y\/N\] /);
    const screen = plain(t.screen());
    // The plan as `dpn plan preview` with a state prints it, before anything ran.
    expect(screen).toMatch(/^ {2}\+ create {3}aws_s3_bucket {6}dataplatform-zone0-raw-dev-use1\r?$/m);
    expect(screen).toMatch(/^ {2}\+ create {3}aws_glue_table {5}dataplatform_ops_bronze_dev\.fact_entity48\r?$/m);
    expect(screen).toMatch(/^Plan: 300 to create, 0 unchanged\.\r?$/m);
    expect(screen).not.toMatch(/transaction \S+: \d+ steps/);
    t.type('no\n');
    expect(await t.exit).toBe(1);
    expect(plain(t.screen())).toMatch(/Apply cancelled: nothing was changed\./);
    expect(await bucketCount()).toBe(0);
    expect(existsSync(join(cwd, '.dpn', 'wal')) ? readdirSync(join(cwd, '.dpn', 'wal')) : []).toEqual([]);
  }, 120_000);

  it('"y" applies, with a progress block redrawn in place, then the summary', async () => {
    const t = terminal(['reconcile', 'blueprints'], cwd);
    await t.waitFor(/\[y\/N\] /);
    t.type('y\n');
    expect(await t.exit).toBe(0);
    const screen = plain(t.screen());
    // Redrawn in place: the block is erased (cursor up, clear to the end) and drawn again, many times.
    const redraws = screen.match(/\r\u001b\[\d+A\u001b\[J/g) ?? [];
    expect(redraws.length).toBeGreaterThan(5);
    const seen = [...screen.matchAll(/Applying: (\d+)\/300 · (\d+\.\d) s/g)].map((m) => Number(m[1]));
    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBeGreaterThan(3);
    // Counts per action and what is in flight.
    expect(screen).toMatch(/ {2}create \d+\/300/);
    expect(screen).toMatch(/ {2}running: create \S+/);
    // Finished operations are counted, not printed one by one.
    expect(screen).not.toMatch(/: done/);
    expect(screen).toMatch(/Apply complete: 300 created, 0 updated, 0 archived, 0 deleted in \d+\.\d s \(transaction \S+\)\./);
    expect(await bucketCount()).toBe(100);
    const tables = await glue.send(new GetTablesCommand({ DatabaseName: 'dataplatform_ops_bronze_dev' }));
    expect(tables.TableList).toHaveLength(49);
  }, 240_000);

  it('--yes applies without asking; the plan names changed fields as the blueprint does', async () => {
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText(estate({ buckets: 95, lifecycleOf: (i) => (i < 10 ? 30 : undefined) })));
    const t = terminal(['reconcile', 'blueprints', '--yes'], cwd);
    expect(await t.exit).toBe(0);
    const screen = plain(t.screen());
    expect(screen).not.toMatch(/\[y\/N\]/);
    expect(screen).toMatch(/^ {2}~ update {3}aws_s3_bucket\s+dataplatform-zone3-raw-dev-use1\r?\n {10}lifecycle_days: 90 → 30\r?$/m);
    expect(screen).not.toContain('lifecycleDays');
    expect(screen).toMatch(/^Plan: 10 to update, 5 to archive, 285 unchanged\.\r?$/m);
    expect(screen).toMatch(/Apply complete: 0 created, 10 updated, 5 archived, 0 deleted in \d+\.\d s/);
  }, 240_000);

  it('--quiet --yes: the summary and nothing else', async () => {
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText(estate({ buckets: 95, lifecycleOf: (i) => (i < 10 ? 45 : undefined) })));
    const t = terminal(['reconcile', 'blueprints', '--yes', '--quiet'], cwd);
    expect(await t.exit).toBe(0);
    const screen = plain(t.screen()).trim();
    expect(screen).toMatch(/^Apply complete: 0 created, 10 updated, 0 archived, 0 deleted in \d+\.\d s \(transaction \S+\)\.$/);
  }, 240_000);
  it('Ctrl-C mid-apply: undoes what it did, and nothing of the progress block is left after the summary', async () => {
    await moto.reset();
    // A project of its own: the tests above share theirs, state included.
    const here = project('dpn-pty-cancel-');
    writeBlueprint(here, 'blueprints/dev.json', blueprintText(estate()));
    const t = terminal(['reconcile', 'blueprints', '--yes', '--concurrency', '1'], here);
    await t.waitFor(/Applying: [1-9]\d*\/300/, 60_000);
    t.type('\u0003');
    expect(await t.exit).toBe(1);
    const screen = plain(t.screen());
    expect(screen).toMatch(/dpn: SIGINT: starting nothing new/);
    const summary = screen.lastIndexOf('Apply rolled back (cancelled)');
    expect(summary, screen.slice(-2000)).toBeGreaterThan(-1);
    expect(screen.slice(summary)).toMatch(/nothing left/);
    expect(screen.slice(summary)).not.toMatch(/Applying:|Undoing:|running:/);
    expect(await bucketCount()).toBe(0);
  });
});
