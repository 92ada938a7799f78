import { z } from "zod";
import { SourceRegistry } from "./sources/source-registry";
import { RegistryEntrySchema, SourceTypeSchema } from "./sources/source-type";

/**
 * The extraction contract (docs/extraction.schema.json is written from it): what `extractClaims` returns and what `claims extract --format json`
 * prints. Every offset is a UTF-16 index into the input exactly as given, so `input.slice(start, end)` is the quote.
 */

export { SOURCE_TYPES, SourceTypeSchema, RegistryEntrySchema } from "./sources/source-type";
export type { SourceType, RegistryEntry } from "./sources/source-type";

export const LanguageSchema = z.enum(["de", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

export const SentenceKindSchema = z.enum(["heading", "claim", "opinion", "question", "boilerplate"]);
export type SentenceKind = z.infer<typeof SentenceKindSchema>;

export const ClaimKindSchema = z.enum(["claim", "opinion"]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const ResolutionSchema = z.enum(["explicit", "continuation", "coreference", "unresolved"]);
export type Resolution = z.infer<typeof ResolutionSchema>;

export const CitationRoleSchema = z.enum(["origin", "relay"]);
export type CitationRole = z.infer<typeof CitationRoleSchema>;

/**
 * What kind of words attribute the claim: a verb of saying or believing ("sagte", "said"), a framing preposition
 * ("laut", "zufolge", "according to"), a relayed origin ("citing", "unter Berufung auf"), a passive agent ("vom
 * Geheimdienst bestätigt"), a participle (", saying"), a headline's colon or dash, or a later sentence that
 * confirms this one ("Diese Information wurde vom ukrainischen Geheimdienst bestätigt").
 */
export const CueKindSchema = z.enum([
  "verb",
  "according_to",
  "citing",
  "passive",
  "participle",
  "headline",
  "confirmation",
]);
export type CueKind = z.infer<typeof CueKindSchema>;

const SpanShape = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

export const ExtractedSentenceSchema = z.object({
  ...SpanShape,
  kind: SentenceKindSchema,
  /** Index of the paragraph (block) the sentence belongs to. */
  block: z.number().int().nonnegative(),
});
export type ExtractedSentence = z.infer<typeof ExtractedSentenceSchema>;

export const ClaimSourceSchema = z.object({
  name: z.string().min(1),
  type: SourceTypeSchema,
  /** The words of the article that name the source, at `start`..`end` (for continuation: the earlier mention). */
  mention: z.string().min(1),
  ...SpanShape,
  cue: z.string(),
  /** The kind of cue, so later stages never parse the cue's words again. */
  cueKind: CueKindSchema,
  /** The id of the rule that matched ("de.zufolge", "en.speech-verb.inverted"): why the extractor says so. */
  rule: z.string().min(1),
  resolution: ResolutionSchema,
  role: CitationRoleSchema,
  /** For a relay: the name of the origin it passes on ("AP, citing NIS": AP relays NIS). */
  relayOf: z.string().optional(),
});
export type ClaimSource = z.infer<typeof ClaimSourceSchema>;

export const ComparatorSchema = z.enum(["=", ">", ">=", "<", "<=", "~", "range"]);
export type Comparator = z.infer<typeof ComparatorSchema>;

export const QuantitySchema = z.object({
  text: z.string().min(1),
  value: z.number(),
  /** Upper bound of a range ("10 bis 20", "between 10 and 20"). */
  max: z.number().optional(),
  comparator: ComparatorSchema,
  unit: z.string().optional(),
  ...SpanShape,
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const ExtractedClaimSchema = z.object({
  ...SpanShape,
  quote: z.string(),
  /** The atomic statement; may differ from the quote after a compound sentence is split. */
  text: z.string().min(1),
  label: z.string().min(1),
  kind: ClaimKindSchema,
  hedged: z.boolean(),
  /** Index into `sentences` of the sentence the claim comes from. */
  sentence: z.number().int().nonnegative(),
  sources: z.array(ClaimSourceSchema),
  quantities: z.array(QuantitySchema),
});
export type ExtractedClaim = z.infer<typeof ExtractedClaimSchema>;

export const ExtractedSourceSchema = z.object({
  name: z.string().min(1),
  type: SourceTypeSchema,
  mentions: z.array(z.string().min(1)),
  /** True when the name came from the registry (built-in or the caller's), false for a newly inferred source. */
  known: z.boolean(),
  resolution: ResolutionSchema,
});
export type ExtractedSource = z.infer<typeof ExtractedSourceSchema>;

export const ExtractionSchema = z.object({
  language: LanguageSchema,
  extractor: z.string().regex(/^claimtrack-extract@\d+\.\d+\.\d+$/),
  sentences: z.array(ExtractedSentenceSchema),
  claims: z.array(ExtractedClaimSchema),
  sources: z.array(ExtractedSourceSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

export const ExtractOptionsSchema = z.object({
  language: z.enum(["de", "en", "auto"]).default("auto"),
  publishedAt: z.coerce.date().optional(),
  // Entries, or a SourceRegistry built once by a caller that extracts many articles with the same registry.
  registry: z.union([z.array(RegistryEntrySchema), z.instanceof(SourceRegistry)]).default([]),
});
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
