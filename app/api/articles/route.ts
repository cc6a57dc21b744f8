import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { jsonError } from "@/lib/http/json-responses";
import { zodMessage } from "@/lib/http/zod-message";
import { articleInputSchema, extractFromForm, extractFromInput } from "@/lib/ingest/api-input";
import { authFailureResponse } from "@/lib/auth/auth-responses";
import { requireRole } from "@/lib/auth/require-role";
import { IngestError } from "@/lib/ingest/errors";
import type { ExtractedArticle } from "@/lib/ingest/extract-article";
import { ingestExtracted } from "@/lib/ingest/ingest-article";

/** POST /api/articles: JSON { title?, body | html, url?, publisher?, publishedAt?, language? } or a multipart file. */
export async function POST(request: Request) {
  const auth = await requireRole({ request, role: "editor" });
  if (!auth.ok) return authFailureResponse(auth);

  let article: ExtractedArticle;
  try {
    const type = request.headers.get("content-type") ?? "";
    if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
      article = await extractFromForm(await request.formData());
    } else if (type.includes("json")) {
      let json: unknown;
      try {
        json = await request.json();
      } catch {
        return jsonError({ status: 400, message: "the request body is not valid JSON" });
      }
      const parsed = articleInputSchema.safeParse(json);
      if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
      article = extractFromInput(parsed.data);
    } else {
      return jsonError({ status: 415, message: "send application/json or multipart/form-data" });
    }
  } catch (error) {
    if (error instanceof IngestError) return jsonError({ status: error.code === "too-large" ? 413 : 400, message: error.message });
    return jsonError({ status: 400, message: "the request could not be read" });
  }

  const outcome = ingestExtracted({ db: getDb(), article, sourceName: "api" });
  if (!outcome.ok) return jsonError({ status: 500, message: outcome.error });
  const { ok, slug, articleId, mentions, events, duplicate, copyOf = null } = outcome;
  return NextResponse.json({ ok, slug, id: articleId, url: `/articles/${slug}`, mentions, events, duplicate, copyOf }, { status: duplicate ? 200 : 201 });
}
