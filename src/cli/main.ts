// `dpn`: parse the sub-command, run it, map errors to exit statuses.
// User errors print one clear message; only bugs print a stack trace.
import { parseArgs } from 'node:util';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { EXIT, type Command, type CommandIO } from './command.js';
import { isUserError, UsageError } from '../errors.js';
import { withoutSecrets } from './v1.js';
import { colorEnabled, painter } from '../render/color.js';
import { closest } from '../source/suggest.js';

const VERSION = '2.0.0';

/** `dpn plan`, `dpn config`…: the commands under one first word, as help text. */
function groupHelp(group: string): string {
  const members = COMMANDS.filter((c) => c.path[0] === group && c.path.length > 1);
  const width = Math.max(...members.map((c) => c.path.join(' ').length));
  return [
    `Usage: dpn ${group} <command> [options]`,
    '',
    'Commands:',
    ...members.map((c) => `  dpn ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    `Run \`dpn ${group} <command> --help\` for the options of a command.`,
    '',
  ].join('\n');
}

function isGroup(word: string | undefined): boolean {
  return word !== undefined && COMMANDS.some((c) => c.path[0] === word && c.path.length > 1);
}

/** The command a mistyped one most likely meant: `pln` → `plan`, `plan vaildate` → `plan validate`. */
function unknownCommand(argv: string[]): UsageError {
  const firstWords = [...new Set(COMMANDS.map((c) => c.path[0] as string))];
  const [first = '', second] = argv;
  if (isGroup(first)) {
    const words = COMMANDS.filter((c) => c.path[0] === first).map((c) => c.path[1] as string);
    const guess = second === undefined ? undefined : closest(second, words);
    return new UsageError(
      `unknown command "dpn ${first} ${second ?? ''}"`.replace(/ "$/, '"'),
      guess ? `did you mean \`dpn ${first} ${guess}\`? (commands: ${words.join(', ')})` : `commands: ${words.map((w) => `dpn ${first} ${w}`).join(', ')}`,
    );
  }
  const guess = closest(first, firstWords);
  if (guess === undefined) return new UsageError(`unknown command "${first}"`, 'run `dpn --help` for the list of commands');
  const rest = isGroup(guess) && second !== undefined && !second.startsWith('-') ? ` ${closest(second, COMMANDS.filter((c) => c.path[0] === guess).map((c) => c.path[1] as string)) ?? second}` : '';
  return new UsageError(`unknown command "${first}"`, `did you mean \`dpn ${guess}${rest}\`?`);
}

/** The short usage a usage error ends with. */
function usageOf(command: Command): string {
  return `usage: dpn ${command.path.join(' ')} ${command.usage.split('\n')[0]}\n(\`dpn ${command.path.join(' ')} --help\` for more)`;
}

/**
 * Node's parseArgs messages name its internals ("To specify a positional
 * argument starting with a '-'…"); these say what was wrong and what was meant.
 */
function argumentError(command: Command, args: readonly string[], cause: unknown): UsageError {
  const code = (cause as { code?: string }).code;
  const names = Object.keys(command.options);
  const shorts = new Map(Object.entries(command.options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    for (const arg of args) {
      if (arg === '--') break;
      if (!arg.startsWith('-') || arg === '-') continue;
      const name = arg.replace(/^--?/, '').replace(/=.*$/, '');
      if (arg.startsWith('--') ? names.includes(name) : [...name].every((c) => shorts.has(c))) continue;
      const guess = closest(name, names);
      const flag = arg.replace(/=.*$/, '');
      return new UsageError(`unknown option ${flag} for dpn ${command.path.join(' ')}`, `${guess ? `did you mean --${guess}?\n` : ''}${usageOf(command)}`);
    }
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /'(-[^ ']+)/.exec((cause as Error).message)?.[1] ?? 'an option';
    return new UsageError(`${flag} needs a value`, usageOf(command));
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const extra = /'([^']*)'/.exec((cause as Error).message)?.[1] ?? '';
    // `dpn create blueprints/dev.json`: the file belongs to --blueprint (v1.0's spelling too).
    const hint = 'blueprint' in command.options ? `did you mean --blueprint ${extra}?\n${usageOf(command)}` : usageOf(command);
    return new UsageError(`dpn ${command.path.join(' ')} takes no argument "${extra}"`, hint);
  }
  return new UsageError((cause as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''), usageOf(command));
}

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
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || (argv[0] === 'help' && argv.length === 1)) {
      (argv.length === 0 ? io.stderr : io.stdout).write(helpText());
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    // `dpn help plan preview` is `dpn plan preview --help`.
    if (argv[0] === 'help') return await main([...argv.slice(1), '--help'], io);
    if (isGroup(argv[0]) && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
      (argv.length === 1 ? io.stderr : io.stdout).write(groupHelp(argv[0] as string));
      return argv.length === 1 ? EXIT.usage : EXIT.ok;
    }
    if (argv[0] === '--version' || argv[0] === '-V') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const found = findCommand(argv);
    if (!found) throw unknownCommand(argv);
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
      throw argumentError(command, found.rest, error);
    }
    return await command.run(parsed as never, io);
  } catch (error) {
    if (isUserError(error)) {
      const paint = painter(colorEnabled(io.stderr, io.env));
      io.stderr.write(`${paint('31;1', 'error')}: ${error.message}\n`);
      for (const line of error.hint?.split('\n') ?? []) {
        io.stderr.write(`  ${line.startsWith('did you mean') ? `${paint('36;1', 'help:')} ` : ''}${line}\n`);
      }
      // The code, so the entry in docs/reference.md (and `dpn explain`) can be found from the message.
      if (!(error instanceof UsageError) && /^[A-Z][A-Z0-9_]+$/.test(error.code)) io.stderr.write(`  (${error.code}: dpn explain ${error.code})\n`);
      return error instanceof UsageError ? EXIT.usage : EXIT.invalid;
    }
    io.stderr.write(`internal error (a bug in dpn, please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    return 70;
  }
}
