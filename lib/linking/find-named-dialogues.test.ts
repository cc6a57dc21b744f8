import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// A dialogue of two states the atlas holds, named by what it is ("their first talks on AI in Mombasa"). The states,
// the dialogue and the sentences are invented for these tests (not taken from the labelled fixtures).
const { country, nextId } = entryBuilders({ firstId: 9700 });
const kenya = country("KEN", "Kenya", "肯尼亚");
const uganda = country("UGA", "Uganda", "乌干达");
const tanzania = country("TZA", "Tanzania", "坦桑尼亚");
const dialogue: GazetteerEntry = {
  id: nextId(),
  kind: "event",
  slug: "kenya-uganda-ai-dialogue-2031",
  nameEn: "First meeting of the Kenya-Uganda intergovernmental dialogue on AI",
  nameZh: "肯乌人工智能政府间对话首次会议",
  date: "2031-03-04",
  aliases: [{ alias: "Kenya-Uganda AI talks Mombasa", aliasType: "short", language: "en" }],
  relatedIds: [kenya.id, uganda.id],
};
const gazetteer = buildGazetteer({ entries: [kenya, uganda, tanzania, dialogue] });
const link = (body: string, publishedAt: string | null = null) => linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer, model: null });
const dialogueMentions = (body: string, publishedAt: string | null = null) => link(body, publishedAt).mentions.filter((m) => m.entityId === dialogue.id);
const participants = (body: string, publishedAt: string | null = null) =>
  link(body, publishedAt)
    .relations.filter((r) => r.objectId === dialogue.id && r.role === "participant")
    .map((r) => gazetteer.entries.get(r.subjectId)!.iso3)
    .sort();

describe("findNamedDialogues: a dialogue of two states named by what it is", () => {
  it("reads the two states, talks on AI and the place its names give as that dialogue, and both states as taking part", () => {
    const body = "Kenya and Uganda will hold formal government-to-government talks on artificial intelligence in Mombasa on Tuesday.";
    const found = dialogueMentions(body);
    expect(found).toHaveLength(1);
    expect(found[0].why).toMatchObject({ matched: "talks", rule: "description" });
    expect(participants(body)).toEqual(["KEN", "UGA"]);
  });

  it("takes 'first' said of the talks for the dialogue named as the first meeting, within a year of it", () => {
    expect(dialogueMentions("Kenya and Uganda held their first formal discussion of AI risks last week.", "2031-03-12")).toHaveLength(1);
    // two years on, a first is another one
    expect(dialogueMentions("It would be the first official discussion of AI between Kenya and Uganda under the new government.", "2033-05-07")).toHaveLength(0);
    // "first" said of something else in the sentence
    expect(dialogueMentions("Kenya has proposed a formal AI dialogue to Uganda, a paper first reported on this dialogue.", null)).toHaveLength(0);
  });

  it("takes an article written within a month of the dialogue, and not one written a year later", () => {
    expect(dialogueMentions("Kenya and Uganda discussed AI safety in talks this week.", "2031-03-06")).toHaveLength(1);
    expect(dialogueMentions("Kenya and Uganda discussed AI safety in talks this week.", "2032-06-01")).toHaveLength(0);
  });

  it("reads nothing for another round, a third state, or a count of states", () => {
    expect(dialogueMentions("Kenya and Uganda will hold a second round of AI talks in Mombasa.")).toHaveLength(0);
    expect(dialogueMentions("Kenya, Uganda and Tanzania held talks on AI in Mombasa.")).toHaveLength(0);
    expect(dialogueMentions("Kenya, Uganda and 28 countries held talks on AI in Mombasa.")).toHaveLength(0);
  });

  it("lets a third state stand as where they met", () => {
    expect(dialogueMentions("Kenya and Uganda met in Tanzania for their first formal discussion of AI risks.", "2031-03-20")).toHaveLength(1);
  });

  it("reads a Chinese report of the first dialogue", () => {
    expect(dialogueMentions("肯尼亚和乌干达首次就人工智能举行政府间对话。", "2031-03-05")).toHaveLength(1);
    expect(participants("肯尼亚和乌干达首次就人工智能举行政府间对话。", "2031-03-05")).toEqual(["KEN", "UGA"]);
  });
});
