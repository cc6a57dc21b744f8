/**
 * Generated data for the benchmarks, deterministic so that every run measures the same thing:
 * timeline events with participants and evidence (bench:timeline, bench:pages) and a search corpus of
 * entities and zh/en articles (bench:search, bench:pages).
 */
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { articleEvents, articles, entities, mentions, type RelationRole } from "@/db/schema";
import { makePartialDate } from "@/lib/dates/partial-date";
import { saveEntity, saveRelation } from "@/lib/seed/save-entity";

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateEvents({ db, count }: { db: AtlasDatabase; count: number }) {
  const rand = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const byKind = (kind: "country" | "organisation" | "initiative" | "resolution") =>
    db.select({ id: entities.id, iso3: entities.iso3 }).from(entities).where(eq(entities.kind, kind)).all();
  const countries = byKind("country");
  const heavy = countries.filter((c) => c.iso3 && ["CHN", "USA"].includes(c.iso3));
  const organisations = byKind("organisation");
  const initiatives = byKind("initiative");
  const resolutions = byKind("resolution");
  const subtypes = ["meeting", "summit", "workshop", "forum", "dialogue", "conference"];
  const roles: RelationRole[] = ["participant", "participant", "participant", "host", "co-host"];
  const words = ["Global", "Regional", "AI", "Safety", "Governance", "Capacity-building", "Dialogue", "Ethics", "Digital", "Cooperation", "Summit", "Forum"];
  const eventIds: number[] = [];
  db.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      const year = 1990 + Math.floor(rand() * 36);
      const p = rand();
      const month = p < 0.9 ? 1 + Math.floor(rand() * 12) : undefined;
      const day = month && p < 0.7 ? 1 + Math.floor(rand() * 28) : undefined;
      const name = `${pick(words)} ${pick(words)} ${pick(subtypes)} #${i}`;
      const { id } = saveEntity({
        tx,
        input: {
          kind: "event",
          slug: `bench-event-${i}`,
          nameEn: name,
          nameZh: `基准事件${i}`,
          subtype: pick(subtypes),
          date: makePartialDate({ year, month, day }),
          location: rand() < 0.5 ? "Geneva" : null,
          aliases: [],
          sources: [],
        },
      });
      eventIds.push(id);
      const participants = new Set<number>();
      const n = 1 + Math.floor(rand() * 8);
      for (let k = 0; k < n; k++) participants.add(pick(countries).id);
      for (const h of heavy) if (rand() < 0.3) participants.add(h.id); // a few big actors appear in thousands of events
      for (const c of participants) saveRelation({ tx, subjectId: c, objectId: id, input: { role: pick(roles) } });
      for (let k = Math.floor(rand() * 3); k > 0; k--) saveRelation({ tx, subjectId: pick(organisations).id, objectId: id, input: { role: "participant" } });
      if (rand() < 0.2 && initiatives.length) saveRelation({ tx, subjectId: id, objectId: pick(initiatives).id, input: { role: "part-of" } });
      if (rand() < 0.1 && resolutions.length) saveRelation({ tx, subjectId: id, objectId: pick(resolutions).id, input: { role: "follow-up-of" } });
    }
    // articles giving evidence: ~2 per 3 events, through mentions and article_events
    for (let a = 0; a < Math.round(count / 5); a++) {
      const articleId = tx
        .insert(articles)
        .values({
          slug: `bench-article-${a}`,
          title: `Bench article ${a}`,
          language: a % 2 ? "zh" : "en",
          publishedAt: `2025-0${1 + (a % 9)}-1${a % 10}T08:00:00+08:00`,
          body: `bench ${a}`,
          contentHash: `bench-${a}`,
        })
        .returning({ id: articles.id })
        .get().id;
      for (let k = 0; k < 3; k++) {
        const eventId = pick(eventIds);
        tx.insert(mentions)
          .values({ articleId, entityId: eventId, surface: "event", start: k * 10, end: k * 10 + 5, evidence: `Sentence ${k} about the event.`, evidenceStart: 0, confidence: 0.8 })
          .onConflictDoNothing()
          .run();
        if (k === 0)
          tx.insert(articleEvents)
            .values({ articleId, eventId, date: "2025", evidence: "It was held.", evidenceStart: 0, evidenceEnd: 12, confidence: 0.8 })
            .onConflictDoNothing()
            .run();
      }
    }
  });
  return eventIds.length;
}

