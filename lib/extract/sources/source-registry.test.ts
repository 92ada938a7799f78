import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract-claims";
import { inferSourceType } from "./infer-source-type";
import { normalizeName } from "./normalize-name";
import { SourceRegistry } from "./source-registry";

describe("SourceRegistry", () => {
  const registry = new SourceRegistry();

  it.each([
    ["AP", "Associated Press"],
    ["AP News", "Associated Press"],
    ["die Nachrichtenagentur AP", "Associated Press"],
    ["der Geheimdienst Südkoreas", "National Intelligence Service (South Korea)"],
    ["South Korea's National Intelligence Service", "National Intelligence Service (South Korea)"],
    ["des ukrainischen Geheimdienstes", "Ukrainian intelligence"],
    ["die britische Zeitung The Guardian", "The Guardian"],
    ["Das südkoreanische Außenministerium", "South Korean Ministry of Foreign Affairs"],
    ["the Russian foreign ministry", "Russian Ministry of Foreign Affairs"],
  ])("maps %j to %s", (mention, name) => {
    expect(registry.lookup(mention)?.name).toBe(name);
  });

  it("does not take a person with a title for the organisation in the title", () => {
    expect(registry.lookup("NATO-Generalsekretär Mark Rutte")).toBeNull();
  });

  it("lets the caller's registry add aliases that improve the next extraction", () => {
    const text = "Laut dem Lokalblatt Bergbote stieg die Miete.";
    expect(extractClaims(text).claims[0]!.sources[0]!.name).not.toBe("Der Bergbote");
    const withAlias = extractClaims(text, {
      registry: [{ name: "Der Bergbote", type: "newspaper", aliases: ["Lokalblatt Bergbote"] }],
    });
    expect(withAlias.claims[0]!.sources[0]).toMatchObject({ name: "Der Bergbote", type: "newspaper" });
    expect(withAlias.sources[0]!.known).toBe(true);
  });
});

describe("normalizeName", () => {
  it("folds German case endings so case forms of one name meet", () => {
    expect(normalizeName("des ukrainischen Geheimdienstes")).toBe(normalizeName("der ukrainische Geheimdienst"));
  });
});

describe("inferSourceType", () => {
  it.each([
    ["Bundesinnenministerium", "government"],
    ["ein Sprecher des Ministeriums", "person"],
    ["Institut für Sicherheitspolitik", "think_tank"],
    ["Center for Naval Analyses", "think_tank"],
    ["Jane Doe", "person"],
    ["Kieler Nachrichten Zeitung", "newspaper"],
  ])("infers %j as %s", (name, type) => {
    expect(inferSourceType(name)).toBe(type);
  });
});
