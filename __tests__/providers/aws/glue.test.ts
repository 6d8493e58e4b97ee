// The Glue database and table drivers against a real moto_server; effects are read
// back through the Glue SDK directly.
import {
  CreateDatabaseCommand,
  CreateTableCommand,
  GetDatabaseCommand,
  GetTableCommand,
  GetTagsCommand,
  GlueClient,
  UpdateTableCommand,
} from '@aws-sdk/client-glue';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportingContext } from '../../support/before-create.js';
import { startAwsProxy } from '../../support/aws-proxy.js';
import { startMoto, type Moto } from '../../support/moto.js';
import { createAwsDrivers, type AwsDrivers } from '../../../src/providers/aws/index.js';
import { ProviderError } from '../../../src/providers/driver.js';
import type { ResourceSpec } from '../../../src/blueprint/types.js';
import { TAGS, ctx, refOf, spec } from './fixtures.js';
import { writeCounter } from './write-counter.js';
import { closeDrivers, createDrivers } from '../../../src/providers/registry.js';

const ACCOUNT = '123456789012'; // moto's default account
let moto: Moto;
let drivers: AwsDrivers;
const sdk = new Map<string, GlueClient>();

function glue(region = 'us-east-1'): GlueClient {
  let client = sdk.get(region);
  if (!client) {
    client = new GlueClient({ region, endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    sdk.set(region, client);
  }
  return client;
}

function database(name: string, params: Record<string, unknown> = {}): ResourceSpec {
  return spec('aws_glue_database', name, { region: 'us-east-1', description: 'Sales, bronze layer', ...params });
}

const COLUMNS = [
  { name: 'order_id', type: 'bigint', comment: 'business key' },
  { name: 'amount', type: 'decimal(12,2)' },
];

function table(db: string, name: string, params: Record<string, unknown> = {}): ResourceSpec {
  return spec(
    'aws_glue_table',
    name,
    {
      region: 'us-east-1',
      databaseName: db,
      tableType: 'fact',
      columns: COLUMNS,
      partitionKeys: [{ name: 'dt', type: 'string' }],
      description: 'Orders',
      ...params,
    },
    { key: `aws_glue_table:dataplatform/dev/${db}/${name}`, fullName: `${db}.${name}` },
  );
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** A table made outside dpn with the settings `table(db, name)` asks for. */
async function handMadeTable(db: string, name: string) {
  await glue().send(
    new CreateTableCommand({
      DatabaseName: db,
      TableInput: {
        Name: name,
        TableType: 'EXTERNAL_TABLE',
        Description: 'Orders',
        StorageDescriptor: { Columns: COLUMNS.map((c) => ({ Name: c.name, Type: c.type, ...(c.comment ? { Comment: c.comment } : {}) })) },
        PartitionKeys: [{ Name: 'dt', Type: 'string' }],
        Parameters: { dpn_table_type: 'fact' },
      },
    }),
  );
}

async function glueTable(db: string, name: string) {
  return (await glue().send(new GetTableCommand({ DatabaseName: db, Name: name }))).Table;
}

beforeAll(async () => {
  moto = await startMoto();
  drivers = createAwsDrivers({ env: moto.env, now: () => new Date('2026-11-22T03:00:00Z') });
});

afterAll(async () => {
  drivers?.close();
  for (const client of sdk.values()) client.destroy();
  await moto?.stop();
});

beforeEach(async () => {
  await moto.reset();
});

describe('Glue database', () => {
  const NAME = 'dataplatform_sales_bronze_dev';

  it('reports what it found under the name before it creates anything (the engine logs it ahead)', async () => {
    expect(drivers.aws_glue_database.looksBeforeCreate).toBe(true);
    const present = () => glue().send(new GetDatabaseCommand({ Name: NAME })).then(() => true, () => false);
    const first = reportingContext(ctx, present);
    const made = await drivers.aws_glue_database.create(database(NAME), first.ctx);
    expect(first.reports).toEqual([{ found: null, platform: false }]);
    const again = reportingContext(ctx, present);
    await drivers.aws_glue_database.create(database(NAME), again.ctx);
    expect(again.reports).toEqual([{ found: made, platform: true }]);
  });

  it('creates with description, managed_by parameter and tags, and reads it back', async () => {
    const s = database(NAME);
    const live = await drivers.aws_glue_database.create(s, ctx);
    expect(live).toEqual({
      physicalId: `arn:aws:glue:us-east-1:${ACCOUNT}:database/${NAME}`,
      params: { region: 'us-east-1', description: 'Sales, bronze layer' },
      tags: TAGS,
      archived: false,
    });
    const db = (await glue().send(new GetDatabaseCommand({ Name: NAME }))).Database;
    expect(db?.Description).toBe('Sales, bronze layer');
    expect(db?.Parameters).toEqual({ managed_by: 'dpn' });
    const tags = await glue().send(new GetTagsCommand({ ResourceArn: live.physicalId }));
    expect(tags.Tags).toEqual(TAGS);
    expect(await drivers.aws_glue_database.read(refOf(s), ctx)).toEqual(live);
  });

  it('creates in another region with that region in the ARN', async () => {
    const s = database(NAME, { region: 'eu-west-1' });
    const live = await drivers.aws_glue_database.create(s, ctx);
    expect(live.physicalId).toBe(`arn:aws:glue:eu-west-1:${ACCOUNT}:database/${NAME}`);
    expect((await glue('eu-west-1').send(new GetDatabaseCommand({ Name: NAME }))).Database?.Name).toBe(NAME);
    await expect(drivers.aws_glue_database.read(refOf(database(NAME)), ctx)).resolves.toBeNull();
  });

  it('is idempotent and adopts a matching database; a different one is a conflict', async () => {
    const s = database(NAME);
    const first = await drivers.aws_glue_database.create(s, ctx);
    await expect(drivers.aws_glue_database.create(s, ctx)).resolves.toEqual(first);

    const error = await rejection(drivers.aws_glue_database.create(database(NAME, { description: 'Something else' }), ctx));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain(`Glue database '${NAME}': already exists with other settings`);
    expect(error.message).toContain('description: "Sales, bronze layer" → "Something else"');

    // A database made by hand with the same description is adopted: owned and tagged.
    await glue().send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'handmade', Description: 'Sales, bronze layer', Parameters: { team: 'x' } } }));
    const adopted = await drivers.aws_glue_database.create(database('handmade'), ctx);
    expect(adopted.tags).toEqual(TAGS);
    const db = (await glue().send(new GetDatabaseCommand({ Name: 'handmade' }))).Database;
    expect(db?.Parameters).toEqual({ team: 'x', managed_by: 'dpn' });
  });

  it('checks the Glue naming rules before any call', async () => {
    const error = await rejection(drivers.aws_glue_database.create(database('Sales-DB'), ctx));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/^Glue database 'Sales-DB': invalid name: /);
    await expect(drivers.aws_glue_database.read(refOf(database('sales-db')), ctx)).resolves.toBeNull();
  });

  it('updates the description and tags, removing only tags dpn had applied', async () => {
    const s = database(NAME);
    const live = await drivers.aws_glue_database.create(s, ctx);
    await drivers.aws_glue_database.update(
      database(NAME, { description: 'Sales, bronze (raw events)' }),
      refOf(s, live),
      ctx,
    );
    let db = (await glue().send(new GetDatabaseCommand({ Name: NAME }))).Database;
    expect(db?.Description).toBe('Sales, bronze (raw events)');
    expect(db?.Parameters).toEqual({ managed_by: 'dpn' });

    const next = database(NAME, { description: undefined });
    next.tags = { Environment: 'dev', Project: 'dataplatform', ManagedBy: 'dpn', Team: 'sales' };
    const updated = await drivers.aws_glue_database.update(next, refOf(s, live), ctx);
    expect(updated.params).toEqual({ region: 'us-east-1' });
    db = (await glue().send(new GetDatabaseCommand({ Name: NAME }))).Database;
    expect(db?.Description ?? '').toBe('');
    const tags = await glue().send(new GetTagsCommand({ ResourceArn: live.physicalId }));
    expect(tags.Tags).toEqual(next.tags);
  });

  it('archives with parameters and unarchives', async () => {
    const s = database(NAME);
    await drivers.aws_glue_database.create(s, ctx);
    await drivers.aws_glue_database.archive(refOf(s), ctx);
    await drivers.aws_glue_database.archive(refOf(s), ctx);
    let db = (await glue().send(new GetDatabaseCommand({ Name: NAME }))).Database;
    expect(db?.Parameters).toEqual({ managed_by: 'dpn', dpn_archived: 'true', dpn_archived_at: '2026-11-22T03:00:00.000Z' });
    expect(db?.Description).toBe('Sales, bronze layer');
    expect((await drivers.aws_glue_database.read(refOf(s), ctx))?.archived).toBe(true);

    await drivers.aws_glue_database.unarchive(refOf(s), ctx);
    db = (await glue().send(new GetDatabaseCommand({ Name: NAME }))).Database;
    expect(db?.Parameters).toEqual({ managed_by: 'dpn' });
    expect((await drivers.aws_glue_database.read(refOf(s), ctx))?.archived).toBe(false);
  });

  it('deletes; refuses while it holds tables unless forced; a missing database is fine', async () => {
    const s = database(NAME);
    await drivers.aws_glue_database.create(s, ctx);
    await drivers.aws_glue_table.create(table(NAME, 'fact_orders'), ctx);

    const error = await rejection(drivers.aws_glue_database.delete(refOf(s), ctx));
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('still holds tables (fact_orders)');
    expect(await drivers.aws_glue_database.read(refOf(s), ctx)).not.toBeNull();

    await drivers.aws_glue_database.delete(refOf(s), ctx, { force: true });
    await expect(drivers.aws_glue_database.read(refOf(s), ctx)).resolves.toBeNull();
    await expect(drivers.aws_glue_database.delete(refOf(s), ctx)).resolves.toBeUndefined();
  });
});

