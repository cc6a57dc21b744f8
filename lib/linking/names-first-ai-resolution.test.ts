import { describe, expect, it } from "vitest";
import { linkArticle } from "./link-article";
import { namesFirstAiResolution } from "./names-first-ai-resolution";
import { testGazetteer } from "@/tests/helpers/test-gazetteer";

describe("namesFirstAiResolution", () => {
  it.each([
    "The United Nations General Assembly has taken a step forward by unanimously adopting its first global resolution on artificial intelligence (AI).",
    "White House hails first UN AI resolution as 'landmark achievement'",
    "The UN General Assembly's first-ever AI resolution called for safe, secure and trustworthy AI.",
    "据介绍,这是联合国大会首次就监管人工智能这一新兴领域通过决议。",
    "美国在联合国带头推动首宗人工智能决议草案。",
  ])("names it: %s", (sentence) => {
    expect(namesFirstAiResolution({ sentence })).toBe(true);
  });

  it.each([
    // another body's first resolution, or none of the UN's
    "The Security Council's first resolution on AI is still far off.",
    "The city council adopted its first resolution on AI last week.",
    // a narrower, later text
    "A UN General Assembly committee has adopted its first resolution on the military use of artificial intelligence.",
    "China's first UN resolution on AI capacity-building was adopted in July.",
    "这是联合国大会首次就人工智能能力建设通过决议。",
  ])("does not: %s", (sentence) => {
    expect(namesFirstAiResolution({ sentence })).toBe(false);
  });
});

describe("the first UN resolution on AI, in an article whose only date is older", () => {
  const gz = testGazetteer();
  const resolutions = (body: string) =>
    linkArticle({ body, publishedAt: null, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null })
      .mentions.filter((m) => m.kind === "resolution")
      .map((m) => gz.entries.get(m.entityId)!.slug);

  it("is still the earliest AI resolution: a photo caption's date is not the article's", () => {
    const caption = "A sign was displayed at a conference in Shanghai on July 6, 2023. [Source: Reuters]\n\n";
    expect(resolutions(`${caption}The United Nations General Assembly has taken a step by unanimously adopting its first global resolution on artificial intelligence.`)).toEqual([
      "unga-res-78-265",
    ]);
    // (a resolution described only by "first", with nothing to say which body's, still waits for the Assembly's date)
    expect(resolutions(`${caption}Officials discussed the first resolution on the topic.`)).toEqual([]);
  });
});
