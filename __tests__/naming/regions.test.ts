import { describe, expect, it } from 'vitest';
import { AWS_REGION_CODES, isKnownAwsRegion, regionCode } from '../../src/naming/index.js';
import { REGION_CODE_EXCEPTIONS, schemeRegionCode } from '../../src/naming/regions.js';

describe('AWS region codes', () => {
  const regions = Object.keys(AWS_REGION_CODES);

  it('gives every region a distinct code', () => {
    const codes = Object.values(AWS_REGION_CODES);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keeps the ten v1.0 codes exactly', () => {
    expect({
      'us-east-1': regionCode('us-east-1'),
      'us-east-2': regionCode('us-east-2'),
      'us-west-1': regionCode('us-west-1'),
      'us-west-2': regionCode('us-west-2'),
      'eu-west-1': regionCode('eu-west-1'),
      'eu-west-2': regionCode('eu-west-2'),
      'eu-central-1': regionCode('eu-central-1'),
      'ap-southeast-1': regionCode('ap-southeast-1'),
      'ap-southeast-2': regionCode('ap-southeast-2'),
      'ap-northeast-1': regionCode('ap-northeast-1'),
    }).toEqual({
      'us-east-1': 'use1',
      'us-east-2': 'use2',
      'us-west-1': 'usw1',
      'us-west-2': 'usw2',
      'eu-west-1': 'euw1',
      'eu-west-2': 'euw2',
      'eu-central-1': 'euc1',
      'ap-southeast-1': 'aps1',
      'ap-southeast-2': 'aps2',
      'ap-northeast-1': 'apne1',
    });
  });

  it('knows every commercial, GovCloud and China region', () => {
    const expected = [
      'af-south-1', 'ap-east-1', 'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3',
      'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7', 'ap-northeast-1', 'ap-northeast-2',
      'ap-northeast-3', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-west-1', 'eu-west-2',
      'eu-west-3', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-south-1', 'me-central-1',
      'mx-central-1', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'us-gov-east-1',
      'us-gov-west-1', 'cn-north-1', 'cn-northwest-1',
    ];
    for (const region of expected) expect(isKnownAwsRegion(region), region).toBe(true);
  });

  it('follows the documented scheme except for the documented exceptions', () => {
    for (const region of regions) {
      const expected = REGION_CODE_EXCEPTIONS[region] ?? schemeRegionCode(region);
      expect(AWS_REGION_CODES[region], region).toBe(expected);
    }
  });

  it('uses only lowercase letters and digits, so a code is valid in every name', () => {
    for (const code of Object.values(AWS_REGION_CODES)) expect(code).toMatch(/^[a-z0-9]+$/);
  });

  it('lets region_mapping override and extend, and knows nothing else', () => {
    expect(regionCode('eu-west-3', { 'eu-west-3': 'par' })).toBe('par');
    expect(regionCode('xx-east-1', { 'xx-east-1': 'xxe1' })).toBe('xxe1');
    expect(regionCode('eu-wst-1')).toBeUndefined();
    expect(regionCode('__proto__')).toBeUndefined();
    expect(regionCode('toString')).toBeUndefined();
    expect(isKnownAwsRegion('toString')).toBe(false);
  });
});
