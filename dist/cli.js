#!/usr/bin/env node
import module from 'node:module';
import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
try {
  accessSync(tmpdir(), constants.W_OK);
  module.enableCompileCache?.();
} catch {}
await import('./cli/index.js');
