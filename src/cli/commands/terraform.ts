// `dpn terraform names`: a program for Terraform's `external` data source. It
// reads the query object on stdin and prints one flat JSON object of strings;
// any failure is a message on stderr and exit status 1, as that protocol asks.
// Naming needs no cloud credentials, so neither does this.
import { isUserError, UserError } from '../../errors.js';
import { namesResult, parseNamesQuery } from '../../export/external.js';
import { EXIT, type Command } from '../command.js';
import { errorLines } from './export.js';
import { checkBlueprints } from './plan.js';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new UserError('dpn terraform names reads a JSON query on stdin', 'TERRAFORM_QUERY', `example: echo '{"blueprints":"blueprints"}' | dpn terraform names`);
  }
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

export const terraformNamesCommand: Command = {
  path: ['terraform', 'names'],
  summary: "Names for Terraform's external data source (JSON query on stdin, flat JSON object of strings out)",
  usage:
    '< query.json\n\n' +
    'Query fields (all strings): blueprints (paths, comma-separated), key (optional: one dpn key or Terraform identifier),\n' +
    'values_config, patterns_config, overrides ("key=value,key=value").\n' +
    'Without key: {"<dpn key>": "<name>", …}. With key: {"key", "id", "type", "name", "full_name"}.\n' +
    'Exit status: 0 with the result on stdout, 1 with the reason on stderr.',
  options: {},
  async run(_args, io) {
    try {
      const query = parseNamesQuery(await readStdin());
      const { report } = await checkBlueprints(
        {
          positionals: query.blueprints,
          values: {
            override: query.overrides,
            ...(query.valuesConfig !== undefined ? { 'values-config': query.valuesConfig } : {}),
            ...(query.patternsConfig !== undefined ? { 'patterns-config': query.patternsConfig } : {}),
          },
        },
        io,
      );
      if (report.diagnostics.some((d) => d.severity === 'error')) {
        throw new UserError(`the blueprints or the naming configuration have errors:\n${errorLines(report.diagnostics)}`, 'TERRAFORM_QUERY');
      }
      io.stdout.write(`${JSON.stringify(namesResult(report.resources, query.key))}\n`);
      return EXIT.ok;
    } catch (error) {
      // The protocol knows one failure status; a usage slip in the query is a failure like any other.
      if (!isUserError(error)) throw error;
      io.stderr.write(`error: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
      return EXIT.invalid;
    }
  },
};
