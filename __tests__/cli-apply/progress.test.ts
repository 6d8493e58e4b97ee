// The progress display and the closing summary, driven by engine events: lines
// on a pipe (plus a periodic progress line), a block redrawn in place on a
// terminal, failures only with --quiet. The real-terminal run is pty.test.ts.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { createProgress } from '../../src/cli/progress.js';
import type { Plan } from '../../src/plan/types.js';

function io(tty: boolean, env: NodeJS.ProcessEnv = {}) {
  let err = '';
  const value: CommandIO = {
    stdout: { write: () => true, isTTY: tty },
    stderr: { write: (c: string) => (err += c), isTTY: tty },
    env,
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
  { type: 'compensating', reason: 'update k2 failed' },
  { type: 'undo_start', key: 'k1', step: 'create', undo: 'delete bucket-a' },
  { type: 'undone', key: 'k1', step: 'create' },
  { type: 'end', tx: 'T1', status: 'rolled_back' },
] as const;

const plan = {
  operations: [
    { key: 'k1', action: 'create' },
    { key: 'k2', action: 'update' },
    { key: 'k3', action: 'noop' },
  ],
} as unknown as Plan;

describe('progress display', () => {
  it('without a terminal: one line per finished operation, and a progress line every interval', async () => {
    const out = io(false);
    const p = createProgress(out.value, { heartbeatMs: 20 });
    p.expect(plan);
    p.onEvent(events[0] as never);
    p.onEvent(events[1] as never);
    p.onEvent(events[2] as never);
    p.onEvent(events[3] as never);
    await sleep(70);
    for (const e of events.slice(4)) p.onEvent(e as never);
    p.finish();
    const lines = out.err().trimEnd().split('\n');
    expect(lines).toContain('  + create bucket-a: done');
    expect(lines.some((l) => /^dpn: 1\/2 done, 1 in flight, 0 failed, \d+\.\d s$/.test(l))).toBe(true);
    expect(lines).toContain('  ✗ update db\\u001b[31m.t: denied');
    expect(out.err()).not.toContain('\r');
    expect(out.err()).not.toContain('\u001b');
    // One line per operation, not one for its start and one for its end.
    expect(out.err()).not.toMatch(/… create bucket-a/);
  });

  it('on a terminal: a block redrawn in place with counts per action, elapsed time and what is in flight', async () => {
    const out = io(true);
    const p = createProgress(out.value);
    p.expect(plan);
    for (const e of events.slice(0, 4)) p.onEvent(e as never);
    await sleep(80);
    const drawn = out.err();
    expect(drawn).toMatch(/Applying: 1\/2 · \d+\.\d s/);
    expect(drawn).toContain('create 1/1 · update 0/1');
    expect(drawn).toMatch(/running: update db\\u001b\[31m\.t/);
    for (const e of events.slice(4)) p.onEvent(e as never);
    p.finish();
    // Redrawn in place: cursor up over the block, clear to the end of the screen.
    expect(out.err()).toMatch(/\r\u001b\[2A\u001b\[J/);
    expect(out.err()).toMatch(/✗.* update db.*: denied\n/);
    // Finished operations are counted, not listed.
    expect(out.err()).not.toContain('bucket-a: done');
    // The block is gone at the end: the last thing written clears it.
    expect(out.err().endsWith('\u001b[J')).toBe(true);
  });

  it('colours only when allowed: NO_COLOR and TERM=dumb turn it off', async () => {
    const coloured = io(true);
    const p = createProgress(coloured.value);
    for (const e of events) p.onEvent(e as never);
    expect(coloured.err()).toContain('\u001b[31m✗');
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      const plain = io(true, env);
      const q = createProgress(plain.value);
      for (const e of events) q.onEvent(e as never);
      q.finish();
      expect(plain.err()).not.toContain('\u001b[31m✗');
    }
    // TERM=dumb cannot move the cursor: lines, as on a pipe.
    const dumb = io(true, { TERM: 'dumb' });
    const d = createProgress(dumb.value);
    for (const e of events) d.onEvent(e as never);
    expect(dumb.err()).toContain('  + create bucket-a: done');
    expect(dumb.err()).not.toContain('\u001b[J');
  });

  it('--quiet: failures only', async () => {
    const out = io(true);
    const p = createProgress(out.value, { quiet: true });
    for (const e of events) p.onEvent(e as never);
    await sleep(80);
    p.finish();
    expect(out.err()).toMatch(/^ {2}.*✗.* update db\\u001b\[31m\.t: denied\ndpn: undoing what this transaction did/);
    expect(out.err()).not.toContain('Applying');
    expect(out.err()).not.toContain('transaction T1');
  });
});

describe('closing summary', () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('counts what a committed transaction did, per kind, and how long it took', () => {
    const c = clock();
    const p = createProgress(io(false).value, { now: c.now });
    p.onEvent({ type: 'begin', tx: 'T', total: 4 });
    c.advance(3_240);
    const steps = [
      { key: 'a', step: 'create', name: 'a', outcome: 'done' },
      { key: 'b', step: 'create', name: 'b', outcome: 'done' },
      { key: 'c', step: 'update', name: 'c', outcome: 'done' },
      { key: 'd', step: 'archive', name: 'd', outcome: 'done' },
    ] as const;
    const text = p.summary({ tx: 'T', status: 'committed', steps: [...steps], cancelled: false, left: [], state: { resources: new Map() } });
    expect(text).toBe('Apply complete: 2 created, 1 updated, 1 archived, 0 deleted in 3.2 s (transaction T).\n');
  });

  it('says what was undone and what is left after a failure', () => {
    const p = createProgress(io(false).value);
    const failed = p.summary({
      tx: 'T',
      status: 'rollback_failed',
      steps: [{ key: 'k0', step: 'create', name: 'x', outcome: 'undone' }],
      cancelled: false,
      failure: { key: 'k2', error: { message: 'denied' } },
      left: [{ key: 'k1', step: 'create', what: 'bucket b was created and still exists' }],
      state: { resources: new Map() },
    });
    expect(failed).toMatch(/^Apply failed and its rollback is incomplete after \d+\.\d s: 1 undone \(1 created, 0 updated, 0 archived, 0 deleted\), 1 left \(transaction T\)\.\n/);
    expect(failed).toMatch(/failed: k2: denied/);
    expect(failed).toMatch(/left: k1 \(create\): bucket b was created/);
    expect(failed).toMatch(/dpn recover/);
    const cancelled = p.summary({ tx: 'T', status: 'rolled_back', steps: [], cancelled: true, left: [], state: { resources: new Map() } }, 'Delete');
    expect(cancelled).toMatch(/^Delete rolled back \(cancelled\) after .*: 0 undone, nothing left/);
  });
});
