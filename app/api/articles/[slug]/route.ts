import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { findArticleBySlug, getArticleDetail } from "@/db/queries/articles";
import { serializeArticle } from "@/lib/articles/serialize-article";
import { jsonError } from "@/app/_lib/json-responses";
import { requireRole } from "@/lib/auth/require-role";

export async function GET(request: Request, ctx: RouteContext<"/api/articles/[slug]">) {
  const { slug } = await ctx.params;
  const db = getDb();
  const article = findArticleBySlug({ db, slug: slug });
  if (!article) return jsonError({ status: 404, message: `no article "${slug}"` });
  const editor = (await requireRole({ request, role: "editor", db })).ok;
  return NextResponse.json(serializeArticle({ detail: getArticleDetail({ db, id: article.id })!, includeProposed: editor }));
}
