// Benchmark of `dpn plan preview --format json` as a whole process, each figure a
// ratio to something measured in the same run (absolute times on a shared
// 2-core machine mostly measure the neighbours):
//
//  1. Near the floor: one generated v1.0 blueprint of ~8k resources (every v1.0
//     resource type, in the proportions of bench/fixtures), previewed with the
//     v1.0 example naming files in .dpn/ (YAML, read from disk as users have
//     them) and with the built-in convention, beside `node -e 0` and a floor
//     script (read the file, JSON.parse, print N names as JSON). Commands take
//     turns, median of RUNS. Target: preview ≤ 3× `node -e 0`.
//  2. Big files: one ~80k-resource JSON blueprint (~8.5 MiB) beside one of 10k:
//     the time per resource above 10k, and peak RSS (< 250 MB). Target: ≤ 1/3
//     of the per-resource time above 10k before this work (PER_RESOURCE_BEFORE,
//     measured with the earlier bench's files; with DPN_BASELINE_CLI set to an
//     older build it is measured in the same run instead).
//
// dpn runs under the Node that runs this script (Node 24: `npm run bench`). The
// compile cache is warm (one unmeasured run first), as on a developer machine.
//
//   node bench/preview.mjs [--runs 7] [--only floor|big]
//   DPN_CLI=/path/to/cli.js  DPN_BASELINE_CLI=/old/dist/cli.js
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { blueprint, serialize } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = process.env.DPN_CLI ?? join(root, 'dist', 'cli.js');
const baselineCli = process.env.DPN_BASELINE_CLI;
const { values } = parseArgs({ options: { runs: { type: 'string' }, only: { type: 'string' } } });
const RUNS = Number(values.runs ?? process.env.BENCH_RUNS ?? 7);

/**
 * (t(100k) − t(10k)) / 90k with the build before this work (commit 7896376),
 * where 80k in one file was refused: the earlier bench's 100 and 10 files of
 * 1,000 resources, median of 5, on this machine.
 */
const PER_RESOURCE_BEFORE_US = 12.6;
const TARGETS = { startRatio: 3, perResourceShare: 1 / 3, megabytes: 250 };

/** A workspace with one blueprint of `resources` resources (rounded to a multiple of 10, plus the catalog). */
function workspace(resources, { naming }) {
  const dir = mkdtempSync(join(tmpdir(), `dpn-bench-${resources}-`));
  mkdirSync(join(dir, 'blueprints'));
  const file = join(dir, 'blueprints', 'platform.json');
  writeFileSync(file, serialize(blueprint(Math.round(resources / 10))));
  if (naming) {
    mkdirSync(join(dir, '.dpn'));
    for (const name of ['naming-values.yaml', 'naming-patterns.yaml']) {
      copyFileSync(join(here, 'fixtures', 'v1-naming', name), join(dir, '.dpn', name));
    }
  }
  return { dir, file };
}

/** The floor: what any tool must do to print these names. */
const FLOOR = `
const { readFileSync } = require('node:fs');
const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const names = [];
const p = doc.metadata.project, e = doc.metadata.environment;
for (const b of doc.resources.aws.s3_buckets) names.push(p + '-' + b.purpose + '-' + b.layer + '-' + e);
for (const d of doc.resources.aws.glue_databases) names.push(p + '_' + d.domain + '_' + d.layer + '_' + e);
for (const t of doc.resources.aws.glue_tables) names.push((t.table_type ?? 'fact') + '_' + t.entity);
for (const c of doc.resources.databricks.clusters) names.push(p + '-' + c.workload + '-' + c.cluster_type + '-' + e);
for (const j of doc.resources.databricks.jobs) names.push(p + '-' + j.job_type + '-' + j.purpose + '-' + e);
for (const c of doc.resources.databricks.unity_catalog.catalogs) {
  names.push(p + '_' + c.catalog_type + '_' + e);
  for (const s of c.schemas) {
    names.push(s.domain + '_' + s.layer);
    for (const t of s.tables ?? []) names.push((t.table_type ?? 'fact') + '_' + t.entity);
  }
}
process.stdout.write(JSON.stringify(names));
`;

