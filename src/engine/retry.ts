// Which provider failures are worth another attempt, and the retry loop around
// one driver call: exponential backoff with jitter, `Retry-After` honoured, a
// bounded total time, and an injectable sleep so tests run instantly.
import pRetry from 'p-retry';
import { setTimeout as delay } from 'node:timers/promises';
import { ProviderError } from '../providers/driver.js';

export interface RetryOptions {
  /** Attempts after the first (default 6). */
  retries?: number;
  /** First backoff delay in ms (default 250). */
  minDelayMs?: number;
  /** Largest single delay in ms (default 20 000). */
  maxDelayMs?: number;
  /** Give up once this much time went by since the first attempt (default 120 000). */
  maxTotalMs?: number;
  factor?: number;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = async (ms, signal) => {
  await delay(ms, undefined, signal ? { signal } : {});
};

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'RequestTimeout',
  'ServiceUnavailable',
  'InternalError',
  'REQUEST_LIMIT_EXCEEDED',
  'TEMPORARILY_UNAVAILABLE',
]);

function statusOf(error: unknown): number | undefined {
  const e = error as { details?: { status?: unknown }; status?: unknown; $metadata?: { httpStatusCode?: unknown } };
  const s = e?.details?.status ?? e?.$metadata?.httpStatusCode ?? e?.status;
  return typeof s === 'number' ? s : undefined;
}

/** Throttling, 5xx, timeouts and dropped connections: the same call may well succeed later. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ProviderError) {
    if (error.kind === 'transient') return true;
    if (error.kind !== 'fatal') return false;
  }
  if (!(error instanceof Error)) return false;
  const status = statusOf(error);
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  if (error.name === 'TimeoutError') return true;
  const e = error as Error & { code?: unknown; cause?: { code?: unknown }; $retryable?: unknown };
  if (e.$retryable) return true;
  for (const code of [e.code, e.cause?.code, (error as ProviderError).details?.code, error.name]) {
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  }
  return false;
}

function retryAfterMs(error: unknown): number | undefined {
  const ms = (error as ProviderError)?.details?.retryAfterMs;
  return typeof ms === 'number' && ms >= 0 ? ms : undefined;
}

export interface RetryHooks {
  sleep: Sleep;
  random: () => number;
  /** Monotonic milliseconds, for the total-time bound. */
  clock: () => number;
  signal?: AbortSignal;
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void;
}

/** The delay before retry `attempt` (1-based): exponential, with "equal jitter". */
export function backoffMs(attempt: number, options: RetryOptions, random: () => number): number {
  const min = options.minDelayMs ?? 250;
  const max = options.maxDelayMs ?? 20_000;
  const exp = Math.min(max, min * (options.factor ?? 2) ** (attempt - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}

/** Runs `call`, retrying transient failures; anything else fails at once. */
export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions, hooks: RetryHooks): Promise<T> {
  const started = hooks.clock();
  const maxTotal = options.maxTotalMs ?? 120_000;
  return pRetry(call, {
    retries: options.retries ?? 6,
    // p-retry's own timer is switched off: the delay happens in onFailedAttempt
    // through the injected sleep, so tests control time and Retry-After wins.
    minTimeout: 0,
    maxTimeout: 0,
    factor: 1,
    onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
      if (!isTransient(error) || retriesLeft === 0) return;
      // Stop retrying on cancellation: the caller compensates, and time is short.
      if (hooks.signal?.aborted) throw error;
      const wait = retryAfterMs(error) ?? backoffMs(attemptNumber, options, hooks.random);
      if (hooks.clock() - started + wait > maxTotal) throw error;
      hooks.onRetry?.(attemptNumber, wait, error);
      try {
        await hooks.sleep(wait, hooks.signal);
      } catch {
        throw error;
      }
    },
    shouldRetry: ({ error }) => isTransient(error) && !hooks.signal?.aborted,
  });
}
