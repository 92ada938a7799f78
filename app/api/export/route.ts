import { getDb } from "@/lib/db/client";
import { exportClaims } from "@/lib/export/export-claims";
import { requireApiActor } from "@/lib/http/api-actor";
import { errorResponse } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

/**
 * GET /api/export?format=csv|json|md|pdf|claimreview[&bom=1][&articleId=…&status=…&q=… as /api/claims] — the claims report, streamed,
 * as a download. Editors and admins (session or API token).
 */
export async function GET(request: Request) {
  try {
    const actor = await requireApiActor(request, "claims.export");
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const report = exportClaims(getDb(), actor, query);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await report.chunks.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
      },
      async cancel() {
        await report.chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "content-type": report.contentType,
        "content-disposition": `attachment; filename="${report.filename}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
