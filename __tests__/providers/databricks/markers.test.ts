// The creation marker on Databricks objects (DESIGN.md, "Ownership"), against the local server, which
// stores custom_tags, job tags, properties and TBLPROPERTIES as Databricks does: written by the create
// call itself, absent on an adopted object, kept by every later call, never shown in read's params or tags.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DriverContext } from '../../../src/providers/driver.js';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';
import { context, drivers, ref, spec } from './fixtures.js';

const TX = '20261204T190000Z-a1b2c3';
const LATER = '20261205T000000Z-ffffff';
const MARKER = 'dpn_created_by';
const CLUSTER_KEY = 'dbx_cluster:dataplatform/dev/etl';

let dbx: DatabricksServer;
beforeAll(async () => {
  dbx = await startDatabricksServer({ pageSize: 2 });
});
afterAll(async () => {
  await dbx.stop();
});
beforeEach(() => dbx.reset());

function tx(id: string, applied: Record<string, string> = {}): DriverContext {
  return { ...context(applied), transaction: id };
}

function clusterSpec(tags: Record<string, string> = { Environment: 'dev' }) {
  return spec('dbx_cluster', 'etl', {
    cluster_name: 'dataplatform-etl-dev',
    spark_version: '13.3.x-scala2.12',
    node_type_id: 'i3.xlarge',
    autoscale: { min_workers: 1, max_workers: 2 },
    cluster_type: 'shared',
    custom_tags: tags,
  }, CLUSTER_KEY);
}

function jobSpec(tags: Record<string, string> = { Environment: 'dev' }) {
  return spec('dbx_job', 'load', {
    name: 'dataplatform-load-daily-dev',
    job_type: 'batch',
    schedule: 'daily',
    tasks: [{ task_key: 'load', notebook_task: { notebook_path: '/Repos/etl/load' } }],
    clusterKey: CLUSTER_KEY,
    tags,
  });
}

const catalogSpec = (properties: Record<string, string> = { owner_team: 'data' }) =>
  spec('dbx_catalog', 'dataplatform_dev', { name: 'dataplatform_dev', comment: 'dev', properties });
const schemaSpec = (properties: Record<string, string> = {}) => ({
  ...spec('dbx_schema', 'sales_gold', { name: 'sales_gold', catalog_name: 'dataplatform_dev', properties }),
  fullName: 'dataplatform_dev.sales_gold',
});
const tableSpec = (columns = [{ name: 'id', type: 'BIGINT' }]) => ({
  ...spec('dbx_table', 'fact_orders', { name: 'fact_orders', catalog_name: 'dataplatform_dev', schema_name: 'sales_gold', table_type: 'fact', columns }),
  fullName: 'dataplatform_dev.sales_gold.fact_orders',
});

