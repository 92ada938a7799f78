/** Writes docs/extraction.schema.json from the zod contract in lib/extract/schema.ts. */
import { writeFileSync } from "node:fs";
import { extractionJsonSchema } from "@/lib/extract/json-schema";

const out = new URL("../docs/extraction.schema.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(extractionJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
