import { describe, expect, it } from "vitest";
import { normaliseBody } from "@/lib/ingest/extract-article";
import { buildGazetteer } from "./gazetteer";
import { datelineInYearOfNamedEvent, latestNamedDay, linkArticle } from "./link-article";
import { findMentions } from "./find-mentions";
import { roleFamily } from "./extract-relations";
import { resolveDates } from "./resolve-dates";
import { splitSentences } from "./sentences";
import type { GazetteerEntry } from "./types";
import { entryBuilders, testEntries } from "@/tests/helpers/test-gazetteer";

// Sentences written for these tests (not taken from the labelled fixtures): one family of statement forms per
// block, each with a case where the rule must not fire.
function entries(): GazetteerEntry[] {
  const all = testEntries();
  const { country, org, nextId } = entryBuilders({ firstId: 3000 });
  all.push(
    country("KEN", "Kenya", "肯尼亚", ["Kenyan"]),
    country("CHL", "Chile", "智利", ["Chilean"]),
    country("PER", "Peru", "秘鲁"),
    country("NOR", "Norway", "挪威"),
    org("unesco", "UNESCO", "联合国教科文组织"),
    org("mfa-kenya", "Ministry of Foreign Affairs of Kenya", "肯尼亚外交部"),
    org("nairobi-university", "University of Nairobi", "内罗毕大学"),
  );
  all.push(
    { id: nextId(), kind: "event", slug: "nairobi-forum-2025", nameEn: "Nairobi AI Forum", nameZh: "内罗毕人工智能论坛", date: "2025-03-10", aliases: [] },
    { id: nextId(), kind: "event", slug: "lima-summit-2024", nameEn: "Lima AI Summit", nameZh: "利马人工智能峰会", date: "2024-11-20", aliases: [] },
    { id: nextId(), kind: "event", slug: "santiago-workshop-2025", nameEn: "Santiago AI Workshop", nameZh: "圣地亚哥人工智能研讨班", date: "2025-06-02", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "lima-charter", nameEn: "Lima Charter on AI", nameZh: "利马人工智能宪章", date: "2024-11-21", aliases: [] },
    { id: nextId(), kind: "initiative", slug: "open-data-plan", nameEn: "Open Data Action Plan", nameZh: "开放数据行动计划", date: "2025-01-10", aliases: [] },
    {
      id: nextId(),
      kind: "initiative",
      slug: "andes-ai-convention",
      nameEn: "Andean Convention on AI",
      nameZh: "安第斯人工智能公约",
      date: "2025-02-01",
      aliases: [{ alias: "安第斯公约", language: "zh", aliasType: "short" }],
    },
  );
  return all;
}
const gz = buildGazetteer({ entries: entries() });
const key = (id: number) => gz.entries.get(id)!.iso3 ?? gz.entries.get(id)!.slug;
const link = (body: string, publishedAt: string | null = "2025-06-10") =>
  linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer: gz, model: null });
const triples = (body: string, publishedAt?: string | null) =>
  link(body, publishedAt)
    .relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)])
    .sort();
const sorted = (xs: string[][]) => [...xs].sort();
const CONV = "andes-ai-convention";

describe("a list that signed a text named before ('signed it', '该公约', 'signatories … including')", () => {
  it.each([
    ["The Andean Convention on AI opened for signature in Lima. Chile, Peru and Kenya signed it on the first day.", [["CHL"], ["KEN"], ["PER"]]],
    ["The Andean Convention on AI was opened for signature. The number of signatories rose to nine, including Chile and Norway.", [["CHL"], ["NOR"]]],
    ["各方在利马讨论了《安第斯人工智能公约》。智利、秘鲁和挪威也签署了该公约。", [["CHL"], ["NOR"], ["PER"]]],
  ])("%s", (body, subjects) => {
    expect(triples(body)).toEqual(sorted(subjects.map(([s]) => [s, "signatory", CONV])));
  });
  it("not a pronoun that opens a clause of its own, nor a text named three sentences away", () => {
    expect(triples("Peru discussed the Andean Convention on AI. Chile signed it is said, but nobody knows.")).toEqual([]);
    expect(triples("The Andean Convention on AI was debated. Talks went on. Then came lunch. Later there was a vote. Chile signed it.")).toEqual([]);
  });
  it("not when the list is refused: 挪威不签署该公约", () => {
    expect(triples("各方讨论了《安第斯人工智能公约》。挪威不签署该公约。")).toEqual([]);
  });
});

