// Small builders for ResourceSpecs and state records, so each test states only
// what it is about.
import type { DeletionPolicy, ResourceSpec } from '../../src/blueprint/types.js';
import type { ResourceType } from '../../src/naming/types.js';
import type { State, StateResource } from '../../src/state/types.js';

export interface SpecInput {
  key: string;
  type?: ResourceType;
  name?: string;
  fullName?: string;
  blueprint?: string;
  dependsOn?: string[];
  params?: Record<string, unknown>;
  tags?: Record<string, string>;
  deletionPolicy?: DeletionPolicy;
}

export function spec(input: SpecInput): ResourceSpec {
  const type = input.type ?? (input.key.split(':')[0] as ResourceType);
  const name = input.name ?? input.key.split(/[:/]/).pop() ?? input.key;
  return {
    key: input.key,
    type,
    name,
    fullName: input.fullName ?? name,
    blueprint: input.blueprint ?? 'blueprints/dev.json',
    location: { file: input.blueprint ?? 'blueprints/dev.json', line: 1, column: 1 },
    dependsOn: input.dependsOn ?? [],
    params: input.params ?? {},
    tags: input.tags ?? {},
    deletionPolicy: input.deletionPolicy ?? 'archive',
  };
}

export type RecordExtra = { [K in keyof StateResource]?: StateResource[K] | undefined };

/** The record dpn would have written after applying `s`; `extra` fields set to undefined are left out. */
export function recorded(s: ResourceSpec, extra: RecordExtra = {}): StateResource {
  const record = {
    key: s.key,
    type: s.type,
    name: s.name,
    fullName: s.fullName,
    blueprint: s.blueprint,
    params: structuredClone(s.params),
    tags: { ...s.tags },
    deletionPolicy: s.deletionPolicy,
    appliedAt: '2026-01-01T00:00:00.000Z',
    transaction: 'tx-1',
    ...extra,
  } as StateResource;
  if (s.dependsOn.length > 0 && !('dependsOn' in extra)) record.dependsOn = [...s.dependsOn];
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined) delete (record as unknown as Record<string, unknown>)[field];
  }
  return record;
}

export function stateOf(...records: StateResource[]): State {
  return { resources: new Map(records.map((r) => [r.key, r])) };
}

/** A Glue database with two tables, and a cluster with a job: the shapes dpn manages. */
export function estate(blueprint = 'blueprints/dev.json'): ResourceSpec[] {
  const db = spec({
    key: 'aws_glue_database:dp/dev/sales-bronze',
    name: 'dp_sales_bronze_dev',
    blueprint,
    params: { region: 'us-east-1', description: 'sales' },
    tags: { Environment: 'dev', Team: 'data' },
  });
  const table = (entity: string): ResourceSpec =>
    spec({
      key: `aws_glue_table:dp/dev/sales-bronze/${entity}`,
      name: `fact_${entity}`,
      fullName: `dp_sales_bronze_dev.fact_${entity}`,
      blueprint,
      dependsOn: [db.key],
      params: {
        region: 'us-east-1',
        databaseName: 'dp_sales_bronze_dev',
        tableType: 'fact',
        columns: [
          { name: 'id', type: 'bigint' },
          { name: 'amount', type: 'double' },
        ],
        partitionKeys: [],
      },
      tags: { Environment: 'dev' },
    });
  const cluster = spec({
    key: 'dbx_cluster:dp/dev/etl',
    name: 'dp-etl-shared-dev',
    blueprint,
    params: { cluster_name: 'dp-etl-shared-dev', autoscale: { min_workers: 2, max_workers: 8 } },
  });
  const job = spec({
    key: 'dbx_job:dp/dev/daily-load',
    name: 'dp-batch-daily-load-daily-dev',
    blueprint,
    dependsOn: [cluster.key],
    params: { name: 'dp-batch-daily-load-daily-dev', clusterKey: cluster.key, schedule: 'daily', tasks: [] },
  });
  return [db, table('orders'), table('refunds'), cluster, job];
}
