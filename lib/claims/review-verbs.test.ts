import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "@/lib/articles/ingest-article";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { loadArticle } from "@/test/support/gold";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { addEvidence } from "./add-evidence";
import { addNote } from "./add-note";
import { assignClaims } from "./assign-claims";
import { listMyQueue } from "./list-my-queue";
import { setClaimStatus } from "./set-claim-status";
import { CLAIM_STATUSES } from "./claim-status";
import { OPERATOR } from "@/lib/auth/permissions";

let t: TestDb;
let checker: Actor;
let viewer: Actor;
let claimId: string;

beforeAll(async () => {
  t = await createTestDb();
  const make = async (email: string, role: Actor["role"]) => ({
    ...(await t.db.user.create({ data: { email, name: email, role } })),
    role,
  });
  checker = await make("checker@x.org", "factchecker");
  viewer = await make("viewer@x.org", "viewer");
  const { articleId } = (await ingestArticle(
    t.db,
    OPERATOR,
    { title: "Seed", body: loadArticle("de-suedkorea-truppen").text },
    { maxBytes: 2 << 20 },
  )) as {
    articleId: string;
  };
  claimId = (await t.db.claim.findFirstOrThrow({ where: { articleId, quote: { contains: "über 1.000 Soldaten" } } }))
    .id;
}, 60_000);
afterAll(async () => t?.drop());

const events = (type: string) => t.db.claimEvent.count({ where: { claimId, type } });

describe("setClaimStatus", () => {
  it("sets the status and writes exactly one event with from → to, reason and the new version", async () => {
    expect(
      await setClaimStatus(t.db, checker, {
        status: "in_progress",
        version: 1,
        reason: "checking NIS statement",
        claimId,
      }),
    ).toEqual({ version: 2 });
    const event = await t.db.claimEvent.findFirstOrThrow({ where: { claimId, type: "status_changed" } });
    expect(event).toMatchObject({
      actorId: checker.id,
      from: "unverified",
      to: "in_progress",
      reason: "checking NIS statement",
      claimVersion: 2,
    });
    expect(await events("status_changed")).toBe(1);
  });

  it("refuses a change based on a stale version, says who changed what, and writes nothing", async () => {
    const error = await setClaimStatus(t.db, checker, { status: "false", version: 1, claimId }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "conflict" });
    expect((error as AppError).message).toContain("checker@x.org set the status from unverified to in_progress");
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("in_progress");
    expect(await events("status_changed")).toBe(1);
  });

  it("refuses a viewer and an unknown status, writing nothing", async () => {
    await expect(setClaimStatus(t.db, viewer, { status: "true", version: 2, claimId })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      setClaimStatus(t.db, checker, { status: "wahr" as "true", version: 2, claimId }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    expect(await events("status_changed")).toBe(1);
  });

  it("20 parallel reviewers: every change lands, versions have no gaps, no update is lost", async () => {
    const start = (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
    const reviewer = async (i: number) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const { version } = await t.db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
        try {
          return await setClaimStatus(t.db, checker, {
            status: CLAIM_STATUSES[i % CLAIM_STATUSES.length]!,
            version,
            reason: `reviewer ${i}`,
            claimId,
          });
        } catch (error) {
          if (!(error instanceof AppError && error.code === "conflict")) throw error;
        }
      }
      throw new Error(`reviewer ${i} never got through`);
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => reviewer(i)));
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim.version).toBe(start + 20);
    const history = await t.db.claimEvent.findMany({
      where: { claimId, type: "status_changed", claimVersion: { gt: start } },
      orderBy: { claimVersion: "asc" },
    });
    expect(history.map((e) => e.claimVersion)).toEqual(Array.from({ length: 20 }, (_, i) => start + i + 1));
    expect(new Set(history.map((e) => e.reason)).size).toBe(20);
    // Each event's "from" is the previous event's "to": the chain has no lost update.
    for (let i = 1; i < history.length; i++) expect(history[i]!.from).toBe(history[i - 1]!.to);
    expect(history.at(-1)!.to).toBe(claim.status);
  });
});

describe("addNote and addEvidence", () => {
  it("each store their row and one event together", async () => {
    await addNote(t.db, checker, { body: "NIS statement of 18 October, see evidence.", claimId });
    await addEvidence(t.db, checker, {
      url: "https://example.org/nis",
      title: "NIS briefing",
      stance: "supports",
      claimId,
    });
    expect(await t.db.note.count({ where: { claimId } })).toBe(1);
    expect(await t.db.evidence.count({ where: { claimId } })).toBe(1);
    expect(await events("note_added")).toBe(1);
    expect(await events("evidence_added")).toBe(1);
  });

  it("refuse bad input and other claims' notes, writing neither row nor event", async () => {
    const before = await t.db.claimEvent.count({ where: { claimId } });
    await expect(addNote(t.db, checker, { body: "  ", claimId })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(addNote(t.db, checker, { body: "reply", parentId: "nope", claimId })).rejects.toMatchObject({
      field: "parentId",
    });
    await expect(
      addEvidence(t.db, checker, { url: "javascript:alert(1)", stance: "supports", claimId }),
    ).rejects.toMatchObject({ field: "url" });
    await expect(
      addEvidence(t.db, viewer, { url: "https://example.org", stance: "context", claimId }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await t.db.claimEvent.count({ where: { claimId } })).toBe(before);
    expect(await t.db.note.count({ where: { claimId } })).toBe(1);
  });
});

describe("assignClaims and listMyQueue", () => {
  it("assigns a whole article with one event per changed claim; the assignee's queue lists them oldest first", async () => {
    const editor: Actor = {
      ...(await t.db.user.create({ data: { email: "ed@x.org", name: "Ed", role: "editor" } })),
      role: "editor",
    };
    const articleId = (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).articleId;
    const ids = (await t.db.claim.findMany({ where: { articleId }, select: { id: true } })).map((c) => c.id);
    expect(await assignClaims(t.db, editor, { claimIds: ids, assigneeId: checker.id })).toEqual({
      changed: ids.length,
    });
    expect(await t.db.claimEvent.count({ where: { type: "assigned", to: checker.id } })).toBe(ids.length);
    expect(await assignClaims(t.db, editor, { claimIds: ids, assigneeId: checker.id })).toEqual({ changed: 0 });
    const queue = await listMyQueue(t.db, checker);
    // Claims with a final verdict leave the queue; the rest stay, in article order for one assignment.
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((q) => q.status === "unverified" || q.status === "in_progress")).toBe(true);
  });

  it("refuses fact-checkers as assigners and viewers as assignees, changing nothing", async () => {
    const before = await t.db.claimEvent.count({ where: { type: "assigned" } });
    await expect(assignClaims(t.db, checker, { claimIds: [claimId], assigneeId: checker.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    const editor = { ...(await t.db.user.findFirstOrThrow({ where: { role: "editor" } })), role: "editor" as const };
    await expect(assignClaims(t.db, editor, { claimIds: [claimId], assigneeId: viewer.id })).rejects.toMatchObject({
      field: "assigneeId",
    });
    expect(await t.db.claimEvent.count({ where: { type: "assigned" } })).toBe(before);
  });
});
