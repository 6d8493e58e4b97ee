import { describe, expect, it } from 'vitest';
import { diff } from '../../src/plan/diff.js';
import { planFromJSON } from '../../src/plan/serialize.js';
import type { Plan } from '../../src/plan/types.js';
import { escapeHtml, escapeMarkdown, escapeMermaidLabel, escapeTerminal } from '../../src/render/escape.js';
import { nodeIds, renderMermaid } from '../../src/render/mermaid.js';
import { renderPlanJson } from '../../src/render/plan-json.js';
import { renderPlanTable } from '../../src/render/plan-table.js';
import { estate, recorded, spec, stateOf } from './fixtures.js';

const HOSTILE = 'x<script>alert(1)</script>|y`z` @octocat\n| forged | row |';

/** Every action once, plus unchanged resources, in two blueprint files. */
function mixedPlan(): Plan {
  const desired = estate();
  const state = stateOf(
    ...desired.map((s) => recorded(s)),
    recorded(spec({ key: 'aws_s3_bucket:gone-archive', blueprint: 'blueprints/b.json' })),
    recorded(spec({ key: 'aws_s3_bucket:gone-delete', deletionPolicy: 'delete', blueprint: 'blueprints/b.json' })),
    recorded(spec({ key: 'aws_s3_bucket:gone-retain', deletionPolicy: 'retain', blueprint: 'blueprints/b.json' })),
  );
  desired[1]!.params['columns'] = [
    { name: 'id', type: 'bigint' },
    { name: 'amount', type: 'decimal(10,2)' },
  ];
  desired[3]!.name = desired[3]!.fullName = 'dp-etl-shared-dev-v2';
  desired.push(spec({ key: 'aws_s3_bucket:new', name: 'dp-landing-raw-dev-use1' }));
  return diff(desired, state);
}


describe('renderPlanTable', () => {
  it('shows a symbol, action, type and name per change, changed fields below, unchanged counted', () => {
    const text = renderPlanTable(mixedPlan());
    const lines = text.split('\n');
    expect(lines).toContain('  ~ update   aws_glue_table  dp_sales_bronze_dev.fact_orders');
    // In the blueprint's own words: `columns`, not `params.columns`.
    expect(lines).toContain('          columns[1].type: "double" → "decimal(10,2)"');
    expect(lines).toContain('  + create   aws_s3_bucket   dp-landing-raw-dev-use1');
    expect(text).toMatch(/^-\/\+ replace {2}dbx_cluster {5}dp-etl-shared-dev → dp-etl-shared-dev-v2 {2}\(renamed: new one created, old one archived\)$/m);
    expect(text).toMatch(/^ {2}⌫ archive {2}aws_s3_bucket {3}gone-archive$/m);
    expect(text).toMatch(/^ {2}- delete {3}aws_s3_bucket {3}gone-delete$/m);
    expect(text).toMatch(/^ {2}= retain {3}aws_s3_bucket {3}gone-retain {2}\(kept on the platform, no longer managed\)$/m);
    expect(text).not.toContain('fact_refunds');
    expect(text.trimEnd().split('\n').pop()).toBe(
      'Plan: 1 to create, 2 to update, 1 to replace, 1 to archive, 1 to delete, 1 to stop managing (retain), 2 unchanged.',
    );
    expect(text).not.toContain('\u001b[');
  });

  it('groups changes under their blueprint file when the plan spans several', () => {
    const lines = renderPlanTable(mixedPlan()).split('\n');
    const b = lines.indexOf('blueprints/b.json');
    const dev = lines.indexOf('blueprints/dev.json');
    expect(b).toBeGreaterThanOrEqual(0);
    expect(dev).toBeGreaterThan(b);
    const archive = lines.findIndex((l) => l.includes('gone-archive'));
    const create = lines.findIndex((l) => l.includes('dp-landing-raw-dev-use1'));
    expect(archive).toBeGreaterThan(b);
    expect(archive).toBeLessThan(dev);
    expect(create).toBeGreaterThan(dev);
    // a plan within one file has no header
    expect(renderPlanTable(diff(estate(), stateOf()))).not.toContain('blueprints/dev.json');
  });

  it('lists unchanged resources when asked, and colours only when asked', () => {
    expect(renderPlanTable(mixedPlan(), { showUnchanged: true })).toContain('dp_sales_bronze_dev.fact_refunds');
    expect(renderPlanTable(mixedPlan(), { color: true })).toContain('\u001b[32m  + create \u001b[0m');
  });

  it('cannot be hijacked by terminal escape sequences in a name', () => {
    const plan = diff([spec({ key: 'aws_s3_bucket:evil', name: 'ok\u001b[2J\rgone' })], stateOf());
    const text = renderPlanTable(plan);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\r');
    expect(text).toContain('ok\\u001b[2J\\u000dgone');
  });
});

