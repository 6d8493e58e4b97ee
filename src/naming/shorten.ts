// Deterministic shortening of a name that is too long, in the manner of
// cloudposse/terraform-null-label: keep the head of the name, drop trailing
// separators, then append separator + prefix + a hash of the FULL name. The
// result depends only on the full name and the hash settings, stays readable,
// and two long names that share a head still differ.
import { createRequire } from 'node:module';
import type { LengthUnit } from './rules.js';
import type { HashGeneration } from './types.js';

const HEX_LENGTH = { md5: 32, sha256: 64 } as const;

// node:crypto takes ~10 ms to load (a tenth of a small preview's whole run) and
// only a name that is too long needs it, so it is loaded on first use; with
// require, because naming is synchronous.
let crypto: typeof import('node:crypto') | undefined;
function createHash(algorithm: string) {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash(algorithm);
}

/** The first `length` hex characters of the hash of `text` (capped at the digest's length). */
export function nameHash(text: string, algorithm: HashGeneration['algorithm'], length: number): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex').slice(0, Math.min(length, HEX_LENGTH[algorithm]));
}

/** The hash length `nameHash` really yields for these settings. */
export function effectiveHashLength(hash: Pick<HashGeneration, 'algorithm' | 'length'>): number {
  return Math.min(hash.length, HEX_LENGTH[hash.algorithm]);
}

export interface ShortenSettings {
  /** Longest the result may be, in `unit`. */
  limit: number;
  unit: LengthUnit;
  hash: HashGeneration;
  /** The separator to use for this type (the configured one, or one the type allows). */
  separator: string;
}

function size(text: string, unit: LengthUnit): number {
  if (unit === 'bytes') return Buffer.byteLength(text, 'utf8');
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** The longest head of `text` within `budget`, never splitting a character. */
function head(text: string, budget: number, unit: LengthUnit): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const cost = unit === 'bytes' ? Buffer.byteLength(ch, 'utf8') : 1;
    if (used + cost > budget) break;
    used += cost;
    end += ch.length;
  }
  return text.slice(0, end);
}

const TRAILING = /[-_./\s]+$/u;

/**
 * `name` shortened to fit `settings.limit`, or undefined when the limit leaves
 * no room for at least one character of the name besides separator, prefix and hash.
 */
export function shortenName(name: string, settings: ShortenSettings): string | undefined {
  const { hash, separator, unit, limit } = settings;
  const digest = nameHash(name, hash.algorithm, hash.length);
  const suffix = `${separator}${hash.prefix}${digest}`;
  const budget = limit - size(suffix, unit);
  if (budget < 1) return undefined;
  let kept = head(name, budget, unit).replace(TRAILING, '');
  if (separator !== '' && kept.endsWith(separator)) kept = kept.slice(0, -separator.length).replace(TRAILING, '');
  if (kept === '') return undefined;
  return `${kept}${suffix}`;
}

/**
 * `name` shortened to fit `settings.limit` with its `tail` kept whole: the
 * head is cut, then separator + prefix + hash of the FULL name, then the tail
 * (`kv-dataplatform-secrets-dev-weu` → `kv-data-1a2b3c4d-dev-weu`). Undefined
 * when `name` does not end with `tail` or the tail leaves no room for at
 * least one character of the head; the caller then shortens the usual way.
 */
export function shortenKeepingTail(name: string, tail: string, settings: ShortenSettings): string | undefined {
  if (tail === '' || !name.endsWith(tail)) return undefined;
  const { hash, separator, unit, limit } = settings;
  const digest = nameHash(name, hash.algorithm, hash.length);
  // The tail brings its own leading separator (`-dev-weu`); a compact tail (`devweu`) has none.
  const middle = `${separator}${hash.prefix}${digest}`;
  const budget = limit - size(middle, unit) - size(tail, unit);
  if (budget < 1) return undefined;
  let kept = head(name.slice(0, name.length - tail.length), budget, unit).replace(TRAILING, '');
  if (separator !== '' && kept.endsWith(separator)) kept = kept.slice(0, -separator.length).replace(TRAILING, '');
  if (kept === '') return undefined;
  return `${kept}${middle}${tail}`;
}
