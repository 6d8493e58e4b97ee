export const id = 687;
export const ids = [687];
export const modules = {

/***/ 3687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   completionCommand: () => (/* binding */ completionCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _source_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4467);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3567);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5549);
// `dpn completion bash|zsh|fish`: a shell completion script for every command,
// its options and the values of --format, written from the command table so it
// cannot fall behind it.




const SHELLS = ['bash', 'zsh', 'fish'];
async function describeAll() {
    const out = [];
    for (const entry of _index_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .L) {
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
const sq = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
function firstWords(commands) {
    return [...new Set(commands.map((c) => c.path[0]))];
}
function groups(commands) {
    const out = new Map();
    for (const c of commands)
        if (c.path.length > 1)
            out.set(c.path[0], [...(out.get(c.path[0]) ?? []), c.path[1]]);
    return out;
}
function bash(commands) {
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
function zsh(commands) {
    const group = groups(commands);
    const describe = (items) => `(${items.map((i) => sq(`${i.word.replace(/:/g, '\\:')}:${i.summary.replace(/:/g, '\\:')}`)).join(' ')})`;
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
        ...[...group].map(([g, subs]) => `    ${g}) if (( CURRENT == 3 )); then items=${describe(subs.map((s) => ({ word: s, summary: commands.find((c) => c.path.join(' ') === `${g} ${s}`)?.summary ?? '' })))}; _describe command items; return; fi; key="$key \${words[3]}" ;;`),
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
function fish(commands) {
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
const completionCommand = {
    path: ['completion'],
    summary: 'Print a shell completion script (bash, zsh or fish)',
    usage: 'bash|zsh|fish\n\n' +
        'bash: eval "$(dpn completion bash)" in ~/.bashrc\n' +
        'zsh:  source <(dpn completion zsh) in ~/.zshrc\n' +
        'fish: dpn completion fish > ~/.config/fish/completions/dpn.fish',
    options: {},
    allowPositionals: true,
    async run(args, io) {
        const shell = args.positionals[0];
        if (args.positionals.length !== 1 || !SHELLS.includes(shell)) {
            const guess = shell === undefined ? undefined : (0,_source_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(shell, SHELLS);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(shell === undefined ? 'name a shell: bash, zsh or fish' : `no completion for "${args.positionals.join(' ')}"; shells: bash, zsh, fish`, guess ? `did you mean \`dpn completion ${guess}\`?` : 'example: dpn completion bash');
        }
        const commands = await describeAll();
        io.stdout.write(shell === 'bash' ? bash(commands) : shell === 'zsh' ? zsh(commands) : fish(commands));
        return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
    },
};


/***/ })

};
