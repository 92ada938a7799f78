import { cookies } from "next/headers";
import { apiHandler } from "@/lib/api/api-handler";
import { getDb } from "@/lib/db/client";
import type { SkippedReviews } from "@/lib/export/claim-review";
import { exportClaims } from "@/lib/export/export-claims";
import { attachment } from "@/lib/http/content-disposition";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/**
 * GET /api/export?format=csv|json|md|pdf|claimreview[&bom=1[&excelSeparator=comma|semicolon]][&lang=en|de]
 * [&articleId=…&status=…&q=… as /api/claims] — the claims report, streamed, as a download. Editors and admins
 * (session or API token). The reports' language and the Excel separator follow the reader's interface language.
 */
export const GET = apiHandler("claims.export", async ({ actor, query, request }) => {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  let skipped: SkippedReviews | undefined;
  const report = exportClaims(getDb(), actor, query, { locale, onSkipped: (s) => (skipped = s) });
  const filename = await report.filename();
  // The first chunk before the headers: ClaimReview knows what it left out only once it has read every claim.
  const first = await report.chunks.next();
  const encoder = new TextEncoder();
  const bytes = (value: string | Uint8Array) => (typeof value === "string" ? encoder.encode(value) : value);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(bytes(first.value));
    },
    async pull(controller) {
      const { value, done } = await report.chunks.next();
      if (done) controller.close();
      else controller.enqueue(bytes(value));
    },
    async cancel() {
      await report.chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": report.contentType,
      "content-disposition": attachment(filename),
      "cache-control": "no-store",
      ...(skipped ? skippedHeaders(skipped) : {}),
    },
  });
});

/** Claims with a verdict the ClaimReview leaves out, counted where a client or script can see them. */
const skippedHeaders = ({ withoutVerb, breaksRules }: SkippedReviews) => ({
  "x-claimtrack-skipped": String(withoutVerb + breaksRules),
  "x-claimtrack-skipped-reasons": `without-verb=${withoutVerb}, breaks-rules=${breaksRules}`,
});