describe('clusters and jobs', () => {
  it('clusters/create and jobs/create carry the marker; read reports createdBy, never the tag', async () => {
    const { dbx_cluster, dbx_job } = drivers(dbx);
    const cluster = await dbx_cluster.create(clusterSpec(), tx(TX));
    const applied = { [CLUSTER_KEY]: cluster.physicalId! };
    const job = await dbx_job.create(jobSpec(), tx(TX, applied));
    const createCluster = dbx.requests.find((r) => r.path.endsWith('/clusters/create'));
    expect((createCluster?.body as { custom_tags: unknown }).custom_tags).toEqual({ Environment: 'dev', [MARKER]: TX });
    expect(dbx.state.clusters.get(cluster.physicalId!)?.custom_tags).toEqual({ Environment: 'dev', [MARKER]: TX });
    expect(dbx.state.jobs.get(Number(job.physicalId))?.settings.tags).toEqual({ Environment: 'dev', [MARKER]: TX });
    // No request besides the look-ups and the creates.
    expect(dbx.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/api/2.1/clusters/create', '/api/2.2/jobs/create']);

    const readCluster = await dbx_cluster.read(ref(clusterSpec(), cluster), context());
    const readJob = await dbx_job.read(ref(jobSpec(), job), context(applied));
    expect(readCluster).toMatchObject({ createdBy: TX, tags: { Environment: 'dev' }, params: { custom_tags: { Environment: 'dev' } } });
    expect(readJob).toMatchObject({ createdBy: TX, tags: { Environment: 'dev' }, params: { tags: { Environment: 'dev' } } });
    expect(JSON.stringify([readCluster?.params, readCluster?.tags, readJob?.params, readJob?.tags])).not.toContain(MARKER);
  });

  it('an adopted cluster or job gets no marker; edit, reset, archive and unarchive keep an existing one', async () => {
    const { dbx_cluster, dbx_job } = drivers(dbx);
    const cluster = await dbx_cluster.create(clusterSpec(), tx(TX));
    const applied = { [CLUSTER_KEY]: cluster.physicalId! };
    const job = await dbx_job.create(jobSpec(), tx(TX, applied));
    // A later transaction finds them converged and adopts them: nothing is written, the marker stays TX's.
    dbx.requests.length = 0;
    expect((await dbx_cluster.create(clusterSpec(), tx(LATER))).createdBy).toBe(TX);
    expect((await dbx_job.create(jobSpec(), tx(LATER, applied))).createdBy).toBe(TX);
    expect(dbx.requests.filter((r) => r.method === 'POST')).toEqual([]);

    const edited = await dbx_cluster.update(clusterSpec({ Environment: 'prod' }), ref(clusterSpec(), cluster), tx(LATER));
    expect(edited.createdBy).toBe(TX);
    expect(dbx.state.clusters.get(cluster.physicalId!)?.custom_tags).toEqual({ Environment: 'prod', [MARKER]: TX });
    const reset = await dbx_job.update(jobSpec({ Environment: 'prod' }), ref(jobSpec(), job), tx(LATER, applied));
    expect(reset.createdBy).toBe(TX);
    expect(dbx.state.jobs.get(Number(job.physicalId))?.settings.tags).toEqual({ Environment: 'prod', [MARKER]: TX });
    await dbx_job.archive(ref(jobSpec(), job), tx(LATER, applied));
    expect(dbx.state.jobs.get(Number(job.physicalId))?.settings.tags).toMatchObject({ [MARKER]: TX, dpn_archived: 'true' });
    // Creating what was archived brings it back, marker and all.
    expect((await dbx_job.create(jobSpec({ Environment: 'prod' }), tx(LATER, applied))).createdBy).toBe(TX);
    expect(dbx.state.jobs.get(Number(job.physicalId))?.settings.tags).toEqual({ Environment: 'prod', [MARKER]: TX });

    // One made outside dpn and adopted: no marker, ever.
    dbx.reset();
    const outside = drivers(dbx);
    const hand = await outside.dbx_cluster.create(clusterSpec(), context());
    const adopted = await outside.dbx_cluster.create(clusterSpec(), tx(TX));
    expect(adopted.physicalId).toBe(hand.physicalId);
    expect(adopted.createdBy).toBeUndefined();
    expect(dbx.state.clusters.get(hand.physicalId!)?.custom_tags).toEqual({ Environment: 'dev' });
  });

  it('a blueprint may not set the marker, and must leave room for it', async () => {
    const { dbx_cluster, dbx_job } = drivers(dbx);
    await expect(dbx_cluster.create(clusterSpec({ [MARKER]: TX }), tx(TX))).rejects.toThrow(/may not set dpn_created_by/);
    const full = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, 'v']));
    await expect(dbx_job.create(jobSpec(full), tx(TX, { [CLUSTER_KEY]: 'x' }))).rejects.toThrow(/so 24; this one has 25/);
    expect(dbx.requests).toEqual([]);
  });

  it('the local server refuses what Databricks refuses in custom tags', async () => {
    const { dbx_cluster } = drivers(dbx);
    await expect(dbx_cluster.create(clusterSpec({ 'cost#center': '1' }), tx(TX))).rejects.toThrow(/Custom tag key 'cost#center' is invalid/);
    await expect(dbx_cluster.create(clusterSpec({ Vendor: 'me' }), tx(TX))).rejects.toThrow(/reserved for a default tag/);
  });
});

