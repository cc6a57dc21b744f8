import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { listOptionEntities, type OptionKind } from "@/db/queries/combobox-options";
import type { Locale } from "@/lib/i18n/locales";
import type { ComboboxOption } from "@/lib/i18n/match-combobox-options";
import { buildOptionAsset } from "./build-option-asset";

/**
 * The chosen choices of a filter combobox, in the order they were chosen, for the page to render as chips
 * (the other choices come from the option asset). A key naming nothing visible is left out.
 */
export function listSelectedOptions({ db, kind, keys, locale }: { db: AtlasDatabase; kind: OptionKind; keys: string[]; locale: Locale }): ComboboxOption[] {
  if (!keys.length) return [];
  const options = buildOptionAsset({ entities: listOptionEntities({ db, kind, keys }), kind, locale });
  const byKey = new Map(options.map((o) => [o.value.toUpperCase(), o]));
  return [...new Set(keys)].flatMap((key) => byKey.get(key.toUpperCase()) ?? []);
}