const EN_WORDS = [
  "Global",
  "Digital",
  "AI",
  "Governance",
  "Safety",
  "Partnership",
  "Framework",
  "Declaration",
  "Summit",
  "Forum",
  "Compact",
  "Capacity-building",
  "Ethics",
  "Data",
  "Cooperation",
  "Dialogue",
  "Network",
  "Principles",
  "Roadmap",
  "Innovation",
  "Security",
  "Inclusive",
  "Sustainable",
  "Responsible",
  "Trustworthy",
];
const ZH_WORDS = [
  "全球",
  "数字",
  "人工智能",
  "治理",
  "安全",
  "伙伴关系",
  "框架",
  "宣言",
  "峰会",
  "论坛",
  "契约",
  "能力建设",
  "伦理",
  "数据",
  "合作",
  "对话",
  "网络",
  "原则",
  "路线图",
  "创新",
  "包容",
  "可持续",
  "负责任",
  "可信",
];
const KINDS = ["initiative", "event", "organisation", "resolution"] as const;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Generated entities and articles, written with plain SQL in one transaction (the FTS triggers follow). */
export function generateCorpus({ db, entities, articles, slugPrefix = "bench" }: { db: AtlasDatabase; entities: number; articles: number; slugPrefix?: string }) {
  const rand = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const words = (list: readonly string[], n: number) => Array.from({ length: n }, () => pick(list));
  const client = db.$client;
  const countries = client.prepare("SELECT id, name_en AS nameEn, name_zh AS nameZh FROM entities WHERE kind = 'country'").all() as {
    id: number;
    nameEn: string;
    nameZh: string | null;
  }[];
  const insertEntity = client.prepare("INSERT INTO entities (kind, slug, name_en, name_zh, description, date, symbol) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const insertAlias = client.prepare("INSERT OR IGNORE INTO aliases (entity_id, alias, language, alias_type) VALUES (?, ?, NULL, 'abbreviation')");
  const insertRelation = client.prepare("INSERT OR IGNORE INTO relations (subject_id, object_id, role) VALUES (?, ?, 'participant')");
  const insertArticle = client.prepare("INSERT INTO articles (slug, title, language, published_at, body, content_hash, publisher) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const insertMention = client.prepare(
    "INSERT OR IGNORE INTO mentions (article_id, entity_id, surface, start, \"end\", evidence, evidence_start, confidence, status) VALUES (?, ?, ?, 0, 1, ?, 0, 0.9, 'confirmed')",
  );
  const date = () =>
    `${2017 + Math.floor(rand() * 9)}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}${rand() < 0.6 ? `-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}` : ""}`;
  const names: { id: number; en: string; zh: string }[] = [];
  client.transaction(() => {
    for (let i = 0; i < entities; i++) {
      const kind = pick(KINDS);
      const en = `${words(EN_WORDS, 2 + Math.floor(rand() * 3)).join(" ")} ${pick(countries).nameEn} ${i}`;
      const zh = `${pick(countries).nameZh ?? ""}${words(ZH_WORDS, 2 + Math.floor(rand() * 3)).join("")}${i}`;
      const id = Number(
        insertEntity.run(
          kind,
          `${slugPrefix}-${kind}-${i}`,
          en,
          zh,
          `${words(EN_WORDS, 12).join(" ")}. ${words(ZH_WORDS, 12).join("")}。`,
          date(),
          kind === "resolution" ? `A/RES/${70 + (i % 10)}/${1000 + i}` : null,
        ).lastInsertRowid,
      );
      insertAlias.run(
        id,
        en
          .split(" ")
          .map((w) => w[0])
          .join("")
          .toUpperCase() + i,
      );
      for (let c = 0; c < 3; c++) insertRelation.run(pick(countries).id, id);
      names.push({ id, en, zh });
    }
    for (let i = 0; i < articles; i++) {
      const zh = rand() < 0.5;
      const mentioned = [pick(names), pick(names)];
      const country = pick(countries);
      const sentences = Array.from({ length: 12 }, (_, k) =>
        zh
          ? `${k === 3 ? mentioned[0].zh : ""}${country.nameZh ?? ""}${words(ZH_WORDS, 10).join("")}${k === 7 ? mentioned[1].zh : ""}。`
          : `${k === 3 ? mentioned[0].en + " " : ""}${country.nameEn} ${words(EN_WORDS, 14).join(" ").toLowerCase()}${k === 7 ? " " + mentioned[1].en : ""}.`,
      );
      const body = sentences.join(zh ? "" : " ");
      const title = zh ? `${words(ZH_WORDS, 4).join("")}${i}` : `${words(EN_WORDS, 5).join(" ")} ${i}`;
      const id = Number(
        insertArticle.run(
          `${slugPrefix}-article-${i}`,
          title,
          zh ? "zh" : "en",
          `${date().slice(0, 7)}-15T08:00:00+08:00`,
          body,
          crypto
            .createHash("sha256")
            .update(body + i)
            .digest("hex"),
          zh ? "人民日报" : "Bench Wire",
        ).lastInsertRowid,
      );
      for (const m of mentioned) insertMention.run(id, m.id, zh ? m.zh : m.en, "…");
      insertMention.run(id, country.id, zh ? (country.nameZh ?? country.nameEn) : country.nameEn, "…");
    }
  })();
}
