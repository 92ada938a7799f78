import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { createArticle, createUser } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { articleChangeMarker } from "./article-change-marker";
import { deleteArticle } from "./delete-article";
import { restoreArticle } from "./restore-article";

// One fact in two outlets' words: the page of one says where else it was seen, and must move when that changes.
const WIRE = "Die Feuerwehr hat in Rostock nach eigenen Angaben 320 Menschen aus überfluteten Häusern gerettet.";
const LOCAL = "Firefighters in Rostock rescued 320 people from flooded homes, the fire service said.";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
afterAll(async () => t?.drop());

describe("an open page's change marker", () => {
  it("moves when what a linked claim of another article says changes: its verdict, its article deleted or restored", async () => {
    const wire = (await createArticle(t.db, { title: "Wire", body: WIRE, outlet: "Wire" })).articleId;
    const local = (await createArticle(t.db, { title: "Local", body: LOCAL, outlet: "Local" })).articleId;
    const other = await t.db.claim.findFirstOrThrow({
      where: { articleId: wire },
      select: { id: true, version: true },
    });
    // The two are linked: the page of the second says the first saw it.
    expect(await t.db.claimLink.count({ where: { claim: { articleId: local }, other: { articleId: wire } } })).toBe(1);
    const markers = [await articleChangeMarker(t.db, local)];
    const checker = await createUser(t.db, { role: "factchecker" });
    await setClaimStatus(t.db, checker, { claimId: other.id, status: "true", version: other.version });
    markers.push(await articleChangeMarker(t.db, local));
    const editor = await createUser(t.db, { role: "editor" });
    await deleteArticle(t.db, editor, { articleId: wire, reason: "Duplicate of another wire story." });
    markers.push(await articleChangeMarker(t.db, local));
    await restoreArticle(t.db, await createUser(t.db, { role: "admin" }), { articleId: wire });
    markers.push(await articleChangeMarker(t.db, local));
    // Each step moves it from the one before (restored, it is what it was before the deletion).
    expect(markers.slice(1).filter((marker, i) => marker !== markers[i])).toHaveLength(3);
  });
});
