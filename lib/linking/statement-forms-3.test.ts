import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { linkArticle } from "./link-article";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): one family of statement forms per
// block (membership lists, role nouns opening a sentence, supporters, leaders named by surname, states speaking
// at a reported meeting), each with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 4000 });
  all.push(
    country("KEN", "Kenya", "肯尼亚", ["Kenyan"]),
    country("CHL", "Chile", "智利", ["Chilean"]),
    country("PER", "Peru", "秘鲁", ["Peruvian"]),
    country("NOR", "Norway", "挪威", ["Norwegian"]),
    org("unesco", "UNESCO", "联合国教科文组织"),
    org("andean-ai-network", "Andean Network of AI Labs", "安第斯人工智能实验室网络"),
    org("open-data-friends", "Friends of Open Data Group", "开放数据之友小组"),
  );
  all.push(
    {
      id: nextId(),
      kind: "event",
      slug: "andes-debate",
      nameEn: "UN debate on Open Data for Peace and Sustainable Development in the Andes",
      nameZh: "联合国“安第斯开放数据促进和平与可持续发展”高级别辩论",
      date: "2025-06-03",
      aliases: [],
    },
    { id: nextId(), kind: "event", slug: "nairobi-forum", nameEn: "Nairobi AI Forum", nameZh: "内罗毕人工智能论坛", date: "2025-06-03", aliases: [] },
    { id: nextId(), kind: "event", slug: "quito-dialogue-2025", nameEn: "Quito AI Dialogue", nameZh: "基多人工智能对话会", date: "2025-06-03", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "pacific-ai-report", nameEn: "Pacific AI Safety Report", nameZh: "太平洋人工智能安全报告", date: "2025-05-01", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "quito-declaration", nameEn: "Quito Declaration on AI", nameZh: "基多人工智能宣言", date: "2025-06-03", aliases: [] },
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
const NET = "andean-ai-network";

describe("membership lists: the members of a body named before", () => {
  it.each([
    ["Officials launched the Andean Network of AI Labs in Lima. The founding members comprise Chile, Peru and Norway."],
    ["The Andean Network of AI Labs met in Quito. The initial members of the Network are Chile, Peru and Norway, but more may join."],
    ["各方在利马启动了安第斯人工智能实验室网络。该网络的首批成员包括智利、秘鲁和挪威。"],
  ])("%s", (body) => {
    expect(triples(body).filter((t) => t[1] === "member")).toEqual(each(["CHL", "NOR", "PER"], "member", NET));
  });
  it("Among the countries participating in this initiative are …: taking part in a group is membership", () => {
    expect(triples("Kenya has been chosen to join the Friends of Open Data Group. Among the countries participating in this initiative are Chile, Peru and Norway.")).toEqual(
      each(["CHL", "KEN", "NOR", "PER"], "member", "open-data-friends"),
    );
  });
  it("not without a body named just before, and not an event taken part in", () => {
    expect(triples("The founding members comprise Chile, Peru and Norway.")).toEqual([]);
    // (two other bodies named before, neither a network or group by name: no guess)
    expect(triples("The network was launched with support from the United Nations and UNESCO. The founding members comprise Chile and Peru.")).toEqual([]);
    expect(triples("The Quito AI Dialogue opened on Tuesday. Among the countries participating in the Quito AI Dialogue are Chile and Peru.")).toEqual(
      each(["CHL", "PER"], "participant", "quito-dialogue-2025"),
    );
  });
});

describe("a role noun opening the sentence: 'As co-chairs, A, B and C …', 作为共同主席", () => {
  it("As the first set of co-chairs, A, B and C will lead … the Declaration", () => {
    expect(triples("As the first set of co-chairs, Chile, Peru and Norway will lead the working groups that implement the Quito Declaration on AI.")).toEqual(
      each(["CHL", "NOR", "PER"], "co-chair", "quito-declaration"),
    );
  });
  it("As co-chairs of the dialogue, A and B …; 作为基多人工智能对话会的共同主席，A和B…", () => {
    expect(triples("As co-chairs of the Quito AI Dialogue, Chile and Kenya opened the session.")).toEqual(each(["CHL", "KEN"], "co-chair", "quito-dialogue-2025"));
    expect(triples("作为基多人工智能对话会的共同主席，智利和肯尼亚致开幕辞。")).toEqual(each(["CHL", "KEN"], "co-chair", "quito-dialogue-2025"));
  });
  it("The co-chairs of X were A and B; X was co-chaired by five states", () => {
    expect(triples("The co-chairs of the Quito AI Dialogue were Chile and Kenya.")).toEqual(each(["CHL", "KEN"], "co-chair", "quito-dialogue-2025"));
    expect(triples("The Quito AI Dialogue was co-chaired by Chile, Peru, Norway, Kenya and France.")).toEqual(
      each(["CHL", "FRA", "KEN", "NOR", "PER"], "co-chair", "quito-dialogue-2025"),
    );
  });
  it("not another role noun ('As observers, …'), nor a list after a clause of its own", () => {
    expect(triples("As observers, Chile and Kenya followed the Quito AI Dialogue.").filter((t) => t[1] === "co-chair")).toEqual([]);
    expect(triples("As co-chairs said, Chile and Kenya disagreed at the Quito AI Dialogue.").filter((t) => t[1] === "co-chair")).toEqual([]);
  });
  it("presided over by a state's minister", () => {
    expect(triples("The Quito AI Dialogue, presided over by Chile's foreign minister, ended on Tuesday.")).toEqual([["CHL", "chair", "quito-dialogue-2025"]]);
  });
});

describe("supporters of a report or a text: 'A, B and C backed X', 'X, supported by A and B', 中方支持《…》", () => {
  it.each([
    ["Chile, Peru and Norway backed the Pacific AI Safety Report."],
    ["The Pacific AI Safety Report, supported by Chile, Peru and Norway, was published on Monday."],
    ["The Pacific AI Safety Report is mandated by more than 30 countries including Chile, Peru and Norway."],
    ["智利、秘鲁和挪威支持《太平洋人工智能安全报告》。"],
  ])("%s", (body) => {
    expect(triples(body)).toEqual(each(["CHL", "NOR", "PER"], "supporter", "pacific-ai-report"));
  });
  it("a declaration backed by states is signed by them", () => {
    expect(triples("The Quito Declaration on AI was backed by Chile and Peru.")).toEqual(each(["CHL", "PER"], "signatory", "quito-declaration"));
  });
  it("not when the support is denied or refused", () => {
    expect(triples("Chile did not support the Pacific AI Safety Report.")).toEqual([]);
    expect(triples("挪威拒绝支持《太平洋人工智能安全报告》。")).toEqual([]);
    expect(triples("Norway refused to back the Pacific AI Safety Report.")).toEqual([]);
    expect(triples("Norway backed away from the Pacific AI Safety Report.")).toEqual([]);
  });
  it("a state that proposed a text is not also suggested as its supporter", () => {
    expect(triples("智利提出并支持《太平洋人工智能安全报告》。").filter((t) => t[1] === "supporter")).toEqual([]);
  });
});

describe("a leader named once with the state and later by surname alone", () => {
  it("Kenyan President William Ruto … Ruto co-chaired …", () => {
    expect(triples("Kenyan President William Ruto arrived in Quito on Monday. On Tuesday Ruto co-chaired the Quito AI Dialogue with Chile.")).toEqual(
      each(["CHL", "KEN"], "co-chair", "quito-dialogue-2025"),
    );
  });
  it("秘鲁总统博卢阿尔特……博卢阿尔特出席了基多人工智能对话会", () => {
    expect(triples("秘鲁总统博卢阿尔特周一抵达基多。次日，博卢阿尔特出席了基多人工智能对话会。")).toEqual([["PER", "participant", "quito-dialogue-2025"]]);
  });
  it("挪威首相约纳斯·斯特勒……斯特勒与智利共同主持: a transliterated name used again by its last part", () => {
    expect(triples("挪威首相约纳斯·斯特勒周一抵达。斯特勒与智利共同主持了内罗毕人工智能论坛。")).toEqual(each(["CHL", "NOR"], "co-chair", "nairobi-forum"));
  });
  it("not a surname the article never ties to a state, nor one tied to two states", () => {
    expect(triples("Ruto co-chaired the Quito AI Dialogue with Chile.").filter((t) => t[0] === "KEN")).toEqual([]);
    expect(triples("Kenyan Minister Ann Otieno met Peruvian Minister Luis Otieno on Monday. Otieno attended the Quito AI Dialogue.").filter((t) => t[1] === "participant")).toEqual(
      [],
    );
  });
});

describe("states that speak at the meeting the article reports take part in it", () => {
  it("During the meeting, A urged … while B warned …", () => {
    expect(triples("The Quito AI Dialogue opened on Tuesday. During the meeting, Chile urged caution, while Norway warned against misuse.")).toEqual(
      each(["CHL", "NOR"], "participant", "quito-dialogue-2025"),
    );
  });
  it("肯尼亚常驻联合国代表……提出 in a report of the meeting", () => {
    expect(triples("基多人工智能对话会3日举行。肯尼亚常驻联合国代表基马尼提出三点建议。")).toEqual([["KEN", "participant", "quito-dialogue-2025"]]);
  });
  it("'报道称，在当天于基多举行的基多人工智能对话会上，肯尼亚表示…': a clause that opens with 在 and words of when or where", () => {
    expect(triples("路透社报道称，在当天于基多举行的基多人工智能对话会上，肯尼亚表示希望创建一个新组织。")).toEqual([["KEN", "participant", "quito-dialogue-2025"]]);
    // (a state before 在 is no setting's actor; a report of another event is not this one)
    expect(triples("报道称，在下一届基多人工智能对话会上，肯尼亚表示将提出建议。")).toEqual([]);
  });
  it("not a speech with no meeting reported near it, nor at the next meeting", () => {
    expect(triples("Chile's ambassador said the talks were useful.")).toEqual([]);
    expect(triples("The Quito AI Dialogue opened on Tuesday. Talks went on. Lunch followed. At the next session, Chile said more.")).toEqual([]);
  });
});

describe("initiating a body founds it", () => {
  it("the ministries of A have initiated the Network", () => {
    expect(triples("Chile and Peru have initiated the Andean Network of AI Labs.")).toEqual(each(["CHL", "PER"], "co-founder", NET));
  });
});

describe("the state an event is held in hosts it", () => {
  it.each([
    ["Ministers met ahead of the Nairobi AI Forum scheduled in Peru next month."],
    ["The Nairobi AI Forum, held in Lima, Peru, closed on Tuesday."],
    ["内罗毕人工智能论坛于6月3日在秘鲁利马落下帷幕。"],
    ["智利派团参加了在秘鲁举行的内罗毕人工智能论坛。"],
  ])("%s", (body) => {
    expect(triples(body).filter((t) => t[1] === "host")).toEqual([["PER", "host", "nairobi-forum"]]);
  });
  it("not a list of venues, a possessive, or talks between parties in a third state", () => {
    expect(triples("前两届内罗毕人工智能论坛分别在秘鲁、智利举行。").filter((t) => t[1] === "host")).toEqual([]);
    expect(triples("The Nairobi AI Forum in Peru's view was a success.").filter((t) => t[1] === "host")).toEqual([]);
    expect(triples("The Quito AI Dialogue took place in Norway on Tuesday.").filter((t) => t[1] === "host")).toEqual([]);
  });
  it("'ahead of the forum hosted by Peru': the verb right after the name says who hosts it", () => {
    expect(triples("Chile published a plan ahead of the Nairobi AI Forum hosted by Peru.").filter((t) => t[1] === "host")).toEqual([["PER", "host", "nairobi-forum"]]);
  });
});

describe("adjectives and appositives that are no acts", () => {
  it("'the founding principles were set out in …' founds nothing", () => {
    expect(
      triples("The Network was set up by Chile in May and the founding principles were set out in the Quito Declaration on AI.").filter((t) => t[2] === "quito-declaration"),
    ).toEqual([]);
  });
  it("a person's title between commas is the person's, not the list's before it", () => {
    expect(triples("The council heard UNESCO chief Jane Roe, John Doe, co-founder of the Andean Network of AI Labs, and others.")).toEqual([]);
  });
});

describe("lists after a zh role noun, 'were joined by', relative clauses", () => {
  it("论坛的共同主席为A、B和C; 参与该网络的国家有A、B", () => {
    expect(triples("内罗毕人工智能论坛的共同主席为肯尼亚、智利和秘鲁。")).toEqual(each(["CHL", "KEN", "PER"], "co-chair", "nairobi-forum"));
    expect(triples("各方在利马启动了安第斯人工智能实验室网络。参与该网络的国家有智利、秘鲁和挪威。").filter((t) => t[1] === "member")).toEqual(
      each(["CHL", "NOR", "PER"], "member", NET),
    );
  });
  it("not a role noun that is a title before a name (共同主席、赞比亚代表…)", () => {
    expect(triples("内罗毕人工智能论坛共同主席、肯尼亚代表某某致辞。").filter((t) => t[1] === "co-chair" && t[2] === "nairobi-forum")).toEqual([]);
  });
  it("A and B were joined by C in signing X", () => {
    expect(triples("Chile and Peru were joined by Norway in signing the Quito Declaration on AI.")).toEqual(each(["CHL", "NOR", "PER"], "signatory", "quito-declaration"));
  });
  it("X, which A and B will co-chair; not a relative clause that only mentions a state", () => {
    expect(triples("Kenya will host the Nairobi AI Forum, which Chile and Peru will co-chair.")).toEqual(
      [...each(["CHL", "PER"], "co-chair", "nairobi-forum"), ["KEN", "host", "nairobi-forum"]].sort(),
    );
    expect(triples("Kenya will host the Nairobi AI Forum, which critics in Chile say is too costly.").filter((t) => t[0] === "CHL")).toEqual([]);
  });
});

describe("a resolution named right after the body that adopts such texts", () => {
  it.each([["联合国大会“加强人工智能能力建设国际合作”决议强调能力建设。"], ["The UN General Assembly's resolution A/RES/78/311 calls for capacity-building."]])("%s", (body) => {
    expect(triples(body)).toEqual([["unga-res-78-311", "adopted-by", "un-general-assembly"]]);
  });
  it("not a draft, nor a body that adopts no resolutions ('the UN resolution')", () => {
    expect(triples("Chile circulated a draft UN General Assembly resolution A/RES/78/311 last week.")).toEqual([]);
    expect(triples("The UN resolution A/RES/78/311 was welcomed.")).toEqual([]);
  });
});

describe("在 + a place + 举办的 + an event describes the event", () => {
  it("智利参加了在基多举办的论坛: Chile attended, it did not host", () => {
    expect(triples("智利应邀派团参加了在基多举办的内罗毕人工智能论坛。")).toEqual([["CHL", "participant", "nairobi-forum"]]);
  });
  it("but 肯尼亚在内罗毕举办的论坛: the state right before 在 hosts it", () => {
    expect(triples("肯尼亚在内罗毕举办的内罗毕人工智能论坛吸引了多国参加。")).toEqual([["KEN", "host", "nairobi-forum"]]);
  });
});

describe("a state named with its role at the reported event as a title", () => {
  it("智利、共同主席国秘鲁、挪威等都签署宣言 (after the forum is reported)", () => {
    const got = triples("内罗毕人工智能论坛周二闭幕。智利、共同主席国秘鲁、挪威等都签署了《基多人工智能宣言》。");
    expect(got).toContainEqual(["PER", "co-chair", "nairobi-forum"]);
    expect(got.filter((t) => t[1] === "signatory").map((t) => t[0])).toEqual(["CHL", "NOR", "PER"]);
  });
  it("forum host country Kenya said …", () => {
    expect(triples("At the Nairobi AI Forum, host country Kenya said the talks went well.")).toContainEqual(["KEN", "host", "nairobi-forum"]);
  });
  it("not without an event near it, nor a title that belongs to an organisation before it", () => {
    expect(triples("智利、共同主席国秘鲁、挪威等都签署了《基多人工智能宣言》。").filter((t) => t[1] === "co-chair")).toEqual([]);
    expect(triples("内罗毕人工智能论坛周二闭幕。金砖轮值主席国秘鲁表示欢迎。").filter((t) => t[2] === "nairobi-forum")).toEqual([]);
  });
});

describe("more passives and noun forms: 'by the foreign ministers of', 'parties to', 已获…签署, 签署国包括, X的创始成员", () => {
  it.each([
    ["The Quito Declaration on AI was signed by the foreign ministers of Chile and Peru.", ["CHL", "PER"]],
    ["Chile and Peru are parties to the Quito Declaration on AI.", ["CHL", "PER"]],
    ["《基多人工智能宣言》已获智利、秘鲁等40国签署。", ["CHL", "PER"]],
    ["《基多人工智能宣言》的签署国包括智利和秘鲁。", ["CHL", "PER"]],
    ["秘鲁是《基多人工智能宣言》缔约方。", ["PER"]],
  ])("%s", (body, subjects) => {
    expect(triples(body)).toEqual(each(subjects, "signatory", "quito-declaration"));
  });
  it("智利是…网络的创始成员; 智利担任论坛主席国", () => {
    expect(triples("智利是安第斯人工智能实验室网络的创始成员。")).toEqual([["CHL", "member", NET]]);
    expect(triples("智利担任内罗毕人工智能论坛主席国。")).toEqual([["CHL", "chair", "nairobi-forum"]]);
  });
  it("not 'has yet to sign', 'is expected to sign', 'may sign', 'intends to sign', 不是…成员 (but 'on May 21' is a date)", () => {
    expect(triples("Chile has yet to sign the Quito Declaration on AI.")).toEqual([]);
    expect(triples("Chile is expected to sign the Quito Declaration on AI next week.")).toEqual([]);
    expect(triples("Chile may sign the Quito Declaration on AI.")).toEqual([]);
    // (an intention announced is no act either)
    expect(triples("Chile has signaled its intention to sign the Quito Declaration on AI.")).toEqual([]);
    expect(triples("Chile intends to sign the Quito Declaration on AI.")).toEqual([]);
    expect(triples("Chile is set to sign the Quito Declaration on AI.")).toEqual([]);
    expect(triples("智利不是安第斯人工智能实验室网络的成员。")).toEqual([]);
    expect(triples("Chile on May 21 signed the Quito Declaration on AI.")).toEqual([["CHL", "signatory", "quito-declaration"]]);
  });
  it("'reached an agreement, known as X': the text named right after is what they subscribed to", () => {
    expect(triples("On May 21, Chile and Peru reached a landmark agreement, known as the Quito Declaration on AI.")).toEqual(
      each(["CHL", "PER"], "signatory", "quito-declaration"),
    );
  });
});

describe("counts that are the list's own, speeches at a named event, 参与 is no partner's 与", () => {
  it("A, B and C were among the 30 countries that endorsed X; were the first countries to sign", () => {
    expect(triples("Chile, Peru and Norway were among the 30 countries that endorsed the Quito Declaration on AI.")).toEqual(
      each(["CHL", "NOR", "PER"], "signatory", "quito-declaration"),
    );
    expect(triples("Chile and Peru were the first countries to sign the Quito Declaration on AI.")).toEqual(each(["CHL", "PER"], "signatory", "quito-declaration"));
  });
  it("not 'among the countries that have not signed'", () => {
    expect(triples("Chile and Peru were among the countries that have not signed the Quito Declaration on AI.")).toEqual([]);
  });
  it.each([
    ["Chile's foreign minister addressed the Nairobi AI Forum on Monday."],
    ["智利外长在内罗毕人工智能论坛上发言。"],
    ["智利外长在内罗毕人工智能论坛开幕式上致辞。"],
    ["中方积极参与内罗毕人工智能论坛。"],
  ])("%s", (body) => {
    expect(triples(body)).toEqual([[body.startsWith("中方") ? "CHN" : "CHL", "participant", "nairobi-forum"]]);
  });
  it("not a speech elsewhere that names the forum", () => {
    expect(triples("智利外长在北京表示，内罗毕人工智能论坛很成功。")).toEqual([]);
    expect(triples("Chile's foreign minister addressed concerns about costs.")).toEqual([]);
  });
});

describe("'both countries', 'the two sides', 双方 stand for the pair named just before", () => {
  it.each([
    ["Chile and Peru met in Lima on Monday. Both countries signed the Quito Declaration on AI.", "signatory", "quito-declaration"],
    ["Chile and Peru held talks. The Nairobi AI Forum was co-chaired by officials from the two countries.", "co-chair", "nairobi-forum"],
    ["智利和秘鲁举行会谈。双方共同签署了《基多人工智能宣言》。", "signatory", "quito-declaration"],
  ])("%s", (body, role, object) => {
    expect(triples(body)).toEqual(each(["CHL", "PER"], role, object));
  });
  it("not after a list of three, nor with no pair named before", () => {
    expect(triples("Chile, Peru and Norway met. Both sides signed the Quito Declaration on AI.")).toEqual([]);
    expect(triples("Both countries signed the Quito Declaration on AI.")).toEqual([]);
  });
});

describe("an event named by its theme", () => {
  it.each([
    ["Kenya chaired a high-level debate on “Open Data for Peace and Sustainable Development in the Andes” on Tuesday."],
    ["肯尼亚主持了主题为“安第斯开放数据促进和平与可持续发展”的高级别辩论。"],
  ])("%s", (body) => {
    expect(triples(body)).toEqual([["KEN", "chair", "andes-debate"]]);
  });
  it("not a quoted phrase that is no meeting's theme", () => {
    expect(triples("Kenya chaired talks and said “Open Data for Peace and Sustainable Development in the Andes” was a good slogan.")).toEqual([]);
  });
});

describe("由A发起、B和C参与的X; announcing a withdrawal", () => {
  it("由智利发起、秘鲁和挪威参与的网络: Chile founded it, Peru and Norway are members", () => {
    expect(triples("由智利发起、秘鲁和挪威参与的安第斯人工智能实验室网络于去年成立。")).toEqual([["CHL", "founder", NET], ...each(["NOR", "PER"], "member", NET)].sort());
  });
  it("not 宣布退出 (announcing that it leaves), nor 参与的 a meeting's body", () => {
    expect(triples("智利宣布退出安第斯人工智能实验室网络。")).toEqual([]);
    expect(triples("秘鲁参与的联合国教科文组织会议很成功。").filter((t) => t[1] === "member")).toEqual([]);
  });
});

describe("more membership forms and leaders named title-first", () => {
  it.each([
    ["The Andean Network of AI Labs, whose members include Chile, Peru and Norway, met on Monday."],
    ["The Andean Network of AI Labs now has three members: Chile, Peru and Norway."],
    ["The Andean Network of AI Labs' members are Chile, Peru and Norway."],
  ])("%s", (body) => {
    expect(triples(body)).toEqual(each(["CHL", "NOR", "PER"], "member", NET));
  });
  it("not members of something else named in between", () => {
    expect(triples("The Andean Network of AI Labs met UNESCO, whose members include Chile and Peru.").filter((t) => t[2] === NET)).toEqual([]);
  });
  it("Prime Minister Jonas Store of Norway … Store co-chaired …; Norwegian PM Jonas Store …", () => {
    for (const intro of ["Prime Minister Jonas Store of Norway", "Norwegian PM Jonas Store"])
      expect(triples(`${intro} arrived on Monday. Store co-chaired the Nairobi AI Forum with Chile.`)).toEqual(each(["CHL", "NOR"], "co-chair", "nairobi-forum"));
  });
});

describe("the one urged or invited has not done it", () => {
  it.each([["Chile urged Peru to sign the Quito Declaration on AI."], ["智利呼吁秘鲁签署《基多人工智能宣言》。"], ["Kenya invited Chile to attend the Nairobi AI Forum."]])(
    "%s",
    (body) => {
      expect(triples(body)).toEqual([]);
    },
  );
  it("but Chile joined Peru and Norway in signing it: all three signed", () => {
    expect(triples("Chile joined Peru and Norway in signing the Quito Declaration on AI.")).toEqual(each(["CHL", "NOR", "PER"], "signatory", "quito-declaration"));
  });
});

describe("a body's members listed after a count, a description or 由…组成", () => {
  it.each([
    ["As of now, the Andean Network of AI Labs' 12 members include countries like Chile, Peru and Norway."],
    ["The Andean Network of AI Labs is an informal grouping of like-minded states, consisting of leaders from Chile, Peru and Norway."],
    ["The Andean Network of AI Labs, comprising Chile, Peru and Norway, met in Quito."],
    ["安第斯人工智能实验室网络由智利、秘鲁、挪威等12个国家组成。"],
    ["由智利、秘鲁和挪威组成的安第斯人工智能实验室网络周五表示，将在基多开会。"],
  ])("%s", (body) => {
    expect(triples(body).filter((t) => t[2] === NET)).toEqual(each(["CHL", "NOR", "PER"], "member", NET));
  });
  it("'UNESCO countries like …' are its members; 'non-UNESCO countries like …' are not", () => {
    expect(triples("UNESCO countries like Chile, Peru and Norway took part in the talks.").filter((t) => t[1] === "member")).toEqual(
      each(["CHL", "NOR", "PER"], "member", "unesco"),
    );
    expect(triples("联合国教科文组织成员国智利、秘鲁和挪威参加了会议。").filter((t) => t[1] === "member")).toEqual(each(["CHL", "NOR", "PER"], "member", "unesco"));
    expect(triples("非联合国教科文组织成员国智利、秘鲁和挪威参加了会议。").filter((t) => t[1] === "member")).toEqual([]);
  });
  it.each([
    ["安第斯人工智能实验室网络由智利、秘鲁和挪威共同发起。"],
    ["由智利、秘鲁和挪威共同发起的安第斯人工智能实验室网络周五在基多开会。"],
    ["The Andean Network of AI Labs is a grouping that meets in Quito, where talks consisting of panels were held; Chile, Peru and Norway spoke."],
    ["Non-UNESCO countries like Chile, Peru and Norway took part in the talks."],
  ])("not members: %s", (body) => {
    expect(triples(body).filter((t) => t[1] === "member")).toEqual([]);
  });
});

describe("'The current membership includes …': the members of the body the sentences before name", () => {
  it("three states or more, of the body named in the sentences before", () => {
    const body =
      "Leaders of the Andean Network of AI Labs met in Quito on Sunday. The meeting was the first since the network grew. The current membership includes Chile, Peru and Norway.";
    expect(triples(body).filter((t) => t[1] === "member")).toEqual(each(["CHL", "NOR", "PER"], "member", NET));
  });
  it("not two states, nor with no body named before", () => {
    expect(triples("Leaders of the Andean Network of AI Labs met in Quito. Its membership includes Chile and Peru.").filter((t) => t[1] === "member")).toEqual([]);
    expect(triples("Leaders met in Quito. The current membership includes Chile, Peru and Norway.").filter((t) => t[1] === "member")).toEqual([]);
  });
});

describe("'The 15 founding members include …', '… now has 25 members: …': the members listed of the body named before", () => {
  it("a sentence that opens with the members, or says how many it now has, before the list", () => {
    const opening = "The Andean Network of AI Labs met in Quito on Sunday. The 15 founding members include Chile, Peru and Norway.";
    expect(triples(opening).filter((t) => t[1] === "member")).toEqual(each(["CHL", "NOR", "PER"], "member", NET));
    const counted = "Kenya joined the Andean Network of AI Labs. It was set up in 2020 and now has 25 members: Chile, Peru and Norway.";
    expect(triples(counted).filter((t) => t[1] === "member" && t[0] !== "KEN")).toEqual(each(["CHL", "NOR", "PER"], "member", NET));
  });
  it("'as set out by founding members Chile, Peru and Norway': the states named right after the words founded the body named before", () => {
    const body = "The Andean Network of AI Labs was launched on Monday. Its aim, as set out by founding members Chile, Peru and Norway, is to share research.";
    expect(triples(body).filter((t) => t[1] === "co-founder")).toEqual(each(["CHL", "NOR", "PER"], "co-founder", NET));
    const thanked = "We met for the Andean Network of AI Labs. I thank all the other founding members: Chile, Peru and Norway.";
    expect(triples(thanked).filter((t) => t[1] === "co-founder")).toEqual(each(["CHL", "NOR", "PER"], "co-founder", NET));
  });
  it("not two founding members named, nor founding members with no body named before", () => {
    expect(
      triples("The Andean Network of AI Labs was launched. Its aim, as set out by founding members Chile and Peru, is research.").filter((t) => t[1] === "co-founder"),
    ).toEqual([]);
    expect(triples("Its aim, as set out by founding members Chile, Peru and Norway, is to share research.").filter((t) => t[1] === "co-founder")).toEqual([]);
  });
  it("founding members listed are members, not founders", () => {
    expect(triples("The Andean Network of AI Labs met in Quito. Its founding members are Chile, Peru and Norway.").filter((t) => t[1] === "founder")).toEqual([]);
  });
});

describe("thanked for organizing: the one thanked hosts the meeting", () => {
  it("one state thanked for organizing it hosts it; two co-host it", () => {
    expect(triples("Peru thanked Kenya for organizing the Nairobi AI Forum.")).toEqual([["KEN", "host", "nairobi-forum"]]);
    expect(triples("I thank the Governments of Chile and Kenya for organizing this Nairobi AI Forum.")).toEqual(each(["CHL", "KEN"], "co-host", "nairobi-forum"));
  });
});

describe("states adopting a declaration put their names to it", () => {
  it("Chile, Peru and Norway adopted the Quito Declaration on AI", () => {
    expect(triples("Chile, Peru and Norway adopted the Quito Declaration on AI.")).toEqual(each(["CHL", "NOR", "PER"], "signatory", "quito-declaration"));
  });
  it("but a report adopted by states is no declaration they sign", () => {
    expect(triples("Chile and Peru adopted the Pacific AI Safety Report.").filter((t) => t[1] === "signatory")).toEqual([]);
  });
  it("'… and new members including …' goes on with the same list", () => {
    expect(triples("Chile, Peru, and new members including Norway and Kenya signed the Quito Declaration on AI.")).toEqual(
      each(["CHL", "KEN", "NOR", "PER"], "signatory", "quito-declaration"),
    );
  });
});

describe("a sentence opening 'Hosted in <place> by …'", () => {
  it("the states after 'by' host the meeting the sentence goes on about", () => {
    expect(triples("Hosted in Nairobi by Kenya and Chile on June 3, the Nairobi AI Forum drew 40 delegations.")).toEqual(each(["CHL", "KEN"], "co-host", "nairobi-forum"));
  });
  it("not a place that hosts nothing: 'Held in Nairobi by the lake, …'", () => {
    expect(triples("Held in Nairobi, the Nairobi AI Forum was attended by Chile.").filter((t) => t[1].includes("host"))).toEqual([]);
  });
});

describe("在 + the state + a city glossed in brackets + 举行的 + the event", () => {
  it("the state hosts it", () => {
    expect(triples("路透社报道，在肯尼亚内罗毕（Nairobi）举行的这场「内罗毕人工智能论坛」，共40国出席。").filter((t) => t[1] === "host")).toEqual([
      ["KEN", "host", "nairobi-forum"],
    ]);
  });
  it("not a state named for something else before the verb", () => {
    expect(triples("在肯尼亚的支持下（Nairobi）举行的内罗毕人工智能论坛，共40国出席。").filter((t) => t[1] === "host")).toEqual([]);
  });
});

describe("a sentence opening 'Jointly established by A and B, the network …'", () => {
  it("founds the body the article has just named by that kind", () => {
    expect(triples("Officials opened the Andean Network of AI Labs in Lima. Jointly established by Chile and Peru, the network links labs in both countries.")).toEqual(
      each(["CHL", "PER"], "co-founder", NET),
    );
  });
  it("not a thing of another kind ('the fund')", () => {
    expect(triples("Officials opened the Andean Network of AI Labs in Lima. Jointly established by Chile and Peru, the fund pays for research.")).toEqual([]);
  });
});

describe("a sentence opening 'Gathered at <meeting>, …, leaders representing A, B …'", () => {
  it("the states the leaders represent took part in it", () => {
    expect(
      triples(
        "Gathered at the Nairobi AI Forum on 3 June 2025, and following on from earlier talks, ministers representing Chile, the Republic of Peru and Norway affirm their resolve.",
      ),
    ).toEqual(each(["CHL", "NOR", "PER"], "participant", "nairobi-forum"));
  });
  it("not states named otherwise after it", () => {
    expect(triples("Gathered at the Nairobi AI Forum on 3 June 2025, ministers praised Chile, Peru and Norway.")).toEqual([]);
  });
});

describe("'A and B are uniting with C and D to create X': all of them found it", () => {
  it("the states before 'with' and after it", () => {
    expect(triples("Chile and Peru are uniting with Norway and Kenya to create the Andean Network of AI Labs.")).toEqual(each(["CHL", "KEN", "NOR", "PER"], "co-founder", NET));
  });
  it("not a thing described after 'to create' that only mentions the body", () => {
    expect(triples("Chile announced plans to create ‘a research lab for the Andean Network of AI Labs’.")).toEqual([]);
  });
  it("the body whose members stand with the states is not one of them", () => {
    expect(triples("The Andean Network of AI Labs' members, along with Chile and Peru, signed the Quito Declaration on AI.")).toEqual(
      each(["CHL", "PER"], "signatory", "quito-declaration"),
    );
  });
});

describe("names after a preposition with a relative clause of their own are not the verb's subject", () => {
  it("Peru … built on the work done by Kenya and Chile, which organized the previous two forums, by offering to host …", () => {
    expect(triples("Peru has decided to build on the work done by Kenya and Chile, which organized the previous two forums, by offering to host the Nairobi AI Forum.")).toEqual([
      ["PER", "host", "nairobi-forum"],
    ]);
  });
  it("but a subject with a relative clause of its own still acts", () => {
    expect(triples("Kenya, which joined the network in May, hosted the Nairobi AI Forum.").filter((t) => t[1] === "host")).toEqual([["KEN", "host", "nairobi-forum"]]);
  });
});

describe("'Notable supporters included A, B': the text named just before", () => {
  it("each state listed supports it", () => {
    expect(triples("Chile introduced the Quito Declaration on AI in May. Notable supporters included Peru and Norway.").filter((t) => t[1] === "supporter")).toEqual(
      each(["NOR", "PER"], "supporter", "quito-declaration"),
    );
  });
  it("not supporters of a team, with no text named before", () => {
    expect(triples("The match was held in May. Notable supporters included Peru and Norway.")).toEqual([]);
  });
});

describe("'As founding members of X and members of Y, A and B …'", () => {
  it("the states listed after the phrase found X and are members of Y", () => {
    expect(
      triples("As founding members of UNESCO and members of the Andean Network of AI Labs, Chile and Peru reaffirm their commitment.").filter((t) => t[0] !== "unesco"),
    ).toEqual([...each(["CHL", "PER"], "founder", "unesco"), ...each(["CHL", "PER"], "member", NET)].sort());
  });
  it("not bodies named after the states", () => {
    expect(triples("As founding members, Chile and Peru praised UNESCO.").filter((t) => t[1] === "founder")).toEqual([]);
  });
});

describe("由X主导的…宣言: the state that led a text put it forward", () => {
  it("由智利主导的基多人工智能宣言获得通过。", () => {
    expect(triples("今年五月，由智利主导的《基多人工智能宣言》获得通过。").filter((t) => t[1] === "sponsor")).toEqual([["CHL", "sponsor", "quito-declaration"]]);
  });
  it("not a state that leads something else", () => {
    expect(triples("智利主导了会议的讨论，《基多人工智能宣言》随后获得通过。").filter((t) => t[1] === "sponsor")).toEqual([]);
  });
});
