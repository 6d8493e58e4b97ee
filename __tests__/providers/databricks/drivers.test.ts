// Building the Databricks drivers needs no configuration; using one without it says what is missing.
import { expect, it } from 'vitest';
import { createDatabricksDrivers } from '../../../src/providers/databricks/index.js';
import { ProviderError } from '../../../src/providers/driver.js';
import { context, spec } from './fixtures.js';

it('builds without credentials and names DATABRICKS_HOST on first use', async () => {
  let calls = 0;
  const drivers = createDatabricksDrivers({
    env: {},
    fetch: async () => {
      calls++;
      return new Response('{}');
    },
  });
  expect(Object.keys(drivers).sort()).toEqual(['dbx_catalog', 'dbx_cluster', 'dbx_job', 'dbx_schema', 'dbx_table']);
  expect(Object.values(drivers).map((d) => d.type).sort()).toEqual(Object.keys(drivers).sort());
  const error = await drivers.dbx_catalog.read(spec('dbx_catalog', 'c', { name: 'c', properties: {} }), context()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProviderError);
  expect((error as ProviderError).kind).toBe('invalid');
  expect((error as ProviderError).message).toMatch(/DATABRICKS_HOST is not set/);
  expect(calls).toBe(0);
});

it('uses the fetch it is given', async () => {
  const seen: string[] = [];
  const drivers = createDatabricksDrivers({
    env: { DATABRICKS_HOST: 'dbc-1.cloud.databricks.com/', DATABRICKS_TOKEN: 'dapi-x' },
    fetch: async (url) => {
      seen.push(String(url));
      return new Response(JSON.stringify({ error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'nope' }), { status: 404 });
    },
  });
  expect(await drivers.dbx_catalog.read(spec('dbx_catalog', 'main', { name: 'main', properties: {} }), context())).toBeNull();
  expect(seen).toEqual(['https://dbc-1.cloud.databricks.com/api/2.1/unity-catalog/catalogs/main']);
});
