// The preview comment a reviewer reads, rendered by the bundled action on a pull
// request where one blueprint is broken: the valid blueprint is planned and
// shown (changed fields in the blueprint's words, each row linked to its line
// at the head commit), the broken one says "not planned", and the last line
// says what merging will do. `dpn plan preview --format markdown` prints the
// same body.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBlueprints } from '../../src/blueprint/index.js';
import { DEFAULT_NAMING_CONFIG } from '../../src/naming/index.js';
import { emptyState, recordFromSpec, writeState } from '../../src/state/index.js';
import { dpn } from '../cli-plan/run.js';
import { GITHUB_ACTIONS_BOT, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { tempDir } from '../support/git.js';
import { blueprint, writeJson } from './fixtures.js';
import { actionBundle, pullRequestPayload, runAction } from './harness.js';

const HEAD = 'c'.repeat(40);
const PR = 31;
let gh: GitHubServer;

beforeAll(async () => {
  await actionBundle();
  gh = await startGitHubServer();
  gh.addToken('ghs_installation', { user: GITHUB_ACTIONS_BOT, installation: true });
}, 180_000);
afterAll(() => gh.stop());

/** a.json and b.json applied; now a.json changes a field and adds a bucket, b.json is broken. */
async function workspace(): Promise<string> {
  const ws = tempDir();
  writeJson(ws, 'blueprints/a.json', blueprint([{ purpose: 'landing' }]));
  writeJson(ws, 'blueprints/b.json', blueprint([{ purpose: 'events' }], { project: 'beta' }));
  const set = await loadBlueprints(['blueprints'], { naming: DEFAULT_NAMING_CONFIG, cwd: ws });
  expect(set.diagnostics).toEqual([]);
  const state = emptyState();
  for (const spec of set.resources) state.resources.set(spec.key, recordFromSpec(spec, { appliedAt: '2026-01-01T00:00:00Z', transaction: 'tx-1' }));
  await writeState(join(ws, '.dpn'), state);
  writeJson(ws, 'blueprints/a.json', blueprint([{ purpose: 'landing', lifecycle_days: 30 }, { purpose: 'curated', layer: 'curated' }]));
  const broken = blueprint([{ purpose: 'events' }], { project: 'beta' }) as { resources: { aws: { s3_buckets: Record<string, unknown>[] } } };
  broken.resources.aws.s3_buckets[0]!.layer = 'rwa';
  writeJson(ws, 'blueprints/b.json', broken);
  return ws;
}

/** The line of `text` (1-based) that a `#L<n>` link points at. */
function lineOf(text: string, link: string): string {
  const n = Number(/#L(\d+)$/.exec(link)?.[1]);
  return text.split('\n')[n - 1] ?? '';
}

describe('the preview comment when one blueprint is invalid', () => {
  it('plans and shows the valid blueprint, says the other is not planned, and says what merging does', async () => {
    const ws = await workspace();
    const run = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ number: PR, headSha: HEAD }),
      workspace: ws,
      apiUrl: gh.url,
      sha: 'd'.repeat(40),
      ref: `refs/pull/${PR}/merge`,
      inputs: { 'github-token': 'ghs_installation' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const body = gh.comments.get(PR)?.[0]?.body ?? '';
    const sections = body.split(/^### /m);
    const a = sections.find((s) => s.startsWith('[<code>blueprints/a.json</code>]')) ?? '';
    const b = sections.find((s) => s.startsWith('<code>blueprints/b.json</code>')) ?? '';

    // The valid blueprint is planned: its update names the blueprint's field, old → new.
    expect(a).toMatch(/— 2 changes/);
    expect(a).toContain('update: <code>lifecycle&#95;days</code>: <code>90</code> → <code>30</code>');
    expect(a).not.toContain('lifecycleDays');
    expect(a).toContain('acme-curated-curated-dev-use1');
    // Each row links to its resource's line at the head commit.
    const links = [...a.matchAll(/\]\((https:\/\/github\.com\/acme\/data-platform\/blob\/c{40}\/blueprints\/a\.json#L\d+)\)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(2);
    const text = readFileSync(join(ws, 'blueprints/a.json'), 'utf8');
    expect(links.map((l) => lineOf(text, l).trim())).toEqual(['{', '{']);
    expect(new Set(links).size).toBe(2);
    // The line after the linked `{` is the bucket's first field (the fixture writes layer first).
    const after = (link: string) => text.split('\n')[Number(/#L(\d+)$/.exec(link)![1])]!.trim();
    const rowLink = (name: string) => links.find((l) => a.split('\n').some((row) => row.includes(name) && row.includes(l)))!;
    expect(after(rowLink('acme-landing-raw-dev-use1'))).toBe('"layer": "raw",');
    expect(after(rowLink('acme-curated-curated-dev-use1'))).toBe('"layer": "curated",');

    // The broken one is not planned — not "no changes", and its applied bucket is not archived.
    expect(b).toMatch(/^<code>blueprints\/b\.json<\/code> — not planned: fix the errors below, 1 error/);
    expect(b).not.toMatch(/no changes|archive/);
    expect(body).not.toContain('beta-events-raw-dev-use1');
    // "Below": the problems follow the blueprints, linked to the line that is wrong.
    const problems = body.indexOf('### Problems');
    expect(problems).toBeGreaterThan(body.indexOf('blueprints/b.json</code> — not planned'));
    const problem = /\[blueprints\/b\.json:(\d+):\d+\]\(https:\/\/github\.com\/acme\/data-platform\/blob\/c{40}\/blueprints\/b\.json#L(\d+)\)/.exec(body);
    expect(problem?.[1]).toBe(problem?.[2]);
    expect(readFileSync(join(ws, 'blueprints/b.json'), 'utf8').split('\n')[Number(problem![1]) - 1]).toContain('rwa');

    const last = body.trimEnd().split('\n').filter((l) => l !== '' && !l.startsWith('<sub>')).pop();
    expect(last).toBe('**Merging now applies nothing**: the reconcile refuses blueprints with errors. Once they are fixed, it applies the changes planned above and those of the fixed blueprints.');

    // The CLI prints exactly this body, so it can be read before pushing.
    const cli = await dpn(['plan', 'preview', 'blueprints', '--format', 'markdown'], ws, {
      GITHUB_REPOSITORY: 'acme/data-platform',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: HEAD,
    });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toBe(body);
  }, 60_000);

  it('once fixed, the comment says merging applies the plan', async () => {
    const ws = await workspace();
    writeJson(ws, 'blueprints/b.json', blueprint([{ purpose: 'events' }], { project: 'beta' }));
    const cli = await dpn(['plan', 'preview', 'blueprints', '--format', 'markdown'], ws, { GITHUB_REPOSITORY: 'acme/data-platform', GITHUB_SHA: HEAD });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^### \[<code>blueprints\/b\.json<\/code>\]\(https:\/\/github\.com\/acme\/data-platform\/blob\/c{40}\/blueprints\/b\.json\) — no changes, 1 unchanged$/m);
    expect(cli.stdout).toMatch(/^\*\*Merging applies this plan\*\*: 1 to create, 1 to update, 1 unchanged\.$/m);
  });
});
