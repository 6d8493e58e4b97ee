// The production registry (createDrivers): its lazily loaded drivers declare
// what the real drivers declare, and the path users run costs one name lookup
// per create and nothing at all when there is nothing to do. Requests are
// counted by a proxy in front of moto_server; the reconciles run dist/cli.js as
// a process, as users run it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsProxy, type AwsProxy } from '../support/aws-proxy.js';
import { startMoto, type Moto } from '../support/moto.js';
import { blueprintText, project, ROOT, writeBlueprint } from '../cli-apply/support.js';
import { capabilitiesOf, CAPABILITY_NAMES } from '../../src/providers/driver.js';
import { createAwsDrivers } from '../../src/providers/aws/index.js';
import { createDatabricksDrivers } from '../../src/providers/databricks/index.js';
import { closeDrivers, createDrivers, DRIVER_CAPABILITIES, PROVISIONED_TYPES } from '../../src/providers/registry.js';

describe('capabilities', () => {
  it('every lazily loaded driver of createDrivers() declares exactly what its real driver declares', () => {
    const aws = createAwsDrivers({ env: {} });
    const real: Record<string, ReturnType<typeof capabilitiesOf>> = {
      aws_s3_bucket: capabilitiesOf(aws.aws_s3_bucket),
      aws_glue_database: capabilitiesOf(aws.aws_glue_database),
      aws_glue_table: capabilitiesOf(aws.aws_glue_table),
      ...Object.fromEntries(Object.entries(createDatabricksDrivers({ env: {} })).map(([type, d]) => [type, capabilitiesOf(d)])),
    };
    const registry = createDrivers({});
    for (const type of PROVISIONED_TYPES) {
      const lazy = registry[type];
      expect(lazy, type).toBeDefined();
      expect({ type, ...capabilitiesOf(lazy!) }).toEqual({ type, ...real[type] });
      expect({ type, ...DRIVER_CAPABILITIES[type as keyof typeof DRIVER_CAPABILITIES] }).toEqual({ type, ...real[type] });
    }
    // The drivers that look the name up themselves are the ones that must not be looked up twice.
    expect(PROVISIONED_TYPES.filter((t) => registry[t]?.looksBeforeCreate)).toEqual([
      'aws_s3_bucket',
      'aws_glue_database',
      'aws_glue_table',
      'dbx_cluster',
      'dbx_job',
      'dbx_table',
    ]);
    expect(CAPABILITY_NAMES).toContain('looksBeforeCreate');
    aws.close();
    closeDrivers(registry);
  });
});

const bundle = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bundle, ...args], { cwd, env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('requests on the production path (dist/cli.js, createDrivers, moto_server)', () => {
  let moto: Moto;
  let proxy: AwsProxy;

  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    moto = await startMoto();
    proxy = await startAwsProxy(moto.endpoint);
  });

  afterAll(async () => {
    await proxy?.stop();
    await moto?.stop();
  });

  it('a reconcile looks each new name up once; the next, with nothing to do, makes no request', async () => {
    const cwd = project('dpn-registry-');
    const columns = [{ name: 'order_id', type: 'string' }];
    writeBlueprint(
      cwd,
      'blueprints/dev.json',
      blueprintText({
        buckets: [
          { purpose: 'landing', layer: 'raw' },
          { purpose: 'scratch', layer: 'raw', versioning: false },
        ],
        databases: [
          { domain: 'sales', layer: 'bronze' },
          { domain: 'finance', layer: 'bronze' },
        ],
        tables: [
          { database_ref: 'sales-bronze', entity: 'orders', columns },
          { database_ref: 'sales-bronze', entity: 'refunds', columns },
          { database_ref: 'finance-bronze', entity: 'ledger', columns },
        ],
      }),
    );
    const env = { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint };

    const first = await cli(['reconcile', 'blueprints'], cwd, env);
    expect(first.code, first.stderr).toBe(0);
    const counts = proxy.counts();
    // One lookup per create: HeadBucket per bucket, GetTable per table; GetDatabase per
    // database plus one read-back that tells the account the ARNs name.
    expect(counts.HeadBucket).toBe(2);
    expect(counts['AWSGlue.GetTable']).toBe(3);
    expect(counts['AWSGlue.GetDatabase']).toBe(2 + 1);
    expect(counts.CreateBucket).toBe(2);
    expect(counts.PutBucketTagging).toBe(2);
    expect(counts.PutBucketVersioning).toBe(1);
    expect(counts.PutPublicAccessBlock).toBeUndefined();
    expect(counts.PutBucketEncryption).toBeUndefined();
    // Buckets 4 each (+1 for versioning), databases 2 each (+1 read-back), tables 2 each.
    expect(proxy.requests).toHaveLength(2 * 4 + 1 + (2 * 2 + 1) + 3 * 2);

    proxy.reset();
    const again = await cli(['reconcile', 'blueprints'], cwd, env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Nothing to do');
    expect(proxy.requests).toEqual([]);
  });
});
