import type { EntitySnapshot } from "@/db/queries/history";
import type { EntityKind } from "@/db/schema";

/** What the entity form shows and posts, all as strings (empty = not set). */
export type EntityFormValues = {
  entityId: number | null;
  kind: EntityKind;
  slug: string;
  nameEn: string;
  nameZh: string;
  description: string;
  subtype: string;
  date: string;
  endDate: string;
  iso2: string;
  iso3: string;
  unMember: "" | "yes" | "no";
  symbol: string;
  unBody: string;
  session: string;
  adoptionMethod: string;
  vote: string;
  location: string;
  aliasesZh: string;
  aliasesEn: string;
  aliasesOther: string;
  sources: string;
};

const s = (v: string | number | null | undefined) => (v == null ? "" : String(v));

export function emptyFormValues(kind: EntityKind): EntityFormValues {
  return formValuesOf({ id: null, snapshot: { kind, slug: "", nameEn: "", nameZh: null, aliases: [], sources: [] } as unknown as EntitySnapshot });
}

/** A stored entity → the flat strings the form shows. */
export function formValuesOf({ id, snapshot: e }: { id: number | null; snapshot: EntitySnapshot }): EntityFormValues {
  return {
    entityId: id,
    kind: e.kind,
    slug: e.slug,
    nameEn: e.nameEn,
    nameZh: s(e.nameZh),
    description: s(e.description),
    subtype: s(e.subtype),
    date: s(e.date),
    endDate: s(e.endDate),
    iso2: s(e.iso2),
    iso3: s(e.iso3),
    unMember: e.unMember == null ? "" : e.unMember ? "yes" : "no",
    symbol: s(e.symbol),
    unBody: s(e.unBody),
    session: s(e.session),
    adoptionMethod: s(e.adoptionMethod),
    vote: s(e.vote),
    location: s(e.location),
    aliasesZh: e.aliases
      .filter((a) => a.language === "zh")
      .map((a) => a.alias)
      .join("\n"),
    aliasesEn: e.aliases
      .filter((a) => a.language === "en")
      .map((a) => a.alias)
      .join("\n"),
    aliasesOther: e.aliases
      .filter((a) => a.language === null)
      .map((a) => a.alias)
      .join("\n"),
    sources: e.sources
      .filter((x) => x.url && !x.articleId)
      .map((x) => (x.note ? `${x.url} ${x.note}` : x.url))
      .join("\n"),
  };
}
