import Link from "next/link";
import { describeRole } from "@/lib/entities/describe-role";
import { entityPath } from "@/lib/entities/entity-url";
import { countryFlag } from "@/lib/timeline/country-flag";
import type { TimelineLink } from "@/lib/timeline/types";

const SHOWN = 8;

/** A country with its flag emoji; the flag is decorative, the name carries the meaning. */
export function CountryName({ iso2, nameEn }: { iso2: string | null; nameEn: string }) {
  const flag = countryFlag({ iso2 });
  return (
    <>
      {flag ? <span aria-hidden="true">{flag} </span> : null}
      {nameEn}
    </>
  );
}

/**
 * Linked entities of one kind as a comma list: the first few inline, the rest behind a native
 * <details> toggle so long lists (a resolution's 50 co-sponsors) stay readable without JavaScript.
 * Link styling sits on the list (arbitrary variants), not on each link: a page has ~100 items of these,
 * and repeated class strings are a large share of its HTML and RSC payload.
 */
export function TimelineLinkList({ label, links, testId, highlight = [] }: { label: string; links: TimelineLink[]; testId: string; highlight?: string[] }) {
  if (links.length === 0) return null;
  // what the timeline is filtered by comes first and stands out, so it is never hidden behind "and N more"
  const isHighlighted = (l: TimelineLink) => highlight.includes(l.kind === "country" ? (l.iso3 ?? "") : l.slug);
  const ordered = [...links.filter(isHighlighted), ...links.filter((l) => !isHighlighted(l))];
  const render = (l: TimelineLink, i: number) => [
    i > 0 ? ", " : null,
    <Link key={l.slug} href={entityPath(l)} title={describeRole({ role: l.role, direction: l.direction })} className={isHighlighted(l) ? "font-semibold" : undefined}>
      {l.kind === "country" ? <CountryName iso2={l.iso2} nameEn={l.nameEn} /> : l.nameEn}
    </Link>,
  ];
  const rest = ordered.slice(SHOWN);
  return (
    <div className="text-sm [&_a]:text-brand-700 [&_a]:underline [&_a]:decoration-slate-300 [&_a]:underline-offset-2 [&_a:hover]:decoration-brand-700" data-testid={testId}>
      <span className="text-slate-500">{label}: </span>
      {ordered.slice(0, SHOWN).flatMap(render)}
      {rest.length ? (
        <details className="inline">
          <summary className="inline cursor-pointer text-slate-500">and {rest.length} more</summary>
          {rest.flatMap((l, i) => render(l, i + 1))}
        </details>
      ) : null}
    </div>
  );
}
