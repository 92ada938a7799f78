import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getArticle } from "@/lib/articles/get-article";
import { purgeArticle } from "@/lib/articles/purge-article";
import { getArticleCoverage } from "@/lib/coverage/get-article-coverage";
import { getNewsroomCoverage } from "@/lib/coverage/get-newsroom-coverage";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { loadSourceRegistry } from "./load-source-registry";
import { listCitedSources, listSourceNames, listSources } from "./list-sources";
import { linkSource } from "@/lib/claims/link-source";

/**
 * Class 11 of issue 16: "officials", "informierte Kreise" are unnamed sources of the article that cites them. Two
 * stories' officials are different people: they must never become one source, an alias or a registry entry.
 */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

const unnamedOf = (articleId: string) =>
  t.db.source.findMany({ where: { scope: articleId }, select: { id: true, name: true, type: true } });

describe(`unnamed sources (${process.env.TEST_DATABASE_URL?.startsWith("postgres") ? "PostgreSQL" : "SQLite"})`, () => {
  it("keeps each article's 'officials' its own: two rows, no alias, not in the registry or its lists", async () => {
    const first = await createArticle(t.db, { body: "Officials said the plant would close in June. AP reported it." });
    const second = await createArticle(t.db, { body: "Officials said the bridge was safe." });
    const [a] = await unnamedOf(first.articleId);
    const [b] = await unnamedOf(second.articleId);
    expect(a).toMatchObject({ name: "Officials", type: "unnamed" });
    expect(b).toMatchObject({ name: "Officials", type: "unnamed" });
    expect(a!.id).not.toBe(b!.id);
    expect(await t.db.sourceAlias.count({ where: { sourceId: { in: [a!.id, b!.id] } } })).toBe(0);
    expect((await loadSourceRegistry(t.db)).map((e) => e.name)).not.toContain("Officials");
    expect((await listSources(t.db, await createUser(t.db, { role: "viewer" }))).map((s) => s.name)).not.toContain(
      "Officials",
    );
    expect(await listSourceNames(t.db, await createUser(t.db, { role: "viewer" }))).not.toContain("Officials");
  });

  it("keeps a description nothing fitted ('the company said') to its article, out of the registry", async () => {
    const { articleId } = await createArticle(t.db, { body: "The company said the plant would close in June." });
    expect(await unnamedOf(articleId)).toEqual([expect.objectContaining({ name: "Company" })]);
    expect(await listSourceNames(t.db, await createUser(t.db, { role: "viewer" }))).not.toContain("Company");
  });

  it("keeps each story's police and coast guard its own, and one origin with the other language's", async () => {
    // Two reports of one ferry accident, a week after a Berlin story whose police are other people.
    const berlin = await createArticle(t.db, { body: "Laut Polizei wurde in Berlin ein Auto gestohlen." });
    const de = await createArticle(t.db, {
      outlet: "Inselbote",
      body: "Beim Fährunglück vor Kreta wurden nach Angaben der Küstenwache 40 Menschen verletzt.",
    });
    const en = await createArticle(t.db, {
      outlet: "Harbour Times",
      body: "40 people were injured when a ferry ran aground off Crete, the coast guard said.",
    });
    expect(await unnamedOf(berlin.articleId)).toEqual([expect.objectContaining({ name: "Polizei" })]);
    expect(await unnamedOf(de.articleId)).toEqual([expect.objectContaining({ name: "Küstenwache" })]);
    expect(await unnamedOf(en.articleId)).toEqual([expect.objectContaining({ name: "Coast guard" })]);
    const viewer = await createUser(t.db, { role: "viewer" });
    expect(await listSourceNames(t.db, viewer)).not.toEqual(expect.arrayContaining(["Polizei"]));
    expect(await listSourceNames(t.db, viewer)).not.toEqual(expect.arrayContaining(["Coast guard"]));
    // The same claim from two outlets that both have it from the coast guard: corroborated by no one.
    const linked = { claim: { articleId: en.articleId }, other: { articleId: de.articleId } };
    expect(await t.db.claimLink.count({ where: linked })).toBe(1);
    const corroborated = (await getArticleCoverage(t.db, viewer, en.articleId))!.corroborated;
    expect(corroborated).toEqual([]);
  });

  it("counts a claim resting only on unnamed sources, on the article's and the newsroom's coverage", async () => {
    const viewer = await createUser(t.db, { role: "viewer" });
    const { articleId } = await createArticle(t.db, {
      body: "Laut informierten Kreisen wird das Gesetz verschoben. Laut AP kamen 40 Gäste nach Bonn.",
    });
    const coverage = (await getArticleCoverage(t.db, await createUser(t.db, { role: "viewer" }), articleId))!.coverage;
    expect(coverage).toMatchObject({ total: 2, sourced: 2, unnamedOnly: 1 });
    const before = (await getNewsroomCoverage(t.db, viewer, {})).figures.unnamedOnly;
    const { articleId: other } = await createArticle(t.db, { body: "Regierungskreisen zufolge ist der Plan tot." });
    const newsroom = await getNewsroomCoverage(t.db, viewer, {});
    expect(newsroom.figures.unnamedOnly).toBe(before + 1);
    // No row pools the stories' unnamed sources; the claims filter offers none of them either.
    expect(newsroom.sources.map((s) => s.name)).not.toContain("Regierungskreisen");
    expect((await listCitedSources(t.db, await createUser(t.db, { role: "viewer" }))).map((s) => s.name)).not.toContain(
      "Informierten Kreisen",
    );
    // A named source linked by hand: the claim no longer rests on unnamed sources only.
    const editor = await createUser(t.db, { role: "editor" });
    const claim = (await getArticle(t.db, other))!.claims[0]!;
    const ap = await t.db.source.findFirstOrThrow({ where: { name: "Associated Press", scope: "" } });
    await linkSource(t.db, editor, { sourceId: ap.id, claimId: claim.id });
    expect((await getNewsroomCoverage(t.db, viewer, {})).figures.unnamedOnly).toBe(before);
  });

  it("refuses to link one article's unnamed source to another article's claim", async () => {
    const editor = await createUser(t.db, { role: "editor" });
    const { articleId } = await createArticle(t.db, { body: "Diplomats said the talks had failed." });
    const [diplomats] = await unnamedOf(articleId);
    const { articleId: other } = await createArticle(t.db);
    const claim = (await getArticle(t.db, other))!.claims[0]!;
    await expect(linkSource(t.db, editor, { sourceId: diplomats!.id, claimId: claim.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("removes an article's unnamed sources when it is purged, and keeps the registry's", async () => {
    const admin = await createUser(t.db, { role: "admin" });
    const { articleId } = await createArticle(t.db, { body: "Insiders said the merger was off, AP reported." });
    expect(await unnamedOf(articleId)).toHaveLength(1);
    await deleteArticle(t.db, admin, { reason: "test", articleId });
    await purgeArticle(t.db, admin, { articleId });
    expect(await unnamedOf(articleId)).toEqual([]);
    expect(await t.db.source.count({ where: { name: "Associated Press", scope: "" } })).toBe(1);
  });
});
