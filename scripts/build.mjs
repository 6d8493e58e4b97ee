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
// The shim turns on Node's compile cache BEFORE the bundle is imported (a static
// import would run first): a warm `dpn` starts ~60 ms sooner. The cache lives in
// the tmp dir, only when that is an existing writable directory (Node would
// otherwise create the path, and in some sandboxes its recursive mkdir never
// returns); NODE_DISABLE_COMPILE_CACHE skips it; failures are silent.
// process.getBuiltinModule rather than an ESM import from 'node:fs': such an import
// builds the built-in's module facade, which reads every export of node:fs and so
// loads fs streams that dpn never uses (~5 ms of every start). A Node without it
// (older than 22, which src/cli.ts then refuses) just starts without the cache.
const SHIM = `#!/usr/bin/env node
try {
  const { accessSync, constants } = process.getBuiltinModule('node:fs');
  accessSync(process.getBuiltinModule('node:os').tmpdir(), constants.W_OK);
  process.getBuiltinModule('node:module').enableCompileCache?.();
} catch {}
await import('./cli/index.js');
`;
writeFileSync(join(root, 'dist', 'cli.js'), SHIM);
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
if (!existsSync(join(root, 'dist', 'package.json'))) {
  writeFileSync(join(root, 'dist', 'package.json'), '{"type":"module"}\n');
}
