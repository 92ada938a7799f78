import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addArticleVersion } from "@/lib/articles/add-article-version";
import { ingestArticle } from "@/lib/articles/ingest-article";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { loadArticle } from "@/test/support/gold";
import { allowInserts, createTestDb, refuseInserts, type TestDb } from "@/test/support/test-db";
import { addClaim } from "./add-claim";
import { bulkSetStatus } from "./bulk-set-status";
import { setCitationRole, unlinkSource } from "./change-citation";
import { editClaim } from "./edit-claim";
import { linkSource } from "./link-source";
import { mergeClaims } from "./merge-claims";
import { removeClaim, restoreClaim } from "./remove-claim";
import { searchClaims } from "./search-claims";
import { setClaimStatus } from "./set-claim-status";
import { splitClaim } from "./split-claim";
import { OPERATOR } from "@/lib/auth/permissions";

let t: TestDb;
let checker: Actor;
let viewer: Actor;
let articleId: string;
let body: string;

const claimAt = (quoteStart: string) =>
  t.db.claim.findFirstOrThrow({ where: { articleId, deletedAt: null, quote: { contains: quoteStart } } });
const eventsOf = (claimId: string) =>
  t.db.claimEvent.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
/** Everything an editing verb could touch, to show a failed one left all of it as it was. */
const snapshot = async () =>
  JSON.stringify([
    await t.db.claim.findMany({ orderBy: { id: "asc" } }),
    await t.db.citation.findMany({ orderBy: { id: "asc" } }),
    await t.db.source.count(),
    await t.db.sourceAlias.count(),
    await t.db.claimEvent.count(),
  ]);

beforeAll(async () => {
  t = await createTestDb();
  const make = async (email: string, role: Actor["role"]) => ({
    ...(await t.db.user.create({ data: { email, name: email.split("@")[0]!, role } })),
    role,
  });
  checker = await make("checker@x.org", "factchecker");
  viewer = await make("viewer@x.org", "viewer");
  body = loadArticle("de-suedkorea-truppen").text;
  ({ articleId } = (await ingestArticle(t.db, OPERATOR, { title: "Seed", body }, { maxBytes: 2 << 20 })) as {
    articleId: string;
  });
}, 60_000);
afterAll(async () => t?.drop());

