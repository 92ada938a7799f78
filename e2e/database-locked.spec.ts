import Database from "better-sqlite3";
import { expect, test } from "./fixtures";

const url = process.env.E2E_DATABASE_URL ?? "";

test("SQLite locked by another process: reads go on, a change waits its bound, then fails cleanly and loses nothing", async ({
  page,
}) => {
  test.skip(!url.startsWith("file:"), "a file lock exists only on SQLite");
  const created = await page.request.post("/api/articles", {
    data: { title: `Locked ${Date.now()}`, body: `Laut AP kamen ${Date.now() % 1000} Gäste nach Bonn.` },
  });
  expect(created.status()).toBe(201);
  const { article } = await created.json();
  const claim = (await (await page.request.get(`/api/articles/${article.id}`)).json()).claims[0];

  // Another process (a backup script, a second server, sqlite3 in a terminal) takes the write lock and keeps it.
  const other = new Database(url.slice("file:".length), { timeout: 1000 });
  other.exec("BEGIN IMMEDIATE");
  try {
    const read = await page.request.get(`/api/articles/${article.id}`);
    expect(read.status()).toBe(200); // the write-ahead log lets readers through

    const started = Date.now();
    const refused = await page.request.post(`/api/claims/${claim.id}/status`, {
      data: { status: "true", version: claim.version },
      timeout: 30_000,
    });
    const waited = Date.now() - started;
    expect(refused.status()).toBe(503);
    expect(refused.headers()["retry-after"]).toBe("2");
    expect((await refused.json()).error.message).toContain("Try again");
    expect(waited).toBeGreaterThanOrEqual(4_500); // the busy timeout: it waited for the lock…
    expect(waited).toBeLessThan(20_000); // …within its bound
  } finally {
    other.exec("ROLLBACK");
    other.close();
  }
  const after = (await (await page.request.get(`/api/articles/${article.id}`)).json()).claims[0];
  expect({ status: after.status, version: after.version }).toEqual({ status: claim.status, version: claim.version });
  const retried = await page.request.post(`/api/claims/${claim.id}/status`, {
    data: { status: "true", version: claim.version },
  });
  expect(retried.status()).toBe(200);
});
