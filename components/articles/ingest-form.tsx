"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ingestArticleAction } from "@/app/articles/new/ingest-article-action";
import type { IngestFormState } from "@/app/articles/new/ingest-form-state";

type FieldName = "title" | "outlet" | "url" | "publishedAt" | "language" | "body" | "file";

/** Paste or upload an article. Errors appear next to their field and in a live region; typed values are kept. */
export function IngestForm({ limitLabel, requestLimit }: { limitLabel: string; requestLimit: number }) {
  const t = useTranslations("ingest");
  const [state, formAction, isPending] = useActionState<IngestFormState, FormData>(ingestArticleAction, {});
  // Set when the browser keeps a form back: one bigger than the server reads at all never reaches the action.
  const [refused, setRefused] = useState<IngestFormState["error"]>();
  const error = refused ?? state.error;
  const errorText = error ? translateError(t, error, limitLabel) : undefined;
  const errorFor = (field: string) => (error?.field === field ? errorText : undefined);
  const v = state.values ?? {};

  const field = (name: FieldName, input: React.ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={name}>{t(`fields.${name}`)}</label>
      {input}
      {hint ? (
        <span className="field__hint" id={`${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {errorFor(name) ? (
        <span className="field__error" id={`${name}-error`}>
          {errorFor(name)}
        </span>
      ) : null}
    </div>
  );
  const aria = (name: string) => ({
    "aria-invalid": error?.field === name ? true : undefined,
    "aria-describedby": [error?.field === name ? `${name}-error` : "", `${name}-hint`].join(" ").trim() || undefined,
  });

  return (
    <form
      action={formAction}
      className="form card"
      noValidate
      onSubmit={(event) => {
        const field = oversizedField(new FormData(event.currentTarget), requestLimit);
        setRefused(field ? { field, reason: "too_large", message: "" } : undefined);
        // The server refuses such a body before the action runs, which the page could only show as an error page.
        if (field) event.preventDefault();
      }}
    >
      <div aria-live="polite" role="status">
        {errorText ? (
          <p className="notice notice--error">
            {t("failed")} {errorText}
          </p>
        ) : null}
      </div>
      {field("title", <input id="title" name="title" defaultValue={v.title} maxLength={300} {...aria("title")} />)}
      <div className="form__row">
        {field("outlet", <input id="outlet" name="outlet" defaultValue={v.outlet} {...aria("outlet")} />)}
        {field("url", <input id="url" name="url" type="url" defaultValue={v.url} {...aria("url")} />)}
        {field(
          "publishedAt",
          <input
            id="publishedAt"
            name="publishedAt"
            type="date"
            defaultValue={v.publishedAt}
            {...aria("publishedAt")}
          />,
        )}
        {field(
          "language",
          <select id="language" name="language" defaultValue={v.language ?? "auto"}>
            <option value="auto">{t("languages.auto")}</option>
            <option value="de">{t("languages.de")}</option>
            <option value="en">{t("languages.en")}</option>
          </select>,
        )}
      </div>
      {field(
        "body",
        <textarea id="body" name="body" defaultValue={v.body} {...aria("body")} />,
        t("bodyHint", { limit: limitLabel }),
      )}
      {field(
        "file",
        <input
          id="file"
          name="file"
          type="file"
          accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
          // A file input is as wide as its button and "No file chosen" unless told to fit: wider than a phone.
          style={{ minWidth: 0 }}
          {...aria("file")}
        />,
        t("fileHint"),
      )}
      <div>
        <button className="button" type="submit" disabled={isPending}>
          {isPending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}

/** The field that makes the form larger than the server reads (the file, else the pasted text), or undefined. */
function oversizedField(form: FormData, limit: number): "file" | "body" | undefined {
  let size = 0;
  for (const [, value] of form) size += typeof value === "string" ? new Blob([value]).size : value.size;
  if (size <= limit) return undefined;
  const file = form.get("file");
  return file instanceof File && file.size > 0 ? "file" : "body";
}

function translateError(
  t: ReturnType<typeof useTranslations<"ingest">>,
  error: NonNullable<IngestFormState["error"]>,
  limit: string,
): string {
  const key = `errors.${error.field}.${error.reason}`;
  // Fall back to the domain's own English sentence for a case the messages do not name.
  return t.has(key as "errors.body.empty") ? t(key as "errors.body.too_large", { limit }) : error.message;
}
