import type { Gazetteer } from "./gazetteer";
import { descriptionMention } from "./pattern-mention";
import { seriesOf } from "./settle-series-hosts";
import type { FoundMention, GazetteerEntry } from "./types";

/**
 * "The second Global AI Summit featured …", "第四届人工智能峰会": an AI summit named by its edition's number. Of the
 * series of AI summits the atlas holds (editions it relates to each other, two or more), the edition of that number,
 * when one series alone has it and the words beside the number fit it ("the second AI safety summit": a series whose
 * names, up to that edition, say "safety"; not "the 2nd AI Impact Summit", a name only a later edition took). With
 * the article's date, an edition more than weeks after it is not the one meant (the series may grow by editions the
 * atlas does not hold yet: "the third Global AI Summit" in Riyadh), and of two series' editions, the one that met
 * within weeks of it is.
 */

const EN_ORDINAL: Record<string, number> = { first: 1, inaugural: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const ZH_ORDINAL = "一二三四五六七八九十";

/** "fourth", "4th", "inaugural", 四, 首, "4": the number an ordinal as written gives. */
export function ordinalNumber({ written }: { written: string }): number {
  if (/^\d+/.test(written)) return parseInt(written, 10);
  if (written === "首") return 1;
  return EN_ORDINAL[written.toLowerCase()] ?? ZH_ORDINAL.indexOf(written) + 1;
}

/** An entry's names and aliases, as one string for words to be looked up in. */
export function namesOf(entry: GazetteerEntry): string {
  return [entry.nameEn, entry.nameZh ?? "", ...entry.aliases.map((a) => a.alias)].join(" ");
}
const NUMBERED_EN = /\b(first|inaugural|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d{1,2})(?:st|nd|rd|th))\s+((?:[A-Za-z][\w'’-]*\s+){0,4}?)summit\b/gi;
const NUMBERED_ZH = /(?:第([一二三四五六七八九十]|\d{1,2})届|(首)届)([\u4e00-\u9fff]{0,12}?)峰会/g;
const AI_EN = /\b(?:AI|artificial\s+intelligence)\b/i;
const AI_ZH = /人工智能/;
/** Words that say nothing of which series is meant ("global", "AI", "leaders'"). */
const GENERIC_EN = /^(?:ai|artificial|intelligence|global|international|world|leaders['’]?|high-level|annual|two-day|the|of|on)$/i;
const GENERIC_ZH = /全球|国际|世界|人工智能|领导人|高级别/g;
const DAY_MS = 86400000;
const NEAR_DAYS = 45;

/** `names[i]`: the names of editions 1 to i+1, as one string (a series' words are those of its editions so far). */
type Series = { editions: GazetteerEntry[]; names: string[] };
const cache = new WeakMap<Gazetteer, Series[]>();

/** The atlas's series of AI summits, each with its editions in date order and all their names as one string. */
function aiSummitSeries(gazetteer: Gazetteer): Series[] {
  let list = cache.get(gazetteer);
  if (list) return list;
  list = [];
  const seen = new Set<number>();
  for (const e of gazetteer.entries.values()) {
    if (e.kind !== "event" || e.status === "proposed" || seen.has(e.id)) continue;
    const ids = seriesOf({ eventId: e.id, gazetteer });
    for (const id of ids) seen.add(id);
    const editions = ids
      .map((id) => gazetteer.entries.get(id)!)
      .filter((x) => x.date && x.status !== "proposed")
      .sort((a, b) => a.date!.localeCompare(b.date!));
    if (editions.length < 2) continue;
    const own = editions.map((x) => namesOf(x));
    const names = own.map((_, i) => own.slice(0, i + 1).join(" "));
    // (a series of AI summits: every edition a summit on AI by its names)
    const summitOnAi = (x: GazetteerEntry) => {
      const own = namesOf(x);
      return /summit|峰会/i.test(own) && (AI_EN.test(own) || AI_ZH.test(own));
    };
    if (editions.every(summitOnAi)) list.push({ editions, names });
  }
  cache.set(gazetteer, list);
  return list;
}

export function findNumberedSummits({
  gazetteer,
  text,
  mentions,
  publishedAt,
}: {
  gazetteer: Gazetteer;
  /** the body in simplified characters (offsets are the body's) */
  text: string;
  mentions: FoundMention[];
  publishedAt: string | null;
}): FoundMention[] {
  const out: FoundMention[] = [];
  const found = [
    ...[...text.matchAll(NUMBERED_EN)].map((m) => ({ m, number: ordinalNumber({ written: m[1] }), words: m[3], zh: false })),
    ...[...text.matchAll(NUMBERED_ZH)].map((m) => ({ m, number: ordinalNumber({ written: m[1] ?? m[2] }), words: m[3], zh: true })),
  ];
  if (!found.length) return out;
  const series = aiSummitSeries(gazetteer);
  const latest = publishedAt ? Date.parse(publishedAt.slice(0, 10)) + NEAR_DAYS * DAY_MS : Infinity;
  for (const { m, number, words, zh } of found) {
    if (zh ? !AI_ZH.test(words) : !AI_EN.test(words)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (mentions.some((x) => x.kind === "event" && x.start < end && start < x.end)) continue;
    // the words beside the number that say which series: each held by one of the series' names
    const telling = zh
      ? words.replace(GENERIC_ZH, "").length
        ? [words.replace(GENERIC_ZH, "")]
        : []
      : words
          .trim()
          .split(/\s+/)
          .filter((w) => w && !GENERIC_EN.test(w));
    const fits = series.filter(
      (s) =>
        s.editions.length >= number &&
        Date.parse(s.editions[number - 1].date!.slice(0, 10)) <= latest &&
        telling.every((w) => (zh ? s.names[number - 1].includes(w) : new RegExp(`\\b${w.replace(/[^\w]/g, "")}`, "i").test(s.names[number - 1]))),
    );
    // (two series with such an edition: the one that met within weeks of the article's date, when only one did)
    const near =
      publishedAt && fits.length > 1
        ? fits.filter((s) => Math.abs(Date.parse(s.editions[number - 1].date!.slice(0, 10)) - (latest - NEAR_DAYS * DAY_MS)) <= NEAR_DAYS * DAY_MS)
        : fits;
    if (near.length !== 1) continue;
    const edition = near[0].editions[number - 1];
    out.push(descriptionMention({ entityId: edition.id, kind: "event", surface: m[0], start, form: `${edition.nameEn} (edition ${number} of its series)` }));
  }
  return out;
}