describe('Glue table', () => {
  const DB = 'dataplatform_sales_bronze_dev';

  beforeEach(async () => {
    await drivers.aws_glue_database.create(database(DB), ctx);
  });

  it('reports what it found under the name before it creates anything (the engine logs it ahead)', async () => {
    expect(drivers.aws_glue_table.looksBeforeCreate).toBe(true);
    const s = table(DB, 'fact_reported');
    const present = () => glueTable(DB, 'fact_reported').then(() => true, () => false);
    const first = reportingContext(ctx, present);
    const made = await drivers.aws_glue_table.create(s, first.ctx);
    expect(first.reports).toEqual([{ found: null, platform: false }]);
    const again = reportingContext(ctx, present);
    await drivers.aws_glue_table.create(s, again.ctx);
    expect(again.reports).toEqual([{ found: expect.objectContaining({ physicalId: made.physicalId, params: made.params }), platform: true }]);
  });

  it('creates an EXTERNAL_TABLE with columns, partition keys, description and dpn parameters', async () => {
    const s = table(DB, 'fact_orders');
    const live = await drivers.aws_glue_table.create(s, ctx);
    expect(live).toEqual({
      physicalId: `arn:aws:glue:us-east-1:${ACCOUNT}:table/${DB}/fact_orders`,
      params: s.params,
      tags: TAGS,
      archived: false,
    });
    const t = await glueTable(DB, 'fact_orders');
    expect(t?.TableType).toBe('EXTERNAL_TABLE');
    expect(t?.Description).toBe('Orders');
    expect(t?.StorageDescriptor?.Columns).toEqual([
      { Name: 'order_id', Type: 'bigint', Comment: 'business key' },
      { Name: 'amount', Type: 'decimal(12,2)' },
    ]);
    expect(t?.PartitionKeys).toEqual([{ Name: 'dt', Type: 'string' }]);
    expect(t?.Parameters).toMatchObject({ managed_by: 'dpn', dpn_table_type: 'fact', 'dpn_tag.Team': 'data-platform' });
    expect(await drivers.aws_glue_table.read(refOf(s), ctx)).toEqual(live);
  });

  it('reads a table by its full name when the ref has no databaseName', async () => {
    const s = table(DB, 'fact_orders');
    await drivers.aws_glue_table.create(s, ctx);
    const live = await drivers.aws_glue_table.read({ ...refOf(s), params: {} }, ctx);
    expect(live?.params.columns).toEqual(COLUMNS);
    // `dpn read --resource-id db.table` knows only the full name.
    const byFullName = await drivers.aws_glue_table.read({ ...refOf(s), name: `${DB}.fact_orders`, params: {} }, ctx);
    expect(byFullName?.physicalId).toBe(`arn:aws:glue:us-east-1:${ACCOUNT}:table/${DB}/fact_orders`);
    await expect(drivers.aws_glue_table.read(refOf(table(DB, 'fact_missing')), ctx)).resolves.toBeNull();
    await expect(drivers.aws_glue_table.read(refOf(table('no_such_db', 'fact_orders')), ctx)).resolves.toBeNull();
  });

  it('fails clearly when the database does not exist', async () => {
    const error = await rejection(drivers.aws_glue_table.create(table('no_such_db', 'fact_orders'), ctx));
    expect(error.kind).toBe('not_found');
    expect(error.message).toContain("Glue table 'no_such_db.fact_orders': create failed: Glue database 'no_such_db' does not exist");
  });

  it('is idempotent; a table with other columns is a conflict naming the field', async () => {
    const s = table(DB, 'fact_orders');
    const first = await drivers.aws_glue_table.create(s, ctx);
    await expect(drivers.aws_glue_table.create(s, ctx)).resolves.toEqual(first);
    const other = table(DB, 'fact_orders', { columns: [{ name: 'order_id', type: 'string' }] });
    const error = await rejection(drivers.aws_glue_table.create(other, ctx));
    expect(error.kind).toBe('conflict');
    expect(error.message).toMatch(/Glue table 'dataplatform_sales_bronze_dev\.fact_orders': already exists with other settings \(columns: /);
    expect((await glueTable(DB, 'fact_orders'))?.StorageDescriptor?.Columns).toHaveLength(2);
  });

  it('updates columns, partition keys, parameters and description, keeping what it does not manage', async () => {
    const s = table(DB, 'fact_orders');
    const live = await drivers.aws_glue_table.create(s, ctx);
    // Someone set a location and a parameter of their own.
    const t = await glueTable(DB, 'fact_orders');
    await glue().send(
      new UpdateTableCommand({
        DatabaseName: DB,
        TableInput: {
          Name: 'fact_orders',
          TableType: t?.TableType,
          Description: t?.Description,
          PartitionKeys: t?.PartitionKeys,
          StorageDescriptor: { ...t?.StorageDescriptor, Location: 's3://dataplatform-landing-raw-dev-use1/orders/' },
          Parameters: { ...t?.Parameters, classification: 'parquet' },
        },
      }),
    );

    const next = table(DB, 'fact_orders', {
      tableType: 'dim',
      columns: [...COLUMNS, { name: 'currency', type: 'string' }],
      partitionKeys: [
        { name: 'year', type: 'int' },
        { name: 'month', type: 'int' },
      ],
      description: 'Orders, with currency',
    });
    next.tags = { Environment: 'dev', Team: 'sales' };
    const updated = await drivers.aws_glue_table.update(next, refOf(s, live), ctx);
    expect(updated.params).toEqual(next.params);
    expect(updated.tags).toEqual(next.tags);

    const after = await glueTable(DB, 'fact_orders');
    expect(after?.StorageDescriptor?.Columns?.map((c) => c.Name)).toEqual(['order_id', 'amount', 'currency']);
    expect(after?.PartitionKeys).toEqual([
      { Name: 'year', Type: 'int' },
      { Name: 'month', Type: 'int' },
    ]);
    expect(after?.Description).toBe('Orders, with currency');
    expect(after?.StorageDescriptor?.Location).toBe('s3://dataplatform-landing-raw-dev-use1/orders/');
    expect(after?.Parameters).toEqual({
      classification: 'parquet',
      managed_by: 'dpn',
      dpn_table_type: 'dim',
      'dpn_tag.Environment': 'dev',
      'dpn_tag.Team': 'sales',
    });
    expect(await drivers.aws_glue_table.read(refOf(next), ctx)).toMatchObject({ params: next.params, tags: next.tags });
  });

  it('treats columns that differ only in case as equal, as Glue folds names when it stores them', async () => {
    const camel = table(DB, 'fact_orders', {
      columns: [
        { name: 'orderId', type: 'bigint' },
        { name: 'Amount', type: 'DECIMAL(12, 2)' },
      ],
      partitionKeys: [{ name: 'eventDate', type: 'string' }],
    });
    // What real Glue keeps after dpn created `camel`: the same table, names folded to lower case.
    await glue().send(
      new CreateTableCommand({
        DatabaseName: DB,
        TableInput: {
          Name: 'fact_orders',
          TableType: 'EXTERNAL_TABLE',
          Description: 'Orders',
          StorageDescriptor: {
            Columns: [
              { Name: 'orderid', Type: 'bigint' },
              { Name: 'amount', Type: 'decimal(12,2)' },
            ],
          },
          PartitionKeys: [{ Name: 'eventdate', Type: 'string' }],
          Parameters: {
            managed_by: 'dpn',
            dpn_table_type: 'fact',
            ...Object.fromEntries(Object.entries(TAGS).map(([k, v]) => [`dpn_tag.${k}`, v])),
          },
        },
      }),
    );
    const counter = await writeCounter(moto.endpoint);
    const counted = createAwsDrivers({ env: { ...moto.env, AWS_ENDPOINT_URL_GLUE: counter.url } });
    try {
      const live = await counted.aws_glue_table.create(camel, ctx);
      await counted.aws_glue_table.update(camel, refOf(camel, live), ctx);
      expect(counter.writes).toEqual([]);
      expect(live.params).toEqual(camel.params);
      expect((await counted.aws_glue_table.read(refOf(camel), ctx))?.params).toEqual(camel.params);
      // Without the blueprint's spelling to go by, read reports what Glue stores.
      expect((await counted.aws_glue_table.read({ ...refOf(camel), params: {} }, ctx))?.params.columns).toEqual([
        { name: 'orderid', type: 'bigint' },
        { name: 'amount', type: 'decimal(12,2)' },
      ]);
      // A real change is still one.
      await counted.aws_glue_table.update(table(DB, 'fact_orders', { ...camel.params, columns: [{ name: 'orderId', type: 'string' }] }), refOf(camel), ctx);
      expect(counter.writes).toEqual(['AWSGlue.UpdateTable']);
    } finally {
      counted.close();
      await counter.close();
    }
  });

  it('refuses to move a table to another database', async () => {
    const s = table(DB, 'fact_orders');
    await drivers.aws_glue_table.create(s, ctx);
    const error = await rejection(drivers.aws_glue_table.update(table('dataplatform_sales_gold_dev', 'fact_orders'), refOf(s), ctx));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('the plan must replace it');
  });

  it('archives with parameters, unarchives, and deletes idempotently', async () => {
    const s = table(DB, 'fact_orders');
    await drivers.aws_glue_table.create(s, ctx);
    await drivers.aws_glue_table.archive(refOf(s), ctx);
    expect((await glueTable(DB, 'fact_orders'))?.Parameters).toMatchObject({
      dpn_archived: 'true',
      dpn_archived_at: '2026-11-22T03:00:00.000Z',
      managed_by: 'dpn',
    });
    expect((await glueTable(DB, 'fact_orders'))?.StorageDescriptor?.Columns).toHaveLength(2);
    expect((await drivers.aws_glue_table.read(refOf(s), ctx))?.archived).toBe(true);

    await drivers.aws_glue_table.unarchive(refOf(s), ctx);
    expect((await glueTable(DB, 'fact_orders'))?.Parameters).not.toHaveProperty('dpn_archived');
    expect((await drivers.aws_glue_table.read(refOf(s), ctx))?.archived).toBe(false);

    await drivers.aws_glue_table.delete(refOf(s), ctx);
    await expect(drivers.aws_glue_table.read(refOf(s), ctx)).resolves.toBeNull();
    await expect(drivers.aws_glue_table.delete(refOf(s), ctx)).resolves.toBeUndefined();
  });

  it('adopts a hand-made table with the same columns and marks it managed', async () => {
    await handMadeTable(DB, 'fact_orders');
    const live = await drivers.aws_glue_table.create(table(DB, 'fact_orders'), ctx);
    expect(live.tags).toEqual(TAGS);
    expect((await glueTable(DB, 'fact_orders'))?.Parameters).toMatchObject({ managed_by: 'dpn' });
  });

  it('rejects malformed params before any call', async () => {
    const bad = table(DB, 'fact_bad', { columns: [{ name: 'a' }, { name: 'dt', type: 'string' }], tableType: '' });
    const error = await rejection(drivers.aws_glue_table.create(bad, ctx));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/tableType must be a non-empty string.*columns\[0\] must have a non-empty name and type.*partition key 'dt' is also a column/);
    await expect(drivers.aws_glue_table.read(refOf(bad), ctx)).resolves.toBeNull();
  });
});

