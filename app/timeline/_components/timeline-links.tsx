import Link from "next/link";
import { entityPath } from "@/lib/entities/entity-url";
import { countryFlag } from "@/lib/timeline/country-flag";
import type { TimelineLink } from "@/lib/timeline/types";
import { describeRole } from "@/lib/entities/describe-role";

const SHOWN = 8;

/** A country with its flag emoji; the flag is decorative, the name carries the meaning. */
export function CountryName({ iso2, nameEn }: { iso2: string | null; nameEn: string }) {
  const flag = countryFlag({ iso2 });
  return (
    <>
      {flag ? <span aria-hidden="true" className="mr-1">{flag}</span> : null}
      {nameEn}
    </>
  );
}

/**
 * Linked entities of one kind as a comma list: the first few inline, the rest behind a native
 * <details> toggle so long lists (a resolution's 50 co-sponsors) stay readable without JavaScript.
 */
export function TimelineLinkList({ label, links, testId, highlight = [] }: { label: string; links: TimelineLink[]; testId: string; highlight?: string[] }) {
  if (links.length === 0) return null;
  // what the timeline is filtered by comes first and stands out, so it is never hidden behind "and N more"
  const isHighlighted = (l: TimelineLink) => highlight.includes(l.kind === "country" ? (l.iso3 ?? "") : l.slug);
  const ordered = [...links.filter(isHighlighted), ...links.filter((l) => !isHighlighted(l))];
  const render = (l: TimelineLink) => (
    <Link key={`${l.kind}-${l.slug}`} href={entityPath(l)} className={`text-brand-700 hover:underline ${isHighlighted(l) ? "font-semibold" : ""}`} title={describeRole({ role: l.role, direction: l.direction })}>
      {l.kind === "country" ? <CountryName iso2={l.iso2} nameEn={l.nameEn} /> : l.nameEn}
    </Link>
  );
  const join = (nodes: React.ReactNode[]) => nodes.flatMap((n, i) => (i === 0 ? [n] : [<span key={`s${i}`}>, </span>, n]));
  const head = ordered.slice(0, SHOWN);
  const rest = ordered.slice(SHOWN);
  return (
    <div className="text-sm" data-testid={testId}>
      <span className="text-slate-500">{label}: </span>
      {join(head.map(render))}
      {rest.length ? (
        <details className="inline">
          <summary className="inline cursor-pointer text-slate-500 hover:text-brand-700"> and {rest.length} more</summary>
          <span>, {join(rest.map(render))}</span>
        </details>
      ) : null}
    </div>
  );
}
