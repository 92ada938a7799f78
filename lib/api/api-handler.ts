import { NextResponse } from "next/server";
import type { z } from "zod";
import type { Action, Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { requireApiActor } from "./api-actor";

interface HandlerInput<P> {
  actor: Actor;
  params: P;
  request: Request;
  /** The request's JSON body, size-limited and checked before parsing; typed as the verb's input, which validates it. */
  json: <T>() => Promise<T>;
  /** The query string's parameters. */
  query: Record<string, string>;
}

interface HandlerOptions<S extends z.ZodType> {
  /**
   * 200 by default; 201 for a creation. 204 answers no body (the verb's result is not sent). A function of the result
   * when it depends on what happened ("created" or "duplicate").
   */
  status?: number | ((result: z.input<S>) => number);
  /** The largest JSON body read. */
  maxBytes?: number;
  /** The answer's schema: only the fields it names leave the server (jsonResponse). */
  response?: S;
}

/**
 * A route handler that checks the session or token and the role for `action` before anything else, runs one domain
 * verb and answers JSON (through its response schema when given), or the Response the verb built for a download;
 * every AppError becomes its 4xx. Keeps route files to the one line that names the verb.
 */
export function apiHandler<P extends Record<string, string>, S extends z.ZodType = z.ZodType>(
  action: Action,
  run: (input: HandlerInput<P>) => Promise<unknown>,
  { status = 200, maxBytes = 64 * 1024, response }: HandlerOptions<S> = {},
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await requireApiActor(request, action);
      const result = await run({
        actor,
        params: await context.params,
        request,
        json: async <T>() => {
          const body = await readJsonBody(request, maxBytes);
          // The verb's schema says which fields are wrong; a list, a string or null has no fields to speak of.
          if (typeof body !== "object" || body === null || Array.isArray(body))
            throw new AppError("invalid_input", "Send a JSON object.", "body", "not_object");
          return body as T;
        },
        query: Object.fromEntries(new URL(request.url).searchParams),
      });
      // A download streams its own response (headers, body) once the checks above let the request through.
      if (result instanceof Response) return result;
      const code = typeof status === "function" ? status(result as z.input<S>) : status;
      if (code === 204) return new NextResponse(null, { status: code });
      if (response) return jsonResponse(response, result as z.input<S>, code);
      return NextResponse.json(result ?? { ok: true }, { status: code });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
