import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { findMentions } from "./find-mentions";
import { linkArticle } from "./link-article";
import { simplifyHan } from "./normalise";
import { resolveObjectAnaphora } from "./resolve-object-anaphora";
import { resolveReferences, withReferences } from "./resolve-references";
import { splitSentences } from "./sentences";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): a body or text named once, then
// called by a short noun phrase in the statement; each family with cases where nothing may be read.
function entries(): GazetteerEntry[] {
  // (the base group of friends is also called just "之友小组" there: here the bare noun must be read as a reference)
  const all = testEntries().map((e) =>
    e.slug === "group-of-friends-ai-capacity-building"
      ? { ...e, aliases: [] }
      : e.slug === "un-general-assembly"
        ? { ...e, subtype: "un-body" }
        : e.slug === "united-nations"
          ? { ...e, subtype: "intergovernmental" }
          : e,
  );
  const { country, org, nextId } = entryBuilders({ firstId: 5000 });
  all.push(
    country("CHL", "Chile", "智利"),
    country("PER", "Peru", "秘鲁"),
    country("KEN", "Kenya", "肯尼亚"),
    country("NOR", "Norway", "挪威"),
    { ...org("andes-network", "Andes Network of AI Labs", "安第斯人工智能实验室网络"), subtype: "network" },
    { ...org("pacific-network", "Pacific Network of AI Labs", "太平洋人工智能实验室网络"), subtype: "network" },
    { ...org("pacific-alliance", "Pacific AI Alliance", "太平洋人工智能联盟"), subtype: "intergovernmental" },
    { ...org("andean-advisory-body", "Andean AI Advisory Body", "安第斯人工智能咨询机构"), subtype: "advisory-body" },
    { ...org("unesco", "UNESCO", "联合国教科文组织"), subtype: "un-agency" },
    { ...org("andes-bloc", "Andean Community", "安第斯共同体"), subtype: "intergovernmental" },
    { ...org("lima-friends", "Lima Process Friends Group", "利马进程之友小组"), subtype: "group-of-friends" },
    org("andes-partnership", "Andean Partnership on AI", "安第斯人工智能伙伴关系"),
  );
  all.push(
    { id: nextId(), kind: "initiative", subtype: "compact", slug: "lima-pact", nameEn: "Lima Pact on AI Safety", nameZh: "利马人工智能安全协定", date: "2025-02-01", aliases: [] },
    { id: nextId(), kind: "initiative", subtype: "law", slug: "andes-ai-act", nameEn: "Andean AI Act", nameZh: "安第斯人工智能法", date: "2025-04-01", aliases: [] },
    { id: nextId(), kind: "initiative", subtype: "report", slug: "risk-report", nameEn: "Global AI Risk Report", nameZh: "全球人工智能风险报告", date: "2025-01-20", aliases: [] },
    {
      id: nextId(),
      kind: "initiative",
      subtype: "convention",
      slug: "andes-convention",
      nameEn: "Andean Convention on AI and the Rule of Law",
      nameZh: "安第斯人工智能与法治公约",
      date: "2025-03-01",
      aliases: [],
    },
  );
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const link = (body: string) => linkArticle({ body, publishedAt: "2025-06-10", language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const triples = (body: string) =>
  link(body)
    .relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)])
    .sort();
/** What the resolver reads each short noun phrase as: [surface, slug]. */
const resolved = (body: string) => {
  const sentences = splitSentences(body);
  const text = simplifyHan(body);
  const named = findMentions({ text: body, gazetteer: gz, publishedAt: "2025-06-10", sentences }).mentions;
  const taken = withReferences({ mentions: named, references: resolveReferences({ text, mentions: named, gazetteer: gz, sentences }) });
  return resolveObjectAnaphora({ text, named, taken, gazetteer: gz, sentences }).map((m) => [m.surface, key(m.entityId)]);
};
/** What either reader takes each short noun phrase for (resolveReferences first, the anaphora resolver after it). */
const readBack = (body: string) => {
  const sentences = splitSentences(body);
  const text = simplifyHan(body);
  const named = findMentions({ text: body, gazetteer: gz, publishedAt: "2025-06-10", sentences }).mentions;
  const references = resolveReferences({ text, mentions: named, gazetteer: gz, sentences });
  const taken = withReferences({ mentions: named, references });
  return [...references, ...resolveObjectAnaphora({ text, named, taken, gazetteer: gz, sentences })].map((m) => [m.surface, key(m.entityId)]);
};

