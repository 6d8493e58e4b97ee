import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NAMING_CONFIG,
  DEFAULT_PATTERNS_DOCUMENT,
  checkName,
  generateName,
  resolveNamingConfig,
  shortenName,
  type NamingConfig,
  type NamingValues,
  type ResourceType,
} from '../../src/naming/index.js';

const METADATA = { environment: 'prd', project: 'dataplatform', region: 'eu-west-1' };

function name(type: ResourceType, resource: NamingValues, config: NamingConfig = DEFAULT_NAMING_CONFIG) {
  return generateName(type, { metadata: METADATA, resource, overrides: {} }, config);
}

function withPatterns(extra: Record<string, unknown>): NamingConfig {
  return resolveNamingConfig(undefined, { ...DEFAULT_PATTERNS_DOCUMENT, ...extra });
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('shortening a name that is too long', () => {
  const longPurpose = 'customer-behaviour-analytics-clickstream-enrichment';

  it('keeps the head, appends separator and a hash of the full name, and fits the limit', () => {
    const purpose = 'customerbehaviouranalyticsclickstreamenrichment';
    const result = name('aws_s3_bucket', { purpose, layer: 'curated' });
    const full = `dataplatform-${purpose}-curated-prd-euw1`;
    expect(result.generated).toBe(full);
    expect(result.violations).toEqual([]);
    expect(result.shortened).toEqual({ from: full, limit: 63 });
    expect(result.name).toHaveLength(63);
    expect(result.name).toBe(`${full.slice(0, 54)}-${md5(full).slice(0, 8)}`);
    expect(checkName('aws_s3_bucket', result.name ?? '')).toEqual([]);
  });

  it('is deterministic', () => {
    const first = name('aws_s3_bucket', { purpose: longPurpose, layer: 'raw' });
    const second = name('aws_s3_bucket', { purpose: longPurpose, layer: 'raw' });
    expect(second.name).toBe(first.name);
  });

  it('gives two long names that share their head different names', () => {
    const one = name('aws_s3_bucket', { purpose: longPurpose, layer: 'raw' });
    const two = name('aws_s3_bucket', { purpose: longPurpose, layer: 'curated' });
    expect(one.name?.slice(0, 54)).toBe(two.name?.slice(0, 54));
    expect(one.name).not.toBe(two.name);
  });

  it('drops separators the cut leaves at the end of the head', () => {
    // the cut at 54 characters falls right after a "-"
    const purpose = `${'a'.repeat(40)}-bbbbbbbbbbbbbbbbbbbb`;
    const result = name('aws_s3_bucket', { purpose, layer: 'raw' });
    expect(result.name).toMatch(/^dataplatform-a{40}-[0-9a-f]{8}$/);
  });

  it('joins Glue and Unity Catalog hashes with "_", which their names allow', () => {
    const config = withPatterns({ validation: { max_length: { aws_glue_table: 30, dbx_table: 30 } } });
    for (const type of ['aws_glue_table', 'dbx_table'] as const) {
      const result = name(type, { table_type: 'fact', entity: 'customer_lifetime_value_by_channel' }, config);
      expect(result.violations).toEqual([]);
      expect(result.name).toMatch(/^fact_customer_lifetim_[0-9a-f]{8}$/);
      expect(result.name).toHaveLength(30);
      expect(checkName(type, result.name ?? '', config)).toEqual([]);
    }
  });

  it('uses the configured algorithm, length, prefix and separator', () => {
    const config = withPatterns({
      transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, hash_generation: { algorithm: 'sha256', length: 12, prefix: 'h', separator: '.' } },
    });
    const result = name('aws_s3_bucket', { purpose: longPurpose, layer: 'raw' }, config);
    const full = result.generated;
    const digest = createHash('sha256').update(full).digest('hex').slice(0, 12);
    expect(result.name).toBe(`${full.slice(0, 63 - 14)}.h${digest}`);
  });

  it('falls back to a separator the type allows', () => {
    // "." is fine in a bucket name but not in a Lambda function name
    const config = withPatterns({
      transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, hash_generation: { separator: '.' } },
    });
    const result = name('aws_lambda_function', { domain: 'sales', trigger: 's3', action: 'a'.repeat(60) }, config);
    expect(result.name).toMatch(/^dataplatform-prd-sales-s3-a+-[0-9a-f]{8}$/);
    expect(result.name).toHaveLength(64);
  });

  it('measures Databricks job names in UTF-8 bytes and never splits a character', () => {
    const result = name('dbx_job', { job_type: 'batch', purpose: 'é'.repeat(2100) });
    expect(result.violations).toEqual([]);
    expect(result.shortened?.limit).toBe(4096);
    expect(Buffer.byteLength(result.name ?? '', 'utf8')).toBeLessThanOrEqual(4096);
    expect(result.name).toMatch(/^dataplatform-batch-é+-[0-9a-f]{8}$/);
  });

  it('refuses when the limit leaves no room for the hash', () => {
    const config = withPatterns({ validation: { max_length: { aws_s3_bucket: 9 } } });
    const result = name('aws_s3_bucket', { purpose: 'raw', layer: 'raw' }, config);
    expect(result.name).toBeUndefined();
    expect(result.violations.map((v) => v.code)).toEqual(['NAME_TOO_LONG']);
    expect(result.violations[0]?.message).toContain('no room for a hash');
  });

  it('does not shorten a name that also breaks another rule', () => {
    const result = name('aws_s3_bucket', { purpose: `Bad_${longPurpose}`, layer: 'raw' });
    expect(result.name).toBeUndefined();
    expect(result.shortened).toBeUndefined();
    expect(result.violations.map((v) => v.code)).toEqual(['S3_LENGTH', 'S3_CHARSET']);
  });

  it('reports a hash prefix the type does not allow instead of printing an invalid name', () => {
    const config = withPatterns({
      transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, hash_generation: { prefix: 'H' } },
    });
    const result = name('aws_s3_bucket', { purpose: longPurpose, layer: 'raw' }, config);
    expect(result.name).toBeUndefined();
    expect(result.violations[0]?.code).toBe('S3_CHARSET');
    expect(result.violations[0]?.message).toContain('after shortening');
  });

  it('shortenName on its own', () => {
    const hash = { algorithm: 'md5', length: 8, prefix: '', separator: '-' } as const;
    expect(shortenName('a'.repeat(100), { limit: 20, unit: 'characters', hash, separator: '-' })).toBe(`${'a'.repeat(11)}-${md5('a'.repeat(100)).slice(0, 8)}`);
    expect(shortenName('a'.repeat(100), { limit: 9, unit: 'characters', hash, separator: '-' })).toBeUndefined();
    expect(shortenName('---------x', { limit: 10, unit: 'characters', hash, separator: '-' })).toBeUndefined();
  });
});

