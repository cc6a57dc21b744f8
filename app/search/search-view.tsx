"use client";

import Link from "@/app/_components/locale-link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCurrentLocale, useLocalizeHref } from "@/app/_components/locale-link";
import { EnglishOnlyMark } from "@/app/_components/english-only-mark";
import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { HighlightedText } from "@/app/_components/highlighted-text";
import { MultiCombobox } from "@/app/_components/multi-combobox";
import type { ComboboxOption } from "@/lib/i18n/match-combobox-options";
import { PartialDateLabel } from "@/app/_components/partial-date-label";
import type { SearchHit, SearchResult } from "@/lib/search/search-atlas";
import { buildSearchHref, hasFilters, readSearchForm, toggleValue, type SearchUrlState } from "@/lib/search/search-url";

const DEBOUNCE_MS = 200;
const EXAMPLES = ["Global AI Governance Initiative", "之友小组", "A/RES/78/311", "Zambia"];

type KindOption = { value: string; label: string; singular: string; labelZh: string };

/**
 * The search screen. It is a plain GET form (works without JavaScript: every control is a form field and
 * the button submits); with JavaScript it searches as you type, the URL follows (replace while typing, push
 * for filters, so Back steps through filter choices), arrows move through results and "/" focuses the box.
 */
export function SearchView({
  state: urlState,
  result,
  kinds,
  selectedOptions,
}: {
  state: SearchUrlState;
  result: SearchResult | null;
  kinds: KindOption[];
  /** The chosen countries and organisations as the server labelled them (the comboboxes fetch the rest). */
  selectedOptions: Record<"country" | "organisation", ComboboxOption[]>;
}) {
  const router = useRouter();
  const t = useTranslations();
  const localize = useLocalizeHref();
  const [isPending, startTransition] = useTransition();
  // Filters show the user's choice at once, while the server renders the results for it.
  const [state, setOptimisticState] = useOptimistic(urlState);
  const [text, setText] = useState(urlState.q);
  // The query we last sent: when the URL's q differs from it, the URL changed under us (Back/Forward).
  const [sentQ, setSentQ] = useState(urlState.q);
  const [seenQ, setSeenQ] = useState(urlState.q);
  const [active, setActive] = useState(-1);
  const [seenResult, setSeenResult] = useState(result);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hits = result?.hits ?? [];

  if (urlState.q !== seenQ) {
    setSeenQ(urlState.q);
    if (urlState.q !== sentQ) setText(urlState.q);
  }
  if (result !== seenResult) {
    setSeenResult(result);
    setActive(-1);
  }

  const navigate = (next: SearchUrlState, mode: "push" | "replace") => {
    if (timer.current) clearTimeout(timer.current);
    setSentQ(next.q);
    const href = localize(buildSearchHref(next));
    startTransition(() => {
      setOptimisticState(next);
      if (mode === "push") router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if (e.key === "/" && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  useEffect(() => {
    if (active >= 0) document.getElementById(`search-result-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const onType = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => navigate({ ...state, q: value }, "replace"), DEBOUNCE_MS);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (e.key === "Enter" && active >= 0 && hits[active]) {
      e.preventDefault();
      router.push(localize(hits[active].url));
    } else if (e.key === "Escape") {
      setActive(-1);
    }
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    navigate(readSearchForm(new FormData(e.currentTarget)), "push");
  };

  const current = { ...state, q: text };
  const setFilter = (patch: Partial<SearchUrlState>) => navigate({ ...current, ...patch }, "push");
  const facets = result?.facets;
  const labels = result?.facetLabels;

  return (
    <form action={localize("/search")} method="get" role="search" onSubmit={onSubmit} className="space-y-4" data-testid="search-form">
      <h1 className="text-2xl font-semibold">{t("search.title")}</h1>
      <div className="flex max-w-3xl gap-2">
        <label htmlFor="search-input" className="sr-only">
          {t("searchBox.label")}
        </label>
        <input
          id="search-input"
          ref={inputRef}
          name="q"
          type="search"
          value={text}
          onChange={(e) => onType(e.target.value)}
          onKeyDown={onKeyDown}
          autoFocus={!state.q}
          autoComplete="off"
          placeholder={t("search.placeholder")}
          aria-describedby="search-status"
          aria-controls="search-results"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:outline-none"
          data-testid="search-input"
        />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700" data-testid="search-submit">
          {t("searchBox.submit")}
        </button>
      </div>

      {result?.degraded ? (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-800" data-testid="search-degraded" role="status">
          {t("search.degraded")}
        </p>
      ) : null}

      <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
        <details className="filters-fold self-start">
          <summary className="cursor-pointer rounded border border-slate-200 bg-white px-3 py-2 text-sm font-medium text-brand-700" data-testid="filters-toggle">
            {t("search.filtersCount", {
              count: state.kind.length + state.country.length + state.organisation.length + (state.language ? 1 : 0) + (state.yearFrom ? 1 : 0) + (state.yearTo ? 1 : 0),
            })}
          </summary>
          <fieldset className="mt-3 space-y-4 text-sm sm:mt-0" data-testid="search-filters">
            <legend className="sr-only">{t("search.filters")}</legend>
            <div>
              <h2 className="mb-1 font-semibold text-slate-700">{t("search.kind")}</h2>
              <ul className="space-y-1">
                {kinds.map((k) => (
                  <li key={k.value}>
                    <label className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        name="kind"
                        value={k.value}
                        checked={state.kind.includes(k.value)}
                        onChange={() => setFilter({ kind: toggleValue(state.kind, k.value) })}
                        data-testid={`filter-kind-${k.value}`}
                      />
                      <span>{k.label}</span>
                      {facets ? (
                        <span className="ml-auto tabular-nums text-slate-500" data-testid={`facet-count-${k.value}`}>
                          {facets.kind[k.value] ?? 0}
                        </span>
                      ) : null}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
            <MultiCombobox
              name="country"
              label={t("search.country")}
              kind="country"
              selected={chosenOptions({ values: state.country, known: selectedOptions.country, labels: labels?.country })}
              codeInput
              testId="filter-country"
              onChange={(values) => setFilter({ country: values })}
            />
            <MultiCombobox
              name="organisation"
              label={t("search.organisation")}
              kind="organisation"
              selected={chosenOptions({ values: state.organisation, known: selectedOptions.organisation, labels: labels?.organisation })}
              testId="filter-organisation"
              onChange={(values) => setFilter({ organisation: values })}
            />
            <div>
              <h2 className="mb-1 font-semibold text-slate-700">{t("search.year")}</h2>
              <div className="flex items-center gap-1">
                <YearInput
                  name="yearFrom"
                  label={t("search.yearFrom")}
                  placeholder={t("search.yearFromPlaceholder")}
                  value={state.yearFrom}
                  onCommit={(v) => setFilter({ yearFrom: v })}
                />
                <span aria-hidden>–</span>
                <YearInput name="yearTo" label={t("search.yearTo")} placeholder={t("search.yearToPlaceholder")} value={state.yearTo} onCommit={(v) => setFilter({ yearTo: v })} />
              </div>
            </div>
            <div>
              <label htmlFor="filter-language" className="mb-1 block font-semibold text-slate-700">
                {t("search.articleLanguage")}
              </label>
              <select
                id="filter-language"
                name="language"
                value={state.language ?? ""}
                onChange={(e) => setFilter({ language: e.target.value || undefined })}
                className="w-full rounded border border-slate-300 bg-white px-2 py-1"
                data-testid="filter-language"
              >
                <option value="">{t("search.anyLanguage")}</option>
                <option value="zh">
                  {t("search.chinese")}
                  {facets ? ` (${facets.language.zh ?? 0})` : ""}
                </option>
                <option value="en">
                  {t("search.english")}
                  {facets ? ` (${facets.language.en ?? 0})` : ""}
                </option>
              </select>
            </div>
            <div className="flex gap-3">
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50" data-testid="filters-apply">
                {t("search.apply")}
              </button>
              {hasFilters(state) ? (
                <Link href={buildSearchHref({ q: state.q, kind: [], country: [], organisation: [] })} className="py-1 text-brand-700 underline" data-testid="filters-clear">
                  {t("search.clearFilters")}
                </Link>
              ) : null}
            </div>
          </fieldset>
        </details>

        <section aria-label={t("search.results")} className={isPending ? "opacity-60 transition-opacity" : undefined}>
          <p id="search-status" className="mb-2 text-sm text-slate-600" role="status" data-testid="search-status">
            {isPending ? t("search.searching") : result ? (state.q ? t("search.countFor", { count: result.total, q: state.q }) : t("search.count", { count: result.total })) : ""}
          </p>
          {result === null ? <Intro /> : null}
          {result && hits.length === 0 ? <NoResults state={state} result={result} /> : null}
          {hits.length ? (
            <ol id="search-results" className="space-y-2" data-testid="search-results">
              {hits.map((h, i) => (
                <ResultItem key={h.url} hit={h} index={i} active={i === active} kindLabel={kinds.find((k) => k.value === h.kind)?.singular ?? h.kind} />
              ))}
            </ol>
          ) : null}
        </section>
      </div>
    </form>
  );
}

function ResultItem({ hit, index, active, kindLabel }: { hit: SearchHit; index: number; active: boolean; kindLabel: string }) {
  const t = useTranslations();
  const locale = useCurrentLocale();
  const h = hit.highlight ?? {};
  // Chinese pages lead with the Chinese name (highlighted when it matched) and keep the English one beside it
  const zhFirst = locale !== "en" && Boolean(hit.nameZh);
  const zhLang = locale === "zh-hant" ? "zh-Hant" : "zh-Hans";
  const nameEn = h.name ? <HighlightedText text={h.name} /> : hit.name;
  const nameZh = h.nameZh && locale !== "zh-hant" ? <HighlightedText text={h.nameZh} /> : hit.nameZh;
  return (
    <li
      id={`search-result-${index}`}
      aria-current={active ? "true" : undefined}
      className={`rounded-lg border bg-white p-3 ${active ? "border-brand-600 ring-2 ring-brand-600/30" : "border-slate-200"}`}
      data-testid="search-result"
      data-kind={hit.kind}
      data-active={active ? "true" : undefined}
    >
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="rounded bg-slate-100 px-1.5 text-xs uppercase tracking-wide text-slate-600" data-testid="search-result-kind">
          {kindLabel}
        </span>
        <Link href={hit.url} className="font-medium text-brand-700 hover:underline" data-testid="search-result-link" lang={zhFirst ? zhLang : locale === "en" ? undefined : "en"}>
          {zhFirst ? nameZh : nameEn}
          {locale !== "en" && !hit.nameZh && hit.kind !== "article" ? <EnglishOnlyMark label={t("content.englishOnly")} /> : null}
        </Link>
        {zhFirst ? (
          <span lang="en" className="text-slate-600">
            {nameEn}
          </span>
        ) : hit.nameZh ? (
          <span lang={zhLang} className="text-slate-600">
            {nameZh}
          </span>
        ) : null}
        {hit.symbol ? <span className="text-sm text-slate-500">{hit.symbol}</span> : null}
        <span className="text-sm text-slate-500">
          <PartialDateLabel date={hit.date} />
        </span>
      </div>
      {h.alias ? (
        <p className="mt-0.5 text-sm text-slate-600">
          {t("search.alsoKnownAs")} <HighlightedText text={h.alias} />
        </p>
      ) : null}
      {h.snippet ? (
        <p className="mt-1 text-sm text-slate-600" data-testid="search-result-snippet">
          <HighlightedText text={h.snippet} />
        </p>
      ) : null}
    </li>
  );
}

function YearInput({ name, label, placeholder, value, onCommit }: { name: string; label: string; placeholder: string; value?: number; onCommit: (v: number | undefined) => void }) {
  return (
    <input
      // Re-mounts when the URL's value changes (Back), so the field always shows the applied filter.
      key={`${name}-${value ?? ""}`}
      type="number"
      name={name}
      min={1900}
      max={2100}
      defaultValue={value}
      aria-label={label}
      placeholder={placeholder}
      onBlur={(e) => {
        const v = e.target.value ? Number(e.target.value) : undefined;
        if (v !== value && (v === undefined || (Number.isInteger(v) && v >= 1900 && v <= 2100))) onCommit(v);
      }}
      className="w-20 rounded border border-slate-300 bg-white px-2 py-1"
      data-testid={`filter-${name}`}
    />
  );
}

function NoResults({ state, result }: { state: SearchUrlState; result: SearchResult }) {
  const s = result.suggestions;
  const t = useTranslations();
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="no-results">
      <p className="font-medium">{state.q ? t("search.noResultsFor", { q: state.q }) : t("search.noResults")}</p>
      {s?.withoutFilters ? (
        <p>
          <Link href={buildSearchHref({ q: state.q, kind: [], country: [], organisation: [] })} className="text-brand-700 underline" data-testid="suggest-without-filters">
            {t("search.withoutFilters", { count: s.withoutFilters })}
          </Link>
        </p>
      ) : null}
      {s?.hits.length ? (
        <div>
          <p className="text-sm text-slate-600">{t("search.closest")}</p>
          <ul className="list-inside list-disc">
            {s.hits.map((h) => (
              <li key={h.url}>
                <Link href={h.url} className="text-brand-700 hover:underline" data-testid="suggestion">
                  {h.name}
                </Link>
                {h.nameZh ? (
                  <span lang="zh" className="ml-2 text-slate-500">
                    {h.nameZh}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-sm text-slate-600">
        {t("search.tryFewer")} <ExampleQueries />
      </p>
    </div>
  );
}

/** Example searches, as links (shown in the intro and in the no-results state). */
function ExampleQueries() {
  return EXAMPLES.map((q, i) => (
    <span key={q}>
      {i ? ", " : ""}
      <Link href={buildSearchHref({ q, kind: [], country: [], organisation: [] })} className="text-brand-700 underline">
        {q}
      </Link>
    </span>
  ));
}

function Intro() {
  const t = useTranslations();
  return (
    <div className="text-sm text-slate-600" data-testid="search-intro">
      <p>{t("search.intro")}</p>
      <p className="mt-1">
        {t("search.forExample")} <ExampleQueries />
      </p>
    </div>
  );
}

/**
 * The chips of a facet combobox: the server's labels for what the URL chose, else the result's facet labels
 * (a value chosen a moment ago, before the server answered), else the bare value.
 */
function chosenOptions({
  values,
  known,
  labels,
}: {
  values: string[];
  known: ComboboxOption[];
  labels: Record<string, { nameEn: string; nameZh: string | null }> | undefined;
}): ComboboxOption[] {
  const byValue = new Map(known.map((o) => [o.value, o]));
  return values.map((v) => byValue.get(v) ?? { value: v, label: labels?.[v]?.nameEn ?? v, search: "" });
}
