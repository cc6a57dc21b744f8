import { eq } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { articleEvents, articles, entities, mentions, relations } from "@/db/schema";
import { saveEntity, saveRelation } from "@/lib/seed/save-entity";
import type { SeedEntity } from "@/lib/seed/types";

type Key = `${SeedEntity["kind"]}:${string}`;

const entity = (e: Partial<SeedEntity> & Pick<SeedEntity, "kind" | "slug" | "nameEn">): SeedEntity => ({ nameZh: null, aliases: [], sources: [], ...e });

/**
 * A small world for the timeline tests, written through the app's write path (saveEntity/saveRelation):
 * dates at every precision, both relation directions, a suggested relation, proposed and deleted
 * entities, and articles whose evidence counts (or must not: rejected, deleted).
 */
export function buildTimelineFixture({ db }: { db: AtlasDatabase }): Record<string, number> {
  const ids: Record<string, number> = {};
  const all: SeedEntity[] = [
    entity({ kind: "country", slug: "zmb", nameEn: "Zambia", nameZh: "赞比亚", iso2: "ZM", iso3: "ZMB" }),
    entity({ kind: "country", slug: "chn", nameEn: "China", nameZh: "中国", iso2: "CN", iso3: "CHN" }),
    entity({ kind: "country", slug: "fra", nameEn: "France", nameZh: "法国", iso2: "FR", iso3: "FRA" }),
    entity({ kind: "organisation", slug: "united-nations", nameEn: "United Nations", nameZh: "联合国", date: "1945-10-24" }),
    entity({ kind: "organisation", slug: "itu", nameEn: "International Telecommunication Union", nameZh: "国际电信联盟" }),
    entity({
      kind: "initiative",
      slug: "global-ai-governance-initiative",
      nameEn: "Global AI Governance Initiative",
      nameZh: "全球人工智能治理倡议",
      date: "2023-10-18",
      aliases: [{ alias: "GAIGI", language: null, aliasType: "abbreviation" }],
    }),
    entity({ kind: "initiative", slug: "undated-initiative", nameEn: "Undated initiative", nameZh: null }),
    entity({
      kind: "resolution",
      slug: "unga-res-78-311",
      nameEn: "Enhancing international cooperation on capacity-building of AI",
      nameZh: "加强人工智能能力建设国际合作",
      symbol: "A/RES/78/311",
      date: "2024-07-01",
    }),
    entity({
      kind: "event",
      slug: "group-of-friends-first-meeting-2024",
      nameEn: "First meeting of the Group of Friends",
      nameZh: "之友小组首次会议",
      subtype: "meeting",
      date: "2024-12",
    }),
    entity({
      kind: "event",
      slug: "group-of-friends-thematic-meeting-2025-05",
      nameEn: "Thematic meeting of the Group of Friends",
      nameZh: "之友小组专题会议",
      subtype: "meeting",
      date: "2025-05-06",
      location: "UN Headquarters, New York",
    }),
    entity({ kind: "event", slug: "capacity-building-workshop-2025", nameEn: "Capacity-building workshop", subtype: "workshop", date: "2025-05" }),
    entity({ kind: "event", slug: "some-2024-event", nameEn: "Something during 2024", date: "2024" }),
    entity({ kind: "event", slug: "gaigi-forum-2023", nameEn: "Forum on the Global AI Governance Initiative", date: "2023-11-02" }),
    entity({ kind: "event", slug: "proposed-event", nameEn: "Proposed by ingestion", date: "2025-05-07" }),
    entity({ kind: "event", slug: "deleted-event", nameEn: "Deleted event", date: "2025-05-08" }),
  ];
  const key = (kind: string, slug: string) => `${kind}:${slug}` as Key;
  db.transaction((tx) => {
    for (const e of all) ids[key(e.kind, e.slug)] = saveEntity({ tx, input: e }).id;
    const rel = (s: string, role: Parameters<typeof saveRelation>[0]["input"]["role"], o: string) => saveRelation({ tx, subjectId: ids[s], objectId: ids[o], input: { role } });
    rel("country:chn", "participant", "event:group-of-friends-first-meeting-2024");
    rel("country:zmb", "participant", "event:group-of-friends-first-meeting-2024");
    rel("country:zmb", "co-host", "event:group-of-friends-thematic-meeting-2025-05");
    rel("country:chn", "co-host", "event:group-of-friends-thematic-meeting-2025-05");
    rel("organisation:itu", "participant", "event:group-of-friends-thematic-meeting-2025-05");
    rel("country:fra", "participant", "event:group-of-friends-thematic-meeting-2025-05"); // made suggested below
    rel("country:chn", "proposer", "initiative:global-ai-governance-initiative");
    rel("event:gaigi-forum-2023", "part-of", "initiative:global-ai-governance-initiative");
    rel("resolution:unga-res-78-311", "adopted-by", "organisation:united-nations");
    rel("country:zmb", "co-sponsor", "resolution:unga-res-78-311");
    rel("country:chn", "participant", "event:proposed-event");
    rel("country:zmb", "participant", "event:deleted-event");
  });
  db.update(relations).set({ status: "suggested" }).where(eq(relations.subjectId, ids["country:fra"])).run();
  db.update(entities).set({ status: "proposed" }).where(eq(entities.id, ids["event:proposed-event"])).run();
  db.update(entities).set({ deletedAt: "2025-06-01T00:00:00.000Z" }).where(eq(entities.id, ids["event:deleted-event"])).run();

  const article = (slug: string, publishedAt: string, deletedAt: string | null = null) =>
    db
      .insert(articles)
      .values({ slug, title: `Article ${slug}`, publisher: "人民日报", language: "zh", publishedAt, body: `body of ${slug}`, contentHash: slug, deletedAt })
      .returning({ id: articles.id })
      .get().id;
  ids["article:a1"] = article("a1", "2025-05-07T08:48:00+08:00");
  ids["article:a2"] = article("a2", "2025-05-08T08:00:00+08:00");
  ids["article:gone"] = article("gone", "2025-05-09T08:00:00+08:00", "2025-06-01T00:00:00.000Z");
  ids["article:other"] = article("other", "2025-06-01T08:00:00+08:00");
  const thematic = ids["event:group-of-friends-thematic-meeting-2025-05"];
  const sentence = "当地时间5月6日，中国和赞比亚在纽约联合国总部共同举办人工智能能力建设国际合作之友小组会议。";
  const mention = (articleId: number, entityId: number, start: number, status: "suggested" | "confirmed" | "rejected" = "confirmed", evidence = sentence) =>
    db
      .insert(mentions)
      .values({ articleId, entityId, surface: "之友小组", start, end: start + 4, evidence, evidenceStart: 0, confidence: 0.9, status })
      .run();
  // a1 reports the meeting and mentions it twice: still one article of evidence, one sentence shown
  db.insert(articleEvents)
    .values({ articleId: ids["article:a1"], eventId: thematic, date: "2025-05-06", evidence: sentence, evidenceStart: 0, evidenceEnd: sentence.length, confidence: 0.9 })
    .run();
  mention(ids["article:a1"], thematic, 10);
  mention(ids["article:a1"], thematic, 30);
  mention(ids["article:a2"], thematic, 5, "rejected");
  mention(ids["article:gone"], thematic, 5);
  mention(ids["article:other"], ids["event:group-of-friends-first-meeting-2024"], 5, "suggested", "首次会议于2024年12月举行。");
  return ids;
}
