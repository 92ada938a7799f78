import type { Tx } from "@/lib/db/client";

const PHRASES: Record<string, string> = {
  text_edited: "edited the text",
  label_edited: "edited the label",
  split: "split the claim",
  merged: "merged a neighbour into it",
  merged_into: "merged it into its neighbour",
  removed: "removed it",
  restored: "restored it",
};

/** "Ed set the status from unverified to true" — for a conflict message, so nobody has to guess what changed. */
export async function describeLastChange(tx: Tx, claimId: string): Promise<string> {
  const event = await tx.claimEvent.findFirst({
    where: { claimId, claimVersion: { not: null } },
    orderBy: [{ claimVersion: "desc" }, { createdAt: "desc" }],
    select: { type: true, from: true, to: true, actor: { select: { name: true } } },
  });
  if (!event) return "by someone else";
  const who = event.actor?.name ?? "someone";
  return event.type === "status_changed"
    ? `${who} set the status from ${event.from} to ${event.to}`
    : `${who} ${PHRASES[event.type] ?? event.type}`;
}
