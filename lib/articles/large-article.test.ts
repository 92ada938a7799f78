import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { assignArticle } from "@/lib/claims/assign-claims";
import { bulkSetStatus } from "@/lib/claims/bulk-set-status";
import { searchClaims } from "@/lib/claims/search-claims";
import { exportClaims } from "@/lib/export/export-claims";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { getArticle, getFullArticle } from "./get-article";
import { ingestArticle } from "./ingest-article";
import { listArticleActivity } from "./list-article-activity";
import { OPERATOR } from "@/lib/auth/permissions";

/**
 * An article with more claims than a database takes query parameters at once (SQLite: 999 in Prisma's count):
 * every read and write of a whole article must still work — it did not, once, for the review page.
 */
const CLAIMS = 1_200;
let t: TestDb;
let articleId: string;
let editor: Actor;

beforeAll(async () => {
  t = await createTestDb();
  editor = { ...(await t.db.user.create({ data: { email: "ed@x.org", name: "Ed", role: "editor" } })), role: "editor" };
  const body = Array.from(
    { length: CLAIMS },
    (_, i) => `Laut Reuters stieg der Pegel am Ort ${i + 1} auf ${i + 7} Meter.`,
  ).join("\n");
  ({ articleId } = (await ingestArticle(t.db, OPERATOR, { title: "Pegel", body }, { maxBytes: 2 << 20 })) as {
    articleId: string;
  });
}, 120_000);
afterAll(async () => t?.drop());

describe(`an article with ${CLAIMS} claims`, () => {
  it("opens with every claim, its citation and its history", async () => {
    const article = await getArticle(t.db, articleId);
    expect(article!.claims).toHaveLength(CLAIMS);
    expect(article!.claims.every((c) => c.citations.length === 1 && c.changes.count === 1)).toBe(true);
    const withHistory = await getFullArticle(t.db, editor, articleId);
    expect(withHistory!.claims.every((c) => c.history.length === 1 && c.history[0]!.type === "created")).toBe(true);
  });

  it("is assigned as a whole, changed in bulk, and its activity listed", async () => {
    expect(await assignArticle(t.db, editor, { articleId, assigneeId: editor.id })).toEqual({ changed: CLAIMS });
    const claims = await t.db.claim.findMany({ where: { articleId }, select: { id: true, version: true } });
    expect(await bulkSetStatus(t.db, editor, { status: "in_progress", claims: claims.slice(0, 500) })).toEqual({
      changed: 500,
      conflicts: [],
    });
    expect((await searchClaims(t.db, editor, { articleId, status: "in_progress" })).total).toBe(500);
    expect(await listArticleActivity(t.db, editor, articleId)).toHaveLength(30);
    const reopened = await getArticle(t.db, articleId);
    expect(reopened!.claims.filter((c) => c.assignee?.id === editor.id)).toHaveLength(CLAIMS);
  });

  it("is exported whole", async () => {
    let rows = -1; // the header
    for await (const chunk of exportClaims(t.db, editor, { format: "csv", articleId }).chunks) {
      rows += String(chunk).split("\r\n").length - 1;
    }
    expect(rows).toBe(CLAIMS);
  });
});
