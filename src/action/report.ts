// What every mode hands back to main: outputs, summary text and whether the
// step fails. Modes return it; only main talks to the runner about it (workflow.ts).

export interface ModeResult {
  outputs: Partial<Record<'valid' | 'plan' | 'creates' | 'updates' | 'deletes' | 'comment-id' | 'transaction-id' | 'status' | 'export', string>>;
  /** Markdown appended to the job summary. */
  summary?: string;
  /** Set when the step must fail, with the reason shown to the user. */
  failure?: string;
}

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string, properties?: import('./annotations.js').AnnotationProperties): void;
  annotateWarning(message: string, properties?: import('./annotations.js').AnnotationProperties): void;
  debug(message: string): void;
}
