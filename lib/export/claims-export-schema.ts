import { z } from "zod";
import { ClaimStatusSchema } from "@/lib/claims/claim-status-schema";
import { LanguageSchema, SourceTypeSchema } from "@/lib/extract/schema";

/** The version of the JSON export; a breaking change to its shape gets a new one. */
// 2: each claim's notes and its article's language (the published schema allows no unknown properties, so adding
// them is a new version). 3: the article's version, and each claim's anchor in it (changed, with the old words; or
// no longer in the article) and whether its verdict is to be checked again.
export const CLAIMS_EXPORT_VERSION = "claimtrack.claims-export/3";

export const ExportedSourceSchema = z.object({
  name: z.string(),
  type: SourceTypeSchema,
  role: z.enum(["origin", "relay"]),
  relayOf: z.string().nullable(),
  cue: z.string(),
  mention: z.string(),
});

/** A fact-checker's note on a claim; `parentId` names the note it replies to. */
export const ExportedNoteSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  /** Null when the author's account was deleted. */
  author: z.string().nullable(),
  body: z.string(),
  /** Every time in this machine format is UTC; the human reports print the newsroom's time zone. */
  createdAt: z.string().describe("ISO 8601, UTC"),
});
export type ExportedNote = z.infer<typeof ExportedNoteSchema>;

export const ExportedClaimSchema = z.object({
  id: z.string(),
  article: z.object({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    language: LanguageSchema,
    /** Which version of the article the report describes (1 as first stored, one more with each new text). */
    version: z.number().int(),
  }),
  label: z.string(),
  text: z.string(),
  quote: z.string(),
  /** UTF-16 offsets of the quote in the article text (of its last version that had them, for an orphaned claim). */
  start: z.number().int(),
  end: z.number().int(),
  /** Its words as extracted; changed by a later version (previousQuote has the old ones); or no longer in it. */
  anchor: z.enum(["current", "changed", "orphaned"]),
  previousQuote: z.string().nullable(),
  /** Its words changed (or left the article) after it got its verdict: the verdict is to be checked again. */
  changedAfterVerdict: z.boolean(),
  kind: z.enum(["claim", "opinion"]),
  hedged: z.boolean(),
  origin: z.enum(["extracted", "manual"]),
  extractorVersion: z.string().nullable(),
  status: ClaimStatusSchema,
  statusReason: z.string().nullable(),
  sources: z.array(ExportedSourceSchema),
  evidence: z.array(
    z.object({ url: z.string(), title: z.string().nullable(), stance: z.enum(["supports", "refutes", "context"]) }),
  ),
  /** Oldest first. */
  notes: z.array(ExportedNoteSchema),
  assignee: z.string().nullable(),
  /** When the claim last changed. */
  lastChange: z.string().describe("ISO 8601, UTC"),
});
export type ExportedClaim = z.infer<typeof ExportedClaimSchema>;

/** The whole JSON export: everything about each claim, plus what was asked for. */
export const ClaimsExportSchema = z.object({
  schema: z.literal(CLAIMS_EXPORT_VERSION),
  exportedAt: z.string(),
  filters: z.record(z.string(), z.string()),
  claims: z.array(ExportedClaimSchema),
});

/** The export contract as JSON Schema (docs/claims-export.schema.json), for consumers outside TypeScript. */
export function claimsExportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ClaimsExportSchema),
    $id: "https://claimtrack.invalid/schemas/claims-export.schema.json",
    title: "Claimtrack claims export",
  };
}
