/**
 * What kind of source cites or is cited; shared by the extraction contract and the registry. No imports: the
 * browser's link-a-source form loads this file, and the schemas beside it (source-type.ts) would bring zod.
 */
export const SOURCE_TYPES = [
  "news_agency",
  "newspaper",
  "broadcaster",
  "think_tank",
  "government",
  "intelligence_service",
  "person",
  "organization",
  "study",
  /** Described, not named ("officials", "informierte Kreise"): a source of one article, never pooled across them. */
  "unnamed",
  "other",
] as const;
