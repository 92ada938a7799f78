import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** The reason code a refusal of `field` carries, for forms to say it in the reader's language (messages/*.json). */
export type RefusalReasonOf = (field: string) => string | undefined;

/** Parses a verb's input, turning the first problem into an AppError that names the field it belongs to. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  fallbackField: string,
  reasonOf?: RefusalReasonOf,
): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? fallbackField);
  throw new AppError("invalid_input", issue.message, field, reasonOf?.(field));
}

/**
 * A page's filter from its query string, or — when it cannot be read — the schema's defaults with the reason in words:
 * a page shows everything and says why, rather than nothing.
 */
export function parseFilter<T extends z.ZodType>(
  schema: T,
  query: unknown,
): { filter: z.output<T>; filterError: string | null } {
  const parsed = schema.safeParse(query);
  if (parsed.success) return { filter: parsed.data, filterError: null };
  return { filter: schema.parse({}), filterError: parsed.error.issues[0]?.message ?? null };
}
