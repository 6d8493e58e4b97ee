// `npm run bench`: every benchmark, one after another (they share 2 cores, so
// never in parallel), then one table of every figure beside its target. Each
// figure is a ratio or a count measured within its benchmark's own run, so a
// busy machine slows both sides alike. Needs a built dist/ (`npm run build`).
//
//   npm run bench [-- preview engine action-preview ...]
//   DPN_BASELINE=/path/to/an/older/dist npm run bench   (also measures that build, in turns, for the "before" ratios)
//   BENCH_RUNS=7                                        (runs per command of preview and action-preview)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const all = ['preview', 'engine', 'action-preview', 'apply-aws'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : all;
const baseline = process.env.DPN_BASELINE;
const runs = process.env.BENCH_RUNS ?? '7';
const scratch = mkdtempSync(join(tmpdir(), 'dpn-bench-figures-'));
const figures = [];
let failed = false;
for (const name of wanted) {
  const script = join(here, `${name}.mjs`);
  if (!existsSync(script)) {
    console.error(`no benchmark named ${name} (have: ${all.join(', ')})`);
    failed = true;
    continue;
  }
  const args = [script];
  const env = { ...process.env, DPN_BENCH_FIGURES: join(scratch, `${name}.json`) };
  if (name !== 'engine') args.push('--runs', runs);
  if (name === 'action-preview' && baseline) args.push('--baseline', join(baseline, 'index.js'));
  if (name === 'preview' && baseline) env.DPN_BASELINE_CLI = join(baseline, 'cli.js');
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.status !== 0) failed = true;
  try {
    figures.push(...JSON.parse(readFileSync(env.DPN_BENCH_FIGURES, 'utf8')));
  } catch {
    figures.push({ name: `${name}: no figures (it failed)`, value: '', target: '', met: false });
  }
}
rmSync(scratch, { recursive: true, force: true });

const rows = [['figure', 'measured', 'target', ''], ...figures.map((f) => [f.name, f.value, f.target, f.met ? 'met' : 'MISSED'])];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n== figures beside their targets (node ${process.version})`);
console.log(line(rows[0]));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const row of rows.slice(1)) console.log(line(row));
process.exitCode = failed || figures.some((f) => !f.met) ? 1 : 0;
