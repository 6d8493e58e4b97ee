// The vocabulary of blueprints: where things are in the source, what went wrong,
// and the ResourceSpec every later stage works on.
import type { ResourceType } from '../naming/types.js';
import type { Diagnostic, SourceLocation } from '../source/types.js';

export type { Diagnostic, Severity, SourceLocation } from '../source/types.js';

export type DeletionPolicy = 'archive' | 'delete' | 'retain';

/**
 * One resource the blueprints ask for, fully named.
 *
 * `key` is the stable identity: the type plus the logical identity in the
 * blueprint, scoped by project and environment, e.g.
 * `aws_glue_table:dataplatform/dev/sales-bronze/fact_orders`. It never depends on the naming
 * configuration, so a convention change shows up as a rename of the same key.
 */
export interface ResourceSpec {
  key: string;
  type: ResourceType;
  name: string;
  /** Globally addressable name: `db.table`, `catalog.schema`, `catalog.schema.table`; else the name. */
  fullName: string;
  /** Blueprint file, as given on the command line (relative paths stay relative). */
  blueprint: string;
  location: SourceLocation;
  /** Keys of resources that must exist first. */
  dependsOn: string[];
  /** Desired settings, in the shape the type's driver takes. Plain JSON only. */
  params: Record<string, unknown>;
  tags: Record<string, string>;
  deletionPolicy: DeletionPolicy;
  /** Present when the generated name was shortened to fit the type's limit. */
  shortenedFrom?: string;
}

/** A resource that got no valid name: shown beside the others, marked, never planned. */
export interface RejectedResource {
  type: ResourceType;
  /** The name the pattern produced, which broke a rule. */
  generated: string;
  blueprint: string;
  location: SourceLocation;
}

/** Result of loading and expanding blueprints: never throws for user errors. */
export interface BlueprintSet {
  resources: ResourceSpec[];
  diagnostics: Diagnostic[];
  /** Resources whose names broke a rule (each has its diagnostics). */
  rejected?: RejectedResource[];
  /** Every blueprint file read, in a stable order. */
  files: string[];
}
