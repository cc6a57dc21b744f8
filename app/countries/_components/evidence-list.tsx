import { useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";
import type { Evidence } from "@/lib/countries/group-participations";

/** The proof behind one participation: the article sentence (with its article) or the source URL. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const t = useTranslations();
  if (!evidence.length) return <span className="text-xs text-slate-500">{t("country.noSource")}</span>;
  return (
    <ul className="mt-1 space-y-1">
      {evidence.map((e, i) =>
        e.type === "sentence" ? (
          <li key={i} className="text-xs text-slate-600" data-testid="participation-evidence">
            <q lang="zh" className="text-slate-800">
              {e.sentence}
            </q>
            {e.article ? (
              <>
                {" — "}
                <Link href={`/articles/${encodeURIComponent(e.article.slug)}`} className="text-brand-700 hover:underline">
                  {e.article.title}
                </Link>
              </>
            ) : null}
          </li>
        ) : (
          <li key={i} className="break-all text-xs" data-testid="participation-evidence">
            <span className="text-slate-500">{e.ofEntity ? t("country.sourceOfEntity") : t("country.sourceLabel")} </span>
            <a href={e.url} className="text-brand-700 hover:underline" rel="noopener noreferrer nofollow" target="_blank">
              {e.url}
            </a>
          </li>
        ),
      )}
    </ul>
  );
}
