// `dpn explain CODE`: what a diagnostic, run-time error or name-rule code means
// and how to fix it, from the same lists docs/reference.md is generated from.
import { DIAGNOSTIC_CODES } from '../../blueprint/codes.js';
import { RUN_CODES } from '../../error-codes.js';
import { describeRules } from '../../naming/index.js';
import { UsageError } from '../../errors.js';
import { closest } from '../../source/suggest.js';
import { EXIT, type Command } from '../command.js';

interface Entry {
  code: string;
  text: string[];
  json: Record<string, unknown>;
}

function entries(): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const { code, meaning, fix } of DIAGNOSTIC_CODES) {
    out.set(code, { code, text: [meaning, '', `Fix: ${fix}`], json: { code, kind: 'diagnostic', meaning, fix } });
  }
  for (const { code, meaning, fix } of RUN_CODES) {
    out.set(code, { code, text: [meaning, '', `Fix: ${fix}`], json: { code, kind: 'error', meaning, fix } });
  }
  // Name rules: one code can hold for several types (NAMING_MISSING_VARIABLE for every type).
  for (const row of describeRules()) {
    const type = row.type === '*' ? 'every type' : row.type;
    const known = out.get(row.code);
    if (known && known.json.kind === 'rule') {
      known.text.splice(known.text.length - 2, 0, `${type}: ${row.rule} (${row.source})`);
      (known.json.rules as unknown[]).push({ type: row.type, rule: row.rule, source: row.source });
      continue;
    }
    out.set(row.code, {
      code: row.code,
      text: [`A generated name breaks a rule of its platform:`, `${type}: ${row.rule} (${row.source})`, '', 'Fix: change the fields that go into the name, or the pattern of the type in naming-patterns.yaml.'],
      json: { code: row.code, kind: 'rule', rules: [{ type: row.type, rule: row.rule, source: row.source }] },
    });
  }
  return out;
}

export const explainCommand: Command = {
  path: ['explain'],
  summary: 'Say what a diagnostic code means and how to fix it',
  usage: 'CODE [--format text|json]\n\nCODE is what an error or warning shows, e.g. SCHEMA_ENUM or S3_LENGTH (case does not matter).',
  options: { format: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const format = (args.values.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got "${format}"`);
    if (args.positionals.length !== 1) throw new UsageError('give one code', 'example: dpn explain SCHEMA_ENUM');
    const asked = (args.positionals[0] as string).toUpperCase();
    const all = entries();
    const entry = all.get(asked);
    if (!entry) {
      const guess = closest(asked, all.keys());
      throw new UsageError(`no code ${asked}`, guess ? `did you mean ${guess}?` : 'docs/reference.md lists every code');
    }
    io.stdout.write(format === 'json' ? `${JSON.stringify(entry.json)}\n` : `${entry.code}\n\n${entry.text.join('\n')}\n`);
    return EXIT.ok;
  },
};
