// Questions on a terminal: whether one can be asked, and asking it. Answers are
// read from stdin and questions written to stderr, so stdout stays the command's
// output. One readline for a run of questions, so typed-ahead lines are not lost.
import { createInterface, type Interface } from 'node:readline/promises';
import type { CommandIO } from './command.js';

/** Whether a person can answer: stdin and stderr are both a terminal. */
export function canAsk(io: CommandIO): boolean {
  return process.stdin.isTTY === true && io.stderr.isTTY === true;
}

export interface Questions {
  /** Asks until `accept` returns undefined (no problem); an empty answer is `fallback`. */
  ask(question: string, fallback: string, accept?: (answer: string) => string | undefined): Promise<string>;
  /** A yes/no question, no unless answered y or yes. */
  confirm(question: string): Promise<boolean>;
  close(): void;
}

export function questions(io: CommandIO): Questions {
  const rl: Interface = createInterface({ input: process.stdin, output: process.stderr });
  return {
    async ask(question, fallback, accept) {
      for (;;) {
        const answer = (await rl.question(`${question} [${fallback}]: `)).trim() || fallback;
        const problem = accept?.(answer);
        if (problem === undefined) return answer;
        io.stderr.write(`  ${problem}\n`);
      }
    },
    async confirm(question) {
      return /^(y|yes)$/i.test((await rl.question(question)).trim());
    },
    close: () => rl.close(),
  };
}

/** One yes/no question. */
export async function confirm(io: CommandIO, question: string): Promise<boolean> {
  const q = questions(io);
  try {
    return await q.confirm(question);
  } finally {
    q.close();
  }
}
