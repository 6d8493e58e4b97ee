// The Terraform-safe identifier of a dpn resource key: what `dpn export names`
// prints beside each name and what `dpn export terraform` uses as resource
// labels. Stable (a function of the key alone, never of the other resources)
// and collision-free (see terraformIdentifier).
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

/** Hex digits of SHA-256 kept in an identifier. */
const HASH_LENGTH = 8;

/**
 * `<slug>_<hash>`: the slug is the key in lower case with every run of
 * characters other than a-z and 0-9 turned into one `_` (readable, but lossy:
 * `a-b`, `a_b` and `A/b` share it); the hash is the first 8 hex digits of the
 * SHA-256 of the exact key, which tells such keys apart. Two keys get the same
 * identifier only if both their slugs and their 32-bit hashes agree;
 * `assertDistinct` checks every export for that and refuses rather than
 * emitting two resources under one name. The slug starts with a letter (a
 * resource type), so the result is a valid Terraform identifier and a valid
 * environment variable name once upper-cased.
 */
export function terraformIdentifier(key: string): string {
  const slug = key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const hash = createHash('sha256').update(key).digest('hex').slice(0, HASH_LENGTH);
  const head = /^[a-z]/.test(slug) ? slug : `r_${slug}`;
  return `${head.replace(/_$/, '')}_${hash}`;
}

/** The identifier of every key; throws when two keys would share one (never seen in practice, but never silent). */
export function identifiersOf(keys: Iterable<string>): Map<string, string> {
  const byKey = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const key of keys) {
    const id = terraformIdentifier(key);
    const other = byId.get(id);
    if (other !== undefined && other !== key) {
      throw new UserError(
        `resources "${other}" and "${key}" would share the Terraform identifier ${id}`,
        'EXPORT_IDENTIFIER_COLLISION',
        'rename one of them in its blueprint',
      );
    }
    byId.set(id, key);
    byKey.set(key, id);
  }
  return byKey;
}
