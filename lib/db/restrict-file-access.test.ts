import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTempDir } from "@/test/support/temp-dir";
import { createDb } from "./client";

const tempDir = testTempDir("claimtrack-mode-");

describe("the SQLite database file", () => {
  it("is readable and writable by the app's own account only, however it was created", async () => {
    const file = join(tempDir(), "claimtrack.db");
    writeFileSync(file, "", { mode: 0o644 });
    const db = createDb(`file:${file}`);
    await db.$disconnect();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
