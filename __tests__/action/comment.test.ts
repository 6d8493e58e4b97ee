// The preview comment: complete when it fits, cut below GitHub's limit with a
// note when it does not, least important parts first, blueprint text escaped.
import { describe, expect, it } from 'vitest';
import type { Operation, PlanSummary } from '../../src/plan/types.js';
import { COMMENT_LIMIT, renderComment, type PreviewReport } from '../../src/render/comment.js';
import { renderPreviewSummary } from '../../src/render/summary.js';

function op(i: number, action: Operation['action'], extra: Partial<Operation> = {}): Operation {
  return {
    key: `aws_s3_bucket:proj/dev/bucket-${i}`,
    action,
    type: 'aws_s3_bucket',
    name: `proj-bucket-${i}-raw-dev-use1`,
    fullName: `proj-bucket-${i}-raw-dev-use1`,
    blueprint: 'blueprints/a.json',
    changes: action === 'update' ? [{ path: 'params.lifecycleDays', before: 30, after: 60 }] : [],
    dependsOn: [],
    ...extra,
  };
}

function report(ops: Operation[], extra: Partial<PreviewReport> = {}): PreviewReport {
  const summary: PlanSummary = { create: 0, update: 0, replace: 0, archive: 0, delete: 0, retain: 0, noop: 0 };
  for (const o of ops) summary[o.action]++;
  return {
    commit: 'abcdef1234567890',
    valid: true,
    blueprints: [{ file: 'blueprints/a.json', changedInPr: true, operations: ops, diagnostics: [] }],
    diagnostics: [],
    summary,
    warnings: [],
    ...extra,
  };
}

describe('renderComment', () => {
  it('shows every change with its field diff, unchanged ones collapsed, and a graph', () => {
    const { text, omitted } = renderComment(report([op(1, 'create'), op(2, 'update'), op(3, 'noop')]), '<!-- m -->');
    expect(omitted).toEqual([]);
    expect(text.startsWith('<!-- m -->\n')).toBe(true);
    expect(text).toContain('proj-bucket-1-raw-dev-use1');
    expect(text).toMatch(/update: <code>lifecycle&#95;days<\/code>: <code>30<\/code> → <code>60<\/code>/);
    expect(text).toContain('<details><summary>1 unchanged</summary>');
    expect(text).toContain('```mermaid\nflowchart LR\n');
    expect(text).not.toContain('shortened');
  });

  it('draws no graph for a blueprint that changes nothing', () => {
    const { text } = renderComment(report([op(1, 'noop'), op(2, 'noop')]), '<!-- m -->');
    expect(text).toContain('<details><summary>2 unchanged</summary>');
    expect(text).not.toContain('mermaid');
  });

  it('cuts a huge preview below the limit, says what it left out, and keeps the most important rows', () => {
    const ops = [op(0, 'replace'), ...Array.from({ length: 3000 }, (_, i) => op(i + 1, i % 2 ? 'create' : 'noop'))];
    const r = report(ops, {
      blueprints: [
        { file: 'blueprints/untouched.json', changedInPr: false, operations: ops.slice(1500), diagnostics: [] },
        { file: 'blueprints/a.json', changedInPr: true, operations: ops.slice(0, 1500), diagnostics: [] },
      ],
    });
    const { text, omitted } = renderComment(r, '<!-- m -->');
    expect(text.length).toBeLessThan(COMMENT_LIMIT);
    expect(omitted).toContain('dependency graphs');
    expect(text).toMatch(/This comment was shortened to fit GitHub's limit/);
    expect(text).toMatch(/\d+ of 1501 changes/);
    // The replace in the touched blueprint outranks every create.
    expect(text).toContain('proj-bucket-0-raw-dev-use1');
    const full = renderPreviewSummary(r);
    expect(full.omitted).toEqual([]);
    expect(full.text.length).toBeGreaterThan(COMMENT_LIMIT);
    for (const o of ops) expect(full.text).toContain(o.fullName);
  });

  it('stays under the limit even when problems alone are too many', () => {
    const diagnostics = Array.from({ length: 5000 }, (_, i) => ({
      file: 'blueprints/a.json', line: i + 1, column: 3, code: 'SCHEMA', message: `bad value ${'x'.repeat(40)}`, severity: 'error' as const,
    }));
    const { text, omitted } = renderComment(report([], { valid: false, diagnostics }), '<!-- m -->');
    expect(text.length).toBeLessThan(COMMENT_LIMIT);
    expect(omitted.join(' ')).toMatch(/of 5000 problems/);
    expect(text).toContain('❌ 5000 errors');
  });

  it('escapes what came from a blueprint', () => {
    const evil = op(1, 'create', { fullName: 'x</code><img src=x onerror=alert(1)>|@team', name: 'x' });
    const d = { file: 'b.json', line: 1, column: 1, code: 'X', message: '<script>@admin | **bold**', severity: 'error' as const };
    const rendered = renderComment(report([evil], { diagnostics: [d] }), '<!-- m -->').text;
    // Mentions inside a code fence notify nobody; everywhere else `@` must be defused.
    const text = rendered.replace(/```mermaid[\s\S]*?```/g, '');
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/@team|@admin/);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
