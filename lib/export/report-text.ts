import { createFormatter, createTranslator } from "next-intl";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import type { Coverage } from "@/lib/coverage/compute-coverage";
import { COVERAGE_FIGURES } from "@/lib/coverage/sum-coverage";
import type { Locale } from "@/lib/i18n/locales";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import type { ExportedClaim, ExportedNote } from "./claims-export-schema";

const MESSAGES = { en, de } satisfies Record<Locale, typeof en>;

export { SOURCING_COLORS, STATUS_COLORS } from "@/lib/claims/status-palette";

/**
 * The words of the human reports (Markdown, PDF) in the reader's language, from the same messages as the pages:
 * status names, figure labels and chart legends read as on screen ("Überwiegend wahr", not `mostly_true`), and
 * times are the newsroom's (CLAIMTRACK_TIME_ZONE), as everywhere the app shows a time.
 */
export function reportText(locale: Locale, timeZone: string) {
  const messages = MESSAGES[locale];
  const t = memoized(createTranslator({ locale, messages, namespace: "report" }));
  const tc = memoized(createTranslator({ locale, messages, namespace: "coverage" }));
  const ts = memoized(createTranslator({ locale, messages, namespace: "status" }));
  const format = createFormatter({ locale, timeZone });
  return {
    locale,
    t,
    coverage: tc,
    status: (status: ClaimStatus) => ts(status),
    /** "1 Dec 2026" / "01.12.2026": the day in the newsroom's time zone. */
    date: (when: Date | string) => format.dateTime(new Date(when), { dateStyle: "medium" }),
    /** "Dec 1, 2026, 4:05 PM" / "01.12.2026, 16:05". */
    dateTime: (when: Date | string) => format.dateTime(new Date(when), { dateStyle: "medium", timeStyle: "short" }),
    /** The headline coverage figures, in the order every report and the coverage page give them. */
    figures: (c: Coverage): [label: string, value: number][] => COVERAGE_FIGURES.map((key) => [tc(key), c[key]]),
    /** "AP (relay of NIS, “berichtete”)": how the article cites a source for a claim. */
    citation: (s: ExportedClaim["sources"][number], text = (x: string) => x) =>
      t("citation", {
        name: text(s.name),
        role: s.role === "relay" ? (s.relayOf ? t("relayOf", { origin: text(s.relayOf) }) : t("relay")) : t("origin"),
        cue: text(s.cue),
      }),
    /** "Note (Ed, 1 Dec 2026, 16:05): …" or "Reply (…)": one note, its body made safe by `text`. */
    note: (n: ExportedNote, isReply: boolean, text = (x: string) => x) =>
      t(isReply ? "reply" : "note", {
        author: text(n.author ?? t("deletedAccount")),
        time: format.dateTime(new Date(n.createdAt), { dateStyle: "medium", timeStyle: "short" }),
        body: text(n.body),
      }),
  };
}
export type ReportText = ReturnType<typeof reportText>;

type Values = Record<string, string | number>;

/**
 * The translator, made cheap per line: formatting an ICU message costs some 10 µs, and a report of 100k claims
 * formats half a million lines. A message without values is formatted once; one with string values once with marks
 * in their places, which are then filled in. Numbers (plurals), and a message that does not print every mark (a
 * select would), go through ICU every time.
 */
function memoized<T>(translate: T): T {
  const t = translate as (key: string, values?: Values) => string;
  const done = new Map<string, string | string[] | null>();
  return ((key: string, values?: Values) => {
    if (!values) {
      const text = done.get(key) ?? t(key);
      done.set(key, text);
      return text as string;
    }
    const names = Object.keys(values);
    if (names.some((name) => typeof values[name] !== "string")) return t(key, values);
    const id = `${key}\u0000${names.join("\u0000")}`;
    if (!done.has(id)) {
      const parts = t(key, Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE000`]))).split(
        /\uE000(\d+)\uE000/,
      );
      const printed = new Set(parts.filter((_, i) => i % 2 === 1));
      done.set(id, printed.size === names.length ? parts : null);
    }
    const parts = done.get(id) as string[] | null;
    if (!parts) return t(key, values);
    return parts.map((part, i) => (i % 2 === 1 ? String(values[names[Number(part)]!]) : part)).join("");
  }) as T;
}

/** A claim's notes as the review shows them: each thread in order, every reply right under the note it answers. */
export function threadNotes(notes: ExportedNote[]): { note: ExportedNote; isReply: boolean }[] {
  const ids = new Set(notes.map((n) => n.id));
  const replies = new Map<string, ExportedNote[]>();
  for (const n of notes)
    if (n.parentId && ids.has(n.parentId)) replies.set(n.parentId, [...(replies.get(n.parentId) ?? []), n]);
  const out: { note: ExportedNote; isReply: boolean }[] = [];
  const visit = (n: ExportedNote, isReply: boolean) => {
    out.push({ note: n, isReply });
    for (const r of replies.get(n.id) ?? []) visit(r, true);
  };
  for (const n of notes) if (!n.parentId || !ids.has(n.parentId)) visit(n, false);
  return out;
}

/** Whether every claim comes from one article (the report is then titled by it). */
export const isOneArticle = (claims: ExportedClaim[]) =>
  claims.length > 0 && claims.every((x) => x.article.id === claims[0]!.article.id);

/**
 * The claims a report's coverage counts, as coverage reads them: those in the article's text, as on the coverage
 * page (a claim a later version no longer has is listed, but not counted).
 */
export const coveredClaims = (claims: ExportedClaim[]) =>
  claims.filter((x) => x.anchor !== "orphaned").map((x) => ({ ...x, citations: x.sources }));
