/**
 * The /search URL for a query and its filters: shared by the page (links that work without JavaScript) and
 * its client component (router navigation). Client-safe: no database or zod imports.
 */
export type SearchUrlState = {
  q: string;
  kind: string[];
  country: string[];
  organisation: string[];
  language?: string;
  yearFrom?: number;
  yearTo?: number;
};

export function buildSearchHref(state: SearchUrlState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q);
  if (state.kind.length) params.set("kind", state.kind.join(","));
  // repeated, as the form and the timeline send them (?country=ZMB&country=CHN)
  for (const c of state.country) params.append("country", c);
  for (const o of state.organisation) params.append("organisation", o);
  if (state.language) params.set("language", state.language);
  if (state.yearFrom !== undefined) params.set("yearFrom", String(state.yearFrom));
  if (state.yearTo !== undefined) params.set("yearTo", String(state.yearTo));
  const qs = params.toString();
  return qs ? `/search?${qs}` : "/search";
}

/** Whether any filter is set, the text aside (the page's state and a parsed SearchQuery alike). */
export function hasFilters(state: SearchUrlState): boolean {
  return (
    state.kind.length > 0 || state.country.length > 0 || state.organisation.length > 0 || state.language !== undefined || state.yearFrom !== undefined || state.yearTo !== undefined
  );
}

/** Adds or removes one value of a list filter. */
export function toggleValue(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** Reads the filter form: empty fields are "not set", repeated list fields and comma lists both work. */
export function readSearchForm(form: FormData): SearchUrlState {
  const list = (name: string) =>
    form
      .getAll(name)
      .flatMap((v) => String(v).split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  const year = (name: string) => {
    const n = Number(form.get(name));
    return form.get(name) && Number.isInteger(n) ? n : undefined;
  };
  return {
    q: String(form.get("q") ?? ""),
    kind: list("kind"),
    country: list("country"),
    organisation: list("organisation"),
    language: String(form.get("language") ?? "") || undefined,
    yearFrom: year("yearFrom"),
    yearTo: year("yearTo"),
  };
}
