import { z } from "zod";
import { ENTITY_KINDS, LANGUAGES, RELATION_ROLES } from "@/db/schema";
import { isPartialDate } from "@/lib/dates/partial-date";

/** Input limits: every string and list is bounded so no request can store unbounded text. */
export const LIMITS = { name: 300, description: 5000, alias: 200, aliases: 100, sources: 50, url: 2000, note: 500, slug: 120 } as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** A partial ISO date: 2024, 2024-12 or 2024-12-03; the shape is the precision. */
export const partialDateSchema = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isPartialDate(v), "use YYYY, YYYY-MM or YYYY-MM-DD (a real date)");

/** Only web links: javascript:, data: and the like are refused so a stored link can never run script. */
export const webUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.url, `at most ${LIMITS.url} characters`)
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "https:" || u.protocol === "http:";
    } catch {
      return false;
    }
  }, "must be an http(s) URL");

export const slugSchema = z
  .string()
  .trim()
  .min(1, "required")
  .max(LIMITS.slug, `at most ${LIMITS.slug} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case letters, digits and single hyphens");

export const aliasInputSchema = z.object({
  alias: z.string().trim().min(1).max(LIMITS.alias, `at most ${LIMITS.alias} characters`),
  language: z.enum(LANGUAGES).nullable(),
  // (left out by the edit form, which has no place for them: an alias kept from before keeps its type and whether
  // it is linked on, so that saving a description does not make "中非" a link to the Central African Republic)
  aliasType: z.string().trim().max(30).optional(),
  linkable: z.boolean().optional(),
});

export const sourceInputSchema = z.object({ url: webUrlSchema, note: optionalText(LIMITS.note) });

export const entityInputSchema = z
  .object({
    kind: z.enum(ENTITY_KINDS),
    slug: slugSchema,
    nameEn: z.string().trim().min(1, "an English name is required").max(LIMITS.name, `at most ${LIMITS.name} characters`),
    nameZh: optionalText(LIMITS.name),
    description: optionalText(LIMITS.description),
    subtype: optionalText(60),
    date: partialDateSchema,
    endDate: partialDateSchema,
    iso2: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "two letters")
      .nullish()
      .or(z.literal("").transform(() => null))
      .transform((v) => v ?? null),
    iso3: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "three letters")
      .nullish()
      .or(z.literal("").transform(() => null))
      .transform((v) => v ?? null),
    unMember: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
    symbol: optionalText(100),
    unBody: optionalText(120),
    session: z.coerce
      .number()
      .int()
      .min(1)
      .max(300)
      .nullish()
      .transform((v) => v ?? null),
    adoptionMethod: z
      .enum(["vote", "consensus"])
      .nullish()
      .transform((v) => v ?? null),
    vote: optionalText(40),
    location: optionalText(300),
    aliases: z.array(aliasInputSchema).max(LIMITS.aliases, `at most ${LIMITS.aliases} aliases`).default([]),
    sources: z.array(sourceInputSchema).max(LIMITS.sources, `at most ${LIMITS.sources} sources`).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.date && v.endDate && v.endDate < v.date) ctx.addIssue({ code: "custom", path: ["endDate"], message: "ends before it starts" });
    if (v.kind === "country" && (!v.iso2 || !v.iso3)) ctx.addIssue({ code: "custom", path: [v.iso3 ? "iso2" : "iso3"], message: "countries need ISO codes" });
    const seen = new Set<string>();
    v.aliases.forEach((a, i) => {
      if (seen.has(a.alias)) ctx.addIssue({ code: "custom", path: ["aliases", i], message: `"${a.alias}" is listed twice` });
      seen.add(a.alias);
    });
  });
export type EntityInput = z.output<typeof entityInputSchema>;

/** What can change on an existing relation (its ends and role are its identity: change those by remove + add). */
const relationDetailFields = {
  date: partialDateSchema,
  sourceUrl: webUrlSchema
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((v) => v ?? null),
  note: optionalText(LIMITS.note),
};

export const relationInputSchema = z
  .object({
    subjectId: z.coerce.number().int().positive(),
    objectId: z.coerce.number().int().positive(),
    role: z.enum(RELATION_ROLES),
    ...relationDetailFields,
  })
  .refine((v) => v.subjectId !== v.objectId, { path: ["objectId"], message: "an entity cannot relate to itself" });
export type RelationInput = z.output<typeof relationInputSchema>;

/** Editing a relation in place: date, source, note, and confirming a suggestion from ingestion. */
export const relationDetailsSchema = z.object({ ...relationDetailFields, confirm: z.boolean().default(false) }).strict();
export type RelationDetails = z.output<typeof relationDetailsSchema>;

/** An entity chosen by kind and URL key (slug, or ISO3 for countries): what an editor can type or pick. */
export const entityRefSchema = z.object({ kind: z.enum(ENTITY_KINDS), key: z.string().trim().min(1).max(200) });

/**
 * Adding a relation, seen from the entity being edited: it is the subject (outgoing) or the object (incoming).
 * The one schema for the API's POST body and the edit page's form (through relationRequestFromForm).
 */
export const relationRequestSchema = z
  .object({
    role: z.enum(RELATION_ROLES),
    direction: z.enum(["outgoing", "incoming"]).default("outgoing"),
    other: entityRefSchema,
    ...relationDetailFields,
  })
  .strict();
export type RelationRequest = z.output<typeof relationRequestSchema>;

const lines = (v: FormDataEntryValue | null) =>
  typeof v === "string"
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : null);

/**
 * The edit form's flat fields → the entity input shape. Aliases come one per line in three boxes (Chinese,
 * English, language-neutral such as symbols and acronyms); sources one URL per line, optionally followed by
 * a space and a note.
 */
export function entityInputFromForm({ form }: { form: FormData }): unknown {
  const aliases = [
    ...lines(form.get("aliasesZh")).map((alias) => ({ alias, language: "zh" as const })),
    ...lines(form.get("aliasesEn")).map((alias) => ({ alias, language: "en" as const })),
    ...lines(form.get("aliasesOther")).map((alias) => ({ alias, language: null })),
  ];
  const sources = lines(form.get("sources")).map((line) => {
    const [url, ...note] = line.split(/\s+/);
    return { url, note: note.join(" ") || null };
  });
  const unMember = text(form.get("unMember"));
  return {
    kind: text(form.get("kind")),
    slug: text(form.get("slug")),
    nameEn: text(form.get("nameEn")),
    nameZh: text(form.get("nameZh")),
    description: text(form.get("description")),
    subtype: text(form.get("subtype")),
    date: text(form.get("date")),
    endDate: text(form.get("endDate")),
    iso2: text(form.get("iso2")),
    iso3: text(form.get("iso3")),
    unMember: unMember === null || unMember === "" ? null : unMember === "yes",
    symbol: text(form.get("symbol")),
    unBody: text(form.get("unBody")),
    session: text(form.get("session")) || null,
    adoptionMethod: text(form.get("adoptionMethod")) || null,
    vote: text(form.get("vote")),
    location: text(form.get("location")),
    aliases,
    sources,
  };
}

/** The add-relation form's flat fields → the relation request shape (empty fields are absent). */
export function relationRequestFromForm({ form }: { form: FormData }): unknown {
  return {
    role: text(form.get("role")),
    direction: text(form.get("direction")) || undefined,
    other: { kind: text(form.get("otherKind")), key: text(form.get("otherKey")) },
    date: text(form.get("date")),
    note: text(form.get("note")),
    sourceUrl: text(form.get("sourceUrl")),
  };
}

/** The relation edit form's fields → the relation details shape (the checkbox is "on" when ticked). */
export function relationDetailsFromForm({ form }: { form: FormData }): unknown {
  return { date: text(form.get("date")), sourceUrl: text(form.get("sourceUrl")), note: text(form.get("note")), confirm: form.get("confirm") === "on" };
}

/** Zod issues → one message per form field (first wins), e.g. { date: "use YYYY…", aliases: "…" }. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
