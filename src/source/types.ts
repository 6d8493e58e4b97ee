// Positions in source files and the problems pinned to them. A leaf module:
// blueprints, naming configuration and state all report through it.

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** A problem a user can act on, pinned to a file and position (1-based line and column). */
export interface Diagnostic extends SourceLocation {
  code: string;
  message: string;
  severity: Severity;
  /** One line saying how to fix it, when there is a likely fix ("did you mean 'raw'?"). */
  hint?: string;
}
