/** The parts of a history entry that say what changed, for each kind of event. */
export interface EventLike {
  type: string;
  from: string | null;
  to: string | null;
  reason: string | null;
}

const quoted = (value: string | null) => (value ? `“${value.length > 120 ? `${value.slice(0, 117)}…` : value}”` : "—");

/**
 * "unverified → true", "“old text” → “new text”", "Associated Press (relay)": the detail after the event's name.
 * `statusLabel` translates status and assignee values; texts are shown as they were written.
 */
export function eventDetail(e: EventLike, statusLabel: (value: string | null) => string): string {
  switch (e.type) {
    case "status_changed":
    case "verdict_carried_over":
    case "verdict_carried_over_in_story":
    case "assigned":
      return `${statusLabel(e.from)} → ${statusLabel(e.to)}`;
    case "text_edited":
    case "label_edited":
    case "split":
    case "merged":
    case "changed_in_version":
      return `${quoted(e.from)} → ${quoted(e.to)}`;
    case "orphaned":
    case "match_dismissed_different_fact":
    case "match_dismissed_different_event":
    case "match_dismissed_other":
    case "match_restored":
      return quoted(e.from);
    case "split_off":
      return quoted(e.to);
    case "source_linked":
      return `${e.to ?? ""}${e.reason ? ` (${e.reason})` : ""}`;
    case "source_unlinked":
      return e.from ?? "";
    case "citation_role":
      return `${e.reason ?? ""}: ${e.from ?? ""} → ${e.to ?? ""}`;
    default:
      return "";
  }
}

/** Whether the event's reason is already part of its detail (so it is not repeated in brackets). */
export const reasonInDetail = (type: string) => type === "source_linked" || type === "citation_role";
