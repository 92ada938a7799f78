import { describe, expect, it } from "vitest";
import { RECENT_PAGE_MS, RecentPages } from "./recent-pages";

const page = (content: string) => ({ url: "https://news.example/a", content, isHtml: true, fetchedAt: new Date(0) });

describe("RecentPages", () => {
  it("gives a page back for ten minutes after it was fetched, then asks for a new fetch", () => {
    let now = 0;
    const pages = new RecentPages(() => now);
    pages.set("https://news.example/a", page("<p>first</p>"));
    now = RECENT_PAGE_MS - 1;
    expect(pages.get("https://news.example/a")?.content).toBe("<p>first</p>");
    now = RECENT_PAGE_MS + 1;
    expect(pages.get("https://news.example/a")).toBeUndefined();
  });

  it("keeps at most twenty pages, letting the oldest go first", () => {
    const pages = new RecentPages(() => 0);
    for (let i = 0; i < 25; i++) pages.set(`https://news.example/${i}`, page(`<p>${i}</p>`));
    expect(pages.get("https://news.example/4")).toBeUndefined();
    expect(pages.get("https://news.example/5")?.content).toBe("<p>5</p>");
    expect(pages.get("https://news.example/24")?.content).toBe("<p>24</p>");
  });

  it("lets old pages go when the pages held grow past their size budget", () => {
    const pages = new RecentPages(() => 0);
    const big = "x".repeat(15 * 1024 * 1024);
    for (const name of ["a", "b", "c"]) pages.set(`https://news.example/${name}`, page(big));
    expect(pages.get("https://news.example/a")).toBeUndefined();
    expect(pages.get("https://news.example/c")).toBeDefined();
  });
});
