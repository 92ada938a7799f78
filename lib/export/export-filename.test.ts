import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { exportFilename, slugify } from "./export-filename";

describe("slugify", () => {
  it("writes a title in lower-case ASCII words joined by hyphens, umlauts spelled out", () => {
    expect(slugify("Südkorea, „Truppen“ an der Grenze: 312 Tote?")).toBe("suedkorea-truppen-an-der-grenze-312-tote");
    expect(slugify("Straße nach Österreich")).toBe("strasse-nach-oesterreich");
    expect(slugify("Élysée-Palast – Macron’s ﬁrst day")).toBe("elysee-palast-macron-s-first-day");
  });

  it("cuts a long title at a word's end, a single long word at the limit", () => {
    const slug = slugify("Bundesregierung beschließt Haushalt für das kommende Jahr nach langem Streit");
    expect(slug).toBe("bundesregierung-beschliesst-haushalt-fuer-das");
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slugify("Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller")).toHaveLength(50);
    expect(slugify("eins zwei drei", 8)).toBe("eins");
  });

  it("leaves nothing of a title without Latin letters or digits", () => {
    expect(slugify("Новости дня")).toBe("");
    expect(slugify("„…“ – !")).toBe("");
  });
});

describe("exportFilename", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  }, 60_000);
  afterAll(async () => t?.drop());

  const name = (articleId?: string, excel = false) =>
    exportFilename(t.db, { articleId, day: "2026-12-01", excel, extension: "csv" });

  it("names one article's report by its title and the day, the CSV for Excel apart", async () => {
    const { articleId } = await createArticle(t.db, { title: "Brückensperrung in Köln" });
    expect(await name(articleId)).toBe("claims-brueckensperrung-in-koeln-2026-12-01.csv");
    expect(await name(articleId, true)).toBe("claims-brueckensperrung-in-koeln-2026-12-01-excel.csv");
    expect(await name()).toBe("claims-all-2026-12-01.csv");
  });

  it("adds the end of the id when another article has the same title or the title leaves no slug", async () => {
    const first = await createArticle(t.db, { title: "Liveblog: Hochwasser" });
    const second = await createArticle(t.db, { title: "Liveblog: Hochwasser" });
    const names = [await name(first.articleId), await name(second.articleId)];
    expect(names[0]).toBe(`claims-liveblog-hochwasser-${first.articleId.slice(-6)}-2026-12-01.csv`);
    expect(names[1]).not.toBe(names[0]);
    const russian = await createArticle(t.db, { title: "Наводнение" });
    expect(await name(russian.articleId)).toBe(`claims-article-${russian.articleId.slice(-6)}-2026-12-01.csv`);
  });

  it("tells nothing of a deleted article's title", async () => {
    const { articleId } = await createArticle(t.db, { title: "Vertraulicher Entwurf" });
    await t.db.article.update({ where: { id: articleId }, data: { deletedAt: new Date(), contentHash: null } });
    expect(await name(articleId)).toBe(`claims-article-${articleId.slice(-6)}-2026-12-01.csv`);
  });
});
