import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "@/lib/auth/permissions";
import { createArticle } from "@/test/support/factories";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { listCorroboratedClaims } from "./list-corroborated-claims";

// One fact in five articles: an agency of its own (corroborates), the same agency as the first (one origin, no), the
// first one's own outlet again (no), and figures that disagree (no).
const ARTICLES: [title: string, outlet: string, body: string][] = [
  ["Kurier 1", "Kurier", "Laut Reuters hat Polen 5.000 Soldaten an die Grenze zu Belarus entsandt."],
  ["Herald", "Herald", "Poland has sent 5,000 troops to its border with Belarus, the Associated Press reported."],
  ["Gazette", "Gazette", "Poland sent 5,000 troops to the Belarus border, Reuters reported."],
  ["Kurier 2", "kurier ", "Laut dpa entsandte Polen 5.000 Soldaten an die Grenze zu Belarus."],
  ["Courier", "Courier", "Poland sent 17,000 troops to the Belarus border, AFP reported."],
  // One body known only by a description, in two languages: one origin.
  ["Bote", "Bote", "Nach Angaben des Gesundheitsministeriums wurden in Rumänien 1.200 Masernfälle gemeldet."],
  ["Post", "Post", "Romania has recorded 1,200 measles cases, the health ministry said."],
  ["Blatt", "Blatt", "In Rumänien wurden laut Reuters 1.200 Masernfälle gemeldet."],
  // Two names are two origins, however alike their words ("Innenministerium" and Interfax both start "inter").
  [
    "Zeitung",
    "Zeitung",
    "Laut dem Innenministerium wurden in Moldau 300 Menschen vor dem Hochwasser in Sicherheit gebracht.",
  ],
  ["Wire", "Wire", "In Moldova, 300 people were brought to safety from the floods, Interfax reported."],
];

let t: TestDb;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  await seedBuiltinSources(t.db);
  for (const [title, outlet, body] of ARTICLES)
    ids[title] = (await createArticle(t.db, { title, outlet, body })).articleId;
});
afterAll(() => t?.drop());

describe("claims corroborated by independent outlets", () => {
  it("counts another outlet on a source of its own, not one quoting the same agency, the same outlet or other figures", async () => {
    const [claim, ...rest] = await listCorroboratedClaims(t.db, OPERATOR, ids["Kurier 1"]!);
    expect(rest).toEqual([]);
    expect(claim!.outlets).toEqual(["Herald"]);
  });

  it("takes a body named in two languages, or only described, for one origin", async () => {
    const [claim, ...rest] = await listCorroboratedClaims(t.db, OPERATOR, ids.Post!);
    expect(rest).toEqual([]);
    expect(claim!.outlets).toEqual(["Blatt"]);
  });

  it("compares names only with a description: a ministry and a news agency named are two origins", async () => {
    const [claim] = await listCorroboratedClaims(t.db, OPERATOR, ids.Wire!);
    expect(claim?.outlets).toEqual(["Zeitung"]);
  });

  it("names each corroborating outlet once, however it is spelled", async () => {
    const [claim] = await listCorroboratedClaims(t.db, OPERATOR, ids.Herald!);
    expect(claim!.outlets.map((o) => o.toLowerCase()).sort()).toEqual(["gazette", "kurier"]);
  });
});
