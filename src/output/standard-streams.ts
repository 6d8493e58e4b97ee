// Standard output and error as dpn writes them: the CLI's (src/cli.ts) and the
// Action's log lines and workflow commands (src/action/workflow.ts). When one is
// a pipe, a file or a socket (scripts, CI, a runner, `| jq`), it is written
// straight to its file descriptor with synchronous writes: process.stdout and
// process.stderr are streams whose first use loads Node's whole stream stack
// (about ten built-in modules, several milliseconds of every start, more than a
// small preview's own work). A terminal, or anything else, keeps Node's stream,
// which knows what a terminal is. A reader that goes away (`dpn … | head`) ends
// the output quietly instead of failing with EPIPE.
import { fstatSync, writeSync } from 'node:fs';

export interface StandardStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
}

/** fd 1 or 2, as a StandardStream; `stream` gives Node's own for the cases this does not take. */
export function standardStream(fd: 1 | 2, stream: () => NodeJS.WriteStream): StandardStream {
  return isPlainOutput(fd) ? new DescriptorWriter(fd) : stream();
}

/**
 * A pipe, a regular file or a socket, or on Linux one of the memory devices
 * (character devices of major number 1: /dev/null, /dev/zero…, where timing
 * tools send output): never a terminal, so nothing is lost by writing to it
 * directly.
 */
function isPlainOutput(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (stat.isFIFO() || stat.isFile() || stat.isSocket()) return true;
    return process.platform === 'linux' && stat.isCharacterDevice() && ((stat.rdev >> 8) & 0xfff) === 1;
  } catch {
    return false;
  }
}

class DescriptorWriter implements StandardStream {
  readonly isTTY = false;
  /** Set once the reader has gone away: later output has nowhere to go. */
  private closed = false;

  constructor(private readonly fd: number) {}

  write(chunk: string): boolean {
    if (this.closed || chunk.length === 0) return true;
    // The text goes in one call, which Node encodes into memory it frees at once. A Buffer per
    // chunk would be freed only by a later GC: a large preview's output piled up as tens of MB.
    // Only what a partial write leaves is copied into one.
    const length = Buffer.byteLength(chunk, 'utf8');
    let rest: Buffer | undefined;
    let offset = 0;
    while (offset < length) {
      try {
        if (rest === undefined) {
          offset = writeSync(this.fd, chunk);
          if (offset < length) rest = Buffer.from(chunk, 'utf8');
        } else {
          offset += writeSync(this.fd, rest, offset);
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          this.closed = true;
          return true;
        }
        // A non-blocking descriptor whose reader is behind: wait a little for room.
        if (code === 'EAGAIN') {
          pause(5);
          continue;
        }
        throw error;
      }
    }
    return true;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function pause(milliseconds: number): void {
  Atomics.wait(sleeper, 0, 0, milliseconds);
}
