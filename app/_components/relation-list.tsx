import type { SourceQuality } from "@/db/schema";
import { SourceQualityLabel } from "./source-quality-label";
import { useTranslations } from "next-intl";
import Link from "@/app/_components/locale-link";
import { guessTextLang } from "@/lib/i18n/content-language";

export type RelationListRow = {
  id: number;
  href: string;
  name: React.ReactNode;
  role: string;
  direction: "outgoing" | "incoming";
  status: string;
  note: string | null;
  sourceUrl: string | null;
  sourceQuality?: SourceQuality | null;
  date?: React.ReactNode;
};

/** A titled box of relations (role badge, linked name, date, review state, note, source): entity and event pages. */
export function RelationList({ title, rows, testId }: { title: string; rows: RelationListRow[]; testId?: string }) {
  const t = useTranslations();
  if (rows.length === 0) return null;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <h3 className="mb-2 font-medium text-slate-700">{title}</h3>
      <ul className="space-y-1 text-sm">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline gap-x-2" data-testid="relation">
            <span className="rounded bg-brand-50 px-1.5 text-xs text-brand-700">{t.has(`roles.${r.direction}.${r.role}`) ? t(`roles.${r.direction}.${r.role}`) : r.role}</span>
            <Link href={r.href} className="text-brand-700 hover:underline">
              {r.name}
            </Link>
            {r.date ? <span className="text-slate-500">{r.date}</span> : null}
            {r.status === "suggested" ? <span className="text-xs text-amber-700">{t("entity.suggested")}</span> : null}
            {r.note ? (
              <span className="text-xs text-slate-500" lang={guessTextLang(r.note)}>
                ({r.note})
              </span>
            ) : null}
            {r.sourceUrl ? (
              <a href={r.sourceUrl} className="text-xs text-slate-500 hover:underline" rel="noopener noreferrer nofollow" target="_blank">
                {t("entity.source")}
              </a>
            ) : null}
            {r.sourceUrl && r.sourceQuality ? <SourceQualityLabel quality={r.sourceQuality} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
