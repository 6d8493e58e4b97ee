// The one preview comment per pull request: found by a hidden marker AND by the
// token's own author among all pages of comments, created once, then edited in
// place, so a PR never collects a trail of stale previews.
import { PREVIEW_MARKER } from '../render/comment.js';
import { GitHubApiError, type GitHubClient, type GitHubUserRef, type IssueComment } from './github.js';

export { PREVIEW_MARKER };

/** The identity GITHUB_TOKEN writes as; /user is not readable with it. */
export const ACTIONS_BOT: GitHubUserRef = { login: 'github-actions[bot]', type: 'Bot' };

export type StickyResult =
  | { status: 'created' | 'updated'; id: number; url?: string }
  | { status: 'forbidden'; reason: string };

export function isOwnComment(comment: IssueComment, marker: string, self: GitHubUserRef): boolean {
  if (!comment.body?.includes(marker) || !comment.user) return false;
  if (comment.user.login !== self.login) return false;
  // A user named like the bot cannot exist (the `[bot]` suffix is reserved), but check the type too.
  return self.type !== 'Bot' || comment.user.type === 'Bot';
}

export async function upsertStickyComment(
  client: GitHubClient,
  repo: string,
  issue: number,
  body: string,
  marker = PREVIEW_MARKER,
): Promise<StickyResult> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  try {
    const self = (await client.viewer()) ?? ACTIONS_BOT;
    const comments = await client.listIssueComments(repo, issue);
    // The newest of ours wins if an earlier run raced and left two.
    const mine = comments.filter((c) => isOwnComment(c, marker, self)).at(-1);
    if (mine) {
      try {
        const updated = await client.updateIssueComment(repo, mine.id, text);
        return { status: 'updated', id: updated.id, ...(updated.html_url ? { url: updated.html_url } : {}) };
      } catch (error) {
        // Deleted by someone between the listing and the edit: write a new one.
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
      }
    }
    const created = await client.createIssueComment(repo, issue, text);
    return { status: 'created', id: created.id, ...(created.html_url ? { url: created.html_url } : {}) };
  } catch (error) {
    // A fork's token is read-only: the preview still lands in the summary and annotations.
    if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
      return { status: 'forbidden', reason: error.apiMessage };
    }
    throw error;
  }
}
