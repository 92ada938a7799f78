import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/articles/get-article";
import { ingestArticle } from "@/lib/articles/ingest-article";
import type { Actor } from "@/lib/auth/permissions";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkSource } from "@/lib/claims/link-source";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { computeCoverage } from "@/lib/coverage/compute-coverage";
import { loadArticle } from "@/test/support/gold";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { buildClaimReviews, CLAIM_REVIEW_RATINGS, ClaimReviewSchema } from "./claim-review";
import { ClaimsExportSchema, claimsExportJsonSchema, type ExportedClaim } from "./claims-export-schema";
import { exportClaims } from "./export-claims";
import { CSV_COLUMNS, formatSources } from "./write-claims-csv";
import { escapeMarkdown } from "./write-claims-markdown";

let t: TestDb;
let editor: Actor;
let articleId: string;

const collectBytes = async (chunks: AsyncIterable<string | Uint8Array>) => {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
};
const collect = async (chunks: AsyncIterable<string | Uint8Array>) => (await collectBytes(chunks)).toString("utf8");

beforeAll(async () => {
  t = await createTestDb();
  editor = { ...(await t.db.user.create({ data: { email: "ed@x.org", name: "Ed", role: "editor" } })), role: "editor" };
  ({ articleId } = (await ingestArticle(
    t.db,
    { title: 'Südkorea, "Truppen"', body: loadArticle("de-suedkorea-truppen").text, url: "https://example.org/a" },
    { maxBytes: 2 << 20, actor: "operator" },
  )) as { articleId: string });
  // A scripted review: verdicts with reasons, evidence, a relay linked by hand.
  const claims = await t.db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
  await setClaimStatus(t.db, editor, claims[5]!.id, {
    status: "true",
    version: 1,
    reason: 'NIS, 18. Oktober; "bestätigt"',
  });
  await setClaimStatus(t.db, editor, claims[6]!.id, { status: "misleading", version: 1 });
  await addEvidence(t.db, editor, claims[5]!.id, { url: "https://example.org/nis", stance: "supports" });
  const ap = await t.db.source.findFirstOrThrow({ where: { name: "Associated Press" } });
  await linkSource(t.db, editor, claims[5]!.id, { sourceId: ap.id, role: "relay" });
}, 60_000);
afterAll(async () => t?.drop());

describe("CSV export", () => {
  it("parses back (RFC 4180) to exactly the database rows of the article", async () => {
    const report = exportClaims(t.db, editor, { format: "csv", articleId, bom: "1" });
    const csv = await collect(report.chunks);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const db = await t.db.claim.findMany({
      where: { articleId, deletedAt: null },
      include: {
        article: true,
        citations: { include: { source: true, relayOf: true }, orderBy: { start: "asc" } },
        evidence: { orderBy: { createdAt: "asc" } },
        assignee: true,
      },
      orderBy: { id: "asc" },
    });
    expect(rows).toEqual(
      db.map((c) => ({
        article_id: articleId,
        article_title: 'Südkorea, "Truppen"',
        article_url: "https://example.org/a",
        claim_id: c.id,
        label: c.label,
        text: c.text,
        quote: c.quote,
        start: String(c.start),
        end: String(c.end),
        kind: c.kind,
        hedged: c.hedged ? "yes" : "no",
        status: c.status,
        status_reason: c.statusReason ?? "",
        sources: formatSources(
          c.citations.map((x) => ({
            name: x.source.name,
            type: "other",
            role: x.role as "origin",
            relayOf: x.relayOf?.name ?? null,
            cue: x.cue,
            mention: x.mention,
          })),
        ),
        evidence_urls: c.evidence.map((e) => e.url).join(" "),
        assignee: c.assignee?.name ?? "",
        last_change: c.updatedAt.toISOString(),
      })),
    );
    expect(rows.filter((r) => r.status !== "unverified")).toHaveLength(2);
    expect(rows.some((r) => r.sources?.includes("Associated Press (relay)"))).toBe(true);
  });
});

