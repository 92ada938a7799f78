import { containsText } from "@/lib/db/text-contains";
import { z } from "zod";
import { OPERATOR, requirePermission, type Acting, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { TZDate } from "@date-fns/tz";
import type { Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { parseInput } from "@/lib/input/parse-input";
import { CITES_LIVE_CLAIM, LIVE_CLAIM } from "@/lib/db/live-article";
import { toClaimStatus, type ClaimStatus } from "./claim-status";
import { ClaimStatusSchema } from "./claim-status-schema";
import { CLAIM_LIMITS } from "./claim-limits";
import { claimsWithText, pageOfClaimsWithText } from "./claims-with-text";

const empty = (v: unknown) => (v === "" || v === null ? undefined : v);
const Optional = <T extends z.ZodType>(schema: T) => z.preprocess(empty, schema.optional());

/** The filters of the claims page, as they arrive from its query string or the API. */
export const ClaimFilterSchema = z.object({
  q: Optional(z.string().trim().max(CLAIM_LIMITS.search, "Search for at most 200 characters.")),
  status: Optional(ClaimStatusSchema),
  kind: Optional(z.enum(["claim", "opinion"])),
  /** none | single | multiple: how many sources the claim cites. */
  sourcing: Optional(z.enum(["none", "single", "multiple"])),
  sourceId: Optional(z.string().max(40)),
  /** "me", "none" or a user id. */
  assignee: Optional(z.string().max(40)),
  hedged: Optional(z.enum(["yes", "no"])),
  /** yes: seen in another article (a live match); figures: one of those gives figures that disagree. */
  seen: Optional(z.enum(["yes", "figures"])),
  /** How the page shows the claims, not which: "match" puts claims that state the same thing together. */
  group: Optional(z.enum(["match"])),
  articleId: Optional(z.string().max(40)),
  /** The article's outlet, as stored. */
  outlet: Optional(z.string().max(200)),
  /** Article date range, whole days in the newsroom's time zone (published, else added). */
  from: Optional(z.iso.date("Give dates as YYYY-MM-DD.")),
  to: Optional(z.iso.date("Give dates as YYYY-MM-DD.")),
  page: z.preprocess(
    empty,
    z.coerce
      .number({ error: "A page is a whole number from 1." })
      .int("A page is a whole number from 1.")
      .min(1, "A page is a whole number from 1.")
      .max(100_000, "There are no more than 100,000 pages.")
      .default(1),
  ),
});
export type ClaimFilter = z.input<typeof ClaimFilterSchema>;

export interface ClaimRow {
  id: string;
  version: number;
  label: string;
  text: string;
  status: ClaimStatus;
  kind: string;
  hedged: boolean;
  sources: string[];
  assignee: string | null;
  article: { id: string; title: string; language: string };
}

export const PAGE_SIZE = 50;
/**
 * A filtered list counts its claims up to here; past it the list says "more than 1,000". Counting every claim of a
 * broad filter (tens of thousands, "cites AP") was most of the list's time on a large archive, and no desk reads a
 * list that long without narrowing it. A change to all matching claims counts them exactly itself.
 */
export const COUNTED_UP_TO = 1_000;
/** Newest first; the order a page and the count walk (the index on createdAt and start). */
const NEWEST_FIRST = [{ createdAt: "desc" as const }, { start: "asc" as const }];
/** The fields of ClaimFilterSchema that choose no claims: the text itself, which page, and how the page groups them. */
const NOT_FILTERS = new Set(["q", "page", "group"]);
// "Single source" as the coverage view counts it: one independent origin (AP relaying NIS, plus NIS, is one).
const SOURCING = {
  none: { sourceCount: 0 },
  single: { independentSources: 1 },
  multiple: { independentSources: { gt: 1 } },
};

/** "me" is the person asking: the operator has no claims of its own, so the filter is refused rather than empty. */
function assigneeOf(actor: Acting, assignee: string): string | null {
  if (assignee === "none") return null;
  if (assignee !== "me") return assignee;
  if (actor === OPERATOR)
    throw new AppError("invalid_input", "Only a signed-in person has claims of their own.", "assignee");
  return actor.id;
}

/**
 * The database condition for a parsed filter (shared by the claims page, the API, the exports and changes to all
 * matching claims). A text search is narrowed to the ids the text index finds, where it can (claimsWithText).
 */
export async function claimWhere(db: Db, actor: Acting, f: z.output<typeof ClaimFilterSchema>) {
  const textHits = f.q ? await claimsWithText(db, f.q) : null;
  return {
    ...LIVE_CLAIM,
    ...(f.q ? { OR: [{ text: containsText(db, f.q) }, { label: containsText(db, f.q) }] } : {}),
    ...(textHits ? { id: { in: textHits } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.sourcing ? SOURCING[f.sourcing] : {}),
    ...(f.sourceId ? { citations: { some: { sourceId: f.sourceId } } } : {}),
    ...(f.assignee ? { assigneeId: assigneeOf(actor, f.assignee) } : {}),
    ...(f.hedged ? { hedged: f.hedged === "yes" } : {}),
    ...(f.seen
      ? { links: { some: { other: LIVE_CLAIM, ...(f.seen === "figures" ? { figuresDisagree: true } : {}) } } }
      : {}),
    ...(f.articleId ? { articleId: f.articleId } : {}),
    ...(f.outlet || f.from || f.to ? { article: articleWhere(f) } : {}),
  };
}

/** Outlet and date range: an article's date is its publication date, or when it was added if it has none. */
export function articleWhere(f: Pick<z.output<typeof ClaimFilterSchema>, "outlet" | "from" | "to">) {
  const zone = getEnv().CLAIMTRACK_TIME_ZONE;
  const range = {
    ...(f.from ? { gte: startOfDay(f.from, zone) } : {}),
    ...(f.to ? { lt: startOfDay(f.to, zone, 1) } : {}),
  };
  return {
    ...(f.outlet ? { outlet: f.outlet } : {}),
    ...(f.from || f.to ? { OR: [{ publishedAt: range }, { publishedAt: null, createdAt: range }] } : {}),
  };
}

/** Midnight starting the day `date` (YYYY-MM-DD) plus `days`, in the newsroom's time zone. */
function startOfDay(date: string, zone: string, days = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + days, zone).getTime());
}

/** The filters that choose claims, by name: those given, less the ones that choose none (NOT_FILTERS). */
const chosenFilters = (f: z.output<typeof ClaimFilterSchema>) =>
  Object.entries(f)
    .filter(([name, value]) => !NOT_FILTERS.has(name) && value !== undefined)
    .map(([name]) => name);

/** What a claim's citations carry of it (kept by triggers: `claimShown` is LIVE_CLAIM; `claimStatus`). */
const CARRIED_BY_CITATIONS = new Set(["sourceId", "status"]);

/**
 * "Cites source X", alone or with a status, without a text: counted from X's citations, as a claim cites a source
 * once. Counted through the claims, newest first, PostgreSQL read 25,000 claim rows to find the 1,001 that cite AP
 * (350–450 ms on the bench's archive).
 */
function citationsCounting(f: z.output<typeof ClaimFilterSchema>, chosen: string[]) {
  if (!f.sourceId || f.q || !chosen.every((name) => CARRIED_BY_CITATIONS.has(name))) return null;
  return { sourceId: f.sourceId, ...CITES_LIVE_CLAIM, ...(f.status ? { claimStatus: f.status } : {}) };
}

/** A page of the claims list: `total` claims match, or more than `total` (COUNTED_UP_TO) if `moreThanTotal`. */
export interface ClaimsPage {
  claims: ClaimRow[];
  total: number;
  moreThanTotal: boolean;
  page: number;
  pageSize: number;
}

/**
 * Claims of all articles matching the filters, newest first, a page at a time, with the total for the pager:
 * counted up to `countUpTo`, or to the end of the page asked for if it lies further (so the pager knows whether
 * another page follows); on SQLite a search by text alone is counted through its text index, exactly where few claims
 * hold the text (pageOfClaimsWithText). The text search looks
 * in the claim's text and label, case-insensitively on both engines.
 */
export async function searchClaims(
  db: Db,
  actor: Actor,
  filter: ClaimFilter,
  { countUpTo = COUNTED_UP_TO, pageSize = PAGE_SIZE } = {},
): Promise<ClaimsPage> {
  requirePermission(actor, "article.read");
  const f = parseInput(ClaimFilterSchema, filter, "q");
  // A search by text alone is counted and paged through the text index where the engine has one.
  const chosen = chosenFilters(f);
  const upTo = Math.max(countUpTo, f.page * pageSize);
  const byText =
    f.q && chosen.length === 0 ? await pageOfClaimsWithText(db, f.q, { page: f.page, pageSize, upTo }) : null;
  const where = byText ? { id: { in: byText.ids } } : await claimWhere(db, actor, f);
  const citing = citationsCounting(f, chosen);
  const [counted, claims] = await Promise.all([
    byText
      ? byText.total
      : citing
        ? db.citation.count({ where: citing, take: upTo + 1 })
        : // In the page's order, so the count walks the same index and stops where the page would.
          db.claim.count({ where, orderBy: NEWEST_FIRST, take: upTo + 1 }),
    db.claim.findMany({
      where,
      orderBy: NEWEST_FIRST,
      skip: byText ? 0 : (f.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        version: true,
        label: true,
        text: true,
        status: true,
        kind: true,
        hedged: true,
        citations: { select: { source: { select: { name: true } } } },
        assignee: { select: { name: true } },
        article: { select: { id: true, title: true, language: true } },
      },
    }),
  ]);
  const moreThanTotal = byText ? byText.moreThanTotal : counted > upTo;
  return {
    total: moreThanTotal ? upTo : counted,
    moreThanTotal,
    page: f.page,
    pageSize,
    claims: claims.map(({ citations, assignee, status, ...c }) => ({
      ...c,
      status: toClaimStatus(status),
      sources: citations.map((x) => x.source.name),
      assignee: assignee?.name ?? null,
    })),
  };
}
