// Blueprint expansion through loadBlueprints with the real naming engine:
// keys, references, scope, collisions, defaults, params, overrides.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlueprints } from '../../src/blueprint/index.js';
import type { BlueprintSet, ResourceSpec } from '../../src/blueprint/types.js';
import { DEFAULT_NAMING_CONFIG } from '../../src/naming/index.js';
import { workedExample, writeFiles, type Json } from './fixtures.js';

async function load(files: Record<string, Json | string>, paths?: string[], overrides: Record<string, string> = {}): Promise<BlueprintSet> {
  const dir = writeFiles(files);
  return loadBlueprints(paths ?? Object.keys(files), { naming: DEFAULT_NAMING_CONFIG, cwd: dir, overrides });
}

function byType(set: BlueprintSet, type: string): ResourceSpec[] {
  return set.resources.filter((r) => r.type === type);
}

function errors(set: BlueprintSet) {
  return set.diagnostics.filter((d) => d.severity === 'error');
}

/** Mutates the worked example's resources section. */
interface Sections {
  aws: Record<string, Json[]>;
  databricks: Record<string, Json[]> & { unity_catalog?: Json };
}

function example(change: (resources: Sections) => void, top: Json = {}): Json {
  const bp = workedExample();
  change(bp.resources as never);
  return { ...bp, ...top };
}

describe('keys and dependencies', () => {
  it('keys are type + project/environment + logical identity, independent of names', async () => {
    const set = await load({ 'dev.json': workedExample() });
    expect(set.resources.map((r) => r.key)).toEqual([
      'aws_s3_bucket:dataplatform/dev/landing-raw',
      'aws_glue_database:dataplatform/dev/sales-bronze',
      'aws_glue_table:dataplatform/dev/sales-bronze/fact_orders',
      'dbx_cluster:dataplatform/dev/etl',
      'dbx_job:dataplatform/dev/batch-daily-sales-load',
      'dbx_catalog:dataplatform/dev/dev',
      'dbx_schema:dataplatform/dev/dev/customer-gold',
      'dbx_table:dataplatform/dev/dev/customer-gold/dim_customers',
    ]);
    const deps = Object.fromEntries(set.resources.map((r) => [r.type, r.dependsOn]));
    expect(deps).toEqual({
      aws_s3_bucket: [],
      aws_glue_database: [],
      aws_glue_table: ['aws_glue_database:dataplatform/dev/sales-bronze'],
      dbx_cluster: [],
      dbx_job: ['dbx_cluster:dataplatform/dev/etl'],
      dbx_catalog: [],
      dbx_schema: ['dbx_catalog:dataplatform/dev/dev'],
      dbx_table: ['dbx_schema:dataplatform/dev/dev/customer-gold'],
    });
    expect(set.resources.every((r) => r.blueprint === 'dev.json' && r.location.file === 'dev.json')).toBe(true);
  });

  it('fact_orders in two databases are two resources with two full names', async () => {
    const set = await load({
      'dev.json': example((r) => {
        r.aws.glue_databases = [{ domain: 'sales', layer: 'bronze' }, { domain: 'sales', layer: 'gold' }];
        r.aws.glue_tables = [
          { database_ref: 'sales-bronze', entity: 'orders', columns: [] },
          { database_ref: 'sales-gold', entity: 'orders', columns: [] },
        ];
      }),
    });
    expect(errors(set)).toEqual([]);
    const tables = byType(set, 'aws_glue_table');
    expect(tables.map((t) => t.name)).toEqual(['fact_orders', 'fact_orders']);
    expect(tables.map((t) => t.key)).toEqual([
      'aws_glue_table:dataplatform/dev/sales-bronze/fact_orders',
      'aws_glue_table:dataplatform/dev/sales-gold/fact_orders',
    ]);
    expect(tables.map((t) => t.fullName)).toEqual(['dataplatform_sales_bronze_dev.fact_orders', 'dataplatform_sales_gold_dev.fact_orders']);
  });
});

