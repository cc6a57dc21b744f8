"use client";

import Link from "@/app/_components/locale-link";
import { useRouter } from "next/navigation";
import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { HighlightedText } from "@/app/_components/highlighted-text";
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
export function SearchView({ state: urlState, result, kinds }: { state: SearchUrlState; result: SearchResult | null; kinds: KindOption[] }) {
  const router = useRouter();
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
    const href = buildSearchHref(next);
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
      router.push(hits[active].url);
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
    <form action="/search" method="get" role="search" onSubmit={onSubmit} className="space-y-4" data-testid="search-form">
      <div className="flex max-w-3xl gap-2">
        <label htmlFor="search-input" className="sr-only">
          Search initiatives, resolutions, countries, organisations, events and articles
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
          placeholder="Search any name, in English or Chinese: GAIGI, 之友小组, 78/311 …  (press / to focus)"
          aria-describedby="search-status"
          aria-controls="search-results"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:outline-none"
          data-testid="search-input"
        />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700" data-testid="search-submit">
          Search
        </button>
      </div>

      {result?.degraded ? (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-800" data-testid="search-degraded" role="status">
          The search engine is unavailable: showing matches from the database (no typo tolerance, fewer facets).
        </p>
      ) : null}

      <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
        <fieldset className="space-y-4 text-sm" data-testid="search-filters">
          <legend className="sr-only">Filters</legend>
          <div>
            <h2 className="mb-1 font-semibold text-slate-700">Kind</h2>
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
                    <span>
                      {k.label} <span lang="zh" className="text-slate-500">{k.labelZh}</span>
                    </span>
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
          <FacetSelect
            name="country"
            title="Country"
            anyLabel="Any country"
            selected={state.country}
            counts={facets?.country ?? {}}
            labels={labels?.country ?? {}}
            onChange={(v) => setFilter({ country: v ? [v] : [] })}
          />
          <FacetSelect
            name="organisation"
            title="Organisation"
            anyLabel="Any organisation"
            selected={state.organisation}
            counts={facets?.organisation ?? {}}
            labels={labels?.organisation ?? {}}
            onChange={(v) => setFilter({ organisation: v ? [v] : [] })}
          />
          <div>
            <h2 className="mb-1 font-semibold text-slate-700">Year</h2>
            <div className="flex items-center gap-1">
              <YearInput name="yearFrom" label="From year" value={state.yearFrom} onCommit={(v) => setFilter({ yearFrom: v })} />
              <span aria-hidden>–</span>
              <YearInput name="yearTo" label="To year" value={state.yearTo} onCommit={(v) => setFilter({ yearTo: v })} />
            </div>
          </div>
          <div>
            <label htmlFor="filter-language" className="mb-1 block font-semibold text-slate-700">
              Article language
            </label>
            <select
              id="filter-language"
              name="language"
              value={state.language ?? ""}
              onChange={(e) => setFilter({ language: e.target.value || undefined })}
              className="w-full rounded border border-slate-300 bg-white px-2 py-1"
              data-testid="filter-language"
            >
              <option value="">Any language</option>
              <option value="zh">中文 Chinese{facets ? ` (${facets.language.zh ?? 0})` : ""}</option>
              <option value="en">English{facets ? ` (${facets.language.en ?? 0})` : ""}</option>
            </select>
          </div>
          <div className="flex gap-3">
            <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50" data-testid="filters-apply">
              Apply
            </button>
            {hasFilters(state) ? (
              <Link href={buildSearchHref({ q: state.q, kind: [], country: [], organisation: [] })} className="py-1 text-brand-700 underline" data-testid="filters-clear">
                Clear filters
              </Link>
            ) : null}
          </div>
        </fieldset>

        <section aria-label="Results" className={isPending ? "opacity-60 transition-opacity" : undefined}>
          <p id="search-status" className="mb-2 text-sm text-slate-600" role="status" data-testid="search-status">
            {isPending ? "Searching…" : result ? `${result.total} result${result.total === 1 ? "" : "s"}${state.q ? ` for “${state.q}”` : ""}` : ""}
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
  const h = hit.highlight ?? {};
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
        <Link href={hit.url} className="font-medium text-brand-700 hover:underline" data-testid="search-result-link">
          {h.name ? <HighlightedText text={h.name} /> : hit.name}
        </Link>
        {hit.nameZh ? (
          <span lang="zh" className="text-slate-600">
            {h.nameZh ? <HighlightedText text={h.nameZh} /> : hit.nameZh}
          </span>
        ) : null}
        {hit.symbol ? <span className="text-sm text-slate-500">{hit.symbol}</span> : null}
        <span className="text-sm text-slate-500">
          <PartialDateLabel date={hit.date} />
        </span>
      </div>
      {h.alias ? (
        <p className="mt-0.5 text-sm text-slate-600">
          also known as <HighlightedText text={h.alias} />
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

function FacetSelect({
  name,
  title,
  anyLabel,
  selected,
  counts,
  labels,
  onChange,
}: {
  name: string;
  title: string;
  anyLabel: string;
  selected: string[];
  counts: Record<string, number>;
  labels: Record<string, { nameEn: string; nameZh: string | null }>;
  onChange: (value: string) => void;
}) {
  // The most frequent values for this query, plus whatever is selected (so it can be seen and cleared).
  const values = [...new Set([...selected, ...Object.keys(counts).slice(0, 40)])];
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block font-semibold text-slate-700">
        {title}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        value={selected[0] ?? ""}
        onChange={(e) => onChange(e.target.value)}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1"
        data-testid={`filter-${name}`}
      >
        <option value="">{anyLabel}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {labels[v]?.nameEn ?? v}
            {labels[v]?.nameZh ? ` ${labels[v].nameZh}` : ""} ({counts[v] ?? 0})
          </option>
        ))}
      </select>
    </div>
  );
}

function YearInput({ name, label, value, onCommit }: { name: string; label: string; value?: number; onCommit: (v: number | undefined) => void }) {
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
      placeholder={name === "yearFrom" ? "from" : "to"}
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
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="no-results">
      <p className="font-medium">No results{state.q ? ` for “${state.q}”` : ""}.</p>
      {s?.withoutFilters ? (
        <p>
          <Link href={buildSearchHref({ q: state.q, kind: [], country: [], organisation: [] })} className="text-brand-700 underline" data-testid="suggest-without-filters">
            {s.withoutFilters} result{s.withoutFilters === 1 ? "" : "s"} without the filters
          </Link>
        </p>
      ) : null}
      {s?.hits.length ? (
        <div>
          <p className="text-sm text-slate-600">Closest names:</p>
          <ul className="list-inside list-disc">
            {s.hits.map((h) => (
              <li key={h.url}>
                <Link href={h.url} className="text-brand-700 hover:underline" data-testid="suggestion">
                  {h.name}
                </Link>
                {h.nameZh ? <span lang="zh" className="ml-2 text-slate-500">{h.nameZh}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-sm text-slate-600">
        Try fewer words, an abbreviation, or the Chinese name. For example:{" "}
        <ExampleQueries />
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
  return (
    <div className="text-sm text-slate-600" data-testid="search-intro">
      <p>Type part of a name, an abbreviation or a symbol, in English or Chinese (简体 or 繁體). Typos are fine.</p>
      <p className="mt-1">
        For example:{" "}
        <ExampleQueries />
      </p>
    </div>
  );
}
