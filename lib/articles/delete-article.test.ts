import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { addEvidence } from "@/lib/claims/add-evidence";
import { addNote } from "@/lib/claims/add-note";
import { assignClaims } from "@/lib/claims/assign-claims";
import { listMyQueue } from "@/lib/claims/list-my-queue";
import { searchClaims } from "@/lib/claims/search-claims";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { getNewsroomCoverage } from "@/lib/coverage/get-newsroom-coverage";
import { exportClaims } from "@/lib/export/export-claims";
import { listSources } from "@/lib/sources/list-sources";
import { loadArticle } from "@/test/support/gold";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { articleChangeMarker, articleChanges } from "./article-change-marker";
import { deleteArticle } from "./delete-article";
import { getArticle } from "./get-article";
import { ingestArticle } from "./ingest-article";
import { listArticles } from "./list-articles";
import { listDeletedArticles, listPurgedArticles } from "./list-deleted-articles";
import { listOutlets } from "./list-outlets";
import { purgeArticle } from "./purge-article";
import { restoreArticle } from "./restore-article";
import { OPERATOR } from "@/lib/auth/permissions";

let t: TestDb;
const people = {} as Record<Actor["role"], Actor>;
/** The article that gets deleted (German seed, outlet "Gazette") and the one that stays (English, "Herald"). */
let gone: string;
let kept: string;
let checkedClaim: string;
/** A claim of the deleted article waiting in the fact-checker's queue. */
let openClaim: string;
const goneText = loadArticle("de-suedkorea-truppen").text;

const ingest = async (title: string, body: string, outlet: string) =>
  (await ingestArticle(t.db, OPERATOR, { title, body, outlet }, { maxBytes: 2 << 20 })).articleId;

/** Everything of an article a deletion must leave untouched, read straight from the tables. */
async function snapshot(articleId: string) {
  return t.db.claim.findMany({
    where: { articleId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      status: true,
      statusReason: true,
      version: true,
      label: true,
      assigneeId: true,
      deletedAt: true,
      citations: { orderBy: { id: "asc" }, select: { id: true, sourceId: true, role: true } },
      notes: { select: { id: true, body: true } },
      evidence: { select: { id: true, url: true } },
      events: { orderBy: { id: "asc" }, select: { id: true, type: true } },
    },
  });
}

const exportedArticles = async (actor: Actor) => {
  let json = "";
  for await (const chunk of exportClaims(t.db, actor, { format: "json" }).chunks) json += String(chunk);
  return new Set((JSON.parse(json) as { claims: { article: { id: string } }[] }).claims.map((c) => c.article.id));
};

beforeAll(async () => {
  t = await createTestDb();
  for (const role of ["admin", "editor", "factchecker", "viewer"] as const) {
    const user = await t.db.user.create({ data: { email: `${role}@x.org`, name: `The ${role}`, role } });
    people[role] = { ...user, role };
  }
  gone = await ingest("Südkorea entsendet Truppen", goneText, "Gazette");
  kept = await ingest("Drones over Seoul", loadArticle("en-seoul-drones").text, "Herald");
  // A review in progress on the article that will be deleted: a verdict, a note, evidence, an assignment.
  const claim = await t.db.claim.findFirstOrThrow({
    where: { articleId: gone, quote: { contains: "1.000 Soldaten" } },
  });
  checkedClaim = claim.id;
  const { factchecker, editor } = people;
  await setClaimStatus(t.db, factchecker, { status: "false", reason: "NIS denies it", version: 1, claimId: claim.id });
  await addNote(t.db, factchecker, { body: "Asked the ministry.", claimId: claim.id });
  await addEvidence(t.db, factchecker, { url: "https://example.org/nis", stance: "refutes", claimId: claim.id });
  openClaim = (await t.db.claim.findFirstOrThrow({ where: { articleId: gone, id: { not: claim.id } } })).id;
  await assignClaims(t.db, editor, { claimIds: [claim.id, openClaim], assigneeId: factchecker.id });
}, 120_000);
afterAll(async () => t?.drop());

