// One contender for the DynamoDB lock, run as its own OS process by locks.test.ts
// (node --import tsx). Modes:
// - contend: acquire/release `iterations` times; inside the lock, append
//   enter/exit lines to a shared log and do a deliberately unsafe
//   read-sleep-write increment of a counter item, which loses updates as soon
//   as two holders ever overlap.
// - hold: acquire once, print the lock as JSON, keep renewing until killed.
import { appendFileSync } from 'node:fs';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createDynamoClient } from '../../src/backend/dynamodb/client.js';
import { createDynamoLockBackend } from '../../src/backend/dynamodb/index.js';

interface WorkerConfig {
  mode: 'contend' | 'hold';
  id: string;
  prefix: string;
  scope: string;
  leaseMs: number;
  leaseRenewMs?: number;
  pollMs?: number;
  iterations?: number;
  logFile?: string;
  counterTable?: string;
  /** Iteration (0-based) in which this worker holds the lock for longer than a lease. */
  longHoldAt?: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const locks = createDynamoLockBackend({
  tablePrefix: config.prefix,
  env: process.env,
  ...(config.pollMs !== undefined ? { pollMs: config.pollMs } : {}),
  ...(config.leaseRenewMs !== undefined ? { leaseRenewMs: config.leaseRenewMs } : {}),
  onLost: (error) => {
    process.stderr.write(`${config.id}: ${error.message}\n`);
    process.exitCode = 3;
  },
});

if (config.mode === 'hold') {
  const held = await locks.acquire(config.scope, { holder: config.id, commit: 'deadbeef' }, { leaseMs: config.leaseMs, waitMs: 30_000 });
  process.stdout.write(`${JSON.stringify(held.info)}\n`);
  // The renewal timer is unref'd; this keeps the process (and its renewals) alive.
  setInterval(() => {}, 1000);
} else {
  const db = createDocumentClient(createDynamoClient(process.env));
  const counterKey = { scope: 'counter' };
  for (let i = 0; i < (config.iterations ?? 1); i++) {
    const held = await locks.acquire(config.scope, { holder: config.id }, { leaseMs: config.leaseMs, waitMs: 120_000 });
    appendFileSync(config.logFile ?? '/dev/null', `enter ${config.id} ${i} ${Date.now()}\n`);
    const read = await db.send(new GetCommand({ TableName: config.counterTable, Key: counterKey, ConsistentRead: true }));
    const value = typeof read.Item?.value === 'number' ? read.Item.value : 0;
    await sleep(i === config.longHoldAt ? config.leaseMs * 1.2 : 5 + Math.random() * 20);
    await db.send(new PutCommand({ TableName: config.counterTable, Item: { ...counterKey, value: value + 1 } }));
    appendFileSync(config.logFile ?? '/dev/null', `exit ${config.id} ${i} ${Date.now()}\n`);
    await held.release();
  }
  process.stdout.write(`done ${config.id}\n`);
}
