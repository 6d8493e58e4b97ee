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
 * For text inside raw HTML blocks (`<details>`, `<summary>`), where markdown
 * backslash escapes would be shown literally.
 */
export function escapeHtml(value: string): string {
  return stripControl(value)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@/g, '@&#8203;')
    .replace(/\|/g, '&#124;');
}

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
