import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffMs, isTransient, withRetry } from '../../src/engine/retry.js';
import { ProviderError } from '../../src/providers/driver.js';

describe('retry policy', () => {
  it('backs off exponentially with jitter, never above the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const d = backoffMs(attempt, { minDelayMs: 100, maxDelayMs: 5_000, factor: 2 }, () => r);
        const exp = Math.min(5_000, 100 * 2 ** (attempt - 1));
        return d >= Math.floor(exp / 2) && d <= exp;
      }),
    );
  });

  it('tells transient failures from permanent ones', () => {
    expect(isTransient(new ProviderError('slow down', 'transient', { status: 503 }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 429 } }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 502 } }))).toBe(true);
    expect(isTransient(Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNRESET' } }))).toBe(true);
    expect(isTransient(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTransient(new ProviderError('denied', 'permission', { status: 403 }))).toBe(false);
    expect(isTransient(new ProviderError('exists', 'conflict', { status: 409 }))).toBe(false);
    expect(isTransient(Object.assign(new Error('bad'), { $metadata: { httpStatusCode: 400 } }))).toBe(false);
    expect(isTransient(new TypeError('undefined is not a function'))).toBe(false);
  });

  it('stops retrying once cancelled, and rethrows the last error', async () => {
    const controller = new AbortController();
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls++;
        if (calls === 2) controller.abort();
        throw new ProviderError('busy', 'transient');
      },
      { retries: 10, minDelayMs: 1 },
      { sleep: async () => {}, random: () => 0, clock: () => 0, signal: controller.signal },
    ).catch((e: unknown) => e);
    expect(calls).toBe(2);
    expect((error as Error).message).toBe('busy');
  });
});
