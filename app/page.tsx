import Link from "@/app/_components/locale-link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listArticles } from "@/db/queries/articles";
import { countEntitiesByKind, listLatestEvents } from "@/db/queries/entities";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import { SearchBox } from "@/app/_components/search-box";
import { entityPath, sectionOfKind } from "@/lib/urls/entity-url";

export default async function HomePage() {
  await connection(); // rendered per request: the knowledge base changes as editors work
  const db = getDb();
  const counts = countEntitiesByKind({ db });
  const events = listLatestEvents({ db, limit: 8 });
  const articles = listArticles({ db, limit: 6 });
  const t = await getTranslations();
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-semibold text-brand-900">{t("home.title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("home.intro")}</p>
        <SearchBox />
      </section>
      <section>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="kind-counts">
          {(["initiative", "resolution", "event", "organisation", "country", "article"] as const).map((k) => (
            <li key={k}>
              <Link href={`/${sectionOfKind(k)}`} className="block rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600">
                <span className="block text-2xl font-semibold tabular-nums">{counts[k] ?? 0}</span>
                <span className="text-sm text-slate-600">{t(`kinds.${k}.other`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-8 md:grid-cols-2">
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("home.latestEvents")}</h2>
          <ul className="space-y-2 text-sm">
            {events.map((e) => (
              <li key={e.id} className="flex gap-3">
                <span className="w-24 shrink-0 text-slate-500">
                  <PartialDateLabel date={e.date} />
                </span>
                <Link href={entityPath(e)} className="text-brand-700 hover:underline">
                  <BilingualName nameEn={e.nameEn} nameZh={e.nameZh} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("home.latestArticles")}</h2>
          <ul className="space-y-2 text-sm">
            {articles.map((a) => (
              <li key={a.id} className="flex gap-3">
                <span className="w-24 shrink-0 text-slate-500">
                  <PartialDateLabel date={a.publishedAt?.slice(0, 10)} />
                </span>
                <Link lang={a.language} href={`/articles/${encodeURIComponent(a.slug)}`} className="text-brand-700 hover:underline">
                  {a.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
