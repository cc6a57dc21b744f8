import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { findVenueReferences } from "./find-venue-references";
import { linkArticle } from "./link-article";
import { splitSentences } from "./sentences";
import type { FoundMention, GazetteerEntry } from "./types";

// Events, places and sentences invented for these tests.
let id = 9900;
const event = (slug: string, nameEn: string, nameZh: string | null, date: string): GazetteerEntry => ({ id: id++, kind: "event", slug, nameEn, nameZh, date, aliases: [] });
const summit = event("ocean-summit-2031", "Ocean Data Summit 2031 (Port Louis)", "海洋数据峰会（2031年，路易港）", "2031-04-02");
const read = (entries: GazetteerEntry[], text: string) => {
  const gazetteer = buildGazetteer({ entries });
  return findVenueReferences({ text, sentences: splitSentences(text), mentions: [], gazetteer }).map((m) => ({
    slug: gazetteer.entries.get(m.entityId)!.slug,
    surface: m.surface,
  }));
};

describe("findVenueReferences", () => {
  it("reads a place an event's name gives in brackets, with a summit word in its sentence, as that event", () => {
    expect(read([summit], "Port Louis, the capital of Mauritius, played host to the inaugural global summit on ocean data.")).toEqual([
      { slug: "ocean-summit-2031", surface: "Port Louis" },
    ]);
    expect(read([summit], "各国代表齐聚路易港峰会。")).toEqual([{ slug: "ocean-summit-2031", surface: "路易港" }]);
  });

  it("not when two events met there (a place another event's name holds), unless the sentence's year tells them apart", () => {
    const other = event("port-louis-digital-summit-2033", "Port Louis Digital Summit", null, "2033-09-01");
    expect(read([summit, other], "Ministers met at the summit in Port Louis.")).toEqual([]);
    expect(read([summit, other], "Ministers met at the 2033 summit in Port Louis.")).toEqual([{ slug: "port-louis-digital-summit-2033", surface: "Port Louis" }]);
  });

  it("of two events that met there, the one of the article's year when the sentence states none", () => {
    const other = event("port-louis-digital-summit-2033", "Port Louis Digital Summit", null, "2033-09-01");
    const gazetteer = buildGazetteer({ entries: [summit, other] });
    const text = "Ministers met at the summit in Port Louis.";
    const at = (publishedAt: string | null) =>
      findVenueReferences({ text, sentences: splitSentences(text), mentions: [], gazetteer, publishedAt }).map((m) => gazetteer.entries.get(m.entityId)!.slug);
    expect(at("2033-09-03")).toEqual(["port-louis-digital-summit-2033"]);
    expect(at("2031-04-05")).toEqual(["ocean-summit-2031"]);
    expect(at("2032-01-01")).toEqual([]);
    expect(at(null)).toEqual([]);
  });

  it("of two events there in one year, the one the sentence's days point to ('next week', a date within a week)", () => {
    const spring = event("port-louis-spring-summit-2033", "Spring Summit 2033 (Port Louis)", null, "2033-04-12");
    const autumn = event("port-louis-digital-summit-2033", "Port Louis Digital Summit", null, "2033-09-01");
    const gazetteer = buildGazetteer({ entries: [spring, autumn] });
    const at = (text: string, publishedAt: string) =>
      findVenueReferences({ text, sentences: splitSentences(text), mentions: [], gazetteer, publishedAt }).map((m) => gazetteer.entries.get(m.entityId)!.slug);
    expect(at("Mauritius will host a summit in Port Louis next week.", "2033-04-06")).toEqual(["port-louis-spring-summit-2033"]);
    expect(at("Mauritius will host a summit in Port Louis on 3 September.", "2033-06-01")).toEqual(["port-louis-digital-summit-2033"]);
    expect(at("Mauritius hosted a summit in Port Louis last week.", "2033-09-06")).toEqual(["port-louis-digital-summit-2033"]);
    // (no day near either, or a week that holds neither: still two)
    expect(at("Mauritius will host a summit in Port Louis.", "2033-06-01")).toEqual([]);
    expect(at("Mauritius will host a summit in Port Louis next week.", "2033-06-01")).toEqual([]);
  });

  it("in an undated article, of two events there, the one whose month and day the sentence writes without a year", () => {
    const other = event("port-louis-digital-summit-2033", "Port Louis Digital Summit", null, "2033-09-01");
    expect(read([summit, other], "Mauritius will host a summit in Port Louis, to be held from April 2 to 4.")).toEqual([{ slug: "ocean-summit-2031", surface: "Port Louis" }]);
    expect(read([summit, other], "Mauritius will host a summit in Port Louis on September 1.")).toEqual([{ slug: "port-louis-digital-summit-2033", surface: "Port Louis" }]);
    // (a day neither met on)
    expect(read([summit, other], "Mauritius will host a summit in Port Louis on June 5.")).toEqual([]);
  });

  it("not a dateline's capitals: where the report was written", () => {
    expect(read([summit], "PORT LOUIS, April 2 (Reuters) — Ministers from ten states opened a summit on ocean data.")).toEqual([]);
    expect(read([summit], "PORT LOUIS, April 2 (Reuters) — Ministers opened the summit in Port Louis.")).toEqual([{ slug: "ocean-summit-2031", surface: "Port Louis" }]);
  });

  it("not another kind of meeting, another year, or a place with no meeting near it", () => {
    expect(read([summit], "Experts met at a workshop in Port Louis.")).toEqual([]);
    expect(read([summit], "The 2029 summit in Port Louis was smaller.")).toEqual([]);
    expect(read([summit], "Port Louis has a busy harbour.")).toEqual([]);
  });
});

