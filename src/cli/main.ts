// `dpn`: parse the sub-command, run it, map errors to exit statuses.
// User errors print one clear message; only bugs print a stack trace.
import { parseArgs } from 'node:util';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { EXIT, type CommandIO } from './command.js';
import { isUserError, UsageError } from '../errors.js';
import { withoutSecrets } from './v1.js';

const VERSION = '2.0.0';

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  const lines = COMMANDS.map((c) => `  dpn ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  return [
    'dpn — one naming convention across AWS and Databricks, provisioned from Git.',
    '',
    'Usage: dpn <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `dpn <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

function findCommand(argv: string[]): { entry: CommandEntry; rest: string[] } | undefined {
  let best: { entry: CommandEntry; rest: string[] } | undefined;
  for (const entry of COMMANDS) {
    const n = entry.path.length;
    if (argv.length >= n && entry.path.every((word, i) => argv[i] === word)) {
      if (!best || n > best.entry.path.length) best = { entry, rest: argv.slice(n) };
    }
  }
  return best;
}

export async function main(argv: string[], rawIO: CommandIO): Promise<number> {
  const io = withoutSecrets(argv, rawIO);
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      (argv.length === 0 ? io.stderr : io.stdout).write(helpText());
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (argv[0] === '--version' || argv[0] === '-V') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const found = findCommand(argv);
    if (!found) {
      const prefix = COMMANDS.filter((c) => c.path[0] === argv[0]);
      const hint = prefix.length
        ? `did you mean one of: ${prefix.map((c) => `dpn ${c.path.join(' ')}`).join(', ')}?`
        : 'run `dpn --help` for the list of commands';
      throw new UsageError(`unknown command "${argv.slice(0, 2).join(' ')}"`, hint);
    }
    const command = await found.entry.load();
    if (found.rest.includes('--help') || found.rest.includes('-h')) {
      io.stdout.write(`Usage: dpn ${command.path.join(' ')} ${command.usage}\n\n${command.summary}\n`);
      return EXIT.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: found.rest,
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(
        (error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''),
        `usage: dpn ${command.path.join(' ')} ${command.usage}`,
      );
    }
    return await command.run(parsed as never, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`error: ${error.message}\n`);
      if (error.hint) io.stderr.write(`  ${error.hint}\n`);
      return error instanceof UsageError ? EXIT.usage : EXIT.invalid;
    }
    io.stderr.write(`internal error (a bug in dpn, please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    return 70;
  }
}
