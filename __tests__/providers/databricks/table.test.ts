// The Unity Catalog managed-table driver: DDL through the SQL Statement Execution API on the local server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/providers/driver.js';
import { reportingContext } from '../../support/before-create.js';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';
import { context, drivers, ref, spec } from './fixtures.js';

let dbx: DatabricksServer;
beforeAll(async () => {
  dbx = await startDatabricksServer();
});
afterAll(async () => {
  await dbx.stop();
});

const ctx = context();

beforeEach(async () => {
  dbx.reset();
  const { dbx_catalog, dbx_schema } = drivers(dbx);
  await dbx_catalog.create(spec('dbx_catalog', 'main', { name: 'main', properties: {} }), ctx);
  await dbx_schema.create(spec('dbx_schema', 'customer_gold', { name: 'customer_gold', catalog_name: 'main', properties: {} }), ctx);
  dbx.requests.length = 0;
});

function tableSpec(columns: Array<Record<string, unknown>>, overrides: Record<string, unknown> = {}) {
  const s = spec('dbx_table', 'dim_customers', {
    name: 'dim_customers',
    catalog_name: 'main',
    schema_name: 'customer_gold',
    table_type: 'dim',
    columns,
    ...overrides,
  });
  return { ...s, fullName: `main.customer_gold.${String(s.params.name)}` };
}

const COLUMNS = [
  { name: 'customer_id', type: 'BIGINT', comment: "the customer's id" },
  { name: 'name', type: 'STRING' },
  { name: 'balance', type: 'DECIMAL(12, 2)' },
];

const statements = () => dbx.requests.filter((r) => r.path === '/api/2.0/sql/statements');

