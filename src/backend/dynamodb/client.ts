// Builds the DynamoDB client from an environment, the one place that reads
// AWS_* variables for this backend. The SDK's own retries are switched off
// (maxAttempts 1) because the gateway retries with its own, testable policy;
// two layers of retries would multiply the attempts a throttled runner makes.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The endpoint this environment points DynamoDB at, if any (local emulators, VPC endpoints). */
export function dynamoEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  const endpoint = env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL;
  return endpoint ? endpoint : undefined;
}

export interface ClientTimeouts {
  /** A request without an answer after this long fails as retryable (default 10 s: items are small). */
  requestTimeoutMs?: number;
  connectionTimeoutMs?: number;
}

export function createDynamoClient(env: NodeJS.ProcessEnv = process.env, timeouts: ClientTimeouts = {}): DynamoDBClient {
  const endpoint = dynamoEndpoint(env);
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  return new DynamoDBClient({
    maxAttempts: 1,
    // A hung renewal would hold up release and outlive the lease; without
    // throwOnRequestTimeout the handler only logs a warning and keeps waiting.
    requestHandler: {
      requestTimeout: timeouts.requestTimeoutMs ?? 10_000,
      connectionTimeout: timeouts.connectionTimeoutMs ?? 3_000,
      throwOnRequestTimeout: true,
    },
    ...(endpoint ? { endpoint } : {}),
    ...(region ? { region } : {}),
    // An explicit environment (tests, the action's inputs) must win over whatever
    // the process inherited; without keys here the SDK's default chain applies.
    ...(accessKeyId && secretAccessKey
      ? {
          credentials: {
            accessKeyId,
            secretAccessKey,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : {}),
  });
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
    unmarshallOptions: { wrapNumbers: false },
  });
}