describe("zh lists and joint acts", () => {
  it("摩尔多瓦共和国、…: the rest of a state's long name does not break the list", () => {
    expect(triples("智利共和国、秘鲁和挪威签署了《安第斯人工智能公约》。")).toEqual(sorted([["CHL"], ["NOR"], ["PER"]].map(([c]) => [c, "signatory", CONV])));
    // (any other word does)
    expect(triples("智利政府、秘鲁和挪威签署了《安第斯人工智能公约》。").map((t) => t[0])).not.toContain("CHL");
  });
  it("法国、共同主席国印度、中国: a title inside the list keeps the list and is no statement of its own", () => {
    expect(triples("智利、共同主席国秘鲁、挪威等都签署了《安第斯人工智能公约》。")).toEqual(sorted([["CHL"], ["NOR"], ["PER"]].map(([c]) => [c, "signatory", CONV])));
  });
  it("a body's member states that ratified a text are not the body", () => {
    expect(triples("The Andean Convention on AI enters into force once five signatories, including three UNESCO member states, have ratified it.")).toEqual([]);
  });
  it("共同发布《…宪章》 by several states is signing it; one state issuing a text proposes it", () => {
    expect(triples("智利和秘鲁共同发布《利马人工智能宪章》。")).toEqual(
      sorted([
        ["CHL", "signatory", "lima-charter"],
        ["PER", "signatory", "lima-charter"],
      ]),
    );
    expect(triples("智利发布《利马人工智能宪章》。")).toEqual([["CHL", "proposer", "lima-charter"]]);
  });
  it("参与联署 is not attending; a counted subject in between is the one who co-sponsored", () => {
    const got = triples("联合国大会通过了由智利提出、140多个国家参与联署的加强人工智能能力建设国际合作决议。");
    expect(got).toContainEqual(["CHL", "proposer", "unga-res-78-311"]);
    expect(got.filter((t) => t[1] === "participant" || t[1] === "co-sponsor")).toEqual([]);
  });
});

describe("passives with a time or place before 'by'", () => {
  it("adopted last year by the body", () => {
    expect(triples("The Andean Convention on AI was adopted last year by UNESCO after two years of talks.")).toEqual([[CONV, "adopted-by", "unesco"]]);
  });
  it("not a 'by' that is a manner", () => {
    expect(triples("The Andean Convention on AI was adopted last year by consensus.")).toEqual([]);
  });
});

describe("lists with titled persons, partners after 'with'", () => {
  it("co-hosted by Kenyan foreign minister A and Chilean science secretary B", () => {
    expect(triples("The Nairobi AI Forum, co-hosted by Kenyan foreign minister Musalia Mudavadi and Chilean science secretary Aisen Etcheverry, closed on Monday.")).toEqual(
      sorted([
        ["CHL", "co-host", "nairobi-forum-2025"],
        ["KEN", "co-host", "nairobi-forum-2025"],
      ]),
    );
  });
  it("a person the atlas does not know co-chaired the event with a state's leader", () => {
    expect(triples("President Ruto on Monday co-chaired the Nairobi AI Forum with Chilean President Gabriel Boric.")).toEqual([["CHL", "co-chair", "nairobi-forum-2025"]]);
  });
  it("a state co-chaired it with another", () => {
    expect(triples("Kenya co-chaired the Nairobi AI Forum with Chile.")).toEqual(
      sorted([
        ["CHL", "co-chair", "nairobi-forum-2025"],
        ["KEN", "co-chair", "nairobi-forum-2025"],
      ]),
    );
  });
  it("not a 'with' in another clause, nor a one-party role", () => {
    expect(triples("Kenya hosted the Nairobi AI Forum; talks with Chile came later.")).toEqual([["KEN", "host", "nairobi-forum-2025"]]);
  });
});

