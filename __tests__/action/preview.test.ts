// Pull request mode end to end: the bundled action against the local GitHub
// server, as a runner would start it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GITHUB_ACTIONS_BOT, startGitHubServer, type GitHubServer } from '../support/github-server.js';
import { tempDir } from '../support/git.js';
import { actionBundle, pullRequestPayload, runAction, visible, type ActionEnvOptions } from './harness.js';
import { blueprint, buckets, writeJson } from './fixtures.js';

const MARKER = '<!-- dpn:preview -->';
let gh: GitHubServer;
const PR = 7;

beforeAll(async () => {
  await actionBundle();
  gh = await startGitHubServer();
  gh.addToken('ghs_installation', { user: GITHUB_ACTIONS_BOT, installation: true });
  gh.addToken('ghs_fork', { user: GITHUB_ACTIONS_BOT, installation: true, readOnly: true });
  gh.addToken('ghp_personal', { user: { login: 'dpn-bot', id: 77, type: 'User' } });
}, 180_000);
afterAll(() => gh.stop());

let n = 0;
beforeEach(() => {
  n++;
});

function preview(workspace: string, extra: Partial<ActionEnvOptions> & { pr?: number; token?: string; fork?: boolean } = {}) {
  const pr = extra.pr ?? PR;
  return runAction({
    event: 'pull_request',
    payload: pullRequestPayload({ number: pr, headSha: 'c'.repeat(40), ...(extra.fork ? { fork: true } : {}) }),
    workspace,
    apiUrl: gh.url,
    sha: 'd'.repeat(40),
    ref: `refs/pull/${pr}/merge`,
    inputs: { 'github-token': extra.token ?? 'ghs_installation', ...extra.inputs },
    ...(extra.env ? { env: extra.env } : {}),
  });
}

