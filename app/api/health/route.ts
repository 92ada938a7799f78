import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { isDatabaseReachable } from "@/lib/db/is-database-reachable";

export const dynamic = "force-dynamic";

/** GET /api/health — 200 when the app can reach its database, 503 otherwise. */
export async function GET() {
  if (await isDatabaseReachable(getDb())) return NextResponse.json({ ok: true });
  return NextResponse.json({ ok: false, error: "The database is not reachable." }, { status: 503 });
}
