// Where editors fetch dpn's JSON Schemas: the file in schemas/ at the release
// tag, served raw by GitHub. Every modeline and `$schema` dpn writes (config init,
// plan init, JSON blueprints) takes its address from here, so moving the
// repository or cutting a release changes one line.

/** owner/name of the repository that hosts dpn (README: `uses: acme/dpn@v2`). */
export const SCHEMA_REPOSITORY = 'acme/dpn';
/** The release tag whose schemas match this build. */
export const SCHEMA_TAG = 'v2.0.0';

export type SchemaName = 'blueprint' | 'naming-values' | 'naming-patterns';

/** The address of one schema file, e.g. …/v2.0.0/schemas/naming-values.schema.json. */
export function schemaUrl(name: SchemaName): string {
  return `https://raw.githubusercontent.com/${SCHEMA_REPOSITORY}/${SCHEMA_TAG}/schemas/${name}.schema.json`;
}

/** The first line of a YAML file that binds the schema in editors (yaml-language-server). */
export function yamlModeline(name: SchemaName): string {
  return `# yaml-language-server: $schema=${schemaUrl(name)}`;
}
