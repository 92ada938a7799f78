"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction, type ResetPasswordState } from "@/actions/users/reset-password";

/** Sets a new one-time password for an account and shows it once, beside the button. */
export function ResetPasswordButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("users");
  const [state, action, isPending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, {});
  return (
    <form action={action} style={{ display: "grid", gap: "0.3rem" }}>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={isPending} aria-label={t("resetPasswordOf", { name })}>
        {t("resetPassword")}
      </button>
      <span aria-live="polite" style={{ fontSize: "0.85rem" }}>
        {state.error ? <span className="field__error">{state.error}</span> : null}
        {state.reset ? (
          <>
            {t("newPassword")} <code data-testid="reset-password">{state.reset.password}</code>
          </>
        ) : null}
      </span>
    </form>
  );
}
