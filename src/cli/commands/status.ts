// `dpn status`: the state in numbers, transactions that need `dpn recover`,
// and who holds the lock. Reads only; `--format json` prints one document.
import { UsageError } from '../../errors.js';
import { defaultLockScope } from '../../engine/reconcile.js';
import { engineStatus, type EngineStatus } from '../../engine/status.js';
import { escapeTerminal } from '../../render/escape.js';
import { EXIT, type Command } from '../command.js';
import { COMMON_USAGE, LOCK_OPTIONS, STATE_OPTIONS, backendsOf, stateDirOf } from './apply.js';

function table(s: EngineStatus): string {
  const lines = [`State: ${s.stateDir}`, `  ${s.resources.total} resource${s.resources.total === 1 ? '' : 's'}${s.resources.archived ? ` (${s.resources.archived} archived)` : ''}`];
  for (const [type, n] of Object.entries(s.resources.byType).sort()) lines.push(`    ${type.padEnd(20)} ${n}`);
  lines.push(`Transactions: ${s.transactions}${s.last ? `, last ${s.last.tx} (${s.last.end ?? 'no end record'})` : ''}`);
  if (s.unfinished.length === 0) lines.push('  none needs recovery');
  for (const u of s.unfinished) {
    const what = u.rollbackFailed ? 'rollback failed' : u.committing ? 'stopped after its commit point' : 'no end record';
    lines.push(`  ! ${u.tx}: ${what}; ${u.steps.done} of ${u.steps.planned} steps done, ${u.steps.failed} failed, ${u.steps.inFlight} without an outcome`);
    if (u.actor) lines.push(`      started ${u.startedAt ?? '?'} by ${escapeTerminal(u.actor)}${u.commit ? ` at ${u.commit.slice(0, 12)}` : ''}`);
    for (const l of u.left) lines.push(`      left: ${escapeTerminal(l.key)}: ${escapeTerminal(l.what)}`);
  }
  if (s.unfinished.length > 0) lines.push('  → `dpn recover` rolls back (default) or `dpn recover --strategy resume` finishes; add --tx ID to pick one');
  if (!s.lock) lines.push('Lock: free');
  else if (s.lock.expired) {
    lines.push(
      `Lock: expired — last held by ${escapeTerminal(s.lock.holder)} since ${s.lock.acquiredAt}, lease ran out ${s.lock.expiresAt}; the next run takes it over`,
    );
  } else lines.push(`Lock: held by ${escapeTerminal(s.lock.holder)} since ${s.lock.acquiredAt}, until ${s.lock.expiresAt}`);
  return `${lines.join('\n')}\n`;
}

export const statusCommand: Command = {
  path: ['status'],
  summary: 'Show the state, transactions that need recovery, and the lock',
  usage: `[--format table|json]\n${COMMON_USAGE}Exit status: 0, or 1 when a transaction needs recovery.`,
  options: { ...STATE_OPTIONS, ...LOCK_OPTIONS, format: { type: 'string' } },
  async run(args, io) {
    const format = (args.values.format as string | undefined) ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, got "${format}"`);
    const stateDir = stateDirOf(args, io);
    const { lock } = await backendsOf(args, io, stateDir);
    const status = await engineStatus(stateDir, lock.backend ? { backend: lock.backend, scope: defaultLockScope(io.env, io.cwd, stateDir) } : undefined);
    io.stdout.write(format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : table(status));
    return status.unfinished.length > 0 ? EXIT.invalid : EXIT.ok;
  },
};
