import { getLocale, getTranslations } from "next-intl/server";
import type { AppError } from "@/lib/errors";

/**
 * A domain refusal in the reader's language. Domain code speaks English (the API's and the CLI's language) and
 * names a stable reason with its parts; the interface translates those here, in one place. A refusal is never shown
 * as a key.
 */
export async function localizeError(error: AppError): Promise<string> {
  const t = await getTranslations("domainErrors");
  if (error.reason && t.has(error.reason)) {
    const params = { ...error.params };
    if (error.reason === "stale") params.change = await describeChange(error.params ?? {});
    return t(error.reason, params);
  }
  // No sentence of ours for this refusal yet: the English one says most to an English reader; anyone else gets the
  // general sentence for its kind in their own language rather than English.
  if ((await getLocale()) === "en") return error.message;
  const general = await getTranslations("refusals");
  return general.has(error.code) ? general(error.code) : error.message;
}

async function describeChange({ who = "", type = "", from = "", to = "" }: Record<string, string>): Promise<string> {
  const [t, status] = await Promise.all([getTranslations("domainErrors.change"), getTranslations("status")]);
  const label = (value: string) => (status.has(value) ? status(value) : value);
  if (!who) return t("unknown");
  if (type === "status_changed") return t("status_changed", { who, from: label(from), to: label(to) });
  return t.has(type) ? t(type, { who, to: label(to) }) : t("other", { who });
}
