import { describe, expect, it } from "vitest";
import { localPath } from "./local-path";

describe("localPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(localPath("/claims?status=false#top")).toBe("/claims?status=false#top");
    expect(localPath("/articles/abc")).toBe("/articles/abc");
  });

  it("never lets a browser leave for another host after sign-in", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "/%5Cevil.example",
      "/\t/evil.example",
      "/%09/evil.example",
      "/\n/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
    ]) {
      const path = localPath(decodeURIComponent(next));
      expect(new URL(path, "https://news.example").origin).toBe("https://news.example");
    }
  });
});
