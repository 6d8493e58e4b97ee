// Questions on a terminal: whether one can be asked, and asking it — the values
// `config init` asks for, and the yes/no before a change (skipped with --yes).
// Answers are read from stdin and questions written to stderr, so stdout stays
// the command's output. Lines typed ahead of a question are queued for it, not
// dropped. For a yes/no, anything but "y"/"yes" — an empty line, end of input,
// Ctrl-C — is a no.
import { createInterface } from 'node:readline';
import { UserError } from '../errors.js';
import type { CommandIO } from './command.js';

/** Thrown from the plan gate when the answer is no: nothing has been changed. */
export class ApplyDeclined extends Error {
  constructor() {
    super('apply declined');
    this.name = 'ApplyDeclined';
  }
}

function stdinOf(io: CommandIO): NodeJS.ReadableStream & { isTTY?: boolean } {
  return (io.stdin ?? process.stdin) as NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Whether a person can answer: stdin and stderr are both a terminal. */
export function canAsk(io: CommandIO): boolean {
  return stdinOf(io).isTTY === true && io.stderr.isTTY === true;
}

export interface Questions {
  /** Asks until `accept` returns undefined (no problem); an empty answer is `fallback`. */
  ask(question: string, fallback: string, accept?: (answer: string) => string | undefined): Promise<string>;
  /** A yes/no question, no unless answered y or yes (or when input ends). */
  confirm(question: string): Promise<boolean>;
  close(): void;
}

export function questions(io: CommandIO): Questions {
  const rl = createInterface({ input: stdinOf(io), output: io.stderr as NodeJS.WritableStream });
  const typed: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else typed.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  const line = (question: string): Promise<string | undefined> => {
    rl.setPrompt(question);
    rl.prompt();
    if (typed.length) return Promise.resolve(typed.shift());
    if (ended) return Promise.resolve(undefined);
    return new Promise((resolve) => waiting.push(resolve));
  };
  return {
    async ask(question, fallback, accept) {
      for (;;) {
        const answer = await line(`${question} [${fallback}]: `);
        if (answer === undefined) throw new UserError('input ended before the question was answered', 'NO_ANSWER', 'answer on the terminal, or give the values as flags');
        const value = answer.trim() || fallback;
        const problem = accept?.(value);
        if (problem === undefined) return value;
        io.stderr.write(`  ${problem}\n`);
      }
    },
    async confirm(question) {
      return /^(y|yes)$/i.test((await line(question))?.trim() ?? '');
    },
    close: () => rl.close(),
  };
}

/** One yes/no question; a no when the signal fires (SIGINT/SIGTERM) or input ends. */
export async function confirm(io: CommandIO, question: string, signal?: AbortSignal): Promise<boolean> {
  const rl = createInterface({ input: stdinOf(io), output: io.stderr as NodeJS.WritableStream, terminal: canAsk(io) });
  try {
    return await new Promise<boolean>((resolve) => {
      let answered = false;
      const no = (): void => {
        // Ctrl-C or end of input leaves the cursor after the question: end its line.
        if (!answered) io.stderr.write('\n');
        answered = true;
        resolve(false);
      };
      signal?.addEventListener('abort', no, { once: true });
      rl.on('SIGINT', no);
      rl.on('close', no);
      rl.question(question, (answer) => {
        answered = true;
        resolve(/^\s*y(es)?\s*$/i.test(answer));
      });
    });
  } finally {
    rl.close();
  }
}
