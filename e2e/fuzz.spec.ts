import { readFileSync } from "node:fs";
import fc from "fast-check";
import { createDb } from "../lib/db/client";
import { cookieHeaderOf } from "./accounts";
import { expect, test } from "./fixtures";

/**
 * Hostile input at the HTTP boundary: well over 1,000 malformed requests to every route handler, as an admin (so
 * nothing is refused for its role before the input is looked at). Each must get a 4xx with a message, the server must
 * stay up, and no table may gain or lose a row.
 */

type Body = { data?: string | Uint8Array<ArrayBuffer>; contentType?: string; label: string };

const MB = 1024 * 1024;
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

/** Bodies no route accepts: broken encodings, shapes and sizes, then random JSON from a fixed seed. */
function malformedBodies(randomCount: number): Body[] {
  const json = (value: unknown, label: string): Body => ({
    data: JSON.stringify(value),
    contentType: "application/json",
    label,
  });
  const fixed: Body[] = [
    { label: "no body" },
    { data: "", contentType: "application/json", label: "empty JSON body" },
    { data: "{", contentType: "application/json", label: "truncated JSON" },
    { data: "<script>alert(1)</script>", contentType: "application/json", label: "HTML as JSON" },
    { data: '{"a":1}', contentType: "text/plain", label: "wrong content type" },
    { data: "title=x&body=y", contentType: "application/x-www-form-urlencoded", label: "a form" },
    {
      data: Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
      contentType: "application/json",
      label: "invalid UTF-8",
    },
    { data: nested(20_000), contentType: "application/json", label: "JSON nested 20,000 deep" },
    {
      data: `[${"[".repeat(5000)}${"]".repeat(5000)}]`,
      contentType: "application/json",
      label: "arrays nested 5,000 deep",
    },
    { data: JSON.stringify({ body: "x".repeat(10 * MB) }), contentType: "application/json", label: "10 MB body" },
    json({ title: "t", body: "b".repeat(MB), version: 1, status: "true" }, "1 MB field"),
    json(null, "null"),
    json([{ version: 1 }], "top-level array"),
    json("just a string", "top-level string"),
    json({ __proto__: { admin: true }, constructor: { prototype: { role: "admin" } } }, "prototype pollution"),
    json({ version: -1, status: "true" }, "negative version"),
    json({ version: 1e308 * 10, status: "false" }, "infinite version"),
    json({ version: "1", status: ["true"] }, "wrong types"),
    json({ version: 1, status: "<img src=x onerror=alert(1)>" }, "hostile status"),
    json({ version: 1, text: "", label: "" }, "empty text"),
    json({ version: 1, at: 1e9 }, "split far outside"),
    json({ start: -5, end: 1e9 }, "offsets outside the text"),
    json({ url: "javascript:alert(1)", stance: "supports" }, "javascript: evidence URL"),
    json({ url: "file:///etc/passwd", stance: "supports" }, "file: evidence URL"),
    json(
      { title: "../../etc/passwd", body: "\u0000\u0001\u0002", fileName: "../../../../etc/passwd" },
      "path traversal and control characters",
    ),
    json({ email: "not-an-email", role: "root", name: "x".repeat(10_000) }, "bad account"),
    json(
      { claims: Array.from({ length: 20_000 }, () => ({ id: "x", version: 1 })), status: "true" },
      "20,000 bulk claims",
    ),
    json({ source: { name: "", type: "alien", aliases: "not a list" } }, "bad source"),
    json({ assigneeId: { $ne: null } }, "operator injection"),
  ];
  const random = fc
    .sample(fc.jsonValue({ maxDepth: 4 }), { seed: 20261127, numRuns: randomCount })
    .map((value, i) => json(value, `random JSON #${i}`));
  return [...fixed, ...random];
}

/** Ids that are not ids: traversal, injection, enormous, empty after decoding. */
const HOSTILE_IDS = [
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "' OR 1=1 --",
  "x".repeat(5000),
  "%00",
  "<script>",
  "nonexistent",
];

