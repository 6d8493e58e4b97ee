// Every diagnostic code that reading files, the naming configuration and
// blueprints can report, with what it means. The reference documentation is
// generated from this list, and a test keeps it complete. (Name-rule codes
// come from the naming engine: describeRules().)

export interface CodeDescription {
  code: string;
  meaning: string;
}

export const DIAGNOSTIC_CODES: readonly CodeDescription[] = Object.freeze([
  { code: 'SOURCE_NOT_FOUND', meaning: 'A path given on the command line (or a naming file) does not exist.' },
  { code: 'SOURCE_READ', meaning: 'The file exists but cannot be read (permissions, not a regular file).' },
  { code: 'SOURCE_FORMAT', meaning: 'The file is neither .json nor .yaml / .yml.' },
  { code: 'SOURCE_TOO_LARGE', meaning: 'The file is over the size limit (32 MiB for JSON, 5 MiB for YAML); split it into several blueprints.' },
  { code: 'SOURCE_EMPTY', meaning: 'The file is empty or only whitespace.' },
  { code: 'SOURCE_BINARY', meaning: 'The file contains NUL bytes: it is not text.' },
  { code: 'SOURCE_NOT_UTF8', meaning: 'The file is not valid UTF-8.' },
  { code: 'SOURCE_TOO_DEEP', meaning: 'Nesting deeper than 200 levels.' },
  { code: 'SOURCE_FORBIDDEN_KEY', meaning: 'A key named __proto__, constructor or prototype, refused so that no object prototype can be changed.' },
  { code: 'JSON_SYNTAX', meaning: 'Malformed JSON (the message says what was expected, with line and column).' },
  { code: 'JSON_DUPLICATE_KEY', meaning: 'The same key twice in one JSON object.' },
  { code: 'YAML_SYNTAX', meaning: 'Malformed YAML, or several documents in one file.' },
  { code: 'YAML_DUPLICATE_KEY', meaning: 'The same key twice in one YAML mapping.' },
  { code: 'YAML_KEY', meaning: 'A YAML key that is not a plain scalar (a mapping or list used as a key).' },
  { code: 'YAML_TAG', meaning: 'A custom or non-core YAML tag (!include, !!python/object, !!binary…): only plain data is read.' },
  { code: 'YAML_ALIAS_LIMIT', meaning: 'YAML aliases expand to more than 10,000 nodes (an alias bomb), or an alias refers to a node that contains it.' },
  { code: 'SCHEMA_REQUIRED', meaning: 'A required key is missing (reported at the object that lacks it).' },
  { code: 'SCHEMA_ADDITIONAL', meaning: 'A key the format does not have (reported at the key, with the allowed keys and a likely spelling).' },
  { code: 'SCHEMA_KEY', meaning: 'A key that is not allowed in a map keyed by resource type or variable name.' },
  { code: 'SCHEMA_ENUM', meaning: 'A value outside its list of allowed values.' },
  { code: 'SCHEMA_CONST', meaning: 'A value that must be exactly one thing (version "1.0").' },
  { code: 'SCHEMA_TYPE', meaning: 'A value of the wrong type (text, number, list, mapping); YAML numbers that should be text must be quoted.' },
  { code: 'SCHEMA_PATTERN', meaning: 'Text of the wrong shape (project, region), or empty text.' },
  { code: 'SCHEMA_MIN_ITEMS', meaning: 'A list with too few items.' },
  { code: 'SCHEMA_RANGE', meaning: 'A number below its minimum or above its maximum.' },
  { code: 'SCHEMA_INVALID', meaning: 'Any other schema violation.' },
  { code: 'CONFIG_INCOMPLETE', meaning: 'Only one of .dpn/naming-values.yaml and .dpn/naming-patterns.yaml exists; dpn needs both or neither.' },
  { code: 'CONFIG_CASE_CONFLICT', meaning: 'A variable listed in both transformations.lowercase and transformations.uppercase.' },
  { code: 'CONFIG_UNKNOWN_VARIABLE', meaning: 'Warning: a pattern uses a variable that neither the naming values nor the blueprint provide for that type.' },
  { code: 'CONFIG_ENVIRONMENT_MISMATCH', meaning: 'Warning: environments.ENV sets environment to another name; blueprint metadata overrides it.' },
  { code: 'BLUEPRINT_NONE', meaning: 'A directory given as PATH holds no .json, .yaml or .yml file.' },
  { code: 'SCOPE_UNMATCHED', meaning: 'Warning: a scope pattern matches no resource type (a likely typo).' },
  { code: 'TAG_INVALID', meaning: 'metadata.team or metadata.cost_center cannot be an AWS tag value.' },
  { code: 'CLUSTER_AUTOSCALE', meaning: 'A cluster whose autoscale min is greater than its max.' },
  { code: 'REF_DATABASE_NOT_FOUND', meaning: 'A Glue table database_ref that matches no "{domain}-{layer}" of a Glue database in the same blueprint.' },
  { code: 'REF_CLUSTER_NOT_FOUND', meaning: 'A job cluster_ref that matches no cluster workload in the same blueprint (v1.0 dropped the job silently).' },
  { code: 'DUPLICATE_KEY', meaning: 'Two resources with the same identity (type, project, environment and logical name), in one blueprint or across blueprints; both places are named.' },
  { code: 'NAME_COLLISION', meaning: 'Two different resources that would get the same name in the same platform namespace; both places are named.' },
  { code: 'NAME_INVALID', meaning: 'The naming engine gave no valid name and no reason (should not happen; the rule codes below are the usual report).' },
]);
