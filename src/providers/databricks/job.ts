// Driver for Databricks jobs (Jobs API 2.2). Job names are not unique, so create looks the name up
// first and adopts a job with the same settings. The job's cluster is a resource key resolved at apply
// time; tasks that name no compute run on it. Archive pauses the schedule and marks the job with a
// `dpn_archived` tag; update replaces the settings (jobs/reset). A job this driver creates carries the
// tag `dpn_created_by=<transaction>` from jobs/create itself; a reset sends the live marker back.
import type { ResourceSpec } from '../../blueprint/types.js';
import type { Driver, DriverContext, LiveResource, ResourceRef } from '../driver.js';
import {
  ARCHIVED_MARK,
  conflict,
  containsAll,
  createdByOf,
  deepEqual,
  invalid,
  isMissing,
  keepCreatedBy,
  notFound,
  optionalString,
  projectOnto,
  refuseMarks,
  stringMapParam,
  stringParam,
  withCreatedBy,
  withSignal,
  withoutKey,
  withoutMarks,
  type ClientSource,
} from './common.js';

const API = '/api/2.2/jobs';
export const MAX_JOB_TAGS = 25;

/** v1.0 schedule words and the Quartz expressions they stand for (all UTC). */
export const SCHEDULE_WORDS: Record<string, string> = {
  hourly: '0 0 * * * ?',
  daily: '0 0 0 * * ?',
  weekly: '0 0 0 ? * MON',
  monthly: '0 0 0 1 * ?',
};

/** Fields by which a task names its own compute; a task with none runs on the job's cluster. */
const COMPUTE_FIELDS = ['existing_cluster_id', 'new_cluster', 'job_cluster_key', 'environment_key', 'compute_key'];

interface JobSchedule {
  quartz_cron_expression: string;
  timezone_id: string;
  pause_status?: 'PAUSED' | 'UNPAUSED';
}

interface JobSettings {
  name: string;
  tags?: Record<string, string>;
  tasks?: Array<Record<string, unknown>>;
  schedule?: JobSchedule;
  [field: string]: unknown;
}

interface JobInfo {
  job_id: number;
  settings?: JobSettings;
}

