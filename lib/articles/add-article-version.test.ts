import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { listMyQueue } from "@/lib/claims/list-my-queue";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { removeClaim } from "@/lib/claims/remove-claim";
import { addClaim } from "@/lib/claims/add-claim";
import { splitClaim } from "@/lib/claims/split-claim";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { exportClaims } from "@/lib/export/export-claims";
import type { ExportedClaim } from "@/lib/export/claims-export-schema";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { parseKey } from "@/lib/matching/match-terms";
import { addArticleVersion } from "./add-article-version";
import { listArticleVersions } from "./list-article-versions";

let t: TestDb;
let checker: Actor;
let editor: Actor;
let viewer: Actor;
beforeAll(async () => {
  t = await createTestDb();
  checker = await createUser(t.db, { role: "factchecker", name: "Vera Checker" });
  editor = await createUser(t.db, { role: "editor" });
  viewer = await createUser(t.db, { role: "viewer" });
}, 60_000);
afterAll(async () => t?.drop());

const LIMITS = { maxBytes: 1 << 20 };

// A story of our own, in the shape newsrooms revise: a figure, a quote, a paragraph added and one taken out.
const V1 = [
  "Die Stadt Kassel hat nach Angaben der Feuerwehr 14 Menschen aus dem Hochwasser gerettet.",
  "Laut dpa wurden 300 Häuser beschädigt.",
  "Der Bürgermeister sagte, die Dämme seien zu niedrig gewesen.",
  "Reuters zufolge sperrte die Bahn zwei Strecken.",
].join("\n\n");

async function article(body = V1) {
  const { articleId } = await createArticle(t.db, { title: "Hochwasser in Kassel", body });
  return articleId;
}

const claimsOf = (articleId: string) =>
  t.db.claim.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    include: { citations: true, events: { orderBy: { createdAt: "asc" } } },
  });

