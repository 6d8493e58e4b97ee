// Escaping of user-controlled strings (anything that came from a blueprint,
// a naming config or the state) before it reaches markdown, HTML, a terminal or
// a mermaid graph. Every renderer uses these; none builds its own.

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|~]/g;

/**
 * Makes a string inert in GitHub-flavoured markdown, inline and inside table
 * cells: HTML is entity-encoded, markdown punctuation backslash-escaped, `|`
 * cannot split a table cell, newlines cannot end a table row, and `@name`
 * cannot notify anyone (a zero-width space after `@`, as Renovate does).
 */
export function escapeMarkdown(value: string): string {
  return stripControl(value)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;');
}

/**
 * For text inside HTML (`<details>`, `<summary>`, `<code>`), in a raw HTML
 * block or inline in markdown: everything is a character reference, never a
 * backslash (shown literally inside HTML blocks). Markdown punctuation is
 * encoded too, because inline HTML content is still parsed as markdown: a
 * backtick could open a code span, `|` split a table cell, `_` start emphasis.
 */
export function escapeHtml(value: string): string {
  return stripControl(value)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[&<>"'|`*_[\]~\\]/g, (c) => HTML_ENTITY[c] ?? `&#${c.charCodeAt(0)};`)
    .replace(/@/g, '@&#8203;');
}

const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * For a terminal: control characters (ANSI escape sequences, carriage returns
 * that overwrite a line) are shown as `\u001b`-style escapes instead of acting.
 */
export function escapeTerminal(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A mermaid label inside `"…"`: quotes, angle brackets, backticks and `#` become mermaid entity codes. */
export function escapeMermaidLabel(value: string): string {
  return stripControl(value)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[#"<>`&|{}[\]()\\]/g, (c) => `#${c.charCodeAt(0)};`);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

function stripControl(value: string): string {
  return value.replace(CONTROL, '');
}
