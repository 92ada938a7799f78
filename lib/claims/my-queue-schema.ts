import { z } from "zod";
import { ClaimStatusSchema } from "./claim-status-schema";

/** One claim of My queue as the API answers it (lib/claims/list-my-queue.ts says why each is there). */
const QueueItemResponseSchema = z.object({
  claimId: z.string(),
  label: z.string(),
  text: z.string(),
  status: ClaimStatusSchema,
  assignedAt: z.date().nullable(),
  /** My verdict stands on words a new version of the article changed (`orphaned`: took out). */
  recheck: z.object({ previousQuote: z.string().nullable(), quote: z.string(), orphaned: z.boolean() }).nullable(),
  /** I carried my verdict over from this claim, and a desk has since unlinked the two as not the same claim. */
  verdictFromUnlinked: z
    .object({
      claimId: z.string(),
      articleId: z.string(),
      title: z.string(),
      outlet: z.string().nullable(),
      live: z.boolean(),
      unlinkedAt: z.date(),
    })
    .nullable(),
  article: z.object({ id: z.string(), title: z.string(), language: z.string() }),
});

export const MyQueueResponseSchema = z.object({ claims: z.array(QueueItemResponseSchema) });