/** One whole-process run: wall seconds, CPU seconds and peak RSS (from /usr/bin/time when present). */
function measure(args, cwd, check) {
  const timed = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  check?.(result.stdout);
  const field = (re) => Number(re.exec(result.stderr ?? '')?.[1] ?? Number.NaN);
  return {
    seconds,
    cpu: field(/User time \(seconds\): ([\d.]+)/) + field(/System time \(seconds\): ([\d.]+)/),
    megabytes: field(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs each case RUNS times, taking turns so that a busy moment hits all of them alike. */
function takeTurns(cases) {
  for (const c of cases) measure(c.args, c.cwd, c.check); // warm the file and compile caches
  const samples = cases.map(() => []);
  for (let i = 0; i < RUNS; i++) cases.forEach((c, k) => samples[k].push(measure(c.args, c.cwd, c.check)));
  return samples.map((runs) => ({
    seconds: median(runs.map((r) => r.seconds)),
    cpu: median(runs.map((r) => r.cpu)),
    megabytes: Math.max(...runs.map((r) => r.megabytes)),
  }));
}

function expectResources(count) {
  return (stdout) => {
    const doc = JSON.parse(stdout);
    if (doc.errors.length) throw new Error(`${doc.errors.length} errors, first: ${JSON.stringify(doc.errors[0])}`);
    if (doc.resources.length !== count) throw new Error(`expected ${count} resources, got ${doc.resources.length}`);
  };
}

const preview = (bin = cli) => [bin, 'plan', 'preview', 'blueprints', '--format', 'json'];
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const mb = (m) => (Number.isFinite(m) ? `${m.toFixed(0)} MB` : 'n/a');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}

/** Figures for run.mjs: { name, value, target, met }. */
const figures = [];

function nearTheFloor() {
  const yaml = workspace(8_000, { naming: true });
  const builtIn = workspace(8_000, { naming: false });
  const floorScript = join(yaml.dir, 'floor.cjs');
  writeFileSync(floorScript, FLOOR);
  try {
    const count = 8_001;
    const [node, floor, withYaml, withBuiltIn, before] = takeTurns([
      { args: ['-e', '0'], cwd: yaml.dir },
      { args: [floorScript, yaml.file], cwd: yaml.dir, check: (out) => JSON.parse(out).length === count || fail('floor') },
      { args: preview(), cwd: yaml.dir, check: expectResources(count) },
      { args: preview(), cwd: builtIn.dir, check: expectResources(count) },
      ...(baselineCli ? [{ args: preview(baselineCli), cwd: yaml.dir, check: expectResources(count) }] : []),
    ]);
    const ratio = (x) => `${(x.seconds / node.seconds).toFixed(2)}×`;
    console.log(`Preview of one v1.0 blueprint, ${count.toLocaleString('en')} resources, median of ${RUNS} (node ${process.version}):`);
    console.log(
      table([
        ['command', 'wall', '× node -e 0', '× floor', 'cpu', 'peak RSS'],
        ['node -e 0', ms(node.seconds), ratio(node), '', ms(node.cpu), mb(node.megabytes)],
        ['floor (read, JSON.parse, print names)', ms(floor.seconds), ratio(floor), '1.00×', ms(floor.cpu), mb(floor.megabytes)],
        ['dpn preview, .dpn/ YAML naming files', ms(withYaml.seconds), ratio(withYaml), `${(withYaml.seconds / floor.seconds).toFixed(2)}×`, ms(withYaml.cpu), mb(withYaml.megabytes)],
        ['dpn preview, built-in convention', ms(withBuiltIn.seconds), ratio(withBuiltIn), `${(withBuiltIn.seconds / floor.seconds).toFixed(2)}×`, ms(withBuiltIn.cpu), mb(withBuiltIn.megabytes)],
        ...(before ? [['before: dpn preview, .dpn/ YAML', ms(before.seconds), ratio(before), `${(before.seconds / floor.seconds).toFixed(2)}×`, ms(before.cpu), mb(before.megabytes)]] : []),
      ]),
    );
    const value = withYaml.seconds / node.seconds;
    figures.push({ name: 'preview 8k (YAML naming) ÷ node -e 0', value: `${value.toFixed(2)}×`, target: `≤ ${TARGETS.startRatio}×`, met: value <= TARGETS.startRatio });
  } finally {
    rmSync(yaml.dir, { recursive: true, force: true });
    rmSync(builtIn.dir, { recursive: true, force: true });
  }
}

function fail(what) {
  throw new Error(`${what} printed the wrong output`);
}

function bigFiles() {
  const small = workspace(10_000, { naming: true });
  const big = workspace(80_000, { naming: true });
  const cleanup = [];
  try {
    const cases = [
      { args: preview(), cwd: small.dir, check: expectResources(10_001) },
      { args: preview(), cwd: big.dir, check: expectResources(80_001) },
    ];
    if (baselineCli) {
      // The build before this work refuses 80k in one file: it gets the 10 and 100 files of 1,000 it was measured with.
      const old10 = multiFile(10, 'old10');
      const old100 = multiFile(100, 'old100');
      cleanup.push(old10, old100);
      cases.push({ args: preview(baselineCli), cwd: old10, check: expectResources(10_010) }, { args: preview(baselineCli), cwd: old100, check: expectResources(100_100) });
    }
    const [t10, t80, o10, o100] = takeTurns(cases);
    const perResource = ((t80.seconds - t10.seconds) / 70_000) * 1e6;
    const before = o10 && o100 ? ((o100.seconds - o10.seconds) / 90_090) * 1e6 : PER_RESOURCE_BEFORE_US;
    const mib = (statSync(big.file).size / 1024 / 1024).toFixed(1);
    console.log(`\nBig files: one JSON blueprint of 80,001 resources (${mib} MiB) beside one of 10,001, median of ${RUNS}:`);
    console.log(
      table([
        ['file', 'wall', 'cpu', 'peak RSS'],
        ['10k resources', ms(t10.seconds), ms(t10.cpu), mb(t10.megabytes)],
        ['80k resources', ms(t80.seconds), ms(t80.cpu), mb(t80.megabytes)],
        ...(o10 ? [['before: 10 files × 1k', ms(o10.seconds), ms(o10.cpu), mb(o10.megabytes)], ['before: 100 files × 1k', ms(o100.seconds), ms(o100.cpu), mb(o100.megabytes)]] : []),
      ]),
    );
    const share = perResource / before;
    console.log(`per resource above 10k: ${perResource.toFixed(1)} µs, before ${before.toFixed(1)} µs${o10 ? ' (measured now)' : ' (recorded)'}: ${share.toFixed(2)}×`);
    figures.push({ name: 'preview per resource above 10k ÷ before', value: `${share.toFixed(2)}×`, target: '≤ 0.33×', met: share <= TARGETS.perResourceShare });
    figures.push({ name: 'preview 80k peak RSS', value: mb(t80.megabytes), target: `< ${TARGETS.megabytes} MB`, met: !(t80.megabytes >= TARGETS.megabytes) });
  } finally {
    for (const dir of [small.dir, big.dir, ...cleanup]) rmSync(dir, { recursive: true, force: true });
  }
}

/** `files` blueprints of 1,001 resources each, as the earlier bench wrote them. */
function multiFile(files, label) {
  const dir = mkdtempSync(join(tmpdir(), `dpn-bench-${label}-`));
  mkdirSync(join(dir, 'blueprints'));
  mkdirSync(join(dir, '.dpn'));
  for (const name of ['naming-values.yaml', 'naming-patterns.yaml']) copyFileSync(join(here, 'fixtures', 'v1-naming', name), join(dir, '.dpn', name));
  for (let f = 0; f < files; f++) writeFileSync(join(dir, 'blueprints', `bp${String(f).padStart(4, '0')}.json`), serialize(blueprint(100, `bench${f}`)));
  return dir;
}

if (!existsSync(cli)) {
  console.error(`no CLI at ${cli}: run npm run build first (or set DPN_CLI)`);
  process.exit(1);
}
if (values.only !== 'big') nearTheFloor();
if (values.only !== 'floor') bigFiles();
if (process.env.DPN_BENCH_FIGURES) writeFileSync(process.env.DPN_BENCH_FIGURES, JSON.stringify(figures));
process.exitCode = figures.every((f) => f.met) ? 0 : 1;
