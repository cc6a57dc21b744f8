import { NextResponse } from "next/server";
import { apiWrite } from "@/app/_lib/api-write";
import { jsonError } from "@/app/_lib/json-responses";
import { zodMessage } from "@/lib/http/zod-message";
import { articleInputSchema, extractFromForm, extractFromInput } from "@/lib/ingest/api-input";
import { IngestError } from "@/lib/ingest/errors";
import type { ExtractedArticle } from "@/lib/ingest/extract-article";
import { ingestExtracted } from "@/lib/ingest/ingest-article";

/**
 * POST /api/articles: JSON { title?, body | html, url?, publisher?, publishedAt?, language? } or a multipart file.
 * Stored through the write path, so its search document is delivered at once like any other write.
 */
export const POST = apiWrite({
  body: "none",
  handle: async ({ request, db, actor }) => {
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

    const outcome = ingestExtracted({ db, article, sourceName: "api", actor });
    if (!outcome.ok) return jsonError({ status: outcome.status ?? 500, message: outcome.error });
    const { ok, slug, articleId, mentions, events, duplicate } = outcome;
    return NextResponse.json({ ok, slug, id: articleId, url: `/articles/${slug}`, mentions, events, duplicate }, { status: duplicate ? 200 : 201 });
  },
});
