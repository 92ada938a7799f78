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
/** Where a carried-over verdict came from, as the conflict message names it. */
const CARRIED_FROM: Record<string, string> = {
  verdict_carried_over: "a match",
  verdict_carried_over_in_story: "the closest claim in another report of this story",
};

/** The newest change to a claim, for a conflict message: who did what (and for a status, from what to what). */
export interface LastChange {
  who: string;
  type: string;
  from: string;
  to: string;
  /** "Ed set the status from unverified to true", in English (the API's and the CLI's language). */
  text: string;
}

/** What changed last, so nobody has to guess; the interface translates it from the parts. */
export async function describeLastChange(tx: Tx, claimId: string): Promise<LastChange> {
  const event = await tx.claimEvent.findFirst({
    where: { claimId, claimVersion: { not: null } },
    orderBy: [{ claimVersion: "desc" }, { createdAt: "desc" }],
    select: { type: true, from: true, to: true, actor: { select: { name: true } } },
  });
  if (!event) return { who: "", type: "unknown", from: "", to: "", text: "by someone else" };
  const who = event.actor?.name ?? "someone";
  const parts = { who, type: event.type, from: event.from ?? "", to: event.to ?? "" };
  return {
    ...parts,
    text:
      event.type === "status_changed"
        ? `${who} set the status from ${event.from} to ${event.to}`
        : CARRIED_FROM[event.type]
          ? `${who} carried over the verdict ${event.to} from ${CARRIED_FROM[event.type]}`
          : `${who} ${PHRASES[event.type] ?? event.type}`,
  };
}