describe("texts named with their owner", () => {
  it("a Chilean resolution with US support", () => {
    expect(triples("The UN General Assembly adopted a Chinese resolution with US support.", "2024-07-02")).toEqual(
      sorted([
        ["CHN", "sponsor", "unga-res-78-311"],
        ["USA", "supporter", "unga-res-78-311"],
        ["unga-res-78-311", "adopted-by", "un-general-assembly"],
      ]),
    );
  });
  it("宣布中国《…计划》", () => {
    expect(triples("部长宣布智利《开放数据行动计划》,提出五项行动。")).toEqual([["CHL", "proposer", "open-data-plan"]]);
  });
  it("not a place or a charter many sign", () => {
    expect(triples("Delegates met in Chile. Peru's Lima Charter on AI was discussed.")).toEqual([]);
    expect(triples("Experts from Chile Open Data Action Plan teams met.")).toEqual([]);
  });
});

describe("由 A 和 B 共同举办 and parallel actors", () => {
  it("会议由A和B共同举办，旨在…: the topic before 由 is hosted, not a name further on", () => {
    expect(triples("2025年3月10日,内罗毕人工智能论坛开幕。论坛由肯尼亚和智利共同举办,旨在落实联合国大会的决定。")).toEqual(
      sorted([
        ["CHL", "co-host", "nairobi-forum-2025"],
        ["KEN", "co-host", "nairobi-forum-2025"],
      ]),
    );
  });
  it("由A主办、B承办的X: B is an actor, not what A hosts", () => {
    const got = triples("由肯尼亚外交部主办、内罗毕大学承办的内罗毕人工智能论坛10日开幕。");
    expect(got).not.toContainEqual(["mfa-kenya", "host", "nairobi-university"]);
  });
  it("an announced follow-up is not the event named before 由", () => {
    expect(triples("利马人工智能峰会闭幕。峰会结束后将举行一次后续会议,由智利和秘鲁共同主办。")).toEqual([]);
  });
});

describe("a head of state named by name and title acts for the one state the sentence names", () => {
  it("某某主席提出《…》，提出智利方案", () => {
    expect(triples("2025年1月,博里奇总统提出《开放数据行动计划》,提出智利方案。")).toEqual([["CHL", "proposer", "open-data-plan"]]);
  });
  it("not with two states in the sentence, not at an event", () => {
    expect(triples("博里奇总统提出《开放数据行动计划》,智利和秘鲁表示欢迎。")).toEqual([]);
    expect(triples("博里奇总统出席内罗毕人工智能论坛,介绍智利经验。").filter((t) => t[0] === "CHL")).toEqual([]);
  });
  it("中方主提的“…”决议: the quoted title and its noun are the object", () => {
    expect(triples("2024年联合国大会通过中方主提的“加强人工智能能力建设国际合作”决议。", "2025-05-12")).toContainEqual(["CHN", "sponsor", "unga-res-78-311"]);
    // (a title in other words inside the book-title marks, its own last word read as the resolution)
    expect(triples("七月一日，聯合國大會通過了中國主提的《加強人工智慧(AI)能力建設國際合作決議》。", "2024-07-02")).toContainEqual(["CHN", "sponsor", "unga-res-78-311"]);
    // (an unknown quoted name is no object, whatever follows it)
    expect(triples("智利主办的“安第斯数字大会”,联合国大会派员参加。").filter((t) => t[0] === "CHL")).toEqual([]);
  });
  it("旨在落实联合国大会通过的决议: 旨在 is no place", () => {
    expect(triples("会议旨在落实联合国大会通过的加强人工智能能力建设国际合作决议。", "2024-09-26")).toEqual([["unga-res-78-311", "adopted-by", "un-general-assembly"]]);
  });
});

