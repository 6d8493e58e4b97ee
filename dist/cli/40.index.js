export const id = 40;
export const ids = [40];
export const modules = {

/***/ 40:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explainCommand: () => (/* binding */ explainCommand)
});

;// CONCATENATED MODULE: ./src/blueprint/codes.ts
// Every diagnostic code that reading files, the naming configuration and
// blueprints can report, with what it means and how to fix it. The reference
// documentation and `dpn explain CODE` are generated from this list, and a
// test keeps it complete. (Name-rule codes come from the naming engine:
// describeRules().)
const DIAGNOSTIC_CODES = Object.freeze([
    { code: 'SOURCE_NOT_FOUND', meaning: 'A path given on the command line (or a naming file) does not exist.', fix: 'Check the path (relative paths are taken from the current directory).' },
    { code: 'SOURCE_READ', meaning: 'The file exists but cannot be read (permissions, not a regular file).', fix: 'Give a regular file you can read (check its permissions).' },
    { code: 'SOURCE_FORMAT', meaning: 'The file is neither .json nor .yaml / .yml.', fix: 'Rename it to .json, .yaml or .yml, or leave it out.' },
    { code: 'SOURCE_TOO_LARGE', meaning: 'The file is over the size limit (32 MiB for JSON, 5 MiB for YAML); split it into several blueprints.', fix: 'Split the resources over several blueprint files.' },
    { code: 'SOURCE_EMPTY', meaning: 'The file is empty or only whitespace.', fix: 'Write a blueprint into it (`dpn plan init` writes a starter), or delete it.' },
    { code: 'SOURCE_BINARY', meaning: 'The file contains NUL bytes: it is not text.', fix: 'Give the blueprint file itself; skip other files with --exclude.' },
    { code: 'SOURCE_NOT_UTF8', meaning: 'The file is not valid UTF-8.', fix: 'Save the file as UTF-8.' },
    { code: 'SOURCE_TOO_DEEP', meaning: 'Nesting deeper than 200 levels.', fix: 'Flatten the structure: no blueprint needs that depth.' },
    { code: 'SOURCE_FORBIDDEN_KEY', meaning: 'A key named __proto__, constructor or prototype, refused so that no object prototype can be changed.', fix: 'Rename the key.' },
    { code: 'JSON_SYNTAX', meaning: 'Malformed JSON (the message says what was expected, with line and column).', fix: 'Fix the JSON at the line and column shown (a missing comma, quote or bracket; JSON has no comments or trailing commas).' },
    { code: 'JSON_DUPLICATE_KEY', meaning: 'The same key twice in one JSON object.', fix: 'Remove one of the two keys.' },
    { code: 'YAML_SYNTAX', meaning: 'Malformed YAML, or several documents in one file.', fix: 'Fix the YAML at the line shown; most often indentation (spaces only, the same depth for keys of one mapping) or an unclosed quote or bracket.' },
    { code: 'YAML_DUPLICATE_KEY', meaning: 'The same key twice in one YAML mapping.', fix: 'Remove or rename one of the two keys.' },
    { code: 'YAML_KEY', meaning: 'A YAML key that is not a plain scalar (a mapping or list used as a key).', fix: 'Use plain text keys.' },
    { code: 'YAML_TAG', meaning: 'A custom or non-core YAML tag (!include, !!python/object, !!binary…): only plain data is read.', fix: 'Remove the tag; write the value as plain YAML.' },
    { code: 'YAML_ALIAS_LIMIT', meaning: 'YAML aliases expand to more than 10,000 nodes (an alias bomb), or an alias refers to a node that contains it.', fix: 'Write the values out instead of using anchors and aliases.' },
    { code: 'SCHEMA_REQUIRED', meaning: 'A required key is missing (reported at the object that lacks it).', fix: 'Add the key (see docs/reference.md for what it holds).' },
    { code: 'SCHEMA_ADDITIONAL', meaning: 'A key the format does not have (reported at the key, with the allowed keys and a likely spelling).', fix: 'Remove the key or correct its spelling (the help line suggests one); a misspelt required key is this one error.' },
    { code: 'SCHEMA_KEY', meaning: 'A key that is not allowed in a map keyed by resource type or variable name.', fix: 'Use one of the allowed keys listed in the message.' },
    { code: 'SCHEMA_ENUM', meaning: 'A value outside its list of allowed values.', fix: 'Use one of the values listed; the help line suggests the nearest.' },
    { code: 'SCHEMA_CONST', meaning: 'A value that must be exactly one thing (version "1.0").', fix: 'Write exactly the value shown (in YAML, quote "1.0").' },
    { code: 'SCHEMA_TYPE', meaning: 'A value of the wrong type (text, number, list, mapping); YAML numbers that should be text must be quoted.', fix: 'Give a value of the type shown; quote numbers meant as text in YAML.' },
    { code: 'SCHEMA_PATTERN', meaning: 'Text of the wrong shape (project, region), or empty text.', fix: 'Give a value of the shape described in the message.' },
    { code: 'SCHEMA_MIN_ITEMS', meaning: 'A list with too few items.', fix: 'Add items to the list, or remove the key.' },
    { code: 'SCHEMA_RANGE', meaning: 'A number below its minimum or above its maximum.', fix: 'Give a number within the range shown.' },
    { code: 'SCHEMA_INVALID', meaning: 'Any other schema violation.', fix: 'Compare the value with docs/reference.md.' },
    { code: 'CONFIG_INCOMPLETE', meaning: 'Only one of .dpn/naming-values.yaml and .dpn/naming-patterns.yaml exists; dpn needs both or neither.', fix: 'Add the other file (`dpn config init --dir` writes both), or remove the one present to use the built-in convention.' },
    { code: 'CONFIG_CASE_CONFLICT', meaning: 'A variable listed in both transformations.lowercase and transformations.uppercase.', fix: 'Keep the variable in one of the two lists.' },
    { code: 'CONFIG_UNKNOWN_VARIABLE', meaning: 'Warning: a pattern uses a variable that neither the naming values nor the blueprint provide for that type.', fix: 'Correct the {variable} (the help line suggests the nearest known one), give it a value in naming-values.yaml, or pass --override.' },
    { code: 'CONFIG_ENVIRONMENT_MISMATCH', meaning: 'Warning: environments.ENV sets environment to another name; blueprint metadata overrides it.', fix: 'Remove environment from that section, or make it equal to the section name.' },
    { code: 'BLUEPRINT_NONE', meaning: 'A directory given as PATH holds no .json, .yaml or .yml file.', fix: 'Point at the folder that holds the blueprints, or add one with `dpn plan init`.' },
    { code: 'BLUEPRINT_UNRECOGNIZED', meaning: 'A file with no blueprint version ("1.0"), no metadata and no resources at the top: not a blueprint (package.json, a CI file).', fix: 'If it is not a blueprint, skip it: --exclude GLOB (action input `exclude`); if it is one, add version: "1.0" and resources.' },
    { code: 'OVERRIDE_INVALID', meaning: 'An --override value that a field of the resources it reaches does not accept (layer=gold reaching S3 buckets).', fix: 'Drop the --override, or give a value every resource it reaches accepts.' },
    { code: 'SCOPE_UNMATCHED', meaning: 'Warning: a scope pattern matches no resource type (a likely typo).', fix: 'Correct the pattern (see the resource type keys in docs/reference.md).' },
    { code: 'TAG_INVALID', meaning: 'metadata.team or metadata.cost_center cannot be an AWS tag value.', fix: 'Use only letters, digits, spaces and + - = . _ : / @, at most 256 characters.' },
    { code: 'CLUSTER_AUTOSCALE', meaning: 'A cluster whose autoscale min is greater than its max.', fix: 'Make min at most max.' },
    { code: 'REF_DATABASE_NOT_FOUND', meaning: 'A Glue table database_ref that matches no "{domain}-{layer}" of a Glue database in the same blueprint.', fix: 'Write the "{domain}-{layer}" of a Glue database of the same blueprint (the help line suggests the nearest).' },
    { code: 'REF_CLUSTER_NOT_FOUND', meaning: 'A job cluster_ref that matches no cluster workload in the same blueprint (v1.0 dropped the job silently).', fix: 'Write the workload of a cluster of the same blueprint (the help line suggests the nearest).' },
    { code: 'REF_ACCOUNT_NOT_FOUND', meaning: 'An Azure storage container account_ref that matches no "{purpose}-{layer}" of a storage account in the same blueprint.', fix: 'Set account_ref to the "{purpose}-{layer}" of a storage account in this blueprint, or add that account.' },
    { code: 'REF_DATASET_NOT_FOUND', meaning: 'A BigQuery table dataset_ref that matches no "{domain}-{layer}" of a BigQuery dataset in the same blueprint.', fix: 'Set dataset_ref to the "{domain}-{layer}" of a BigQuery dataset in this blueprint, or add that dataset.' },
    { code: 'DBX_TABLE_NO_COLUMNS', meaning: 'Warning: a Unity Catalog table without columns. v1.0 allows it, but Delta cannot create a managed table without columns, so reconcile and create refuse it before anything is applied.', fix: 'Add columns: [{ name, type }] to the table.' },
    { code: 'DUPLICATE_KEY', meaning: 'Two resources with the same identity (type, project, environment and logical name), in one blueprint or across blueprints; both places are named.', fix: 'Remove one of the two declarations, or make them differ (purpose, layer, domain, entity…).' },
    { code: 'NAME_COLLISION', meaning: 'Two different resources that would get the same name in the same platform namespace; both places are named.', fix: 'Change a field that goes into the name of one of them, or the pattern of the type.' },
    { code: 'NAME_INVALID', meaning: 'The naming engine gave no valid name and no reason (should not happen; the rule codes below are the usual report).', fix: 'Report it as a bug, with the blueprint and naming files.' },
    { code: 'NAMING_CONFIG_INVALID', meaning: 'The naming configuration cannot be used (the lines below it say why).', fix: 'Fix the problems listed with it; `dpn config validate` shows them all.' },
    { code: 'NAMING_CONFIG_SHAPE', meaning: 'A naming file value of the wrong shape (a map, a list, a string or a number in a range).', fix: 'Give the shape the message names.' },
    { code: 'NAMING_CONFIG_PATTERN', meaning: 'A pattern that cannot be read: an unmatched { or }, or a placeholder that is not a variable name.', fix: 'Write placeholders as {variable} with letters, digits and _.' },
    { code: 'NAMING_CONFIG_REGEX', meaning: 'validation.allowed_chars is not a valid regular expression.', fix: 'Correct the expression (JavaScript syntax, without slashes).' },
    { code: 'NAMING_CONFIG_UNKNOWN_TYPE', meaning: 'Warning: a key that is not a resource type, in a map keyed by type; it is ignored.', fix: 'Correct the type key (see the list in docs/reference.md).' },
    { code: 'NAMING_CONFIG_HASH_LENGTH', meaning: 'Warning: hash_generation.length is more than the algorithm gives (md5: 32, sha256: 64 hex characters).', fix: 'Lower the length, or choose sha256.' },
    { code: 'NAMING_CONFIG_MAX_LENGTH_IGNORED', meaning: 'Warning: validation.max_length above the platform limit; the platform limit applies.', fix: 'Lower it to the platform limit or below, or remove it.' },
    { code: 'NAMING_CONFIG_MAX_LENGTH_TOO_SMALL', meaning: 'Warning: validation.max_length below the platform minimum; no name of this type can be valid.', fix: 'Raise it to at least the platform minimum.' },
    { code: 'NAMING_CONFIG_REGION_CODE_CLASH', meaning: 'Warning: two regions get the same short code, so their names could collide.', fix: 'Give one of them another code in transformations.region_mapping.' },
    { code: 'NAMING_CONFIG_CONSTANT_PATTERN', meaning: 'Warning: a pattern without any {variable}: every resource of the type gets the same name.', fix: 'Add variables that tell resources apart.' },
]);

