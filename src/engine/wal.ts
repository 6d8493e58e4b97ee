// The write-ahead log: one append-only JSON-lines file per transaction under
// `<state-dir>/wal/<tx-id>.jsonl`. A record is on disk (fsync'ed) before the
// step it announces starts, so a process that vanishes still leaves evidence of
// what it may have done. Readers tolerate a torn last line (a crash mid-write).
import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { mkdir, open, readdir, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Action, Plan } from '../plan/types.js';
import type { StateResource } from '../state/types.js';
import type { LiveResource } from '../providers/driver.js';
import { UserError } from '../errors.js';

/** A failure as the WAL keeps it: enough to explain, never a secret or a stack. */
export interface WalError {
  message: string;
  code?: string;
  kind?: string;
  status?: number;
}

/** What an operation changes, seen from outside: forward ops and their undo steps. */
export type Step =
  | 'create'
  | 'update'
  | 'replace_create'
  | 'replace_retire'
  | 'archive'
  | 'delete'
  | 'forget';

/** What a failed undo leaves behind, so a person (or `dpn recover`) can finish it. */
export interface LeftOver {
  key: string;
  step: Step;
  /** What is still on the platform or missing from it, in words. */
  what: string;
  error?: WalError;
}

interface Base {
  tx: string;
  at: string;
}

export interface BeginRecord extends Base {
  type: 'begin';
  commit?: string;
  actor: string;
  plan: Plan;
  /** Schema of the records, so a future reader can tell old files apart. */
  version: 1;
}
export interface IntentRecord extends Base {
  type: 'intent';
  key: string;
  action: Action;
  step: Step;
  /** What the state held before: the image needed to undo the step (null: nothing). */
  before: StateResource | null;
  /**
   * Create steps only: what the platform held under the name before the call
   * (null: nothing). Drivers adopt a resource that already exists with the same
   * settings, so undoing such a create must leave it, never delete it. Absent in
   * WALs written before this was recorded.
   */
  existing?: LiveResource | null;
}
export interface DoneRecord extends Base {
  type: 'done';
  key: string;
  step: Step;
  physicalId?: string;
  /** What the state holds after the step (null: the key leaves the state). */
  after: StateResource | null;
}
export interface FailedRecord extends Base {
  type: 'failed';
  key: string;
  step: Step;
  error: WalError;
}
export interface CompensatingRecord extends Base {
  type: 'compensating';
  reason: string;
}
/** An undo step is about to run (`undo` says what it does). */
export interface UndoIntentRecord extends Base {
  type: 'undo_intent';
  key: string;
  step: Step;
  undo: string;
}
export interface UndoneRecord extends Base {
  type: 'undone';
  key: string;
  step: Step;
  /** Set when undoing recreated a resource under a new platform id (a deleted cluster or job). */
  physicalId?: string;
  /** Set when the undo left a live resource in place because this transaction did not make it. */
  kept?: string;
}
export interface UndoFailedRecord extends Base {
  type: 'undo_failed';
  key: string;
  step: Step;
  error: WalError;
}
/** The commit point: every step is done; the new state is about to be written. */
export interface CommittingRecord extends Base {
  type: 'committing';
}
export interface RecoveryRecord extends Base {
  type: 'recovery';
  strategy: 'rollback' | 'resume';
  actor: string;
}
/** What a recovery probe learned about one operation. */
export interface ProbeRecord extends Base {
  type: 'probe';
  key: string;
  step: Step;
  exists: boolean;
  archived?: boolean;
}
export interface CommittedRecord extends Base {
  type: 'committed';
}
export interface RolledBackRecord extends Base {
  type: 'rolled_back';
}
export interface RollbackFailedRecord extends Base {
  type: 'rollback_failed';
  left: LeftOver[];
}

export type EndRecord = CommittedRecord | RolledBackRecord | RollbackFailedRecord;
export type WalRecord =
  | BeginRecord
  | IntentRecord
  | DoneRecord
  | FailedRecord
  | CompensatingRecord
  | UndoIntentRecord
  | UndoneRecord
  | UndoFailedRecord
  | CommittingRecord
  | RecoveryRecord
  | ProbeRecord
  | EndRecord;

