import { pickNames } from "./content-language";
import type { Locale } from "./locales";
import { comboboxSearchText, type ComboboxOption } from "./match-combobox-options";
import { toTraditional } from "./traditional";

type NamedOption = { key: string; nameEn: string; nameZh: string | null; symbol?: string | null };

/**
 * Filter choices for a combobox in the page's language. Every option answers to its English name, its
 * simplified and traditional Chinese names and its code, whatever the page's language, so "Zam", "赞比",
 * "尚比亞" and "ZMB" all find Zambia.
 */
export function buildComboboxOptions({ options, locale, codes }: { options: NamedOption[]; locale: Locale; codes: "key" | "symbol" | "none" }): ComboboxOption[] {
  return options.map((o) => {
    const { primary, secondary } = pickNames({ nameEn: o.nameEn, nameZh: o.nameZh, locale });
    const code = codes === "key" ? o.key : codes === "symbol" ? (o.symbol ?? undefined) : undefined;
    return {
      value: o.key,
      label: primary.text,
      ...(secondary ? { other: secondary.text, otherLang: secondary.lang === "zh" ? (locale === "zh-hant" ? "zh-Hant" : "zh-Hans") : "en" } : {}),
      ...(code ? { code } : {}),
      search: comboboxSearchText([o.nameEn, o.nameZh, toTraditional(o.nameZh), o.key, o.symbol]),
    };
  });
}