/** Hostile values for the query parameters each GET route reads (parameters a route does not read are ignored). */
const HOSTILE_QUERIES: Record<string, string[]> = {
  "/api/articles": ["limit=-5", "limit=999999999", "limit=abc", "offset=-1", "offset=1e400"],
  "/api/claims": [
    "status=bogus",
    "page=-1",
    "page=1e400",
    "page=abc",
    `q=${"x".repeat(20_000)}`,
    "from=2026-13-45",
    "to=yesterday",
    "hedged=maybe",
    "sourcing=all",
    "kind=fact",
    `assignee=${"a".repeat(100)}`,
    `outlet=${"o".repeat(300)}`,
  ],
  "/api/export": [
    "format=exe",
    "",
    "format=pdf&bom=2",
    "format=csv&status=bogus",
    "format=json&from=31.12.2026",
    "format=md&status=yes",
    "format=csv&bom=1&excelSeparator=tab",
    "format=csv&excelSeparator=semicolon",
    "format=md&lang=fr",
  ],
};

/** Our routes answer { error: { message } }; Better Auth's answer { message }. */
const messageOf = (body: { error?: { message?: string }; message?: string } | null) =>
  body?.error?.message ?? body?.message;

async function tableCounts() {
  const db = createDb(process.env.E2E_DATABASE_URL);
  try {
    const counts = await Promise.all([
      db.article.count(),
      db.article.count({ where: { deletedAt: { not: null } } }),
      db.articleEvent.count(),
      db.claim.count(),
      db.citation.count(),
      db.note.count(),
      db.evidence.count(),
      db.claimEvent.count(),
      db.user.count(),
      db.apiToken.count(),
      db.source.count(),
      db.sourceAlias.count(),
    ]);
    const claimVersions = await db.claim.aggregate({ _sum: { version: true } });
    return { counts, versions: claimVersions._sum.version };
  } finally {
    await db.$disconnect();
  }
}

