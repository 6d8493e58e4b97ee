// Run history on a real moto_server: many reconciles recording at once, then
// the read API and `dpn runs` / `dpn backend` as a user would call them.
import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMoto, type Moto } from '../support/moto.js';
import { main } from '../../src/cli/main.js';
import type { RunRecord, RunStatus } from '../../src/engine/runs.js';
import {
  ConflictError,
  createDynamoClient,
  createDynamoRunReader,
  createDynamoRunRecorder,
  initDynamoBackend,
} from '../../src/backend/dynamodb/index.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto();
  await initDynamoBackend({ tablePrefix: 'history', env: moto.env });
});

afterAll(async () => {
  await moto?.stop();
});

async function dpn(args: string[], env: Record<string, string | undefined> = moto.env) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { ...env },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

const REPOSITORIES = ['acme/data', 'acme/ml', 'acme/web'];
const OUTCOMES: RunStatus[] = ['committed', 'failed', 'rolled_back', 'noop', 'rollback_failed', 'committed'];
const T0 = Date.UTC(2026, 2, 1);
const hours = (n: number) => n * 3_600_000;

/** What eight runners reconciling in parallel report: started, then (mostly) finished. */
function plannedRuns(): Array<{ started: RunRecord; finished?: RunRecord }> {
  const runs: Array<{ started: RunRecord; finished?: RunRecord }> = [];
  for (let runner = 0; runner < 8; runner++) {
    for (let turn = 0; turn < 5; turn++) {
      const n = runner * 5 + turn;
      const started: RunRecord = {
        runId: `gh-${1000 + n}-1`,
        repository: REPOSITORIES[n % REPOSITORIES.length] ?? 'acme/data',
        commit: `${n.toString(16).padStart(2, '0')}${'a'.repeat(38)}`,
        blueprints: [`blueprints/team-${n % 4}.yaml`, 'blueprints/shared.json'],
        creates: 0,
        updates: 0,
        deletes: 0,
        status: 'running',
        // Start times interleave across runners, an hour apart.
        startedAt: new Date(T0 + hours(turn * 8 + runner)).toISOString(),
        runUrl: `https://github.com/acme/runs/${n}`,
      };
      // The last turn of two runners never finishes (their runner vanished).
      const vanished = turn === 4 && runner < 2;
      runs.push({
        started,
        ...(vanished
          ? {}
          : {
              finished: {
                ...started,
                status: OUTCOMES[n % OUTCOMES.length] ?? 'committed',
                creates: n % 3,
                updates: n % 5,
                deletes: n % 2,
                endedAt: new Date(T0 + hours(turn * 8 + runner) + 90_000 + n * 1000).toISOString(),
                transactionId: `tx-${n}`,
              },
            }),
      });
    }
  }
  return runs;
}

const finalOf = (r: { started: RunRecord; finished?: RunRecord }) => r.finished ?? r.started;
const newestFirst = (a: RunRecord, b: RunRecord) => b.startedAt.localeCompare(a.startedAt);
const ids = (runs: RunRecord[]) => runs.map((r) => r.runId);