describe('dbx_table', () => {
  it('creates a managed table with one statement and reads back the blueprint params', async () => {
    const { dbx_table } = drivers(dbx);
    const s = tableSpec(COLUMNS);
    const live = await dbx_table.create(s, ctx);
    expect(live.params).toEqual(s.params);
    const [create] = statements();
    expect(create?.body).toEqual({
      statement:
        "CREATE TABLE IF NOT EXISTS `main`.`customer_gold`.`dim_customers` (`customer_id` BIGINT COMMENT 'the customer\\'s id', `name` STRING, `balance` DECIMAL(12,2)) USING DELTA TBLPROPERTIES ('dpn_table_type' = 'dim')",
      warehouse_id: dbx.warehouseId,
      wait_timeout: '50s',
      on_wait_timeout: 'CANCEL',
    });
    const table = dbx.state.tables.get('main.customer_gold.dim_customers');
    expect(table?.columns.map((c) => [c.name, c.type_text])).toEqual([
      ['customer_id', 'bigint'],
      ['name', 'string'],
      ['balance', 'decimal(12,2)'],
    ]);
    expect((await dbx_table.read(ref(s), ctx))?.params).toEqual(s.params);
  });

  it('reports what it found under the name before it creates anything (the engine logs it ahead)', async () => {
    const { dbx_table } = drivers(dbx);
    expect(dbx_table.looksBeforeCreate).toBe(true);
    const s = tableSpec(COLUMNS);
    const first = reportingContext(ctx, () => dbx.state.tables.size);
    await dbx_table.create(s, first.ctx);
    expect(first.reports).toEqual([{ found: null, platform: 0 }]);
    const again = reportingContext(ctx, () => dbx.state.tables.size);
    await dbx_table.create(s, again.ctx);
    expect(again.reports).toEqual([{ found: expect.objectContaining({ params: s.params }), platform: 1 }]);
  });

  it('adopts an identical table and refuses one with other columns', async () => {
    const { dbx_table } = drivers(dbx);
    await dbx_table.create(tableSpec(COLUMNS), ctx);
    await dbx_table.create(tableSpec(COLUMNS), ctx);
    expect(statements()).toHaveLength(1);
    const error = (await dbx_table.create(tableSpec([{ name: 'id', type: 'INT' }]), ctx).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('already exists with other columns (customer_id bigint, name string, balance decimal(12,2))');
  });

  it('quotes awkward identifiers so they reach Unity Catalog intact', async () => {
    const { dbx_table } = drivers(dbx);
    const s = tableSpec([{ name: 'order`id; DROP', type: 'int' }], { name: 'we`ird name' });
    await dbx_table.create(s, ctx);
    const table = dbx.state.tables.get('main.customer_gold.we`ird name');
    expect(table?.columns.map((c) => c.name)).toEqual(['order`id; DROP']);
    expect(statements()[0]?.body).toMatchObject({ statement: expect.stringContaining('`we``ird name` (`order``id; DROP` INT)') });
  });

  it('refuses an unsafe column type before any statement runs', async () => {
    const { dbx_table } = drivers(dbx);
    const error = (await dbx_table
      .create(tableSpec([{ name: 'x', type: "STRING); DROP TABLE main.customer_gold.t; --" }]), ctx)
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/Column "x" has type .* not a Databricks data type/);
    expect(dbx.requests).toHaveLength(0);
  });

  it('turns a FAILED statement into a clear error with the warehouse message', async () => {
    const { dbx_table } = drivers(dbx);
    const error = (await dbx_table.create(tableSpec(COLUMNS, { schema_name: 'nope' }), ctx).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('SQL statement failed on warehouse wh-local-1: [SCHEMA_NOT_FOUND] The schema `main`.`nope` cannot be found.');
    expect(error.details.code).toBe('SCHEMA_NOT_FOUND');
  });

  it('treats a statement cancelled at the wait timeout as transient', async () => {
    const { dbx_table } = drivers(dbx);
    dbx.faults.inject('/api/2.0/sql/statements', [{ status: 200, body: { statement_id: 's1', status: { state: 'CANCELED' } } }]);
    const error = (await dbx_table.create(tableSpec(COLUMNS), ctx).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(/did not finish within 50s/);
  });

  it('needs DATABRICKS_WAREHOUSE_ID, and says so', async () => {
    const { DATABRICKS_WAREHOUSE_ID: _omitted, ...env } = dbx.env;
    const { dbx_table } = drivers(dbx, env);
    await expect(dbx_table.create(tableSpec(COLUMNS), ctx)).rejects.toThrow(/set DATABRICKS_WAREHOUSE_ID/);
  });

  it('adds columns and changes comments in place', async () => {
    const { dbx_table } = drivers(dbx);
    const s = tableSpec(COLUMNS);
    await dbx_table.create(s, ctx);
    const wider = tableSpec([
      COLUMNS[0]!,
      { name: 'name', type: 'string', comment: 'full name' },
      COLUMNS[2]!,
      { name: 'tags', type: 'ARRAY<STRING>' },
    ], { table_type: 'reference' });
    const live = await dbx_table.update(wider, ref(s), ctx);
    expect(live.params).toEqual(wider.params);
    expect(statements().slice(1).map((r) => (r.body as { statement: string }).statement)).toEqual([
      'ALTER TABLE `main`.`customer_gold`.`dim_customers` ADD COLUMNS (`tags` ARRAY<STRING>)',
      "ALTER TABLE `main`.`customer_gold`.`dim_customers` ALTER COLUMN `name` COMMENT 'full name'",
      "ALTER TABLE `main`.`customer_gold`.`dim_customers` SET TBLPROPERTIES ('dpn_table_type' = 'reference')",
    ]);
  });

  it('reports a failure after part of an update took effect as fatal, not "nothing changed"', async () => {
    const { dbx_table } = drivers(dbx);
    const s = tableSpec(COLUMNS);
    await dbx_table.create(s, ctx);
    dbx.faults.inject('/api/2.0/sql/statements', [
      { status: 200, body: { statement_id: 'a', status: { state: 'SUCCEEDED' } } },
      { status: 200, body: { statement_id: 'b', status: { state: 'FAILED', error: { error_code: 'PERMISSION_DENIED', message: 'no MODIFY' } } } },
    ]);
    const wider = tableSpec([...COLUMNS, { name: 'extra', type: 'int' }], { table_type: 'fact' });
    const error = (await dbx_table.update(wider, ref(s), ctx).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('fatal');
    expect(error.message).toMatch(/no MODIFY .*\(after 1 of 2 changes were applied\)/);
  });

  it.each([
    ['dropping', [COLUMNS[0], COLUMNS[1]], /column "balance" would be dropped/],
    ['retyping', [COLUMNS[0], { name: 'name', type: 'INT' }, COLUMNS[2]], /column "name" is string and the blueprint wants INT; changing a column type needs a replace/],
    ['reordering', [COLUMNS[1], COLUMNS[0], COLUMNS[2]], /column 1 is "customer_id" but the blueprint has "name" there/],
  ])('refuses %s a column, changing nothing', async (_what, columns, message) => {
    const { dbx_table } = drivers(dbx);
    const s = tableSpec(COLUMNS);
    await dbx_table.create(s, ctx);
    const error = (await dbx_table.update(tableSpec(columns as Array<Record<string, unknown>>), ref(s), ctx).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(message);
    expect(statements()).toHaveLength(1);
  });

  it('archives with a table property, unarchives, and drops idempotently', async () => {
    const { dbx_table } = drivers(dbx);
    const s = tableSpec(COLUMNS);
    await dbx_table.create(s, ctx);
    await dbx_table.archive(ref(s), ctx);
    await dbx_table.archive(ref(s), ctx);
    expect(dbx.state.tables.get('main.customer_gold.dim_customers')?.properties).toMatchObject({ dpn_table_type: 'dim', dpn_archived: 'true' });
    expect((await dbx_table.read(ref(s), ctx))?.archived).toBe(true);
    await dbx_table.unarchive!(ref(s), ctx);
    expect((await dbx_table.read(ref(s), ctx))?.archived).toBe(false);
    await dbx_table.delete(ref(s), ctx);
    await dbx_table.delete(ref(s), ctx);
    expect(dbx.state.tables.size).toBe(0);
    expect(await dbx_table.read(ref(s), ctx)).toBeNull();
    const sql = statements().map((r) => (r.body as { statement: string }).statement);
    expect(sql.filter((x) => x.startsWith('DROP'))).toEqual(['DROP TABLE IF EXISTS `main`.`customer_gold`.`dim_customers`']);
  });
});