/** Distributes Omit over the union so each record keeps its own fields. */
export type NewRecord = WalRecord extends infer R ? (R extends WalRecord ? Omit<R, 'tx' | 'at'> : never) : never;

const END_TYPES = new Set(['committed', 'rolled_back', 'rollback_failed']);

export function isEndRecord(record: WalRecord): record is EndRecord {
  return END_TYPES.has(record.type);
}

export function walDir(stateDir: string): string {
  return join(stateDir, 'wal');
}

export function walFile(stateDir: string, tx: string): string {
  return join(walDir(stateDir), `${tx}.jsonl`);
}

const TX_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{6,}$/;

/** A transaction id that sorts by start time: `20261122T031500Z-3fa9c1`. */
export function newTransactionId(now: Date = new Date(), random: () => Buffer = () => randomBytes(3)): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `${stamp}-${random().toString('hex')}`;
}

export function isTransactionId(value: string): boolean {
  return TX_PATTERN.test(value);
}

/** Reduces any thrown value to what may be logged: message, code, kind, status. */
export function walError(error: unknown): WalError {
  if (error instanceof Error) {
    const e = error as Error & { code?: unknown; kind?: unknown; details?: { code?: unknown; status?: unknown } };
    const out: WalError = { message: redact(e.message) };
    const code = e.details?.code ?? e.code;
    if (typeof code === 'string') out.code = code;
    if (typeof e.kind === 'string') out.kind = e.kind;
    if (typeof e.details?.status === 'number') out.status = e.details.status;
    return out;
  }
  return { message: redact(String(error)) };
}

