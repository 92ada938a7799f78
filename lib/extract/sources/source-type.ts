import { z } from "zod";

/** What kind of source cites or is cited; shared by the extraction contract and the registry. */
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
export const SourceTypeSchema = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceTypeSchema>;

/** A registry entry the caller may add (the app passes its database registry). */
export const RegistryEntrySchema = z.object({
  name: z.string().min(1),
  type: SourceTypeSchema,
  aliases: z.array(z.string().min(1)).default([]),
});
export type RegistryEntry = z.input<typeof RegistryEntrySchema>;
