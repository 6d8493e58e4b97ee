// Blueprint files for the action's end-to-end tests, in the v1.0 format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BucketSpec {
  purpose: string;
  layer?: 'raw' | 'processed' | 'curated';
  versioning?: boolean;
  lifecycle_days?: number;
}

export function blueprint(buckets: BucketSpec[], extra: { project?: string; glue?: boolean } = {}): Record<string, unknown> {
  const aws: Record<string, unknown> = {
    s3_buckets: buckets.map((b) => ({ layer: 'raw', versioning: true, lifecycle_days: 90, ...b })),
  };
  if (extra.glue) {
    aws.glue_databases = [{ domain: 'sales', layer: 'bronze', description: 'Raw sales events' }];
    aws.glue_tables = [
      { database_ref: 'sales-bronze', entity: 'orders', table_type: 'fact', columns: [{ name: 'order_id', type: 'string' }] },
    ];
  }
  return {
    version: '1.0',
    metadata: { environment: 'dev', project: extra.project ?? 'acme', region: 'us-east-1', team: 'data' },
    resources: { aws },
  };
}

export function writeJson(dir: string, path: string, value: unknown): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

export function buckets(n: number, prefix = 'b'): BucketSpec[] {
  return Array.from({ length: n }, (_, i) => ({ purpose: `${prefix}${i}` }));
}