describe("ministers act for their state", () => {
  it("肯尼亚外交部长某某出席内罗毕人工智能论坛: Kenya attends, not its ministry", () => {
    const got = triples("2025年3月10日,肯尼亚外交部长穆达瓦迪出席内罗毕人工智能论坛。", "2025-03-11");
    expect(got).toEqual([["KEN", "participant", "nairobi-forum-2025"]]);
  });
  it("the ministry itself still hosts: 肯尼亚外交部主办", () => {
    expect(triples("2025年3月10日,肯尼亚外交部主办内罗毕人工智能论坛。", "2025-03-11")).toEqual([["mfa-kenya", "host", "nairobi-forum-2025"]]);
  });
});

describe("titles and founding", () => {
  it("“之友小组”共同主席、COUNTRY…代表: the state co-chairs the group, the group chairs nothing", () => {
    expect(triples("“之友小组”共同主席、赞比亚常驻联合国代表表示,研讨班很重要。")).toEqual([["ZMB", "co-chair", "group-of-friends-ai-capacity-building"]]);
  });
  it("启动 a mechanism founds it; 启动 a plan does not", () => {
    expect(triples("联合国25日启动“之友小组”机制。", "2025-09-26")).toContainEqual(["united-nations", "founder", "group-of-friends-ai-capacity-building"]);
    expect(triples("中国企业同智利合作启动《开放数据行动计划》。")).toEqual([]);
  });
});

describe("capitalised titles the atlas does not know are not 'the meeting' named before", () => {
  it("the Lima Youth Forum is another event", () => {
    expect(
      triples("Peru hosted the Lima AI Summit in November. On the second day, the Lima Youth Forum will take place, hosted by the Peruvian government.", "2024-11-19"),
    ).toEqual([["PER", "host", "lima-summit-2024"]]);
  });
  it("but the two-day meeting still points back at the summit that opens the sentence before", () => {
    expect(triples("The Lima AI Summit follows last year's meeting in Nairobi. The two-day meeting — co-hosted by Chile and Peru — opens today.", "2024-11-20")).toEqual(
      sorted([
        ["CHL", "co-host", "lima-summit-2024"],
        ["PER", "co-host", "lima-summit-2024"],
      ]),
    );
  });
});

