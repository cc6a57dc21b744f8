import { useTranslations } from "next-intl";
import type { SourceQuality } from "@/db/schema";

const CLASS_NAMES: Record<SourceQuality, string> = {
  primary: "bg-emerald-50 text-emerald-800 border-emerald-200",
  official: "bg-sky-50 text-sky-800 border-sky-200",
  news: "bg-slate-50 text-slate-700 border-slate-200",
  secondary: "bg-amber-50 text-amber-800 border-amber-200",
};

/** A small label beside a source saying how far it can be cited as the record. */
export function SourceQualityLabel({ quality }: { quality: SourceQuality }) {
  const t = useTranslations();
  return (
    <span
      className={`ml-1.5 inline-block rounded border px-1 text-[0.7rem] leading-4 ${CLASS_NAMES[quality]}`}
      title={t(`entity.quality.${quality}.title`)}
      data-testid="source-quality"
      data-quality={quality}
    >
      {t(`entity.quality.${quality}.label`)}
    </span>
  );
}
