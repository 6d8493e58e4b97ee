// `dpn unlock [--force]` and `dpn drift`: the dispatch modes of the Action, on
// the command line, through the same flows.
import { driftFlow, unlockFlow, type DriftOutcome } from '../../flows/index.js';
import { escapeTerminal } from '../../render/escape.js';
import { backendsOf, workspaceOf } from '../face.js';
import { readOnlyStateDir } from '../state-dir.js';
import { EXIT, type Command } from '../command.js';
import { COMMON_USAGE, LOCK_OPTIONS, STATE_OPTIONS, positiveInt } from './apply.js';
import { outputFormat } from './plan.js';

export const unlockCommand: Command = {
  path: ['unlock'],
  summary: 'Break a lock left by a run that died (compare-and-swap; --force for a live lease)',
  usage:
    `[--force] [--format table|json]\n${COMMON_USAGE}` +
    'Breaks the lock only if it is still the one seen, and only once its lease ran out unless --force.\n' +
    'Exit status: 0 broken or not held, 1 refused.',
  options: { ...STATE_OPTIONS, ...LOCK_OPTIONS, force: { type: 'boolean' }, format: { type: 'string' } },
  async run(args, io) {
    const format = outputFormat(args, ['table', 'json']);
    const stateDir = readOnlyStateDir(args.values['state-dir'] as string | undefined, io.cwd).absolute;
    const { lock } = await backendsOf(args, io, stateDir);
    const result = await unlockFlow({ lock, force: args.values.force === true });
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ scope: lock.scope, ...result }, null, 2)}\n`);
    } else if (result.status === 'not_locked') {
      io.stdout.write(`Lock "${escapeTerminal(lock.scope)}" is not held.\n`);
    } else {
      const who = `${escapeTerminal(result.seen!.holder)}${result.seen!.runUrl ? ` (${escapeTerminal(result.seen!.runUrl)})` : ''}, lease until ${result.seen!.expiresAt}`;
      if (result.status === 'unlocked') {
        io.stdout.write(`Broke lock "${escapeTerminal(lock.scope)}" held by ${who}.\nRun \`dpn status\` to see whether its transaction needs \`dpn recover\`.\n`);
      } else {
        const why = result.reason === 'live' ? 'its lease has not run out; add --force only if that run is certainly dead' : 'it changed while we looked (someone released or took it)';
        io.stderr.write(`error: did not break lock "${escapeTerminal(lock.scope)}" held by ${who}: ${why}\n`);
      }
    }
    return result.status === 'refused' ? EXIT.invalid : EXIT.ok;
  },
};

/** Exit status of `dpn drift` when a live resource differs from the state (0: none, 1: could not check). */
export const EXIT_DRIFTED = 3;

function driftTable(d: DriftOutcome): string {
  const lines: string[] = [];
  if (!d.exists) return 'No state yet: nothing to compare.\n';
  lines.push(`Checked ${d.checked} resource${d.checked === 1 ? '' : 's'}: ${d.items.length === 0 ? 'no drift' : `${d.items.length} differ from the state`}.`);
  for (const item of d.items) {
    const head = `  ${item.kind === 'missing' ? '-' : item.kind === 'unreadable' ? '?' : '~'} ${item.type} ${escapeTerminal(item.name)}`;
    if (item.kind === 'missing') lines.push(`${head}: missing on the platform`);
    else if (item.kind === 'unreadable') lines.push(`${head}: could not be read: ${escapeTerminal(item.error ?? '')}`);
    else {
      lines.push(head);
      for (const f of item.fields) lines.push(`      ${escapeTerminal(f.path)}: ${escapeTerminal(JSON.stringify(f.state) ?? '(none)')} in the state → ${escapeTerminal(JSON.stringify(f.live) ?? '(none)')} live`);
    }
  }
  for (const s of d.skipped) lines.push(`  (${s.count} ${s.type} not checked: ${s.reason})`);
  if (d.items.length) {
    lines.push('dpn plans against its state, not the live resources: a reconcile leaves these differences as they are. Undo them by hand.');
  }
  return `${lines.join('\n')}\n`;
}

export const driftCommand: Command = {
  path: ['drift'],
  summary: 'Compare every live resource with the state; change nothing',
  usage: `[--state-dir DIR] [--concurrency N] [--format table|json]\nExit status: 0 no drift, ${EXIT_DRIFTED} some resources differ, 1 a resource could not be read.`,
  options: { ...STATE_OPTIONS, concurrency: { type: 'string' }, format: { type: 'string' } },
  async run(args, io) {
    const format = outputFormat(args, ['table', 'json']);
    const stateDir = readOnlyStateDir(args.values['state-dir'] as string | undefined, io.cwd).absolute;
    const result = await driftFlow({ workspace: workspaceOf(stateDir), env: io.env, concurrency: positiveInt(args, 'concurrency', 8) });
    io.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : driftTable(result));
    if (result.items.some((i) => i.kind === 'unreadable')) return EXIT.invalid;
    return result.status === 'drifted' ? EXIT_DRIFTED : EXIT.ok;
  },
};
