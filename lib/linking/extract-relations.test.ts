import { describe, expect, it } from "vitest";
import { buildGazetteer, type Gazetteer } from "./gazetteer";
import { findProposedInitiatives } from "./find-proposed-initiatives";
import { linkArticle } from "./link-article";
import { resolveDates } from "./resolve-dates";
import { entryBuilders, testEntries, testGazetteer } from "@/tests/helpers/test-gazetteer";
import type { GazetteerEntry } from "./types";

const gz = testGazetteer();
const key = (id: number) => {
  const e = gz.entries.get(id)!;
  return e.iso3 ?? e.slug;
};
const triples = (body: string, language: "zh" | "en" = "en") =>
  linkArticle({ body, publishedAt: "2025-05-07T08:48:00+08:00", language, gazetteer: gz, model: null }).relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)]);

const GOF = "group-of-friends-ai-capacity-building";

/**
 * The slugs of the resolutions `body` names, linked against `gazetteer` by the readers alone; `decided`: without the
 * descriptions that fit several (a question to an editor, not a link).
 */
const linkedResolutions =
  ({ gazetteer, publishedAt = null, decided = false }: { gazetteer: Gazetteer; publishedAt?: string | null; decided?: boolean }) =>
  (body: string) =>
    linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer, model: null })
      .mentions.filter((m) => m.kind === "resolution" && (!decided || !m.why?.candidates))
      .map((m) => gazetteer.entries.get(m.entityId)!.slug);

describe("relation extraction: who did what", () => {
  it.each([
    [
      "China and Zambia co-chair the Group of Friends for International Cooperation on AI Capacity-building.",
      "en",
      [
        ["CHN", "co-chair", GOF],
        ["ZMB", "co-chair", GOF],
      ],
    ],
    [
      "中方和赞方共同担任人工智能能力建设国际合作之友小组主席。",
      "zh",
      [
        ["CHN", "co-chair", GOF],
        ["ZMB", "co-chair", GOF],
      ],
    ],
    [
      "中国与赞比亚在纽约联合国总部共同举办人工智能能力建设国际合作之友小组首次会议。",
      "zh",
      [
        ["CHN", "co-host", "group-of-friends-first-meeting-2024"],
        ["ZMB", "co-host", "group-of-friends-first-meeting-2024"],
      ],
    ],
    [
      "中国积极回应发展中国家的呼声，同赞比亚共同发起成立人工智能能力建设国际合作之友小组。",
      "zh",
      [
        ["CHN", "co-founder", GOF],
        ["ZMB", "co-founder", GOF],
      ],
    ],
    [
      "The resolution A/RES/78/311 was co-sponsored by China, Zambia and Indonesia.",
      "en",
      [
        ["CHN", "co-sponsor", "unga-res-78-311"],
        ["ZMB", "co-sponsor", "unga-res-78-311"],
        ["IDN", "co-sponsor", "unga-res-78-311"],
      ],
    ],
    ["The UN General Assembly adopted A/RES/78/311 by consensus.", "en", [["unga-res-78-311", "adopted-by", "un-general-assembly"]]],
    [
      "Delegates from France and India attended the 19th G20 Leaders' Summit (Rio de Janeiro).",
      "en",
      [
        ["FRA", "participant", "g20-rio-summit-2024"],
        ["IND", "participant", "g20-rio-summit-2024"],
      ],
    ],
    ["Zambia joined the Global AI Governance Initiative.", "en", [["ZMB", "member", "global-ai-governance-initiative"]]],
  ] as const)("%s", (text, language, expected) => {
    expect(triples(text, language)).toEqual(expected);
  });

  it.each([
    ["The United States did not sign the Global AI Governance Initiative.", "en"],
    ["India declined to join the Global AI Governance Initiative.", "en"],
    ["美国未签署全球人工智能治理倡议。", "zh"],
    ["美国没有签署全球人工智能治理倡议。", "zh"],
    ["美国拒绝加入全球人工智能治理倡议。", "zh"],
    ["A/RES/78/311 was co-sponsored by more than 120 countries.", "en"],
    ["China spoke in New York. Zambia co-sponsored nothing.", "en"],
  ] as const)("nothing from a negation, refusal, count or another sentence: %s", (text, language) => {
    expect(triples(text, language)).toEqual([]);
  });

  it("never crosses a sentence or paragraph break, and carries evidence, offsets and why", () => {
    const body = "China welcomed the talks.\n\nZambia co-chaired the Group of Friends for International Cooperation on AI Capacity-building.";
    const links = linkArticle({ body, publishedAt: null, language: "en", gazetteer: gz, model: null });
    expect(links.relations).toHaveLength(1);
    const r = links.relations[0];
    expect(key(r.subjectId)).toBe("ZMB");
    expect(body.slice(r.evidenceStart, r.evidenceStart + r.evidence.length)).toBe(r.evidence);
    expect(r.start).toBeGreaterThanOrEqual(r.evidenceStart);
    expect(r.why).toEqual({ matched: "co-chaired", form: "co-chair", rule: "pattern" });
  });

  it("the seed article's China and Zambia statements become co-host/co-founder suggestions", () => {
    const body =
      "当地时间5月6日，中国和赞比亚在纽约联合国总部共同举办人工智能能力建设国际合作之友小组会议。\n中国积极回应发展中国家的呼声和诉求，同赞比亚共同发起成立人工智能能力建设国际合作之友小组。";
    const got = triples(body, "zh");
    expect(got).toContainEqual(["CHN", "co-host", GOF]);
    expect(got).toContainEqual(["ZMB", "co-host", GOF]);
    expect(got).toContainEqual(["CHN", "co-founder", GOF]);
    expect(got).toContainEqual(["ZMB", "co-founder", GOF]);
  });
});

