export const id = 695;
export const ids = [695];
export const modules = {

/***/ 1637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ NamingConfigError)
/* harmony export */ });
// What can be wrong with a naming configuration beyond its JSON Schema: each
// issue names the document, the path inside it and a stable code, so the
// loader can point at file, line and column.
/** A naming configuration that cannot be used; carries every error found, not just the first. */
class NamingConfigError extends Error {
    issues;
    code = 'NAMING_CONFIG_INVALID';
    constructor(issues) {
        super(issues.map((issue) => `${issue.source}: ${issue.path.join('.')}: ${issue.message}`).join('\n'));
        this.issues = issues;
        this.name = 'NamingConfigError';
    }
}


/***/ }),

/***/ 5695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteName),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   nb: () => (/* binding */ compileRules),
/* harmony export */   vS: () => (/* binding */ compileAllowedChars),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony exports ENGINE_RULES, describeRules, measureCharacters, measureBytes, hasUnsafeRepetition */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1637);
/* harmony import */ var _rule_kit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4761);
/* harmony import */ var _azure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4543);
/* harmony import */ var _gcp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2906);
// What each platform accepts as a name, per resource type, with a stable code
// per rule (RULES.md, and the AWS / Databricks documentation for the types
// RULES.md does not list). The YAML `validation` section may only tighten
// these rules: a `max_length` above the platform limit is ignored (the
// platform wins; lintNamingConfig warns), `allowed_chars` is checked in
// addition to the platform's character set.





