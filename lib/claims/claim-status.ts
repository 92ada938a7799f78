/**
 * Verification statuses, in the order the review screen offers them (keys 1–8). No imports: the browser's review
 * tools load this file, and its schema (claim-status-schema.ts) would bring zod into their bundle.
 */
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
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Statuses that are a finding about the claim (not "still open" and not "cannot be checked"). */
export const VERDICT_STATUSES = [
  "true",
  "mostly_true",
  "misleading",
  "false",
  "unproven",
] as const satisfies readonly ClaimStatus[];
export const isVerdict = (status: string): boolean => (VERDICT_STATUSES as readonly string[]).includes(status);

export const isClaimStatus = (value: unknown): value is ClaimStatus =>
  (CLAIM_STATUSES as readonly unknown[]).includes(value);

/** A status as stored, read back: anything the list does not know reads as not yet checked. */
export function toClaimStatus(value: string): ClaimStatus {
  return isClaimStatus(value) ? value : "unverified";
}