// Providers sometimes echo request headers or signed URLs in messages; keep
// anything that looks like a credential out of a file that is committed to Git.
function redact(message: string): string {
  return message
    .replace(/(authorization|bearer|token|secret|password|signature|credential)([=:\s"]+)[^\s"&,;]+/gi, '$1$2***')
    .replace(/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, '***')
    .replace(/\bdapi[0-9a-f]{32}\b/gi, '***')
    .slice(0, 2000);
}

/**
 * Appends records to one transaction's file. Appends that arrive while a
 * flush is running are written and fsync'ed together (group commit): each
 * append still resolves only once its record is on disk, but 32 operations in
 * flight do not wait for 32 fsyncs in a row.
 */
export class WalWriter {
  private queue: { line: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;

  private constructor(
    readonly tx: string,
    readonly file: string,
    private readonly handle: FileHandle,
    private readonly now: () => Date,
  ) {}

  /** Starts a new transaction file; fails if it exists. */
  static async create(stateDir: string, tx: string, now: () => Date = () => new Date()): Promise<WalWriter> {
    const dir = walDir(stateDir);
    await mkdir(dir, { recursive: true });
    const file = walFile(stateDir, tx);
    const handle = await open(file, 'wx');
    await syncDir(dir);
    return new WalWriter(tx, file, handle, now);
  }

  /** Reopens an existing transaction file to append (recovery), cutting a torn last line first. */
  static async reopen(stateDir: string, tx: string, now: () => Date = () => new Date()): Promise<WalWriter> {
    const file = walFile(stateDir, tx);
    const handle = await open(file, 'r+');
    const text = await handle.readFile('utf8');
    const keep = Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1), 'utf8');
    if (keep !== Buffer.byteLength(text, 'utf8')) {
      await handle.truncate(keep);
      await handle.sync();
    }
    await handle.close();
    return new WalWriter(tx, file, await open(file, 'a'), now);
  }

  /** Writes one record and resolves once it is on disk. */
  append(record: NewRecord): Promise<WalRecord> {
    if (this.closed) return Promise.reject(new Error(`WAL ${this.tx} is closed`));
    const full = { ...record, tx: this.tx, at: this.now().toISOString() } as WalRecord;
    const line = `${JSON.stringify(full)}\n`;
    return new Promise<WalRecord>((resolve, reject) => {
      this.queue.push({ line, resolve: () => resolve(full), reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    // Let the records of this turn of the event loop join the batch: operations
    // finishing together (their timers fire in one phase) then share one fsync.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        // The write is synchronous: it only copies a few KB to the page cache,
        // and handing it to the thread pool and back cost 0.3-1 ms per batch
        // (at concurrency 1, once per operation) against ~0.01 ms. The fdatasync
        // stays asynchronous so that the event loop runs while the disk works.
        writeAll(this.handle.fd, batch.map((b) => b.line).join(''));
        await this.handle.datasync();
        for (const b of batch) b.resolve();
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    this.flushing = undefined;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing;
    await this.handle.close();
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

async function syncDir(dir: string): Promise<void> {
  // A new file's directory entry must be durable too, or a crash can lose the whole file.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a directory; the file's own fsync still holds.
  }
}

export interface TransactionLog {
  tx: string;
  file: string;
  records: WalRecord[];
  begin?: BeginRecord;
  /** The last end record; a later recovery may end a `rollback_failed` transaction again. */
  end?: EndRecord;
  /** The file ended in a partial line (a crash mid-write), which was ignored. */
  torn: boolean;
}

/** Parses one transaction's file. A torn last line is ignored; a bad line before it is corruption. */
export function parseTransactionLog(tx: string, file: string, text: string): TransactionLog {
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  const records: WalRecord[] = [];
  let torn = last.length > 0;
  lines.forEach((line, i) => {
    if (line.length === 0) return;
    try {
      records.push(JSON.parse(line) as WalRecord);
    } catch {
      throw new UserError(
        `WAL ${file} line ${i + 1} is not valid JSON`,
        'WAL_CORRUPT',
        'the log is append-only; restore it from Git history before running recover',
      );
    }
  });
  // A last line that parses was complete but lost its newline; keep it.
  if (torn) {
    try {
      records.push(JSON.parse(last) as WalRecord);
      torn = false;
    } catch {
      // torn: the process died while writing it
    }
  }
  const begin = records.find((r): r is BeginRecord => r.type === 'begin');
  const end = records.filter(isEndRecord).at(-1);
  return { tx, file, records, ...(begin ? { begin } : {}), ...(end ? { end } : {}), torn };
}

export async function readTransaction(stateDir: string, tx: string): Promise<TransactionLog> {
  const file = walFile(stateDir, tx);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError(`no transaction ${tx} in ${walDir(stateDir)}`, 'WAL_NOT_FOUND', 'run `dpn status` to list transactions');
    }
    throw error;
  }
  return parseTransactionLog(tx, file, text);
}

/** Every transaction in the state directory, oldest first. */
export async function listTransactions(stateDir: string): Promise<TransactionLog[]> {
  const ids = await transactionIds(stateDir);
  return Promise.all(ids.map((tx) => readTransaction(stateDir, tx)));
}

/**
 * Transactions that need `dpn recover`: no end record, or a rollback that left
 * something behind. Reads only the tail of each file when it can: the WAL of a
 * long-lived repository holds many finished transactions, each with a whole plan.
 */
export async function unfinishedTransactions(stateDir: string): Promise<TransactionLog[]> {
  const ids = await transactionIds(stateDir);
  const open: TransactionLog[] = [];
  for (const tx of ids) {
    if (await endsCleanly(walFile(stateDir, tx))) continue;
    const log = await readTransaction(stateDir, tx);
    if (!log.end || log.end.type === 'rollback_failed') open.push(log);
  }
  return open;
}

const TAIL_BYTES = 4096;

/** True when the file's last complete line is `committed` or `rolled_back`. */
async function endsCleanly(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n').filter((l) => l.length > 0);
    const last = lines.at(-1);
    if (!last) return false;
    const record = JSON.parse(last) as WalRecord;
    return record.type === 'committed' || record.type === 'rolled_back';
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/** Ids of every transaction in the state directory, oldest first. */
export async function transactionIds(stateDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(walDir(stateDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((n) => n.endsWith('.jsonl'))
    .map((n) => n.slice(0, -'.jsonl'.length))
    .sort();
}
