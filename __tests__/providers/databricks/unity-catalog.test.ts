// Catalog and schema drivers against the local Databricks server, with duplicates answered 409 and 400.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/providers/driver.js';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';
import { context, drivers, ref, spec } from './fixtures.js';

const ctx = context();

function catalogSpec(overrides: Record<string, unknown> = {}, name = 'dataplatform_dev_dev') {
  return spec('dbx_catalog', name, { name, comment: 'dev catalog', properties: { owner_team: 'data' }, ...overrides });
}

function schemaSpec(overrides: Record<string, unknown> = {}, name = 'customer_gold') {
  const s = spec('dbx_schema', name, { name, catalog_name: 'dataplatform_dev_dev', properties: {}, ...overrides });
  return { ...s, fullName: `dataplatform_dev_dev.${name}` };
}

for (const duplicateStatus of [409, 400] as const) {
  describe(`Unity Catalog, duplicates answered ${duplicateStatus}`, () => {
    let dbx: DatabricksServer;
    beforeAll(async () => {
      dbx = await startDatabricksServer({ duplicateStatus });
    });
    afterAll(async () => {
      await dbx.stop();
    });
    beforeEach(() => dbx.reset());

    it('creates a catalog, then adopts it on a repeated create', async () => {
      const { dbx_catalog } = drivers(dbx);
      const s = catalogSpec({ storage_root: 's3://bucket/dev/' });
      const live = await dbx_catalog.create(s, ctx);
      expect(live.params).toEqual(s.params);
      const again = await dbx_catalog.create(catalogSpec({ storage_root: 's3://bucket/dev' }), ctx);
      expect(again.params.name).toBe('dataplatform_dev_dev');
      const duplicate = dbx.requests.filter((r) => r.path === '/api/2.1/unity-catalog/catalogs' && r.method === 'POST');
      expect(duplicate.map((r) => r.status)).toEqual([200, duplicateStatus]);
      expect(dbx.state.catalogs.size).toBe(1);
    });

    it('refuses to adopt a catalog with other settings, naming them', async () => {
      const { dbx_catalog } = drivers(dbx);
      await dbx_catalog.create(catalogSpec(), ctx);
      const error = (await dbx_catalog
        .create(catalogSpec({ comment: 'other', properties: { owner_team: 'ml' } }), ctx)
        .catch((e: unknown) => e)) as ProviderError;
      expect(error).toBeInstanceOf(ProviderError);
      expect(error.kind).toBe('conflict');
      expect(error.message).toMatch(/catalog dataplatform_dev_dev already exists with other settings \(properties, comment\)/);
    });

    it('creates a schema, adopts a duplicate, and refuses one with other settings', async () => {
      const { dbx_catalog, dbx_schema } = drivers(dbx);
      await dbx_catalog.create(catalogSpec(), ctx);
      const s = schemaSpec();
      expect((await dbx_schema.create(s, ctx)).params).toEqual(s.params);
      expect((await dbx_schema.create(s, ctx)).params).toEqual(s.params);
      await expect(dbx_schema.create(schemaSpec({ comment: 'x' }), ctx)).rejects.toMatchObject({ kind: 'conflict' });
      expect([...dbx.state.schemas.keys()]).toEqual(['dataplatform_dev_dev.customer_gold']);
    });
  });
}

