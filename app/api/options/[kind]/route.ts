import { createHash } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/db";
import { listOptionEntities, OPTION_KINDS } from "@/db/queries/combobox-options";
import { jsonError } from "@/app/_lib/json-responses";
import { zodMessage } from "@/lib/http/zod-message";
import { LOCALES } from "@/lib/i18n/locales";
import { buildOptionAsset } from "@/lib/options/build-option-asset";

const paramsSchema = z.object({ kind: z.enum(OPTION_KINDS), locale: z.enum(LOCALES).default("en") });

/**
 * GET /api/options/{country|organisation|initiative|resolution}?locale=en|zh|zh-hant: every choice of a filter
 * combobox, one JSON asset per kind and language. Pages render only the selected choices and the combobox
 * fetches this on first use, so the lists are not sent (twice: HTML and RSC payload) with every page. The
 * app server's response cache keeps it until the next write; the ETag lets browsers revalidate with a 304.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const parsed = paramsSchema.safeParse({ kind: (await params).kind, locale: new URL(request.url).searchParams.get("locale") ?? undefined });
  if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
  const { kind, locale } = parsed.data;
  const body = JSON.stringify({ kind, locale, options: buildOptionAsset({ entities: listOptionEntities({ db: getDb(), kind }), kind, locale }) });
  const etag = `"o${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`;
  // Browsers keep it but ask again each time (a 304 when unchanged): a write must show on the next request.
  const headers = { "content-type": "application/json; charset=utf-8", etag, "cache-control": "no-cache" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
