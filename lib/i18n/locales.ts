import Negotiator from "negotiator";

/** The interface languages. Article text and claims always stay in their own language. */
export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "claimtrack-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The visible switch wins (cookie); otherwise the browser's preferred language; otherwise English. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const preferred = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).language([...LOCALES]);
  return isLocale(preferred) ? preferred : DEFAULT_LOCALE;
}

/** The reader's interface language as a Locale (next-intl hands it over as a string). */
export const asLocale = (value: string): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);
