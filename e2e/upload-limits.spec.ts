import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { countArticles, expect, test } from "./fixtures";
import { runTmp } from "./run-tmp";

/**
 * An article over the limit gets one sentence at any size — on the form (in its error area, not an error page),
 * from POST /api/articles (JSON and multipart) and from the form's action called directly — nothing is stored and the
 * server stays up. The e2e server's limit is 200 KB (scripts/e2e-server.sh), so Next.js's own body limit for actions
 * (five times that, plus a little) lies between the sizes tried here.
 */
const KB = 1024;
const MB = 1024 * KB;
const SENTENCE = /The article is larger than 200 KB, the most Claimtrack accepts\. Shorten it or split it into parts\./;
const SIZES: [string, number][] = [
  ["300 KB", 300 * KB],
  ["2.5 MB", 2.5 * MB],
  ["5 MB", 5 * MB],
  ["50 MB", 50 * MB],
];

test.describe.configure({ mode: "serial" });

/** A text file of `bytes` bytes on disk: Playwright hands large files to the browser by path, not through memory. */
function articleFile(bytes: number): string {
  mkdirSync(runTmp("upload-limits"), { recursive: true });
  const path = runTmp(`upload-limits/article-${bytes}.txt`);
  const line = "Laut AP stieg die Zahl der Gäste auf 40.\n";
  writeFileSync(path, line.repeat(Math.ceil(bytes / Buffer.byteLength(line))).slice(0, bytes));
  return path;
}

async function expectRefusedOnTheForm(page: Page, field: "file" | "body") {
  await expect(page.locator(`#${field}-error`)).toHaveText(SENTENCE);
  await expect(page.getByRole("status").first()).toContainText("The article was not added");
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an article");
}

for (const [label, bytes] of SIZES) {
  test(`a ${label} upload is refused on the form with the size sentence and nothing is stored`, async ({ page }) => {
    const before = await countArticles(page);
    await page.goto("/articles/new");
    await page.getByLabel("Title").fill(`Zu groß ${label}`);
    await page.getByLabel("…or upload a file").setInputFiles(articleFile(bytes));
    await page.getByRole("button", { name: "Extract claims" }).click();
    await expectRefusedOnTheForm(page, "file");
    expect(await countArticles(page)).toBe(before);
    expect((await page.request.get("/api/health")).status()).toBe(200);
  });
}

test("pasted text above the server's body limit is refused on the form like a smaller one", async ({ page }) => {
  const before = await countArticles(page);
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Zu lang eingefügt");
  await page.getByLabel("Article text").fill("Laut AP ist es so. ".repeat(Math.ceil((1.5 * MB) / 19)));
  await page.getByRole("button", { name: "Extract claims" }).click();
  await expectRefusedOnTheForm(page, "body");
  // What was typed is still there to shorten.
  await expect(page.getByLabel("Title")).toHaveValue("Zu lang eingefügt");
  expect(await countArticles(page)).toBe(before);
});

