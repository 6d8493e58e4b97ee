import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PATTERNS_DOCUMENT,
  RESOURCE_TYPES,
  RULES,
  checkName,
  describeRules,
  resolveNamingConfig,
  type NamingConfig,
  type ResourceType,
} from '../../src/naming/index.js';
import { compileRules } from '../../src/naming/rules.js';
import { CLOUD_CASES } from './cloud-cases.js';

// For every rule of every type: names just inside the rule (valid as a whole)
// and names just outside it (breaking that rule).
interface RuleCase {
  type: ResourceType;
  code: string;
  inside: string[];
  outside: string[];
}

const a = (n: number) => 'a'.repeat(n);

const UC = ['dbx_catalog', 'dbx_schema', 'dbx_table', 'dbx_volume'] as const;
const GLUE = ['aws_glue_database', 'aws_glue_table'] as const;

const CASES: RuleCase[] = [
  { type: 'aws_s3_bucket', code: 'S3_LENGTH', inside: [a(3), a(63)], outside: [a(2), a(64)] },
  { type: 'aws_s3_bucket', code: 'S3_CHARSET', inside: ['my.bucket-1'], outside: ['my_bucket', 'My-bucket', 'my bucket', 'bücket'] },
  { type: 'aws_s3_bucket', code: 'S3_START_END', inside: ['a-b', '1.b-2'], outside: ['-ab', 'ab-', '.ab', 'ab.'] },
  { type: 'aws_s3_bucket', code: 'S3_DOUBLE_DOT', inside: ['a.b.c'], outside: ['a..b'] },
  { type: 'aws_s3_bucket', code: 'S3_IP_ADDRESS', inside: ['192.168.5', '192.168.5.4x'], outside: ['192.168.5.4'] },
  { type: 'aws_s3_bucket', code: 'S3_RESERVED_PREFIX', inside: ['xn-abc', 'sthreeabc', 'amzn-s3-demo'], outside: ['xn--abc', 'sthree-abc', 'amzn-s3-demo-bucket'] },
  {
    type: 'aws_s3_bucket',
    code: 'S3_RESERVED_SUFFIX',
    inside: ['abc-s3alia', 'abc-ol-s3', 'abc-mrap', 'abc-x-s3', 'abc-table-s3'],
    outside: ['abc-s3alias', 'abc--ol-s3', 'abc.mrap', 'abc--x-s3', 'abc--table-s3'],
  },
  ...GLUE.flatMap((type): RuleCase[] => [
    { type, code: 'GLUE_LENGTH', inside: [a(1), a(255)], outside: ['', a(256)] },
    { type, code: 'GLUE_CHARSET', inside: ['fact_orders_2'], outside: ['fact-orders', 'Fact_orders', 'fact.orders'] },
    { type, code: 'GLUE_START', inside: ['a1', 'z_'], outside: ['_a', '1a'] },
  ]),
  { type: 'aws_glue_crawler', code: 'GLUE_CRAWLER_LENGTH', inside: [a(1), a(255)], outside: ['', a(256)] },
  { type: 'aws_glue_crawler', code: 'GLUE_CRAWLER_CHARSET', inside: ['My crawler (s3)\tsales'], outside: ['a\nb', 'a\u0000b'] },
  { type: 'aws_lambda_function', code: 'LAMBDA_LENGTH', inside: [a(1), a(64)], outside: ['', a(65)] },
  { type: 'aws_lambda_function', code: 'LAMBDA_CHARSET', inside: ['My_fn-1'], outside: ['my.fn', 'my fn', 'my:fn'] },
  { type: 'aws_iam_role', code: 'IAM_ROLE_LENGTH', inside: [a(1), a(64)], outside: ['', a(65)] },
  { type: 'aws_iam_role', code: 'IAM_ROLE_CHARSET', inside: ['Role+=,.@_-1'], outside: ['a b', 'a/b', 'a:b'] },
  { type: 'aws_iam_policy', code: 'IAM_POLICY_LENGTH', inside: [a(1), a(128)], outside: ['', a(129)] },
  { type: 'aws_iam_policy', code: 'IAM_POLICY_CHARSET', inside: ['Policy+=,.@_-1'], outside: ['a b', 'a/b'] },
  { type: 'aws_kinesis_stream', code: 'KINESIS_LENGTH', inside: [a(1), a(128)], outside: ['', a(129)] },
  { type: 'aws_kinesis_stream', code: 'KINESIS_CHARSET', inside: ['A_b.c-1'], outside: ['a:b', 'a b'] },
  { type: 'aws_kinesis_firehose', code: 'FIREHOSE_LENGTH', inside: [a(1), a(64)], outside: ['', a(65)] },
  { type: 'aws_kinesis_firehose', code: 'FIREHOSE_CHARSET', inside: ['A_b.c-1'], outside: ['a/b'] },
  { type: 'aws_dynamodb_table', code: 'DDB_LENGTH', inside: [a(3), a(255)], outside: [a(2), a(256)] },
  { type: 'aws_dynamodb_table', code: 'DDB_CHARSET', inside: ['My_table.v1-x'], outside: ['my table', 'my:table'] },
  { type: 'aws_sns_topic', code: 'SNS_LENGTH', inside: [a(1), a(256)], outside: ['', a(257)] },
  { type: 'aws_sns_topic', code: 'SNS_CHARSET', inside: ['My_topic-1'], outside: ['my topic', 'my:topic'] },
  { type: 'aws_sns_topic', code: 'SNS_FIFO_SUFFIX', inside: ['orders.fifo'], outside: ['orders.v1', 'a.fifo.fifo'] },
  { type: 'aws_sqs_queue', code: 'SQS_LENGTH', inside: [a(1), a(80), `${a(75)}.fifo`], outside: ['', a(81), `${a(76)}.fifo`] },
  { type: 'aws_sqs_queue', code: 'SQS_CHARSET', inside: ['My_queue-1'], outside: ['my queue', 'my/queue'] },
  { type: 'aws_sqs_queue', code: 'SQS_FIFO_SUFFIX', inside: ['jobs.fifo'], outside: ['jobs.v1'] },
  { type: 'aws_step_function', code: 'SFN_LENGTH', inside: [a(1), a(80)], outside: ['', a(81)] },
  { type: 'aws_step_function', code: 'SFN_CHARSET', inside: ['My.machine_v1-x(é)'], outside: ['a b', 'a:b', 'a{b', 'a*b', 'a/b', 'a\u0085b'] },
  { type: 'dbx_workspace', code: 'DBX_WORKSPACE_LENGTH', inside: [a(1), a(5000)], outside: [''] },
  { type: 'dbx_workspace', code: 'DBX_WORKSPACE_CHARSET', inside: ['My workspace (prd)'], outside: ['a\u0001b', 'a\u007fb'] },
  { type: 'dbx_cluster', code: 'DBX_CLUSTER_LENGTH', inside: [a(1), a(5000)], outside: [''] },
  { type: 'dbx_cluster', code: 'DBX_CLUSTER_CHARSET', inside: ['etl cluster: shared/prd'], outside: ['a\nb'] },
  { type: 'dbx_job', code: 'DBX_JOB_LENGTH', inside: [a(1), a(4096), 'é'.repeat(2048)], outside: ['', a(4097), 'é'.repeat(2049)] },
  { type: 'dbx_job', code: 'DBX_JOB_CHARSET', inside: ['Daily load: sales/orders'], outside: ['a\tb'] },
  { type: 'dbx_notebook_path', code: 'DBX_PATH_LENGTH', inside: ['/a'], outside: [''] },
  { type: 'dbx_notebook_path', code: 'DBX_PATH_CHARSET', inside: ['/Shared/My notebook'], outside: ['/a\nb'] },
  { type: 'dbx_notebook_path', code: 'DBX_PATH_ABSOLUTE', inside: ['/a/b'], outside: ['a/b', 'ab'] },
  { type: 'dbx_notebook_path', code: 'DBX_PATH_SEGMENTS', inside: ['/a/b.c/d'], outside: ['/a//b', '/a/', '/a/../b', '/./a', '/'] },
  { type: 'dbx_repo', code: 'DBX_REPO_LENGTH', inside: [a(1)], outside: [''] },
  { type: 'dbx_repo', code: 'DBX_REPO_CHARSET', inside: ['my-repo_1.x'], outside: ['a/b', 'a\nb'] },
  { type: 'dbx_pipeline', code: 'DBX_PIPELINE_LENGTH', inside: [a(1)], outside: [''] },
  { type: 'dbx_pipeline', code: 'DBX_PIPELINE_CHARSET', inside: ['Sales pipeline (dlt)'], outside: ['a\rb'] },
  { type: 'dbx_sql_warehouse', code: 'DBX_WAREHOUSE_LENGTH', inside: [a(1), a(99)], outside: ['', a(100)] },
  { type: 'dbx_sql_warehouse', code: 'DBX_WAREHOUSE_CHARSET', inside: ['Analytics warehouse'], outside: ['a\u0000'] },
  ...UC.flatMap((type): RuleCase[] => [
    { type, code: 'UC_LENGTH', inside: [a(1), a(255)], outside: ['', a(256)] },
    { type, code: 'UC_CHARSET', inside: ['dim_customers', 'sales-2024', 'été'], outside: ['a.b', 'a b', 'a/b', 'a\u007fb', 'a\u0001b'] },
    { type, code: 'UC_LOWERCASE', inside: ['dim_customers'], outside: ['Dim_customers', 'ÉTÉ'] },
  ]),
  { type: 'dbx_secret_scope', code: 'DBX_SECRET_SCOPE_LENGTH', inside: [a(1), a(128)], outside: ['', a(129)] },
  { type: 'dbx_secret_scope', code: 'DBX_SECRET_SCOPE_CHARSET', inside: ['My_scope.v1@team-x'], outside: ['a b', 'a/b', 'a:b'] },
  { type: 'dbx_instance_pool', code: 'DBX_POOL_LENGTH', inside: [a(1), a(100)], outside: ['', a(101)] },
  { type: 'dbx_instance_pool', code: 'DBX_POOL_CHARSET', inside: ['Pool (r5.large)'], outside: ['a\nb'] },
  { type: 'dbx_policy', code: 'DBX_POLICY_LENGTH', inside: [a(1), a(100)], outside: ['', a(101)] },
  { type: 'dbx_policy', code: 'DBX_POLICY_CHARSET', inside: ['Security policy'], outside: ['a\u001bb'] },
  // Azure and Google Cloud, with the platforms' own examples.
  ...CLOUD_CASES,
];

