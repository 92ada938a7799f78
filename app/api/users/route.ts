import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";
import { createUser, type NewUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { CreatedUserResponseSchema, UserListResponseSchema } from "@/lib/users/user-api-schemas";

export const dynamic = "force-dynamic";

/** GET /api/users — admins only. */
export const GET = apiHandler("user.manage", async ({ actor }) => ({ users: await listUsers(getDb(), actor) }), {
  response: UserListResponseSchema,
});

/** POST /api/users {email, name, role, password?} — admins only; answers a one-time password when none was given. */
export const POST = apiHandler(
  "user.manage",
  async ({ actor, json }) => {
    const user = await createUser(getDb(), getAuth(), actor, await json<NewUser>());
    return { user, oneTimePassword: user.password };
  },
  { status: 201, maxBytes: 16 * 1024, response: CreatedUserResponseSchema },
);
