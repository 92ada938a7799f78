import type { Prisma } from "@/lib/generated/prisma-sqlite/client";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import { toClaimStatus } from "@/lib/claims/claim-status";
import { ClaimFilterSchema, claimWhere, type ClaimFilter } from "@/lib/claims/search-claims";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/input/parse-input";
import type { ExportedClaim } from "./claims-export-schema";
import { citationRole } from "@/lib/claims/sourcing";

// Relations are loaded with a list of the batch's claim ids: stay under SQLite's 999 query parameters.
const BATCH = 500;

const SELECT = {
  id: true,
  label: true,
  text: true,
  quote: true,
  start: true,
  end: true,
  kind: true,
  hedged: true,
  origin: true,
  extractorVersion: true,
  status: true,
  statusReason: true,
  updatedAt: true,
  anchor: true,
  previousQuote: true,
  changedAfterVerdict: true,
  article: {
    select: { id: true, title: true, outlet: true, url: true, publishedAt: true, language: true, version: true },
  },
  assignee: { select: { name: true } },
  citations: {
    orderBy: { start: "asc" },
    select: {
      role: true,
      cue: true,
      mention: true,
      source: { select: { name: true, type: true } },
      relayOf: { select: { name: true } },
    },
  },
  evidence: { orderBy: { createdAt: "asc" }, select: { url: true, title: true, stance: true } },
  notes: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, body: true, createdAt: true, author: { select: { name: true } } },
  },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof SELECT }>;

function toExported(c: Row): ExportedClaim {
  return {
    id: c.id,
    article: {
      ...c.article,
      publishedAt: c.article.publishedAt?.toISOString() ?? null,
      language: c.article.language === "en" ? "en" : "de",
    },
    label: c.label,
    text: c.text,
    quote: c.quote,
    start: c.start,
    end: c.end,
    anchor: c.anchor === "changed" || c.anchor === "orphaned" ? c.anchor : "current",
    previousQuote: c.previousQuote,
    changedAfterVerdict: c.changedAfterVerdict,
    kind: c.kind === "opinion" ? "opinion" : "claim",
    hedged: c.hedged,
    origin: c.origin === "manual" ? "manual" : "extracted",
    extractorVersion: c.extractorVersion,
    status: toClaimStatus(c.status),
    statusReason: c.statusReason,
    sources: c.citations.map((x) => ({
      name: x.source.name,
      type: x.source.type as ExportedClaim["sources"][number]["type"],
      role: citationRole(x.role),
      relayOf: x.relayOf?.name ?? null,
      cue: x.cue,
      mention: x.mention,
    })),
    evidence: c.evidence.map((e) => ({ ...e, stance: e.stance as "supports" })),
    notes: c.notes.map((n) => ({
      id: n.id,
      parentId: n.parentId,
      author: n.author?.name ?? null,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
    })),
    assignee: c.assignee?.name ?? null,
    lastChange: c.updatedAt.toISOString(),
  };
}

/**
 * Every claim matching the filters (no cap), in a stable order, read 500 at a time so an export of
 * 100k claims never holds them all. Checks the export permission before the first row.
 */
export async function* readExportClaims(db: Db, actor: Acting, filter: ClaimFilter): AsyncGenerator<ExportedClaim> {
  requireActing(actor, "claims.export");
  const where = await claimWhere(db, actor, parseInput(ClaimFilterSchema, filter, "q"));
  for (let cursor: string | undefined; ;) {
    const rows = await db.claim.findMany({
      where,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: SELECT,
    });
    for (const row of rows) yield toExported(row);
    if (rows.length < BATCH) return;
    cursor = rows.at(-1)!.id;
  }
}