describe("editClaim", () => {
  it("rewrites text and label: one event per field, one version bump, the anchor stays", async () => {
    const claim = await claimAt("Es gab einen bedeutenden");
    const result = await editClaim(t.db, checker, {
      text: "Südkorea und Russland tauschten vor 2022 in großem Umfang Waren aus.",
      label: "Bedeutender Handel vor 2022",
      version: claim.version,
      claimId: claim.id,
    });
    expect(result.version).toBe(claim.version + 1);
    const after = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect([after.start, after.end, after.quote]).toEqual([claim.start, claim.end, claim.quote]);
    const events = (await eventsOf(claim.id)).filter((e) => e.type.endsWith("_edited"));
    expect(events.map((e) => [e.type, e.from, e.claimVersion])).toEqual([
      ["text_edited", claim.text, claim.version + 1],
      ["label_edited", claim.label, claim.version + 1],
    ]);
  });

  it("refuses a stale version naming who edited, a viewer, and an edit that changes nothing", async () => {
    const claim = await claimAt("Es gab einen bedeutenden");
    const stale = await editClaim(t.db, checker, {
      text: "x y z",
      version: claim.version - 1,
      claimId: claim.id,
    }).catch((e: AppError) => e);
    expect(stale).toMatchObject({ code: "conflict" });
    expect((stale as AppError).message).toContain("checker edited");
    await expect(
      editClaim(t.db, viewer, { text: "x", version: claim.version, claimId: claim.id }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      editClaim(t.db, checker, { label: claim.label, version: claim.version, claimId: claim.id }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("mergeClaims and splitClaim", () => {
  it("merges the two CSIS claims of one sentence and splits them again where the sentence joins them", async () => {
    const russia = await claimAt("Russland betrachte Südkorea");
    const seoul = await claimAt("Seoul betrachte Moskau");
    const merged = await mergeClaims(t.db, checker, {
      version: seoul.version,
      withId: russia.id,
      withVersion: russia.version,
      claimId: seoul.id,
    });
    expect(merged.keptId).toBe(russia.id);
    const compound = await t.db.claim.findUniqueOrThrow({ where: { id: russia.id } });
    expect(compound.text).toBe(
      "Russland betrachte Südkorea als seinen Zugang zum Pazifik und Seoul betrachte Moskau als Partner bei Konnektivitätsprojekten",
    );
    expect(compound.quote).toBe(body.slice(compound.start, compound.end));
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: seoul.id } })).deletedAt).not.toBeNull();
    expect(compound.sourceCount).toBe(1); // both cited CSIS: one citation, not two

    const at = compound.quote.indexOf(" und ");
    const split = await splitClaim(t.db, checker, { at, version: compound.version, claimId: compound.id });
    const [first, second] = await Promise.all([
      t.db.claim.findUniqueOrThrow({ where: { id: compound.id } }),
      t.db.claim.findUniqueOrThrow({ where: { id: split.newClaimId }, include: { citations: true } }),
    ]);
    expect(first.text).toBe("Russland betrachte Südkorea als seinen Zugang zum Pazifik");
    expect(second.text).toBe("Seoul betrachte Moskau als Partner bei Konnektivitätsprojekten");
    expect([first.start, first.end]).toEqual([russia.start, russia.end]);
    expect([second.start, second.end]).toEqual([seoul.start, seoul.end]);
    expect(second.citations.map((c) => c.resolution)).toEqual(
      (await t.db.citation.findMany({ where: { claimId: first.id } })).map((c) => c.resolution),
    );
    expect(second.extractorVersion).toBe(russia.extractorVersion);
    expect(second.status).toBe("unverified");
    expect((await eventsOf(russia.id)).map((e) => e.type)).toEqual(["created", "merged", "split"]);
    expect((await eventsOf(seoul.id)).map((e) => e.type)).toEqual(["created", "merged_into"]);
    expect((await eventsOf(second.id)).map((e) => [e.type, e.claimVersion])).toEqual([["split_off", 1]]);
  });

  it("refuses a split at the edge and merging claims that are not neighbours", async () => {
    const claim = await claimAt("Russland betrachte Südkorea");
    await expect(splitClaim(t.db, checker, { at: 1, version: claim.version, claimId: claim.id })).rejects.toMatchObject(
      {
        field: "at",
      },
    );
    const far = await claimAt("Dem Center for Strategic");
    await expect(
      mergeClaims(t.db, checker, {
        version: claim.version,
        withId: far.id,
        withVersion: far.version,
        claimId: claim.id,
      }),
    ).rejects.toMatchObject({ message: "Only neighbouring claims can be merged." });
  });
});

describe("addClaim, removeClaim and restoreClaim", () => {
  it("adds a claim from a selection with a drafted label and quantities, and refuses the same span twice", async () => {
    const phrase = "vor zwei Jahren";
    const start = body.indexOf(phrase) - 1; // a leading space is trimmed
    const { id } = await addClaim(t.db, checker, { start, end: start + phrase.length + 1, articleId });
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({ quote: phrase, origin: "manual", status: "unverified", sourceCount: 0 });
    expect(JSON.parse(claim.quantities)).toHaveLength(1);
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(["created"]);
    await expect(
      addClaim(t.db, checker, { start: start + 1, end: start + 1 + phrase.length, articleId }),
    ).rejects.toMatchObject({ code: "duplicate" });
    await expect(addClaim(t.db, checker, { start: 0, end: body.length + 5, articleId })).rejects.toMatchObject({
      field: "end",
    });
  });

  it("removes a claim from the list and restores it with its record", async () => {
    const claim = await claimAt("Seoul rückte näher");
    const removed = await removeClaim(t.db, checker, {
      version: claim.version,
      reason: "not a claim",
      claimId: claim.id,
    });
    const visible = await searchClaims(t.db, checker, { articleId, q: "Seoul rückte" });
    expect(visible.total).toBe(0);
    await restoreClaim(t.db, checker, { version: removed.version, claimId: claim.id });
    expect((await searchClaims(t.db, checker, { articleId, q: "Seoul rückte" })).total).toBe(1);
    expect((await eventsOf(claim.id)).map((e) => [e.type, e.reason])).toEqual([
      ["created", null],
      ["removed", "not a claim"],
      ["restored", null],
    ]);
  });
});

describe("restoring a merged-away claim", () => {
  it("refuses to restore a claim whose words are now part of another, unless asked knowingly", async () => {
    // An article of its own: the other tests read the seed article's claims as they are.
    const text = "Laut Reuters stieg die Zahl der Opfer auf 312.\nDie Regierung dementierte das am Abend.";
    const { articleId: own } = (await ingestArticle(
      t.db,
      OPERATOR,
      { title: "Restore overlap", body: text },
      { maxBytes: 2 << 20 },
    )) as { articleId: string };
    const [first, second] = await t.db.claim.findMany({ where: { articleId: own }, orderBy: { start: "asc" } });
    await mergeClaims(t.db, checker, {
      version: first!.version,
      withId: second!.id,
      withVersion: second!.version,
      claimId: first!.id,
    });
    const gone = await t.db.claim.findUniqueOrThrow({ where: { id: second!.id } });
    await expect(restoreClaim(t.db, checker, { version: gone.version, claimId: gone.id })).rejects.toMatchObject({
      code: "conflict",
      reason: "overlap",
      message: expect.stringContaining(`“${first!.label}”`),
    });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: gone.id } })).deletedAt).not.toBeNull();
    await restoreClaim(t.db, checker, { version: gone.version, allowOverlap: true, claimId: gone.id });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: gone.id } })).deletedAt).toBeNull();
  });
});