describe("JSON export", () => {
  it("validates against its versioned schema and carries every claim with its sources and evidence", async () => {
    const report = exportClaims(t.db, editor, { format: "json", articleId });
    expect(report.contentType).toBe("application/json; charset=utf-8");
    const parsed = ClaimsExportSchema.parse(JSON.parse(await collect(report.chunks)));
    expect(parsed.claims).toHaveLength(await t.db.claim.count({ where: { articleId } }));
    expect(parsed.filters).toEqual({ articleId });
    const checked = parsed.claims.find((c) => c.status === "true")!;
    expect(checked.evidence).toEqual([{ url: "https://example.org/nis", title: null, stance: "supports" }]);
    expect(checked.statusReason).toBe('NIS, 18. Oktober; "bestätigt"');
  });

  it("is published as JSON Schema in docs/ and the file is current (npm run schema:write)", () => {
    const published = JSON.parse(
      readFileSync(new URL("../../docs/claims-export.schema.json", import.meta.url), "utf8"),
    );
    expect(published).toEqual(claimsExportJsonSchema());
  });
});

describe("refusals", () => {
  it("refuses fact-checkers, unknown formats and bad filters before the first byte", async () => {
    const checker: Actor = { ...editor, role: "factchecker" };
    expect(() => exportClaims(t.db, checker, { format: "csv" })).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => exportClaims(t.db, editor, { format: "xlsx" })).toThrow(expect.objectContaining({ field: "format" }));
    expect(() => exportClaims(t.db, editor, { format: "csv", status: "wahr" })).toThrow(
      expect.objectContaining({ field: "status" }),
    );
  });
});

describe("Markdown export", () => {
  it("gives the article's title, the coverage figures the page shows, and every claim under its status", async () => {
    const md = await collect(exportClaims(t.db, editor, { format: "md", articleId }).chunks);
    const article = (await getArticle(t.db, articleId))!;
    const coverage = computeCoverage(article.claims);
    expect(md.startsWith('# Südkorea, "Truppen"\n')).toBe(true);
    expect(md).toContain(`| No source | ${coverage.unsourced} |`);
    expect(md).toContain(`| Single source | ${coverage.singleSource} |`);
    expect(md).toContain("## True (1)\n");
    expect(md).toContain("## Misleading (1)\n");
    expect(md).toContain(`## Unverified (${article.claims.length - 2})\n`);
    for (const claim of article.claims) expect(md).toContain(`### ${escapeMarkdown(claim.label)}\n`);
    expect(md).toContain("- Evidence (supports): <https://example.org/nis>");
    expect(md).toContain("Associated Press (relay");
  });

  it("shows hostile text as text, never as markup", () => {
    expect(escapeMarkdown("<script>alert(1)</script> *bold* [x](y)")).toBe(
      "\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](y)",
    );
  });
});

/** The PDF's text in the order it is drawn (poppler's pdftotext -raw), whitespace collapsed. */
const pdfText = (pdf: Buffer) =>
  execFileSync("pdftotext", ["-raw", "-", "-"], { input: pdf }).toString("utf8").replace(/\s+/g, " ");

