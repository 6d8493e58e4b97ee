// Types of schema-check-compiler.mjs, for the tests that compile checks themselves.
export interface CheckEntry {
  /** The export name, e.g. checkBlueprint. */
  name: string;
  schema: object | boolean;
}
export interface CompileOptions {
  /** Keywords to skip as if absent: only for showing that a test notices a check that is wrong. */
  leaveOut?: Iterable<string>;
}
/** One ES module exporting a boolean check per entry. Throws on a keyword it does not know. */
export declare function compileChecks(entries: readonly CheckEntry[], options?: CompileOptions): string;