describe("mentions say why they were linked", () => {
  it("exact alias carries the form matched", () => {
    const m = linkArticle({ body: "The GAIGI was praised.", publishedAt: null, language: "en", gazetteer: gz, model: null }).mentions[0];
    expect(m.why).toEqual({ matched: "GAIGI", form: "GAIGI", rule: "exact-alias" });
  });
});

describe("junk proposals cannot occur", () => {
  it("a weekday ending one paragraph is not joined to the next paragraph's first words", () => {
    const text = "The ministers will meet on Thursday\n\nData Security Initiative talks went on.";
    const found = findProposedInitiatives({ text, sentences: linkArticle({ body: text, publishedAt: null, language: "en", gazetteer: gz, model: null }).sentences, mentions: [] });
    for (const p of found) {
      expect(p.nameEn).not.toMatch(/Thursday/);
      expect(p.surface).not.toMatch(/\n/);
    }
    expect(found.map((p) => p.nameEn)).toEqual(["Data Security Initiative"]);
  });

  it("a name is not proposed across a sentence break either", () => {
    const text = "Officials met in Geneva. Global Compute Initiative was announced.";
    const links = linkArticle({ body: text, publishedAt: null, language: "en", gazetteer: gz, model: null });
    expect(links.proposedEntities.map((p) => p.nameEn)).toEqual(["Global Compute Initiative"]);
  });
});

describe("long titles in other forms", () => {
  const entries = [...testGazetteer().entries.values()];
  const coe = { id: 9001, kind: "organisation" as const, slug: "council-of-europe", nameEn: "Council of Europe", nameZh: "欧洲委员会", aliases: [] };
  const convention = {
    id: 9002,
    kind: "initiative" as const,
    slug: "coe-framework-convention-ai",
    nameEn: "Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
    nameZh: "欧洲委员会人工智能与人权、民主和法治框架公约",
    aliases: [],
  };
  const gz2 = buildGazetteer({ entries: [...entries, coe, convention] });
  const link = (body: string) => linkArticle({ body, publishedAt: null, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz2, model: null });

  it.each([
    "Armenia signed the council of europe framework convention on artificial intelligence and human rights, democracy, and the rule of law.",
    "Armenia signed the Council of Europe Framework Convention on Artificial Intelligence, Human Rights, Democracy, and the Rule of Law.",
    "亚美尼亚签署了《欧洲委员会人工智能与人权、民主与法治框架公约》。",
  ])("%s", (body) => {
    const links = link(body);
    const slugs = links.mentions.map((m) => gz2.entries.get(m.entityId)!.slug);
    expect(slugs).toContain("coe-framework-convention-ai");
    // the organisation inside the title is not a separate mention, and no new entity is proposed
    expect(slugs).not.toContain("council-of-europe");
    expect(links.proposedEntities).toEqual([]);
    const m = links.mentions.find((x) => gz2.entries.get(x.entityId)!.slug === "coe-framework-convention-ai")!;
    expect(["title-variant", "exact-alias"]).toContain(m.why?.rule);
  });

  it("a short name is never matched loosely", () => {
    expect(link("The europe council met.").mentions).toEqual([]);
  });
});

