import { z } from "zod";
import { ENTITY_KINDS, type EntityKind } from "@/db/schema";

const ISO3 = /^[A-Za-z]{3}$/;

/** A path segment that can be an ISO 3166-1 alpha-3 code (case-insensitive); returns it upper-cased. */
export const iso3Schema = z
  .string()
  .trim()
  .regex(ISO3, "a country is addressed by its three-letter ISO 3166-1 code, e.g. ZMB")
  .transform((s) => s.toUpperCase());

const SELECTABLE_KINDS = ENTITY_KINDS.filter((k) => k !== "country") as Exclude<EntityKind, "country">[];

/** `?selection=<kind>:<slug>` — one initiative, resolution, organisation or event; empty means none. */
export const selectionSchema = z
  .string()
  .trim()
  .max(250)
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const i = value.indexOf(":");
    const kind = value.slice(0, i) as Exclude<EntityKind, "country">;
    const slug = value.slice(i + 1);
    if (i <= 0 || !SELECTABLE_KINDS.includes(kind) || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      ctx.addIssue({ code: "custom", message: `selection must look like <${SELECTABLE_KINDS.join("|")}>:<slug>` });
      return z.NEVER;
    }
    return { kind, slug };
  });
export type Selection = { kind: Exclude<EntityKind, "country">; slug: string };

export function selectionParam(selection: Selection | null): string {
  return selection ? `${selection.kind}:${selection.slug}` : "";
}

/** Sortable columns of the countries table: fixed ones plus "role:<role>" and "kind:<kind>". */
export const tableSortSchema = z
  .string()
  .regex(/^(name|total|articles|iso3|role:[a-z-]+|kind:(initiative|resolution|event|organisation))$/)
  .catch("total");
export const sortDirSchema = z.enum(["asc", "desc"]).catch("desc");

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** /countries search params: invalid sort falls back quietly; an invalid selection is reported. */
export function parseCountriesParams(params: Record<string, string | string[] | undefined>) {
  const selection = selectionSchema.safeParse(first(params.selection));
  return {
    sort: tableSortSchema.parse(first(params.sort)),
    dir: sortDirSchema.parse(first(params.dir)),
    selection: selection.success ? selection.data : null,
    selectionError: selection.success ? null : (selection.error.issues[0]?.message ?? "invalid selection"),
  };
}

/** `?countries=CHN,ZMB,FRA`: 1–6 distinct ISO3 codes, separated by commas or spaces. */
export const compareCountriesSchema = z
  .string()
  .trim()
  .min(1, "name at least one country, e.g. ?countries=CHN,ZMB")
  .transform((s) => [
    ...new Set(
      s
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase()),
    ),
  ])
  .pipe(
    z
      .array(z.string().regex(/^[A-Z]{3}$/, "use three-letter ISO 3166-1 codes, e.g. CHN,ZMB,FRA"))
      .min(1, "name at least one country, e.g. ?countries=CHN,ZMB")
      .max(6, "compare at most six countries at once"),
  );
