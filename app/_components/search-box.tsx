import { useTranslations } from "next-intl";
import { useLocalizeHref } from "./locale-link";

/** A plain GET form to /search: works without JavaScript. The /search page adds search-as-you-type. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const t = useTranslations();
  const href = useLocalizeHref();
  return (
    <form action={href("/search")} method="get" role="search" className="flex max-w-2xl gap-2">
      <label htmlFor="home-search" className="sr-only">
        {t("searchBox.label")}
      </label>
      <input
        id="home-search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t("searchBox.placeholder")}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:outline-none"
        data-testid="home-search-input"
      />
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        {t("searchBox.submit")}
      </button>
    </form>
  );
}