/** A schedule word or a Quartz expression → Quartz; anything else is refused before any call. */
export function quartzFor(schedule: string, key = 'job'): string {
  const word = SCHEDULE_WORDS[schedule.trim().toLowerCase()];
  if (word) return word;
  const fields = schedule.trim().split(/\s+/);
  const quartzField = /^[0-9A-Za-z*?\/,\-#LW]+$/;
  if ((fields.length === 6 || fields.length === 7) && fields.every((f) => quartzField.test(f))) return fields.join(' ');
  throw invalid(
    `${key}: schedule ${JSON.stringify(schedule)} is neither hourly, daily, weekly, monthly nor a Quartz cron expression (e.g. "0 30 2 * * ?")`,
    'INVALID_SCHEDULE',
  );
}

/** Quartz → the spelling the blueprint used when it means the same, else a word when one fits, else Quartz. */
function scheduleParam(cron: string, recorded: unknown): string {
  if (typeof recorded === 'string') {
    try {
      if (quartzFor(recorded) === cron.trim().split(/\s+/).join(' ')) return recorded;
    } catch {
      // the recorded spelling was not valid; report the platform's
    }
  }
  return Object.entries(SCHEDULE_WORDS).find(([, q]) => q === cron)?.[0] ?? cron;
}

function jobId(physicalId: string, key: string): number {
  const id = Number(physicalId);
  if (!Number.isSafeInteger(id) || id <= 0) throw invalid(`${key}: job id ${JSON.stringify(physicalId)} is not a job id`);
  return id;
}

function desiredSettings(spec: { key: string; params: Record<string, unknown> }, ctx: DriverContext): JobSettings {
  const { key, params } = spec;
  const tags = stringMapParam(params, key, 'tags');
  const tagCount = Object.keys(tags).length;
  // One tag stays free for the creation marker.
  const room = MAX_JOB_TAGS - 1;
  if (tagCount > room) {
    throw invalid(
      `${key}: a Databricks job takes at most ${MAX_JOB_TAGS} tags and dpn keeps one for its creation marker, so ${room}; this one has ${tagCount}, remove ${tagCount - room}`,
      'TOO_MANY_TAGS',
    );
  }
  refuseMarks(tags, key, 'tags');
  const rawTasks = params.tasks ?? [];
  if (!Array.isArray(rawTasks) || rawTasks.some((t) => typeof t !== 'object' || t === null || Array.isArray(t))) {
    throw invalid(`${key}: params.tasks must be a list of task objects`);
  }
  const tasks = structuredClone(rawTasks as Array<Record<string, unknown>>);
  const needsCluster = tasks.filter((t) => !COMPUTE_FIELDS.some((f) => t[f] !== undefined));
  if (needsCluster.length > 0) {
    const clusterKey = stringParam(params, key, 'clusterKey');
    const clusterId = ctx.resolve(clusterKey)?.physicalId;
    if (!clusterId) {
      throw invalid(`${key}: its cluster ${clusterKey} has not been applied yet (no cluster id in the state)`, 'UNRESOLVED_CLUSTER');
    }
    for (const task of needsCluster) task.existing_cluster_id = clusterId;
  }
  const settings: JobSettings = {
    name: stringParam(params, key, 'name'),
    tags,
    tasks,
  };
  if (Buffer.byteLength(settings.name) > 4096) throw invalid(`${key}: a job name is at most 4096 bytes`);
  const schedule = optionalString(params, key, 'schedule');
  if (schedule !== undefined) {
    settings.schedule = { quartz_cron_expression: quartzFor(schedule, key), timezone_id: 'UTC', pause_status: 'UNPAUSED' };
  }
  return settings;
}

/** Every task the blueprint sets matches the live task field by field (the platform adds defaults). */
function tasksMatch(live: Array<Record<string, unknown>>, wanted: Array<Record<string, unknown>>): boolean {
  if (live.length !== wanted.length) return false;
  return wanted.every((w) => {
    const l = live.find((t) => t.task_key === w.task_key);
    return l !== undefined && containsAll(l, w);
  });
}

/** The job's settings match `wanted`, ignoring dpn's archive mark and pause status. */
function sameSettings(live: JobSettings, wanted: JobSettings): boolean {
  const liveSchedule = live.schedule;
  const wantedSchedule = wanted.schedule;
  const schedulesMatch =
    (liveSchedule === undefined && wantedSchedule === undefined) ||
    (liveSchedule !== undefined &&
      wantedSchedule !== undefined &&
      liveSchedule.quartz_cron_expression === wantedSchedule.quartz_cron_expression &&
      liveSchedule.timezone_id === wantedSchedule.timezone_id);
  return (
    live.name === wanted.name &&
    deepEqual(withoutMarks(live.tags ?? {}), withoutMarks(wanted.tags ?? {})) &&
    schedulesMatch &&
    tasksMatch(live.tasks ?? [], wanted.tasks ?? [])
  );
}

function isArchived(settings: JobSettings): boolean {
  return settings.tags?.[ARCHIVED_MARK] === 'true' || settings.schedule?.pause_status === 'PAUSED';
}

/** Live tasks shown with the fields the blueprint sets, minus the cluster dpn filled in. */
function taskParams(live: Array<Record<string, unknown>>, recorded: unknown, clusterId: string | undefined) {
  const wanted = Array.isArray(recorded) ? (recorded as Array<Record<string, unknown>>) : [];
  return live.map((task) => {
    const spec = wanted.find((w) => w.task_key === task.task_key);
    if (!spec) return task;
    const shown = projectOnto(task, spec) as Record<string, unknown>;
    if (spec.existing_cluster_id === undefined && task.existing_cluster_id !== undefined && task.existing_cluster_id !== clusterId) {
      shown.existing_cluster_id = task.existing_cluster_id;
    }
    return shown;
  });
}

function toLive(info: JobInfo, ref: { params: Record<string, unknown> }, ctx: DriverContext): LiveResource {
  const settings = info.settings ?? { name: '' };
  const clusterKey = ref.params.clusterKey;
  const clusterId = typeof clusterKey === 'string' ? ctx.resolve(clusterKey)?.physicalId : undefined;
  const tags = withoutMarks(settings.tags ?? {});
  const params: Record<string, unknown> = {
    name: settings.name,
    job_type: ref.params.job_type,
    tasks: taskParams(settings.tasks ?? [], ref.params.tasks, clusterId),
    clusterKey,
    tags,
  };
  if (settings.schedule) params.schedule = scheduleParam(settings.schedule.quartz_cron_expression, ref.params.schedule);
  const live: LiveResource = { physicalId: String(info.job_id), params, tags, archived: isArchived(settings) };
  const createdBy = createdByOf(settings.tags);
  if (createdBy !== undefined) live.createdBy = createdBy;
  return live;
}

export function createJobDriver(client: ClientSource): Driver {
  async function get(id: number, ctx: DriverContext): Promise<JobInfo | null> {
    try {
      return await client().get<JobInfo>(`${API}/get`, withSignal(ctx, { query: { job_id: id } }));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Jobs with exactly this name, with full settings (list pages leave tasks out). */
  async function findByName(name: string, ctx: DriverContext): Promise<JobInfo[]> {
    const found: JobInfo[] = [];
    for await (const job of client().paginate<JobInfo>(`${API}/list`, 'jobs', withSignal(ctx, { query: { name, limit: 100 } }))) {
      if (job.settings?.name !== name) continue;
      const full = await get(job.job_id, ctx);
      if (full) found.push(full);
    }
    return found;
  }

  async function locate(ref: ResourceRef, ctx: DriverContext): Promise<JobInfo | null> {
    if (ref.physicalId) return get(jobId(ref.physicalId, ref.key), ctx);
    const name = typeof ref.params.name === 'string' ? ref.params.name : ref.name;
    const candidates = await findByName(name, ctx);
    // Prefer the job this transaction made, then one with dpn's settings.
    const mine = ctx.transaction === undefined ? undefined : candidates.find((j) => createdByOf(j.settings?.tags) === ctx.transaction);
    if (mine) return mine;
    let wanted: JobSettings | undefined;
    try {
      wanted = desiredSettings(ref, ctx);
    } catch {
      wanted = undefined;
    }
    return candidates.find((j) => wanted !== undefined && j.settings !== undefined && sameSettings(j.settings, wanted)) ?? candidates[0] ?? null;
  }

  return {
    type: 'dbx_job',
    looksBeforeCreate: true,

    async read(ref, ctx) {
      const info = await locate(ref, ctx);
      return info ? toLive(info, ref, ctx) : null;
    },

    async create(spec: ResourceSpec, ctx) {
      const settings = desiredSettings(spec, ctx);
      const existing = await findByName(settings.name, ctx);
      const same = existing.find((j) => j.settings && sameSettings(j.settings, settings));
      const found = same ?? existing[0];
      await ctx.beforeCreate?.(found ? toLive(found, spec, ctx) : null);
      if (same) {
        // Creating what was archived brings it back.
        if (same.settings && isArchived(same.settings)) {
          const revived = { ...settings, tags: keepCreatedBy(settings.tags ?? {}, same.settings.tags) };
          await client().post(`${API}/reset`, { job_id: same.job_id, new_settings: revived }, withSignal(ctx));
          return toLive({ job_id: same.job_id, settings: revived }, spec, ctx);
        }
        return toLive(same, spec, ctx);
      }
      if (existing.length > 0) {
        throw conflict(
          `${spec.key}: a job named ${JSON.stringify(settings.name)} already exists (job ${existing[0]!.job_id}) with other settings; ` +
            'adopt it by making the blueprint match, or rename',
        );
      }
      const marked = { ...settings, tags: withCreatedBy(settings.tags ?? {}, ctx) };
      const created = await client().post<{ job_id?: number }>(`${API}/create`, marked, withSignal(ctx));
      if (typeof created.job_id !== 'number') throw invalid(`${spec.key}: jobs/create answered without a job_id`, 'BAD_RESPONSE');
      return toLive({ job_id: created.job_id, settings: marked }, spec, ctx);
    },

    async update(spec, current, ctx) {
      const settings = desiredSettings(spec, ctx);
      const live = await locate(current, ctx);
      if (!live) throw notFound(`${spec.key}: job ${current.physicalId ?? current.name} no longer exists`);
      const kept = { ...settings, tags: keepCreatedBy(settings.tags ?? {}, live.settings?.tags) };
      await client().post(`${API}/reset`, { job_id: live.job_id, new_settings: kept }, withSignal(ctx));
      return toLive({ job_id: live.job_id, settings: kept }, spec, ctx);
    },

    async archive(ref, ctx) {
      const live = await locate(ref, ctx);
      if (!live?.settings) return;
      const tags = live.settings.tags ?? {};
      const update: Partial<JobSettings> = {};
      if (live.settings.schedule && live.settings.schedule.pause_status !== 'PAUSED') {
        update.schedule = { ...live.settings.schedule, pause_status: 'PAUSED' };
      }
      // The mark lets `read` report the archive even for an unscheduled job; skip it when tags are full.
      if (tags[ARCHIVED_MARK] !== 'true' && Object.keys(tags).length < MAX_JOB_TAGS) {
        update.tags = { ...tags, [ARCHIVED_MARK]: 'true' };
      }
      if (Object.keys(update).length === 0) return;
      await client().post(`${API}/update`, { job_id: live.job_id, new_settings: update }, withSignal(ctx));
    },

    async unarchive(ref, ctx) {
      const live = await locate(ref, ctx);
      if (!live?.settings) throw notFound(`${ref.key}: job ${ref.physicalId ?? ref.name} no longer exists`);
      const update: Partial<JobSettings> = {};
      if (live.settings.schedule?.pause_status === 'PAUSED') {
        update.schedule = { ...live.settings.schedule, pause_status: 'UNPAUSED' };
      }
      if (live.settings.tags?.[ARCHIVED_MARK] !== undefined) update.tags = withoutKey(live.settings.tags, ARCHIVED_MARK);
      if (Object.keys(update).length === 0) return;
      await client().post(`${API}/update`, { job_id: live.job_id, new_settings: update }, withSignal(ctx));
    },

    async delete(ref, ctx) {
      const live = await locate(ref, ctx);
      if (!live) return;
      try {
        await client().post(`${API}/delete`, { job_id: live.job_id }, withSignal(ctx));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}
