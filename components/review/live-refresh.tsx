"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { ArticleChanges } from "@/lib/articles/article-change-marker";

const POLL_MS = 2_500;

/**
 * Keeps an open article page current: polls the article's change marker and re-renders the server components when
 * someone else changed a claim. Typed text in open forms survives; a claim changed by someone else shows its new
 * state (and version) at once. An article deleted meanwhile is re-rendered once (the page then says it is gone) and
 * no longer polled.
 */
export function LiveRefresh({ articleId, marker }: { articleId: string; marker: string }) {
  const router = useRouter();
  const seen = useRef(marker);
  useEffect(() => {
    seen.current = marker;
  }, [marker]);
  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(`/api/articles/${articleId}/changes`, { cache: "no-store" });
        if (!response.ok) return;
        const changes = (await response.json()) as ArticleChanges;
        if (changes.deleted) {
          clearInterval(timer);
          if (!stopped) router.refresh();
          return;
        }
        if (!stopped && changes.marker !== seen.current) {
          seen.current = changes.marker;
          router.refresh();
        }
      } catch {
        // offline for a moment: try again at the next tick
      }
    };
    const timer = setInterval(tick, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [articleId, router]);
  return null;
}
