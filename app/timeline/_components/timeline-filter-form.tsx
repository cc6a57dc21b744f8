import { getLocale, getTranslations } from "next-intl/server";
import { MultiCombobox } from "@/app/_components/multi-combobox";
import { getDb } from "@/db";
import { listSelectedOptions } from "@/lib/options/list-selected-options";
import { isLocale, localizeHref } from "@/lib/i18n/locales";
import type { TimelineFilters } from "@/lib/timeline-query/timeline-filters";
import { TIMELINE_KINDS } from "@/lib/timeline-query/timeline-item";

const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/**
 * A plain GET form: every filter lands in the URL, so it works without JavaScript and can be shared. The
 * entity filters are searchable comboboxes over the same fields; on phones the form folds behind a
 * "Filters (n)" summary so the results come first.
 */
export async function TimelineFilterForm({ filters }: { filters: TimelineFilters }) {
  const t = await getTranslations();
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "en";
  const db = getDb();
  // only the chosen values are rendered; the comboboxes fetch the rest (/api/options/{kind}) when used
  const chosen = (kind: "country" | "organisation" | "initiative" | "resolution", keys: string[]) => listSelectedOptions({ db, kind, keys, locale });
  const active =
    filters.countries.length +
    filters.organisations.length +
    filters.initiatives.length +
    filters.resolutions.length +
    filters.kinds.length +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0) +
    (filters.q ? 1 : 0);
  return (
    <details className="filters-fold rounded-lg border border-slate-200 bg-white" data-testid="timeline-filters-fold">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700" data-testid="filters-toggle">
        {t("filters.toggle", { count: active })}
      </summary>
      <form action={localizeHref({ href: "/timeline", locale })} method="get" className="space-y-3 p-3" data-testid="timeline-filters" aria-label={t("filters.form")}>
        {filters.order === "newest" ? <input type="hidden" name="order" value="newest" /> : null}
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="space-y-1">
            <MultiCombobox name="country" label={t("filters.countries")} kind="country" selected={chosen("country", filters.countries)} codeInput testId="filter-country" />
            <fieldset className="flex flex-wrap gap-x-3 text-xs text-slate-600" data-testid="filter-country-match">
              <legend className="sr-only">{t("filters.match")}</legend>
              <label className="inline-flex items-center gap-1">
                <input type="radio" name="countryMatch" value="any" defaultChecked={filters.countryMatch !== "all"} data-testid="country-match-any" />
                {t("filters.anyOf")}
              </label>
              <label className="inline-flex items-center gap-1">
                <input type="radio" name="countryMatch" value="all" defaultChecked={filters.countryMatch === "all"} data-testid="country-match-all" />
                {t("filters.allOf")}
              </label>
            </fieldset>
          </div>
          <MultiCombobox
            name="organisation"
            label={t("filters.organisations")}
            kind="organisation"
            selected={chosen("organisation", filters.organisations)}
            testId="filter-organisation"
          />
          <MultiCombobox name="initiative" label={t("filters.initiatives")} kind="initiative" selected={chosen("initiative", filters.initiatives)} testId="filter-initiative" />
          <MultiCombobox name="resolution" label={t("filters.resolutions")} kind="resolution" selected={chosen("resolution", filters.resolutions)} testId="filter-resolution" />
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <fieldset className="text-sm">
            <legend className="text-slate-600">{t("filters.kind")}</legend>
            <div className="flex flex-wrap gap-x-3">
              {TIMELINE_KINDS.map((k) => (
                <label key={k} className="inline-flex items-center gap-1">
                  <input type="checkbox" name="kind" value={k} defaultChecked={filters.kinds.includes(k)} data-testid={`filter-kind-${k}`} />
                  {t(`timelineKinds.${k}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="text-sm">
            <span className="block text-slate-600">{t("filters.from")}</span>
            <input
              name="from"
              defaultValue={filters.from ?? ""}
              placeholder={t("filters.datePlaceholder")}
              pattern="\d{4}(-\d{2}(-\d{2})?)?"
              className={`${field} w-36`}
              data-testid="filter-from"
            />
          </label>
          <label className="text-sm">
            <span className="block text-slate-600">{t("filters.to")}</span>
            <input name="to" defaultValue={filters.to ?? ""} placeholder="2025-05-06" pattern="\d{4}(-\d{2}(-\d{2})?)?" className={`${field} w-36`} data-testid="filter-to" />
          </label>
          <label className="min-w-48 flex-1 text-sm">
            <span className="block text-slate-600">{t("filters.text")}</span>
            <input name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("filters.textPlaceholder")} className={field} data-testid="filter-q" />
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 text-sm text-white hover:bg-brand-700" data-testid="filter-submit">
            {t("filters.apply")}
          </button>
        </div>
      </form>
    </details>
  );
}
