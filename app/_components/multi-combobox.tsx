"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { matchComboboxOptions, type ComboboxOption } from "@/lib/i18n/match-combobox-options";

const SHOWN = 60;
const noSubscribe = () => () => {};

/**
 * A searchable multi-select (ARIA 1.2 combobox with a listbox popup) over a plain form field: type "Zam",
 * "赞比" or "ZMB", pick with arrows and Enter or a click, remove with the chips (or Backspace in an empty box).
 * The chosen values are submitted as repeated `name` fields, exactly what the multi-select sent. Without
 * JavaScript (and before hydration) it is that native <select multiple>, so the form works as before.
 */
export function MultiCombobox({ name, label, options, selected: initial, testId }: { name: string; label: string; options: ComboboxOption[]; selected: string[]; testId: string }) {
  const t = useTranslations();
  const enhanced = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const [selected, setSelected] = useState(initial);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const matches = useMemo(() => matchComboboxOptions({ options, query }).slice(0, SHOWN), [options, query]);
  const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

  if (!enhanced) {
    return (
      <label className="block text-sm">
        <span className="text-slate-600">{label}</span>
        <select name={name} multiple size={5} defaultValue={initial} className={field} data-testid={testId}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
              {o.code ? ` (${o.code})` : ""}
              {o.other ? ` · ${o.other}` : ""}
            </option>
          ))}
        </select>
      </label>
    );
  }

  const toggle = (value: string) => {
    setSelected((s) => (s.includes(value) ? s.filter((v) => v !== value) : [...s, value]));
    setQuery("");
    setActive(0);
    inputRef.current?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter" && open && matches[active]) {
      e.preventDefault();
      toggle(matches[active].value);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === "Backspace" && !query && selected.length) {
      setSelected((s) => s.slice(0, -1));
    }
  };
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

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
        aria-activedescendant={open && matches[active] ? optionId(active) : undefined}
        value={query}
        placeholder={t("filters.typeToFilter")}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
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
        {matches.length === 0 ? (
          <li role="option" aria-selected="false" aria-disabled="true" className="px-2 py-1 text-slate-500">
            {t("filters.noMatch")}
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
