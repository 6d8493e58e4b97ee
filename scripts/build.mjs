// Builds what ships: the compiled schema validators, then the two bundles.
// dist/index.js is the action (action.yml), dist/cli.js the `dpn` command.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

execFileSync(process.execPath, [join(root, 'scripts', 'compile-schemas.mjs')], { stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
function bundle(entry, outDir) {
  execFileSync(ncc, ['build', entry, '-o', outDir, '--target', 'es2022', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}
bundle('src/index.ts', 'dist');
bundle('src/cli.ts', 'dist/cli');
// The shim turns on Node's compile cache (in the tmp dir; Node >= 22.1, silently
// skipped elsewhere or when it cannot write) BEFORE the bundle is imported:
// a warm `dpn` then starts ~60 ms sooner. A static import would run first.
writeFileSync(
  join(root, 'dist', 'cli.js'),
  "#!/usr/bin/env node\nimport module from 'node:module';\ntry { module.enableCompileCache?.(); } catch {}\nawait import('./cli/index.js');\n",
);
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
if (!existsSync(join(root, 'dist', 'package.json'))) {
  writeFileSync(join(root, 'dist', 'package.json'), '{"type":"module"}\n');
}