describe("an event named by where it met dates the article's events", () => {
  it("gives the event's date, as its name would", () => {
    const gazetteer = buildGazetteer({ entries: [summit] });
    const dates = (body: string) => {
      const out = linkArticle({ body, publishedAt: "2031-06-01", language: "en", gazetteer, model: null });
      return [...out.events, ...out.namedEvents].map((e) => e.date);
    };
    expect(dates("Ministers recalled the pledges made at the summit in Port Louis.")).toEqual(["2031-04-02"]);
    expect(dates("Ministers recalled the pledges made in Port Louis.")).toEqual([]);
  });
});

describe("a place a Chinese name puts before another of the event's names", () => {
  const paris = {
    ...event("delta-summit-2034", "Delta Action Summit (Port Louis)", "路易港三角洲行动峰会", "2034-02-10"),
    aliases: [{ alias: "三角洲行动峰会", aliasType: "short", language: "zh" as const }],
  };
  it("is where it met, when the English name gives a place too: '路易港…峰会' is that summit", () => {
    expect(read([paris], "各国代表出席了路易港人工智能峰会。")).toEqual([{ slug: "delta-summit-2034", surface: "路易港" }]);
  });
  it("not for an event whose English name gives no place (the characters before may be anything)", () => {
    const unplaced = { ...paris, nameEn: "Delta Action Summit" };
    expect(read([unplaced], "各国代表出席了路易港人工智能峰会。")).toEqual([]);
  });
});

describe("two events that met at one place in one year", () => {
  const ocean = event("ocean-summit-2031", "Ocean Data Summit 2031 (Port Louis)", null, "2031-04-02");
  const reef = {
    ...event("reef-summit-2031", "Summit on Reef Monitoring (Port Louis) and Reef Charter", null, "2031-09-09"),
    aliases: [{ alias: "REEFMON 2031", aliasType: "short", language: null }],
  };
  const at = (text: string) => {
    const gazetteer = buildGazetteer({ entries: [ocean, reef] });
    return findVenueReferences({ text, sentences: splitSentences(text), mentions: [], gazetteer, publishedAt: "2031-10-01" }).map((m) => gazetteer.entries.get(m.entityId)!.slug);
  };
  it("are told apart by an acronym only one of them is named by", () => {
    expect(at("Sixty states endorsed the charter at the Reef Monitoring (REEFMON) summit in Port Louis.")).toEqual(["reef-summit-2031"]);
  });
  it("not by an acronym both or neither are named by", () => {
    expect(at("Sixty states met at the summit in Port Louis.")).toEqual([]);
    expect(at("Sixty states met at the UNOC summit in Port Louis.")).toEqual([]);
  });
});

