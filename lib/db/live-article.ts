import type { Prisma } from "@/lib/generated/prisma-sqlite/client";

/** An article nobody deleted (lib/articles/delete-article.ts): the only kind lists, searches and pages show. */
export const LIVE_ARTICLE = { deletedAt: null } satisfies Prisma.ArticleWhereInput;

/**
 * A claim whose article is not deleted. Said as "not in a deleted article" rather than `article: { deletedAt: null }`:
 * Prisma joins the article either way, but SQLite plans this form like the query without it. Measured on 450k claims
 * of 10k articles: counting all live claims 140 ms (100 ms before deletion existed) against 340 ms, a text search's
 * first page 19 ms against 71 ms.
 */
export const IN_LIVE_ARTICLE = { NOT: { article: { deletedAt: { not: null } } } } satisfies Prisma.ClaimWhereInput;

/** A claim that is shown: not removed from its article, and its article not deleted. */
export const LIVE_CLAIM = { deletedAt: null, ...IN_LIVE_ARTICLE } satisfies Prisma.ClaimWhereInput;

/**
 * A citation of a LIVE_CLAIM, as the citation itself keeps it (`claimShown`, written by database triggers): asks no
 * claim, so a count or list of the citations of every claim does not join them all.
 */
export const CITES_LIVE_CLAIM = { claimShown: true } satisfies Prisma.CitationWhereInput;

/**
 * A claim the article's text shows: not removed, and still in the current version (an orphaned claim is listed apart,
 * "No longer in the article": its offsets index an older version, so it is never highlighted in this one).
 */
export const ON_THE_PAGE = { deletedAt: null, anchor: { not: "orphaned" } } satisfies Prisma.ClaimWhereInput;
