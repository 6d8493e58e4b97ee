// What each run-time error code means and what to do about it: the errors a
// command stops with (a lock, a transaction, the state, a platform setting),
// as opposed to the diagnostics about files in src/blueprint/codes.ts. One
// list, printed by `dpn explain CODE` and in docs/reference.md.

export interface ErrorCode {
  code: string;
  meaning: string;
  fix: string;
}

export const RUN_CODES: readonly ErrorCode[] = [
  { code: 'USAGE', meaning: 'The command line is not one dpn accepts (an unknown command or flag, a missing or malformed value).', fix: 'Follow the usage line printed with it; `dpn <command> --help` lists every option.' },
  { code: 'EXISTS', meaning: '`plan init` or `config init` would overwrite a file that exists.', fix: 'Choose another name with --output, or (config init) pass --force.' },
  { code: 'OUTPUT_UNWRITABLE', meaning: 'The file given with --output cannot be written.', fix: 'Check the directory exists and is writable.' },
  { code: 'NO_ANSWER', meaning: 'Input ended before a question on the terminal was answered.', fix: 'Answer on the terminal, or give the values as flags.' },
  { code: 'NOT_CONFIRMED', meaning: 'A delete or archive without --yes where no one can answer the question (no terminal).', fix: 'Add --yes to confirm without a question.' },
  { code: 'NOT_MANAGED', meaning: '`read`, `update` or `delete` named a resource that is not in the state: dpn changes only what it manages.', fix: 'Check the name and --type (`dpn status` and the state files list what dpn manages).' },
  { code: 'NOTHING_TO_CHANGE', meaning: '`update` with parameters the resource already has, or `delete --archive` of an archived one.', fix: 'Nothing to do; check the parameters file.' },
  { code: 'PARAMS_UNREADABLE', meaning: 'The --params file of `update` cannot be read.', fix: 'Give a readable JSON or YAML file.' },
  { code: 'PARAMS_INVALID', meaning: 'The --params file of `update` is not a mapping of parameters dpn knows for the type.', fix: 'Give a mapping of the type\'s parameters (see docs/reference.md for each type).' },
  { code: 'RENAME', meaning: '`update --rename` (v1.0): a name is what the naming convention makes of the blueprint, so dpn does not rename.', fix: 'Change the blueprint or the convention and reconcile; the plan shows the new name as a replace.' },
  { code: 'STATE_DIR_NOT_FOUND', meaning: 'The --state-dir given to a command that only reads does not exist (a typo must not read as "no state").', fix: 'Give the directory that holds state/ and wal/ (default .dpn).' },
  { code: 'STATE_CORRUPT', meaning: 'A state file cannot be read or trusted; dpn never treats unreadable state as empty.', fix: 'Restore the last good version from git (`git log -p -- <file>`).' },
  { code: 'STATE_LINK', meaning: 'A state file or directory is a symbolic link; dpn writes state only to real files.', fix: 'Replace the link with the file it points to.' },
  { code: 'STATE_VERSION', meaning: 'A state file of a version this dpn does not read (a newer dpn wrote it).', fix: 'Upgrade dpn to the version that wrote it.' },
  { code: 'STATE_MISPLACED', meaning: 'A state file holds the state of another blueprint than its path says (moved or copied by hand).', fix: 'Move it back to the path the message names, or restore it from git.' },
  { code: 'STATE_DUPLICATE', meaning: 'One resource is recorded in two state files; a resource belongs to one blueprint.', fix: 'Remove the stale record the message names (or restore the files from git).' },
  { code: 'STATE_WRITE_FAILED', meaning: 'Every change was applied but the state could not be written (disk full, permissions).', fix: 'Fix the cause, then run `dpn recover`: it writes the state and ends the transaction.' },
  { code: 'TX_UNFINISHED', meaning: 'A transaction has no end record (a run died, or its rollback failed): nothing else may change the state until it is finished.', fix: 'Run `dpn recover` (roll back) or `dpn recover --strategy resume`; `dpn status` shows it.' },
  { code: 'LOCK_BUSY', meaning: 'Another run holds the state lock.', fix: 'Wait for it (--lock-wait SECONDS); a lock whose holder died is taken over when its lease ends, or broken with `dpn unlock`.' },
  { code: 'WAL_UNWRITABLE', meaning: 'The write-ahead log cannot be started in the state directory; nothing was changed.', fix: 'Check the state directory is writable.' },
  { code: 'WAL_CORRUPT', meaning: 'A write-ahead log file cannot be read beyond a torn last line.', fix: 'Restore it from git; never edit a WAL by hand.' },
  { code: 'WAL_NOT_FOUND', meaning: '`recover --tx ID` named a transaction that has no WAL file.', fix: '`dpn status` lists the transactions.' },
  { code: 'RECOVER_AMBIGUOUS', meaning: 'Several transactions have no end record and none was named.', fix: 'Give --tx ID (the action input `transaction`), oldest first.' },
  { code: 'RECOVER_ENDED', meaning: 'The transaction named to recover already ended.', fix: 'Nothing to recover; `dpn status` shows the ones that need it.' },
  { code: 'RECOVER_NO_BEGIN', meaning: 'A WAL file without a begin record: the transaction never started anything.', fix: 'Check the file is empty, then remove it.' },
  { code: 'MASS_DELETE', meaning: 'The plan removes more than half of what a blueprint manages.', fix: 'Check the plan with --dry-run; if it is meant, pass --allow-mass-delete (action input allow-mass-delete).' },
  { code: 'NO_DRIVER', meaning: 'The plan changes a type dpn names but does not provision.', fix: 'Leave those resources out of what you apply, or narrow the blueprint with a scope.' },
  { code: 'AWS_CREDENTIALS', meaning: 'Preflight: the plan writes to AWS and the SDK\'s default chain resolves no credentials; nothing was changed.', fix: 'On a laptop set AWS_PROFILE (`aws sso login --profile NAME`) or the key variables; in a workflow add aws-actions/configure-aws-credentials.' },
  { code: 'PROVIDER_CONFIG', meaning: 'Preflight: the plan writes to Databricks and DATABRICKS_HOST, credentials or (for tables) DATABRICKS_WAREHOUSE_ID are missing; nothing was changed.', fix: 'Set the variables the message names (README, "Apply").' },
  { code: 'PLAN_INVALID', meaning: 'A plan JSON file cannot be read as a dpn plan.', fix: 'Write it with `dpn plan preview --format json` of this version.' },
  { code: 'PLAN_CYCLE', meaning: 'The resources\' references form a cycle, so no order can apply them.', fix: 'Remove one of the references the message names.' },
  { code: 'PLAN_DUPLICATE_KEY', meaning: 'Two resources with the same key reached the plan.', fix: 'Remove one of the two declarations named.' },
  { code: 'RUN_NOT_FOUND', meaning: '`dpn runs show` named a run that the history does not hold.', fix: '`dpn runs list` shows the runs.' },
  { code: 'ACTION_INPUT', meaning: 'An input of the GitHub Action is malformed or missing.', fix: 'Correct the input the message names (docs/action.md lists them).' },
  { code: 'ACTION_EVENT', meaning: 'The Action ran for an event it has no mode for, or with an event payload it cannot read.', fix: 'Run it on pull_request, push or workflow_dispatch, or set the mode input.' },
  { code: 'GIT_FAILED', meaning: 'A git command the Action runs failed (fetch, push, worktree).', fix: 'Check the message; run actions/checkout before dpn and give a token that may push.' },
  { code: 'EXPORT_TERRAFORM', meaning: '`export terraform` cannot hand over some resources (a type it cannot export, an id the state lacks).', fix: 'Fix what each line names, then export again.' },
  { code: 'EXPORT_ACCOUNT_ID', meaning: '--aws-account-id is not 12 digits, or contradicts the account in the state\'s ARNs.', fix: 'Give the account that holds the Glue catalog.' },
  { code: 'EXPORT_EMPTY_STATE', meaning: '`export terraform` found no resource in the state.', fix: 'Reconcile first, or give the right --state-dir.' },
  { code: 'EXPORT_IDENTIFIER_COLLISION', meaning: 'Two resource keys would get the same Terraform identifier.', fix: 'Rename one of the resources (its purpose, domain or entity).' },
  { code: 'TERRAFORM_QUERY', meaning: '`dpn terraform names` got a query it cannot use (not a JSON object of strings, an unknown key).', fix: 'Pass the query Terraform\'s external data source sends: {"blueprints": "...", "key": "..."}.' },
  { code: 'DYNAMODB_TABLE_MISSING', meaning: 'A table of the DynamoDB backend does not exist.', fix: 'Create them with `dpn backend init --table-prefix PREFIX`.' },
  { code: 'DYNAMODB_TABLE_MISMATCH', meaning: 'A table under the backend\'s prefix exists with another key schema than dpn\'s.', fix: 'Choose another --table-prefix, or remove the table if it is not in use.' },
  { code: 'DYNAMODB_ACCESS_DENIED', meaning: 'The credentials may not use the DynamoDB backend\'s tables.', fix: 'Grant the policy `dpn backend policy` prints.' },
  { code: 'DYNAMODB_CONFLICT', meaning: 'A conditional write of the DynamoDB backend found the item changed by someone else.', fix: 'Run again; a lock held by another run waits or fails with LOCK_BUSY.' },
  { code: 'DYNAMODB_RETRYABLE', meaning: 'DynamoDB throttled or failed transiently and retries ran out.', fix: 'Run again later, or raise the table\'s capacity.' },
  { code: 'DYNAMODB_BAD_REQUEST', meaning: 'DynamoDB refused a request of the backend as malformed (a table made by hand with another key schema?).', fix: 'Recreate the tables with `dpn backend init`.' },
  { code: 'DYNAMODB_TIMEOUT', meaning: 'A table of the DynamoDB backend did not become active in time after `dpn backend init`.', fix: 'Run `dpn backend init` again once the table is ACTIVE.' },
  { code: 'DYNAMODB_ERROR', meaning: 'Any other DynamoDB error of the backend (the message carries AWS\'s).', fix: 'Act on the AWS error in the message.' },
  { code: 'DYNAMODB_LOCK_LOST', meaning: 'The DynamoDB lock this run held was taken over or broken.', fix: 'The run stopped and undid its work; run again.' },
];
