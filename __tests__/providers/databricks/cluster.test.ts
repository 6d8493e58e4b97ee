// The cluster driver against the local Databricks server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/providers/driver.js';
import { reportingContext } from '../../support/before-create.js';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';
import { context, drivers, ref, spec } from './fixtures.js';

let dbx: DatabricksServer;
beforeAll(async () => {
  dbx = await startDatabricksServer({ pageSize: 2 });
});
afterAll(async () => {
  await dbx.stop();
});
beforeEach(() => dbx.reset());

const ctx = context();

function clusterSpec(overrides: Record<string, unknown> = {}, name = 'dataplatform-etl-shared-dev') {
  return spec('dbx_cluster', name, {
    cluster_name: name,
    spark_version: '13.3.x-scala2.12',
    node_type_id: 'i3.xlarge',
    autoscale: { min_workers: 2, max_workers: 8 },
    cluster_type: 'shared',
    custom_tags: { Environment: 'dev', ManagedBy: 'dpn' },
    ...overrides,
  });
}

describe('dbx_cluster', () => {
  it('creates a cluster and reads back the same params', async () => {
    const { dbx_cluster } = drivers(dbx);
    const s = clusterSpec();
    const live = await dbx_cluster.create(s, ctx);
    expect(live.physicalId).toMatch(/^\d{4}-\d{6}-\w+$/);
    const stored = dbx.state.clusters.get(live.physicalId!);
    expect(stored).toMatchObject({
      cluster_name: 'dataplatform-etl-shared-dev',
      data_security_mode: 'USER_ISOLATION',
      autoscale: { min_workers: 2, max_workers: 8 },
      custom_tags: { Environment: 'dev', ManagedBy: 'dpn' },
    });
    const read = await dbx_cluster.read(ref(s, live), ctx);
    expect(read?.params).toEqual(s.params);
    expect(read?.tags).toEqual({ Environment: 'dev', ManagedBy: 'dpn' });
  });

  it('maps cluster_type to an access mode, with the service principal as the dedicated user', async () => {
    const { dbx_cluster } = drivers(dbx, dbx.m2mEnv);
    const dedicated = await dbx_cluster.create(clusterSpec({ cluster_type: 'dedicated' }, 'd'), ctx);
    const job = await dbx_cluster.create(clusterSpec({ cluster_type: 'job' }, 'j'), ctx);
    expect(dbx.state.clusters.get(dedicated.physicalId!)).toMatchObject({
      data_security_mode: 'SINGLE_USER',
      single_user_name: dbx.clientId,
    });
    expect(dbx.state.clusters.get(job.physicalId!)?.data_security_mode).toBe('SINGLE_USER');
    const jobSpec = clusterSpec({ cluster_type: 'job' }, 'j');
    expect((await dbx_cluster.read(ref(jobSpec, job), ctx))?.params.cluster_type).toBe('job');
    await expect(dbx_cluster.create(clusterSpec({ cluster_type: 'gpu' }, 'g'), ctx)).rejects.toThrow(
      /cluster_type "gpu" must be shared, dedicated or job/,
    );
  });

  it('adopts an existing cluster with the same name and settings, found on a later list page', async () => {
    const { dbx_cluster } = drivers(dbx);
    for (const name of ['a', 'b', 'c']) await dbx_cluster.create(clusterSpec({}, name), ctx);
    const first = await dbx_cluster.create(clusterSpec(), ctx);
    const again = await dbx_cluster.create(clusterSpec(), ctx);
    expect(again.physicalId).toBe(first.physicalId);
    expect(dbx.state.clusters.size).toBe(4);
    const lists = dbx.requests.filter((r) => r.path === '/api/2.1/clusters/list' && r.query.page_token);
    expect(lists.length).toBeGreaterThan(0);
  });

  it('reports what it found under the name before it creates anything (the engine logs it ahead)', async () => {
    const { dbx_cluster } = drivers(dbx);
    expect(dbx_cluster.looksBeforeCreate).toBe(true);
    const first = reportingContext(ctx, () => dbx.state.clusters.size);
    const made = await dbx_cluster.create(clusterSpec(), first.ctx);
    expect(first.reports).toEqual([{ found: null, platform: 0 }]);
    const again = reportingContext(ctx, () => dbx.state.clusters.size);
    await dbx_cluster.create(clusterSpec(), again.ctx);
    expect(again.reports).toEqual([{ found: expect.objectContaining({ physicalId: made.physicalId }), platform: 1 }]);
  });

  it('refuses to create over a same-named cluster with other settings', async () => {
    const { dbx_cluster } = drivers(dbx);
    await dbx_cluster.create(clusterSpec(), ctx);
    const error = await dbx_cluster.create(clusterSpec({ node_type_id: 'r5.large' }), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('conflict');
    expect((error as ProviderError).message).toMatch(/already exists .* with other settings \(node_type_id\)/);
    expect(dbx.state.clusters.size).toBe(1);
  });

  it('refuses more than 45 custom tags before calling Databricks', async () => {
    const { dbx_cluster } = drivers(dbx);
    const tags = Object.fromEntries(Array.from({ length: 46 }, (_, i) => [`k${i}`, 'v']));
    const error = (await dbx_cluster.create(clusterSpec({ custom_tags: tags }), ctx).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/at most 45 custom tags and dpn keeps one for its creation marker, so 44; this one has 46, remove 2/);
    expect(dbx.requests).toHaveLength(0);
  });

  it('reads a missing cluster (HTTP 400 INVALID_PARAMETER_VALUE) as null', async () => {
    const { dbx_cluster } = drivers(dbx);
    const s = clusterSpec();
    expect(await dbx_cluster.read({ ...ref(s), physicalId: '0000-000000-gone' }, ctx)).toBeNull();
    expect(dbx.requests.at(-1)?.status).toBe(400);
  });

  it('reads a cluster Databricks has forgotten (terminated over 30 days ago) as null', async () => {
    const { dbx_cluster } = drivers(dbx);
    dbx.faults.inject('/api/2.1/clusters/get', [
      {
        status: 400,
        body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'Cannot access cluster 0101-000000-old that was terminated or unpinned more than 30 days ago.' },
      },
    ]);
    expect(await dbx_cluster.read({ ...ref(clusterSpec()), physicalId: '0101-000000-old' }, ctx)).toBeNull();
  });

  it('finds the cluster by name when the state has no id (a crash after create)', async () => {
    const { dbx_cluster } = drivers(dbx);
    const s = clusterSpec();
    const live = await dbx_cluster.create(s, ctx);
    expect((await dbx_cluster.read(ref(s), ctx))?.physicalId).toBe(live.physicalId);
    expect(await dbx_cluster.read(ref(clusterSpec({}, 'never-made')), ctx)).toBeNull();
  });

  it('prefers the same-named cluster with the wanted settings when reading by name', async () => {
    const { dbx_cluster } = drivers(dbx);
    const other = await dbx_cluster.create(clusterSpec({ node_type_id: 'r5.large' }), ctx);
    dbx.state.clusters.set('1122-000000-mine', { ...dbx.state.clusters.get(other.physicalId!)!, cluster_id: '1122-000000-mine', node_type_id: 'i3.xlarge' });
    expect((await dbx_cluster.read(ref(clusterSpec()), ctx))?.physicalId).toBe('1122-000000-mine');
  });

  it('edits with the full spec, keeping settings dpn does not manage, and skips a no-op edit', async () => {
    const { dbx_cluster } = drivers(dbx);
    const s = clusterSpec();
    const live = await dbx_cluster.create(s, ctx);
    dbx.state.clusters.get(live.physicalId!)!.autotermination_minutes = 30;
    await dbx_cluster.update(s, ref(s, live), ctx);
    expect(dbx.requests.filter((r) => r.path === '/api/2.1/clusters/edit')).toHaveLength(0);

    const bigger = clusterSpec({ autoscale: { min_workers: 2, max_workers: 16 } });
    const updated = await dbx_cluster.update(bigger, ref(s, live), ctx);
    expect(updated.physicalId).toBe(live.physicalId);
    const edit = dbx.requests.find((r) => r.path === '/api/2.1/clusters/edit');
    expect(edit?.body).toMatchObject({
      cluster_id: live.physicalId,
      cluster_name: s.name,
      spark_version: '13.3.x-scala2.12',
      autoscale: { min_workers: 2, max_workers: 16 },
      autotermination_minutes: 30,
    });
    // clusters/edit replaces the whole spec: settings outside dpn survive only because dpn carried them.
    expect(dbx.state.clusters.get(live.physicalId!)).toMatchObject({ autotermination_minutes: 30, enable_elastic_disk: true });
    expect((await dbx_cluster.read(ref(bigger, live), ctx))?.params).toEqual(bigger.params);
  });

  it('archives by terminating, unarchives by starting, deletes permanently, and repeats safely', async () => {
    const { dbx_cluster } = drivers(dbx);
    const s = clusterSpec();
    const live = await dbx_cluster.create(s, ctx);
    const r = ref(s, live);
    await dbx_cluster.archive(r, ctx);
    await dbx_cluster.archive(r, ctx);
    expect(dbx.state.clusters.get(live.physicalId!)?.state).toBe('TERMINATED');
    await dbx_cluster.unarchive!(r, ctx);
    await dbx_cluster.unarchive!(r, ctx);
    expect(dbx.state.clusters.get(live.physicalId!)?.state).toBe('RUNNING');
    await dbx_cluster.delete(r, ctx);
    await dbx_cluster.delete(r, ctx);
    expect(dbx.state.clusters.size).toBe(0);
    expect(await dbx_cluster.read(r, ctx)).toBeNull();
  });

  it('reports a cluster that is still starting as a transient error on edit', async () => {
    const { dbx_cluster } = drivers(dbx);
    const s = clusterSpec();
    const live = await dbx_cluster.create(s, ctx);
    dbx.state.clusters.get(live.physicalId!)!.state = 'PENDING';
    const error = (await dbx_cluster
      .update(clusterSpec({ spark_version: '14.3.x-scala2.12' }), ref(s, live), ctx)
      .catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('transient');
    expect(error.details.code).toBe('INVALID_STATE');
  });
});