describe('Unity Catalog', () => {
  it('the local server fails statements that set reserved or unknown delta. properties, as Databricks does', async () => {
    const { dbx_catalog, dbx_schema } = drivers(dbx);
    await dbx_catalog.create(catalogSpec(), context());
    await dbx_schema.create(schemaSpec(), context());
    const run = async (statement: string) => {
      const res = await fetch(`${dbx.url}/api/2.0/sql/statements`, {
        method: 'POST',
        headers: { authorization: `Bearer ${dbx.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ statement, warehouse_id: dbx.warehouseId }),
      });
      return ((await res.json()) as { status: { state: string; error?: { error_code: string } } }).status;
    };
    const table = '`dataplatform_dev`.`sales_gold`.`t`';
    expect(await run(`CREATE TABLE ${table} (id BIGINT) USING DELTA TBLPROPERTIES ('owner' = 'x')`)).toMatchObject({ state: 'FAILED', error: { error_code: 'UNSUPPORTED_FEATURE.SET_TABLE_PROPERTY' } });
    expect(await run(`CREATE TABLE ${table} (id BIGINT) USING DELTA TBLPROPERTIES ('delta.made_up' = 'x')`)).toMatchObject({ state: 'FAILED', error: { error_code: 'DELTA_UNKNOWN_CONFIGURATION' } });
    expect(await run(`CREATE TABLE ${table} (id BIGINT) USING DELTA TBLPROPERTIES ('${MARKER}' = '${TX}')`)).toEqual({ state: 'SUCCEEDED' });
    expect(dbx.state.tables.get('dataplatform_dev.sales_gold.t')?.properties).toEqual({
      'delta.enableDeletionVectors': 'true',
      'delta.feature.deletionVectors': 'supported',
      'delta.minReaderVersion': '3',
      'delta.minWriterVersion': '7',
      [MARKER]: TX,
    });
  });

  it('catalog and schema POSTs and CREATE TABLE carry the marker; read reports createdBy, never the property', async () => {
    const { dbx_catalog, dbx_schema, dbx_table } = drivers(dbx);
    const cat = await dbx_catalog.create(catalogSpec(), tx(TX));
    const sch = await dbx_schema.create(schemaSpec(), tx(TX));
    const tbl = await dbx_table.create(tableSpec(), tx(TX));
    expect(dbx.state.catalogs.get('dataplatform_dev')?.properties).toEqual({ owner_team: 'data', [MARKER]: TX });
    expect(dbx.state.schemas.get('dataplatform_dev.sales_gold')?.properties).toEqual({ [MARKER]: TX });
    const stored = dbx.state.tables.get('dataplatform_dev.sales_gold.fact_orders')?.properties;
    expect(stored).toMatchObject({ dpn_table_type: 'fact', [MARKER]: TX, 'delta.minReaderVersion': '3' });
    expect(dbx.state.statements.map((st) => st.statement)).toEqual([
      expect.stringMatching(/^CREATE TABLE IF NOT EXISTS .* TBLPROPERTIES \('dpn_table_type' = 'fact', 'dpn_created_by' = '20261204T190000Z-a1b2c3'\)$/),
    ]);
    for (const [driver, s, made] of [
      [dbx_catalog, catalogSpec(), cat],
      [dbx_schema, schemaSpec(), sch],
      [dbx_table, tableSpec(), tbl],
    ] as const) {
      expect(made.createdBy).toBe(TX);
      const live = await driver.read(ref(s), context());
      expect(live?.createdBy).toBe(TX);
      expect(JSON.stringify([live?.params, live?.tags])).not.toContain(MARKER);
    }
    expect((await dbx_catalog.read(ref(catalogSpec()), context()))?.params.properties).toEqual({ owner_team: 'data' });
  });

  it('PATCH, ALTER, archive and unarchive keep the marker; adopted objects get none', async () => {
    const { dbx_catalog, dbx_schema, dbx_table } = drivers(dbx);
    await dbx_catalog.create(catalogSpec(), tx(TX));
    await dbx_schema.create(schemaSpec(), tx(TX));
    await dbx_table.create(tableSpec(), tx(TX));
    await dbx_catalog.update(catalogSpec({ owner_team: 'finance' }), ref(catalogSpec()), tx(LATER));
    await dbx_schema.update(schemaSpec({ tier: 'gold' }), ref(schemaSpec()), tx(LATER));
    const wider = tableSpec([{ name: 'id', type: 'BIGINT' }, { name: 'amount', type: 'DOUBLE' }]);
    await dbx_table.update(wider, ref(tableSpec()), tx(LATER));
    expect(dbx.state.catalogs.get('dataplatform_dev')?.properties).toEqual({ owner_team: 'finance', [MARKER]: TX });
    expect(dbx.state.schemas.get('dataplatform_dev.sales_gold')?.properties).toEqual({ tier: 'gold', [MARKER]: TX });
    for (const [driver, s] of [
      [dbx_catalog, catalogSpec({ owner_team: 'finance' })],
      [dbx_schema, schemaSpec({ tier: 'gold' })],
      [dbx_table, wider],
    ] as const) {
      await driver.archive(ref(s), tx(LATER));
      expect((await driver.read(ref(s), context()))).toMatchObject({ archived: true, createdBy: TX });
      await driver.unarchive!(ref(s), tx(LATER));
      expect((await driver.read(ref(s), context()))).toMatchObject({ archived: false, createdBy: TX });
    }

    // Made by hand, then adopted by a create: no marker.
    dbx.reset();
    const hand = drivers(dbx);
    await hand.dbx_catalog.create(catalogSpec(), context());
    await hand.dbx_schema.create(schemaSpec(), context());
    await hand.dbx_table.create(tableSpec(), context());
    for (const [driver, s] of [
      [hand.dbx_catalog, catalogSpec()],
      [hand.dbx_schema, schemaSpec()],
      [hand.dbx_table, tableSpec()],
    ] as const) {
      expect((await driver.create(s, tx(TX))).createdBy).toBeUndefined();
      expect((await driver.read(ref(s), context()))?.createdBy).toBeUndefined();
    }
    expect(dbx.state.catalogs.get('dataplatform_dev')?.properties).toEqual({ owner_team: 'data' });
  });
});