describe('run history written by concurrent reconciles', () => {
  const planned = plannedRuns();
  const expected = planned.map(finalOf).sort(newestFirst);
  const reader = () => createDynamoRunReader({ tablePrefix: 'history', env: moto.env });

  beforeAll(async () => {
    // Eight recorders, each with its own client, each reporting its runs in order.
    await Promise.all(
      Array.from({ length: 8 }, async (_, runner) => {
        const recorder = createDynamoRunRecorder({ tablePrefix: 'history', env: moto.env });
        for (const run of planned.slice(runner * 5, runner * 5 + 5)) {
          await recorder.started(run.started);
          await new Promise((r) => setTimeout(r, Math.random() * 10));
          if (run.finished) await recorder.finished(run.finished);
        }
      }),
    );
  });

  it('is complete: every run, with its final status and counts', async () => {
    const all = await reader().list({ limit: 1000 });
    expect(all).toHaveLength(40);
    expect(all).toEqual(expected);
  });

  it('is queryable by status', async () => {
    for (const status of ['running', 'committed', 'failed', 'rolled_back', 'noop', 'rollback_failed'] as const) {
      const found = await reader().list({ status, limit: 1000 });
      expect(ids(found), status).toEqual(ids(expected.filter((r) => r.status === status)));
    }
    expect((await reader().list({ status: 'running' })).map((r) => r.endedAt)).toEqual([undefined, undefined]);
  });

  it('is queryable by time window, newest first, with a limit', async () => {
    const since = new Date(T0 + hours(10)).toISOString();
    const until = new Date(T0 + hours(20)).toISOString();
    const inWindow = expected.filter((r) => r.startedAt >= since && r.startedAt <= until);
    expect(inWindow.length).toBeGreaterThan(5);
    expect(ids(await reader().list({ since, until, limit: 1000 }))).toEqual(ids(inWindow));
    expect(ids(await reader().list({ since, limit: 1000 }))).toEqual(ids(expected.filter((r) => r.startedAt >= since)));
    expect(ids(await reader().list({ limit: 3 }))).toEqual(ids(expected.slice(0, 3)));
  });

  it('is queryable by repository, alone or with status and time', async () => {
    for (const repository of REPOSITORIES) {
      expect(ids(await reader().list({ repository, limit: 1000 }))).toEqual(
        ids(expected.filter((r) => r.repository === repository)),
      );
    }
    const since = new Date(T0 + hours(8)).toISOString();
    expect(ids(await reader().list({ repository: 'acme/ml', status: 'committed', since, limit: 1000 }))).toEqual(
      ids(expected.filter((r) => r.repository === 'acme/ml' && r.status === 'committed' && r.startedAt >= since)),
    );
  });

  it('shows one run as it was finally recorded', async () => {
    const one = planned[17]?.finished;
    expect(await reader().get(one?.runId ?? '')).toEqual(one);
    expect(await reader().get('gh-never')).toBeNull();
  });

  it('never lets a late "started" overwrite a finished run; a repeated "started" is harmless', async () => {
    const recorder = createDynamoRunRecorder({ tablePrefix: 'history', env: moto.env });
    const done = planned[3]?.finished as RunRecord;
    await expect(recorder.started({ ...done, status: 'running' })).rejects.toBeInstanceOf(ConflictError);
    expect(await reader().get(done.runId)).toEqual(done);
    const open = planned[4]?.started as RunRecord;
    await recorder.started(open);
    expect((await reader().get(open.runId))?.status).toBe('running');
  });

  it('refuses a run whose times are not ISO-8601, before writing', async () => {
    const recorder = createDynamoRunRecorder({ tablePrefix: 'history', env: moto.env });
    await expect(
      recorder.started({ ...(planned[0]?.started as RunRecord), runId: 'bad-time', startedAt: 'yesterday' }),
    ).rejects.toThrow(/startedAt must be an ISO-8601 time with a zone .*, got "yesterday"/);
    expect(await reader().get('bad-time')).toBeNull();
  });

  it('backfills many runs at once through batch writes', async () => {
    await initDynamoBackend({ tablePrefix: 'backfill', env: moto.env });
    const recorder = createDynamoRunRecorder({ tablePrefix: 'backfill', env: moto.env });
    await recorder.importRuns(expected);
    const copy = await createDynamoRunReader({ tablePrefix: 'backfill', env: moto.env }).list({ limit: 1000 });
    expect(copy).toEqual(expected);
  });
});

