// What can be wrong with a naming configuration beyond its JSON Schema: each
// issue names the document, the path inside it and a stable code, so the
// loader can point at file, line and column.

export type NamingDocument = 'values' | 'patterns';

export interface NamingConfigIssue {
  severity: 'error' | 'warning';
  /** Which of the two YAML documents. */
  document: NamingDocument;
  /** Where the document came from ("built-in" or a file path). */
  source: string;
  /** Path inside the document, e.g. ["validation", "allowed_chars", "aws_s3_bucket"]. */
  path: string[];
  code: string;
  message: string;
}

/** A naming configuration that cannot be used; carries every error found, not just the first. */
export class NamingConfigError extends Error {
  readonly code = 'NAMING_CONFIG_INVALID';
  constructor(readonly issues: NamingConfigIssue[]) {
    super(issues.map((issue) => `${issue.source}: ${issue.path.join('.')}: ${issue.message}`).join('\n'));
    this.name = 'NamingConfigError';
  }
}
