import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/locale-link";
import { z } from "zod";
import { getDb } from "@/db";
import { countArticles, listArticles } from "@/db/queries/articles";
import { clampPage, readPageNumber } from "@/lib/http/page-number";
import { PageLinks } from "@/app/_components/page-links";
import { PartialDateLabel } from "@/app/_components/partial-date-label";

export async function generateMetadata() {
  return { title: (await getTranslations())("kinds.article.other") };
}

const PER_PAGE = 50;

const sortSchema = z.object({ sort: z.enum(["date", "title"]).catch("date"), dir: z.enum(["asc", "desc"]).catch("desc") });

export default async function ArticlesPage(props: PageProps<"/articles">) {
  const sp = await props.searchParams;
  const { sort, dir } = sortSchema.parse({ sort: sp.sort, dir: sp.dir });
  const db = getDb();
  const total = countArticles({ db });
  const { page, pages, offset } = clampPage({ page: readPageNumber(sp), total, perPage: PER_PAGE });
  const rows = listArticles({ db, sort, direction: dir, limit: PER_PAGE, offset });
  const t = await getTranslations();
  const link = (col: "date" | "title") => `/articles?sort=${col}&dir=${sort === col && dir === "desc" ? "asc" : "desc"}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">
          {t("kinds.article.other")}
          <span className="ml-3 text-base font-normal text-slate-500">{total}</span>
        </h1>
        <Link href="/ingest" className="text-sm text-brand-700 hover:underline">
          {t("articles.add")}
        </Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-100 text-left text-slate-600">
            <tr>
              <th className="px-3 py-2">
                <Link href={link("title")}>{t("articles.title")}</Link>
              </th>
              <th className="px-3 py-2">{t("articles.publisher")}</th>
              <th className="px-3 py-2">
                <Link href={link("date")}>{t("articles.published")}</Link>
              </th>
              <th className="px-3 py-2 text-right">{t("articles.links")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} className="border-t border-slate-100">
                <td className="px-3 py-2" lang={a.language}>
                  <Link href={`/articles/${encodeURIComponent(a.slug)}`} className="font-medium text-brand-700 hover:underline" data-testid="article-link">
                    {a.title}
                  </Link>
                </td>
                <td className="px-3 py-2 text-slate-600" lang={a.language}>
                  {a.publisher}
                </td>
                <td className="px-3 py-2 text-slate-600">
                  <PartialDateLabel date={a.publishedAt?.slice(0, 10)} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums text-slate-600">{a.mentionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="p-4 text-slate-500">{t("articles.empty")}</p> : null}
      </div>
      <PageLinks page={page} pages={pages} label={t("articles.pages")} hrefFor={(p) => `/articles?sort=${sort}&dir=${dir}&page=${p}`} />
    </div>
  );
}
