import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const ENGLISH = readFileSync(new URL("../test/fixtures/articles/en-seoul-drones.txt", import.meta.url), "utf8");

test("POST /api/articles stores an article; GET returns it with claims and citations", async ({ request }) => {
  const created = await request.post("/api/articles", {
    data: { title: "Seoul: shells", body: ENGLISH, language: "en" },
  });
  expect(created.status()).toBe(201);
  const { article, claims } = await created.json();
  expect(claims).toBeGreaterThan(10);
  const fetched = await request.get(`/api/articles/${article.id}`);
  expect(fetched.status()).toBe(200);
  const body = await fetched.json();
  const yonhap = body.claims
    .flatMap((c: { citations: { name: string; role: string; relayOf: string | null }[] }) => c.citations)
    .find((c: { name: string }) => c.name === "Yonhap");
  expect(yonhap).toMatchObject({ role: "relay", relayOf: "National Intelligence Service (South Korea)" });
  const again = await request.post("/api/articles", { data: { title: "Again", body: ENGLISH } });
  expect(again.status()).toBe(200);
  expect((await again.json()).status).toBe("duplicate");
});

test.describe("bad requests get a 4xx with the field and a message, never a 500", () => {
  const cases: [
    string,
    () => { data?: unknown; headers?: Record<string, string>; body?: string },
    number,
    string | null,
  ][] = [
    ["missing title", () => ({ data: { body: "Laut AP ist es so." } }), 400, "title"],
    ["empty body", () => ({ data: { title: "T", body: "" } }), 400, "body"],
    ["wrong types", () => ({ data: { title: 42, body: ["x"] } }), 400, "title"],
    ["malformed JSON", () => ({ body: "{not json", headers: { "content-type": "application/json" } }), 400, "body"],
    [
      "not JSON at all",
      () => ({ body: "title=x", headers: { "content-type": "application/x-www-form-urlencoded" } }),
      400,
      "body",
    ],
    ["a JSON array", () => ({ data: [1, 2] }), 400, "body"],
    ["a text over the limit", () => ({ data: { title: "T", body: "x".repeat(300_000) } }), 413, "body"],
  ];
  for (const [name, make, status, field] of cases) {
    test(name, async ({ request }) => {
      const before = (await (await request.get("/api/articles?limit=200")).json()).articles.length;
      const response = await request.post("/api/articles", make());
      expect(response.status()).toBe(status);
      const body = await response.json();
      expect(body.error.message).toBeTruthy();
      expect(body.error.field).toBe(field);
      expect((await (await request.get("/api/articles?limit=200")).json()).articles.length).toBe(before);
    });
  }

  test("unknown article", async ({ request }) => {
    expect((await request.get("/api/articles/doesnotexist")).status()).toBe(404);
    expect((await request.get("/api/articles/..%2F..%2Fetc%2Fpasswd")).status()).toBe(404);
  });

  test("bad paging", async ({ request }) => {
    expect((await request.get("/api/articles?limit=-1")).status()).toBe(400);
  });
});