describe('preview on a pull request', () => {
  it('creates one comment, then updates that same comment, even behind more than 100 other comments', async () => {
    const pr = 100 + n;
    const ws = tempDir();
    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }]));
    // 120 comments by people first; one of them quotes our marker and must not be taken for ours.
    for (let i = 0; i < 120; i++) gh.seedComment(pr, { login: `person${i % 7}`, id: 500 + i, type: 'User' }, i === 50 ? `quoting ${MARKER}` : `comment ${i}`);

    const first = await preview(ws, { pr });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const ours = () => gh.comments.get(pr)!.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours()).toHaveLength(1);
    expect(gh.comments.get(pr)).toHaveLength(121);
    const id = ours()[0]!.id;
    expect(first.outputs['comment-id']).toBe(String(id));
    expect(ours()[0]!.body).toContain('acme-landing-raw-dev-use1');
    expect(ours()[0]!.body).toMatch(/\b1 to create/);
    expect(gh.comments.get(pr)![50]!.body).toBe(`quoting ${MARKER}`);

    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }, { purpose: 'curated-sales', layer: 'curated' }]));
    const second = await preview(ws, { pr });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(gh.comments.get(pr)).toHaveLength(121);
    expect(ours()[0]!.id).toBe(id);
    expect(ours()[0]!.body).toContain('acme-curated-sales-curated-dev-use1');
    expect(ours()[0]!.body).toMatch(/\b2 to create/);
    expect(second.outputs['comment-id']).toBe(String(id));
    // It walked the pages GitHub's way: per_page=100, then the Link header's next page.
    const lists = gh.requests.filter((r) => r.method === 'GET' && r.path === `/repos/acme/data-platform/issues/${pr}/comments`);
    expect(lists.some((r) => r.query.page === '2' && r.query.per_page === '100')).toBe(true);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).not.toHaveLength(0);
    // The token reached GitHub as a header and nowhere a person reads.
    for (const run of [first, second]) expect(visible(run)).not.toContain('ghs_installation');
    expect(gh.comments.get(pr)!.some((c) => c.body.includes('ghs_installation'))).toBe(false);
  });

  it('with a personal token, finds its comment by the token user and not by the bot', async () => {
    const pr = 100 + n;
    const ws = tempDir();
    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }]));
    gh.seedComment(pr, GITHUB_ACTIONS_BOT, `${MARKER}\nan old preview written by another workflow`);
    expect((await preview(ws, { pr, token: 'ghp_personal' })).code).toBe(0);
    expect((await preview(ws, { pr, token: 'ghp_personal' })).code).toBe(0);
    const mine = gh.comments.get(pr)!.filter((c) => c.user.login === 'dpn-bot');
    expect(mine).toHaveLength(1);
    expect(gh.comments.get(pr)![0]!.body).toContain('an old preview written by another workflow');
  });

  it('cuts a preview larger than the comment limit below 65,536 characters; the summary and plan file are complete', async () => {
    const pr = 100 + n;
    const ws = tempDir();
    writeJson(ws, 'blueprints/big.json', blueprint(buckets(1200, 'purpose-with-a-longish-name-')));
    const run = await preview(ws, { pr });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const body = gh.comments.get(pr)![0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain("This comment was shortened to fit GitHub's limit");
    expect(body).toMatch(/\d+ of 1200 changes/);
    for (let i = 0; i < 1200; i++) expect(run.summary).toContain(`acme-purpose-with-a-longish-name-${i}-raw-dev-use1`);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.outputs.creates).toBe('1200');
    const { readFileSync } = await import('node:fs');
    const plan = JSON.parse(readFileSync(run.outputs.plan!, 'utf8'));
    expect(plan.plan.operations).toHaveLength(1200);
  });

  it('on a fork (read-only token) still writes the summary and annotations, and does not fail for lack of permission', async () => {
    const pr = 100 + n;
    const ws = tempDir();
    writeJson(ws, 'blueprints/good.json', blueprint([{ purpose: 'landing' }]));
    const ok = await preview(ws, { pr, token: 'ghs_fork', fork: true });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/::warning::could not comment on pull request #\d+ .*fork/);
    expect(ok.summary).toContain('acme-landing-raw-dev-use1');
    expect(gh.comments.get(pr) ?? []).toHaveLength(0);

    // An invalid blueprint on a fork: annotations on file and line, a failed check because of the blueprint only.
    writeFileSync(
      join(ws, 'blueprints/bad.json'),
      JSON.stringify({ version: '1.0', metadata: { environment: 'qa', project: 'acme', region: 'us-east-1' }, resources: {} }, null, 2),
    );
    const bad = await preview(ws, { pr, token: 'ghs_fork', fork: true });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error title=[A-Z_]+,file=blueprints\/bad\.json,line=\d+,col=\d+::/);
    expect(bad.stdout).toMatch(/::error::1 blueprint or configuration error/);
    expect(bad.stdout).not.toMatch(/::error::.*(403|not accessible)/);
    expect(bad.summary).toContain('blueprints/bad.json');
    expect(bad.outputs.valid).toBe('false');
  });

  it('annotates at most 10 errors and says in the summary how many were not annotated', async () => {
    const ws = tempDir();
    for (let i = 0; i < 13; i++) {
      writeFileSync(join(ws, `bad-${String(i).padStart(2, '0')}.json`), '{"version": "1.0", "metadata": {}, "resources": {}}');
    }
    const run = await preview(ws, { pr: 100 + n, inputs: { blueprints: '*.json', comment: 'false' } });
    expect(run.code).toBe(1);
    const annotated = run.stdout.split('\n').filter((l) => l.startsWith('::error title='));
    expect(annotated).toHaveLength(10);
    expect(run.summary).toMatch(/10 problems are annotated on the files; \d+ more \(\d+ errors, 0 warnings\) are not/);
    expect(gh.comments.get(100 + n)).toBeUndefined();
  });

  it('rides out a brief GitHub outage (5xx answers are retried)', async () => {
    const pr = 100 + n;
    const ws = tempDir();
    writeJson(ws, 'blueprints/dev.json', blueprint([{ purpose: 'landing' }]));
    gh.failNext(2, 502);
    const run = await preview(ws, { pr });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(gh.comments.get(pr)).toHaveLength(1);
  });

  it('rejects an invalid input with a clear message', async () => {
    const ws = tempDir();
    const run = await preview(ws, { inputs: { concurrency: 'lots' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input "concurrency": "lots" is not a whole number');
    expect(run.stdout).not.toMatch(/\bat .*\.js:\d+/);
  });
});
