// The two tables of the backend: their names, layout, creation (`dpn backend
// init`) and the IAM policy a runner needs. Creation is idempotent: an existing
// table with the expected keys is accepted, one with other keys is an error.
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { UsageError } from '../../errors.js';
import { BackendError } from './errors.js';
import { DEFAULT_RETRY_POLICY, callDynamo, type RetryPolicy } from './gateway.js';
import { LOCK_TTL_ATTRIBUTE } from './items.js';

export interface TableNames {
  locks: string;
  runs: string;
}

export const RUNS_BY_STATUS_INDEX = 'byStatus';
export const RUNS_BY_REPOSITORY_INDEX = 'byRepository';

// Table names allow [A-Za-z0-9_.-], 3 to 255 characters; "-locks" is the longer suffix.
const PREFIX = /^[A-Za-z0-9_.-]{1,249}$/;

export function tableNames(prefix: string): TableNames {
  if (!PREFIX.test(prefix)) {
    throw new UsageError(
      `invalid DynamoDB table prefix ${JSON.stringify(prefix)}`,
      'use 1–249 letters, digits, "_", "-" or "."; dpn appends "-locks" and "-runs"',
    );
  }
  return { locks: `${prefix}-locks`, runs: `${prefix}-runs` };
}

export function lockTableDefinition(name: string): CreateTableCommandInput {
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'scope', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'scope', KeyType: 'HASH' }],
  };
}

export function runTableDefinition(name: string): CreateTableCommandInput {
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'runId', AttributeType: 'S' },
      { AttributeName: 'status', AttributeType: 'S' },
      { AttributeName: 'repository', AttributeType: 'S' },
      { AttributeName: 'startedAt', AttributeType: 'S' },
    ],
    KeySchema: [{ AttributeName: 'runId', KeyType: 'HASH' }],
    GlobalSecondaryIndexes: [
      {
        IndexName: RUNS_BY_STATUS_INDEX,
        KeySchema: [
          { AttributeName: 'status', KeyType: 'HASH' },
          { AttributeName: 'startedAt', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: RUNS_BY_REPOSITORY_INDEX,
        KeySchema: [
          { AttributeName: 'repository', KeyType: 'HASH' },
          { AttributeName: 'startedAt', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}

export interface TableReport {
  table: string;
  created: boolean;
  ttlEnabled?: boolean;
}

export interface InitOptions {
  client: DynamoDBClient;
  prefix: string;
  retry?: Partial<RetryPolicy>;
  /** How long to wait for a new table to become ACTIVE. */
  activeTimeoutMs?: number;
}

async function ensureTable(
  client: DynamoDBClient,
  definition: CreateTableCommandInput,
  policy: RetryPolicy,
  activeTimeoutMs: number,
): Promise<boolean> {
  const name = definition.TableName ?? '';
  let created = true;
  try {
    await callDynamo('CreateTable', name, policy, () => client.send(new CreateTableCommand(definition)));
  } catch (error) {
    const cause = error instanceof BackendError ? error.cause : error;
    if ((cause as { name?: string } | undefined)?.name !== 'ResourceInUseException') throw error;
    created = false;
  }
  const deadline = Date.now() + activeTimeoutMs;
  for (;;) {
    const { Table } = await callDynamo('DescribeTable', name, policy, () =>
      client.send(new DescribeTableCommand({ TableName: name })),
    );
    const want = JSON.stringify(definition.KeySchema);
    const have = JSON.stringify(Table?.KeySchema?.map(({ AttributeName, KeyType }) => ({ AttributeName, KeyType })));
    if (want !== have) {
      throw new BackendError(
        `DynamoDB table "${name}" exists with a different key (${have}); dpn expects ${want}`,
        'DYNAMODB_TABLE_MISMATCH',
        { hint: 'choose another --table-prefix, or remove the table if it is not in use' },
      );
    }
    const indexes = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    const missing = (definition.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName).filter((n) => !indexes.has(n));
    if (missing.length) {
      throw new BackendError(
        `DynamoDB table "${name}" exists without the index(es) ${missing.join(', ')}`,
        'DYNAMODB_TABLE_MISMATCH',
        { hint: 'choose another --table-prefix, or add the indexes as docs/dynamodb-backend.md describes' },
      );
    }
    if (Table?.TableStatus === 'ACTIVE') return created;
    if (Date.now() > deadline) {
      throw new BackendError(`DynamoDB table "${name}" is still ${Table?.TableStatus} after ${activeTimeoutMs} ms`, 'DYNAMODB_TIMEOUT');
    }
    await policy.sleep(1000);
  }
}

async function ensureTtl(client: DynamoDBClient, table: string, attribute: string, policy: RetryPolicy): Promise<void> {
  const { TimeToLiveDescription: ttl } = await callDynamo('DescribeTimeToLive', table, policy, () =>
    client.send(new DescribeTimeToLiveCommand({ TableName: table })),
  );
  const status = ttl?.TimeToLiveStatus;
  if ((status === 'ENABLED' || status === 'ENABLING') && ttl?.AttributeName === attribute) return;
  if (status === 'ENABLED' || status === 'ENABLING') {
    throw new BackendError(
      `DynamoDB table "${table}" has TTL on "${ttl?.AttributeName}", dpn needs it on "${attribute}"`,
      'DYNAMODB_TABLE_MISMATCH',
    );
  }
  await callDynamo('UpdateTimeToLive', table, policy, () =>
    client.send(
      new UpdateTimeToLiveCommand({ TableName: table, TimeToLiveSpecification: { Enabled: true, AttributeName: attribute } }),
    ),
  );
}

/** Creates (or accepts) both tables and the lock table's TTL. */
export async function initTables(options: InitOptions): Promise<TableReport[]> {
  const names = tableNames(options.prefix);
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timeout = options.activeTimeoutMs ?? 120_000;
  const locksCreated = await ensureTable(options.client, lockTableDefinition(names.locks), policy, timeout);
  await ensureTtl(options.client, names.locks, LOCK_TTL_ATTRIBUTE, policy);
  const runsCreated = await ensureTable(options.client, runTableDefinition(names.runs), policy, timeout);
  return [
    { table: names.locks, created: locksCreated, ttlEnabled: true },
    { table: names.runs, created: runsCreated },
  ];
}

export interface PolicyScope {
  region?: string;
  account?: string;
}

/** The least-privilege IAM policy: runtime access for runners, setup for whoever runs `backend init`. */
export function iamPolicy(prefix: string, scope: PolicyScope = {}): Record<string, unknown> {
  const names = tableNames(prefix);
  const arn = (table: string) => `arn:aws:dynamodb:${scope.region ?? '*'}:${scope.account ?? '*'}:table/${table}`;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DpnLocks',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        Resource: [arn(names.locks)],
      },
      {
        Sid: 'DpnRunHistory',
        Effect: 'Allow',
        Action: [
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:Query',
        ],
        Resource: [arn(names.runs), `${arn(names.runs)}/index/*`],
      },
      {
        Sid: 'DpnBackendInit',
        Effect: 'Allow',
        Action: ['dynamodb:CreateTable', 'dynamodb:DescribeTable', 'dynamodb:DescribeTimeToLive', 'dynamodb:UpdateTimeToLive'],
        Resource: [arn(names.locks), arn(names.runs)],
      },
    ],
  };
}
