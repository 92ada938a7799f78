import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getArticle } from "@/lib/articles/get-article";
import { ingestArticle } from "@/lib/articles/ingest-article";
import type { Actor } from "@/lib/auth/permissions";
import { addEvidence } from "@/lib/claims/add-evidence";
import { addNote } from "@/lib/claims/add-note";
import { linkSource } from "@/lib/claims/link-source";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { computeCoverage } from "@/lib/coverage/compute-coverage";
import { loadArticle } from "@/test/support/gold";
import { createTestDb, type TestDb } from "@/test/support/test-db";
import { buildClaimReviews, CLAIM_REVIEW_RATINGS, ClaimReviewSchema, type SkippedReviews } from "./claim-review";
import { claimReviewBaseUrl } from "./claim-review-base-url";
import { ClaimsExportSchema, claimsExportJsonSchema } from "./claims-export-schema";
import { exportClaims } from "./export-claims";
import { CSV_COLUMNS, formatSources } from "./write-claims-csv";
import { escapeMarkdown } from "./write-claims-markdown";
import { exportedClaim } from "@/test/support/exported-claim";
import { OPERATOR } from "@/lib/auth/permissions";

// A newsroom far from UTC, so a time printed in UTC instead of the newsroom's zone shows (read on first use of env).
const ZONE = vi.hoisted(() => (process.env.CLAIMTRACK_TIME_ZONE = "Pacific/Auckland"));
// 12:30 UTC on 30 November is already 1 December, 01:30, in Auckland.
const LATE_EVENING_UTC = new Date("2026-11-30T12:30:00Z");

let t: TestDb;
let editor: Actor;
let articleId: string;
let notes: { id: string; body: string; createdAt: Date }[];

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
    OPERATOR,
    { title: 'Südkorea, "Truppen"', body: loadArticle("de-suedkorea-truppen").text, url: "https://example.org/a" },
    { maxBytes: 2 << 20 },
  )) as { articleId: string });
  // A scripted review: verdicts with reasons, evidence, a relay linked by hand.
  const claims = await t.db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
  await setClaimStatus(t.db, editor, {
    status: "true",
    version: 1,
    reason: 'NIS, 18. Oktober; "bestätigt"',
    claimId: claims[5]!.id,
  });
  await setClaimStatus(t.db, editor, { status: "misleading", version: 1, claimId: claims[6]!.id });
  await setClaimStatus(t.db, editor, { status: "mostly_true", version: 1, claimId: claims[9]!.id });
  await addEvidence(t.db, editor, { url: "https://example.org/nis", stance: "supports", claimId: claims[5]!.id });
  const ap = await t.db.source.findFirstOrThrow({ where: { name: "Associated Press" } });
  await linkSource(t.db, editor, { sourceId: ap.id, role: "relay", claimId: claims[5]!.id });
  // A thread of review notes: markup and line breaks as people type them.
  const first = await addNote(t.db, editor, {
    body: "NIS-Bericht liegt vor, *nicht* öffentlich",
    claimId: claims[5]!.id,
  });
  await addNote(t.db, editor, { body: "AP bestätigt\nam 18. Oktober", parentId: first.id, claimId: claims[5]!.id });
  notes = await t.db.note.findMany({ orderBy: { createdAt: "asc" } });
}, 60_000);
afterAll(async () => t?.drop());

