import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): the forms round two added (lists
// after "by" introduced by "both", by envoys or by a count, a list a second sentence goes on with, states as
// adjectives of companies, bodies that are recipients or hosts of activities, envoys to the UN), each with a case
// where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 5000 });
  all.push(
    country("KEN", "Kenya", "肯尼亚", ["Kenyan"]),
    country("CHL", "Chile", "智利", ["Chilean"]),
    country("PER", "Peru", "秘鲁", ["Peruvian"]),
    country("NOR", "Norway", "挪威", ["Norwegian"]),
    org("unesco", "UNESCO", "联合国教科文组织"),
    org("acme-ai", "Acme AI", "阿克米人工智能"),
    org("borealis-labs", "Borealis Labs", "北极光实验室"),
    org("kestrel-systems", "Kestrel Systems", "红隼系统"),
    org("sahel-ai-council", "Sahel AI Council", "萨赫勒人工智能理事会"),
  );
  all.push(
    { id: nextId(), kind: "event", slug: "lagos-ai-forum", nameEn: "Lagos AI Forum", nameZh: "拉各斯人工智能论坛", date: "2025-06-03", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "lagos-declaration", nameEn: "Lagos Declaration on AI", nameZh: "拉各斯人工智能宣言", date: "2025-06-03", aliases: [] },
    {
      id: nextId(),
      kind: "initiative",
      slug: "china-france-data-statement",
      nameEn: "China-France Joint Statement on Data Governance",
      nameZh: "中法关于数据治理的联合声明",
      date: "2025-05-06",
      aliases: [],
    },
    { id: nextId(), kind: "initiative", slug: "atlantic-ai-report", nameEn: "Atlantic AI Report", nameZh: "大西洋人工智能报告", date: "2025-05-01", aliases: [] },
  );
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const triples = (body: string, publishedAt: string | null = "2025-06-04") =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null })
    .relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)])
    .sort();
const each = (subjects: string[], role: string, object: string) => subjects.map((s) => [s, role, object]).sort();

describe("the list after 'by': 'by both A and B', envoys of their states, a date range, a count with bodies", () => {
  it("signed by both A and B", () => {
    expect(triples("It was notable that the Lagos Declaration on AI was signed by both Kenya and Chile.")).toEqual(each(["CHL", "KEN"], "signatory", "lagos-declaration"));
    expect(triples("The Lagos Declaration on AI was not signed by both Kenya and Chile.")).toEqual([]);
  });
  it("co-chaired by Ambassador X of A and Ambassador Y of B", () => {
    expect(triples("The Lagos AI Forum opens on Tuesday in Nairobi, co-chaired by Ambassador Amara Diallo of Kenya and Ambassador Luis Vera of Chile.")).toEqual(
      each(["CHL", "KEN"], "co-chair", "lagos-ai-forum"),
    );
    // (a person named with a place they once served in is no envoy of it)
    expect(triples("The Lagos AI Forum was co-chaired by Ambassador Amara Diallo, who once served in Kenya.")).toEqual([]);
  });
  it("co-hosted on June 3-4 by A and B", () => {
    expect(triples("The Lagos AI Forum, the second such meeting, was co-hosted on June 3-4 by Kenya and Norway.")).toEqual(each(["KEN", "NOR"], "co-host", "lagos-ai-forum"));
  });
  it("supported by 30 nations and organizations like A and B (the count alone names no one)", () => {
    expect(triples("The Atlantic AI Report was supported by 30 nations and organizations like UNESCO and the ITU.")).toEqual(
      each(["itu", "unesco"], "supporter", "atlantic-ai-report"),
    );
    expect(triples("The Atlantic AI Report was supported by 30 nations and several organizations.")).toEqual([]);
  });
});

