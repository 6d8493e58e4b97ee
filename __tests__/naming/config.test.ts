import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NAMING_CONFIG,
  DEFAULT_PATTERNS_DOCUMENT,
  DEFAULT_VALUES_DOCUMENT,
  NamingConfigError,
  RESOURCE_TYPES,
  checkName,
  generateName,
  inspectNamingConfig,
  resolveNamingConfig,
} from '../../src/naming/index.js';
import { hasUnsafeRepetition } from '../../src/naming/rules.js';

const patterns = (extra: Record<string, unknown>) => ({ ...DEFAULT_PATTERNS_DOCUMENT, ...extra });
const SOURCES = { values: '.dpn/naming-values.yaml', patterns: '.dpn/naming-patterns.yaml' };

function thrown(run: () => unknown): NamingConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof NamingConfigError) return error;
    throw error;
  }
  throw new Error('expected a NamingConfigError');
}

describe('built-in configuration', () => {
  it('equals the shipped example files of COMPAT.md', () => {
    expect(DEFAULT_VALUES_DOCUMENT).toEqual({
      version: '1.0',
      defaults: { project: 'dataplatform', region: 'us-east-1', region_short: 'use1', team: 'data-platform', cost_center: 'CC-12345', data_classification: 'internal' },
      environments: {
        dev: { environment: 'dev', data_classification: 'internal' },
        stg: { environment: 'stg', data_classification: 'internal' },
        prd: { environment: 'prd', data_classification: 'confidential' },
      },
      resource_types: {
        aws_s3_bucket: { purpose: 'raw', layer: 'raw' },
        aws_glue_database: { domain: 'finance', layer: 'gold' },
        dbx_cluster: { workload: 'etl', cluster_type: 'shared' },
        dbx_job: { job_type: 'batch', purpose: 'transformation', schedule: 'daily' },
      },
    });
    expect(Object.keys(DEFAULT_PATTERNS_DOCUMENT.patterns).sort()).toEqual([...RESOURCE_TYPES].sort());
    expect(DEFAULT_PATTERNS_DOCUMENT.transformations).toEqual({
      region_mapping: {
        'us-east-1': 'use1', 'us-east-2': 'use2', 'us-west-1': 'usw1', 'us-west-2': 'usw2', 'eu-west-1': 'euw1',
        'eu-west-2': 'euw2', 'eu-central-1': 'euc1', 'ap-southeast-1': 'aps1', 'ap-southeast-2': 'aps2', 'ap-northeast-1': 'apne1',
      },
      lowercase: ['project', 'environment', 'domain', 'layer', 'purpose', 'workload'],
      replace_hyphens: { project: '_' },
      hash_generation: { algorithm: 'md5', length: 8, prefix: '', separator: '-' },
    });
  });

  it('is what the default documents resolve to, and what no documents resolve to', () => {
    const fromDocuments = resolveNamingConfig(structuredClone(DEFAULT_VALUES_DOCUMENT), structuredClone(DEFAULT_PATTERNS_DOCUMENT));
    const { sources: _a, ...rest } = fromDocuments;
    const { sources: _b, ...builtIn } = DEFAULT_NAMING_CONFIG;
    expect(rest).toEqual(builtIn);
    expect(resolveNamingConfig()).toEqual(DEFAULT_NAMING_CONFIG);
    expect(DEFAULT_NAMING_CONFIG.sources).toEqual({ values: 'built-in', patterns: 'built-in' });
    expect(fromDocuments.sources).toEqual({ values: 'built-in', patterns: 'built-in' });
    expect(resolveNamingConfig(DEFAULT_VALUES_DOCUMENT, DEFAULT_PATTERNS_DOCUMENT, SOURCES).sources).toEqual(SOURCES);
  });

  it('is frozen, so no caller can change the convention of another', () => {
    expect(Object.isFrozen(DEFAULT_NAMING_CONFIG.defaults)).toBe(true);
    expect(Object.isFrozen(DEFAULT_NAMING_CONFIG.transformations.lowercase)).toBe(true);
    expect(Object.isFrozen(DEFAULT_PATTERNS_DOCUMENT.patterns)).toBe(true);
  });
});

