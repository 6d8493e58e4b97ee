// The errors the DynamoDB backend raises, one per failure a caller can act on.
// The gateway turns every DynamoDB exception into one of these, so nothing above
// it ever looks at an SDK error name.
import { UserError } from '../../errors.js';

/** Base of every backend error; `retryable` tells the gateway whether to try again. */
export class BackendError extends UserError {
  readonly retryable: boolean;
  constructor(message: string, code: string, options: { hint?: string; retryable?: boolean; cause?: unknown } = {}) {
    super(message, code, options.hint);
    this.name = 'BackendError';
    this.retryable = options.retryable ?? false;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** A condition did not hold: someone else holds the lock, or the item changed underneath us. */
export class ConflictError extends BackendError {
  constructor(
    message: string,
    cause?: unknown,
    /** The item as it stood when the condition failed, when the request asked for it. */
    readonly current?: Record<string, unknown>,
  ) {
    super(message, 'DYNAMODB_CONFLICT', { cause });
    this.name = 'ConflictError';
  }
}

/** Throttling or a server-side failure: worth trying again after a pause. */
export class RetryableError extends BackendError {
  constructor(message: string, cause?: unknown) {
    super(message, 'DYNAMODB_RETRYABLE', {
      retryable: true,
      cause,
      hint: 'DynamoDB throttled or failed the request; on-demand tables absorb bursts after a short while, retry the run',
    });
    this.name = 'RetryableError';
  }
}

/** DynamoDB (or our own pre-flight check) refused the request as malformed. */
export class BadRequestError extends BackendError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, 'DYNAMODB_BAD_REQUEST', options);
    this.name = 'BadRequestError';
  }
}

/** The table is missing: the backend was never initialised with this prefix. */
export class TableMissingError extends BackendError {
  constructor(readonly table: string, cause?: unknown) {
    super(`DynamoDB table "${table}" does not exist`, 'DYNAMODB_TABLE_MISSING', {
      cause,
      hint: `create the tables once with: dpn backend init --table-prefix ${table.replace(/-(locks|runs)$/, '')}`,
    });
    this.name = 'TableMissingError';
  }
}

/** Credentials missing or lacking a permission. */
export class AccessDeniedError extends BackendError {
  constructor(message: string, cause?: unknown) {
    super(message, 'DYNAMODB_ACCESS_DENIED', {
      cause,
      hint: 'check the AWS credentials and that their policy grants what `dpn backend policy` prints',
    });
    this.name = 'AccessDeniedError';
  }
}
