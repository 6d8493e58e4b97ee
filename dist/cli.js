#!/usr/bin/env node
try {
  const { accessSync, constants } = process.getBuiltinModule('node:fs');
  accessSync(process.getBuiltinModule('node:os').tmpdir(), constants.W_OK);
  process.getBuiltinModule('node:module').enableCompileCache?.();
} catch {}
await import('./cli/index.js');
