import { useTranslations } from "next-intl";
import { useCurrentLocale, useLocalizeHref } from "@/app/_components/locale-link";
import { pickNames } from "@/lib/i18n/content-language";
import type { Locale } from "@/lib/i18n/locales";
import type { SelectableEntity } from "@/db/queries/countries";
import type { EntityKind } from "@/db/schema";
import { formatPartialDate, isPartialDate } from "@/lib/dates/partial-date";
import { AutoSubmitSelect, type SelectChoice } from "./auto-submit-select";

const KINDS: EntityKind[] = ["initiative", "resolution", "organisation", "event"];

function optionLabel(e: SelectableEntity, locale: Locale, countries: string): string {
  const date = e.date && isPartialDate(e.date) ? ` (${formatPartialDate({ date: e.date, locale: locale === "en" ? "en" : "zh" })})` : "";
  const localName = pickNames({ nameEn: e.nameEn, nameZh: e.nameZh, locale }).primary.text;
  const name = e.kind === "resolution" && e.symbol ? `${e.symbol}: ${localName}` : localName;
  return `${name}${date} — ${countries}`;
}

/** A plain GET form (works without JS); with JS the map updates as soon as the choice changes. */
export function SelectionForm({ options, value }: { options: readonly SelectableEntity[]; value: string }) {
  const t = useTranslations();
  const locale = useCurrentLocale();
  const localize = useLocalizeHref();
  return (
    <form method="get" action={localize("/countries")} className="flex flex-wrap items-end gap-2" data-testid="selection-form">
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        <span className="text-slate-600">{t("countries.showWho")}</span>
        <AutoSubmitSelect
          name="selection"
          defaultValue={value}
          className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
          data-testid="selection-select"
          emptyLabel={t("countries.everything")}
          groups={KINDS.map((kind) => ({
            label: t(`kinds.${kind}.other`),
            choices: options
              .filter((o) => o.kind === kind)
              .map((o): SelectChoice => [`${o.kind}:${o.slug}`, optionLabel(o, locale, t("countries.optionCountries", { count: o.countries }))]),
          }))}
        />
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700" data-testid="selection-submit">
        {t("countries.show")}
      </button>
    </form>
  );
}
