import type { Db } from "@/lib/db/client";

/** The columns of a ClaimEvent a history shows, with the actor's name. */
export const EVENT_FIELDS = {
  claimId: true,
  type: true,
  from: true,
  to: true,
  reason: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const;

interface RawEvent {
  type: string;
  from: string | null;
  to: string | null;
  actor: { name: string } | null;
}

/**
 * Events as people read them: "assigned" events hold user ids, shown as names (one query for all of them), and the
 * actor becomes a name. Other fields pass through.
 */
export async function readableEvents<E extends RawEvent>(
  db: Db,
  events: E[],
): Promise<(Omit<E, "actor"> & { actor: string | null })[]> {
  const ids = [
    ...new Set(events.filter((e) => e.type === "assigned").flatMap((e) => [e.from, e.to].filter((v) => v !== null))),
  ];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const named = (type: string, value: string | null) =>
    type === "assigned" && value ? (names.get(value) ?? "?") : value;
  return events.map(({ actor, ...e }) => ({
    ...e,
    from: named(e.type, e.from),
    to: named(e.type, e.to),
    actor: actor?.name ?? null,
  }));
}
