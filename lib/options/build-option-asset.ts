import type { OptionEntity } from "@/db/queries/combobox-options";
import { buildComboboxOptions } from "@/lib/i18n/build-combobox-options";
import type { Locale } from "@/lib/i18n/locales";
import type { ComboboxOption } from "@/lib/i18n/match-combobox-options";
import { comboboxSearchText } from "@/lib/i18n/match-combobox-options";

/** Which code a kind's choices show and answer to: ISO alpha-3 for countries, the symbol for resolutions. */
export function codeFieldOf({ kind }: { kind: string }): "key" | "symbol" | "none" {
  return kind === "country" ? "key" : kind === "resolution" ? "symbol" : "none";
}

/**
 * The choices of one filter combobox in one interface language: names in the page's language, the other
 * language beside them, codes, and every name (aliases too) folded for matching. The same function builds
 * the option asset (/api/options/{kind}) and the selected chips a page renders, so both read alike.
 */
export function buildOptionAsset({ entities, kind, locale }: { entities: OptionEntity[]; kind: string; locale: Locale }): ComboboxOption[] {
  const options = buildComboboxOptions({ options: entities, locale, codes: codeFieldOf({ kind }) });
  return options.map((option, i) => {
    const extra = entities[i].aliases;
    return extra.length ? { ...option, search: [option.search, comboboxSearchText(extra)].filter(Boolean).join("\u0000") } : option;
  });
}
