// Generates docs/reference.md from what the code and schemas say, so the
// reference cannot drift from them: the blueprint and naming-file schemas
// (titles, types, defaults, descriptions), the built-in convention, the name
// rules of the naming engine, every diagnostic code and the creation markers the drivers write.
//
//   node --import tsx scripts/gen-reference.mjs           writes docs/reference.md
//   node --import tsx scripts/gen-reference.mjs --check   exits 1 when it is out of date
// (__tests__/blueprint/reference.test.ts runs the check with the test suite.)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_PATH = join(root, 'docs', 'reference.md');

const schema = (name) => JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));

/** A table cell: no line breaks, no column breaks. */
const cell = (text) => String(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/\*/g, '\\*');
const code = (text) => `\`${String(text).replace(/\|/g, '\\|')}\``;
const anchor = (title) => title.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/ +/g, '-');

function deref(root, node) {
  let current = node;
  let name;
  while (current && typeof current.$ref === 'string') {
    name = current.$ref.split('/').pop();
    const { $ref, ...rest } = current;
    current = { ...root.definitions[name], ...rest };
  }
  return { node: current ?? {}, name };
}

function typeOf(root, raw) {
  const { node } = deref(root, raw);
  if (node.enum) return node.enum.map(code).join(' \\| ');
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.type === 'array') {
    const items = deref(root, node.items ?? {});
    if (items.node.properties) return `list of [${items.node.title}](#${anchor(items.node.title)})`;
    return `list of ${typeOf(root, node.items ?? {})}`;
  }
  if (node.type === 'object' && node.properties) return `mapping: [${node.title}](#${anchor(node.title)})`;
  if (node.type === 'object') {
    const keys = node.propertyNames ? deref(root, node.propertyNames).node : undefined;
    const keyText = keys?.enum ? 'resource type' : keys?.anyOf ? 'resource type or `*`' : 'name';
    const values = node.additionalProperties && typeof node.additionalProperties === 'object' ? typeOf(root, node.additionalProperties) : 'anything';
    return node.additionalProperties === undefined && !node.propertyNames ? 'mapping' : `map of ${keyText} → ${values}`;
  }
  if (node.type === 'string') {
    if (!node.pattern || node.pattern === '\\S') return 'text';
    const max = /^\^\.\{0,(\d+)\}\$$/.exec(node.pattern);
    if (max) return `text, at most ${max[1]} characters`;
    return `text matching ${code(node.pattern)}`;
  }
  if (node.type === 'integer') {
    const range = [node.minimum !== undefined ? `≥ ${node.minimum}` : '', node.maximum !== undefined ? `≤ ${node.maximum}` : ''].filter(Boolean).join(', ');
    return `whole number${range ? ` (${range})` : ''}`;
  }
  return node.type ?? 'anything';
}

function objectSections(root, title, raw, path, seen, out) {
  const { node, name } = deref(root, raw);
  if (name && seen.has(name)) return;
  if (name) seen.add(name);
  out.push(`### ${node.title ?? title}`, '');
  out.push(`Path: ${code(path)}. ${node.description ?? ''}`.trim(), '');
  out.push('| Key | Type | Required | Default | Description |', '| --- | --- | --- | --- | --- |');
  const required = new Set(node.required ?? []);
  const children = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const resolved = deref(root, child).node;
    const description = child.description ?? resolved.description ?? '';
    const fallback = child.default ?? resolved.default;
    out.push(
      `| ${code(key)} | ${typeOf(root, child)} | ${required.has(key) ? 'yes' : 'no'} | ${fallback === undefined ? '' : code(JSON.stringify(fallback))} | ${cell(description)} |`,
    );
    if (resolved.type === 'object' && resolved.properties) children.push([key, child, `${path}.${key}`]);
    if (resolved.type === 'array') {
      const items = deref(root, resolved.items ?? {});
      if (items.node.properties) children.push([key, resolved.items, `${path}.${key}[]`]);
    }
  }
  out.push('');
  for (const [key, child, childPath] of children) objectSections(root, key, child, childPath, seen, out);
}

