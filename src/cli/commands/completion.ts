// `dpn completion bash|zsh|fish`: a shell completion script for every command,
// its options and the values of --format, written from the command table so it
// cannot fall behind it.
import { UsageError } from '../../errors.js';
import { closest } from '../../source/suggest.js';
import { EXIT, type Command } from '../command.js';
import { COMMANDS } from './index.js';

interface Described {
  path: string[];
  summary: string;
  flags: { name: string; takesValue: boolean; values: string[] }[];
}

const SHELLS = ['bash', 'zsh', 'fish'] as const;

async function describeAll(): Promise<Described[]> {
  const out: Described[] = [];
  for (const entry of COMMANDS) {
    const command = await entry.load();
    const formats = /--format ([a-z]+(?:\|[a-z]+)+)/.exec(command.usage)?.[1]?.split('|') ?? [];
    const flags = Object.entries(command.options).map(([name, option]) => ({
      name,
      takesValue: option.type === 'string',
      values: name === 'format' ? formats : [],
    }));
    flags.push({ name: 'help', takesValue: false, values: [] });
    out.push({ path: entry.path, summary: entry.summary, flags });
  }
  return out;
}

/** Single quotes for a shell word. */
const sq = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function firstWords(commands: Described[]): string[] {
  return [...new Set(commands.map((c) => c.path[0] as string))];
}

function groups(commands: Described[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of commands) if (c.path.length > 1) out.set(c.path[0] as string, [...(out.get(c.path[0] as string) ?? []), c.path[1] as string]);
  return out;
}

function bash(commands: Described[]): string {
  const group = groups(commands);
  const lines = [
    '# dpn completion for bash. Load it with: eval "$(dpn completion bash)" (e.g. in ~/.bashrc)',
    '_dpn() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" key="${COMP_WORDS[1]}"',
    '  if [[ $COMP_CWORD -eq 1 ]]; then COMPREPLY=($(compgen -W ' + sq(firstWords(commands).join(' ')) + ' -- "$cur")); return; fi',
    '  case "$key" in',
    ...[...group].map(([g, subs]) => `    ${g}) if [[ $COMP_CWORD -eq 2 ]]; then COMPREPLY=($(compgen -W ${sq(subs.join(' '))} -- "$cur")); return; fi; key="$key \${COMP_WORDS[2]}" ;;`),
    '  esac',
    '  local opts="" formats=""',
    '  case "$key" in',
    ...commands.map((c) => {
      const formats = c.flags.find((f) => f.name === 'format')?.values ?? [];
      return `    ${sq(c.path.join(' '))}) opts=${sq(c.flags.map((f) => `--${f.name}`).join(' '))}; formats=${sq(formats.join(' '))} ;;`;
    }),
    '  esac',
    '  if [[ $prev == --format && -n $formats ]]; then COMPREPLY=($(compgen -W "$formats" -- "$cur")); return; fi',
    '  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); return; fi',
    '  COMPREPLY=($(compgen -f -- "$cur"))',
    '}',
    'complete -o filenames -F _dpn dpn',
    '',
  ];
  return lines.join('\n');
}

