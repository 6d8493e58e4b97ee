import { describe, expect, it } from 'vitest';
import { progress, transactionSummary } from '../../src/cli/commands/apply.js';
import type { CommandIO } from '../../src/cli/command.js';

function io(tty: boolean) {
  let err = '';
  const value: CommandIO = {
    stdout: { write: () => true, isTTY: tty },
    stderr: { write: (c: string) => (err += c), isTTY: tty },
    env: {},
    cwd: '/',
  };
  return { value, err: () => err };
}

const events = [
  { type: 'begin', tx: 'T1', total: 2 },
  { type: 'start', key: 'k1', step: 'create', name: 'bucket-a' },
  { type: 'done', key: 'k1', step: 'create', name: 'bucket-a' },
  { type: 'start', key: 'k2', step: 'update', name: 'db\u001b[31m.t' },
  { type: 'failed', key: 'k2', step: 'update', name: 'db\u001b[31m.t', error: { message: 'denied' } },
  { type: 'end', tx: 'T1', status: 'rolled_back' },
] as const;

describe('progress display', () => {
  it('prints one line per operation when stderr is not a terminal', () => {
    const out = io(false);
    const p = progress(out.value);
    for (const e of events) p.onEvent(e as never);
    p.finish();
    const lines = out.err().trimEnd().split('\n');
    expect(lines).toContain('  + create bucket-a: done');
    expect(out.err()).not.toContain('\r');
    expect(out.err()).not.toContain('\u001b[31m');
    expect(lines.at(-1)).toBe('dpn: transaction T1: rolled back');
  });

  it('keeps one updating line on a terminal, with failures printed above it', () => {
    const out = io(true);
    const p = progress(out.value);
    for (const e of events) p.onEvent(e as never);
    p.finish();
    expect(out.err()).toMatch(/\r\u001b\[2K\[1\/2\] create bucket-a/);
    expect(out.err()).toMatch(/✗ update db.*: denied\n/);
    expect(out.err()).not.toContain('bucket-a: done');
  });

  it('summarises a committed transaction and a rollback that left something', () => {
    expect(
      transactionSummary({ tx: 'T', status: 'committed', steps: [{ key: 'k', step: 'create', name: 'b', outcome: 'done' }], cancelled: false, left: [], state: { resources: new Map() } }),
    ).toMatch(/Transaction T committed\.\n {2}\+ create +b/);
    const failed = transactionSummary({
      tx: 'T',
      status: 'rollback_failed',
      steps: [],
      cancelled: false,
      failure: { key: 'k2', error: { message: 'denied' } },
      left: [{ key: 'k1', step: 'create', what: 'bucket b was created and still exists' }],
      state: { resources: new Map() },
    });
    expect(failed).toMatch(/left: k1 \(create\): bucket b was created/);
    expect(failed).toMatch(/dpn recover/);
  });
});
