import { dumpResponse } from "@/lib/dump/dump-response";

export const dynamic = "force-dynamic";

/** GET /dump/atlas.json.gz: the open-data dump as one gzip'd JSON document (schema: README "Open-data dump"). */
export function GET(request: Request) {
  return dumpResponse({ request, which: "json" });
}
