import { createFormatter, createTranslator } from "next-intl";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import type { Coverage } from "@/lib/coverage/compute-coverage";
import type { Locale } from "@/lib/i18n/locales";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import type { ExportedClaim, ExportedNote } from "./claims-export-schema";

const MESSAGES = { en, de } satisfies Record<Locale, typeof en>;

/** The colours of the coverage page's charts, so a printed report reads like the screen. */
export const STATUS_COLORS: Record<ClaimStatus, string> = {
  unverified: "#8a939e",
  in_progress: "#3b73c4",
  true: "#2f7d4a",
  mostly_true: "#6f9a2c",
  misleading: "#c27a12",
  false: "#b3362c",
  unproven: "#7a55a8",
  not_checkable: "#5f5f5f",
};

export const SOURCING_COLORS = { independent: "#2f7d4a", single: "#d9a21b", unsourced: "#b3362c" } as const;

/**
 * The words of the human reports (Markdown, PDF) in the reader's language, from the same messages as the pages:
 * status names, figure labels and chart legends read as on screen ("Überwiegend wahr", not `mostly_true`), and
 * times are the newsroom's (CLAIMTRACK_TIME_ZONE), as everywhere the app shows a time.
 */
export function reportText(locale: Locale, timeZone: string) {
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: "report" });
  const tc = createTranslator({ locale, messages, namespace: "coverage" });
  const ts = createTranslator({ locale, messages, namespace: "status" });
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
    figures: (c: Coverage): [label: string, value: number][] => [
      [tc("total"), c.total],
      [tc("sourced"), c.sourced],
      [tc("independent"), c.independent],
      [tc("singleSource"), c.singleSource],
      [tc("unsourced"), c.unsourced],
      [tc("hedged"), c.hedged],
    ],
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
