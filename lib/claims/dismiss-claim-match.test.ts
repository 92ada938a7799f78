import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getArticle } from "@/lib/articles/get-article";
import { carryOverVerdict } from "./carry-over-verdict";
import { dismissClaimMatch } from "./dismiss-claim-match";
import { editClaim } from "./edit-claim";
import { linkClaims } from "./link-claims";
import { mergeClaims } from "./merge-claims";
import { listClaimHistory } from "./list-claim-history";
import { listClaimMatches } from "./list-claim-matches";
import { listMyQueue } from "./list-my-queue";
import { restoreClaimMatch } from "./restore-claim-match";
import { setClaimStatus } from "./set-claim-status";

// Our own sentences: one fact in two languages, and a third report that the rules link too.
const ENGLISH = "North Korea has sent more than 1,000 troops to Russia, South Korea's spy agency said on Friday.";
const GERMAN = "Nordkorea hat nach Angaben des Geheimdienstes NIS mehr als 1.000 Soldaten nach Russland entsandt.";
const THIRD = "Nordkorea hat laut NIS über 1.000 Soldaten nach Russland geschickt, berichtet Yonhap.";

let t: TestDb;
let checker: Actor;
let english: { claim: string; article: string };
let german: { claim: string; article: string };
let third: { claim: string; article: string };
const ingest = async (title: string, body: string) => {
  const { articleId } = await createArticle(t.db, { title, body });
  const claim = await t.db.claim.findFirstOrThrow({ where: { articleId }, orderBy: { position: "asc" } });
  return { claim: claim.id, article: articleId };
};
const matchIds = async (claimId: string) =>
  (await listClaimMatches(t.db, checker, { claimId })).matches.map((m) => m.claimId);
const linkRows = () => t.db.claimLink.count({ where: { claimId: { in: [english.claim, german.claim] } } });

beforeAll(async () => {
  t = await createTestDb();
  checker = await createUser(t.db, { role: "factchecker", name: "Fenna" });
  english = await ingest("Korea Herald", ENGLISH);
  german = await ingest("dpa", GERMAN);
  third = await ingest("Yonhap", THIRD);
});
afterAll(() => t?.drop());

/** A claim My queue lists as doubted, unlinked before the merge test's (which checks the queue's order). */
let doubtedFirst: string;

