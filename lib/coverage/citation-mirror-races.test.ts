import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { deleteArticle } from "@/lib/articles/delete-article";
import { purgeArticle } from "@/lib/articles/purge-article";
import { restoreArticle } from "@/lib/articles/restore-article";
import { setCitationRole, unlinkSource } from "@/lib/claims/change-citation";
import { editClaim } from "@/lib/claims/edit-claim";
import { linkSource } from "@/lib/claims/link-source";
import { articleContextOf } from "@/lib/matching/article-context";
import { storedClaimForMatching, storedMatchFieldsOf } from "@/lib/matching/match-terms";
import { addClaim } from "@/lib/claims/add-claim";
import { assignClaims } from "@/lib/claims/assign-claims";
import { assignMatchingClaims } from "@/lib/claims/assign-matching-claims";
import { bulkSetStatusMatching } from "@/lib/claims/bulk-set-status-matching";
import { linkClaims } from "@/lib/claims/link-claims";
import type { MatchingResult } from "@/lib/claims/matching-claims";
import { mergeClaims } from "@/lib/claims/merge-claims";
import { rematchClaims } from "@/lib/claims/rematch-claims";
import { checkKeptCounts } from "@/lib/database/check-kept-counts";
import type { Tx } from "@/lib/db/client";
import { createArticle, createClaim, createUser } from "@/test/support/factories";
import { signal } from "@/test/support/signal";
import { createTestDb, type TestDb } from "@/test/support/test-db";

// PostgreSQL only: each citation's copy of its claim's status and standing is written by triggers, and two
// transactions that change the claim, its article or its citations at once must not leave the copy stale. SQLite
// runs one writer at a time, so its triggers never meet another transaction's write.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

/** A transaction that writes, stays open until `release` is resolved, then writes `then` (if given) and commits. */
function holdOpen(write: (tx: Tx) => Promise<unknown>, then?: (tx: Tx) => Promise<unknown>) {
  const written = signal();
  const release = signal();
  const done = t.db.$transaction(
    async (tx) => {
      await write(tx);
      written.resolve();
      await release.promise;
      await then?.(tx);
    },
    { timeout: 20_000 },
  );
  return { written: written.promise, release: release.resolve, done };
}

