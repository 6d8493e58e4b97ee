// Benchmark: wall time for the bundled action to finish a pull-request preview
// of 1,000 resources, process start-up included, against a local GitHub API
// (so GitHub's own latency is excluded). Cold, as on a hosted runner: every run
// gets a fresh, empty compile-cache directory (NODE_COMPILE_CACHE), so nothing
// compiled by an earlier run is reused. Target: under 1 s. With --baseline
// (an older build's dist/index.js) both take turns and the ratio is printed.
//
//   node bench/action-preview.mjs [--resources 1000] [--runs 7] [--bundle dist/index.js] [--baseline old/index.js]
//
// Uses dist/index.js when it exists (what `npm run build` ships), else bundles
// src/index.ts with rolldown into node_modules/.cache (dist/ is left alone).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { resources: { type: 'string', default: '1000' }, runs: { type: 'string', default: '7' }, bundle: { type: 'string' }, baseline: { type: 'string' } },
});
const total = Number(values.resources);
const runs = Number(values.runs);

async function bundle() {
  if (values.bundle) return values.bundle;
  const dist = join(root, 'dist', 'index.js');
  if (existsSync(dist)) return dist;
  // Split at dynamic imports as ncc does, so a preview never parses the cloud SDKs.
  const dir = join(root, 'node_modules', '.cache', 'dpn-bench');
  rmSync(dir, { recursive: true, force: true });
  const { build } = await import('rolldown');
  await build({ input: { index: join(root, 'src', 'index.ts') }, platform: 'node', logLevel: 'silent', output: { dir, format: 'esm' } });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  return join(dir, 'index.js');
}

/** 1,000 resources across 10 blueprints: per blueprint 40 buckets, 20 Glue databases with 2 tables each… */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'dpn-bench-'));
  const files = 10;
  const per = Math.ceil(total / files);
  let made = 0;
  for (let f = 0; f < files && made < total; f++) {
    const n = Math.min(per, total - made);
    const dbs = Math.floor(n / 5);
    const tables = dbs * 2;
    const bucketCount = n - dbs - tables;
    const doc = {
      version: '1.0',
      metadata: { environment: 'dev', project: `bench${f}`, region: 'us-east-1', team: 'data' },
      resources: {
        aws: {
          s3_buckets: Array.from({ length: bucketCount }, (_, i) => ({ purpose: `p${i}`, layer: 'raw' })),
          glue_databases: Array.from({ length: dbs }, (_, i) => ({ domain: `d${i}`, layer: 'bronze' })),
          glue_tables: Array.from({ length: tables }, (_, i) => ({
            database_ref: `d${i >> 1}-bronze`,
            entity: `e${i}`,
            columns: [{ name: 'id', type: 'string' }],
          })),
        },
      },
    };
    mkdirSync(join(dir, 'blueprints'), { recursive: true });
    writeFileSync(join(dir, 'blueprints', `team-${f}.json`), JSON.stringify(doc));
    made += n;
  }
  return dir;
}

/** The GitHub endpoints a preview calls, answering at once. */
async function github() {
  const comments = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const json = (status, value) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.url === '/user') return json(403, { message: 'Resource not accessible by integration' });
      if (req.url.includes('/pulls/')) return json(200, [{ filename: 'blueprints/team-0.json', status: 'modified' }]);
      if (req.url.includes('/issues/comments/')) return json(200, { ...comments[0], body: JSON.parse(body).body });
      if (req.method === 'POST') {
        const c = { id: comments.length + 1, body: JSON.parse(body).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        comments.push(c);
        return json(201, c);
      }
      return json(200, comments);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

function runOnce(entry, ws, api) {
  const tmp = mkdtempSync(join(tmpdir(), 'dpn-bench-run-'));
  const event = join(tmp, 'event.json');
  writeFileSync(event, JSON.stringify({ number: 1, pull_request: { number: 1, head: { sha: 'c'.repeat(40), repo: { full_name: 'acme/x' } }, base: { ref: 'main', repo: { full_name: 'acme/x' } } }, repository: { full_name: 'acme/x', default_branch: 'main' } }));
  for (const f of ['out', 'summary', 'state']) writeFileSync(join(tmp, f), '');
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/x', GITHUB_API_URL: api, GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: 'd'.repeat(40),
    GITHUB_REF: 'refs/pull/1/merge', GITHUB_RUN_ID: '1', GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: join(tmp, 'out'),
    GITHUB_STEP_SUMMARY: join(tmp, 'summary'), GITHUB_STATE: join(tmp, 'state'), RUNNER_TEMP: tmp, 'INPUT_GITHUB-TOKEN': 'ghs_bench',
    NODE_COMPILE_CACHE: join(tmp, 'compile-cache'),
  };
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(process.env.DPN_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.DPN_BENCH_PROF] : []), entry], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      rmSync(tmp, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`preview failed (${code}):\n${out}`));
      else resolve(ms);
    });
  });
}

const entry = await bundle();
const ws = workspace();
const api = await github();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  await runOnce(entry, ws, api.url); // warm the file cache (the compile cache stays cold: a fresh one each run)
  const times = [];
  const before = [];
  for (let i = 0; i < runs; i++) {
    times.push(await runOnce(entry, ws, api.url));
    if (values.baseline) before.push(await runOnce(values.baseline, ws, api.url));
  }
  const m = median(times);
  console.log(`action preview of ${total} resources (${entry.replace(root + '/', '')}), cold (fresh compile cache each run), ${runs} runs on node ${process.version}:`);
  console.log(`  median ${m.toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (target < 1000 ms)`);
  const figures = [{ name: `action PR preview, ${total} resources, cold`, value: `${m.toFixed(0)} ms`, target: '< 1000 ms', met: m < 1000 }];
  if (values.baseline) {
    const b = median(before);
    console.log(`  before (${values.baseline}): median ${b.toFixed(0)} ms; now ÷ before: ${(m / b).toFixed(2)}×`);
    figures.push({ name: 'action PR preview cold, now ÷ before', value: `${(m / b).toFixed(2)}×`, target: '< 1×', met: m < b });
  }
  if (process.env.DPN_BENCH_FIGURES) writeFileSync(process.env.DPN_BENCH_FIGURES, JSON.stringify(figures));
  process.exitCode = figures.every((f) => f.met) ? 0 : 1;
} finally {
  api.close();
  rmSync(ws, { recursive: true, force: true });
}