describe("PDF report", () => {
  it("holds the title, the coverage figures, every claim label under its status, and the sources, on numbered pages", async () => {
    const report = exportClaims(t.db, editor, { format: "pdf", articleId });
    expect(report.contentType).toBe("application/pdf");
    expect(report.filename).toMatch(/\.pdf$/);
    const pdf = await collectBytes(report.chunks);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    const article = (await getArticle(t.db, articleId))!;
    const c = computeCoverage(article.claims);
    expect(text).toContain('Südkorea, "Truppen"');
    for (const [label, value] of [
      ["Claims", c.total],
      ["With a source", c.sourced],
      ["Single source", c.singleSource],
      ["No source", c.unsourced],
      ["Hedged", c.hedged],
    ] as const)
      expect(text).toContain(`${value} ${label}`);
    expect(text).toContain(`No source: ${c.unsourced} (`);
    for (const claim of article.claims) expect(text).toContain(claim.label.replace(/\s+/g, " "));
    expect(text).toContain("True (1)");
    expect(text).toContain("Misleading (1)");
    expect(text).toContain('Reason: NIS, 18. Oktober; "bestätigt"');
    expect(text).toContain("Evidence (supports): https://example.org/nis");
    expect(text).toContain("Appendix: sources");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", ["-"], { input: pdf }).toString())![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`page ${pages}`);
  });

  it("prints hostile text as text, and a set across articles under the filters it was asked for", async () => {
    const hostile = (await ingestArticle(
      t.db,
      {
        title: "<script>alert(1)</script> Отчёт",
        body: "Laut AP wurden 300 Soldaten entsandt. <b>Fett</b> ist das nicht.",
      },
      { maxBytes: 2 << 20, actor: "operator" },
    )) as { articleId: string };
    const text = pdfText(await collectBytes(exportClaims(t.db, editor, { format: "pdf", q: "Soldaten" }).chunks));
    expect(text).toContain("Claims report");
    expect(text).toContain("Filters: q = Soldaten");
    expect(text).toContain("Article: <script>alert(1)</script> Отчёт");
    expect(text).toMatch(/\d+ claims from 2 articles/);
    const md = await collect(exportClaims(t.db, editor, { format: "md", q: "Soldaten" }).chunks);
    expect(md).toContain("Filters: q = Soldaten\n");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\> Отчёт");
    await t.db.article.delete({ where: { id: hostile.articleId } });
  });
});

describe("ClaimReview JSON-LD", () => {
  it("holds exactly the claims with a published verdict, each valid by the rules", async () => {
    const report = exportClaims(t.db, editor, { format: "claimreview", articleId });
    expect(report.filename).toMatch(/\.jsonld$/);
    const reviews = JSON.parse(await collect(report.chunks)) as unknown[];
    const published = await t.db.claim.findMany({
      where: { articleId, status: { in: Object.keys(CLAIM_REVIEW_RATINGS) } },
    });
    expect(reviews).toHaveLength(published.length);
    expect(published.length).toBe(2);
    for (const review of reviews) expect(ClaimReviewSchema.safeParse(review).success).toBe(true);
    const misleading = reviews.map((r) => ClaimReviewSchema.parse(r)).find((r) => r.reviewRating.ratingValue === 3)!;
    expect(misleading.reviewRating.alternateName).toBe("Misleading");
    expect(misleading.claimReviewed.length).toBeLessThan(75);
    expect(misleading.itemReviewed.appearance?.url).toBe("https://example.org/a");
    expect(misleading.url).toMatch(new RegExp(`/articles/${articleId}#claim-`));
  });

  it("maps unproven without a number, names a person as a Person, and leaves out markup that would name its verdict", () => {
    const base = (change: Partial<ExportedClaim>): ExportedClaim => ({
      id: "c1",
      article: { id: "a1", title: "T", outlet: null, url: null, publishedAt: null },
      label: "l",
      text: "Nordkorea schickte Truppen",
      quote: "q",
      start: 0,
      end: 1,
      kind: "claim",
      hedged: false,
      origin: "extracted",
      extractorVersion: null,
      status: "unproven",
      statusReason: null,
      sources: [{ name: "Mark Rutte", type: "person", role: "origin", relayOf: null, cue: "sagte", mention: "Rutte" }],
      evidence: [],
      assignee: null,
      lastChange: "2026-11-27T10:00:00.000Z",
      ...change,
    });
    const { reviews, skipped } = buildClaimReviews(
      [
        base({}),
        base({ id: "c2", status: "false", text: "Das ist false news" }),
        base({ id: "c3", status: "in_progress" }),
      ],
      { newsroom: "Newsroom", baseUrl: "https://claims.example.org" },
    );
    expect(skipped).toBe(1);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Unproven",
      bestRating: 5,
      worstRating: 1,
    });
    expect(reviews[0]!.itemReviewed.author).toEqual({ "@type": "Person", name: "Mark Rutte" });
    expect(reviews[0]!.url).toBe("https://claims.example.org/articles/a1#claim-c1");
  });
});