describe('references', () => {
  it('a database_ref that matches nothing is an error at the reference', async () => {
    const set = await load({
      'dev.yaml': example((r) => {
        r.aws.glue_tables = [{ database_ref: 'sales-gold', entity: 'orders', columns: [] }];
      }),
    });
    const [d, ...rest] = errors(set);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'dev.yaml', code: 'REF_DATABASE_NOT_FOUND' });
    expect(d?.message).toMatch(/database_ref 'sales-gold' matches no Glue database.*'sales-bronze'/);
    // The YAML line of `database_ref: sales-gold`.
    const text = (await import('yaml')).stringify(example((r) => {
      r.aws.glue_tables = [{ database_ref: 'sales-gold', entity: 'orders', columns: [] }];
    }));
    expect(text.split('\n')[(d?.line ?? 0) - 1]).toMatch(/database_ref: sales-gold/);
    expect(byType(set, 'aws_glue_table')).toEqual([]);
  });

  it('a cluster_ref that matches nothing is an error (v1.0 dropped it silently)', async () => {
    const set = await load({
      'dev.json': example((r) => {
        r.databricks.jobs = [{ job_type: 'batch', purpose: 'load', cluster_ref: 'ml' }];
      }),
    });
    expect(errors(set)).toMatchObject([{ code: 'REF_CLUSTER_NOT_FOUND', file: 'dev.json' }]);
    expect(errors(set)[0]?.message).toMatch(/cluster_ref 'ml' matches no cluster workload of this blueprint; it has 'etl'/);
    expect(byType(set, 'dbx_job')).toEqual([]);
  });

  it('references never reach into another blueprint', async () => {
    const other = workedExample();
    const set = await load({
      'a.json': other,
      'b.json': {
        ...workedExample(),
        metadata: { environment: 'stg', project: 'dataplatform', region: 'us-east-1' },
        resources: { databricks: { jobs: [{ job_type: 'batch', purpose: 'x', cluster_ref: 'etl' }] } },
      },
    });
    expect(errors(set)).toMatchObject([{ code: 'REF_CLUSTER_NOT_FOUND', file: 'b.json' }]);
  });
});

describe('scope', () => {
  const cases: [Json, string[]][] = [
    [{ mode: 'include', patterns: ['aws_*'] }, ['aws_s3_bucket', 'aws_glue_database', 'aws_glue_table']],
    [{ mode: 'exclude', patterns: ['aws_*'] }, ['dbx_cluster', 'dbx_job', 'dbx_catalog', 'dbx_schema', 'dbx_table']],
    [{ mode: 'include', patterns: ['*_cluster', 'dbx_table'] }, ['dbx_cluster', 'dbx_table']],
    [{ mode: 'include', patterns: ['dbx_jo?'] }, ['dbx_job']],
    [{ mode: 'include', patterns: ['aws'] }, []],
    [{ mode: 'exclude', patterns: ['*glue*', 'dbx_?????'] }, ['aws_s3_bucket', 'dbx_cluster', 'dbx_job', 'dbx_catalog', 'dbx_schema']],
  ];
  for (const [scope, types] of cases) {
    it(`${scope.mode} ${(scope.patterns as string[]).join(', ')}`, async () => {
      const set = await load({ 'dev.json': { ...workedExample(), scope } });
      expect(errors(set)).toEqual([]);
      expect(set.resources.map((r) => r.type)).toEqual(types);
    });
  }

  it('a resource out of scope still anchors references, but is not a dependency', async () => {
    const set = await load({ 'dev.json': { ...workedExample(), scope: { mode: 'include', patterns: ['aws_glue_table', 'dbx_job'] } } });
    expect(errors(set)).toEqual([]);
    expect(set.resources.map((r) => [r.fullName, r.dependsOn])).toEqual([
      ['dataplatform_sales_bronze_dev.fact_orders', []],
      ['dataplatform-batch-daily-sales-load-daily-dev', []],
    ]);
  });

  it('a pattern that matches no type at all is a warning', async () => {
    const set = await load({ 'dev.json': { ...workedExample(), scope: { mode: 'exclude', patterns: ['aws_bukcet'] } } });
    expect(set.diagnostics.filter((d) => d.code !== 'DBX_TABLE_NO_COLUMNS')).toMatchObject([{ severity: 'warning', code: 'SCOPE_UNMATCHED' }]);
    expect(set.resources).toHaveLength(8);
  });
});

