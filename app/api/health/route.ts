import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { checkHealth } from "@/lib/runtime/check-health";

export const dynamic = "force-dynamic";

/** Cheap: one SQLite query and one loopback call to Meilisearch's /health. */
export async function GET() {
  const health = await checkHealth({ db: getDb() });
  return NextResponse.json(health, { status: health.ok ? 200 : 503 });
}
