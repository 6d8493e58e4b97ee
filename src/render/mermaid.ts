// The plan's execution graph as a mermaid flowchart (for a PR comment or a job
// summary inside a ```mermaid fence): one node per step, an edge from what must
// finish first to what waits for it, the apply phase before the retire phase.
// Node ids are derived from keys but reduced to [A-Za-z0-9_] and made unique;
// labels are escaped so no blueprint string can end the label, the graph or the
// code fence.
import { executionSteps, type Step } from '../plan/steps.js';
import type { Plan } from '../plan/types.js';
import { escapeMermaidLabel } from './escape.js';
import { SYMBOL } from './plan-format.js';

export interface MermaidOptions {
  /** Nodes before the graph is cut short with a "…and N more" node (mermaid slows down on big graphs). Default 200. */
  maxNodes?: number;
}

const STYLE: Record<Step['action'], string> = {
  create: 'fill:#e6ffed,stroke:#2da44e',
  update: 'fill:#fff8c5,stroke:#bf8700',
  archive: 'fill:#ddf4ff,stroke:#0969da',
  delete: 'fill:#ffebe9,stroke:#cf222e',
  retain: 'fill:#f6f8fa,stroke:#57606a',
};

export function renderMermaid(plan: Plan, options: MermaidOptions = {}): string {
  const steps = executionSteps(plan);
  const maxNodes = options.maxNodes ?? 200;
  const shown = steps.slice(0, maxNodes);
  // What dpn names but does not provision is no step; its references (container → account) are drawn apart.
  const named = plan.operations.filter((op) => op.provisioned === false).slice(0, Math.max(0, maxNodes - shown.length));
  const ids = nodeIds([...shown.map((s) => s.id), ...named.map((op) => op.key)]);
  const byKey = new Map(plan.operations.map((op) => [op.key, op]));
  const lines = ['flowchart LR'];
  for (const phase of ['apply', 'retire'] as const) {
    const inPhase = shown.filter((s) => s.phase === phase);
    if (inPhase.length === 0) continue;
    lines.push(`  subgraph ${phase}_phase["${phase === 'apply' ? 'create / update' : 'archive / delete (after every create and update)'}"]`);
    for (const step of inPhase) {
      const op = byKey.get(step.key);
      const replaced = op?.action === 'replace';
      const symbol = replaced ? SYMBOL.replace : SYMBOL[step.action];
      const verb = replaced ? (step.phase === 'apply' ? 'replace: create' : `replace: ${step.action} old`) : step.action;
      const name = replaced && step.phase === 'retire' ? (op?.current?.fullName ?? '') : (op?.fullName ?? '');
      const label = `${symbol} ${verb}<br/>${escapeMermaidLabel(op?.type ?? '')}<br/>${escapeMermaidLabel(name)}`;
      lines.push(`    ${ids.get(step.id)}["${escapeLabelText(label)}"]:::${step.action}`);
    }
    lines.push('  end');
  }
  if (named.length > 0) {
    lines.push('  subgraph named_only["named, not provisioned"]');
    for (const op of named) {
      lines.push(`    ${ids.get(op.key)}["${escapeLabelText(`${escapeMermaidLabel(op.type)}<br/>${escapeMermaidLabel(op.fullName)}`)}"]:::named`);
    }
    lines.push('  end');
    for (const op of named) {
      for (const dep of op.desired?.dependsOn ?? []) {
        const from = ids.get(dep);
        if (from) lines.push(`  ${from} -.-> ${ids.get(op.key)}`);
      }
    }
  }
  for (const step of shown) {
    for (const dep of step.dependsOn) {
      const from = ids.get(dep);
      if (from) lines.push(`  ${from} --> ${ids.get(step.id)}`);
    }
  }
  if (shown.some((s) => s.phase === 'apply') && shown.some((s) => s.phase === 'retire')) {
    lines.push('  apply_phase ==> retire_phase');
  }
  if (steps.length > shown.length) lines.push(`  more["…and ${steps.length - shown.length} more steps"]`);
  for (const action of Object.keys(STYLE) as Step['action'][]) lines.push(`  classDef ${action} ${STYLE[action]}`);
  if (named.length > 0) lines.push('  classDef named fill:#ffffff,stroke:#8c959f,stroke-dasharray:3 3');
  return lines.join('\n') + '\n';
}

// The symbols are ours, but `-/+` and `⌫` still go through the same escaping
// as everything else in a label; `<br/>` is the only markup we add.
function escapeLabelText(label: string): string {
  return label
    .split('<br/>')
    .map((part) => part.replace(/["`]/g, (c) => `#${c.charCodeAt(0)};`))
    .join('<br/>');
}

/** `n_<key reduced to [A-Za-z0-9_]>`, with a numeric suffix when two keys reduce alike. */
export function nodeIds(keys: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const key of keys) {
    const base = `n_${key.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 80);
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    out.set(key, id);
  }
  return out;
}
