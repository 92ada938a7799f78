import { z } from "zod";

/** Verification statuses, in the order the review screen offers them (keys 1–8). */
export const CLAIM_STATUSES = [
  "unverified",
  "in_progress",
  "true",
  "mostly_true",
  "misleading",
  "false",
  "unproven",
  "not_checkable",
] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES, { error: `Choose a status: ${CLAIM_STATUSES.join(", ")}.` });
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export function toClaimStatus(value: string): ClaimStatus {
  const parsed = ClaimStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : "unverified";
}
