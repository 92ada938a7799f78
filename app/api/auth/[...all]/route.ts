import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/json-response";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { withClientIp } from "@/lib/http/request-context";

export const dynamic = "force-dynamic";

/**
 * The only Better Auth endpoints anyone reaches over HTTP: sign in, sign out, read the session. Everything else it
 * could offer (account changes, sessions of others) is ours to do through lib/users, with its rules and audit log.
 */
const OPEN = { GET: ["/get-session"], POST: ["/sign-in/email", "/sign-out"] } as const;
/** An email, a password of at most 256 characters and a flag: far less than this. */
const MAX_BODY_BYTES = 8 * 1024;

const endpointOf = (request: Request) => new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/$/, "");
const notFound = () => errorResponse(new AppError("not_found", "There is no such endpoint."));

export async function GET(request: Request) {
  if (!(OPEN.GET as readonly string[]).includes(endpointOf(request))) return notFound();
  return toNextJsHandler(getAuth()).GET(new Request(request, { headers: withClientIp(request.headers) }));
}

export async function POST(request: Request) {
  if (!(OPEN.POST as readonly string[]).includes(endpointOf(request))) return notFound();
  try {
    // Counted as it streams in and cut off at the limit: Better Auth itself would hold any body in memory whole.
    const body = await readLimitedBody(request, MAX_BODY_BYTES);
    const headers = withClientIp(request.headers);
    // The body is whole now: how it came (length or chunks) no longer describes it.
    headers.delete("content-length");
    headers.delete("transfer-encoding");
    return await toNextJsHandler(getAuth()).POST(new Request(request.url, { method: "POST", headers, body }));
  } catch (error) {
    return errorResponse(error);
  }
}
