// A run whose lease is taken away stops starting operations and undoes what it
// did — the CLI with the DynamoDB backend here, as the Action does with its
// Git-ref lock. Against moto, the CLI as a process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { startMoto, type Moto } from '../support/moto.js';
import { startHoldProxy } from '../support/hold-proxy.js';
import { ROOT, dpn, project, writeBlueprint } from '../cli-apply/support.js';

let moto: Moto;
let s3: S3Client;
beforeAll(async () => {
  moto = await startMoto();
  s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
}, 120_000);
afterAll(async () => {
  s3?.destroy();
  await moto?.stop();
});

function cliProcess(args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((r) => child.on('exit', (code) => r({ code, stdout, stderr })));
}

describe('a lost lease', () => {
  it('dpn reconcile --lock-backend dynamodb whose lock is broken mid-run stops and rolls back', async () => {
    const cwd = project();
    const buckets = Array.from({ length: 6 }, (_, i) => ({ purpose: `b${i}`, layer: 'raw' }));
    writeBlueprint(cwd, 'blueprints/dev.json', JSON.stringify({ version: '1.0', metadata: { environment: 'dev', project: 'lease', region: 'us-east-1' }, resources: { aws: { s3_buckets: buckets } } }));
    expect((await dpn(['backend', 'init', '--table-prefix', 'dpn-lease'], cwd, moto.env)).code).toBe(0);
    // The fourth bucket's lookup takes 4 s: long enough for the lease (3 s, renewed every second) to be taken.
    let first = true;
    const proxy = await startHoldProxy(moto.endpoint, (c) => c.url.startsWith('/lease-b3-raw-dev-use1') && first && !(first = false), { releaseAfterMs: 4_000 });
    try {
      const lock = ['--lock-backend', 'dynamodb', '--lock-table-prefix', 'dpn-lease'];
      const run = cliProcess(['reconcile', 'blueprints', '--concurrency', '1', '--lock-lease', '3', ...lock], cwd, { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint });
      await proxy.waitHeld(1);
      const status = await dpn(['status', ...lock, '--format', 'json'], cwd, moto.env);
      expect(JSON.parse(status.stdout).conditions).toEqual([{ tx: expect.any(String), condition: 'in_progress' }]);
      expect(status.code, 'a transaction in progress under a live lock needs no recovery').toBe(0);
      const broken = await dpn(['unlock', '--force', ...lock], cwd, moto.env);
      expect(broken.code, broken.stderr).toBe(0);
      expect(broken.stdout).toMatch(/Broke lock/);
      const done = await run;
      expect(done.code, done.stdout + done.stderr).toBe(1);
      expect(done.stderr).toMatch(/lost lock/);
      expect(done.stdout).toMatch(/rolled back/);
      const left = ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name!).filter((n) => n.startsWith('lease-'));
      expect(left).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });
});