describe("linkSource, unlinkSource and setCitationRole", () => {
  it("links a registry source at its mention, a new source with aliases, and unlinks again", async () => {
    // The seed's troops claim comes with two origins: South Korea's service, and Ukraine's that confirmed it.
    const claim = await claimAt("über 1.000 Soldaten");
    const ap = await t.db.source.findFirstOrThrow({ where: { name: "Associated Press" } });
    await linkSource(t.db, checker, { sourceId: ap.id, role: "relay", claimId: claim.id });
    const { citationId } = await linkSource(t.db, checker, {
      source: { name: "Ukrainska Pravda", type: "newspaper", aliases: ["UP"] },
      claimId: claim.id,
    });
    const created = await t.db.source.findUniqueOrThrow({
      where: { name_scope: { name: "Ukrainska Pravda", scope: "" } },
      include: { aliases: true },
    });
    expect(created.type).toBe("newspaper");
    expect(created.aliases.map((a) => a.alias).sort()).toEqual(["UP", "Ukrainska Pravda"]);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).sourceCount).toBe(4);
    await expect(linkSource(t.db, checker, { sourceId: ap.id, claimId: claim.id })).rejects.toMatchObject({
      code: "duplicate",
    });
    await expect(
      linkSource(t.db, checker, {
        source: { name: "Kyiv Post", type: "newspaper", aliases: ["UP"] },
        claimId: claim.id,
      }),
    ).rejects.toMatchObject({ field: "aliases" });
    expect(await t.db.source.count({ where: { name: "Kyiv Post" } })).toBe(0);

    await unlinkSource(t.db, checker, { claimId: claim.id, citationId });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).sourceCount).toBe(3);
    const types = (await eventsOf(claim.id)).map((e) => [e.type, e.to ?? e.from]);
    expect(types.slice(-3)).toEqual([
      ["source_linked", "Associated Press"],
      ["source_linked", "Ukrainska Pravda"],
      ["source_unlinked", "Ukrainska Pravda"],
    ]);
  });

  it("links a source to a claim no longer in the article at its mention in the version the claim was on", async () => {
    const first = "Die Feuerwehr Rotenburg rettete 14 Menschen aus dem Wasser.";
    const rest = "Der Pegel der Fulda stieg bis Montag auf 4,20 Meter.";
    const { articleId: id } = (await ingestArticle(
      t.db,
      OPERATOR,
      { title: "Hochwasser", body: `${first} ${rest}` },
      { maxBytes: 2 << 20 },
    )) as { articleId: string };
    const rescue = await t.db.claim.findFirstOrThrow({ where: { articleId: id, quote: { contains: "14 Menschen" } } });
    // The rescue's sentence leaves; a new one in its place puts other words at its offsets.
    await addArticleVersion(
      t.db,
      OPERATOR,
      { articleId: id, body: `Am Sonntag öffnete die Stadt zwei Notunterkünfte. ${rest}` },
      { maxBytes: 2 << 20 },
    );
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: rescue.id } })).anchor).toBe("orphaned");
    const { citationId } = await linkSource(t.db, checker, {
      claimId: rescue.id,
      source: { name: "Feuerwehr Rotenburg", type: "organization" },
    });
    const citation = await t.db.citation.findUniqueOrThrow({ where: { id: citationId } });
    expect(citation.mention).toBe("Feuerwehr Rotenburg");
    expect(`${first} ${rest}`.slice(citation.start, citation.end)).toBe("Feuerwehr Rotenburg");
  });

  it("marks a citation as a relay of its origin", async () => {
    const claim = await claimAt("über 1.000 Soldaten");
    const citations = await t.db.citation.findMany({ where: { claimId: claim.id }, include: { source: true } });
    const ap = citations.find((c) => c.source.name === "Associated Press")!;
    const nis = citations.find((c) => c.source.name === "National Intelligence Service (South Korea)")!;
    const counts = async () =>
      t.db.claim.findUniqueOrThrow({
        where: { id: claim.id },
        select: { sourceCount: true, independentSources: true },
      });
    expect(await counts()).toEqual({ sourceCount: 3, independentSources: 3 });
    await setCitationRole(t.db, checker, {
      role: "relay",
      relayOfId: nis.sourceId,
      claimId: claim.id,
      citationId: ap.id,
    });
    // AP passing on what NIS said is not a further independent source (Ukraine's confirmation still is).
    expect(await counts()).toEqual({ sourceCount: 3, independentSources: 2 });
    expect((await t.db.citation.findUniqueOrThrow({ where: { id: ap.id } })).relayOfId).toBe(nis.sourceId);
    const last = (await eventsOf(claim.id)).at(-1)!;
    expect([last.type, last.from, last.to, last.reason]).toEqual([
      "citation_role",
      "relay",
      "relay",
      `Associated Press → ${nis.source.name}`,
    ]);
    await expect(
      setCitationRole(t.db, viewer, { role: "origin", claimId: claim.id, citationId: ap.id }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    // Another story's unnamed source is not one this claim's source can relay.
    const elsewhere = await t.db.source.create({
      data: { name: "Regierungskreise", type: "unnamed", scope: "other-article" },
    });
    await expect(
      setCitationRole(t.db, checker, { role: "relay", relayOfId: elsewhere.id, claimId: claim.id, citationId: ap.id }),
    ).rejects.toMatchObject({ code: "not_found", field: "relayOfId" });
    expect((await t.db.citation.findUniqueOrThrow({ where: { id: ap.id } })).relayOfId).toBe(nis.sourceId);
  });
});

