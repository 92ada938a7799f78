import { translateDatabaseError } from "@/lib/db/translate-database-error";
import { AppError } from "@/lib/errors";

/**
 * What a form can say about what its action threw: a domain refusal, or the database busy or restarting ("nothing was
 * changed, try again"), which the API already answers with a 503 and forms used to show as a server error page.
 * Null for anything else: a bug, or Next.js' own redirect, which the action throws on.
 */
export function asActionError(thrown: unknown): AppError | null {
  return thrown instanceof AppError ? thrown : translateDatabaseError(thrown);
}

/** A refusal as the form field state the add-article and password forms show: the field it belongs to, and why. */
export function fieldRefusal(error: AppError, defaults: { field: string; reason?: string }) {
  return {
    field: error.field ?? defaults.field,
    reason: error.reason ?? defaults.reason ?? error.code,
    message: error.message,
    params: error.params,
  };
}