export async function renderReference() {
  const { describeRules, DEFAULT_PATTERNS, DEFAULT_VALUES_DOCUMENT, DEFAULT_PATTERNS_DOCUMENT, AWS_REGION_CODES, RESOURCE_TYPES } = await import(
    '../src/naming/index.js'
  );
  const { DIAGNOSTIC_CODES } = await import('../src/blueprint/codes.js');
  const { RUN_CODES } = await import('../src/error-codes.js');
  const { CREATION_MARKERS } = await import('../src/providers/markers.js');
  const { AZURE_LOCATION_CODES } = await import('../src/naming/azure.js');
  const { GCP_REGION_CODES } = await import('../src/naming/gcp.js');
  const { RULES } = await import('../src/naming/rules.js');
  const { BLUEPRINT_SCHEMA_URL, yamlModeline } = await import('../src/schema-location.js');
  const { stringify } = await import('yaml');
  const out = [
    '# dpn reference',
    '',
    '<!-- Generated by scripts/gen-reference.mjs from schemas/*.schema.json, src/naming and src/blueprint/codes.ts. Do not edit: run `node --import tsx scripts/gen-reference.mjs`. -->',
    '',
    'Contents: [Blueprint](#blueprint) · [naming-values.yaml](#naming-valuesyaml) · [naming-patterns.yaml](#naming-patternsyaml) · [Built-in convention](#built-in-convention) · [Name rules](#name-rules) · [Diagnostic codes](#diagnostic-codes) · [Run-time error codes](#run-time-error-codes) · [Creation markers](#creation-markers)',
    '',
  ];
  for (const [heading, file, intro] of [
    ['Blueprint', 'blueprint', `A blueprint is a \`.json\` (at most 32 MiB), \`.yaml\` or \`.yml\` file (at most 5 MiB). \`dpn plan schema\` prints the JSON Schema. Editors fetch it from ${BLUEPRINT_SCHEMA_URL} (the file in dpn's repository at the release's major tag): YAML files bind it with the first line \`${yamlModeline('blueprint')}\`, JSON files with \`"$schema": "${BLUEPRINT_SCHEMA_URL}"\`; \`dpn plan init\` writes either.`],
    ['naming-values.yaml', 'naming-values', 'Found as `.dpn/naming-values.yaml`, or given with `--values-config` (always together with `--patterns-config`).'],
    ['naming-patterns.yaml', 'naming-patterns', 'Found as `.dpn/naming-patterns.yaml`, or given with `--patterns-config` (always together with `--values-config`).'],
  ]) {
    const doc = schema(file);
    out.push(`## ${heading}`, '', `Schema: ${code(doc.$id)} (\`schemas/${file}.schema.json\`). ${doc.description}`, '', intro, '');
    objectSections(doc, heading, { ...doc, title: `${heading} top level` }, '$', new Set(), out);
  }

  out.push('## Built-in convention', '', 'Used when neither `--values-config`/`--patterns-config` nor `.dpn/naming-*.yaml` exist; `dpn config init` writes it out.', '');
  out.push('### Default patterns', '', '| Type | Pattern |', '| --- | --- |');
  for (const type of RESOURCE_TYPES) out.push(`| ${code(type)} | ${code(DEFAULT_PATTERNS[type])} |`);
  out.push('', '### Default values (naming-values.yaml)', '', '```yaml', stringify(DEFAULT_VALUES_DOCUMENT).trimEnd(), '```', '');
  out.push('### Default transformations (naming-patterns.yaml)', '', '```yaml', stringify({ transformations: DEFAULT_PATTERNS_DOCUMENT.transformations }).trimEnd(), '```', '');
  out.push('### Region codes', '', 'Every AWS region has its own short code (`region_short`); `transformations.region_mapping` overrides one, and an unknown region is an error.', '');
  out.push('| Region | Code |', '| --- | --- |');
  for (const [region, short] of Object.entries(AWS_REGION_CODES).sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`| ${code(region)} | ${code(short)} |`);
  out.push('');
  for (const [title, field, table] of [
    ['Azure location codes', 'metadata.azure_location', AZURE_LOCATION_CODES],
    ['Google Cloud region codes', 'metadata.gcp_region', GCP_REGION_CODES],
  ]) {
    out.push(`### ${title}`, '', `Azure and Google Cloud names take \`region_short\` from ${code(field)}, never from the AWS region; \`transformations.region_mapping\` overrides a code, and a missing or unknown value is an error.`, '');
    out.push('| Location | Code |', '| --- | --- |');
    for (const [region, short] of Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`| ${code(region)} | ${code(short)} |`);
    out.push('');
  }

  out.push('## Name rules', '', 'Every generated name is checked against these rules before anything is printed as valid; `validation` in naming-patterns.yaml can only tighten them. The code is what `--format json` reports.', '');
  out.push('| Type | Code | Rule | Source |', '| --- | --- | --- | --- |');
  for (const row of describeRules()) out.push(`| ${row.type === '*' ? 'every type' : code(row.type)} | ${code(row.code)} | ${cell(row.rule)} | ${cell(row.source)} |`);
  out.push('');
  out.push('### Named, not provisioned', '', 'dpn names and checks the Azure and Google Cloud types but creates nothing for them: a plan lists them as noops with `provisioned: false`. Two resources clash (`NAME_COLLISION`) within the scope the platform keeps names unique in, across all blueprints; a child\'s full name carries its parent (`account/container`, `dataset.table`), and Dataproc clusters are compared per region. Blueprints do not say which subscription, resource group or Google Cloud project a resource goes to, so names unique within one of those are compared across all blueprints (a clash reported there may be one the platform would allow). Azure compares names without regard to case. Where a type\'s characters exclude a separator, dpn puts the separator shown here in its place (none: the parts are joined).', '');
  out.push('| Type | Unique within | Separator | Shortened keeping environment and region |', '| --- | --- | --- | --- |');
  for (const type of RESOURCE_TYPES) {
    const rules = RULES[type];
    if (rules.scope === undefined) continue;
    const separator = rules.separator === undefined ? '' : rules.separator === '' ? '(none)' : code(rules.separator);
    out.push(`| ${code(type)} | ${cell(rules.scope)} | ${separator} | ${rules.keepTail ? 'yes' : ''} |`);
  }
  out.push('');

  out.push('## Diagnostic codes', '', 'Problems with files, the naming configuration and blueprints. Each is reported with file, line and column (on a terminal, with the source line and a caret under the offending text, and a `help:` line when a fix can be suggested); `--format json` lists them under `errors` and `warnings`, with `hint` when there is one. `dpn explain CODE` prints one entry, name-rule codes included.', '');
  out.push('| Code | Meaning | Fix |', '| --- | --- | --- |');
  for (const { code: c, meaning, fix } of DIAGNOSTIC_CODES) out.push(`| ${code(c)} | ${cell(meaning)} | ${cell(fix)} |`);
  out.push('');

  out.push('## Run-time error codes', '', 'What a command stops with when the files are fine: a lock, a transaction, the state, a platform setting. Shown as `error: …` with a hint line (in the Action, as the step\'s failure); the exit status is 1, or 2 for `USAGE`. `dpn explain CODE` prints one entry.', '');
  out.push('| Code | Meaning | Fix |', '| --- | --- | --- |');
  for (const { code: c, meaning, fix } of RUN_CODES) out.push(`| ${code(c)} | ${cell(meaning)} | ${cell(fix)} |`);
  out.push('');

  out.push(
    '## Creation markers',
    '',
    'Every resource dpn creates names the transaction that created it (an id such as `20261204T190000Z-a1b2c3`), in metadata of the platform\'s own kind, written by the create call itself. A resource dpn adopted (the name was taken and the settings matched) never gets one. Updates, archive and unarchive keep it. `dpn read --format json` shows it as `live.createdBy`, never among the tags, parameters or properties dpn compares (so it is no drift), and a blueprint that sets one of these keys is refused.',
    '',
    '| Type | Where | Key | Written by |',
    '| --- | --- | --- | --- |',
  );
  for (const [type, m] of Object.entries(CREATION_MARKERS)) out.push(`| ${code(type)} | ${cell(m.place)} | ${code(m.key)} | ${cell(m.writtenBy)} |`);
  out.push(
    '',
    'Rollback and recovery delete a live resource only when the write-ahead log records that this transaction created it, or when the resource carries this transaction\'s marker. Anything else found under a planned name existed before the transaction: it is left in place, tags and all, and reported.',
    '',
    '**Never copy a marker onto another resource.** A copied marker makes the copy look made by that transaction, and recovering that transaction deletes it. Watch for copies that carry metadata along: a script that copies one bucket\'s tags to another, a Glue table created from another\'s `TableInput`, `CREATE TABLE … TBLPROPERTIES` copied from `SHOW TBLPROPERTIES`, cloning a Databricks job or cluster (the clone keeps its tags). Remove the key from any such copy.',
    '',
  );
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await renderReference();
  if (process.argv.includes('--check')) {
    const current = readFileSync(REFERENCE_PATH, 'utf8');
    if (current !== text) {
      console.error('docs/reference.md is out of date: run node --import tsx scripts/gen-reference.mjs');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(REFERENCE_PATH, text);
    console.error(`wrote ${REFERENCE_PATH}`);
  }
}
