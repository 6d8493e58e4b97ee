// The `export` input in pull request mode: the `dpn export names` output written
// into the job's workspace for later steps, and shown in the job summary. Never
// written when the blueprints have errors: no step may read a name that broke a rule.
import { writeAtomically } from '../state/store.js';
import { renderNamesExport } from '../export/names.js';
import { escapeMarkdown } from '../render/escape.js';
import { resolve } from 'node:path';
import type { ActionInputs } from './inputs.js';
import type { Desired } from './desired.js';

/** Larger exports are named in the summary, not shown: a step's summary holds at most 1 MiB. */
const SUMMARY_LIMIT = 256 * 1024;

export interface NamesExportResult {
  /** Workspace-relative path written, when it was. */
  file?: string;
  summary: string;
}

/** A code fence longer than any run of backticks in `text`, so nothing in it can close the block. */
function fence(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

export async function writeNamesExport(workspace: string, spec: NonNullable<ActionInputs['export']>, desired: Desired): Promise<NamesExportResult> {
  const shown = `\`${escapeMarkdown(spec.path)}\``;
  if (desired.diagnostics.some((d) => d.severity === 'error')) {
    return { summary: `\n### Names export\n\n${shown} was not written: the blueprints have errors (listed above).\n` };
  }
  const text = renderNamesExport(desired.resources, spec.format);
  await writeAtomically(resolve(workspace, spec.path), text);
  const head = `\n### Names export\n\n${shown} (${spec.format}, ${desired.resources.length} resource${desired.resources.length === 1 ? '' : 's'}) is in the workspace for the next steps.\n`;
  if (text.length > SUMMARY_LIMIT) return { file: spec.path, summary: `${head}\nIt is ${text.length} characters, too large to show here.\n` };
  const f = fence(text);
  return { file: spec.path, summary: `${head}\n<details><summary>${shown}</summary>\n\n${f}\n${text}${f}\n\n</details>\n` };
}
