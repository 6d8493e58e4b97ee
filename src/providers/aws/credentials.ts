// Preflight for AWS: can the SDK's default chain (environment, profile, SSO,
// web identity, container or instance role) produce credentials? Resolving
// them makes no call to an AWS service, so a plan fails before `begin`
// instead of on its first request.
import { AwsClients, type Env } from './clients.js';

export async function resolveAwsCredentials(env: Env): Promise<string | undefined> {
  const clients = new AwsClients({ env, maxAttempts: 1, connectionTimeoutMs: 2_000 });
  try {
    await clients.s3Client(clients.defaultRegion).config.credentials();
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'no credentials';
  } finally {
    clients.destroy();
  }
}
