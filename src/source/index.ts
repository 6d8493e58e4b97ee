// Reading user files (JSON and YAML) into plain data with source positions, and
// reporting problems pinned to them.
export type { Diagnostic, Severity, SourceLocation } from './types.js';
export { PositionIndex, describePath, parsePointer, type DocumentPath } from './positions.js';
export {
  MAX_JSON_BYTES,
  MAX_SOURCE_BYTES,
  error,
  formatOf,
  locate,
  parseSourceText,
  readSourceDocument,
  type SourceDocument,
  type SourceFormat,
} from './read.js';
export { schemaDiagnostics, schemaProblems, type SchemaName } from './schema.js';
export { closest, didYouMean } from './suggest.js';
export { FORBIDDEN_KEYS, MAX_ALIAS_NODES, MAX_DEPTH } from './syntax.js';
