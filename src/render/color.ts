// ANSI colour for terminal renderers, and the one decision whether to use it.
// Every renderer takes `color: boolean`; the CLI asks colorEnabled() once per stream.

export type Paint = (code: string, text: string) => string;

export function painter(enabled: boolean): Paint {
  return enabled ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}

/**
 * Whether to colour output written to a stream, as Node and most tools decide it:
 * FORCE_COLOR forces colour on (any value but 0/false) or off (0/false), even on
 * a pipe; otherwise NO_COLOR (any non-empty value, no-color.org) and TERM=dumb
 * turn it off, and a terminal turns it on.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
