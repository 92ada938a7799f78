import { describe, expect, it } from "vitest";
import { citationRole, independentOrigins, sourceCounts } from "./sourcing";

const cite = (name: string, role = "origin", relayOf: string | null = null) => ({ name, role, relayOf });

describe("the independence rule", () => {
  it("counts AP relaying NIS, and NIS itself, as one origin", () => {
    expect(independentOrigins([cite("AP", "relay", "NIS"), cite("NIS")])).toEqual(["NIS"]);
    expect(sourceCounts([cite("AP", "relay", "NIS"), cite("NIS")])).toEqual({
      sourceCount: 2,
      independentSources: 1,
      unnamedOnly: false,
    });
  });

  it("marks a claim whose every source is unnamed, and only that one", () => {
    const officials = { ...cite("Officials"), unnamed: true };
    expect(sourceCounts([officials]).unnamedOnly).toBe(true);
    expect(sourceCounts([officials, cite("AP")]).unnamedOnly).toBe(false);
    expect(sourceCounts([]).unnamedOnly).toBe(false);
  });

  it("counts a relay whose origin is not known as a source of its own, and two origins as two", () => {
    expect(independentOrigins([cite("AP", "relay"), cite("Reuters"), cite("NIS")])).toEqual(["AP", "Reuters", "NIS"]);
  });

  it("names a stored role as the views do: relay, or else origin", () => {
    expect([citationRole("relay"), citationRole("origin"), citationRole("")]).toEqual(["relay", "origin", "origin"]);
  });
});