describe("deleteArticle", () => {
  it("refuses fact-checkers and viewers, and a missing or empty reason, and leaves the article listed", async () => {
    for (const role of ["factchecker", "viewer"] as const)
      await expect(deleteArticle(t.db, people[role], { reason: "mistake", articleId: gone })).rejects.toMatchObject({
        code: "forbidden",
      });
    for (const reason of [undefined, "", "  ", "…!"])
      await expect(
        deleteArticle(t.db, people.editor, { ...({ reason } as { reason: string }), articleId: gone }),
      ).rejects.toMatchObject({
        code: "invalid_input",
        field: "reason",
        message: "Say why the article is deleted.",
      });
    await expect(
      deleteArticle(t.db, people.editor, { reason: "x".repeat(501), articleId: gone }),
    ).rejects.toMatchObject({
      code: "invalid_input",
    });
    expect((await listArticles(t.db, people.viewer)).total).toBe(2);
    expect(await t.db.articleEvent.count()).toBe(0);
  });

  it("hides the article an editor deleted from the article list, its search, the outlets and its page", async () => {
    const before = await snapshot(gone);
    expect((await listMyQueue(t.db, people.factchecker)).map((q) => q.claimId)).toEqual([openClaim]);
    const result = await deleteArticle(t.db, people.editor, {
      reason: "  Ingested twice by mistake ",
      articleId: gone,
    });
    expect(result).toMatchObject({ id: gone, title: "Südkorea entsendet Truppen" });

    const list = await listArticles(t.db, people.viewer);
    expect(list.total).toBe(1);
    expect(list.articles.map((a) => a.id)).toEqual([kept]);
    expect((await listArticles(t.db, people.viewer, { q: "Südkorea" })).total).toBe(0);
    expect(await listOutlets(t.db, people.viewer)).toEqual(["Herald"]);
    expect(await getArticle(t.db, gone)).toBeNull();
    // An open page's poll learns it was deleted; the page itself is as gone as an unknown article.
    expect(await articleChanges(t.db, gone)).toEqual({ marker: null, deleted: true });
    await expect(articleChangeMarker(t.db, gone)).rejects.toMatchObject({ code: "not_found" });
    await expect(articleChanges(t.db, "no-such-article")).rejects.toMatchObject({ code: "not_found" });
    // Nothing of it was changed: its claims, verdicts, notes, evidence and history are as they were.
    expect(await snapshot(gone)).toEqual(before);
    expect(
      await t.db.articleEvent.findMany({ select: { articleId: true, actorId: true, type: true, reason: true } }),
    ).toEqual([{ articleId: gone, actorId: people.editor.id, type: "deleted", reason: "Ingested twice by mistake" }]);
  });

  it("hides its claims from the claims search, My queue, the source counts and the exports", async () => {
    const keptClaims = await t.db.claim.count({ where: { articleId: kept, deletedAt: null } });
    const { admin, factchecker, viewer } = people;
    expect((await searchClaims(t.db, viewer, {})).total).toBe(keptClaims);
    expect((await searchClaims(t.db, viewer, { articleId: gone })).total).toBe(0);
    expect((await searchClaims(t.db, viewer, { q: "Soldaten" })).total).toBe(0);
    expect((await searchClaims(t.db, viewer, { status: "false" })).total).toBe(0);
    expect(await listMyQueue(t.db, factchecker)).toEqual([]);
    expect(await exportedArticles(admin)).toEqual(new Set([kept]));
    // The registry counts its own sources' citations; the kept article's unnamed sources ("Analysts") are its own.
    const citedByKept = await t.db.citation.count({
      where: { claim: { articleId: kept, deletedAt: null }, source: { scope: "" } },
    });
    const counted = (await listSources(t.db, people.viewer)).reduce((n, s) => n + s.claims, 0);
    expect(counted).toBe(citedByKept);
  });

  it("leaves it out of the newsroom coverage: figures, sources and articles, with and without filters", async () => {
    const { viewer } = people;
    const keptOnly = await t.db.claim.count({ where: { articleId: kept, deletedAt: null } });
    const all = await getNewsroomCoverage(t.db, viewer, {});
    expect(all.articleCount).toBe(1);
    expect(all.articles.map((a) => a.id)).toEqual([kept]);
    expect(all.figures.total).toBe(keptOnly);
    expect(all.figures).toEqual(all.articles[0]!.figures);
    expect(all.figures.byStatus.false).toBe(0);
    // The registry's sources the kept article cites (its unnamed "Analysts" get no newsroom row).
    const keptSources = await t.db.source.findMany({
      where: { scope: "", citations: { some: { claim: { articleId: kept } } } },
      select: { name: true },
    });
    expect(all.sources.map((s) => s.name).sort()).toEqual(keptSources.map((s) => s.name).sort());
    // The outlet filter goes through the list of article ids, the status filter through the grouped queries.
    const gazette = await getNewsroomCoverage(t.db, viewer, { outlet: "Gazette" });
    expect([gazette.articleCount, gazette.figures.total, gazette.sources.length]).toEqual([0, 0, 0]);
    const rated = await getNewsroomCoverage(t.db, viewer, { status: "false" });
    expect([rated.articleCount, rated.figures.total, rated.sources.length]).toEqual([0, 0, 0]);
  });

  it("refuses changes to its claims as not found, so the deleted article stays as it was", async () => {
    const { factchecker, editor } = people;
    await expect(
      setClaimStatus(t.db, factchecker, { status: "true", version: 2, claimId: checkedClaim }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(addNote(t.db, factchecker, { body: "late", claimId: checkedClaim })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(assignClaims(t.db, editor, { claimIds: [checkedClaim], assigneeId: null })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteArticle(t.db, editor, { reason: "again", articleId: gone })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("shows admins, and only admins, who deleted which article when and why", async () => {
    await expect(listDeletedArticles(t.db, people.editor)).rejects.toMatchObject({ code: "forbidden" });
    const [deleted, ...more] = await listDeletedArticles(t.db, people.admin);
    expect(more).toEqual([]);
    expect(deleted).toMatchObject({
      id: gone,
      title: "Südkorea entsendet Truppen",
      outlet: "Gazette",
      deletedBy: "The editor",
      reason: "Ingested twice by mistake",
    });
    expect(deleted!.claims).toBe(await t.db.claim.count({ where: { articleId: gone, deletedAt: null } }));
  });
});

describe("the same text after a deletion", () => {
  it("is stored as a new article, not sent to the hidden one, and blocks restoring the old one while it lives", async () => {
    const again = await ingestArticle(
      t.db,
      people.editor,
      { title: "Südkorea, zweiter Versuch", body: goneText },
      { maxBytes: 2 << 20 },
    );
    expect(again.status).toBe("created");
    expect(again.articleId).not.toBe(gone);
    await expect(restoreArticle(t.db, people.admin, { articleId: gone })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("Südkorea, zweiter Versuch"),
    });
    await deleteArticle(t.db, people.editor, { reason: "Only needed the old one", articleId: again.articleId });
    await purgeArticle(t.db, people.admin, { articleId: again.articleId });
  });
});

describe("restoreArticle", () => {
  it("is for admins only and brings the article back exactly as it was, verdicts and queue included", async () => {
    const before = await snapshot(gone);
    for (const role of ["editor", "factchecker", "viewer"] as const)
      await expect(restoreArticle(t.db, people[role], { articleId: gone })).rejects.toMatchObject({
        code: "forbidden",
      });
    expect(await restoreArticle(t.db, people.admin, { articleId: gone })).toEqual({
      id: gone,
      title: "Südkorea entsendet Truppen",
    });

    expect(await snapshot(gone)).toEqual(before);
    expect((await listArticles(t.db, people.viewer)).total).toBe(2);
    const claim = (await getArticle(t.db, gone))!.claims.find((c) => c.id === checkedClaim)!;
    expect(claim).toMatchObject({
      status: "false",
      statusReason: "NIS denies it",
      notes: [{ body: "Asked the ministry." }],
    });
    expect((await listMyQueue(t.db, people.factchecker)).map((q) => q.claimId)).toEqual([openClaim]);
    expect((await searchClaims(t.db, people.viewer, { status: "false" })).claims.map((c) => c.id)).toEqual([
      checkedClaim,
    ]);
    expect(await listDeletedArticles(t.db, people.admin)).toEqual([]);
    const events = await t.db.articleEvent.findMany({ where: { articleId: gone }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["deleted", people.editor.id],
      ["restored", people.admin.id],
    ]);
    // Its text is its own again: the same text is a duplicate once more.
    expect(await ingestArticle(t.db, OPERATOR, { title: "x", body: goneText }, { maxBytes: 2 << 20 })).toEqual({
      status: "duplicate",
      articleId: gone,
    });
  });

  it("refuses an article that is not deleted, and one that does not exist", async () => {
    await expect(restoreArticle(t.db, people.admin, { articleId: gone })).rejects.toMatchObject({ code: "conflict" });
    await expect(restoreArticle(t.db, people.admin, { articleId: "nope" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("purgeArticle", () => {
  const rowsOf = async (articleId: string) => ({
    article: await t.db.article.count({ where: { id: articleId } }),
    articleEvents: await t.db.articleEvent.count({ where: { articleId } }),
    claims: await t.db.claim.count({ where: { articleId } }),
    citations: await t.db.citation.count({ where: { claim: { articleId } } }),
    notes: await t.db.note.count({ where: { claim: { articleId } } }),
    evidence: await t.db.evidence.count({ where: { claim: { articleId } } }),
    claimEvents: await t.db.claimEvent.count({ where: { claim: { articleId } } }),
  });

  it("is for admins only, and only for a deleted article", async () => {
    await expect(purgeArticle(t.db, people.admin, { articleId: gone })).rejects.toMatchObject({ code: "conflict" });
    await deleteArticle(t.db, people.admin, { reason: "Wrong outlet", articleId: gone });
    await expect(purgeArticle(t.db, people.editor, { articleId: gone })).rejects.toMatchObject({ code: "forbidden" });
    expect((await rowsOf(gone)).claims).toBeGreaterThan(0);
  });

  it("removes the article with every row of it, leaves the other article whole and logs who purged what", async () => {
    const other = await rowsOf(kept);
    const sources = await t.db.source.count();
    const orphans = await Promise.all([t.db.citation.count(), t.db.note.count(), t.db.evidence.count()]);
    const own = await rowsOf(gone);
    expect(own.notes * own.evidence).toBeGreaterThan(0);

    expect(await purgeArticle(t.db, people.admin, { articleId: gone })).toMatchObject({ id: gone, claims: own.claims });

    expect(await rowsOf(gone)).toEqual({
      article: 0,
      articleEvents: 0,
      claims: 0,
      citations: 0,
      notes: 0,
      evidence: 0,
      claimEvents: 0,
    });
    expect(await Promise.all([t.db.citation.count(), t.db.note.count(), t.db.evidence.count()])).toEqual([
      orphans[0] - own.citations,
      orphans[1] - own.notes,
      orphans[2] - own.evidence,
    ]);
    expect(await rowsOf(kept)).toEqual(other);
    expect(await t.db.source.count()).toBe(sources);
    const log = await t.db.authEvent.findMany({ where: { type: "article_purged" }, orderBy: { createdAt: "asc" } });
    expect(log.at(-1)).toMatchObject({
      actorId: people.admin.id,
      detail: `“Südkorea entsendet Truppen” (${gone}, ${own.claims} claims)`,
    });
    expect((await listPurgedArticles(t.db, people.admin))[0]).toMatchObject({
      what: `“Südkorea entsendet Truppen” (${gone}, ${own.claims} claims)`,
      by: "The admin",
    });
    await expect(purgeArticle(t.db, people.admin, { articleId: gone })).rejects.toMatchObject({ code: "not_found" });
  });
});
