// `dpn export names|terraform`: the names the blueprints give, for Terraform and
// other tools; and dpn's state as Terraform import and resource blocks, to hand
// an estate over. Refuses (and writes nothing) when the input has errors.
import { resolve } from 'node:path';
import type { Diagnostic } from '../../source/types.js';
import { UsageError } from '../../errors.js';
import { NAMES_FORMATS, renderNamesExport, type NamesFormat } from '../../export/names.js';
import { EXIT, type Command, type CommandIO, type ParsedArgs } from '../command.js';
import { checkBlueprints, NAMING_OPTIONS } from './plan.js';

/** `file:line:column: message (CODE)` for the first errors, so a script's log points at the fix. */
export function errorLines(diagnostics: readonly Diagnostic[], limit = 10): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.slice(0, limit).map((d) => `  ${d.file}:${d.line}:${d.column}: ${d.message} (${d.code})`);
  if (errors.length > limit) lines.push(`  … and ${errors.length - limit} more; dpn plan validate lists them all`);
  return lines.join('\n');
}

/** Stdout, or FILE written whole (a temp file and a rename: never a partial file). */
async function emit(text: string, args: ParsedArgs, io: CommandIO): Promise<void> {
  const out = args.values.out as string | undefined;
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  const { writeAtomically } = await import('../../state/store.js');
  await writeAtomically(resolve(io.cwd, out), text);
  io.stderr.write(`wrote ${out}\n`);
}

export const exportNamesCommand: Command = {
  path: ['export', 'names'],
  summary: 'Print every generated name (and its Terraform identifier) as json, tfvars, hcl, tf-json or dotenv',
  usage:
    'PATH... --format json|tfvars|hcl|tf-json|dotenv [--out FILE] [--values-config FILE --patterns-config FILE] [--override key=value]...\n\n' +
    'Every resource keyed by its dpn key, with its Terraform identifier, type, name and full name, sorted by key.\n' +
    'hcl writes `locals { dpn_names = {…} }`, tfvars `dpn_names = {…}`, tf-json the locals block in Terraform JSON syntax,\n' +
    'dotenv one DPN_<IDENTIFIER> variable per resource. Nothing is written when a blueprint has an error.\n' +
    'Exit status: 0 exported, 1 invalid blueprint or naming configuration, 2 usage error.',
  options: { ...NAMING_OPTIONS, override: { type: 'string', multiple: true }, format: { type: 'string' }, out: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const format = args.values.format as string | undefined;
    if (format === undefined || !(NAMES_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${NAMES_FORMATS.join(', ')}${format === undefined ? '' : `, got "${format}"`}`);
    }
    const { report } = await checkBlueprints(args, io);
    if (report.diagnostics.some((d) => d.severity === 'error')) {
      io.stderr.write(`error: no names exported: the blueprints or the naming configuration have errors\n${errorLines(report.diagnostics)}\n`);
      return EXIT.invalid;
    }
    await emit(renderNamesExport(report.resources, format as NamesFormat), args, io);
    return EXIT.ok;
  },
};

export const exportTerraformCommand: Command = {
  path: ['export', 'terraform'],
  summary: "Write Terraform import and resource blocks for everything in dpn's state (hand over to Terraform)",
  usage:
    '[--state-dir DIR] [--out FILE] [--aws-account-id ID]\n\n' +
    'For every resource in the state in DIR (default .dpn): an import block (Terraform / OpenTofu >= 1.5) with the id\n' +
    "in its provider's format and a resource block with the arguments dpn applied. `terraform plan` then only imports.\n" +
    'Glue import ids need the Data Catalog id (the AWS account id): taken from the ARNs the state records, or --aws-account-id.\n' +
    'Exit status: 0 written, 1 nothing to export or something missing, 2 usage error.',
  options: { 'state-dir': { type: 'string' }, out: { type: 'string' }, 'aws-account-id': { type: 'string' } },
  async run(args, io) {
    const stateDir = (args.values['state-dir'] as string | undefined) ?? '.dpn';
    const [{ loadState }, { renderTerraformExport }] = await Promise.all([import('../../state/store.js'), import('../../export/terraform.js')]);
    const state = await loadState(resolve(io.cwd, stateDir));
    const account = args.values['aws-account-id'] as string | undefined;
    const text = renderTerraformExport(state.resources.values(), { stateDir, ...(account !== undefined ? { awsAccountId: account } : {}) });
    await emit(text, args, io);
    return EXIT.ok;
  },
};
