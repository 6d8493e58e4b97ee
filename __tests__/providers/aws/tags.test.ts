// AWS tag rules and tag merging, without any AWS.
import { describe, expect, it } from 'vitest';
import { mergeTags, tagProblems, validateTags } from '../../../src/providers/aws/tags.js';
import { ProviderError } from '../../../src/providers/driver.js';

describe('tagProblems', () => {
  it('accepts what AWS accepts: letters of any script, digits, spaces and + - = . _ : / @, empty values', () => {
    expect(
      tagProblems({
        CostCenter: 'CC-12345',
        'team/owner@example.com': 'a+b=c.d_e:f',
        Équipe: 'données',
        'Display Name': 'Sales Ops',
        Empty: '',
      }),
    ).toEqual([]);
  });

  it('names each broken rule', () => {
    const problems = tagProblems({
      'aws:cloudformation:stack': 'x',
      'AWS:Upper': 'x',
      'dpn:archived': 'true',
      '': 'x',
      Owner: 'a;b',
      'bad*key': 'x',
      ['k'.repeat(129)]: 'x',
      Long: 'v'.repeat(257),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "tag key 'aws:cloudformation:stack' uses the reserved prefix 'aws:'",
        "tag key 'AWS:Upper' uses the reserved prefix 'aws:'",
        "tag key 'dpn:archived' uses the prefix 'dpn:' that dpn reserves for its own markers",
        'a tag key is empty',
        "tag 'Owner' has a value with characters outside letters, digits, spaces and + - = . _ : / @",
        "tag key 'bad*key' has characters outside letters, digits, spaces and + - = . _ : / @",
        "tag 'Long' has a value of 257 characters, at most 256",
      ]),
    );
    expect(problems.some((p) => p.includes('129 characters, at most 128'))).toBe(true);
  });

  it('counts characters, not UTF-16 units, against the limits', () => {
    expect(tagProblems({ ['é'.repeat(128)]: '日'.repeat(256) })).toEqual([]);
  });

  it('allows at most 50 tags, fewer when dpn needs room for its markers', () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    expect(tagProblems(fifty)).toEqual([]);
    expect(tagProblems({ ...fifty, k50: 'v' })).toEqual(['51 tags, at most 50 allowed']);
    expect(tagProblems(fifty, 48)).toEqual(['50 tags, at most 48 allowed']);
  });

  it('validateTags throws an invalid ProviderError naming the resource', () => {
    expect(() => validateTags({ 'aws:x': 'y' }, "S3 bucket 'b'")).toThrow(ProviderError);
    try {
      validateTags({ 'aws:x': 'y' }, "S3 bucket 'b'");
    } catch (error) {
      expect((error as ProviderError).kind).toBe('invalid');
      expect((error as ProviderError).message).toMatch(/^S3 bucket 'b': invalid tags \(AWS tag rules\): /);
    }
  });
});

describe('mergeTags', () => {
  it('keeps foreign tags, drops tags dpn applied and no longer wants, sets the desired ones', () => {
    const live = { Team: 'old', CostCenter: 'CC-1', Owner: 'alice', 'dpn:archived': 'true' };
    const previous = { Team: 'old', CostCenter: 'CC-1' };
    const desired = { Team: 'new', Project: 'dp' };
    expect(mergeTags(live, desired, previous)).toEqual({ Team: 'new', Project: 'dp', Owner: 'alice', 'dpn:archived': 'true' });
  });
});
