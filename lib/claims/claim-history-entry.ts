import { z } from "zod";

/**
 * One event of a claim's history as people read it (names, not ids). The API checks its answers against it: `coerce`
 * takes the Date the server has and the ISO string a client reads back.
 */
export const ClaimHistoryEntrySchema = z.object({
  type: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  reason: z.string().nullable(),
  actor: z.string().nullable(),
  createdAt: z.coerce.date(),
});

export type ClaimHistoryEntry = z.infer<typeof ClaimHistoryEntrySchema>;
