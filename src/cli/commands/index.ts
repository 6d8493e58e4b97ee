// Every sub-command, loaded only when called so that `dpn plan preview` never
// loads the cloud SDKs. One line per command module.
import type { Command } from '../command.js';

export interface CommandEntry {
  path: string[];
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  { path: ['plan', 'init'], summary: 'Write a starter blueprint', load: async () => (await import('./plan.js')).planInitCommand },
  { path: ['plan', 'validate'], summary: 'Check blueprints and the names they produce', load: async () => (await import('./plan.js')).planValidateCommand },
  { path: ['plan', 'preview'], summary: 'Show every resource and the name it gets', load: async () => (await import('./plan.js')).planPreviewCommand },
  { path: ['plan', 'schema'], summary: 'Print the blueprint JSON Schema', load: async () => (await import('./plan.js')).planSchemaCommand },
  { path: ['config', 'init'], summary: 'Write .dpn/naming-*.yaml with the built-in convention', load: async () => (await import('./config.js')).configInitCommand },
  { path: ['config', 'validate'], summary: 'Check the naming configuration files', load: async () => (await import('./config.js')).configValidateCommand },
  { path: ['config', 'show'], summary: 'Print the naming convention in effect', load: async () => (await import('./config.js')).configShowCommand },
  { path: ['create'], summary: 'Create and update the resources of one blueprint', load: async () => (await import('./apply.js')).createCommand },
  { path: ['reconcile'], summary: 'Make the platforms match the blueprints (create, update, archive, delete)', load: async () => (await import('./apply.js')).reconcileCommand },
  { path: ['read'], summary: 'Show one resource as the platform reports it', load: async () => (await import('./resource.js')).readCommand },
  { path: ['update'], summary: 'Change the parameters of one managed resource', load: async () => (await import('./resource.js')).updateCommand },
  { path: ['delete'], summary: 'Delete or archive one managed resource', load: async () => (await import('./resource.js')).deleteCommand },
  { path: ['status'], summary: 'Show the state, unfinished transactions and the lock', load: async () => (await import('./status.js')).statusCommand },
  { path: ['unlock'], summary: 'Break a lock left by a run that died', load: async () => (await import('./lock.js')).unlockCommand },
  { path: ['drift'], summary: 'Compare the live resources with the state; change nothing', load: async () => (await import('./lock.js')).driftCommand },
  { path: ['recover'], summary: 'Roll back or resume a transaction that did not finish', load: async () => (await import('./recover.js')).recoverCommand },
  { path: ['runs', 'list'], summary: 'List reconcile runs recorded in the DynamoDB backend', load: async () => (await import('./runs.js')).runsListCommand },
  { path: ['runs', 'show'], summary: 'Show one run recorded in the DynamoDB backend', load: async () => (await import('./runs.js')).runsShowCommand },
  { path: ['backend', 'init'], summary: 'Create the DynamoDB backend tables and print their IAM policy', load: async () => (await import('./backend.js')).backendInitCommand },
  { path: ['backend', 'policy'], summary: 'Print the IAM policy the DynamoDB backend needs', load: async () => (await import('./backend.js')).backendPolicyCommand },
  { path: ['export', 'names'], summary: 'Print every generated name for Terraform and other tools (json, tfvars, hcl, tf-json, dotenv)', load: async () => (await import('./export.js')).exportNamesCommand },
  { path: ['export', 'terraform'], summary: "Write Terraform import and resource blocks for dpn's state (hand over to Terraform)", load: async () => (await import('./export.js')).exportTerraformCommand },
  { path: ['terraform', 'names'], summary: "Names for Terraform's external data source (JSON query on stdin)", load: async () => (await import('./terraform.js')).terraformNamesCommand },
  { path: ['explain'], summary: 'Say what a diagnostic code means and how to fix it', load: async () => (await import('./explain.js')).explainCommand },
  { path: ['completion'], summary: 'Print a shell completion script (bash, zsh or fish)', load: async () => (await import('./completion.js')).completionCommand },
];
