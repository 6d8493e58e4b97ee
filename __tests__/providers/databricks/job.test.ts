// The job driver against the local Databricks server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { quartzFor } from '../../../src/providers/databricks/job.js';
import { ProviderError } from '../../../src/providers/driver.js';
import { reportingContext } from '../../support/before-create.js';
import { startDatabricksServer, type DatabricksServer } from '../../support/databricks-server.js';
import { context, drivers, ref, spec } from './fixtures.js';

let dbx: DatabricksServer;
let clusterId: string;
beforeAll(async () => {
  dbx = await startDatabricksServer({ pageSize: 2 });
});
afterAll(async () => {
  await dbx.stop();
});

const CLUSTER_KEY = 'dbx_cluster:dataplatform/dev/etl';
let ctx = context();

beforeEach(async () => {
  dbx.reset();
  const { dbx_cluster } = drivers(dbx);
  const cluster = await dbx_cluster.create(
    spec('dbx_cluster', 'etl', {
      cluster_name: 'etl',
      spark_version: '13.3.x-scala2.12',
      node_type_id: 'i3.xlarge',
      autoscale: { min_workers: 1, max_workers: 2 },
      cluster_type: 'job',
      custom_tags: {},
    }),
    context(),
  );
  clusterId = cluster.physicalId!;
  ctx = context({ [CLUSTER_KEY]: clusterId });
  dbx.requests.length = 0;
});

function jobSpec(overrides: Record<string, unknown> = {}, name = 'dataplatform-batch-daily-sales-load-daily-dev') {
  return spec('dbx_job', name, {
    name,
    job_type: 'batch',
    schedule: 'daily',
    tasks: [
      { task_key: 'load', notebook_task: { notebook_path: '/Repos/etl/load' } },
      { task_key: 'serverless', notebook_task: { notebook_path: '/x' }, environment_key: 'default' },
    ],
    clusterKey: CLUSTER_KEY,
    tags: { Environment: 'dev' },
    ...overrides,
  });
}

describe('schedules', () => {
  it.each([
    ['daily', '0 0 0 * * ?'],
    ['hourly', '0 0 * * * ?'],
    ['weekly', '0 0 0 ? * MON'],
    ['monthly', '0 0 0 1 * ?'],
    ['0 30 2 * * ?', '0 30 2 * * ?'],
    ['0  15 10 ? * MON-FRI 2027', '0 15 10 ? * MON-FRI 2027'],
  ])('%s is the Quartz expression %s', (word, quartz) => {
    expect(quartzFor(word)).toBe(quartz);
  });

  it('refuses what is neither a word nor Quartz', () => {
    expect(() => quartzFor('every tuesday', 'k')).toThrow(/k: schedule "every tuesday" is neither/);
    expect(() => quartzFor('0 0 * * *')).toThrow(/Quartz/);
  });
});

