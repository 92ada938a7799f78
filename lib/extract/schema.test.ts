import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractionJsonSchema } from "./json-schema";

describe("the published JSON Schema of the extraction contract", () => {
  it("matches the zod schema (run `npm run schema:write` after changing the contract)", () => {
    const published = JSON.parse(readFileSync(new URL("../../docs/extraction.schema.json", import.meta.url), "utf8"));
    expect(published).toEqual(extractionJsonSchema());
  });
});
