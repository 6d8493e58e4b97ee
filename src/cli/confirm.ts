// The question before the first change: asked only when someone can answer
// (stdin and stderr are terminals), skipped with --yes. Anything but "y"/"yes"
// — an empty line, end of input, Ctrl-C — is a no.
import { createInterface } from 'node:readline';
import type { CommandIO } from './command.js';

/** Thrown from the engine's `onPlan` hook when the answer is no: nothing has been changed. */
export class ApplyDeclined extends Error {
  constructor() {
    super('apply declined');
    this.name = 'ApplyDeclined';
  }
}

export function canAsk(io: CommandIO): boolean {
  return io.stdin?.isTTY === true && io.stderr.isTTY === true;
}

export async function confirm(io: CommandIO, question: string, signal?: AbortSignal): Promise<boolean> {
  const stdin = io.stdin;
  if (!stdin) return false;
  const rl = createInterface({ input: stdin, output: io.stderr as NodeJS.WritableStream, terminal: canAsk(io) });
  try {
    return await new Promise<boolean>((resolve) => {
      const no = (): void => resolve(false);
      signal?.addEventListener('abort', no, { once: true });
      rl.on('SIGINT', no);
      rl.on('close', no);
      rl.question(question, (answer) => resolve(/^\s*y(es)?\s*$/i.test(answer)));
    });
  } finally {
    rl.close();
  }
}
