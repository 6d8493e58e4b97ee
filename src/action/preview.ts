// Pull request mode: validate every blueprint and the naming configuration at
// the PR head, diff against the checked-in state, and report three ways — the
// sticky comment, the job summary, annotations — plus a plan JSON file. Needs
// no cloud credentials and never writes to the repository.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Plan } from '../plan/types.js';
import { planToJSON } from '../plan/serialize.js';
import { changeCounts } from '../plan/summary.js';
import { emptyState, loadState } from '../state/store.js';
import type { State } from '../state/types.js';
import { normalizeBlueprintPath } from '../state/path.js';
import { coveredByGlobs, retireScope } from '../plan/retire-scope.js';
import { renderComment, type PreviewReport } from '../render/comment.js';
import { previewReport } from '../render/preview-report.js';
import { renderPreviewSummary } from '../render/summary.js';
import { annotate, type AnnotationSink } from './annotations.js';
import { loadDesired, type Desired } from './desired.js';
import type { RunContext } from './event.js';
import { GitHubClient } from './github.js';
import type { ActionInputs } from './inputs.js';
import type { Logger, ModeResult } from './report.js';
import { writeNamesExport } from './names-export.js';
import { PREVIEW_MARKER, upsertStickyComment } from './sticky-comment.js';

export interface PreviewDeps {
  logger: Logger;
  sink: AnnotationSink;
  /** Where the state is read from (the workspace, or a state-branch worktree). */
  stateRoot: string;
}

export interface PlannedPreview {
  desired: Desired;
  state: State;
  plan: Plan | null;
  planError?: string;
  report: PreviewReport;
}

/**
 * Blueprint files whose removed resources this run may retire: those loaded now
 * and every file the state knows that the globs still cover (a deleted
 * blueprint file retires its resources). State of files outside the globs is left alone.
 */
export function blueprintsInScope(loaded: string[], state: State, globs: string[]): string[] {
  return retireScope({ covers: coveredByGlobs(globs) }, loaded, state);
}

/** Loads, validates and plans; pure apart from reading files. */
export async function planPreview(
  inputs: ActionInputs,
  context: RunContext,
  stateRoot: string,
  touched: ReadonlySet<string>,
): Promise<PlannedPreview> {
  const desired = await loadDesired(context.workspace, inputs);
  let state: State = emptyState();
  let stateError: string | undefined;
  try {
    state = await loadState(join(stateRoot, inputs.stateDir));
  } catch (error) {
    stateError = error instanceof Error ? error.message : String(error);
  }
  const commit = context.pullRequest?.headSha || context.sha;
  const { report, plan } = previewReport({
    files: desired.files,
    resources: desired.resources,
    diagnostics: desired.diagnostics,
    ...(stateError === undefined ? { state } : { stateError }),
    diff: { blueprints: blueprintsInScope(desired.files, state, inputs.blueprints), ...(inputs.deletionPolicy ? { deletionPolicy: inputs.deletionPolicy } : {}) },
    commit,
    touched,
    allowMassDelete: inputs.allowMassDelete,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    ...(context.repository && commit ? { blobUrl: `${context.serverUrl}/${context.repository}/blob/${commit}/` } : {}),
  });
  const planError = report.planError;
  return { desired, state, plan, ...(planError !== undefined ? { planError } : {}), report };
}

export async function writePlanFile(context: RunContext, body: unknown, name = 'plan'): Promise<string> {
  const dir = context.runnerTemp || tmpdir();
  await mkdir(dir, { recursive: true });
  const file = join(dir, `dpn-${name}-${context.runId || process.pid}-${context.runAttempt}.json`);
  await writeFile(file, JSON.stringify(body, null, 2) + '\n', 'utf8');
  return file;
}

export async function runPreview(inputs: ActionInputs, context: RunContext, deps: PreviewDeps): Promise<ModeResult> {
  const { logger } = deps;
  const pr = context.pullRequest;
  const github = inputs.githubToken ? new GitHubClient({ apiUrl: context.apiUrl, token: inputs.githubToken }) : undefined;

  // Files the PR touched rank first in the comment and annotations; missing them only costs ordering.
  const touched = new Set<string>();
  if (pr && github) {
    try {
      for (const f of await github.listPullFiles(context.repository, pr.number)) touched.add(normalizeBlueprintPath(f));
    } catch (error) {
      logger.debug(`could not list the pull request's files: ${(error as Error).message}`);
    }
  }

  const { desired, plan, planError, report } = await planPreview(inputs, context, deps.stateRoot, touched);
  const all = [...desired.diagnostics];
  const annotations = annotate(all, deps.sink, touched);
  const planFile = await writePlanFile(context, {
    commit: report.commit,
    valid: report.valid,
    ...(planError !== undefined ? { error: planError } : {}),
    diagnostics: all,
    plan: plan ? planToJSON(plan) : null,
  });

  const outputs: ModeResult['outputs'] = {
    valid: String(report.valid),
    plan: planFile,
    status: report.valid ? 'valid' : 'invalid',
  };
  const c = changeCounts(report.summary);
  outputs.creates = String(c.creates);
  outputs.updates = String(c.updates);
  outputs.deletes = String(c.deletes);

  let note = '';
  if (pr && inputs.comment) {
    if (!github) {
      logger.warning('no github-token: the preview is in the job summary only');
    } else {
      const comment = renderComment(report, PREVIEW_MARKER);
      if (comment.omitted.length) logger.info(`comment shortened to ${comment.text.length} characters: ${comment.omitted.join('; ')}`);
      const result = await upsertStickyComment(github, context.repository, pr.number, comment.text);
      if (result.status === 'forbidden') {
        // A fork's read-only token: not a failure of the change under review.
        logger.warning(
          `could not comment on pull request #${pr.number} (${result.reason})${pr.fromFork ? ' — it comes from a fork, whose token is read-only' : ''}; the preview is in the job summary`,
        );
      } else {
        outputs['comment-id'] = String(result.id);
        logger.info(`${result.status} preview comment ${result.url ?? result.id}`);
      }
    }
  }
  const left = annotations.notAnnotated.error + annotations.notAnnotated.warning;
  if (left > 0) {
    note =
      `\n> [!NOTE]\n> ${annotations.annotated} problems are annotated on the files; ${left} more ` +
      `(${annotations.notAnnotated.error} errors, ${annotations.notAnnotated.warning} warnings) are not, because GitHub shows at most 10 errors and 10 warnings per step. All are listed above.\n`;
  }
  const exported = inputs.export ? await writeNamesExport(context.workspace, inputs.export, desired) : undefined;
  if (exported?.file !== undefined) outputs.export = exported.file;
  const summary = renderPreviewSummary(report).text + note + (exported?.summary ?? '');
  const errors = all.filter((d) => d.severity === 'error').length;
  return {
    outputs,
    summary,
    ...(report.valid ? {} : { failure: planError && errors === 0 ? `no plan: ${planError}` : `${errors} blueprint or configuration error${errors === 1 ? '' : 's'}` }),
  };
}