describe('reading v1.0 documents', () => {
  it('a pattern the file leaves out keeps its built-in pattern', () => {
    const config = resolveNamingConfig(undefined, { version: '1.0', patterns: { aws_s3_bucket: '{project}-{purpose}-{environment}' } });
    expect(config.patterns.aws_s3_bucket).toBe('{project}-{purpose}-{environment}');
    expect(config.patterns.dbx_table).toBe('{table_type}_{entity}');
  });

  it('a values file stands alone, as in v1.0: a job schedule it does not give is missing', () => {
    const config = resolveNamingConfig({ version: '1.0', defaults: { project: 'oncology' } }, undefined, SOURCES);
    const result = generateName('dbx_job', { metadata: { environment: 'dev' }, resource: { job_type: 'batch', purpose: 'load' }, overrides: {} }, config);
    expect(result.name).toBeUndefined();
    expect(result.violations.map((v) => v.message).join()).toContain('{schedule}');
  });

  it('a patterns file without transformations changes no case and replaces no hyphen, but knows every region', () => {
    const config = resolveNamingConfig(undefined, { version: '1.0', patterns: {} });
    const bucket = generateName('aws_s3_bucket', { metadata: { environment: 'dev', project: 'Data', region: 'eu-south-2' }, resource: { purpose: 'raw', layer: 'raw' }, overrides: {} }, config);
    expect(bucket.generated).toBe('Data-raw-raw-dev-eus2');
    expect(bucket.violations.map((v) => v.code)).toContain('S3_CHARSET');
  });

  it('takes numbers in values as text', () => {
    const config = resolveNamingConfig({ version: '1.0', defaults: { project: 'p', cost_center: 12345 } });
    expect(config.defaults.cost_center).toBe('12345');
  });

  it('reports every broken pattern and regular expression with its path, at once', () => {
    const error = thrown(() =>
      resolveNamingConfig(
        undefined,
        patterns({
          patterns: { aws_s3_bucket: '{project}-{purpose', dbx_table: '{table type}' },
          validation: { allowed_chars: { aws_s3_bucket: '[a-z' } },
        }),
        SOURCES,
      ),
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['NAMING_CONFIG_PATTERN', 'patterns.aws_s3_bucket'],
      ['NAMING_CONFIG_PATTERN', 'patterns.dbx_table'],
      ['NAMING_CONFIG_REGEX', 'validation.allowed_chars.aws_s3_bucket'],
    ]);
    expect(error.issues.every((issue) => issue.source === SOURCES.patterns && issue.document === 'patterns')).toBe(true);
    expect(error.message).toContain('.dpn/naming-patterns.yaml');
  });

  it('refuses a regular expression that can take exponential time', () => {
    const error = thrown(() => resolveNamingConfig(undefined, patterns({ validation: { allowed_chars: { aws_s3_bucket: '^(a+)+$' } } })));
    expect(error.issues[0]?.code).toBe('NAMING_CONFIG_REGEX');
  });

  it('tells a repetition that can blow up from one that cannot', () => {
    for (const unsafe of ['^(a+)+$', '^([a-z]+)*$', '^(-[a-z0-9-]+)*$', '((a+))+', '^(.+)*$', '^(\\w+\\s?)*$', '^(a{1,}){2,}$']) {
      expect(hasUnsafeRepetition(unsafe), unsafe).toBe(true);
    }
    for (const safe of ['^[a-z0-9-]+(\\.[a-z0-9-]+)*$', '^(-[a-z0-9]+)*$', '^(?:_[a-z]+)+$', '^[a-z]+$', '^[(a+)]+$', '^(ab+)+$', '^(x\\d+)+$']) {
      expect(hasUnsafeRepetition(safe), safe).toBe(false);
    }
    expect(() => resolveNamingConfig(undefined, patterns({ validation: { allowed_chars: { aws_s3_bucket: '^[a-z0-9-]+(\\.[a-z0-9-]+)*$' } } }))).not.toThrow();
  });

  it('accepts the Python-style classes of the v1.0 example file', () => {
    const config = resolveNamingConfig(undefined, patterns({ validation: { allowed_chars: { dbx_job: '^[a-zA-Z0-9-_]+$' } } }));
    expect(checkName('dbx_job', 'dataplatform-batch_x', config)).toEqual([]);
    expect(checkName('dbx_job', 'a b', config).map((v) => v.code)).toEqual(['NAMING_ALLOWED_CHARS']);
  });

  it('{{ and }} are literal braces, as in v1.0', () => {
    const config = resolveNamingConfig(undefined, patterns({ patterns: { dbx_job: '{{{project}}}' } }));
    expect(generateName('dbx_job', { metadata: {}, resource: {}, overrides: {} }, config).name).toBe('{dataplatform}');
  });

  it('ignores a __proto__ key in a document', () => {
    const values = JSON.parse('{"version": "1.0", "defaults": {"project": "p", "__proto__": {"x": "1"}}}') as object;
    const config = resolveNamingConfig(values);
    expect(Object.keys(config.defaults)).toEqual(['project']);
  });
});