test("a thousand malformed requests to every route: each a 4xx with a message, nothing stored, the server up", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  // A real article, claim, citation and user, so ids resolve and the input itself is what gets refused.
  const created = await page.request.post("/api/articles", {
    data: { title: `Fuzz ${Date.now()}`, body: `Laut Reuters kamen ${Date.now() % 1000} Gäste. Es regnete.` },
  });
  expect(created.status()).toBe(201);
  const { article } = await created.json();
  const full = await (await page.request.get(`/api/articles/${article.id}`)).json();
  const claim = full.claims.find((c: { citations: unknown[] }) => c.citations.length > 0);
  const citationId = claim.citations[0].id as string;

  // The hostile client has an address of its own, as an attacker would (the e2e server trusts the header from
  // loopback, like a reverse proxy's): the per-address limits its broken sign-ins trip (Better Auth's 10 a minute, our
  // failures per address) are then its own, not those of the people the next specs sign in from 127.0.0.1.
  // Sent with Node's own fetch, not Playwright's request API: a thousand bodies (some of 10 MB) through Playwright's
  // protocol cost the test process more CPU than the server spends refusing them, on a machine the other suites share.
  const adminHeaders = { cookie: cookieHeaderOf("admin"), origin: baseURL!, "x-forwarded-for": "203.0.113.66" };
  const users = (await (await fetch(`${baseURL}/api/users`, { headers: adminHeaders })).json()).users as {
    id: string;
  }[];
  const before = await tableCounts();

  const ids = { article: article.id as string, claim: claim.id as string, citation: citationId, user: users[0]!.id };
  const mutations: [method: "POST" | "PATCH" | "DELETE", path: string][] = [
    ["POST", "/api/articles"],
    ["POST", `/api/articles/${ids.article}/claims`],
    ["DELETE", `/api/articles/${ids.article}`],
    // The article is not deleted: restore and purge refuse whatever the body (a 409), and nothing is purged.
    ["POST", `/api/articles/${ids.article}/restore`],
    ["POST", `/api/articles/${ids.article}/purge`],
    ["PATCH", `/api/claims/${ids.claim}`],
    ["DELETE", `/api/claims/${ids.claim}`],
    ["POST", `/api/claims/${ids.claim}/restore`],
    ["POST", `/api/claims/${ids.claim}/split`],
    ["POST", `/api/claims/${ids.claim}/merge`],
    ["POST", `/api/claims/${ids.claim}/status`],
    ["POST", `/api/claims/${ids.claim}/notes`],
    ["POST", `/api/claims/${ids.claim}/evidence`],
    ["POST", `/api/claims/${ids.claim}/assignee`],
    ["POST", `/api/claims/${ids.claim}/citations`],
    ["PATCH", `/api/claims/${ids.claim}/citations/${ids.citation}`],
    ["POST", "/api/claims/bulk-status"],
    ["POST", "/api/users"],
    ["PATCH", `/api/users/${ids.user}`],
    ["POST", "/api/tokens"],
  ];
  const idRoutes = (id: string): [string, string][] => [
    ["GET", `/api/articles/${id}`],
    ["GET", `/api/articles/${id}/changes`],
    ["DELETE", `/api/articles/${id}`],
    ["POST", `/api/articles/${id}/restore`],
    ["POST", `/api/articles/${id}/purge`],
    ["POST", `/api/articles/${id}/claims`],
    ["PATCH", `/api/claims/${id}`],
    ["DELETE", `/api/claims/${id}`],
    ["POST", `/api/claims/${id}/status`],
    ["POST", `/api/claims/${id}/notes`],
    ["DELETE", `/api/claims/${ids.claim}/citations/${id}`],
    ["PATCH", `/api/users/${id}`],
    ["DELETE", `/api/tokens/${id}`],
  ];

  const failures: string[] = [];
  let sent = 0;
  const check = async (method: string, path: string, body: Body | undefined, label: string) => {
    sent++;
    // Redirects are followed (Next answers a dot-segment path such as "/api/claims/%2e%2e" with one to the parent).
    const response = await fetch(`${baseURL}${path}`, {
      method,
      // Node's fetch sends no body with a GET (Playwright did; the GET routes never read one).
      body: method === "GET" ? undefined : body?.data,
      headers: { ...adminHeaders, ...(body?.contentType ? { "content-type": body.contentType } : {}) },
      signal: AbortSignal.timeout(30_000),
    });
    const status = response.status;
    const text = await response.text();
    const problem =
      status < 400 || status > 499
        ? `status ${status}`
        : /json/.test(response.headers.get("content-type") ?? "") && !messageOf(JSON.parse(text))
          ? "4xx without a message"
          : null;
    if (problem) failures.push(`${method} ${path.slice(0, 80)} with ${label}: ${problem} ${text.slice(0, 200)}`);
  };

  for (const body of malformedBodies(45)) {
    for (const [method, path] of mutations) await check(method, path, body, body.label);
  }
  for (const [path, queries] of Object.entries(HOSTILE_QUERIES)) {
    for (const query of queries) await check("GET", `${path}?${query}`, undefined, query.slice(0, 40));
  }
  for (const id of HOSTILE_IDS) {
    for (const [method, path] of idRoutes(id))
      await check(method, path, { data: "{}", contentType: "application/json", label: "{}" }, `id ${id.slice(0, 20)}`);
  }
  // Better Auth's own endpoints: broken sign-ins are refused like ours.
  // (No body names a real account, so no sign-in failure counts against anyone's lockout.)
  for (const body of malformedBodies(0).filter((b) => b.label !== "bad account"))
    await check("POST", "/api/auth/sign-in/email", body, body.label);

  expect(sent).toBeGreaterThanOrEqual(1000);
  expect(failures, failures.slice(0, 20).join("\n")).toEqual([]);
  expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
  expect(await tableCounts()).toEqual(before);
});

/** Every server action of the build, with a page that carries it ("[id]" filled in with a real article). */
function serverActions(articleId: string): { name: string; path: string; id: string }[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const worker = Object.keys(action.workers).find((w) => !w.includes("_not-found"))!;
    const path = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]*\)/g, "")
      .replace("[id]", articleId);
    return { name: action.exportedName, path: path || "/", id };
  });
}

