// The naming-values.yaml `dpn config init` writes: the built-in values with the
// answers v1.0's init took (project, environment, region, team, cost center,
// the resource types to list), and v1.0's "1,3-5" / "all" type selection.
import { DEFAULT_PATTERNS_DOCUMENT, DEFAULT_VALUES_DOCUMENT, isResourceType, regionCode, type ResourceType } from '../naming/index.js';

export interface InitAnswers {
  project?: string;
  environment?: string;
  region?: string;
  team?: string;
  cost_center?: string;
  /** Types for resource_types; undefined keeps the built-in section. */
  resourceTypes?: ResourceType[];
}

export const INIT_ENVIRONMENTS = ['dev', 'stg', 'prd'] as const;

/** The types in the order v1.0's init numbered them: the patterns file's order. */
export const SELECTABLE_TYPES: readonly ResourceType[] = Object.keys(DEFAULT_PATTERNS_DOCUMENT.patterns).filter(isResourceType);

/** v1.0 lowercased the project and turned spaces into hyphens before writing it. */
export function normaliseProject(value: string): string {
  return value.trim().toLowerCase().replaceAll(' ', '-');
}

/** What is wrong with one answer, or undefined. */
export function answerProblem(key: 'project' | 'environment' | 'region' | 'team' | 'cost_center', value: string): string | undefined {
  switch (key) {
    case 'project':
      return /^[a-z0-9-]+$/.test(value) ? undefined : `project must be lowercase letters, digits and hyphens, got "${value}"`;
    case 'environment':
      return (INIT_ENVIRONMENTS as readonly string[]).includes(value) ? undefined : `environment must be one of ${INIT_ENVIRONMENTS.join(', ')}, got "${value}"`;
    case 'region':
      return /^[a-z]+(-[a-z]+)+-[0-9]+$/.test(value) ? undefined : `region must look like us-east-1, got "${value}"`;
    default:
      return /\S/.test(value) ? undefined : `${key.replace('_', ' ')} must not be empty`;
  }
}

/**
 * v1.0's selection: "all", numbers ("1,3,5"), ranges ("1-5") or a mix, counted
 * from 1 in SELECTABLE_TYPES; dpn also takes type keys. Entries it cannot read
 * are returned in `ignored`, as v1.0 warned and went on.
 */
export function parseTypeSelection(selection: string): { types: ResourceType[]; ignored: string[] } {
  const text = selection.trim().toLowerCase();
  if (text === 'all') return { types: [...SELECTABLE_TYPES], ignored: [] };
  const chosen = new Set<number>();
  const ignored: string[] = [];
  const index = (n: number) => (Number.isInteger(n) && n >= 1 && n <= SELECTABLE_TYPES.length ? n - 1 : undefined);
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (isResourceType(part)) {
      chosen.add(SELECTABLE_TYPES.indexOf(part));
      continue;
    }
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      let any = false;
      for (let n = from; n <= to; n++) {
        const i = index(n);
        if (i !== undefined) (chosen.add(i), (any = true));
      }
      if (!any) ignored.push(part);
    } else if (/^\d+$/.test(part) && index(Number(part)) !== undefined) {
      chosen.add(index(Number(part))!);
    } else {
      ignored.push(part);
    }
  }
  return { types: [...chosen].sort((a, b) => a - b).map((i) => SELECTABLE_TYPES[i]!), ignored };
}

/** The values document for `answers`; with none, exactly the built-in one. */
export function initialValuesDocument(answers: InitAnswers): Record<string, unknown> {
  const defaults: Record<string, string> = { ...DEFAULT_VALUES_DOCUMENT.defaults };
  if (answers.project !== undefined) defaults.project = answers.project;
  if (answers.environment !== undefined) defaults.environment = answers.environment;
  if (answers.region !== undefined) {
    defaults.region = answers.region;
    // The built-in region_short belongs to the built-in region; keep the pair consistent.
    const code = regionCode(answers.region);
    if (code !== undefined) defaults.region_short = code;
    else delete defaults.region_short;
  }
  if (answers.team !== undefined) defaults.team = answers.team;
  if (answers.cost_center !== undefined) defaults.cost_center = answers.cost_center;
  const builtIn = DEFAULT_VALUES_DOCUMENT.resource_types as Partial<Record<ResourceType, Record<string, string>>>;
  const resourceTypes =
    answers.resourceTypes === undefined
      ? builtIn
      : Object.fromEntries(answers.resourceTypes.map((type) => [type, { ...(builtIn[type] ?? {}) }]));
  return { version: '1.0', defaults, environments: DEFAULT_VALUES_DOCUMENT.environments, resource_types: resourceTypes };
}
