"use client";

import { createContext, useContext, type ReactNode } from "react";

const ArticleBodyContext = createContext<string | null>(null);

/**
 * The article's body, sent to the browser once for everything on the page that shows its words: the highlighted text
 * and a claim's quote (body.slice(start, end)), which each claim would otherwise carry as a copy.
 */
export function ArticleBodyProvider({ body, children }: { body: string; children: ReactNode }) {
  return <ArticleBodyContext.Provider value={body}>{children}</ArticleBodyContext.Provider>;
}

export function useArticleBody(): string {
  const body = useContext(ArticleBodyContext);
  if (body === null) throw new Error("useArticleBody outside ArticleBodyProvider");
  return body;
}
