// Every sub-command, loaded only when called so that `dpn plan preview` never
// loads the cloud SDKs. One line per command module.
import type { Command } from '../command.js';

export interface CommandEntry {
  path: string[];
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  { path: ['runs', 'list'], summary: 'List reconcile runs recorded in the DynamoDB backend', load: async () => (await import('./runs.js')).runsListCommand },
  { path: ['runs', 'show'], summary: 'Show one run recorded in the DynamoDB backend', load: async () => (await import('./runs.js')).runsShowCommand },
  { path: ['backend', 'init'], summary: 'Create the DynamoDB backend tables and print their IAM policy', load: async () => (await import('./backend.js')).backendInitCommand },
  { path: ['backend', 'policy'], summary: 'Print the IAM policy the DynamoDB backend needs', load: async () => (await import('./backend.js')).backendPolicyCommand },
];