describe('writes', () => {
  it('converged databases and tables cost no writes', async () => {
    const counter = await writeCounter(moto.endpoint);
    const counted = createAwsDrivers({ env: { ...moto.env, AWS_ENDPOINT_URL_GLUE: counter.url } });
    try {
      const db = database('dataplatform_sales_bronze_dev');
      const t = table(db.name, 'fact_orders');
      const dbLive = await counted.aws_glue_database.create(db, ctx);
      const tLive = await counted.aws_glue_table.create(t, ctx);
      expect(counter.writes).toEqual(['AWSGlue.CreateDatabase', 'AWSGlue.CreateTable']);

      counter.writes.length = 0;
      await counted.aws_glue_database.create(db, ctx);
      await counted.aws_glue_table.create(t, ctx);
      await counted.aws_glue_database.update(db, refOf(db, dbLive), ctx);
      await counted.aws_glue_table.update(t, refOf(t, tLive), ctx);
      expect(counter.writes).toEqual([]);

      await counted.aws_glue_table.archive(refOf(t), ctx);
      await counted.aws_glue_table.archive(refOf(t), ctx);
      await counted.aws_glue_database.archive(refOf(db), ctx);
      await counted.aws_glue_database.archive(refOf(db), ctx);
      expect(counter.writes).toEqual(['AWSGlue.UpdateTable', 'AWSGlue.UpdateDatabase']);
    } finally {
      counted.close();
      await counter.close();
    }
  });
});

