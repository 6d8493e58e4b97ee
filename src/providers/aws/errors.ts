// Turns whatever the AWS SDK (or the network under it) throws into a ProviderError
// whose kind tells the engine what to do: retry, stop, or explain to the user.
// Messages name the resource and the operation and never carry credentials.
import { ProviderError } from '../driver.js';

type Kind = ProviderError['kind'];

const TRANSIENT_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'SlowDown',
  'TooManyRequests',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalError',
  'InternalFailure',
  'InternalServiceException',
  'InternalServerError',
  'OperationTimeoutException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  // Glue: another writer touched the same entity; a later attempt sees the new version.
  'ConcurrentModificationException',
  // S3: "a conflicting conditional operation is currently in progress" (bucket being created/deleted).
  'OperationAborted',
]);

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_HTTP2_STREAM_ERROR',
]);

const PERMISSION_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'Forbidden',
  'AllAccessDisabled',
  'AccountProblem',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidToken',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'MissingAuthenticationToken',
  'CredentialsProviderError',
]);

const CONFLICT_CODES = new Set([
  'BucketAlreadyExists',
  'BucketAlreadyOwnedByYou',
  'AlreadyExistsException',
  'BucketNotEmpty',
  'ResourceInUseException',
]);

const NOT_FOUND_CODES = new Set([
  'NoSuchBucket',
  'NotFound',
  'EntityNotFoundException',
  'ResourceNotFoundException',
  'NoSuchKey',
]);

const INVALID_CODES = new Set([
  'InvalidBucketName',
  'InvalidArgument',
  'InvalidRequest',
  'InvalidInputException',
  'ValidationException',
  'MalformedXML',
  'InvalidLocationConstraint',
  'IllegalLocationConstraintException',
  'InvalidTag',
  'InvalidBucketState',
  'IllegalVersioningConfigurationException',
  'InvalidStorageClass',
  'SerializationException',
]);

const QUOTA_CODES = new Set(['TooManyBuckets', 'ResourceNumberLimitExceededException']);

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  cause?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $response?: { statusCode?: unknown; headers?: Record<string, unknown> };
}

function shape(error: unknown): ErrorShape {
  return typeof error === 'object' && error !== null ? (error as ErrorShape) : {};
}

/** The error code AWS (or Node) gave: `NoSuchBucket`, `ThrottlingException`, `ECONNRESET`… */
export function errorCode(error: unknown): string | undefined {
  const e = shape(error);
  for (const candidate of [e.Code, e.code, e.name]) {
    if (typeof candidate === 'string' && candidate !== '' && candidate !== 'Error') return candidate;
  }
  return undefined;
}

/** The HTTP status of the failed response, when there was one. */
export function httpStatus(error: unknown): number | undefined {
  const e = shape(error);
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** True when the error says the thing looked up does not exist. */
export function isNotFound(error: unknown, ...codes: string[]): boolean {
  const code = errorCode(error);
  if (code !== undefined && (codes.includes(code) || NOT_FOUND_CODES.has(code))) return true;
  return httpStatus(error) === 404;
}

/** Node system errors hide their code in `cause` when undici or the SDK wraps them. */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  const e = shape(error);
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
  if (typeof e.message === 'string' && /socket hang up|other side closed/i.test(e.message)) {
    return 'ECONNRESET';
  }
  return e.cause === undefined ? undefined : networkCode(e.cause, depth + 1);
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(error: unknown, now: () => number = Date.now): number | undefined {
  const headers = shape(error).$response?.headers;
  if (!headers) return undefined;
  const raw = Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim()) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}

// Access key ids and anything shaped like a signature or secret must never reach a log.
const SECRET_PATTERNS: RegExp[] = [
  /\b(?:AKIA|ASIA|AIDA|AROA)[A-Z0-9]{16}\b/g,
  /(aws_secret_access_key|aws_session_token|x-amz-security-token|signature|credential)\s*[=:]\s*\S+/gi,
  /<(StringToSign|CanonicalRequest|SignatureProvided|AWSAccessKeyId)[^>]*>[\s\S]*?<\/\1>/gi,
];

export function redact(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match, key: unknown) => {
      if (typeof key !== 'string') return '[redacted]';
      return match.startsWith('<') ? `<${key}>[redacted]</${key}>` : `${key}=[redacted]`;
    });
  }
  return out;
}

