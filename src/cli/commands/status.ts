// `dpn status`: the state in numbers, transactions without an end record —
// in progress under a live lock, or abandoned and needing `dpn recover` — and
// who holds the lock. Reads only, never creates the state directory.
import { UsageError } from '../../errors.js';
import { statusFlow, type StatusOutcome } from '../../flows/index.js';
import { escapeTerminal } from '../../render/escape.js';
import { backendsOf, workspaceOf } from '../face.js';
import { readOnlyStateDir } from '../state-dir.js';
import { EXIT, type Command } from '../command.js';
import { COMMON_USAGE, LOCK_OPTIONS, STATE_OPTIONS } from './apply.js';

function table(s: StatusOutcome): string {
  const lines = s.exists ? [`State: ${s.stateDir}`, `  ${s.resources.total} resource${s.resources.total === 1 ? '' : 's'}${s.resources.archived ? ` (${s.resources.archived} archived)` : ''}`] : [`State: ${s.stateDir} does not exist yet: nothing has been applied from here`];
  for (const [type, n] of Object.entries(s.resources.byType).sort()) lines.push(`    ${type.padEnd(20)} ${n}`);
  lines.push(`Transactions: ${s.transactions}${s.last ? `, last ${s.last.tx} (${s.last.end ?? 'no end record'})` : ''}`);
  if (s.unfinished.length === 0) lines.push('  none needs recovery');
  for (const u of s.unfinished) {
    const condition = s.conditions.find((c) => c.tx === u.tx)?.condition;
    const what =
      condition === 'in_progress'
        ? `in progress, held by ${escapeTerminal(s.lock?.holder ?? '?')}`
        : u.rollbackFailed
          ? 'rollback failed'
          : u.committing
            ? 'stopped after its commit point'
            : 'abandoned: no end record and no live lock';
    lines.push(`  ${condition === 'in_progress' ? '…' : '!'} ${u.tx}: ${what}; ${u.steps.done} of ${u.steps.planned} steps done, ${u.steps.failed} failed, ${u.steps.inFlight} without an outcome`);
    if (u.actor) lines.push(`      started ${u.startedAt ?? '?'} by ${escapeTerminal(u.actor)}${u.commit ? ` at ${u.commit.slice(0, 12)}` : ''}`);
    for (const l of u.left) lines.push(`      left: ${escapeTerminal(l.key)}: ${escapeTerminal(l.what)}`);
  }
  if (s.needsRecovery) lines.push('  → `dpn recover` rolls back (default) or `dpn recover --strategy resume` finishes; add --tx ID to pick one');
  else if (s.unfinished.length > 0) lines.push('  → a run is applying now; wait for it (nothing to recover)');
  if (!s.lock) lines.push('Lock: free');
  else if (s.lock.expired) {
    lines.push(`Lock: expired — last held by ${escapeTerminal(s.lock.holder)} since ${s.lock.acquiredAt}, lease ran out ${s.lock.expiresAt}; the next run takes it over`);
  } else lines.push(`Lock: held by ${escapeTerminal(s.lock.holder)} since ${s.lock.acquiredAt}, until ${s.lock.expiresAt}`);
  return `${lines.join('\n')}\n`;
}

export const statusCommand: Command = {
  path: ['status'],
  summary: 'Show the state, transactions in progress or needing recovery, and the lock',
  usage: `[--format table|json]\n${COMMON_USAGE}Exit status: 0, or 1 when a transaction needs recovery (one in progress under a live lock does not).`,
  options: { ...STATE_OPTIONS, ...LOCK_OPTIONS, format: { type: 'string' } },
  async run(args, io) {
    const format = (args.values.format as string | undefined) ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, got "${format}"`);
    const stateDir = readOnlyStateDir(args.values['state-dir'] as string | undefined, io.cwd).absolute;
    const { lock } = await backendsOf(args, io, stateDir);
    const status = await statusFlow({ workspace: workspaceOf(stateDir), lock });
    io.stdout.write(format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : table(status));
    return status.needsRecovery ? EXIT.invalid : EXIT.ok;
  },
};
