// `dpn recover [--tx ID] [--strategy rollback|resume]`: the recover flow
// (src/flows) with the CLI's parts — finish a transaction that has no end
// record (or whose rollback failed), under the state lock.
import { UsageError } from '../../errors.js';
import { didYouMean } from '../../source/suggest.js';
import { recoverFlow } from '../../flows/index.js';
import type { RecoveryResult } from '../../engine/recovery.js';
import { isTransactionId } from '../../engine/wal.js';
import { escapeTerminal } from '../../render/escape.js';
import { closeDrivers, createDrivers } from '../../providers/registry.js';
import { EXIT, type Command } from '../command.js';
import { createProgress } from '../progress.js';
import { workspaceOf } from '../face.js';
import { COMMON_USAGE, LOCK_OPTIONS, STATE_OPTIONS, backendsOf, cancellation, positiveInt, stateDirOf } from './apply.js';

/** What the probes found, then the closing summary (what was undone or resumed, what is left). */
function summary(r: RecoveryResult, closing: string): string {
  const lines: string[] = [];
  if (!r.rolledForward) {
    lines.push(`Transaction ${r.tx}: ${r.strategy}.`);
    if (r.unlogged) {
      lines.push(`  ${r.unlogged} planned step${r.unlogged === 1 ? '' : 's'} had no record in the WAL (it ends at its begin record); each was probed on the platform.`);
    }
    for (const p of r.probes) {
      lines.push(`  probe ${escapeTerminal(p.key)} (${p.step}, ${p.logged}): ${p.error ? `unreadable: ${escapeTerminal(p.error.message)}` : p.exists ? `exists${p.archived ? ', archived' : ''}` : 'absent'}`);
    }
  }
  return `${lines.map((l) => `${l}\n`).join('')}${closing}`;
}

export const recoverCommand: Command = {
  path: ['recover'],
  summary: 'Roll back (default) or resume a transaction that did not finish',
  usage:
    `[--tx ID] [--strategy rollback|resume] [--concurrency N] [--format table|json] [--quiet]\n${COMMON_USAGE}` +
    '  --quiet, -q              print only the closing summary and errors\n' +
    'Without --tx, the oldest transaction that needs recovery is taken. Exit status: 0 when it ends rolled back or committed.',
  options: { ...STATE_OPTIONS, ...LOCK_OPTIONS, tx: { type: 'string' }, strategy: { type: 'string' }, concurrency: { type: 'string' }, format: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  async run(args, io) {
    const strategy = (args.values.strategy as string | undefined) ?? 'rollback';
    if (strategy !== 'rollback' && strategy !== 'resume') {
      throw new UsageError(`--strategy must be rollback or resume, got "${strategy}"`, didYouMean(strategy, ['rollback', 'resume']));
    }
    const format = (args.values.format as string | undefined) ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, got "${format}"`);
    const tx = args.values.tx as string | undefined;
    if (tx !== undefined && !isTransactionId(tx)) throw new UsageError(`--tx "${tx}" is not a transaction id`, 'ids look like 20261122T031500Z-3fa9c1; `dpn status` lists them');
    const stateDir = stateDirOf(args, io);
    const backends = await backendsOf(args, io, stateDir);
    const drivers = createDrivers(io.env);
    const quiet = args.values.quiet === true;
    const shown = createProgress(io, { quiet });
    const cancel = cancellation(io, (t) => shown.note(t));
    let result;
    try {
      result = await recoverFlow({
        face: 'cli',
        workspace: workspaceOf(stateDir),
        lock: backends.lock,
        sink: { event: shown.onEvent, warn: (m) => io.stderr.write(`dpn: warning: ${escapeTerminal(m)}\n`) },
        strategy,
        ...(tx ? { tx } : {}),
        drivers,
        env: io.env,
        concurrency: positiveInt(args, 'concurrency', 8),
        signal: cancel.signal,
      });
    } finally {
      shown.finish();
      cancel.dispose();
      closeDrivers(drivers);
    }
    const r = result.recovery;
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(r ? { ...r, state: undefined, transaction: r.transaction ? { ...r.transaction, state: undefined } : undefined } : null, null, 2)}\n`);
    } else {
      io.stdout.write(r ? (quiet ? shown.recoverySummary(r) : summary(r, shown.recoverySummary(r))) : 'Nothing to recover: every transaction has an end record.\n');
    }
    return !r || r.status === 'rolled_back' || r.status === 'committed' ? EXIT.ok : EXIT.invalid;
  },
};
