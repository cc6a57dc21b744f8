"use client";

import { useTranslations } from "next-intl";

/** Shown instead of any unexpected server error: a plain message, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <div className="space-y-3" data-testid="error-page">
      <h1 className="text-2xl font-semibold">{t("error.title")}</h1>
      <p className="text-slate-600">{t("error.text")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700">
        {t("error.retry")}
      </button>
    </div>
  );
}
