// `--dbx-token TOKEN` (v1.0's flag) is used, and never shown: not on stdout or
// stderr of a `dpn` process, not in the state, WAL or lock files it writes —
// on success and on every error path (rejected token, usage errors that echo
// arguments, a command that does not take the flag, a missing host).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dpnProcess, project, writeBlueprint } from '../cli-apply/support.js';
import { startDatabricksServer, type DatabricksServer } from '../support/databricks-server.js';
import { startMoto, type Moto } from '../support/moto.js';

const TOKEN = 'dapi0123456789abcdef0123456789abcdef';
const WRONG = 'dapi-wrong-fedcba9876543210fedcba98765';

let moto: Moto;
let dbx: DatabricksServer;

beforeAll(async () => {
  moto = await startMoto();
  dbx = await startDatabricksServer({ token: TOKEN });
}, 60_000);
afterAll(async () => {
  await dbx?.stop();
  await moto?.stop();
});

const BLUEPRINT = JSON.stringify({
  version: '1.0',
  metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1' },
  resources: {
    aws: { s3_buckets: [{ purpose: 'landing', layer: 'raw' }] },
    databricks: {
      clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }],
      jobs: [{ job_type: 'batch', purpose: 'load', cluster_ref: 'etl' }],
    },
  },
});

/** Every file under `dir`, with its text. */
function files(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else out.push([path, readFileSync(path, 'utf8')]);
  }
  return out;
}

async function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  // No DATABRICKS_* from elsewhere: only the flags say where and who.
  const result = await dpnProcess(args, cwd, { ...moto.env, DATABRICKS_HOST: '', DATABRICKS_TOKEN: '', ...env }).done;
  return { ...result, all: `${result.stdout}\n${result.stderr}` };
}

function expectNoSecret(text: string, secret: string, where: string): void {
  expect(text.includes(secret), `${where} shows the token`).toBe(false);
  // Nor a long piece of it (a token cut in half is still a leak).
  expect(text.includes(secret.slice(4, 24)), `${where} shows part of the token`).toBe(false);
}

describe('--dbx-token', () => {
  it('is used for the run and appears in no output, state, WAL or lock file', async () => {
    const cwd = project('dpn-secret-');
    writeBlueprint(cwd, 'dev.json', BLUEPRINT);
    const created = await run(['create', '--blueprint', 'dev.json', '--dbx-host', dbx.url, '--dbx-token', TOKEN], cwd);
    expect(created.code, created.stderr).toBe(0);
    expect(dbx.inventory().map((i) => i.type).sort()).toEqual(['dbx_cluster', 'dbx_job']);
    // Used: every workspace call carried it.
    expect(dbx.requests.length).toBeGreaterThan(0);
    expect(created.stderr).toMatch(/^dpn: note: --dbx-token is dpn v1\.0's spelling; dpn's is DATABRICKS_TOKEN in the environment$/m);
    expectNoSecret(created.all, TOKEN, 'create');

    const read = await run(['read', '--resource-id', 'dataplatform-etl-shared-dev', '--type', 'cluster', '--format', 'json', '--dbx-host', dbx.url, '--dbx-token', TOKEN], cwd);
    expect(read.code, read.stderr).toBe(0);
    expectNoSecret(read.all, TOKEN, 'read');

    const archived = await run(['delete', '--resource-id', 'dataplatform-batch-load-daily-dev', '--type', 'job', '-a', '--yes', `--dbx-host=${dbx.url}`, `--dbx-token=${TOKEN}`], cwd);
    expect(archived.code, archived.stderr).toBe(0);
    expectNoSecret(archived.all, TOKEN, 'delete');

    const written = files(join(cwd, '.dpn'));
    expect(written.some(([path]) => /wal/i.test(path)), 'a WAL was written').toBe(true);
    for (const [path, text] of written) expectNoSecret(text, TOKEN, path);
  }, 120_000);

  it('a rejected token is not echoed, and the run says what failed', async () => {
    const cwd = project('dpn-secret-');
    writeBlueprint(cwd, 'dev.json', BLUEPRINT);
    const failed = await run(['create', '--blueprint', 'dev.json', '--dbx-host', dbx.url, '--dbx-token', WRONG], cwd);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/401|unauthori[sz]ed|token/i);
    expectNoSecret(failed.all, WRONG, 'rejected token run');
    for (const [path, text] of files(join(cwd, '.dpn'))) expectNoSecret(text, WRONG, path);
  }, 120_000);

  const USAGE: [string, string[]][] = [
    ['an unknown option beside it', ['create', '--blueprint', 'dev.json', `--dbx-token=${TOKEN}`, '--bogus']],
    ['a command that does not take it', ['plan', 'preview', 'dev.json', '--dbx-token', TOKEN]],
    ['a command that does not take it, = form', ['status', `--dbx-token=${TOKEN}`]],
    ['no command at all', ['--dbx-token', TOKEN]],
    ['an unknown command', ['crate', '--dbx-token', TOKEN]],
    ['a missing value after it', ['read', '--resource-id', 'x', '--type', 'cluster', '--dbx-token']],
    ['an unknown type', ['read', '--resource-id', 'x', '--type', TOKEN, '--dbx-token', TOKEN]],
    ['no host', ['create', '--blueprint', 'dev.json', '--dbx-token', TOKEN]],
  ];

  it.each(USAGE)('is not echoed by the error for %s', async (_, args) => {
    const cwd = project('dpn-secret-');
    writeBlueprint(cwd, 'dev.json', BLUEPRINT);
    const result = await run(args, cwd);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/error/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expectNoSecret(result.all, TOKEN, args.join(' '));
  }, 60_000);
});
