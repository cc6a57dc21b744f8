"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";

export type Why = { matched: string; form: string; rule: string };

/**
 * A disclosure button that shows why a link was made; click, tap, Enter/Space open it, Escape closes it. Its
 * words come from the catalogue's "why" section, which the article page hands to the client.
 */
export function WhyPopover({ why, name }: { why: Why; name: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);
  return (
    <span ref={root} className="relative inline-block align-baseline">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t("why.buttonLabel", { name })}
        onClick={() => setOpen((o) => !o)}
        className="ml-0.5 rounded px-0.5 align-super text-[0.65rem] leading-none text-brand-700 underline hover:bg-brand-50"
        data-testid="why-button"
      >
        {t("why.button")}
      </button>
      {open ? (
        <span
          id={id}
          role="dialog"
          aria-label={t("why.buttonLabel", { name })}
          className="absolute left-0 top-full z-20 mt-1 block w-72 rounded border border-slate-300 bg-white p-2 text-left text-xs leading-snug text-slate-800 shadow-lg"
          data-testid="why-popover"
        >
          <span className="block">
            <span className="font-medium">{t("why.matched")}</span> “{why.matched}”
          </span>
          <span className="block">
            <span className="font-medium">{t("why.form")}</span> {why.form}
          </span>
          <span className="block" data-testid="why-rule" data-rule={why.rule}>
            <span className="font-medium">{t("why.rule")}</span> {t.has(`why.rules.${why.rule}`) ? t(`why.rules.${why.rule}`) : why.rule}
          </span>
        </span>
      ) : null}
    </span>
  );
}