/** The one thing that must never happen: a claim that is on the page standing on words that are not its own. */
async function expectEveryClaimOnItsWords(articleId: string) {
  const { body } = await t.db.article.findUniqueOrThrow({ where: { id: articleId } });
  for (const claim of await claimsOf(articleId)) {
    if (claim.anchor === "orphaned") continue;
    expect(body.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(body.slice(Math.max(0, claim.start - claim.prefix.length), claim.start)).toBe(claim.prefix);
    for (const c of claim.citations) expect(c.end).toBeGreaterThan(c.start);
  }
}

describe("a new version of an article", () => {
  it("keeps untouched claims on their words, marks a corrected figure changed and flags the verdict for who gave it", async () => {
    const id = await article();
    const before = await claimsOf(id);
    const rescued = before.find((c) => c.quote.includes("14 Menschen"))!;
    const houses = before.find((c) => c.quote.includes("300 Häuser"))!;
    await setClaimStatus(t.db, checker, { claimId: rescued.id, status: "true", version: rescued.version });

    const v2 = V1.replace("14 Menschen", "41 Menschen").replace("Kassel hat", "Kassel hat am Sonntag");
    const result = await addArticleVersion(t.db, editor, { articleId: id, body: v2 }, LIMITS);

    expect(result).toMatchObject({ status: "added", version: 2, changed: 1, orphaned: 0, flagged: 1 });
    await expectEveryClaimOnItsWords(id);
    const after = new Map((await claimsOf(id)).map((c) => [c.id, c]));
    const changed = after.get(rescued.id)!;
    expect(changed).toMatchObject({ anchor: "changed", status: "true", changedAfterVerdict: true });
    expect(changed.previousQuote).toContain("14 Menschen");
    expect(changed.quote).toContain("41 Menschen");
    // What the card and the reports show of it is drafted from the new words, not left saying 14.
    expect(changed.text).toContain("41");
    expect(changed.text).not.toContain("14");
    expect(changed.quantities).toContain("41");
    expect(changed.recheckById).toBe(checker.id);
    expect(changed.events.at(-1)).toMatchObject({ type: "changed_in_version", articleVersion: 2 });
    // The claim whose sentence nobody touched moved with the text and nothing else about it changed.
    expect(after.get(houses.id)).toMatchObject({ anchor: "current", quote: houses.quote, version: houses.version });
    expect(after.get(houses.id)!.start).toBeGreaterThan(houses.start);

    // The verdict's author finds it at the top of their queue, with the words that changed.
    const queue = await listMyQueue(t.db, checker);
    expect(queue[0]).toMatchObject({ claimId: rescued.id, recheck: { orphaned: false } });
    // Setting the status again is the check: the flag goes, and the history names the version it was made on.
    await setClaimStatus(t.db, checker, { claimId: rescued.id, status: "misleading", version: changed.version });
    const rechecked = await t.db.claim.findUniqueOrThrow({ where: { id: rescued.id }, include: { events: true } });
    expect(rechecked).toMatchObject({ changedAfterVerdict: false, recheckById: null });
    expect(rechecked.events.find((e) => e.to === "misleading")).toMatchObject({ articleVersion: 2 });
    expect((await listMyQueue(t.db, checker)).some((q) => q.claimId === rescued.id)).toBe(false);
    // The report names the version it describes, and the claim's old words.
    let json = "";
    for await (const chunk of exportClaims(t.db, editor, { format: "json", articleId: id }).chunks) json += chunk;
    const exported = (JSON.parse(json) as { claims: ExportedClaim[] }).claims.find((c) => c.id === rescued.id)!;
    expect(exported).toMatchObject({
      article: { version: 2 },
      anchor: "changed",
      previousQuote: changed.previousQuote,
    });
  });

  it("orphans the claim of a deleted sentence, keeping its verdict, and extracts claims from a new one", async () => {
    const id = await article(V1.replace("Kassel", "Fulda"));
    const before = await claimsOf(id);
    const mayor = before.find((c) => c.quote.includes("Dämme"))!;
    await setClaimStatus(t.db, checker, { claimId: mayor.id, status: "false", version: mayor.version });

    const v2 = V1.replace("Kassel", "Fulda")
      .replace("Der Bürgermeister sagte, die Dämme seien zu niedrig gewesen.\n\n", "")
      .concat("\n\nNach Angaben des Landkreises kostete die Flut 20 Millionen Euro.");
    const result = await addArticleVersion(t.db, editor, { articleId: id, body: v2 }, LIMITS);

    expect(result).toMatchObject({ status: "added", orphaned: 1, flagged: 1 });
    expect(result.status === "added" && result.added).toBeGreaterThanOrEqual(1);
    await expectEveryClaimOnItsWords(id);
    const after = await claimsOf(id);
    expect(after.find((c) => c.id === mayor.id)).toMatchObject({
      anchor: "orphaned",
      status: "false",
      changedAfterVerdict: true,
      quote: mayor.quote,
    });
    const flood = after.find((c) => c.quote.includes("20 Millionen Euro"))!;
    expect(flood).toMatchObject({ anchor: "current", articleVersion: 2 });
    expect(flood.events[0]).toMatchObject({ type: "created", articleVersion: 2 });
    // Text order: the new claim comes last of those on the page, the orphaned one after them all.
    expect(after.at(-1)!.id).toBe(mayor.id);
    expect(after.at(-2)!.id).toBe(flood.id);
  });

  it("says unchanged for the same text, and stores nothing", async () => {
    const id = await article(V1.replace("Kassel", "Gießen"));
    const result = await addArticleVersion(
      t.db,
      editor,
      { articleId: id, body: V1.replace("Kassel", "Gießen") },
      LIMITS,
    );
    expect(result).toEqual({ status: "unchanged", articleId: id, version: 1 });
    expect((await listArticleVersions(t.db, viewer, id)).versions).toHaveLength(1);
  });

  it("refuses a text that is another article's, an empty one without a URL, and a viewer, writing nothing", async () => {
    const id = await article(V1.replace("Kassel", "Marburg"));
    const other = V1.replace("Kassel", "Wetzlar");
    await article(other);
    await expect(addArticleVersion(t.db, editor, { articleId: id, body: other }, LIMITS)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("stored already"),
    });
    await expect(addArticleVersion(t.db, editor, { articleId: id, body: "  " }, LIMITS)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("no URL"),
    });
    await expect(addArticleVersion(t.db, viewer, { articleId: id, body: `${V1} Neu.` }, LIMITS)).rejects.toMatchObject({
      status: 403,
    });
    await expect(addArticleVersion(t.db, editor, { articleId: "nope", body: V1 }, LIMITS)).rejects.toMatchObject({
      status: 404,
    });
    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1 });
    expect(await t.db.articleVersion.count({ where: { articleId: id } })).toBe(1);
  });

  it("does not bring a removed claim back as new, and keeps it on its words", async () => {
    const id = await article(V1.replace("Kassel", "Hanau"));
    const trains = (await claimsOf(id)).find((c) => c.quote.includes("zwei Strecken"))!;
    await removeClaim(t.db, editor, { claimId: trains.id, version: trains.version, reason: "Not a claim" });
    const v2 = `Update: Die Lage entspannt sich.\n\n${V1.replace("Kassel", "Hanau")}`;
    await addArticleVersion(t.db, editor, { articleId: id, body: v2 }, LIMITS);
    const after = await claimsOf(id);
    expect(after.filter((c) => c.quote.includes("zwei Strecken"))).toHaveLength(1);
    expect(after.find((c) => c.id === trains.id)).toMatchObject({ anchor: "current" });
    await expectEveryClaimOnItsWords(id);
  });

  it("two versions sent at once: both are stored one after the other, or the second is refused; none is lost", async () => {
    const id = await article(V1.replace("Kassel", "Bebra"));
    const base = V1.replace("Kassel", "Bebra");
    const results = await Promise.allSettled([
      addArticleVersion(t.db, editor, { articleId: id, body: base.replace("300", "310") }, LIMITS),
      addArticleVersion(t.db, checker, { articleId: id, body: base.replace("300", "320") }, LIMITS),
    ]);
    const added = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    for (const r of refused) expect(r.reason).toMatchObject({ status: 409 });
    const { versions, current } = await listArticleVersions(t.db, viewer, id);
    expect(current).toBe(1 + added.length);
    expect(versions.map((v) => v.number)).toEqual(Array.from({ length: current }, (_, i) => current - i));
    await expectEveryClaimOnItsWords(id);
  });

  it("a claim selected on a page of the last version is refused, never put on the words now at its offsets", async () => {
    const base = V1.replace("Kassel", "Alsfeld");
    const id = await article(base);
    const at = base.indexOf("Der Bürgermeister");
    const selection = { articleId: id, start: at, end: at + 40, articleVersion: 1 };
    // Sent while the new version is being stored: it waits for it (and is refused), or lands first and moves with it
    // (or lands while the version is worked out, which is worked out again, and refused only if that keeps happening).
    const revised = { articleId: id, body: `Eilmeldung: Pegel steigt.\n\n${base}` };
    const [version, racing] = await Promise.allSettled([
      addArticleVersion(t.db, editor, revised, LIMITS),
      addClaim(t.db, editor, selection),
    ]);
    if (racing.status === "rejected") expect(racing.reason).toMatchObject({ status: 409, reason: "new_version_since" });
    if (version.status === "rejected") {
      expect(version.reason).toMatchObject({ status: 409, reason: "claims_meanwhile" });
      await addArticleVersion(t.db, editor, revised, LIMITS);
    }
    await expectEveryClaimOnItsWords(id);
    await expect(addClaim(t.db, editor, selection)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("new version"),
    });
  });

  it("a claim no longer in the article cannot be split or merged: its offsets are another version's", async () => {
    const base = V1.replace("Kassel", "Eschwege");
    const id = await article(base);
    await addArticleVersion(
      t.db,
      editor,
      { articleId: id, body: base.replace(/Der Bürgermeister[^\n]*\n\n/, "") },
      LIMITS,
    );
    const claims = await claimsOf(id);
    const gone = claims.find((c) => c.anchor === "orphaned")!;
    const neighbour = claims.find((c) => c.anchor !== "orphaned")!;
    await expect(splitClaim(t.db, editor, { claimId: gone.id, at: 5, version: gone.version })).rejects.toMatchObject({
      status: 400,
      reason: "orphaned",
    });
    await expect(
      mergeClaims(t.db, editor, {
        claimId: neighbour.id,
        version: neighbour.version,
        withId: gone.id,
        withVersion: gone.version,
      }),
    ).rejects.toMatchObject({ status: 400, reason: "orphaned" });
    await expectEveryClaimOnItsWords(id);
  });

  it("flags a removed claim's verdict too, so a restore does not bring it back unflagged on other words", async () => {
    const base = V1.replace("Kassel", "Homberg");
    const id = await article(base);
    const rescued = (await claimsOf(id)).find((c) => c.quote.includes("14 Menschen"))!;
    await setClaimStatus(t.db, checker, { claimId: rescued.id, status: "true", version: rescued.version });
    const removed = await t.db.claim.findUniqueOrThrow({ where: { id: rescued.id } });
    await removeClaim(t.db, editor, { claimId: rescued.id, version: removed.version });
    const result = await addArticleVersion(t.db, editor, { articleId: id, body: base.replace("14", "41") }, LIMITS);
    // The counts are of the claims on the page; the flag is on the claim all the same.
    expect(result).toMatchObject({ changed: 0, flagged: 1 });
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: rescued.id } })).toMatchObject({
      anchor: "changed",
      changedAfterVerdict: true,
      recheckById: checker.id,
    });
  });

  it("a changed claim cites what its new words cite", async () => {
    const base = V1.replace("Kassel", "Melsungen");
    const id = await article(base);
    const houses = (await claimsOf(id)).find((c) => c.quote.includes("300 Häuser"))!;
    const sources = async () =>
      (await t.db.citation.findMany({ where: { claimId: houses.id }, include: { source: true } })).map(
        (c) => c.source.name,
      );
    expect(await sources()).toEqual(["Deutsche Presse-Agentur"]);
    await addArticleVersion(t.db, editor, { articleId: id, body: base.replace("Laut dpa", "Laut Polizei") }, LIMITS);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: houses.id } })).toMatchObject({ anchor: "changed" });
    expect(await sources()).toEqual(["Polizei"]);
    await expectEveryClaimOnItsWords(id);
  });

  it("a verdict given while a version is stored is flagged, or the one that came second is refused: never lost", async () => {
    for (const town of ["Rotenburg", "Bad Hersfeld", "Schwalmstadt"]) {
      const base = V1.replace("Kassel", town);
      const id = await article(base);
      const rescued = (await claimsOf(id)).find((c) => c.quote.includes("14 Menschen"))!;
      await Promise.allSettled([
        addArticleVersion(t.db, editor, { articleId: id, body: base.replace("14", "41") }, LIMITS),
        setClaimStatus(t.db, checker, { claimId: rescued.id, status: "true", version: rescued.version }),
      ]);
      const after = await t.db.claim.findUniqueOrThrow({ where: { id: rescued.id } });
      if (after.status === "true" && after.anchor === "changed") expect(after.changedAfterVerdict).toBe(true);
      await expectEveryClaimOnItsWords(id);
    }
  });

  it("flags a verdict on one clause of a sentence whose other clause changed, though its own words stayed", async () => {
    const stamp = Date.now();
    const body = [
      `Update ${stamp}.`,
      "According to AP, 300 houses were damaged.",
      "The city denied the reports, and the mayor called them exaggerated.",
    ].join("\n\n");
    const id = await article(body);
    const denied = (await claimsOf(id)).find((c) => c.quote.startsWith("The city denied"))!;
    expect(denied.quote).not.toContain("mayor"); // one clause of the sentence
    await setClaimStatus(t.db, checker, { claimId: denied.id, status: "true", version: denied.version });
    const result = await addArticleVersion(
      t.db,
      editor,
      { articleId: id, body: body.replace("the mayor called them exaggerated", "the mayor confirmed them") },
      LIMITS,
    );
    expect(result).toMatchObject({ flagged: 1 });
    const after = await t.db.claim.findUniqueOrThrow({ where: { id: denied.id }, include: { events: true } });
    expect(after).toMatchObject({ anchor: "current", quote: denied.quote, changedAfterVerdict: true });
    expect(after.events.find((e) => e.type === "changed_in_version")).toMatchObject({
      from: expect.stringContaining("exaggerated"),
      to: expect.stringContaining("confirmed"),
    });
    expect((await listMyQueue(t.db, checker)).some((q) => q.claimId === denied.id)).toBe(true);
    await expectEveryClaimOnItsWords(id);
  });

  it("keys the claims it kept anew when the lead now names another place", async () => {
    const body = [
      "Bei Waldbränden in Portugal sind nach Angaben des Zivilschutzes drei Feuerwehrleute ums Leben gekommen.",
      "Rund 2.000 Menschen mussten ihre Häuser verlassen.",
    ].join("\n\n");
    const { articleId } = await createArticle(t.db, { body });
    const evacuated = async () => {
      const claim = await t.db.claim.findFirstOrThrow({
        where: { articleId, quote: { contains: "2.000 Menschen" } },
        select: { matchKey: true },
      });
      return parseKey(claim.matchKey)?.entities;
    };
    expect(await evacuated()).toEqual(["portugal"]);
    // The correction moves the fires to Spain; the evacuation's own words stay as they were.
    await addArticleVersion(t.db, editor, { articleId, body: body.replace("in Portugal", "in Spanien") }, LIMITS);
    expect(await evacuated()).toEqual(["spain"]);
  });

  it("lists the versions, newest first, with how the claims fared and who stored each", async () => {
    const id = await article(V1.replace("Kassel", "Korbach"));
    await addArticleVersion(
      t.db,
      editor,
      { articleId: id, body: V1.replace("Kassel", "Korbach").replace("300", "350") },
      LIMITS,
    );
    const { current, versions } = await listArticleVersions(t.db, viewer, id);
    expect(current).toBe(2);
    expect(versions[0]).toMatchObject({ number: 2, changed: 1, orphaned: 0, createdBy: editor.name, fetched: false });
    expect(versions[1]).toMatchObject({ number: 1 });
  });
});
