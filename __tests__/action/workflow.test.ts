// The action's workflow commands (src/action/workflow.ts) say exactly what
// @actions/core would: the runner parses these lines and files, so a
// difference in escaping would misplace an annotation or leak a newline.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as core from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as workflow from '../../src/action/workflow.js';

/** What `fn` prints: @actions/core through process.stdout, dpn through its stdout (fd 1 when that is a pipe or file). */
function captured(fn: () => void): string {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  const collect = (chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  };
  process.stdout.write = collect as typeof process.stdout.write;
  workflow.setStdout({ write: collect });
  try {
    fn();
  } finally {
    process.stdout.write = write;
    workflow.setStdout(undefined);
  }
  return out;
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('workflow commands', () => {
  const text = fc.string({ unit: fc.constantFrom('a', ' ', '%', ':', ',', '\n', '\r', '=', '€', '::'), maxLength: 12 });
  const properties = fc.record(
    { title: text, file: text, startLine: fc.nat(50), endLine: fc.nat(50), startColumn: fc.nat(50), endColumn: fc.nat(50) },
    { requiredKeys: [] },
  );

  it('annotations, log lines and masks are the lines @actions/core prints', () => {
    fc.assert(
      fc.property(text, properties, (message, props) => {
        for (const name of ['warning', 'error'] as const) {
          expect(captured(() => workflow[name](message, props))).toBe(captured(() => core[name](message, props)));
        }
        expect(captured(() => workflow.info(message))).toBe(captured(() => core.info(message)));
        expect(captured(() => workflow.debug(message))).toBe(captured(() => core.debug(message)));
        expect(captured(() => workflow.setSecret(message))).toBe(captured(() => core.setSecret(message)));
      }),
      { numRuns: 300 },
    );
  });

  it('outputs and state go to the runner’s files in the name<<delimiter form, and the summary is appended', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpn-workflow-'));
    for (const f of ['output', 'state', 'summary']) writeFileSync(join(dir, f), '');
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    process.env.GITHUB_STATE = join(dir, 'state');
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
    workflow.setOutput('plan', 'line one\nline two');
    workflow.saveState('pendingWal', '{"tx":"t"}');
    workflow.appendSummary('### dpn');
    workflow.appendSummary('| a |');
    const block = /^(\w+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*)\n\2\n$/;
    const output = block.exec(readFileSync(join(dir, 'output'), 'utf8'));
    expect([output?.[1], output?.[3]]).toEqual(['plan', 'line one\nline two']);
    expect(block.exec(readFileSync(join(dir, 'state'), 'utf8'))?.[3]).toBe('{"tx":"t"}');
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toBe('### dpn\n| a |\n');
    process.env.STATE_pendingWal = 'x';
    expect(workflow.getState('pendingWal')).toBe('x');
    expect(workflow.getState('missing')).toBe('');
    expect(captured(() => workflow.setFailed('boom\nhint'))).toBe('::error::boom%0Ahint\n');
    expect(process.exitCode).toBe(1);
  });
});