describe('collisions', () => {
  it('the same resource twice in one blueprint names both places', async () => {
    const set = await load({
      'dev.json': example((r) => {
        r.aws.s3_buckets = [{ purpose: 'landing', layer: 'raw' }, { purpose: 'landing', layer: 'raw', versioning: false }];
      }),
    });
    const [d] = errors(set);
    expect(d?.code).toBe('DUPLICATE_KEY');
    const lines = set.resources.filter((r) => r.type === 'aws_s3_bucket').map((r) => r.location.line);
    expect(d?.message).toContain(`dev.json:${lines[0]}:`);
    expect(d?.message).toContain(`dev.json:${lines[1]}:`);
  });

  it('two resources that differ only in case are one identity, named at both places', async () => {
    const set = await load({
      'dev.json': example((r) => {
        r.aws.s3_buckets = [{ purpose: 'landing', layer: 'raw' }, { purpose: 'Landing', layer: 'raw' }];
      }),
    });
    expect(errors(set)).toMatchObject([{ code: 'DUPLICATE_KEY', file: 'dev.json' }]);
    expect(errors(set)[0]?.message).toMatch(/dev\.json:\d+:\d+.*dev\.json:\d+:\d+/);
  });

  it('two identities whose names collide after transformations', async () => {
    // project a-b + domain c and project a + domain b_c both make Glue database a_b_c_bronze_dev.
    const set = await load({
      'dev.json': example((r) => {
        r.aws.glue_databases = [{ domain: 'c', layer: 'bronze' }];
        r.aws.glue_tables = [];
      }, { metadata: { environment: 'dev', project: 'a-b', region: 'us-east-1' } }),
      'other.json': example((r) => {
        r.aws.glue_databases = [{ domain: 'b_c', layer: 'bronze' }];
        r.aws.glue_tables = [];
        r.aws.s3_buckets = [];
        r.databricks.clusters = [];
        r.databricks.jobs = [];
        r.databricks.unity_catalog = {};
      }, { metadata: { environment: 'dev', project: 'a', region: 'us-east-1' } }),
    });
    const collisions = errors(set).filter((d) => d.code === 'NAME_COLLISION');
    expect(collisions).toHaveLength(1);
    expect(collisions[0]?.message).toMatch(/a_b_c_bronze_dev/);
    expect(collisions[0]?.message).toMatch(/dev\.json:\d+:\d+/);
    expect(collisions[0]?.message).toMatch(/other\.json:\d+:\d+/);
  });

  it('the same identity across two blueprint files, case aside, naming both files and lines', async () => {
    const second = example((r) => {
      r.aws.glue_databases = [{ domain: 'Sales', layer: 'bronze' }];
      r.aws.glue_tables = [];
      r.aws.s3_buckets = [];
      r.databricks.clusters = [];
      r.databricks.jobs = [];
      r.databricks.unity_catalog = {};
    });
    const set = await load({ 'a/dev.json': workedExample(), 'b/dev.yaml': second }, ['a', 'b']);
    const [d, ...rest] = errors(set);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'DUPLICATE_KEY' });
    expect(d?.message).toMatch(/aws_glue_database:dataplatform\/dev\/sales-bronze/);
    expect(d?.message).toContain(`${join('a', 'dev.json')}:`);
    expect(d?.message).toContain(`${join('b', 'dev.yaml')}:`);
  });

  it('the same key in two files is a duplicate, the same names in two environments are not', async () => {
    const stg = { ...workedExample(), metadata: { environment: 'stg', project: 'dataplatform', region: 'us-east-1' } };
    const ok = await load({ 'dev.json': workedExample(), 'stg.json': stg });
    expect(errors(ok)).toEqual([]);
    expect(ok.resources).toHaveLength(16);
    const dup = await load({ 'dev.json': workedExample(), 'copy.json': workedExample() });
    expect(errors(dup).map((d) => d.code)).toEqual(Array(8).fill('DUPLICATE_KEY'));
    expect(errors(dup)[0]?.message).toMatch(/copy\.json:\d+:\d+.*dev\.json:\d+:\d+|dev\.json:\d+:\d+.*copy\.json:\d+:\d+/);
  });
});

