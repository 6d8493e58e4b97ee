// planPreview: the plan the preview and reconcile modes share, read from a
// workspace and a state directory as the action reads them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseInputs } from '../../src/action/inputs.js';
import type { RunContext } from '../../src/action/event.js';
import { planPreview } from '../../src/action/preview.js';
import { recordFromSpec, writeState } from '../../src/state/index.js';
import { renderComment } from '../../src/render/comment.js';
import { tempDir } from '../support/git.js';
import { blueprint, writeJson } from './fixtures.js';

function context(workspace: string): RunContext {
  return {
    eventName: 'pull_request', payload: {}, repository: 'acme/x', sha: 'a'.repeat(40), ref: 'refs/pull/1/merge', defaultBranch: 'main',
    pullRequest: undefined, apiUrl: 'https://api.github.com', serverUrl: 'https://github.com', runId: '1', runAttempt: '1', runUrl: '',
    actor: 'octocat', workspace, runnerTemp: join(workspace, '.tmp'),
  };
}

/** A workspace whose state holds a Glue database recorded `delete` and its table recorded `archive`, both since removed from the blueprint. */
async function removedGlue(): Promise<string> {
  const ws = tempDir();
  writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }], { glue: true }));
  const first = await planPreview(parseInputs(() => ''), context(ws), ws, new Set());
  expect(first.report.valid, JSON.stringify(first.desired.diagnostics)).toBe(true);
  const resources = new Map(
    first.desired.resources.map((spec) => {
      const record = recordFromSpec(spec, { appliedAt: '2026-01-01T00:00:00Z', transaction: 'tx1' });
      if (spec.type === 'aws_glue_database') record.deletionPolicy = 'delete';
      return [spec.key, record] as const;
    }),
  );
  await writeState(join(ws, '.dpn'), { resources });
  writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }]));
  return ws;
}

describe('planPreview', () => {
  it('retires removed resources per their records, warning that deleting the database takes its table along', async () => {
    const ws = await removedGlue();
    const { plan } = await planPreview(parseInputs(() => ''), context(ws), ws, new Set());
    const actions = Object.fromEntries(plan!.operations.map((op) => [op.type, op.action]));
    expect(actions).toEqual({ aws_s3_bucket: 'noop', aws_glue_database: 'delete', aws_glue_table: 'archive' });
    expect(plan!.warnings?.map((w) => w.code)).toContain('PLAN_DELETE_TAKES_CHILD');
  });

  it('the deletion-policy input retires every removed resource its way, and the warnings follow the actions taken', async () => {
    const ws = await removedGlue();
    const inputs = parseInputs((name) => (name === 'deletion-policy' ? 'archive' : ''));
    const { plan, report } = await planPreview(inputs, context(ws), ws, new Set());
    const actions = Object.fromEntries(plan!.operations.map((op) => [op.type, op.action]));
    expect(actions).toEqual({ aws_s3_bucket: 'noop', aws_glue_database: 'archive', aws_glue_table: 'archive' });
    expect(plan!.summary).toMatchObject({ archive: 2, delete: 0, noop: 1 });
    expect(plan!.warnings ?? []).toEqual([]);
    expect(renderComment(report, '<!-- m -->').text).not.toMatch(/WARNING/);
  });

  it("draws each blueprint's graph with the plan renderer: its steps and the edges between them", async () => {
    const ws = tempDir();
    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }], { glue: true }));
    writeJson(ws, 'blueprints/other.json', blueprint([{ purpose: 'exports' }], { project: 'other' }));
    const { report } = await planPreview(parseInputs(() => ''), context(ws), ws, new Set());
    const graphs = [...renderComment(report, '<!-- m -->').text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(graphs).toHaveLength(2);
    const [dev, other] = graphs as [string, string];
    expect(dev).toMatch(/^flowchart LR\n/);
    // The table waits for its database; the other blueprint's bucket is not in this graph.
    expect(dev).toMatch(/n_aws_glue_database_\w+ --> n_aws_glue_table_\w+/);
    expect(dev).toContain('acme-landing-raw-dev-use1');
    expect(dev).not.toContain('other-exports');
    expect(other).toContain('other-exports-raw-dev-use1');
  });
});
