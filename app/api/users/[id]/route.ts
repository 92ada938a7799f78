import { getDb } from "@/lib/db/client";
import { apiHandler } from "@/lib/api/api-handler";
import { updateUserAccess, type UserAccessChange } from "@/lib/users/update-user-access";

export const dynamic = "force-dynamic";

/** PATCH /api/users/:id {role?, disabled?} — admins only. */
export const PATCH = apiHandler<{ id: string }>(
  "user.manage",
  async ({ actor, params, json }) =>
    updateUserAccess(getDb(), actor, { ...(await json<UserAccessChange>()), userId: params.id }),
  { status: 204, maxBytes: 4096 },
);
