// Pagination links and comment ownership, as GitHub writes and means them.
import { describe, expect, it } from 'vitest';
import { nextLink } from '../../src/action/github.js';
import { ACTIONS_BOT, PREVIEW_MARKER, isOwnComment } from '../../src/action/sticky-comment.js';

describe('nextLink', () => {
  it('finds rel="next" wherever it stands in the Link header', () => {
    const next = 'https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=2';
    expect(nextLink(`<${next}>; rel="next", <https://x/last?page=5>; rel="last"`)).toBe(next);
    expect(nextLink(`<https://x/?page=1>; rel="prev", <${next}>; rel="next"`)).toBe(next);
    expect(nextLink('<https://x/?page=1>; rel="prev", <https://x/?page=1>; rel="first"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('isOwnComment', () => {
  const body = `${PREVIEW_MARKER}\npreview`;
  it('needs both the marker and the token identity', () => {
    expect(isOwnComment({ id: 1, body, user: { login: 'github-actions[bot]', type: 'Bot' } }, PREVIEW_MARKER, ACTIONS_BOT)).toBe(true);
    expect(isOwnComment({ id: 2, body: 'no marker', user: { login: 'github-actions[bot]', type: 'Bot' } }, PREVIEW_MARKER, ACTIONS_BOT)).toBe(false);
    expect(isOwnComment({ id: 3, body, user: { login: 'mallory', type: 'User' } }, PREVIEW_MARKER, ACTIONS_BOT)).toBe(false);
    expect(isOwnComment({ id: 4, body, user: null }, PREVIEW_MARKER, ACTIONS_BOT)).toBe(false);
    expect(isOwnComment({ id: 5, body, user: { login: 'dpn-bot', type: 'User' } }, PREVIEW_MARKER, { login: 'dpn-bot', type: 'User' })).toBe(true);
  });
});
