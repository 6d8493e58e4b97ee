// Benchmark of the transaction engine (`npm run bench -- engine`):
//  1. 1,000 resources (100 Glue databases × 9 tables) through execute() with a
//     driver that waits 50 ms a call, at concurrency 1, 8 and 32, against the
//     bound max(critical path, N × 50 ms / concurrency). Target: ≤ 1.3× at 32.
//     At concurrency 1 the engine's own cost per operation is the wall time
//     less the time the driver's calls really took (a 50 ms timer fires a
//     little late, which is the driver's, not the engine's), shown beside the
//     time of one write + fdatasync of a WAL-sized record measured in the same
//     run: the durability every operation must wait for once (its intent).
//  2. A no-op reconcile() of 10,000 resources already in the state: the whole
//     flow (naming config, blueprints, lock, state, diff), zero provider calls.
//     Target: under 1 s.
// Runs the TypeScript sources through tsx, so it needs no build.
import { register } from 'tsx/esm/api';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

register();
const { execute } = await import('../src/engine/executor.ts');
const { reconcileLocal: reconcile } = await import('../src/cli/face.ts');
const { diff } = await import('../src/plan/diff.ts');
const { writeState, recordFromSpec, emptyState } = await import('../src/state/index.ts');
const { loadBlueprints } = await import('../src/blueprint/load.ts');
const { loadNamingConfig } = await import('../src/config/load.ts');

const CALL_MS = 50;
const quick = process.argv.includes('--quick');

/**
 * Drivers whose every call waits CALL_MS. `looksFirst` (the default, as the real
 * drivers do): create looks the name up within its one call and reports it
 * through ctx.beforeCreate; without it the engine reads before each create.
 */
function latencyDrivers(counter, { looksFirst = true } = {}) {
  // The time each call really took (a timer fires a little after CALL_MS): what the engine adds is the rest.
  const wait = () => {
    const t0 = performance.now();
    return new Promise((r) => setTimeout(r, CALL_MS)).then(() => {
      counter.driverMs += performance.now() - t0;
    });
  };
  const driver = (type) => ({
    type,
    looksBeforeCreate: looksFirst,
    async read() {
      counter.read++;
      await wait();
      return null;
    },
    async create(spec, ctx) {
      counter.write++;
      if (looksFirst) {
        // The engine writes the intent here and returns once it is on disk: the durability every create waits for.
        const t0 = performance.now();
        await ctx.beforeCreate?.(null);
        counter.intentMs += performance.now() - t0;
      }
      await wait();
      return { physicalId: spec.fullName, params: spec.params, tags: spec.tags };
    },
    async update(spec) {
      counter.write++;
      await wait();
      return { params: spec.params, tags: spec.tags };
    },
    async delete() {
      counter.write++;
      await wait();
    },
    async archive() {
      counter.write++;
      await wait();
    },
  });
  return Object.fromEntries(
    ['aws_s3_bucket', 'aws_glue_database', 'aws_glue_table', 'dbx_cluster', 'dbx_job', 'dbx_catalog', 'dbx_schema', 'dbx_table'].map((t) => [t, driver(t)]),
  );
}

function spec(type, key, name, fullName, dependsOn, params) {
  return {
    key,
    type,
    name,
    fullName,
    blueprint: 'blueprints/bench.json',
    location: { file: 'blueprints/bench.json', line: 1, column: 1 },
    dependsOn,
    params,
    tags: { ManagedBy: 'dpn' },
    deletionPolicy: 'archive',
  };
}

/** 100 databases, 9 tables each: 1,000 resources, critical path of 2 calls. */
function thousand() {
  const out = [];
  for (let d = 0; d < 100; d++) {
    const db = `bench_d${d}_dev`;
    const dbKey = `aws_glue_database:bench/dev/d${d}`;
    out.push(spec('aws_glue_database', dbKey, db, db, [], { region: 'us-east-1' }));
    for (let t = 0; t < 9; t++) {
      out.push(
        spec('aws_glue_table', `aws_glue_table:bench/dev/d${d}/t${t}`, `fact_t${t}`, `${db}.fact_t${t}`, [dbKey], {
          region: 'us-east-1',
          databaseName: db,
          tableType: 'fact',
          columns: [{ name: 'id', type: 'string' }],
          partitionKeys: [],
        }),
      );
    }
  }
  return out;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}