describe('platform rules: just inside and just outside every rule', () => {
  it.each(CASES.map((c) => [c.type, c.code, c]))('%s %s', (type, code, c) => {
    for (const name of c.inside) expect(checkName(type, name), `${type} ${JSON.stringify(name)}`).toEqual([]);
    for (const name of c.outside) {
      const codes = checkName(type, name).map((violation) => violation.code);
      expect(codes, `${type} ${JSON.stringify(name)}`).toContain(code);
    }
  });

  it('covers every rule the table describes, for every type', () => {
    const described = describeRules()
      .filter((row) => row.type !== '*')
      .map((row) => `${row.type} ${row.code}`)
      .sort();
    const tested = [...new Set(CASES.map((c) => `${c.type} ${c.code}`))].sort();
    expect(tested).toEqual(described);
    expect(new Set(described.map((row) => row.split(' ')[0]))).toEqual(new Set(RESOURCE_TYPES));
  });
});

describe('violations', () => {
  it('say the rule in words and name the offending characters', () => {
    const [violation] = checkName('aws_s3_bucket', 'data_platform-raw');
    expect(violation?.code).toBe('S3_CHARSET');
    expect(violation?.rule).toMatch(/lowercase letters, digits/);
    expect(violation?.message).toContain('"_"');
    expect(violation?.message).toContain('data_platform-raw');
  });

  it('show control characters as code points', () => {
    const [violation] = checkName('dbx_job', 'a\u0007b');
    expect(violation?.message).toContain('U+0007');
  });

  it('report the limit of a name that is too long', () => {
    const [violation] = checkName('aws_lambda_function', a(70));
    expect(violation?.code).toBe('LAMBDA_LENGTH');
    expect(violation?.message).toContain('70');
    expect(violation?.message).toContain('64');
  });

  it('count characters, not UTF-16 units, for character limits', () => {
    expect(checkName('dbx_table', '😀'.repeat(255))).toEqual([]);
    expect(checkName('dbx_table', '😀'.repeat(256)).map((v) => v.code)).toEqual(['UC_LENGTH']);
  });
});