describe("dates", () => {
  it("a weekday in a sentence about what will happen is the coming one; the day a report was made stays past", () => {
    // 2024-05-20 is a Monday
    expect(resolveDates({ text: "The summit will open on Wednesday.", publishedAt: "2024-05-20" }).map((d) => d.date)).toEqual(["2024-05-22"]);
    expect(resolveDates({ text: "The summit opened on Wednesday.", publishedAt: "2024-05-20" }).map((d) => d.date)).toEqual(["2024-05-15"]);
    expect(resolveDates({ text: "The office said Friday it will host a summit.", publishedAt: "2024-05-20" }).map((d) => d.date)).toEqual(["2024-05-17"]);
    expect(resolveDates({ text: "峰会将于周三开幕。", publishedAt: "2024-05-20" }).map((d) => d.date)).toEqual(["2024-05-22"]);
  });
  it("a dateline that opens the body without 电 anchors an undated article in the year of the event it names", () => {
    const body = "利马,11月20日至21日——利马人工智能峰会圆满落幕。";
    const found = findMentions({ text: body, gazetteer: gz, publishedAt: null, sentences: splitSentences(body) });
    expect(datelineInYearOfNamedEvent({ body, mentions: found.mentions, gazetteer: gz })).toBe("2024-11-20");
    expect(datelineInYearOfNamedEvent({ body: "各方认为,11月20日的峰会很重要。利马人工智能峰会圆满落幕。", mentions: found.mentions, gazetteer: gz })).toBeNull();
  });
  it("each day of a meeting over several days is reported; a coarser report of it is not a second one", () => {
    const r = link(
      "The Lima AI Summit opened on Wednesday, 20 November. The ministers' session of the Lima AI Summit on Thursday, 21 November adopted a statement. Peru hosted the Lima AI Summit in November.",
      "2024-11-22",
    );
    expect(r.events.map((e) => e.date).sort()).toEqual(["2024-11-20", "2024-11-21"]);
  });
  it("the day a text about the event was published is not a day of the event", () => {
    const r = link("Peru and Chile said in a joint article published in a Lima newspaper on Tuesday, 19 November, that the Lima AI Summit matters.", "2024-11-19");
    expect(r.events.map((e) => e.date)).toEqual([]);
  });
  it("an undated article without a dateline reads its relative dates against the latest day of what it names", () => {
    // the Lima AI Summit is dated 2024-11-20 in the atlas; a month-precision date counts as its month's last day
    const r = link("The Lima Charter on AI, adopted at the Lima AI Summit, will be open for signature on 5 December in Lima.", null);
    expect(r.dates.map((d) => d.date)).toEqual(["2024-12-05"]);
    expect(latestNamedDay({ mentions: r.mentions, gazetteer: gz })).toBe("2024-11-21");
  });
  it("… but not its 'yesterday', 'today' or weekdays, which need the real day", () => {
    const r = link("The Lima AI Summit was held yesterday and today in Lima.", null);
    expect(r.dates).toEqual([]);
  });
  it("a month's: 'November's inaugural summit' is last November in a May report", () => {
    expect(resolveDates({ text: "It follows November's inaugural summit.", publishedAt: "2024-05-21" }).map((d) => d.date)).toEqual(["2023-11"]);
    expect(resolveDates({ text: "It follows may's summit.", publishedAt: "2024-05-21" })).toEqual([]);
  });
  it("a span of days is dated by its first day", () => {
    expect(resolveDates({ text: "The summit will be held on 16-20 February in New Delhi.", publishedAt: "2025-12-10" }).map((d) => d.date)).toEqual(["2026-02-16"]);
    expect(resolveDates({ text: "It ran from 16 to 20 February 2026.", publishedAt: "2026-03-01" }).map((d) => d.date)).toEqual(["2026-02-16"]);
    expect(resolveDates({ text: "会议于12月4日至5日在北京举行。", publishedAt: "2025-12-10" })[0].date).toBe("2025-12-04");
    // (a lower-case month word is no month)
    expect(resolveDates({ text: "it may 16-20 march", publishedAt: "2025-12-10" })).toEqual([]);
  });
  it("a weekday with its date beside it is read from the date", () => {
    expect(resolveDates({ text: "It was adopted on Friday, 17 May, in Strasbourg.", publishedAt: "2024-09-05" }).map((d) => d.date)).toEqual(["2024-05-17"]);
    expect(resolveDates({ text: "峰会周二(2月11日)闭幕。", publishedAt: "2025-02-20" }).map((d) => d.date)).toEqual(["2025-02-11"]);
  });
  it("'7日介绍' is the day a spokesperson spoke; '6日' the day of the event", () => {
    const r = link("发言人7日介绍,6日,肯尼亚和智利在内罗毕共同举办内罗毕人工智能论坛。", "2025-03-07");
    expect(r.events.map((e) => e.date)).toEqual(["2025-03-06"]);
  });
});

describe("text clean-up", () => {
  it("pinyin glosses after Han characters are dropped; brackets of other kinds stay", () => {
    expect(normaliseBody(["聯(lián)合國(guó)主辦的研討班(AI)在2024年(2024)舉行"])).toBe("聯合國主辦的研討班(AI)在2024年(2024)舉行");
    expect(normaliseBody(["the word (lián) after Latin text stays"])).toBe("the word (lián) after Latin text stays");
  });
  it("sentences glued without a space after a full stop are split; initialisms and abbreviations are not", () => {
    expect(splitSentences("It ended on Wednesday.The next session opens soon.").map((s) => s.text)).toEqual(["It ended on Wednesday.", "The next session opens soon."]);
    expect(splitSentences("The U.S.Army and e.g.Chile stay.").length).toBe(1);
  });
});

describe("roleFamily", () => {
  it("a text's proposer and its sponsor are one family; joint roles are their role; others stay apart", () => {
    expect(roleFamily("proposer")).toBe(roleFamily("sponsor"));
    expect(roleFamily("co-sponsor")).toBe("sponsor");
    expect(roleFamily("co-host")).toBe("host");
    expect(roleFamily("supporter")).not.toBe(roleFamily("sponsor"));
    expect(roleFamily("signatory")).not.toBe(roleFamily("sponsor"));
  });
});
