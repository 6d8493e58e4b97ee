// `dpn backend init` and `dpn backend policy`: create the DynamoDB backend's
// tables once per shared account, and print the IAM policy runners need.
import { UsageError } from '../../errors.js';
import { EXIT, type Command, type ParsedArgs } from '../command.js';
import { TABLE_PREFIX_OPTION, tablePrefix } from './runs.js';

function policyScope(args: ParsedArgs): { region?: string; account?: string } {
  const account = args.values.account as string | undefined;
  const region = args.values.region as string | undefined;
  if (account !== undefined && !/^\d{12}$/.test(account)) throw new UsageError(`--account must be a 12-digit AWS account id, got "${account}"`);
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new UsageError(`--region must be an AWS region like eu-west-1, got "${region}"`);
  return { ...(account ? { account } : {}), ...(region ? { region } : {}) };
}

export const backendInitCommand: Command = {
  path: ['backend', 'init'],
  summary: 'Create the DynamoDB lock and run-history tables (idempotent) and print the IAM policy they need',
  usage: '--table-prefix P [--account ID] [--region R] [--format text|json]',
  options: { ...TABLE_PREFIX_OPTION, account: { type: 'string' }, region: { type: 'string' }, format: { type: 'string' } },
  async run(args, io) {
    const prefix = tablePrefix(args, io);
    const scope = policyScope(args);
    const output = (args.values.format as string | undefined) ?? 'text';
    if (output !== 'text' && output !== 'json') throw new UsageError(`--format must be text or json, got "${output}"`);
    const { initDynamoBackend, iamPolicy, LOCK_TTL_ATTRIBUTE } = await import('../../backend/dynamodb/index.js');
    const env = scope.region ? { ...io.env, AWS_REGION: scope.region } : io.env;
    const tables = await initDynamoBackend({ tablePrefix: prefix, env });
    const policy = iamPolicy(prefix, scope);
    if (output === 'json') {
      io.stdout.write(`${JSON.stringify({ tables, policy }, null, 2)}\n`);
      return EXIT.ok;
    }
    for (const table of tables) {
      const ttl = table.ttlEnabled ? ` (TTL on "${LOCK_TTL_ATTRIBUTE}")` : '';
      io.stdout.write(`${table.created ? 'created' : 'exists '}  ${table.table}${ttl}\n`);
    }
    io.stdout.write(
      '\nGrant runners (and whoever runs `dpn backend init`) this IAM policy; the last statement is only for init:\n\n',
    );
    io.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
    return EXIT.ok;
  },
};

export const backendPolicyCommand: Command = {
  path: ['backend', 'policy'],
  summary: 'Print the IAM policy the DynamoDB backend needs (no AWS call)',
  usage: '--table-prefix P [--account ID] [--region R]',
  options: { ...TABLE_PREFIX_OPTION, account: { type: 'string' }, region: { type: 'string' } },
  async run(args, io) {
    const prefix = tablePrefix(args, io);
    const scope = policyScope(args);
    const { iamPolicy } = await import('../../backend/dynamodb/tables.js');
    io.stdout.write(`${JSON.stringify(iamPolicy(prefix, scope), null, 2)}\n`);
    return EXIT.ok;
  },
};