async function run(plan, concurrency, driverOptions) {
  const stateDir = mkdtempSync(join(tmpdir(), 'dpn-bench-engine-'));
  const counter = { read: 0, write: 0, driverMs: 0, intentMs: 0 };
  const t0 = performance.now();
  const result = await execute(plan, {
    drivers: latencyDrivers(counter, driverOptions),
    state: emptyState(),
    stateDir,
    concurrency,
    writeState: async (state) => {
      await writeState(stateDir, state);
    },
  });
  const wall = performance.now() - t0;
  rmSync(stateDir, { recursive: true, force: true });
  if (result.status !== 'committed') throw new Error(`transaction ${result.status}`);
  return { wall, counter };
}

async function throughput() {
  const specs = thousand();
  const plan = diff(specs, emptyState());
  const depth = 2;
  const bound = (concurrency) => Math.max(depth * CALL_MS, (specs.length * CALL_MS) / concurrency);
  const row = (label, concurrency, { wall, counter }) => [
    label,
    concurrency,
    `${(wall / 1000).toFixed(2)} s`,
    `${(bound(concurrency) / 1000).toFixed(2)} s`,
    `${(wall / bound(concurrency)).toFixed(2)}×`,
    counter.write,
    counter.read,
    concurrency === 1 ? `${((wall - counter.driverMs) / specs.length).toFixed(2)} ms` : '',
    concurrency === 1 ? `${(counter.intentMs / specs.length).toFixed(2)} ms` : '',
    concurrency === 1 ? `${((wall - counter.driverMs - counter.intentMs) / specs.length).toFixed(2)} ms` : '',
  ];
  const rows = [['driver', 'concurrency', 'wall', 'bound', 'ratio', 'writes', 'reads', 'engine per op', 'of it: intent on disk', 'the rest']];
  for (const concurrency of quick ? [8, 32] : [1, 8, 32]) rows.push(row('looks first', concurrency, await run(plan, concurrency)));
  // For comparison: a driver that cannot say what it found, so the engine reads
  // before each create (so that a rollback never deletes what existed before dpn).
  rows.push(row('engine reads', 32, await run(plan, 32, { looksFirst: false })));
  const fsync = await fsyncMs();
  console.log(`1,000 resources, ${CALL_MS} ms per call (WAL fsync'ed, state written):`);
  console.log(table(rows));
  console.log(`one WAL write + fdatasync after ${CALL_MS} ms idle, measured now: ${fsync.toFixed(2)} ms (median of 50)`);
  const atOne = rows.find((r) => r[0] === 'looks first' && r[1] === 1);
  if (atOne) {
    const rest = Number.parseFloat(atOne[9]);
    figures.push({ name: 'engine per op at concurrency 1, beyond the driver and the intent’s durable write', value: `${rest.toFixed(2)} ms`, target: '≤ 0.5 ms', met: rest <= 0.5 });
    figures.push({ name: 'engine per op at concurrency 1: the intent’s durable write', value: `${atOne[8]} (a bare write + fdatasync: ${fsync.toFixed(2)} ms)`, target: 'durability', met: true });
  }
  return rows;
}

/**
 * The latency of the one durable write every operation waits for (its
 * intent), measured as the WAL does it and with the driver's idle time between
 * writes as at concurrency 1: back to back, an fdatasync here is ~10× faster
 * than after 50 ms idle, so a back-to-back figure would understate it.
 */
async function fsyncMs() {
  const dir = mkdtempSync(join(tmpdir(), 'dpn-bench-fsync-'));
  const handle = await open(join(dir, 'wal.jsonl'), 'wx');
  const line = `${JSON.stringify({ type: 'intent', key: 'aws_glue_table:bench/dev/d1/t1', pad: 'x'.repeat(400) })}\n`;
  const times = [];
  try {
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, CALL_MS));
      const t0 = performance.now();
      await handle.write(line);
      await handle.datasync();
      times.push(performance.now() - t0);
    }
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return times.sort((a, b) => a - b)[25];
}

