import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { deleteArticle } from "@/lib/articles/delete-article";
import { purgeArticle } from "@/lib/articles/purge-article";
import { restoreArticle } from "@/lib/articles/restore-article";
import { bulkSetStatus } from "@/lib/claims/bulk-set-status";
import { setCitationRole, unlinkSource } from "@/lib/claims/change-citation";
import { linkSource } from "@/lib/claims/link-source";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { removeClaim } from "@/lib/claims/remove-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { splitClaim } from "@/lib/claims/split-claim";
import { listCitedSources } from "@/lib/sources/list-sources";
import { createArticle, createUser } from "@/test/support/factories";
import { ON_THE_PAGE } from "@/lib/db/live-article";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { getNewsroomCoverage } from "./get-newsroom-coverage";

// Each citation keeps a copy of its claim's status and standing, and each article its coverage figures per status,
// written by database triggers (the coverage counts and the claims page's source filter read only the copies). These
// tests change claims and articles through the verbs people use and hold every copy to the claims it copies, on
// whichever engine runs them.

let t: TestDb;
let checker: Actor;
let editor: Actor;
let admin: Actor;
beforeAll(async () => {
  t = await createTestDb();
  checker = await createUser(t.db, { role: "factchecker" });
  editor = await createUser(t.db, { role: "editor" });
  admin = await createUser(t.db, { role: "admin" });
}, 60_000);
afterAll(async () => t?.drop());

// A story of our own: three paragraphs, each citing another source.
const BODY = [
  "Laut dpa wurden in Kassel 300 Häuser durch das Hochwasser beschädigt.",
  "Reuters zufolge sperrte die Bahn zwei Strecken zwischen Kassel und Göttingen.",
  "Nach Angaben des Technischen Hilfswerks wurden 14 Menschen aus dem Wasser gerettet.",
].join("\n\n");

async function expectEveryCitationToMirrorItsClaim() {
  const citations = await t.db.citation.findMany({
    select: {
      id: true,
      claimStatus: true,
      claimShown: true,
      claimOrphaned: true,
      claim: { select: { status: true, deletedAt: true, anchor: true, article: { select: { deletedAt: true } } } },
    },
  });
  expect(citations.length).toBeGreaterThan(0);
  for (const { claim, ...copy } of citations)
    expect({ id: copy.id, status: copy.claimStatus, shown: copy.claimShown, orphaned: copy.claimOrphaned }).toEqual({
      id: copy.id,
      status: claim.status,
      shown: claim.deletedAt === null && claim.article.deletedAt === null,
      orphaned: claim.anchor === "orphaned",
    });
}

/** Every article's kept figures per status (ArticleFigures) are what its claims on the page add up to. */
async function expectEveryArticleToKeepItsFigures() {
  const claims = await t.db.claim.findMany({ where: ON_THE_PAGE });
  const counted: Record<string, number[]> = {};
  for (const c of claims) {
    const row = (counted[`${c.articleId} ${c.status}`] ??= [0, 0, 0, 0, 0, 0, 0]);
    const shares = [
      true,
      c.hedged,
      c.sourceCount >= 1,
      c.independentSources === 1,
      c.independentSources >= 2,
      c.unnamedOnly,
      c.changedAfterVerdict,
    ];
    shares.forEach((counts, i) => (row[i]! += counts ? 1 : 0));
  }
  const kept = await t.db.articleFigures.findMany();
  expect(Object.keys(counted).length).toBeGreaterThan(0);
  expect(
    Object.fromEntries(
      kept
        .map((f) => [
          `${f.articleId} ${f.status}`,
          [f.total, f.hedged, f.sourced, f.singleSource, f.independent, f.unnamedOnly, f.changedAfterVerdict],
        ])
        // A status an article's claims all left keeps a row of zeros.
        .filter(([, figures]) => (figures as number[]).some((n) => n !== 0)),
    ),
  ).toEqual(counted);
}

async function expectEveryCopyToMatch() {
  await expectEveryCitationToMirrorItsClaim();
  await expectEveryArticleToKeepItsFigures();
}

const claimCiting = async (articleId: string, name: string) =>
  t.db.claim.findFirstOrThrow({ where: { articleId, citations: { some: { source: { name } } } } });

/** The newsroom coverage's row of one source, as the page shows it (undefined: not listed). */
async function coverageOf(name: string) {
  const coverage = await getNewsroomCoverage(t.db, checker, {});
  return coverage.sources.find((s) => s.name === name);
}

const citedNames = async () => (await listCitedSources(t.db, checker)).map((s) => s.name);

