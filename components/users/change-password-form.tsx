"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { changePasswordAction, type ChangePasswordState } from "@/actions/users/change-password";
import { LOCKOUT_WINDOW_MINUTES } from "@/lib/auth/login-lockout";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/**
 * Current password, new password and its repeat. On the settings page it shows the confirmation after a change
 * (`changed`); given `next` (after signing in with a one-time password) the action goes on to that page instead.
 * Errors are announced and tied to their field.
 */
export function ChangePasswordForm({ email, next, changed }: { email: string; next?: string; changed?: boolean }) {
  const t = useTranslations("password");
  const [state, action, isPending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const error = state.error;
  // A lock says for how long (it grows with each further round of guesses).
  const minutes = Number(error?.params?.minutes ?? LOCKOUT_WINDOW_MINUTES);
  const limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, minutes };
  const message = error
    ? t.has(`errors.${error.reason}` as "errors.mismatch")
      ? t(`errors.${error.reason}` as "errors.too_short", limits)
      : error.message
    : null;
  const field = (name: string, label: string, autoComplete: string, hint?: ReactNode) => {
    const hasError = error?.field === name;
    const describedBy = [hint ? `${name}-hint` : null, hasError ? `${name}-error` : null].filter(Boolean).join(" ");
    return (
      <Field htmlFor={name} label={label}>
        <input
          id={name}
          name={name}
          type="password"
          autoComplete={autoComplete}
          required
          minLength={name === "currentPassword" ? undefined : PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy || undefined}
        />
        {hint ? (
          <span className="field__hint" id={`${name}-hint`}>
            {hint}
          </span>
        ) : null}
        {hasError ? (
          <span className="field__error" id={`${name}-error`}>
            {message}
          </span>
        ) : null}
      </Field>
    );
  };
  return (
    <form
      action={action}
      className="form card"
      style={{ maxWidth: 480 }}
      aria-label={next !== undefined ? t("chooseTitle") : t("settingsTitle")}
      noValidate
    >
      <div aria-live="polite" role="status">
        {message ? <Notice tone="error">{message}</Notice> : null}
        {changed && !error ? <Notice tone="ok">{t("changed")}</Notice> : null}
      </div>
      {next !== undefined ? <input type="hidden" name="next" value={next} /> : null}
      {/* Tells password managers whose password this is, so they update the right entry. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {field("currentPassword", next !== undefined ? t("oneTime") : t("current"), "current-password")}
      {field("newPassword", t("new"), "new-password", t("hint", limits))}
      {field("repeatPassword", t("repeat"), "new-password")}
      <div>
        <Button type="submit" disabled={isPending}>
          {next !== undefined ? t("submitChoose") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
