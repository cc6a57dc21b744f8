import type { SourceQuality } from "@/db/schema";
import { isPartialDate } from "@/lib/dates/partial-date";
import { useFormatPartialDate } from "./partial-date-label";
import { SourceQualityLabel } from "./source-quality-label";
import { useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";
import { guessTextLang } from "@/lib/i18n/content-language";

export type SourceListItem = {
  id: number;
  url: string | null;
  note: string | null;
  articleSlug: string | null;
  articleTitle: string | null;
  quality?: SourceQuality;
  title?: string | null;
  verifiedAt?: string | null;
};

/** "Sources" section: every fact on a page shows where it comes from (external links open without referrer). */
export function SourceList({ sources }: { sources: SourceListItem[] }) {
  const t = useTranslations();
  const formatDate = useFormatPartialDate();
  return (
    <section>
      <h2 className="mb-1 text-lg font-semibold">{t("entity.sources")}</h2>
      {sources.length ? (
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="sources">
          {sources.map((s) => (
            <li key={s.id} className="break-all">
              {s.url ? (
                <a href={s.url} className="text-brand-700 hover:underline" rel="noopener noreferrer nofollow" target="_blank" lang={s.title ? guessTextLang(s.title) : undefined}>
                  {s.title ?? s.url}
                </a>
              ) : null}
              {s.quality ? <SourceQualityLabel quality={s.quality} /> : null}
              {s.verifiedAt && isPartialDate(s.verifiedAt) ? <span className="ml-1 text-xs text-slate-500">{t("entity.checked", { date: formatDate(s.verifiedAt) })}</span> : null}
              {s.articleSlug ? <Link href={`/articles/${encodeURIComponent(s.articleSlug)}`}>{s.articleTitle}</Link> : null}
              {s.note ? (
                <span className="ml-1 text-slate-500" lang={guessTextLang(s.note)}>
                  — {s.note}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{t("entity.noSources")}</p>
      )}
    </section>
  );
}