describe('dpn runs', () => {
  const now = Date.now();
  const recent: RunRecord = {
    runId: 'recent-1',
    repository: 'acme/data',
    commit: '0123456789abcdef0123456789abcdef01234567',
    blueprints: ['blueprints/finance.yaml', 'blueprints/sales.yaml'],
    creates: 3,
    updates: 1,
    deletes: 0,
    status: 'committed',
    startedAt: new Date(now - hours(48)).toISOString(),
    endedAt: new Date(now - hours(48) + 125_000).toISOString(),
    transactionId: 'tx-recent',
    runUrl: 'https://github.com/acme/data/actions/runs/9',
  };
  const old: RunRecord = { ...recent, runId: 'old-1', status: 'failed', startedAt: new Date(now - hours(240)).toISOString() };
  delete (old as { endedAt?: string }).endedAt;
  const hostile: RunRecord = { ...recent, runId: 'hostile-1', repository: 'acme/\u001b[31mred', startedAt: new Date(now - hours(1)).toISOString() };

  beforeAll(async () => {
    await initDynamoBackend({ tablePrefix: 'cli', env: moto.env });
    const recorder = createDynamoRunRecorder({ tablePrefix: 'cli', env: moto.env });
    await Promise.all([recorder.finished(recent), recorder.finished(old), recorder.finished(hostile)]);
  });

  it('lists runs since a duration, as JSON', async () => {
    const out = await dpn(['runs', 'list', '--table-prefix', 'cli', '--since', '7d', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual([hostile, recent]);
  });

  it('lists by status and repository as a table, newest first, without terminal escapes', async () => {
    const failed = await dpn(['runs', 'list', '--table-prefix', 'cli', '--status', 'failed']);
    expect(failed.code).toBe(0);
    const lines = failed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^RUN\s+STATUS\s+REPOSITORY\s+COMMIT\s+STARTED \(UTC\)\s+TOOK\s+\+CREATE ~UPDATE -DELETE$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(['old-1']);

    const all = await dpn(['runs', 'list', '--repository', 'acme/data'], { ...moto.env, DPN_TABLE_PREFIX: 'cli' });
    expect(all.stdout.split('\n').slice(1, 3).map((l) => l.split(/\s+/)[0])).toEqual(['recent-1', 'old-1']);
    expect(all.stdout).toMatch(/recent-1\s+committed\s+acme\/data\s+0123456789ab\s+\S+ \S+Z\s+2m05s\s+\+3 ~1 -0/);

    const every = await dpn(['runs', 'list'], { ...moto.env, DPN_LOCK_TABLE_PREFIX: 'cli' });
    expect(every.stdout).not.toContain('\u001b');
    expect(every.stdout).toContain('acme/?[31mred');
  });

  it('says when the limit cut the list, and prints an empty JSON list when nothing matches', async () => {
    const one = await dpn(['runs', 'list', '--table-prefix', 'cli', '--limit', '1']);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(one.stderr).toBe('(first 1 runs; use --limit or --since to see others)\n');
    const none = await dpn(['runs', 'list', '--table-prefix', 'cli', '--status', 'rollback_failed', '--format', 'json']);
    expect(none.stdout).toBe('[]\n');
    const empty = await dpn(['runs', 'list', '--table-prefix', 'cli', '--status', 'rollback_failed']);
    expect(empty.stdout).toBe('No runs match in cli-runs.\n');
    const bad = await dpn(['runs', 'list', '--table-prefix', 'cli', '--limit', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit must be a whole number ≥ 1, got "0"');
  });

  it('shows one run, as text and as JSON', async () => {
    const text = await dpn(['runs', 'show', 'recent-1', '--table-prefix', 'cli']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('status       committed');
    expect(text.stdout).toContain('changes      3 create, 1 update, 0 delete');
    expect(text.stdout).toMatch(/blueprints   blueprints\/finance\.yaml\n\s+blueprints\/sales\.yaml\n/);
    const json = await dpn(['runs', 'show', 'recent-1', '--table-prefix', 'cli', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(recent);
  });

  it('explains a missing run, a missing prefix, a bad duration and a table never created', async () => {
    const missing = await dpn(['runs', 'show', 'nope', '--table-prefix', 'cli']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: run "nope" is not in cli-runs\n  list recent runs with: dpn runs list\n  (RUN_NOT_FOUND: dpn explain RUN_NOT_FOUND)\n');

    const noPrefix = await dpn(['runs', 'list']);
    expect(noPrefix.code).toBe(2);
    expect(noPrefix.stderr).toContain('the DynamoDB table prefix is missing');

    const badSince = await dpn(['runs', 'list', '--table-prefix', 'cli', '--since', 'last week']);
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toContain('--since must be a duration like 7d');

    const badStatus = await dpn(['runs', 'list', '--table-prefix', 'cli', '--status', 'done']);
    expect(badStatus.code).toBe(2);

    const never = await dpn(['runs', 'list', '--table-prefix', 'never']);
    expect(never.code).toBe(1);
    expect(never.stderr).toBe(
      'error: DynamoDB table "never-runs" does not exist\n  create the tables once with: dpn backend init --table-prefix never\n  (DYNAMODB_TABLE_MISSING: dpn explain DYNAMODB_TABLE_MISSING)\n',
    );
  });
});

describe('dpn backend', () => {
  it('init creates both tables on demand with TTL, again finds them, and prints the IAM policy', async () => {
    const first = await dpn(['backend', 'init', '--table-prefix', 'team-a']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('created  team-a-locks (TTL on "purgeAt")');
    expect(first.stdout).toContain('created  team-a-runs');
    const policy = JSON.parse(first.stdout.slice(first.stdout.indexOf('{'))) as { Statement: Array<{ Action: string[]; Resource: string[] }> };
    expect(policy.Statement.flatMap((s) => s.Resource)).toContain('arn:aws:dynamodb:*:*:table/team-a-runs/index/*');
    expect(policy.Statement.flatMap((s) => s.Action)).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:CreateTable']),
    );

    const again = await dpn(['backend', 'init', '--table-prefix', 'team-a', '--format', 'json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).tables).toEqual([
      { table: 'team-a-locks', created: false, ttlEnabled: true },
      { table: 'team-a-runs', created: false },
    ]);

    const client = createDynamoClient(moto.env);
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: 'team-a-locks' }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ TimeToLiveStatus: 'ENABLED', AttributeName: 'purgeAt' });
    const runs = await client.send(new DescribeTableCommand({ TableName: 'team-a-runs' }));
    expect(runs.Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(runs.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(['byRepository', 'byStatus']);
  });

  it('policy names the account and region when given, without calling AWS', async () => {
    const out = await dpn(['backend', 'policy', '--table-prefix', 'team-b', '--account', '123456789012', '--region', 'eu-west-1'], {});
    expect(out.code).toBe(0);
    const policy = JSON.parse(out.stdout) as { Statement: Array<{ Resource: string[] }> };
    expect(policy.Statement[0]?.Resource).toEqual(['arn:aws:dynamodb:eu-west-1:123456789012:table/team-b-locks']);
  });

  it('refuses a prefix DynamoDB could not name a table with', async () => {
    const out = await dpn(['backend', 'init', '--table-prefix', 'bad prefix!']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('invalid DynamoDB table prefix "bad prefix!"');
  });
});