describe('describeRules', () => {
  it('is one machine-readable row per rule with code, rule text and source', () => {
    const rows = describeRules();
    for (const row of rows) {
      expect(row.code).toMatch(/^[A-Z0-9_]+$/);
      expect(row.rule.length).toBeGreaterThan(10);
      expect(row.source.length).toBeGreaterThan(3);
    }
    const s3Length = rows.find((row) => row.type === 'aws_s3_bucket' && row.code === 'S3_LENGTH');
    expect(s3Length).toMatchObject({ minLength: 3, maxLength: 63, unit: 'characters' });
    expect(rows.find((row) => row.type === 'dbx_job' && row.code === 'DBX_JOB_LENGTH')).toMatchObject({ maxLength: 4096, unit: 'bytes' });
    expect(rows.filter((row) => row.type === '*').map((row) => row.code)).toEqual(
      expect.arrayContaining(['NAMING_MISSING_VARIABLE', 'NAMING_UNKNOWN_REGION', 'NAME_TOO_LONG', 'NAMING_MAX_LENGTH', 'NAMING_ALLOWED_CHARS']),
    );
  });

  it('matches RULES', () => {
    for (const type of RESOURCE_TYPES) {
      const rows = describeRules().filter((row) => row.type === type);
      expect(rows.map((row) => row.code)).toEqual([RULES[type].length.code, RULES[type].charset.code, ...RULES[type].checks.map((check) => check.code)]);
    }
  });
});