describe("a match a person says is not the same claim", () => {
  it("starts linked both ways (the premise)", async () => {
    expect(await matchIds(german.claim)).toContain(english.claim);
    expect(await matchIds(english.claim)).toContain(german.claim);
  });

  it("refuses a viewer, a missing reason, a claim paired with itself and one not there, writing nothing", async () => {
    const before = JSON.stringify([
      await linkRows(),
      await t.db.claimEvent.count(),
      await t.db.claimLinkDismissal.count(),
    ]);
    const viewer = await createUser(t.db, { role: "viewer" });
    const pair = { claimId: german.claim, otherId: english.claim };
    await expect(dismissClaimMatch(t.db, viewer, { ...pair, reason: "different_fact" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(dismissClaimMatch(t.db, checker, { ...pair, reason: "because" as "other" })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("Say why"),
    });
    await expect(dismissClaimMatch(t.db, checker, { ...pair, reason: "other", note: "  " })).rejects.toMatchObject({
      status: 400,
      field: "note",
      message: "Say in the note which reason it is.",
    });
    await expect(
      dismissClaimMatch(t.db, checker, { claimId: german.claim, otherId: german.claim, reason: "different_fact" }),
    ).rejects.toMatchObject({ status: 400, field: "otherId" });
    await expect(
      dismissClaimMatch(t.db, checker, { claimId: german.claim, otherId: "gone", reason: "different_fact" }),
    ).rejects.toMatchObject({ status: 400, message: "That claim is not there (any more)." });
    await expect(
      dismissClaimMatch(t.db, checker, { claimId: "nope", otherId: english.claim, reason: "different_fact" }),
    ).rejects.toMatchObject({ status: 404 });
    expect(
      JSON.stringify([await linkRows(), await t.db.claimEvent.count(), await t.db.claimLinkDismissal.count()]),
    ).toBe(before);
  });

  it("unlinks the pair from both sides, lists it as dismissed, and both histories say who and why", async () => {
    const answer = await dismissClaimMatch(t.db, checker, {
      claimId: german.claim,
      otherId: english.claim,
      reason: "different_event",
      note: "  The Herald means the October deployment.  ",
    });
    expect(answer).toEqual({ dismissed: true, waitsFor: [] }); // no verdict was carried across them
    expect(await matchIds(german.claim)).not.toContain(english.claim);
    expect(await matchIds(english.claim)).not.toContain(german.claim);
    // The third report is still linked to both: only the one pair was unlinked.
    expect(await matchIds(german.claim)).toContain(third.claim);
    const { dismissed } = await listClaimMatches(t.db, checker, { claimId: english.claim });
    expect(dismissed).toEqual([
      expect.objectContaining({
        claimId: german.claim,
        text: expect.stringContaining("1.000 Soldaten nach Russland entsandt"),
        article: expect.objectContaining({ title: "dpa" }),
        reason: "different_event",
        note: "The Herald means the October deployment.",
        by: "Fenna",
      }),
    ]);
    for (const [claim, other, title] of [
      [german.claim, english.claim, "Korea Herald"],
      [english.claim, german.claim, "dpa"],
    ] as const) {
      const [entry] = (await listClaimHistory(t.db, checker, claim)).history;
      expect(entry).toMatchObject({
        type: "match_dismissed_different_event",
        reason: "The Herald means the October deployment.",
        related: { claimId: other, articleTitle: title },
      });
    }
  });

  it("a second person unlinking the same pair is told who did it first; nothing is written twice", async () => {
    const other = await createUser(t.db, { role: "editor", name: "Ole" });
    const events = await t.db.claimEvent.count();
    await expect(
      dismissClaimMatch(t.db, other, { claimId: english.claim, otherId: german.claim, reason: "different_fact" }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining("Fenna already said") });
    expect(await t.db.claimEvent.count()).toBe(events);
    expect(await t.db.claimLinkDismissal.count()).toBe(1);
  });

  it("matching the articles again (a rematch, a new report) does not link the pair again", async () => {
    await linkClaims(t.db, german.article);
    await linkClaims(t.db, english.article);
    await ingest("Reuters", "North Korea sent over 1,000 soldiers to Russia, according to the NIS.");
    expect(await matchIds(german.claim)).not.toContain(english.claim);
    expect(await matchIds(english.claim)).not.toContain(german.claim);
    expect(await matchIds(german.claim)).toContain(third.claim);
  });

  it("undone, the pair's link is back as it was, both ways, and no other link changed; a second undo is refused", async () => {
    const others = async () =>
      (await t.db.claimLink.findMany({ where: { claimId: english.claim }, select: { otherId: true } }))
        .map((l) => l.otherId)
        .sort();
    const before = await others();
    expect(await restoreClaimMatch(t.db, checker, { claimId: english.claim, otherId: german.claim })).toEqual({
      linked: true,
    });
    expect(await others()).toEqual([...before, german.claim].sort());
    expect(await matchIds(german.claim)).toContain(english.claim);
    expect(await matchIds(english.claim)).toContain(german.claim);
    expect((await listClaimMatches(t.db, checker, { claimId: english.claim })).dismissed).toEqual([]);
    const [entry] = (await listClaimHistory(t.db, checker, german.claim)).history;
    expect(entry).toMatchObject({ type: "match_restored", related: { claimId: english.claim } });
    await expect(
      restoreClaimMatch(t.db, checker, { claimId: english.claim, otherId: german.claim }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("a match listed live (its article not matched yet) is unlinked too, and stays apart once it is matched", async () => {
    const late = await ingest("AFP", "North Korea has deployed more than 1,000 soldiers to Russia, the NIS said.");
    await t.db.article.update({ where: { id: late.article }, data: { matchedAt: null } });
    await t.db.claimLink.deleteMany({ where: { OR: [{ claimId: late.claim }, { otherId: late.claim }] } });
    expect(await matchIds(late.claim)).toContain(english.claim);
    await dismissClaimMatch(t.db, checker, { claimId: late.claim, otherId: english.claim, reason: "different_fact" });
    expect(await matchIds(late.claim)).not.toContain(english.claim);
    await linkClaims(t.db, late.article);
    expect(await matchIds(late.claim)).not.toContain(english.claim);
    expect(await matchIds(english.claim)).not.toContain(late.claim);
    // It had no stored link to put back: undone, the next matching decides.
    expect(await restoreClaimMatch(t.db, checker, { claimId: late.claim, otherId: english.claim })).toEqual({
      linked: false,
    });
    await linkClaims(t.db, late.article);
    expect(await matchIds(late.claim)).toContain(english.claim);
  });

  it("a verdict carried over from a claim later unlinked says so on the card, until the unlinking is undone", async () => {
    const fromThird = async () =>
      (await getArticle(t.db, third.article))!.claims.find((c) => c.id === third.claim)!.verdictFrom;
    await setClaimStatus(t.db, checker, { claimId: german.claim, status: "false", version: 1 });
    const { version } = await t.db.claim.findUniqueOrThrow({ where: { id: third.claim } });
    await carryOverVerdict(t.db, checker, { claimId: third.claim, fromClaimId: german.claim, version });
    expect(await fromThird()).toMatchObject({ claimId: german.claim, unlinked: false });
    await dismissClaimMatch(t.db, checker, { claimId: third.claim, otherId: german.claim, reason: "different_fact" });
    expect(await fromThird()).toMatchObject({ claimId: german.claim, unlinked: true });
    await restoreClaimMatch(t.db, checker, { claimId: german.claim, otherId: third.claim });
    expect(await fromThird()).toMatchObject({ unlinked: false });
  });

  it("who carried a verdict over from a claim later unlinked finds it in My queue, until it is checked again", async () => {
    // After the test above: the third report's verdict is the one Fenna carried over from the German claim, linked.
    const olek = await createUser(t.db, { role: "factchecker", name: "Olek" });
    const doubted = async (actor: Actor) =>
      (await listMyQueue(t.db, actor))
        .filter((q) => q.verdictFromUnlinked)
        .map((q) => [q.claimId, q.verdictFromUnlinked!.claimId, q.verdictFromUnlinked!.title]);
    expect(await doubted(checker)).toEqual([]);

    // Olek, who unlinks them, is told whose queue the verdict now waits in.
    const answer = await dismissClaimMatch(t.db, olek, {
      claimId: german.claim,
      otherId: third.claim,
      reason: "different_event",
    });
    expect(answer.waitsFor).toEqual(["Fenna"]);
    expect(await doubted(checker)).toEqual([[third.claim, german.claim, "dpa"]]);
    expect(await doubted(olek)).toEqual([]); // who unlinked it did not give the verdict
    await restoreClaimMatch(t.db, olek, { claimId: third.claim, otherId: german.claim });
    expect(await doubted(checker)).toEqual([]);

    await dismissClaimMatch(t.db, olek, { claimId: third.claim, otherId: german.claim, reason: "different_fact" });
    const { version } = await t.db.claim.findUniqueOrThrow({ where: { id: third.claim } });
    await setClaimStatus(t.db, olek, { claimId: third.claim, status: "unproven", version });
    expect(await doubted(checker)).toEqual([]); // a status of its own: the carried verdict no longer stands
    await restoreClaimMatch(t.db, checker, { claimId: german.claim, otherId: third.claim });
  });

  it("a doubted verdict stays in My queue however many carry-overs come after it; a deleted source is named, not linked", async () => {
    const source = await ingest(
      "Andes dpa",
      "Chile hat laut Gesundheitsministerium 120 Tonnen Impfstoff nach Peru geliefert.",
    );
    const target = await ingest(
      "Andes Herald",
      "Chile delivered 150 tonnes of vaccine to Peru, the health ministry said.",
    );
    doubtedFirst = target.claim;
    expect(await matchIds(target.claim)).toContain(source.claim);
    await setClaimStatus(t.db, checker, { claimId: source.claim, status: "misleading", version: 1 });
    await carryOverVerdict(t.db, checker, { claimId: target.claim, fromClaimId: source.claim, version: 1 });
    await dismissClaimMatch(t.db, checker, { claimId: target.claim, otherId: source.claim, reason: "different_fact" });
    // 600 carry-overs by the same person after it, from the same source to a claim not unlinked from it (stored as
    // the verb stores them).
    await t.db.claimEvent.createMany({
      data: Array.from({ length: 600 }, () => ({
        claimId: english.claim,
        relatedClaimId: source.claim,
        actorId: checker.id,
        type: "verdict_carried_over",
        from: "unverified",
        to: "false",
      })),
    });
    const sourceOf = async () =>
      (await listMyQueue(t.db, checker)).find((q) => q.claimId === target.claim)?.verdictFromUnlinked;
    expect(await sourceOf()).toMatchObject({ claimId: source.claim, title: "Andes dpa", live: true });

    const editor = await createUser(t.db, { role: "editor", name: "Edda" });
    await deleteArticle(t.db, editor, { articleId: source.article, reason: "Published twice." });
    expect(await sourceOf()).toMatchObject({ claimId: source.claim, live: false });
  });

  it("the card and My queue read the same unlinking, through a merge too", async () => {
    const source = await ingest(
      "Andes Wire",
      "Chile delivered 120 tonnes of vaccine to Peru on Monday, the health ministry said.",
    );
    const { articleId } = await createArticle(t.db, {
      title: "Andes Merge",
      body: "Chile delivered 120 tonnes of vaccine to Peru, the health ministry said. Peru's president thanked Chile for the shipment on Tuesday.",
    });
    const [kept, merged] = await t.db.claim.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    await setClaimStatus(t.db, checker, { claimId: source.claim, status: "true", version: 1 });
    await carryOverVerdict(t.db, checker, { claimId: kept!.id, fromClaimId: source.claim, version: 1 });
    await dismissClaimMatch(t.db, checker, { claimId: merged!.id, otherId: source.claim, reason: "different_fact" });
    const unlinked = async () => ({
      card: (await getArticle(t.db, articleId))!.claims.find((c) => c.id === kept!.id)!.verdictFrom?.unlinked,
      queue: (await listMyQueue(t.db, checker)).some((q) => q.claimId === kept!.id && q.verdictFromUnlinked),
    });
    expect(await unlinked()).toEqual({ card: false, queue: false });
    const { version } = await t.db.claim.findUniqueOrThrow({ where: { id: kept!.id } });
    await mergeClaims(t.db, checker, { claimId: kept!.id, version, withId: merged!.id, withVersion: 1 });
    // The kept claim now holds words a desk said are not the source's: both say so, or neither would.
    expect(await unlinked()).toEqual({ card: true, queue: true });

    // The longest unlinked first, whatever changed in the claims since (an edit of the earlier one's label).
    const earlier = await t.db.claim.findUniqueOrThrow({ where: { id: doubtedFirst } });
    await editClaim(t.db, checker, {
      claimId: doubtedFirst,
      label: `${earlier.label} (edited)`,
      version: earlier.version,
    });
    const doubted = (await listMyQueue(t.db, checker)).filter((q) => q.verdictFromUnlinked).map((q) => q.claimId);
    expect(doubted).toEqual([doubtedFirst, kept!.id]);
  });

  it("a claim merged with an unlinked one stays apart from what that one was kept apart from", async () => {
    const { articleId } = await createArticle(t.db, {
      title: "Merge",
      body: "Kim Jong Un besuchte am Montag eine Panzerfabrik, meldete KCNA. Nordkorea hat laut NIS mehr als 1.000 Soldaten nach Russland entsandt.",
    });
    const [first, second] = await t.db.claim.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    expect(await matchIds(second!.id)).toContain(english.claim);
    await dismissClaimMatch(t.db, checker, { claimId: second!.id, otherId: english.claim, reason: "different_event" });
    await mergeClaims(t.db, checker, { claimId: first!.id, version: 1, withId: second!.id, withVersion: 1 });
    expect(await matchIds(first!.id)).not.toContain(english.claim);
    expect((await listClaimMatches(t.db, checker, { claimId: first!.id })).dismissed).toEqual([
      expect.objectContaining({ claimId: english.claim, reason: "different_event" }),
    ]);
  });
});
