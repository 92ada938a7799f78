import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Parses a verb's input, turning the first problem into an AppError that names the field it belongs to. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, fallbackField: string): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new AppError("invalid_input", issue.message, String(issue.path[0] ?? fallbackField));
}
