/** Writes the published JSON Schemas: docs/extraction.schema.json and docs/claims-export.schema.json. */
import { writeFileSync } from "node:fs";
import { extractionJsonSchema } from "@/lib/extract/json-schema";
import { claimsExportJsonSchema } from "@/lib/export/claims-export-schema";

for (const [file, schema] of [
  ["extraction.schema.json", extractionJsonSchema()],
  ["claims-export.schema.json", claimsExportJsonSchema()],
] as const) {
  const out = new URL(`../docs/${file}`, import.meta.url);
  writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${out.pathname}`);
}
