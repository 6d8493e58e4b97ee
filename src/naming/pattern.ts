// Name templates: `{variable}` placeholders in literal text, parsed once into
// segments. `{{` and `}}` stand for literal braces, as in Python's str.format,
// which dpn v1.0 used to fill patterns.

/** Literal text, or the name of a variable to fill in. */
export type Segment = { text: string } | { variable: string };

export interface ParsedPattern {
  segments: Segment[];
  /** Each variable once, in order of first use. */
  variables: string[];
}

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses a pattern, or returns a message saying what is wrong with it. */
export function parsePattern(pattern: string): ParsedPattern | string {
  const segments: Segment[] = [];
  const variables: string[] = [];
  let text = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '{') {
      if (pattern[i + 1] === '{') {
        text += '{';
        i += 2;
        continue;
      }
      const close = pattern.indexOf('}', i + 1);
      if (close < 0) return `unclosed "{" at character ${i + 1}`;
      const name = pattern.slice(i + 1, close);
      if (!VARIABLE.test(name)) return `"{${name}}" is not a placeholder: use {name} with letters, digits and "_"`;
      if (text !== '') segments.push({ text });
      text = '';
      segments.push({ variable: name });
      if (!variables.includes(name)) variables.push(name);
      i = close + 1;
    } else if (ch === '}') {
      if (pattern[i + 1] !== '}') return `unmatched "}" at character ${i + 1} (write "}}" for a literal brace)`;
      text += '}';
      i += 2;
    } else {
      text += ch;
      i += 1;
    }
  }
  if (text !== '') segments.push({ text });
  return { segments, variables };
}
