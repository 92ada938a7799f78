/**
 * An error a person can act on. Domain functions throw it; actions, route handlers and the CLI turn it into a
 * message next to the form, a 4xx JSON body or one sentence on stderr — in one place each, never a 500.
 */
export type AppErrorCode =
  | "invalid_input"
  | "unauthenticated"
  | "not_found"
  | "duplicate"
  | "forbidden"
  | "conflict"
  | "too_many_requests"
  | "too_large"
  | "unprocessable"
  | "unavailable";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  too_many_requests: 429,
  too_large: 413,
  unprocessable: 422,
  not_found: 404,
  duplicate: 409,
  conflict: 409,
  unavailable: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The input field the message belongs to, for forms and API clients. */
    readonly field?: string,
    /** Why, as a stable key the interface translates ("empty", "too_large", "binary", …). */
    readonly reason?: string,
    /** The values the translated sentence needs beside its key (who changed what, a claim's label). */
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}
