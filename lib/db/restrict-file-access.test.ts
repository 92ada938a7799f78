import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "./client";

describe("the SQLite database file", () => {
  it("is readable and writable by the app's own account only, however it was created", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrack-mode-"));
    const file = join(dir, "claimtrack.db");
    writeFileSync(file, "", { mode: 0o644 });
    const db = createDb(`file:${file}`);
    await db.$disconnect();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
