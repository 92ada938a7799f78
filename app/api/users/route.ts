import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireApiActor } from "@/lib/api/api-actor";
import { errorResponse, jsonResponse } from "@/lib/http/json-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { createUser, type NewUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { CreatedUserResponseSchema, UserListResponseSchema } from "@/lib/users/user-api-schemas";

export const dynamic = "force-dynamic";
const BODY_LIMIT = 16 * 1024;

/** GET /api/users — admins only. */
export async function GET(request: Request) {
  try {
    const actor = await requireApiActor(request, "user.manage");
    return jsonResponse(UserListResponseSchema, { users: await listUsers(getDb(), actor) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST /api/users {email, name, role, password?} — admins only; answers a one-time password when none was given. */
export async function POST(request: Request) {
  try {
    const actor = await requireApiActor(request, "user.manage");
    const body = await readJsonBody(request, BODY_LIMIT);
    if (typeof body !== "object" || body === null) throw new AppError("invalid_input", "Send a JSON object.", "body");
    const user = await createUser(getDb(), getAuth(), actor, body as NewUser);
    return jsonResponse(CreatedUserResponseSchema, { user, oneTimePassword: user.password }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}
