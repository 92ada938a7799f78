"use server";

import { asActionError, fieldRefusal } from "@/actions/action-error";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { localPath } from "@/lib/http/local-path";
import { changeOwnPassword } from "@/lib/users/change-own-password";

export interface ChangePasswordState {
  error?: { field: string; reason: string; message: string; params?: Record<string, string> };
}

/** Where the settings page confirms a change. */
const PASSWORD_CHANGED_PATH = "/settings?password=changed";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * Changes the signed-in person's own password (settings page, and the page that replaces a one-time password).
 * Checks the session itself; everything else is changeOwnPassword's. After a one-time password the person goes on
 * to the page they first asked for, otherwise back to the settings to see it confirmed. Always a redirect: the
 * change replaced this browser's session, and only a new request carries the new session cookie (a page rendered
 * in this response would still see the old one, and send the person to sign in).
 */
export async function changePasswordAction(
  _previous: ChangePasswordState,
  form: FormData,
): Promise<ChangePasswordState> {
  try {
    const actor = await requireActionActor("account.password");
    await changeOwnPassword(
      getDb(),
      getAuth(),
      actor,
      {
        currentPassword: text(form, "currentPassword"),
        newPassword: text(form, "newPassword"),
        repeatPassword: text(form, "repeatPassword"),
      },
      await headers(),
    );
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    return {
      error: fieldRefusal(error, { field: "newPassword", reason: "invalid" }),
    };
  }
  redirect(form.has("next") ? localPath(form.get("next")) : PASSWORD_CHANGED_PATH);
}
