import { z } from "zod";
import { isPartialDate, partialDateBounds } from "@/lib/dates/partial-date";
import { TIMELINE_KINDS, type TimelineKind } from "./timeline-item";

/** Items per timeline page: about 7 KB of page each (HTML and its React payload), so a page stays light. */
export const TIMELINE_PAGE_SIZE = 25;

/** A query string: page searchParams or a route's URLSearchParams. */
export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * Every value of a key, whether repeated (`country=ZMB&country=CHN`, what a multi-select form sends) or
 * comma-separated (`country=ZMB,CHN`, handy to type); empty values (blank form fields) are dropped.
 */
function valuesOf(raw: RawParams, key: string): string[] {
  const values = raw instanceof URLSearchParams ? raw.getAll(key) : [raw[key] ?? []].flat();
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

function firstOf(raw: RawParams, key: string): string | undefined {
  const v = raw instanceof URLSearchParams ? raw.get(key) : [raw[key] ?? []].flat()[0];
  const trimmed = v?.trim();
  return trimmed ? trimmed : undefined;
}

/** The two directions of the timeline; oldest first is the default (and the order of the exports). */
export const TIMELINE_ORDERS = ["newest", "oldest"] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

const slug = (what: string) =>
  z
    .string()
    .max(200)
    .regex(/^[a-z0-9][a-z0-9-]*$/, `${what} is a slug (lower-case letters, digits, hyphens)`);
const partialDate = (what: string) => z.string().refine(isPartialDate, `${what} is a date as YYYY, YYYY-MM or YYYY-MM-DD`);

const filtersSchema = z
  .object({
    country: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z]{3}$/, "country is an ISO 3166-1 alpha-3 code, e.g. ZMB")
          .transform((s) => s.toUpperCase()),
      )
      .max(50),
    organisation: z.array(slug("organisation")).max(50),
    initiative: z.array(slug("initiative")).max(50),
    resolution: z.array(slug("resolution")).max(50),
    kind: z.array(z.enum(TIMELINE_KINDS, { message: `kind is one of ${TIMELINE_KINDS.join(", ")}` })),
    from: partialDate("from").optional(),
    to: partialDate("to").optional(),
    q: z.string().max(200, "q is at most 200 characters").optional(),
    countryMatch: z.enum(["any", "all"], { message: "countryMatch is any or all" }).optional(),
    order: z.enum(TIMELINE_ORDERS, { message: "order is newest or oldest" }).optional(),
  })
  .refine((f) => !f.from || !f.to || partialDateBounds(f.from).first <= partialDateBounds(f.to).last, {
    message: "from must not be after to",
    path: ["from"],
  });

/** What the timeline is filtered by; every filter is in the URL so a view can be shared. */
export type TimelineFilters = {
  /** ISO3 codes; an item matches if ANY of them is linked to it (ALL of them with countryMatch "all"). */
  countries: string[];
  countryMatch?: "any" | "all";
  /** newest first or oldest first (default). */
  order?: TimelineOrder;
  organisations: string[];
  initiatives: string[];
  resolutions: string[];
  kinds: TimelineKind[];
  from?: string;
  to?: string;
  q?: string;
};

export const NO_FILTERS: TimelineFilters = { countries: [], organisations: [], initiatives: [], resolutions: [], kinds: [] };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

function dedupe<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Reads the filters from a query string (page searchParams or a route's URLSearchParams). */
export function parseTimelineFilters({ params }: { params: RawParams }): ParseResult<TimelineFilters> {
  const parsed = filtersSchema.safeParse({
    country: valuesOf(params, "country"),
    organisation: valuesOf(params, "organisation"),
    initiative: valuesOf(params, "initiative"),
    resolution: valuesOf(params, "resolution"),
    kind: valuesOf(params, "kind"),
    from: firstOf(params, "from"),
    to: firstOf(params, "to"),
    q: firstOf(params, "q"),
    countryMatch: firstOf(params, "countryMatch"),
    order: firstOf(params, "order"),
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join("; ") };
  const f = parsed.data;
  return {
    ok: true,
    value: {
      countries: dedupe(f.country),
      organisations: dedupe(f.organisation),
      initiatives: dedupe(f.initiative),
      resolutions: dedupe(f.resolution),
      kinds: dedupe(f.kind),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
      ...(f.q ? { q: f.q } : {}),
      ...(f.countryMatch === "all" ? { countryMatch: "all" as const } : {}),
      ...(f.order === "newest" ? { order: "newest" as const } : {}),
    },
  };
}

const pageSchema = z.coerce.number({ error: "page is a whole number" }).int("page is a whole number").min(1, "page is at least 1").max(100_000, "page is at most 100000");

export function parseTimelinePage({ params }: { params: RawParams }): ParseResult<number> {
  const raw = firstOf(params, "page");
  if (raw === undefined) return { ok: true, value: 1 };
  const parsed = pageSchema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0].message };
}

const windowSchema = z.object({
  limit: z.coerce.number({ error: "limit is a whole number" }).int("limit is a whole number").min(1, "limit is at least 1").max(10_000, "limit is at most 10000").default(1000),
  offset: z.coerce.number({ error: "offset is a whole number" }).int("offset is a whole number").min(0, "offset is at least 0").default(0),
});

/** limit/offset of the JSON API (exports take everything up to their own cap). */
export function parseTimelineWindow({ params }: { params: RawParams }): ParseResult<{ limit: number; offset: number }> {
  const parsed = windowSchema.safeParse({ limit: firstOf(params, "limit"), offset: firstOf(params, "offset") });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues.map((i) => i.message).join("; ") };
}

export function hasTimelineFilters({ filters }: { filters: TimelineFilters }): boolean {
  return Boolean(
    filters.countries.length ||
    filters.organisations.length ||
    filters.initiatives.length ||
    filters.resolutions.length ||
    filters.kinds.length ||
    filters.from ||
    filters.to ||
    filters.q,
  );
}

/**
 * The query string of a filter set (repeated keys, as the filter form sends them), e.g. for links to the
 * exports of the current view, to the next page, or with one filter removed.
 */
export function buildTimelineQuery({ filters, page }: { filters: TimelineFilters; page?: number }): string {
  const params = new URLSearchParams();
  for (const c of filters.countries) params.append("country", c);
  for (const o of filters.organisations) params.append("organisation", o);
  for (const i of filters.initiatives) params.append("initiative", i);
  for (const r of filters.resolutions) params.append("resolution", r);
  for (const k of filters.kinds) params.append("kind", k);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.q) params.set("q", filters.q);
  if (filters.countryMatch === "all") params.set("countryMatch", "all");
  if (filters.order === "newest") params.set("order", "newest");
  if (page && page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
