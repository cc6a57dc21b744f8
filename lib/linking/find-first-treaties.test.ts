import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { findFirstTreaties } from "./find-first-treaties";
import type { GazetteerEntry } from "./types";

// Sentences written for these tests. "The global AI treaty" without "first" names the atlas's AI treaty only when
// the atlas holds one.
const treaty = (id: number, slug: string, nameEn: string, date: string): GazetteerEntry => ({ id, kind: "initiative", slug, nameEn, nameZh: null, date, aliases: [] });
const oneTreaty = buildGazetteer({ entries: [treaty(1, "andean-ai-convention", "Andean Convention on Artificial Intelligence", "2024-05-17")] });
const twoTreaties = buildGazetteer({
  entries: [treaty(1, "andean-ai-convention", "Andean Convention on Artificial Intelligence", "2024-05-17"), treaty(2, "pacific-ai-treaty", "Pacific Treaty on AI", "2026-01-01")],
});
const named = ({ text, gazetteer }: { text: string; gazetteer: ReturnType<typeof buildGazetteer> }) =>
  findFirstTreaties({ gazetteer, text, mentions: [] }).map((m) => ({ surface: m.surface, slug: gazetteer.entries.get(m.entityId)!.slug }));

describe("'the global AI treaty', 'an international treaty on artificial intelligence'", () => {
  it.each([["Chile and Peru are among the first signatories of the global AI treaty."], ["Chile is preparing to sign an international treaty on artificial intelligence."]])(
    "%s names the atlas's one AI treaty",
    (text) => {
      expect(named({ text, gazetteer: oneTreaty }).map((m) => m.slug)).toEqual(["andean-ai-convention"]);
    },
  );
  it("not when the atlas holds two", () => {
    expect(named({ text: "Chile and Peru are among the first signatories of the global AI treaty.", gazetteer: twoTreaties })).toEqual([]);
  });
  it.each([
    ["Chile called for a global treaty on AI."],
    ["Peru wants a new international AI treaty."],
    ["Chile signed the Lima Declaration, a global treaty on AI in all but name."],
    ["Peru backs an international AI treaty for the military domain."],
  ])("not one called for, a new one, a loose word for a text just named, or one on military AI: %s", (text) => {
    expect(named({ text, gazetteer: oneTreaty })).toEqual([]);
  });
});