describe('on_too_long: fail', () => {
  it('refuses the name with NAME_TOO_LONG and the limit, per type', () => {
    const config = withPatterns({ validation: { on_too_long: { aws_s3_bucket: 'fail' } } });
    const result = name('aws_s3_bucket', { purpose: 'x'.repeat(60), layer: 'raw' }, config);
    expect(result.name).toBeUndefined();
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]?.code).toBe('NAME_TOO_LONG');
    expect(result.violations[0]?.message).toContain('63');
    expect(result.violations[0]?.message).toContain('fail');
    // other types still shorten
    expect(name('aws_lambda_function', { domain: 'd', trigger: 't', action: 'x'.repeat(80) }, config).name).toHaveLength(64);
  });

  it('"*" sets the policy of every type a key does not name', () => {
    const config = withPatterns({ validation: { on_too_long: { '*': 'fail', aws_lambda_function: 'shorten' } } });
    expect(name('aws_s3_bucket', { purpose: 'x'.repeat(60), layer: 'raw' }, config).violations[0]?.code).toBe('NAME_TOO_LONG');
    expect(name('aws_lambda_function', { domain: 'd', trigger: 't', action: 'x'.repeat(80) }, config).name).toHaveLength(64);
  });

  it('a name within the limit is unaffected', () => {
    const config = withPatterns({ validation: { on_too_long: { '*': 'fail' } } });
    expect(name('aws_s3_bucket', { purpose: 'landing', layer: 'raw' }, config).name).toBe('dataplatform-landing-raw-prd-euw1');
  });
});
