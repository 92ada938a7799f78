import { z } from "zod";

/**
 * One event of a claim's history as people read it (names, not ids). The API checks its answers against it: `coerce`
 * takes the Date the server has and the ISO string a client reads back.
 */
/** The claim a change came from (a verdict carried over from a match), with its article's title to show. */
export const RelatedClaimSchema = z.object({ claimId: z.string(), articleId: z.string(), articleTitle: z.string() });
export type RelatedClaim = z.infer<typeof RelatedClaimSchema>;

export const ClaimHistoryEntrySchema = z.object({
  type: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  reason: z.string().nullable(),
  actor: z.string().nullable(),
  related: RelatedClaimSchema.nullable(),
  createdAt: z.coerce.date(),
});

export type ClaimHistoryEntry = z.infer<typeof ClaimHistoryEntrySchema>;
