"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { ingestArticleAction } from "@/actions/articles/ingest-article";
import type { IngestFormState } from "@/actions/articles/ingest-form-state";
import type { ArticlePreview } from "@/lib/articles/preview-article";
import { usePagePreview } from "./use-page-preview";
import { TITLE_MAX } from "@/lib/articles/article-limits";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type FieldName = "title" | "outlet" | "url" | "publishedAt" | "language" | "body" | "file";
/** The fields a page's metadata can fill, held here so a preview can fill them while the person can still edit. */
type Prefillable = "title" | "outlet" | "publishedAt" | "language";

/**
 * Add an article from its URL, pasted text or a file. Given a URL (with nothing pasted) or an HTML file, the form
 * asks the server what the page says about itself and fills title, outlet, date and language where they are empty,
 * for the person to check before saving. Errors appear next to their field and in a live region; typed values are
 * kept.
 */
export function IngestForm({ limitLabel, requestLimit }: { limitLabel: string; requestLimit: number }) {
  const t = useTranslations("ingest");
  const [state, formAction, isPending] = useActionState<IngestFormState, FormData>(ingestArticleAction, {});
  // Set when the browser keeps a form back: one bigger than the server reads at all never reaches the action.
  const [refused, setRefused] = useState<IngestFormState["error"]>();
  const error = refused ?? state.error;
  const errorText = error ? translateError(t, error, limitLabel) : undefined;
  const errorFor = (field: string) => (error?.field === field ? errorText : undefined);
  const v = state.values ?? {};
  const [fields, setFields] = useState(() => prefillable(v));
  const [shownState, setShownState] = useState(state);
  // After a refused submission the action hands back what was typed: show that, not what was there before.
  if (state !== shownState) {
    setShownState(state);
    setFields(prefillable(state.values ?? {}));
  }
  const filledFrom = useRef<Partial<Record<Prefillable, string>>>({});
  const preview = usePagePreview((page) =>
    setFields((current) => {
      const next = { ...current };
      for (const [name, value] of Object.entries(fromPage(page)) as [Prefillable, string][]) {
        // What the person typed or chose stands; what an earlier page filled in gives way to this page's.
        const empty = name === "language" ? "auto" : "";
        if (current[name] === empty || current[name] === filledFrom.current[name]) next[name] = value;
      }
      filledFrom.current = fromPage(page);
      return next;
    }),
  );
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const hasOtherSource = () => Boolean(bodyRef.current?.value.trim() || fileRef.current?.files?.length);
  const bind = (name: Prefillable) => ({
    value: fields[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setFields((current) => ({ ...current, [name]: event.target.value })),
  });

  const field = (name: FieldName, input: React.ReactNode, hint?: string) => (
    <Field htmlFor={name} label={t(`fields.${name}`)}>
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
    </Field>
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
          <Notice tone="error">
            {t("failed")} {errorText}
          </Notice>
        ) : null}
      </div>
      {field(
        "url",
        <input
          id="url"
          name="url"
          type="url"
          defaultValue={v.url}
          {...aria("url")}
          aria-describedby={[error?.field === "url" ? "url-error" : "", "url-hint", "url-preview"].join(" ").trim()}
          onChange={(event) => {
            // Reading a page as it is typed would fetch every half-typed address: wait until the field is left.
            if (!event.target.value.trim()) preview.reset();
          }}
          onBlur={(event) => {
            const url = event.target.value.trim();
            if (isWebAddress(url) && !hasOtherSource()) void preview.previewUrl(url);
          }}
        />,
        t("urlHint"),
      )}
      <p aria-live="polite" className="field__hint" id="url-preview" role="status">
        {previewText(t, preview.status, limitLabel)}
      </p>
      {field("title", <input id="title" name="title" {...bind("title")} maxLength={TITLE_MAX} {...aria("title")} />)}
      <div className="form__row">
        {field("outlet", <input id="outlet" name="outlet" {...bind("outlet")} {...aria("outlet")} />)}
        {field(
          "publishedAt",
          <input id="publishedAt" name="publishedAt" type="date" {...bind("publishedAt")} {...aria("publishedAt")} />,
        )}
        {field(
          "language",
          <select id="language" name="language" {...bind("language")}>
            <option value="auto">{t("languages.auto")}</option>
            <option value="de">{t("languages.de")}</option>
            <option value="en">{t("languages.en")}</option>
          </select>,
        )}
      </div>
      {field(
        "body",
        <textarea id="body" name="body" ref={bodyRef} defaultValue={v.body} {...aria("body")} />,
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
          ref={fileRef}
          {...aria("file")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file && /\.html?$/i.test(file.name)) void preview.previewFile(file);
          }}
        />,
        t("fileHint"),
      )}
      {error?.reason === "same_url" && error.params?.articleId ? (
        // The same page stored before, its text revised: the person says what it is.
        <div className="card" role="group" aria-label={t("sameUrl.choose")}>
          <input type="hidden" name="versionOf" value={error.params.articleId} />
          <p style={{ marginTop: 0 }}>{t("sameUrl.choose")}</p>
          <div style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
            <Button type="submit" name="sameUrl" value="version" disabled={isPending}>
              {t("sameUrl.asVersion", { title: error.params.title ?? "" })}
            </Button>
            <button type="submit" name="sameUrl" value="article" disabled={isPending}>
              {t("sameUrl.asArticle")}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <Button type="submit" disabled={isPending}>
            {isPending ? t("submitting") : t("submit")}
          </Button>
        </div>
      )}
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
  return t.has(key as "errors.body.empty")
    ? t(key as "errors.url.private_address", {
        host: "",
        seconds: "",
        status: "",
        max: "",
        type: "",
        ...error.params,
        limit,
      })
    : error.message;
}

const prefillable = (values: Record<string, string>): Record<Prefillable, string> => ({
  title: values.title ?? "",
  outlet: values.outlet ?? "",
  publishedAt: values.publishedAt ?? "",
  language: values.language || "auto",
});

/** A page's metadata as the form's values (a date field holds the day the newsroom's calendar gives it). */
const fromPage = (page: ArticlePreview): Partial<Record<Prefillable, string>> => ({
  title: page.title,
  outlet: page.outlet,
  publishedAt: page.publishedDate,
  language: page.language,
});

function isWebAddress(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function previewText(
  t: ReturnType<typeof useTranslations<"ingest">>,
  status: ReturnType<typeof usePagePreview>["status"],
  limit: string,
): string {
  if (status.kind === "reading") return t("preview.reading");
  if (status.kind === "done") return t("preview.done");
  if (status.kind === "failed") return t("preview.failed", { reason: translateError(t, status.error, limit) });
  return "";
}
