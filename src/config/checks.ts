// Checks on the naming files that neither JSON Schema nor the naming engine
// makes: variables a pattern needs that nothing provides, contradictory case
// lists, an environment section that names another environment.
import type { ResourceType } from '../naming/types.js';
import { error, locate, type Diagnostic, type SourceDocument } from '../source/index.js';
import { closest } from '../source/suggest.js';
import { BLUEPRINT_VARIABLES } from './variables.js';

type Json = Record<string, unknown>;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Variables named by `{...}` in a pattern, or the syntax problem that stops reading it. */
export function placeholders(pattern: string): { variables: string[]; problem?: string } {
  const variables: string[] = [];
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!VARIABLE.test(name)) return { variables, problem: `placeholder {${name}} is not a variable name` };
    variables.push(name);
  }
  const rest = pattern.replace(PLACEHOLDER, '');
  if (rest.includes('{') || rest.includes('}')) return { variables, problem: 'has an unmatched { or }' };
  return { variables };
}

export function checkValuesDocument(doc: SourceDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const environments = ((doc.data as Json).environments ?? {}) as Record<string, Record<string, string>>;
  for (const [env, values] of Object.entries(environments)) {
    const named = values.environment;
    if (named !== undefined && named !== env) {
      out.push({
        ...locate(doc, ['environments', env, 'environment']),
        code: 'CONFIG_ENVIRONMENT_MISMATCH',
        message: `environments.${env} sets environment to '${named}'; blueprint metadata overrides it, so names still say '${env}'`,
        severity: 'warning',
      });
    }
  }
  return out;
}

export function checkPatternsDocument(doc: SourceDocument, valuesDoc: SourceDocument | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const data = doc.data as Json;
  const patterns = (data.patterns ?? {}) as Record<string, string>;
  const values = (valuesDoc?.data ?? {}) as Json;
  const provided = new Set<string>(['region_short']);
  const addKeys = (map: unknown) => {
    if (map && typeof map === 'object') for (const key of Object.keys(map)) provided.add(key);
  };
  addKeys(values.defaults);
  for (const env of Object.values((values.environments ?? {}) as Json)) addKeys(env);
  for (const [type, pattern] of Object.entries(patterns)) {
    const fromBlueprint = BLUEPRINT_VARIABLES[type as ResourceType];
    const { variables, problem } = placeholders(pattern);
    // Syntax problems are the naming engine's to report (NAMING_CONFIG_PATTERN).
    if (!fromBlueprint || problem) continue;
    const typeValues = ((values.resource_types ?? {}) as Json)[type];
    const missing = variables.filter(
      (v) => !provided.has(v) && !fromBlueprint.includes(v) && !(typeValues && Object.hasOwn(typeValues, v)),
    );
    for (const variable of missing) {
      const known = [...provided, ...fromBlueprint, ...Object.keys((typeValues ?? {}) as Json)];
      const guess = closest(variable, known);
      out.push({
        ...locate(doc, ['patterns', type]),
        code: 'CONFIG_UNKNOWN_VARIABLE',
        message: `pattern for ${type} uses {${variable}}, which neither the naming values nor a ${type} in a blueprint provides (an --override can)`,
        severity: 'warning',
        ...(guess ? { hint: `did you mean {${guess}}?` } : {}),
      });
    }
  }
  const transformations = (data.transformations ?? {}) as Json;
  const lower = new Set((transformations.lowercase ?? []) as string[]);
  ((transformations.uppercase ?? []) as string[]).forEach((variable, i) => {
    if (lower.has(variable)) {
      out.push(
        error(
          'CONFIG_CASE_CONFLICT',
          `${variable} is in both transformations.lowercase and transformations.uppercase`,
          locate(doc, ['transformations', 'uppercase', i]),
        ),
      );
    }
  });
  return out;
}
