import type { Db } from "@/lib/db/client";
import { toClaimStatus, type ClaimStatus } from "@/lib/claims/claim-status";
import { QuantitySchema, type Quantity, type SourceType } from "@/lib/extract";
import { z } from "zod";

export interface CitationView {
  sourceId: string;
  name: string;
  type: SourceType;
  mention: string;
  cue: string;
  resolution: string;
  role: "origin" | "relay";
  relayOf: string | null;
}

export interface ClaimView {
  id: string;
  start: number;
  end: number;
  quote: string;
  text: string;
  label: string;
  kind: "claim" | "opinion";
  hedged: boolean;
  status: ClaimStatus;
  quantities: Quantity[];
  citations: CitationView[];
}

export interface ArticleView {
  id: string;
  title: string;
  body: string;
  language: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  extractorVersion: string;
  claims: ClaimView[];
}

const QuantitiesSchema = z.array(QuantitySchema);

/** An article with its live claims in text order and each claim's citations; null when there is no such article. */
export async function getArticle(db: Db, id: string): Promise<ArticleView | null> {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      body: true,
      language: true,
      outlet: true,
      url: true,
      publishedAt: true,
      createdAt: true,
      extractorVersion: true,
      claims: {
        where: { deletedAt: null },
        orderBy: { start: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          quote: true,
          text: true,
          label: true,
          kind: true,
          hedged: true,
          status: true,
          quantities: true,
          citations: {
            select: {
              sourceId: true,
              mention: true,
              cue: true,
              resolution: true,
              role: true,
              source: { select: { name: true, type: true } },
              relayOf: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  return {
    ...article,
    claims: article.claims.map((c) => ({
      ...c,
      kind: c.kind === "opinion" ? "opinion" : "claim",
      status: toClaimStatus(c.status),
      quantities: QuantitiesSchema.catch([]).parse(JSON.parse(c.quantities)),
      citations: c.citations.map((x) => ({
        sourceId: x.sourceId,
        name: x.source.name,
        type: x.source.type as SourceType,
        mention: x.mention,
        cue: x.cue,
        resolution: x.resolution,
        role: x.role === "relay" ? "relay" : "origin",
        relayOf: x.relayOf?.name ?? null,
      })),
    })),
  };
}
