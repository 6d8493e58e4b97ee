// Blueprints for tests: the COMPAT worked example as data, written to a fresh
// temporary directory as JSON or YAML.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { stringify } from 'yaml';

export type Json = Record<string, unknown>;

/** The COMPAT.md worked example, built fresh each call so a test can change it. */
export function workedExample(): Json {
  return {
    version: '1.0',
    metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1' },
    resources: {
      aws: {
        s3_buckets: [{ purpose: 'landing', layer: 'raw' }],
        glue_databases: [{ domain: 'sales', layer: 'bronze' }],
        glue_tables: [{ database_ref: 'sales-bronze', entity: 'orders', table_type: 'fact', columns: [{ name: 'id', type: 'string' }] }],
      },
      databricks: {
        clusters: [{ workload: 'etl', cluster_type: 'shared', node_type: 'i3.xlarge' }],
        jobs: [{ job_type: 'batch', purpose: 'daily-sales-load', cluster_ref: 'etl', schedule: 'daily' }],
        unity_catalog: {
          catalogs: [
            {
              catalog_type: 'dev',
              schemas: [{ domain: 'customer', layer: 'gold', tables: [{ entity: 'customers', table_type: 'dim' }] }],
            },
          ],
        },
      },
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

/** A temporary directory removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dpn-bp-'));
  dirs.push(dir);
  return dir;
}

/** Writes files (object → JSON or YAML by extension, string → as is) and returns the directory. */
export function writeFiles(files: Record<string, Json | string | Buffer>, dir = tempDir()): string {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string' || Buffer.isBuffer(content)) writeFileSync(path, content);
    else if (/\.ya?ml$/.test(name)) writeFileSync(path, stringify(content));
    else writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
  }
  return dir;
}
