// The pieces platform rules are built from (a length range, a character set,
// the usual first/last-character and separator checks), shared by the rule
// tables of every cloud so each table states only what its platform documents.
import type { CharsetRule, ExtraRule, LengthRule, LengthUnit } from './rules.js';

export function length(code: string, object: string, min: number, max: number | undefined, unit: LengthUnit = 'characters'): LengthRule {
  const rule =
    max === undefined
      ? `${object} names are at least ${min} ${min === 1 ? 'character' : 'characters'} long (no documented maximum)`
      : `${object} names are ${min}–${max} ${unit} long`;
  return max === undefined ? { code, rule, min, unit } : { code, rule, min, max, unit };
}

export function charset(code: string, rule: string, chars: string): CharsetRule {
  return { code, rule, chars };
}

/** The first character must match `first` (a character class), described as `what`. */
export function startsWith(code: string, object: string, first: string, what: string): ExtraRule {
  const test = new RegExp(`^${first}`, 'u');
  return {
    code,
    rule: `${object} names start with ${what}`,
    find: (name) => (test.test(name) ? undefined : `it does not start with ${what}`),
  };
}

/** The last character must match `last` (a character class), described as `what`. */
export function endsWith(code: string, object: string, last: string, what: string): ExtraRule {
  const test = new RegExp(`${last}$`, 'u');
  return {
    code,
    rule: `${object} names end with ${what}`,
    find: (name) => (test.test(name) ? undefined : `it does not end with ${what}`),
  };
}

export function noDoubleHyphen(code: string, object: string): ExtraRule {
  return {
    code,
    rule: `${object} names contain no two consecutive hyphens`,
    find: (name) => (name.includes('--') ? 'it contains "--"' : undefined),
  };
}

/** Reserved beginnings, compared without regard to case when `caseless`. */
export function reservedPrefixes(code: string, object: string, prefixes: readonly string[], caseless = false): ExtraRule {
  return {
    code,
    rule: `${object} names do not start with ${prefixes.map((p) => `"${p}"`).join(', ')}`,
    find: (name) => {
      const subject = caseless ? name.toLowerCase() : name;
      const prefix = prefixes.find((p) => subject.startsWith(p));
      return prefix === undefined ? undefined : `it starts with the reserved prefix "${prefix}"`;
    },
  };
}

export function reservedSuffixes(code: string, object: string, suffixes: readonly string[], caseless = false): ExtraRule {
  return {
    code,
    rule: `${object} names do not end with ${suffixes.map((s) => `"${s}"`).join(', ')}`,
    find: (name) => {
      const subject = caseless ? name.toLowerCase() : name;
      const suffix = suffixes.find((s) => subject.endsWith(s));
      return suffix === undefined ? undefined : `it ends with the reserved suffix "${suffix}"`;
    },
  };
}
