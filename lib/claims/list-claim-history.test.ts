import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getArticle } from "@/lib/articles/get-article";
import { createClaim, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { assignClaims } from "./assign-claims";
import { HISTORY_LIMIT, listClaimHistory } from "./list-claim-history";
import { setClaimStatus } from "./set-claim-status";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.drop());

describe("a claim's history, read when someone opens it", () => {
  it("lists every change newest first, naming people (also the one a claim was assigned to)", async () => {
    const checker = await createUser(t.db, { role: "factchecker", name: "Frieda Prüfer" });
    const editor = await createUser(t.db, { role: "editor", name: "Edda Redakteur" });
    const claim = await createClaim(t.db);
    await setClaimStatus(t.db, checker, { status: "in_progress", version: 1, claimId: claim.id });
    await assignClaims(t.db, editor, { claimIds: [claim.id], assigneeId: checker.id });
    await setClaimStatus(t.db, checker, { status: "false", reason: "Zahl falsch", version: 2, claimId: claim.id });

    const { history } = await listClaimHistory(t.db, await createUser(t.db, { role: "viewer" }), claim.id);
    expect(history.map((h) => [h.type, h.to, h.actor])).toEqual([
      ["status_changed", "false", "Frieda Prüfer"],
      ["assigned", "Frieda Prüfer", "Edda Redakteur"],
      ["status_changed", "in_progress", "Frieda Prüfer"],
      ["created", "extracted", null],
    ]);
    expect(history[0]!.reason).toBe("Zahl falsch");

    // The page itself carries only the count and who changed the claim last.
    const article = await getArticle(t.db, claim.articleId);
    expect(article!.claims.find((c) => c.id === claim.id)!.changes).toEqual({ count: 4, lastBy: "Frieda Prüfer" });
  });

  it(`shows the newest ${HISTORY_LIMIT} changes of a long history`, async () => {
    const checker = await createUser(t.db, { role: "factchecker" });
    const claim = await createClaim(t.db);
    const statuses = ["in_progress", "unverified"] as const;
    for (let version = 1; version <= HISTORY_LIMIT + 5; version++) {
      await setClaimStatus(t.db, checker, { status: statuses[version % 2]!, version, claimId: claim.id });
    }
    const { history } = await listClaimHistory(t.db, await createUser(t.db, { role: "viewer" }), claim.id);
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history.every((h) => h.type === "status_changed")).toBe(true);
    const article = await getArticle(t.db, claim.articleId);
    expect(article!.claims.find((c) => c.id === claim.id)!.changes.count).toBe(HISTORY_LIMIT + 6);
  });

  it("answers 'no such claim' for an unknown id and for a claim of a deleted article", async () => {
    await expect(listClaimHistory(t.db, await createUser(t.db, { role: "viewer" }), "nope")).rejects.toMatchObject({
      code: "not_found",
    });
    const editor = await createUser(t.db, { role: "editor" });
    const claim = await createClaim(t.db);
    await deleteArticle(t.db, editor, { reason: "falsch eingespielt", articleId: claim.articleId });
    await expect(listClaimHistory(t.db, await createUser(t.db, { role: "viewer" }), claim.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