describe('defaults, params and tags', () => {
  it('fills v1.0 defaults and tags', async () => {
    const set = await load({
      'dev.json': {
        ...workedExample(),
        metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1', team: 'data platform', cost_center: 'CC-1' },
      },
    });
    const [bucket] = byType(set, 'aws_s3_bucket');
    expect(bucket?.params).toEqual({ region: 'us-east-1', versioning: true, lifecycleDays: 90 });
    expect(bucket?.tags).toEqual({ Environment: 'dev', Project: 'dataplatform', ManagedBy: 'dpn', Team: 'data platform', CostCenter: 'CC-1' });
    expect(bucket?.deletionPolicy).toBe('archive');
    const [cluster] = byType(set, 'dbx_cluster');
    expect(cluster?.params).toMatchObject({
      cluster_name: 'dataplatform-etl-shared-dev',
      spark_version: '13.3.x-scala2.12',
      node_type_id: 'i3.xlarge',
      autoscale: { min_workers: 2, max_workers: 8 },
      cluster_type: 'shared',
    });
    const [table] = byType(set, 'aws_glue_table');
    expect(table?.params).toEqual({
      region: 'us-east-1',
      databaseName: 'dataplatform_sales_bronze_dev',
      tableType: 'fact',
      columns: [{ name: 'id', type: 'string' }],
      partitionKeys: [],
    });
    const [job] = byType(set, 'dbx_job');
    expect(job?.params).toMatchObject({ clusterKey: 'dbx_cluster:dataplatform/dev/etl', schedule: 'daily', tasks: [] });
    const [ucTable] = byType(set, 'dbx_table');
    expect(ucTable?.params).toEqual({
      name: 'dim_customers',
      catalog_name: 'dataplatform_dev_dev',
      schema_name: 'customer_gold',
      table_type: 'dim',
      columns: [],
    });
  });

  it('table_type defaults to fact; a job without schedule takes it from the naming values', async () => {
    const set = await load({
      'dev.json': example((r) => {
        r.aws.glue_tables = [{ database_ref: 'sales-bronze', entity: 'orders', columns: [] }];
        r.databricks.jobs = [{ job_type: 'batch', purpose: 'load', cluster_ref: 'etl' }];
      }),
    });
    expect(byType(set, 'aws_glue_table')[0]?.name).toBe('fact_orders');
    const [job] = byType(set, 'dbx_job');
    expect(job?.name).toBe('dataplatform-batch-load-daily-dev');
    expect(job?.params.schedule).toBe('daily');
  });

  it('--override wins over everything, schedule included', async () => {
    const set = await load(
      {
        'dev.json': example((r) => {
          r.databricks.jobs = [{ job_type: 'batch', purpose: 'load', cluster_ref: 'etl' }];
        }),
      },
      undefined,
      { schedule: 'hourly', project: 'analytics' },
    );
    expect(errors(set)).toEqual([]);
    const [job] = byType(set, 'dbx_job');
    expect(job?.name).toBe('analytics-batch-load-hourly-dev');
    expect(job?.params.schedule).toBe('hourly');
    expect(byType(set, 'aws_s3_bucket')[0]?.name).toBe('analytics-landing-raw-dev-use1');
    // An override of a key part is the value the resources get: in the key and the tags too (issue 10).
    expect(byType(set, 'aws_s3_bucket')[0]?.key).toBe('aws_s3_bucket:analytics/dev/landing-raw');
    expect(byType(set, 'aws_s3_bucket')[0]?.tags.Project).toBe('analytics');
  });

  it('deletion_policy: the resource, else the blueprint, else archive', async () => {
    const set = await load({
      'dev.json': example(
        (r) => {
          r.aws.s3_buckets = [{ purpose: 'landing', layer: 'raw', deletion_policy: 'retain' }];
        },
        { deletion_policy: 'delete' },
      ),
    });
    expect(byType(set, 'aws_s3_bucket')[0]?.deletionPolicy).toBe('retain');
    expect(byType(set, 'dbx_cluster')[0]?.deletionPolicy).toBe('delete');
  });

  it('autoscale min above max is an error at autoscale', async () => {
    const set = await load({
      'dev.json': example((r) => {
        r.databricks.clusters = [{ workload: 'etl', cluster_type: 'shared', node_type: 'm5.large', autoscale: { min: 9, max: 3 } }];
      }),
    });
    expect(errors(set)).toMatchObject([{ code: 'CLUSTER_AUTOSCALE', message: 'autoscale min (9) is greater than max (3)' }]);
  });

  it('a team that is not a valid AWS tag value is an error at metadata.team', async () => {
    const set = await load({
      'dev.json': { ...workedExample(), metadata: { environment: 'dev', project: 'dataplatform', region: 'us-east-1', team: 'R&D <core>' } },
    });
    expect(errors(set)).toMatchObject([{ code: 'TAG_INVALID', line: 7 }]);
  });
});

