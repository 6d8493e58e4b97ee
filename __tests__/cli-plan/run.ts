// Runs `dpn` in-process through main(argv, io) with captured streams.
import { main } from '../../src/cli/main.js';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export async function dpn(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    env,
    cwd,
  });
  return { status, stdout, stderr };
}