describe("searchClaims and bulkSetStatus", () => {
  it("finds claims across articles by text, case-insensitively, and by sourcing and status", async () => {
    const found = await searchClaims(t.db, viewer, { q: "PAZIFIK" });
    expect(found.claims.map((c) => c.text)).toEqual(["Russland betrachte Südkorea als seinen Zugang zum Pazifik"]);
    const none = await searchClaims(t.db, viewer, { articleId, sourcing: "none" });
    expect(none.total).toBeGreaterThan(0);
    expect(none.claims.every((c) => c.sources.length === 0)).toBe(true);
    const single = await searchClaims(t.db, viewer, { articleId, sourcing: "single" });
    expect(single.total).toBeGreaterThan(0);
    const origins = await t.db.claim.findMany({
      where: { id: { in: single.claims.map((c) => c.id) } },
      select: { independentSources: true },
    });
    expect(origins.every((c) => c.independentSources === 1)).toBe(true);
    expect(
      none.total + single.total + (await searchClaims(t.db, viewer, { articleId, sourcing: "multiple" })).total,
    ).toBe((await searchClaims(t.db, viewer, { articleId })).total);
    await expect(searchClaims(t.db, viewer, { status: "wahr" as "true" })).rejects.toMatchObject({ field: "status" });
  });

  it("bulk status: changes the selection, skips and reports a claim changed meanwhile", async () => {
    const page = await searchClaims(t.db, checker, { articleId, sourcing: "none" });
    const [first, ...rest] = page.claims;
    await setClaimStatus(t.db, checker, { status: "false", version: first!.version, claimId: first!.id });
    const result = await bulkSetStatus(t.db, checker, {
      status: "not_checkable",
      claims: page.claims.map((c) => ({ id: c.id, version: c.version })),
    });
    expect(result.changed).toBe(rest.length);
    expect(result.conflicts.map((c) => c.id)).toEqual([first!.id]);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe("false");
    expect((await searchClaims(t.db, checker, { articleId, status: "not_checkable" })).total).toBe(rest.length);
  });
});

