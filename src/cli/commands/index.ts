// Every sub-command, loaded only when called so that `dpn plan preview` never
// loads the cloud SDKs. One line per command module.
import type { Command } from '../command.js';

export interface CommandEntry {
  path: string[];
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
];