/** A body sent without Content-Length (chunked), produced as it is read rather than held in memory. */
function chunkedBody(prefix: string, bytes: number, suffix: string): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode("x".repeat(64 * KB));
  let sent = 0;
  return new ReadableStream({
    start: (controller) => controller.enqueue(new TextEncoder().encode(prefix)),
    pull(controller) {
      if (sent >= bytes) {
        controller.enqueue(new TextEncoder().encode(suffix));
        return controller.close();
      }
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

/** Sends with Node's fetch, which streams a ReadableStream body chunked, as the signed-in editor. */
async function sendChunked(page: Page, baseURL: string, path: string, init: RequestInit) {
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await fetch(new URL(path, baseURL), {
    method: "POST",
    ...init,
    headers: { ...(init.headers as Record<string, string>), cookie: cookies, origin: baseURL },
    duplex: "half",
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as { error: { message: string } } };
}

test.describe("POST /api/articles", () => {
  for (const [label, bytes] of SIZES) {
    test(`refuses a ${label} JSON article with 413 and the size sentence`, async ({ page }) => {
      const before = await countArticles(page);
      const response = await page.request.post("/api/articles", {
        data: { title: `JSON ${label}`, body: readFileSync(articleFile(bytes), "utf8") },
      });
      expect(response.status()).toBe(413);
      expect((await response.json()).error).toMatchObject({ code: "too_large", field: "body" });
      expect((await response.json()).error.message).toMatch(SENTENCE);
      expect(await countArticles(page)).toBe(before);
    });
  }

  test("refuses a 300 KB and a 5 MB file upload (multipart) with 413 and the size sentence", async ({ page }) => {
    const before = await countArticles(page);
    for (const bytes of [300 * KB, 5 * MB]) {
      const response = await page.request.post("/api/articles", {
        multipart: {
          title: "Hochgeladen",
          file: { name: "artikel.txt", mimeType: "text/plain", buffer: readFileSync(articleFile(bytes)) },
        },
      });
      expect(response.status()).toBe(413);
      expect((await response.json()).error.message).toMatch(SENTENCE);
    }
    expect(await countArticles(page)).toBe(before);
  });

  test("takes an article as a multipart file upload, as the form sends it", async ({ page }) => {
    const response = await page.request.post("/api/articles", {
      multipart: {
        file: {
          name: "bonn.txt",
          mimeType: "text/plain",
          buffer: Buffer.from(`Gäste in Bonn\nLaut Reuters kamen ${Date.now()} Gäste nach Bonn.`),
        },
      },
    });
    expect(response.status()).toBe(201);
    const { article } = await response.json();
    const stored = await (await page.request.get(`/api/articles/${article.id}`)).json();
    expect(stored.title).toBe("Gäste in Bonn");
  });

  test("refuses a 50 MB body sent without Content-Length after reading just past the limit", async ({
    page,
    baseURL,
  }) => {
    const before = await countArticles(page);
    const started = Date.now();
    const answer = await sendChunked(page, baseURL!, "/api/articles", {
      headers: { "content-type": "application/json" },
      body: chunkedBody('{"title":"Chunked","body":"', 50 * MB, '"}'),
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error.message).toMatch(SENTENCE);
    // The answer comes while the rest is still unsent: the server did not take in 50 MB to say no.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await countArticles(page)).toBe(before);
    expect((await page.request.get("/api/health")).status()).toBe(200);
  });
});

test.describe("the add-article action called directly, past the form's own check", () => {
  const actionId = () => {
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, { exportedName: string }>;
    };
    return Object.entries(manifest.node).find(([, a]) => a.exportedName === "ingestArticleAction")![0];
  };
  const boundary = "----claimtrack-upload-limits";
  const part = (name: string, value: string, file?: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ""}\r\n` +
    `${file ? "Content-Type: text/plain\r\n" : ""}\r\n${value}\r\n`;
  const formStart = part("0", '[{},"$K1"]') + part("1_title", "Direkt") + part("1_file", "", "big.txt").slice(0, -2);

  for (const [label, bytes] of SIZES.slice(1)) {
    test(`answers a ${label} form with 413 and the size sentence, not a server error`, async ({ page }) => {
      const before = await countArticles(page);
      const response = await page.request.post("/articles/new", {
        headers: { "next-action": actionId(), "content-type": `multipart/form-data; boundary=${boundary}` },
        data: Buffer.concat([
          Buffer.from(formStart),
          readFileSync(articleFile(bytes)),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
      expect(response.status()).toBe(413);
      expect((await response.json()).error.message).toMatch(SENTENCE);
      expect(await countArticles(page)).toBe(before);
    });
  }

  test("answers a 50 MB form sent without Content-Length with 413 and the size sentence", async ({ page, baseURL }) => {
    const before = await countArticles(page);
    const answer = await sendChunked(page, baseURL!, "/articles/new", {
      headers: { "next-action": actionId(), "content-type": `multipart/form-data; boundary=${boundary}` },
      body: chunkedBody(formStart, 50 * MB, `\r\n--${boundary}--\r\n`),
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error.message).toMatch(SENTENCE);
    expect(await countArticles(page)).toBe(before);
    expect((await page.request.get("/api/health")).status()).toBe(200);
  });
});
