import { useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";
import { BilingualName } from "@/app/_components/bilingual-name";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import type { getCountryVotes } from "@/db/queries/content";
import { entityPath } from "@/lib/urls/entity-url";
import { VOTE_COLOURS } from "@/lib/votes/vote-map";

/** A country's recorded votes on resolutions, each with its source. */
export function CountryVotes({ votes }: { votes: ReturnType<typeof getCountryVotes> }) {
  const t = useTranslations();
  if (!votes.length) return null;
  return (
    <section className="space-y-2" data-testid="country-votes">
      <h2 className="text-lg font-semibold">{t("votes.recordedVotes")}</h2>
      <ul className="space-y-1 text-sm">
        {votes.map((v) => (
          <li key={v.slug} className="flex flex-wrap items-baseline gap-x-2" data-testid="country-vote" data-vote={v.vote}>
            <span className="inline-flex items-center gap-1 font-medium">
              <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: VOTE_COLOURS[v.vote] }} />
              {t(`votes.values.${v.vote}`)}
            </span>
            <Link href={entityPath({ kind: "resolution", slug: v.slug, iso3: null })} className="text-brand-700 hover:underline">
              {v.symbol ?? v.nameEn}
            </Link>
            <span className="text-slate-600">
              <BilingualName nameEn={v.nameEn} nameZh={v.nameZh} />
            </span>
            <PartialDateLabel date={v.date} />
            <a href={v.sourceUrl} className="text-xs text-slate-500 hover:underline" rel="noopener noreferrer nofollow" target="_blank">
              {t("entity.source")}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
