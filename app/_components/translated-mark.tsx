import { useTranslations } from "next-intl";

/** Marks Chinese text the atlas translated itself (not an official Chinese name or text). */
export function TranslatedMark() {
  const t = useTranslations();
  return (
    <span
      className="ml-1.5 inline-block rounded border border-slate-300 px-1 align-middle text-[0.7rem] leading-4 text-slate-500"
      title={t("content.translatedTitle")}
      data-testid="translated-mark"
    >
      <span lang="zh" aria-hidden>
        译
      </span>
      <span className="sr-only">{t("content.translatedLong")}</span>
      <span aria-hidden> {t("content.translated")}</span>
    </span>
  );
}