describe("a list the next sentence goes on with: 'They also include …', '此外还包括…'", () => {
  it("states, then more states", () => {
    expect(triples("The Lagos Declaration on AI's signatories include Kenya and Chile. They also include Peru and Norway.")).toEqual(
      each(["CHL", "KEN", "NOR", "PER"], "signatory", "lagos-declaration"),
    );
  });
  it("companies, then companies with the regions they come from (not the states they come from)", () => {
    expect(
      triples(
        "The Lagos Declaration on AI's signatories include tech firms such as Acme AI. They also include AI labs from Europe (Borealis Labs) and from Norway (Kestrel Systems).",
      ),
    ).toEqual(each(["acme-ai", "borealis-labs", "kestrel-systems"], "signatory", "lagos-declaration"));
  });
  it("zh: 签署该宣言的国家包括A和B。此外还包括C。", () => {
    expect(triples("签署拉各斯人工智能宣言的国家包括肯尼亚和智利。此外还包括秘鲁。")).toEqual(each(["CHL", "KEN", "PER"], "signatory", "lagos-declaration"));
  });
  it("'The list included …' after a count of states and bodies that endorsed a text, and 'Its first signatories were …'", () => {
    expect(triples("Forty countries and international organisations endorsed the Lagos Declaration on AI. The list included Kenya, Chile and UNESCO.")).toEqual(
      each(["CHL", "KEN", "unesco"], "signatory", "lagos-declaration"),
    );
    expect(triples("More than 20 countries have signed the Lagos Declaration on AI. Its first signatories were Kenya and Peru.")).toEqual(
      each(["KEN", "PER"], "signatory", "lagos-declaration"),
    );
    // (the count of states alone: no body goes on with it)
    expect(triples("Forty countries endorsed the Lagos Declaration on AI. The list included Kenya and UNESCO.")).toEqual([["KEN", "signatory", "lagos-declaration"]]);
  });
  it("not after a sentence that stated no list, or two facts, nor a sentence that does not go on with it", () => {
    expect(triples("Kenya hosted the Lagos AI Forum. They also include Peru and Norway.")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
    expect(triples("The Lagos Declaration on AI's signatories include Kenya and Chile. Critics include Peru and Norway.")).toEqual(
      each(["CHL", "KEN"], "signatory", "lagos-declaration"),
    );
    expect(triples("The Lagos Declaration on AI's signatories include Kenya and Chile. They also include no commitments from Peru.")).toEqual(
      each(["CHL", "KEN"], "signatory", "lagos-declaration"),
    );
  });
});

describe("a state as the adjective of companies is no actor", () => {
  it("signatories include US tech giants such as A", () => {
    expect(triples("The Lagos Declaration on AI's signatories include some of the biggest US tech giants, such as Acme AI and Borealis Labs.")).toEqual(
      each(["acme-ai", "borealis-labs"], "signatory", "lagos-declaration"),
    );
    expect(triples("签署拉各斯人工智能宣言的包括美国科技企业阿克米人工智能。")).not.toContainEqual(["USA", "signatory", "lagos-declaration"]);
  });
  it("but a state itself still signs", () => {
    expect(triples("The Lagos Declaration on AI's signatories include the United States and Kenya.")).toEqual(each(["KEN", "USA"], "signatory", "lagos-declaration"));
  });
});

describe("what is not the object: a body put something to, a body's activities, a press conference", () => {
  it("proposing something in or to a body is not proposing the body; proposing its creation is", () => {
    expect(triples("法国在会上提出了今年金砖国家领导人会晤的六大优先议题。")).toEqual([]);
    expect(triples("法国向联合国大会提出了一项新建议。")).toEqual([]);
    expect(triples("Kenya proposed the creation of the Sahel AI Council.")).toEqual([["KEN", "proposer", "sahel-ai-council"]]);
    expect(triples("肯尼亚倡议成立萨赫勒人工智能理事会。")).toEqual([["KEN", "proposer", "sahel-ai-council"]]);
  });
  it("holding a group's activities is not hosting the group", () => {
    expect(triples("法国将定期举办“之友小组”活动，开展政策交流。")).toEqual([]);
    expect(triples("Kenya will host regular G20 workshops on AI.")).toEqual([]);
  });
  it("a chaired press conference is not the event asked about", () => {
    expect(triples("联合国发言人主持例行记者会，有记者就拉各斯人工智能论坛提问。")).toEqual([]);
    expect(triples("肯尼亚主持拉各斯人工智能论坛。")).toEqual([["KEN", "chair", "lagos-ai-forum"]]);
  });
});

describe("an envoy to the UN acts for the state that sent them", () => {
  it("A常驻联合国代表主持会议: A chairs, not the UN", () => {
    expect(triples("拉各斯人工智能论坛3日在纽约举行。肯尼亚常驻联合国代表主持拉各斯人工智能论坛并致辞。")).toEqual([["KEN", "chair", "lagos-ai-forum"]]);
  });
});

describe("actors the sentence before did not name, listed by the next: 'Dozens of countries signed X. They include …'", () => {
  it("a count or a plural noun, then the list", () => {
    expect(triples("More than 40 countries have signed the Lagos Declaration on AI. They include Kenya, Chile and Peru.")).toEqual(
      each(["CHL", "KEN", "PER"], "signatory", "lagos-declaration"),
    );
    expect(
      triples("The Lagos Declaration on AI was agreed in March. The text has wide reach, with nations from every region agreeing to its terms. This includes Kenya and Norway."),
    ).toEqual(each(["KEN", "NOR"], "signatory", "lagos-declaration"));
    expect(triples("Dozens of nations attended the Lagos AI Forum. Among them were Kenya and Chile.")).toEqual(each(["CHL", "KEN"], "participant", "lagos-ai-forum"));
  });
  it("not when the act is denied or only hoped for, nor when no sentence goes on with the list", () => {
    expect(triples("Several countries have not signed the Lagos Declaration on AI. They include Kenya and Chile.")).toEqual([]);
    expect(triples("Many countries hope to sign the Lagos Declaration on AI. They include Kenya and Chile.")).toEqual([]);
    expect(triples("More than 40 countries have signed the Lagos Declaration on AI. Kenya and Chile are critical of it.")).toEqual([]);
  });
});

describe("'Speaking at X, <leader> stated …': the speaker takes part in the event", () => {
  it("a leader named family name first, later by the family name", () => {
    expect(
      triples(
        "Kenyan President Mwangi Otieno arrived on Monday. Speaking at the opening ceremony of the Lagos AI Forum in Abuja, Mwangi stated that Kenya supports open research.",
      ),
    ).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    expect(triples("Speaking at the Lagos AI Forum, Kenya said it would fund new labs.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
  });
  it("not a speech about another meeting, nor a state that only comes up in the speech", () => {
    expect(triples("Speaking at a press event before the Lagos AI Forum, the minister said Kenya would attend.")).toEqual([]);
    // (the surname after "in Abuja," is the leader, not a venue of the forum)
    expect(triples("Kenyan President Mwangi Otieno arrived on Monday. Speaking at the Lagos AI Forum in Abuja, Mwangi stated his views.")).not.toContainEqual([
      "KEN",
      "host",
      "lagos-ai-forum",
    ]);
  });
});

describe("a state's own summit is the one it hosts: 'the UK's AI Safety Summit'", () => {
  it("X's <event>", () => {
    expect(triples("After the opening day of Kenya's Lagos AI Forum, delegates agreed to meet again.")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
    expect(triples("Recent talks include the Kenyan Government’s Lagos AI Forum.")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
  });
  it("not a state in a list, nor the state's delegation to it", () => {
    // (a delegation takes part: that is read by its own trigger)
    const hosts = (body: string) => triples(body).filter((t) => t[1] === "host");
    expect(hosts("Chile and Kenya's Lagos AI Forum delegation arrived on Monday.")).toEqual([]);
    expect(hosts("Kenya's Lagos AI Forum delegation arrived on Monday.")).toEqual([]);
  });
});

describe("a passive whose object is 'it', named a moment before", () => {
  it("calling it “…” supported by A and B", () => {
    expect(
      triples("The Atlantic AI Report was published on Monday. Its chair shared the news online, calling it “an unprecedented effort” supported by UNESCO and the ITU."),
    ).toEqual(each(["itu", "unesco"], "supporter", "atlantic-ai-report"));
  });
  it("not 'it' in another role, nor with no text named before", () => {
    expect(triples("Its chair shared the news online, calling it “an unprecedented effort” supported by UNESCO and the ITU.")).toEqual([]);
    expect(triples("The Atlantic AI Report was published on Monday. UNESCO said it was supported by the ITU.")).toEqual([]);
  });
});

describe("a text adopted without a named agent: the body it was put to adopted it", () => {
  it("A向联合国大会提交的…决议获得通过; the draft A submitted to the General Assembly was adopted", () => {
    expect(triples("日前，法国向联合国大会提交的“加强人工智能能力建设国际合作”决议，获得肯尼亚联署，获得通过。")).toContainEqual([
      "unga-res-78-311",
      "adopted-by",
      "un-general-assembly",
    ]);
    expect(triples("Resolution 78/311, which Kenya submitted to the UN General Assembly in March, was adopted without a vote.")).toContainEqual([
      "unga-res-78-311",
      "adopted-by",
      "un-general-assembly",
    ]);
  });
  it("a body's own text adopted with no agent named: “UNESCO's Lagos Declaration was adopted in Paris”", () => {
    expect(triples("UNESCO’s Lagos Declaration on AI was adopted in Paris on Friday, 17 May.")).toEqual([["lagos-declaration", "adopted-by", "unesco"]]);
    expect(triples("UNESCO’s Lagos Declaration on AI was not adopted in Paris.")).toEqual([]);
  });
  it("a body's parliament or council approving a text adopts it (zh 批准): 《…》获得东盟理事会批准", () => {
    expect(triples("《拉各斯人工智能宣言》于4月22日获得东盟理事会批准。")).toEqual([["lagos-declaration", "adopted-by", "asean"]]);
    // (a state that approves it, or the body itself, signs: the ordinary reading)
    expect(triples("《拉各斯人工智能宣言》于4月22日获得肯尼亚批准。")).toEqual([["KEN", "signatory", "lagos-declaration"]]);
  });
  it("not a text still to be voted on, nor a body that is not the one it was put to", () => {
    expect(triples("法国向联合国大会提交的“加强人工智能能力建设国际合作”决议尚未获得通过。")).not.toContainEqual(["unga-res-78-311", "adopted-by", "un-general-assembly"]);
    expect(triples("Kenya discussed resolution 78/311 at the UN General Assembly; it was adopted in July.")).not.toContainEqual([
      "unga-res-78-311",
      "adopted-by",
      "un-general-assembly",
    ]);
  });
});

describe("a joint statement whose name opens with its parties: 《中法关于…的联合声明》, 'the China-France Joint Statement'", () => {
  it("the states at the head of the name sign it (zh, en)", () => {
    expect(triples("今年5月，两国领导人共同发布《中法关于数据治理的联合声明》。")).toContainEqual(["CHN", "signatory", "china-france-data-statement"]);
    expect(triples("今年5月，两国领导人共同发布《中法关于数据治理的联合声明》。")).toContainEqual(["FRA", "signatory", "china-france-data-statement"]);
    expect(triples("The China-France Joint Statement on Data Governance was released in Paris.")).toEqual(each(["CHN", "FRA"], "signatory", "china-france-data-statement"));
  });
  it("not a state named after the name, nor one that only comments on it", () => {
    expect(triples("Kenya welcomed the Lagos Declaration on AI.")).not.toContainEqual(["KEN", "signatory", "lagos-declaration"]);
    expect(triples("India commented on the China-France Joint Statement on Data Governance.")).not.toContainEqual(["IND", "signatory", "china-france-data-statement"]);
  });
});

describe("a count of people between the state and the verb is the verb's own subject", () => {
  it("肯尼亚政府预计将有3万人参加…; Kenya expects 30,000 people to attend …", () => {
    expect(triples("肯尼亚政府预计将有3万人参加拉各斯人工智能论坛。")).toEqual([]);
    expect(triples("Kenya says 30,000 people attended the Lagos AI Forum.")).toEqual([]);
  });
  it("but the state that attends is still read", () => {
    expect(triples("肯尼亚派团参加拉各斯人工智能论坛。")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    expect(triples("Kenya attended the Lagos AI Forum with 30 delegates.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
  });
});

describe("those taking part listed after 与会代表包括 / 'Attendees include'", () => {
  it("与会代表包括…，以及…公司的负责人，这些公司包括A、B", () => {
    expect(triples("拉各斯人工智能论坛3日开幕。与会代表包括多国政府负责人，以及顶尖人工智能公司的负责人，这些公司包括阿克米人工智能、美国公司北极光实验室及红隼系统。")).toEqual(
      each(["acme-ai", "borealis-labs", "kestrel-systems"], "participant", "lagos-ai-forum"),
    );
  });
  it("Attendees included A and B", () => {
    expect(triples("The Lagos AI Forum opened on Tuesday. Attendees included Kenya, Chile and UNESCO.")).toEqual(each(["CHL", "KEN", "unesco"], "participant", "lagos-ai-forum"));
  });
  it("not when no event is reported near, nor with a denial", () => {
    expect(triples("与会代表包括阿克米人工智能和北极光实验室。")).toEqual([]);
    expect(triples("拉各斯人工智能论坛3日开幕。与会代表不包括阿克米人工智能。")).toEqual([]);
  });
});

describe("'They' opening a sentence: the states the sentence before opened with", () => {
  it("A and B …. They also signed X", () => {
    expect(triples("Kenya and Chile attended the Lagos AI Forum on Tuesday. They also signed the Lagos Declaration on AI.")).toEqual(
      [...each(["CHL", "KEN"], "participant", "lagos-ai-forum"), ...each(["CHL", "KEN"], "signatory", "lagos-declaration")].sort(),
    );
    expect(triples("On Monday, Kenya, Chile and Peru met in Nairobi. They jointly hosted the Lagos AI Forum.")).toEqual(each(["CHL", "KEN", "PER"], "co-host", "lagos-ai-forum"));
  });
  it("not when the sentence before opens with something else, nor 'they' denied", () => {
    expect(triples("Officials from Kenya and Chile met in Nairobi. They signed the Lagos Declaration on AI.")).toEqual([]);
    expect(triples("Kenya and Chile attended the Lagos AI Forum on Tuesday. They did not sign the Lagos Declaration on AI.")).toEqual(
      each(["CHL", "KEN"], "participant", "lagos-ai-forum"),
    );
  });
});

describe("a verb whose own object is another event by its kind; a state that opens a speaker's title is no venue", () => {
  it("Kenya would host the next forum, … at the Lagos AI Forum: no host of the Lagos forum", () => {
    expect(triples("Kenya would host the next forum, the minister said at the Lagos AI Forum.")).not.toContainEqual(["KEN", "host", "lagos-ai-forum"]);
    expect(triples("肯尼亚将主办下届论坛，部长在拉各斯人工智能论坛上说。")).not.toContainEqual(["KEN", "host", "lagos-ai-forum"]);
    // (the named event right after the verb is still what is hosted)
    expect(triples("Kenya will host the Lagos AI Forum next year.")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
  });
  it("Speaking at the X in Abuja, Kenyan President Otieno said …: a participant, not a venue", () => {
    expect(triples("Speaking at the Lagos AI Forum in Abuja, Kenyan President Mwangi Otieno said the region needs more labs.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    expect(triples("Speaking at the Lagos AI Forum, the Kenyan foreign minister said the region needs more labs.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    // (a state still is the venue when the place ends with it)
    expect(triples("The Lagos AI Forum was held in Abuja, Kenya, on Tuesday.")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
  });
});

describe("a participle after a name and a comma describes that name; one state named twice; a body's summit", () => {
  it("The Network, launched in Nairobi, brings together A, B and C", () => {
    expect(triples("The Sahel AI Council, launched in Nairobi last year, brings together Kenya, Chile and Norway.")).toEqual(
      each(["CHL", "KEN", "NOR"], "member", "sahel-ai-council"),
    );
    // (no founder: the body is what was launched, and no one is said to have launched it)
    expect(triples("The Sahel AI Council, launched in Nairobi last year, works with UNESCO.")).toEqual([]);
    // (a list set off by commas that does the act itself still does it)
    expect(triples("Three firms, including Acme AI and Borealis Labs, signed the Lagos Declaration on AI.")).toEqual(
      each(["acme-ai", "borealis-labs"], "signatory", "lagos-declaration"),
    );
  });
  it("法国总统…宣布，法国将主办…: one host, not two co-hosts", () => {
    expect(triples("肯尼亚总统奥蒂诺宣布，肯尼亚将于2025年6月主办拉各斯人工智能论坛。")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
  });
  it("hosting a body's summit is not hosting the body", () => {
    expect(triples("Kenya hosted the G20 summit in Nairobi.")).toEqual([]);
    expect(triples("肯尼亚主办了金砖国家领导人会晤。")).toEqual([]);
  });
});

describe("more lists: 'by ten countries and the X', 'Those who signed include …', titles after a possessive", () => {
  it("endorsed by ten countries and UNESCO: the one named", () => {
    expect(triples("The Lagos Declaration on AI was endorsed by ten countries and UNESCO.")).toEqual([["unesco", "signatory", "lagos-declaration"]]);
    expect(triples("The Lagos Declaration on AI was endorsed by ten countries.")).toEqual([]);
  });
  it("Those who signed include A, B: the text just named", () => {
    expect(triples("The Lagos Declaration on AI was agreed on Friday. Those who signed include Kenya and Chile.")).toEqual(each(["CHL", "KEN"], "signatory", "lagos-declaration"));
    expect(triples("Those who signed include Kenya and Chile.")).toEqual([]);
  });
  it("Kenya's President X and Chilean President Y co-chaired the session", () => {
    expect(triples("The Lagos AI Forum opened on Tuesday. Kenya's President Mwangi Otieno and Chilean President Luis Vera co-chaired the session.")).toEqual(
      each(["CHL", "KEN"], "co-chair", "lagos-ai-forum"),
    );
  });
});

describe("a negation in another clause is not the verb's", () => {
  it("A did not sign X, although it attended Y; A attended Y but did not sign X", () => {
    expect(triples("Kenya did not sign the Lagos Declaration on AI, although it attended the Lagos AI Forum.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    expect(triples("Kenya attended the Lagos AI Forum but did not sign the Lagos Declaration on AI.")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
    expect(triples("肯尼亚未签署拉各斯人工智能宣言，但出席了拉各斯人工智能论坛。")).toEqual([["KEN", "participant", "lagos-ai-forum"]]);
  });
});

describe("zh role nouns after 的: 'A是《X》的提出者/发起方/东道国/签署国'", () => {
  it("the role the noun names", () => {
    expect(triples("肯尼亚是《拉各斯人工智能宣言》的提出者。")).toEqual([["KEN", "proposer", "lagos-declaration"]]);
    expect(triples("肯尼亚是拉各斯人工智能论坛的东道国。")).toEqual([["KEN", "host", "lagos-ai-forum"]]);
    expect(triples("智利也是《拉各斯人工智能宣言》的签署国。")).toEqual([["CHL", "signatory", "lagos-declaration"]]);
    expect(triples("肯尼亚是萨赫勒人工智能理事会的发起方。")).toEqual([["KEN", "founder", "sahel-ai-council"]]);
  });
  it("not a negated copula, a noun that names no role, or a role that does not fit the object", () => {
    expect(triples("肯尼亚不是《拉各斯人工智能宣言》的签署国。")).toEqual([]);
    expect(triples("肯尼亚是《拉各斯人工智能宣言》的批评者。")).toEqual([]);
    expect(triples("肯尼亚是拉各斯人工智能论坛的签署国。")).toEqual([]);
  });
});

describe("zh: a counted subject, then the named ones after the object ('…，其中包括A、B')", () => {
  it("共有20个国家签署了《X》，其中包括A和B", () => {
    expect(triples("共有20个国家签署了《拉各斯人工智能宣言》，其中包括肯尼亚和智利。")).toEqual(each(["CHL", "KEN"], "signatory", "lagos-declaration"));
  });
  it("not when the counted ones did not sign, nor a list that is not introduced by 包括", () => {
    expect(triples("共有20个国家未签署《拉各斯人工智能宣言》，其中包括肯尼亚和智利。")).toEqual([]);
    expect(triples("共有20个国家签署了《拉各斯人工智能宣言》，肯尼亚和智利对此表示欢迎。")).toEqual([]);
  });
});

describe("the parties that issue a joint text subscribe to it ('China and France issued the joint statement', '中法发表…联合声明')", () => {
  it("en: issued, released or published a joint statement", () => {
    expect(triples("Kenya and Chile issued a joint statement, the Lagos Declaration on AI.")).toEqual(each(["CHL", "KEN"], "signatory", "lagos-declaration"));
    // (statements of their own that welcome the declaration: support, not a signature)
    expect(triples("Kenya and Chile issued statements welcoming the Lagos Declaration on AI.")).toEqual(each(["CHL", "KEN"], "supporter", "lagos-declaration"));
    expect(triples("China and France issued the China-France Joint Statement on Data Governance in May.")).toEqual(
      each(["CHN", "FRA"], "signatory", "china-france-data-statement"),
    );
  });
  it("zh: 中法(两国)发表(了)…联合声明, the pair before the verb", () => {
    expect(triples("今年5月，中法发表关于数据治理的联合声明。")).toEqual(each(["CHN", "FRA"], "signatory", "china-france-data-statement"));
  });
  it("not a statement of one's own about a joint text", () => {
    expect(triples("India issued a statement on the China-France Joint Statement on Data Governance.")).not.toContainEqual(["IND", "signatory", "china-france-data-statement"]);
  });
});