describe("a citation's copy of its claim's status and standing", () => {
  it("follows a verdict, a source linked to a rated claim, and a claim removed", async () => {
    const { articleId } = await createArticle(t.db, { title: "Hochwasser in Kassel", body: BODY });
    await expectEveryCopyToMatch();
    expect(await coverageOf("Reuters")).toMatchObject({ claims: 1, rated: 0 });

    const reuters = await claimCiting(articleId, "Reuters");
    await setClaimStatus(t.db, checker, { claimId: reuters.id, status: "false", version: reuters.version });
    expect(await coverageOf("Reuters")).toMatchObject({ claims: 1, rated: 1, ratedFalse: 1 });

    // A citation added to a claim that already has a verdict counts under that verdict at once.
    await linkSource(t.db, checker, { claimId: reuters.id, source: { name: "Deutsche Bahn", type: "organization" } });
    await expectEveryCopyToMatch();
    expect(await coverageOf("Deutsche Bahn")).toMatchObject({ claims: 1, ratedFalse: 1 });
    expect(await citedNames()).toContain("Deutsche Bahn");

    const linked = await t.db.claim.findUniqueOrThrow({ where: { id: reuters.id } });
    await removeClaim(t.db, editor, { claimId: reuters.id, version: linked.version, reason: "Doppelt erfasst" });
    await expectEveryCopyToMatch();
    expect(await coverageOf("Deutsche Bahn")).toBeUndefined();
    expect(await citedNames()).not.toContain("Deutsche Bahn");
  });

  it("leaves the counts with a deleted article and comes back with it, without its removed claims", async () => {
    const { articleId } = await createArticle(t.db, {
      title: "Hochwasser in Fulda",
      body: BODY.replace(/Kassel/g, "Fulda"),
    });
    const dpa = await claimCiting(articleId, "Deutsche Presse-Agentur");
    await removeClaim(t.db, editor, { claimId: dpa.id, version: dpa.version, reason: "Keine Tatsachenbehauptung" });
    const before = (await coverageOf("Technisches Hilfswerk"))?.claims ?? 0;

    await deleteArticle(t.db, admin, { articleId, reason: "Falsch eingestellt" });
    await expectEveryCopyToMatch();
    expect((await coverageOf("Technisches Hilfswerk"))?.claims ?? 0).toBe(before - 1);

    await restoreArticle(t.db, admin, { articleId });
    await expectEveryCopyToMatch();
    expect((await coverageOf("Technisches Hilfswerk"))?.claims ?? 0).toBe(before);
    const stillRemoved = await t.db.citation.findMany({ where: { claimId: dpa.id } });
    expect(stillRemoved.map((c) => c.claimShown)).toEqual(stillRemoved.map(() => false));
  });

  it("follows a claim out of a new version of its article, and a merge", async () => {
    const { articleId } = await createArticle(t.db, {
      title: "Hochwasser in Kiel",
      body: BODY.replace(/Kassel/g, "Kiel"),
    });
    const before = (await coverageOf("Reuters"))?.claims ?? 0;
    const shorter = BODY.replace(/Kassel/g, "Kiel").split("\n\n");
    const result = await addArticleVersion(
      t.db,
      editor,
      { articleId, body: [shorter[0], shorter[2]].join("\n\n") },
      { maxBytes: 1 << 20 },
    );
    expect(result).toMatchObject({ status: "added", orphaned: 1 });
    await expectEveryCopyToMatch();
    // A claim no longer in the article is not the article's to cover.
    expect((await coverageOf("Reuters"))?.claims ?? 0).toBe(before - 1);

    const [first, second] = await t.db.claim.findMany({
      where: { articleId, anchor: { not: "orphaned" }, deletedAt: null },
      orderBy: { position: "asc" },
    });
    await setClaimStatus(t.db, checker, { claimId: second!.id, status: "true", version: second!.version });
    const fresh = await t.db.claim.findUniqueOrThrow({ where: { id: second!.id } });
    await mergeClaims(t.db, editor, {
      claimId: first!.id,
      version: first!.version,
      withId: fresh.id,
      withVersion: fresh.version,
    });
    await expectEveryCopyToMatch();

    // A rated claim whose words a new version changes is counted as changed after its verdict.
    const rated = await t.db.claim.findFirstOrThrow({
      where: { articleId, ...ON_THE_PAGE },
      orderBy: { position: "asc" },
    });
    await setClaimStatus(t.db, checker, { claimId: rated.id, status: "misleading", version: rated.version });
    const current = await t.db.article.findUniqueOrThrow({ where: { id: articleId } });
    const changed = await addArticleVersion(
      t.db,
      editor,
      { articleId, body: current.body.replace("300 Häuser", "320 Häuser") },
      { maxBytes: 1 << 20 },
    );
    expect(changed).toMatchObject({ status: "added" });
    expect(await t.db.claim.count({ where: { articleId, changedAfterVerdict: true, ...ON_THE_PAGE } })).toBe(1);
    await expectEveryCopyToMatch();

    // Split in two: both parts count, under the status the claim had.
    const whole = await t.db.claim.findFirstOrThrow({
      where: { articleId, ...ON_THE_PAGE },
      orderBy: { position: "asc" },
    });
    await splitClaim(t.db, editor, { claimId: whole.id, at: whole.quote.indexOf(" ", 12) + 1, version: whole.version });
    await expectEveryCopyToMatch();

    // Purged: its figures go with it.
    await deleteArticle(t.db, admin, { articleId, reason: "Doppelt" });
    await purgeArticle(t.db, admin, { articleId });
    expect(await t.db.articleFigures.count({ where: { articleId } })).toBe(0);
    await expectEveryCopyToMatch();
  });
  it("follows a verdict on several claims at once, a source unlinked, a role changed, and a verdict given again", async () => {
    const { articleId } = await createArticle(t.db, {
      title: "Hochwasser in Marburg",
      body: BODY.replace(/Kassel/g, "Marburg"),
    });
    const claimsOf = () => t.db.claim.findMany({ where: { articleId, ...ON_THE_PAGE }, orderBy: { position: "asc" } });
    await bulkSetStatus(t.db, checker, {
      status: "mostly_true",
      claims: (await claimsOf()).map((c) => ({ id: c.id, version: c.version })),
    });
    await expectEveryCopyToMatch();
    expect(await t.db.articleFigures.findMany({ where: { articleId, total: { gt: 0 } } })).toMatchObject([
      { status: "mostly_true", total: 3, sourced: 3 },
    ]);

    // A claim that loses its only source is no longer sourced.
    const reuters = await claimCiting(articleId, "Reuters");
    const [citation] = await t.db.citation.findMany({ where: { claimId: reuters.id } });
    await unlinkSource(t.db, checker, { claimId: reuters.id, citationId: citation!.id });
    await expectEveryCopyToMatch();
    const figures = () => t.db.articleFigures.findMany({ where: { articleId, total: { gt: 0 } } });
    expect(await figures()).toMatchObject([{ status: "mostly_true", total: 3, sourced: 2, independent: 0 }]);

    // A second source makes a claim independently sourced, until it turns out to relay the first.
    const dpa = await claimCiting(articleId, "Deutsche Presse-Agentur");
    const { citationId } = await linkSource(t.db, checker, {
      claimId: dpa.id,
      source: { name: "Hessischer Rundfunk", type: "broadcaster" },
    });
    await expectEveryCopyToMatch();
    expect(await figures()).toMatchObject([{ status: "mostly_true", sourced: 2, singleSource: 1, independent: 1 }]);
    const [dpaCitation] = await t.db.citation.findMany({ where: { claimId: dpa.id, id: { not: citationId } } });
    await setCitationRole(t.db, checker, {
      claimId: dpa.id,
      citationId,
      role: "relay",
      relayOfId: dpaCitation!.sourceId,
    });
    await expectEveryCopyToMatch();
    expect(await figures()).toMatchObject([{ status: "mostly_true", sourced: 2, singleSource: 2, independent: 0 }]);

    // A new version changes a rated claim's words: changed after its verdict, until a checker rates it again.
    const current = await t.db.article.findUniqueOrThrow({ where: { id: articleId } });
    await addArticleVersion(
      t.db,
      editor,
      { articleId, body: current.body.replace("300 Häuser", "310 Häuser") },
      { maxBytes: 1 << 20 },
    );
    await expectEveryCopyToMatch();
    const changed = await t.db.claim.findFirstOrThrow({ where: { articleId, changedAfterVerdict: true } });
    expect(
      (await t.db.articleFigures.findFirstOrThrow({ where: { articleId, status: "mostly_true" } })).changedAfterVerdict,
    ).toBe(1);
    await setClaimStatus(t.db, checker, { claimId: changed.id, status: "true", version: changed.version });
    await expectEveryCopyToMatch();
    expect(
      await t.db.articleFigures.findMany({ where: { articleId, total: { gt: 0 } }, orderBy: { status: "asc" } }),
    ).toMatchObject([
      { status: "mostly_true", total: 2, changedAfterVerdict: 0 },
      { status: "true", total: 1, changedAfterVerdict: 0 },
    ]);
  });
});
