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
