import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/health — 200 when the app can reach its database, 503 otherwise. */
export async function GET() {
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    return NextResponse.json({ ok: true });
  } catch {
    return NextResponse.json({ ok: false, error: "The database is not reachable." }, { status: 503 });
  }
}
