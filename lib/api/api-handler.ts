import { NextResponse } from "next/server";
import type { Action, Actor } from "@/lib/auth/permissions";
import { requireApiActor } from "./api-actor";
import { errorResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";

interface HandlerInput<P> {
  actor: Actor;
  params: P;
  request: Request;
  /** The request's JSON body, size-limited and checked before parsing; typed as the verb's input, which validates it. */
  json: <T>() => Promise<T>;
  /** The query string's parameters. */
  query: Record<string, string>;
}

/**
 * A route handler that checks the session or token and the role for `action` before anything else, runs one domain
 * verb and answers JSON; every AppError becomes its 4xx. Keeps route files to the one line that names the verb.
 */
export function apiHandler<P extends Record<string, string>>(
  action: Action,
  run: (input: HandlerInput<P>) => Promise<unknown>,
  { status = 200, maxBytes = 64 * 1024 } = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<NextResponse> => {
    try {
      const actor = await requireApiActor(request, action);
      const result = await run({
        actor,
        params: await context.params,
        request,
        json: async <T>() => {
          const body = await readJsonBody(request, maxBytes);
          return (typeof body === "object" && body !== null && !Array.isArray(body) ? body : {}) as T;
        },
        query: Object.fromEntries(new URL(request.url).searchParams),
      });
      return NextResponse.json(result ?? { ok: true }, { status });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
