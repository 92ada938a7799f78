import { describe, expect, it } from "vitest";
import { ArticleInputSchema } from "@/lib/articles/article-input";
import { typedText } from "./typed-text";

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error!.issues[0]!.message;

describe("typed text", () => {
  it("keeps tabs and line breaks, refuses control characters nobody types", () => {
    expect(typedText().parse("  Zeile eins\nZeile\tzwei  ")).toBe("Zeile eins\nZeile\tzwei");
    for (const bad of ["a\u0000b", "\u001b[31mrot", "x\u007f", "\u0008"])
      expect(messageOf(typedText().safeParse(bad))).toContain("control characters");
  });

  it("says what is missing for a field a form left out, and keeps every other check's own message", () => {
    const name = typedText("Give a name.").max(5);
    expect(messageOf(name.safeParse(undefined))).toBe("Give a name.");
    expect(messageOf(name.safeParse("a much longer name"))).not.toBe("Give a name.");
    expect(messageOf(typedText("Give a name.").max(5, "Five at most.").safeParse("longer"))).toBe("Five at most.");
    expect(messageOf(name.safeParse("a\u0000"))).toContain("control characters");
  });

  it("refuses an article body that is binary or has no words, and a title with control characters", () => {
    const article = (fields: object) => ArticleInputSchema.safeParse({ title: "T", body: "Es regnete.", ...fields });
    expect(article({}).success).toBe(true);
    expect(messageOf(article({ body: "\u0000\u0001\u0002" }))).toContain("binary");
    expect(messageOf(article({ body: "!!! --- ???" }))).toBe("The article text has no words in it.");
    expect(article({ body: "Сеул: 1000 солдат" }).success).toBe(true);
    expect(messageOf(article({ title: "Titel\u0007" }))).toContain("control characters");
  });
});
