// Starts a real moto_server (S3, Glue, DynamoDB emulator) on a free loopback port.
// Fails loudly when moto_server is missing: these tests must never be skipped silently.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Moto {
  endpoint: string;
  port: number;
  /** Environment for a child process (dpn CLI or action) to talk to this moto. */
  env: Record<string, string>;
  /** Drops every resource moto holds, so tests stay independent. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`moto_server exited with ${child.exitCode}:\n${log()}`);
    }
    try {
      const res = await fetch(`${endpoint}/moto-api/data.json`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto_server did not answer at ${endpoint} within 30 s:\n${log()}`);
}

export async function startMoto(): Promise<Moto> {
  const bin = process.env.MOTO_SERVER ?? 'moto_server';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += String(d)));
    child.stderr?.on('data', (d) => (output += String(d)));
    const spawnError = new Promise<never>((_, reject) =>
      child.on('error', (e) =>
        reject(
          new Error(
            `cannot start ${bin} (${e.message}). Install it with: pip install 'moto[server]'`,
          ),
        ),
      ),
    );
    const endpoint = `http://127.0.0.1:${port}`;
    try {
      await Promise.race([waitUntilUp(endpoint, child, () => output), spawnError]);
    } catch (error) {
      child.kill('SIGKILL');
      if (attempt === 2 || /cannot start/.test(String(error))) throw error;
      continue;
    }
    const env = {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    return {
      endpoint,
      port,
      env,
      async reset() {
        await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      },
      async stop() {
        if (child.exitCode !== null) return;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      },
    };
  }
  throw new Error('unreachable');
}

/** SDK clients pointed at a moto, for tests that read back what dpn applied. */
export async function awsClients(moto: Moto) {
  const { S3Client } = await import('@aws-sdk/client-s3');
  const { GlueClient } = await import('@aws-sdk/client-glue');
  const common = { region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const s3 = new S3Client({ ...common, forcePathStyle: true });
  const glue = new GlueClient(common);
  return { s3, glue, destroy: () => (s3.destroy(), glue.destroy()) };
}