function zsh(commands: Described[]): string {
  const group = groups(commands);
  const describe = (items: { word: string; summary: string }[]) =>
    `(${items.map((i) => sq(`${i.word.replace(/:/g, '\\:')}:${i.summary.replace(/:/g, '\\:')}`)).join(' ')})`;
  const top = firstWords(commands).map((word) => ({
    word,
    summary: group.has(word) ? `${word} commands (${(group.get(word) ?? []).join(', ')})` : (commands.find((c) => c.path[0] === word)?.summary ?? ''),
  }));
  const lines = [
    '#compdef dpn',
    '# dpn completion for zsh. Load it with: source <(dpn completion zsh), or save it as _dpn in a folder of $fpath.',
    '_dpn() {',
    '  local -a items; local key="${words[2]}" curword="${words[CURRENT]}" prevword="${words[CURRENT-1]}"',
    `  if (( CURRENT == 2 )); then items=${describe(top)}; _describe command items; return; fi`,
    '  case "$key" in',
    ...[...group].map(
      ([g, subs]) =>
        `    ${g}) if (( CURRENT == 3 )); then items=${describe(subs.map((s) => ({ word: s, summary: commands.find((c) => c.path.join(' ') === `${g} ${s}`)?.summary ?? '' })))}; _describe command items; return; fi; key="$key \${words[3]}" ;;`,
    ),
    '  esac',
    '  local -a opts formats',
    '  case "$key" in',
    ...commands.map((c) => {
      const formats = c.flags.find((f) => f.name === 'format')?.values ?? [];
      return `    ${sq(c.path.join(' '))}) opts=(${c.flags.map((f) => sq(`--${f.name}`)).join(' ')}); formats=(${formats.map(sq).join(' ')}) ;;`;
    }),
    '  esac',
    '  if [[ $prevword == --format && ${#formats} -gt 0 ]]; then compadd -- $formats; return; fi',
    '  if [[ $curword == -* ]]; then compadd -- $opts; return; fi',
    '  _files',
    '}',
    'if (( $+functions[compdef] )); then compdef _dpn dpn; fi',
    '',
  ];
  return lines.join('\n');
}

function fish(commands: Described[]): string {
  const group = groups(commands);
  const all = firstWords(commands);
  const lines = ['# dpn completion for fish. Load it with: dpn completion fish | source (or save it in ~/.config/fish/completions/dpn.fish)'];
  for (const word of all) {
    const summary = group.has(word) ? `${word} commands` : (commands.find((c) => c.path[0] === word)?.summary ?? '');
    lines.push(`complete -c dpn -f -n '__fish_use_subcommand' -a ${sq(word)} -d ${sq(summary)}`);
  }
  for (const [g, subs] of group) {
    for (const sub of subs) {
      const summary = commands.find((c) => c.path.join(' ') === `${g} ${sub}`)?.summary ?? '';
      lines.push(`complete -c dpn -f -n ${sq(`__fish_seen_subcommand_from ${g}; and not __fish_seen_subcommand_from ${subs.join(' ')}`)} -a ${sq(sub)} -d ${sq(summary)}`);
    }
  }
  for (const c of commands) {
    const condition = c.path.map((w) => `__fish_seen_subcommand_from ${w}`).join('; and ');
    for (const flag of c.flags) {
      const values = flag.values.length ? ` -x -a ${sq(flag.values.join(' '))}` : flag.takesValue ? ' -r' : '';
      lines.push(`complete -c dpn -n ${sq(condition)} -l ${flag.name}${values}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

export const completionCommand: Command = {
  path: ['completion'],
  summary: 'Print a shell completion script (bash, zsh or fish)',
  usage:
    'bash|zsh|fish\n\n' +
    'bash: eval "$(dpn completion bash)" in ~/.bashrc\n' +
    'zsh:  source <(dpn completion zsh) in ~/.zshrc\n' +
    'fish: dpn completion fish > ~/.config/fish/completions/dpn.fish',
  options: {},
  allowPositionals: true,
  async run(args, io) {
    const shell = args.positionals[0];
    if (args.positionals.length !== 1 || !SHELLS.includes(shell as (typeof SHELLS)[number])) {
      const guess = shell === undefined ? undefined : closest(shell, SHELLS);
      throw new UsageError(
        shell === undefined ? 'name a shell: bash, zsh or fish' : `no completion for "${args.positionals.join(' ')}"; shells: bash, zsh, fish`,
        guess ? `did you mean \`dpn completion ${guess}\`?` : 'example: dpn completion bash',
      );
    }
    const commands = await describeAll();
    io.stdout.write(shell === 'bash' ? bash(commands) : shell === 'zsh' ? zsh(commands) : fish(commands));
    return EXIT.ok;
  },
};
