import { NextResponse } from "next/server";
import type { z } from "zod";
import { translateDatabaseError } from "@/lib/db/translate-database-error";
import { AppError } from "@/lib/errors";

/** A JSON body parsed through its response schema first: only the fields the schema names leave the server. */
export function jsonResponse<T extends z.ZodType>(schema: T, data: z.input<T>, status = 200): NextResponse {
  return NextResponse.json(schema.parse(data), { status });
}

/** The one place an error becomes an HTTP answer: a 4xx with the message and field, never a stack trace. */
export function errorResponse(thrown: unknown): NextResponse {
  // Our own refusals first: their messages may quote what a person typed (a name), never a database's error.
  const error = thrown instanceof AppError ? thrown : (translateDatabaseError(thrown) ?? thrown);
  if (error instanceof AppError) {
    return NextResponse.json(
      {
        error: {
          code: error.code,
          message: error.message,
          field: error.field ?? null,
          reason: error.reason ?? null,
          // The values the reason's sentence names (a host, an HTTP status), for a client that words it itself.
          ...(error.params ? { params: error.params } : {}),
        },
      },
      { status: error.status, headers: error.code === "unavailable" ? { "retry-after": "2" } : {} },
    );
  }
  console.error(error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on the server." } },
    { status: 500 },
  );
}
