import { describe, expect, it } from "vitest";
import {
  entityInputFromForm,
  entityInputSchema,
  fieldErrorsOf,
  relationDetailsFromForm,
  relationDetailsSchema,
  relationRequestFromForm,
  relationRequestSchema,
} from "./entity-form-schema";
import { formDataOf as form } from "@/tests/helpers/form-data";

describe("entity form → input", () => {
  it("splits aliases by language and sources by line", () => {
    const parsed = entityInputSchema.parse(
      entityInputFromForm({
        form: form({
          kind: "initiative",
          slug: "gaigi",
          nameEn: "Global AI Governance Initiative",
          date: "2023-10",
          aliasesZh: "全球人工智能治理倡议\n 治理倡议 ",
          aliasesOther: "GAIGI",
          sources: "https://example.org/a official text\nhttps://example.org/b",
        }),
      }),
    );
    // (the form says nothing of an alias's type or linking: the stored ones are kept, see update-entity.ts)
    expect(parsed.aliases).toEqual([
      { alias: "全球人工智能治理倡议", language: "zh" },
      { alias: "治理倡议", language: "zh" },
      { alias: "GAIGI", language: null },
    ]);
    expect(parsed.sources).toEqual([
      { url: "https://example.org/a", note: "official text" },
      { url: "https://example.org/b", note: null },
    ]);
    expect(parsed.date).toBe("2023-10");
  });
  it("gives field errors for bad dates, script URLs, bad slugs and over-long text", () => {
    const result = entityInputSchema.safeParse(
      entityInputFromForm({ form: form({ kind: "event", slug: "Bad Slug", nameEn: "x".repeat(301), date: "2024-02-30", sources: "javascript:alert(1)" }) }),
    );
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["date", "nameEn", "slug", "sources"]);
    expect(errors.date).toMatch(/YYYY/);
    expect(errors.sources).toMatch(/http/);
  });
  it("refuses an end before the start and a country without ISO codes", () => {
    const e = entityInputSchema.safeParse({ kind: "event", slug: "e", nameEn: "E", date: "2025-05", endDate: "2025-04" });
    expect(fieldErrorsOf(e.error!).endDate).toMatch(/before/);
    const c = entityInputSchema.safeParse({ kind: "country", slug: "zzz", nameEn: "Z" });
    expect(c.success).toBe(false);
  });
});

describe("relation forms and API bodies: one schema", () => {
  it("reads the add-relation form as the API's body shape, empty fields absent", () => {
    const parsed = relationRequestSchema.parse(
      relationRequestFromForm({ form: form({ role: "member", otherKind: "country", otherKey: " CHN ", date: "", note: "", sourceUrl: "" }) }),
    );
    expect(parsed).toEqual({ role: "member", direction: "outgoing", other: { kind: "country", key: "CHN" }, date: null, note: null, sourceUrl: null });
    const api = relationRequestSchema.parse({ role: "member", direction: "incoming", other: { kind: "country", key: "CHN" }, date: "2024-05", sourceUrl: "https://example.org/a" });
    expect(api).toMatchObject({ direction: "incoming", date: "2024-05", note: null, sourceUrl: "https://example.org/a" });
  });

  it("refuses the same bad fields from either", () => {
    const bad = { role: "member", otherKind: "country", otherKey: "CHN", date: "2024-13", sourceUrl: "javascript:alert(1)", note: "x".repeat(501) };
    const fromForm = relationRequestSchema.safeParse(relationRequestFromForm({ form: form(bad) }));
    const fromApi = relationRequestSchema.safeParse({ role: "member", other: { kind: "country", key: "CHN" }, date: bad.date, sourceUrl: bad.sourceUrl, note: bad.note });
    expect(fromForm.success || fromApi.success).toBe(false);
    if (fromForm.success || fromApi.success) return;
    expect(Object.keys(fieldErrorsOf(fromForm.error)).sort()).toEqual(["date", "note", "sourceUrl"]);
    expect(fieldErrorsOf(fromApi.error)).toEqual(fieldErrorsOf(fromForm.error));
  });

  it("reads the relation edit form, the checkbox as confirm", () => {
    expect(relationDetailsSchema.parse(relationDetailsFromForm({ form: form({ date: "2025", sourceUrl: "", note: " seen ", confirm: "on" }) }))).toEqual({
      date: "2025",
      sourceUrl: null,
      note: "seen",
      confirm: true,
    });
  });
});
