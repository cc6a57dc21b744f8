import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { getContentCoverage } from "@/db/queries/content-coverage";

export const dynamic = "force-dynamic";

/** GET /api/coverage — what the atlas holds and how complete, sourced and bilingual it is (see /about/coverage). */
export async function GET() {
  return NextResponse.json(getContentCoverage({ db: getDb() }));
}
