/**
 * How long a claim's fields may be. The verbs' schemas refuse more, and the forms stop typing there: both read these,
 * so a form never lets someone type what the server will refuse. No imports: the browser's forms load this file.
 */
export const CLAIM_LIMITS = {
  text: 5000,
  label: 200,
  /** The reason given with a status, a removal or a bulk change. */
  reason: 2000,
  note: 5000,
  evidenceUrl: 2000,
  evidenceTitle: 300,
  evidenceExcerpt: 5000,
  search: 200,
} as const;
