import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CountriesViewText } from "@/lib/countries/countries-view";
import { pickNames } from "@/lib/i18n/content-language";
import { isLocale } from "@/lib/i18n/locales";

/** The map's labels and legend in the page's language (names: the page's language first, the other beside it). */
export async function loadCountriesViewText(): Promise<CountriesViewText> {
  const t = await getTranslations();
  const format = await getFormatter();
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "en";
  const names = (r: { nameEn: string; nameZh: string | null }) => pickNames({ nameEn: r.nameEn, nameZh: r.nameZh, locale });
  return {
    legendSelected: (name) => t("countries.legendSelected", { name }),
    legendCounts: t("countries.legendCounts"),
    tierLabel: (tier) => t(`countries.tiers.${tier}`),
    noneRecorded: t("countries.noneRecorded"),
    notRecorded: t("countries.mapNotRecorded"),
    participations: (count) => t("countries.participations", { count, formatted: format.number(count) }),
    roleLabel: (role) => (t.has(`roles.plain.${role}`) ? t(`roles.plain.${role}`) : role),
    // English pages keep both names (as before); Chinese pages name the country in Chinese only, since a
    // label cannot mark a second language for screen readers
    countryLabel: (r) => {
      const n = names(r);
      return locale === "en" && n.secondary ? `${n.primary.text} ${n.secondary.text}` : n.primary.text;
    },
    countryName: (r) => names(r).primary.text,
  };
}
