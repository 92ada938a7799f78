/**
 * Why two linked claims are not the same claim: a desk's answer, each a kind of event in both claims' histories. Its
 * own module, without zod, for the form in the browser.
 */
export const DISMISSAL_REASONS = ["different_fact", "different_event", "other"] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];

/** A stored reason as one of the reasons; one this version does not know reads as "other". */
export const toDismissalReason = (value: string): DismissalReason =>
  (DISMISSAL_REASONS as readonly string[]).includes(value) ? (value as DismissalReason) : "other";