describe('renderMermaid', () => {
  /** A small grammar of the flowchart subset we emit; throws on anything else. */
  function parseGraph(text: string): { nodes: Map<string, string>; edges: [string, string][] } {
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const nodes = new Map<string, string>();
    const edges: [string, string][] = [];
    const subgraphs = new Set<string>();
    let depth = 0;
    for (const line of lines.slice(1)) {
      let m: RegExpExecArray | null;
      if ((m = /^ {2}subgraph ([A-Za-z_][A-Za-z0-9_]*)\["([^"`]*)"\]$/.exec(line))) {
        subgraphs.add(m[1]!);
        depth++;
      } else if (line === '  end') depth--;
      else if ((m = /^ {4}(n_[A-Za-z0-9_]+)\["([^"`]*)"\]:::(create|update|archive|delete|retain)$/.exec(line))) {
        expect(nodes.has(m[1]!)).toBe(false);
        nodes.set(m[1]!, m[2]!);
      } else if ((m = /^ {2}(\w+) (-->|==>) (\w+)$/.exec(line))) edges.push([m[1]!, m[3]!]);
      else if (/^ {2}classDef \w+ [\w:#,]+$/.test(line)) continue;
      else if (/^ {2}more\["[^"`]*"\]$/.test(line)) continue;
      else throw new Error(`unexpected mermaid line: ${line}`);
    }
    expect(depth).toBe(0);
    for (const [from, to] of edges) {
      expect(nodes.has(from) || subgraphs.has(from)).toBe(true);
      expect(nodes.has(to) || subgraphs.has(to)).toBe(true);
    }
    return { nodes, edges };
  }

  it('draws one node per step and an edge from each dependency to what waits for it', () => {
    const { nodes, edges } = parseGraph(renderMermaid(diff(estate(), stateOf())));
    expect(nodes.size).toBe(5);
    expect(edges).toEqual(
      expect.arrayContaining([
        ['n_aws_glue_database_dp_dev_sales_bronze', 'n_aws_glue_table_dp_dev_sales_bronze_orders'],
        ['n_dbx_cluster_dp_dev_etl', 'n_dbx_job_dp_dev_daily_load'],
      ]),
    );
    expect(edges).toHaveLength(3);
  });

  it('draws both halves of a replace and the phase order', () => {
    const { nodes, edges } = parseGraph(renderMermaid(mixedPlan()));
    expect(nodes.get('n_dbx_cluster_dp_dev_etl')).toContain('replace: create');
    expect(nodes.get('n_dbx_cluster_dp_dev_etl_retire')).toContain('replace: archive old<br/>dbx_cluster<br/>dp-etl-shared-dev');
    expect(edges).toContainEqual(['apply_phase', 'retire_phase']);
  });

  it('keeps ids valid and labels inert for hostile keys and names', () => {
    const desired = [
      spec({ key: 'aws_s3_bucket:a"]; click x href "javascript:alert(1)', name: HOSTILE }),
      spec({ key: 'aws_s3_bucket:a--b', name: 'end' }),
      spec({ key: 'aws_s3_bucket:a__b', name: '```\n# heading' }),
    ];
    const text = renderMermaid(diff(desired, stateOf()));
    const { nodes } = parseGraph(text);
    expect(nodes.size).toBe(3);
    expect(text).not.toContain('```');
    expect(text).not.toMatch(/<script/);
  });

  it('makes node ids unique when keys reduce alike', () => {
    expect([...nodeIds(['a:b', 'a/b', 'a_b']).values()]).toEqual(['n_a_b', 'n_a_b_2', 'n_a_b_3']);
  });
});

describe('renderPlanJson', () => {
  it('prints the saved-plan format, loadable again', () => {
    const plan = mixedPlan();
    const text = renderPlanJson(plan);
    expect(text.endsWith('}\n')).toBe(true);
    expect(planFromJSON(JSON.parse(text))).toEqual(JSON.parse(JSON.stringify(plan)));
  });
});

describe('escape helpers', () => {
  it('escapeMarkdown neutralises HTML, markdown and mentions', () => {
    expect(escapeMarkdown('<a href="x">@me</a> *b* _i_ `c` [l](u) | ~s~ # h')).toBe(
      '&lt;a href=&quot;x&quot;&gt;@&#8203;me&lt;/a&gt; \\*b\\* \\_i\\_ \\`c\\` \\[l\\]\\(u\\) \\| \\~s\\~ \\# h',
    );
    expect(escapeMarkdown('a\r\nb')).toBe('a b');
  });
  it('escapeHtml is for HTML, in blocks or inline: character references only, no backslashes', () => {
    expect(escapeHtml(`<b>"'&|@x`)).toBe('&lt;b&gt;&quot;&#39;&amp;&#124;@&#8203;x');
    expect(escapeHtml('a_b `c` *d* [e] ~f~ \\g')).toBe('a&#95;b &#96;c&#96; &#42;d&#42; &#91;e&#93; &#126;f&#126; &#92;g');
    expect(escapeHtml('x\ny')).toBe('x y');
  });
  it('escapeTerminal shows control characters instead of obeying them', () => {
    expect(escapeTerminal('a\u001b[31mb\u0007')).toBe('a\\u001b[31mb\\u0007');
  });
  it('escapeMermaidLabel leaves no quote, bracket or backtick', () => {
    expect(escapeMermaidLabel('"]`<>#')).toBe('#34;#93;#96;#60;#62;#35;');
  });
});
