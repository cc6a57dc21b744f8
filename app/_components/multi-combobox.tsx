"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useCurrentLocale } from "@/app/_components/locale-link";
import { matchComboboxOptions, type ComboboxOption } from "@/lib/i18n/match-combobox-options";

const SHOWN = 60;
const noSubscribe = () => () => {};

export type ComboboxKind = "country" | "organisation" | "initiative" | "resolution";

type Loaded = { status: "idle" | "loading" | "failed" } | { status: "ready"; options: ComboboxOption[] };

/** One request per option asset for the whole page (several comboboxes and re-renders share it). */
const assets = new Map<string, Promise<ComboboxOption[]>>();
function loadOptionAsset({ kind, locale }: { kind: ComboboxKind; locale: string }): Promise<ComboboxOption[]> {
  const url = `/api/options/${kind}?locale=${encodeURIComponent(locale)}`;
  let pending = assets.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`${url}: ${res.status}`);
        return res.json() as Promise<{ options: ComboboxOption[] }>;
      })
      .then((body) => body.options);
    // a failed load may be tried again on the next focus
    pending.catch(() => assets.delete(url));
    assets.set(url, pending);
  }
  return pending;
}

/**
 * A searchable multi-select (ARIA 1.2 combobox with a listbox popup) over a plain form field: type "Zam",
 * "赞比" or "ZMB", pick with arrows and Enter or a click, remove with the chips (or Backspace in an empty box).
 * The chosen values are submitted as repeated `name` fields. Why the choices are fetched: with every option in
 * the page (HTML, then again in the RSC payload) the filter pages weighed 500 KB at benchmark scale, so pages
 * carry only the selected choices and the full list (/api/options/{kind}, cached until the next write) is
 * fetched on first focus. Without JavaScript (and before hydration) the chosen values are checkboxes that can
 * be unticked, and `codeInput` adds a text field taking codes (`ZMB, CHN`), which the filters also read.
 * `onChange` makes it report each change at once (the search page navigates on it) instead of waiting for the
 * form to be submitted.
 */
