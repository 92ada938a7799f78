import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { listOutlets } from "@/lib/articles/list-outlets";
import { recountSources } from "@/lib/claims/sourcing";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { getNewsroomCoverage } from "./get-newsroom-coverage";
import { mostOftenRatedFalse } from "./sum-coverage";

let t: TestDb;
const viewer: Actor = { id: "v", email: "v@x.org", name: "Vera", role: "viewer" };

type Cite = [source: string, role?: "origin" | "relay", relayOf?: string];
type Made = { status?: string; hedged?: boolean; cites?: Cite[]; deleted?: boolean };

/**
 * An article with claims built by hand, so every figure below is known without the extractor. One transaction and one
 * insert for the claims: an article of 1,100 claims built row by row took 9 s on PostgreSQL.
 */
async function article(title: string, outlet: string | null, publishedAt: Date | null, claims: Made[]) {
  const sources = new Map((await t.db.source.findMany()).map((s) => [s.name, s.id] as const));
  const sourceId = async (name: string) => {
    if (!sources.has(name)) sources.set(name, (await t.db.source.create({ data: { name, type: "other" } })).id);
    return sources.get(name)!;
  };
  for (const name of claims.flatMap((c) => (c.cites ?? []).flatMap(([n, , relayOf]) => [n, relayOf ?? n])))
    await sourceId(name);
  return t.db.$transaction(
    async (tx) => {
      const created = await tx.article.create({
        data: { title, body: title, language: "de", outlet, publishedAt, contentHash: title, extractorVersion: "test" },
      });
      const rows = await tx.claim.createManyAndReturn({
        data: claims.map((c, position) => ({
          articleId: created.id,
          position,
          start: 0,
          end: 1,
          quote: "x",
          text: `${title} ${position}`,
          label: `${title} ${position}`,
          kind: "claim",
          status: c.status ?? "unverified",
          hedged: c.hedged ?? false,
          deletedAt: c.deleted ? new Date() : null,
        })),
        select: { id: true, position: true },
      });
      const idAt = new Map(rows.map((r) => [r.position, r.id]));
      await tx.citation.createMany({
        data: claims.flatMap((c, position) =>
          (c.cites ?? []).map(([name, role = "origin", relayOf]) => ({
            claimId: idAt.get(position)!,
            sourceId: sources.get(name)!,
            relayOfId: relayOf ? sources.get(relayOf)! : null,
            mention: name,
            start: 0,
            end: 1,
            cue: "laut",
            resolution: "explicit",
            role,
          })),
        ),
      });
      // The figures the domain verbs keep with every citation change (ingest, link, unlink, role, merge, split).
      for (const id of idAt.values()) await recountSources(tx, id);
      return created.id;
    },
    { timeout: 60_000 },
  );
}

beforeAll(async () => {
  t = await createTestDb();
  // Tagesschau, 10 March: AP relays NIS (one origin), AP alone rated false, nothing, a removed claim.
  await article("Früh", "Tagesschau", new Date("2026-03-10T09:00:00Z"), [
    { status: "true", cites: [["AP", "relay", "NIS"], ["NIS"]] },
    { status: "false", hedged: true, cites: [["AP"]] },
    {},
    { status: "false", cites: [["AP"]], deleted: true },
  ]);
  // Guardian, 20 March, 23:30 UTC = 21 March in Berlin: two origins; AP rated misleading; Reuters true.
  await article("Spät", "The Guardian", new Date("2026-03-20T23:30:00Z"), [
    { status: "true", cites: [["Reuters"], ["CSIS"]] },
    { status: "misleading", cites: [["AP"]] },
  ]);
  // No outlet, no publication date: dated by when it was added (now).
  await article("Ohne", null, null, [{ cites: [["Reuters"]] }]);
}, 60_000);
afterAll(async () => t?.drop());

