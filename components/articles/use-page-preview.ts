"use client";

import { useRef, useState } from "react";
import type { IngestFormState } from "@/actions/articles/ingest-form-state";
import { previewArticleAction } from "@/actions/articles/preview-article";
import type { ArticlePreview } from "@/lib/articles/preview-article";

export type PreviewStatus =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "done" }
  | { kind: "failed"; error: NonNullable<IngestFormState["error"]> };

/**
 * Asks the server what a page says about itself (previewArticleAction) for a URL or an HTML file, and hands
 * the answer to `apply`. Only the latest question counts: an answer that arrives after a newer one was asked is
 * dropped, so a slow first page never overwrites what the second one filled in.
 */
export function usePagePreview(apply: (preview: ArticlePreview) => void) {
  const [status, setStatus] = useState<PreviewStatus>({ kind: "idle" });
  const latest = useRef(0);

  async function preview(body: FormData) {
    const asked = ++latest.current;
    setStatus({ kind: "reading" });
    let next: PreviewStatus;
    try {
      const outcome = await previewArticleAction(body);
      if (asked !== latest.current) return;
      if ("preview" in outcome) apply(outcome.preview);
      next = "preview" in outcome ? { kind: "done" } : { kind: "failed", error: outcome.error };
    } catch {
      next = { kind: "failed", error: { field: "form", reason: "network", message: "" } };
    }
    if (asked === latest.current) setStatus(next);
  }

  return {
    status,
    previewUrl: (url: string) => {
      const body = new FormData();
      body.set("url", url);
      return preview(body);
    },
    previewFile: (file: File) => {
      const body = new FormData();
      body.set("file", file);
      return preview(body);
    },
    reset: () => {
      latest.current++;
      setStatus({ kind: "idle" });
    },
  };
}
