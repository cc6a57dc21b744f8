import type { SelectableEntity } from "@/db/queries/countries";
import type { EntityKind } from "@/db/schema";
import { formatPartialDate, isPartialDate } from "@/lib/dates/partial-date";
import { KIND_LABELS } from "@/lib/entities/entity-url";
import { AutoSubmitSelect } from "./auto-submit-select";

const KINDS: EntityKind[] = ["initiative", "resolution", "organisation", "event"];

function optionLabel(e: SelectableEntity): string {
  const date = e.date && isPartialDate(e.date) ? ` (${formatPartialDate({ date: e.date })})` : "";
  const name = e.kind === "resolution" && e.symbol ? `${e.symbol}: ${e.nameEn}` : e.nameEn;
  return `${name}${date} — ${e.countries} ${e.countries === 1 ? "country" : "countries"}`;
}

/** A plain GET form (works without JS); with JS the map updates as soon as the choice changes. */
export function SelectionForm({ options, value }: { options: readonly SelectableEntity[]; value: string }) {
  return (
    <form method="get" action="/countries" className="flex flex-wrap items-end gap-2" data-testid="selection-form">
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        <span className="text-slate-600">Show who takes part in…</span>
        <AutoSubmitSelect
          name="selection"
          defaultValue={value}
          className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
          data-testid="selection-select"
        >
          <option value="">Everything (all initiatives, resolutions, organisations and events)</option>
          {KINDS.map((kind) => {
            const list = options.filter((o) => o.kind === kind);
            return list.length ? (
              <optgroup key={kind} label={KIND_LABELS[kind].plural}>
                {list.map((o) => (
                  <option key={o.id} value={`${o.kind}:${o.slug}`}>
                    {optionLabel(o)}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </AutoSubmitSelect>
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700" data-testid="selection-submit">
        Show
      </button>
    </form>
  );
}