describe("newsroom coverage", () => {
  it("adds up every article's figures and lists the articles side by side, newest first", async () => {
    const c = await getNewsroomCoverage(t.db, viewer, {});
    expect(c.figures).toMatchObject({ total: 6, sourced: 5, unsourced: 1, independent: 1, singleSource: 4, hedged: 1 });
    expect(c.figures.byStatus).toMatchObject({ true: 2, false: 1, misleading: 1, unverified: 2 });
    expect(c.articles.map((a) => a.title)).toEqual(["Ohne", "Spät", "Früh"]);
    expect(c.articles.find((a) => a.title === "Früh")!.figures).toMatchObject({
      total: 3,
      singleSource: 2,
      unsourced: 1,
    });
  });

  it("tells per source how often it is cited as origin or relay, and what the checks found", async () => {
    const { sources } = await getNewsroomCoverage(t.db, viewer, {});
    const ap = sources.find((s) => s.name === "AP")!;
    expect(ap).toMatchObject({ claims: 3, asOrigin: 2, asRelay: 1, rated: 3, ratedFalse: 2 });
    expect(sources[0]!.name).toBe("AP"); // most cited first
    expect(mostOftenRatedFalse(sources).map((s) => s.name)).toEqual(["AP"]);
    expect(sources.find((s) => s.name === "Reuters")).toMatchObject({ claims: 2, rated: 1, ratedFalse: 0 });
  });

  it("filters by outlet, status and whole days in the newsroom's time zone", async () => {
    const guardian = await getNewsroomCoverage(t.db, viewer, { outlet: "The Guardian" });
    expect(guardian.articles.map((a) => a.title)).toEqual(["Spät"]);
    const falseOnly = await getNewsroomCoverage(t.db, viewer, { status: "false" });
    expect(falseOnly.figures.total).toBe(1);
    expect(falseOnly.sources.map((s) => s.name)).toEqual(["AP"]);
    // Only the articles with a claim of that status are listed and counted.
    expect([falseOnly.articleCount, falseOnly.articles.map((a) => a.title)]).toEqual([1, ["Früh"]]);
    // 20 March 23:30 UTC is already 21 March in Berlin.
    const on20th = await getNewsroomCoverage(t.db, viewer, { from: "2026-03-20", to: "2026-03-20" });
    expect(on20th.articles).toEqual([]);
    const march = await getNewsroomCoverage(t.db, viewer, { from: "2026-03-01", to: "2026-03-21" });
    expect(march.articles.map((a) => a.title)).toEqual(["Spät", "Früh"]);
    await expect(getNewsroomCoverage(t.db, viewer, { from: "10.03.2026" })).rejects.toThrow("YYYY-MM-DD");
    expect(await listOutlets(t.db, viewer)).toEqual(["Tagesschau", "The Guardian"]);
  });

  it("leaves out an article whose every claim was removed, and counts it again when one comes back", async () => {
    const before = await getNewsroomCoverage(t.db, viewer, {});
    const id = await article("Leer", "Tagesschau", new Date("2026-03-15T09:00:00Z"), [{ deleted: true }]);
    const empty = await getNewsroomCoverage(t.db, viewer, {});
    expect([empty.articleCount, empty.figures.total]).toEqual([before.articleCount, before.figures.total]);
    expect(empty.articles.map((a) => a.title)).not.toContain("Leer");
    await t.db.claim.updateMany({ where: { articleId: id }, data: { deletedAt: null } });
    const back = await getNewsroomCoverage(t.db, viewer, {});
    expect([back.articleCount, back.figures.total]).toEqual([before.articleCount + 1, before.figures.total + 1]);
    expect(back.articles.map((a) => a.title)).toContain("Leer");
    await t.db.claim.updateMany({ where: { articleId: id }, data: { deletedAt: new Date() } });
  });

  it("counts an article of 1,100 claims, past SQLite's 999-parameter limit", async () => {
    await article(
      "Viele",
      "Tagesschau",
      new Date("2025-01-01T12:00:00Z"),
      Array.from({ length: 1100 }, (_, i) => ({ cites: i % 2 ? [["AP"] as Cite] : [] })),
    );
    const c = await getNewsroomCoverage(t.db, viewer, { to: "2025-12-31" });
    expect(c.articles).toHaveLength(1);
    expect(c.figures).toMatchObject({ total: 1100, unsourced: 550, singleSource: 550 });
  }, 60_000);

  it("lists the articles a page at a time, while figures and sources count them all", async () => {
    for (let i = 0; i < 52; i++)
      await article(`Archiv ${i}`, "Archiv", new Date(Date.UTC(2024, 0, 1 + i)), [{ cites: [["dpa"]] }]);
    const first = await getNewsroomCoverage(t.db, viewer, { outlet: "Archiv" });
    const second = await getNewsroomCoverage(t.db, viewer, { outlet: "Archiv", page: 2 });
    expect([first.articleCount, first.figures.total, first.sources[0]]).toMatchObject([52, 52, { claims: 52 }]);
    expect(first.articles).toHaveLength(50);
    expect(first.articles[0]!.title).toBe("Archiv 51"); // newest first
    expect(second.articles.map((a) => a.title)).toEqual(["Archiv 1", "Archiv 0"]);
  }, 60_000);
});