;// CONCATENATED MODULE: ./src/error-codes.ts
// What each run-time error code means and what to do about it: the errors a
// command stops with (a lock, a transaction, the state, a platform setting),
// as opposed to the diagnostics about files in src/blueprint/codes.ts. One
// list, printed by `dpn explain CODE` and in docs/reference.md.
const RUN_CODES = [
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

// EXTERNAL MODULE: ./src/naming/index.ts + 2 modules
var naming = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/source/suggest.ts
var suggest = __webpack_require__(4467);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/explain.ts
// `dpn explain CODE`: what a diagnostic, run-time error or name-rule code means
// and how to fix it, from the same lists docs/reference.md is generated from.






function entries() {
    const out = new Map();
    for (const { code, meaning, fix } of DIAGNOSTIC_CODES) {
        out.set(code, { code, text: [meaning, '', `Fix: ${fix}`], json: { code, kind: 'diagnostic', meaning, fix } });
    }
    for (const { code, meaning, fix } of RUN_CODES) {
        out.set(code, { code, text: [meaning, '', `Fix: ${fix}`], json: { code, kind: 'error', meaning, fix } });
    }
    // Name rules: one code can hold for several types (NAMING_MISSING_VARIABLE for every type).
    for (const row of (0,naming/* describeRules */.NH)()) {
        const type = row.type === '*' ? 'every type' : row.type;
        const known = out.get(row.code);
        if (known && known.json.kind === 'rule') {
            known.text.splice(known.text.length - 2, 0, `${type}: ${row.rule} (${row.source})`);
            known.json.rules.push({ type: row.type, rule: row.rule, source: row.source });
            continue;
        }
        out.set(row.code, {
            code: row.code,
            text: [`A generated name breaks a rule of its platform:`, `${type}: ${row.rule} (${row.source})`, '', 'Fix: change the fields that go into the name, or the pattern of the type in naming-patterns.yaml.'],
            json: { code: row.code, kind: 'rule', rules: [{ type: row.type, rule: row.rule, source: row.source }] },
        });
    }
    return out;
}
const explainCommand = {
    path: ['explain'],
    summary: 'Say what a diagnostic code means and how to fix it',
    usage: 'CODE [--format text|json]\n\nCODE is what an error or warning shows, e.g. SCHEMA_ENUM or S3_LENGTH (case does not matter).',
    options: { format: { type: 'string' } },
    allowPositionals: true,
    async run(args, io) {
        const format = args.values.format ?? 'text';
        if (format !== 'text' && format !== 'json')
            throw new errors/* UsageError */.eb(`--format must be text or json, got "${format}"`);
        if (args.positionals.length !== 1)
            throw new errors/* UsageError */.eb('give one code', 'example: dpn explain SCHEMA_ENUM');
        const asked = args.positionals[0].toUpperCase();
        const all = entries();
        const entry = all.get(asked);
        if (!entry) {
            const guess = (0,suggest/* closest */.k)(asked, all.keys());
            throw new errors/* UsageError */.eb(`no code ${asked}`, guess ? `did you mean ${guess}?` : 'docs/reference.md lists every code');
        }
        io.stdout.write(format === 'json' ? `${JSON.stringify(entry.json)}\n` : `${entry.code}\n\n${entry.text.join('\n')}\n`);
        return command/* EXIT */.d.ok;
    },
};


/***/ })

};