describe("resolutions named by description", () => {
  const entries = testEntries();
  const idOf = (slug: string) => entries.find((e) => e.slug === slug)!.id;
  entries.find((e) => e.slug === "unga-res-78-311")!.relatedIds = [idOf("chn"), idOf("zmb")];
  entries.find((e) => e.slug === "unga-res-78-265")!.relatedIds = [idOf("usa")];
  // (who put each forward, as the atlas's sponsor relations load them)
  entries.find((e) => e.slug === "unga-res-78-311")!.sponsorIds = [idOf("chn")];
  entries.find((e) => e.slug === "unga-res-78-265")!.sponsorIds = [idOf("usa")];
  const gz3 = buildGazetteer({ entries });
  const resolved = (body: string, publishedAt: string) =>
    linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz3, model: null })
      .mentions.filter((m) => m.kind === "resolution")
      .map((m) => [gz3.entries.get(m.entityId)!.slug, m.why?.rule]);

  it.each([
    ["The China-drafted text that Washington backed passed without a vote.", "2024-07-03", "unga-res-78-311"],
    ["Diplomats recalled the US-led resolution adopted in the spring.", "2024-07-03", "unga-res-78-265"],
    ["这是联大首个人工智能决议。", "2024-08-01", "unga-res-78-265"],
    ["联大通过的能力建设决议得到广泛支持。", "2024-07-05", "unga-res-78-311"],
  ])("%s", (body, publishedAt, slug) => {
    expect(resolved(body, publishedAt)).toEqual([[slug, "description"]]);
  });

  it("with no date to go by, an AI resolution named by the state that led it ('中国主导的人工智能决议')", () => {
    const undated = linkedResolutions({ gazetteer: gz3 });
    expect(undated("联合国大会当地时间1日一致通过了中国主导的人工智能(AI)决议。")).toEqual(["unga-res-78-311"]);
    expect(undated("The General Assembly adopted the China-led AI resolution on Monday.")).toEqual(["unga-res-78-311"]);
    // (a resolution a state led, without saying it is on AI, may be any of its resolutions)
    expect(undated("联合国大会当地时间1日一致通过了中国主导的决议。")).toEqual([]);
  });

  it("with the word twice, the one the adopting verb governs is the description, so the adoption is read", () => {
    const body = "UN's AI resolution: the UN General Assembly on Thursday adopted the first global resolution on AI, officials said.";
    const links = linkArticle({ body, publishedAt: "2024-03-22", language: "en", gazetteer: gz3, model: null });
    const m = links.mentions.find((x) => x.kind === "resolution")!;
    expect([gz3.entries.get(m.entityId)!.slug, m.surface, m.start]).toEqual(["unga-res-78-265", "resolution", body.lastIndexOf("resolution")]);
    expect(links.relations.map((r) => [gz3.entries.get(r.subjectId)!.slug, r.role, gz3.entries.get(r.objectId)!.slug])).toContainEqual([
      "unga-res-78-265",
      "adopted-by",
      "un-general-assembly",
    ]);
  });

  it("a list that describes two resolutions is read item by item", () => {
    const body =
      "In 2024, the adoption of the first UN General Assembly resolution on AI, the resolution on international cooperation in AI capacity-building proposed by China, and the Global Digital Compact were important steps.";
    expect(resolved(body, "2025-09-28")).toEqual([
      ["unga-res-78-265", "description"],
      ["unga-res-78-311", "description"],
    ]);
    // (one resolution described over two clauses is still read whole: "the resolution, proposed by China, …")
    expect(resolved("The resolution, which China proposed, was on capacity-building of AI.", "2024-07-03")).toEqual([["unga-res-78-311", "description"]]);
  });

  it("of a committee's draft and the Assembly's resolution on one topic, the one the named body adopted; 'First Committee' is no 'first'", () => {
    const all = testEntries();
    const { org, nextId } = entryBuilders({ firstId: 9100 });
    const committee = org("first-committee", "UN General Assembly First Committee", "联大第一委员会", ["First Committee"]);
    const assembly = all.find((e) => e.slug === "un-general-assembly")!;
    const military = (slug: string, nameEn: string, body: GazetteerEntry): GazetteerEntry => ({
      id: nextId(),
      kind: "resolution",
      slug,
      nameEn,
      nameZh: null,
      date: "2024-11-06",
      session: 79,
      aliases: [],
      relatedIds: [body.id],
    });
    all.push(
      committee,
      military("military-draft", "Artificial intelligence in the military domain and its implications for peace (First Committee draft)", committee),
      military("military-resolution", "Resolution 79/239: Artificial intelligence in the military domain and its implications for peace", assembly),
    );
    const gz4 = buildGazetteer({ entries: all });
    const resolutions = linkedResolutions({ gazetteer: gz4, publishedAt: "2025-03-14" });
    expect(resolutions("The 79th session of the UN General Assembly adopted a resolution on artificial intelligence in the military domain.")).toEqual(["military-resolution"]);
    expect(resolutions("The First Committee approved a resolution on artificial intelligence in the military domain.")).toEqual(["military-draft"]);
    // (the Assembly's first resolution on AI is not meant by a committee that is called "First")
    expect(resolutions("In late 2024, the UN General Assembly First Committee approved a resolution on AI governance.")).not.toContain("unga-res-78-265");
  });

  it("of two that fit alike, 'the first-ever resolution on …' is the earlier", () => {
    const all = testEntries();
    const { nextId } = entryBuilders({ firstId: 9200 });
    const weapons = (slug: string, date: string): GazetteerEntry => ({
      id: nextId(),
      kind: "resolution",
      slug,
      nameEn: "Lethal autonomous weapons systems",
      nameZh: null,
      date,
      aliases: [],
    });
    all.push(weapons("weapons-2023", "2023-12-22"), weapons("weapons-2024", "2024-12-02"));
    const gz5 = buildGazetteer({ entries: all });
    const resolutions = linkedResolutions({ gazetteer: gz5, decided: true });
    expect(resolutions("Yesterday the Assembly adopted the first-ever resolution on autonomous weapons.")).toEqual(["weapons-2023"]);
    expect(resolutions("Yesterday the Assembly adopted the inaugural resolution on autonomous weapons.")).toEqual(["weapons-2023"]);
    // (without "first", the description fits both: a question for an editor, not a link)
    expect(resolutions("Yesterday the Assembly adopted a resolution on autonomous weapons.")).toEqual([]);
    // a date the sentence gives tells them apart: the one adopted within two months of it
    expect(resolutions("States at the First Committee in October and November 2023 supported a resolution on autonomous weapons.")).toEqual(["weapons-2023"]);
    expect(resolutions("In December 2024 the Assembly adopted a resolution on autonomous weapons.")).toEqual(["weapons-2024"]);
    expect(resolutions("In 2020 civil society called for a resolution on autonomous weapons.")).toEqual([]);
  });

  it("a Chinese name's symbol and the body that adopted it are not its topic", () => {
    const all = testEntries();
    const { org, nextId } = entryBuilders({ firstId: 9300 });
    const committee = org("first-committee", "UN General Assembly First Committee", "联大第一委员会", ["First Committee"]);
    const resolution = (slug: string, nameZh: string, date: string): GazetteerEntry => ({
      id: nextId(),
      kind: "resolution",
      slug,
      nameEn: slug,
      nameZh,
      date,
      aliases: [],
      relatedIds: [committee.id],
    });
    all.push(
      committee,
      resolution("weapons", "联合国大会关于致命性自主武器系统的第78/241号决议", "2023-12-22"),
      resolution("military", "军事领域人工智能及其对国际和平与安全的影响（第一委员会决议草案）", "2024-11-06"),
    );
    const gz6 = buildGazetteer({ entries: all });
    const resolutions = linkedResolutions({ gazetteer: gz6, decided: true });
    expect(resolutions("联合国大会第一委员会通过有史以来第一个决议，关于自主武器系统带来的挑战。")).toEqual(["weapons"]);
  });

  it("a resolution adopted after the article is never meant, and a bare 'text' is not a resolution", () => {
    expect(resolved("The China-drafted text that Washington backed passed.", "2024-05-01")).toEqual([]);
    expect(resolved("The text of the speech was published.", "2024-07-03")).toEqual([]);
  });
});

describe("dates relative to the dateline", () => {
  // 2024-07-03 was a Wednesday
  const at = (text: string) => resolveDates({ text, publishedAt: "2024-07-03T10:00:00+00:00" }).map((d) => d.date);
  it.each([
    ["The Assembly adopted it on Monday.", ["2024-07-01"]],
    ["Talks end on Wednesday.", ["2024-07-03"]],
    ["They met last Wednesday.", ["2024-06-26"]],
    ["The panel meets next Friday.", ["2024-07-05"]],
    ["联大周一通过决议。", ["2024-07-01"]],
    ["next year's meeting", ["2025"]],
    ["30日举行", ["2024-06-30"]],
    ["last month", ["2024-06"]],
    ["a monday morning", []],
  ])("%s", (text, expected) => {
    expect(at(text)).toEqual(expected);
  });
});
