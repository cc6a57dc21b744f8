import { buildGazetteer, type Gazetteer } from "@/lib/linking/gazetteer";
import { linkArticle } from "@/lib/linking/link-article";
import type { GazetteerEntry } from "@/lib/linking/types";

/** A small hand-made gazetteer for unit tests (ids are stable). */
export function testEntries(): GazetteerEntry[] {
  const { country: c, nextId } = entryBuilders({ firstId: 0, aliasType: "other" });
  const o = (slug: string, nameEn: string, nameZh: string | null, al: string[] = [], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
    id: nextId(),
    kind: "organisation",
    slug,
    nameEn,
    nameZh,
    aliases: al.map((alias) => ({ alias, language: null, aliasType: "abbreviation" })),
    ...extra,
  });
  const entries: GazetteerEntry[] = [
    c("CHN", "China", "中国", ["中方", "Chinese"]),
    c("IND", "India", "印度", ["Indian"]),
    c("IDN", "Indonesia", "印度尼西亚", ["印尼"]),
    c("RUS", "Russia", "俄罗斯"),
    c("BLR", "Belarus", "白俄罗斯"),
    c("SDN", "Sudan", "苏丹"),
    c("SSD", "South Sudan", "南苏丹"),
    c("NGA", "Nigeria", "尼日利亚"),
    c("NER", "Niger", "尼日尔"),
    c("GIN", "Guinea", "几内亚"),
    c("PNG", "Papua New Guinea", "巴布亚新几内亚"),
    c("DMA", "Dominica", "多米尼克"),
    c("DOM", "Dominican Republic", "多米尼加"),
    c("USA", "United States", "美国", ["US"]),
    c("ZMB", "Zambia", "赞比亚", ["赞方"]),
    c("FRA", "France", "法国"),
    o("united-nations", "United Nations", "联合国", ["UN"]),
    o("un-general-assembly", "UN General Assembly", "联合国大会", ["UNGA"]),
    o("itu", "International Telecommunication Union", "国际电信联盟", ["ITU"]),
    o("g20", "G20", "二十国集团"),
    o("brics", "BRICS", "金砖国家", ["金砖"]),
    o("asean", "Association of Southeast Asian Nations", "东南亚国家联盟", ["ASEAN", "东盟"]),
    o("group-of-friends-ai-capacity-building", "Group of Friends for International Cooperation on AI Capacity-building", "人工智能能力建设国际合作之友小组", ["之友小组"]),
    o("china-asean-ai-innovation-cooperation-center", "China-ASEAN AI Innovation Cooperation Center", "中国—东盟人工智能创新合作中心"),
  ];
  const gof = entries.find((e) => e.slug === "group-of-friends-ai-capacity-building")!.id;
  entries.push(
    {
      id: nextId(),
      kind: "initiative",
      slug: "global-ai-governance-initiative",
      nameEn: "Global AI Governance Initiative",
      nameZh: "全球人工智能治理倡议",
      date: "2023-10-18",
      aliases: [{ alias: "GAIGI", language: null, aliasType: "abbreviation" }],
    },
    {
      id: nextId(),
      kind: "resolution",
      slug: "unga-res-78-311",
      nameEn: "Enhancing international cooperation on capacity-building of artificial intelligence",
      nameZh: "加强人工智能能力建设国际合作",
      date: "2024-07-01",
      symbol: "A/RES/78/311",
      session: 78,
      aliases: [],
    },
    {
      id: nextId(),
      kind: "resolution",
      slug: "unga-res-78-265",
      nameEn: "Seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development",
      nameZh: null,
      date: "2024-03-21",
      symbol: "A/RES/78/265",
      session: 78,
      aliases: [],
    },
    {
      id: nextId(),
      kind: "event",
      slug: "group-of-friends-first-meeting-2024",
      nameEn: "First meeting of the Group of Friends for International Cooperation on AI Capacity-building",
      nameZh: "人工智能能力建设国际合作之友小组首次会议",
      date: "2024-12-03",
      aliases: [],
      relatedIds: [gof],
    },
    {
      id: nextId(),
      kind: "event",
      slug: "g20-rio-summit-2024",
      nameEn: "19th G20 Leaders' Summit (Rio de Janeiro)",
      nameZh: "二十国集团领导人第十九次峰会",
      date: "2024-11-18",
      aliases: [],
    },
  );
  return entries;
}

export function testGazetteer() {
  return buildGazetteer({ entries: testEntries() });
}

/**
 * Builders for the entries a test file adds to testEntries(): ids from `firstId` up, so files extending the same
 * base never collide. Alias language follows the script (Han → zh); testEntries() itself is built with them.
 */
export function entryBuilders({ firstId, aliasType = "short" }: { firstId: number; aliasType?: string }) {
  let id = firstId;
  const aliasesOf = (aliases: string[]) => aliases.map((alias) => ({ alias, language: /[\u4e00-\u9fff]/.test(alias) ? ("zh" as const) : ("en" as const), aliasType }));
  return {
    country: (iso3: string, nameEn: string, nameZh: string, aliases: string[] = []): GazetteerEntry => ({
      id: ++id,
      kind: "country",
      slug: iso3.toLowerCase(),
      iso3,
      nameEn,
      nameZh,
      aliases: aliasesOf(aliases),
    }),
    org: (slug: string, nameEn: string, nameZh: string, aliases: string[] = []): GazetteerEntry => ({
      id: ++id,
      kind: "organisation",
      slug,
      nameEn,
      nameZh,
      aliases: aliasesOf(aliases),
    }),
    /** a meeting of the atlas; `more` sets what the gazetteer knows of it (hostIds, relatedIds …) */
    event: (slug: string, nameEn: string, nameZh: string, date: string, aliases: string[] = [], more: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
      id: ++id,
      kind: "event",
      slug,
      nameEn,
      nameZh,
      date,
      aliases: aliasesOf(aliases),
      relatedIds: [],
      ...more,
    }),
    nextId: () => ++id,
  };
}

/**
 * What the hand-written readers state in a text written for a test, as sorted [subject, role, object] triples (a
 * state by its ISO3 code, anything else by its slug): what the statement tests compare.
 */
export function readTriples({ gazetteer }: { gazetteer: Gazetteer }) {
  const key = (id: number) => gazetteer.entries.get(id)!.iso3 ?? gazetteer.entries.get(id)!.slug;
  return (body: string, publishedAt: string | null = "2024-03-23") =>
    linkArticle({ body, publishedAt, language: /[\u4e00-\u9fff]/.test(body) ? "zh" : "en", gazetteer, model: null })
      .relations.map((r) => [key(r.subjectId), r.role, key(r.objectId)])
      .sort();
}
