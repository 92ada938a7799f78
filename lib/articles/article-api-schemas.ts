import { z } from "zod";
import { ClaimHistoryEntrySchema } from "@/lib/claims/claim-history-entry";
import { ClaimStatusSchema } from "@/lib/claims/claim-status-schema";
import { SeenBeforeSchema } from "@/lib/claims/seen-before";
import { QuantitySchema, SourceTypeSchema } from "@/lib/extract";

/**
 * What the JSON API returns, parsed on the way out so no field the schema does not name can leak into a response.
 */
export const ArticleSummaryResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  language: z.string(),
  publishedAt: z.date().nullable(),
  createdAt: z.date(),
  claims: z.number().int(),
  sourcedClaims: z.number().int(),
  unsourcedClaims: z.number().int(),
  statuses: z.record(ClaimStatusSchema, z.number().int()),
});

export const ArticleListResponseSchema = z.object({
  articles: z.array(ArticleSummaryResponseSchema),
  /** How many articles match in all; `articles` is the page asked for. */
  total: z.number().int(),
});

/** One citation: a source the article cites for a claim, where it names it, and whether it is the origin or a relay. */
export const CitationResponseSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  name: z.string(),
  type: SourceTypeSchema,
  mention: z.string(),
  cue: z.string(),
  resolution: z.string(),
  role: z.enum(["origin", "relay"]),
  relayOf: z.string().nullable(),
});

/** A claim as the API gives it, with its quote, figures, notes, evidence, newest events and citations. */
export const ClaimResponseSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  text: z.string(),
  label: z.string(),
  kind: z.enum(["claim", "opinion"]),
  hedged: z.boolean(),
  origin: z.enum(["extracted", "manual"]),
  extractorVersion: z.string().nullable(),
  status: ClaimStatusSchema,
  statusReason: z.string().nullable(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: z.number().int(),
  /** current | changed: its words as extracted, or changed by a later version of the article (previousQuote). */
  anchor: z.enum(["current", "changed", "orphaned"]),
  previousQuote: z.string().nullable(),
  /** Its words changed after it got its verdict: the verdict is to be checked again. */
  changedAfterVerdict: z.boolean(),
  quantities: z.array(QuantitySchema),
  notes: z.array(
    z.object({
      id: z.string(),
      parentId: z.string().nullable(),
      body: z.string(),
      author: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string().nullable(),
      excerpt: z.string().nullable(),
      stance: z.string(),
      createdAt: z.date(),
    }),
  ),
  history: z.array(ClaimHistoryEntrySchema),
  citations: z.array(CitationResponseSchema),
  /** Where else it was seen: other articles with a claim that states the same thing (GET /api/claims/:id/matches). */
  seenBefore: SeenBeforeSchema,
});

export const OrphanedClaimSchema = z.object({
  id: z.string(),
  label: z.string(),
  quote: z.string(),
  status: ClaimStatusSchema,
  version: z.number().int(),
  /** The last version of the article that had its words. */
  articleVersion: z.number().int(),
  changedAfterVerdict: z.boolean(),
});

export const ArticleResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.date().nullable(),
  /** When the page at `url` was fetched (an article added from its URL); its HTML stays in the database. */
  fetchedAt: z.date().nullable(),
  createdAt: z.date(),
  extractorVersion: z.string(),
  /** When its claims were matched against the archive ("seen before"); null while that is still to come. */
  matchedAt: z.date().nullable(),
  /** Which version of the article the body is (GET /api/articles/:id/versions lists them all). */
  version: z.number().int(),
  claims: z.array(ClaimResponseSchema),
  /** Claims no longer in the article: not found in a later version, kept with their history and verdict. */
  orphaned: z.array(OrphanedClaimSchema),
});

export const IngestResponseSchema = z.object({
  status: z.enum(["created", "duplicate"]),
  article: z.object({ id: z.string(), url: z.string() }),
  claims: z.number().int().optional(),
});

/** POST /api/articles/preview: what the page says about itself, for the form's fields; nothing is stored. */
export const ArticlePreviewResponseSchema = z.object({
  title: z.string().optional(),
  outlet: z.string().optional(),
  byline: z.string().optional(),
  publishedAt: z.string().optional(),
  /** The publication's day in CLAIMTRACK_TIME_ZONE (YYYY-MM-DD). */
  publishedDate: z.string().optional(),
  language: z.enum(["de", "en"]).optional(),
  /** Where the page was found after redirects (a URL preview only). */
  url: z.string().optional(),
});

/** POST /api/articles/:id/versions: how the claims fared in the new version, or that the text was the same. */
export const NewVersionResponseSchema = z.object({
  status: z.enum(["added", "unchanged"]),
  article: z.object({ id: z.string(), url: z.string() }),
  version: z.number().int(),
  kept: z.number().int().optional(),
  changed: z.number().int().optional(),
  orphaned: z.number().int().optional(),
  added: z.number().int().optional(),
  flagged: z.number().int().optional(),
});

/** GET /api/articles/:id/versions: every version, newest first, without their texts. */
export const VersionListResponseSchema = z.object({
  current: z.number().int(),
  versions: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      createdAt: z.date(),
      createdBy: z.string().nullable(),
      fetched: z.boolean(),
      kept: z.number().int(),
      changed: z.number().int(),
      orphaned: z.number().int(),
      added: z.number().int(),
    }),
  ),
});
