import { NextResponse } from "next/server";
import { apiWrite } from "@/app/_lib/api-write";
import { jsonError } from "@/app/_lib/json-responses";
import { decodeUtf8Strict, isUtf8UrlEncoded, NOT_UTF8_MESSAGE } from "@/lib/http/decode-utf8";
import { zodMessage } from "@/lib/http/zod-message";
import { articleInputSchema, articleSourceFromForm, articleSourceFromInput } from "@/lib/ingest/api-input";
import { IngestError, ingestErrorStatus } from "@/lib/errors/ingest-error";
import { MAX_BYTES, tooLargeMessage } from "@/lib/ingest/ingest-limits";
import { ingestExtracted } from "@/lib/ingest/ingest-article";
import type { ArticleSource, PreparedArticle } from "@/lib/ingest/prepare-article";
import { prepareArticleInWorker } from "@/lib/ingest/prepare-in-worker";

/** Room for the JSON or multipart wrapping and the metadata fields around an article of MAX_BYTES. */
const MAX_REQUEST_BYTES = MAX_BYTES + 64 * 1024;

/**
 * POST /api/articles: JSON { title?, body | html, url?, publisher?, publishedAt?, language? } or a multipart file.
 * Extracted and linked in a worker thread, then stored through the write path, so its search document is
 * delivered at once like any other write.
 */
export const POST = apiWrite({
  body: "none",
  handle: async ({ request, db, actor }) => {
    const declaredBytes = Number(request.headers.get("content-length") ?? 0);
    if (declaredBytes > MAX_REQUEST_BYTES) return jsonError({ status: 413, message: tooLargeMessage(declaredBytes) });

    let source: ArticleSource;
    try {
      const type = request.headers.get("content-type") ?? "";
      if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
        if (type.startsWith("application/x-www-form-urlencoded")) {
          const raw = decodeUtf8Strict({ bytes: await request.clone().arrayBuffer() });
          if (raw === null || !isUtf8UrlEncoded({ body: raw })) return jsonError({ status: 400, message: NOT_UTF8_MESSAGE });
        }
        source = await articleSourceFromForm(await request.formData());
      } else if (type.includes("json")) {
        let json: unknown;
        const text = decodeUtf8Strict({ bytes: await request.arrayBuffer() });
        if (text === null) return jsonError({ status: 400, message: NOT_UTF8_MESSAGE });
        try {
          json = JSON.parse(text);
        } catch {
          return jsonError({ status: 400, message: "the request body is not valid JSON" });
        }
        const parsed = articleInputSchema.safeParse(json);
        if (!parsed.success) return jsonError({ status: 400, message: zodMessage(parsed.error) });
        source = articleSourceFromInput(parsed.data);
      } else {
        return jsonError({ status: 415, message: "send application/json or multipart/form-data" });
      }
    } catch (error) {
      if (error instanceof IngestError) return jsonError({ status: ingestErrorStatus(error.code), message: error.message });
      return jsonError({ status: 400, message: "the request could not be read" });
    }

    let prepared: PreparedArticle;
    try {
      // Extraction and linking in a worker thread with a time limit: the server keeps answering meanwhile.
      prepared = await prepareArticleInWorker({ source, databaseFile: db.$client.name });
    } catch (error) {
      if (error instanceof IngestError) return jsonError({ status: ingestErrorStatus(error.code), message: error.message });
      console.error("ingest worker failed", error);
      return jsonError({ status: 500, message: "the article could not be processed" });
    }
    const outcome = ingestExtracted({ db, article: prepared.article, links: prepared.links, sourceName: "api", actor });
    if (!outcome.ok) return jsonError({ status: outcome.status ?? (outcome.code ? ingestErrorStatus(outcome.code) : 500), message: outcome.error });
    const { ok, slug, articleId, mentions, events, duplicate, copyOf = null } = outcome;
    return NextResponse.json({ ok, slug, id: articleId, url: `/articles/${slug}`, mentions, events, duplicate, copyOf }, { status: duplicate ? 200 : 201 });
  },
});