describe("a place a Chinese name puts before another name", () => {
  it("is no ordinal or 'global' ('首届全球…峰会' beside '…峰会')", () => {
    const first = {
      ...event("first-ocean-summit-2031", "Ocean Data Summit 2031 (Port Louis)", "首届全球海洋数据峰会", "2031-04-02"),
      aliases: [{ alias: "海洋数据峰会", aliasType: "short", language: "zh" as const }],
    };
    expect(read([first], "首届全球数字经济峰会在北京开幕。")).toEqual([]);
  });
});

describe("a workshop named by where it met", () => {
  it("by the plural as by the singular ('workshops in Port Louis')", () => {
    const workshop = event("ocean-workshop-2031", "First Workshop on Ocean Data (Port Louis)", null, "2031-05-02");
    expect(read([workshop], "Officials from ten states attended the workshops in Port Louis.")).toEqual([{ slug: "ocean-workshop-2031", surface: "Port Louis" }]);
  });
});

describe("a meeting named by where it met, in a sentence that dates another day", () => {
  const gazetteer = buildGazetteer({ entries: [summit] });
  const dates = (body: string, publishedAt: string) => linkArticle({ body, publishedAt, language: "en", gazetteer, model: null, dateModel: null }).namedEvents.map((e) => e.date);
  it("is the atlas's meeting on the atlas's day when the sentence dates none", () => {
    expect(dates("Delegates recalled the summit in Port Louis as a turning point.", "2031-09-01")).toEqual(["2031-04-02"]);
  });
  it("is another meeting when the sentence dates what it reports months from the atlas's day", () => {
    expect(dates("Leaders concluded their summit on Sunday in Port Louis.", "2031-09-01")).toEqual([]);
  });
});

describe("of two meetings at one place in one year, the one of the month the sentence states", () => {
  const spring = event("port-louis-spring-summit-2031", "Port Louis Spring Summit", null, "2031-05-21");
  const gazetteer = buildGazetteer({ entries: [spring, summit] });
  const text = "This was followed by the summit in Port Louis in May 2031.";
  it("names the May meeting, on the atlas's day", () => {
    const found = findVenueReferences({ text, sentences: splitSentences(text), mentions: [], gazetteer, publishedAt: "2031-09-01" });
    expect(found.map((m) => gazetteer.entries.get(m.entityId)!.slug)).toEqual(["port-louis-spring-summit-2031"]);
    const events = linkArticle({ body: text, publishedAt: "2031-09-01", language: "en", gazetteer, model: null, dateModel: null }).events;
    expect(events.map((e) => [e.date, e.matchedEntityId && gazetteer.entries.get(e.matchedEntityId)!.slug])).toEqual([["2031-05-21", "port-louis-spring-summit-2031"]]);
  });
});

describe("of two meetings at one place in one year, with nothing in the sentence to tell them apart", () => {
  const spring = event("port-louis-spring-summit-2031", "Port Louis Spring Summit", null, "2031-05-21");
  const charter: GazetteerEntry = {
    id: id++,
    kind: "initiative",
    slug: "port-louis-data-charter",
    nameEn: "Port Louis Data Charter",
    nameZh: null,
    aliases: [],
    madeByIds: [summit.id],
  };
  const gazetteer = buildGazetteer({ entries: [spring, summit, charter] });
  const text = "The summit in Port Louis was the second of its kind.";
  const at = (mentions: FoundMention[]) =>
    findVenueReferences({ text, sentences: splitSentences(text), mentions, gazetteer, publishedAt: "2031-12-01" }).map((m) => gazetteer.entries.get(m.entityId)!.slug);
  const named = (entry: GazetteerEntry): FoundMention => ({
    entityId: entry.id,
    kind: entry.kind,
    surface: entry.nameEn,
    start: 200,
    end: 210,
    confidence: 1,
    method: "gazetteer",
    evidence: "",
    evidenceStart: 200,
  });
  it("is the one the article names elsewhere, itself or through a text adopted there", () => {
    expect(at([])).toEqual([]);
    expect(at([named(spring)])).toEqual(["port-louis-spring-summit-2031"]);
    expect(at([named(charter)])).toEqual(["ocean-summit-2031"]);
    // (both named: still two)
    expect(at([named(spring), named(charter)])).toEqual([]);
  });
});