export function MultiCombobox({
  name,
  label,
  kind,
  selected: chosen,
  testId,
  codeInput = false,
  onChange,
}: {
  name: string;
  label: string;
  kind: ComboboxKind;
  selected: ComboboxOption[];
  testId: string;
  codeInput?: boolean;
  onChange?: (values: string[]) => void;
}) {
  const t = useTranslations();
  const locale = useCurrentLocale();
  const enhanced = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const chosenValues = chosen.map((o) => o.value);
  const [selected, setSelected] = useState(chosenValues);
  // the page's choice changed under us (Back, or the search page's new URL): follow it
  const [seen, setSeen] = useState(chosenValues.join("\u0000"));
  if (seen !== chosenValues.join("\u0000")) {
    setSeen(chosenValues.join("\u0000"));
    setSelected(chosenValues);
  }
  const [loaded, setLoaded] = useState<Loaded>({ status: "idle" });
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const options = loaded.status === "ready" ? loaded.options : chosen;
  const byValue = useMemo(() => new Map([...chosen, ...options].map((o) => [o.value, o])), [chosen, options]);
  const matches = useMemo(() => matchComboboxOptions({ options, query }).slice(0, SHOWN), [options, query]);
  const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

  const load = () => {
    if (loaded.status === "loading" || loaded.status === "ready") return;
    setLoaded({ status: "loading" });
    loadOptionAsset({ kind, locale }).then(
      (list) => setLoaded({ status: "ready", options: list }),
      () => setLoaded({ status: "failed" }),
    );
  };

  const update = (next: string[]) => {
    setSelected(next);
    onChange?.(next);
  };
  const toggle = (value: string) => {
    update(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
    setQuery("");
    setActive(0);
    inputRef.current?.focus();
  };

  if (!enhanced) {
    return (
      <fieldset className="block text-sm" data-testid={`${testId}-fallback`}>
        <legend className="text-slate-600">{label}</legend>
        {chosen.length ? (
          <ul className="mb-1 flex flex-wrap gap-1">
            {chosen.map((o) => (
              <li key={o.value}>
                <label className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 px-2 py-0.5 text-xs text-brand-700">
                  <input type="checkbox" name={name} value={o.value} defaultChecked data-testid="combobox-fallback-chip" />
                  {o.label}
                </label>
              </li>
            ))}
          </ul>
        ) : null}
        {codeInput ? (
          <label className="block">
            <span className="sr-only">{label}</span>
            <input name={name} type="text" placeholder={t("options.codesPlaceholder")} className={field} data-testid={testId} />
          </label>
        ) : null}
      </fieldset>
    );
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      load();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter" && open && loaded.status === "loading" && query.trim()) {
      e.preventDefault();
      // Enter pressed before the list arrived (typing fast after focusing): pick the best match once it has
      const typed = query;
      loadOptionAsset({ kind, locale }).then(
        (list) => {
          const best = matchComboboxOptions({ options: list, query: typed })[0];
          if (best) toggle(best.value);
        },
        () => {},
      );
    } else if (e.key === "Enter" && open && matches[active]) {
      e.preventDefault();
      toggle(matches[active].value);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === "Backspace" && !query && selected.length) {
      update(selected.slice(0, -1));
    }
  };
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const waiting = loaded.status === "loading" || loaded.status === "idle";

  return (
    <div className="relative text-sm" data-testid={`${testId}-combobox`}>
      <label htmlFor={`${id}-input`} className="block text-slate-600">
        {label}
      </label>
      {selected.map((v) => (
        <input key={v} type="hidden" name={name} value={v} />
      ))}
      {selected.length ? (
        <ul className="mb-1 flex flex-wrap gap-1" aria-label={t("filters.selected", { count: selected.length })}>
          {selected.map((v) => {
            const o = byValue.get(v);
            return (
              <li key={v}>
                <button
                  type="button"
                  onClick={() => toggle(v)}
                  className="rounded-full border border-brand-600 bg-brand-50 px-2 py-0.5 text-xs text-brand-700 hover:bg-brand-100"
                  aria-label={t("filters.remove", { label: o?.label ?? v })}
                  data-testid="combobox-chip"
                  data-value={v}
                >
                  {o?.label ?? v} <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-busy={open && waiting}
        aria-activedescendant={open && !waiting && matches[active] ? optionId(active) : undefined}
        value={query}
        placeholder={t("filters.typeToFilter")}
        autoComplete="off"
        onChange={(e) => {
          load();
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={field}
        data-testid={testId}
      />
      <ul
        id={listId}
        role="listbox"
        aria-multiselectable="true"
        aria-label={label}
        hidden={!open}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow-lg"
        data-testid={`${testId}-options`}
      >
        {waiting || loaded.status === "failed" || matches.length === 0 ? (
          <li role="option" aria-selected="false" aria-disabled="true" className="px-2 py-1 text-slate-500" data-testid="combobox-status">
            {waiting ? t("options.loading") : loaded.status === "failed" ? t("options.loadFailed") : t("filters.noMatch")}
          </li>
        ) : (
          matches.map((o, i) => (
            <li
              key={o.value}
              id={optionId(i)}
              role="option"
              aria-selected={selected.includes(o.value)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => toggle(o.value)}
              onMouseMove={() => setActive(i)}
              className={`flex cursor-pointer gap-2 px-2 py-1 ${i === active ? "bg-brand-50" : ""}`}
              data-testid="combobox-option"
              data-value={o.value}
            >
              <span aria-hidden="true" className="w-4 text-brand-700">
                {selected.includes(o.value) ? "✓" : ""}
              </span>
              <span>
                {o.label}
                {o.code ? <span className="ml-1 text-slate-500">{o.code}</span> : null}
                {o.other ? (
                  <span lang={o.otherLang} className="ml-1.5 text-slate-500">
                    {o.other}
                  </span>
                ) : null}
              </span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
