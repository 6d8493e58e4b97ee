// Crash safety: `dpn reconcile` runs as a real process against moto and is
// SIGKILLed at a random moment (seeded), over many runs. After each, `dpn
// recover` must leave no live resource that is neither in the state nor rolled
// back, the state must load, and a new reconcile must converge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetDatabasesCommand, GetTablesCommand, GlueClient } from '@aws-sdk/client-glue';
import { loadState } from '../../src/state/index.js';
import { listTransactions } from '../../src/engine/wal.js';
import { awsClients, startMoto, type Moto } from '../support/moto.js';
import { seeded } from './fault-proxy.js';
import { blueprintText, dpn, dpnProcess, project, writeBlueprint, type BlueprintShape } from './support.js';
import { join } from 'node:path';

const RUNS = Number(process.env.DPN_CRASH_RUNS ?? 15);
const SEED = Number(process.env.DPN_CRASH_SEED ?? 424242);
const PARALLEL = 2;

let moto: Moto;
let s3: S3Client;
let glue: GlueClient;

beforeAll(async () => {
  moto = await startMoto();
  ({ s3, glue } = await awsClients(moto));
});
afterAll(async () => {
  s3?.destroy();
  glue?.destroy();
  await moto?.stop();
});

const columns = [{ name: 'id', type: 'string' }];

/** Before: what a first, clean reconcile applies. */
function before(name: string): BlueprintShape {
  return {
    project: name,
    deletionPolicy: 'delete',
    buckets: [
      { purpose: 'landing', layer: 'raw' },
      { purpose: 'staging', layer: 'raw' },
    ],
    databases: [{ domain: 'sales', layer: 'bronze' }],
    tables: [
      { database_ref: 'sales-bronze', entity: 'orders', columns },
      { database_ref: 'sales-bronze', entity: 'refunds', columns },
    ],
  };
}

/** After: creates, updates and deletes in one transaction — the one that gets killed. */
function after(name: string): BlueprintShape {
  return {
    project: name,
    deletionPolicy: 'delete',
    buckets: [
      { purpose: 'landing', layer: 'raw', versioning: false },
      { purpose: 'exports', layer: 'curated' },
    ],
    databases: [
      { domain: 'sales', layer: 'bronze' },
      { domain: 'sales', layer: 'gold' },
    ],
    tables: [
      { database_ref: 'sales-bronze', entity: 'orders', columns: [...columns, { name: 'amount', type: 'double' }] },
      { database_ref: 'sales-gold', entity: 'payments', columns },
    ],
  };
}

async function liveOf(name: string): Promise<Map<string, string>> {
  const live = new Map<string, string>();
  for (const b of (await s3.send(new ListBucketsCommand({}))).Buckets ?? []) {
    if (b.Name?.startsWith(`${name}-`)) live.set(`aws_s3_bucket ${b.Name}`, b.Name);
  }
  for (const d of (await glue.send(new GetDatabasesCommand({}))).DatabaseList ?? []) {
    if (!d.Name?.startsWith(`${name}_`)) continue;
    live.set(`aws_glue_database ${d.Name}`, d.Name);
    for (const t of (await glue.send(new GetTablesCommand({ DatabaseName: d.Name }))).TableList ?? []) {
      live.set(`aws_glue_table ${d.Name}.${t.Name}`, `${d.Name}.${t.Name}`);
    }
  }
  return live;
}

interface Outcome {
  run: number;
  killedAfterMs: number;
  phase: 'before-begin' | 'in-transaction' | 'finished';
  strategy: string;
  recovered: string;
}

