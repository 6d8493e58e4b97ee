// The text of the files diagnostics point at, so the terminal report can show
// the offending line. Read only when a problem is shown, once per file.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceText } from '../render/diagnostics.js';
import { MAX_SOURCE_BYTES } from '../source/index.js';

export function sourceText(cwd: string): SourceText {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) cache.set(file, read(resolve(cwd, file)));
    return cache.get(file);
  };
}

function read(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_SOURCE_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    // Not a file (an --override argument, a deleted file): the message alone is shown.
    return undefined;
  }
}
