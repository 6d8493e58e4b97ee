// Everything that can be known before a transaction's first side effect,
// checked before `begin` in every face (DESIGN.md, "Preflight"). One list: a
// new platform adds its check here. Each problem says what to do, in the
// words of the face that runs it (a laptop or a workflow).
import { platformLimits } from '../blueprint/platform-limits.js';
import type { Plan } from '../plan/types.js';
import type { ResourceSpec } from '../blueprint/types.js';
import type { DriverRegistry } from '../providers/driver.js';
import { AWS_TYPES, DATABRICKS_TYPES, configurationProblems, isBuiltFromEnvironment } from '../providers/registry.js';
import type { FaceKind } from './types.js';

export interface PreflightProblem {
  code: string;
  message: string;
  /** blueprint file:line, when one resource is the cause */
  at?: string;
}

interface PreflightContext {
  plan: Plan;
  drivers: DriverRegistry;
  env: NodeJS.ProcessEnv;
  face: FaceKind;
}

interface PreflightCheck {
  /** Whether the plan writes anything this check is about. */
  applies(plan: Plan): boolean;
  run(ctx: PreflightContext): Promise<PreflightProblem[]>;
}

/** Operations that reach a platform (a state-only update or a retain does not). */
function writes(plan: Plan, types: readonly string[]): boolean {
  return plan.operations.some((op) => op.action !== 'noop' && op.action !== 'retain' && !op.stateOnly && types.includes(op.type));
}

function created(plan: Plan): ResourceSpec[] {
  const out: ResourceSpec[] = [];
  for (const op of plan.operations) if ((op.action === 'create' || op.action === 'replace' || op.action === 'update') && op.desired) out.push(op.desired);
  return out;
}

const CHECKS: PreflightCheck[] = [
  {
    // What the platform would refuse outright; preview shows the same as warnings.
    applies: (plan) => writes(plan, ['dbx_table']),
    async run({ plan }) {
      return platformLimits(created(plan)).map((d) => ({ code: d.code, message: d.message, at: `${d.file}:${d.line}` }));
    },
  },
  {
    applies: (plan) => writes(plan, AWS_TYPES),
    async run({ env, drivers, face }) {
      // Drivers built some other way (tests, embedders) carry their own credentials.
      if (!isBuiltFromEnvironment(drivers)) return [];
      const { resolveAwsCredentials } = await import('../providers/aws/credentials.js');
      const why = await resolveAwsCredentials(env);
      if (!why) return [];
      const fix =
        face === 'action'
          ? 'add the aws-actions/configure-aws-credentials step before dpn (with `permissions: id-token: write` for OIDC)'
          : 'set AWS_PROFILE to a configured profile (`aws sso login --profile NAME` for SSO), or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
      return [{ code: 'AWS_CREDENTIALS', message: `no AWS credentials could be resolved (${why}): ${fix}` }];
    },
  },
  {
    applies: (plan) => writes(plan, DATABRICKS_TYPES),
    async run({ plan, drivers }) {
      return (await configurationProblems(plan, drivers)).map((message) => ({ code: 'PROVIDER_CONFIG', message }));
    },
  },
];

export async function preflight(ctx: PreflightContext): Promise<PreflightProblem[]> {
  const out: PreflightProblem[] = [];
  for (const check of CHECKS) if (check.applies(ctx.plan)) out.push(...(await check.run(ctx)));
  return out;
}
