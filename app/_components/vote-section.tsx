import { WorldMap } from "@/app/countries/_components/world-map";
import type { VoteTally } from "@/db/queries/content";
import { VOTE_VALUES } from "@/db/schema";
import { useTranslations } from "next-intl";
import Link, { useCurrentLocale } from "@/app/_components/locale-link";
import { pickNames } from "@/lib/i18n/content-language";
import { buildVoteMap } from "@/lib/votes/vote-map";
import { BilingualName } from "./bilingual-name";
import { SourceQualityLabel } from "./source-quality-label";
import type { SourceInfo } from "@/db/queries/content";

/** A resolution's recorded vote: the tally, a world map coloured by vote, and the same as a list. */
export function VoteSection({ symbol, votes, sourceInfo }: { symbol: string | null; votes: VoteTally; sourceInfo: Map<string, SourceInfo> }) {
  const t = useTranslations();
  const locale = useCurrentLocale();
  if (!votes.byCountry.length) return null;
  const voteLabel = (v: string) => t(`votes.values.${v}`);
  const { countries, legend } = buildVoteMap({
    byCountry: votes.byCountry,
    voteLabel,
    noneLabel: t("votes.noneRecorded"),
    nameOf: (c) => pickNames({ nameEn: c.nameEn, nameZh: c.nameZh ?? null, locale }).primary.text,
  });
  const sources = [...new Set(votes.byCountry.map((v) => v.sourceUrl))];
  return (
    <section className="space-y-3" data-testid="vote-section">
      <h2 className="text-lg font-semibold">{t("votes.recordedVote")}</h2>
      <p className="text-sm text-slate-700" data-testid="vote-tally">
        {t("votes.tally", { yes: votes.yes, no: votes.no, abstain: votes.abstain, nonVoting: votes.nonVoting, recorded: votes.byCountry.length })}
      </p>
      <div data-testid="vote-map">
        <WorldMap countries={countries} legend={legend} legendTitle={t("votes.legend")} caption={symbol ? t("votes.mapCaption", { symbol }) : t("votes.mapCaptionThis")} />
      </div>
      <details className="text-sm" data-testid="vote-list">
        <summary className="cursor-pointer text-brand-700">{t("votes.asList")}</summary>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          {VOTE_VALUES.map((v) => {
            const rows = votes.byCountry.filter((c) => c.vote === v);
            if (!rows.length) return null;
            return (
              <div key={v}>
                <h3 className="font-medium">
                  {voteLabel(v)} ({rows.length})
                </h3>
                <ul className="list-disc pl-5">
                  {rows.map((c) => (
                    <li key={c.iso3}>
                      <Link href={`/countries/${c.iso3}`} className="hover:underline">
                        <BilingualName nameEn={c.nameEn} nameZh={c.nameZh} />
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </details>
      <p className="text-xs text-slate-500">
        {t("votes.sources", { count: sources.length })}{" "}
        {sources.map((url, i) => (
          <span key={url}>
            {i ? ", " : ""}
            <a href={url} className="hover:underline" rel="noopener noreferrer nofollow" target="_blank">
              {sourceInfo.get(url)?.title ?? url}
            </a>
            {sourceInfo.get(url) ? <SourceQualityLabel quality={sourceInfo.get(url)!.quality} /> : null}
          </span>
        ))}
      </p>
    </section>
  );
}
