import { useTranslations } from "next-intl";
import Link, { useCurrentLocale } from "@/app/_components/locale-link";
import { entityPath } from "@/lib/urls/entity-url";
import { pickConvertedNames } from "@/lib/i18n/pick-names";
import type { EntityKind } from "@/db/schema";
import type { TimelineEntryLink } from "@/lib/timeline/slim-timeline-item";

const SHOWN = 8;

/** A country's name in the page's language, its Chinese name already in the page's script (no flag: emoji flags need fonts many systems lack). */
export function CountryName({ nameEn, nameZh = null }: { iso2?: string | null; nameEn: string; nameZh?: string | null }) {
  const locale = useCurrentLocale();
  const name = pickConvertedNames({ nameEn, nameZh, locale }).primary;
  return <span lang={locale !== "en" && name.lang === "en" ? "en" : undefined}>{name.text}</span>;
}

/**
 * Linked entities of one kind as a comma list: the first few inline, the rest behind a native
 * <details> toggle so long lists (a resolution's 50 co-sponsors) stay readable without JavaScript.
 * Names are in the page's language (no flags: emoji flags need fonts many systems lack). Resolutions show
 * their symbol. Link styling sits on the list (arbitrary variants), not on each link: a page has ~100 items
 * of these, and repeated class strings are a large share of its HTML and RSC payload.
 */
export function TimelineLinkList({
  label,
  kind,
  links,
  testId,
  highlight = [],
}: {
  label: string;
  kind: EntityKind;
  links: TimelineEntryLink[];
  testId: string;
  highlight?: string[];
}) {
  const t = useTranslations();
  if (links.length === 0) return null;
  // what the timeline is filtered by comes first and stands out, so it is never hidden behind "and N more"
  const isHighlighted = (l: TimelineEntryLink) => highlight.includes(l.key);
  const ordered = [...links.filter(isHighlighted), ...links.filter((l) => !isHighlighted(l))];
  const separator = t("common.listSeparator");
  const render = (l: TimelineEntryLink, i: number) => {
    const roleKey = `roles.${l.outgoing ? "outgoing" : "incoming"}.${l.role}`;
    return [
      i > 0 ? separator : null,
      <Link
        key={l.key}
        href={entityPath({ kind, slug: l.key, iso3: l.key })}
        title={t.has(roleKey) ? t(roleKey) : l.role}
        className={isHighlighted(l) ? "font-semibold" : undefined}
      >
        {l.symbol ? `${l.symbol} ` : ""}
        {l.english ? <span lang="en">{l.name}</span> : l.name}
      </Link>,
    ];
  };
  const rest = ordered.slice(SHOWN);
  return (
    <div className="text-sm [&_a]:text-brand-700 [&_a]:underline [&_a]:decoration-slate-300 [&_a]:underline-offset-2 [&_a:hover]:decoration-brand-700" data-testid={testId}>
      <span className="text-slate-500">{label}: </span>
      {ordered.slice(0, SHOWN).flatMap(render)}
      {/* the space keeps "Cabo Verde and 48 more" apart (a closed <details> hides anything but its summary) */}
      {rest.length ? " " : null}
      {rest.length ? (
        <details className="inline">
          <summary className="inline cursor-pointer text-slate-500">{t("common.andMore", { count: rest.length })}</summary>
          {rest.flatMap((l, i) => render(l, i + 1))}
        </details>
      ) : null}
    </div>
  );
}
