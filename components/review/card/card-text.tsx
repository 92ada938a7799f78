"use client";

import { useFormatter, useTranslations } from "next-intl";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useStatusLabels } from "@/components/claims/use-status-labels";

type Values = Record<string, string | number>;

/**
 * A translator that remembers what it said: the cards of one list ask for the same few strings hundreds of times
 * ("No source cited", a source type, "History · 1 change"), and each fresh lookup resolves and formats the message
 * again. Only plain-text messages pass through here (no rich text), so a string is a complete answer.
 */
function remembering<T extends (key: never, values?: never) => string>(translate: T): T {
  const said = new Map<string, string>();
  const remembered = (key: string, values?: Values) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let text = said.get(id);
    if (text === undefined) {
      text = (translate as unknown as (key: string, values?: Values) => string)(key, values);
      said.set(id, text);
    }
    return text;
  };
  return Object.assign(remembered, translate) as unknown as T;
}

function useTranslators() {
  const article = useTranslations("article");
  const review = useTranslations("review");
  const sourceType = useTranslations("sourceType");
  const resolution = useTranslations("resolution");
  const format = useFormatter();
  const statusLabels = useStatusLabels();
  return useMemo(
    () => ({
      article: remembering(article),
      review: remembering(review),
      sourceType: remembering(sourceType),
      resolution: remembering(resolution),
      format,
      statusLabels,
    }),
    [article, review, sourceType, resolution, format, statusLabels],
  );
}

export type CardText = ReturnType<typeof useTranslators>;

const CardTextContext = createContext<CardText | null>(null);

/**
 * The translators every closed card needs, made once for the whole list. Each card making its own (about ten per
 * card with its source chips, notes and history) was an eighth of a 527-claim review page's server render.
 */
export function CardTextProvider({ children }: { children: ReactNode }) {
  return <CardTextContext.Provider value={useTranslators()}>{children}</CardTextContext.Provider>;
}

export function useCardText(): CardText {
  const text = useContext(CardTextContext);
  if (!text) throw new Error("useCardText outside CardTextProvider");
  return text;
}