describe("a bulk status change that fails part-way", () => {
  it("says how many of the selection were changed, and those stay changed with their events", async () => {
    const page = await searchClaims(t.db, checker, { articleId, status: "unverified" });
    const selection = page.claims.slice(0, 3);
    expect(selection).toHaveLength(3);
    const before = await t.db.claimEvent.count();
    // The database refuses the second claim's event: its change rolls back; the first is already stored.
    await refuseInserts(t, "ClaimEvent", { afterRows: before + 1 });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let error: unknown;
    try {
      error = await bulkSetStatus(t.db, checker, {
        status: "unproven",
        claims: selection.map((c) => ({ id: c.id, version: c.version })),
      }).catch((e: unknown) => e);
    } finally {
      await allowInserts(t, "ClaimEvent");
      log.mockRestore();
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 503, reason: "selection_partial", params: { changed: "1", selected: "3" } });
    const statuses = await t.db.claim.findMany({
      where: { id: { in: selection.map((c) => c.id) } },
      select: { id: true, status: true },
    });
    expect(statuses.find((c) => c.id === selection[0]!.id)?.status).toBe("unproven");
    expect(statuses.filter((c) => c.status === "unproven")).toHaveLength(1);
    expect(await t.db.claimEvent.count()).toBe(before + 1);
  });
});

describe("every editing verb writes its change and its event together, or neither", () => {
  it("when the event cannot be written, no verb leaves a change behind", async () => {
    const claim = await claimAt("Dem Center for Strategic");
    const next = await claimAt("Es gab einen bedeutenden");
    const citation = await t.db.citation.findFirstOrThrow({ where: { claimId: claim.id } });
    const verbs: [string, () => Promise<unknown>][] = [
      [
        "setClaimStatus",
        () => setClaimStatus(t.db, checker, { status: "true", version: claim.version, claimId: claim.id }),
      ],
      ["editClaim", () => editClaim(t.db, checker, { text: "neu", version: claim.version, claimId: claim.id })],
      [
        "splitClaim",
        () =>
          splitClaim(t.db, checker, { at: claim.quote.indexOf(" zufolge"), version: claim.version, claimId: claim.id }),
      ],
      [
        "mergeClaims",
        () =>
          mergeClaims(t.db, checker, {
            version: claim.version,
            withId: next.id,
            withVersion: next.version,
            claimId: claim.id,
          }),
      ],
      ["removeClaim", () => removeClaim(t.db, checker, { version: claim.version, claimId: claim.id })],
      ["addClaim", () => addClaim(t.db, checker, { start: 0, end: 9, articleId })],
      [
        "linkSource",
        () => linkSource(t.db, checker, { source: { name: "Neue Quelle", type: "other" }, claimId: claim.id }),
      ],
      ["unlinkSource", () => unlinkSource(t.db, checker, { claimId: claim.id, citationId: citation.id })],
      [
        "setCitationRole",
        () => setCitationRole(t.db, checker, { role: "relay", claimId: claim.id, citationId: citation.id }),
      ],
    ];
    const before = await snapshot();
    await refuseInserts(t, "ClaimEvent");
    try {
      for (const [name, verb] of verbs) {
        const error = await verb().then(
          () => null,
          (e: unknown) => e,
        );
        // The database's refusal, not a domain error that would have stopped the verb before it wrote anything.
        expect(error, name).toBeInstanceOf(Error);
        expect(error, name).not.toBeInstanceOf(AppError);
        expect(await snapshot(), `${name} left a change behind`).toBe(before);
      }
    } finally {
      await allowInserts(t, "ClaimEvent");
    }
  });
});