async function crashRun(i: number, random: () => number): Promise<Outcome> {
  const name = `crash${i}`;
  const cwd = project('dpn-crash-');
  writeBlueprint(cwd, 'blueprints/dev.json', blueprintText(before(name)));
  const first = await dpn(['reconcile', 'blueprints'], cwd, moto.env);
  expect(first.code, first.stderr).toBe(0);

  writeBlueprint(cwd, 'blueprints/dev.json', blueprintText(after(name)));
  const proc = dpnProcess(['reconcile', 'blueprints', '--concurrency', '2', '--allow-mass-delete'], cwd, moto.env);
  // Most kills land inside the transaction (after its begin line); some anywhere from spawn.
  const anywhere = random() < 0.2;
  const started = Date.now();
  let killedAfterMs = 0;
  if (anywhere) {
    killedAfterMs = Math.floor(random() * 4000);
    await Promise.race([proc.done, new Promise((r) => setTimeout(r, killedAfterMs))]);
  } else {
    // Kill after a random number of completed steps (plus a few ms), so the moment
    // depends on the transaction's progress, not on how fast this machine is.
    const steps = Math.floor(random() * 7);
    killedAfterMs = Math.floor(random() * 40);
    const ready = () => {
      const err = proc.output().stderr;
      return /transaction \S+: \d+ steps/.test(err) && (err.match(/: done\n/g)?.length ?? 0) >= steps;
    };
    while (!ready() && Date.now() - started < 60_000) {
      const ended = await Promise.race([proc.done.then(() => true), new Promise((r) => setTimeout(() => r(false), 5))]);
      if (ended) break;
    }
    await Promise.race([proc.done, new Promise((r) => setTimeout(r, killedAfterMs))]);
  }
  proc.child.kill('SIGKILL');
  const exit = await proc.done;
  const logs = await listTransactions(join(cwd, '.dpn'));
  const killed = logs.at(-1);
  const phase: Outcome['phase'] = exit.signal !== 'SIGKILL' ? 'finished' : logs.length < 2 ? 'before-begin' : 'in-transaction';
  if (phase === 'finished') expect(exit.code, exit.stderr).toBe(0);

  // The state loads, whatever the moment of death, and status names an unfinished transaction.
  await loadState(join(cwd, '.dpn'));
  const status = await dpn(['status', '--format', 'json'], cwd, moto.env);
  const open = JSON.parse(status.stdout).unfinished as { tx: string }[];
  expect(status.code).toBe(open.length > 0 ? 1 : 0);
  if (killed && !killed.end) {
    expect(open.map((u) => u.tx)).toEqual([killed.tx]);
    // A new reconcile refuses to start on top of it.
    const blocked = await dpn(['reconcile', 'blueprints', '--allow-mass-delete'], cwd, moto.env);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(new RegExp(`transaction ${killed.tx} did not finish; nothing was changed`));
  }
  // Most recoveries roll back (the default); some resume, which must finish the transaction instead.
  const strategy = random() < 0.3 ? 'resume' : 'rollback';
  const recovered = await dpn(['recover', '--strategy', strategy], cwd, moto.env);
  expect(recovered.code, `${recovered.stdout}\n${recovered.stderr}`).toBe(0);
  const state = await loadState(join(cwd, '.dpn'));

  // Nothing live that the state does not list, and nothing listed that is not live.
  const live = await liveOf(name);
  const recorded = new Map([...state.resources.values()].map((r) => [`${r.type} ${r.fullName}`, r]));
  expect([...live.keys()].sort(), `run ${i} (${phase}, ${killed?.tx})`).toEqual([...recorded.keys()].sort());
  // What the state says was applied is what is live (an update undone or kept, never half).
  for (const r of recorded.values()) {
    if (r.type !== 'aws_s3_bucket') continue;
    const status = (await s3.send(new GetBucketVersioningCommand({ Bucket: r.fullName }))).Status;
    expect(status === 'Enabled', `versioning of ${r.fullName} in run ${i}`).toBe(r.params.versioning === true);
  }

  // And the next reconcile converges on the blueprint.
  const next = await dpn(['reconcile', 'blueprints', '--allow-mass-delete'], cwd, moto.env);
  expect(next.code, next.stderr).toBe(0);
  const final = await liveOf(name);
  expect([...final.keys()].sort()).toEqual(
    [
      `aws_s3_bucket ${name}-landing-raw-dev-use1`,
      `aws_s3_bucket ${name}-exports-curated-dev-use1`,
      `aws_glue_database ${name}_sales_bronze_dev`,
      `aws_glue_database ${name}_sales_gold_dev`,
      `aws_glue_table ${name}_sales_bronze_dev.fact_orders`,
      `aws_glue_table ${name}_sales_gold_dev.fact_payments`,
    ].sort(),
  );
  if (strategy === 'resume' && phase === 'in-transaction' && /resume/.test(recovered.stdout)) {
    // A resumed transaction ends committed: the state already matches the blueprint.
    expect(recovered.stdout).toMatch(/committed/);
    expect(next.stdout).toContain('Nothing to do');
  }
  return { run: i, killedAfterMs, phase, strategy, recovered: recovered.stdout.split('\n')[0] ?? '' };
}

describe('crash safety', () => {
  it(`SIGKILL at ${RUNS} seeded random moments: recover leaves state and platform agreeing`, async () => {
    const random = seeded(SEED);
    const outcomes: Outcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < RUNS) {
        const i = next++;
        outcomes.push(await crashRun(i, random));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    outcomes.sort((a, b) => a.run - b.run);
    // The runs must actually have hit the transaction, not only its edges.
    expect(outcomes.filter((o) => o.phase === 'in-transaction').length).toBeGreaterThanOrEqual(Math.ceil(RUNS / 2));
    console.log(outcomes.map((o) => `run ${o.run}: killed after ${o.killedAfterMs} ms, ${o.phase}, ${o.strategy}: ${o.recovered}`).join('\n'));
  }, 300_000);

  it('SIGINT mid-transaction: starts nothing new, undoes what it did, ends the WAL, exits 1', async () => {
    const name = 'sigint';
    const cwd = project('dpn-sigint-');
    writeBlueprint(cwd, 'blueprints/dev.json', blueprintText(after(name)));
    const proc = dpnProcess(['reconcile', 'blueprints', '--concurrency', '1'], cwd, moto.env);
    while (!/\+ create .*: done/.test(proc.output().stderr)) {
      const ended = await Promise.race([proc.done.then(() => true), new Promise((r) => setTimeout(() => r(false), 5))]);
      if (ended) break;
    }
    proc.child.kill('SIGINT');
    const exit = await proc.done;
    expect(exit.code, exit.stderr).toBe(1);
    expect(exit.stderr).toMatch(/SIGINT: starting nothing new/);
    expect(exit.stdout).toMatch(/rolled back \(cancelled\)/);
    const logs = await listTransactions(join(cwd, '.dpn'));
    expect(logs.at(-1)?.end?.type).toBe('rolled_back');
    expect([...(await liveOf(name)).keys()]).toEqual([]);
    expect((await loadState(join(cwd, '.dpn'))).resources.size).toBe(0);
  });
});

