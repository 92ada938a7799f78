import type { Db, Tx } from "@/lib/db/client";

/**
 * Every kind of change a claim's history records. The review page, the activity feed and the exports name each in
 * both languages (messages/*.json, review.event.<type>; claim-events.test.ts holds them to it), so a new kind of
 * change is added here first and the compiler shows every place that must say what it means.
 */
export const CLAIM_EVENT_TYPES = [
  "created",
  "status_changed",
  "note_added",
  "evidence_added",
  "assigned",
  "text_edited",
  "label_edited",
  "split",
  "split_off",
  "merged",
  "merged_into",
  "removed",
  "restored",
  "source_linked",
  "source_unlinked",
  "citation_role",
  "verdict_carried_over",
  "verdict_carried_over_in_story",
  "match_dismissed_different_fact",
  "match_dismissed_different_event",
  "match_dismissed_other",
  "match_restored",
  "changed_in_version",
  "orphaned",
] as const;
export type ClaimEventType = (typeof CLAIM_EVENT_TYPES)[number];

/** One change to one claim: who made it, what it was, the value before and after, and the claim's new version. */
export interface ClaimEvent {
  claimId: string;
  actorId: string | null;
  type: ClaimEventType;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  claimVersion?: number;
  /** The claim the change came from (a verdict carried over from a match). */
  relatedClaimId?: string | null;
  /** The article version the change was made on. */
  articleVersion?: number | null;
}

/** Writes one change to a claim's history, inside the transaction that made the change. */
export async function recordClaimEvent(tx: Tx | Db, event: ClaimEvent): Promise<void> {
  await tx.claimEvent.create({ data: event });
}

/** Writes several changes at once (a bulk status change, a split; an ingest writes its "created" events with insertRows). */
export async function recordClaimEvents(tx: Tx | Db, events: ClaimEvent[]): Promise<void> {
  if (events.length > 0) await tx.claimEvent.createMany({ data: events });
}
