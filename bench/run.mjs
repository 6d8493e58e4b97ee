// `npm run bench`: every benchmark, one after another (they share 2 cores, so never in parallel).
// Needs a built dist/ (`npm run build`). Pass names to run a subset: npm run bench -- preview engine
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const all = ['preview', 'engine', 'action-preview', 'apply-aws'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : all;
let failed = false;
for (const name of wanted) {
  const script = join(here, `${name}.mjs`);
  if (!existsSync(script)) {
    console.error(`no benchmark named ${name} (have: ${all.join(', ')})`);
    failed = true;
    continue;
  }
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
