// What a person sees while a transaction runs, and the line that closes it.
// On a terminal: a small block redrawn in place (done/total per action, elapsed
// time, the operations in flight), failures printed above it as they happen.
// On a pipe or with TERM=dumb: one line per finished operation and a progress
// line every ~10 s. `quiet`: failures only. All of it on stderr; the closing
// summary (`summary()`) is the caller's to print on stdout.
import type { ExecutionEvent, TransactionResult } from '../engine/executor.js';
import type { RecoveryResult } from '../engine/recovery.js';
import type { Step } from '../engine/wal.js';
import type { Plan } from '../plan/types.js';
import { escapeTerminal } from '../render/escape.js';
import type { CommandIO } from './command.js';

export interface ProgressOptions {
  /** Only failures (and the summary the caller prints). */
  quiet?: boolean;
  /** Milliseconds; injected by tests. */
  now?: () => number;
  /** Progress line interval without a terminal. Default 10 s. */
  heartbeatMs?: number;
}

export interface Progress {
  /** Per-action totals come from the plan when it is known before the run (reconcile, create, delete). */
  expect(plan: Plan): void;
  onEvent(event: ExecutionEvent): void;
  /** Clears the live block and stops the timers; safe to call twice. */
  finish(): void;
  /** The closing line(s) of a transaction, for stdout. */
  summary(result: TransactionResult, label?: string): string;
  /** The closing line(s) of a recovery, for stdout. */
  recoverySummary(result: RecoveryResult): string;
  /** A line that stays, written above the live block (a signal's message). */
  note(text: string): void;
}

const MARK: Record<Step, string> = {
  create: '+',
  update: '~',
  replace_create: '+',
  replace_retire: '-',
  archive: '⌂',
  delete: '-',
  forget: '·',
};

/** Words of each step in counts and lines; a replace's two halves count as one "replace" and one "retire". */
const VERB: Record<Step, string> = {
  create: 'create',
  update: 'update',
  replace_create: 'replace',
  replace_retire: 'retire',
  archive: 'archive',
  delete: 'delete',
  forget: 'forget',
};
const ORDER: Step[] = ['create', 'update', 'replace_create', 'archive', 'delete', 'replace_retire', 'forget'];

/**
 * Whether stderr gets ANSI colour. The one place progress decides it, so the
 * CLI-wide colour decision can replace it.
 */
export function stderrColor(io: CommandIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stderr.isTTY === true && io.env.TERM !== 'dumb';
}

/** A live display needs a terminal that understands cursor movement. */
export function liveTerminal(io: CommandIO): boolean {
  return io.stderr.isTTY === true && io.env.TERM !== 'dumb';
}