describe('creation marker', () => {
  const TX = '20261204T190000Z-a1b2c3';
  const LATER = { ...ctx, transaction: '20261205T000000Z-ffffff' };
  const DB = 'dataplatform_marked_bronze_dev';

  it('CreateDatabase and CreateTable carry dpn_created_by=<transaction>; read reports it, never in params or tags', async () => {
    const proxy = await startAwsProxy(moto.endpoint);
    const counted = createAwsDrivers({ env: { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint } });
    try {
      const db = database(DB);
      const t = table(DB, 'fact_orders');
      const dbLive = await counted.aws_glue_database.create(db, { ...ctx, transaction: TX });
      const tLive = await counted.aws_glue_table.create(t, { ...ctx, transaction: TX });
      // One look, one create each; the database is read back once to learn the account, the table not at all.
      expect(proxy.requests.map((r) => r.operation)).toEqual([
        'AWSGlue.GetDatabase',
        'AWSGlue.CreateDatabase',
        'AWSGlue.GetDatabase',
        'AWSGlue.GetTable',
        'AWSGlue.CreateTable',
      ]);
      expect((await glue().send(new GetDatabaseCommand({ Name: DB }))).Database?.Parameters).toEqual({ managed_by: 'dpn', dpn_created_by: TX });
      expect((await glueTable(DB, 'fact_orders'))?.Parameters).toMatchObject({ managed_by: 'dpn', dpn_created_by: TX });
      const readDb = await drivers.aws_glue_database.read(refOf(db), ctx);
      const readTable = await drivers.aws_glue_table.read(refOf(t), ctx);
      expect(readDb).toEqual(dbLive);
      expect(readTable).toEqual(tLive);
      expect(readDb).toMatchObject({ createdBy: TX, tags: TAGS, params: { region: 'us-east-1', description: 'Sales, bronze layer' } });
      expect(readTable?.createdBy).toBe(TX);
      expect(readTable?.tags).toEqual(TAGS);
      expect(JSON.stringify(readTable?.params)).not.toContain('created_by');
    } finally {
      counted.close();
      await proxy.stop();
    }
  });

  it('an adopted database or table gets no marker', async () => {
    await glue().send(new CreateDatabaseCommand({ DatabaseInput: { Name: DB, Description: 'Sales, bronze layer' } }));
    const dbLive = await drivers.aws_glue_database.create(database(DB), { ...ctx, transaction: TX });
    expect(dbLive.createdBy).toBeUndefined();
    expect((await glue().send(new GetDatabaseCommand({ Name: DB }))).Database?.Parameters).toEqual({ managed_by: 'dpn' });
    await handMadeTable(DB, 'fact_orders');
    const tLive = await drivers.aws_glue_table.create(table(DB, 'fact_orders'), { ...ctx, transaction: TX });
    expect(tLive.createdBy).toBeUndefined();
    expect((await glueTable(DB, 'fact_orders'))?.Parameters?.dpn_created_by).toBeUndefined();
  });

  it('update, archive and unarchive keep the marker', async () => {
    const db = database(DB);
    const t = table(DB, 'fact_orders');
    const dbLive = await drivers.aws_glue_database.create(db, { ...ctx, transaction: TX });
    const tLive = await drivers.aws_glue_table.create(t, { ...ctx, transaction: TX });
    const db2 = database(DB, { description: 'Sales, renamed' });
    db2.tags = { Team: 'finance' };
    const t2 = table(DB, 'fact_orders', { columns: [...COLUMNS, { name: 'currency', type: 'string' }], description: 'Orders v2' });
    t2.tags = { Team: 'finance' };
    expect((await drivers.aws_glue_database.update(db2, refOf(db, dbLive), LATER)).createdBy).toBe(TX);
    expect((await drivers.aws_glue_table.update(t2, refOf(t, tLive), LATER)).createdBy).toBe(TX);
    await drivers.aws_glue_database.archive(refOf(db2), LATER);
    await drivers.aws_glue_table.archive(refOf(t2), LATER);
    expect((await glue().send(new GetDatabaseCommand({ Name: DB }))).Database?.Parameters?.dpn_created_by).toBe(TX);
    expect((await glueTable(DB, 'fact_orders'))?.Parameters?.dpn_created_by).toBe(TX);
    await drivers.aws_glue_database.unarchive(refOf(db2), LATER);
    await drivers.aws_glue_table.unarchive(refOf(t2), LATER);
    // Tags dpn applied and the blueprint dropped are removed; the marker is not a tag and stays.
    expect(await drivers.aws_glue_database.read(refOf(db2), ctx)).toMatchObject({ createdBy: TX, archived: false, tags: { Team: 'finance' } });
    expect(await drivers.aws_glue_table.read(refOf(t2), ctx)).toMatchObject({ createdBy: TX, archived: false, tags: { Team: 'finance' } });
  });
});

describe('through the engine registry', () => {
  it("the registry's lazily loaded AWS drivers reach moto from the environment they are given", async () => {
    const registry = createDrivers(moto.env);
    try {
      const db = database('dataplatform_registry_gold_dev');
      const live = await registry.aws_glue_database?.create(db, ctx);
      expect(live?.physicalId).toBe(`arn:aws:glue:us-east-1:${ACCOUNT}:database/dataplatform_registry_gold_dev`);
      await registry.aws_glue_database?.delete(refOf(db), ctx);
      expect(await drivers.aws_glue_database.read(refOf(db), ctx)).toBeNull();
    } finally {
      closeDrivers(registry);
    }
  });
});