/** 10 blueprint files × 1,000 resources (100 buckets, 100 databases, 800 tables). */
function writeBlueprints(cwd) {
  mkdirSync(join(cwd, 'blueprints'), { recursive: true });
  for (let f = 0; f < 10; f++) {
    const doc = {
      version: '1.0',
      metadata: { environment: 'dev', project: `bench${f}`, region: 'us-east-1' },
      resources: {
        aws: {
          s3_buckets: Array.from({ length: 100 }, (_, i) => ({ purpose: `p${i}`, layer: 'raw' })),
          glue_databases: Array.from({ length: 100 }, (_, i) => ({ domain: `d${i}`, layer: 'bronze' })),
          glue_tables: Array.from({ length: 800 }, (_, i) => ({
            database_ref: `d${i % 100}-bronze`,
            entity: `e${i}`,
            columns: [{ name: 'id', type: 'string' }],
          })),
        },
      },
    };
    writeFileSync(join(cwd, 'blueprints', `b${f}.json`), JSON.stringify(doc));
  }
}

async function noop() {
  const cwd = mkdtempSync(join(tmpdir(), 'dpn-bench-noop-'));
  writeBlueprints(cwd);
  const naming = await loadNamingConfig({ cwd });
  const set = await loadBlueprints(['blueprints'], { naming: naming.config, cwd });
  if (set.diagnostics.some((d) => d.severity === 'error')) throw new Error(set.diagnostics[0].message);
  const state = emptyState();
  for (const s of set.resources) state.resources.set(s.key, recordFromSpec(s, { appliedAt: '2026-11-22T00:00:00.000Z', transaction: 'bench' }));
  await writeState(join(cwd, '.dpn'), state);
  const counter = { read: 0, write: 0, driverMs: 0, intentMs: 0 };
  const times = [];
  let status;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const result = await reconcile({ paths: ['blueprints'], cwd, drivers: latencyDrivers(counter) });
    times.push(performance.now() - t0);
    status = result.status;
  }
  rmSync(cwd, { recursive: true, force: true });
  const best = Math.min(...times);
  console.log(`\nNo-op reconcile of ${state.resources.size.toLocaleString('en')} resources in state (blueprints → lock → state → diff):`);
  console.log(table([
    ['status', 'first', 'best of 3', 'provider calls'],
    [status, `${(times[0] / 1000).toFixed(2)} s`, `${(best / 1000).toFixed(2)} s`, counter.read + counter.write],
  ]));
  return { status, times, calls: counter.read + counter.write };
}

/** Figures for run.mjs: { name, value, target, met }. */
const figures = [];
const rows = process.argv.includes('--noop-only') ? [[], ['looks first', 32, '', '', '0×']] : await throughput();
const n = await noop();
const at32 = rows.find((r) => r[0] === 'looks first' && r[1] === 32);
const ratio32 = Number(String(at32[4]).replace('×', ''));
const ok = ratio32 <= 1.3 && n.status === 'noop' && n.calls === 0 && Math.min(...n.times) < 1000;
if (at32[2]) figures.push({ name: 'engine 1,000 resources at concurrency 32 ÷ bound', value: at32[4], target: '≤ 1.3×', met: ratio32 <= 1.3 });
figures.push({ name: 'no-op reconcile of 10,000 resources', value: `${(Math.min(...n.times) / 1000).toFixed(2)} s, ${n.calls} calls`, target: '< 1 s, 0 calls', met: n.calls === 0 && Math.min(...n.times) < 1000 });
if (process.env.DPN_BENCH_FIGURES) writeFileSync(process.env.DPN_BENCH_FIGURES, JSON.stringify(figures));
console.log(`\nTargets: ≤ 1.3× the bound at concurrency 32 (${at32[4]}), no-op under 1 s with zero provider calls: ${ok ? 'met' : 'NOT met'}`);
process.exitCode = ok ? 0 : 1;