describe("a body named before, then called 'the Network', 'the alliance', '该网络' in the statement", () => {
  it.each([
    [
      "The Andes Network of AI Labs was launched in Lima in March. The initial members of the Network are Chile, Peru and Kenya.",
      [
        ["CHL", "member", "andes-network"],
        ["KEN", "member", "andes-network"],
        ["PER", "member", "andes-network"],
      ],
    ],
    [
      "The Pacific AI Alliance met in Lima on Monday. Chile and Peru joined the alliance last year.",
      [
        ["CHL", "member", "pacific-alliance"],
        ["PER", "member", "pacific-alliance"],
      ],
    ],
    ["The Andes Network of AI Labs met in Lima. The network was founded by Chile in 2023.", [["CHL", "founder", "andes-network"]]],
    [
      "安第斯人工智能实验室网络于3月在利马举行会议。智利、秘鲁和肯尼亚已加入该网络。",
      [
        ["CHL", "member", "andes-network"],
        ["KEN", "member", "andes-network"],
        ["PER", "member", "andes-network"],
      ],
    ],
    ["太平洋人工智能联盟在利马开会。挪威去年加入了该联盟。", [["NOR", "member", "pacific-alliance"]]],
    // a partnership is a coalition too, and "multi-stakeholder" only describes it
    [
      "The Andean Partnership on AI was launched in June. This multi-stakeholder global coalition includes Chile, Peru and Kenya.",
      [
        ["CHL", "member", "andes-partnership"],
        ["KEN", "member", "andes-partnership"],
        ["PER", "member", "andes-partnership"],
      ],
    ],
    ["The Andean Community met in Lima. Chile joined the four-nation bloc in 1969.", [["CHL", "member", "andes-bloc"]]],
    ["The Andean Community met in Lima. Chile joined the 5-member bloc in 1969.", [["CHL", "member", "andes-bloc"]]],
    ["The Pacific AI Alliance was set up in 2023. The alliance is chaired by Chile.", [["CHL", "chair", "pacific-alliance"]]],
    [
      "The Andes Network of AI Labs was launched in March. Peru and Kenya are among the members of the network.",
      [
        ["KEN", "member", "andes-network"],
        ["PER", "member", "andes-network"],
      ],
    ],
    [
      "太平洋人工智能联盟成立于2023年。该联盟由智利和秘鲁共同发起。",
      [
        ["CHL", "co-founder", "pacific-alliance"],
        ["PER", "co-founder", "pacific-alliance"],
      ],
    ],
    // the body as the subject: "the regional bloc adopted …"
    ["The Andean Community met in Lima. The regional bloc adopted the Global AI Risk Report on Monday.", [["risk-report", "adopted-by", "andes-bloc"]]],
    // 之友小组 on its own, after the group's full name
    [
      "利马进程之友小组于5月成立。智利和秘鲁已加入之友小组。",
      [
        ["CHL", "member", "lima-friends"],
        ["PER", "member", "lima-friends"],
      ],
    ],
    [
      "安第斯人工智能实验室网络于3月成立。该网络成员包括智利和秘鲁。",
      [
        ["CHL", "member", "andes-network"],
        ["PER", "member", "andes-network"],
      ],
    ],
    // "其成员包括": the members of the body just named
    [
      "安第斯人工智能实验室网络于3月在利马成立。其成员包括智利、秘鲁和肯尼亚。",
      [
        ["CHL", "member", "andes-network"],
        ["KEN", "member", "andes-network"],
        ["PER", "member", "andes-network"],
      ],
    ],
  ])("%s", (body, expected) => {
    expect(triples(body)).toEqual(expected);
  });

  it("says in the why that the object was read from the noun phrase, and adds no mention", () => {
    const body = "The Pacific AI Alliance met in Lima on Monday. Chile joined the alliance last year.";
    const out = link(body);
    const r = out.relations.find((x) => key(x.objectId) === "pacific-alliance")!;
    expect(r.why.rule).toBe("description");
    expect(r.why.matched).toBe("the alliance");
    expect(r.why.form).toContain("Pacific AI Alliance");
    expect(out.mentions.filter((m) => key(m.entityId) === "pacific-alliance")).toHaveLength(1);
  });

  it.each([
    // two networks named in that sentence: which one is a guess
    "The Andes Network of AI Labs and the Pacific Network of AI Labs met in Lima. Chile joined the network in May.",
    // the head does not fit the body named before
    "The Pacific AI Alliance met in Lima. Chile joined the network in May.",
    // negation and refusal
    "The Andes Network of AI Labs was launched in Lima. Chile did not join the network.",
    "安第斯人工智能实验室网络在利马成立。智利拒绝加入该网络。",
    // "the network of hospitals" is another network
    "The Andes Network of AI Labs was launched in Lima. Chile joined the network of hospitals in May.",
    // the network's meeting, not the network, was hosted
    "The Andes Network of AI Labs held its first meeting in Lima. Kenya hosted the network's second meeting.",
    "安第斯人工智能实验室网络在利马举行首次会议。肯尼亚主办了该网络第二次会议。",
    // "the new network" is another one
    "The Andes Network of AI Labs was launched in Lima. Chile joined the new network in May.",
  ])("nothing: %s", (body) => {
    expect(triples(body).filter(([, , o]) => o === "andes-network" || o === "pacific-network" || o === "pacific-alliance")).toEqual([]);
  });
});

