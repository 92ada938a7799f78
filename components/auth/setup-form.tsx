"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setupAction, type SetupFormState } from "@/actions/auth/setup";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function SetupForm() {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState<SetupFormState, FormData>(setupAction, {});
  const errorFor = (field: string) =>
    state.error?.field === field ? (
      <span className="field__error" id={`${field}-error`}>
        {state.error.message}
      </span>
    ) : null;
  return (
    <form action={action} className="form card" style={{ maxWidth: 480 }} noValidate>
      <div aria-live="polite" role="status">
        {state.error ? <Notice tone="error">{state.error.message}</Notice> : null}
      </div>
      <Field htmlFor="name" label={t("name")}>
        <input id="name" name="name" defaultValue={state.values?.name} required autoComplete="name" />
        {errorFor("name")}
      </Field>
      <Field htmlFor="email" label={t("email")}>
        <input
          id="email"
          name="email"
          type="email"
          defaultValue={state.values?.email}
          required
          autoComplete="username"
        />
        {errorFor("email")}
      </Field>
      <Field htmlFor="password" label={t("newPassword")}>
        <input
          id="password"
          name="password"
          type="password"
          minLength={PASSWORD_MIN_LENGTH}
          required
          autoComplete="new-password"
          aria-describedby="password-hint"
        />
        <span className="field__hint" id="password-hint">
          {t("passwordHint")}
        </span>
        {errorFor("password")}
      </Field>
      <div>
        <Button type="submit" disabled={isPending}>
          {t("createAdmin")}
        </Button>
      </div>
    </form>
  );
}
