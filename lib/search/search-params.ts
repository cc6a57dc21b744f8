import { z } from "zod";
import { ENTITY_KINDS } from "@/db/schema";

export const SEARCH_KINDS = [...ENTITY_KINDS, "article"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(item));

/** Query-string contract shared by GET /api/search and the /search page. */
export const searchParamsSchema = z
  .object({
    q: z.string().max(200, "q is at most 200 characters").optional().default(""),
    kind: csv(z.enum(SEARCH_KINDS, { message: `kind must be one of ${SEARCH_KINDS.join(", ")}` })),
    country: csv(
      z
        .string()
        .regex(/^[A-Za-z]{3}$/, "country is an ISO 3166-1 alpha-3 code")
        .transform((s) => s.toUpperCase()),
    ),
    organisation: csv(z.string().regex(/^[a-z0-9-]+$/, "organisation is a slug")),
    language: z.enum(["zh", "en"], { message: "language is zh or en" }).optional(),
    yearFrom: z.coerce
      .number({ error: "yearFrom is a year, e.g. 2024" })
      .int("yearFrom is a year, e.g. 2024")
      .min(1900, "yearFrom is 1900 or later")
      .max(2100, "yearFrom is 2100 or earlier")
      .optional(),
    yearTo: z.coerce
      .number({ error: "yearTo is a year, e.g. 2025" })
      .int("yearTo is a year, e.g. 2025")
      .min(1900, "yearTo is 1900 or later")
      .max(2100, "yearTo is 2100 or earlier")
      .optional(),
    limit: z.coerce.number({ error: "limit is a whole number" }).int("limit is a whole number").min(1, "limit is at least 1").max(300, "limit is at most 300").default(20),
    offset: z.coerce.number({ error: "offset is a whole number" }).int("offset is a whole number").min(0, "offset is at least 0").max(10000, "offset is at most 10000").default(0),
  })
  .refine((v) => v.yearFrom === undefined || v.yearTo === undefined || v.yearFrom <= v.yearTo, { message: "yearFrom must not be after yearTo", path: ["yearFrom"] });
export type SearchQuery = z.output<typeof searchParamsSchema>;

export function parseSearchParams(input: Record<string, string | string[] | undefined>) {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    const value = Array.isArray(v) ? v.filter(Boolean).join(",") : v;
    // An empty field of the plain HTML form ("yearFrom=") means "not set".
    if (value !== undefined && value !== "") flat[k] = value;
  }
  return searchParamsSchema.safeParse(flat);
}

/** Filter groups that are also facets: their counts ignore their own filter (so other values stay visible). */
export const FACET_GROUPS = ["kind", "country", "organisation", "language"] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];
/** Index attribute behind each facet group. */
export const FACET_ATTRIBUTE: Record<FacetGroup, string> = { kind: "kind", country: "countries", organisation: "organisations", language: "language" };

/** The same query with one filter group (or all of them) removed. */
export function withoutFilter(query: SearchQuery, group: FacetGroup | "all"): SearchQuery {
  if (group === "all") return { ...query, kind: [], country: [], organisation: [], language: undefined, yearFrom: undefined, yearTo: undefined };
  if (group === "language") return { ...query, language: undefined };
  return { ...query, [group]: [] };
}

/** Meilisearch filter expression for the query's filters (values are validated above, quoted anyway). */
export function buildMeiliFilter(query: SearchQuery): string[] {
  const quote = (s: string) => `"${s.replace(/["\\]/g, "")}"`;
  const filters: string[] = [];
  if (query.kind.length) filters.push(`kind IN [${query.kind.map(quote).join(", ")}]`);
  if (query.country.length) filters.push(`countries IN [${query.country.map(quote).join(", ")}]`);
  if (query.organisation.length) filters.push(`organisations IN [${query.organisation.map(quote).join(", ")}]`);
  if (query.language) filters.push(`language = ${quote(query.language)}`);
  if (query.yearFrom !== undefined) filters.push(`year >= ${query.yearFrom}`);
  if (query.yearTo !== undefined) filters.push(`year <= ${query.yearTo}`);
  return filters;
}
