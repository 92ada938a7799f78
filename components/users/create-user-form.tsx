"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createUserAction, type CreateUserState } from "@/actions/users/create-user";
import { ROLES } from "@/lib/auth/roles";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** Adds an account; the one-time password is shown here once and never stored in the clear. */
export function CreateUserForm() {
  const t = useTranslations("users");
  const tr = useTranslations("auth.roles");
  const [state, action, isPending] = useActionState<CreateUserState, FormData>(createUserAction, {});
  return (
    <form action={action} className="card form" style={{ maxWidth: "none" }} noValidate>
      <h2>{t("add")}</h2>
      <div aria-live="polite" role="status">
        {state.error ? <Notice tone="error">{state.error}</Notice> : null}
        {state.created ? (
          <Notice tone="ok">
            {t("created", { email: state.created.email })}
            {state.created.oneTimePassword ? (
              <>
                {" "}
                {t("oneTimePassword")} <code data-testid="one-time-password">{state.created.oneTimePassword}</code>
              </>
            ) : null}
          </Notice>
        ) : null}
      </div>
      <div className="form__row">
        <Field htmlFor="new-name" label={t("name")}>
          <input id="new-name" name="name" required />
        </Field>
        <Field htmlFor="new-email" label={t("email")}>
          <input id="new-email" name="email" type="email" required />
        </Field>
        <Field htmlFor="new-role" label={t("role")}>
          <select id="new-role" name="role" defaultValue="factchecker">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {t("addButton")}
        </Button>
      </div>
    </form>
  );
}
