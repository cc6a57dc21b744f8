import { dumpResponse } from "@/lib/dump/dump-response";

export const dynamic = "force-dynamic";

/** GET /dump/atlas-csv.zip: the open-data dump as one CSV per table (schema: README "Open-data dump"). */
export function GET(request: Request) {
  return dumpResponse({ request, which: "zip" });
}
