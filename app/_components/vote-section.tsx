import { WorldMap } from "@/app/countries/_components/world-map";
import type { VoteTally } from "@/db/queries/content";
import { VOTE_VALUES } from "@/db/schema";
import { buildVoteMap, VOTE_LABELS } from "@/lib/votes/vote-map";
import { SourceQualityLabel } from "./source-quality-label";
import type { SourceInfo } from "@/db/queries/content";

/** A resolution's recorded vote: the tally, a world map coloured by vote, and the same as a list. */
export function VoteSection({ symbol, votes, sourceInfo }: { symbol: string | null; votes: VoteTally; sourceInfo: Map<string, SourceInfo> }) {
  if (!votes.byCountry.length) return null;
  const { countries, legend } = buildVoteMap({ byCountry: votes.byCountry });
  const sources = [...new Set(votes.byCountry.map((v) => v.sourceUrl))];
  return (
    <section className="space-y-3" data-testid="vote-section">
      <h2 className="text-lg font-semibold">Recorded vote</h2>
      <p className="text-sm text-slate-700" data-testid="vote-tally">
        {votes.yes} in favour, {votes.no} against, {votes.abstain} abstentions
        {votes.nonVoting ? `, ${votes.nonVoting} not voting` : ""} ({votes.byCountry.length} countries recorded).
      </p>
      <div data-testid="vote-map">
        <WorldMap countries={countries} legend={legend} legendTitle="Vote:" caption={`World map of the recorded vote on ${symbol ?? "this resolution"}`} />
      </div>
      <details className="text-sm" data-testid="vote-list">
        <summary className="cursor-pointer text-brand-700">Votes as a list</summary>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          {VOTE_VALUES.map((v) => {
            const rows = votes.byCountry.filter((c) => c.vote === v);
            if (!rows.length) return null;
            return (
              <div key={v}>
                <h3 className="font-medium">
                  {VOTE_LABELS[v]} ({rows.length})
                </h3>
                <ul className="list-disc pl-5">
                  {rows.map((c) => (
                    <li key={c.iso3}>
                      <a href={`/countries/${c.iso3}`} className="hover:underline">
                        {c.nameEn}
                      </a>
                      {c.nameZh ? (
                        <span lang="zh" className="ml-1 text-slate-500">
                          {c.nameZh}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </details>
      <p className="text-xs text-slate-500">
        Source{sources.length > 1 ? "s" : ""} of the vote:{" "}
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
