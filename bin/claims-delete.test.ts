import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createArticle, createUser } from "@/test/support/factories";
import { runClaimsHere } from "@/test/support/run-claims-here";
import { createTestDb, type TestDb } from "@/test/support/test-db";

let t: TestDb;
let articleId: string;

const claims = (args: string[]) => runClaimsHere(args, { env: { DATABASE_URL: t.url } });

// Each test on a database of its own (a copy of the migrated template: milliseconds).
beforeEach(async () => {
  t = await createTestDb();
  ({ articleId } = await createArticle(t.db, {
    title: "Mistaken ingest",
    body: "Laut Reuters kamen 40 Gäste nach Bonn.",
  }));
}, 60_000);
afterEach(async () => t?.drop());

describe("claims delete", () => {
  it("needs one id and a reason, each refusal one sentence with exit code 2, and deletes nothing", async () => {
    expect(await claims(["delete", articleId])).toMatchObject({
      code: 2,
      stderr: 'claims: Say why the article is deleted: --reason "why".\n',
    });
    expect(await claims(["delete", "--reason", "oops"])).toMatchObject({
      code: 2,
      stderr: 'claims: Name one article: claims delete ID --reason "why".\n',
    });
    expect(await claims(["delete", "nope", "--reason", "oops"])).toMatchObject({
      code: 2,
      stderr: "claims: There is no such article (it may be deleted already).\n",
    });
    expect(await t.db.article.count({ where: { deletedAt: null } })).toBe(1);
  });

  it("deletes the article as the operator, recorded as no account, with the reason, and says where to restore it", async () => {
    // An admin exists, but did not do this: the command line must not put their name to it.
    await createUser(t.db, { role: "admin", email: "ops@x.org", name: "Ops" });
    const run = await claims(["delete", articleId, "--reason", "Ingested by mistake"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(`deleted “Mistaken ingest” (${articleId}); an admin can restore it at /admin/articles\n`);
    expect(await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({
      deletedById: null,
      deleteReason: "Ingested by mistake",
    });
    expect(await t.db.articleEvent.findFirstOrThrow({ where: { articleId, type: "deleted" } })).toMatchObject({
      actorId: null,
      reason: "Ingested by mistake",
    });
    expect((await claims(["export", "--format", "json"])).stdout).not.toContain("Mistaken ingest");
  });
});
