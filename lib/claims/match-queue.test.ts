import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { OPERATOR } from "@/lib/auth/permissions";
import { createArticle } from "@/test/support/factories";
import { signal } from "@/test/support/signal";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { linkClaims } from "./link-claims";
import type * as Archive from "./match-against-archive";
import { scheduleArticleMatching } from "./match-queue";

// A matching job reads the article's claims, looks for them in the archive and then writes its links. The lookup is
// held here (the job's real code otherwise), so that a new version lands while the job is between its read and its
// write, every time: each lookup takes the next gate set up, if any, says it has reached it and waits for it to open.
interface Gate {
  reached: Promise<void>;
  open: () => void;
}
const held = vi.hoisted(() => ({ gates: [] as { reached: () => void; open: Promise<void> }[], lookups: 0 }));
vi.mock("./match-against-archive", async (importOriginal) => {
  const real = await importOriginal<typeof Archive>();
  return {
    ...real,
    rankAgainstArchive: async (...args: Parameters<typeof real.rankAgainstArchive>) => {
      held.lookups++;
      const gate = held.gates.shift();
      if (gate) {
        gate.reached();
        await gate.open;
      }
      return real.rankAgainstArchive(...args);
    },
  };
});

/** A gate for the next lookup not yet gated. */
function gate(): Gate {
  const reached = signal();
  const open = signal();
  held.gates.push({ reached: reached.resolve, open: open.promise });
  return { reached: reached.promise, open: open.resolve };
}

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(() => t?.drop());

/** Resolves once the article's version `number` is stored (its transaction committed). */
async function stored(articleId: string, number: number): Promise<void> {
  for (const until = Date.now() + 20_000; Date.now() < until; await new Promise((r) => setTimeout(r, 10))) {
    if ((await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).version === number) return;
  }
  throw new Error(`Version ${number} was not stored within 20 s.`);
}

const FLOOD = "Laut dpa wurden in Homberg 300 Häuser beschädigt.";
const RESCUE = "Die Feuerwehr rettete in Homberg 14 Menschen aus dem Wasser.";

describe("matching after a new version", () => {
  it("a version stored while its article's matching job runs has its new claims matched", async () => {
    // Another outlet's claim the version's new sentence repeats.
    const other = await createArticle(t.db, { body: FLOOD.replace("dpa", "Reuters"), outlet: "Reuters" });
    const [elsewhere] = await t.db.claim.findMany({ where: { articleId: other.articleId } });
    const { articleId } = await createArticle(t.db, { body: RESCUE });
    // Not matched yet, as when its page is first shown.
    await t.db.article.update({ where: { id: articleId }, data: { matchedAt: null } });
    const first = gate();
    // The job an earlier look at the article asked for: it has read the one claim there was.
    const job = scheduleArticleMatching(t.db, articleId);
    await first.reached;
    // The version asks for its article's matching and waits for it (as the page storing a version does).
    const version = addArticleVersion(t.db, OPERATOR, { articleId, body: `${FLOOD} ${RESCUE}` }, { maxBytes: 1 << 20 });
    await stored(articleId, 2);
    first.open();
    await job;
    expect(await version).toMatchObject({ status: "added", added: 1 });
    const added = await t.db.claim.findFirstOrThrow({
      where: { articleId, text: { contains: "300 Häuser" } },
      include: { links: true },
    });
    expect(added.links.map((l) => l.otherId)).toEqual([elsewhere!.id]);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).matchedAt).not.toBeNull();
  });

  it("a new version marks its article unmatched until its claims have been matched", async () => {
    const { articleId } = await createArticle(t.db, { body: RESCUE.replace("Homberg", "Treysa") });
    const before = await t.db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(before.matchedAt).not.toBeNull();
    const versionsJob = gate();
    const body = `${FLOOD.replace("Homberg", "Treysa")} ${RESCUE.replace("Homberg", "Treysa")}`;
    await addArticleVersion(t.db, OPERATOR, { articleId, body }, { maxBytes: 1 << 20, matching: "background" });
    await versionsJob.reached;
    expect(await matchedAt(articleId)).toBeNull();
    versionsJob.open();
    await scheduleArticleMatching(t.db, articleId);
    expect(await matchedAt(articleId)).not.toBeNull();
  });

  it("an article asked for again while its job runs (its page shown after the ingest) is matched once", async () => {
    const { articleId } = await createArticle(t.db, { body: RESCUE.replace("Homberg", "Felsberg") });
    await t.db.article.update({ where: { id: articleId }, data: { matchedAt: null } });
    const running = gate();
    const lookups = held.lookups;
    const job = scheduleArticleMatching(t.db, articleId);
    await running.reached;
    const again = [scheduleArticleMatching(t.db, articleId), scheduleArticleMatching(t.db, articleId)];
    running.open();
    await Promise.all([job, ...again]);
    expect(held.lookups - lookups).toBe(1);
    expect(await matchedAt(articleId)).not.toBeNull();
  });

  it("matching that read the claims before a new version stored writes nothing of them", async () => {
    // Another process's matching (claims rematch, an edit's relinking) is not in this queue: it checks for itself.
    const { articleId } = await createArticle(t.db, { body: RESCUE.replace("Homberg", "Gudensberg") });
    const elsewhere = gate();
    const matching = linkClaims(t.db, articleId);
    await elsewhere.reached;
    const versionsJob = gate();
    const body = `${FLOOD.replace("Homberg", "Gudensberg")} ${RESCUE.replace("Homberg", "Gudensberg")}`;
    const version = addArticleVersion(t.db, OPERATOR, { articleId, body }, { maxBytes: 1 << 20 });
    await versionsJob.reached;
    elsewhere.open();
    expect(await matching).toEqual({ linked: 0, story: [] });
    // Still unmatched: the version's own matching has not run yet.
    expect(await matchedAt(articleId)).toBeNull();
    versionsJob.open();
    await version;
    expect(await matchedAt(articleId)).not.toBeNull();
  });
});

const matchedAt = async (articleId: string) =>
  (await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).matchedAt;
