import { z } from "zod";
import { ClaimStatusSchema } from "./claim-status-schema";
import { DISMISSAL_REASONS } from "./dismissal-reasons";

/** Two figures of one kind side by side: this claim's and the matching one's, and whether both can be true. */
export const FigurePairResponseSchema = z.object({
  kind: z.string(),
  here: z.string(),
  there: z.string(),
  disagree: z.boolean(),
});

/** A claim of another article that states the same thing, and why Claimtrack thinks so. */
export const ClaimMatchResponseSchema = z.object({
  claimId: z.string(),
  text: z.string(),
  status: ClaimStatusSchema,
  /** The status when it is a finding (true … unproven), else null: what can be carried over. */
  verdict: ClaimStatusSchema.nullable(),
  statusReason: z.string().nullable(),
  /** The article the verdict (and its reason) was carried over from, when it was: the reason is that claim's. */
  reasonFrom: z
    .object({ articleId: z.string(), title: z.string(), outlet: z.string().nullable(), inStory: z.boolean() })
    .nullable(),
  article: z.object({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string(),
    publishedAt: z.date().nullable(),
    /** When it was stored: the date to show where it gives no date of its own. */
    createdAt: z.date(),
  }),
  /** 0–1, how much of what the two are about they share. */
  score: z.number(),
  /** What they share and how their figures differ, in one line ("same: North Korea, Russia, troops, sent; …"). */
  reasons: z.string(),
  same: z.array(z.string()),
  figures: z.array(FigurePairResponseSchema),
  figuresDisagree: z.boolean(),
  /**
   * Linked because two reports of one story were read side by side and these are each other's closest claims, not by
   * the claim-level rules: what they share may be less than a match of its own would need.
   */
  inStory: z.boolean(),
});

/** A match a person said is not the same claim: kept apart by matching, listed so the decision can be undone. */
export const DismissedMatchResponseSchema = z.object({
  claimId: z.string(),
  text: z.string(),
  article: z.object({ id: z.string(), title: z.string(), outlet: z.string().nullable() }),
  reason: z.enum(DISMISSAL_REASONS),
  note: z.string().nullable(),
  /** Who said so (null once the account is gone). */
  by: z.string().nullable(),
  at: z.date(),
});

export const ClaimMatchesResponseSchema = z.object({
  claimId: z.string(),
  matches: z.array(ClaimMatchResponseSchema),
  /** The matches people unlinked as not the same claim, newest first (at most 20). */
  dismissed: z.array(DismissedMatchResponseSchema),
  /** How many other articles the matches come from. */
  articles: z.number().int(),
});

export type ClaimMatchView = z.infer<typeof ClaimMatchResponseSchema>;
export type DismissedMatchView = z.infer<typeof DismissedMatchResponseSchema>;
export type ClaimMatchesView = z.infer<typeof ClaimMatchesResponseSchema>;