describe('Unity Catalog lifecycle', () => {
  let dbx: DatabricksServer;
  beforeAll(async () => {
    dbx = await startDatabricksServer();
  });
  afterAll(async () => {
    await dbx.stop();
  });
  beforeEach(() => dbx.reset());

  it('reads a missing catalog or schema (404 RESOURCE_DOES_NOT_EXIST) as null', async () => {
    const { dbx_catalog, dbx_schema } = drivers(dbx);
    expect(await dbx_catalog.read(ref(catalogSpec()), ctx)).toBeNull();
    expect(await dbx_schema.read(ref(schemaSpec()), ctx)).toBeNull();
    expect(dbx.requests.map((r) => r.status)).toEqual([404, 404]);
  });

  it('reports names as the blueprint spells them although Unity Catalog stores them lowercase', async () => {
    const { dbx_catalog } = drivers(dbx);
    const s = catalogSpec({}, 'Sales_Dev');
    await dbx_catalog.create(s, ctx);
    expect([...dbx.state.catalogs.keys()]).toEqual(['sales_dev']);
    expect((await dbx_catalog.read(ref(s), ctx))?.params).toEqual(s.params);
    expect(await dbx_catalog.create(s, ctx)).toMatchObject({ params: { name: 'Sales_Dev' } });
  });

  it('reads any 404 as missing, whatever its error_code', async () => {
    const { dbx_catalog } = drivers(dbx);
    dbx.faults.inject(/\/catalogs\//, [{ status: 404, body: { error_code: 'CATALOG_DOES_NOT_EXIST', message: 'Catalog x does not exist.' } }]);
    expect(await dbx_catalog.read(ref(catalogSpec()), ctx)).toBeNull();
  });

  it('updates comment and properties with PATCH and reads them back', async () => {
    const { dbx_catalog } = drivers(dbx);
    const s = catalogSpec();
    await dbx_catalog.create(s, ctx);
    const changed = catalogSpec({ comment: undefined, properties: { owner_team: 'ml', tier: 'gold' } });
    await dbx_catalog.update(changed, ref(s), ctx);
    const patch = dbx.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe('/api/2.1/unity-catalog/catalogs/dataplatform_dev_dev');
    expect((await dbx_catalog.read(ref(changed), ctx))?.params).toEqual({
      name: 'dataplatform_dev_dev',
      properties: { owner_team: 'ml', tier: 'gold' },
    });
  });

  it('renames a schema in place', async () => {
    const { dbx_catalog, dbx_schema } = drivers(dbx);
    await dbx_catalog.create(catalogSpec(), ctx);
    const s = schemaSpec();
    await dbx_schema.create(s, ctx);
    const renamed = schemaSpec({}, 'customers_gold');
    await dbx_schema.update(renamed, ref(s), ctx);
    expect([...dbx.state.schemas.keys()]).toEqual(['dataplatform_dev_dev.customers_gold']);
  });

  it('refuses to move a catalog to another storage root', async () => {
    const { dbx_catalog } = drivers(dbx);
    const s = catalogSpec({ storage_root: 's3://a' });
    await dbx_catalog.create(s, ctx);
    await expect(dbx_catalog.update(catalogSpec({ storage_root: 's3://b' }), ref(s), ctx)).rejects.toThrow(
      /cannot change storage_root in place \(s3:\/\/a → s3:\/\/b\); it needs a replace/,
    );
  });

  it('archives with a property, hides it from params, unarchives, and deletes with force', async () => {
    const { dbx_catalog, dbx_schema } = drivers(dbx);
    const c = catalogSpec();
    await dbx_catalog.create(c, ctx);
    const s = schemaSpec();
    await dbx_schema.create(s, ctx);

    await dbx_schema.archive(ref(s), ctx);
    await dbx_schema.archive(ref(s), ctx);
    expect(dbx.state.schemas.get('dataplatform_dev_dev.customer_gold')?.properties).toEqual({ dpn_archived: 'true' });
    const archived = await dbx_schema.read(ref(s), ctx);
    expect(archived).toMatchObject({ archived: true, params: s.params });
    await dbx_schema.unarchive!(ref(s), ctx);
    expect((await dbx_schema.read(ref(s), ctx))?.archived).toBe(false);

    await dbx_catalog.archive(ref(c), ctx);
    // Creating it again brings it back.
    expect((await dbx_catalog.create(c, ctx)).archived).toBe(false);

    await dbx_catalog.delete(ref(c), ctx);
    await dbx_catalog.delete(ref(c), ctx);
    const deletes = dbx.requests.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => [r.query.force, r.status])).toEqual([
      ['true', 200],
      ['true', 404],
    ]);
    expect(dbx.state.catalogs.size + dbx.state.schemas.size).toBe(0);
  });

  it('reports 403 PERMISSION_DENIED as a permission error', async () => {
    const denied = await startDatabricksServer({ denyPaths: [/unity-catalog\/catalogs$/] });
    try {
      const { dbx_catalog } = drivers(denied);
      await expect(dbx_catalog.create(catalogSpec(), ctx)).rejects.toMatchObject({
        kind: 'permission',
        details: { status: 403, code: 'PERMISSION_DENIED' },
      });
    } finally {
      await denied.stop();
    }
  });
});