describe('messages about very long names', () => {
  it('cut the name short and say how long it is', () => {
    const [violation] = checkName('aws_s3_bucket', 'b'.repeat(5000));
    expect(violation?.message.length).toBeLessThan(300);
    expect(violation?.message).toContain('5000 characters');
  });
});

describe('property: the reserved-word and lowercase checks say what a plain reading of the rule says', () => {
  const prefixes = ['xn--', 'sthree-', 'amzn-s3-demo-'];
  const suffixes = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
  // Names near the words the checks look for, with upper case, non-ASCII letters and lone surrogates mixed in.
  const piece = fc.oneof(fc.constantFrom(...prefixes, ...suffixes, 'a', 'B', 'É', 'ß', 'ǅ', '\ud800', '-', '_', '1'), fc.string({ unit: 'binary', maxLength: 3 }));
  const name = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  const codes = (type: ResourceType, n: string) => checkName(type, n).map((v) => v.code);

  it('S3: reserved prefix and suffix exactly when the name starts or ends with one', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(codes('aws_s3_bucket', n).includes('S3_RESERVED_PREFIX')).toBe(prefixes.some((p) => n.startsWith(p)));
        expect(codes('aws_s3_bucket', n).includes('S3_RESERVED_SUFFIX')).toBe(suffixes.some((s) => n.endsWith(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it('Unity Catalog: uppercase exactly when toLowerCase() changes the name', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(codes('dbx_schema', n).includes('UC_LOWERCASE')).toBe(n !== n.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('property: isValid, the check without messages, agrees with evaluate for every type', () => {
  // Lengths around each limit, in characters and bytes: ASCII, two- and three-byte letters, astral ones (surrogate pairs).
  const unit = fc.constantFrom('a', 'b', '-', '_', '.', 'Z', 'é', '€', '😀', '1');
  const sized = fc.tuple(fc.array(unit, { minLength: 0, maxLength: 3 }), fc.integer({ min: 0, max: 300 }), unit).map(([head, n, fill]) => head.join('') + fill.repeat(n));
  const tightened: NamingConfig = resolveNamingConfig(undefined, {
    ...DEFAULT_PATTERNS_DOCUMENT,
    validation: { max_length: { aws_s3_bucket: 20, dbx_job: 30, azure_storage_account: 10, dbx_table: 5 } },
  });

  it('valid exactly when evaluate finds no violation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESOURCE_TYPES), fc.constantFrom(undefined, tightened), sized, (type, config, name) => {
        const rules = compileRules(type, config);
        expect(rules.isValid(name)).toBe(rules.evaluate(name).violations.length === 0);
      }),
      { numRuns: 5000 },
    );
  });
});
