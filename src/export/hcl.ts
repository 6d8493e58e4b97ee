// A small writer of HCL native syntax: quoted strings with Terraform's template
// sequences escaped, maps, lists, nested blocks and references, laid out the
// way `terraform fmt` lays them out (two-space indent, `=` aligned within a run
// of one-line attributes), so generated files need no reformatting to diff cleanly.

/**
 * An expression written as is (a reference such as `aws_s3_bucket.x.id`), never quoted. A class, not
 * a shape: a map from a blueprint (tags `{expression: "…"}`) must never pass for one.
 */
export class HclExpression {
  constructor(readonly expression: string) {}
}

export type HclValue = string | number | boolean | HclExpression | HclValue[] | { [key: string]: HclValue };

export type HclItem =
  | { kind: 'attribute'; name: string; value: HclValue }
  | { kind: 'block'; type: string; labels: string[]; body: HclItem[] }
  | { kind: 'comment'; text: string };

export function ref(expression: string): HclExpression {
  return new HclExpression(expression);
}

export function attribute(name: string, value: HclValue): HclItem {
  return { kind: 'attribute', name, value };
}

export function block(type: string, labels: string[], body: HclItem[]): HclItem {
  return { kind: 'block', type, labels, body };
}

export function comment(text: string): HclItem {
  return { kind: 'comment', text };
}

/**
 * A quoted HCL string whose value is exactly `text`: `${` and `%{` would start
 * a template interpolation or directive, so they are doubled (`$${`, `%%{`).
 */
export function quote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${escapeTemplate(out)}"`;
}

/** Terraform's JSON syntax also reads strings as templates: the same two sequences are doubled. */
export function escapeTemplate(text: string): string {
  // A function, not a replacement string: there `$$` would mean one `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function objectKey(key: string): string {
  return IDENTIFIER.test(key) ? key : quote(key);
}

function renderValue(value: HclValue, indent: string): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : quote(String(value));
  if (typeof value === 'boolean') return String(value);
  if (value instanceof HclExpression) return value.expression;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object')) return `[${value.map((v) => renderValue(v, indent)).join(', ')}]`;
    return `[\n${value.map((v) => `${inner}${renderValue(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const keys = Object.keys(value).sort();
  if (keys.length === 0) return '{}';
  const rendered = keys.map((k) => ({ key: objectKey(k), text: renderValue(value[k] as HclValue, inner) }));
  // As `terraform fmt` does: `=` aligned across one-line entries; a multi-line value is not padded.
  const width = Math.max(0, ...rendered.filter((r) => !r.text.includes('\n')).map((r) => r.key.length));
  const lines = rendered.map((r) => `${inner}${r.text.includes('\n') ? r.key : r.key.padEnd(width)} = ${r.text}`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function renderBody(items: HclItem[], indent: string): string[] {
  const lines: string[] = [];
  // `terraform fmt` aligns `=` across consecutive one-line attributes.
  let run: { name: string; value: string }[] = [];
  const flush = (): void => {
    const width = Math.max(0, ...run.filter((a) => !a.value.includes('\n')).map((a) => a.name.length));
    for (const a of run) lines.push(`${indent}${a.value.includes('\n') ? a.name : a.name.padEnd(width)} = ${a.value}`);
    run = [];
  };
  let previous: HclItem['kind'] | undefined;
  for (const item of items) {
    if (item.kind === 'attribute') {
      const value = renderValue(item.value, indent);
      if (value.includes('\n')) {
        flush();
        lines.push(`${indent}${item.name} = ${value}`);
      } else run.push({ name: item.name, value });
    } else {
      flush();
      if (item.kind === 'comment') {
        if (previous === 'block') lines.push('');
        // Every line break starts a new `#` line: text in a comment can never end it.
        lines.push(...item.text.split(/\r\n|\r|\n/).map((t) => `${indent}# ${t}`.trimEnd()));
      } else {
        if (previous !== undefined && previous !== 'comment') lines.push('');
        const labels = item.labels.map((l) => ` ${quote(l)}`).join('');
        const body = renderBody(item.body, `${indent}  `);
        lines.push(body.length === 0 ? `${indent}${item.type}${labels} {}` : `${indent}${item.type}${labels} {`, ...body);
        if (body.length > 0) lines.push(`${indent}}`);
      }
    }
    previous = item.kind;
  }
  flush();
  return lines;
}

/** A whole file (or a block's body); newline-terminated. */
export function renderHcl(items: HclItem[]): string {
  return `${renderBody(items, '').join('\n')}\n`;
}
