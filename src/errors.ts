// The base of every error a user can act on. Entry points print `message` (and
// `hint`) without a stack trace; anything else is a bug and keeps its stack.

export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Bad command-line usage: exit status 2. */
export class UsageError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, 'USAGE', hint);
    this.name = 'UsageError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
