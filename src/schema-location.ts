// Where editors fetch dpn's JSON Schemas from: the `$schema` of JSON blueprints
// and the `yaml-language-server` modeline of YAML files that dpn writes.
//
// The raw file in dpn's own repository at the release's major tag (the tag
// workflows already use: `uses: acme/dpn@v2`). It serves the schema exactly as
// released, needs no site of its own, and moves with compatible releases, so a
// file written by 2.0 still validates against fields 2.x adds. The repository
// slug is the one thing to change where dpn is hosted elsewhere.

export const SCHEMA_REPOSITORY = 'acme/dpn';
export const SCHEMA_TAG = 'v2';

export type SchemaName = 'blueprint' | 'naming-values' | 'naming-patterns';

/** The URL that serves schemas/<name>.schema.json of this release. */
export function schemaUrl(name: SchemaName): string {
  return `https://raw.githubusercontent.com/${SCHEMA_REPOSITORY}/${SCHEMA_TAG}/schemas/${name}.schema.json`;
}

export const BLUEPRINT_SCHEMA_URL = schemaUrl('blueprint');

/** The first line of a YAML file that binds its schema in editors (yaml-language-server, VS Code, JetBrains). */
export function yamlModeline(name: SchemaName): string {
  return `# yaml-language-server: $schema=${schemaUrl(name)}`;
}