describe('names the platform would refuse', () => {
  it('a name that breaks a rule is an error at the resource, with the rule, and the resource is left out', async () => {
    const set = await load({
      'dev.json': example((r) => {
        r.databricks.unity_catalog = { catalogs: [{ catalog_type: 'dev.x', schemas: [] }] };
      }),
    });
    const [d, ...rest] = errors(set);
    expect(rest).toEqual([]);
    expect(d?.file).toBe('dev.json');
    expect(d?.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(d?.message).toMatch(/"dataplatform_dev\.x_dev".*\(rule: .+\)$/);
    expect(byType(set, 'dbx_catalog')).toEqual([]);
  });

  it('an unknown region is an error, not a silent default code', async () => {
    const set = await load({ 'dev.json': { ...workedExample(), metadata: { environment: 'dev', project: 'dataplatform', region: 'xx-nowhere-9' } } });
    // Once, at metadata.region (line 6 of the written file), not once per resource.
    expect(errors(set)).toMatchObject([{ code: 'NAMING_UNKNOWN_REGION', line: 6 }]);
    expect(errors(set)[0]?.message).toMatch(/xx-nowhere-9/);
    expect(byType(set, 'aws_s3_bucket')).toEqual([]);
  });

  it('eu-west-3 gets its own code', async () => {
    const set = await load({ 'dev.json': { ...workedExample(), metadata: { environment: 'dev', project: 'dataplatform', region: 'eu-west-3' } } });
    expect(errors(set)).toEqual([]);
    expect(byType(set, 'aws_s3_bucket')[0]?.name).not.toMatch(/use1$/);
  });

  it('a bucket name over 63 characters is shortened, and says so', async () => {
    const purpose = 'customer-interactions-clickstream-landing-zone';
    const set = await load({ 'dev.json': example((r) => (r.aws.s3_buckets = [{ purpose, layer: 'raw' }])) });
    expect(errors(set)).toEqual([]);
    const [bucket] = byType(set, 'aws_s3_bucket');
    expect(bucket?.name.length).toBeLessThanOrEqual(63);
    expect(bucket?.shortenedFrom).toBe(`dataplatform-${purpose}-raw-dev-use1`);
  });
});

describe('finding files', () => {
  it('directories are searched recursively in sorted order; hidden entries and other files are skipped', async () => {
    const stg = { ...workedExample(), metadata: { environment: 'stg', project: 'dataplatform', region: 'us-east-1' } };
    const prd = { ...workedExample(), metadata: { environment: 'prd', project: 'dataplatform', region: 'us-east-1' } };
    const set = await load(
      {
        'bp/z/prd.yml': prd,
        'bp/a.json': workedExample(),
        'bp/m/stg.yaml': stg,
        'bp/README.md': '# not a blueprint',
        'bp/.hidden/x.json': '{',
      },
      ['bp'],
    );
    expect(errors(set)).toEqual([]);
    expect(set.files).toEqual([join('bp', 'a.json'), join('bp', 'm', 'stg.yaml'), join('bp', 'z', 'prd.yml')]);
  });

  it('a path that does not exist, and a directory with no blueprints', async () => {
    const set = await load({ 'empty/README.md': 'nothing' }, ['missing.json', 'empty']);
    expect(errors(set)).toMatchObject([
      { code: 'BLUEPRINT_NONE', file: 'empty' },
      { code: 'SOURCE_NOT_FOUND', file: 'missing.json' },
    ]);
  });

  it.skipIf(process.platform === 'win32')('symlinks: a loop is walked once, a broken link skipped, a linked file read once', async () => {
    const dir = writeFiles({ 'bp/dev.json': workedExample() });
    symlinkSync(join(dir, 'bp'), join(dir, 'bp', 'again'));
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'bp', 'broken.json'));
    symlinkSync(join(dir, 'bp', 'self.json'), join(dir, 'bp', 'self.json'));
    symlinkSync(join(dir, 'bp', 'dev.json'), join(dir, 'bp', 'linked.json'));
    const set = await loadBlueprints(['bp'], { naming: DEFAULT_NAMING_CONFIG, cwd: dir });
    expect(errors(set)).toEqual([]);
    expect(set.files).toEqual([join('bp', 'dev.json')]);
  });

  it('a file given twice is read once', async () => {
    const set = await load({ 'bp/dev.json': workedExample() }, ['bp', 'bp/dev.json']);
    expect(errors(set)).toEqual([]);
    expect(set.files).toEqual([join('bp', 'dev.json')]);
  });
});
