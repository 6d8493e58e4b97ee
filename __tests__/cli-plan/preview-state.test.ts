// `dpn plan preview` against a state: each resource shows its planned change,
// and resources the state holds but no blueprint asks for are listed as removed.
import { describe, expect, it } from 'vitest';
import { loadBlueprints } from '../../src/blueprint/index.js';
import { DEFAULT_NAMING_CONFIG } from '../../src/naming/index.js';
import { emptyState, recordFromSpec, writeState } from '../../src/state/index.js';
import { workedExample, writeFiles, type Json } from '../blueprint/fixtures.js';
import { dpn } from './run.js';

/** A repository whose state holds what `applied` asks for, and whose blueprint now says `now`. */
async function repository(applied: Json, now: Json): Promise<string> {
  const cwd = writeFiles({ 'blueprints/dev.json': applied });
  const set = await loadBlueprints(['blueprints'], { naming: DEFAULT_NAMING_CONFIG, cwd });
  // The worked example's Unity Catalog table has no columns (v1.0 allows it): a warning, not an error.
  expect(set.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const state = emptyState();
  for (const spec of set.resources) state.resources.set(spec.key, recordFromSpec(spec, { appliedAt: '2026-01-01T00:00:00Z', transaction: 'tx-1' }));
  await writeState(`${cwd}/.dpn`, state);
  writeFiles({ 'blueprints/dev.json': now }, cwd);
  return cwd;
}

describe('dpn plan preview with a state', () => {
  it('shows create, update and noop per resource, and lists removals', async () => {
    const now = workedExample();
    const resources = now.resources as { aws: Record<string, Json[]>; databricks: Record<string, unknown> };
    resources.aws.s3_buckets = [{ purpose: 'landing', layer: 'raw', lifecycle_days: 30 }, { purpose: 'archive', layer: 'curated' }];
    resources.databricks.jobs = [];
    const cwd = await repository(workedExample(), now);
    const run = await dpn(['plan', 'preview', 'blueprints', '--format', 'json'], cwd);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    const action = (key: string) => doc.resources.find((r: { key: string }) => r.key === key)?.action;
    expect(action('aws_s3_bucket:dataplatform/dev/landing-raw')).toBe('update');
    expect(action('aws_s3_bucket:dataplatform/dev/archive-curated')).toBe('create');
    expect(action('dbx_cluster:dataplatform/dev/etl')).toBe('noop');
    expect(doc.plan.stateDir).toBe('.dpn');
    expect(doc.plan.removed).toEqual([
      {
        key: 'dbx_job:dataplatform/dev/batch-daily-sales-load',
        type: 'dbx_job',
        name: 'dataplatform-batch-daily-sales-load-daily-dev',
        fullName: 'dataplatform-batch-daily-sales-load-daily-dev',
        blueprint: 'blueprints/dev.json',
        action: 'archive',
      },
    ]);
    expect(doc.plan.summary).toMatchObject({ create: 1, update: 1, archive: 1, noop: 6 });

    // Every changed field, old → new, named as the blueprint names it.
    const landing = doc.resources.find((r: { key: string }) => r.key === 'aws_s3_bucket:dataplatform/dev/landing-raw');
    expect(landing.changes).toEqual([{ field: 'lifecycle_days', before: 90, after: 30 }]);
    expect(doc.resources.find((r: { key: string }) => r.key === 'dbx_cluster:dataplatform/dev/etl').changes).toBeUndefined();

    // The table is the plan as `dpn reconcile` shows it before asking, unchanged resources listed.
    const table = await dpn(['plan', 'preview', 'blueprints'], cwd);
    const lines = table.stdout.split('\n');
    const update = lines.findIndex((l) => /^ {2}~ update {3}aws_s3_bucket\s+dataplatform-landing-raw-dev-use1$/.test(l));
    expect(update).toBeGreaterThanOrEqual(0);
    expect(lines[update + 1]).toBe('          lifecycle_days: 90 → 30');
    expect(table.stdout).not.toContain('params.');
    expect(table.stdout).toMatch(/^ {2}⌫ archive {2}dbx_job\s+dataplatform-batch-daily-sales-load-daily-dev$/m);
    expect(table.stdout).toMatch(/^ {4}noop\s+dbx_cluster\s+dataplatform-etl-shared-dev$/m);
    expect(table.stdout).toMatch(/^Plan: 1 to create, 1 to update, 1 to archive, 6 unchanged\.$/m);
    expect(table.stdout).toMatch(/^valid: 8 resources/m);

    // Markdown is the PR comment, with the same field names.
    const md = await dpn(['plan', 'preview', 'blueprints', '--format', 'markdown'], cwd);
    expect(md.stdout.startsWith('<!-- dpn:preview -->\n')).toBe(true);
    expect(md.stdout).toContain('update: <code>lifecycle&#95;days</code>: <code>90</code> → <code>30</code>');
    expect(md.stdout).toMatch(/^\*\*Merging applies this plan\*\*: 1 to create, 1 to update, 1 to archive, 6 unchanged\.$/m);
  });

  it('a naming change is a replace, said per resource', async () => {
    const cwd = await repository(workedExample(), workedExample());
    // region_short is in the bucket's name but not in its key (project would be: see the override tests).
    const run = await dpn(['plan', 'preview', 'blueprints', '--format', 'json', '--override', 'region_short=xx'], cwd);
    const doc = JSON.parse(run.stdout);
    expect(doc.resources.find((r: { type: string }) => r.type === 'aws_s3_bucket').action).toBe('replace');
  });

  it('without a state directory there is no plan section', async () => {
    const cwd = writeFiles({ 'blueprints/dev.json': workedExample() });
    const doc = JSON.parse((await dpn(['plan', 'preview', 'blueprints', '--format', 'json'], cwd)).stdout);
    expect(doc.plan).toBeUndefined();
    expect(doc.resources[0].action).toBeUndefined();
  });

  it('a corrupt state file is an error with its path, exit 1', async () => {
    const cwd = await repository(workedExample(), workedExample());
    writeFiles({ '.dpn/state/blueprints/dev.json.json': '{ not json' }, cwd);
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(`${cwd}/.dpn/state`, { recursive: true }).map(String);
    expect(files.length).toBeGreaterThan(0);
    const run = await dpn(['plan', 'preview', 'blueprints', '--state-dir', '.dpn'], cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: .*\.dpn\/state\//m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
