"use client";

import { useLocale, useTranslations } from "next-intl";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/claim-status";

// Per locale, for the life of the process: the messages are static files. A 527-claim review page asked the
// translator for 8 status names per card, 4,200 lookups per render (a seventh of its server time).
const labelsByLocale = new Map<string, Record<ClaimStatus, string>>();

/** The eight status names in the current language, looked up once. */
export function useStatusLabels(): Record<ClaimStatus, string> {
  const locale = useLocale();
  const ts = useTranslations("status");
  let labels = labelsByLocale.get(locale);
  if (!labels) {
    labels = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, ts(s)])) as Record<ClaimStatus, string>;
    labelsByLocale.set(locale, labels);
  }
  return labels;
}
