// AWS tag rules (checked before any call, since emulators accept anything) and how a
// desired tag set is merged into what a resource already carries.
import { ProviderError } from '../driver.js';

/** Tags dpn itself writes (archive markers); users may not set them. */
export const DPN_TAG_PREFIX = 'dpn:';
export const MAX_TAGS = 50;
const MAX_KEY = 128;
const MAX_VALUE = 256;
// Letters, digits and whitespace in any script, plus + - = . _ : / @ (AWS tagging guide).
const ALLOWED = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Every broken rule, one line each; empty when the tags are fine. */
export function tagProblems(tags: Record<string, string>, limit = MAX_TAGS): string[] {
  const problems: string[] = [];
  const keys = Object.keys(tags);
  if (keys.length > limit) problems.push(`${keys.length} tags, at most ${limit} allowed`);
  for (const key of keys) {
    const value = tags[key] ?? '';
    const keyLength = [...key].length;
    if (keyLength === 0) problems.push('a tag key is empty');
    if (keyLength > MAX_KEY) problems.push(`tag key '${key.slice(0, 40)}…' is ${keyLength} characters, at most ${MAX_KEY}`);
    if (!ALLOWED.test(key)) problems.push(`tag key '${key}' has characters outside letters, digits, spaces and + - = . _ : / @`);
    if (key.toLowerCase().startsWith('aws:')) problems.push(`tag key '${key}' uses the reserved prefix 'aws:'`);
    if (key.startsWith(DPN_TAG_PREFIX)) problems.push(`tag key '${key}' uses the prefix '${DPN_TAG_PREFIX}' that dpn reserves for its own markers`);
    const valueLength = [...value].length;
    if (valueLength > MAX_VALUE) problems.push(`tag '${key}' has a value of ${valueLength} characters, at most ${MAX_VALUE}`);
    if (!ALLOWED.test(value)) problems.push(`tag '${key}' has a value with characters outside letters, digits, spaces and + - = . _ : / @`);
  }
  return problems;
}

/** Throws an 'invalid' ProviderError naming the resource and every broken rule. */
export function validateTags(tags: Record<string, string>, subject: string, limit = MAX_TAGS): void {
  const problems = tagProblems(tags, limit);
  if (problems.length > 0) {
    throw new ProviderError(`${subject}: invalid tags (AWS tag rules): ${problems.join('; ')}`, 'invalid', {
      code: 'InvalidTag',
    });
  }
}

/**
 * The tag set to write: what the resource carries, minus the keys dpn applied before
 * and the blueprint no longer asks for, plus the desired tags. Tags somebody else put
 * on the resource survive.
 */
export function mergeTags(
  live: Record<string, string>,
  desired: Record<string, string>,
  previouslyApplied: Record<string, string> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(live)) {
    if (key in previouslyApplied && !(key in desired)) continue;
    out[key] = value;
  }
  return { ...out, ...desired };
}

/** Tags without dpn's own markers: what a LiveResource reports. */
export function userTags(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([k]) => !k.startsWith(DPN_TAG_PREFIX)));
}

export function sameTags(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b && a[k] === b[k]);
}
