"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormStatus } from "react-dom";
import { purgeArticleAction } from "@/actions/articles/purge-article";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";

/**
 * "Purge…" opens a confirmation that names the article and what goes with it; only its button purges. In the page,
 * not a browser dialog: it can be read, translated and reached by keyboard like the rest.
 */
export function PurgeArticleForm({ article }: { article: { id: string; title: string; claims: number } }) {
  const t = useTranslations("deletion");
  const [isOpen, setOpen] = useState(false);
  if (!isOpen)
    return (
      <button
        type="button"
        className="button--danger"
        aria-label={t("purgeOf", { title: article.title })}
        onClick={() => setOpen(true)}
      >
        {t("purge")}
      </button>
    );
  return (
    <form action={purgeArticleAction} role="group" aria-label={t("purgeOf", { title: article.title })}>
      <input type="hidden" name="articleId" value={article.id} />
      <Notice tone="error" style={{ margin: "0.5rem 0" }}>
        {t("purgeConfirm", { title: article.title, count: article.claims })}
      </Notice>
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
        <PurgeButton label={t("purgeButton", { title: article.title })} />
        <button type="button" onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function PurgeButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} autoFocus>
      {label}
    </Button>
  );
}