const NO_CONTROL = '[^\\u0000-\\u001f\\u007f]';
function noControl(code, object) {
    return (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)(code, `${object} names contain no control characters`, NO_CONTROL);
}
const S3_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const S3_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];
// Loops rather than find() with an arrow: these run once per bucket name, and an
// arrow closing over the name is one more object per name until the code is optimised.
function reservedPrefix(name) {
    for (let i = 0; i < S3_RESERVED_PREFIXES.length; i++)
        if (name.startsWith(S3_RESERVED_PREFIXES[i]))
            return S3_RESERVED_PREFIXES[i];
    return undefined;
}
function reservedSuffix(name) {
    for (let i = 0; i < S3_RESERVED_SUFFIXES.length; i++)
        if (name.endsWith(S3_RESERVED_SUFFIXES[i]))
            return S3_RESERVED_SUFFIXES[i];
    return undefined;
}
/** Nothing toLowerCase() would change: plain lowercase ASCII needs no copy of the name to tell. */
function isLowercase(name) {
    return !/[A-Z\u0080-\uffff]/.test(name) || name === name.toLowerCase();
}
const S3_CHECKS = [
    {
        code: 'S3_START_END',
        rule: 'S3 bucket names start and end with a lowercase letter or a digit',
        find: (name) => (/^[a-z0-9](?:.*[a-z0-9])?$/su.test(name) ? undefined : 'it starts or ends with another character'),
    },
    {
        code: 'S3_DOUBLE_DOT',
        rule: 'S3 bucket names contain no two adjacent periods',
        find: (name) => (name.includes('..') ? 'it contains ".."' : undefined),
    },
    {
        code: 'S3_IP_ADDRESS',
        rule: 'S3 bucket names are not formatted as an IP address',
        find: (name) => (/^\d+\.\d+\.\d+\.\d+$/.test(name) ? 'it looks like an IPv4 address' : undefined),
    },
    {
        code: 'S3_RESERVED_PREFIX',
        rule: `S3 bucket names do not start with ${S3_RESERVED_PREFIXES.map((p) => `"${p}"`).join(', ')}`,
        find: (name) => {
            const prefix = reservedPrefix(name);
            return prefix === undefined ? undefined : `it starts with the reserved prefix "${prefix}"`;
        },
    },
    {
        code: 'S3_RESERVED_SUFFIX',
        rule: `S3 bucket names do not end with ${S3_RESERVED_SUFFIXES.map((s) => `"${s}"`).join(', ')}`,
        find: (name) => {
            const suffix = reservedSuffix(name);
            return suffix === undefined ? undefined : `it ends with the reserved suffix "${suffix}"`;
        },
    },
];
const GLUE_SOURCE = 'Glue API DatabaseInput / TableInput; Athena guide, names of tables, databases and columns';
const GLUE_CHECKS = [
    {
        code: 'GLUE_START',
        rule: 'Glue database and table names start with a lowercase letter (Athena needs quoting for a leading digit or underscore)',
        find: (name) => (/^[a-z]/.test(name) ? undefined : 'it does not start with a lowercase letter'),
    },
];
function glue(type, object) {
    return {
        type,
        object,
        source: GLUE_SOURCE,
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('GLUE_LENGTH', object, 1, 255),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('GLUE_CHARSET', `${object} names use only lowercase letters, digits and "_" (Glue stores names lowercase; Athena accepts no other characters)`, '[a-z0-9_]'),
        checks: GLUE_CHECKS,
        identifier: true,
    };
}
const UC_SOURCE = 'Databricks SQL reference, names';
const UC_CHECKS = [
    {
        code: 'UC_LOWERCASE',
        rule: 'Unity Catalog names are lowercase (Unity Catalog stores names lowercase, so an uppercase name would never match what is stored)',
        find: (name) => (isLowercase(name) ? undefined : 'it contains uppercase letters'),
    },
];
function unityCatalog(type, object) {
    return {
        type,
        object,
        source: UC_SOURCE,
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('UC_LENGTH', object, 1, 255),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('UC_CHARSET', `${object} names contain no ".", space, "/", control characters or DEL`, '[^. /\\u0000-\\u001f\\u007f]'),
        checks: UC_CHECKS,
        identifier: true,
    };
}
function fifoDot(code, object) {
    return {
        code,
        rule: `${object} names contain a "." only in the ".fifo" suffix of a FIFO ${object.split(' ').pop() ?? ''}`,
        find: (name) => (name.replace(/\.fifo$/, '').includes('.') ? 'it contains "." outside a ".fifo" suffix' : undefined),
    };
}
function plain(type, object, source, lengthRule, charsetRule, checks = []) {
    return { type, object, source, length: lengthRule, charset: charsetRule, checks, identifier: false };
}
const RULE_LIST = [
    {
        type: 'aws_s3_bucket',
        object: 'S3 bucket',
        source: 'AWS S3 user guide, general purpose bucket naming rules',
        length: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('S3_LENGTH', 'S3 bucket', 3, 63),
        charset: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('S3_CHARSET', 'S3 bucket names use only lowercase letters, digits, "." and "-"', '[a-z0-9.\\-]'),
        checks: S3_CHECKS,
        identifier: false,
    },
    glue('aws_glue_database', 'Glue database'),
    glue('aws_glue_table', 'Glue table'),
    plain('aws_glue_crawler', 'Glue crawler', 'Glue API CreateCrawler (Name: single-line string, 1–255)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('GLUE_CRAWLER_LENGTH', 'Glue crawler', 1, 255), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('GLUE_CRAWLER_CHARSET', 'Glue crawler names are a single line: no control characters other than tab', '[\\t\\u0020-\\ud7ff\\ue000-\\ufffd\\u{10000}-\\u{10ffff}]')),
    plain('aws_lambda_function', 'Lambda function', 'Lambda API CreateFunction (FunctionName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('LAMBDA_LENGTH', 'Lambda function', 1, 64), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('LAMBDA_CHARSET', 'Lambda function names use only letters, digits, "-" and "_"', '[A-Za-z0-9_\\-]')),
    plain('aws_iam_role', 'IAM role', 'IAM API CreateRole (RoleName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('IAM_ROLE_LENGTH', 'IAM role', 1, 64), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('IAM_ROLE_CHARSET', 'IAM role names use only letters, digits and "+ = , . @ _ -"', '[A-Za-z0-9+=,.@_\\-]')),
    plain('aws_iam_policy', 'IAM policy', 'IAM API CreatePolicy (PolicyName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('IAM_POLICY_LENGTH', 'IAM policy', 1, 128), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('IAM_POLICY_CHARSET', 'IAM policy names use only letters, digits and "+ = , . @ _ -"', '[A-Za-z0-9+=,.@_\\-]')),
    plain('aws_kinesis_stream', 'Kinesis stream', 'Kinesis Data Streams API CreateStream (StreamName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('KINESIS_LENGTH', 'Kinesis stream', 1, 128), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('KINESIS_CHARSET', 'Kinesis stream names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_kinesis_firehose', 'Firehose stream', 'Data Firehose API CreateDeliveryStream (DeliveryStreamName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('FIREHOSE_LENGTH', 'Firehose stream', 1, 64), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('FIREHOSE_CHARSET', 'Firehose stream names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_dynamodb_table', 'DynamoDB table', 'DynamoDB developer guide, naming rules', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DDB_LENGTH', 'DynamoDB table', 3, 255), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('DDB_CHARSET', 'DynamoDB table names use only letters, digits, "_", "." and "-"', '[A-Za-z0-9_.\\-]')),
    plain('aws_sns_topic', 'SNS topic', 'SNS API CreateTopic (Name)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('SNS_LENGTH', 'SNS topic', 1, 256), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('SNS_CHARSET', 'SNS topic names use only letters, digits, "_" and "-" (and ".fifo" at the end of a FIFO topic)', '[A-Za-z0-9_.\\-]'), [fifoDot('SNS_FIFO_SUFFIX', 'SNS topic')]),
    plain('aws_sqs_queue', 'SQS queue', 'SQS API CreateQueue (QueueName)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('SQS_LENGTH', 'SQS queue', 1, 80), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('SQS_CHARSET', 'SQS queue names use only letters, digits, "_" and "-" (and ".fifo" at the end of a FIFO queue)', '[A-Za-z0-9_.\\-]'), [fifoDot('SQS_FIFO_SUFFIX', 'SQS queue')]),
    plain('aws_step_function', 'Step Functions state machine', 'Step Functions API CreateStateMachine (name)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('SFN_LENGTH', 'Step Functions state machine', 1, 80), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('SFN_CHARSET', 'Step Functions state machine names contain no whitespace, brackets < > { } [ ], wildcards ? *, special characters " # % \\ ^ | ~ ` $ & , ; : / or control characters', '[^\\s<>{}\\[\\]?*"#%\\\\^|~`$&,;:/\\u0000-\\u001f\\u007f-\\u009f]')),
    plain('dbx_workspace', 'Databricks workspace', 'Databricks Account API, create workspace (workspace_name)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_WORKSPACE_LENGTH', 'Databricks workspace', 1, undefined), noControl('DBX_WORKSPACE_CHARSET', 'Databricks workspace')),
    plain('dbx_cluster', 'Databricks cluster', 'Clusters API create (cluster_name: no documented limit, not unique)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_CLUSTER_LENGTH', 'Databricks cluster', 1, undefined), noControl('DBX_CLUSTER_CHARSET', 'Databricks cluster')),
    plain('dbx_job', 'Databricks job', 'Jobs API create (name: at most 4096 bytes UTF-8, not unique)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_JOB_LENGTH', 'Databricks job', 1, 4096, 'bytes'), noControl('DBX_JOB_CHARSET', 'Databricks job')),
    plain('dbx_notebook_path', 'Databricks notebook path', 'Workspace API (absolute paths beginning with "/")', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_PATH_LENGTH', 'Databricks notebook path', 2, undefined), noControl('DBX_PATH_CHARSET', 'Databricks notebook path'), [
        {
            code: 'DBX_PATH_ABSOLUTE',
            rule: 'Databricks notebook paths are absolute: they begin with "/"',
            find: (name) => (name.startsWith('/') ? undefined : 'it does not begin with "/"'),
        },
        {
            code: 'DBX_PATH_SEGMENTS',
            rule: 'Databricks notebook paths have no empty, "." or ".." segment and do not end with "/"',
            find: (name) => {
                const segments = name.split('/').slice(1);
                const bad = segments.find((segment) => segment === '' || segment === '.' || segment === '..');
                return bad === undefined ? undefined : bad === '' ? 'it has an empty segment ("//" or a trailing "/")' : `it has a "${bad}" segment`;
            },
        },
    ]),
    plain('dbx_repo', 'Databricks repo', 'Repos API (a repo is a folder of the workspace)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_REPO_LENGTH', 'Databricks repo', 1, undefined), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('DBX_REPO_CHARSET', 'Databricks repo names contain no "/" or control characters', '[^/\\u0000-\\u001f\\u007f]')),
    plain('dbx_pipeline', 'Databricks pipeline', 'Pipelines API create (name)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_PIPELINE_LENGTH', 'Databricks pipeline', 1, undefined), noControl('DBX_PIPELINE_CHARSET', 'Databricks pipeline')),
    plain('dbx_sql_warehouse', 'Databricks SQL warehouse', 'SQL Warehouses API create (name: under 100 characters)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_WAREHOUSE_LENGTH', 'Databricks SQL warehouse', 1, 99), noControl('DBX_WAREHOUSE_CHARSET', 'Databricks SQL warehouse')),
    unityCatalog('dbx_catalog', 'Unity Catalog catalog'),
    unityCatalog('dbx_schema', 'Unity Catalog schema'),
    unityCatalog('dbx_table', 'Unity Catalog table'),
    unityCatalog('dbx_volume', 'Unity Catalog volume'),
    plain('dbx_secret_scope', 'Databricks secret scope', 'Secrets API create-scope (scope: alphanumerics, "-", "_", "@", "."; at most 128)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_SECRET_SCOPE_LENGTH', 'Databricks secret scope', 1, 128), (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .charset */ .$I)('DBX_SECRET_SCOPE_CHARSET', 'Databricks secret scope names use only letters, digits, "-", "_", "@" and "."', '[A-Za-z0-9_.@\\-]')),
    plain('dbx_instance_pool', 'Databricks instance pool', 'Instance Pools API create (instance_pool_name: 1–100 characters)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_POOL_LENGTH', 'Databricks instance pool', 1, 100), noControl('DBX_POOL_CHARSET', 'Databricks instance pool')),
    plain('dbx_policy', 'Databricks cluster policy', 'Cluster Policies API create (name: 1–100 characters)', (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_3__/* .length */ .Bw)('DBX_POLICY_LENGTH', 'Databricks cluster policy', 1, 100), noControl('DBX_POLICY_CHARSET', 'Databricks cluster policy')),
    ..._azure_js__WEBPACK_IMPORTED_MODULE_1__/* .AZURE_RULES */ .Q9,
    ..._gcp_js__WEBPACK_IMPORTED_MODULE_2__/* .GCP_RULES */ .dK,
];
/** The platform rules of every resource type. */
const RULES = Object.freeze(Object.fromEntries(RULE_LIST.map((rules) => [rules.type, Object.freeze(rules)])));
/** Rules of the naming engine itself (not of a platform); their codes are stable too. */
const ENGINE_RULES = Object.freeze([
    { type: '*', code: 'NAMING_MISSING_VARIABLE', rule: 'Every {variable} of the pattern, and every variable in validation.required_variables, has a value', source: 'naming-patterns.yaml' },
    {
        type: '*',
        code: 'NAMING_UNKNOWN_REGION',
        rule: "The region of the type's cloud (AWS and Databricks: region; Azure: azure_location; Google Cloud: gcp_region) is given and is one dpn knows or transformations.region_mapping lists, so region_short has a code",
        source: 'naming-patterns.yaml transformations.region_mapping; the region tables under Built-in convention',
    },
    { type: '*', code: 'NAME_TOO_LONG', rule: 'A name longer than its limit is shortened with a hash of the full name, or refused when validation.on_too_long says fail for its type', source: 'naming-patterns.yaml validation.on_too_long' },
    { type: '*', code: 'NAMING_MAX_LENGTH', rule: 'The name is no longer than validation.max_length for its type (which can only lower the platform limit)', source: 'naming-patterns.yaml validation.max_length' },
    { type: '*', code: 'NAMING_ALLOWED_CHARS', rule: 'The whole name matches validation.allowed_chars for its type (checked in addition to the platform rules)', source: 'naming-patterns.yaml validation.allowed_chars' },
]);
/** The whole rule table, one row per rule, for documentation generated from code. */
function describeRules() {
    const rows = [];
    for (const type of RESOURCE_TYPES) {
        const rules = RULES[type];
        const lengthRow = { type, code: rules.length.code, rule: rules.length.rule, source: rules.source, minLength: rules.length.min, unit: rules.length.unit };
        if (rules.length.max !== undefined)
            lengthRow.maxLength = rules.length.max;
        if (rules.scope !== undefined)
            lengthRow.scope = rules.scope;
        rows.push(lengthRow);
        rows.push({ type, code: rules.charset.code, rule: rules.charset.rule, source: rules.source, chars: rules.charset.chars });
        for (const check of rules.checks)
            rows.push({ type, code: check.code, rule: check.rule, source: check.source ?? rules.source });
    }
    for (const row of ENGINE_RULES)
        rows.push({ ...row });
    return rows;
}
const SURROGATE = /[\ud800-\udfff]/;
function measureCharacters(name) {
    if (!SURROGATE.test(name))
        return name.length;
    let count = 0;
    for (const _ of name)
        count++;
    return count;
}
function measureBytes(name) {
    return Buffer.byteLength(name, 'utf8');
}
const QUANTIFIER_AT = /^(?:[+*]|\{\d+,\d*\})/;
const QUANTIFIER_IN = /(?:^|[^\\])(?:[+*]|\{\d+,\d*\})/;
/**
 * Whether a repeated group's body starts with a literal that nothing else in
 * the body can match, as in `(\.[a-z0-9]+)*`: each repetition then begins at
 * a fixed character and matching stays linear.
 */
function anchoredRepetition(body) {
    const inner = body.replace(/^\?(?::|<?[=!]|<[A-Za-z]\w*>)/, '');
    const lead = /^(?:\\([^A-Za-z0-9])|([A-Za-z0-9_\-@,=:;/#%&~'"<> !]))/.exec(inner);
    if (!lead)
        return false;
    const literal = lead[1] ?? lead[2] ?? '';
    const rest = inner.slice(lead[0].length);
    if (/^[+*?{]/.test(rest) || rest.includes('|') || rest.includes('('))
        return false;
    // Every other piece of the body (class, escape, wildcard, character) must be unable to match the literal.
    for (const token of rest.match(/\[(?:\\.|[^\]\\])*\]|\\[pP]\{[^}]*\}|\\.|[\s\S]/gu) ?? []) {
        if (token === '+' || token === '*' || token === '?')
            continue;
        try {
            if (new RegExp(`^(?:${token})$`, 'u').test(literal))
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
/**
 * A repeated group whose body repeats too, such as (a+)+, can take exponential
 * time on a name that almost matches; PR previews run configuration from forks.
 */
function hasUnsafeRepetition(pattern) {
    const opens = [];
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            continue;
        }
        if (ch === '[')
            inClass = true;
        else if (ch === '(')
            opens.push(i);
        else if (ch === ')') {
            const open = opens.pop();
            if (open === undefined)
                continue;
            const body = pattern.slice(open + 1, i);
            if (QUANTIFIER_AT.test(pattern.slice(i + 1)) && QUANTIFIER_IN.test(body) && !anchoredRepetition(body))
                return true;
        }
    }
    return false;
}
/**
 * Compiles a `validation.allowed_chars` expression to match the whole name.
 * Returns, instead of a RegExp, a message saying why the expression cannot be used.
 */
function compileAllowedChars(pattern) {
    if (pattern.length > 1000)
        return 'the expression is longer than 1000 characters';
    if (hasUnsafeRepetition(pattern))
        return 'the expression repeats a group that itself repeats, which can take exponential time; simplify it';
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch {
        try {
            // Python-style classes such as [a-zA-Z0-9-_] are fine without the u flag.
            return new RegExp(`^(?:${pattern})$`);
        }
        catch (error) {
            return `not a valid regular expression (${error.message})`;
        }
    }
}
const compiledByConfig = new WeakMap();
const platformOnly = new Map();
/** The compiled rules of a type under a configuration (cached by configuration identity). */
function compileRules(type, config) {
    let cache;
    if (config === undefined) {
        cache = platformOnly;
    }
    else {
        let found = compiledByConfig.get(config);
        if (found === undefined) {
            found = new Map();
            compiledByConfig.set(config, found);
        }
        cache = found;
    }
    let compiled = cache.get(type);
    if (compiled === undefined) {
        compiled = buildRules(type, config);
        cache.set(type, compiled);
    }
    return compiled;
}
const SHOWN = 120;
/** A name for a message: quoted with escapes, and cut short when very long so a message stays readable. */
function quoteName(name) {
    if (name.length <= SHOWN)
        return JSON.stringify(name);
    return `${JSON.stringify(name.slice(0, SHOWN - 20)).slice(0, -1)}…" (${measureCharacters(name)} characters)`;
}
const quote = quoteName;
function buildRules(type, config) {
    const rules = RULES[type];
    const { unit } = rules.length;
    const measure = unit === 'bytes' ? measureBytes : measureCharacters;
    const platformMax = rules.length.max;
    const configMax = config?.validation.maxLength[type];
    const tightened = configMax !== undefined && (platformMax === undefined || configMax < platformMax);
    const maxLength = tightened ? configMax : platformMax;
    const where = config ? ` in ${config.sources.patterns}` : '';
    const maxLengthSource = tightened ? `validation.max_length.${type}${where}` : `the ${rules.object} limit`;
    const allowedSource = config?.validation.allowedChars[type];
    let allowed;
    if (allowedSource !== undefined && config !== undefined) {
        const compiled = compileAllowedChars(allowedSource);
        if (typeof compiled === 'string') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NamingConfigError */ .j([
                { severity: 'error', document: 'patterns', source: config.sources.patterns, path: ['validation', 'allowed_chars', type], code: 'NAMING_CONFIG_REGEX', message: compiled },
            ]);
        }
        allowed = compiled;
    }
    const whole = new RegExp(`^${rules.charset.chars}*$`, 'u');
    const one = new RegExp(`^${rules.charset.chars}$`, 'u');
    const object = rules.object;
    const badCharacters = (name) => {
        const bad = new Set();
        for (const ch of name) {
            if (!one.test(ch))
                bad.add(ch);
            if (bad.size >= 5)
                break;
        }
        return [...bad].map((ch) => (/[\u0000-\u001f\u007f-\u009f]/.test(ch) ? `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}` : quote(ch))).join(', ');
    };
    const evaluate = (name) => {
        const violations = [];
        let tooLong = false;
        const size = measure(name);
        if (size < rules.length.min) {
            violations.push({ code: rules.length.code, rule: rules.length.rule, message: `${object} name ${quote(name)} is ${size} ${unit} long; the minimum is ${rules.length.min}` });
        }
        else if (maxLength !== undefined && size > maxLength) {
            tooLong = true;
            if (tightened) {
                violations.push({
                    code: 'NAMING_MAX_LENGTH',
                    rule: `${object} names are at most ${maxLength} ${unit} long (validation.max_length.${type}${where})`,
                    message: `${object} name ${quote(name)} is ${size} ${unit} long; validation.max_length.${type} allows ${maxLength}`,
                });
            }
            else {
                violations.push({ code: rules.length.code, rule: rules.length.rule, message: `${object} name ${quote(name)} is ${size} ${unit} long; the limit is ${maxLength}` });
            }
        }
        if (!whole.test(name)) {
            violations.push({ code: rules.charset.code, rule: rules.charset.rule, message: `${object} name ${quote(name)} contains ${badCharacters(name)}` });
        }
        for (const check of rules.checks) {
            const found = check.find(name);
            if (found !== undefined)
                violations.push({ code: check.code, rule: check.rule, message: `${object} name ${quote(name)}: ${found}` });
        }
        if (allowed !== undefined && !allowed.test(name)) {
            violations.push({
                code: 'NAMING_ALLOWED_CHARS',
                rule: `${object} names match ${allowedSource ?? ''} (validation.allowed_chars.${type}${where})`,
                message: `${object} name ${quote(name)} does not match validation.allowed_chars.${type} ${allowedSource ?? ''}`,
            });
        }
        return { violations, tooLong };
    };
    const { checks } = rules;
    const min = rules.length.min;
    // A name's length in code points is at most its UTF-16 length and at least half of it; in UTF-8
    // bytes at least its UTF-16 length and at most three times it. Only a name near a limit is measured.
    const surelyInRange = unit === 'characters'
        ? (n) => n >= 2 * min && (maxLength === undefined || n <= maxLength)
        : (n) => n >= min && (maxLength === undefined || 3 * n <= maxLength);
    const isValid = (name) => {
        if (!surelyInRange(name.length)) {
            const size = measure(name);
            if (size < min || (maxLength !== undefined && size > maxLength))
                return false;
        }
        if (!whole.test(name))
            return false;
        // Indexed: for...of allocates an iterator result per step until the code is optimised.
        for (let i = 0; i < checks.length; i++)
            if (checks[i].find(name) !== undefined)
                return false;
        return allowed === undefined || allowed.test(name);
    };
    const allows = (text) => {
        for (const ch of text)
            if (!one.test(ch))
                return false;
        return true;
    };
    return { rules, maxLength, maxLengthSource, unit, measure, allows, isValid, evaluate };
}
/**
 * Every rule `name` breaks for its type: the platform rules, plus the
 * configuration's validation section when a configuration is given. Empty
 * when the name is fine.
 */
function checkName(type, name, config) {
    const compiled = compileRules(type, config);
    return compiled.isValid(name) ? [] : compiled.evaluate(name).violations;
}


/***/ })

};