describe("a place inside a web address or file name", () => {
  const lakes = event("lakes-summit-2031", "Lakes Summit 2031 (Kisumu)", null, "2031-06-01");
  it("is no venue ('…/05/Kisumu-Summit-2031-official.png')", () => {
    expect(read([lakes], "Photo: uploads/2031/05/Kisumu-Summit-2031-official.png")).toEqual([]);
    expect(read([lakes], "Photo: Kisumu-Summit-2031-official.png")).toEqual([]);
    // (the same place in the sentence's own words still is)
    expect(read([lakes], "Photo: uploads/2031/05/Kisumu-Summit.png, from the summit in Kisumu.")).toEqual([{ slug: "lakes-summit-2031", surface: "Kisumu" }]);
  });
});

describe("of two meetings at one place in one year, the one whose names hold the words the summit word is given", () => {
  const safety: GazetteerEntry = {
    ...event("port-louis-safety-summit-2031", "Port Louis Safety Summit", null, "2031-05-21"),
    aliases: [{ alias: "Port Louis Ocean AI Safety Summit", language: "en", aliasType: "short" }],
  };
  const gazetteer = buildGazetteer({ entries: [safety, summit] });
  const at = (text: string) =>
    findVenueReferences({ text, sentences: splitSentences(text), mentions: [], gazetteer, publishedAt: "2031-12-01" }).map((m) => gazetteer.entries.get(m.entityId)!.slug);
  it("'past ocean safety summits (Port Louis)': the safety summit; 'ocean data summits': the other", () => {
    expect(at("Building on past ocean safety summits (Port Louis), ministers met again.")).toEqual(["port-louis-safety-summit-2031"]);
    expect(at("Building on the ocean data summit in Port Louis, ministers met again.")).toEqual(["ocean-summit-2031"]);
  });
  it("not words both or neither are named by, nor 'AI' alone", () => {
    expect(at("Building on past ocean summits (Port Louis), ministers met again.")).toEqual([]);
    expect(at("Building on past climate summits (Port Louis), ministers met again.")).toEqual([]);
    expect(at("Building on past summits (Port Louis), ministers met again.")).toEqual([]);
    // (every summit of the atlas is about AI, whether its names say so or not)
    expect(at("Building on past AI summits (Port Louis), ministers met again.")).toEqual([]);
  });

  it("of two events that met there, the one that is the edition of its series an ordinal before the summit word gives", () => {
    // a series of three (the atlas relates its editions), its third in Port Louis, and another summit there
    const first = event("data-summit-2031", "Data Summit 2031 (Victoria)", null, "2031-03-01");
    const second = event("data-summit-2032", "Data Summit 2032 (Apia)", null, "2032-03-01");
    const third = event("data-summit-2033", "Data Summit 2033 (Port Louis)", "数据峰会（2033年，路易港）", "2033-03-01");
    first.relatedIds = [second.id];
    second.relatedIds = [first.id, third.id];
    third.relatedIds = [second.id];
    const other = event("port-louis-digital-summit-2032", "Digital Summit 2032 (Port Louis)", "数字峰会（2032年，路易港）", "2032-06-01");
    const gazetteer = buildGazetteer({ entries: [first, second, third, other] });
    const at = (text: string) => findVenueReferences({ text, sentences: splitSentences(text), mentions: [], gazetteer }).map((m) => gazetteer.entries.get(m.entityId)!.slug);
    expect(at("The declaration is the main outcome of the third data summit held in Port Louis this week.")).toEqual(["data-summit-2033"]);
    expect(at("The declaration is the main outcome of the 3rd summit, held in Port Louis.")).toEqual(["data-summit-2033"]);
    expect(at("各国在路易港举行的第三届峰会上通过宣言。")).toEqual(["data-summit-2033"]);
    // (the series has no fifth edition, and a summit the atlas holds no other edition of is no series' first: still two)
    expect(at("The declaration is the main outcome of the fifth summit held in Port Louis.")).toEqual([]);
    expect(at("The declaration is the main outcome of the first summit held in Port Louis.")).toEqual([]);
    // (an ordinal that counts something else, words away from the summit word)
    expect(at("For the third time this year, ministers met at a summit in Port Louis.")).toEqual([]);
  });
});
