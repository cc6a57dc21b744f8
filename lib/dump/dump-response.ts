import { getDb } from "@/db";
import { resolveDataDir } from "@/lib/config/paths";
import { DUMP_FILES } from "./build-dump-files";
import { currentDump } from "./current-dump";

const CONTENT_TYPES = { json: "application/gzip", zip: "application/zip" } as const;

/** GET /dump/atlas.json.gz and /dump/atlas-csv.zip: the current dump, with an ETag (304 when unchanged). */
export function dumpResponse({ request, which }: { request: Request; which: "json" | "zip" }): Response {
  const files = currentDump({ db: getDb(), dataDir: resolveDataDir() });
  const etag = files.etags[which];
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=0, must-revalidate",
    "Content-Type": CONTENT_TYPES[which],
    "Content-Disposition": `attachment; filename="${DUMP_FILES[which]}"`,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(files[which]), { headers: { ...headers, "Content-Length": String(files[which].length) } });
}
