import { z } from "zod";
import { ExtractionSchema } from "./schema";

/** The extraction contract as JSON Schema, for consumers outside TypeScript. */
export function extractionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ExtractionSchema),
    $id: "https://claimtrack.invalid/schemas/extraction.schema.json",
    title: "Claimtrack extraction output",
  };
}