describe('dbx_job', () => {
  it('reports what it found under the name before it creates anything (the engine logs it ahead)', async () => {
    const { dbx_job } = drivers(dbx);
    expect(dbx_job.looksBeforeCreate).toBe(true);
    const first = reportingContext(ctx, () => dbx.state.jobs.size);
    const made = await dbx_job.create(jobSpec(), first.ctx);
    expect(first.reports).toEqual([{ found: null, platform: 0 }]);
    const again = reportingContext(ctx, () => dbx.state.jobs.size);
    await dbx_job.create(jobSpec(), again.ctx);
    expect(again.reports).toEqual([{ found: expect.objectContaining({ physicalId: made.physicalId }), platform: 1 }]);
  });

  it('creates a job on its cluster, scheduled in UTC, and reads back the same params', async () => {
    const { dbx_job } = drivers(dbx);
    const s = jobSpec();
    const live = await dbx_job.create(s, ctx);
    const stored = dbx.state.jobs.get(Number(live.physicalId));
    expect(stored?.settings).toMatchObject({
      name: s.name,
      schedule: { quartz_cron_expression: '0 0 0 * * ?', timezone_id: 'UTC', pause_status: 'UNPAUSED' },
      tags: { Environment: 'dev' },
      tasks: [
        { task_key: 'load', existing_cluster_id: clusterId },
        { task_key: 'serverless', environment_key: 'default' },
      ],
    });
    expect((stored?.settings.tasks as Array<Record<string, unknown>>)[1]).not.toHaveProperty('existing_cluster_id');
    const read = await dbx_job.read(ref(s, live), ctx);
    expect(read?.params).toEqual(s.params);
    expect(read?.archived).toBe(false);
  });

  it('says which cluster is missing when the job cluster was not applied', async () => {
    const { dbx_job } = drivers(dbx);
    const error = (await dbx_job.create(jobSpec(), context()).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain(`its cluster ${CLUSTER_KEY} has not been applied yet`);
    expect(dbx.state.jobs.size).toBe(0);
  });

  it('finds an existing job by name across list pages and adopts it', async () => {
    const { dbx_job } = drivers(dbx);
    for (const n of ['x', 'y', 'z']) await dbx_job.create(jobSpec({ name: n }, n), ctx);
    const s = jobSpec();
    const first = await dbx_job.create(s, ctx);
    const again = await dbx_job.create(s, ctx);
    expect(again.physicalId).toBe(first.physicalId);
    expect(dbx.state.jobs.size).toBe(4);
    const byName = dbx.requests.filter((r) => r.path === '/api/2.2/jobs/list');
    expect(byName.every((r) => r.query.name !== undefined)).toBe(true);
  });

  it('pages through same-named jobs with other settings to adopt the matching one', async () => {
    const { dbx_job } = drivers(dbx);
    const s = jobSpec();
    const target = await dbx_job.create(s, ctx);
    const job = dbx.state.jobs.get(Number(target.physicalId))!;
    // Two jobs with the same name and other tags, listed before it (the server lists in insertion order).
    dbx.state.jobs.clear();
    for (const id of [1, 2]) {
      dbx.state.jobs.set(id, { ...structuredClone(job), job_id: id, settings: { ...structuredClone(job.settings), tags: { n: String(id) } } });
    }
    dbx.state.jobs.set(job.job_id, job);
    dbx.requests.length = 0;
    const adopted = await dbx_job.create(s, ctx);
    expect(adopted.physicalId).toBe(target.physicalId);
    expect(dbx.state.jobs.size).toBe(3);
    expect(dbx.requests.filter((r) => r.path === '/api/2.2/jobs/list')).toHaveLength(2);
  });

  it('refuses to create over a same-named job with other settings', async () => {
    const { dbx_job } = drivers(dbx);
    await dbx_job.create(jobSpec(), ctx);
    const error = (await dbx_job.create(jobSpec({ schedule: 'hourly' }), ctx).catch((e: unknown) => e)) as ProviderError;
    expect(error.kind).toBe('conflict');
    expect(error.message).toMatch(/a job named "dataplatform-batch-daily-sales-load-daily-dev" already exists \(job \d+\)/);
  });

  it('refuses more than 25 tags', async () => {
    const { dbx_job } = drivers(dbx);
    const tags = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`t${i}`, 'v']));
    await expect(dbx_job.create(jobSpec({ tags }), ctx)).rejects.toThrow(/at most 25 tags and dpn keeps one for its creation marker, so 24; this one has 26, remove 2/);
  });

  it('reads a deleted job as null', async () => {
    const { dbx_job } = drivers(dbx);
    const s = jobSpec();
    expect(await dbx_job.read({ ...ref(s), physicalId: '999999' }, ctx)).toBeNull();
    expect(dbx.requests.at(-1)?.status).toBe(404);
  });

  it('also reads the older 400 INVALID_PARAMETER_VALUE "Job … does not exist." as null', async () => {
    const { dbx_job } = drivers(dbx);
    dbx.faults.inject('/api/2.2/jobs/get', [
      { status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'Job 123 does not exist.' } },
    ]);
    expect(await dbx_job.read({ ...ref(jobSpec()), physicalId: '123' }, ctx)).toBeNull();
  });

  it('updates with jobs/reset and reports a custom Quartz schedule as written', async () => {
    const { dbx_job } = drivers(dbx);
    const s = jobSpec();
    const live = await dbx_job.create(s, ctx);
    const changed = jobSpec({ schedule: '0 30 2 * * ?', tags: { Environment: 'dev', Team: 'sales' } });
    await dbx_job.update(changed, ref(s, live), ctx);
    const reset = dbx.requests.find((r) => r.path === '/api/2.2/jobs/reset');
    expect(reset?.body).toMatchObject({ job_id: Number(live.physicalId), new_settings: { name: s.name } });
    const read = await dbx_job.read(ref(changed, live), ctx);
    expect(read?.params).toEqual(changed.params);
  });

  it('archives by pausing the schedule, unarchives, and deletes idempotently', async () => {
    const { dbx_job } = drivers(dbx);
    const s = jobSpec();
    const live = await dbx_job.create(s, ctx);
    const r = ref(s, live);
    await dbx_job.archive(r, ctx);
    await dbx_job.archive(r, ctx);
    const settings = dbx.state.jobs.get(Number(live.physicalId))!.settings;
    expect(settings.schedule).toMatchObject({ pause_status: 'PAUSED', quartz_cron_expression: '0 0 0 * * ?' });
    expect(settings.tasks).toHaveLength(2);
    const archived = await dbx_job.read(r, ctx);
    expect(archived?.archived).toBe(true);
    expect(archived?.params.tags).toEqual({ Environment: 'dev' });

    await dbx_job.unarchive!(r, ctx);
    expect(dbx.state.jobs.get(Number(live.physicalId))!.settings.schedule).toMatchObject({ pause_status: 'UNPAUSED' });
    expect((await dbx_job.read(r, ctx))?.archived).toBe(false);

    await dbx_job.delete(r, ctx);
    await dbx_job.delete(r, ctx);
    expect(dbx.state.jobs.size).toBe(0);
  });

  it('marks an unscheduled job archived with a tag', async () => {
    const { dbx_job } = drivers(dbx);
    const s = jobSpec({ schedule: undefined });
    const live = await dbx_job.create(s, ctx);
    await dbx_job.archive(ref(s, live), ctx);
    expect(dbx.state.jobs.get(Number(live.physicalId))!.settings.tags).toEqual({ Environment: 'dev', dpn_archived: 'true' });
    expect((await dbx_job.read(ref(s, live), ctx))?.archived).toBe(true);
  });

  it('brings an archived job back when it is created again', async () => {
    const { dbx_job } = drivers(dbx);
    const s = jobSpec();
    const live = await dbx_job.create(s, ctx);
    await dbx_job.archive(ref(s, live), ctx);
    const again = await dbx_job.create(s, ctx);
    expect(again.physicalId).toBe(live.physicalId);
    expect(again.archived).toBe(false);
    expect(dbx.state.jobs.get(Number(live.physicalId))!.settings.schedule).toMatchObject({ pause_status: 'UNPAUSED' });
  });
});
