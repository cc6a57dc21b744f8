/** A plain GET form to /search: works without JavaScript. The /search page adds search-as-you-type. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex max-w-2xl gap-2">
      <label htmlFor="home-search" className="sr-only">Search initiatives, resolutions, countries, organisations, events and articles</label>
      <input
        id="home-search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search: Global AI Governance Initiative, 之友小组, A/RES/78/311 …"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:outline-none"
        data-testid="home-search-input"
      />
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">Search</button>
    </form>
  );
}
