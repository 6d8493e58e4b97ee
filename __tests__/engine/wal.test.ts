import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  listTransactions,
  newTransactionId,
  readTransaction,
  unfinishedTransactions,
  walError,
  WalWriter,
} from '../../src/engine/wal.js';
import { planOf } from './memory-cloud.js';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'dpn-wal-'));
}

describe('WAL', () => {
  it('makes transaction ids that sort by time', () => {
    const a = newTransactionId(new Date('2026-11-22T03:15:00Z'));
    const b = newTransactionId(new Date('2026-11-22T03:15:01Z'));
    expect(a).toMatch(/^20261122T031500Z-[0-9a-f]{6}$/);
    expect([b, a].sort()).toEqual([a, b]);
  });

  it('appends records in order, each with tx and time, and lists finished and unfinished transactions', async () => {
    const stateDir = dir();
    const at = new Date('2026-11-22T03:15:00Z');
    const w1 = await WalWriter.create(stateDir, '20261122T031500Z-aaaaaa', () => at);
    await w1.append({ type: 'begin', version: 1, actor: 'me', plan: planOf([]) });
    await Promise.all([
      w1.append({ type: 'compensating', reason: 'one' }),
      w1.append({ type: 'compensating', reason: 'two' }),
      w1.append({ type: 'compensating', reason: 'three' }),
    ]);
    await w1.append({ type: 'committed' });
    await w1.close();
    const w2 = await WalWriter.create(stateDir, '20261122T031600Z-bbbbbb');
    await w2.append({ type: 'begin', version: 1, actor: 'me', plan: planOf([]) });
    await w2.close();
    await expect(WalWriter.create(stateDir, '20261122T031600Z-bbbbbb')).rejects.toThrow(/EEXIST/);

    const log = await readTransaction(stateDir, '20261122T031500Z-aaaaaa');
    expect(log.records.map((r) => (r.type === 'compensating' ? r.reason : r.type))).toEqual(['begin', 'one', 'two', 'three', 'committed']);
    expect(log.records[0]).toMatchObject({ tx: '20261122T031500Z-aaaaaa', at: '2026-11-22T03:15:00.000Z' });
    expect(log.end?.type).toBe('committed');
    expect((await listTransactions(stateDir)).map((t) => t.tx)).toEqual(['20261122T031500Z-aaaaaa', '20261122T031600Z-bbbbbb']);
    expect((await unfinishedTransactions(stateDir)).map((t) => t.tx)).toEqual(['20261122T031600Z-bbbbbb']);
  });

  it('ignores a torn last line, and cuts it before appending again', async () => {
    const stateDir = dir();
    const tx = '20261122T031500Z-cccccc';
    const w = await WalWriter.create(stateDir, tx);
    await w.append({ type: 'begin', version: 1, actor: 'me', plan: planOf([]) });
    await w.close();
    appendFileSync(w.file, '{"type":"intent","key":"aws_s3_bucket:x","befo');
    const torn = await readTransaction(stateDir, tx);
    expect(torn.torn).toBe(true);
    expect(torn.records.map((r) => r.type)).toEqual(['begin']);
    expect((await unfinishedTransactions(stateDir)).map((t) => t.tx)).toEqual([tx]);

    const again = await WalWriter.reopen(stateDir, tx);
    await again.append({ type: 'rolled_back' });
    await again.close();
    const text = readFileSync(w.file, 'utf8');
    expect(text).not.toContain('befo');
    const healed = await readTransaction(stateDir, tx);
    expect(healed.torn).toBe(false);
    expect(healed.end?.type).toBe('rolled_back');
  });

  it('calls a bad line before the last one corruption, naming the file and line', async () => {
    const stateDir = dir();
    const tx = '20261122T031500Z-dddddd';
    const w = await WalWriter.create(stateDir, tx);
    await w.append({ type: 'begin', version: 1, actor: 'me', plan: planOf([]) });
    await w.close();
    appendFileSync(w.file, 'garbage\n{"type":"committed"}\n');
    await expect(readTransaction(stateDir, tx)).rejects.toThrow(/line 2 is not valid JSON/);
  });

  it('keeps secrets out of logged errors', () => {
    const e = walError(new Error('request failed: Authorization: Bearer dapi0123456789abcdef0123456789abcdef key AKIAABCDEFGHIJKLMNOP'));
    expect(e.message).not.toMatch(/dapi0123|AKIAABCD/);
    expect(e.message).toContain('request failed');
  });
});

describe('WAL scanning', () => {
  it('finds unfinished transactions among many finished ones, including a rollback that left something', async () => {
    const stateDir = dir();
    const big = planOf([]);
    for (let i = 0; i < 30; i++) {
      const w = await WalWriter.create(stateDir, `20261122T0300${String(i).padStart(2, '0')}Z-aaaaaa`);
      await w.append({ type: 'begin', version: 1, actor: 'me', plan: big });
      if (i === 7) await w.append({ type: 'rollback_failed', left: [{ key: 'k', step: 'create', what: 'bucket b still exists' }] });
      else if (i !== 29) await w.append({ type: i % 2 ? 'committed' : 'rolled_back' });
      await w.close();
    }
    const open = await unfinishedTransactions(stateDir);
    expect(open.map((t) => t.tx)).toEqual(['20261122T030007Z-aaaaaa', '20261122T030029Z-aaaaaa']);
    expect(open[0]?.end).toMatchObject({ type: 'rollback_failed', left: [{ key: 'k' }] });
  });
});
