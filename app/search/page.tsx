import { FollowLinks } from "@/app/_components/follow-links";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { isLocale } from "@/lib/i18n/locales";
import { listSelectedOptions } from "@/lib/options/list-selected-options";
import { toTraditional } from "@/lib/i18n/traditional";
import { searchAtlas } from "@/lib/search/search-atlas";
import { parseSearchParams, SEARCH_KINDS } from "@/lib/search/search-params";
import { hasFilters } from "@/lib/search/search-url";
import { SearchView } from "./search-view";

export async function generateMetadata() {
  return { title: (await getTranslations())("search.title") };
}

export default async function SearchPage(props: PageProps<"/search">) {
  const parsed = parseSearchParams(await props.searchParams);
  const t = await getTranslations();
  const locale = await getLocale();
  if (!parsed.success) {
    return (
      <div className="space-y-2" data-testid="search-invalid">
        <h1 className="text-xl font-semibold">{t("search.invalid")}</h1>
        <p className="text-slate-700">{parsed.error.issues[0]?.message}.</p>
        <a href={locale === "en" ? "/search" : `/${locale}/search`} className="text-brand-700 underline">
          {t("search.startNew")}
        </a>
      </div>
    );
  }
  const query = parsed.data;
  // Follow this search: the timeline with the same words and filters (kinds and language have no timeline filter)
  const follow = new URLSearchParams();
  if (query.q.trim()) follow.set("q", query.q.trim());
  if (query.country.length) follow.set("country", query.country.join(","));
  if (query.organisation.length) follow.set("organisation", query.organisation.join(","));
  if (query.yearFrom) follow.set("from", String(query.yearFrom));
  if (query.yearTo) follow.set("to", String(query.yearTo));
  const found = query.q.trim() || hasFilters(query) ? await searchAtlas({ db: getDb(), query: { ...query, limit: 30 } }) : null;
  // traditional pages show the atlas's simplified names converted (the client gets them ready to show)
  const result = found && locale === "zh-hant" ? { ...found, hits: found.hits.map((h) => ({ ...h, nameZh: toTraditional(h.nameZh) })) } : found;
  const uiLocale = isLocale(locale) ? locale : "en";
  const kinds = SEARCH_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}.other`), singular: t(`kinds.${k}.one`), labelZh: "" }));
  return (
    <>
      <SearchView
        state={{ q: query.q, kind: query.kind, country: query.country, organisation: query.organisation, language: query.language, yearFrom: query.yearFrom, yearTo: query.yearTo }}
        result={result}
        kinds={kinds}
        selectedOptions={{
          country: listSelectedOptions({ db: getDb(), kind: "country", keys: query.country, locale: uiLocale }),
          organisation: listSelectedOptions({ db: getDb(), kind: "organisation", keys: query.organisation, locale: uiLocale }),
        }}
      />
      {result && follow.size ? (
        <div className="mt-4">
          <FollowLinks query={follow.toString()} />
        </div>
      ) : null}
    </>
  );
}
