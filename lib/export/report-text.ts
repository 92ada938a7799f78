import type { ClaimStatus } from "@/lib/claims/claim-status";
import type { Coverage } from "@/lib/coverage/compute-coverage";
import type { ExportedClaim } from "./claims-export-schema";

/** Status names as the reports print them (the reports are English; the app's pages follow the user's language). */
export const STATUS_TITLES: Record<ClaimStatus, string> = {
  unverified: "Unverified",
  in_progress: "In progress",
  true: "True",
  mostly_true: "Mostly true",
  misleading: "Misleading",
  false: "False",
  unproven: "Unproven",
  not_checkable: "Not checkable",
};

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

/** The headline coverage figures, in the order every report and the coverage page give them. */
export const coverageFigures = (c: Coverage): [label: string, value: number][] => [
  ["Claims", c.total],
  ["With a source", c.sourced],
  ["Two or more independent sources", c.independent],
  ["Single source", c.singleSource],
  ["No source", c.unsourced],
  ["Hedged", c.hedged],
];

/** "AP (relay of NIS, “berichtete”)": how the article cites a source for a claim. */
export const describeCitation = (s: ExportedClaim["sources"][number], text = (x: string) => x) =>
  `${text(s.name)} (${s.role === "relay" ? `relay${s.relayOf ? ` of ${text(s.relayOf)}` : ""}` : "origin"}, “${text(s.cue)}”)`;

/** Whether every claim comes from one article (the report is then titled by it). */
export const isOneArticle = (claims: ExportedClaim[]) =>
  claims.length > 0 && claims.every((x) => x.article.id === claims[0]!.article.id);