describe('validation in the YAML may tighten the platform rules, never loosen them', () => {
  it('max_length below the platform limit applies, to checks and to shortening', () => {
    const config = resolveNamingConfig(undefined, patterns({ validation: { max_length: { aws_s3_bucket: 40 } } }));
    const name41 = 'a'.repeat(41);
    expect(checkName('aws_s3_bucket', name41).map((v) => v.code)).toEqual([]);
    expect(checkName('aws_s3_bucket', name41, config).map((v) => v.code)).toEqual(['NAMING_MAX_LENGTH']);
    expect(checkName('aws_s3_bucket', 'a'.repeat(40), config)).toEqual([]);
    const result = generateName('aws_s3_bucket', { metadata: { environment: 'dev' }, resource: { purpose: 'customer-behaviour-analytics', layer: 'raw' }, overrides: {} }, config);
    expect(result.shortened?.limit).toBe(40);
    expect(result.name).toHaveLength(40);
  });

  it('max_length above the platform limit is ignored, with a warning', () => {
    const doc = patterns({ validation: { max_length: { aws_s3_bucket: 100, dbx_cluster: 500 } } });
    const config = resolveNamingConfig(undefined, doc);
    expect(checkName('aws_s3_bucket', 'a'.repeat(64), config).map((v) => v.code)).toEqual(['S3_LENGTH']);
    // a type without a platform limit takes the configured one
    expect(checkName('dbx_cluster', 'a'.repeat(501), config).map((v) => v.code)).toEqual(['NAMING_MAX_LENGTH']);
    const { issues } = inspectNamingConfig(undefined, doc, SOURCES);
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'NAMING_CONFIG_MAX_LENGTH_IGNORED', path: ['validation', 'max_length', 'aws_s3_bucket'] }),
    ]);
  });

  it('allowed_chars is checked in addition to the platform character set', () => {
    const config = resolveNamingConfig(undefined, patterns({ validation: { allowed_chars: { aws_s3_bucket: '^[a-z-]+$', dbx_table: '.*' } } }));
    expect(checkName('aws_s3_bucket', 'raw-1', config).map((v) => v.code)).toEqual(['NAMING_ALLOWED_CHARS']);
    expect(checkName('aws_s3_bucket', 'raw-one', config)).toEqual([]);
    // ".*" allows anything, yet the platform rule still applies
    expect(checkName('dbx_table', 'a.b', config).map((v) => v.code)).toEqual(['UC_CHARSET']);
  });

  it('required_variables are enforced', () => {
    const config = resolveNamingConfig(undefined, patterns({ validation: { required_variables: { dbx_volume: ['team', 'owner'] } } }));
    const result = generateName('dbx_volume', { metadata: { environment: 'dev' }, resource: { data_type: 'raw', purpose: 'landing' }, overrides: {} }, config);
    expect(result.name).toBeUndefined();
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]).toMatchObject({ code: 'NAMING_MISSING_VARIABLE' });
    expect(result.violations[0]?.message).toContain('"owner"');
    const given = generateName('dbx_volume', { metadata: { environment: 'dev', owner: 'ana' }, resource: { data_type: 'raw', purpose: 'landing' }, overrides: {} }, config);
    expect(given.name).toBe('raw_landing');
  });
});

describe('warnings', () => {
  it('flags two regions that end up with one code', () => {
    const { config, issues } = inspectNamingConfig(undefined, patterns({ transformations: { region_mapping: { 'eu-west-3': 'euw1' } } }));
    expect(config).toBeDefined();
    expect(issues.map((issue) => issue.code)).toEqual(['NAMING_CONFIG_REGION_CODE_CLASH']);
    expect(issues[0]?.message).toContain('eu-west-1');
  });

  it('flags a hash longer than the algorithm gives', () => {
    const { issues } = inspectNamingConfig(undefined, patterns({ transformations: { hash_generation: { algorithm: 'md5', length: 40 } } }));
    expect(issues.map((issue) => issue.code)).toEqual(['NAMING_CONFIG_HASH_LENGTH']);
  });

  it('the built-in configuration has none', () => {
    expect(inspectNamingConfig().issues).toEqual([]);
  });
});
