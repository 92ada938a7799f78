import type { AppError } from "@/lib/errors";

/**
 * What a page can say when a form's action was refused: the AppError codes, and the reasons that need a sentence of
 * their own. Actions redirect with one of these (?error=not_found), never with a message: a link carrying
 * ?error=<any sentence> would otherwise put words of anyone's choosing on a colleague's screen.
 */
export const REFUSALS = [
  "invalid_input",
  "unauthenticated",
  "not_found",
  "duplicate",
  "forbidden",
  "conflict",
  "too_many_requests",
  "too_large",
  "unprocessable",
  "unavailable",
  "last_admin",
  "own_account",
  "not_assignable",
] as const;
export type Refusal = (typeof REFUSALS)[number];

const isRefusal = (value: string | undefined): value is Refusal =>
  value !== undefined && (REFUSALS as readonly string[]).includes(value);

/** The code to put in the redirect for this refusal. */
export function refusalCode(error: AppError): Refusal {
  return isRefusal(error.reason) ? error.reason : error.code;
}

/** The refusal a query string names, or null; an unknown value is shown as a general refusal, never as text. */
export function readRefusal(value: string | undefined): Refusal | null {
  if (!value) return null;
  return isRefusal(value) ? value : "invalid_input";
}