describe("a text named before, then called 'the pact', 'the report', '该协定', '该报告'", () => {
  it.each([
    [
      "The Lima Pact on AI Safety opened for signature in May. Chile and Norway signed the pact on Monday.",
      [
        ["CHL", "signatory", "lima-pact"],
        ["NOR", "signatory", "lima-pact"],
      ],
    ],
    [
      "各方在利马讨论了《利马人工智能安全协定》。智利和挪威签署了该协定。",
      [
        ["CHL", "signatory", "lima-pact"],
        ["NOR", "signatory", "lima-pact"],
      ],
    ],
    [
      "The Lima Pact on AI Safety opened for signature in May. Countries that have signed the pact include Chile, Peru and Norway.",
      [
        ["CHL", "signatory", "lima-pact"],
        ["NOR", "signatory", "lima-pact"],
        ["PER", "signatory", "lima-pact"],
      ],
    ],
    [
      "《利马人工智能安全协定》于5月开放签署。截至目前，签署该协定的国家包括智利、秘鲁和挪威。",
      [
        ["CHL", "signatory", "lima-pact"],
        ["NOR", "signatory", "lima-pact"],
        ["PER", "signatory", "lima-pact"],
      ],
    ],
  ])("%s", (body, expected) => {
    expect(triples(body)).toEqual(expected);
  });

  it.each([
    // a pact the atlas does not know stands between: "the pact" is that one
    "The Lima Pact on AI Safety was signed in 2024. Last week the Quito Data Pact was opened. Chile signed the pact on Monday.",
    "各方在利马讨论了《利马人工智能安全协定》。上周《基多数据协定》开放签署。智利签署了该协定。",
  ])("nothing: %s", (body) => {
    expect(triples(body).filter(([, , o]) => o === "lima-pact")).toEqual([]);
  });

  it("该法 and 'the Act' point back at a law; 'the world body' at the United Nations", () => {
    expect(resolved("《安第斯人工智能法》于4月通过。该法由秘鲁提出。")).toEqual([["该法", "andes-ai-act"]]);
    expect(resolved("The Andean AI Act was passed in April. Peru proposed the Act in 2024.")).toEqual([["the Act", "andes-ai-act"]]);
    expect(resolved("The United Nations met on Monday. Chile addressed the world body.")).toEqual([["the world body", "united-nations"]]);
    // 该法院 is a court
    expect(resolved("《安第斯人工智能法》于4月通过。该法院驳回了诉讼。")).toEqual([]);
  });

  it("the report, 这份报告 and 该报告 point back at the report named before", () => {
    // (resolveReferences reads "the report" and 报告 itself; the anaphora resolver then leaves them alone)
    expect(readBack("The Global AI Risk Report was published in January. Chile welcomed the report.")).toEqual([["the report", "risk-report"]]);
    expect(readBack("《全球人工智能风险报告》于1月发布。智利欢迎这份报告。")).toEqual([["这份报告", "risk-report"]]);
  });
});