describe("CSV export", () => {
  it("parses back (RFC 4180) to exactly the database rows of the article", async () => {
    const report = exportClaims(t.db, editor, { format: "csv", articleId });
    const csv = await collect(report.chunks);
    expect(csv).toContain("\r\n");
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const db = await t.db.claim.findMany({
      where: { articleId, deletedAt: null },
      include: {
        article: true,
        citations: { include: { source: true, relayOf: true }, orderBy: { start: "asc" } },
        evidence: { orderBy: { createdAt: "asc" } },
        notes: { orderBy: { createdAt: "asc" }, include: { author: true } },
        assignee: true,
      },
      orderBy: { id: "asc" },
    });
    const local = (d: Date) => d.toLocaleString("sv-SE", { timeZone: ZONE }).slice(0, 16);
    expect(rows).toEqual(
      db.map((c) => ({
        article_id: articleId,
        article_title: 'Südkorea, "Truppen"',
        article_url: "https://example.org/a",
        article_version: String(c.article.version),
        claim_id: c.id,
        label: c.label,
        text: c.text,
        quote: c.quote,
        start: String(c.start),
        end: String(c.end),
        in_article: c.anchor === "current" ? "yes" : c.anchor === "changed" ? "changed" : "no",
        previous_quote: c.previousQuote ?? "",
        kind: c.kind,
        hedged: c.hedged ? "yes" : "no",
        status: c.status,
        status_reason: c.statusReason ?? "",
        recheck: c.changedAfterVerdict ? "yes" : "no",
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
        notes: c.notes.map((n) => `${n.parentId ? "↳ " : ""}[${local(n.createdAt)}] Ed: ${n.body}`).join("\n"),
        assignee: c.assignee?.name ?? "",
        last_change: local(c.updatedAt),
      })),
    );
    expect(rows.filter((r) => r.status !== "unverified")).toHaveLength(3);
    expect(rows.some((r) => r.sources?.includes("Associated Press (relay)"))).toBe(true);
  });

  it("gives each claim's review notes, author and time in a column, a reply right under its note", async () => {
    const rows = parse(await collect(exportClaims(t.db, editor, { format: "csv", articleId }).chunks), {
      columns: true,
    }) as Record<string, string>[];
    const noted = rows.find((r) => r.notes)!;
    expect(noted.notes!.split("\n")).toEqual([
      expect.stringMatching(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}\] Ed: NIS-Bericht liegt vor, \*nicht\* öffentlich$/),
      expect.stringMatching(/^↳ \[.+\] Ed: AP bestätigt$/),
      "am 18. Oktober",
    ]);
  });

  it("prints the times people read in CLAIMTRACK_TIME_ZONE, not in UTC", async () => {
    const [row] = parse(await collect(exportClaims(t.db, editor, { format: "csv", articleId }).chunks), {
      columns: true,
    }) as Record<string, string>[];
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id: row!.claim_id } });
    const auckland = claim.updatedAt.toLocaleString("sv-SE", { timeZone: "Pacific/Auckland" }).slice(0, 16);
    expect(row!.last_change).toBe(auckland);
    expect(row!.last_change).not.toBe(claim.updatedAt.toISOString().slice(0, 16).replace("T", " "));
  });

  it("downloads the CSV for Excel under a name of its own, with BOM and CRLF", async () => {
    const plain = exportClaims(t.db, editor, { format: "csv", articleId });
    const excel = exportClaims(t.db, editor, { format: "csv", articleId, bom: "1" });
    expect(await excel.filename()).not.toBe(await plain.filename());
    expect(await excel.filename()).toMatch(/-excel\.csv$/);
    expect(await plain.filename()).toMatch(/\d\.csv$/);
    const csv = await collect(excel.chunks);
    expect(csv.startsWith("\uFEFFarticle_id,")).toBe(true);
    expect(csv.split("\r\n").length).toBeGreaterThan(10);
    await collect(plain.chunks);
  });

  it("separates the CSV for Excel with the separator Excel expects in the reader's language, or the one asked for", async () => {
    const excel = async (request: Record<string, string>, locale?: "en" | "de") =>
      (
        await collect(exportClaims(t.db, editor, { format: "csv", articleId, bom: "1", ...request }, { locale }).chunks)
      ).slice(1);
    const german = await excel({}, "de");
    expect(german.split("\r\n")[0]).toBe(CSV_COLUMNS.join(";"));
    expect(parse(german, { columns: true, delimiter: ";" })).toHaveLength(
      await t.db.claim.count({ where: { articleId } }),
    );
    expect((await excel({}, "en")).split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    expect((await excel({ lang: "de" }, "en")).split("\r\n")[0]).toBe(CSV_COLUMNS.join(";"));
    expect((await excel({ excelSeparator: "comma" }, "de")).split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    expect((await excel({ excelSeparator: "semicolon" }, "en")).split("\r\n")[0]).toBe(CSV_COLUMNS.join(";"));
    // The plain CSV stays RFC 4180 whatever the language.
    const plain = await collect(exportClaims(t.db, editor, { format: "csv", articleId }, { locale: "de" }).chunks);
    expect(plain.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
  });

  it("refuses an unknown separator, and a separator for anything but the CSV for Excel, naming the field", () => {
    expect(() => exportClaims(t.db, editor, { format: "csv", bom: "1", excelSeparator: "tab" })).toThrow(
      expect.objectContaining({ field: "excelSeparator", message: "excelSeparator is comma or semicolon." }),
    );
    expect(() => exportClaims(t.db, editor, { format: "csv", excelSeparator: "semicolon" })).toThrow(
      expect.objectContaining({ code: "invalid_input", field: "excelSeparator" }),
    );
    expect(() => exportClaims(t.db, editor, { format: "md", lang: "fr" })).toThrow(
      expect.objectContaining({ field: "lang" }),
    );
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
    expect(checked.article.language).toBe("de");
  });

  it("carries each claim's notes with author, reply and time, the time as ISO 8601 in UTC", async () => {
    const parsed = ClaimsExportSchema.parse(
      JSON.parse(await collect(exportClaims(t.db, editor, { format: "json", articleId }).chunks)),
    );
    const checked = parsed.claims.find((c) => c.status === "true")!;
    expect(checked.notes).toEqual([
      {
        id: notes[0]!.id,
        parentId: null,
        author: "Ed",
        body: "NIS-Bericht liegt vor, *nicht* öffentlich",
        createdAt: notes[0]!.createdAt.toISOString(),
      },
      {
        id: notes[1]!.id,
        parentId: notes[0]!.id,
        author: "Ed",
        body: "AP bestätigt\nam 18. Oktober",
        createdAt: notes[1]!.createdAt.toISOString(),
      },
    ]);
    expect(checked.notes[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(parsed.claims.filter((c) => c.notes.length === 0)).toHaveLength(parsed.claims.length - 1);
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
    expect(md).toContain("## Mostly true (1)\n");
    expect(md).toContain("## Misleading (1)\n");
    expect(md).toContain(`## Unverified (${article.claims.length - 3})\n`);
    for (const claim of article.claims) expect(md).toContain(`### ${escapeMarkdown(claim.label)}\n`);
    expect(md).toContain("- Evidence (supports): <https://example.org/nis>");
    expect(md).toContain("Associated Press (relay");
  });

  it("lists each claim's notes under it like evidence, with author and time in the newsroom's zone", async () => {
    const md = await collect(exportClaims(t.db, editor, { format: "md", articleId }).chunks);
    const at = (d: Date) =>
      new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: ZONE }).format(d);
    const evidence = md.indexOf("- Evidence (supports): <https://example.org/nis>\n");
    const note = md.indexOf(`- Note (Ed, ${at(notes[0]!.createdAt)}): NIS-Bericht liegt vor, \\*nicht\\* öffentlich\n`);
    const reply = md.indexOf(`  - Reply (Ed, ${at(notes[1]!.createdAt)}): AP bestätigt am 18. Oktober\n`);
    expect(evidence).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(evidence);
    expect(reply).toBeGreaterThan(note);
  });

  it("names statuses in words in the reader's language, in headings and lists, never by their codes", async () => {
    const german = await collect(exportClaims(t.db, editor, { format: "md", articleId }, { locale: "de" }).chunks);
    expect(german).toContain("## Überwiegend wahr (1)\n");
    expect(german).toContain("## Irreführend (1)\n");
    expect(german).toContain("## Wahr (1)\n");
    expect(german).toContain("| Ohne Quelle |");
    expect(german).toContain("- Beleg (stützt): <https://example.org/nis>");
    expect(german).toContain("Associated Press (Weitergabe");
    const asked = await collect(exportClaims(t.db, editor, { format: "md", articleId, lang: "de" }).chunks);
    expect(asked).toContain("## Überwiegend wahr (1)\n");
    const english = await collect(exportClaims(t.db, editor, { format: "md", articleId }).chunks);
    for (const md of [german, english]) expect(md).not.toMatch(/mostly_true|in_progress|not_checkable|unverified\b/);
  });

  it("dates the report by the newsroom's day, not UTC's", async () => {
    const md = await collect(exportClaims(t.db, editor, { format: "md", articleId }, { now: LATE_EVENING_UTC }).chunks);
    expect(md).toContain("Claims report, Dec 1, 2026.\n\nVersion 1 of the article.\n");
    const german = exportClaims(t.db, editor, { format: "md", articleId }, { now: LATE_EVENING_UTC, locale: "de" });
    expect(await collect(german.chunks)).toContain("Prüfbericht vom 01.12.2026.\n");
    expect(await german.filename()).toBe("claims-suedkorea-truppen-2026-12-01.md");
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
    expect(await report.filename()).toMatch(/\.pdf$/);
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
    expect(text).toContain("Mostly true (1)");
    expect(text).toContain("Mostly true: 1 (");
    expect(text).toContain("Misleading (1)");
    expect(text).toContain('Reason: NIS, 18. Oktober; "bestätigt"');
    expect(text).toContain("Evidence (supports): https://example.org/nis");
    expect(text).toContain("Appendix: sources");
    expect(text).not.toMatch(/mostly_true|in_progress|not_checkable/);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", ["-"], { input: pdf }).toString())![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`page ${pages}`);
  });

  it("prints each claim's notes under its evidence, with author and the newsroom's time", async () => {
    const text = pdfText(await collectBytes(exportClaims(t.db, editor, { format: "pdf", articleId }).chunks));
    const at = (d: Date) =>
      new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: ZONE })
        .format(d)
        .replace(/\s+/g, " ");
    const evidence = text.indexOf("Evidence (supports): https://example.org/nis");
    const note = text.indexOf(`Note (Ed, ${at(notes[0]!.createdAt)}): NIS-Bericht liegt vor, *nicht* öffentlich`);
    const reply = text.indexOf(`Reply (Ed, ${at(notes[1]!.createdAt)}): AP bestätigt am 18. Oktober`);
    expect(evidence).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(evidence);
    expect(reply).toBeGreaterThan(note);
  });

  it("is German throughout for a German reader: status headings, chart legends, figures, appendix", async () => {
    const report = exportClaims(t.db, editor, { format: "pdf", articleId }, { locale: "de", now: LATE_EVENING_UTC });
    const text = pdfText(await collectBytes(report.chunks));
    expect(text).toContain("Überwiegend wahr (1)");
    expect(text).toContain("Überwiegend wahr: 1 (");
    expect(text).toContain("Irreführend (1)");
    expect(text).toContain("Was die Prüfung ergab");
    expect(text).toMatch(/\d+ Ohne Quelle/);
    expect(text).toContain("Anhang: Quellen");
    expect(text).toContain("Prüfbericht · Claimtrack · 01.12.2026");
    expect(text).toContain("Beleg (stützt): https://example.org/nis");
    expect(text).toMatch(/Notiz \(Ed, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\): NIS-Bericht/);
    expect(text).toContain("Seite 1");
    expect(text).not.toMatch(/mostly_true|Mostly true|Misleading/);
  });

  it("prints hostile text as text, and a set across articles under the filters it was asked for", async () => {
    const hostile = (await ingestArticle(
      t.db,
      OPERATOR,
      {
        title: "<script>alert(1)</script> Отчёт",
        body: "Laut AP wurden 300 Soldaten entsandt. <b>Fett</b> ist das nicht.",
      },
      { maxBytes: 2 << 20 },
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
    expect(await report.filename()).toMatch(/\.jsonld$/);
    const reviews = JSON.parse(await collect(report.chunks)) as unknown[];
    const published = await t.db.claim.findMany({
      where: { articleId, status: { in: Object.keys(CLAIM_REVIEW_RATINGS) } },
    });
    expect(reviews).toHaveLength(published.length);
    expect(published.length).toBe(3);
    for (const review of reviews) expect(ClaimReviewSchema.safeParse(review).success).toBe(true);
    const misleading = reviews.map((r) => ClaimReviewSchema.parse(r)).find((r) => r.reviewRating.ratingValue === 3)!;
    expect(misleading.reviewRating.alternateName).toBe("Misleading");
    expect(misleading.itemReviewed.appearance?.url).toBe("https://example.org/a");
    expect(misleading.url).toMatch(new RegExp(`/articles/${articleId}#claim-`));
  });

  it("reviews the whole claim, never one cut mid-sentence, names the claimant, not the agency relaying it, and keeps notes out", async () => {
    const markup = await collect(exportClaims(t.db, editor, { format: "claimreview", articleId }).chunks);
    expect(markup).not.toContain("NIS-Bericht"); // notes are internal
    const reviews = (JSON.parse(markup) as unknown[]).map((r) => ClaimReviewSchema.parse(r));
    const nis = await t.db.claim.findFirstOrThrow({ where: { articleId, status: "true" } });
    expect(nis.text.length).toBeGreaterThan(75);
    const review = reviews.find((r) => r.reviewRating.alternateName === "True")!;
    expect(review.claimReviewed).toBe(nis.text);
    // NIS is the origin; AP (linked as its relay) only passes the claim on.
    expect(review.itemReviewed.author).toEqual({
      "@type": "Organization",
      name: "National Intelligence Service (South Korea)",
    });
  });

  it("leaves fragments without a verb out and counts them, in German and English", async () => {
    let skipped: SkippedReviews | undefined;
    const report = exportClaims(
      t.db,
      editor,
      { format: "claimreview", articleId },
      { onSkipped: (s) => (skipped = s) },
    );
    await collect(report.chunks);
    expect(skipped).toEqual({ withoutVerb: 0, breaksRules: 0 });
    const fragment = (id: string, text: string, language: "de" | "en") =>
      exportedClaim({ id, text, status: "false", article: { ...exportedClaim({}).article, language } });
    const { reviews, skipped: counted } = buildClaimReviews(
      [
        fragment("f1", "Nach Angaben des NIS", "de"),
        fragment("f2", "1,000+ troops", "en"),
        fragment("s1", "Nordkorea hat über 1.000 Soldaten entsandt", "de"),
        fragment("s2", "North Korea sent 1,000 troops", "en"),
      ],
      { newsroom: "Newsroom", baseUrl: "https://claims.example.org" },
    );
    expect(reviews.map((r) => r.claimReviewed)).toEqual([
      "Nordkorea hat über 1.000 Soldaten entsandt",
      "North Korea sent 1,000 troops",
    ]);
    expect(counted).toEqual({ withoutVerb: 2, breaksRules: 0 });
  });

  it("names no author rather than a relay when no origin is known", () => {
    const relayOnly = exportedClaim({
      sources: [{ name: "dpa", type: "news_agency", role: "relay", relayOf: null, cue: "berichtete", mention: "dpa" }],
    });
    const { reviews } = buildClaimReviews([relayOnly], { newsroom: "N", baseUrl: "https://claims.example.org" });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.itemReviewed).not.toHaveProperty("author");
  });

  it("maps unproven without a number, names a person as a Person, and leaves out markup that would name its verdict", () => {
    const base = exportedClaim;
    const { reviews, skipped } = buildClaimReviews(
      [
        base({}),
        base({ id: "c2", status: "false", text: "Das ist false news" }),
        base({ id: "c3", status: "in_progress" }),
      ],
      { newsroom: "Newsroom", baseUrl: "https://claims.example.org" },
    );
    expect(skipped).toEqual({ withoutVerb: 0, breaksRules: 1 });
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

describe("CLAIMTRACK_URL", () => {
  it("is reported missing while unset, so the pages and the CLI warn that ClaimReview links point at localhost", () => {
    expect(claimReviewBaseUrl({ PORT: 3000, CLAIMTRACK_URL: undefined })).toEqual({
      baseUrl: "http://localhost:3000",
      isConfigured: false,
    });
    expect(claimReviewBaseUrl({ PORT: 3000, CLAIMTRACK_URL: "https://claims.example.org" })).toEqual({
      baseUrl: "https://claims.example.org",
      isConfigured: true,
    });
  });
});
