import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/api/api-handler";
import { changeOwnPassword, type PasswordChange } from "@/lib/users/change-own-password";

export const dynamic = "force-dynamic";

/**
 * POST /api/account/password {currentPassword, newPassword, repeatPassword} — the signed-in person's own password.
 * Better Auth changes it for the session in the cookie, so an API token (which could belong to someone else than
 * that cookie's session) is refused.
 */
export const POST = apiHandler(
  "account.password",
  async ({ actor, request, json }) => {
    if (request.headers.has("authorization"))
      throw new AppError("forbidden", "An API token cannot change a password: sign in and change it there.");
    await changeOwnPassword(getDb(), getAuth(), actor, await json<PasswordChange>(), request.headers);
    return { ok: true };
  },
  { maxBytes: 4096 },
);