describe("what is not such a reference", () => {
  it.each([
    // "the rule of law" is not a law, and the convention's name is no Act
    "The Andean Convention on AI and the Rule of Law was adopted. It protects human rights and the rule of law.",
    // "the act of signing"
    "The Andean Convention on AI and the Rule of Law was adopted. Chile praised the act of signing it.",
    // a generic noun with a restrictive clause names another body
    "The Andean AI Advisory Body met in Lima. The text was drafted by the body that the ministers set up in 2023.",
    // the members, not the body, were there (no list of names follows)
    "The Andes Network of AI Labs met in March. The founding members were present at the Lima summit.",
    // 应该组织 is "should organise"
    "联合国教科文组织发布了报告。各国应该组织更多培训。",
    // a coalition described by a word not in the partnership's name is another one
    "The Andean Partnership on AI was launched in June. The energy coalition includes Chile, Peru and Kenya.",
    // a generic noun too far from its antecedent
    "The Andean AI Advisory Body met in Lima. Ministers spoke. Experts spoke. Farmers spoke. Poets spoke. Chile joined the body.",
  ])("%s", (body) => {
    expect(resolved(body)).toEqual([]);
  });

  it("a possessive only before the body's own members or chair", () => {
    expect(resolved("The Pacific AI Alliance was set up in 2023. Chile took over the alliance's rotating presidency.")).toEqual([["the alliance's", "pacific-alliance"]]);
    expect(resolved("The Pacific AI Alliance was set up in 2023. Chile hosted the alliance's summit.")).toEqual([]);
  });

  it("'this initiative' after a programme or group of states named just before, not after a text", () => {
    expect(resolved("Chile joined the Lima Process Friends Group in May. Peru also takes part in this initiative.")).toEqual([["this initiative", "lima-friends"]]);
    expect(resolved("The Global AI Risk Report was published in January. Chile welcomed the initiative.")).toEqual([]);
  });

  it("a reference back is an antecedent too; a name inside another's quoted title is not", () => {
    // "the Assembly" (read by resolveReferences) is nearer than the United Nations and the Assembly's full name
    expect(resolved("The UN General Assembly met at the United Nations in New York. The Assembly adopted a text on AI. The 193-member body also set up a panel.")).toEqual([
      ["The 193-member body", "un-general-assembly"],
    ]);
    expect(resolved("The UN General Assembly met on Monday. It adopted “Terms of reference of the Andean AI Advisory Body”. The body will meet in May.")).toEqual([
      ["The body", "un-general-assembly"],
    ]);
    // a name inside a quoted speech is named by the speaker, not part of a title
    expect(resolved("He said, “Delighted to announce that Chile has joined the Andes Network of AI Labs today.” Peru joined the Network too.")).toEqual([
      ["the Network", "andes-network"],
    ]);
    expect(resolved("The minister wrote: “We have joined the Andes Network of AI Labs as a founding member. It is a proud day.” Peru joined the Network too.")).toEqual([
      ["the Network", "andes-network"],
    ]);
    // a name quoted whole, with the sentence's full stop inside the quotation marks, is the name itself
    expect(resolved("Officials met in Lima to launch the “Andes Network of AI Labs.” Chile and Peru joined the Network.")).toEqual([["the Network", "andes-network"]]);
  });

  it("a generic noun near its one antecedent: 'the body', 'The founding members'", () => {
    expect(resolved("The Andean AI Advisory Body met in Lima. Chile joined the body in May.")).toEqual([["the body", "andean-advisory-body"]]);
    // (four sentences back at most: a quoted post's hashtag line counts as one)
    expect(resolved("The Andean AI Advisory Body met in Lima. Ministers spoke. Experts spoke. #AIforAll. Chile joined the body.")).toEqual([["the body", "andean-advisory-body"]]);
    expect(resolved("Chile hosted the first meeting of the Andes Network of AI Labs. The founding members comprise Chile, Peru and Kenya.")).toEqual([
      ["The founding members", "andes-network"],
    ]);
  });
});

describe("a longer name with AI written A.I.", () => {
  it("'Andes Network of A.I. Labs' is the Andes Network of AI Labs, and its 'the Network' follows", () => {
    const body = "The Andes Network of A.I. Labs was launched in March. The initial members of the Network are Chile and Peru.";
    expect(link(body).mentions.map((m) => key(m.entityId))).toEqual(["andes-network", "CHL", "PER"]);
    expect(triples(body)).toEqual([
      ["CHL", "member", "andes-network"],
      ["PER", "member", "andes-network"],
    ]);
  });
});
