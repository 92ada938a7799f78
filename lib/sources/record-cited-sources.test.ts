import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "@/lib/auth/permissions";
import { ingestArticle } from "@/lib/articles/ingest-article";
import { seedBuiltinSources } from "@/lib/sources/seed-builtin-sources";
import { createTestDb, type TestDb } from "@/test/support/test-db";

// Two newsrooms' wordings of one body: a German article defines its short form, an English one names only that.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedBuiltinSources(t.db);
}, 60_000);
afterAll(async () => t?.drop());

const ingest = (title: string, body: string, language: "de" | "en") =>
  ingestArticle(t.db, OPERATOR, { title, body, language }, { maxBytes: 1 << 20 });

/** The sources the claims holding `phrase` cite, by name. */
const citedBy = async (phrase: string) =>
  (
    await t.db.citation.findMany({
      where: { claim: { text: { contains: phrase } } },
      select: { source: { select: { name: true } } },
    })
  ).map((c) => c.source.name);

describe("a source's short form in brackets", () => {
  it("names the same source in the next article, whichever article came first", async () => {
    await ingest(
      "Fährstreik in Rostock",
      "Nach Angaben der Rostocker Fährlinien und Logistik GmbH (RFL) fielen am Montag 14 Fähren aus.",
      "de",
    );
    await ingest(
      "Ferry strike",
      "Fourteen ferries were cancelled on Monday, according to the ferry operator RFL.",
      "en",
    );
    expect(await citedBy("Fähren")).toEqual(["Rostocker Fährlinien und Logistik GmbH"]);
    expect(await citedBy("ferries")).toEqual(["Rostocker Fährlinien und Logistik GmbH"]);
    // The other way round: the short form first, then the full name that defines it.
    await ingest("Port strike", "No ships were handled on Tuesday, according to the port operator KPL.", "en");
    await ingest(
      "Hafenstreik",
      "Nach Angaben der Kieler Port und Logistik AG (KPL) wurden am Dienstag keine Schiffe abgefertigt.",
      "de",
    );
    expect(await citedBy("Schiffe")).toEqual(["KPL"]);
    const kpl = await t.db.source.findFirstOrThrow({ where: { name: "KPL" }, select: { aliases: true } });
    expect(kpl.aliases.map((a) => a.alias)).toContain("Kieler Port und Logistik AG");
  });

  it("names one body once when the article defining its short form and one naming only that are stored at once", async () => {
    // Each round a body of its own, both articles at the same time, in either order: the second to commit reads what
    // the first registered (on PostgreSQL they take turns on the names; SQLite writes one at a time).
    for (const [i, letters] of ["SFL", "WTL", "NVG", "OHB"].entries()) {
      const full = [
        "Stader Fähr und Logistik AG",
        "Wismarer Terminal und Lager GmbH",
        "Neusser Verkehrs Gesellschaft",
        "Osnabrücker Hafen und Bahn GmbH",
      ][i]!;
      const articles = [
        ingest(
          `Streik ${letters}`,
          `Nach Angaben der ${full} (${letters}) fielen am Montag ${10 + i} Fähren aus.`,
          "de",
        ),
        ingest(
          `Strike ${letters}`,
          `${20 + i} ferries were cancelled on Monday, according to the operator ${letters}.`,
          "en",
        ),
      ];
      await Promise.all(i % 2 === 0 ? articles : articles.reverse());
      const cited = [...(await citedBy(`${10 + i} Fähren`)), ...(await citedBy(`${20 + i} ferries`))];
      expect(cited).toHaveLength(2);
      expect(new Set(cited).size, `${full} (${letters}): ${cited.join(", ")}`).toBe(1);
    }
  });

  it("is no other body's: a party after a name, or the same letters of another body, names no one else", async () => {
    await ingest("Koalition", "Die Steuer steige um 2 Prozent, teilte die CSU am Montag mit.", "de");
    await ingest("Söder", "Die Steuer steige nicht, sagte Söder (CSU) am Dienstag.", "de");
    expect(await citedBy("Die Steuer steige nicht")).not.toContain("CSU");
    await ingest("BA", "British Airways (BA) cancelled 40 flights on Monday, British Airways said.", "en");
    await ingest(
      "Arbeitsmarkt",
      "Laut der Bundesagentur für Arbeit (BA) stieg die Zahl der Arbeitslosen um 20.000.",
      "de",
    );
    expect(await citedBy("Arbeitslosen")).toEqual(["Bundesagentur für Arbeit"]);
  });

  it("is a party after a person's name, not another name of the person", async () => {
    await ingest(
      "Haushalt",
      "Der Etat steige um 4 Prozent, sagte Finanzministerin Petra Albrecht (FDP) am Mittwoch.",
      "de",
    );
    const albrecht = await t.db.source.findFirstOrThrow({
      where: { name: "Petra Albrecht" },
      select: { aliases: true },
    });
    expect(albrecht.aliases.map((a) => a.normalized)).not.toContain("fdp");
  });
});