test("malformed calls of every server action: each a 4xx, nothing stored, the server up", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const created = await page.request.post("/api/articles", {
    data: { title: `Action fuzz ${Date.now()}`, body: `Laut AP kamen ${Date.now() % 1000} Gäste nach Bonn.` },
  });
  const { article } = await created.json();
  const adminHeaders = { cookie: cookieHeaderOf("admin"), origin: baseURL! };
  const before = await tableCounts();
  const bodies: { type: string; data: string; label: string; wellFormed?: boolean }[] = [
    { type: "text/plain;charset=UTF-8", data: "garbage", label: "not JSON" },
    { type: "text/plain;charset=UTF-8", data: '{"a":1}', label: "an object, not a list" },
    { type: "application/json", data: "[]", label: "JSON content type" },
    { type: "multipart/form-data; boundary=xyz", data: "--xyz\r\ngarbage", label: "a broken form" },
    { type: "text/plain;charset=UTF-8", data: "[]", label: "no arguments", wellFormed: true },
    { type: "text/plain;charset=UTF-8", data: '["x","y"]', label: "text instead of a form", wellFormed: true },
    {
      type: "text/plain;charset=UTF-8",
      data: '[null,{"__proto__":{"admin":true}}]',
      label: "null and an object",
      wellFormed: true,
    },
    { type: "text/plain;charset=UTF-8", data: `["${"x".repeat(4 * 1024 * 1024)}"]`, label: "4 MB argument" },
  ];
  const failures: string[] = [];
  // Signing out would end the session the rest of the run needs; it takes no input to get wrong anyway.
  for (const action of serverActions(article.id).filter((a) => a.name !== "logoutAction")) {
    for (const body of bodies) {
      const response = await fetch(`${baseURL}${action.path}`, {
        method: "POST",
        headers: { ...adminHeaders, "next-action": action.id, "content-type": body.type },
        body: body.data,
        redirect: "manual",
      });
      await response.arrayBuffer();
      // setLocaleAction takes a plain value: a well-formed list of wrong values reaches it, and it ignores them.
      const itsOwnAnswer = action.name === "setLocaleAction" && body.wellFormed && response.status === 200;
      if (!itsOwnAnswer && (response.status < 400 || response.status > 499))
        failures.push(`${action.name} (${action.path}) with ${body.label}: ${response.status}`);
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
  expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
  expect(await tableCounts()).toEqual(before);
});

/** Issue 14: articles built to freeze the server. Sizes just under the e2e server's limit (200 KB; HTML 4×). */
const HOSTILE_ARTICLES: { label: string; body: string; file?: string }[] = [
  { label: "a run of commas mid-sentence", body: `Reuters said a${",".repeat(190_000)}b happened.` },
  { label: "a run of spaces mid-sentence", body: `Reuters said a${" ".repeat(190_000)}b happened.` },
  { label: 'one sentence of \'"X," said Y, "\'', body: '"X," said Y, "'.repeat(13_000) },
  { label: "a flood of <title", body: "<title".repeat(130_000), file: "title.html" },
  { label: "a table cell spanning a million columns", body: '<td colspan="1000000">x', file: "span.html" },
  { label: "150,000 nested <div>s", body: `${"<div>".repeat(150_000)}x`, file: "deep.html" },
];

test("hostile articles are each answered within seconds, and /api/health answers throughout", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  for (const { label, body, file } of HOSTILE_ARTICLES) {
    let done = false;
    let slowestHealth = 0;
    const poll = (async () => {
      while (!done) {
        const asked = Date.now();
        expect((await fetch(`${baseURL}/api/health`)).status).toBe(200);
        slowestHealth = Math.max(slowestHealth, Date.now() - asked);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = Date.now();
    const response = await page.request.post("/api/articles", {
      ...(file
        ? { multipart: { title: label, file: { name: file, mimeType: "text/html", buffer: Buffer.from(body) } } }
        : { data: { title: label, body } }),
      timeout: 60_000,
    });
    const seconds = (Date.now() - started) / 1000;
    done = true;
    await poll;
    // Stored (201) or refused with a message (4xx), never a 500; within seconds, the server answering meanwhile.
    if (response.status() >= 500)
      failures.push(`${label}: ${response.status()} ${(await response.text()).slice(0, 200)}`);
    if (seconds > 10) failures.push(`${label}: took ${seconds.toFixed(1)} s`);
    if (slowestHealth > 1000) failures.push(`${label}: /api/health took ${slowestHealth} ms`);
  }
  expect(failures, failures.join("\n")).toEqual([]);
});
