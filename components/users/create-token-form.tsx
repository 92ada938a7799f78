"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createTokenAction, type CreateTokenState } from "@/actions/tokens/create-token";
import { Notice } from "@/components/ui/notice";
import { TOKEN_NAME_MAX } from "@/lib/tokens/token-limits";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** Creates an API token; it is shown here once and cannot be read again later. */
export function CreateTokenForm() {
  const t = useTranslations("settings");
  const [state, action, isPending] = useActionState<CreateTokenState, FormData>(createTokenAction, {});
  return (
    <form action={action} className="card form" style={{ maxWidth: 720 }} noValidate>
      <div aria-live="polite" role="status">
        {state.error ? <Notice tone="error">{state.error}</Notice> : null}
        {state.token ? (
          <Notice tone="ok">
            {t("tokenShownOnce")}{" "}
            <code data-testid="new-token" style={{ overflowWrap: "anywhere" }}>
              {state.token}
            </code>
          </Notice>
        ) : null}
      </div>
      <Field htmlFor="token-name" label={t("tokenName")}>
        <input id="token-name" name="name" placeholder={t("tokenNamePlaceholder")} maxLength={TOKEN_NAME_MAX} />
      </Field>
      <div>
        <Button type="submit" disabled={isPending}>
          {t("createToken")}
        </Button>
      </div>
    </form>
  );
}
