import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { matchTitleVariants } from "./match-title-variants";
import type { GazetteerEntry } from "./types";
import { entryBuilders } from "@/tests/helpers/test-gazetteer";

// Titles with their words in another order. Names and sentences are invented for these tests (not taken from the
// labelled fixtures); each form is checked with a case where it must not fire.
const { org, nextId } = entryBuilders({ firstId: 9500 });
const council: GazetteerEntry = org("polar-council", "Independent International Council on Polar Data", "极地科学数据独立国际理事会");
const forum: GazetteerEntry = {
  id: nextId(),
  kind: "initiative",
  slug: "polar-data-forum",
  nameEn: "Global Forum on Polar Data Governance",
  nameZh: "极地数据治理全球论坛",
  date: "2031-05-01",
  aliases: [],
};
const guide: GazetteerEntry = {
  id: nextId(),
  kind: "initiative",
  slug: "polar-data-guide",
  nameEn: "Guide on Polar Data Openness and Ethics",
  nameZh: "极地数据开放与伦理指南",
  date: "2031-06-01",
  aliases: [],
};
const cooperation: GazetteerEntry = {
  id: nextId(),
  kind: "resolution",
  slug: "polar-cooperation-resolution",
  nameEn: "Enhancing international cooperation on polar data sharing",
  nameZh: "加强极地数据共享国际合作",
  date: "2031-07-01",
  aliases: [],
};
const statement: GazetteerEntry = {
  id: nextId(),
  kind: "initiative",
  slug: "polar-statement",
  nameEn: "Statement on Open and Shared Polar Data for Science and the Planet",
  nameZh: null,
  date: "2031-08-01",
  aliases: [],
};
const gz = buildGazetteer({ entries: [council, forum, guide, cooperation, statement] });
const found = (text: string) => matchTitleVariants({ text, gazetteer: gz }).map((m) => ({ slug: gz.entries.get(m.entityId)!.slug, surface: text.slice(m.start, m.end) }));

describe("titles with their words in another order", () => {
  it("links an English title whose words come in another order, ending as the title ends", () => {
    expect(found("The International Independent Council on Polar Data met in Oslo.")).toEqual([
      { slug: "polar-council", surface: "International Independent Council on Polar Data" },
    ]);
  });

  it("links a Chinese title reordered, with a bracketed abbreviation, or with one short word more in a long title", () => {
    expect(found("各国欢迎全球极地数据治理论坛的启动。")).toEqual([{ slug: "polar-data-forum", surface: "全球极地数据治理论坛" }]);
    expect(found("各國歡迎全球極地數據（PD）治理論壇的啟動。")).toEqual([{ slug: "polar-data-forum", surface: "全球極地數據（PD）治理論壇" }]);
    expect(found("会议任命了极地科学数据问题独立国际理事会的成员。")).toEqual([{ slug: "polar-council", surface: "极地科学数据问题独立国际理事会" }]);
  });

  it("does not link when a word of the title is missing or the span crosses a line", () => {
    expect(found("The International Council on Polar Data met in Oslo.")).toEqual([]);
    expect(found("各国欢迎全球极地治理论坛的启动。")).toEqual([]);
    expect(found("The International Independent Council\non Polar Data met.")).toEqual([]);
    // a ten-character title takes one character more, not two
    expect(found("各国欢迎全球极地数据问题治理论坛。")).toEqual([]);
  });

  it("links a title in quotation marks translated another way, of the same kind, not a quoted phrase of another kind", () => {
    expect(found("各方将制定一份“极地数据开放和道德指南”。")).toEqual([{ slug: "polar-data-guide", surface: "极地数据开放和道德指南" }]);
    // a quoted theme or slogan is no title, whatever it shares with one
    expect(found("主题为“极地数据开放和道德的影响”的会议。")).toEqual([]);
    expect(found("会议通过了“极地数据管理全球论坛”的章程。")).toEqual([]);
  });

  it("reads 'Strengthening' for 'Enhancing' (two translations of 加强), and no other verb", () => {
    expect(found("They welcome the resolution on “Strengthening International Cooperation on Polar Data Sharing”.")).toEqual([
      { slug: "polar-cooperation-resolution", surface: "Strengthening International Cooperation on Polar Data Sharing" },
    ]);
    expect(found("They welcome the resolution on “Promoting International Cooperation on Polar Data Sharing”.")).toEqual([]);
  });

  it("links a title that opens with its kind by what it is about, after another kind's word only", () => {
    expect(found("Forty states signed a joint declaration on the “Open and Shared Polar Data for Science and the Planet”.")).toEqual([
      { slug: "polar-statement", surface: "Open and Shared Polar Data for Science and the Planet" },
    ]);
    // the same words as a plain phrase, with no kind of text before them
    expect(found("They argued for Open and Shared Polar Data for Science and the Planet.")).toEqual([]);
  });
});

describe("a long title written without its last word joined by 'and'", () => {
  const declaration: GazetteerEntry = {
    id: nextId(),
    kind: "initiative",
    slug: "polar-declaration",
    nameEn: "Political Declaration on Responsible Use of Polar Data and Autonomy",
    nameZh: null,
    date: "2031-02-01",
    aliases: [],
  };
  const gazetteer = buildGazetteer({ entries: [declaration] });
  const spans = (text: string) => matchTitleVariants({ text, gazetteer }).map((m) => text.slice(m.start, m.end));

  it("names the text, whatever the other forms", () => {
    expect(spans("Ten states signed the Political Declaration on the Responsible Use of Polar Data last year.")).toEqual([
      "Political Declaration on the Responsible Use of Polar Data",
    ]);
  });
  it("not with another of its words left out, nor another word in its place", () => {
    expect(spans("Ten states signed the Political Declaration on the Responsible Use of Polar Science last year.")).toEqual([]);
    expect(spans("Ten states signed the Political Declaration on Polar Data last year.")).toEqual([]);
  });
  it("not for a title whose last word is not joined by 'and'", () => {
    const code: GazetteerEntry = { ...declaration, id: nextId(), slug: "polar-code", nameEn: "Political Declaration on Responsible Use of Polar Data Autonomy" };
    const only = buildGazetteer({ entries: [code] });
    const text = "Ten states signed the Political Declaration on the Responsible Use of Polar Data last year.";
    expect(matchTitleVariants({ text, gazetteer: only })).toEqual([]);
  });
});
