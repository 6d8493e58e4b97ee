// `--override key=value`: naming values with the highest precedence.
import { UsageError } from '../errors.js';
import type { NamingValues } from '../naming/types.js';

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseOverrides(pairs: readonly string[]): NamingValues {
  const values: NamingValues = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    if (at < 0 || !VARIABLE.test(key)) {
      throw new UsageError(
        `--override ${JSON.stringify(pair)} is not key=value with a variable name as key`,
        'example: --override region=eu-west-1 (repeat --override for several values)',
      );
    }
    values[key] = pair.slice(at + 1);
  }
  return values;
}