/** Resolves once `work` has settled or a session of this test's database is waiting for a row lock. */
async function settledOrWaiting(work: Promise<unknown>): Promise<void> {
  let settled = false;
  void work.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (const until = Date.now() + 15_000; Date.now() < until;) {
    if (settled) return;
    const [row] = await t.db.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (Number(row!.waiting) > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("The second transaction neither finished nor waited for a lock within 15 s.");
}

/** Resolves once `sessions` sessions of this test's database wait for a lock. */
async function waitingFor(sessions: number): Promise<void> {
  for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((r) => setTimeout(r, 20))) {
    const [row] = await t.db.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (Number(row!.waiting) >= sessions) return;
  }
  throw new Error(`${sessions} sessions did not wait for a lock within 15 s.`);
}

/**
 * The interleaving the copy went stale in, made every time: `first` writes and stays open; `second` starts and has
 * finished or is waiting for a lock before `first` goes on (`thenFirst`) and commits.
 */
async function whileHeldOpen(
  first: Parameters<typeof holdOpen>[0],
  second: () => Promise<unknown>,
  thenFirst?: Parameters<typeof holdOpen>[1],
) {
  const held = holdOpen(first, thenFirst);
  await held.written;
  const other = second();
  await settledOrWaiting(other);
  held.release();
  await Promise.all([held.done, other]);
}

const giveVerdict = (claimId: string, status: string) => (db: Tx | TestDb["db"]) =>
  db.claim.update({ where: { id: claimId }, data: { status } });
const markDeleted = (articleId: string) => (tx: Tx) =>
  tx.article.update({ where: { id: articleId }, data: { deletedAt: new Date() } });
async function linkNewSource(claimId: string) {
  const source = await t.db.source.create({ data: { name: `Quelle ${Math.random()}`, type: "agency" } });
  return t.db.citation.create({
    data: { claimId, sourceId: source.id, mention: "Quelle", start: 0, end: 4, cue: "laut", resolution: "manual" },
  });
}

/**
 * Watches every interactive transaction on the test's database until `restore`: one PostgreSQL ended for a deadlock
 * is run again (retryTransactions), so `rerun()` counts the transactions that deadlocked.
 */
function watchTransactions() {
  const original = t.db.$transaction;
  const runs: number[] = [];
  const watched = (work: unknown, options?: unknown) => {
    if (typeof work !== "function") return original.call(t.db, work as never, options as never);
    const mine = runs.push(0) - 1;
    return original.call(t.db, async (tx: Tx) => (runs[mine]!++, work(tx)), options as never);
  };
  t.db.$transaction = watched as typeof original;
  return { rerun: () => runs.filter((n) => n > 1).length, restore: () => void (t.db.$transaction = original) };
}

/** Runs `work` and holds that no transaction of it was run again for a deadlock. */
async function expectNoDeadlock(work: () => Promise<unknown>) {
  const watch = watchTransactions();
  try {
    await work();
  } finally {
    watch.restore();
  }
  expect(watch.rerun()).toBe(0);
}

/** Two claims in one paragraph, neighbours. */
const TWO_CLAIMS = "Laut dpa wurden in Kassel 300 Häuser beschädigt. Die Feuerwehr rettete 14 Menschen aus dem Wasser.";

const copyOf = (claimId: string) =>
  t.db.citation.findMany({
    where: { claimId },
    select: { claimStatus: true, claimShown: true },
  });

describe.runIf(process.env.TEST_DATABASE_URL?.startsWith("postgres"))("the citation mirror under two writers", () => {
  it("a source linked while a reviewer's verdict is being stored takes the verdict", async () => {
    const claim = await createClaim(t.db);
    await whileHeldOpen(giveVerdict(claim.id, "false"), () => linkNewSource(claim.id));
    expect(await copyOf(claim.id)).toEqual([
      { claimStatus: "false", claimShown: true },
      { claimStatus: "false", claimShown: true },
    ]);
  }, 30_000);

  it("a verdict stored while its article is being deleted leaves the claim's citations out of the counts", async () => {
    const claim = await createClaim(t.db);
    await whileHeldOpen(markDeleted(claim.articleId), () => giveVerdict(claim.id, "true")(t.db));
    expect(await copyOf(claim.id)).toEqual([{ claimStatus: "true", claimShown: false }]);
  }, 30_000);

  it("a source linked while the claim's article is being deleted is left out of the counts", async () => {
    const claim = await createClaim(t.db);
    await whileHeldOpen(markDeleted(claim.articleId), () => linkNewSource(claim.id));
    expect(await copyOf(claim.id)).toEqual([
      { claimStatus: "unverified", claimShown: false },
      { claimStatus: "unverified", claimShown: false },
    ]);
  }, 30_000);

  it("a source linked while a new version of its article is stored does not wait for the article", async () => {
    // A new version takes the article first and then changes its claims: a link that held the claim while it waited
    // for the article would deadlock with it (PostgreSQL ends one after a second's wait). This guards the order only.
    const claim = await createClaim(t.db);
    await whileHeldOpen(
      (tx) => tx.article.update({ where: { id: claim.articleId }, data: { title: "Zweite Fassung" } }),
      () => linkNewSource(claim.id),
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claim.id} FOR UPDATE NOWAIT`;
        await tx.claim.update({ where: { id: claim.id }, data: { status: "in_progress" } });
      },
    );
    expect(await copyOf(claim.id)).toEqual([
      { claimStatus: "in_progress", claimShown: true },
      { claimStatus: "in_progress", claimShown: true },
    ]);
  }, 30_000);

  it("a source linked while a new version moves its claim points at its name in the new text", async () => {
    // The version takes the article, then moves the claims; a link that read the text and the claim meanwhile kept
    // offsets into the old text. It waits for the article's text now and reads both after the version.
    const body = TWO_CLAIMS.replaceAll("Kassel", "Bebra").replace("Die Feuerwehr", "Die Feuerwehr Bebra");
    const claim = await createClaim(t.db, { body });
    const checker = await createUser(t.db, { role: "factchecker" });
    const lead = "Ein Absatz kam vor den Bericht.\n\n";
    const moved = { increment: lead.length };
    await whileHeldOpen(
      (tx) => tx.article.update({ where: { id: claim.articleId }, data: { body: lead + body } }),
      () => linkSource(t.db, checker, { claimId: claim.id, source: { name: "Feuerwehr Bebra", type: "organization" } }),
      (tx) => tx.claim.update({ where: { id: claim.id }, data: { start: moved, end: moved } }),
    );
    const citation = await t.db.citation.findFirstOrThrow({
      where: { claimId: claim.id, source: { name: "Feuerwehr Bebra" } },
    });
    expect((lead + body).slice(citation.start, citation.end)).toBe("Feuerwehr Bebra");
  }, 30_000);

  it("a claim's words edited while a new version changes the lead are keyed with the new lead", async () => {
    // The version clears the keys of the claims whose lead changed; an edit that read the old lead meanwhile stored a
    // key of it, which nothing would renew. It waits for the article's text now.
    const body = (town: string) =>
      `Hochwasser in ${town}: Laut dpa wurden 300 Häuser beschädigt. Die Feuerwehr rettete 14 Menschen.`;
    const { articleId } = await createArticle(t.db, { body: body("Polen") });
    const claim = await t.db.claim.findFirstOrThrow({ where: { articleId, text: { contains: "Feuerwehr" } } });
    const checker = await createUser(t.db, { role: "factchecker" });
    const text = "Die Feuerwehr rettete 15 Menschen";
    await whileHeldOpen(
      async (tx) => {
        await tx.article.update({ where: { id: articleId }, data: { body: body("Tschechien") } });
        await tx.claim.updateMany({ where: { articleId }, data: { matchKey: "", matchTerms: "" } });
      },
      () => editClaim(t.db, checker, { claimId: claim.id, version: claim.version, text }),
    );
    const { matchKey } = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const context = articleContextOf(body("Tschechien"));
    const quantities = (await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).quantities;
    expect(matchKey).toBe(storedMatchFieldsOf(storedClaimForMatching({ text, quantities }, "de", context)).matchKey);
  }, 30_000);

  it("two sources linked to one claim at once take turns, without a deadlock", async () => {
    const claim = await createClaim(t.db);
    const checker = await createUser(t.db, { role: "factchecker" });
    const source = await t.db.source.create({ data: { name: "Feuerwehr Kassel", type: "organization" } });
    await expectNoDeadlock(() =>
      whileHeldOpen(
        (tx) =>
          tx.citation.create({
            data: {
              claimId: claim.id,
              sourceId: source.id,
              mention: "",
              start: 0,
              end: 0,
              cue: "",
              resolution: "manual",
            },
          }),
        () =>
          linkSource(t.db, checker, { claimId: claim.id, source: { name: "Polizei Kassel", type: "organization" } }),
        // What the first link does next: count the claim's sources again, a change of the claim.
        (tx) => tx.claim.update({ where: { id: claim.id }, data: { sourceCount: { increment: 1 } } }),
      ),
    );
  }, 30_000);

  it.each([
    ["deleted", false],
    ["restored", true],
  ] as const)(
    "an article %s while a claim of it changes status waits for it, without a deadlock",
    async (_, restore) => {
      const claim = await createClaim(t.db);
      const admin = await createUser(t.db, { role: "admin" });
      if (restore) await deleteArticle(t.db, admin, { articleId: claim.articleId, reason: "Versehen" });
      const change = () =>
        restore
          ? restoreArticle(t.db, admin, { articleId: claim.articleId })
          : deleteArticle(t.db, admin, { articleId: claim.articleId, reason: "Doppelt" });
      await expectNoDeadlock(() =>
        whileHeldOpen(
          // A verdict holding its claim: its status moves next, the article's first claim of that status (a new
          // figures row, whose key check reads the article).
          (tx) => tx.claim.update({ where: { id: claim.id }, data: { label: "geprüft" } }),
          change,
          (tx) => tx.claim.update({ where: { id: claim.id }, data: { status: "misleading" } }),
        ),
      );
      expect(await copyOf(claim.id)).toEqual([{ claimStatus: "misleading", claimShown: restore }]);
    },
    30_000,
  );

  it("a new version that moves a claim while the claim changes status waits for it, without a deadlock", async () => {
    const claim = await createClaim(t.db);
    const editor = await createUser(t.db, { role: "editor" });
    const { body } = await t.db.article.findUniqueOrThrow({ where: { id: claim.articleId } });
    await expectNoDeadlock(() =>
      whileHeldOpen(
        (tx) => tx.claim.update({ where: { id: claim.id }, data: { label: "geprüft" } }),
        // A paragraph put before the claim: the new version moves it, so it waits for the claim.
        () =>
          addArticleVersion(
            t.db,
            editor,
            { articleId: claim.articleId, body: `Ein neuer erster Absatz kam hinzu.\n\n${body}` },
            { maxBytes: 1 << 20 },
          ),
        (tx) => tx.claim.update({ where: { id: claim.id }, data: { status: "misleading" } }),
      ),
    );
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "misleading",
      start: claim.start + "Ein neuer erster Absatz kam hinzu.\n\n".length,
    });
  }, 30_000);

  it("a new version takes all its article's claims in id order, an orphaned one too, without a deadlock", async () => {
    // A version moves the claims on its text and then renumbers the orphaned ones; taken in that order, a claim
    // orphaned earlier with a lower id crossed a change that takes claims in id order (a status set on all matching).
    const [first, second] = TWO_CLAIMS.replaceAll("Kassel", "Hünfeld").split(/(?<=\.) /);
    const { articleId } = await createArticle(t.db, { body: `${first} ${second}` });
    const editor = await createUser(t.db, { role: "editor" });
    const claims = await t.db.claim.findMany({ where: { articleId }, orderBy: { id: "asc" } });
    expect(claims).toHaveLength(2);
    const [orphan, onText] = claims as [(typeof claims)[0], (typeof claims)[0]];
    const version = (body: string) => addArticleVersion(t.db, editor, { articleId, body }, { maxBytes: 1 << 20 });
    // The lower id leaves the text; the other stays, and a new sentence before it moves it and renumbers both.
    const kept = orphan.quote === first ? second! : first!;
    await version(kept);
    await expectNoDeadlock(() =>
      whileHeldOpen(
        (tx) => tx.claim.update({ where: { id: orphan.id }, data: { label: "geprüft" } }),
        () => version(`Der Bürgermeister rief 200 Helfer zusammen. ${kept}`),
        (tx) => tx.claim.update({ where: { id: onText.id }, data: { label: "geprüft" } }),
      ),
    );
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({
      anchor: "orphaned",
      position: 2,
    });
  }, 30_000);

  it.each(["unlinked", "made a relay"] as const)(
    "a source %s takes its claim before its citation, as a link and an article's deletion do",
    async (change) => {
      // Citation first and claim second met a deletion (claims, then citations) or a verdict in a deadlock.
      const claim = await createClaim(t.db);
      const checker = await createUser(t.db, { role: "factchecker" });
      const [citation] = await t.db.citation.findMany({ where: { claimId: claim.id } });
      const ref = { claimId: claim.id, citationId: citation!.id };
      await whileHeldOpen(
        (tx) => tx.claim.update({ where: { id: claim.id }, data: { label: "geprüft" } }),
        () =>
          change === "unlinked"
            ? unlinkSource(t.db, checker, ref)
            : setCitationRole(t.db, checker, { ...ref, role: "relay" }),
        // While it waits for the claim, it holds no citation of it.
        (tx) => tx.$queryRaw`SELECT 1 FROM "Citation" WHERE "id" = ${citation!.id} FOR UPDATE NOWAIT`,
      );
    },
    30_000,
  );

  it("claims rematch takes the articles before their claims, as an article's deletion does", async () => {
    const claim = await createClaim(t.db);
    const editor = await createUser(t.db, { role: "editor" });
    // A key of an older lexicon: rematch renews it.
    await t.db.claim.update({ where: { id: claim.id }, data: { matchKey: '{"v":1}' } });
    await whileHeldOpen(
      (tx) => tx.article.update({ where: { id: claim.articleId }, data: { title: "Gesperrt" } }),
      () => rematchClaims(t.db, editor),
      // While it waits for the article, it holds none of its claims.
      (tx) => tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claim.id} FOR UPDATE NOWAIT`,
    );
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).matchKey).not.toBe('{"v":1}');
  }, 30_000);

  it("claims rematch holds no article while it waits for the claims of its batch", async () => {
    // A batch's articles were held until its claims were written (seconds for 500 claims on a busy server): a merge,
    // a new version or a deletion of any of them waited that long.
    const claim = await createClaim(t.db);
    const editor = await createUser(t.db, { role: "editor" });
    await t.db.claim.update({ where: { id: claim.id }, data: { matchKey: '{"v":1}' } });
    await whileHeldOpen(
      (tx) => tx.claim.update({ where: { id: claim.id }, data: { label: "geprüft" } }),
      () => rematchClaims(t.db, editor),
      (tx) => tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${claim.articleId} FOR UPDATE NOWAIT`,
    );
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).matchKey).not.toBe('{"v":1}');
  }, 30_000);

  it("a merge holding the article lets a verdict on one of its claims add a figures row, without a deadlock", async () => {
    const { articleId } = await createArticle(t.db, {
      body: TWO_CLAIMS,
    });
    const editor = await createUser(t.db, { role: "editor" });
    const [first, second] = await t.db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
    await expectNoDeadlock(() =>
      whileHeldOpen(
        (tx) => tx.claim.update({ where: { id: second!.id }, data: { label: "geprüft" } }),
        () =>
          mergeClaims(t.db, editor, {
            claimId: first!.id,
            version: first!.version,
            withId: second!.id,
            withVersion: second!.version,
          }),
        // The article's first claim of this status: a new figures row, whose key check reads the article.
        (tx) => tx.claim.update({ where: { id: second!.id }, data: { status: "misleading" } }),
      ),
    );
  }, 30_000);

  it("a status set on all matching claims takes them in id order, whatever their versions", async () => {
    // By version they were taken in another order, which crossed an article's deletion or a new version (id order).
    const { articleId } = await createArticle(t.db, { body: TWO_CLAIMS.replaceAll("Kassel", "Fulda") });
    const checker = await createUser(t.db, { role: "factchecker" });
    const [low, high] = await t.db.claim.findMany({ where: { articleId }, orderBy: { id: "asc" } });
    await t.db.claim.update({ where: { id: low!.id }, data: { version: { increment: 1 } } });
    await whileHeldOpen(
      (tx) => tx.claim.update({ where: { id: low!.id }, data: { label: "geprüft" } }),
      () => bulkSetStatusMatching(t.db, checker, { status: "true", filter: { articleId } }),
      // While it waits for the first claim in id order, it holds none after it.
      (tx) => tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${high!.id} FOR UPDATE NOWAIT`,
    );
    expect(await t.db.claim.count({ where: { articleId, status: "true" } })).toBe(2);
  }, 30_000);

  it("matching re-keys an article's claims in id order, whatever order it read them in", async () => {
    // Keyed by an older lexicon, both are keyed again with their links, read in their order in the text: the lower
    // id second here. Re-keyed in that order, the higher id was held while waiting for the lower (a deletion's order).
    const { articleId } = await createArticle(t.db, { body: TWO_CLAIMS.replaceAll("Kassel", "Lauterbach") });
    const [low, high] = await t.db.claim.findMany({ where: { articleId }, orderBy: { id: "asc" } });
    for (const [position, claim] of [high!, low!].entries())
      await t.db.claim.update({ where: { id: claim.id }, data: { matchKey: '{"v":1}', position } });
    await whileHeldOpen(
      (tx) => tx.claim.update({ where: { id: low!.id }, data: { label: "geprüft" } }),
      () => linkClaims(t.db, articleId),
      (tx) => tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${high!.id} FOR UPDATE NOWAIT`,
    );
    const keys = await t.db.claim.findMany({ where: { articleId }, select: { matchKey: true } });
    expect(keys.every((k) => k.matchKey !== '{"v":1}')).toBe(true);
  }, 30_000);

  it.each(["the claims selected", "all matching claims"] as const)(
    "an assignment of %s takes them in id order, whatever order a scan meets them in",
    async (which) => {
      // In scan order an assignment crossed a new version (all the article's claims, in id order) in a deadlock.
      const { articleId } = await createArticle(t.db, {
        body: TWO_CLAIMS.replaceAll("Kassel", which === "all matching claims" ? "Borken" : "Fritzlar"),
      });
      const editor = await createUser(t.db, { role: "editor" });
      const [low, high] = await t.db.claim.findMany({ where: { articleId }, orderBy: { id: "asc" } });
      // Written again, the lower id's row now lies after the higher one's: a scan meets it second.
      await t.db.claim.update({ where: { id: low!.id }, data: { label: "verschoben" } });
      await whileHeldOpen(
        (tx) => tx.claim.update({ where: { id: low!.id }, data: { label: "geprüft" } }),
        () =>
          which === "all matching claims"
            ? assignMatchingClaims(t.db, editor, { assigneeId: editor.id, filter: { articleId } })
            : assignClaims(t.db, editor, { claimIds: [high!.id, low!.id], assigneeId: editor.id }),
        // While it waits for the first claim in id order, it holds none after it.
        (tx) => tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${high!.id} FOR UPDATE NOWAIT`,
      );
      expect(await t.db.claim.count({ where: { articleId, assigneeId: editor.id } })).toBe(2);
    },
    30_000,
  );

  it.each(["a status", "an assignee"] as const)(
    "a change to all matching claims leaves a claim someone gave %s meanwhile, which no longer matches",
    async (what) => {
      // Two people at once: "all unverified claims → true" while a colleague's verdict "false" is being stored; "all
      // unassigned → me" while a colleague takes one. Read before the colleague's commit, the claim was overwritten.
      const claim = await createClaim(t.db, { body: `Laut dpa kamen ${what.length + 40} Gäste nach Melsungen.` });
      const [me, colleague] = [await createUser(t.db, { role: "editor" }), await createUser(t.db, { role: "editor" })];
      const filter = {
        articleId: claim.articleId,
        ...(what === "a status" ? { status: "unverified" } : { assignee: "none" }),
      };
      let result: MatchingResult | undefined;
      await whileHeldOpen(
        (tx) =>
          tx.claim.update({
            where: { id: claim.id },
            data: what === "a status" ? { status: "false", version: { increment: 1 } } : { assigneeId: colleague.id },
          }),
        async () => {
          result =
            what === "a status"
              ? await bulkSetStatusMatching(t.db, me, { status: "true", filter })
              : await assignMatchingClaims(t.db, me, { assigneeId: me.id, filter });
        },
      );
      expect(result).toMatchObject({ matched: 1, changed: 0, skipped: 1 });
      expect(await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject(
        what === "a status" ? { status: "false" } : { assigneeId: colleague.id },
      );
    },
    30_000,
  );

  it("a merge takes its two claims in id order, not in their order in the text", async () => {
    // A claim added by hand before an extracted one: first in the text, last by id.
    const { articleId } = await createArticle(t.db, {
      body: `Was ist geschehen? ${TWO_CLAIMS.replaceAll("Kassel", "Göttingen")}`,
    });
    const editor = await createUser(t.db, { role: "editor" });
    const [extracted] = await t.db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
    const added = await addClaim(t.db, editor, {
      articleId,
      start: 0,
      end: "Es war ein stiller Morgen in Kassel.".length,
    });
    const byHand = await t.db.claim.findUniqueOrThrow({ where: { id: added.id } });
    expect(byHand.id > extracted!.id && byHand.start < extracted!.start).toBe(true);
    await whileHeldOpen(
      (tx) => tx.claim.update({ where: { id: extracted!.id }, data: { label: "geprüft" } }),
      () =>
        mergeClaims(t.db, editor, {
          claimId: byHand.id,
          version: byHand.version,
          withId: extracted!.id,
          withVersion: extracted!.version,
        }),
      (tx) => tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${byHand.id} FOR UPDATE NOWAIT`,
    );
  }, 30_000);

  it("claims check --repair does not write back a copy a verdict stored while it ran has replaced", async () => {
    const claim = await createClaim(t.db);
    // A copy gone wrong around the triggers, which the repair is to rewrite.
    await t.db.citation.updateMany({ where: { claimId: claim.id }, data: { claimStatus: "true" } });
    await whileHeldOpen(giveVerdict(claim.id, "false"), () => checkKeptCounts(t.db, { repair: true }));
    expect(await copyOf(claim.id)).toEqual([{ claimStatus: "false", claimShown: true }]);
  }, 30_000);

  it("claims check --repair and an unlink of a citation it rewrites take turns, without a deadlock", async () => {
    const claim = await createClaim(t.db);
    const [citation] = await t.db.citation.findMany({ where: { claimId: claim.id } });
    await t.db.citation.updateMany({ where: { claimId: claim.id }, data: { claimStatus: "true" } });
    await expectNoDeadlock(() =>
      whileHeldOpen(
        // What an unlink does first: its claim held, its citation gone; it counts the claim's sources next.
        async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claim.id} FOR NO KEY UPDATE`;
          await tx.citation.delete({ where: { id: citation!.id } });
        },
        () => checkKeptCounts(t.db, { repair: true }),
        (tx) => tx.claim.update({ where: { id: claim.id }, data: { sourceCount: 0 } }),
      ),
    );
    expect(await copyOf(claim.id)).toEqual([]);
  }, 30_000);

  it("claims check --repair and a purge of an article it recounts take turns, without a deadlock", async () => {
    const claim = await createClaim(t.db);
    const admin = await createUser(t.db, { role: "admin" });
    await deleteArticle(t.db, admin, { articleId: claim.articleId, reason: "Doppelt" });
    // Figures gone wrong around the triggers, which the repair counts again.
    await t.db.articleFigures.updateMany({ where: { articleId: claim.articleId }, data: { total: { increment: 5 } } });
    // For this test only: the repair's recounted figures row waits here until the test lets it go on.
    await t.db.$executeRawUnsafe(
      `CREATE FUNCTION zz_hold_figures() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NEW; END $$`,
    );
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER zz_hold_figures BEFORE INSERT ON "ArticleFigures" FOR EACH ROW EXECUTE FUNCTION zz_hold_figures()`,
    );
    try {
      await expectNoDeadlock(async () => {
        const gate = holdOpen((tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(4242)`);
        await gate.written;
        const repair = checkKeptCounts(t.db, { repair: true });
        await waitingFor(1);
        const purge = purgeArticle(t.db, admin, { articleId: claim.articleId });
        await waitingFor(2);
        gate.release();
        await Promise.all([gate.done, repair, purge]);
      });
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER zz_hold_figures ON "ArticleFigures"`);
      await t.db.$executeRawUnsafe(`DROP FUNCTION zz_hold_figures()`);
    }
    expect(await t.db.article.findUnique({ where: { id: claim.articleId } })).toBeNull();
  }, 30_000);
});