function classify(code: string | undefined, status: number | undefined, network: string | undefined): Kind {
  if (code === 'AbortError') return 'fatal';
  if (network !== undefined) return 'transient';
  if (code !== undefined) {
    if (TRANSIENT_CODES.has(code)) return 'transient';
    if (PERMISSION_CODES.has(code)) return 'permission';
    if (CONFLICT_CODES.has(code)) return 'conflict';
    if (NOT_FOUND_CODES.has(code)) return 'not_found';
    if (INVALID_CODES.has(code)) return 'invalid';
    if (QUOTA_CODES.has(code)) return 'fatal';
  }
  if (status !== undefined) {
    if (status === 429 || status >= 500) return 'transient';
    if (status === 401 || status === 403) return 'permission';
    if (status === 404) return 'not_found';
    if (status === 409) return 'conflict';
    if (status >= 400) return 'invalid';
  }
  return 'fatal';
}

function reason(error: unknown, code: string | undefined, status: number | undefined, kind: Kind): string {
  const raw = shape(error).message;
  const text = typeof raw === 'string' && raw !== '' && raw !== 'UnknownError' ? redact(raw) : undefined;
  const label = [code, status === undefined ? undefined : `HTTP ${status}`].filter(Boolean).join(', ');
  const base = text ? (label ? `${text} (${label})` : text) : label || 'unknown error';
  switch (code) {
    case 'BucketAlreadyExists':
      return `${base}. S3 bucket names are global across all AWS accounts in the partition and this one belongs to another account; change the naming values (project, purpose) so the generated name is unique`;
    case 'AbortError':
      return 'cancelled';
    case 'CredentialsProviderError':
      return `no AWS credentials found (${text ?? 'default provider chain'}); configure them, e.g. with aws-actions/configure-aws-credentials`;
    default:
      break;
  }
  if (kind === 'permission') return `${base}; the credentials in use lack the permission for this call`;
  return base;
}

function connectionFailure(error: unknown, network: string): string {
  const raw = shape(error).message;
  const text = typeof raw === 'string' && raw !== '' ? `: ${redact(raw)}` : '';
  return `connection failed (${network})${text}`;
}

/**
 * Wraps any failure of `operation` on `subject` (e.g. "S3 bucket 'x'", "create") as a
 * ProviderError. A ProviderError passes through unchanged.
 */
export function toProviderError(error: unknown, subject: string, operation: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const code = errorCode(error);
  const status = httpStatus(error);
  const network = networkCode(error);
  const kind = classify(code, status, network);
  const details: ConstructorParameters<typeof ProviderError>[2] = {};
  const detailCode = network ?? code;
  if (detailCode !== undefined) details.code = detailCode;
  if (status !== undefined) details.status = status;
  const wait = retryAfterMs(error);
  if (wait !== undefined) details.retryAfterMs = wait;
  const why = network !== undefined ? connectionFailure(error, network) : reason(error, code, status, kind);
  return new ProviderError(`${subject}: ${operation} failed: ${why}`, kind, details);
}

/** Runs one SDK call, converting its failure into a ProviderError for the engine. */
export async function attempt<T>(subject: string, operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toProviderError(error, subject, operation);
  }
}

/**
 * The writes one driver call has made so far. The engine takes a 'conflict',
 * 'invalid', 'permission' or 'not_found' failure to mean the call changed nothing
 * and skips compensating it; once a write went through that is no longer true, so
 * such a failure is escalated to 'fatal' and says what was already changed.
 */
export class Changes {
  private readonly done: string[] = [];

  add(api: string): void {
    this.done.push(api);
  }

  get any(): boolean {
    return this.done.length > 0;
  }

  escalate(error: unknown): unknown {
    if (!(error instanceof ProviderError) || this.done.length === 0) return error;
    if (error.kind === 'transient' || error.kind === 'fatal') return error;
    return new ProviderError(
      `${error.message} (${error.kind}, after this call had already made: ${this.done.join(', ')})`,
      'fatal',
      error.details,
    );
  }
}

/** One public driver call (create, update, archive…) and the writes it made. */
export interface Op {
  name: string;
  changes: Changes;
}

export function newOp(name: string): Op {
  return { name, changes: new Changes() };
}

/** Runs one write of `op`, converting its failure and remembering its success. */
export async function write<T>(subject: string, op: Op, api: string, run: () => Promise<T>): Promise<T> {
  const result = await attempt(subject, `${op.name} (${api})`, run);
  op.changes.add(api);
  return result;
}