export function seconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function createProgress(io: CommandIO, options: ProgressOptions = {}): Progress {
  const now = options.now ?? (() => performance.now());
  const live = liveTerminal(io) && !options.quiet;
  const color = stderrColor(io);
  const paint = (code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const started = now();
  let begun = started;
  let total = 0;
  let finished = 0;
  let failed = 0;
  let undoing = false;
  let undone = 0;
  const totals = new Map<Step, number>();
  const done = new Map<Step, number>();
  /** key → what is running, in start order. */
  const running = new Map<string, string>();
  let drawnLines = 0;
  let pending: NodeJS.Timeout | undefined;
  let ticker: NodeJS.Timeout | undefined;
  let closed = false;

  const width = (): number => Math.max(40, ((io.stderr as { columns?: number }).columns || 100) - 1);
  const cut = (line: string): string => (line.length > width() ? `${line.slice(0, width() - 1)}…` : line);

  const block = (): string[] => {
    const elapsed = seconds(now() - begun);
    if (undoing) {
      const head = `Undoing: ${undone} undone${running.size ? `, ${running.size} in flight` : ''} · ${elapsed}`;
      return [paint('1', cut(head)), ...inFlight()];
    }
    const head = `Applying: ${finished}/${total} · ${elapsed}${failed ? ` · ${paint('31', `${failed} failed`)}` : ''}`;
    const counts = ORDER.filter((s) => (totals.get(s) ?? 0) > 0 || (done.get(s) ?? 0) > 0)
      .map((s) => `${VERB[s]} ${done.get(s) ?? 0}/${totals.get(s) ?? '?'}`)
      .join(' · ');
    return [cut(head), ...(counts ? [cut(`  ${counts}`)] : []), ...inFlight()];
  };
  /** As many operations in flight as fit on one line, then how many more. */
  const inFlight = (): string[] => {
    if (running.size === 0) return [];
    const names = [...running.values()];
    let line = '  running:';
    let shown = 0;
    for (const name of names) {
      const more = names.length - shown - 1;
      const next = `${line}${shown ? ',' : ''} ${name}`;
      if (next.length + (more ? ` (+${more} more)`.length : 0) > width() && shown > 0) break;
      line = next;
      shown++;
    }
    return [cut(shown < names.length ? `${line} (+${names.length - shown} more)` : line)];
  };
  const clear = (): void => {
    if (drawnLines === 0) return;
    io.stderr.write(`\r${drawnLines > 1 ? `\u001b[${drawnLines - 1}A` : ''}\u001b[J`);
    drawnLines = 0;
  };
  const draw = (): void => {
    pending = undefined;
    if (closed || !live) return;
    const lines = block();
    clear();
    io.stderr.write(lines.join('\n'));
    drawnLines = lines.length;
  };
  // Redraws are batched: a few hundred events a second must not mean as many redraws.
  const redraw = (): void => {
    if (live && !pending && !closed) pending = setTimeout(draw, 50);
  };
  /** A line that stays: above the live block, or on its own without a terminal. */
  const say = (text: string): void => {
    if (closed) return;
    if (live) clear();
    io.stderr.write(`${text}\n`);
    if (live) draw();
  };
  const heartbeat = (): void => {
    if (undoing) say(`dpn: undoing: ${undone} undone, ${running.size} in flight, ${seconds(now() - begun)}`);
    else say(`dpn: ${finished}/${total} done, ${running.size} in flight, ${failed} failed, ${seconds(now() - begun)}`);
  };

  const onEvent = (e: ExecutionEvent): void => {
    switch (e.type) {
      case 'begin':
        begun = now();
        total = e.total;
        if (!options.quiet) say(`dpn: transaction ${e.tx}: ${e.total} step${e.total === 1 ? '' : 's'}`);
        if (!options.quiet && !ticker) {
          ticker = live ? setInterval(redraw, 1000) : setInterval(heartbeat, options.heartbeatMs ?? 10_000);
          ticker.unref();
        }
        redraw();
        return;
      case 'start':
        running.set(e.key + e.step, `${VERB[e.step]} ${escapeTerminal(e.name)}`);
        redraw();
        return;
      case 'done':
        running.delete(e.key + e.step);
        finished++;
        done.set(e.step, (done.get(e.step) ?? 0) + 1);
        if (!live && !options.quiet) say(`  ${MARK[e.step]} ${VERB[e.step]} ${escapeTerminal(e.name)}: done`);
        redraw();
        return;
      case 'retry':
        if (!live && !options.quiet) say(`  ↻ ${VERB[e.step]} ${escapeTerminal(e.key)}: ${escapeTerminal(e.error.message)}; retry ${e.attempt} in ${e.delayMs} ms`);
        return;
      case 'failed':
        running.delete(e.key + e.step);
        failed++;
        say(`  ${paint('31', '✗')} ${VERB[e.step]} ${escapeTerminal(e.name)}: ${escapeTerminal(e.error.message)}`);
        return;
      case 'compensating':
        undoing = true;
        running.clear();
        say(`dpn: undoing what this transaction did (${escapeTerminal(e.reason)})`);
        return;
      case 'undo_start':
        running.set(`${e.key}${e.step}`, `${escapeTerminal(e.undo)} (undo)`);
        if (!live && !options.quiet) say(`  ↶ ${escapeTerminal(e.undo)}`);
        redraw();
        return;
      case 'undone':
        running.delete(`${e.key}${e.step}`);
        undone++;
        redraw();
        return;
      case 'undo_failed':
        running.delete(`${e.key}${e.step}`);
        say(`  ${paint('31', '✗')} could not undo ${VERB[e.step]} ${escapeTerminal(e.key)}: ${escapeTerminal(e.error.message)}`);
        return;
      case 'end':
        running.clear();
        finish();
        return;
    }
  };

  const finish = (): void => {
    if (pending) clearTimeout(pending);
    if (ticker) clearInterval(ticker);
    pending = ticker = undefined;
    if (live) clear();
    // Nothing redraws the block once the run has ended (a late timer drew it after the summary).
    closed = true;
  };

  return {
    note: (text) => {
      // After the end the block is gone: write plainly.
      if (closed || drawnLines === 0) io.stderr.write(`${text}\n`);
      else say(text);
    },
    expect(plan) {
      totals.clear();
      for (const op of plan.operations) {
        const steps: Step[] =
          op.action === 'replace' ? ['replace_create', 'replace_retire'] : op.action === 'retain' ? ['forget'] : op.action === 'noop' ? [] : [op.action];
        for (const s of steps) totals.set(s, (totals.get(s) ?? 0) + 1);
      }
    },
    onEvent,
    finish,
    summary: (result, label = 'Apply') => transactionSummary(result, now() - begun, label),
    recoverySummary: (result) => recoverySummary(result, now() - started, undone),
  };
}

/** `20 created, 1 updated, 2 archived, 0 deleted` (+ replaced / retired / no longer managed when there are any). */
export function countLine(steps: readonly { step: Step }[]): string {
  const n = (...kinds: Step[]): number => steps.filter((s) => kinds.includes(s.step)).length;
  const parts = [`${n('create')} created`, `${n('update')} updated`, `${n('archive')} archived`, `${n('delete')} deleted`];
  if (n('replace_create')) parts.push(`${n('replace_create')} replaced`);
  if (n('replace_retire')) parts.push(`${n('replace_retire')} old name${n('replace_retire') === 1 ? '' : 's'} retired`);
  if (n('forget')) parts.push(`${n('forget')} no longer managed`);
  return parts.join(', ');
}

/**
 * `Apply complete: 20 created, 1 updated, 2 archived, 0 deleted in 3.2 s.`, or
 * what failed, what was undone and what is left.
 */
export function transactionSummary(result: TransactionResult, elapsedMs: number, label = 'Apply'): string {
  const by = (outcome: string) => result.steps.filter((s) => s.outcome === outcome);
  const tx = result.tx ? ` (transaction ${result.tx})` : '';
  if (result.status === 'committed' || result.status === 'noop') {
    return `${label} complete: ${countLine(by('done'))} in ${seconds(elapsedMs)}${tx}.\n`;
  }
  const lines: string[] = [];
  const undone = by('undone');
  const left = result.left;
  const what = `${undone.length} undone${undone.length ? ` (${countLine(undone)})` : ''}, ${left.length ? `${left.length} left` : 'nothing left'}`;
  const cancelled = result.cancelled ? ' (cancelled)' : '';
  if (result.status === 'rolled_back') lines.push(`${label} rolled back${cancelled} after ${seconds(elapsedMs)}: ${what}${tx}.`);
  else lines.push(`${label} failed and its rollback is incomplete${cancelled} after ${seconds(elapsedMs)}: ${what}${tx}.`);
  if (result.failure) lines.push(`  failed: ${escapeTerminal(result.failure.key)}: ${escapeTerminal(result.failure.error.message)}`);
  for (const l of left) lines.push(`  ! left: ${escapeTerminal(l.key)} (${l.step}): ${escapeTerminal(l.what)}`);
  for (const k of result.kept ?? []) lines.push(`  = kept: ${escapeTerminal(k.key)}: ${escapeTerminal(k.what)}`);
  if (result.status === 'rollback_failed') lines.push('  Run `dpn recover` to finish the rollback once the cause is fixed.');
  return `${lines.join('\n')}\n`;
}

/** The closing line of `dpn recover`: the transaction, how it ended, what was undone and what is left. */
export function recoverySummary(r: RecoveryResult, elapsedMs: number, undoneSeen = 0): string {
  if (r.rolledForward) return `Recovery complete: transaction ${r.tx} had reached its commit point and is now committed, in ${seconds(elapsedMs)}.\n`;
  const lines: string[] = [];
  const t = r.transaction;
  const undone = t ? t.steps.filter((s) => s.outcome === 'undone') : [];
  const counts =
    t && r.status === 'committed'
      ? `${countLine(t.steps.filter((s) => s.outcome === 'done'))}`
      : `${t ? undone.length : undoneSeen} undone${undone.length ? ` (${countLine(undone)})` : ''}`;
  const left = r.left.length ? `${r.left.length} left` : 'nothing left';
  lines.push(`Recovery ${r.status === 'rollback_failed' ? 'incomplete' : 'complete'}: transaction ${r.tx} ${r.status.replace('_', ' ')}: ${counts}, ${left}, in ${seconds(elapsedMs)}.`);
  for (const l of r.left) lines.push(`  ! left: ${escapeTerminal(l.key)} (${l.step}): ${escapeTerminal(l.what)}`);
  for (const k of r.kept) lines.push(`  = kept: ${escapeTerminal(k.key)}: ${escapeTerminal(k.what)}`);
  if (r.status === 'rollback_failed') lines.push('  Run `dpn recover` again once the cause is fixed.');
  return `${lines.join('\n')}\n`;
}
