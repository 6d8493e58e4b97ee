// Benchmark of `dpn plan preview --format json` as a whole process: generates
// blueprints of 1k, 10k and 100k resources in a temporary directory and reports
// wall time, CPU time and peak RSS (from /usr/bin/time -v when present, else wall only).
// Targets on a 2-core machine: 10k < 0.3 s, 100k < 3 s and < 300 MB.
// dpn runs under the Node that runs this script (use Node 24: node_modules/.bin/node);
// on Node >= 22.1 the first run fills the compile cache, so the best run is a warm start.
//
//   node bench/preview.mjs [sizes...]      (needs dist/: npm run build)
//   DPN_CLI=/path/to/cli.js node bench/preview.mjs 10000
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.DPN_CLI ?? join(root, 'dist', 'cli.js');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1_000, 10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGETS = { 10_000: { seconds: 0.3 }, 100_000: { seconds: 3, megabytes: 300 } };

/** Resources per blueprint file: small enough to stay far below the 5 MiB file limit. */
const PER_FILE = 1_000;

/** One blueprint of `count` resources (a multiple of 10) plus its catalog; every name distinct. */
function blueprint(fileIndex, count) {
  const units = count / 10;
  const buckets = [];
  const databases = [];
  const tables = [];
  const clusters = [];
  const jobs = [];
  const schemas = [];
  for (let u = 0; u < units; u++) {
    buckets.push(
      { purpose: `landing${u}`, layer: 'raw' },
      { purpose: `landing${u}`, layer: 'processed' },
      { purpose: `curated${u}`, layer: 'curated', lifecycle_days: 30 },
    );
    databases.push({ domain: `domain${u}`, layer: 'silver' });
    const columns = [
      { name: 'id', type: 'string' },
      { name: 'amount', type: 'decimal(18,2)' },
    ];
    tables.push(
      { database_ref: `domain${u}-silver`, entity: 'orders', columns },
      { database_ref: `domain${u}-silver`, entity: 'customers', table_type: 'dim', columns },
    );
    clusters.push({ workload: `etl${u}`, cluster_type: 'shared', node_type: 'i3.xlarge' });
    jobs.push({ job_type: 'batch', purpose: `load${u}`, cluster_ref: `etl${u}`, schedule: 'daily' });
    schemas.push({ domain: `domain${u}`, layer: 'gold', tables: [{ entity: 'customers', table_type: 'dim' }] });
  }
  return {
    version: '1.0',
    metadata: { environment: 'dev', project: `bench${fileIndex}`, region: 'us-east-1', team: 'data-platform' },
    resources: {
      aws: { s3_buckets: buckets, glue_databases: databases, glue_tables: tables },
      databricks: {
        clusters,
        jobs,
        unity_catalog: { catalogs: [{ catalog_type: `analytics`, schemas }] },
      },
    },
  };
}

function generate(total) {
  const dir = mkdtempSync(join(tmpdir(), `dpn-bench-${total}-`));
  mkdirSync(join(dir, 'blueprints'));
  let written = 0;
  for (let file = 0; written < total; file++) {
    const count = Math.min(PER_FILE, total - written);
    writeFileSync(join(dir, 'blueprints', `bp${String(file).padStart(4, '0')}.json`), JSON.stringify(blueprint(file, count), null, 2));
    // 3 buckets + db + 2 tables + cluster + job + schema + UC table = 10 per unit, plus one catalog per file.
    written += count + 1;
  }
  return { dir, resources: written };
}

function measure(dir) {
  const args = [cli, 'plan', 'preview', 'blueprints', '--format', 'json'];
  const timed = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`dpn exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const doc = JSON.parse(result.stdout);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  // CPU time too: on a shared machine wall time mostly measures the neighbours.
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '');
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '');
  const cpu = user && system ? Number(user[1]) + Number(system[1]) : undefined;
  return { seconds, cpu, megabytes: rss ? Number(rss[1]) / 1024 : undefined, resources: doc.resources.length, errors: doc.errors.length };
}

if (!existsSync(cli)) {
  console.error(`no CLI at ${cli}: run npm run build first (or set DPN_CLI)`);
  process.exit(1);
}
const rows = [];
let missed = false;
for (const size of SIZES) {
  const { dir, resources } = generate(size);
  try {
    const runs = Array.from({ length: RUNS }, () => measure(dir));
    const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const peak = Math.max(...runs.map((r) => r.megabytes ?? 0));
    const cpu = Math.min(...runs.map((r) => r.cpu ?? Infinity));
    if (best.errors) throw new Error(`${best.errors} errors in generated blueprints`);
    const target = TARGETS[size];
    const ok = !target || (best.seconds < target.seconds && (!target.megabytes || peak < target.megabytes));
    if (!ok) missed = true;
    rows.push([
      size.toLocaleString('en'),
      best.resources.toLocaleString('en'),
      best.seconds.toFixed(3),
      Number.isFinite(cpu) ? cpu.toFixed(2) : 'n/a',
      peak ? peak.toFixed(0) : 'n/a',
      target ? `< ${target.seconds} s${target.megabytes ? `, < ${target.megabytes} MB` : ''}: ${ok ? 'met' : 'MISSED'}` : '',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const header = ['size', 'resources', `wall s (best of ${RUNS})`, 'cpu s (user+sys)', 'peak RSS MB', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const row of rows) console.log(line(row));
process.exitCode = missed ? 1 : 0;
