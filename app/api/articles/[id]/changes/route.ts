import { NextResponse } from "next/server";
import { articleChanges } from "@/lib/articles/article-change-marker";
import { getDb } from "@/lib/db/client";
import { requireApiActor } from "@/lib/api/api-actor";
import { errorResponse } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

/**
 * GET /api/articles/:id/changes — { marker, deleted }: the marker changes whenever anyone changes a claim of the
 * article; `deleted` says the article was deleted since the page was opened.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireApiActor(request, "article.read");
    const changes = await articleChanges(getDb(), (await params).id);
    return NextResponse.json(changes, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
