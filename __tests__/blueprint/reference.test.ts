// docs/reference.md is generated from the schemas, the naming engine's rules and
// the diagnostic codes; it must match what they say now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/blueprint/codes.js';
import { describeRules } from '../../src/naming/index.js';

const script: string = '../../scripts/gen-reference.mjs';

describe('docs/reference.md', () => {
  it('is up to date (regenerate: node --import tsx scripts/gen-reference.mjs)', async () => {
    const { renderReference, REFERENCE_PATH } = (await import(script)) as { renderReference(): Promise<string>; REFERENCE_PATH: string };
    const fresh = await renderReference();
    expect(readFileSync(REFERENCE_PATH, 'utf8') === fresh, 'docs/reference.md differs from a fresh render').toBe(true);
  });

  it('documents every blueprint field, rule and code', () => {
    const text = readFileSync(new URL('../../docs/reference.md', import.meta.url), 'utf8');
    for (const field of ['database_ref', 'cluster_ref', 'lifecycle_days', 'deletion_policy', 'on_too_long', 'hash_generation']) {
      expect(text).toContain(`| \`${field}\` |`);
    }
    for (const { code } of DIAGNOSTIC_CODES) expect(text).toContain(`| \`${code}\` |`);
    for (const { code } of describeRules()) expect(text).toContain(`\`${code}\``);
    expect(text).toContain('`{project}-{purpose}-{layer}-{environment}-{region_short}`');
  });
});
